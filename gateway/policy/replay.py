"""Replay: re-decide stored decisions under a candidate policy, from their stored scores.

No classifier runs and no upstream is called: the question is only "which routes would change",
so a security team can see the effect of an edit on real past traffic before deploying it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from gateway.policy.engine import CompiledPolicy


@dataclass
class ReplayReport:
    total: int = 0
    changed: int = 0
    by_transition: Counter[tuple[str, str]] = field(default_factory=Counter)
    by_domain: Counter[str] = field(default_factory=Counter)
    by_tenant: Counter[str] = field(default_factory=Counter)
    examples: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "changed": self.changed,
            "by_transition": {f"{a}->{b}": n for (a, b), n in self.by_transition.most_common()},
            "by_domain": dict(self.by_domain.most_common()),
            "by_tenant": dict(self.by_tenant.most_common()),
            "examples": self.examples,
        }


def replay(
    records: Iterable[dict[str, Any]], candidate: CompiledPolicy, max_examples: int = 10
) -> ReplayReport:
    report = ReplayReport()
    for rec in records:
        if rec.get("endpoint") != "chat.completions":
            continue
        report.total += 1
        requested = rec.get("requested_model") or ""
        tenant = rec.get("tenant")
        scores = rec.get("scores") or {}
        new = (
            candidate.decide(scores, requested, tenant, rec.get("classifier_stage"))
            if scores
            else candidate.on_classifier_error(requested, tenant, "classifier failed originally")
        )
        if new.route == rec["route"]:
            continue
        report.changed += 1
        report.by_transition[(rec["route"], new.route)] += 1
        report.by_domain[new.domain if new.domain != "general" else rec["domain"]] += 1
        report.by_tenant[tenant or "(none)"] += 1
        if len(report.examples) < max_examples:
            report.examples.append(
                {
                    "id": rec["id"],
                    "tenant": tenant,
                    "old_route": rec["route"],
                    "new_route": new.route,
                    "domain": new.domain,
                    "reason": new.reason,
                }
            )
    return report
