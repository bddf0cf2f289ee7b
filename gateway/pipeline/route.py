"""Stage 3: take the route — call the route's models in order until one answers.

A later model of the chain is tried only when the previous one failed before sending anything
(connection refused, timeout, 5xx, 429): once a byte of a stream has reached the client there
is no retry. A high-risk route never falls through to the primary model: the chain comes from
the route, and ``primary`` is not in a fallback chain unless the policy author put it there.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import structlog

from gateway.errors import InvalidRequest, UpstreamError
from gateway.policy.engine import RouteDecision
from gateway.upstream.router import UpstreamResult, UpstreamRouter

log = structlog.get_logger("gateway.route")

_GATEWAY_OWNED = ("model", "stream", "steering")


def upstream_params(body: dict[str, Any], decision: RouteDecision) -> dict[str, Any]:
    """The client's parameters, minus what the gateway owns, plus the route's steering."""
    params = {k: v for k, v in body.items() if k not in _GATEWAY_OWNED}
    if decision.route == "degraded" and decision.steering_vector is not None:
        extra = dict(params.pop("extra_body", None) or {})
        extra["steering"] = {
            "vector": decision.steering_vector,
            "strength": decision.steering_strength,
        }
        params["extra_body"] = extra
    return params


def crashed(exc: Exception) -> UpstreamError:
    """A bug on the upstream path: still an upstream failure in the envelope (so the request
    keeps its decision record), and logged with its stack."""
    log.error("upstream_path_crashed", exc_info=exc)
    return UpstreamError(
        f"the gateway failed calling the upstream ({type(exc).__name__}); see its log",
        code="gateway_upstream_failure",
    )


async def complete(
    router: UpstreamRouter, decision: RouteDecision, params: dict[str, Any]
) -> UpstreamResult:
    last: UpstreamError | None = None
    for model in decision.chain:
        try:
            return await router.complete(model, params)
        except InvalidRequest:
            raise
        except UpstreamError as exc:
            last = exc
        except Exception as exc:  # a bug, not an upstream fault: no other model is tried
            raise crashed(exc) from exc
    assert last is not None, "a route with models always has a non-empty chain"
    raise last


async def open_stream(
    router: UpstreamRouter, decision: RouteDecision, params: dict[str, Any]
) -> tuple[str, AsyncIterator[bytes]]:
    last: UpstreamError | None = None
    for model in decision.chain:
        try:
            return model, await router.stream(model, params)
        except InvalidRequest:
            raise
        except UpstreamError as exc:
            last = exc
        except Exception as exc:  # a bug, not an upstream fault: no other model is tried
            raise crashed(exc) from exc
    assert last is not None, "a route with models always has a non-empty chain"
    raise last
