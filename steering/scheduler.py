"""Continuous batching on one worker thread: every forward pass serves all active rows at once.

The worker owns the model. Each loop turn it (1) scores pending fixed texts in one padded forward,
(2) prefills newly arrived generation requests together and merges their KV cache into the running
batch, (3) runs one decode step for every active row, (4) drops finished rows. Each row carries its
own steering choice, applied by ``SteeringHooks`` per row.

Invariants:
- the batch is always left padded: ``mask`` (B, T) is 0 only in a prefix of each row, and the KV
  cache of every layer has T positions; position ids are each row's own count of real tokens;
- a row's output depends on other rows only through floating-point noise of batched matmuls;
- results leave the thread only through ``EventSink.push`` (thread-safe into asyncio);
- an exception during a forward pass fails exactly the rows of that pass, with the exception.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from dataclasses import dataclass, field
from typing import Any

import torch
import torch.nn.functional as F
from transformers import DynamicCache

from steering.hooks import RowChoice, SteeringHooks
from steering.model import LoadedModel
from steering.sampling import SamplingParams, StopScanner, make_generator, sample
from steering.scoring import ScoredSequence, left_pad, score_batch

log = logging.getLogger(__name__)

IDLE_POLL_S = 0.1  # how often an idle worker checks for shutdown
GATHER_WAIT_S = 0.002  # after waking on a job, wait this long for concurrent ones to batch
MAX_SCORE_TOKENS = 16384  # tokens in one scoring forward


@dataclass(frozen=True)
class TokenEvent:
    token_id: int
    text: str  # newly released completion text (may be empty while a stop string could follow)
    logprob: float | None = None
    top_logprobs: list[tuple[int, float]] | None = None


@dataclass(frozen=True)
class DoneEvent:
    finish_reason: str  # "stop" or "length"
    text: str  # the whole completion, stop string excluded
    tail: str  # text not yet released by a TokenEvent
    prompt_tokens: int
    completion_tokens: int


@dataclass(frozen=True)
class ErrorEvent:
    error: BaseException


@dataclass(frozen=True)
class ScoreEvent:
    result: ScoredSequence


Event = TokenEvent | DoneEvent | ErrorEvent | ScoreEvent


class EventSink:
    """Hands worker-thread events to an asyncio queue; ``cancel()`` tells the worker to stop."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.queue: asyncio.Queue[Event] = asyncio.Queue()
        self.cancelled = threading.Event()

    def push(self, event: Event) -> None:
        try:
            self.loop.call_soon_threadsafe(self.queue.put_nowait, event)
        except RuntimeError:
            # The request's event loop is closed: nobody is left to receive this event.
            log.debug("dropped an event for a closed event loop")

    def cancel(self) -> None:
        self.cancelled.set()


@dataclass
class GenerateJob:
    prompt_ids: list[int]
    params: SamplingParams
    steering: RowChoice
    sink: EventSink


@dataclass
class ScoreJob:
    token_ids: list[int]
    top_k: int
    steering: RowChoice
    sink: EventSink


@dataclass
class _Row:
    job: GenerateJob
    generator: torch.Generator
    scanner: StopScanner
    generated: list[int] = field(default_factory=list)


@dataclass
class SchedulerStats:
    forward_passes: int = 0
    max_rows_in_pass: int = 0  # the largest batch seen (prefill, decode or scoring)
    steered_rows_in_mixed_pass: int = 0  # passes with both steered and unsteered rows

    def record(self, choices: list[RowChoice]) -> None:
        self.forward_passes += 1
        self.max_rows_in_pass = max(self.max_rows_in_pass, len(choices))
        steered = sum(c is not None and c[1] != 0.0 for c in choices)
        if 0 < steered < len(choices):
            self.steered_rows_in_mixed_pass += 1


