"""``gateway serve`` — run the gateway (and, in the embedded default, the local model server)."""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path

import uvicorn

from classifiers.freshness import ensure_built
from gateway.app import SETTINGS_FILE_ENV, create_app
from gateway.cli.common import add_config_options, settings_from_args
from gateway.settings import GatewaySettings
from gateway.upstream.local import LocalModelProcess, embedded_model_list


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
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help=(
            "server processes sharing the port (default 1). Each worker classifies and routes "
            "on its own core; they share one decision store (one hash chain) and /metrics adds "
            "up all of them. Use up to one per spare core."
        ),
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import sys

    sys.setswitchinterval(0.0002)
    settings = settings_from_args(
        args, host=args.host, port=args.port, policy=args.policy, workers=args.workers
    )
    if settings.classifier.build_if_missing:
        # Here rather than in the lifespan so the progress bar shows before the server starts.
        ensure_built(settings.classifier_dir, progress=True)
    if settings.workers > 1:
        return _run_workers(settings)
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=30,
    )
    return 0


def _run_workers(settings: GatewaySettings) -> int:
    """Several uvicorn worker processes. What must exist once is made here, in the parent: the
    local model server (every worker routes to it) and the metrics folder; the workers get the
    resolved settings through a file, and the decision store switches to shared mode."""
    local: LocalModelProcess | None = None
    metrics_dir = Path(tempfile.mkdtemp(prefix="gateway-metrics-"))
    try:
        if not settings.model_list and settings.local_model.enabled:
            local = LocalModelProcess(settings)
            local.start()
            local.wait_ready()
            settings = settings.model_copy(
                update={"model_list": embedded_model_list(local.api_base)}
            )
        store = settings.decision_store.model_copy(update={"shared": True})
        settings = settings.model_copy(update={"decision_store": store})
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        # The settings may hold upstream keys: owner-only, and removed when serving stops.
        settings_file = settings.data_dir / ".serve-workers.json"
        settings_file.unlink(missing_ok=True)
        fd = os.open(settings_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(settings.model_dump_json())
        os.environ[SETTINGS_FILE_ENV] = str(settings_file.resolve())
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(metrics_dir)
        uvicorn.run(
            "gateway.app:create_app_from_env",
            factory=True,
            workers=settings.workers,
            host=settings.host,
            port=settings.port,
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=30,
        )
    finally:
        if local is not None:
            local.stop()
        shutil.rmtree(metrics_dir, ignore_errors=True)
        (settings.data_dir / ".serve-workers.json").unlink(missing_ok=True)
    return 0
