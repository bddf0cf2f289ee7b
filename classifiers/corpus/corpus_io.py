"""Helpers shared by the corpus generators (gen_*.py in this folder).

Data-block parsing (`lines`, `chunks`, `convo`), item construction, the cross-file dedupe key,
validation, and writing / summarising JSON Lines files. The generators run as scripts
(`.venv/bin/python classifiers/corpus/gen_X.py`), so they import this module as a sibling:
`from corpus_io import ...`. Everything here is deterministic; the generators' output depends on
these functions byte for byte, so change them only together with a regeneration check.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Item = dict[str, Any]
LABELS = frozenset(
    {"cybersecurity", "biology", "chemistry", "distillation", "frontier_ml", "general"}
)


def lines(block: str) -> list[str]:
    """Non-empty stripped lines of a data block; the two characters backslash-n become a newline."""
    return [ln.strip().replace("\\n", "\n") for ln in block.strip().splitlines() if ln.strip()]


def chunks(block: str) -> list[str]:
    """Multi-line records separated by a line holding only ``~~~``."""
    return [c.strip() for c in block.split("\n~~~\n") if c.strip()]


def convo(block: str) -> list[dict[str, str]]:
    """Parse a conversation written as ``U:`` / ``A:`` prefixed turns (continuations allowed)."""
    turns: list[dict[str, str]] = []
    for raw in block.strip().splitlines():
        if raw.startswith("U:") or raw.startswith("A:"):
            role = "user" if raw.startswith("U:") else "assistant"
            turns.append({"role": role, "content": raw[2:].strip()})
        elif turns:
            turns[-1]["content"] += "\n" + raw
    for t in turns:
        t["content"] = t["content"].strip()
    return turns


def text_of(it: Item) -> str:
    """All the text of an item: its text, or its turns joined by spaces."""
    if "text" in it:
        return str(it["text"])
    return " ".join(str(m["content"]) for m in it["messages"])


def item(text: str, label: str, kind: str) -> Item:
    """A single-text corpus item."""
    return {"text": text, "label": label, "kind": kind}


def alternating(turns: list[str], label: str, kind: str) -> Item:
    """A conversation item from turns that alternate user, assistant, user, ..."""
    msgs = [{"role": ("user", "assistant")[i % 2], "content": t} for i, t in enumerate(turns)]
    return {"messages": msgs, "label": label, "kind": kind}


def kinded(block: str, label: str, prefix: str) -> list[Item]:
    """Rows of the form ``kind|text`` -> items whose kind is ``prefix`` + kind."""
    out: list[Item] = []
    for row in lines(block):
        kind, text = row.split("|", 1)
        out.append(item(text.strip(), label, prefix + kind.strip()))
    return out


def swap_adjacent_letters(rng: random.Random, text: str) -> str:
    """Swap two adjacent letters inside one random word of six or more letters (a typo)."""
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def norm(text: str) -> str:
    """Whitespace-collapsed, lower-cased text: the dedupe key of one text."""
    return re.sub(r"\s+", " ", text).strip().lower()


def item_key(it: Item, *, user_only: bool = False) -> str:
    """Dedupe key of an item; for conversations, the turns (only user turns if `user_only`)."""
    if "text" in it:
        return norm(str(it["text"]))
    msgs = it["messages"]
    if user_only:
        msgs = [m for m in msgs if m["role"] == "user"]
    return norm(" || ".join(str(m["content"]) for m in msgs))


def existing_keys(folder: Path, skip: Collection[Path], *, user_only: bool = False) -> set[str]:
    """Keys of every item in the folder's other *.jsonl files, so ours never duplicate theirs."""
    keys: set[str] = set()
    for path in sorted(folder.glob("*.jsonl")):
        if path in skip:
            continue
        for ln in path.read_text(encoding="utf-8").splitlines():
            if ln.strip():
                keys.add(item_key(json.loads(ln), user_only=user_only))
    return keys


def dedupe(items: Iterable[Item], seen: set[str], *, user_only: bool = False) -> list[Item]:
    """Items whose key is non-empty and not in `seen`, in order; `seen` grows as a side effect."""
    kept: list[Item] = []
    for it in items:
        key = item_key(it, user_only=user_only)
        if key and key not in seen:
            seen.add(key)
            kept.append(it)
    return kept


def validate(items: Iterable[Item], check: Callable[[Item], bool] | None = None) -> None:
    """Assert a known label, a kind and non-empty text or turns; `check` adds a per-item test."""
    for it in items:
        assert it["label"] in LABELS, it
        assert str(it.get("kind", "")).strip(), it
        if "text" in it:
            assert str(it["text"]).strip(), it
        else:
            assert it["messages"] and all(str(m["content"]).strip() for m in it["messages"]), it
        assert check is None or check(it), it


