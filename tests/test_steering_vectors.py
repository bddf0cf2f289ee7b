"""Steering vectors as data: arithmetic, safetensors round trip, refusal of a foreign model's vector."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from steering.config import DEFAULT_VECTOR, SHIPPED_VECTORS_DIR
from steering.model import GGUF_MODEL_ID
from steering.vectors import (
    SteeringVector,
    VectorError,
    VectorMetadata,
    VectorMismatchError,
    available_vectors,
    vector_path,
)

HIDDEN = 576  # SmolLM2-135M
LAYERS = 30


def make(
    values: dict[int, float], model_id: str = GGUF_MODEL_ID, hidden: int = HIDDEN
) -> SteeringVector:
    meta = VectorMetadata(model_id=model_id, hidden_size=hidden, suggested_strength=2.0)
    return SteeringVector({k: torch.full((hidden,), v) for k, v in values.items()}, meta)


def test_arithmetic_adds_negates_and_scales_per_layer() -> None:
    a, b = make({3: 1.0, 4: 2.0}), make({4: 0.5, 5: -1.0})
    total = a + b
    assert total.layers == [3, 4, 5]
    assert torch.equal(total.directions[4], torch.full((HIDDEN,), 2.5))
    assert torch.equal(total.directions[5], torch.full((HIDDEN,), -1.0))
    assert torch.equal((a - b).directions[5], torch.full((HIDDEN,), 1.0))
    assert torch.equal((-a).directions[3], torch.full((HIDDEN,), -1.0))
    assert torch.equal((3 * a).directions[4], (a * 3).directions[4])
    assert torch.equal((a * 3).directions[4], torch.full((HIDDEN,), 6.0))
    assert total.metadata.method == "combined"


def test_combining_vectors_of_different_models_is_refused() -> None:
    with pytest.raises(VectorMismatchError):
        _ = make({3: 1.0}) + make({3: 1.0}, model_id="other-model")


def test_wrong_shape_is_refused() -> None:
    meta = VectorMetadata(model_id=GGUF_MODEL_ID, hidden_size=HIDDEN)
    with pytest.raises(VectorError):
        SteeringVector({1: torch.zeros(HIDDEN + 1)}, meta)


def test_save_load_round_trip_keeps_directions_and_metadata(tmp_path: Path) -> None:
    vector = make({7: 0.25, 9: -3.0})
    path = tmp_path / "v.safetensors"
    vector.save(path)
    loaded = SteeringVector.load(
        path, model_id=GGUF_MODEL_ID, hidden_size=HIDDEN, num_layers=LAYERS
    )
    assert loaded.layers == [7, 9]
    assert all(torch.equal(loaded.directions[k], vector.directions[k]) for k in vector.layers)
    assert loaded.metadata == vector.metadata


def test_loading_for_a_different_model_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "v.safetensors"
    make({7: 1.0}).save(path)
    with pytest.raises(VectorMismatchError, match="cannot steer model"):
        SteeringVector.load(
            path, model_id="Qwen2.5-7B-Instruct", hidden_size=HIDDEN, num_layers=LAYERS
        )
    with pytest.raises(VectorMismatchError, match="hidden size"):
        SteeringVector.load(path, model_id=GGUF_MODEL_ID, hidden_size=4096, num_layers=LAYERS)
    with pytest.raises(VectorMismatchError, match="do not exist"):
        SteeringVector.load(path, model_id=GGUF_MODEL_ID, hidden_size=HIDDEN, num_layers=4)


def test_a_file_without_steering_metadata_is_refused(tmp_path: Path) -> None:
    from safetensors.torch import save_file

    path = tmp_path / "plain.safetensors"
    save_file({"layer.1": torch.zeros(HIDDEN)}, str(path))
    with pytest.raises(VectorError, match="metadata"):
        SteeringVector.load(path)


def test_the_shipped_default_vector_fits_the_embedded_model() -> None:
    assert DEFAULT_VECTOR in available_vectors(SHIPPED_VECTORS_DIR)
    vector = SteeringVector.load(
        vector_path(SHIPPED_VECTORS_DIR, DEFAULT_VECTOR),
        model_id=GGUF_MODEL_ID,
        hidden_size=HIDDEN,
        num_layers=LAYERS,
    )
    assert vector.metadata.dataset_sha256
    assert vector.metadata.suggested_strength is not None
    assert all(float(d.norm()) > 0 for d in vector.directions.values())
