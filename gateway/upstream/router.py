"""Calls to upstream models through litellm's ``Router`` (async, streaming).

litellm is imported lazily with ``LITELLM_LOCAL_MODEL_COST_MAP=True`` set first, so that start-up
never waits on a price-map download. Provider exceptions are mapped onto the gateway's errors.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from gateway.errors import GatewayError, InvalidRequest, UpstreamError, UpstreamTimeout


def import_litellm() -> Any:
    # Before the first import: litellm otherwise fetches a model price map over the network.
    os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    litellm: Any = importlib.import_module("litellm")
    litellm.telemetry = False
    litellm.suppress_debug_info = True
    return litellm


@dataclass(frozen=True)
class UpstreamResult:
    body: dict[str, Any]
    model: str


class UpstreamRouter:
    def __init__(
        self, model_list: list[dict[str, Any]], *, timeout_s: float, num_retries: int
    ) -> None:
        litellm = import_litellm()
        self._litellm = litellm
        self.model_list = model_list
        self.model_names = [m["model_name"] for m in model_list]
        self._router = litellm.Router(
            model_list=model_list, num_retries=num_retries, timeout=timeout_s, set_verbose=False
        )

    def has_model(self, name: str) -> bool:
        return name in self.model_names

    async def complete(self, model: str, params: dict[str, Any]) -> UpstreamResult:
        try:
            resp = await self._router.acompletion(model=model, **params)
        except Exception as exc:
            raise self.map_error(exc, model) from exc
        body = resp.model_dump(exclude_none=True) if hasattr(resp, "model_dump") else dict(resp)
        return UpstreamResult(body=body, model=model)

    async def stream(self, model: str, params: dict[str, Any]) -> AsyncIterator[dict[str, Any]]:
        """Open a stream; raises before yielding if the upstream fails to start."""
        try:
            resp = await self._router.acompletion(model=model, stream=True, **params)
            iterator = resp.__aiter__()
            first = await iterator.__anext__()
        except StopAsyncIteration:
            return _empty()
        except Exception as exc:
            raise self.map_error(exc, model) from exc
        return self._chunks(first, iterator, model)

    async def _chunks(
        self, first: Any, iterator: AsyncIterator[Any], model: str
    ) -> AsyncIterator[dict[str, Any]]:
        yield _chunk_dict(first)
        try:
            async for chunk in iterator:
                yield _chunk_dict(chunk)
        except Exception as exc:
            raise self.map_error(exc, model) from exc

    def map_error(self, exc: Exception, model: str) -> GatewayError:
        ex = self._litellm.exceptions
        msg = getattr(exc, "message", None) or str(exc)
        if isinstance(exc, ex.Timeout):
            return UpstreamTimeout(f"upstream model {model!r} timed out: {msg}")
        if isinstance(exc, ex.ContextWindowExceededError | ex.BadRequestError) and not isinstance(
            exc, ex.APIConnectionError
        ):
            return InvalidRequest(f"upstream model {model!r} rejected the request: {msg}")
        status = getattr(exc, "status_code", None)
        return UpstreamError(
            f"upstream model {model!r} failed ({type(exc).__name__}"
            f"{f', status {status}' if status else ''}): {msg}",
            code="upstream_unavailable",
        )


def _chunk_dict(chunk: Any) -> dict[str, Any]:
    if hasattr(chunk, "model_dump"):
        data: dict[str, Any] = chunk.model_dump(exclude_none=True)
        return data
    return dict(chunk)


async def _empty() -> AsyncIterator[dict[str, Any]]:
    return
    yield {}
