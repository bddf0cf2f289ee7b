"""Stage 2: the MiniLM backbone, mean-pooled, then a small classification head.

The backbone stays frozen (a fine-tune does not fit the 10-minute build on two shared cores) and
is shipped as its own ONNX file, int8-quantised when that keeps accuracy; the head is a second,
tiny ONNX file. Training features are computed with the *shipped* backbone file through
onnxruntime, so the head learns exactly the vectors it will see at run time.
Invariant: stage-2 probabilities = ``head(pooled(ids, mask))`` with both parts as exported.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
import torch
from torch import nn
from tqdm import tqdm
from transformers import BertModel

from classifiers.backbone import mean_pool
from classifiers.feature_cache import FeatureCache, window_key
from classifiers.windows import pack

EMBED_BATCH = 32


def make_head(dim: int, n_labels: int, hidden: int = 256) -> nn.Module:
    return nn.Sequential(
        nn.Dropout(0.1),
        nn.Linear(dim, hidden),
        nn.GELU(),
        nn.Dropout(0.1),
        nn.Linear(hidden, n_labels),
    )


class PooledBackbone(nn.Module):
    """ids (B, T), mask (B, T) -> mean-pooled sentence embedding (B, C)."""

    def __init__(self, backbone: BertModel) -> None:
        super().__init__()
        self.backbone = backbone

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.backbone(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return mean_pool(hidden, attention_mask)


def embed_windows(
    session: ort.InferenceSession,
    windows: Sequence[Sequence[int]],
    cache: FeatureCache | None = None,
    progress: bool = True,
) -> npt.NDArray[np.float32]:
    """Pooled features (N, C) from the exported backbone, batched by length, cached by window."""
    keys = [window_key(w) for w in windows]
    dim = int(session.get_outputs()[0].shape[-1])
    out = np.zeros((len(windows), dim), dtype=np.float32)
    todo = []
    for i, key in enumerate(keys):
        hit = cache.get(key) if cache is not None else None
        if hit is None:
            todo.append(i)
        else:
            out[i] = hit
    todo.sort(key=lambda i: len(windows[i]))
    for start in tqdm(
        range(0, len(todo), EMBED_BATCH), desc="embed corpus (MiniLM)", disable=not progress
    ):
        idx = todo[start : start + EMBED_BATCH]
        ids, mask = pack([windows[i] for i in idx])
        vecs = np.asarray(session.run(None, {"input_ids": ids, "attention_mask": mask})[0])
        out[idx] = vecs
        if cache is not None:
            for i, v in zip(idx, vecs, strict=True):
                cache.put(keys[i], v)
    return out
