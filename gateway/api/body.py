"""Reading a JSON request body with errors that name what is wrong.

Invariant: what leaves this module is a JSON object no deeper than ``MAX_JSON_DEPTH``, so every
later stage (validation, copying, re-serialising for the upstream, which orjson refuses past 254
levels) can recurse over it safely; deeper bodies are a 400 naming the limit.
"""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from fastapi import Request
from pydantic import BaseModel, ValidationError

from gateway.api.errors import validation_error
from gateway.errors import InvalidRequest, UnsupportedMediaType

M = TypeVar("M", bound=BaseModel)

# Nesting levels (objects and arrays) a request body may have. OpenAI request bodies need a
# handful; tool JSON schemas rarely exceed a dozen. Far below what orjson will re-serialise.
MAX_JSON_DEPTH = 64


def json_depth_exceeds(data: Any, limit: int) -> bool:
    """Whether ``data`` nests deeper than ``limit`` (iterative: a hostile body cannot make it
    recurse)."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


async def read_json_object(request: Request) -> dict[str, Any]:
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype and ctype != "application/json" and not ctype.endswith("+json"):
        raise UnsupportedMediaType(
            f"content-type {ctype!r} is not supported; send application/json", param="content-type"
        )
    raw = await request.body()
    if not raw.strip():
        raise InvalidRequest("the request body is empty; send a JSON object", param="body")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidRequest(f"the request body is not valid JSON: {exc}", param="body") from exc
    if not isinstance(data, dict):
        raise InvalidRequest(
            f"the request body must be a JSON object, not {type(data).__name__}", param="body"
        )
    if json_depth_exceeds(data, MAX_JSON_DEPTH):
        raise InvalidRequest(
            f"the request body nests JSON deeper than {MAX_JSON_DEPTH} levels "
            "(objects and arrays); flatten it",
            param="body",
            code="json_too_deep",
        )
    return data


async def read_model(request: Request, model: type[M]) -> M:
    data = await read_json_object(request)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc) from exc
