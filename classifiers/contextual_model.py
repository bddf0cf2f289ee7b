"""Stage 2: the MiniLM backbone, mean-pooled, then a small classification head.

The backbone's top layers are fine-tuned with the head (``finetune``); the tuned backbone is
shipped as its own ONNX file, int8-quantised when that keeps its embeddings within a cosine
bar of fp32, and the head is a second, tiny ONNX file. The head's temperature is fitted on
embeddings from the *shipped* backbone file, so calibration holds for what runs.
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
    progress: bool = True,
) -> npt.NDArray[np.float32]:
    """Pooled features (N, C) from the exported backbone, batched by length."""
    dim = int(session.get_outputs()[0].shape[-1])
    out = np.zeros((len(windows), dim), dtype=np.float32)
    todo = sorted(range(len(windows)), key=lambda i: len(windows[i]))
    for start in tqdm(
        range(0, len(todo), EMBED_BATCH), desc="stage 2: embed validation", disable=not progress
    ):
        idx = todo[start : start + EMBED_BATCH]
        ids, mask = pack([windows[i] for i in idx])
        vecs = np.asarray(session.run(None, {"input_ids": ids, "attention_mask": mask})[0])
        out[idx] = vecs
    return out
