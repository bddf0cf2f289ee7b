"""Upstream calls: the direct OpenAI-compatible path where it applies, litellm's Router otherwise.

litellm is imported lazily, only when some model needs it, with
``LITELLM_LOCAL_MODEL_COST_MAP=True`` set first so that start-up never waits on a price-map
download. Provider exceptions are mapped onto the gateway's errors.

Invariant: no upstream key configured in the model list leaves this module inside an error
message (providers echo rejected keys; the message reaches the client, the record and the log).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import orjson

from gateway.errors import GatewayError, InvalidRequest, UpstreamError, UpstreamTimeout
from gateway.upstream.direct import DirectTarget, DirectUpstream, direct_target, redact


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
        self,
        model_list: list[dict[str, Any]],
        *,
        timeout_s: float,
        num_retries: int,
        direct: bool = True,
    ) -> None:
        self.model_list = model_list
        self.model_names = list(dict.fromkeys(m["model_name"] for m in model_list))
        counts = {n: sum(1 for m in model_list if m["model_name"] == n) for n in self.model_names}
        self._direct_targets: dict[str, DirectTarget] = {}
        litellm_entries = []
        for entry in model_list:
            target = (
                direct_target(entry, timeout_s, self._resolve_secret)
                if direct and counts[entry["model_name"]] == 1
                else None
            )
            if target is not None:
                self._direct_targets[target.name] = target
            else:
                litellm_entries.append(entry)
        self._direct = DirectUpstream()
        self._litellm_keys = [
            str(e["litellm_params"]["api_key"])
            for e in litellm_entries
            if isinstance((e.get("litellm_params") or {}).get("api_key"), str)
        ]
        self._litellm: Any = None
        self._router: Any = None
        if litellm_entries:
            self._litellm = import_litellm()
            self._router = self._litellm.Router(
                model_list=litellm_entries,
                num_retries=num_retries,
                timeout=timeout_s,
                set_verbose=False,
            )

    def _resolve_secret(self, ref: str) -> str | None:
        # litellm's own resolver for its `os.environ/NAME` convention in model_list entries.
        litellm = self._litellm or import_litellm()
        value: str | None = litellm.get_secret_str(ref)
        return value

    def _secrets(self) -> list[str]:
        keys = [k for k in self._litellm_keys if not k.startswith("os.environ/")]
        keys += [
            v
            for k in self._litellm_keys
            if k.startswith("os.environ/")
            if (v := self._resolve_secret(k))
        ]
        return keys

    def has_model(self, name: str) -> bool:
        return name in self.model_names

    def is_direct(self, name: str) -> bool:
        return name in self._direct_targets

    async def aclose(self) -> None:
        await self._direct.aclose()

    async def complete(self, model: str, params: dict[str, Any]) -> UpstreamResult:
        target = self._direct_targets.get(model)
        if target is not None:
            return UpstreamResult(await self._direct.complete(target, params), model)
        try:
            resp = await self._router.acompletion(model=model, **params)
        except Exception as exc:
            raise self.map_error(exc, model) from exc
        body = resp.model_dump(exclude_none=True) if hasattr(resp, "model_dump") else dict(resp)
        return UpstreamResult(body=body, model=model)

    async def stream(self, model: str, params: dict[str, Any]) -> AsyncIterator[bytes]:
        """Open a stream of SSE events; raises before yielding if the upstream fails to start."""
        target = self._direct_targets.get(model)
        if target is not None:
            return await self._direct.stream(target, params)
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
    ) -> AsyncIterator[bytes]:
        yield _event(first)
        try:
            async for chunk in iterator:
                yield _event(chunk)
        except Exception as exc:
            raise self.map_error(exc, model) from exc

    def map_error(self, exc: Exception, model: str) -> GatewayError:
        ex = self._litellm.exceptions
        msg = redact(getattr(exc, "message", None) or str(exc), self._secrets())
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


def _event(chunk: Any) -> bytes:
    data = chunk.model_dump(exclude_none=True) if hasattr(chunk, "model_dump") else dict(chunk)
    return b"data: " + orjson.dumps(data) + b"\n\n"


async def _empty() -> AsyncIterator[bytes]:
    return
    yield b""
