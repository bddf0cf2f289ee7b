"""Issue 5.2: when the classifier is broken, missing, raises or times out, the policy's
``on_classifier_error`` applies exactly (fail_closed → the fallback route, fail_open → primary),
the decision records ``outcome: classifier_error``, and ``gateway_classifier_failures_total``
counts it. Each failure kind runs in its own real gateway process; both modes are exercised on
each by editing the policy file and reloading it (``POST /admin/policy/reload``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import onnx
import pytest
import yaml
from onnx import TensorProto, helper

from tests.reliability_helpers import (
    POLICY,
    GatewayProcess,
    entry,
    metric_value,
    recording_upstream,
    spawn_gateway,
    stop,
    upstream_calls,
    wait_ready,
    write_config,
)

FAILURES = "gateway_classifier_failures_total"
# Long enough that it is never answered by stage 1 inline on the event loop (over 8 windows:
# it goes to the worker pool, where the timeout applies) and that classification always
# outlasts a microsecond timeout instead of racing it.
PROMPT = " ".join(["Write a short haiku about autumn leaves falling on a quiet lake."] * 120)
KINDS = ("missing", "corrupt", "raises", "timeout")


def shape_breaking_onnx(path: Path) -> None:
    """A *valid* ONNX model with the classifier's inputs but a (batch,) output instead of
    (batch, 6): it loads fine, so the gateway is ready, and every classification then raises."""
    ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"])
    mask = helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])
    out = helper.make_tensor_value_info("probs", TensorProto.FLOAT, ["batch"])
    axes = helper.make_tensor("axes", TensorProto.INT64, [1], [1])
    graph = helper.make_graph(
        [
            helper.make_node("ReduceSum", ["input_ids", "axes"], ["sum"], keepdims=0),
            helper.make_node("Cast", ["sum"], ["probs"], to=TensorProto.FLOAT),
        ],
        "broken",
        [ids, mask],
        [out],
        initializer=[axes],
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)


def artifacts_for(kind: str, good: Path, tmp: Path) -> Path:
    """An artifacts folder broken in the way ``kind`` names (``timeout``: the real one)."""
    if kind == "timeout":
        return good
    target = tmp / f"artifacts-{kind}"
    if kind == "missing":
        return target  # never created
    target.mkdir()
    # Copy the folder's layout whatever it is, then break every ONNX graph in it.
    for src in good.iterdir():
        if src.is_file() and src.suffix != ".onnx":
            shutil.copy(src, target / src.name)
    for src in good.glob("*.onnx"):
        if kind == "corrupt":
            # A truncated, garbled copy: what a bad download or a full disk leaves behind.
            head = src.read_bytes()[:2048]
            (target / src.name).write_bytes(head + b"\x00garbage\xff" * 64)
        else:
            shape_breaking_onnx(target / src.name)
    return target


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with recording_upstream(tmp_path_factory.mktemp("upstream")) as base:
        yield base


@pytest.fixture(scope="module")
def gateways(
    tmp_path_factory: pytest.TempPathFactory, upstream: str, classifier_dir: Path
) -> Iterator[dict[str, GatewayProcess]]:
    """One gateway per failure kind, started side by side (start-up dominates the cost)."""
    v1 = f"{upstream}/v1"
    models = [entry(n, n, v1) for n in ("gpt-test", "safe-fallback", "steered")]
    started: dict[str, GatewayProcess] = {}
    try:
        for kind in KINDS:
            tmp = tmp_path_factory.mktemp(f"clf-{kind}")
            artifacts = artifacts_for(kind, classifier_dir, tmp)
            config = write_config(
                tmp,
                artifacts,
                models,
                classifier={
                    "artifacts_dir": str(artifacts),
                    "build_if_missing": False,
                    "timeout_s": 0.000001 if kind == "timeout" else 5.0,
                },
            )
            # A classifier that failed to load leaves /readyz at 503 by design: wait on /healthz.
            ready = "/healthz" if kind in ("missing", "corrupt") else "/readyz"
            started[kind] = spawn_gateway(config, tmp / "data", ready=ready)
        for gw in started.values():
            wait_ready(gw)
        yield started
    finally:
        for gw in started.values():
            stop(gw)


def set_mode(gw: GatewayProcess, mode: str) -> None:
    policy = dict(POLICY) | {"on_classifier_error": mode}
    (gw.data_dir.parent / "policy.yaml").write_text(yaml.safe_dump(policy))
    r = httpx.post(f"{gw.base}/admin/policy/reload", timeout=30)
    assert r.status_code == 200, r.text
    assert httpx.get(f"{gw.base}/admin/policy").json()["policy"]["on_classifier_error"] == mode


def chat(gw: GatewayProcess, stream: bool = False) -> httpx.Response:
    return httpx.post(
        f"{gw.base}/v1/chat/completions",
        json={
            "model": "gpt-test",
            "stream": stream,
            "messages": [{"role": "user", "content": PROMPT}],
        },
        timeout=30,
    )


def record(gw: GatewayProcess, decision_id: str) -> dict[str, Any]:
    r = httpx.get(f"{gw.base}/v1/decisions/{decision_id}", timeout=10)
    assert r.status_code == 200, r.text
    return dict(r.json())


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("mode", "route", "model"),
    [("fail_closed", "fallback", "safe-fallback"), ("fail_open", "primary", "gpt-test")],
)
def test_classifier_failure_follows_policy(
    gateways: dict[str, GatewayProcess],
    upstream: str,
    kind: str,
    mode: str,
    route: str,
    model: str,
) -> None:
    gw = gateways[kind]
    set_mode(gw, mode)
    before_failures = metric_value(gw.base, FAILURES)
    before_calls = upstream_calls(upstream)
    for stream in (False, True):
        r = chat(gw, stream=stream)
        assert r.status_code == 200, r.text
        assert r.headers["x-gateway-route"] == route
        assert r.headers["x-gateway-domain"] == "unknown"
        assert r.headers["x-gateway-model"] == model
        if stream:
            assert r.text.rstrip().endswith("data: [DONE]")
        else:
            assert r.json()["choices"][0]["message"]["content"] == f"answered by {model}"
        rec = record(gw, r.headers["x-gateway-decision-id"])
        assert rec["outcome"] == "classifier_error"
        assert (rec["route"], rec["model"], rec["label"]) == (route, model, "unknown")
        assert rec["reason"].startswith(f"{mode}:")
        assert rec["error"], "the record must say why the classifier failed"
        assert rec["scores"] == {}
    after = upstream_calls(upstream)
    assert after.get(model, 0) - before_calls.get(model, 0) == 2
    other = "gpt-test" if model == "safe-fallback" else "safe-fallback"
    assert after.get(other, 0) == before_calls.get(other, 0), "the other route was taken"
    assert metric_value(gw.base, FAILURES) - before_failures == 2


def test_readiness_reports_a_classifier_that_did_not_load(
    gateways: dict[str, GatewayProcess],
) -> None:
    """Operators see the broken classifier: /readyz is 503 while the gateway keeps serving."""
    for kind in ("missing", "corrupt"):
        r = httpx.get(f"{gateways[kind].base}/readyz")
        assert r.status_code == 503 and r.json()["checks"]["classifier"] is False
    for kind in ("raises", "timeout"):
        assert httpx.get(f"{gateways[kind].base}/readyz").status_code == 200


def test_classify_endpoint_reports_the_failure_route(
    gateways: dict[str, GatewayProcess],
) -> None:
    """``/v1/classify`` answers what a chat request would get: label ``unknown`` and the route
    of the fail mode, never a 5xx or a silent ``general``."""
    for gw in gateways.values():
        set_mode(gw, "fail_closed")
        r = httpx.post(f"{gw.base}/v1/classify", json={"input": PROMPT}, timeout=30)
        assert r.status_code == 200, r.text
        body = r.json()
        assert (body["label"], body["route"], body["scores"]) == ("unknown", "fallback", {})
