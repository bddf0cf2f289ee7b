"""A small, deterministic training loop shared by both cascade stages.

Invariants: the same seed, data and settings give the same weights (seeded generator for
shuffling, fixed thread count); the module is left in eval mode; labels are smoothed lightly so
that raw logits are not over-confident before temperature scaling.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn import functional as F
from tqdm import tqdm


@dataclass(frozen=True, slots=True)
class FitConfig:
    epochs: int = 8
    batch: int = 64
    lr: float = 2e-3  # head learning rate
    weight_decay: float = 0.01
    label_smoothing: float = 0.05
    seed: int = 0


def fit(
    module: nn.Module,
    inputs: Sequence[torch.Tensor],
    labels: torch.Tensor,
    config: FitConfig,
    class_weights: torch.Tensor | None = None,
    desc: str = "train",
    progress: bool = True,
) -> nn.Module:
    """Minimise weighted cross-entropy of ``module(*inputs[batch])`` against ``labels``."""
    # One thread: tiny matmuls gain nothing from two, and on a busy machine OpenMP's
    # spin-waiting makes two threads ~10x slower than one.
    torch.set_num_threads(1)
    torch.manual_seed(config.seed)
    gen = torch.Generator().manual_seed(config.seed)
    params = [p for p in module.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=config.lr, weight_decay=config.weight_decay)
    n = labels.shape[0]
    steps = config.epochs * ((n + config.batch - 1) // config.batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=config.lr, total_steps=max(steps, 1), pct_start=0.1
    )
    module.train()
    bar = tqdm(total=steps, desc=desc, disable=not progress)
    for _ in range(config.epochs):
        perm = torch.randperm(n, generator=gen)
        for start in range(0, n, config.batch):
            idx = perm[start : start + config.batch]
            logits = module(*(x[idx] for x in inputs))
            loss = F.cross_entropy(
                logits, labels[idx], weight=class_weights, label_smoothing=config.label_smoothing
            )
            opt.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            opt.step()
            sched.step()
            bar.update(1)
            bar.set_postfix(loss=f"{loss.item():.3f}")
    bar.close()
    module.eval()
    return module


@torch.no_grad()
def predict_logits(
    module: nn.Module, inputs: Sequence[torch.Tensor], batch: int = 256
) -> torch.Tensor:
    """Logits (N, L) in eval mode, batched."""
    module.eval()
    n = inputs[0].shape[0]
    return torch.cat([module(*(x[s : s + batch] for x in inputs)) for s in range(0, n, batch)])
