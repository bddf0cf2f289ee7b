"""Results of the overhead benchmark: one ``CellResult`` per (target, mode, concurrency), the
report that holds them, its table, and the check against the targets of issue 4.

Added latency is the difference of percentiles (gateway p50 minus direct p50, likewise p99),
each measured over its own cell of the same run; for streams the latency is time to first token.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from gateway.bench.loadgen import Samples

Mode = Literal["chat", "stream"]
TARGETS = ("direct", "gateway", "litellm")

# Issue 4 targets (ms, or a ratio).
TARGET_ADDED_P50_C1_MS = 3.0
TARGET_ADDED_P99_C1_MS = 10.0
TARGET_RPS_RATIO_C8 = 15.0
TARGET_ADDED_P99_C8_MS = 25.0
TARGET_STREAM_TTFT_ADDED_P50_MS = 3.0


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile of an already sorted sequence; NaN when empty."""
    if not sorted_values:
        return math.nan
    pos = (len(sorted_values) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def parse_server_timing(value: str) -> dict[str, float]:
    """``classify;dur=1.2, upstream;dur=3.4`` -> {"classify": 1.2, "upstream": 3.4} (ms)."""
    out: dict[str, float] = {}
    for part in value.split(","):
        name, _, params = part.strip().partition(";")
        for param in params.split(";"):
            key, _, val = param.strip().partition("=")
            if key == "dur" and name:
                try:
                    out[name] = float(val)
                except ValueError:
                    continue
    return out


@dataclass(frozen=True)
class CellResult:
    """One measured cell. Latencies in ms: whole response for chat, time to first token for
    stream (``total_p50_ms`` is then the whole stream)."""

    target: str
    mode: Mode
    concurrency: int
    requests: int  # completed ok in the measured window
    errors: int
    seconds: float
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    mean_ms: float
    max_ms: float
    total_p50_ms: float
    client_cpu_us: float  # load generator CPU per request, microseconds
    routes: dict[str, int] = field(default_factory=dict)
    domains: dict[str, int] = field(default_factory=dict)
    stages_p50_ms: dict[str, float] = field(default_factory=dict)
    stages_p99_ms: dict[str, float] = field(default_factory=dict)
    error_samples: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, Mode, int]:
        return (self.target, self.mode, self.concurrency)


def summarize(target: str, mode: Mode, concurrency: int, samples: Samples) -> CellResult:
    lat = sorted(v / 1e6 for v in samples.latency_ns)
    first = sorted(v / 1e6 for v in samples.ttft_ns)
    n = len(lat)
    routes: Counter[str] = Counter()
    domains: Counter[str] = Counter()
    stages: dict[str, list[float]] = {}
    for headers in samples.headers:
        if b"x-gateway-route" in headers:
            routes[headers[b"x-gateway-route"].decode()] += 1
        if b"x-gateway-domain" in headers:
            domains[headers[b"x-gateway-domain"].decode()] += 1
        if b"server-timing" in headers:
            for name, ms in parse_server_timing(headers[b"server-timing"].decode()).items():
                stages.setdefault(name, []).append(ms)
    for values in stages.values():
        values.sort()
    done = n + samples.errors
    return CellResult(
        target=target,
        mode=mode,
        concurrency=concurrency,
        requests=n,
        errors=samples.errors,
        seconds=samples.elapsed_s,
        rps=n / samples.elapsed_s if samples.elapsed_s > 0 else 0.0,
        p50_ms=percentile(first, 50),
        p90_ms=percentile(first, 90),
        p99_ms=percentile(first, 99),
        mean_ms=sum(first) / n if n else math.nan,
        max_ms=first[-1] if n else math.nan,
        total_p50_ms=percentile(lat, 50),
        client_cpu_us=samples.client_cpu_s * 1e6 / done if done else math.nan,
        routes=dict(routes),
        domains=dict(domains),
        stages_p50_ms={k: percentile(v, 50) for k, v in stages.items()},
        stages_p99_ms={k: percentile(v, 99) for k, v in stages.items()},
        error_samples=list(samples.error_samples),
    )


@dataclass
class OverheadReport:
    cells: list[CellResult] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)  # duration, warm-up, versions, ...
    notes: list[str] = field(default_factory=list)

    def cell(self, target: str, mode: Mode, concurrency: int) -> CellResult | None:
        for c in self.cells:
            if c.key == (target, mode, concurrency):
                return c
        return None

    def added(self, target: str, mode: Mode, concurrency: int) -> tuple[float, float] | None:
        """(added p50, added p99) in ms over the direct cell of the same mode and concurrency."""
        mine, direct = self.cell(target, mode, concurrency), self.cell("direct", mode, concurrency)
        if mine is None or direct is None:
            return None
        return (mine.p50_ms - direct.p50_ms, mine.p99_ms - direct.p99_ms)

    @property
    def total_errors(self) -> int:
        return sum(c.errors for c in self.cells)

    def to_json(self) -> dict[str, Any]:
        return {
            "settings": self.settings,
            "notes": self.notes,
            "cells": [asdict(c) | {"added": self.added(*c.key)} for c in self.cells],
            "targets": [asdict(t) for t in check_targets(self)],
        }

    def table(self) -> str:
        return "\n".join(
            [
                format_cells(self),
                "",
                format_comparison(self),
                "",
                format_targets(self),
                "",
                format_gateway_detail(self),
                *(["", "Notes:", *(f"  - {n}" for n in self.notes)] if self.notes else []),
            ]
        )


def _ms(value: float | None) -> str:
    return "-" if value is None or math.isnan(value) else f"{value:.2f}"


