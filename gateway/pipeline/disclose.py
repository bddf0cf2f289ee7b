"""Stage 4: disclose the decision to the caller (headers on every completion, optional note).

Header contract (DESIGN.md): x-gateway-decision-id, x-gateway-route, x-gateway-domain,
x-gateway-policy, and server-timing with at least classify and upstream durations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from gateway.policy.engine import RouteDecision


@dataclass
class Timings:
    classify_ms: float | None = None
    policy_ms: float | None = None
    upstream_ms: float | None = None
    record_ms: float | None = None  # durable commit of the decision record
    extra: dict[str, float] = field(default_factory=dict)

    def server_timing(self) -> str:
        parts = [
            f"{name};dur={value:.3f}"
            for name, value in (
                ("classify", self.classify_ms),
                ("policy", self.policy_ms),
                ("upstream", self.upstream_ms),
                ("record", self.record_ms),
            )
            if value is not None
        ]
        parts += [f"{k};dur={v:.3f}" for k, v in self.extra.items()]
        return ", ".join(parts)


def decision_headers(
    decision_id: str,
    decision: RouteDecision,
    policy_version: str,
    timings: Timings,
    model_used: str | None,
) -> dict[str, str]:
    headers = {
        "x-gateway-decision-id": decision_id,
        "x-gateway-route": decision.route,
        "x-gateway-domain": decision.domain,
        "x-gateway-policy": policy_version,
        "server-timing": timings.server_timing(),
    }
    if model_used is not None:
        headers["x-gateway-model"] = model_used
    if decision.route == "degraded" and decision.steering_vector is not None:
        headers["x-gateway-steering-vector"] = decision.steering_vector
        headers["x-gateway-steering-strength"] = f"{decision.steering_strength:g}"
    return headers


def disclosure_note(decision: RouteDecision, model_used: str | None) -> dict[str, Any]:
    """The optional in-body note, for clients that never look at headers."""
    return {
        "route": decision.route,
        "domain": decision.domain,
        "model": model_used,
        "reason": decision.reason,
        "steering": (
            {"vector": decision.steering_vector, "strength": decision.steering_strength}
            if decision.route == "degraded"
            else None
        ),
    }
