"""``gateway policy validate|test|replay`` — check a policy before it is deployed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import orjson

from classifiers.runtime import DomainClassifier
from gateway.app import known_vectors
from gateway.cli.common import add_config_options, settings_from_args
from gateway.decisions.store import DecisionQuery, DecisionStore
from gateway.errors import PolicyError
from gateway.policy.cases import load_cases, run_cases
from gateway.policy.engine import CompiledPolicy
from gateway.policy.loader import load_policy
from gateway.policy.replay import replay
from gateway.upstream.local import embedded_model_list


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("policy", help="validate, test and replay routing policies")
    psub = p.add_subparsers(dest="policy_command", metavar="ACTION", required=True)
    v = psub.add_parser(
        "validate",
        help="report every problem in a policy file with file, line, field and reason",
        description="Exit status 0 when the policy is valid, 1 otherwise. Model names are "
        "checked against the model list of --config (or the embedded default's).",
    )
    v.add_argument("file", type=Path)
    add_config_options(v)
    v.set_defaults(func=validate)

    t = psub.add_parser(
        "test",
        help="run prompts with expected routes through the real classifier and a policy",
        description="Each case's prompt is classified by the real classifier and decided by "
        "FILE; any case whose route differs from `expect` is printed as a diff and the exit "
        "status is 1. See policies/cases/default.yaml for the format.",
    )
    t.add_argument("file", type=Path, help="the policy to test")
    t.add_argument("--cases", type=Path, required=True, metavar="CASES.yaml")
    add_config_options(t)
    t.set_defaults(func=test)

    r = psub.add_parser(
        "replay",
        help="re-decide stored decisions under a candidate policy and count route changes",
        description="Reads the decision store (from their stored scores; no model is called) "
        "and reports how many requests the candidate would route differently, by transition, "
        "domain and tenant, with examples.",
    )
    r.add_argument("file", type=Path, help="the candidate policy")
    r.add_argument("--since", default=None, help="only decisions at or after this ISO time")
    r.add_argument("--tenant", default=None)
    r.add_argument("--examples", type=int, default=10)
    r.add_argument("--json", action="store_true", help="print the report as JSON")
    add_config_options(r)
    r.set_defaults(func=replay_cmd)


def model_names(args: argparse.Namespace) -> tuple[list[str], list[str] | None]:
    settings = settings_from_args(args)
    if settings.model_list:
        return [m["model_name"] for m in settings.model_list], None
    return [m["model_name"] for m in embedded_model_list("http://unused")], known_vectors()


def validate(args: argparse.Namespace) -> int:
    models, vectors = model_names(args)
    try:
        loaded = load_policy(args.file, known_models=models, known_vectors=vectors)
    except PolicyError as exc:
        for problem in exc.problems:
            print(str(problem), file=sys.stderr)
        print(f"{len(exc.problems)} problem(s); the policy was NOT accepted", file=sys.stderr)
        return 1
    print(f"OK: {args.file} is valid (version {loaded.version})")
    return 0


def _load_or_report(args: argparse.Namespace) -> CompiledPolicy | None:
    models, vectors = model_names(args)
    try:
        return CompiledPolicy(load_policy(args.file, known_models=models, known_vectors=vectors))
    except PolicyError as exc:
        for problem in exc.problems:
            print(str(problem), file=sys.stderr)
        return None


def test(args: argparse.Namespace) -> int:
    policy = _load_or_report(args)
    if policy is None:
        return 1
    settings = settings_from_args(args)
    classifier = DomainClassifier.load(settings.classifier_dir)
    results = run_cases(load_cases(args.cases), policy, classifier)
    failed = [r for r in results if not r.passed]
    for r in failed:
        top = sorted(r.scores.items(), key=lambda kv: -kv[1])[:3]
        who = f" [tenant {r.case.tenant}]" if r.case.tenant else ""
        print(f"FAIL {r.case.name or r.case.turns()[0][:60]!r}{who}")
        print(
            f"  - expected: {r.case.expect}"
            + (f" ({r.case.expect_domain})" if r.case.expect_domain else "")
        )
        print(
            f"  + got:      {r.route} ({r.domain}); top scores: "
            + ", ".join(f"{d}={p:.2f}" for d, p in top)
        )
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed else 0


def replay_cmd(args: argparse.Namespace) -> int:
    policy = _load_or_report(args)
    if policy is None:
        return 1
    settings = settings_from_args(args)
    store = DecisionStore(settings.decisions_db)
    store.open()
    try:
        records: list[dict[str, object]] = []
        after = 0
        while True:
            rows = store.query(
                DecisionQuery(tenant=args.tenant, since=args.since, after_seq=after, limit=5000)
            )
            if not rows:
                break
            records += rows
            after = int(rows[-1]["seq"])
    finally:
        store.close()
    report = replay(records, policy, args.examples)
    if args.json:
        print(orjson.dumps(report.to_dict(), option=orjson.OPT_INDENT_2).decode())
        return 0
    print(f"{report.changed} of {report.total} decisions would change route under {args.file}")
    for (old, new), n in report.by_transition.most_common():
        print(f"  {old:>9} -> {new:<9} {n}")
    if report.by_domain:
        print("by domain: " + ", ".join(f"{d}={n}" for d, n in report.by_domain.most_common()))
        print("by tenant: " + ", ".join(f"{t}={n}" for t, n in report.by_tenant.most_common()))
    for ex in report.examples:
        print(
            f"  e.g. {ex['id']} tenant={ex['tenant']} {ex['old_route']} -> {ex['new_route']}: "
            f"{ex['reason']}"
        )
    return 0
