"""GET /v1/decisions and /v1/decisions/{id} — the decision log, tenant-scoped."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from fastapi import APIRouter, Query, Request

from gateway.api.deps import get_state, tenant_scope
from gateway.decisions.store import DecisionQuery
from gateway.errors import NotFound

router = APIRouter()


@router.get("/v1/decisions")
async def list_decisions(
    request: Request,
    tenant: str | None = None,
    route: str | None = None,
    domain: str | None = None,
    outcome: str | None = None,
    since: str | None = None,
    until: str | None = None,
    # SQLite integers are signed 64-bit: a larger cursor is a client error, not a crash.
    after_seq: int | None = Query(default=None, ge=0, le=2**63 - 1),
    limit: int = Query(default=100, ge=1, le=10_000),
) -> dict[str, Any]:
    state = get_state(request)
    scoped = tenant_scope(request)
    q = DecisionQuery(
        tenant=scoped if scoped is not None else tenant,
        route=route,
        domain=domain,
        outcome=outcome,
        since=since,
        until=until,
        after_seq=after_seq,
        limit=limit,
    )
    rows = await anyio.to_thread.run_sync(state.store.query, q)
    return {"object": "list", "data": rows}


@router.get("/v1/decisions/{decision_id}")
async def get_decision(request: Request, decision_id: str) -> dict[str, Any]:
    state = get_state(request)
    row = await anyio.to_thread.run_sync(state.store.get, decision_id)
    scoped = tenant_scope(request)
    if row is None or (scoped is not None and row.get("tenant") != scoped):
        raise NotFound(f"no decision with id {decision_id!r}", param="decision_id")
    return dict(row)
