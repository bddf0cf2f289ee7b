"""Everything a request needs, built once in the app's lifespan and read by every request."""

from __future__ import annotations

from dataclasses import dataclass

from gateway.decisions.store import DecisionStore
from gateway.metrics import GatewayMetrics
from gateway.pipeline.classify import ClassifierStage
from gateway.policy.holder import PolicyHolder
from gateway.settings import GatewaySettings
from gateway.upstream.local import LocalModelProcess
from gateway.upstream.router import UpstreamRouter


@dataclass
class GatewayState:
    settings: GatewaySettings
    policy: PolicyHolder
    classifier: ClassifierStage
    router: UpstreamRouter
    store: DecisionStore
    metrics: GatewayMetrics
    shadow: PolicyHolder | None = None
    local_model: LocalModelProcess | None = None
