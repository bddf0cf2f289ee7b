"""The logic of the OpenAI endpoints: request -> engine call -> OpenAI-shaped JSON or SSE chunks.

Invariants: everything that can be refused (unknown model or vector, context length) is checked
before a stream starts, so errors are proper 4xx responses; the steering actually applied is
returned with the result so the route can disclose it in headers.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import orjson

from steering.config import ServedModel, SteeringChoice
from steering.engine import Engine
from steering.errors import InvalidRequestError, ModelNotFoundError
from steering.protocol import ChatCompletionRequest, CompletionRequest
from steering.sampling import SamplingParams
from steering.scheduler import DoneEvent, TokenEvent
from steering.scoring import ScoredSequence


@dataclass(frozen=True)
class Prepared:
    """A validated request, ready for the engine."""

    model: str
    prompt_ids: list[int]
    params: SamplingParams
    steering: SteeringChoice | None
    prompt_text: str = ""  # the completions prompt as sent, for echo


def steering_headers(steering: SteeringChoice | None) -> dict[str, str]:
    if steering is None:
        return {"x-steering-vector": "none", "x-steering-strength": "0"}
    return {"x-steering-vector": steering.vector, "x-steering-strength": repr(steering.strength)}


def sse(payload: dict[str, Any]) -> bytes:
    return b"data: " + orjson.dumps(payload) + b"\n\n"


SSE_DONE = b"data: [DONE]\n\n"


class OpenAIServing:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.served = engine.config.served_models

    def _served(self, name: str) -> ServedModel:
        served = self.served.get(name)
        if served is None:
            known = ", ".join(sorted(self.served))
            raise ModelNotFoundError(f"model {name!r} does not exist (served: {known})")
        return served

    def _steering(
        self, request_choice: SteeringChoice | None, served: ServedModel
    ) -> SteeringChoice | None:
        choice = request_choice if request_choice is not None else served.steering
        self.engine.resolve_steering(choice)  # refuse an unknown or mismatched vector up front
        return choice

    def list_models(self) -> dict[str, Any]:
        created = int(time.time())
        return {
            "object": "list",
            "data": [
                {"id": name, "object": "model", "created": created, "owned_by": "local"}
                for name in sorted(self.served)
            ],
        }

    # Chat.
    def prepare_chat(self, request: ChatCompletionRequest) -> Prepared:
        served = self._served(request.model)
        messages = [
            {"role": m.role if m.role != "developer" else "system", "content": m.text()}
            for m in request.messages
        ]
        if served.system_prompt is not None and messages[0]["role"] != "system":
            messages.insert(0, {"role": "system", "content": served.system_prompt})
        prompt_ids = self.engine.encode_chat(messages)
        max_tokens = request.max_completion_tokens or request.max_tokens
        params = self._params(
            request,
            max_tokens or self.engine.config.max_new_tokens,
            (request.top_logprobs or 0) if request.logprobs else None,
        )
        self.engine.check_length(len(prompt_ids), params.max_tokens)
        return Prepared(request.model, prompt_ids, params, self._steering(request.steering, served))

    async def chat(self, prepared: Prepared) -> dict[str, Any]:
        result = await self.engine.generate(prepared.prompt_ids, prepared.params, prepared.steering)
        choice: dict[str, Any] = {
            "index": 0,
            "message": {"role": "assistant", "content": result.text},
            "finish_reason": result.finish_reason,
            "logprobs": None,
        }
        if prepared.params.logprobs is not None:
            choice["logprobs"] = {"content": [self._chat_logprob(t) for t in result.tokens]}
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": prepared.model,
            "choices": [choice],
            "usage": _usage(result.prompt_tokens, result.completion_tokens),
        }

    async def chat_stream(self, prepared: Prepared, include_usage: bool) -> AsyncIterator[bytes]:
        base = {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": prepared.model,
        }

        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
            return sse({**base, "choices": [choice]})

        yield chunk({"role": "assistant", "content": ""})
        async for event in self.engine.stream(
            prepared.prompt_ids, prepared.params, prepared.steering
        ):
            if isinstance(event, TokenEvent):
                if event.text:
                    yield chunk({"content": event.text})
                continue
            if event.tail:
                yield chunk({"content": event.tail})
            yield chunk({}, event.finish_reason)
            if include_usage:
                usage = _usage(event.prompt_tokens, event.completion_tokens)
                yield sse({**base, "choices": [], "usage": usage})
        yield SSE_DONE

    def _chat_logprob(self, token: TokenEvent) -> dict[str, Any]:
        text = self.engine.decode_token(token.token_id)
        return {
            "token": text,
            "logprob": token.logprob,
            "bytes": list(text.encode()),
            "top_logprobs": [
                {
                    "token": (t := self.engine.decode_token(i)),
                    "logprob": lp,
                    "bytes": list(t.encode()),
                }
                for i, lp in token.top_logprobs or []
            ],
        }

    # Completions.
    def prepare_completion(self, request: CompletionRequest) -> Prepared:
        served = self._served(request.model)
        prompt = request.prompt_text()
        if prompt is None:
            raise InvalidRequestError("only one prompt per request is supported", param="prompt")
        if request.max_tokens == 0 and not request.echo:
            raise InvalidRequestError("max_tokens=0 needs echo=true (scoring)", param="max_tokens")
        prompt_ids = self.engine.encode(prompt)
        params = self._params(request, request.max_tokens, request.logprobs)
        self.engine.check_length(len(prompt_ids), params.max_tokens)
        return Prepared(
            request.model, prompt_ids, params, self._steering(request.steering, served), prompt
        )

    async def completion(self, prepared: Prepared, echo: bool) -> dict[str, Any]:
        k = prepared.params.logprobs
        text, finish, completion_tokens = "", "length", 0
        tokens: list[int] = []
        logprobs: list[float | None] = []
        tops: list[list[tuple[int, float]] | None] = []
        if echo and k is not None:  # echo without logprobs needs no forward pass
            scored: ScoredSequence = await self.engine.score_ids(
                prepared.prompt_ids, prepared.steering, top_k=k
            )
            tokens, logprobs, tops = (
                list(scored.token_ids),
                list(scored.token_logprobs),
                list(scored.top_logprobs),
            )
        if echo:
            text = prepared.prompt_text
        if prepared.params.max_tokens > 0:
            result = await self.engine.generate(
                prepared.prompt_ids, prepared.params, prepared.steering
            )
            text += result.text
            finish, completion_tokens = result.finish_reason, result.completion_tokens
            tokens += [t.token_id for t in result.tokens]
            logprobs += [t.logprob for t in result.tokens]
            tops += [t.top_logprobs for t in result.tokens]
        choice: dict[str, Any] = {
            "index": 0,
            "text": text,
            "finish_reason": finish,
            "logprobs": None,
        }
        if k is not None:
            choice["logprobs"] = self._completion_logprobs(tokens, logprobs, tops, k)
        return {
            "id": f"cmpl-{uuid.uuid4().hex}",
            "object": "text_completion",
            "created": int(time.time()),
            "model": prepared.model,
            "choices": [choice],
            "usage": _usage(len(prepared.prompt_ids), completion_tokens),
        }

    async def completion_stream(
        self, prepared: Prepared, include_usage: bool
    ) -> AsyncIterator[bytes]:
        base = {
            "id": f"cmpl-{uuid.uuid4().hex}",
            "object": "text_completion",
            "created": int(time.time()),
            "model": prepared.model,
        }

        def chunk(text: str, finish: str | None = None) -> bytes:
            choice = {"index": 0, "text": text, "finish_reason": finish, "logprobs": None}
            return sse({**base, "choices": [choice]})

        async for event in self.engine.stream(
            prepared.prompt_ids, prepared.params, prepared.steering
        ):
            if isinstance(event, TokenEvent):
                if event.text:
                    yield chunk(event.text)
                continue
            assert isinstance(event, DoneEvent)
            yield chunk(event.tail, event.finish_reason)
            if include_usage:
                yield sse(
                    {
                        **base,
                        "choices": [],
                        "usage": _usage(event.prompt_tokens, event.completion_tokens),
                    }
                )
        yield SSE_DONE

    def _completion_logprobs(
        self,
        tokens: list[int],
        logprobs: list[float | None],
        tops: list[list[tuple[int, float]] | None],
        k: int,
    ) -> dict[str, Any]:
        """vLLM's legacy shape: tokens, token_logprobs, top_logprobs, text_offset."""
        strings = [self.engine.decode_token(t) for t in tokens]
        offsets, at = [], 0
        for s in strings:
            offsets.append(at)
            at += len(s)
        top_dicts: list[dict[str, float] | None] = []
        for token, lp, top in zip(tokens, logprobs, tops, strict=True):
            if lp is None or top is None:
                top_dicts.append(None)
                continue
            entries = {self.engine.decode_token(i): v for i, v in top[:k]}
            entries.setdefault(
                self.engine.decode_token(token), lp
            )  # the sampled token is always listed
            top_dicts.append(entries)
        return {
            "tokens": strings,
            "token_logprobs": logprobs,
            "top_logprobs": top_dicts,
            "text_offset": offsets,
        }

    @staticmethod
    def _params(
        request: ChatCompletionRequest | CompletionRequest, max_tokens: int, logprobs: int | None
    ) -> SamplingParams:
        return SamplingParams(
            max_tokens=max_tokens,
            temperature=request.temperature,
            top_p=request.top_p,
            stop=request.stop_strings(),
            seed=request.seed,
            logprobs=logprobs,
        )


def _usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }
