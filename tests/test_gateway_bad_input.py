"""Bad input gets a 4xx in the OpenAI error envelope naming the problem — never a 5xx."""

from __future__ import annotations

import httpx
import openai
import pytest


def envelope(r: httpx.Response) -> dict[str, object]:
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    return dict(body["error"])


def post(base: str, content: bytes | str, ctype: str = "application/json") -> httpx.Response:
    return httpx.post(
        f"{base}/v1/chat/completions", content=content, headers={"content-type": ctype}
    )


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        (b"{not json", 400, "not valid JSON"),
        (b"", 400, "empty"),
        (b"[1, 2]", 400, "JSON object"),
        (b'{"messages": [{"role": "user", "content": "hi"}]}', 400, "model"),
        (b'{"model": "gpt-test"}', 400, "messages"),
        (b'{"model": "gpt-test", "messages": []}', 400, "messages"),
        (b'{"model": "gpt-test", "messages": "hello"}', 400, "messages"),
        (b'{"model": 5, "messages": [{"role": "user", "content": "hi"}]}', 400, "model"),
        (b'{"model": "gpt-test", "messages": [{"role": "wizard", "content": "hi"}]}', 400, "role"),
        (b'{"model": "gpt-test", "messages": [{"role": "user", "content": ""}]}', 400, "empty"),
        (
            b'{"model": "gpt-test", "messages": [{"role": "user", "content": "x"}], "temperature": 9}',
            400,
            "temperature",
        ),
        (b'{"model": "nope", "messages": [{"role": "user", "content": "hi"}]}', 404, "nope"),
        (
            b'{"model": "gpt-test", "messages": [{"role": "user", "content": "\xff\xfe"}]}',
            400,
            "JSON",
        ),
        (b"[" * 5000 + b"]" * 5000, 400, "JSON"),
    ],
)
def test_bad_bodies(gateway: str, body: bytes, status: int, needle: str) -> None:
    r = post(gateway, body)
    assert r.status_code == status, r.text
    err = envelope(r)
    assert needle.lower() in str(err["message"]).lower()


def test_oversized_body_is_413(gateway: str) -> None:
    big = (
        '{"model": "gpt-test", "messages": [{"role": "user", "content": "' + "a" * 300_000 + '"}]}'
    )
    r = post(gateway, big)
    assert r.status_code == 413
    assert "max_body_bytes" in str(envelope(r)["message"])


def test_too_many_messages_and_chars(gateway: str) -> None:
    r = httpx.post(
        f"{gateway}/v1/chat/completions",
        json={"model": "gpt-test", "messages": [{"role": "user", "content": "hi"}] * 51},
    )
    assert r.status_code == 400 and "max_messages" in str(envelope(r)["message"])
    r = httpx.post(
        f"{gateway}/v1/chat/completions",
        json={"model": "gpt-test", "messages": [{"role": "user", "content": "b" * 40_000}] * 3},
    )
    assert r.status_code == 413 and "max_total_chars" in str(envelope(r)["message"])


def test_wrong_content_type_is_415(gateway: str) -> None:
    r = post(gateway, "model=gpt-test", ctype="application/x-www-form-urlencoded")
    assert r.status_code == 415
    assert "application/json" in str(envelope(r)["message"])


def test_unknown_route_and_method(gateway: str) -> None:
    assert httpx.get(f"{gateway}/v1/nothing").status_code == 404
    envelope(httpx.get(f"{gateway}/v1/nothing"))
    r = httpx.get(f"{gateway}/v1/chat/completions")
    assert r.status_code == 405
    envelope(r)


def test_unknown_model_via_openai_client(gateway: str) -> None:
    c = openai.OpenAI(base_url=f"{gateway}/v1", api_key="x", max_retries=0)
    with pytest.raises(openai.NotFoundError) as info:
        c.chat.completions.create(model="gpt-9", messages=[{"role": "user", "content": "hi"}])
    assert "gpt-9" in str(info.value)


def test_unknown_decision_is_404(gateway: str) -> None:
    r = httpx.get(f"{gateway}/v1/decisions/dec_missing")
    assert r.status_code == 404
    envelope(r)


def test_classify_bad_input(gateway: str) -> None:
    r = httpx.post(f"{gateway}/v1/classify", json={})
    assert r.status_code == 400 and "input" in str(envelope(r)["message"])
    r = httpx.post(f"{gateway}/v1/classify", json={"input": 3})
    assert r.status_code == 400
    envelope(r)
