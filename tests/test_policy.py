"""Policy files: every file in policies/ loads; problems are located; the decision rule holds."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gateway.errors import PolicyError
from gateway.policy.engine import CompiledPolicy
from gateway.policy.loader import load_policy, parse_policy
from tests.conftest import TEST_POLICY
from tests.servers import REPO

EMBEDDED_MODELS = ["smollm2", "smollm2-fallback", "smollm2-steered"]


@pytest.mark.parametrize("path", sorted((REPO / "policies").glob("*.yaml")), ids=lambda p: p.name)
def test_every_shipped_policy_loads(path: Path) -> None:
    vectors = [p.stem for p in (REPO / "steering" / "vectors").glob("*.safetensors")]
    loaded = load_policy(path, known_models=EMBEDDED_MODELS, known_vectors=vectors)
    assert len(loaded.version) == 16


def test_default_policy_routes() -> None:
    policy = load_policy(REPO / "policies" / "default.yaml").policy
    routes = {d: r.route for d, r in policy.domains.items()}
    assert routes == {
        "cybersecurity": "fallback",
        "biology": "fallback",
        "chemistry": "fallback",
        "distillation": "fallback",
        "frontier_ml": "degraded",
        "general": "primary",
    }
    assert policy.on_classifier_error == "fail_closed"


BROKEN = """\
name: broken
fallback_model: safe-fallback
degraded:
  model: steered
  vector: nope
domains:
  cybersecurity: {route: fallback, threshold: 1.5}
  biology: {route: teleport}
  chemistry: {route: block}
  distillation: {route: fallback}
  frontier_ml: {route: degraded}
  general: {route: primary}
  astrology: {route: block}
"""


def test_problems_are_located_with_line_and_field() -> None:
    with pytest.raises(PolicyError) as info:
        parse_policy(BROKEN.encode(), Path("broken.yaml"))
    problems = {p.field: p for p in info.value.problems}
    assert problems["domains.cybersecurity.threshold"].line == 7
    assert problems["domains.biology.route"].line == 8
    assert any(f.startswith("domains.astrology") for f in problems)
    assert all(p.file == "broken.yaml" for p in info.value.problems)


def test_unknown_model_and_vector_are_reported() -> None:
    raw = BROKEN.replace("threshold: 1.5", "threshold: 0.5").replace("teleport", "fallback")
    raw = raw.replace("  astrology: {route: block}\n", "")
    with pytest.raises(PolicyError) as info:
        parse_policy(raw.encode(), Path("p.yaml"), known_models=["steered"], known_vectors=["v1"])
    by_field = {p.field: p for p in info.value.problems}
    assert by_field["fallback_model"].line == 2
    assert "safe-fallback" in by_field["fallback_model"].reason
    assert by_field["degraded.vector"].line == 5


def test_yaml_syntax_error_has_a_line() -> None:
    with pytest.raises(PolicyError) as info:
        parse_policy(b"name: x\ndomains: {cybersecurity: [\n", Path("bad.yaml"))
    assert info.value.problems[0].line is not None


def compiled(policy: dict[str, object]) -> CompiledPolicy:
    return CompiledPolicy(parse_policy(yaml.safe_dump(policy).encode(), Path("t.yaml")))


def scores(**kw: float) -> dict[str, float]:
    base = dict.fromkeys(
        ("cybersecurity", "biology", "chemistry", "distillation", "frontier_ml"), 0.0
    )
    base |= kw
    base["general"] = max(0.0, 1.0 - sum(base.values()))
    return base


def test_most_restrictive_route_wins() -> None:
    p = compiled(TEST_POLICY)
    d = p.decide(scores(frontier_ml=0.6, cybersecurity=0.55), "gpt-test")
    assert (d.route, d.domain, d.model) == ("fallback", "cybersecurity", "safe-fallback")
    d = p.decide(scores(chemistry=0.51, cybersecurity=0.9), "gpt-test")
    assert (d.route, d.domain, d.model) == ("block", "chemistry", None)
    d = p.decide(scores(frontier_ml=0.7), "gpt-test")
    assert (d.route, d.steering_vector, d.steering_strength) == (
        "degraded",
        "frontier-nonoperational",
        2.0,
    )
    d = p.decide(scores(cybersecurity=0.49), "gpt-test")
    assert (d.route, d.domain, d.model) == ("primary", "general", "gpt-test")


def test_classifier_error_modes() -> None:
    closed = compiled(TEST_POLICY).on_classifier_error("gpt-test", None, "boom")
    assert (closed.route, closed.model) == ("fallback", "safe-fallback")
    opened = compiled(TEST_POLICY | {"on_classifier_error": "fail_open"})
    d = opened.on_classifier_error("gpt-test", None, "boom")
    assert (d.route, d.model) == ("primary", "gpt-test")


def test_unreadable_conversations_follow_on_unreadable() -> None:
    general = scores()  # what the classifier answers when it can read nothing
    default = compiled(TEST_POLICY).decide(general, "gpt-test", None, "unreadable")
    assert (default.route, default.model) == ("primary", "gpt-test")  # routed as general
    closed = compiled(TEST_POLICY | {"on_unreadable": "fallback"})
    d = closed.decide(general, "gpt-test", None, "unreadable")
    assert (d.route, d.model, d.domain) == ("fallback", "safe-fallback", "general")
    assert "unreadable" in d.reason
    # Only the unreadable stage is affected; a readable general conversation stays primary.
    assert closed.decide(general, "gpt-test", None, "static").route == "primary"


def test_on_unreadable_rejects_an_unknown_route() -> None:
    with pytest.raises(PolicyError, match="on_unreadable"):
        compiled(TEST_POLICY | {"on_unreadable": "fail_closed"})


def test_tenant_override_changes_only_that_tenant() -> None:
    policy = TEST_POLICY | {
        "tenants": {"lab": {"domains": {"biology": {"route": "primary", "threshold": 0.5}}}}
    }
    p = compiled(policy)
    s = scores(biology=0.9)
    assert p.decide(s, "gpt-test", "lab").route == "primary"
    assert p.decide(s, "gpt-test", "public").route == "fallback"
    assert p.decide(s, "gpt-test", None).route == "fallback"


def test_every_problem_is_reported_in_one_run() -> None:
    raw = b"name: x\nfallback_model: nope\ndegraded: {model: m, vector: zzz}\ndomains:\n  cybersecurity: {route: fallback, threshold: 2}\n"
    with pytest.raises(PolicyError) as info:
        parse_policy(raw, Path("x.yaml"), known_models=["m"], known_vectors=["v"])
    fields = {p.field for p in info.value.problems}
    assert {
        "domains.cybersecurity.threshold",
        "domains",
        "fallback_model",
        "degraded.vector",
    } <= fields
    missing = next(p for p in info.value.problems if p.field == "domains")
    assert "general" in missing.reason
