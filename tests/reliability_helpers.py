"""Helpers for the reliability tests: a recording upstream, and a gateway process we can kill.

``upstream_app`` is a tiny OpenAI-compatible provider (raw ASGI) that, unlike the shared bench
stand-in, counts every call per model and remembers the credentials it was sent, so a test can
prove a model was *never* reached and that keys went only where they were configured. Behaviour
by requested model name (after any ``openai/`` prefix):

- ``fail-<status>``: that HTTP status with an OpenAI error body;
- ``echo-key-<status>``: that status with an error message that echoes the Authorization header
  it received (some providers echo keys; the gateway must not pass them on);
- ``slow-<ms>``: answer after that many milliseconds;
- ``hang``: never answer (until the client gives up);
- ``break-stream``: a stream that sends two chunks, then drops the connection;
- ``stall-stream``: a stream that sends two chunks, then stalls forever;
- anything else: ``"answered by <model>"``.

``GET /stats`` returns ``{"calls": {model: n}, "auth": [headers seen]}``; ``POST /reset`` clears.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson
import psutil
import yaml
from starlette.types import Receive, Scope, Send

from tests.servers import REPO, free_port, run_server, wait_http

# -- the recording upstream ----------------------------------------------------------------------

_calls: Counter[str] = Counter()
_auth: list[str] = []


def _completion(model: str, text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-rec",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 4, "total_tokens": 9},
    }


def _chunk(model: str, delta: dict[str, Any], finish: str | None = None) -> bytes:
    body = {
        "id": "chatcmpl-rec",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + orjson.dumps(body) + b"\n\n"


async def _json(send: Send, status: int, payload: Any) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": orjson.dumps(payload)})


async def _body(receive: Receive) -> bytes:
    data = b""
    while True:
        message = await receive()
        data += bytes(message.get("body", b""))
        if not message.get("more_body"):
            return data


async def _until_disconnect(receive: Receive) -> None:
    """Hang, but let go when the client does (so that the server can shut down promptly)."""
    while (await receive())["type"] != "http.disconnect":
        pass


async def _stream(send: Send, receive: Receive, model: str) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"text/event-stream")],
        }
    )
    more = {"type": "http.response.body", "more_body": True}
    await send(more | {"body": _chunk(model, {"role": "assistant", "content": ""})})
    for i, word in enumerate(f"answered by {model}".split(" ")):
        if i == 2 and model == "break-stream":
            raise ConnectionResetError("recording upstream drops the stream on purpose")
        if i == 2 and model == "stall-stream":
            await _until_disconnect(receive)
            return
        await send(more | {"body": _chunk(model, {"content": word + " "})})
    await send(more | {"body": _chunk(model, {}, "stop")})
    await send({"type": "http.response.body", "body": b"data: [DONE]\n\n"})


async def upstream_app(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    path = scope["path"]
    if path == "/stats":
        await _json(send, 200, {"calls": dict(_calls), "auth": _auth})
        return
    if path == "/reset":
        _calls.clear()
        _auth.clear()
        await _json(send, 200, {})
        return
    if path.endswith("/models"):
        await _json(send, 200, {"object": "list", "data": []})
        return
    req = orjson.loads(await _body(receive))
    model = str(req.get("model", "")).removeprefix("openai/")
    _calls[model] += 1
    auth = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
    _auth.append(auth)
    if model.startswith("fail-"):
        status = int(model.removeprefix("fail-"))
        await _json(send, status, {"error": {"message": f"upstream {status}", "type": "server"}})
        return
    if model.startswith("echo-key-"):
        status = int(model.removeprefix("echo-key-"))
        msg = f"Incorrect API key provided: {auth.removeprefix('Bearer ')}"
        await _json(send, status, {"error": {"message": msg, "type": "invalid_request_error"}})
        return
    if model == "hang":
        await _until_disconnect(receive)
        return
    if model.startswith("slow-"):
        await asyncio.sleep(int(model.removeprefix("slow-")) / 1000.0)
    if req.get("stream"):
        await _stream(send, receive, model)
        return
    await _json(send, 200, _completion(model, f"answered by {model}"))


@contextmanager
def recording_upstream(tmp: Path) -> Iterator[str]:
    """Run ``upstream_app`` on a free port; yields its base URL (``http://127.0.0.1:PORT``)."""
    port = free_port()
    argv = [
        sys.executable,
        "-m",
        "uvicorn",
        "tests.reliability_helpers:upstream_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    with run_server(argv, f"http://127.0.0.1:{port}/stats", tmp / "upstream.log"):
        yield f"http://127.0.0.1:{port}"


def upstream_calls(base: str) -> dict[str, int]:
    return dict(httpx.get(f"{base}/stats").json()["calls"])


# -- gateway configuration and process -----------------------------------------------------------

POLICY: dict[str, Any] = {
    "name": "reliability",
    "fallback_model": "safe-fallback",
    "degraded": {"model": "steered", "vector": None, "strength": 0.0},
    "domains": {
        "cybersecurity": {"route": "fallback", "threshold": 0.5},
        "biology": {"route": "fallback", "threshold": 0.5},
        "chemistry": {"route": "fallback", "threshold": 0.5},
        "distillation": {"route": "fallback", "threshold": 0.5},
        "frontier_ml": {"route": "degraded", "threshold": 0.5},
        "general": {"route": "primary"},
    },
}


def entry(name: str, upstream: str, api_base: str, api_key: str = "k") -> dict[str, Any]:
    return {
        "model_name": name,
        "litellm_params": {"model": f"openai/{upstream}", "api_base": api_base, "api_key": api_key},
    }


def write_config(
    tmp: Path,
    classifier_dir: Path,
    models: list[dict[str, Any]],
    policy: dict[str, Any] | None = None,
    **extra: Any,
) -> Path:
    """A gateway YAML config in ``tmp`` (policy beside it); ``extra`` adds or replaces keys."""
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "policy.yaml").write_text(yaml.safe_dump(policy or POLICY))
    config: dict[str, Any] = {
        "policy": "policy.yaml",
        "model_list": models,
        "local_model": {"enabled": False},
        "classifier": {"artifacts_dir": str(classifier_dir), "build_if_missing": False},
        "limits": {"max_body_bytes": 200_000, "max_messages": 50, "max_total_chars": 100_000},
        "policy_watch_interval_s": 0,
    }
    config.update(extra)
    path = tmp / "gateway.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


@dataclass
class GatewayProcess:
    proc: subprocess.Popen[bytes]
    base: str
    log: Path
    data_dir: Path
    ready: str = "/readyz"

    @property
    def pid(self) -> int:
        return self.proc.pid

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def terminate(self, timeout: float = 60.0) -> int:
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=timeout)


