"""Steering hooks on the real SmolLM2 model: reversible, bit-exact at strength 0, per-row in a batch."""

from __future__ import annotations

import pytest
import torch

from steering.compute import ComputeOptions, compute_vector
from steering.config import LocalModelConfig
from steering.datasets import Pair
from steering.hooks import SteeringHooks
from steering.model import LoadedModel, load_model
from steering.scoring import left_pad, score_batch
from steering.vectors import SteeringVector, VectorMetadata

PROMPTS = [
    "The weather today is",
    "A short history of the printing press: it began",
    "def add(a, b):",
]


@pytest.fixture(scope="session")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> LoadedModel:
    # One conversion per test session; every steering test module shares this cache folder.
    cache = tmp_path_factory.getbasetemp() / "steering-model-cache"
    return load_model(LocalModelConfig(cache_dir=cache, device="cpu"))


@pytest.fixture(scope="module")
def vector(loaded: LoadedModel) -> SteeringVector:
    generator = torch.Generator().manual_seed(0)
    directions = {
        layer: torch.randn(loaded.hidden_size, generator=generator) for layer in (5, 10, 15)
    }
    return SteeringVector(directions, VectorMetadata(loaded.model_id, loaded.hidden_size))


def batch_logits(loaded: LoadedModel, prompts: list[str]) -> torch.Tensor:
    rows = [list(loaded.tokenizer(p)["input_ids"]) for p in prompts]
    ids, mask, positions = left_pad(rows, loaded.tokenizer.pad_token_id, loaded.device)
    with torch.inference_mode():
        return loaded.model(input_ids=ids, attention_mask=mask, position_ids=positions).logits


def test_hooks_are_reversible(loaded: LoadedModel, vector: SteeringVector) -> None:
    fresh = batch_logits(loaded, PROMPTS)
    with SteeringHooks(loaded.decoder_layers(), loaded.device, loaded.dtype) as hooks:
        hooks.set_rows([(vector, 4.0)] * len(PROMPTS))
        steered = batch_logits(loaded, PROMPTS)
    after = batch_logits(loaded, PROMPTS)
    assert not torch.equal(steered, fresh)
    assert torch.equal(after, fresh)
    assert all(not layer._forward_hooks for layer in loaded.decoder_layers())


def test_reset_removes_hooks_and_plan(loaded: LoadedModel, vector: SteeringVector) -> None:
    fresh = batch_logits(loaded, PROMPTS)
    hooks = SteeringHooks(loaded.decoder_layers(), loaded.device, loaded.dtype).install()
    hooks.set_rows([(vector, 2.0)] * len(PROMPTS))
    hooks.reset()
    assert not hooks.installed
    assert torch.equal(batch_logits(loaded, PROMPTS), fresh)


def test_strength_zero_and_unsteered_rows_are_bit_exact(
    loaded: LoadedModel, vector: SteeringVector
) -> None:
    fresh = batch_logits(loaded, PROMPTS)
    with SteeringHooks(loaded.decoder_layers(), loaded.device, loaded.dtype) as hooks:
        hooks.set_rows([(vector, 0.0), None, (vector, 3.0)])
        mixed = batch_logits(loaded, PROMPTS)
    assert torch.equal(mixed[0], fresh[0])  # strength 0: skipped, not "+ 0.0 * v"
    assert torch.equal(mixed[1], fresh[1])
    assert not torch.allclose(mixed[2], fresh[2])


def test_each_row_gets_its_own_vector_and_strength(
    loaded: LoadedModel, vector: SteeringVector
) -> None:
    other = -0.5 * vector
    choices = [(vector, 2.0), (other, 3.0), None]
    rows = [list(loaded.tokenizer(p)["input_ids"]) for p in PROMPTS]
    with SteeringHooks(loaded.decoder_layers(), loaded.device, loaded.dtype) as hooks:
        together = score_batch(loaded, hooks, rows, choices)
        alone = [
            score_batch(loaded, hooks, [row], [choice])[0]
            for row, choice in zip(rows, choices, strict=True)
        ]
    for batched, single in zip(together, alone, strict=True):
        got = torch.tensor(batched.token_logprobs[1:])
        want = torch.tensor(single.token_logprobs[1:])
        torch.testing.assert_close(got, want, atol=1e-3, rtol=0)


def test_computed_vector_moves_held_in_margin_towards_target(loaded: LoadedModel) -> None:
    pairs = [
        Pair(
            "a",
            "How do I shard a model across GPUs?",
            "It depends on the setup; teams usually work it out in general terms.",
            "Use tensor parallel 8 with NCCL_ALGO=Tree and 16 micro-batches.",
        ),
        Pair(
            "b",
            "How should I design an accelerator's memory?",
            "Memory matters a lot, and designers think about it conceptually.",
            "Attach 6 HBM3E stacks at 4.8 TB/s with 48 MB SRAM per tile.",
        ),
    ]
    vector = compute_vector(loaded, pairs, ComputeOptions(layers=[12, 14]))
    assert vector.layers == [12, 14]
    assert vector.metadata.model_id == loaded.model_id
    from steering.evaluate import evaluate_vector

    report = evaluate_vector(loaded, vector, pairs, "The river runs through the old town.", [0.5])
    assert report.results[-1].margin_shift > 0
