"""Stage 2's training: fine-tune MiniLM's top layers together with the classification head.

A frozen backbone with a trained head tops out around 0.88 macro-F1 on unseen public prompts;
tuning the top layers lets the sentence representation itself separate the domains (about +2.5
points in the measurements that chose this design). A full fine-tune does not fit the 10-minute
build on two cores, so the lower ``frozen_layers`` are run once over the corpus and their hidden
states kept in memory; each epoch then costs only the top layers' forward and backward passes.

Invariants: the caller's backbone is modified in place (pass a copy to keep the original); its
lower layers and embeddings are never changed; the same seed, data and settings give the same
weights (seeded shuffles, fixed thread count); the backbone and head are left in eval mode, and
``PooledBackbone(backbone)`` followed by ``head`` reproduces exactly the logits trained here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn import functional as F
from tqdm import tqdm
from transformers import BertModel

from classifiers.backbone import MAX_THREADS, mean_pool
from classifiers.windows import pack

LOWER_BATCH = 64  # windows per forward pass of the frozen layers
BUCKET_BATCHES = 50  # batches per length bucket: similar lengths share a batch, order stays random


@dataclass(frozen=True, slots=True)
class FineTuneConfig:
    frozen_layers: int = 4  # of MiniLM's 6; the rest are trained
    # Passes over the corpus; a fraction ends the last pass early. The build's time is this times
    # the corpus size, so a larger corpus takes fewer passes to stay within its 10 minutes.
    epochs: float = 2.0
    batch: int = 32
    lr_layers: float = 5e-5  # transformer layers: small steps keep the pretrained knowledge
    lr_head: float = 2e-3
    weight_decay: float = 0.01
    label_smoothing: float = 0.05
    # bfloat16 matmuls (autocast; weights, optimizer and layer norms stay fp32) for the frozen
    # pass and training: 1.7x and 1.4x faster on this 2-core CPU (AVX-512 BF16), which keeps the
    # build within its 10 minutes as the corpus grows. What ships is exported from fp32 weights.
    bf16: bool = True
    seed: int = 0


def _additive_mask(mask: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """(B, T) 0/1 -> (B, 1, 1, T) additive attention mask, as BertModel builds internally."""
    return (1.0 - mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


def _run_layers(
    layers: Iterable[nn.Module], hidden: torch.Tensor, mask: torch.Tensor
) -> torch.Tensor:
    ext = _additive_mask(mask, hidden.dtype)
    for layer in layers:
        out = layer(hidden, attention_mask=ext)
        hidden = out[0] if isinstance(out, tuple) else out
    return hidden


@torch.no_grad()
def lower_states(
    backbone: BertModel, windows: Sequence[Sequence[int]], k: int, progress: bool = True
) -> list[torch.Tensor]:
    """Hidden states after the embeddings and the first ``k`` layers: one (T_i, C) per window,
    ``[CLS]``/``[SEP]`` included, padding removed."""
    backbone.train(False)
    out: list[torch.Tensor] = [torch.empty(0)] * len(windows)
    order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
    layers = list(backbone.encoder.layer[:k])
    for start in tqdm(
        range(0, len(order), LOWER_BATCH), desc="stage 2: frozen layers", disable=not progress
    ):
        idx = order[start : start + LOWER_BATCH]
        ids_np, mask_np = pack([windows[i] for i in idx])
        ids, mask = torch.from_numpy(ids_np), torch.from_numpy(mask_np)
        hidden = _run_layers(layers, backbone.embeddings(input_ids=ids), mask)  # (B, T, C)
        for row, i in enumerate(idx):
            out[i] = hidden[row, : int(mask[row].sum())].clone()
    return out


class _Top(nn.Module):
    """The trainable part: the backbone's top layers (shared, not copied) and the head."""

    def __init__(self, layers: Sequence[nn.Module], head: nn.Module) -> None:
        super().__init__()
        self.layers = nn.ModuleList(layers)
        self.head = head

    def forward(self, states: Sequence[torch.Tensor]) -> torch.Tensor:
        width = max(s.shape[0] for s in states)
        x = states[0].new_zeros((len(states), width, states[0].shape[1]))  # (B, T, C)
        mask = torch.zeros((len(states), width), dtype=torch.int64)
        for row, s in enumerate(states):
            x[row, : s.shape[0]] = s
            mask[row, : s.shape[0]] = 1
        logits: torch.Tensor = self.head(mean_pool(_run_layers(self.layers, x, mask), mask))
        return logits


def _batches(lengths: Sequence[int], batch: int, gen: torch.Generator) -> list[list[int]]:
    """A random epoch order in which each batch holds windows of similar length (less padding)."""
    perm: list[int] = torch.randperm(len(lengths), generator=gen).tolist()
    span = batch * BUCKET_BATCHES
    out: list[list[int]] = []
    for start in range(0, len(perm), span):
        chunk = sorted(perm[start : start + span], key=lambda i: lengths[i])
        out.extend(chunk[i : i + batch] for i in range(0, len(chunk), batch))
    order: list[int] = torch.randperm(len(out), generator=gen).tolist()
    return [out[i] for i in order]


def _n_batches(n: int, batch: int) -> int:
    """How many batches ``_batches`` makes of ``n`` windows (each bucket is cut separately)."""
    span = batch * BUCKET_BATCHES
    full, rest = divmod(n, span)
    return full * BUCKET_BATCHES + -(-rest // batch)


def _autocast(config: FineTuneConfig) -> torch.autocast:
    return torch.autocast("cpu", dtype=torch.bfloat16, enabled=config.bf16)


def _schedule(
    lengths: Sequence[int], batch: int, epochs: float, gen: torch.Generator
) -> list[list[int]]:
    """Every step's batch: ``epochs`` passes of ``_batches``, the last one cut short when
    ``epochs`` has a fraction."""
    steps = round(epochs * _n_batches(len(lengths), batch))
    out: list[list[int]] = []
    while len(out) < steps:
        out.extend(_batches(lengths, batch, gen))
    return out[:steps]


def fine_tune(
    backbone: BertModel,
    head: nn.Module,
    windows: Sequence[Sequence[int]],
    labels: torch.Tensor,
    config: FineTuneConfig,
    class_weights: torch.Tensor | None = None,
    progress: bool = True,
) -> None:
    """Train ``backbone``'s top layers and ``head`` on ``windows`` (weighted cross-entropy)."""
    # Two threads: unlike the heads' tiny matmuls, the layers' passes scale with cores.
    torch.set_num_threads(MAX_THREADS)
    torch.manual_seed(config.seed)
    gen = torch.Generator().manual_seed(config.seed)
    with _autocast(config):
        states = lower_states(backbone, windows, config.frozen_layers, progress)
    lengths = [s.shape[0] for s in states]
    top = _Top(list(backbone.encoder.layer[config.frozen_layers :]), head)
    groups = [
        {"params": list(top.layers.parameters()), "lr": config.lr_layers},
        {"params": list(head.parameters()), "lr": config.lr_head},
    ]
    opt = torch.optim.AdamW(groups, weight_decay=config.weight_decay)
    schedule = _schedule(lengths, config.batch, config.epochs, gen)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt,
        max_lr=[config.lr_layers, config.lr_head],
        total_steps=max(len(schedule), 1),
        pct_start=0.1,
    )
    top.train()
    bar = tqdm(total=len(schedule), desc="stage 2: fine-tune", disable=not progress)
    for idx in schedule:
        with _autocast(config):
            logits = top([states[i] for i in idx]).float()
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
    backbone.train(False)
    head.eval()
