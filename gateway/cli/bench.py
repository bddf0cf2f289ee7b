"""``gateway bench`` — classifier latency (default) or gateway overhead (``--overhead``)."""

from __future__ import annotations

import argparse

import classifiers.bench as classifier_bench
from gateway.bench import overhead


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "bench",
        help="benchmark the classifier, or the gateway's overhead (--overhead)",
        description=(
            "Default: classifier p50/p99 by input length (16 to 4,096 tokens) and throughput, "
            "against a plain MiniLM-L6 ONNX pass measured in the same run.\n\n"
            "--overhead: starts a provider stand-in and measures, in one run, direct calls, "
            "calls through this gateway and (when `litellm[proxy]` is installed) through "
            "LiteLLM proxy configured equivalently, at each concurrency and for streaming; "
            "prints p50/p99 added latency, requests/s and the ratios."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--overhead", action="store_true", help="measure gateway overhead instead of the classifier"
    )
    classifier_bench.add_arguments(p)
    overhead.add_arguments(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.overhead:
        return overhead.run_from_args(args)
    return classifier_bench.run_from_args(args)
