"""``gateway bench --overhead``: the gateway's added latency and throughput, side by side with
direct calls and LiteLLM proxy, in one run against the same provider stand-in.

Invariants of a run:
- one stand-in process serves all targets; only one target server (gateway or LiteLLM proxy)
  is alive while it is measured, so they never share the CPU with each other;
- this gateway is started exactly as users start it (``python -m gateway serve``) with a
  generated config: stand-in upstreams, the given policy (default: ``policies/default.yaml``),
  the real classifier and the durable decision store;
- LiteLLM proxy gets the same model list, one worker, a master key, no database; when its
  extra is not installed it is skipped with a note, never silently;
- every target sees the same request sequence (``gateway.bench.prompts``), at each concurrency,
  after a warm-up that is not measured.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import platform
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import yaml

from gateway.bench import servers
from gateway.bench.loadgen import Endpoint, run_load_sync
from gateway.bench.profile import profile_process, py_spy
from gateway.bench.prompts import CONVERSATIONS, chat_bodies
from gateway.bench.report import Mode, OverheadReport, summarize
from gateway.settings import DEFAULT_POLICY, load_settings

Progress = Callable[[str], None]
GATEWAY_HEADERS = ("x-gateway-route", "x-gateway-domain", "server-timing")
CHAT_PATH = "/v1/chat/completions"


@dataclass
class OverheadOptions:
    """What to measure. Durations in seconds, per cell."""

    duration_s: float = 15.0
    warmup_s: float = 3.0
    concurrency: Sequence[int] = (1, 8)
    stream_concurrency: Sequence[int] = (1,)
    litellm: bool = True
    model: str = "gpt-bench"  # the model name clients ask for (the primary route)
    policy: Path = DEFAULT_POLICY
    classifier_dir: Path | None = None  # None: the gateway's default (<data dir>/classifier)
    work_dir: Path | None = None  # configs, logs, decision store; None: a temporary folder
    profile: Path | None = None  # py-spy collapsed stacks of the gateway under c=max load
    gateway_workers: int = 1  # `serve --workers`; issue 4's targets are for one process
    escalate_below: float | None = None  # classifier.escalate_below for the gateway (None: card)
    confirm_risk_above: float | None = None  # classifier.confirm_risk_above (None: card)
    trust_risk_above: float | None = None  # classifier.trust_risk_above (None: card)
    extra_gateway_config: dict[str, Any] = field(default_factory=dict)


def _model_entry(name: str, api_base: str) -> dict[str, Any]:
    return {
        "model_name": name,
        "litellm_params": {"model": f"openai/{name}", "api_base": api_base, "api_key": "k"},
    }


def _policy_models(policy: Path) -> list[str]:
    """The model names a policy routes to (fallback, its chain, the degraded model)."""
    doc = yaml.safe_load(policy.read_text()) or {}
    names = [doc.get("fallback_model"), *(doc.get("fallback_chain") or [])]
    names.append((doc.get("degraded") or {}).get("model"))
    return [str(n) for n in names if n]


def model_list(options: OverheadOptions, api_base: str) -> list[dict[str, Any]]:
    names = dict.fromkeys([options.model, *_policy_models(options.policy)])
    return [_model_entry(n, api_base) for n in names]


def write_gateway_config(options: OverheadOptions, api_base: str, work: Path) -> Path:
    # An explicit folder is used as it is (a stale build degrades to on_classifier_error and
    # shows in the route mix); only the default folder is built when missing, as serve does.
    explicit = options.classifier_dir is not None
    classifier_dir = options.classifier_dir or load_settings().classifier_dir
    config: dict[str, Any] = {
        "policy": str(options.policy.resolve()),
        "model_list": model_list(options, api_base),
        "local_model": {"enabled": False},
        "classifier": {
            "artifacts_dir": str(classifier_dir.resolve()),
            "build_if_missing": not explicit,
        },
    }
    if options.gateway_workers > 1:
        config["workers"] = options.gateway_workers
    if options.escalate_below is not None:
        config["classifier"]["escalate_below"] = options.escalate_below
    if options.confirm_risk_above is not None:
        config["classifier"]["confirm_risk_above"] = options.confirm_risk_above
    if options.trust_risk_above is not None:
        config["classifier"]["trust_risk_above"] = options.trust_risk_above
    config |= options.extra_gateway_config
    path = work / "gateway.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def write_litellm_config(options: OverheadOptions, api_base: str, work: Path) -> Path:
    config = {
        "model_list": model_list(options, api_base),
        "general_settings": {"master_key": servers.LITELLM_MASTER_KEY},
    }
    path = work / "litellm.yaml"
    path.write_text(yaml.safe_dump(config, sort_keys=False))
    return path


def _cells(options: OverheadOptions) -> list[tuple[Mode, int]]:
    chat: list[tuple[Mode, int]] = [("chat", c) for c in options.concurrency]
    stream: list[tuple[Mode, int]] = [("stream", c) for c in options.stream_concurrency]
    return chat + stream


def _measure(
    report: OverheadReport,
    target: str,
    endpoint: Endpoint,
    options: OverheadOptions,
    progress: Progress,
) -> None:
    capture = GATEWAY_HEADERS if target == "gateway" else ()
    for mode, conc in _cells(options):
        progress(
            f"[{target}] {mode} c={conc}: warm-up {options.warmup_s:g} s, "
            f"measuring {options.duration_s:g} s ..."
        )
        samples = run_load_sync(
            endpoint,
            chat_bodies(options.model, stream=mode == "stream"),
            stream=mode == "stream",
            concurrency=conc,
            duration_s=options.duration_s,
            warmup_s=options.warmup_s,
            capture_headers=capture,
        )
        cell = summarize(target, mode, conc, samples)
        report.cells.append(cell)
        progress(
            f"[{target}] {mode} c={conc}: {cell.requests} ok, {cell.errors} errors, "
            f"{cell.rps:.0f} req/s, p50 {cell.p50_ms:.2f} ms, p99 {cell.p99_ms:.2f} ms"
        )


def _profile_gateway(server: servers.Server, options: OverheadOptions, progress: Progress) -> None:
    assert options.profile is not None
    conc = max(options.concurrency)
    progress(f"[gateway] profiling chat c={conc} for {options.duration_s:g} s (not in the table)")
    endpoint = Endpoint(server.host, server.port, CHAT_PATH)
    with profile_process(server.pid, options.profile) as profiler:
        run_load_sync(
            endpoint,
            chat_bodies(options.model, stream=False),
            stream=False,
            concurrency=conc,
            duration_s=options.duration_s,
            warmup_s=0.0,
        )
    progress(profiler.summary())


def _settings(options: OverheadOptions) -> dict[str, Any]:
    def version(dist: str) -> str | None:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return None

    try:
        import uvloop  # noqa: F401

        loop = "uvloop"
    except ImportError:
        loop = "asyncio"
    return {
        "duration_s": options.duration_s,
        "warmup_s": options.warmup_s,
        "concurrency": list(options.concurrency),
        "stream_concurrency": list(options.stream_concurrency),
        "policy": str(options.policy),
        "model": options.model,
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "litellm": version("litellm"),
        "gateway": version("safety-gateway"),
        "client_loop": loop,
        "load_average_at_start": list(os.getloadavg()),
    }


@contextmanager
def _work_dir(options: OverheadOptions) -> Iterator[Path]:
    if options.work_dir is not None:
        options.work_dir.mkdir(parents=True, exist_ok=True)
        yield options.work_dir
        return
    with tempfile.TemporaryDirectory(prefix="gateway-bench-") as tmp:
        yield Path(tmp)


def run_overhead(options: OverheadOptions, progress: Progress = print) -> OverheadReport:
    """Start the stand-in, measure direct, gateway and (if installed) LiteLLM proxy cells."""
    report = _run(options, progress)
    report.settings["load_average_at_end"] = list(os.getloadavg())
    return report


def _run(options: OverheadOptions, progress: Progress) -> OverheadReport:
    report = OverheadReport(settings=_settings(options))
    load1, cores = os.getloadavg()[0], os.cpu_count() or 1
    if load1 > cores / 2:
        report.notes.append(
            f"The machine was busy at the start (load average {load1:.1f} on {cores} cores): "
            "other processes share the CPU with the servers and the load generator."
        )
    if options.gateway_workers > 1:
        report.notes.append(
            f"The gateway ran {options.gateway_workers} worker processes (--gateway-workers); "
            "issue 4's targets are stated for one process."
        )
    with _work_dir(options) as work, servers.standin(work) as stub:
        api_base = f"{stub.base_url}/v1"
        _measure(report, "direct", Endpoint(stub.host, stub.port, CHAT_PATH), options, progress)

        progress("[gateway] starting `python -m gateway serve` ...")
        config = write_gateway_config(options, api_base, work)
        with servers.gateway(config, work / "gateway-data") as gw:
            _measure(report, "gateway", Endpoint(gw.host, gw.port, CHAT_PATH), options, progress)
            if options.profile is not None:
                _profile_gateway(gw, options, progress)
        _note_stage_mix(report, config, progress)

        _measure_litellm(report, options, api_base, work, progress)
    return report


def _note_stage_mix(report: OverheadReport, config: Path, progress: Progress) -> None:
    """How many conversations of the mix the classifier's second stage reads under the gateway's
    own settings (the same loader ``serve`` uses): the bench's cost depends on it."""
    from gateway.app import load_classifier  # the classifier stack only when a gateway ran
    from gateway.pipeline.conversation import user_turns

    clf, error = load_classifier(load_settings(config))
    if clf is None:
        _skip(report, f"Classifier stage mix not measured: {error}.", progress)
        return
    stages = [clf.classify(user_turns(list(c.messages))).stage for c in CONVERSATIONS]
    second = sum(s == "contextual" for s in stages)
    report.settings["stage2_conversations"] = [second, len(stages)]
    note = (
        f"Classifier: stage 2 reads {second} of the {len(stages)} conversations in the mix "
        f"({second / len(stages):.0%}); stage 1 alone answers the rest."
    )
    progress(note)
    report.notes.append(note)


