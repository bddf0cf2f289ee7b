"""GET /healthz (the process is up) and GET /readyz (it can classify, decide and record)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import JSONResponse

from gateway.api.deps import get_state

router = APIRouter()


@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz")
async def readyz(request: Request) -> JSONResponse:
    state = get_state(request)
    checks: dict[str, Any] = {
        "classifier": state.classifier.classifier is not None,
        "policy": state.policy.active.version,
        "decision_store": state.store.queue_depth >= 0,
        "local_model": (
            state.local_model.proc is not None and state.local_model.proc.poll() is None
            if state.local_model is not None
            else None
        ),
    }
    ready = checks["classifier"] and checks["local_model"] is not False
    return JSONResponse(
        {"status": "ready" if ready else "not_ready", "checks": checks},
        status_code=200 if ready else 503,
    )
