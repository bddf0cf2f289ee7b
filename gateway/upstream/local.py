"""The embedded local model server (steering/), run as a child process of ``gateway serve``.

A child process keeps torch's generation threads off the gateway's event loop and mirrors the
production shape (the degraded tier is its own service); the gateway reaches it through litellm
like any other OpenAI-compatible upstream.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from typing import Any

import httpx
import yaml

from gateway.errors import ConfigError
from gateway.settings import GatewaySettings

PRIMARY = "smollm2"
FALLBACK = "smollm2-fallback"
DEGRADED = "smollm2-steered"

FALLBACK_SYSTEM_PROMPT = (
    "You are a careful assistant answering on a conservative fallback route. Give general, "
    "educational, high-level information only; do not provide operational, step-by-step "
    "instructions for anything that could cause harm."
)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def embedded_model_list(api_base: str) -> list[dict[str, Any]]:
    """litellm model_list for the embedded default: one local model under three names."""
    return [
        {
            "model_name": name,
            "litellm_params": {"model": f"openai/{name}", "api_base": api_base, "api_key": "local"},
        }
        for name in (PRIMARY, FALLBACK, DEGRADED)
    ]


def local_server_config(settings: GatewaySettings) -> dict[str, Any]:
    data_dir = settings.data_dir.resolve()
    return {
        "model_path": settings.local_model.model_path,
        "device": settings.local_model.device,
        "cache_dir": str(data_dir / "models" / "smollm2"),
        "served_models": {
            PRIMARY: {},
            FALLBACK: {"system_prompt": FALLBACK_SYSTEM_PROMPT},
            DEGRADED: {},
        },
    }


class LocalModelProcess:
    def __init__(self, settings: GatewaySettings) -> None:
        self.settings = settings
        self.host = settings.local_model.host
        self.port = settings.local_model.port or free_port(self.host)
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def api_base(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def start(self) -> None:
        data_dir = self.settings.data_dir.resolve()
        data_dir.mkdir(parents=True, exist_ok=True)
        config_path = data_dir / "local_model.yaml"
        config_path.write_text(yaml.safe_dump(local_server_config(self.settings)))
        log = (data_dir / "local_model.log").open("ab")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gateway",
                "steering",
                "serve",
                "--host",
                self.host,
                "--port",
                str(self.port),
                "--config",
                str(config_path),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()

    def wait_ready(self) -> None:
        deadline = time.monotonic() + self.settings.local_model.startup_timeout_s
        url = f"http://{self.host}:{self.port}/healthz"
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise ConfigError(
                    f"the local model server exited with code {self.proc.returncode}; "
                    f"see {self.settings.data_dir / 'local_model.log'}"
                )
            try:
                if httpx.get(url, timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                # Not listening yet: keep polling until the deadline.
                time.sleep(0.25)
                continue
            time.sleep(0.25)
        raise ConfigError(
            f"the local model server did not become ready within "
            f"{self.settings.local_model.startup_timeout_s:.0f}s; see "
            f"{self.settings.data_dir / 'local_model.log'}"
        )

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