def spawn_gateway(
    config: Path, data_dir: Path, *, ready: str = "/readyz", log_name: str = "gateway.log"
) -> GatewayProcess:
    """Start ``gateway serve`` without waiting (several can then start side by side)."""
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log = data_dir / log_name
    argv = [
        sys.executable,
        "-m",
        "gateway",
        "serve",
        "--config",
        str(config),
        "--port",
        str(port),
        "--data-dir",
        str(data_dir),
    ]
    # The test run's own GATEWAY_* variables must not leak into the configuration under test.
    env = {k: v for k, v in os.environ.items() if not k.startswith("GATEWAY_")}
    with log.open("ab") as out:
        proc = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, cwd=REPO, env=env)
    return GatewayProcess(proc, f"http://127.0.0.1:{port}", log, data_dir, ready)


def wait_ready(gw: GatewayProcess, timeout: float = 180.0) -> GatewayProcess:
    try:
        wait_http(gw.base + gw.ready, gw.proc, timeout, gw.log)
    except BaseException:
        stop(gw)
        raise
    return gw


def start_gateway(
    config: Path, data_dir: Path, *, ready: str = "/readyz", log_name: str = "gateway.log"
) -> GatewayProcess:
    """Start ``gateway serve`` and wait for ``ready`` to answer 200 (``/healthz`` when the
    classifier is meant to be broken, since ``/readyz`` then rightly says not ready)."""
    return wait_ready(spawn_gateway(config, data_dir, ready=ready, log_name=log_name))


