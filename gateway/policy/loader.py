"""Load a policy file and report every problem with file, line, field and reason.

The YAML is composed into nodes first so that a pydantic error location (``domains.biology.
threshold``) can be traced back to the line the security team has to edit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from classifiers.labels import LABELS
from gateway.errors import PolicyError, PolicyProblem
from gateway.policy.schema import MISSING_DOMAINS, Policy


@dataclass(frozen=True)
class LoadedPolicy:
    policy: Policy
    version: str  # sha256 of the file's bytes, first 16 hex digits
    path: Path


def policy_version(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def _node_line(root: yaml.Node | None, loc: Iterable[int | str]) -> int | None:
    """1-based line of the deepest node on ``loc`` that exists in the YAML."""
    node = root
    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
            if match is None:
                break
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
        line = node.start_mark.line + 1
    return line


def parse_policy(
    raw: bytes,
    path: Path,
    *,
    known_models: Iterable[str] | None = None,
    known_vectors: Iterable[str] | None = None,
) -> LoadedPolicy:
    """Validate ``raw`` as a policy; raise PolicyError listing every problem found."""
    name = str(path)
    try:
        text = raw.decode("utf-8")
        root = yaml.compose(text)
        data: Any = yaml.safe_load(text)
    except UnicodeDecodeError as exc:
        raise PolicyError([PolicyProblem(name, None, "<file>", f"not UTF-8: {exc}")]) from exc
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise PolicyError([PolicyProblem(name, line, "<yaml>", str(exc.problem))]) from exc
    if not isinstance(data, dict):
        raise PolicyError([PolicyProblem(name, 1, "<root>", "a policy is a YAML mapping")])
    # Every check runs, so one `validate` run lists every problem, not just the first.
    problems = _missing_domains(data, root, name)
    problems += _cross_check(data, root, name, known_models, known_vectors)
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        problems = [
            PolicyProblem(
                name,
                _node_line(root, err["loc"]),
                ".".join(str(p) for p in err["loc"]) or "<root>",
                err["msg"],
            )
            for err in exc.errors()
            if MISSING_DOMAINS not in err["msg"]
        ] + problems
        raise PolicyError(problems) from exc
    if problems:
        raise PolicyError(problems)
    return LoadedPolicy(policy=policy, version=policy_version(raw), path=path)


def _missing_domains(
    data: dict[str, Any], root: yaml.Node | None, name: str
) -> list[PolicyProblem]:
    domains = data.get("domains")
    if not isinstance(domains, dict):
        return []  # the schema reports a missing or mistyped `domains`
    missing = [d for d in LABELS if d not in domains]
    if not missing:
        return []
    return [
        PolicyProblem(
            name,
            _node_line(root, ("domains",)),
            "domains",
            f"{MISSING_DOMAINS}; missing: {', '.join(missing)} "
            f"(add e.g. `{missing[0]}: {{route: fallback, threshold: 0.5}}`)",
        )
    ]


def _get(data: Any, *path: str | int) -> Any:
    for key in path:
        if isinstance(data, dict):
            data = data.get(key)
        elif isinstance(data, list) and isinstance(key, int) and key < len(data):
            data = data[key]
        else:
            return None
    return data


def _cross_check(
    data: dict[str, Any],
    root: yaml.Node | None,
    name: str,
    known_models: Iterable[str] | None,
    known_vectors: Iterable[str] | None,
) -> list[PolicyProblem]:
    """Names that must exist outside the file: models in the model list, steering vectors.
    Works on the raw data so it runs even when the schema found other problems."""
    problems: list[PolicyProblem] = []
    if known_models is not None:
        models = set(known_models)
        refs: list[tuple[tuple[str | int, ...], Any]] = [
            (("fallback_model",), _get(data, "fallback_model")),
            (("degraded", "model"), _get(data, "degraded", "model")),
        ]
        chain = _get(data, "fallback_chain")
        if isinstance(chain, list):
            refs += [(("fallback_chain", i), m) for i, m in enumerate(chain)]
        tenants = _get(data, "tenants")
        if isinstance(tenants, dict):
            refs += [
                (("tenants", t, "fallback_model"), _get(o, "fallback_model"))
                for t, o in tenants.items()
            ]
        for loc, model in refs:
            if isinstance(model, str) and model not in models:
                problems.append(
                    PolicyProblem(
                        name,
                        _node_line(root, loc),
                        ".".join(map(str, loc)),
                        f"model {model!r} is not in the model list "
                        f"(known: {', '.join(sorted(models)) or 'none'})",
                    )
                )
    vector = _get(data, "degraded", "vector")
    if known_vectors is not None and isinstance(vector, str) and vector not in set(known_vectors):
        problems.append(
            PolicyProblem(
                name,
                _node_line(root, ("degraded", "vector")),
                "degraded.vector",
                f"steering vector {vector!r} does not exist "
                f"(available: {', '.join(sorted(known_vectors)) or 'none'})",
            )
        )
    return problems


def load_policy(
    path: Path,
    *,
    known_models: Iterable[str] | None = None,
    known_vectors: Iterable[str] | None = None,
) -> LoadedPolicy:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyError(
            [PolicyProblem(str(path), None, "<file>", f"cannot read: {exc.strerror}")]
        ) from exc
    return parse_policy(raw, path, known_models=known_models, known_vectors=known_vectors)
