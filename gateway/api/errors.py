"""The one place exceptions become HTTP responses in the OpenAI error envelope.

Nothing reaches the client as a traceback: unexpected exceptions are logged with their stack and
answered with a generic 500 envelope carrying the request id.
"""

from __future__ import annotations

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from gateway.errors import GatewayError, InvalidRequest, error_envelope

log = structlog.get_logger("gateway.errors")

_HTTP_TYPES = {
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
}


def validation_error(exc: ValidationError | RequestValidationError) -> InvalidRequest:
    errors = exc.errors()
    first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
    loc = [str(p) for p in first.get("loc", ()) if p != "body"]
    param = ".".join(loc) or None
    details = "; ".join(
        f"{'.'.join(str(p) for p in e.get('loc', ()) if p != 'body') or 'body'}: {e.get('msg')}"
        for e in errors[:5]
    )
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return InvalidRequest(f"invalid request: {details}{more}", param=param)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(GatewayError)
    async def _gateway(request: Request, exc: GatewayError) -> JSONResponse:
        return JSONResponse(exc.envelope(), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        err = validation_error(exc)
        return JSONResponse(err.envelope(), status_code=err.status_code)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        if exc.status_code == 404:
            message = f"no route {request.method} {request.url.path}; see GET /docs for the API"
        if exc.status_code == 405:
            message = f"method {request.method} is not allowed on {request.url.path}"
        return JSONResponse(
            error_envelope(message, _HTTP_TYPES.get(exc.status_code, "invalid_request_error")),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled_exception", exc_info=exc)
        request_id = getattr(request.state, "request_id", None) or request.scope.get(
            "state", {}
        ).get("request_id")
        return JSONResponse(
            error_envelope(
                f"internal gateway error (request id {request_id}); this is a bug, please "
                "report it with the request id",
                "api_error",
            ),
            status_code=500,
        )
