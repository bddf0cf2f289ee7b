"""POST /v1/chat/completions — thin: parse, check limits, hand to the pipeline."""

from __future__ import annotations

from fastapi import Request
from starlette.responses import Response
from starlette.routing import Route

from gateway.api.body import read_model
from gateway.api.deps import get_state, request_context
from gateway.api.protocol import ChatCompletionRequest
from gateway.errors import InvalidRequest, PayloadTooLarge
from gateway.pipeline.chat import ChatPipeline
from gateway.pipeline.conversation import content_text
from gateway.settings import Limits


def check_limits(req: ChatCompletionRequest, limits: Limits) -> None:
    if len(req.messages) > limits.max_messages:
        raise InvalidRequest(
            f"too many messages: {len(req.messages)} > limits.max_messages ({limits.max_messages})",
            param="messages",
            code="too_many_messages",
        )
    total = sum(len(content_text(m.content)) for m in req.messages)
    if total > limits.max_total_chars:
        raise PayloadTooLarge(
            f"conversation too long: {total} characters > limits.max_total_chars "
            f"({limits.max_total_chars})",
            param="messages",
            code="conversation_too_long",
        )


async def chat_completions(request: Request) -> Response:
    state = get_state(request)
    req = await read_model(request, ChatCompletionRequest)
    check_limits(req, state.settings.limits)
    return await ChatPipeline(state).handle(req, request_context(request))


# A plain Starlette route: the hottest endpoint skips FastAPI's per-request dependency
# machinery (it has nothing to inject). Measured on an echo endpoint: ~0.58 ms vs ~0.73-1.0 ms
# per request through a FastAPI route.
route = Route("/v1/chat/completions", chat_completions, methods=["POST"])