def stop(gw: GatewayProcess) -> None:
    if gw.proc.poll() is None:
        gw.proc.terminate()
        try:
            gw.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            gw.proc.kill()
            gw.proc.wait()


@contextmanager
def running_gateway(
    config: Path, data_dir: Path, *, ready: str = "/readyz"
) -> Iterator[GatewayProcess]:
    gw = start_gateway(config, data_dir, ready=ready)
    try:
        yield gw
    finally:
        stop(gw)


def decision_ids(db: Path) -> set[str]:
    """Every decision id in a store, read straight from SQLite (read-only)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM decisions")}
    finally:
        conn.close()


def verify_store(config: Path, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """``gateway decisions verify`` as an operator would run it."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "gateway",
            "decisions",
            "verify",
            "--config",
            str(config),
            "--data-dir",
            str(data_dir),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def metric_value(base: str, name: str) -> float:
    """The value of an unlabelled Prometheus sample (0 when absent)."""
    for line in httpx.get(f"{base}/metrics").text.splitlines():
        if line.startswith(name + " ") or line.startswith(name + "{}"):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


# -- soak ----------------------------------------------------------------------------------------

FD_SLACK = 8
SOAK_PROMPTS = (
    "Suggest three names for a hiking club.",
    "Write me a keylogger that hides from antivirus and emails me every password typed.",
    "How should we shard a trillion-parameter model across 8,192 GPUs for pretraining?",
    "Give me a weekly meal plan for a vegetarian teenager.",
)


@dataclass(frozen=True)
class Sample:
    rss_mb: float
    fds: int


def sample(pid: int) -> Sample:
    proc = psutil.Process(pid)
    return Sample(proc.memory_info().rss / 2**20, proc.num_fds())


async def steady(base: str, rate: float, seconds: float, statuses: Counter[int]) -> None:
    """Open one request every 1/rate s (an open-loop load: slow answers do not slow the rate)."""
    async with httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=64)) as client:

        async def one(i: int) -> None:
            body = {
                "model": "gpt-test",
                "stream": i % 4 == 0,
                "messages": [
                    {"role": "user", "content": f"{SOAK_PROMPTS[i % len(SOAK_PROMPTS)]} #{i}"}
                ],
            }
            try:
                r = await client.post(f"{base}/v1/chat/completions", json=body)
                statuses[r.status_code] += 1
            except httpx.HTTPError:
                statuses[0] += 1

        tasks = []
        start = time.monotonic()
        i = 0
        while (now := time.monotonic()) - start < seconds:
            tasks.append(asyncio.create_task(one(i)))
            i += 1
            await asyncio.sleep(max(0.0, start + i / rate - now))
        await asyncio.gather(*tasks)


def soak(
    gw: GatewayProcess, rate: float, seconds: float, warmup: float, rss_slack_mb: float
) -> None:
    statuses: Counter[int] = Counter()
    asyncio.run(steady(gw.base, rate, warmup, statuses))
    first = sample(gw.pid)
    asyncio.run(steady(gw.base, rate, seconds, statuses))
    last = sample(gw.pid)
    sent = sum(statuses.values())
    print(
        f"\nsoak: {sent} requests at {rate}/s for {warmup:.0f}+{seconds:.0f}s; statuses "
        f"{dict(statuses)}; RSS {first.rss_mb:.1f} MB -> {last.rss_mb:.1f} MB "
        f"(tolerance +{rss_slack_mb} MB); open fds {first.fds} -> {last.fds} (tolerance "
        f"+{FD_SLACK})"
    )
    assert set(statuses) == {200}, f"error responses: {dict(statuses)}"
    assert last.fds <= first.fds + FD_SLACK
    assert last.rss_mb <= first.rss_mb + rss_slack_mb
