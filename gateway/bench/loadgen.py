"""A closed-loop HTTP/1.1 load generator on raw asyncio protocols (the ``wrk`` model in Python).

Each of ``concurrency`` workers owns one keep-alive connection and sends its next request as soon
as the previous response is complete. Requests are pre-encoded bytes and responses are parsed by
``httptools`` (C), so the client spends a few tens of microseconds of CPU per request; the
benchmark measures that ceiling against the stand-in and prints it next to the results.

Latency is measured per request with ``perf_counter_ns`` from the write of the request to the
end of the response; for streams, time to first token is the first body piece carrying a
non-empty ``content`` delta. A request counts as ok only with status 200 and a complete, sane
body (``answered by`` for completions, a content delta and ``[DONE]`` for streams).
"""

from __future__ import annotations

import asyncio
import itertools
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import cast

import httptools

# A JSON "content" field with at least one character: the first real token of a stream.
_CONTENT = re.compile(rb'"content"\s*:\s*"[^"]')
MAX_ERROR_SAMPLES = 5


@dataclass(frozen=True)
class Endpoint:
    """Where and how to send: host, port, path, and extra header lines (e.g. auth)."""

    host: str
    port: int
    path: str
    headers: tuple[tuple[str, str], ...] = ()

    def encode(self, body: bytes) -> bytes:
        lines = [
            f"POST {self.path} HTTP/1.1",
            f"Host: {self.host}:{self.port}",
            "Content-Type: application/json",
            f"Content-Length: {len(body)}",
            *(f"{k}: {v}" for k, v in self.headers),
        ]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@dataclass
class Samples:
    """Raw measurements of one phase; parallel lists, one entry per completed ok request."""

    latency_ns: list[int] = field(default_factory=list)
    ttft_ns: list[int] = field(default_factory=list)
    headers: list[dict[bytes, bytes]] = field(default_factory=list)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)
    elapsed_s: float = 0.0
    client_cpu_s: float = 0.0

    def error(self, why: str) -> None:
        self.errors += 1
        if len(self.error_samples) < MAX_ERROR_SAMPLES:
            self.error_samples.append(why)


