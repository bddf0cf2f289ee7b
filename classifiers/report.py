"""Writing an evaluation report: confusion-matrix and latency plots, Markdown and HTML pages.

Invariant: the report is a pure rendering of ``evaluate.summarize`` output plus the raw result;
it computes nothing that the terminal summary does not also show.
"""

from __future__ import annotations

import html
import itertools
import json
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.evaluate import EvalResult, format_summary
from classifiers.labels import LABELS

LENGTH_BUCKETS = (0, 64, 128, 256, 512, 1024, 2048, 4096, 1 << 30)


def _plots(res: EvalResult, summary: dict[str, Any], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")  # files only; never needs a display
    import matplotlib.pyplot as plt

    m = np.array(summary["confusion"])
    fig, ax = plt.subplots(figsize=(6.5, 5.5))
    ax.imshow(m, cmap="Blues")
    ax.set_xticks(range(len(LABELS)), LABELS, rotation=35, ha="right")
    ax.set_yticks(range(len(LABELS)), LABELS)
    ax.set_xlabel("predicted")
    ax.set_ylabel("true")
    for i in range(len(LABELS)):
        for j in range(len(LABELS)):
            ax.text(
                j,
                i,
                str(m[i, j]),
                ha="center",
                va="center",
                color="white" if m[i, j] > m.max() / 2 else "black",
                fontsize=8,
            )
    ax.set_title(f"confusion (macro-F1 {summary['macro_f1']:.3f})")
    fig.tight_layout()
    fig.savefig(out / "confusion.png", dpi=120)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(6.5, 4.0))
    ax.scatter(
        res.lengths,
        res.latencies_ms,
        s=5,
        alpha=0.4,
        c=["tab:red" if s == "contextual" else "tab:blue" for s in res.stages],
    )
    lengths = np.array(res.lengths)
    lat = np.array(res.latencies_ms)
    centers, p50, p99 = [], [], []
    for lo, hi in itertools.pairwise(LENGTH_BUCKETS):
        sel = (lengths >= lo) & (lengths < hi)
        if sel.sum() >= 5:
            centers.append(float(np.median(lengths[sel])))
            p50.append(float(np.percentile(lat[sel], 50)))
            p99.append(float(np.percentile(lat[sel], 99)))
    ax.plot(centers, p50, "k-o", label="p50")
    ax.plot(centers, p99, "k--s", label="p99")
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("input length (characters)")
    ax.set_ylabel("classify latency (ms)")
    ax.set_title("latency by length (blue: stage 1 only, red: stage 2 consulted)")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out / "latency_by_length.png", dpi=120)
    plt.close(fig)


def write_report(res: EvalResult, summary: dict[str, Any], out: Path, title: str) -> Path:
    """Write ``summary.json``, two PNGs, ``report.md`` and ``report.html`` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    _plots(res, summary, out)
    (out / "summary.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    text = format_summary(summary)
    (out / "report.md").write_text(
        f"# {title}\n\n```\n{text}\n```\n\n![confusion](confusion.png)\n\n"
        "![latency by length](latency_by_length.png)\n",
        encoding="utf-8",
    )
    (out / "report.html").write_text(
        f"<!doctype html><meta charset=utf-8><title>{html.escape(title)}</title>"
        f"<h1>{html.escape(title)}</h1><pre>{html.escape(text)}</pre>"
        '<img src="confusion.png" alt="confusion matrix">'
        '<img src="latency_by_length.png" alt="latency by length">\n',
        encoding="utf-8",
    )
    return out / "report.html"
