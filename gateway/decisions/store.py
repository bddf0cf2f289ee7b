"""Durable, hash-chained decision store on SQLite (WAL), with group commit.

Invariants:
- ``append`` returns only after the record's transaction has committed, so a response is never
  sent for a decision that is not in the database. With ``sync="normal"`` (WAL) a commit
  survives a crash of the process; ``sync="full"`` also fsyncs it against an OS crash.
- Group commit: records appended together share one transaction. With ``sync="full"`` a writer
  thread drains whatever is queued (one fsync per batch); with ``sync="normal"`` the records
  appended during one event-loop iteration are committed together at the end of it.
- ``seq`` grows with every row (rows are never deleted; ``verify`` catches a deleted one).
- Each row stores the record's canonical JSON ``body``, ``prev_hash`` and
  ``hash = sha256(prev_hash || body)``; the indexed columns are copies of body fields for queries
  and are checked against the body by ``verify``.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from gateway.decisions.chain import GENESIS, link_hash
from gateway.decisions.record import DecisionRecord

_SCHEMA = """
CREATE TABLE IF NOT EXISTS decisions (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    timestamp TEXT NOT NULL,
    tenant TEXT,
    route TEXT NOT NULL,
    domain TEXT NOT NULL,
    outcome TEXT NOT NULL,
    body BLOB NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS decisions_ts ON decisions(timestamp);
CREATE INDEX IF NOT EXISTS decisions_tenant ON decisions(tenant, timestamp);
"""


_INSERT = (
    "INSERT INTO decisions (id, timestamp, tenant, route, domain, outcome, body, prev_hash, hash) "
    "VALUES (?,?,?,?,?,?,?,?,?)"
)


_HEAD = "SELECT hash FROM decisions ORDER BY seq DESC LIMIT 1"


@dataclass(frozen=True)
class DecisionQuery:
    tenant: str | None = None
    route: str | None = None
    domain: str | None = None
    outcome: str | None = None
    since: str | None = None  # ISO timestamp, inclusive
    until: str | None = None  # ISO timestamp, exclusive
    after_seq: int | None = None
    limit: int = 100


@dataclass
class _Pending:
    record: DecisionRecord
    done: threading.Event | None  # set when a thread waits for the commit
    loop: asyncio.AbstractEventLoop | None
    future: asyncio.Future[None] | None
    error: BaseException | None = None


def connect(path: Path, sync: str = "normal") -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None, timeout=30.0)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={'FULL' if sync == 'full' else 'NORMAL'}")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


class DecisionStore:
    """Two ways to run the single writer, chosen by ``sync``:

    - ``normal``: records are committed on the event loop's thread, one transaction per loop
      iteration. A WAL commit without fsync is a write to the page cache, far cheaper than a
      hand-off to another thread (measured: ~0.35 ms per request through a thread).
    - ``full``: every group commit fsyncs (milliseconds), so a writer thread does it and the
      loop only awaits the result.
    """

    def __init__(
        self,
        path: Path,
        *,
        max_batch: int = 256,
        sync: str = "normal",
        shared: bool = False,
        on_commit: Callable[[float, int], None] | None = None,
    ) -> None:
        self.path = path
        self.max_batch = max_batch
        self.sync = sync
        self.shared = shared  # other processes append too: read the head in each transaction
        self.on_commit = on_commit  # (seconds, records) after each group commit
        self._queue: queue.Queue[_Pending | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._writer: sqlite3.Connection | None = None
        self._write_lock = threading.Lock()
        self._head = GENESIS
        self._loop_batch: list[_Pending] | None = None  # normal mode: this iteration's records
        self._read_lock = threading.Lock()
        self._reader: sqlite3.Connection | None = None
        self.last_commit_ms = 0.0
        self.commits = 0

    # -- lifecycle ------------------------------------------------------------------------------

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        writer = connect(self.path, self.sync)
        writer.executescript(_SCHEMA)
        row = writer.execute(_HEAD).fetchone()
        self._head = row[0] if row else GENESIS
        self._writer = writer
        self._reader = connect(self.path)
        if self.sync == "full":
            self._thread = threading.Thread(
                target=self._run_writer, name="decision-writer", daemon=True
            )
            self._thread.start()

    def close(self) -> None:
        """Flush everything queued, then stop. Safe to call twice."""
        self._flush_loop_batch()
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join()
            self._thread = None
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    @property
    def queue_depth(self) -> int:
        return self._queue.qsize()

    # -- writing --------------------------------------------------------------------------------

    async def append(self, record: DecisionRecord) -> None:
        """Return once the record is committed."""
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[None] = loop.create_future()
        if self._thread is None:
            # Without fsync a commit is a write to the page cache: no hand-off to a thread, but
            # the records appended during one loop iteration share one transaction (measured:
            # 165 µs for a lone row, 69 µs a row in fours), flushed by ``call_soon`` at the end
            # of the iteration.
            if self._loop_batch is None:
                self._loop_batch = []
                loop.call_soon(self._flush_loop_batch)
            self._loop_batch.append(_Pending(record, None, None, fut))
        else:
            self._queue.put(_Pending(record, threading.Event(), loop, fut))
        await fut

    def _flush_loop_batch(self) -> None:
        batch, self._loop_batch = self._loop_batch or [], None
        if batch:
            self._commit(batch)

    def submit(self, record: DecisionRecord) -> None:
        """Commit without awaiting, for callers that cannot await (a closing stream): inline
        in ``normal`` mode, queued for the writer thread in ``full`` mode."""
        if self._thread is None:
            self.append_sync(record)
        else:
            self._queue.put(_Pending(record, threading.Event(), None, None))

    def append_sync(self, record: DecisionRecord) -> None:
        """Commit and return when committed (also from outside any event loop)."""
        if self._writer is None:
            raise RuntimeError("decision store is not open")
        done = threading.Event()
        pending = _Pending(record, done, None, None)
        if self._thread is not None:
            self._queue.put(pending)
            done.wait()
        else:
            self._commit([pending])
        if pending.error is not None:
            raise pending.error

    def _run_writer(self) -> None:
        stopping = False
        while not stopping:
            first = self._queue.get()
            batch: list[_Pending] = []
            if first is None:
                stopping = True
            else:
                batch.append(first)
            while len(batch) < self.max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stopping = True
                    continue
                batch.append(item)
            if batch:
                self._commit(batch)

    def _commit(self, batch: list[_Pending]) -> None:
        with self._write_lock:
            conn = self._writer
            assert conn is not None, "open() before writing"
            start = time.perf_counter()
            rows = []
            error: BaseException | None = None
            try:
                if self.shared:
                    conn.execute("BEGIN IMMEDIATE")  # the write lock, before reading the head
                    row = conn.execute(_HEAD).fetchone()
                    self._head = row[0] if row else GENESIS
                elif len(batch) > 1:
                    conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                error = exc
            head = self._head
            for p in batch:
                body = p.record.canonical()
                digest = link_hash(head, body)
                d = p.record
                rows.append(
                    (d.id, d.timestamp, d.tenant, d.route, d.domain, d.outcome, body, head, digest)
                )
                head = digest
            try:
                if error is not None:
                    raise error
                if conn.in_transaction:
                    conn.executemany(_INSERT, rows)
                    conn.execute("COMMIT")
                else:  # autocommit: one statement is its own transaction
                    conn.execute(_INSERT, rows[0])
                self._head = head
            except sqlite3.Error as exc:
                with contextlib.suppress(sqlite3.Error):
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                error = exc
            elapsed = time.perf_counter() - start
        self.last_commit_ms = elapsed * 1000.0
        self.commits += 1
        if self.on_commit is not None:
            self.on_commit(elapsed, len(batch))
        for p in batch:
            p.error = error
            if p.done is not None:
                p.done.set()
            if p.future is not None:
                if p.loop is None:  # appended on the loop that is running this commit
                    _resolve(p.future, error)
                else:
                    p.loop.call_soon_threadsafe(_resolve, p.future, error)

    # -- reading --------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        if self._reader is None:
            raise RuntimeError("decision store is not open")
        with self._read_lock:
            yield self._reader

    def get(self, decision_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute("SELECT body FROM decisions WHERE id = ?", (decision_id,)).fetchone()
        return orjson.loads(row[0]) if row else None

    def query(self, q: DecisionQuery) -> list[dict[str, Any]]:
        sql = ["SELECT seq, body FROM decisions WHERE 1=1"]
        args: list[Any] = []
        for col, val in (
            ("tenant", q.tenant),
            ("route", q.route),
            ("domain", q.domain),
            ("outcome", q.outcome),
        ):
            if val is not None:
                sql.append(f"AND {col} = ?")
                args.append(val)
        if q.since is not None:
            sql.append("AND timestamp >= ?")
            args.append(q.since)
        if q.until is not None:
            sql.append("AND timestamp < ?")
            args.append(q.until)
        if q.after_seq is not None:
            sql.append("AND seq > ?")
            args.append(q.after_seq)
        sql.append(
            "ORDER BY seq ASC LIMIT ?" if q.after_seq is not None else "ORDER BY seq DESC LIMIT ?"
        )
        args.append(q.limit)
        with self._read() as conn:
            rows = conn.execute(" ".join(sql), args).fetchall()
        return [orjson.loads(body) | {"seq": seq} for seq, body in rows]

    def count(self) -> int:
        with self._read() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM decisions").fetchone()[0])


def _resolve(fut: asyncio.Future[None], error: BaseException | None) -> None:
    if fut.done():
        return
    if error is None:
        fut.set_result(None)
    else:
        fut.set_exception(error)