class BatchScheduler:
    """The worker thread and its batch; ``submit`` is the only entry point and is thread-safe."""

    def __init__(self, loaded: LoadedModel, hooks: SteeringHooks, max_batch_size: int) -> None:
        self.loaded = loaded
        self.hooks = hooks
        self.max_batch_size = max_batch_size
        self.stats = SchedulerStats()
        self._jobs: queue.Queue[GenerateJob | ScoreJob] = queue.Queue()
        self._pending: list[GenerateJob] = []
        self._closing = threading.Event()
        self._thread: threading.Thread | None = None
        self._rows: list[_Row] = []
        self._cache: Any = None  # DynamicCache of the running batch
        self._mask: torch.Tensor | None = None  # (B, T) int64
        eos = loaded.model.generation_config.eos_token_id
        ids = eos if isinstance(eos, list) else [eos]
        self._eos = {int(i) for i in ids if i is not None} | {int(loaded.tokenizer.eos_token_id)}

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="steering-engine", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._closing.set()
        if self._thread is not None:
            self._thread.join()

    def submit(self, job: GenerateJob | ScoreJob) -> None:
        if self._closing.is_set():
            raise RuntimeError("the engine is shutting down")
        self._jobs.put(job)

    # The worker thread.
    def _run(self) -> None:
        with torch.inference_mode():
            while not self._closing.is_set():
                scores = self._collect(block=not self._rows and not self._pending)
                if scores:
                    self._guarded([j.sink for j in scores], False, self._score, scores)
                if self._pending and len(self._rows) < self.max_batch_size:
                    take = self.max_batch_size - len(self._rows)
                    jobs, self._pending = self._pending[:take], self._pending[take:]
                    self._guarded([j.sink for j in jobs], True, self._prefill, jobs)
                if self._rows:
                    self._guarded([], True, self._decode)
        waiting = [row.job.sink for row in self._rows] + [job.sink for job in self._pending]
        while not self._jobs.empty():
            waiting.append(self._jobs.get_nowait().sink)
        for sink in waiting:
            sink.push(ErrorEvent(RuntimeError("the engine shut down")))

    def _collect(self, block: bool) -> list[ScoreJob]:
        scores: list[ScoreJob] = []
        try:
            first = self._jobs.get(timeout=IDLE_POLL_S) if block else self._jobs.get_nowait()
        except queue.Empty:
            return scores
        if block:
            self._closing.wait(GATHER_WAIT_S)
        items = [first]
        while True:
            try:
                items.append(self._jobs.get_nowait())
            except queue.Empty:
                break
        for job in items:
            if isinstance(job, ScoreJob):
                scores.append(job)
            else:
                self._pending.append(job)
        return scores

    def _guarded(self, sinks: list[EventSink], touches_batch: bool, fn: Any, *args: Any) -> None:
        """Run one pass; on failure, fail its requests (and the running batch if it was touched)."""
        try:
            fn(*args)
        except Exception as error:  # a failed pass fails its requests, and is logged; never hidden
            log.exception("forward pass failed")
            if touches_batch:
                sinks = sinks + [r.job.sink for r in self._rows]
                self._rows, self._cache, self._mask = [], None, None
            for sink in {id(s): s for s in sinks}.values():
                sink.push(ErrorEvent(error))

    def _score(self, jobs: list[ScoreJob]) -> None:
        start = 0
        while start < len(jobs):
            end, tokens = start, 0
            while end < len(jobs) and end - start < self.max_batch_size:
                tokens += len(jobs[end].token_ids)
                if end > start and tokens > MAX_SCORE_TOKENS:
                    break
                end += 1
            chunk = jobs[start:end]
            choices = [j.steering for j in chunk]
            self.stats.record(choices)
            results = score_batch(
                self.loaded,
                self.hooks,
                [j.token_ids for j in chunk],
                choices,
                top_k=max(j.top_k for j in chunk),
            )
            for job, result in zip(chunk, results, strict=True):
                job.sink.push(ScoreEvent(result))
            start = end

    def _prefill(self, jobs: list[GenerateJob]) -> None:
        ids, mask, positions = left_pad(
            [j.prompt_ids for j in jobs], self.loaded.tokenizer.pad_token_id, self.loaded.device
        )
        cache = DynamicCache(config=self.loaded.model.config)
        choices = [j.steering for j in jobs]
        self.stats.record(choices)
        with self.hooks.rows(choices):
            out = self.loaded.model(
                input_ids=ids,
                attention_mask=mask,
                position_ids=positions,
                past_key_values=cache,
                use_cache=True,
                logits_to_keep=1,
            )
        rows = [_Row(j, make_generator(j.params.seed), StopScanner(j.params.stop)) for j in jobs]
        self._merge(rows, out.past_key_values, mask)
        self._advance(out.logits[:, -1, :], first_new=len(self._rows) - len(rows))

    def _decode(self) -> None:
        assert self._mask is not None
        last = torch.tensor(
            [[r.generated[-1]] for r in self._rows], dtype=torch.long, device=self.loaded.device
        )  # (B, 1)
        positions = self._mask.sum(dim=1, keepdim=True)  # (B, 1): real tokens so far
        self._mask = torch.cat([self._mask, torch.ones_like(last)], dim=1)
        choices = [r.job.steering for r in self._rows]
        self.stats.record(choices)
        with self.hooks.rows(choices):
            out = self.loaded.model(
                input_ids=last,
                attention_mask=self._mask,
                position_ids=positions,
                past_key_values=self._cache,
                use_cache=True,
            )
        self._advance(out.logits[:, -1, :], first_new=0)

    def _advance(self, logits: torch.Tensor, first_new: int) -> None:
        """Sample one token for rows ``first_new..``, emit it, and drop the rows that finished."""
        keep: list[int] = list(range(first_new))
        for index in range(first_new, len(self._rows)):
            row = self._rows[index]
            row_logits = logits[index - first_new]  # logits hold only rows first_new..
            if not row.job.sink.cancelled.is_set() and not self._step_row(row, row_logits):
                keep.append(index)
        if len(keep) < len(self._rows):
            self._select(keep)

    def _step_row(self, row: _Row, logits: torch.Tensor) -> bool:
        """Sample and emit one token; True when the row is finished."""
        params = row.job.params
        token = sample(logits, params, row.generator)
        if token in self._eos:
            self._finish(row, "stop")
            return True
        row.generated.append(token)
        logprob: float | None = None
        top: list[tuple[int, float]] | None = None
        if params.logprobs is not None:
            logprobs = torch.log_softmax(logits.float(), dim=-1)
            logprob = float(logprobs[token].item())
            if params.logprobs > 0:
                values, indices = logprobs.topk(params.logprobs)
                top = list(zip(indices.tolist(), values.tolist(), strict=True))
        text = self.loaded.tokenizer.decode(row.generated, skip_special_tokens=True)
        delta, hit_stop = row.scanner.update(text)
        row.job.sink.push(TokenEvent(token, delta, logprob, top))
        if hit_stop:
            self._finish(row, "stop")
            return True
        if len(row.generated) >= params.max_tokens:
            self._finish(row, "length")
            return True
        return False

    def _finish(self, row: _Row, reason: str) -> None:
        tail = row.scanner.flush()
        row.job.sink.push(
            DoneEvent(
                finish_reason=reason,
                text=row.scanner.text,
                tail=tail,
                prompt_tokens=len(row.job.prompt_ids),
                completion_tokens=len(row.generated),
            )
        )

    def _merge(self, rows: list[_Row], cache: Any, mask: torch.Tensor) -> None:
        """Append new rows (and their KV cache) to the running batch, left padding the shorter."""
        if not self._rows:
            self._rows, self._cache, self._mask = rows, cache, mask
            return
        assert self._mask is not None
        width = max(self._mask.shape[1], mask.shape[1])

        def pad(t: torch.Tensor, dim_from_end: int) -> torch.Tensor:
            missing = width - t.shape[-dim_from_end]
            if missing == 0:
                return t
            spec = [0, 0] * (dim_from_end - 1) + [missing, 0]  # left pad that dimension
            return F.pad(t, spec)

        for old, new in zip(self._cache.layers, cache.layers, strict=True):
            old.keys = torch.cat([pad(old.keys, 2), pad(new.keys, 2)], dim=0)
            old.values = torch.cat([pad(old.values, 2), pad(new.values, 2)], dim=0)
        self._mask = torch.cat([pad(self._mask, 1), pad(mask, 1)], dim=0)
        self._rows = self._rows + rows

    def _select(self, keep: list[int]) -> None:
        """Keep only rows ``keep`` and drop the padding columns no remaining row needs."""
        if not keep:
            self._rows, self._cache, self._mask = [], None, None
            return
        assert self._mask is not None
        index = torch.tensor(keep, dtype=torch.long, device=self._mask.device)
        mask = self._mask.index_select(0, index)
        first = int(torch.nonzero(mask.any(dim=0))[0].item())  # first column any row uses
        self._mask = mask[:, first:]
        for layer in self._cache.layers:
            layer.keys = layer.keys.index_select(0, index)[:, :, first:, :]
            layer.values = layer.values.index_select(0, index)[:, :, first:, :]
        self._rows = [self._rows[i] for i in keep]
