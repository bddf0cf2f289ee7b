"""``gateway policy validate|test|replay`` — check a policy before it is deployed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gateway.app import known_vectors
from gateway.cli.common import add_config_options, settings_from_args
from gateway.errors import PolicyError
from gateway.policy.loader import load_policy
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
