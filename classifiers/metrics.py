"""Classification metrics over the six labels, in plain numpy (no plotting, no I/O).

Invariant: ``general`` is the negative class for the false-positive rate: a general item given
any risk label counts as a false positive.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from classifiers.labels import LABELS

GENERAL = LABELS.index("general")


def confusion(y: npt.NDArray[np.int64], pred: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """(L, L) counts; rows are true labels, columns predictions."""
    m = np.zeros((len(LABELS), len(LABELS)), dtype=np.int64)
    np.add.at(m, (y, pred), 1)
    return m


def classification_metrics(y: npt.NDArray[np.int64], pred: npt.NDArray[np.int64]) -> dict[str, Any]:
    """Per-label precision/recall/F1/support, macro-F1, accuracy and FP rate on ``general``."""
    m = confusion(y, pred)
    per: dict[str, dict[str, float]] = {}
    for i, label in enumerate(LABELS):
        tp = float(m[i, i])
        p = tp / max(float(m[:, i].sum()), 1.0)
        r = tp / max(float(m[i, :].sum()), 1.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[label] = {"precision": p, "recall": r, "f1": f, "support": int(m[i, :].sum())}
    present = [v["f1"] for v in per.values() if v["support"] > 0]
    gen_total = float(m[GENERAL, :].sum())
    return {
        "per_label": per,
        "macro_f1": float(np.mean(present)) if present else 0.0,
        "accuracy": float(np.trace(m) / max(m.sum(), 1)),
        "general_fp_rate": float((gen_total - m[GENERAL, GENERAL]) / gen_total)
        if gen_total
        else 0.0,
        "confusion": m.tolist(),
    }
