"""The app factory. Nothing happens at import time; resources are built in ``lifespan``.

Start-up order: the local model server is launched first (it is the slowest to come up), the
classifier is built if missing and loaded, the policy is validated against the model list, the
decision store is opened, and only then does the app accept traffic.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
import structlog
from fastapi import FastAPI

from classifiers.freshness import ensure_built
from classifiers.runtime import DomainClassifier
from gateway import __version__
from gateway.api import admin, chat, classify, decisions, health, models
from gateway.api.errors import install_error_handlers
from gateway.auth import Authenticator, AuthMiddleware
from gateway.decisions.store import DecisionStore
from gateway.logging import configure_logging
from gateway.metrics import GatewayMetrics, multiprocess_metrics
from gateway.middleware import RequestContextMiddleware
from gateway.pipeline.classify import ClassifierStage
from gateway.policy.holder import PolicyHolder
from gateway.policy.watch import watch_policy
from gateway.settings import GatewaySettings
from gateway.state import GatewayState
from gateway.upstream.local import LocalModelProcess, embedded_model_list
from gateway.upstream.router import UpstreamRouter
from steering.config import SHIPPED_VECTORS_DIR

log = structlog.get_logger("gateway.app")


def load_classifier(settings: GatewaySettings) -> tuple[DomainClassifier | None, str | None]:
    """The classifier, or None and why: a broken model must not stop the gateway from serving
    under the policy's ``on_classifier_error`` rule."""
    path = settings.classifier_dir
    try:
        if settings.classifier.build_if_missing:
            ensure_built(path, progress=True)
        clf = DomainClassifier.load(
            path,
            escalate_below=settings.classifier.escalate_below,
            confirm_risk_above=settings.classifier.confirm_risk_above,
            trust_risk_above=settings.classifier.trust_risk_above,
            max_stage2_windows=settings.classifier.max_stage2_windows,
        )
        return clf, None
    except Exception as exc:
        log.error("classifier_unavailable", path=str(path), error=repr(exc))
        return None, f"classifier unavailable: {type(exc).__name__}: {exc}"


def known_vectors() -> list[str]:
    return sorted(p.stem for p in SHIPPED_VECTORS_DIR.glob("*.safetensors"))


async def build_state(settings: GatewaySettings) -> GatewayState:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    metrics = GatewayMetrics()
    local: LocalModelProcess | None = None
    model_list = settings.model_list
    if not model_list and settings.local_model.enabled:
        local = LocalModelProcess(settings)
        local.start()
        model_list = embedded_model_list(local.api_base)
    try:
        classifier, why = await anyio.to_thread.run_sync(load_classifier, settings)
        stage = ClassifierStage(
            classifier,
            ThreadPoolExecutor(settings.classifier.threads, thread_name_prefix="classify"),
            settings.classifier.timeout_s,
            why,
        )
        router = UpstreamRouter(
            model_list,
            timeout_s=settings.upstream.timeout_s,
            num_retries=settings.upstream.num_retries,
            direct=settings.upstream.direct_openai,
        )
        vectors = known_vectors() if local is not None else None

        def count_reload(result: str) -> None:
            metrics.policy_reloads.labels(result).inc()

        policy = PolicyHolder(
            Path(settings.policy),
            known_models=router.model_names,
            known_vectors=vectors,
            on_reload=count_reload,
        )
        shadow = (
            PolicyHolder(
                settings.shadow_policy, known_models=router.model_names, known_vectors=vectors
            )
            if settings.shadow_policy is not None
            else None
        )

        def observe_commit(seconds: float, _records: int) -> None:
            metrics.decision_write_seconds.observe(seconds)

        store = DecisionStore(
            settings.decisions_db,
            sync=settings.decision_store.sync,
            shared=settings.decision_store.shared,
            on_commit=observe_commit,
        )
        store.open()
        if not multiprocess_metrics():  # a callback gauge cannot be shared between processes
            metrics.decision_queue.set_function(lambda: store.queue_depth)
        if local is not None:
            await anyio.to_thread.run_sync(local.wait_ready)
    except BaseException:
        if local is not None:
            local.stop()
        raise
    return GatewayState(
        settings, policy, stage, router, store, metrics, shadow=shadow, local_model=local
    )


def create_app(settings: GatewaySettings) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state = await build_state(settings)
        app.state.gateway = state
        # Everything built so far lives as long as the process: move it out of the collector's
        # reach so a full collection never walks it (a 2-core VM paid ~0.2 s per full pass).
        gc.collect()
        gc.freeze()
        log.info(
            "gateway_ready",
            policy=state.policy.active.version,
            models=state.router.model_names,
            classifier=state.classifier.classifier is not None,
        )
        holders = [h for h in (state.policy, state.shadow) if h is not None]
        watcher = (
            asyncio.create_task(watch_policy(holders, settings.policy_watch_interval_s))
            if settings.policy_watch_interval_s > 0
            else None
        )
        try:
            yield
        finally:
            if watcher is not None:
                watcher.cancel()
            await state.router.aclose()
            state.store.close()
            state.classifier.executor.shutdown(wait=False, cancel_futures=True)
            if state.local_model is not None:
                state.local_model.stop()

    configure_logging(settings.log_level)
    app = FastAPI(title="safety-gateway", version=__version__, lifespan=lifespan)
    install_error_handlers(app)
    app.router.routes.append(chat.route)
    for module in (models, classify, decisions, health, admin):
        app.include_router(module.router)
    app.add_middleware(AuthMiddleware, authenticator=Authenticator(settings.auth))
    app.add_middleware(
        RequestContextMiddleware,
        max_body_bytes=settings.limits.max_body_bytes,
        access_log=settings.access_log,
    )
    return app


SETTINGS_FILE_ENV = "GATEWAY_SETTINGS_FILE"


def create_app_from_env() -> FastAPI:
    """The factory each ``serve --workers`` process calls: settings come from the JSON file the
    parent wrote (``SETTINGS_FILE_ENV``), so every worker runs exactly the parent's settings."""
    import os

    path = Path(os.environ[SETTINGS_FILE_ENV])
    return create_app(GatewaySettings.model_validate_json(path.read_text(encoding="utf-8")))
