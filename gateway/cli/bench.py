"""``gateway bench`` — classifier latency and gateway overhead benchmarks."""

from __future__ import annotations

import argparse

import classifiers.bench as classifier_bench


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "bench",
        help="benchmark the classifier against a plain MiniLM pass",
        description="Classifier p50/p99 by input length and throughput, against a plain "
        "MiniLM-L6 ONNX pass measured in the same run.",
    )
    classifier_bench.add_arguments(p)
    p.set_defaults(func=classifier_bench.run_from_args)
