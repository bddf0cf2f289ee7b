"""``gateway decisions tail|verify|export`` — read and audit the decision log."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import orjson

from gateway.cli.common import add_config_options, settings_from_args
from gateway.decisions.chain import verify_chain
from gateway.decisions.store import DecisionQuery, DecisionStore


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("decisions", help="read, export and verify the decision log")
    dsub = p.add_subparsers(dest="decisions_command", metavar="ACTION", required=True)

    t = dsub.add_parser("tail", help="print the latest decisions as JSON lines (-f to follow)")
    add_config_options(t)
    t.add_argument("-n", type=int, default=10, help="how many recent decisions (default 10)")
    t.add_argument("-f", "--follow", action="store_true", help="keep printing new decisions")
    t.add_argument("--tenant", default=None)
    t.add_argument("--route", default=None)
    t.set_defaults(func=tail)

    v = dsub.add_parser(
        "verify",
        help="check the hash chain; names the first altered, removed or reordered record",
    )
    add_config_options(v)
    v.add_argument(
        "--head",
        type=Path,
        default=None,
        help="a head exported earlier, to detect records removed from the end",
    )
    v.add_argument(
        "--export-head",
        type=Path,
        default=None,
        metavar="FILE",
        help="write the current chain head (count and hash) for an auditor to keep",
    )
    v.set_defaults(func=verify)

    e = dsub.add_parser(
        "export", help="export decisions as JSONL (filters as in GET /v1/decisions)"
    )
    add_config_options(e)
    for flag in ("--tenant", "--route", "--domain", "--outcome", "--since", "--until"):
        e.add_argument(flag, default=None)
    e.add_argument("--output", type=Path, default=None, help="file (default stdout)")
    e.set_defaults(func=export)


def _store(args: argparse.Namespace) -> DecisionStore:
    settings = settings_from_args(args)
    if not settings.decisions_db.exists():
        print(f"no decision store at {settings.decisions_db}", file=sys.stderr)
        raise SystemExit(1)
    store = DecisionStore(settings.decisions_db)
    store.open()
    return store


def tail(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        rows = store.query(DecisionQuery(tenant=args.tenant, route=args.route, limit=args.n))
        last = max((r["seq"] for r in rows), default=0)
        for row in reversed(rows):
            sys.stdout.write(orjson.dumps(row).decode() + "\n")
        sys.stdout.flush()
        while args.follow:
            time.sleep(0.5)
            new = store.query(
                DecisionQuery(tenant=args.tenant, route=args.route, after_seq=last, limit=1000)
            )
            for row in new:
                sys.stdout.write(orjson.dumps(row).decode() + "\n")
                last = row["seq"]
            sys.stdout.flush()
    finally:
        store.close()
    return 0


def verify(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    expected = None
    if args.head is not None:
        expected = orjson.loads(args.head.read_bytes())["head"]
    result = verify_chain(settings.decisions_db, expected)
    if args.export_head is not None and result.ok:
        args.export_head.write_bytes(
            orjson.dumps(
                {"records": result.records, "head": result.head}, option=orjson.OPT_INDENT_2
            )
        )
    if result.ok:
        print(f"OK: {result.records} records, chain head {result.head}")
        return 0
    where = (
        f"record #{result.first_bad_seq} (id {result.first_bad_id})"
        if result.first_bad_id
        else "the chain"
    )
    print(f"TAMPERED: {where}: {result.reason}", file=sys.stderr)
    return 1


def export(args: argparse.Namespace) -> int:
    store = _store(args)
    out = args.output.open("wb") if args.output else sys.stdout.buffer
    try:
        after = 0
        while True:
            rows = store.query(
                DecisionQuery(
                    tenant=args.tenant,
                    route=args.route,
                    domain=args.domain,
                    outcome=args.outcome,
                    since=args.since,
                    until=args.until,
                    after_seq=after,
                    limit=1000,
                )
            )
            if not rows:
                break
            for row in rows:
                out.write(orjson.dumps(row) + b"\n")
            after = rows[-1]["seq"]
    finally:
        store.close()
        if args.output:
            out.close()
    return 0