class _Connection(asyncio.Protocol):
    """One keep-alive connection; ``request`` sends pre-encoded bytes and awaits the response."""

    def __init__(self, capture: frozenset[bytes]) -> None:
        self._capture = capture
        self._parser = httptools.HttpResponseParser(self)
        self._transport: asyncio.Transport | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._body: list[bytes] = []
        self._stream = False
        self.status = 0
        self.first_content_ns = 0
        self.headers: dict[bytes, bytes] = {}

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports implement asyncio.Transport without subclassing it.
        self._transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError as exc:
            self._fail(ConnectionError(f"bad HTTP response: {exc}"))

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None
        self._fail(ConnectionError(f"connection closed: {exc!r}"))

    # httptools callbacks
    def on_header(self, name: bytes, value: bytes) -> None:
        key = name.lower()
        if key in self._capture:
            self.headers[key] = value

    def on_headers_complete(self) -> None:
        self.status = self._parser.get_status_code()

    def on_body(self, body: bytes) -> None:
        if self._stream and not self.first_content_ns and _CONTENT.search(body):
            self.first_content_ns = time.perf_counter_ns()
        self._body.append(body)

    def on_message_complete(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def _fail(self, exc: Exception) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_exception(exc)

    @property
    def open(self) -> bool:
        return self._transport is not None and not self._transport.is_closing()

    async def request(self, raw: bytes, stream: bool) -> bytes:
        if self._transport is None:
            raise ConnectionError("not connected")
        self._waiter = asyncio.get_running_loop().create_future()
        self._body = []
        self._stream = stream
        self.status = 0
        self.first_content_ns = 0
        self.headers = {}
        self._transport.write(raw)
        await self._waiter
        return b"".join(self._body)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()


async def _connect(endpoint: Endpoint, capture: frozenset[bytes]) -> _Connection:
    loop = asyncio.get_running_loop()
    _, conn = await loop.create_connection(
        lambda: _Connection(capture), endpoint.host, endpoint.port
    )
    return conn


def _check(conn: _Connection, body: bytes, stream: bool) -> str | None:
    """Why a response is not a success, or None."""
    if conn.status != 200:
        return f"HTTP {conn.status}: {body[:200]!r}"
    if stream:
        if not conn.first_content_ns or b"[DONE]" not in body:
            return f"incomplete stream: {body[-200:]!r}"
    elif b"answered by" not in body:
        return f"unexpected body: {body[:200]!r}"
    return None


@dataclass
class _Phase:
    endpoint: Endpoint
    requests: Sequence[bytes]  # pre-encoded, sent in round-robin order
    stream: bool
    stop_ns: int
    samples: Samples
    counter: itertools.count[int]


async def _worker(phase: _Phase, conn: _Connection, capture: frozenset[bytes]) -> _Connection:
    """Sends requests back to back until the deadline; returns the (possibly new) connection."""
    n = len(phase.requests)
    samples = phase.samples
    while time.perf_counter_ns() < phase.stop_ns:
        raw = phase.requests[next(phase.counter) % n]
        if not conn.open:
            conn = await _connect(phase.endpoint, capture)
        t0 = time.perf_counter_ns()
        try:
            body = await conn.request(raw, phase.stream)
        except ConnectionError as exc:
            samples.error(str(exc))
            conn.close()
            continue
        t1 = time.perf_counter_ns()
        why = _check(conn, body, phase.stream)
        if why is not None:
            samples.error(why)
            continue
        samples.latency_ns.append(t1 - t0)
        samples.ttft_ns.append((conn.first_content_ns - t0) if phase.stream else t1 - t0)
        if capture:
            samples.headers.append(conn.headers)
    return conn


async def _run_phase(
    conns: list[_Connection],
    endpoint: Endpoint,
    requests: Sequence[bytes],
    stream: bool,
    seconds: float,
    capture: frozenset[bytes],
) -> tuple[list[_Connection], Samples]:
    samples = Samples()
    start_ns = time.perf_counter_ns()
    cpu0 = time.process_time()
    phase = _Phase(
        endpoint, requests, stream, start_ns + int(seconds * 1e9), samples, itertools.count()
    )
    conns = list(await asyncio.gather(*(_worker(phase, c, capture) for c in conns)))
    samples.elapsed_s = (time.perf_counter_ns() - start_ns) / 1e9
    samples.client_cpu_s = time.process_time() - cpu0
    return conns, samples


async def run_load(
    endpoint: Endpoint,
    bodies: Sequence[bytes],
    *,
    stream: bool,
    concurrency: int,
    duration_s: float,
    warmup_s: float,
    capture_headers: Sequence[str] = (),
) -> Samples:
    """Warm up for ``warmup_s`` (discarded), then measure for ``duration_s`` on the same
    connections. Requests in flight at the deadline complete and are counted."""
    capture = frozenset(h.lower().encode() for h in capture_headers)
    requests = [endpoint.encode(b) for b in bodies]
    conns = [await _connect(endpoint, capture) for _ in range(concurrency)]
    try:
        if warmup_s > 0:
            conns, _ = await _run_phase(conns, endpoint, requests, stream, warmup_s, capture)
        _, samples = await _run_phase(conns, endpoint, requests, stream, duration_s, capture)
    finally:
        for c in conns:
            c.close()
    return samples


def run_load_sync(
    endpoint: Endpoint,
    bodies: Sequence[bytes],
    *,
    stream: bool,
    concurrency: int,
    duration_s: float,
    warmup_s: float,
    capture_headers: Sequence[str] = (),
) -> Samples:
    """``run_load`` on a fresh event loop (uvloop when installed: a faster client)."""
    coro = run_load(
        endpoint,
        bodies,
        stream=stream,
        concurrency=concurrency,
        duration_s=duration_s,
        warmup_s=warmup_s,
        capture_headers=capture_headers,
    )
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(coro)
