"""GET /v1/models — the model names clients may ask for."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from gateway.api.deps import get_state

router = APIRouter()


@router.get("/v1/models")
async def list_models(request: Request) -> dict[str, Any]:
    state = get_state(request)
    return {
        "object": "list",
        "data": [
            {"id": name, "object": "model", "created": 0, "owned_by": "gateway"}
            for name in state.router.model_names
        ],
    }