def _skip(report: OverheadReport, note: str, progress: Progress) -> None:
    progress(note)
    report.notes.append(note)


def _measure_litellm(
    report: OverheadReport, options: OverheadOptions, api_base: str, work: Path, progress: Progress
) -> None:
    if not options.litellm:
        report.notes.append("LiteLLM proxy skipped (--no-litellm).")
        return
    missing = servers.litellm_proxy_missing()
    if missing is not None:
        _skip(report, f"LiteLLM proxy skipped: {missing}.", progress)
        return
    progress("[litellm] starting LiteLLM proxy (one worker, master key, no database) ...")
    config = write_litellm_config(options, api_base, work)
    with ExitStack() as stack:
        try:
            proxy = stack.enter_context(servers.litellm_proxy(config, work))
        except servers.ServerError as exc:
            _skip(report, f"LiteLLM proxy skipped: it did not start: {str(exc)[-500:]}", progress)
            return
        auth = (("Authorization", f"Bearer {servers.LITELLM_MASTER_KEY}"),)
        endpoint = Endpoint(proxy.host, proxy.port, CHAT_PATH, auth)
        _measure(report, "litellm", endpoint, options, progress)


def _add(p: argparse.ArgumentParser, flag: str, **kwargs: Any) -> None:
    """Add an option unless the parser already has it (``gateway bench`` shares one parser)."""
    if not any(flag in a.option_strings for a in p._actions):
        p.add_argument(flag, **kwargs)


