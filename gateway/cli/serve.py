"""``gateway serve`` — run the gateway (and, in the embedded default, the local model server)."""

from __future__ import annotations

import argparse

import uvicorn

from classifiers.build import ensure_built
from gateway.app import create_app
from gateway.cli.common import add_config_options, settings_from_args


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "serve",
        help="run the gateway",
        description=(
            "Run the OpenAI-compatible gateway. With no --config, the embedded default: the "
            "local SmolLM2 model serves every route under three names (smollm2, "
            "smollm2-fallback, smollm2-steered), no keys, no network. The classifier is built "
            "first if it is missing (a few minutes, once)."
        ),
    )
    add_config_options(p)
    p.add_argument("--host", default=None, help="bind address (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=None, help="port (default 8000)")
    p.add_argument("--policy", default=None, metavar="FILE", help="policy YAML to enforce")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    sys.setswitchinterval(0.0002)
    settings = settings_from_args(args, host=args.host, port=args.port, policy=args.policy)
    if settings.classifier.build_if_missing:
        # Here rather than in the lifespan so the progress bar shows before the server starts.
        ensure_built(settings.classifier_dir, progress=True)
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=30,
    )
    return 0
