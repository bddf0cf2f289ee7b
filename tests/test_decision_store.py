"""The decision store: durable appends, queries, and a hash chain that names tampering."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from gateway.decisions.chain import verify_chain
from gateway.decisions.record import DecisionRecord, new_decision_id, utc_now_iso
from gateway.decisions.store import DecisionQuery, DecisionStore


def record(i: int, tenant: str | None = None, route: str = "primary") -> DecisionRecord:
    return DecisionRecord(
        id=new_decision_id(),
        timestamp=utc_now_iso(),
        tenant=tenant,
        request_id=f"req{i}",
        endpoint="chat.completions",
        policy_version="abc",
        scores={"general": 1.0},
        label="general",
        domain="general",
        route=route,
        reason="t",
        requested_model="m",
        model="m",
        classifier_ms=0.1,
        classifier_stage="static",
        upstream_ms=1.0,
        outcome="ok",
        content_hash="0" * 64,
    )


def filled(tmp_path: Path, n: int = 20, sync: str = "normal") -> tuple[Path, list[DecisionRecord]]:
    db = tmp_path / "d.sqlite3"
    store = DecisionStore(db, sync=sync)
    store.open()
    records = [record(i, tenant="t1" if i % 2 else "t2") for i in range(n)]

    async def write() -> None:
        await asyncio.gather(*(store.append(r) for r in records))

    asyncio.run(write())
    store.close()
    return db, records


def test_appends_in_one_loop_iteration_share_one_commit(tmp_path: Path) -> None:
    """``normal`` mode: what a loop iteration appends is one transaction, committed before any
    of the appenders resumes; a later append is its own."""
    store = DecisionStore(tmp_path / "d.sqlite3")
    store.open()
    seen: list[int] = []

    async def one(r: DecisionRecord) -> None:
        await store.append(r)
        seen.append(store.count())  # committed and visible when append returns

    async def write() -> None:
        await asyncio.gather(*(one(record(i)) for i in range(8)))
        await one(record(8))

    asyncio.run(write())
    assert store.commits == 2
    assert seen == [8] * 8 + [9]
    store.close()
    assert verify_chain(tmp_path / "d.sqlite3").ok


@pytest.mark.parametrize("sync", ["normal", "full"])
def test_concurrent_appends_are_all_committed_and_chained(tmp_path: Path, sync: str) -> None:
    db, records = filled(tmp_path, 50, sync)
    result = verify_chain(db)
    assert result.ok and result.records == 50
    store = DecisionStore(db)
    store.open()
    assert store.count() == 50
    assert store.get(records[3].id)["request_id"] == records[3].request_id  # type: ignore[index]
    assert {r["tenant"] for r in store.query(DecisionQuery(tenant="t1", limit=100))} == {"t1"}
    assert len(store.query(DecisionQuery(tenant="t1", limit=100))) == 25
    store.close()


@pytest.mark.parametrize("sync", ["normal", "full"])
def test_reopened_store_continues_the_chain(tmp_path: Path, sync: str) -> None:
    db, _ = filled(tmp_path, 5)
    store = DecisionStore(db, sync=sync)
    store.open()
    store.append_sync(record(99))
    store.close()
    assert verify_chain(db).ok and verify_chain(db).records == 6


def test_edit_is_named(tmp_path: Path) -> None:
    db, _ = filled(tmp_path)
    with sqlite3.connect(db) as conn:
        seq, body = conn.execute("SELECT seq, body FROM decisions WHERE seq = 7").fetchone()
        conn.execute(
            "UPDATE decisions SET body = ? WHERE seq = ?",
            (bytes(body).replace(b'"primary"', b'"fallback"'), seq),
        )
    result = verify_chain(db)
    assert not result.ok and result.first_bad_seq == 7 and "altered" in (result.reason or "")


def test_column_edit_is_named(tmp_path: Path) -> None:
    db, _ = filled(tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE decisions SET route = 'block' WHERE seq = 4")
    result = verify_chain(db)
    assert not result.ok and result.first_bad_seq == 4


def test_delete_is_named(tmp_path: Path) -> None:
    db, _ = filled(tmp_path)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM decisions WHERE seq = 10")
    result = verify_chain(db)
    assert not result.ok and result.first_bad_seq == 11


def test_swap_is_named(tmp_path: Path) -> None:
    db, _ = filled(tmp_path)
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT seq, id, body, prev_hash, hash FROM decisions WHERE seq IN (5, 6) ORDER BY seq"
        ).fetchall()
        conn.execute("DELETE FROM decisions WHERE seq IN (5, 6)")
        for (seq, *_), (_, rid, body, prev, digest) in zip(rows, reversed(rows), strict=True):
            conn.execute(
                "INSERT INTO decisions (seq, id, timestamp, tenant, route, domain, outcome, "
                "body, prev_hash, hash) SELECT ?, ?, json_extract(?, '$.timestamp'), "
                "json_extract(?, '$.tenant'), 'primary', 'general', 'ok', ?, ?, ?",
                (seq, rid, body, body, body, prev, digest),
            )
    result = verify_chain(db)
    assert not result.ok and result.first_bad_seq == 5


def test_truncated_tail_caught_by_exported_head(tmp_path: Path) -> None:
    db, _ = filled(tmp_path)
    head = verify_chain(db).head
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM decisions WHERE seq = 20")
    assert verify_chain(db).ok  # without a head, a truncated tail looks like a shorter log
    result = verify_chain(db, expected_head=head)
    assert not result.ok and "removed" in (result.reason or "")
