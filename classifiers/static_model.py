"""Stage 1: static token embeddings distilled from MiniLM, pooled, and a small head.

The distillation follows the model2vec idea: every vocabulary token is passed through the
backbone on its own, its output is mean-pooled into one vector, and the table is reduced with PCA.
At run time a window costs one table lookup per token plus a tiny MLP, microseconds on a CPU.

Invariants: the table is indexed by the backbone tokenizer's ids (same tokenizer for both stages);
pooling ignores padding; the forward pass is pure tensor ops so it exports to ONNX unchanged.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import torch
from sklearn.decomposition import PCA
from torch import nn
from tqdm import tqdm
from transformers import BertModel

from classifiers.backbone import mean_pool
from classifiers.windows import CLS_ID, SEP_ID

DISTILL_BATCH = 2048
NEG_INF = -1e4


@torch.no_grad()
def distill_token_table(
    model: BertModel,
    vocab_size: int,
    dim: int,
    progress: bool = True,
    seed: int = 0,
    only: list[int] | None = None,
) -> npt.NDArray[np.float32]:
    """(V, dim) table: each token's backbone embedding in context ``[CLS] tok [SEP]``, PCA-reduced.

    With ``only``, just those ids are distilled and every other row is zero (fast test builds).
    """
    todo = torch.tensor(only) if only is not None else torch.arange(vocab_size)
    rows: list[npt.NDArray[np.float32]] = []
    for start in tqdm(
        range(0, len(todo), DISTILL_BATCH), desc="distil token table", disable=not progress
    ):
        ids = todo[start : start + DISTILL_BATCH]
        batch = torch.stack(
            [torch.full_like(ids, CLS_ID), ids, torch.full_like(ids, SEP_ID)], dim=1
        )  # (B, 3)
        mask = torch.ones_like(batch)
        hidden = model(input_ids=batch, attention_mask=mask).last_hidden_state  # (B, 3, C)
        rows.append(mean_pool(hidden, mask).numpy().astype(np.float32))
    dense = np.concatenate(rows)  # (len(todo), C)
    if dim < dense.shape[1]:
        dim = min(dim, len(dense))
        dense = PCA(n_components=dim, random_state=seed).fit_transform(dense).astype(np.float32)
    # Unit-norm rows so pooled vectors weigh every token alike before the head learns otherwise.
    dense /= np.linalg.norm(dense, axis=1, keepdims=True).clip(min=1e-6)
    table = np.zeros((vocab_size, dense.shape[1]), dtype=np.float32)
    table[todo.numpy()] = dense
    return table


class StaticClassifier(nn.Module):
    """ids (B, T), mask (B, T) -> logits (B, L): mean and max of token vectors, then a head.

    The table starts from the distilled MiniLM vectors and is trained end to end (fastText
    style: a sparse embedding, so a step only touches the rows of the tokens in the batch).
    Max pooling keeps a short risky phrase visible inside a long benign window, where the mean
    alone would dilute it. ``hidden=0`` gives a linear head (the shipped one); a positive
    ``hidden`` adds one GELU layer. The forward pass is Gather + reductions + MatMul in ONNX.
    """

    def __init__(self, table: npt.NDArray[np.float32], n_labels: int, hidden: int = 0) -> None:
        super().__init__()
        dim = table.shape[1]
        self.embed = nn.Embedding(table.shape[0], dim, sparse=True)
        with torch.no_grad():
            self.embed.weight.copy_(torch.from_numpy(table))
        layers: list[nn.Module] = [nn.Dropout(0.1)]
        if hidden > 0:
            layers += [nn.Linear(2 * dim, hidden), nn.GELU(), nn.Dropout(0.1)]
        layers.append(nn.Linear(hidden if hidden > 0 else 2 * dim, n_labels))
        self.head = nn.Sequential(*layers)

    def pool(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        """(B, T), (B, T) -> (B, 2D): masked mean and masked max of the token vectors."""
        e = self.embed(input_ids)  # (B, T, D)
        m = attention_mask.unsqueeze(-1).to(e.dtype)  # (B, T, 1)
        mean = (e * m).sum(dim=1) / m.sum(dim=1).clamp(min=1.0)  # (B, D)
        mx = (e + (1.0 - m) * NEG_INF).max(dim=1).values  # (B, D)
        return torch.cat([mean, mx], dim=-1)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.pool(input_ids, attention_mask))  # type: ignore[no-any-return]
