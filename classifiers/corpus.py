"""Loading the project's training corpus and splitting it deterministically.

Invariants:
- Sources are ``classifiers/corpus/*.jsonl`` (written by the corpus engineers) and
  ``classifiers/seed/*.jsonl`` (a small hand-written seed set), read in sorted path order.
- An example's text is what the runtime will see for it: a ``text`` item as is; a ``messages``
  item as its user turns (each kept, so the runtime's whole-conversation rules can be mirrored).
- The split is a pure function of the text (a SHA-256 bucket), so adding files never moves an
  existing example between train and validation.
- ``corpus_hash`` changes whenever any source byte changes; artifacts record it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from classifiers.labels import LABELS

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_SOURCES: tuple[Path, ...] = (PACKAGE_DIR / "corpus", PACKAGE_DIR / "seed")
VALIDATION_PERCENT = 12


class CorpusError(ValueError):
    """A corpus line is malformed or carries an unknown label."""


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled training item; ``turns`` are the user turns in order (one for plain text)."""

    turns: tuple[str, ...]
    label: str
    kind: str

    @property
    def text(self) -> str:
        """All user turns joined, as the runtime's concatenation segment sees them."""
        return "\n".join(self.turns)

    @property
    def label_index(self) -> int:
        return LABELS.index(self.label)


def source_files(sources: Sequence[Path] = DEFAULT_SOURCES) -> list[Path]:
    """Every ``*.jsonl`` under the source folders, in a stable order."""
    files: list[Path] = []
    for folder in sources:
        if folder.is_dir():
            files.extend(sorted(folder.rglob("*.jsonl")))
    return files


def corpus_hash(files: Iterable[Path]) -> str:
    """SHA-256 over each file's name and bytes; order-sensitive by construction (sorted input)."""
    h = hashlib.sha256()
    for path in files:
        h.update(path.name.encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def _parse(obj: dict[str, object], where: str) -> Example | None:
    label = obj.get("label")
    if label not in LABELS:
        raise CorpusError(f"{where}: unknown label {label!r}")
    kind = str(obj.get("kind", ""))
    if isinstance(obj.get("text"), str):
        turns: tuple[str, ...] = (str(obj["text"]),)
    elif isinstance(obj.get("messages"), list):
        msgs = obj["messages"]
        assert isinstance(msgs, list)
        turns = tuple(
            str(m["content"])
            for m in msgs
            if isinstance(m, dict) and m.get("role", "user") == "user" and m.get("content")
        )
    else:
        raise CorpusError(f"{where}: needs 'text' or 'messages'")
    turns = tuple(t for t in turns if t.strip())
    if not turns:
        return None
    return Example(turns=turns, label=str(label), kind=kind)


def load_examples(files: Iterable[Path]) -> list[Example]:
    """Parse every line; exact duplicate (turns, label) pairs are kept once."""
    seen: set[tuple[tuple[str, ...], str]] = set()
    out: list[Example] = []
    for path in files:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path.name}:{n}: {exc}") from exc
            ex = _parse(obj, f"{path.name}:{n}")
            if ex is None or (ex.turns, ex.label) in seen:
                continue
            seen.add((ex.turns, ex.label))
            out.append(ex)
    return out


def is_validation(example: Example) -> bool:
    """Deterministic hold-out membership from the text's hash."""
    digest = hashlib.sha256(example.text.strip().lower().encode()).digest()
    return int.from_bytes(digest[:4], "big") % 100 < VALIDATION_PERCENT


def split(examples: Sequence[Example]) -> tuple[list[Example], list[Example]]:
    """(train, validation); the same text always lands on the same side."""
    train = [e for e in examples if not is_validation(e)]
    val = [e for e in examples if is_validation(e)]
    return train, val
