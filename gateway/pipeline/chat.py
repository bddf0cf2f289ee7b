"""The chat completion path end to end: classify → decide → route → record → disclose.

Invariant: every chat request that passed validation produces exactly one decision record, and
that record is committed before the response completes (before the JSON body for non-streaming
requests; before ``data: [DONE]`` for streams, or on client disconnect).
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import orjson
import structlog
from starlette.responses import JSONResponse, Response, StreamingResponse

from gateway.api.protocol import ChatCompletionRequest
from gateway.decisions.record import DecisionRecord, content_hash, new_decision_id, utc_now_iso
from gateway.errors import GatewayError, ModelNotFound, PolicyBlocked
from gateway.pipeline import route as routing
from gateway.pipeline.classify import ClassifierFailure
from gateway.pipeline.conversation import content_text, user_turns
from gateway.pipeline.disclose import Timings, decision_headers, disclosure_note
from gateway.policy.engine import CompiledPolicy, RouteDecision
from gateway.state import GatewayState

log = structlog.get_logger("gateway.chat")


@dataclass(frozen=True)
class RequestContext:
    request_id: str
    tenant: str | None


@dataclass
class Classified:
    decision: RouteDecision
    scores: dict[str, float]
    label: str
    stage: str | None
    failed: str | None
    timings: Timings


async def classify_and_decide(
    state: GatewayState,
    policy: CompiledPolicy,
    messages: list[dict[str, Any]],
    requested_model: str,
    tenant: str | None,
) -> Classified:
    turns = user_turns(messages) or [
        t for t in (content_text(m.get("content")) for m in messages) if t.strip()
    ]
    timings = Timings()
    t0 = time.perf_counter()
    try:
        result = await state.classifier.classify(turns)
    except ClassifierFailure as exc:
        timings.classify_ms = (time.perf_counter() - t0) * 1000.0
        state.metrics.classifier_failures.inc()
        log.warning("classifier_failure", error=str(exc))
        t1 = time.perf_counter()
        decision = policy.on_classifier_error(requested_model, tenant, str(exc))
        timings.policy_ms = (time.perf_counter() - t1) * 1000.0
        return Classified(decision, {}, "unknown", None, str(exc), timings)
    timings.classify_ms = (time.perf_counter() - t0) * 1000.0
    state.metrics.classify_seconds.observe(timings.classify_ms / 1000.0)
    t1 = time.perf_counter()
    decision = policy.decide(result.scores, requested_model, tenant, result.stage)
    timings.policy_ms = (time.perf_counter() - t1) * 1000.0
    return Classified(decision, result.scores, result.label, result.stage, None, timings)


def with_note(event: bytes, note: dict[str, Any]) -> bytes:
    """Add the disclosure note to the first SSE event of a stream."""
    data = orjson.loads(event.removeprefix(b"data: "))
    data["gateway_disclosure"] = note
    return b"data: " + orjson.dumps(data) + b"\n\n"


class ChatPipeline:
    def __init__(self, state: GatewayState) -> None:
        self.state = state
        self.started = time.perf_counter()

    async def _commit(self, record: DecisionRecord) -> None:
        """Durably record the decision (returns after the commit), then count it."""
        await self.state.store.append(record)
        self._observe(record)

    def _observe(self, record: DecisionRecord) -> None:
        m = self.state.metrics
        m.requests.labels(record.route, record.domain, record.tenant or "", record.outcome).inc()
        if record.upstream_ms is not None:
            m.upstream_seconds.labels(record.route).observe(record.upstream_ms / 1000.0)
        m.total_seconds.observe(time.perf_counter() - self.started)

    def _shadow(
        self, c: Classified, requested_model: str, tenant: str | None
    ) -> dict[str, Any] | None:
        """The shadow policy's decision on the same scores: recorded, never enforced."""
        if self.state.shadow is None:
            return None
        shadow = self.state.shadow.active
        d = (
            shadow.on_classifier_error(requested_model, tenant, c.failed)
            if c.failed
            else shadow.decide(c.scores, requested_model, tenant, c.stage)
        )
        return {
            "policy_version": shadow.version,
            "route": d.route,
            "domain": d.domain,
            "model": d.model,
            "differs": d.route != c.decision.route,
        }

    async def handle(self, req: ChatCompletionRequest, ctx: RequestContext) -> Response:
        state = self.state
        if not state.router.has_model(req.model):
            raise ModelNotFound(
                f"model {req.model!r} does not exist on this gateway; "
                f"available: {', '.join(state.router.model_names)} (see GET /v1/models)",
                param="model",
            )
        body = req.model_dump(exclude_unset=True)
        body["messages"] = [m.model_dump(exclude_none=True) for m in req.messages]
        policy = state.policy.active
        c = await classify_and_decide(state, policy, body["messages"], req.model, ctx.tenant)
        structlog.contextvars.bind_contextvars(route=c.decision.route, domain=c.decision.domain)
        record = self._record(req, body, ctx, policy, c)
        record.shadow = self._shadow(c, req.model, ctx.tenant)
        if c.decision.route == "block":
            return await self._blocked(record, c, policy)
        params = routing.upstream_params(body, c.decision)
        if req.stream:
            return await self._stream(record, c, policy, params)
        return await self._complete(record, c, policy, params)

    def _record(
        self,
        req: ChatCompletionRequest,
        body: dict[str, Any],
        ctx: RequestContext,
        policy: CompiledPolicy,
        c: Classified,
    ) -> DecisionRecord:
        return DecisionRecord(
            id=new_decision_id(),
            timestamp=utc_now_iso(),
            tenant=ctx.tenant,
            request_id=ctx.request_id,
            endpoint="chat.completions",
            policy_version=policy.version,
            scores=c.scores,
            label=c.label,
            domain=c.decision.domain,
            route=c.decision.route,
            reason=c.decision.reason,
            requested_model=req.model,
            model=None,
            classifier_ms=c.timings.classify_ms,
            classifier_stage=c.stage,
            upstream_ms=None,
            outcome="classifier_error" if c.failed else "ok",
            content_hash=content_hash(body["messages"]),
            stream=req.stream,
            steering_vector=c.decision.steering_vector if c.decision.route == "degraded" else None,
            steering_strength=(
                c.decision.steering_strength if c.decision.route == "degraded" else None
            ),
            prompt=body["messages"] if policy.policy.retain_prompts else None,
            error=c.failed,
        )

    def _headers(
        self, record: DecisionRecord, c: Classified, policy: CompiledPolicy
    ) -> dict[str, str]:
        return decision_headers(record.id, c.decision, policy.version, c.timings, record.model)

    async def _blocked(
        self, record: DecisionRecord, c: Classified, policy: CompiledPolicy
    ) -> Response:
        err = PolicyBlocked(policy.policy.block_message.format(domain=c.decision.domain))
        record.outcome = "blocked"
        record.status_code = err.status_code
        await self._commit(record)
        return JSONResponse(
            err.envelope(), status_code=err.status_code, headers=self._headers(record, c, policy)
        )

    async def _complete(
        self, record: DecisionRecord, c: Classified, policy: CompiledPolicy, params: dict[str, Any]
    ) -> Response:
        t0 = time.perf_counter()
        try:
            result = await routing.complete(self.state.router, c.decision, params)
        except GatewayError as exc:
            return await self._upstream_failed(record, c, policy, exc, t0)
        c.timings.upstream_ms = (time.perf_counter() - t0) * 1000.0
        record.upstream_ms = c.timings.upstream_ms
        record.model = result.model
        t1 = time.perf_counter()
        await self._commit(record)
        c.timings.record_ms = (time.perf_counter() - t1) * 1000.0
        payload = result.body
        if policy.policy.disclosure.note:
            payload["gateway_disclosure"] = disclosure_note(c.decision, result.model)
        return Response(
            orjson.dumps(payload),
            media_type="application/json",
            headers=self._headers(record, c, policy),
        )

    async def _upstream_failed(
        self,
        record: DecisionRecord,
        c: Classified,
        policy: CompiledPolicy,
        exc: GatewayError,
        t0: float,
    ) -> Response:
        c.timings.upstream_ms = (time.perf_counter() - t0) * 1000.0
        record.upstream_ms = c.timings.upstream_ms
        record.outcome = "client_error" if exc.status_code < 500 else "upstream_error"
        record.status_code = exc.status_code
        record.error = exc.message
        await self._commit(record)
        return JSONResponse(
            exc.envelope(), status_code=exc.status_code, headers=self._headers(record, c, policy)
        )

    async def _stream(
        self, record: DecisionRecord, c: Classified, policy: CompiledPolicy, params: dict[str, Any]
    ) -> Response:
        t0 = time.perf_counter()
        try:
            model, chunks = await routing.open_stream(self.state.router, c.decision, params)
        except GatewayError as exc:
            return await self._upstream_failed(record, c, policy, exc, t0)
        c.timings.upstream_ms = (time.perf_counter() - t0) * 1000.0  # time to first chunk
        record.model = model
        note = disclosure_note(c.decision, model) if policy.policy.disclosure.note else None
        return StreamingResponse(
            self._sse(record, chunks, t0, note),
            media_type="text/event-stream",
            headers=self._headers(record, c, policy) | {"cache-control": "no-cache"},
        )

    async def _sse(
        self,
        record: DecisionRecord,
        chunks: AsyncIterator[bytes],
        t0: float,
        note: dict[str, Any] | None,
    ) -> AsyncIterator[bytes]:
        try:
            first = note is not None
            async for event in chunks:
                if first and note is not None:
                    event = with_note(event, note)
                first = False
                yield event
        except GatewayError as exc:
            record.outcome = "upstream_error"
            record.error = f"stream interrupted: {exc.message}"
            record.upstream_ms = (time.perf_counter() - t0) * 1000.0
            await self._commit(record)
            yield b"data: " + orjson.dumps(exc.envelope()) + b"\n\n"
            yield b"data: [DONE]\n\n"
            return
        except BaseException:
            # The client went away (the generator is being closed or cancelled): it cannot
            # await any more, so hand the record to the writer thread, which still commits it.
            record.outcome = "client_closed"
            record.upstream_ms = (time.perf_counter() - t0) * 1000.0
            self._observe(record)
            self.state.store.submit(record)
            raise
        record.upstream_ms = (time.perf_counter() - t0) * 1000.0
        await self._commit(record)
        yield b"data: [DONE]\n\n"
