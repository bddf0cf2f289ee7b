"""``gateway classify`` and ``gateway classifier build|eval``: the classifier's command line.

Paths are explicit: every command takes ``--artifacts DIR``; without it the artifacts live in
``<data dir>/classifier``, the data dir coming from ``--data-dir`` (or the resolver the gateway's
CLI passes to ``register``, which knows ``GATEWAY_DATA_DIR``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from tqdm import tqdm

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = REPO_ROOT.parent / "shared" / "eval" / "public-dev.jsonl"
DEFAULT_DATA_DIR = Path(".gateway")

DataDirResolver = Callable[[argparse.Namespace], Path]


def _default_resolver(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "data_dir", None) or DEFAULT_DATA_DIR)


def register(
    subparsers: argparse._SubParsersAction,  # type: ignore[type-arg]
    data_dir: DataDirResolver | None = None,
) -> None:
    """Add ``classify`` and ``classifier`` (``build``, ``eval``) to the gateway's CLI."""
    resolve = data_dir or _default_resolver

    def artifacts(args: argparse.Namespace) -> Path:
        return Path(args.artifacts) if args.artifacts else resolve(args) / "classifier"

    def common(p: argparse.ArgumentParser) -> None:
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
                help="state folder (env GATEWAY_DATA_DIR; default .gateway)",
            )

    p = subparsers.add_parser(
        "classify",
        help="classify text or a JSONL file",
        description="Classify TEXT (prints label and scores as JSON) or, with --input/--output, "
        'every {"text": ...} line of a JSONL file (adds "label" and "scores").',
    )
    p.add_argument("text", nargs="*", help="text to classify (several: one conversation's turns)")
    p.add_argument("--input", type=Path, default=None, metavar="IN.jsonl")
    p.add_argument("--output", type=Path, default=None, metavar="OUT.jsonl")
    common(p)
    p.set_defaults(func=lambda a: _classify(a, artifacts(a)))

    group = subparsers.add_parser("classifier", help="build or evaluate the domain classifier")
    sub = group.add_subparsers(dest="classifier_command", metavar="ACTION", required=True)
    b = sub.add_parser("build", help="build the ONNX artifacts from the corpus (< 10 min)")
    b.add_argument("--out", type=Path, default=None, metavar="DIR", help="default: --artifacts")
    b.add_argument("--force", action="store_true", help="rebuild even if up to date")
    b.add_argument("--fast", action="store_true", help="small quick build (tests, smoke checks)")
    common(b)
    b.set_defaults(func=lambda a: _build(a, a.out or artifacts(a)))
    e = sub.add_parser(
        "eval",
        help="measure on a labelled JSONL file or the adversarial set",
        description="Per-domain precision/recall/F1, macro-F1, FP rates on general and "
        "xstest-safe, confusion matrix, latency percentiles; --report writes plots and pages.",
    )
    e.add_argument("--input", type=Path, default=DEFAULT_EVAL, metavar="FILE.jsonl")
    e.add_argument("--report", type=Path, default=None, metavar="DIR")
    e.add_argument(
        "--escalate-below",
        type=float,
        default=None,
        metavar="P",
        help="override the cascade bar from the model card: 0 = stage 1 alone (fastest), "
        "1.01 = stage 2 for every window; compare accuracy and latency of the trade-off",
    )
    e.add_argument(
        "--confirm-risk-above",
        type=float,
        default=None,
        metavar="P",
        help="override the model card's confirmation bar: a stage-1 window this risky is "
        "checked by stage 2 (fewer false positives, more latency); 1.01 = never",
    )
    e.add_argument(
        "--trust-risk-above",
        type=float,
        default=None,
        metavar="P",
        help="override the model card's trust bar: a stage-1 window at least this risky "
        "stands without stage 2 (faster on risky traffic); 1.01 = confirm every risky window",
    )
    e.add_argument(
        "--max-stage2-windows",
        type=int,
        default=None,
        metavar="N",
        help="override stage 2's budget per conversation (distinct windows, riskiest first)",
    )
    e.add_argument(
        "--adversarial",
        action="store_true",
        help="evaluate the project's adversarial set (recall per trick, hard-negative FP)",
    )
    common(e)
    e.set_defaults(func=lambda a: _eval(a, artifacts(a)))


def _load(args: argparse.Namespace, artifact_dir: Path):  # type: ignore[no-untyped-def]
    from classifiers.freshness import resolve_artifacts
    from classifiers.runtime import DomainClassifier

    folder = resolve_artifacts(artifact_dir, explicit=args.artifacts is not None)
    return DomainClassifier.load(
        folder,
        escalate_below=getattr(args, "escalate_below", None),
        confirm_risk_above=getattr(args, "confirm_risk_above", None),
        trust_risk_above=getattr(args, "trust_risk_above", None),
        max_stage2_windows=getattr(args, "max_stage2_windows", None),
    )


def _classify(args: argparse.Namespace, artifact_dir: Path) -> int:
    if bool(args.input) != bool(args.output) or (args.input and args.text):
        print("error: give TEXT, or both --input and --output", file=sys.stderr)
        return 2
    if not args.input and not args.text:
        print("error: nothing to classify", file=sys.stderr)
        return 2
    clf = _load(args, artifact_dir)
    if args.text:
        c = clf.classify(args.text)
        print(json.dumps(asdict(c), indent=2))
        return 0
    lines = args.input.read_text(encoding="utf-8").splitlines()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as out:
        for line in tqdm(lines, desc="classify", unit="item"):
            if not line.strip():
                continue
            obj = json.loads(line)
            c = clf.classify([obj["text"]])
            obj["label"] = c.label
            obj["scores"] = c.scores
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return 0


def _build(args: argparse.Namespace, out: Path) -> int:
    from classifiers import build as b
    from classifiers.freshness import ensure_built

    if args.fast:
        b.build(out, b.FAST_CONFIG)
    elif args.force:
        b.build(out, b.BuildConfig())
    else:
        ensure_built(out)
    card = (out / "model_card.json").read_text(encoding="utf-8")
    runtime = json.loads(card)["metrics"]["validation"].get("runtime", {})
    print(
        f"artifacts: {out}\nvalidation (corpus hold-out): macro-F1 {runtime.get('macro_f1', 0):.3f}"
    )
    return 0


def _eval(args: argparse.Namespace, artifact_dir: Path) -> int:
    from classifiers import evaluate

    clf = _load(args, artifact_dir)
    if args.adversarial:
        from classifiers.adversarial import score

        report = score.evaluate(clf)
        print(score.format_report(report))
        if args.report:
            args.report.mkdir(parents=True, exist_ok=True)
            (args.report / "adversarial.json").write_text(json.dumps(report, indent=2))
        return 0
    if not args.input.is_file():
        print(f"error: no evaluation file at {args.input}", file=sys.stderr)
        return 2
    res = evaluate.run(clf, evaluate.load_items(args.input))
    summary = evaluate.summarize(res)
    print(evaluate.format_summary(summary))
    if args.report:
        from classifiers.report import write_report

        page = write_report(res, summary, args.report, f"classifier evaluation: {args.input.name}")
        print(f"report: {page}")
    return 0
