"""The decision: scores in, route out. Pure and fast; compiled once per policy version.

Rule: every domain whose calibrated score reaches its threshold proposes its route; the most
restrictive proposal wins (block > fallback > degraded > primary). With none over threshold the
request is ``general``'s route. A classifier failure follows ``on_classifier_error``; a
conversation the classifier could not read (stage ``unreadable``) follows ``on_unreadable``.
"""

from __future__ import annotations

from dataclasses import dataclass

from classifiers.labels import LABELS, UNREADABLE
from gateway.policy.loader import LoadedPolicy
from gateway.policy.schema import ROUTE_SEVERITY, DomainRule, Policy, Route


@dataclass(frozen=True)
class RouteDecision:
    route: Route
    domain: str  # the domain that decided the route ("general" when none was over threshold)
    model: str | None  # the upstream model_name (None for block; the requested model for primary)
    chain: tuple[str, ...]  # models to try in order (first is `model`)
    threshold: float | None
    reason: str
    steering_vector: str | None = None
    steering_strength: float | None = None


@dataclass(frozen=True)
class _TenantView:
    rules: dict[str, DomainRule]
    fallback_model: str


class CompiledPolicy:
    def __init__(self, loaded: LoadedPolicy) -> None:
        self.loaded = loaded
        self.policy: Policy = loaded.policy
        self.version = loaded.version
        base: dict[str, DomainRule] = {d: self.policy.domains[d] for d in LABELS}
        self._views: dict[str | None, _TenantView] = {
            None: _TenantView(base, self.policy.fallback_model)
        }
        for tenant, override in self.policy.tenants.items():
            self._views[tenant] = _TenantView(
                base | dict(override.domains.items()),
                override.fallback_model or self.policy.fallback_model,
            )

    def decide(
        self,
        scores: dict[str, float],
        requested_model: str,
        tenant: str | None = None,
        stage: str | None = None,
    ) -> RouteDecision:
        view = self._views.get(tenant, self._views[None])
        if stage == UNREADABLE and self.policy.on_unreadable != "general":
            reason = "unreadable: the classifier could read none of the text (on_unreadable)"
            return self._route(
                self.policy.on_unreadable, "general", None, reason, requested_model, view
            )
        best: tuple[int, float, str] | None = None  # (severity, score, domain)
        for label in LABELS:
            if label == "general":
                continue
            rule = view.rules[label]
            score = scores.get(label, 0.0)
            if score >= rule.threshold:
                key = (ROUTE_SEVERITY[rule.route], score, label)
                if best is None or key[:2] > best[:2]:
                    best = key
        if best is None:
            domain = "general"
            rule = view.rules["general"]
            reason = "no domain reached its threshold"
        else:
            domain = best[2]
            rule = view.rules[domain]
            reason = f"{domain} score {scores.get(domain, 0.0):.3f} >= threshold {rule.threshold}"
        return self._route(rule.route, domain, rule.threshold, reason, requested_model, view)

    def on_classifier_error(
        self, requested_model: str, tenant: str | None, why: str
    ) -> RouteDecision:
        view = self._views.get(tenant, self._views[None])
        if self.policy.on_classifier_error == "fail_open":
            return self._route(
                "primary", "unknown", None, f"fail_open: {why}", requested_model, view
            )
        return self._route(
            "fallback", "unknown", None, f"fail_closed: {why}", requested_model, view
        )

    def _route(
        self,
        route: Route,
        domain: str,
        threshold: float | None,
        reason: str,
        requested_model: str,
        view: _TenantView,
    ) -> RouteDecision:
        if route == "block":
            return RouteDecision(route, domain, None, (), threshold, reason)
        if route == "fallback":
            chain = (view.fallback_model, *self.policy.fallback_chain)
            return RouteDecision(route, domain, chain[0], chain, threshold, reason)
        if route == "degraded":
            tier = self.policy.degraded
            return RouteDecision(
                route,
                domain,
                tier.model,
                (tier.model,),
                threshold,
                reason,
                steering_vector=tier.vector,
                steering_strength=tier.strength,
            )
        return RouteDecision(route, domain, requested_model, (requested_model,), threshold, reason)
