"""The hash chain over decision records, and its verification.

``hash_n = sha256(hash_{n-1} || body_n)`` with ``hash_0 = GENESIS``. Editing a body, deleting a
row or swapping two rows breaks the link at the first affected record; truncating the tail is
caught by comparing with an exported head (``gateway decisions verify --head FILE``).
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import orjson

GENESIS = "0" * 64
INDEXED_FIELDS = ("id", "timestamp", "tenant", "route", "domain", "outcome")


def link_hash(prev_hash: str, body: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + body).hexdigest()


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    records: int
    head: str
    first_bad_seq: int | None = None
    first_bad_id: str | None = None
    reason: str | None = None


def verify_chain(db: Path, expected_head: str | None = None) -> VerifyResult:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        cur = conn.execute(
            "SELECT seq, id, timestamp, tenant, route, domain, outcome, body, prev_hash, hash "
            "FROM decisions ORDER BY seq ASC"
        )
        prev = GENESIS
        n = 0
        seen_head = False
        for seq, rid, ts, tenant, route, domain, outcome, body, prev_hash, digest in cur:
            n += 1
            bad = _check_row(
                prev, (rid, ts, tenant, route, domain, outcome), body, prev_hash, digest
            )
            if bad is not None:
                return VerifyResult(False, n, prev, seq, rid, bad)
            prev = digest
            seen_head = seen_head or digest == expected_head
        if expected_head is not None and expected_head != prev:
            reason = (
                "records were appended after the exported head (fine) "
                if seen_head
                else "the exported head is not in the chain: records were removed from the end"
            )
            if not seen_head:
                return VerifyResult(False, n, prev, None, None, reason)
        return VerifyResult(True, n, prev)
    finally:
        conn.close()


def _check_row(
    prev: str,
    columns: tuple[str | None, ...],
    body: bytes,
    prev_hash: str,
    digest: str,
) -> str | None:
    if prev_hash != prev:
        return "previous-hash link broken: a record before it was removed, reordered or altered"
    if link_hash(prev, body) != digest:
        return "content does not match its hash: the record was altered"
    data = orjson.loads(body)
    for name, value in zip(INDEXED_FIELDS, columns, strict=True):
        if data.get(name) != value:
            return f"column {name!r} differs from the hashed record: the row was altered"
    return None
