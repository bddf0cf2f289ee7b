"""POST /v1/chat/completions — thin: parse, check limits, hand to the pipeline."""

from __future__ import annotations

from fastapi import APIRouter, Request
from starlette.responses import Response

from gateway.api.body import read_model
from gateway.api.deps import get_state, request_context
from gateway.api.protocol import ChatCompletionRequest
from gateway.errors import InvalidRequest, PayloadTooLarge
from gateway.pipeline.chat import ChatPipeline
from gateway.pipeline.conversation import content_text
from gateway.settings import Limits

router = APIRouter()


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


@router.post("/v1/chat/completions")
async def chat_completions(request: Request) -> Response:
    state = get_state(request)
    req = await read_model(request, ChatCompletionRequest)
    check_limits(req, state.settings.limits)
    return await ChatPipeline(state).handle(req, request_context(request))
