"""``gateway`` — entry point. Each sub-command lives in its own module and registers itself."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from gateway.errors import GatewayError
from gateway.settings import load_settings

DESCRIPTION = """\
A safety-routing, OpenAI-compatible inference gateway.

Every chat request is classified (cybersecurity, biology, chemistry, distillation, frontier_ml,
general), decided by a YAML policy, routed to the primary, fallback or degraded (steered local)
model, recorded in a tamper-evident decision log and disclosed in response headers.

Start with `gateway serve` (no keys, no network needed), then point any OpenAI client at
http://127.0.0.1:8000/v1.
"""


def _data_dir(args: argparse.Namespace) -> Path:
    """GATEWAY_DATA_DIR (or --data-dir) through the one settings model."""
    return load_settings(None, data_dir=getattr(args, "data_dir", None)).data_dir


def build_parser() -> argparse.ArgumentParser:
    from classifiers import cli as classifier_cli
    from gateway.cli import bench, decisions, policy, serve
    from steering import cli as steering_cli

    parser = argparse.ArgumentParser(
        prog="gateway",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve.register(sub)
    classifier_cli.register(sub, data_dir=_data_dir)
    policy.register(sub)
    steering_cli.register(sub)
    decisions.register(sub)
    bench.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except GatewayError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return code
