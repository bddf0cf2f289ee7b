"""Latency benchmark: our cascade against a plain MiniLM-L6 ONNX pass, same inputs, same run.

Invariants: both sides see the same texts of exactly the stated token length; the plain pass
covers the whole input too (512-token chunks, MiniLM's limit), so neither side wins by
truncating; timings are per call, one call at a time, after a warm-up.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer
from tqdm import tqdm

from classifiers import artifacts as art
from classifiers.onnx_session import open_session
from classifiers.runtime import DomainClassifier
from classifiers.windows import pack, split_ids

DEFAULT_LENGTHS = (16, 64, 256, 1024, 4096)
PLAIN_CHUNK = 510  # content tokens per plain MiniLM pass (512 with [CLS]/[SEP])
WARMUP = 3

_SENTENCES = (
    "The quarterly report shows steady growth in the northern region.",
    "Please remember to water the tomato plants before the weekend.",
    "Our team meeting moved to Thursday afternoon because of the holiday.",
    "She painted the kitchen a pale shade of green last spring.",
    "The train was delayed by twenty minutes due to signal maintenance.",
    "A good night's sleep helps more than another cup of coffee.",
    "The library extended its opening hours during the exam period.",
    "He finally fixed the squeaky hinge on the garden gate.",
)


@dataclass(frozen=True, slots=True)
class BenchRow:
    tokens: int
    ours_p50_ms: float
    ours_p99_ms: float
    plain_p50_ms: float
    plain_p99_ms: float
    ours_per_s: float
    plain_per_s: float

    @property
    def speedup(self) -> float:
        return self.plain_p50_ms / max(self.ours_p50_ms, 1e-9)


@dataclass(frozen=True, slots=True)
class BenchReport:
    rows: list[BenchRow]
    n: int

    def table(self) -> str:
        head = (
            f"{'tokens':>7} {'ours p50':>9} {'ours p99':>9} {'minilm p50':>11} {'minilm p99':>11} "
            f"{'ours/s':>9} {'minilm/s':>9} {'speedup':>8}"
        )
        lines = [head, "-" * len(head)]
        for r in self.rows:
            lines.append(
                f"{r.tokens:>7} {r.ours_p50_ms:>9.3f} {r.ours_p99_ms:>9.3f} {r.plain_p50_ms:>11.2f} "
                f"{r.plain_p99_ms:>11.2f} {r.ours_per_s:>9.0f} {r.plain_per_s:>9.1f} {r.speedup:>7.0f}x"
            )
        lines.append(
            f"(ms per call, one call at a time, n={self.n} per length; minilm = plain "
            "MiniLM-L6 ONNX pass over the whole input in 512-token chunks)"
        )
        return "\n".join(lines)


def make_texts(tokenizer: Tokenizer, tokens: int, n: int, seed: int = 0) -> list[str]:
    """``n`` benign texts of exactly ``tokens`` WordPiece tokens (without special tokens)."""
    rng = random.Random(seed + tokens)
    out = []
    for _ in range(n):
        parts: list[str] = []
        while len(" ".join(parts)) < tokens * 8:
            parts.append(rng.choice(_SENTENCES))
        text = " ".join(parts)
        enc = tokenizer.encode(text, add_special_tokens=False)
        out.append(text[: enc.offsets[tokens - 1][1]])
    return out


def _time(fn: Callable[[str], object], texts: Sequence[str]) -> list[float]:
    for t in texts[:WARMUP]:
        fn(t)
    times = []
    for t in texts:
        start = time.perf_counter()
        fn(t)
        times.append((time.perf_counter() - start) * 1000.0)
    return times


def ensure_plain_minilm(artifact_dir: Path) -> Path:
    """The plain MiniLM ONNX file, exported (once) if a fast build left it out."""
    path = artifact_dir / art.PLAIN_MINILM_ONNX
    if not path.is_file():
        from classifiers.backbone import load_model
        from classifiers.contextual_model import PooledBackbone
        from classifiers.export import export_tokens_model

        export_tokens_model(PooledBackbone(load_model()).eval(), path, "embedding")
    return path


def bench_tokenizer(artifact_dir: Path) -> Tokenizer:
    """The artifacts' tokenizer, truncating and padding nothing (its file pads to 128 tokens,
    which would make every short input a 128-token pass)."""
    tokenizer = Tokenizer.from_file(str(artifact_dir / art.TOKENIZER_JSON))
    tokenizer.no_truncation()
    tokenizer.no_padding()
    return tokenizer


def plain_chunks(tokenizer: Tokenizer, text: str) -> list[list[int]]:
    """The token ids of the plain MiniLM passes over ``text``: all of it, 510 at a time."""
    ids = tokenizer.encode(text, add_special_tokens=False).ids
    return split_ids(ids, PLAIN_CHUNK, PLAIN_CHUNK)


def run_bench(
    artifact_dir: Path, lengths: Sequence[int] = DEFAULT_LENGTHS, n: int = 30, progress: bool = True
) -> BenchReport:
    clf = DomainClassifier.load(artifact_dir)
    tokenizer = bench_tokenizer(artifact_dir)
    plain = open_session(ensure_plain_minilm(artifact_dir), threads=1)

    def plain_pass(text: str) -> object:
        out = []
        for chunk in plain_chunks(tokenizer, text):
            a, m = pack([chunk])
            out.append(plain.run(None, {"input_ids": a, "attention_mask": m})[0])
        return out

    rows = []
    for length in tqdm(lengths, desc="bench", disable=not progress):
        texts = make_texts(tokenizer, length, n)
        ours = _time(lambda t: clf.classify([t]), texts)
        theirs = _time(plain_pass, texts)
        rows.append(
            BenchRow(
                tokens=length,
                ours_p50_ms=statistics.median(ours),
                ours_p99_ms=float(np.percentile(ours, 99)),
                plain_p50_ms=statistics.median(theirs),
                plain_p99_ms=float(np.percentile(theirs, 99)),
                ours_per_s=1000.0 / statistics.fmean(ours),
                plain_per_s=1000.0 / statistics.fmean(theirs),
            )
        )
    return BenchReport(rows, n)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--artifacts",
        type=Path,
        default=None,
        metavar="DIR",
        help="classifier artifacts (default: <data dir>/classifier)",
    )
    if not any("--data-dir" in a.option_strings for a in p._actions):
        p.add_argument(
            "--data-dir",
            type=Path,
            default=None,
            metavar="DIR",
            help="state folder (default .gateway)",
        )
    p.add_argument(
        "--lengths",
        type=int,
        nargs="+",
        default=list(DEFAULT_LENGTHS),
        metavar="TOKENS",
        help="input lengths in tokens",
    )
    p.add_argument("-n", type=int, default=30, help="calls per length for each side")


def artifacts_from_args(args: argparse.Namespace) -> Path:
    if getattr(args, "artifacts", None):
        return Path(args.artifacts)
    return Path(getattr(args, "data_dir", None) or ".gateway") / "classifier"


def run_from_args(args: argparse.Namespace) -> int:
    from classifiers.freshness import ensure_built

    report = run_bench(ensure_built(artifacts_from_args(args)), args.lengths, args.n)
    print(report.table())
    return 0
