"""Pydantic models for a routing policy file (``policies/*.yaml``).

Invariants: every one of the six domains has a rule (missing ones are filled from defaults and
``general`` is always ``primary`` unless stated); thresholds lie in [0, 1]; a tenant override may
only name known domains. The schema is documented with an annotated example in the README.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from classifiers.labels import LABELS, Domain

Route = Literal["primary", "fallback", "degraded", "block"]

# Most restrictive first: when several domains are over threshold, the earliest route wins.
MISSING_DOMAINS = "every domain needs a rule"

ROUTE_SEVERITY: dict[str, int] = {"block": 3, "fallback": 2, "degraded": 1, "primary": 0}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DomainRule(_Strict):
    route: Route
    threshold: float = Field(0.5, ge=0.0, le=1.0)  # calibrated probability needed to apply


class DegradedTier(_Strict):
    model: str  # a model_name in the model list: the local model server
    vector: str | None = None  # steering vector name (a file in the vectors folder)
    strength: float = Field(0.0, ge=-64.0, le=64.0)


class Disclosure(_Strict):
    headers: bool = True  # always true in practice: the headers are the contract
    note: bool = False  # also add a short note to the response body (`gateway_disclosure`)


class TenantOverride(_Strict):
    domains: dict[Domain, DomainRule] = Field(default_factory=dict)
    fallback_model: str | None = None


class Policy(_Strict):
    name: str = "unnamed"
    description: str = ""
    fallback_model: str  # model_name used for the `fallback` route
    fallback_chain: list[str] = Field(default_factory=list)  # tried in order if it fails
    degraded: DegradedTier
    domains: dict[Domain, DomainRule]
    on_classifier_error: Literal["fail_closed", "fail_open"] = "fail_closed"
    # A conversation with text but nothing the classifier can read (a script outside its
    # vocabulary with no glossary word, no Latin-script run): "general" routes it as general
    # traffic; a route name (e.g. fallback) sends it there instead, failing closed.
    on_unreadable: Literal["general"] | Route = "general"
    disclosure: Disclosure = Field(default_factory=Disclosure)
    retain_prompts: bool = False  # off: only a content hash of the conversation is stored
    block_message: str = (
        "This request was blocked by the gateway's routing policy for the {domain} domain."
    )
    tenants: dict[str, TenantOverride] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _all_domains(self) -> Policy:
        missing = [d for d in LABELS if d not in self.domains]
        if missing:
            raise ValueError(
                f"{MISSING_DOMAINS}; missing: {', '.join(missing)} "
                f"(add e.g. `{missing[0]}: {{route: fallback, threshold: 0.5}}`)"
            )
        return self
