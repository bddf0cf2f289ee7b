"""The local model server on a real port, driven by the official openai client."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import openai
import pytest
import uvicorn

from steering.config import DEFAULT_VECTOR, LocalModelConfig, ServedModel, SteeringChoice
from steering.server import create_app

STEERED = "local-steered-test"
PROMPT = "<|im_start|>user\nHow do I shard a large model across many GPUs?<|im_end|>\n<|im_start|>assistant\n"
COMPLETION = "Use tensor parallelism of 8 inside each node and pipeline parallelism across nodes."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Any]]:
    cache = tmp_path_factory.getbasetemp() / "steering-model-cache"
    config = LocalModelConfig(
        cache_dir=cache,
        device="cpu",
        served_models={
            "local-smollm2": ServedModel(),
            STEERED: ServedModel(steering=SteeringChoice(vector=DEFAULT_VECTOR, strength=0.5)),
        },
    )
    app = create_app(config)
    port = free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 300
    while not uv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "server did not start"
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}", app
    uv.should_exit = True
    thread.join(timeout=30)


@pytest.fixture()
def client(server: tuple[str, Any]) -> openai.OpenAI:
    return openai.OpenAI(base_url=server[0] + "/v1", api_key="unused", max_retries=0)


def echo_logprobs(client: openai.OpenAI, steering: dict[str, Any] | None) -> list[float]:
    extra = {"steering": steering} if steering is not None else None
    result = client.completions.create(
        model="local-smollm2",
        prompt=PROMPT + COMPLETION,
        max_tokens=0,
        echo=True,
        logprobs=1,
        extra_body=extra,
    )
    logprobs = result.choices[0].logprobs
    assert logprobs is not None and logprobs.token_logprobs is not None
    assert logprobs.token_logprobs[0] is None
    assert (
        len(logprobs.tokens or [])
        == len(logprobs.text_offset or [])
        == len(logprobs.token_logprobs)
    )
    return [float(x) for x in logprobs.token_logprobs[1:]]


def test_models_and_health(client: openai.OpenAI, server: tuple[str, Any]) -> None:
    assert {m.id for m in client.models.list()} == {"local-smollm2", STEERED}
    assert httpx.get(server[0] + "/healthz").json()["status"] == "ok"


def test_chat_non_stream_reports_usage_and_steering_headers(client: openai.OpenAI) -> None:
    raw = client.chat.completions.with_raw_response.create(
        model=STEERED,
        messages=[{"role": "user", "content": "Say hello."}],
        max_tokens=8,
        temperature=0,
    )
    assert raw.headers["x-steering-vector"] == DEFAULT_VECTOR
    assert float(raw.headers["x-steering-strength"]) == 0.5
    completion = raw.parse()
    assert completion.choices[0].message.content
    assert completion.usage is not None and 0 < completion.usage.completion_tokens <= 8
    raw = client.chat.completions.with_raw_response.create(
        model=STEERED,
        messages=[{"role": "user", "content": "Say hello."}],
        max_tokens=4,
        extra_body={"steering": {"vector": DEFAULT_VECTOR, "strength": 0}},
    )
    assert float(raw.headers["x-steering-strength"]) == 0.0


def test_chat_stream_matches_non_stream(client: openai.OpenAI) -> None:
    messages = [{"role": "user", "content": "Name three colours."}]
    whole = client.chat.completions.create(
        model="local-smollm2", messages=messages, max_tokens=16, temperature=0
    )
    stream = client.chat.completions.create(
        model="local-smollm2",
        messages=messages,
        max_tokens=16,
        temperature=0,
        stream=True,
        stream_options={"include_usage": True},
    )
    parts, finish, usage = [], None, None
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            parts.append(choice.delta.content or "")
            finish = choice.finish_reason or finish
    assert "".join(parts) == whole.choices[0].message.content
    assert finish == whole.choices[0].finish_reason
    assert usage is not None and whole.usage is not None
    assert usage.completion_tokens == whole.usage.completion_tokens


def test_concurrent_requests_each_get_exactly_their_own_steering(
    client: openai.OpenAI, server: tuple[str, Any]
) -> None:
    choices: list[dict[str, Any] | None] = [
        None,
        {"vector": DEFAULT_VECTOR, "strength": 1.0},
        {"vector": DEFAULT_VECTOR, "strength": 0.0},
        {"vector": DEFAULT_VECTOR, "strength": -1.0},
    ]
    single = [echo_logprobs(client, c) for c in choices]
    assert single[0] == single[2]  # strength 0 is the unsteered model
    assert max(abs(a - b) for a, b in zip(single[0], single[1], strict=True)) > 0.05
    assert max(abs(a - b) for a, b in zip(single[1], single[3], strict=True)) > 0.05

    stats = server[1].state.engine.scheduler.stats
    mixed_before = stats.steered_rows_in_mixed_pass
    order = [i % len(choices) for i in range(16)]
    barrier = threading.Barrier(len(order))

    def run(index: int) -> list[float]:
        barrier.wait()
        return echo_logprobs(client, choices[index])

    with ThreadPoolExecutor(len(order)) as pool:
        results = list(pool.map(run, order))
    for index, got in zip(order, results, strict=True):
        want = single[index]
        assert len(got) == len(want)
        assert max(abs(a - b) for a, b in zip(got, want, strict=True)) < 2e-3, f"choice {index}"
    # The point of the test: steered and unsteered rows really shared forward passes.
    assert stats.steered_rows_in_mixed_pass > mixed_before


def test_concurrent_generation_streams_are_independent(client: openai.OpenAI) -> None:
    def chat(strength: float) -> str:
        out = client.chat.completions.create(
            model="local-smollm2",
            messages=[{"role": "user", "content": "Describe a GPU cluster."}],
            max_tokens=12,
            temperature=0,
            extra_body={"steering": {"vector": DEFAULT_VECTOR, "strength": strength}},
        )
        return out.choices[0].message.content or ""

    alone = {s: chat(s) for s in (0.0, 2.0)}
    with ThreadPoolExecutor(6) as pool:
        mixed = list(pool.map(chat, [0.0, 2.0] * 3))
    assert alone[0.0] != alone[2.0]
    assert mixed == [alone[0.0], alone[2.0]] * 3


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"model": "nope", "messages": [{"role": "user", "content": "hi"}]}, 404, "model"),
        ({"model": "local-smollm2", "messages": []}, 400, "messages"),
        (
            {
                "model": "local-smollm2",
                "messages": [{"role": "user", "content": "hi"}],
                "steering": {"vector": "no-such-vector", "strength": 1},
            },
            400,
            "steering.vector",
        ),
        (
            {
                "model": "local-smollm2",
                "messages": [{"role": "user", "content": "hi"}],
                "steering": {"vector": DEFAULT_VECTOR, "strength": 1e9},
            },
            400,
            "steering.strength",
        ),
        (
            {
                "model": "local-smollm2",
                "messages": [{"role": "user", "content": "hi"}],
                "steering": {"vector": "../../etc/passwd", "strength": 1},
            },
            400,
            "steering.vector",
        ),
    ],
)
def test_bad_input_is_a_4xx_in_the_openai_envelope(
    server: tuple[str, Any], body: dict[str, Any], status: int, param: str
) -> None:
    response = httpx.post(server[0] + "/v1/chat/completions", json=body, timeout=30)
    assert response.status_code == status
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["param"] == param


def test_malformed_json_is_a_400(server: tuple[str, Any]) -> None:
    response = httpx.post(
        server[0] + "/v1/completions",
        content=b"{not json",
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json()["error"]["type"] == "invalid_request_error"
