"""Policy test cases: prompts with the route a policy must give them (per tenant).

A case file is YAML: ``cases: [{name, prompt | messages, tenant?, model?, expect: route}]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from classifiers.runtime import DomainClassifier
from gateway.pipeline.conversation import user_turns
from gateway.policy.engine import CompiledPolicy


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = ""
    prompt: str | None = None
    messages: list[dict[str, Any]] | None = None
    tenant: str | None = None
    model: str = "primary-model"
    expect: Literal["primary", "fallback", "degraded", "block"]
    expect_domain: str | None = None

    @model_validator(mode="after")
    def _one_input(self) -> Case:
        if (self.prompt is None) == (self.messages is None):
            raise ValueError("give exactly one of `prompt` or `messages`")
        return self

    def turns(self) -> list[str]:
        if self.prompt is not None:
            return [self.prompt]
        return user_turns(self.messages or [])


class CaseFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cases: list[Case] = Field(min_length=1)


@dataclass(frozen=True)
class CaseResult:
    case: Case
    route: str
    domain: str
    scores: dict[str, float]

    @property
    def passed(self) -> bool:
        return self.route == self.case.expect and (
            self.case.expect_domain is None or self.case.expect_domain == self.domain
        )


def load_cases(path: Path) -> CaseFile:
    return CaseFile.model_validate(yaml.safe_load(path.read_text()))


def run_cases(
    cases: CaseFile, policy: CompiledPolicy, classifier: DomainClassifier
) -> list[CaseResult]:
    results = []
    for case in cases.cases:
        out = classifier.classify(case.turns())
        d = policy.decide(out.scores, case.model, case.tenant, out.stage)
        results.append(CaseResult(case, d.route, d.domain, out.scores))
    return results
