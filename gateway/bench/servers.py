"""Processes the overhead benchmark starts: the provider stand-in, this gateway, LiteLLM proxy.

Each runs as a real separate process on a free loopback port, its output kept in a log file,
and is ready only once its health URL answers 200. Leaving the context manager terminates the
process (and kills it if it does not stop in time), so no benchmark leaves servers behind.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parent.parent.parent
LITELLM_MASTER_KEY = "sk-bench-master-key"
# Top-level modules the LiteLLM proxy needs beyond the litellm library (its ``proxy`` extra).
_LITELLM_PROXY_MODULES = ("backoff", "apscheduler", "fastapi_sso", "semver", "expression", "mcp")


class ServerError(RuntimeError):
    """A benchmark server exited or did not become ready; the message ends with its log tail."""


@dataclass(frozen=True)
class Server:
    name: str
    pid: int
    base_url: str  # http://127.0.0.1:PORT
    host: str
    port: int
    log: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _log_tail(log: Path, chars: int = 3000) -> str:
    return log.read_text(errors="replace")[-chars:] if log.exists() else ""


def wait_ready(proc: subprocess.Popen[bytes], url: str, timeout_s: float, log: Path) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ServerError(f"exited with {proc.returncode} before ready:\n{_log_tail(log)}")
        try:
            if httpx.get(url, timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise ServerError(f"{url} not ready after {timeout_s:.0f} s:\n{_log_tail(log)}")


@contextmanager
def run_server(
    name: str,
    argv: Sequence[str],
    port: int,
    ready_path: str,
    log: Path,
    timeout_s: float,
    env: Mapping[str, str] | None = None,
) -> Iterator[Server]:
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        proc = subprocess.Popen(list(argv), stdout=out, stderr=subprocess.STDOUT, cwd=REPO, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(proc, base + ready_path, timeout_s, log)
        yield Server(name, proc.pid, base, "127.0.0.1", port, log)
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@contextmanager
def standin(work: Path) -> Iterator[Server]:
    """The raw-ASGI provider stand-in (``gateway.bench.standin``) under uvicorn."""
    port = free_port()
    argv = [
        sys.executable, "-m", "uvicorn", "gateway.bench.standin:app",
        "--host", "127.0.0.1", "--port", str(port),
        "--log-level", "warning", "--no-access-log",
    ]  # fmt: skip
    with run_server("stand-in", argv, port, "/v1/models", work / "standin.log", 60.0) as s:
        yield s


@contextmanager
def gateway(config: Path, data_dir: Path, timeout_s: float = 900.0) -> Iterator[Server]:
    """This gateway as users start it: ``python -m gateway serve``."""
    port = free_port()
    argv = [
        sys.executable, "-m", "gateway", "serve",
        "--config", str(config), "--port", str(port), "--data-dir", str(data_dir),
    ]  # fmt: skip
    with run_server("gateway", argv, port, "/readyz", data_dir / "gateway.log", timeout_s) as s:
        yield s


def litellm_proxy_missing() -> str | None:
    """Why LiteLLM proxy cannot be started here, or None when its modules are installed.

    Looks files up without importing them: importing litellm costs seconds and memory in the
    load generator's process, and tries to download a cost map."""
    litellm = importlib.util.find_spec("litellm")
    if litellm is None or not litellm.submodule_search_locations:
        return "litellm is not installed"
    cli = Path(next(iter(litellm.submodule_search_locations))) / "proxy" / "proxy_cli.py"
    if not cli.exists():
        return f"{cli} is missing"
    for module in _LITELLM_PROXY_MODULES:
        if importlib.util.find_spec(module) is None:
            return f"module {module!r} is not installed (pip install 'litellm[proxy]')"
    return None


@contextmanager
def litellm_proxy(config: Path, work: Path, timeout_s: float = 300.0) -> Iterator[Server]:
    """LiteLLM proxy with one worker, a master key and no database (DATABASE_URL removed), the
    bundled model cost map (no download at start)."""
    port = free_port()
    argv = [
        sys.executable, "-m", "litellm.proxy.proxy_cli",
        "--config", str(config), "--host", "127.0.0.1", "--port", str(port),
        "--num_workers", "1",
    ]  # fmt: skip
    # A child environment, not a setting: the parent's, minus a database, plus offline costs.
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    log = work / "litellm.log"
    with run_server("litellm", argv, port, "/health/liveliness", log, timeout_s, env) as s:
        yield s
