"""Stage 1 trained end to end: buried-request augmentation and the sparse training loop."""

from __future__ import annotations

import numpy as np
import torch

from classifiers.augment import GENERAL, AugmentConfig, example_windows, training_windows
from classifiers.labels import LABELS
from classifiers.static_model import StaticClassifier
from classifiers.static_train import StaticFitConfig, fit_static, static_logits

CYBER = LABELS.index("cybersecurity")


def _toy_corpus() -> tuple[list[list[int]], list[int]]:
    """General texts use ids 1000-1099; risk requests carry ids 2000-2009."""
    rng = np.random.default_rng(0)
    ids: list[list[int]] = []
    labels: list[int] = []
    for _ in range(60):
        ids.append(rng.integers(1000, 1100, size=int(rng.integers(5, 30))).tolist())
        labels.append(GENERAL)
    for _ in range(30):
        ids.append([*rng.integers(2000, 2010, size=3).tolist(), *rng.integers(1000, 1100, 4)])
        labels.append(CYBER)
    return ids, labels


def test_example_windows_cover_long_examples() -> None:
    windows, labels = example_windows([list(range(1, 26)), []], [CYBER, GENERAL], 10, 8)
    assert [len(w) for w in windows[:-1]] == [10, 10, 10] and windows[-1] == [100]
    assert {t for w in windows[:-1] for t in w} == set(range(1, 26))
    assert labels == [CYBER, CYBER, CYBER, GENERAL]


def test_training_windows_bury_requests_and_add_filler() -> None:
    ids, labels = _toy_corpus()
    windows, out = training_windows(ids, labels, 32, 24, AugmentConfig(), seed=3)
    assert (windows, out) == training_windows(ids, labels, 32, 24, AugmentConfig(), seed=3)
    extra = list(zip(windows[len(ids) :], out[len(ids) :], strict=True))
    buried = [w for w, y in extra if y == CYBER]
    filler = [w for w, y in extra if y == GENERAL]
    assert len(buried) == 30 and len(filler) == 15
    assert all(len(w) == 32 for w, _ in extra)
    for w in buried:  # the request sits whole inside general filler
        assert any(w[i : i + len(r)] == r for r in ids[60:] for i in range(len(w)))
    assert all(max(w) < 1100 for w in filler)


def test_end_to_end_training_learns_buried_requests() -> None:
    ids, labels = _toy_corpus()
    windows, out = training_windows(ids, labels, 32, 24, AugmentConfig(buried_per_example=2))
    table = np.random.default_rng(1).normal(size=(2100, 16)).astype(np.float32)
    model = StaticClassifier(table, len(LABELS))
    before = model.embed.weight.detach().clone()
    fit_static(
        model, windows, out, StaticFitConfig(epochs=30, batch=16, table_lr=3e-2), None, False
    )
    changed = (model.embed.weight.detach() != before).any(dim=1)
    assert changed[2000:2010].all() and not changed[1500:1600].any()  # sparse: unseen rows stay
    rng = np.random.default_rng(9)
    filler = rng.integers(1000, 1100, size=29).tolist()
    probe = [filler, [*filler[:15], 2003, 2007, 2001, *filler[15:]]]
    pred = static_logits(model, probe).argmax(dim=1)
    assert pred.tolist() == [GENERAL, CYBER]
    assert not model.training and isinstance(pred, torch.Tensor)
