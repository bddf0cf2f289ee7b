"""Request-scoped accessors: the app state and the caller's identity."""

from __future__ import annotations

from fastapi import Request

from gateway.pipeline.chat import RequestContext
from gateway.state import GatewayState


def get_state(request: Request) -> GatewayState:
    state: GatewayState = request.app.state.gateway
    return state


def request_context(request: Request) -> RequestContext:
    request_id = request.scope.get("state", {}).get("request_id", "")
    tenant = request.scope.get("state", {}).get("tenant")
    return RequestContext(request_id=request_id, tenant=tenant)


def tenant_scope(request: Request) -> str | None:
    """The tenant whose decisions this caller may see; None means all (admin or open mode)."""
    state = request.scope.get("state", {})
    if state.get("admin", True):
        return None
    tenant: str | None = state.get("tenant")
    return tenant if tenant is not None else ""