def write_jsonl(path: Path, items: Iterable[Item]) -> None:
    """One JSON object per line, UTF-8, non-ASCII kept as is."""
    with path.open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")


def print_counts(name: str, items: Sequence[Item], kind_width: int = 34) -> None:
    """Print the item count, the count per label, and the count per (label, kind)."""
    print(f"{name}: {len(items)} items")
    for label, n in sorted(Counter(it["label"] for it in items).items()):
        print(f"  {label:14s} {n}")
    for (label, kind), n in sorted(Counter((it["label"], it["kind"]) for it in items).items()):
        print(f"  {label:14s} {kind:{kind_width}s} {n}")


def subject_rows(block: str) -> list[tuple[str, str]]:
    """(subject, row) pairs of a block whose rows are grouped under ``## subject`` headers."""
    out: list[tuple[str, str]] = []
    subject = "general"
    for ln in lines(block):
        if ln.startswith("## "):
            subject = ln[3:].strip()
        else:
            out.append((subject, ln))
    return out


def convo_items(block: str, label: str, kind: str) -> list[Item]:
    """One conversation item per ``~~~``-separated ``U:``/``A:`` record of a block."""
    return [{"messages": convo(c), "label": label, "kind": kind} for c in chunks(block)]


def starts_with_user(it: Item) -> bool:
    """A ``validate`` check: a conversation item's first turn is the user's."""
    return "text" in it or it["messages"][0]["role"] == "user"


def maybe_typo(rng: random.Random, text: str, p: float) -> str:
    """With probability ``p``, swap two adjacent letters in one longer word (sloppy typing)."""
    if rng.random() < p:
        text = swap_adjacent_letters(rng, text)
    return text


@dataclass(frozen=True, slots=True)
class Register:
    """Light register variation for short hand-written items: lower-casing, a prefix or a
    suffix (cumulative odds ``lower`` < ``prefix`` < ``suffix`` of one draw), then a typo."""

    prefixes: Sequence[str]
    suffixes: Sequence[str]
    lower: float
    prefix: float
    suffix: float
    typo: float

    def vary(self, rng: random.Random, text: str) -> str:
        """Maybe change the register of a single-paragraph item (at most two tweaks)."""
        if "\n" in text:
            return text
        r = rng.random()
        if r < self.lower:
            text = text.lower()
        elif r < self.prefix:
            text = f"{rng.choice(self.prefixes)} {text}"
        elif r < self.suffix:
            text = f"{text} {rng.choice(self.suffixes)}"
        if rng.random() < self.typo:
            text = swap_adjacent_letters(rng, text)
        return text.replace("  ", " ").strip()


# Rows kept as written (non-English rows, code): ``vary`` draws the same random numbers but
# changes nothing, so a generator's other draws stay where they were.
PLAIN = Register(prefixes=(), suffixes=(), lower=0.0, prefix=0.0, suffix=0.0, typo=0.0)


def varied(rng: random.Random, reg: Register, block: str, label: str, prefix: str) -> list[Item]:
    """Rows ``kind|text`` -> items of kind ``prefix`` + kind, each maybe re-registered."""
    out: list[Item] = []
    for row in lines(block):
        kind, text = row.split("|", 1)
        out.append(item(reg.vary(rng, text.strip()), label, prefix + kind.strip()))
    return out

    def items(self, rng: random.Random, block: str, label: str, kind: str) -> list[Item]:
        """One item per line of ``block``, each maybe varied."""
        return [item(self.vary(rng, t), label, kind) for t in lines(block)]


def output_path(doc: str | None, default: Path) -> Path:
    """A generator's ``--out`` argument (default: its own file beside the script), resolved.

    Writing elsewhere lets a batch be measured before it joins the corpus folder, where any
    ``*.jsonl`` changes the corpus hash and so triggers a classifier rebuild."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0] if doc else None)
    parser.add_argument(
        "--out", type=Path, default=default, help=f"output file (default {default.name})"
    )
    out: Path = parser.parse_args().out
    return out.resolve()


def finish_batch(
    items: Sequence[Item],
    default: Path,
    out: Path,
    check: Callable[[Item], bool] | None = starts_with_user,
    kind_width: int = 34,
    held_out: re.Pattern[str] | None = None,
) -> list[Item]:
    """Drop items whose text matches ``held_out`` (themes of an evaluation set the batch was
    written after looking at, so that set keeps measuring traffic the corpus was not written
    around), then duplicates of the corpus folder's other files (and within ``items``);
    validate, write ``out`` and print its counts; returns what was written."""
    if held_out is not None:
        items = [it for it in items if not held_out.search(text_of(it))]
    kept = dedupe(items, existing_keys(default.parent, {default, out}))
    validate(kept, check)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_jsonl(out, kept)
    print_counts(out.name, kept, kind_width=kind_width)
    return kept
