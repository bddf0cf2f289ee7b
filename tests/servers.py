"""Real servers on free ports for the tests: thin adapters over ``gateway.bench.servers``, which
the benchmarks use too, so both start the stand-in and the gateway the same way."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from gateway.bench import servers
from gateway.bench.servers import REPO, free_port

__all__ = [
    "REPO",
    "free_port",
    "gateway_server",
    "run_server",
    "standin_server",
    "wait_http",
]


def wait_http(url: str, proc: subprocess.Popen[bytes], timeout: float, log: Path) -> None:
    servers.wait_ready(proc, url, timeout, log)


@contextmanager
def run_server(
    argv: Sequence[str], ready_url: str, log: Path, timeout: float = 120.0
) -> Iterator[servers.Server]:
    url = urlsplit(ready_url)
    assert url.port is not None, f"{ready_url} names no port"
    with servers.run_server("server", argv, url.port, url.path, log, timeout) as server:
        yield server


@contextmanager
def standin_server(tmp: Path) -> Iterator[str]:
    with servers.standin(tmp) as server:
        yield f"{server.base_url}/v1"


@contextmanager
def gateway_server(config: Path, data_dir: Path, timeout: float = 600.0) -> Iterator[str]:
    with servers.gateway(config, data_dir, timeout) as server:
        yield server.base_url
