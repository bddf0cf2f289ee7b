"""Steering vectors from contrastive pairs (Contrastive Activation Addition; PCA as an option).

For every pair, the prompt is rendered with the model's chat template and each completion is
appended as the assistant's answer. The residual stream after each chosen decoder layer is read
at the completion's tokens (their mean, or the last token). Then per layer:

- ``mean``: direction = mean(target activations) - mean(opposite activations);
- ``pca``:  the first principal component of the per-pair differences, signed so the target side
  projects higher, scaled to the mean projection so strengths are comparable with ``mean``.

Invariant: directions are in the residual stream's own units, so strength 1 adds one average
target-minus-opposite difference at each chosen layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch
from tqdm import tqdm

from steering.datasets import Pair, pairs_sha256
from steering.model import LoadedModel
from steering.scoring import left_pad
from steering.vectors import SteeringVector, VectorMetadata

BATCH_SIZE = 8  # sequences per forward pass


@dataclass(frozen=True)
class ComputeOptions:
    layers: list[int]
    method: str = "mean"  # "mean" or "pca"
    position: str = "completion-mean"  # or "last"
    suggested_strength: float | None = None


def chat_prefix_ids(loaded: LoadedModel, prompt: str) -> list[int]:
    text = loaded.tokenizer.apply_chat_template(
        [{"role": "user", "content": prompt}], add_generation_prompt=True, tokenize=False
    )
    return list(loaded.tokenizer(text, add_special_tokens=False)["input_ids"])


def completion_ids(loaded: LoadedModel, completion: str) -> list[int]:
    return list(loaded.tokenizer(completion, add_special_tokens=False)["input_ids"])


@torch.inference_mode()
def activations(
    loaded: LoadedModel,
    sequences: Sequence[tuple[list[int], list[int]]],
    layers: Sequence[int],
    position: str,
    progress: bool = False,
) -> dict[int, torch.Tensor]:
    """Per layer, one ``(N, H)`` float32 row per (prefix, completion) sequence."""
    out: dict[int, list[torch.Tensor]] = {layer: [] for layer in layers}
    decoder = loaded.model.get_decoder()
    starts = range(0, len(sequences), BATCH_SIZE)
    for start in tqdm(starts, desc="activations", disable=not progress):
        batch = sequences[start : start + BATCH_SIZE]
        rows = [prefix + completion for prefix, completion in batch]
        ids, mask, positions = left_pad(rows, loaded.tokenizer.pad_token_id, loaded.device)
        states = decoder(
            input_ids=ids, attention_mask=mask, position_ids=positions, output_hidden_states=True
        ).hidden_states  # (layers + 1) x (B, T, H); entry i + 1 is decoder layer i's output
        width = ids.shape[1]
        for layer in layers:
            hidden = states[layer + 1].float()
            for i, (_, completion) in enumerate(batch):
                span = hidden[i, width - len(completion) :]  # (n_completion, H)
                picked = span[-1] if position == "last" else span.mean(dim=0)
                out[layer].append(picked.cpu())
    return {layer: torch.stack(rows) for layer, rows in out.items()}


def compute_vector(
    loaded: LoadedModel, pairs: Sequence[Pair], options: ComputeOptions, progress: bool = False
) -> SteeringVector:
    last_layer = loaded.num_layers - 1
    bad = [layer for layer in options.layers if not 0 <= layer < last_layer]
    if bad:
        # The final layer's hidden state is reported after the final norm: not the residual stream.
        raise ValueError(f"layers must be in 0..{last_layer - 1}; got {bad}")
    sequences: list[tuple[list[int], list[int]]] = []
    for pair in pairs:
        prefix = chat_prefix_ids(loaded, pair.prompt)
        sequences.append((prefix, completion_ids(loaded, pair.target)))
        sequences.append((prefix, completion_ids(loaded, pair.opposite)))
    acts = activations(loaded, sequences, options.layers, options.position, progress)
    directions: dict[int, torch.Tensor] = {}
    for layer, rows in acts.items():
        target, opposite = rows[0::2], rows[1::2]  # (P, H) each
        diffs = target - opposite
        if options.method == "mean":
            directions[layer] = diffs.mean(dim=0)
        elif options.method == "pca":
            centered = diffs - diffs.mean(dim=0, keepdim=True)
            _, _, v = torch.linalg.svd(centered, full_matrices=False)
            component = v[0]
            projection = diffs @ component
            if projection.mean() < 0:
                component, projection = -component, -projection
            directions[layer] = component * projection.mean()
        else:
            raise ValueError(f"unknown method {options.method!r}")
    metadata = VectorMetadata(
        model_id=loaded.model_id,
        hidden_size=loaded.hidden_size,
        method=options.method,
        dataset_sha256=pairs_sha256(list(pairs)),
        suggested_strength=options.suggested_strength,
        position=options.position,
    )
    return SteeringVector(directions, metadata)
