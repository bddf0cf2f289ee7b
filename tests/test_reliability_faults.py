"""Issue 5.3 and 5.7: upstream faults and secrets, through one real gateway process.

Faults (connection refused, timeout, 5xx, 429) move a request to the next model of its route's
chain before any byte reached the client; with no model left the client gets a clear 502/504 in
the OpenAI envelope; a stream that breaks midway ends with an error event and ``[DONE]``, never a
hang; every case leaves a decision record. A high-risk request never reaches the primary model
when its fallback chain fails. Keys (client, admin, upstream) never appear in logs, decision
records or error messages.

Routing is pinned by tenant so that it does not depend on the classifier's quality: tenant
``acme`` (the default rules, every risk domain at threshold 0: every request is high-risk) and
tenant ``open`` (every domain ``primary``). The recording upstream counts calls per model, which
is what proves a model was or was not reached.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.reliability_helpers import (
    POLICY,
    GatewayProcess,
    entry,
    recording_upstream,
    running_gateway,
    upstream_calls,
    write_config,
)
from tests.servers import free_port

ACME_KEY = "sk-client-acme-7f3a9c1e5b2d4f60a8e1"
OPEN_KEY = "sk-client-open-2b8d6e4f1a3c5e7092bd"
ADMIN_KEY = "sk-admin-9e1c3b5d7f2a4c6e8b0d"
WRONG_KEY = "sk-client-wrong-5a7c9e1b3d5f7a9c1e3b"
PRIMARY_UPSTREAM_KEY = "sk-upstream-primary-4d6f8a0c2e4b6d8f"
ECHO_UPSTREAM_KEY = "sk-upstream-echo-1c3e5a7b9d1f3a5c"
SECRETS = (ACME_KEY, OPEN_KEY, ADMIN_KEY, WRONG_KEY, PRIMARY_UPSTREAM_KEY, ECHO_UPSTREAM_KEY)
UPSTREAM_TIMEOUT_S = 1.0
PROMPT = "Please summarise the attached meeting notes in three bullet points."
ALL_PRIMARY = {d: {"route": "primary", "threshold": 0.5} for d in POLICY["domains"]}


def sha(key: str) -> str:
    import hashlib

    return hashlib.sha256(key.encode()).hexdigest()


def policy(fallback_model: str, chain: list[str]) -> dict[str, Any]:
    domains = {d: {"route": "fallback", "threshold": 0.0} for d in POLICY["domains"]}
    domains["general"] = {"route": "primary"}
    return dict(POLICY) | {
        "fallback_model": fallback_model,
        "fallback_chain": chain,
        "domains": domains,
        "tenants": {"open": {"domains": ALL_PRIMARY}},
    }


# fallback model refused, then a timeout, a 500 and a 429, then a model that answers.
RESCUE_CHAIN = ("refused", ["slow", "broken", "limited", "safe-fallback"])
# every model of the chain fails: nothing may fall through to primary.
DOOMED_CHAIN = ("refused", ["broken", "limited"])


@pytest.fixture(scope="module")
def upstream(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with recording_upstream(tmp_path_factory.mktemp("upstream")) as base:
        yield base


@pytest.fixture(scope="module")
def evil(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Where a hostile client would like the gateway to send its upstream key."""
    with recording_upstream(tmp_path_factory.mktemp("evil")) as base:
        yield base


@pytest.fixture(scope="module")
def gw(
    tmp_path_factory: pytest.TempPathFactory, upstream: str, classifier_dir: Path
) -> Iterator[GatewayProcess]:
    tmp = tmp_path_factory.mktemp("faults")
    v1 = f"{upstream}/v1"
    closed = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    models = [
        entry("gpt-test", "gpt-test", v1, PRIMARY_UPSTREAM_KEY),
        entry("safe-fallback", "safe-fallback", v1),
        entry("steered", "steered", v1),
        entry("refused", "refused", closed),
        entry("slow", "slow-5000", v1),
        entry("broken", "fail-500", v1),
        entry("limited", "fail-429", v1),
        entry("flaky-stream", "break-stream", v1),
        entry("stalled-stream", "stall-stream", v1),
        entry("echo", "echo-key-401", v1, ECHO_UPSTREAM_KEY),
    ]
    config = write_config(
        tmp,
        classifier_dir,
        models,
        policy(*RESCUE_CHAIN),
        upstream={"timeout_s": UPSTREAM_TIMEOUT_S, "num_retries": 0},
        auth={
            "keys": [
                {"sha256": sha(ACME_KEY), "tenant": "acme"},
                {"sha256": sha(OPEN_KEY), "tenant": "open"},
            ],
            "admin_keys_sha256": [sha(ADMIN_KEY)],
        },
    )
    with running_gateway(config, tmp / "data", ready="/healthz") as proc:
        yield proc


