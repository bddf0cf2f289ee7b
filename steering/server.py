"""The local model's OpenAI-compatible HTTP server: app factory, lifespan, thin routes, error mapping.

Invariants: the model is loaded once, in the lifespan, and its steering hooks are removed when the
app stops; every error leaves as ``{"error": {"message", "type", "param", "code"}}``, 4xx for bad
input (``_error_response`` is the one place that renders them); every completion response names
the steering it got in ``x-steering-vector`` / ``x-steering-strength``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from steering.config import LocalModelConfig
from steering.engine import Engine
from steering.errors import EngineUnavailableError, InvalidRequestError, SteeringServerError
from steering.model import LoadedModel, load_model
from steering.protocol import ChatCompletionRequest, CompletionRequest
from steering.serving import OpenAIServing, Prepared, sse, steering_headers

log = logging.getLogger(__name__)


def _error_response(
    status: int, message: str, error_type: str, param: str | None = None, code: str | None = None
) -> JSONResponse:
    body = {"error": {"message": message, "type": error_type, "param": param, "code": code}}
    return JSONResponse(body, status_code=status)


def _install_error_handlers(app: FastAPI) -> None:
    async def on_ours(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, SteeringServerError)
        return JSONResponse(exc.envelope(), status_code=exc.status_code)

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(p) for p in first.get("loc", ()) if p != "body"]
        param = ".".join(loc) or None
        message = (
            f"{param}: {first.get('msg')}" if param else str(first.get("msg", "invalid request"))
        )
        return _error_response(400, message, "invalid_request_error", param, "invalid_value")

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return _error_response(exc.status_code, str(exc.detail), "invalid_request_error")

    async def on_unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error", exc_info=exc)
        return _error_response(500, f"internal error: {type(exc).__name__}", "server_error")

    app.add_exception_handler(SteeringServerError, on_ours)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_unexpected)


async def _guard_stream(stream: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """Once headers are sent an error can only travel in-band: one error event, then [DONE]."""
    try:
        async for item in stream:
            yield item
    except SteeringServerError as exc:
        yield sse(exc.envelope())
        yield b"data: [DONE]\n\n"
    except Exception as exc:
        log.exception("stream failed")
        yield sse(
            {
                "error": {
                    "message": f"internal error: {type(exc).__name__}",
                    "type": "server_error",
                    "param": None,
                    "code": None,
                }
            }
        )
        yield b"data: [DONE]\n\n"


def create_app(config: LocalModelConfig, loaded: LoadedModel | None = None) -> FastAPI:
    """The server for ``config``; pass ``loaded`` to reuse a model already in memory."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        model = loaded if loaded is not None else await asyncio.to_thread(load_model, config)
        engine = Engine(model, config)
        engine.start()
        app.state.engine = engine
        app.state.serving = OpenAIServing(engine)
        log.info(
            "local model ready: %s on %s (%s, %.1fs)",
            model.model_id,
            model.device,
            model.source,
            model.load_seconds,
        )
        try:
            yield
        finally:
            await asyncio.to_thread(engine.close)

    app = FastAPI(title="steering local model server", lifespan=lifespan)
    _install_error_handlers(app)

    def serving(request: Request) -> OpenAIServing:
        found = getattr(request.app.state, "serving", None)
        if not isinstance(found, OpenAIServing):
            raise EngineUnavailableError("the local model is not loaded yet")
        return found

    def respond(
        prepared: Prepared,
        stream: bool,
        include_usage: bool,
        make_stream: Callable[[Prepared, bool], AsyncIterator[bytes]],
        make_body: Callable[[], Awaitable[dict[str, Any]]],
    ) -> Awaitable[Response]:
        headers = steering_headers(prepared.steering)

        async def run() -> Response:
            if stream:
                return StreamingResponse(
                    _guard_stream(make_stream(prepared, include_usage)),
                    media_type="text/event-stream",
                    headers={**headers, "cache-control": "no-cache"},
                )
            return JSONResponse(await make_body(), headers=headers)

        return run()

    @app.get("/healthz")
    async def healthz(request: Request) -> dict[str, Any]:
        engine: Engine = serving(request).engine
        return {
            "status": "ok",
            "model": engine.loaded.model_id,
            "device": str(engine.loaded.device),
        }

    @app.get("/v1/models")
    async def models(request: Request) -> dict[str, Any]:
        return serving(request).list_models()

    @app.post("/v1/chat/completions")
    async def chat(body: ChatCompletionRequest, request: Request) -> Response:
        api = serving(request)
        prepared = api.prepare_chat(body)
        usage = body.stream_options is not None and body.stream_options.include_usage
        return await respond(
            prepared, body.stream, usage, api.chat_stream, lambda: api.chat(prepared)
        )

    @app.post("/v1/completions")
    async def completions(body: CompletionRequest, request: Request) -> Response:
        api = serving(request)
        if body.stream and body.echo:
            raise InvalidRequestError("echo is not supported with stream", param="echo")
        prepared = api.prepare_completion(body)
        usage = body.stream_options is not None and body.stream_options.include_usage
        return await respond(
            prepared,
            body.stream,
            usage,
            api.completion_stream,
            lambda: api.completion(prepared, body.echo),
        )

    return app
