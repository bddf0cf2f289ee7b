"""Per-row steering of a batch via forward hooks on decoder layers. THIS MUTATES THE MODEL while installed.

``SteeringHooks`` registers one forward hook per decoder layer. A hook does nothing unless a batch
plan is set; then, for each row that is steered at that layer, it adds ``strength * direction`` to
the layer's output (the residual stream) at every position of that row.

Invariants:
- rows with no steering or strength 0 are never touched: the hook skips them (it does not add
  ``0.0 * v``), so their outputs are bit-exact with an unhooked model;
- ``reset()`` (or leaving the ``with`` block) removes every hook and plan: afterwards the model
  is exactly the model it was before;
- padded positions are steered too, harmlessly: left padding is masked out of attention, so those
  positions never reach a real token.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import torch
from torch.utils.hooks import RemovableHandle

from steering.vectors import SteeringVector

RowChoice = tuple[SteeringVector, float] | None  # (vector, strength) for one batch row


@dataclass(frozen=True)
class LayerPlan:
    rows: torch.Tensor  # (n,) int64 row indices steered at this layer
    offsets: torch.Tensor  # (n, H) strength * direction, in the model's dtype and device


class SteeringHooks:
    """Reversible per-row steering hooks; use as a context manager or call ``install``/``reset``."""

    def __init__(self, layers: Sequence[torch.nn.Module], device: torch.device, dtype: torch.dtype):
        self._layers = list(layers)
        self._device = device
        self._dtype = dtype
        self._handles: list[RemovableHandle] = []
        self._plan: dict[int, LayerPlan] = {}
        # Directions moved to the device once per vector, keyed by id(vector): vectors are frozen.
        self._on_device: dict[int, tuple[SteeringVector, dict[int, torch.Tensor]]] = {}

    @property
    def installed(self) -> bool:
        return bool(self._handles)

    def install(self) -> SteeringHooks:
        if self._handles:
            raise RuntimeError("steering hooks are already installed")
        for index, layer in enumerate(self._layers):
            self._handles.append(layer.register_forward_hook(self._make_hook(index)))
        return self

    def reset(self) -> None:
        """Remove every hook and forget the plan; the model is unmodified afterwards."""
        for handle in self._handles:
            handle.remove()
        self._handles.clear()
        self._plan = {}

    def __enter__(self) -> SteeringHooks:
        return self.install()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.reset()

    def set_rows(self, choices: Sequence[RowChoice]) -> None:
        """Plan the next forward passes: ``choices[i]`` steers batch row ``i`` (None: untouched)."""
        rows: dict[int, list[int]] = {}
        offsets: dict[int, list[torch.Tensor]] = {}
        for row, choice in enumerate(choices):
            if choice is None or choice[1] == 0.0:
                continue
            vector, strength = choice
            for layer, direction in self._directions(vector).items():
                rows.setdefault(layer, []).append(row)
                offsets.setdefault(layer, []).append(direction * strength)
        self._plan = {
            layer: LayerPlan(
                rows=torch.tensor(rows[layer], dtype=torch.long, device=self._device),
                offsets=torch.stack(offsets[layer]).to(self._dtype),
            )
            for layer in rows
        }

    def clear_rows(self) -> None:
        self._plan = {}

    @contextmanager
    def rows(self, choices: Sequence[RowChoice]) -> Iterator[None]:
        """Steer the forward passes inside the block with ``choices``; cleared on exit."""
        self.set_rows(choices)
        try:
            yield
        finally:
            self.clear_rows()

    def _directions(self, vector: SteeringVector) -> dict[int, torch.Tensor]:
        cached = self._on_device.get(id(vector))
        if cached is None or cached[0] is not vector:
            # float32 on the device: the strength multiplies before the cast to the model dtype.
            moved = {k: v.to(self._device, torch.float32) for k, v in vector.directions.items()}
            cached = (vector, moved)
            self._on_device[id(vector)] = cached
        return cached[1]

    def _make_hook(self, index: int) -> Any:
        def hook(module: torch.nn.Module, args: Any, output: Any) -> Any:
            plan = self._plan.get(index)
            if plan is None:
                return None  # keep the layer's own output object: bit-exact
            hidden = output[0] if isinstance(output, tuple) else output  # (B, T, H)
            delta = plan.offsets[:, None, :].expand(-1, hidden.shape[1], -1)  # (n, T, H)
            # Out of place: unsteered rows are copied unchanged, steered rows get exactly one add.
            steered = hidden.index_add(0, plan.rows, delta)
            return (steered, *output[1:]) if isinstance(output, tuple) else steered

        return hook
