"""Calibration, metrics, corpus splitting and the ONNX export check, on small real models."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from classifiers.calibration import expected_calibration_error, fit_temperature
from classifiers.corpus import Example, is_validation, load_examples
from classifiers.export import Calibrated, ExportMismatchError, export_tokens_model, verify
from classifiers.labels import LABELS
from classifiers.metrics import classification_metrics
from classifiers.static_model import StaticClassifier
from classifiers.windows import pack


def test_temperature_scaling_recovers_the_true_temperature() -> None:
    gen = torch.Generator().manual_seed(0)
    logits = torch.randn(4000, 6, generator=gen) * 4.0
    labels = torch.multinomial(torch.softmax(logits / 2.0, dim=1), 1, generator=gen).squeeze(1)
    t = fit_temperature(logits, labels)
    assert 1.8 < t < 2.2
    before = expected_calibration_error(torch.softmax(logits, 1).numpy(), labels.numpy())
    after = expected_calibration_error(torch.softmax(logits / t, 1).numpy(), labels.numpy())
    assert after < before


def test_metrics_count_general_false_positives() -> None:
    y = np.array([5, 5, 5, 5, 0, 1])
    pred = np.array([5, 0, 5, 5, 0, 5])
    m = classification_metrics(y, pred)
    assert m["general_fp_rate"] == pytest.approx(0.25)
    assert m["per_label"]["cybersecurity"]["precision"] == pytest.approx(0.5)
    assert m["per_label"]["biology"]["recall"] == 0.0
    assert np.array(m["confusion"]).sum() == 6


def test_corpus_lines_parse_and_split_is_stable(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_text(
        '{"text": "a b c", "label": "general", "kind": "x"}\n'
        '{"messages": [{"role": "user", "content": "one"}, {"role": "assistant", "content": "ok"},'
        ' {"role": "user", "content": "two"}], "label": "biology", "kind": "y"}\n'
        '{"text": "a b c", "label": "general", "kind": "dup"}\n'
    )
    ex = load_examples([f])
    assert [e.turns for e in ex] == [("a b c",), ("one", "two")]
    assert ex[1].text == "one\ntwo" and ex[1].label_index == LABELS.index("biology")
    assert is_validation(ex[0]) == is_validation(Example(("a b c",), "biology", "other"))


def test_onnx_export_matches_torch_and_mismatch_is_caught(tmp_path: Path) -> None:
    torch.manual_seed(0)
    table = np.random.default_rng(0).normal(size=(8000, 16)).astype(np.float32)
    model = Calibrated(StaticClassifier(table, len(LABELS), hidden=8), temperature=0.7).eval()
    path = tmp_path / "s.onnx"
    export_tokens_model(model, path, "probs")
    ids, mask = pack([[5, 6, 7], [8], list(range(10, 60))])
    feeds = [{"input_ids": ids, "attention_mask": mask}]
    assert verify(model, path, feeds, atol=1e-5) < 1e-5
    with torch.no_grad():
        model.model.head[-1].bias[0] += 1.0  # type: ignore[union-attr, index]
    with pytest.raises(ExportMismatchError):
        verify(model, path, feeds, atol=1e-5)


def test_step_count_matches_the_batches_an_epoch_makes() -> None:
    from classifiers.finetune import _batches, _n_batches

    for n in (0, 1, 31, 32, 33, 1599, 1600, 1601, 5000):
        for batch in (16, 32):
            assert len(_batches([1] * n, batch, torch.Generator())) == _n_batches(n, batch)


def test_fractional_epochs_end_the_last_pass_early() -> None:
    from classifiers.finetune import _batches, _n_batches, _schedule

    lengths = [i % 40 + 1 for i in range(1700)]
    per_epoch = _n_batches(len(lengths), 32)
    two = _schedule(lengths, 32, 2.0, torch.Generator().manual_seed(0))
    gen = torch.Generator().manual_seed(0)
    # Whole passes are exactly what ``_batches`` gives, one call per epoch, in order.
    assert two == _batches(lengths, 32, gen) + _batches(lengths, 32, gen)
    cut = _schedule(lengths, 32, 1.5, torch.Generator().manual_seed(0))
    assert len(cut) == round(1.5 * per_epoch) and cut == two[: len(cut)]
    first = sorted(i for idx in cut[:per_epoch] for i in idx)
    assert first == list(range(len(lengths)))  # the first pass still sees every window once


def test_fine_tune_trains_only_the_top_layers_and_matches_the_shipped_forward() -> None:
    from classifiers.backbone import load_model
    from classifiers.contextual_model import PooledBackbone, make_head
    from classifiers.finetune import FineTuneConfig, _Top, fine_tune, lower_states

    model = load_model()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    head = make_head(model.config.hidden_size, len(LABELS))
    windows = [[7592, 2088, 2003] * (i % 5 + 1) for i in range(24)]
    labels = torch.tensor([i % len(LABELS) for i in range(24)])
    config = FineTuneConfig(frozen_layers=4, epochs=1, batch=8, lr_layers=1e-3)
    fine_tune(model, head, windows, labels, config, progress=False)
    after = model.state_dict()
    changed = {k for k in before if not torch.equal(before[k], after[k])}
    assert changed and all(k.startswith(("encoder.layer.4.", "encoder.layer.5.")) for k in changed)
    assert not model.training and not head.training
    # The training path (cached lower states, own masks) and the shipped path (BertModel's own
    # masks, pooled, then the head) agree on a padded batch: what was trained is what ships.
    batch = windows[:3]
    with torch.no_grad():
        trained = _Top(list(model.encoder.layer[4:]), head)(lower_states(model, batch, 4, False))
        ids, mask = pack(batch)
        shipped = head(PooledBackbone(model)(torch.from_numpy(ids), torch.from_numpy(mask)))
    assert torch.allclose(trained, shipped, atol=1e-4)


def test_risk_threshold_is_the_highest_within_tolerance_of_the_best() -> None:
    from classifiers.build import THRESHOLD_F1_TOLERANCE, _choose_risk_threshold

    general, bio = LABELS.index("general"), LABELS.index("biology")

    def row(risk: float) -> list[float]:
        p = [0.0] * len(LABELS)
        p[general], p[bio] = 1.0 - risk, risk
        return p

    # Every risky window at 0.91 and every benign one at 0.2: any threshold in (0.2, 0.91] is
    # perfect, and the choice is the highest of them on the grid (it favours `general`).
    probs = np.array([row(0.91)] * 10 + [row(0.2)] * 10, dtype=np.float32)
    y = np.array([bio] * 10 + [general] * 10)
    assert _choose_risk_threshold(probs, y) == 0.9
    # One risky window at 0.51: thresholds above it lose it (macro-F1 drops far more than the
    # tolerance), so the choice stops at 0.5.
    probs[0] = row(0.51)
    t = _choose_risk_threshold(probs, y)
    assert t == 0.5
    pred = np.where(1.0 - probs[:, general] >= 0.525, bio, general)
    lost = 1.0 - classification_metrics(y, pred)["macro_f1"]
    assert lost > THRESHOLD_F1_TOLERANCE
