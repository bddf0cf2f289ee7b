"""Exporting the torch models to ONNX, checking each export, and quantising the backbone.

Invariants (the optimum habit): every exported file is loaded back and compared with the torch
module on real inputs; a difference above the tolerance fails the build instead of shipping a
model that silently disagrees with what was measured.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import torch
from onnxruntime.quantization import QuantType, quantize_dynamic
from torch import nn

from classifiers.onnx_session import open_session

OPSET = 17
PROB_ATOL = 1e-4
EMBED_ATOL = 1e-3
TOKEN_INPUTS = ("input_ids", "attention_mask")

Feeds = dict[str, npt.NDArray[np.generic]]


class ExportMismatchError(RuntimeError):
    """An ONNX file's outputs differ from the torch module's beyond tolerance."""


class Calibrated(nn.Module):
    """Wraps a logits model: outputs ``softmax(logits / temperature)`` (the shipped contract)."""

    def __init__(self, model: nn.Module, temperature: float) -> None:
        super().__init__()
        self.model = model
        self.register_buffer("inv_t", torch.tensor(1.0 / temperature))

    def forward(self, *inputs: torch.Tensor) -> torch.Tensor:
        return torch.softmax(self.model(*inputs) * self.inv_t, dim=-1)


def export_tokens_model(module: nn.Module, path: Path, output_name: str) -> None:
    """Export ``module(input_ids, attention_mask)`` with dynamic batch and sequence axes."""
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.int64)
    mask = (ids != 0).to(torch.int64)
    axes = {0: "batch", 1: "seq"}
    _export(
        module,
        (ids, mask),
        path,
        TOKEN_INPUTS,
        output_name,
        {"input_ids": axes, "attention_mask": axes, output_name: {0: "batch"}},
    )


def export_vector_model(module: nn.Module, dim: int, path: Path, output_name: str) -> None:
    """Export ``module(embedding)`` for inputs (B, dim) with a dynamic batch axis."""
    _export(
        module,
        (torch.zeros(2, dim),),
        path,
        ("embedding",),
        output_name,
        {"embedding": {0: "batch"}, output_name: {0: "batch"}},
    )


def _export(
    module: nn.Module,
    args: tuple[torch.Tensor, ...],
    path: Path,
    input_names: Sequence[str],
    output_name: str,
    axes: dict[str, dict[int, str]],
) -> None:
    module.eval()
    torch.onnx.export(
        module,
        args,
        str(path),
        input_names=list(input_names),
        output_names=[output_name],
        dynamic_axes=axes,
        opset_version=OPSET,
        dynamo=False,
    )


@torch.no_grad()
def verify(module: nn.Module, path: Path, feeds: Sequence[Feeds], atol: float) -> float:
    """Max |onnx - torch| over ``feeds``; raises ``ExportMismatchError`` above ``atol``."""
    module.eval()
    session = open_session(path, threads=2)
    names = [i.name for i in session.get_inputs()]
    worst = 0.0
    for feed in feeds:
        want = module(*(torch.from_numpy(feed[n]) for n in names)).numpy()
        got = np.asarray(session.run(None, feed)[0])
        worst = max(worst, float(np.abs(got - want).max()))
    if worst > atol:
        raise ExportMismatchError(f"{path.name}: max abs difference {worst:.2e} > {atol:.0e}")
    return worst


def quantize_int8(src: Path, dst: Path) -> None:
    """Dynamic int8 quantisation of the MatMul weights (activations stay float).

    Per-channel scales keep the pooled embedding within ~0.99 cosine of fp32 (per-tensor: ~0.96).
    """
    quantize_dynamic(str(src), str(dst), weight_type=QuantType.QInt8, per_channel=True)
