"""Stage 1's training windows: every window of every example, plus requests buried in filler.

At run time the riskiest window decides, and a short risky sentence may sit inside a window of
benign text. The first stage is a pooled bag of token vectors, so it only learns to let a few
risky tokens outweigh many benign ones if it is trained on such windows. Invariants:

- every window of every training example is included, labelled with the example's label;
- for each short risk example a *buried* window is synthesised: filler made of general training
  examples (their token ids, concatenated) with the request inserted at a random position, filling
  one whole window; it keeps the request's label;
- *filler-only* windows (general examples run together) are labelled ``general``, so the model
  does not learn that a long window is suspicious in itself;
- everything is a pure function of the examples, the tokenizer output and the seed, and only
  training examples are used (the validation split stays unseen).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from classifiers.labels import LABELS
from classifiers.windows import split_ids

GENERAL = LABELS.index("general")
UNK_ID = 100


@dataclass(frozen=True, slots=True)
class AugmentConfig:
    buried_per_example: int = 1  # buried copies of each short risk example
    filler_share: float = 0.5  # filler-only windows, as a share of the buried ones
    max_request_share: float = 0.5  # only requests up to this share of a window are buried


def example_windows(
    ids: Sequence[Sequence[int]], labels: Sequence[int], size: int, stride: int
) -> tuple[list[list[int]], list[int]]:
    """Every window of every example (an empty text becomes one ``[UNK]`` window)."""
    windows: list[list[int]] = []
    out_labels: list[int] = []
    for seq, label in zip(ids, labels, strict=True):
        for w in split_ids(seq, size, stride) if seq else [[UNK_ID]]:
            windows.append(w or [UNK_ID])
            out_labels.append(label)
    return windows, out_labels


def _filler(general: Sequence[Sequence[int]], length: int, rng: random.Random) -> list[int]:
    out: list[int] = []
    while len(out) < length:
        out.extend(rng.choice(general))
    return out[:length]


def training_windows(
    ids: Sequence[Sequence[int]],
    labels: Sequence[int],
    size: int,
    stride: int,
    config: AugmentConfig = AugmentConfig(),
    seed: int = 0,
) -> tuple[list[list[int]], list[int]]:
    """``example_windows`` plus buried-request and filler-only windows (module docstring)."""
    windows, out_labels = example_windows(ids, labels, size, stride)
    general = [seq for seq, label in zip(ids, labels, strict=True) if label == GENERAL and seq]
    if not general:
        return windows, out_labels
    rng = random.Random(seed)
    limit = int(size * config.max_request_share)
    buried = 0
    for seq, label in zip(ids, labels, strict=True):
        if label == GENERAL or not seq or len(seq) > limit:
            continue
        for _ in range(config.buried_per_example):
            room = size - len(seq)
            fill = _filler(general, room, rng)
            pos = rng.randint(0, room)
            windows.append([*fill[:pos], *seq, *fill[pos:]])
            out_labels.append(label)
            buried += 1
    for _ in range(int(buried * config.filler_share)):
        windows.append(_filler(general, size, rng))
        out_labels.append(GENERAL)
    return windows, out_labels
