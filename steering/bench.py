"""Per-token decode latency with and without steering, measured in one run, conditions interleaved.

Three conditions per round, in rotating order so drift (thermal, other processes) hits all alike:
``baseline`` (no hooks on the model), ``hooks-idle`` (hooks installed, no row steered) and
``steered`` (every row steered). Each run prefills one prompt and times every greedy decode step
(one token per row) with a device synchronise around it. Reported: p50/p99 per-token latency
and the overhead of each condition's median over the baseline's.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Any

import torch
from tqdm import tqdm
from transformers import DynamicCache

from steering.hooks import RowChoice, SteeringHooks
from steering.model import LoadedModel
from steering.scoring import left_pad
from steering.vectors import SteeringVector

PROMPT = "Explain in a few paragraphs how large language models are trained on clusters of GPUs."


@dataclass(frozen=True)
class BenchOptions:
    tokens: int = 64  # decode steps per run
    runs: int = 6  # runs per condition
    batch: int = 1  # rows per forward pass


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


@torch.inference_mode()
def _decode_run(
    loaded: LoadedModel, hooks: SteeringHooks | None, choice: RowChoice, options: BenchOptions
) -> list[float]:
    """Seconds per decode step (each step yields one token per row)."""
    prompt = list(loaded.tokenizer(PROMPT)["input_ids"])
    ids, mask, positions = left_pad(
        [prompt] * options.batch, loaded.tokenizer.pad_token_id, loaded.device
    )
    cache = DynamicCache(config=loaded.model.config)
    choices = [choice] * options.batch
    if hooks is not None:
        hooks.set_rows(choices)
    try:
        out = loaded.model(
            input_ids=ids,
            attention_mask=mask,
            position_ids=positions,
            past_key_values=cache,
            use_cache=True,
            logits_to_keep=1,
        )
        times: list[float] = []
        for _ in range(options.tokens):
            nxt = out.logits[:, -1, :].argmax(dim=-1, keepdim=True)  # (B, 1)
            positions = mask.sum(dim=1, keepdim=True)
            mask = torch.cat([mask, torch.ones_like(nxt)], dim=1)
            _sync(loaded.device)
            started = time.perf_counter()
            out = loaded.model(
                input_ids=nxt,
                attention_mask=mask,
                position_ids=positions,
                past_key_values=cache,
                use_cache=True,
            )
            _sync(loaded.device)
            times.append(time.perf_counter() - started)
        return times
    finally:
        if hooks is not None:
            hooks.clear_rows()


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run_bench(
    loaded: LoadedModel, vector: SteeringVector, strength: float, options: BenchOptions
) -> dict[str, Any]:
    hooks = SteeringHooks(loaded.decoder_layers(), loaded.device, loaded.dtype)
    conditions: dict[str, list[float]] = {"baseline": [], "hooks-idle": [], "steered": []}
    _decode_run(loaded, None, None, BenchOptions(tokens=8, runs=1, batch=options.batch))  # warm-up
    names = list(conditions)
    for run in tqdm(range(options.runs), desc="bench rounds"):
        for name in names[run % 3 :] + names[: run % 3]:
            if name == "baseline":
                conditions[name] += _decode_run(loaded, None, None, options)
                continue
            with hooks:
                choice: RowChoice = (vector, strength) if name == "steered" else None
                conditions[name] += _decode_run(loaded, hooks, choice, options)
    base = statistics.median(conditions["baseline"])
    return {
        "device": str(loaded.device),
        "device_name": torch.cuda.get_device_name(loaded.device)
        if loaded.device.type == "cuda"
        else "cpu",
        "model_id": loaded.model_id,
        "batch": options.batch,
        "tokens_per_run": options.tokens,
        "runs": options.runs,
        "vector_layers": vector.layers,
        "strength": strength,
        "per_token_ms": {
            name: {
                "p50": round(statistics.median(times) * 1e3, 3),
                "p99": round(_quantile(times, 0.99) * 1e3, 3),
                "mean": round(statistics.fmean(times) * 1e3, 3),
            }
            for name, times in conditions.items()
        },
        "overhead_p50_pct": {
            name: round((statistics.median(times) / base - 1) * 100, 2)
            for name, times in conditions.items()
            if name != "baseline"
        },
    }
