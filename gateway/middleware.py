"""Pure-ASGI middleware: request id, body-size limit, and the one canonical log line per request.

The request id comes from the caller's ``x-request-id`` when it is sane, else a new one; it is
bound into structlog's context so every line of the request carries it, and echoed back.
"""

from __future__ import annotations

import re
import time
import uuid

import orjson
import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from gateway.errors import PayloadTooLarge

_SANE_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
log = structlog.get_logger("gateway.access")


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, access_log: bool = True) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        headers = dict(scope.get("headers") or [])
        incoming = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _SANE_ID.match(incoming) else f"req_{uuid.uuid4().hex}"
        scope.setdefault("state", {})["request_id"] = request_id
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id)
        status = 500

        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large(send, request_id)
            self._log(scope, 413, start)
            return

        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise PayloadTooLarge(self._too_large_message(), param="body")
            return message

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [
                    *message["headers"],
                    (b"x-request-id", request_id.encode("latin-1")),
                ]
            await send(message)

        try:
            await self.app(scope, limited_receive, send_wrapper)
        finally:
            self._log(scope, status, start)

    def _too_large_message(self) -> str:
        return (
            f"request body exceeds the limit of {self.max_body_bytes} bytes "
            "(limits.max_body_bytes); send a smaller request or raise the limit"
        )

    async def _too_large(self, send: Send, request_id: str) -> None:
        err = PayloadTooLarge(self._too_large_message(), param="body")
        body = orjson.dumps(err.envelope())
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"x-request-id", request_id.encode("latin-1")),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    def _log(self, scope: Scope, status: int, start: float) -> None:
        if self.access_log:
            log.info(
                "request",
                method=scope.get("method"),
                path=scope.get("path"),
                status=status,
                duration_ms=round((time.perf_counter() - start) * 1000.0, 3),
            )
