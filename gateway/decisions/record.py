"""The decision record: one per request, never skipped (DESIGN.md, "Decision record").

The raw conversation is not stored unless the policy says so: ``content_hash`` (sha256 of the
canonical JSON of the messages) lets an auditor match a record against a conversation they hold.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import orjson

Outcome = Literal[
    "ok", "upstream_error", "blocked", "client_error", "classifier_error", "client_closed"
]


def new_decision_id() -> str:
    return f"dec_{uuid.uuid4().hex}"


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def content_hash(messages: Any) -> str:
    return hashlib.sha256(orjson.dumps(messages, option=orjson.OPT_SORT_KEYS)).hexdigest()


@dataclass
class DecisionRecord:
    id: str
    timestamp: str
    tenant: str | None
    request_id: str
    endpoint: str
    policy_version: str
    scores: dict[str, float]
    label: str  # the classifier's top domain
    domain: str  # the domain that decided the route
    route: str
    reason: str
    requested_model: str | None
    model: str | None  # the model that actually answered (None when blocked or failed before)
    classifier_ms: float | None
    classifier_stage: str | None
    upstream_ms: float | None
    outcome: Outcome
    content_hash: str
    stream: bool = False
    status_code: int = 200
    error: str | None = None
    steering_vector: str | None = None
    steering_strength: float | None = None
    prompt: Any = None  # only when the policy retains prompts
    shadow: dict[str, Any] | None = None  # a shadow policy's decision, recorded, never enforced
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def canonical(self) -> bytes:
        """The bytes that are stored and hashed. orjson serialises the dataclass natively
        (no ``asdict`` deep copy on the hot path); nested dict keys are sorted."""
        return orjson.dumps(self, option=orjson.OPT_SORT_KEYS)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DecisionRecord:
        return cls(**data)
