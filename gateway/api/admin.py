"""Admin endpoints: the active policy and reloading it, and Prometheus metrics."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Request
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.responses import JSONResponse, Response

from gateway.api.deps import get_state
from gateway.metrics import exposition_registry
from gateway.policy.holder import PolicyHolder

router = APIRouter()


def describe(holder: PolicyHolder) -> dict[str, Any]:
    active = holder.active
    return {
        "version": active.version,
        "path": str(holder.path),
        "reloads": holder.reloads,
        "rejected_reloads": holder.rejected,
        "last_error": holder.last_error,
        "policy": active.policy.model_dump(mode="json"),
    }


@router.get("/admin/policy")
async def get_policy(request: Request) -> dict[str, Any]:
    state = get_state(request)
    body = describe(state.policy)
    body["shadow"] = describe(state.shadow) if state.shadow is not None else None
    return body


@router.post("/admin/policy/reload")
async def reload_policy(request: Request) -> JSONResponse:
    state = get_state(request)
    changed, message = await anyio.to_thread.run_sync(state.policy.reload)
    if not changed and message != "unchanged":
        problems = state.policy.last_error
        return JSONResponse(
            {
                "error": {
                    "message": f"policy rejected; still serving version "
                    f"{state.policy.active.version}: {problems}",
                    "type": "invalid_request_error",
                    "param": "policy",
                    "code": "policy_invalid",
                }
            },
            status_code=422,
        )
    return JSONResponse(
        {"changed": changed, "version": state.policy.active.version, "message": message}
    )


@router.get("/metrics")
async def metrics(request: Request) -> Response:
    state = get_state(request)
    registry = exposition_registry(state.metrics.registry)
    return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