def add_arguments(p: argparse.ArgumentParser) -> None:
    _add(p, "--duration", type=float, default=15.0, metavar="S",
         help="measured seconds per cell (default 15)")  # fmt: skip
    _add(p, "--warmup", type=float, default=3.0, metavar="S",
         help="unmeasured warm-up seconds before each cell (default 3)")  # fmt: skip
    _add(p, "--concurrency", type=int, nargs="+", default=[1, 8], metavar="N",
         help="concurrent connections for non-streaming cells (default 1 8)")  # fmt: skip
    _add(p, "--stream-concurrency", type=int, nargs="*", default=[1], metavar="N",
         help="concurrent connections for streaming (TTFT) cells (default 1; none to skip)")  # fmt: skip
    _add(p, "--no-litellm", action="store_true",
         help="do not measure LiteLLM proxy even when installed")  # fmt: skip
    _add(p, "--policy", type=Path, default=DEFAULT_POLICY, metavar="FILE",
         help="policy the gateway enforces (default policies/default.yaml)")  # fmt: skip
    _add(p, "--classifier-dir", type=Path, default=None, metavar="DIR",
         help="classifier artifacts (default: the gateway's, built if missing)")  # fmt: skip
    _add(p, "--work-dir", type=Path, default=None, metavar="DIR",
         help="keep configs, logs and the decision store here (default: a temp folder)")  # fmt: skip
    _add(p, "--json", type=Path, default=None, metavar="FILE",
         help="also write the results as JSON")  # fmt: skip
    _add(p, "--gateway-workers", type=int, default=1, metavar="N",
         help="run the gateway with `serve --workers N` (default 1, the targets' setting)")  # fmt: skip
    _add(p, "--escalate-below", type=float, default=None, metavar="P",
         help="the gateway's classifier.escalate_below (default: the model card's cascade bar; "
         "0 = stage 1 alone)")  # fmt: skip
    _add(p, "--confirm-risk-above", type=float, default=None, metavar="P",
         help="the gateway's classifier.confirm_risk_above (default: the model card's; "
         "1.01 = stage-1 risk verdicts stand unconfirmed: faster on risky traffic, more "
         "false positives)")  # fmt: skip
    _add(p, "--trust-risk-above", type=float, default=None, metavar="P",
         help="the gateway's classifier.trust_risk_above (default: the model card's; "
         "1.01 = stage 2 confirms every risky window)")  # fmt: skip
    _add(p, "--profile", type=Path, default=None, metavar="FILE",
         help="after the gateway cells, record it with py-spy under the highest "
         "concurrency and write collapsed stacks to FILE")  # fmt: skip


def options_from_args(args: argparse.Namespace) -> OverheadOptions:
    return OverheadOptions(
        duration_s=args.duration,
        warmup_s=args.warmup,
        concurrency=args.concurrency,
        stream_concurrency=args.stream_concurrency,
        litellm=not args.no_litellm,
        policy=args.policy,
        # `gateway bench` shares its parser with the classifier bench: honour its --artifacts.
        classifier_dir=args.classifier_dir or getattr(args, "artifacts", None),
        work_dir=args.work_dir,
        profile=args.profile,
        gateway_workers=args.gateway_workers,
        escalate_below=args.escalate_below,
        confirm_risk_above=args.confirm_risk_above,
        trust_risk_above=args.trust_risk_above,
    )


def run_from_args(args: argparse.Namespace) -> int:
    def progress(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    if args.profile is not None and py_spy() is None:  # say so before minutes of measuring
        progress("error: --profile needs py-spy: .venv/bin/pip install py-spy")
        return 2
    report = run_overhead(options_from_args(args), progress)
    print(report.table())
    if args.json is not None:
        args.json.write_bytes(orjson.dumps(report.to_json(), option=orjson.OPT_INDENT_2))
        progress(f"results written to {args.json}")
    return 0 if report.total_errors == 0 else 1
