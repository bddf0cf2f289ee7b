"""Inference helpers shared by the training code of both cascade stages."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn


@torch.no_grad()
def predict_logits(
    module: nn.Module, inputs: Sequence[torch.Tensor], batch: int = 256
) -> torch.Tensor:
    """Logits (N, L) in eval mode, batched."""
    module.eval()
    n = inputs[0].shape[0]
    return torch.cat([module(*(x[s : s + batch] for x in inputs)) for s in range(0, n, batch)])
