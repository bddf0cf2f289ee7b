"""Helpers that run real servers on free ports for the tests (stand-in provider, gateway)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, proc: subprocess.Popen[bytes], timeout: float, log: Path | None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log.read_text()[-4000:] if log and log.exists() else ""
            raise RuntimeError(f"server exited with {proc.returncode} before ready:\n{tail}")
        try:
            if httpx.get(url, timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
            continue
        time.sleep(0.2)
    raise TimeoutError(f"{url} not ready after {timeout}s")


@contextmanager
def run_server(
    argv: Sequence[str], ready_url: str, log: Path, timeout: float = 120.0
) -> Iterator[subprocess.Popen[bytes]]:
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        proc = subprocess.Popen(list(argv), stdout=out, stderr=subprocess.STDOUT, cwd=REPO)
    try:
        wait_http(ready_url, proc, timeout, log)
        yield proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextmanager
def standin_server(tmp: Path) -> Iterator[str]:
    port = free_port()
    argv = [
        sys.executable,
        "-m",
        "uvicorn",
        "gateway.bench.standin:app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    with run_server(argv, f"http://127.0.0.1:{port}/v1/models", tmp / "standin.log"):
        yield f"http://127.0.0.1:{port}/v1"


@contextmanager
def gateway_server(config: Path, data_dir: Path, timeout: float = 600.0) -> Iterator[str]:
    port = free_port()
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
    with run_server(argv, f"http://127.0.0.1:{port}/readyz", data_dir / "gateway.log", timeout):
        yield f"http://127.0.0.1:{port}"
