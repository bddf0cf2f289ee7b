"""Shared fixtures: a real classifier build, a provider stand-in, and a real gateway process."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.servers import REPO, gateway_server, standin_server

CLASSIFIER_DIR = REPO / ".gateway" / "classifier"

TEST_POLICY = {
    "name": "test",
    "fallback_model": "safe-fallback",
    "degraded": {"model": "steered", "vector": "frontier-nonoperational", "strength": 2.0},
    "domains": {
        "cybersecurity": {"route": "fallback", "threshold": 0.5},
        "biology": {"route": "fallback", "threshold": 0.5},
        "chemistry": {"route": "block", "threshold": 0.5},
        "distillation": {"route": "fallback", "threshold": 0.5},
        "frontier_ml": {"route": "degraded", "threshold": 0.5},
        "general": {"route": "primary"},
    },
}


def model_entry(name: str, upstream: str, api_base: str) -> dict[str, object]:
    return {
        "model_name": name,
        "litellm_params": {"model": f"openai/{upstream}", "api_base": api_base, "api_key": "k"},
    }


@pytest.fixture(scope="session")
def classifier_dir() -> Path:
    """The real classifier, built once (the same artifacts `gateway serve` uses by default).

    GATEWAY_TEST_CLASSIFIER_DIR points the suite at an existing build instead (development)."""
    from classifiers.freshness import ensure_built

    override = os.environ.get("GATEWAY_TEST_CLASSIFIER_DIR")
    if override:
        return Path(override)
    return ensure_built(CLASSIFIER_DIR, progress=False)


@pytest.fixture(scope="session")
def standin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with standin_server(tmp_path_factory.mktemp("standin")) as base:
        yield base


def write_gateway_config(
    tmp: Path, api_base: str, classifier_dir: Path, policy: dict[str, object] | None = None
) -> Path:
    (tmp / "policy.yaml").write_text(yaml.safe_dump(policy or TEST_POLICY))
    config = {
        "policy": "policy.yaml",
        "model_list": [
            model_entry("gpt-test", "gpt-test", api_base),
            model_entry("safe-fallback", "safe-fallback", api_base),
            model_entry("steered", "steered", api_base),
            model_entry("broken", "fail-500", api_base),
            model_entry("flaky-stream", "break-stream", api_base),
        ],
        "local_model": {"enabled": False},
        "classifier": {"artifacts_dir": str(classifier_dir), "build_if_missing": False},
        "limits": {"max_body_bytes": 200_000, "max_messages": 50, "max_total_chars": 100_000},
    }
    path = tmp / "gateway.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


@pytest.fixture(scope="module")
def gateway(
    tmp_path_factory: pytest.TempPathFactory, standin: str, classifier_dir: Path
) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("gateway")
    config = write_gateway_config(tmp, standin, classifier_dir)
    with gateway_server(config, tmp / "data") as base:
        yield base
