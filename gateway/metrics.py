"""Prometheus metrics, one registry per app (so tests and several apps in a process never clash).

Label sets stay bounded: route (4), domain (7), outcome (6) and tenant (configured tenants).
"""

from __future__ import annotations

import os

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.multiprocess import MultiProcessCollector

_LATENCY_BUCKETS = (
    0.0005,
    0.001,
    0.002,
    0.005,
    0.01,
    0.025,
    0.05,
    0.1,
    0.25,
    0.5,
    1.0,
    2.5,
    5.0,
    10.0,
    30.0,
)


def multiprocess_metrics() -> bool:
    """True under ``serve --workers``: each process writes its samples to
    ``PROMETHEUS_MULTIPROC_DIR`` and ``/metrics`` adds up every worker's."""
    return bool(os.environ.get("PROMETHEUS_MULTIPROC_DIR"))


def exposition_registry(own: CollectorRegistry) -> CollectorRegistry:
    """What ``/metrics`` serves: this app's registry, or every worker's samples combined."""
    if not multiprocess_metrics():
        return own
    combined = CollectorRegistry()
    MultiProcessCollector(combined)  # type: ignore[no-untyped-call]
    return combined


class GatewayMetrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "gateway_requests",
            "Chat requests by decision",
            ["route", "domain", "tenant", "outcome"],
            registry=r,
        )
        self.classify_seconds = Histogram(
            "gateway_classify_seconds", "Classifier latency", buckets=_LATENCY_BUCKETS, registry=r
        )
        self.upstream_seconds = Histogram(
            "gateway_upstream_seconds",
            "Upstream latency (to first chunk for streams)",
            ["route"],
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.total_seconds = Histogram(
            "gateway_request_seconds",
            "Total time in the gateway per chat request",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.decision_write_seconds = Histogram(
            "gateway_decision_write_seconds",
            "Decision store group-commit latency",
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.decision_queue = Gauge(
            "gateway_decision_queue_depth",
            "Decisions waiting for the writer",
            registry=r,
            multiprocess_mode="livesum",
        )
        self.classifier_failures = Counter(
            "gateway_classifier_failures", "Classifier errors and timeouts", registry=r
        )
        self.policy_reloads = Counter(
            "gateway_policy_reloads", "Policy reloads by result", ["result"], registry=r
        )
