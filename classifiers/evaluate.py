"""Measuring the shipped classifier on a labelled JSONL file (e.g. ``shared/eval/public-dev``).

Invariants: evaluation only reads the file and runs ``DomainClassifier.classify`` exactly as the
gateway does, one item at a time, so the latencies are per-request latencies; nothing measured
here feeds back into training.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from classifiers.labels import LABELS
from classifiers.metrics import GENERAL, classification_metrics
from classifiers.runtime import DomainClassifier

XSTEST_NOTE = "xstest-safe"
WARMUP_CALLS = 20


@dataclass(frozen=True, slots=True)
class EvalItem:
    turns: tuple[str, ...]
    domain: str
    note: str = ""


@dataclass(slots=True)
class EvalResult:
    items: list[EvalItem]
    predictions: list[str] = field(default_factory=list)
    latencies_ms: list[float] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)  # characters of the conversation


def load_items(path: Path) -> list[EvalItem]:
    """Lines with ``text`` (or ``turns``/``messages``) and ``domain`` (or ``label``), ``note``."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        if "turns" in obj:
            turns = tuple(obj["turns"])
        elif "messages" in obj:
            turns = tuple(m["content"] for m in obj["messages"] if m.get("role", "user") == "user")
        else:
            turns = (obj["text"],)
        out.append(EvalItem(turns, obj.get("domain") or obj["label"], obj.get("note", "")))
    return out


def run(clf: DomainClassifier, items: Sequence[EvalItem], progress: bool = True) -> EvalResult:
    for item in items[:WARMUP_CALLS]:  # first calls pay for lazy allocations; keep them out
        clf.classify(item.turns)
    res = EvalResult(list(items))
    for item in tqdm(items, desc="evaluate", disable=not progress):
        c = clf.classify(item.turns)
        res.predictions.append(c.label)
        res.latencies_ms.append(c.latency_ms)
        res.stages.append(c.stage)
        res.lengths.append(sum(len(t) for t in item.turns))
    return res


def _fp_rate(res: EvalResult, select: Sequence[bool]) -> float | None:
    chosen = [p for p, s in zip(res.predictions, select, strict=True) if s]
    return sum(p != "general" for p in chosen) / len(chosen) if chosen else None


def summarize(res: EvalResult) -> dict[str, Any]:
    """Metrics, FP rates on ``general`` and ``xstest-safe``, latency percentiles, stage mix."""
    y = np.array([LABELS.index(i.domain) for i in res.items])
    pred = np.array([LABELS.index(p) for p in res.predictions])
    out = classification_metrics(y, pred)
    lat = np.array(res.latencies_ms)
    out["xstest_fp_rate"] = _fp_rate(res, [XSTEST_NOTE in i.note for i in res.items])
    out["latency_ms"] = {
        "p50": float(np.percentile(lat, 50)),
        "p90": float(np.percentile(lat, 90)),
        "p99": float(np.percentile(lat, 99)),
        "mean": float(lat.mean()),
        "max": float(lat.max()),
    }
    out["stage2_share"] = float(np.mean([s == "contextual" for s in res.stages]))
    out["n"] = len(res.items)
    out["risk_recall_any"] = (
        float(np.mean((pred != GENERAL)[y != GENERAL])) if (y != GENERAL).any() else None
    )
    return out


def format_summary(s: dict[str, Any]) -> str:
    """A plain-text table for the terminal."""
    lines = [f"{'label':<14}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}"]
    for label in LABELS:
        m = s["per_label"][label]
        lines.append(
            f"{label:<14}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}{m['support']:>9}"
        )
    lines.append(f"macro-F1 {s['macro_f1']:.3f}   accuracy {s['accuracy']:.3f}   n {s['n']}")
    xs = s["xstest_fp_rate"]
    lines.append(
        f"FP rate: general {s['general_fp_rate']:.3%}   xstest-safe "
        + ("n/a" if xs is None else f"{xs:.3%}")
    )
    lat = s["latency_ms"]
    lines.append(
        f"latency ms: p50 {lat['p50']:.3f}  p90 {lat['p90']:.3f}  p99 {lat['p99']:.3f}  "
        f"max {lat['max']:.1f}   stage-2 share {s['stage2_share']:.1%}"
    )
    lines.append(
        "confusion (rows true, cols predicted): " + " ".join(f"{x[:5]:>6}" for x in LABELS)
    )
    for label, row in zip(LABELS, s["confusion"], strict=True):
        lines.append(f"{label:<14}" + "".join(f"{v:>6}" for v in row))
    return "\n".join(lines)
