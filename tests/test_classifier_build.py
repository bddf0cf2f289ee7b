"""A fast real build (subset of the corpus) produces complete, loadable, checked artifacts."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifiers import artifacts as art
from classifiers.build import FAST_CONFIG, build
from classifiers.export import PROB_ATOL
from classifiers.freshness import current_corpus_hash
from classifiers.labels import LABELS
from classifiers.runtime import DomainClassifier


@pytest.mark.slow
def test_fast_build_is_complete_and_loadable(tmp_path: Path) -> None:
    out = build(tmp_path / "classifier", FAST_CONFIG, progress=False)
    assert art.is_complete(out)
    card = art.read_card(out)
    assert card.corpus_hash == current_corpus_hash()
    assert card.build["export_max_abs_diff"]["static"] <= PROB_ATOL
    assert 0.0 <= card.runtime.escalate_below <= 1.0  # chosen on validation windows
    assert 0.3 <= card.runtime.risk_threshold < 1.0
    assert card.build["n_train_windows_stage1"] > card.build["n_train"]  # buried windows added
    val = card.metrics["validation"]
    assert val["escalation_rate_unsure"] <= 0.10 + 1e-9  # the latency budget
    assert val["escalation_rate"] >= val["escalation_rate_unsure"]  # plus risk confirmations
    assert card.runtime.max_stage2_windows == 2 and 0.0 < card.runtime.stage1_weight < 1.0
    assert card.runtime.confirm_risk_above < card.runtime.trust_risk_above <= 1.0
    assert set(card.metrics["validation"]["runtime"]["per_label"]) == set(LABELS)
    temps = [p for p in tmp_path.iterdir() if p.name.startswith(".classifier-")]
    assert [p.name for p in temps if p.name != ".classifier-cache"] == []  # none half-built
    c = DomainClassifier.load(out).classify(["hello there"])
    assert set(c.scores) == set(LABELS)