def format_cells(report: OverheadReport) -> str:
    head = (
        f"{'target':<8} {'mode':<6} {'conc':>4} {'ok':>7} {'err':>4} {'req/s':>8} "
        f"{'p50 ms':>8} {'p99 ms':>8} {'+p50 ms':>8} {'+p99 ms':>8} {'client us':>9}"
    )
    lines = [head, "-" * len(head)]
    order = sorted(report.cells, key=lambda c: (c.mode, c.concurrency, TARGETS.index(c.target)))
    for c in order:
        added = report.added(*c.key) if c.target != "direct" else None
        lines.append(
            f"{c.target:<8} {c.mode:<6} {c.concurrency:>4} {c.requests:>7} {c.errors:>4} "
            f"{c.rps:>8.1f} {_ms(c.p50_ms):>8} {_ms(c.p99_ms):>8} "
            f"{_ms(added[0] if added else None):>8} {_ms(added[1] if added else None):>8} "
            f"{c.client_cpu_us:>9.0f}"
        )
    lines.append(
        "latency: whole response for chat, time to first token for stream; +p50/+p99: "
        "over direct in the same run; client us: load generator CPU per request"
    )
    return "\n".join(lines)


def format_comparison(report: OverheadReport) -> str:
    lines = ["Gateway vs LiteLLM proxy (same run):"]
    pairs = sorted({(c.mode, c.concurrency) for c in report.cells})
    found = False
    for mode, conc in pairs:
        gw, ll = report.cell("gateway", mode, conc), report.cell("litellm", mode, conc)
        if gw is None or ll is None:
            continue
        found = True
        ga, la = report.added("gateway", mode, conc), report.added("litellm", mode, conc)
        rps_ratio = gw.rps / ll.rps if ll.rps else math.inf
        p50_ratio = la[0] / ga[0] if ga and la and ga[0] > 0 else math.inf
        lines.append(
            f"  {mode} c={conc}: requests/s gateway/LiteLLM {rps_ratio:.2f}x ({gw.rps:.0f} vs "
            f"{ll.rps:.0f}); added p50 {_ms(ga[0] if ga else None)} vs "
            f"{_ms(la[0] if la else None)} ms (LiteLLM/gateway {p50_ratio:.2f}x)"
        )
    if not found:
        lines.append("  (LiteLLM proxy not measured in this run)")
    return "\n".join(lines)


@dataclass(frozen=True)
class TargetCheck:
    name: str
    goal: str
    measured: float | None  # None: not measured in this run
    unit: str
    met: bool | None


def check_targets(report: OverheadReport) -> list[TargetCheck]:
    def at_most(name: str, value: float | None, limit: float, unit: str = "ms") -> TargetCheck:
        met = None if value is None else value <= limit
        return TargetCheck(name, f"<= {limit:g} {unit}", value, unit, met)

    c1 = report.added("gateway", "chat", 1)
    c8 = report.added("gateway", "chat", 8)
    st = report.added("gateway", "stream", 1)
    gw8, ll8 = report.cell("gateway", "chat", 8), report.cell("litellm", "chat", 8)
    ratio = gw8.rps / ll8.rps if gw8 and ll8 and ll8.rps else None
    return [
        at_most("added p50, chat c=1", c1[0] if c1 else None, TARGET_ADDED_P50_C1_MS),
        at_most("added p99, chat c=1", c1[1] if c1 else None, TARGET_ADDED_P99_C1_MS),
        TargetCheck(
            "req/s vs LiteLLM, chat c=8",
            f">= {TARGET_RPS_RATIO_C8:g}x",
            ratio,
            "x",
            None if ratio is None else ratio >= TARGET_RPS_RATIO_C8,
        ),
        at_most("added p99, chat c=8", c8[1] if c8 else None, TARGET_ADDED_P99_C8_MS),
        at_most(
            "added TTFT p50, stream c=1", st[0] if st else None, TARGET_STREAM_TTFT_ADDED_P50_MS
        ),
    ]


def format_targets(report: OverheadReport) -> str:
    lines = ["Targets (issue 4):"]
    for t in check_targets(report):
        verdict = {True: "met", False: "MISSED", None: "not measured"}[t.met]
        value = "-" if t.measured is None else f"{t.measured:.2f} {t.unit}"
        lines.append(f"  {t.name:<30} {t.goal:<10} measured {value:<12} {verdict}")
    return "\n".join(lines)


def format_gateway_detail(report: OverheadReport) -> str:
    lines = ["Gateway stages (server-timing, ms p50 / p99) and routes taken:"]
    for c in report.cells:
        if c.target != "gateway":
            continue
        stages = ", ".join(
            f"{k} {c.stages_p50_ms[k]:.2f}/{c.stages_p99_ms[k]:.2f}" for k in c.stages_p50_ms
        )
        routes = ", ".join(f"{k} {v}" for k, v in sorted(c.routes.items()))
        lines.append(f"  {c.mode} c={c.concurrency}: {stages or '-'}; routes: {routes or '-'}")
    direct = [c for c in report.cells if c.target == "direct" and c.mode == "chat"]
    if direct:
        best = max(direct, key=lambda c: c.rps)
        lines.append(
            f"Load generator: {best.rps:.0f} req/s against the stand-in alone (c="
            f"{best.concurrency}), {best.client_cpu_us:.0f} us of client CPU per request "
            f"(one core: ceiling ~{1e6 / best.client_cpu_us:.0f} req/s)"
        )
    for c in report.cells:
        for why in c.error_samples:
            lines.append(f"  error in {c.target} {c.mode} c={c.concurrency}: {why}")
    return "\n".join(lines)
