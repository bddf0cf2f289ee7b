"""POST /v1/classify — the classifier and the active policy's decision, without a completion."""

from __future__ import annotations

import orjson
from fastapi import APIRouter, Request
from starlette.responses import Response

from gateway.api.body import read_model
from gateway.api.deps import get_state, request_context
from gateway.api.protocol import ClassifyRequest, ClassifyResponse
from gateway.errors import InvalidRequest
from gateway.pipeline.chat import classify_and_decide

router = APIRouter()


@router.post("/v1/classify")
async def classify(request: Request) -> Response:
    state = get_state(request)
    req = await read_model(request, ClassifyRequest)
    if req.input is None and req.messages is None:
        raise InvalidRequest('send {"input": "text"} or {"messages": [...]}', param="input")
    ctx = request_context(request)
    policy = state.policy.active
    messages = (
        [m.model_dump() for m in req.messages]
        if req.messages is not None
        else [{"role": "user", "content": t} for t in req.turns()]
    )
    c = await classify_and_decide(state, policy, messages, req.model or "", ctx.tenant)
    body = ClassifyResponse(
        label=c.label,
        scores=c.scores,
        route=c.decision.route,
        domain=c.decision.domain,
        latency_ms=c.timings.classify_ms or 0.0,
        stage=c.stage,
        policy_version=policy.version,
    )
    return Response(
        orjson.dumps(body.model_dump()),
        media_type="application/json",
        headers={"server-timing": c.timings.server_timing()},
    )
