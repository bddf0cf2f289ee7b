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
