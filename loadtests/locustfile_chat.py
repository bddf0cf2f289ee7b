"""End-to-end chat load through the gateway: non-streaming and streaming completions.

The conversations are the benchmark mix (``gateway.bench.prompts``): everyday requests plus
every guarded domain, so the default policy takes every route. Besides locust's own entries
(``chat``, ``chat stream``), each response adds:

- ``stage`` entries ``classify``, ``policy``, ``upstream``: the gateway's own stage times, read
  from its ``server-timing`` header (server side, milliseconds);
- a ``route`` entry named after ``x-gateway-route`` (primary / fallback / degraded / block),
  with the whole request time, so the CSV shows that every route was exercised;
  a policy block (403 with ``x-gateway-route: block``) is the policy working, so it counts as a
  success of the request, not a failure;
- for streams, ``stream`` / ``time to first token``: until the first non-empty content delta.

Run headless (see loadtests/README.md):
    locust -f loadtests/locustfile_chat.py --headless -u 8 -r 8 -t 60s \
        --host http://127.0.0.1:8000 --csv loadtests/out/chat --model gpt-bench
"""

from __future__ import annotations

import random
import re
import time
from typing import Any

import orjson
from locust import FastHttpUser, events, task
from locust.env import Environment

from gateway.bench.prompts import CONVERSATIONS, chat_body
from gateway.bench.report import parse_server_timing

CHAT_PATH = "/v1/chat/completions"
STAGES = ("classify", "policy", "upstream")
_CONTENT = re.compile(rb'"content"\s*:\s*"[^"]')


@events.init_command_line_parser.add_listener
def _options(parser: Any) -> None:
    parser.add_argument("--model", default="gpt-bench", help="model name clients ask for")
    parser.add_argument(
        "--stream-share", type=float, default=0.25, help="share of streaming requests (0..1)"
    )
    parser.add_argument("--api-key", default="", help="Bearer key, when the gateway has keys")


def fire(env: Environment, request_type: str, name: str, ms: float) -> None:
    env.events.request.fire(
        request_type=request_type,
        name=name,
        response_time=ms,
        response_length=0,
        exception=None,
        context={},
    )


def blocked(status: int, headers: Any) -> bool:
    return status == 403 and headers.get("x-gateway-route") == "block"


def report_disclosure(env: Environment, headers: Any, total_ms: float) -> None:
    """Stage entries from server-timing and a route entry from x-gateway-route."""
    for name, ms in parse_server_timing(headers.get("server-timing") or "").items():
        if name in STAGES:
            fire(env, "stage", name, ms)
    route = headers.get("x-gateway-route")
    if route:
        fire(env, "route", route, total_ms)


class ChatUser(FastHttpUser):
    """One application: asks a conversation from the mix, back to back (no think time, like
    the overhead benchmark; add ``wait_time`` for open-model tests)."""

    def on_start(self) -> None:
        opts = self.environment.parsed_options
        self.model = getattr(opts, "model", "gpt-bench")
        self.stream_share = float(getattr(opts, "stream_share", 0.25))
        key = getattr(opts, "api_key", "")
        self.headers = {"content-type": "application/json"}
        if key:
            self.headers["authorization"] = f"Bearer {key}"
        self.rng = random.Random()
        self.next = self.rng.randrange(len(CONVERSATIONS))

    def _body(self, stream: bool) -> bytes:
        conversation = CONVERSATIONS[self.next % len(CONVERSATIONS)]
        self.next += 1
        return orjson.dumps(chat_body(conversation, self.model, stream))

    @task
    def chat(self) -> None:
        if self.rng.random() < self.stream_share:
            self._stream()
        else:
            self._complete()

    def _complete(self) -> None:
        t0 = time.perf_counter()
        with self.client.post(
            CHAT_PATH, data=self._body(False), headers=self.headers, name="chat",
            catch_response=True,
        ) as resp:  # fmt: skip
            total_ms = (time.perf_counter() - t0) * 1000
            if resp.status_code != 200 and not blocked(resp.status_code, resp.headers):
                resp.failure(f"HTTP {resp.status_code}: {(resp.text or '')[:200]}")
                return
            resp.success()
            report_disclosure(self.environment, resp.headers, total_ms)

    def _stream(self) -> None:
        t0 = time.perf_counter()
        first_ms = 0.0
        chunks: list[bytes] = []
        with self.client.post(
            CHAT_PATH, data=self._body(True), headers=self.headers, name="chat stream",
            stream=True, catch_response=True,
        ) as resp:  # fmt: skip
            if blocked(resp.status_code, resp.headers):
                resp.success()
                report_disclosure(self.environment, resp.headers, (time.perf_counter() - t0) * 1000)
                return
            if resp.status_code != 200:
                resp.failure(f"HTTP {resp.status_code}")
                return
            # Small reads so the first token is seen when it arrives, not when a buffer fills.
            for chunk in resp.iter_content(chunk_size=64, decode_content=False):
                data = chunk if isinstance(chunk, bytes) else chunk.encode()
                if not first_ms and _CONTENT.search((chunks[-1] if chunks else b"") + data):
                    first_ms = (time.perf_counter() - t0) * 1000
                chunks.append(data)
            total_ms = (time.perf_counter() - t0) * 1000
            if not first_ms or b"[DONE]" not in b"".join(chunks):
                resp.failure("stream ended without content or [DONE]")
                return
            fire(self.environment, "stream", "time to first token", first_ms)
            report_disclosure(self.environment, resp.headers, total_ms)
