"""Classifier load: POST /v1/classify with the benchmark mix, one text per request.

Besides locust's ``classify`` entry (the whole HTTP round trip), each response adds a
``stage`` / ``classifier (server)`` entry: the classifier time the gateway reports in its
``server-timing`` header, so the CSV separates model time from HTTP and queueing time.

Run headless (see loadtests/README.md):
    locust -f loadtests/locustfile_classify.py --headless -u 4 -r 4 -t 60s \
        --host http://127.0.0.1:8000 --csv loadtests/out/classify
"""

from __future__ import annotations

import random
from typing import Any

import orjson
from locust import FastHttpUser, events, task

from gateway.bench.prompts import CONVERSATIONS, last_user_text
from gateway.bench.report import parse_server_timing

CLASSIFY_PATH = "/v1/classify"


@events.init_command_line_parser.add_listener
def _options(parser: Any) -> None:
    parser.add_argument("--api-key", default="", help="Bearer key, when the gateway has keys")


class ClassifyUser(FastHttpUser):
    def on_start(self) -> None:
        key = getattr(self.environment.parsed_options, "api_key", "")
        self.headers = {"content-type": "application/json"}
        if key:
            self.headers["authorization"] = f"Bearer {key}"
        self.next = random.randrange(len(CONVERSATIONS))

    @task
    def classify(self) -> None:
        text = last_user_text(CONVERSATIONS[self.next % len(CONVERSATIONS)])
        self.next += 1
        with self.client.post(
            CLASSIFY_PATH, data=orjson.dumps({"input": text}), headers=self.headers,
            name="classify", catch_response=True,
        ) as resp:  # fmt: skip
            if resp.status_code != 200:
                resp.failure(f"HTTP {resp.status_code}: {(resp.text or '')[:200]}")
                return
            timing = parse_server_timing(resp.headers.get("server-timing") or "")
            if "classify" not in timing:
                resp.failure("no classify duration in server-timing")
                return
            self.environment.events.request.fire(
                request_type="stage",
                name="classifier (server)",
                response_time=timing["classify"],
                response_length=0,
                exception=None,
                context={},
            )
