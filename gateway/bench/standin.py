"""A small OpenAI-compatible provider stand-in: answers at once, or fails on purpose.

Upstream providers cannot be reached from CI, so tests and benchmarks point the gateway at this.
It is a raw ASGI app (no framework) so that its own overhead is negligible in benchmarks.

Behaviour by requested model name (the part after any ``openai/`` prefix):
- ``fail-500`` / ``fail-429``: that status with an OpenAI error body;
- ``slow-<ms>``: answer after that many milliseconds;
- ``break-stream``: a stream that sends two chunks and then drops the connection;
- anything else: ``"answered by <model>"`` (echoing any ``steering`` field it was sent).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import orjson
from starlette.types import Receive, Scope, Send


def _completion(model: str, text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-standin",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 4, "total_tokens": 9},
    }


def _chunk(model: str, delta: dict[str, Any], finish: str | None = None) -> bytes:
    body = {
        "id": "chatcmpl-standin",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + orjson.dumps(body) + b"\n\n"


async def _read_body(receive: Receive) -> bytes:
    body = b""
    while True:
        message = await receive()
        body += bytes(message.get("body", b""))
        if not message.get("more_body"):
            return body


async def _json(send: Send, status: int, payload: Any) -> None:
    data = orjson.dumps(payload)
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": data})


async def app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    path = scope["path"]
    if path.endswith("/models"):
        await _json(send, 200, {"object": "list", "data": []})
        return
    if not path.endswith("/chat/completions"):
        await _json(send, 404, {"error": {"message": "not found", "type": "not_found"}})
        return
    req = orjson.loads(await _read_body(receive))
    model = str(req.get("model", "")).removeprefix("openai/")
    if model in ("fail-500", "fail-429"):
        status = int(model[-3:])
        await _json(send, status, {"error": {"message": f"stand-in {status}", "type": "server"}})
        return
    if model.startswith("slow-"):
        await asyncio.sleep(int(model.removeprefix("slow-")) / 1000.0)
    text = f"answered by {model}"
    if "steering" in req:
        text += f" steering={orjson.dumps(req['steering']).decode()}"
    if not req.get("stream"):
        await _json(send, 200, _completion(model, text))
        return
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"text/event-stream")],
        }
    )
    words = text.split(" ")
    more = {"type": "http.response.body", "more_body": True}
    await send(more | {"body": _chunk(model, {"role": "assistant", "content": ""})})
    for i, word in enumerate(words):
        if model == "break-stream" and i == 2:
            raise ConnectionResetError("stand-in drops the stream on purpose")
        await send(more | {"body": _chunk(model, {"content": word + " "})})
    await send(more | {"body": _chunk(model, {}, "stop")})
    await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})
