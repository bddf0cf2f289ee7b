"""Covering a token sequence in full with fixed-size overlapping windows.

Invariants: every token of the input lies in at least one window (no silent truncation); the
number of windows grows linearly with the input (``ceil((n - size) / stride) + 1``); windows are
content only, the caller adds ``[CLS]``/``[SEP]``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

CLS_ID = 101
SEP_ID = 102
PAD_ID = 0


def spans(n_tokens: int, size: int, stride: int) -> list[tuple[int, int]]:
    """Half-open ``(start, end)`` spans covering ``range(n_tokens)``; the last span ends at n.

    ``size`` counts content tokens; ``0 < stride <= size`` keeps coverage complete.
    """
    if size <= 0 or not 0 < stride <= size:
        raise ValueError(f"need 0 < stride <= size, got size={size} stride={stride}")
    if n_tokens <= size:
        return [(0, n_tokens)]
    starts = list(range(0, n_tokens - size, stride))
    starts.append(n_tokens - size)  # align the last window to the end so the tail is covered
    return [(s, s + size) for s in starts]


def split_ids(ids: Sequence[int], size: int, stride: int) -> list[list[int]]:
    """The content windows of one token-id sequence."""
    return [list(ids[s:e]) for s, e in spans(len(ids), size, stride)]


def pack(windows: Sequence[Sequence[int]]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Wrap each window in ``[CLS] ... [SEP]`` and right-pad: ids (B, T), mask (B, T)."""
    width = max(len(w) for w in windows) + 2
    ids = np.full((len(windows), width), PAD_ID, dtype=np.int64)
    mask = np.zeros((len(windows), width), dtype=np.int64)
    for i, w in enumerate(windows):
        row = [CLS_ID, *w, SEP_ID]
        ids[i, : len(row)] = row
        mask[i, : len(row)] = 1
    return ids, mask
