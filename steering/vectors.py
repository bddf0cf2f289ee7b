"""Steering vectors as data: one direction per decoder layer, arithmetic, and safetensors files.

A file holds one float32 tensor per layer, named ``layer.<index>``, and the metadata as JSON under
the safetensors header key ``steering``. Invariants: every direction has shape ``(hidden_size,)``;
arithmetic only combines vectors made for the same model; loading refuses a file made for a
different model or hidden size (``VectorMismatchError``) rather than steering with garbage.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import torch
from safetensors import safe_open
from safetensors.torch import save_file

SUFFIX = ".safetensors"
METADATA_KEY = "steering"
_TENSOR_NAME = re.compile(r"^layer\.(\d+)$")


class VectorError(ValueError):
    """A vector file is missing, malformed, or cannot be combined."""


class VectorMismatchError(VectorError):
    """A vector was made for a different model than the one it is applied to."""


@dataclass(frozen=True)
class VectorMetadata:
    model_id: str
    hidden_size: int
    method: str = "mean"  # "mean" (difference of means) or "pca", or "combined" after arithmetic
    dataset_sha256: str = ""
    created: str = field(default_factory=lambda: datetime.now(UTC).isoformat(timespec="seconds"))
    suggested_strength: float | None = None
    position: str = "completion-mean"  # which token activations were averaged
    description: str = ""

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> VectorMetadata:
        raw: dict[str, Any] = json.loads(text)
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})


@dataclass(frozen=True)
class SteeringVector:
    """Directions keyed by decoder-layer index (0-based), each a float32 tensor ``(hidden_size,)``."""

    directions: dict[int, torch.Tensor]
    metadata: VectorMetadata

    def __post_init__(self) -> None:
        if not self.directions:
            raise VectorError("a steering vector needs at least one layer")
        for layer, direction in self.directions.items():
            if direction.shape != (self.metadata.hidden_size,):
                raise VectorError(
                    f"layer {layer}: direction shape {tuple(direction.shape)} != "
                    f"({self.metadata.hidden_size},)"
                )

    @property
    def layers(self) -> list[int]:
        return sorted(self.directions)

    @classmethod
    def from_arrays(
        cls, directions: dict[int, np.ndarray[Any, Any] | torch.Tensor], metadata: VectorMetadata
    ) -> SteeringVector:
        return cls(
            {int(k): torch.as_tensor(v, dtype=torch.float32).cpu() for k, v in directions.items()},
            metadata,
        )

    # Arithmetic. Layers missing on one side count as zero there.
    def _combine(self, other: SteeringVector, sign: float) -> SteeringVector:
        if (other.metadata.model_id, other.metadata.hidden_size) != (
            self.metadata.model_id,
            self.metadata.hidden_size,
        ):
            raise VectorMismatchError(
                f"cannot combine a vector for {other.metadata.model_id!r} with one for "
                f"{self.metadata.model_id!r}"
            )
        out = {k: v.clone() for k, v in self.directions.items()}
        for layer, direction in other.directions.items():
            out[layer] = out[layer] + sign * direction if layer in out else sign * direction
        meta = dataclasses.replace(
            self.metadata, method="combined", suggested_strength=None, dataset_sha256=""
        )
        return SteeringVector(out, meta)

    def __add__(self, other: SteeringVector) -> SteeringVector:
        return self._combine(other, 1.0)

    def __sub__(self, other: SteeringVector) -> SteeringVector:
        return self._combine(other, -1.0)

    def __mul__(self, scale: float) -> SteeringVector:
        return SteeringVector(
            {k: v * float(scale) for k, v in self.directions.items()}, self.metadata
        )

    __rmul__ = __mul__

    def __neg__(self) -> SteeringVector:
        return self * -1.0

    def check_compatible(self, model_id: str, hidden_size: int, num_layers: int) -> None:
        """Raise ``VectorMismatchError`` unless this vector fits the given model."""
        if self.metadata.model_id != model_id or self.metadata.hidden_size != hidden_size:
            raise VectorMismatchError(
                f"vector made for model {self.metadata.model_id!r} "
                f"(hidden size {self.metadata.hidden_size}) cannot steer model {model_id!r} "
                f"(hidden size {hidden_size}); recompute it with `gateway steering compute`"
            )
        bad = [layer for layer in self.layers if not 0 <= layer < num_layers]
        if bad:
            raise VectorMismatchError(f"layers {bad} do not exist in a {num_layers}-layer model")

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tensors = {
            f"layer.{k}": v.detach().float().contiguous().cpu() for k, v in self.directions.items()
        }
        save_file(tensors, str(path), metadata={METADATA_KEY: self.metadata.to_json()})

    @classmethod
    def load(
        cls,
        path: Path,
        *,
        model_id: str | None = None,
        hidden_size: int | None = None,
        num_layers: int | None = None,
    ) -> SteeringVector:
        """Read a vector file; when the model facts are given, refuse a vector made for another."""
        if not path.is_file():
            raise VectorError(f"no steering vector file at {path}")
        with safe_open(str(path), framework="pt") as handle:
            header = handle.metadata() or {}
            if METADATA_KEY not in header:
                raise VectorError(f"{path} has no {METADATA_KEY!r} metadata; not a steering vector")
            metadata = VectorMetadata.from_json(header[METADATA_KEY])
            directions: dict[int, torch.Tensor] = {}
            for name in handle.keys():  # noqa: SIM118 - safe_open is not a mapping
                match = _TENSOR_NAME.match(name)
                if match is None:
                    raise VectorError(f"{path}: unexpected tensor {name!r}")
                directions[int(match.group(1))] = handle.get_tensor(name).float()
        vector = cls(directions, metadata)
        if model_id is not None and hidden_size is not None:
            vector.check_compatible(model_id, hidden_size, num_layers or max(vector.layers) + 1)
        return vector


def vector_path(vectors_dir: Path, name: str) -> Path:
    return vectors_dir / f"{name}{SUFFIX}"


def available_vectors(vectors_dir: Path) -> list[str]:
    if not vectors_dir.is_dir():
        return []
    return sorted(p.name[: -len(SUFFIX)] for p in vectors_dir.glob(f"*{SUFFIX}"))
