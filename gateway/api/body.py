"""Reading a JSON request body with errors that name what is wrong."""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from fastapi import Request
from pydantic import BaseModel, ValidationError

from gateway.api.errors import validation_error
from gateway.errors import InvalidRequest, UnsupportedMediaType

M = TypeVar("M", bound=BaseModel)


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
    return data


async def read_model(request: Request, model: type[M]) -> M:
    data = await read_json_object(request)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc) from exc
