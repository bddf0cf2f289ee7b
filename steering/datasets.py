"""Contrastive pair datasets: JSONL of ``{"id", "prompt", "target", "opposite"}``.

``target`` shows the behaviour a vector steers towards (for the shipped default: a high-level,
non-operational answer), ``opposite`` the behaviour it steers away from (detailed, operational).
Both answer the same ``prompt``. The dataset hash recorded in a vector is the SHA-256 of the file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Pair:
    id: str
    prompt: str
    target: str
    opposite: str


def load_pairs(path: Path) -> list[Pair]:
    pairs: list[Pair] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        raw = json.loads(line)
        missing = {"prompt", "target", "opposite"} - raw.keys()
        if missing:
            raise ValueError(f"{path}:{number}: missing fields {sorted(missing)}")
        pairs.append(
            Pair(str(raw.get("id", number)), raw["prompt"], raw["target"], raw["opposite"])
        )
    if not pairs:
        raise ValueError(f"{path} holds no pairs")
    return pairs


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pairs_sha256(pairs: list[Pair]) -> str:
    """A content hash of the pairs themselves (independent of file formatting)."""
    digest = hashlib.sha256()
    for pair in pairs:
        digest.update(json.dumps([pair.prompt, pair.target, pair.opposite]).encode())
    return digest.hexdigest()
