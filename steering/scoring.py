"""Teacher-forced scoring: the log-probability of each token of fixed texts, batched, per-row steering.

Used by ``/v1/completions`` with ``echo`` + ``logprobs`` and by the evaluation. Invariants: rows
are left padded with an attention mask and explicit position ids, so a row's numbers do not depend
on the other rows beyond floating-point noise; the vocabulary projection runs one row at a time
so memory is ``O(T * V)`` rather than ``O(B * T * V)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch

from steering.hooks import RowChoice, SteeringHooks
from steering.model import LoadedModel


@dataclass(frozen=True)
class ScoredSequence:
    token_ids: list[int]
    # token_logprobs[i] = log p(token i | tokens < i); None for the first token.
    token_logprobs: list[float | None]
    # top_logprobs[i]: the k most likely (token id, logprob) at position i; None for the first.
    top_logprobs: list[list[tuple[int, float]] | None]


def left_pad(
    rows: Sequence[Sequence[int]], pad_id: int, device: torch.device
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(input_ids, attention_mask, position_ids), each (B, T), padded on the left."""
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        ids[i, width - len(row) :] = torch.tensor(list(row), dtype=torch.long)
        mask[i, width - len(row) :] = 1
    positions = (mask.cumsum(-1) - 1).clamp(min=0)
    return ids.to(device), mask.to(device), positions.to(device)


@torch.inference_mode()
def score_batch(
    loaded: LoadedModel,
    hooks: SteeringHooks,
    rows: Sequence[Sequence[int]],
    choices: Sequence[RowChoice],
    top_k: int = 0,
) -> list[ScoredSequence]:
    """Score every token of every row (each row at least one token) under its own steering."""
    if any(len(r) == 0 for r in rows):
        raise ValueError("cannot score an empty token sequence")
    ids, mask, positions = left_pad(rows, loaded.tokenizer.pad_token_id, loaded.device)
    with hooks.rows(choices):
        hidden = loaded.model.get_decoder()(
            input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=False
        ).last_hidden_state  # (B, T, H)
    head = loaded.model.get_output_embeddings()
    results: list[ScoredSequence] = []
    for i, row in enumerate(rows):
        n = len(row)
        logits = head(hidden[i, hidden.shape[1] - n :]).float()  # (n, V)
        logprobs = torch.log_softmax(logits[:-1], dim=-1)  # predicts tokens 1..n-1
        targets = torch.tensor(list(row[1:]), dtype=torch.long, device=logprobs.device)
        picked = logprobs.gather(1, targets[:, None])[:, 0].tolist()
        tops: list[list[tuple[int, float]] | None] = [None]
        if top_k > 0:
            values, indices = logprobs.topk(top_k, dim=-1)
            for v, ix in zip(values.tolist(), indices.tolist(), strict=True):
                tops.append(list(zip(ix, v, strict=True)))
        else:
            tops.extend([] for _ in range(n - 1))
        results.append(ScoredSequence(list(row), [None, *picked], tops))
    return results
