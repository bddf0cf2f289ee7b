"""Choosing the next token and cutting text at stop strings; pure functions of their inputs.

Invariants: temperature 0 is greedy (argmax, deterministic); otherwise nucleus sampling with the
row's own ``torch.Generator`` so a seeded request is reproducible whatever else is in its batch.
``StopScanner`` never releases text that could still turn out to be the start of a stop string.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch

REPLACEMENT_CHAR = "\ufffd"  # an incomplete UTF-8 sequence decodes to this: wait for more tokens


@dataclass(frozen=True)
class SamplingParams:
    max_tokens: int  # completion tokens at most
    temperature: float = 1.0  # 0: greedy
    top_p: float = 1.0  # nucleus mass kept, (0, 1]
    stop: tuple[str, ...] = ()
    seed: int | None = None
    logprobs: int | None = None  # None: no logprobs; k >= 0: chosen token's logprob + top k


def make_generator(seed: int | None) -> torch.Generator:
    generator = torch.Generator()
    if seed is None:
        generator.seed()
    else:
        generator.manual_seed(seed)
    return generator


def sample(logits: torch.Tensor, params: SamplingParams, generator: torch.Generator) -> int:
    """One token id from a row's logits ``(V,)``."""
    if params.temperature <= 0.0:
        return int(torch.argmax(logits).item())
    probs = torch.softmax(logits.float().cpu() / params.temperature, dim=-1)
    if params.top_p < 1.0:
        sorted_probs, order = torch.sort(probs, descending=True)
        cumulative = torch.cumsum(sorted_probs, dim=-1)
        # Keep the smallest prefix whose mass reaches top_p (always at least the top token).
        keep = cumulative - sorted_probs < params.top_p
        sorted_probs = torch.where(keep, sorted_probs, torch.zeros_like(sorted_probs))
        choice = torch.multinomial(sorted_probs, 1, generator=generator)
        return int(order[choice].item())
    return int(torch.multinomial(probs, 1, generator=generator).item())


@dataclass
class StopScanner:
    """Tracks the decoded completion and how much of it is safe to release."""

    stops: tuple[str, ...]
    released: int = 0  # characters already handed out
    text: str = field(default="")

    def update(self, text: str) -> tuple[str, bool]:
        """Given the full decoded completion so far: (new safe text, whether a stop string hit)."""
        self.text = text
        cut = min((i for i in (text.find(s) for s in self.stops if s) if i >= 0), default=-1)
        if cut >= 0:
            delta = text[self.released : cut] if cut > self.released else ""
            self.released = max(self.released, cut)
            self.text = text[:cut]
            return delta, True
        safe = len(text)
        if text.endswith(REPLACEMENT_CHAR):
            safe = len(text.rstrip(REPLACEMENT_CHAR))
        for stop in self.stops:
            # Hold back a tail that is a proper prefix of a stop string.
            for k in range(min(len(stop) - 1, len(text)), 0, -1):
                if text.endswith(stop[:k]):
                    safe = min(safe, len(text) - k)
                    break
        delta = text[self.released : safe] if safe > self.released else ""
        self.released = max(self.released, safe)
        return delta, False

    def flush(self) -> str:
        """At the end of generation: everything not yet released (no stop string can follow)."""
        delta = self.text[self.released :]
        self.released = len(self.text)
        return delta
