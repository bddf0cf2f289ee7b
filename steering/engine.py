"""The asyncio face of the local model: tokenise, resolve steering, submit to the batch worker.

One ``Engine`` owns one loaded model, its steering hooks (installed for the engine's lifetime and
removed by ``close``) and the ``BatchScheduler`` thread. Every coroutine here is safe to call
concurrently from any number of requests; they all share one copy of the weights.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field

from steering.config import LocalModelConfig, SteeringChoice
from steering.errors import ContextLengthError, EngineUnavailableError, InvalidRequestError
from steering.hooks import RowChoice, SteeringHooks
from steering.model import LoadedModel
from steering.registry import VectorRegistry
from steering.sampling import SamplingParams
from steering.scheduler import (
    BatchScheduler,
    DoneEvent,
    ErrorEvent,
    EventSink,
    GenerateJob,
    ScoreEvent,
    ScoreJob,
    TokenEvent,
)
from steering.scoring import ScoredSequence


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    tokens: list[TokenEvent] = field(default_factory=list)


@dataclass(frozen=True)
class ScoredText:
    """A prompt + completion scored together; ``completion_start`` indexes the first completion token."""

    scored: ScoredSequence
    completion_start: int

    @property
    def completion_logprobs(self) -> list[float]:
        return [lp for lp in self.scored.token_logprobs[self.completion_start :] if lp is not None]


class Engine:
    def __init__(self, loaded: LoadedModel, config: LocalModelConfig) -> None:
        self.loaded = loaded
        self.config = config
        self.vectors = VectorRegistry(config.vectors_dir, loaded)
        self.hooks = SteeringHooks(loaded.decoder_layers(), loaded.device, loaded.dtype)
        self.scheduler = BatchScheduler(loaded, self.hooks, config.max_batch_size)
        self._running = False

    def start(self) -> None:
        self.hooks.install()
        self.scheduler.start()
        self._running = True

    def close(self) -> None:
        """Stop the worker and remove the hooks: the model is unmodified afterwards."""
        self._running = False
        self.scheduler.close()
        self.hooks.reset()

    # Inputs.
    def resolve_steering(self, choice: SteeringChoice | None) -> RowChoice:
        if choice is None or choice.strength == 0.0:
            return None
        return (self.vectors.get(choice.vector), choice.strength)

    def encode(self, text: str) -> list[int]:
        return list(self.loaded.tokenizer(text)["input_ids"])

    def encode_chat(self, messages: Sequence[dict[str, str]]) -> list[int]:
        text = self.loaded.tokenizer.apply_chat_template(
            list(messages), add_generation_prompt=True, tokenize=False
        )
        return list(self.loaded.tokenizer(text, add_special_tokens=False)["input_ids"])

    def decode_token(self, token_id: int) -> str:
        return str(self.loaded.tokenizer.decode([token_id]))

    def check_length(self, prompt_tokens: int, max_tokens: int) -> None:
        limit = self.config.max_context_tokens
        if prompt_tokens + max_tokens > limit:
            raise ContextLengthError(
                f"prompt ({prompt_tokens} tokens) + max_tokens ({max_tokens}) exceeds the "
                f"context limit of {limit} tokens"
            )

    # Generation.
    async def stream(
        self, prompt_ids: list[int], params: SamplingParams, steering: SteeringChoice | None
    ) -> AsyncIterator[TokenEvent | DoneEvent]:
        """Yield each generated token as it is produced, then one ``DoneEvent``."""
        if not prompt_ids:
            raise InvalidRequestError("the prompt is empty", param="prompt")
        self.check_length(len(prompt_ids), params.max_tokens)
        sink = self._submit_generate(prompt_ids, params, self.resolve_steering(steering))
        try:
            while True:
                event = await sink.queue.get()
                if isinstance(event, ErrorEvent):
                    raise event.error
                assert isinstance(event, TokenEvent | DoneEvent)
                yield event
                if isinstance(event, DoneEvent):
                    return
        finally:
            sink.cancel()  # a no-op when finished; stops the row when the client went away

    async def generate(
        self, prompt_ids: list[int], params: SamplingParams, steering: SteeringChoice | None
    ) -> Completion:
        tokens: list[TokenEvent] = []
        async for event in self.stream(prompt_ids, params, steering):
            if isinstance(event, DoneEvent):
                return Completion(
                    event.text,
                    event.finish_reason,
                    event.prompt_tokens,
                    event.completion_tokens,
                    tokens,
                )
            tokens.append(event)
        raise RuntimeError("generation ended without a result")

    # Scoring.
    async def score_ids(
        self, token_ids: list[int], steering: SteeringChoice | None, top_k: int = 0
    ) -> ScoredSequence:
        if not token_ids:
            raise InvalidRequestError("nothing to score: the prompt is empty", param="prompt")
        self.check_length(len(token_ids), 0)
        sink = self._sink()
        self.scheduler.submit(ScoreJob(token_ids, top_k, self.resolve_steering(steering), sink))
        event = await sink.queue.get()
        if isinstance(event, ErrorEvent):
            raise event.error
        assert isinstance(event, ScoreEvent)
        return event.result

    async def score(
        self, prompt: str, completion: str, steering: SteeringChoice | None, top_k: int = 0
    ) -> ScoredText:
        """Log-probabilities of ``completion``'s tokens after ``prompt`` (tokenised separately)."""
        prompt_ids = self.encode(prompt)
        completion_ids = list(
            self.loaded.tokenizer(completion, add_special_tokens=False)["input_ids"]
        )
        scored = await self.score_ids(prompt_ids + completion_ids, steering, top_k)
        return ScoredText(scored, len(prompt_ids))

    def _sink(self) -> EventSink:
        if not self._running:
            raise EngineUnavailableError("the local model is not running")
        return EventSink(asyncio.get_running_loop())

    def _submit_generate(
        self, prompt_ids: list[int], params: SamplingParams, steering: RowChoice
    ) -> EventSink:
        sink = self._sink()
        self.scheduler.submit(GenerateJob(prompt_ids, params, steering, sink))
        return sink