def use_policy(gw: GatewayProcess, fallback_model: str, chain: list[str]) -> None:
    (gw.data_dir.parent / "policy.yaml").write_text(yaml.safe_dump(policy(fallback_model, chain)))
    r = httpx.post(f"{gw.base}/admin/policy/reload", headers=auth(ADMIN_KEY), timeout=30)
    assert r.status_code == 200, r.text


def auth(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}"}


def chat(
    gw: GatewayProcess, key: str, model: str = "gpt-test", stream: bool = False, **extra: Any
) -> httpx.Response:
    body = {"model": model, "stream": stream, "messages": [{"role": "user", "content": PROMPT}]}
    return httpx.post(
        f"{gw.base}/v1/chat/completions", json=body | extra, headers=auth(key), timeout=30
    )


def record(gw: GatewayProcess, r: httpx.Response) -> dict[str, Any]:
    got = httpx.get(
        f"{gw.base}/v1/decisions/{r.headers['x-gateway-decision-id']}", headers=auth(ADMIN_KEY)
    )
    assert got.status_code == 200, got.text
    return dict(got.json())


def assert_envelope(r: httpx.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert set(err) == {"message", "type", "param", "code"}
    return dict(err)


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {
        k: after.get(k, 0) - before.get(k, 0) for k in after if after.get(k, 0) != before.get(k, 0)
    }


@pytest.mark.parametrize("stream", [False, True])
def test_each_fault_moves_to_the_next_model_before_any_byte(
    gw: GatewayProcess, upstream: str, stream: bool
) -> None:
    use_policy(gw, *RESCUE_CHAIN)
    before = upstream_calls(upstream)
    r = chat(gw, ACME_KEY, stream=stream)
    assert r.status_code == 200, r.text
    assert r.headers["x-gateway-route"] == "fallback"
    assert r.headers["x-gateway-model"] == "safe-fallback"
    if stream:
        assert r.text.count("data: ") >= 3 and r.text.rstrip().endswith("data: [DONE]")
        assert "error" not in r.text
    else:
        assert r.json()["choices"][0]["message"]["content"] == "answered by safe-fallback"
    # refused never reached the upstream; the timeout, the 500 and the 429 each did, once.
    assert delta(before, upstream_calls(upstream)) == {
        "slow-5000": 1,
        "fail-500": 1,
        "fail-429": 1,
        "safe-fallback": 1,
    }
    rec = record(gw, r)
    assert (rec["route"], rec["model"], rec["outcome"]) == ("fallback", "safe-fallback", "ok")


@pytest.mark.parametrize(
    ("model", "status", "needle"),
    [
        ("refused", 502, "refused"),
        ("slow", 504, "timed out"),
        ("broken", 502, "500"),
        ("limited", 502, "429"),
    ],
)
@pytest.mark.parametrize("stream", [False, True])
def test_primary_fault_is_a_clear_502_or_504(
    gw: GatewayProcess, model: str, status: int, needle: str, stream: bool
) -> None:
    r = chat(gw, OPEN_KEY, model=model, stream=stream)
    err = assert_envelope(r, status)
    assert err["type"] == "upstream_error"
    assert model in err["message"] and needle in err["message"]
    assert r.headers["x-gateway-route"] == "primary"
    rec = record(gw, r)
    assert (rec["outcome"], rec["status_code"], rec["model"]) == ("upstream_error", status, None)
    assert rec["error"]


@pytest.mark.parametrize("model", ["flaky-stream", "stalled-stream"])
def test_midstream_failure_ends_with_error_event_then_done(gw: GatewayProcess, model: str) -> None:
    # httpx's timeout bounds the wait: a hang fails the test instead of stalling the suite.
    r = chat(gw, OPEN_KEY, model=model, stream=True)
    assert r.status_code == 200
    events = [e.removeprefix("data: ") for e in r.text.strip().split("\n\n")]
    assert events[-1] == "[DONE]"
    error = json.loads(events[-2])["error"]
    assert error["type"] == "upstream_error" and model in error["message"]
    assert any('"answered' in e for e in events[:-2]), "the first chunks were forwarded"
    rec = record(gw, r)
    assert rec["outcome"] == "upstream_error" and "stream interrupted" in rec["error"]


@pytest.mark.parametrize("stream", [False, True])
def test_high_risk_never_reaches_primary_when_its_fallbacks_fail(
    gw: GatewayProcess, upstream: str, stream: bool
) -> None:
    use_policy(gw, *DOOMED_CHAIN)
    before = upstream_calls(upstream)
    for _ in range(3):
        r = chat(gw, ACME_KEY, stream=stream)
        err = assert_envelope(r, 502)
        assert err["type"] == "upstream_error"
        assert r.headers["x-gateway-route"] == "fallback"
        rec = record(gw, r)
        assert (rec["route"], rec["outcome"], rec["model"]) == ("fallback", "upstream_error", None)
    assert delta(before, upstream_calls(upstream)) == {"fail-500": 3, "fail-429": 3}
    use_policy(gw, *RESCUE_CHAIN)


@pytest.mark.parametrize(
    "extra",
    [
        {"api_base": "EVIL"},
        {"base_url": "EVIL"},
        {"api_key": "client-supplied"},
        {"fallbacks": ["gpt-test"]},
        {"mock_response": "forged answer"},
        {
            "model_list": [
                {
                    "model_name": "safe-fallback",
                    "litellm_params": {"model": "openai/x", "api_base": "EVIL"},
                }
            ]
        },
    ],
)
def test_client_cannot_steer_the_upstream_call(
    gw: GatewayProcess, upstream: str, evil: str, extra: dict[str, Any]
) -> None:
    """litellm accepts provider overrides as keyword arguments; a client must not be able to
    send the gateway's upstream key elsewhere, forge an answer, or add a fallback to primary."""
    use_policy(gw, *DOOMED_CHAIN)
    body = json.loads(json.dumps(extra).replace("EVIL", f"{evil}/v1"))
    before = upstream_calls(upstream)
    r = chat(gw, ACME_KEY, **body)
    assert r.status_code in (400, 502), r.text
    assert "forged" not in r.text
    assert upstream_calls(evil) == {}
    assert "gpt-test" not in delta(before, upstream_calls(upstream))
    use_policy(gw, *RESCUE_CHAIN)


def test_keys_never_appear_in_logs_records_or_errors(gw: GatewayProcess) -> None:
    seen: list[str] = []

    def keep(r: httpx.Response) -> httpx.Response:
        seen.append(r.text + str(dict(r.headers)))
        return r

    assert keep(chat(gw, WRONG_KEY)).status_code == 401
    assert keep(httpx.get(f"{gw.base}/v1/models", headers=auth(WRONG_KEY))).status_code == 401
    r = keep(httpx.post(f"{gw.base}/v1/chat/completions", headers={"authorization": WRONG_KEY}))
    assert r.status_code == 401
    assert (
        keep(httpx.post(f"{gw.base}/admin/policy/reload", headers=auth(ACME_KEY))).status_code
        == 403
    )
    assert keep(chat(gw, ACME_KEY)).status_code == 200
    assert keep(chat(gw, OPEN_KEY, model="broken")).status_code == 502
    assert keep(chat(gw, OPEN_KEY, model="refused", stream=True)).status_code == 502
    keep(httpx.get(f"{gw.base}/v1/decisions", params={"limit": 1000}, headers=auth(ADMIN_KEY)))
    keep(httpx.get(f"{gw.base}/admin/policy", headers=auth(ADMIN_KEY)))
    keep(httpx.get(f"{gw.base}/metrics"))
    haystacks = {"responses": "\n".join(seen), "log": gw.log_text(), "store": store_text(gw)}
    for where, text in haystacks.items():
        for secret in (ACME_KEY, OPEN_KEY, ADMIN_KEY, WRONG_KEY, PRIMARY_UPSTREAM_KEY):
            assert secret not in text, f"{secret[:12]}... leaked into {where}"


def test_upstream_that_echoes_its_key_does_not_leak_it(gw: GatewayProcess) -> None:
    """Providers echo (part of) a rejected key in their error; the gateway must not pass the
    configured upstream key on to the client, into the record or into its log."""
    r = chat(gw, OPEN_KEY, model="echo")
    assert_envelope(r, 502)
    text = r.text + str(record(gw, r)) + gw.log_text() + store_text(gw)
    assert ECHO_UPSTREAM_KEY not in text


def store_text(gw: GatewayProcess) -> str:
    """Every byte of the decision store (WAL included), as text."""
    conn = sqlite3.connect(f"file:{gw.data_dir / 'decisions.sqlite3'}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT body FROM decisions").fetchall()
    finally:
        conn.close()
    raw = b"".join(p.read_bytes() for p in gw.data_dir.glob("decisions.sqlite3*"))
    return "\n".join(bytes(r[0]).decode() for r in rows) + raw.decode("latin-1")
