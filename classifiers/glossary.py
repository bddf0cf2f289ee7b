"""A small hand-written multilingual -> English glossary of risk-relevant domain words.

The backbone reads English; a request translated into another language keeps its meaning in a
few domain words. ``gloss`` rewrites those words into English so the translated request gets an
English-looking reading (classified as one more variant). The word lists live in
``glossary_data``, one table per matching mode:

- ``WORD``: whole words (Latin-script languages, short keys of other scripts);
- ``PREFIX``: a word starting with the key, for inflected languages (Russian, Ukrainian, Greek,
  Persian, Hindi, Turkish, Polish, Czech, Swahili stems); the whole word is replaced. A stem of
  several words is tried before the whole words, so it wins over a key for its first word;
- ``SUBSTRING``: anywhere, for scripts written without spaces or with attached particles
  (Chinese, Japanese, Korean, Thai, Arabic, Hebrew); the English is padded with spaces.

All keys of all modes are compiled into one trie-shaped regex (longest key first) that runs over a
case- and accent-folded copy of the text of the same length, so replacements are spliced into the
original text by position. Invariants: ``gloss`` returns ``None`` unless at least ``MIN_HITS``
words were translated, so ordinary English text never gains a variant here; keys that are already
their English word ("virus", "gas", "server") are not translations and are dropped; deterministic.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from classifiers.glossary_data import PREFIX, SUBSTRING, WORD

MIN_HITS = 2


@cache
def _fold_table() -> dict[int, str]:
    """Accented letter -> base letter for Latin, Greek, Cyrillic and Arabic: one char for one,
    so a folded text keeps every offset of the original."""
    table = {ord(a): b for a, b in zip("łđıøςیکىۀ", "ldiosيكيه", strict=True)}
    for lo, hi in ((0xC0, 0x250), (0x370, 0x500), (0x620, 0x6D4), (0x1E00, 0x2000)):
        for cp in range(lo, hi):
            nfkd = unicodedata.normalize("NFKD", chr(cp))
            base = "".join(c for c in nfkd if not unicodedata.combining(c))
            if len(base) == 1 and base != chr(cp):
                table.setdefault(cp, base)
    return table


def _fold(text: str) -> str:
    # "İ" is the one character whose lower case is two characters long.
    table = _fold_table()
    folded = text.replace("İ", "i").lower().translate(table)
    if len(folded) != len(text):  # defensive: keep offsets aligned whatever ``lower`` does
        folded = "".join(c.lower()[:1].translate(table) for c in text)
    return folded


def _parse(entries: str, pad: bool = False) -> dict[str, str]:
    """``key|key|...:english`` lines -> {folded key: English}; the first entry of a key wins."""
    table: dict[str, str] = {}
    for line in entries.strip().splitlines():
        keys, english = line.rsplit(":", 1)
        for key in keys.split("|"):
            # ``normalize.clean`` applies NFKC before glossing, which splits a few letters (Thai
            # "ำ" -> "ํา"): a key matches both as written and in that form.
            for form in dict.fromkeys((key.strip(), unicodedata.normalize("NFKC", key.strip()))):
                folded = _fold(form)
                # A key that is already one of its English words ("virus") is no translation.
                if folded and not {folded, folded + "s"} & set(english.split()):
                    table.setdefault(folded, f" {english} " if pad else english)
    return table


_Trie = dict[str, "_Trie"]  # character -> subtree; the key "" marks the end of a key


def _trie(keys: Iterable[str]) -> str:
    """A regex matching any of ``keys``, shaped as a trie so a position fails on its first
    character; at each node longer continuations come before the end, so the longest key wins."""
    root: _Trie = {}
    for key in keys:
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Trie) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")
        if len(alts) == 1:
            return alts[0]
        group = "(?:" + "|".join(alts) + ")"
        if "" in node or len(alts) <= 8:
            return group
        # ``re`` tries a branch's alternatives one by one; a look-ahead on the class of their
        # first characters (one bitmap test) rejects most positions before that scan.
        first = "".join(re.escape(ch) for ch in sorted(node))
        return f"(?=[{first}]){group}"

    return emit(root) if root else "(?!)"


@cache
def _tables() -> dict[str, dict[str, str]]:
    """Folded key -> English, per matching mode (built on first use, not at import)."""
    stems = _parse(PREFIX)
    # Multi-word stems ("گاز اعصاب" = nerve agent) get their own table: they are tried before
    # the whole words, whose match on the first word ("گاز" = fuel) would otherwise win.
    phrases = {k: v for k, v in stems.items() if " " in k}
    return {
        "q": phrases,
        "w": _parse(WORD),
        "p": {k: v for k, v in stems.items() if k not in phrases},
        "s": _parse(SUBSTRING, pad=True),
    }


# A word character: ``\w`` plus the combining marks (vowel signs, viramas, tone marks, points) that
# ``\w`` leaves out but that sit inside Devanagari, Thai, Hebrew, Arabic and accented words.
_W = r"[\w\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670\u0900-\u097f\u0e00-\u0e7f]"


@cache
def _pattern(ascii_only: bool) -> re.Pattern[str]:
    """Every key (``ascii_only``: the ASCII keys, which let ``gloss`` reject ordinary English
    text with one C-level scan of a smaller trie; ASCII text folds to its lower case, so the
    count is exact)."""

    def keys(mode: str) -> str:
        return _trie(k for k in _tables()[mode] if k.isascii() or not ascii_only)

    w = r"\w" if ascii_only else _W  # the same on ASCII text
    phrase = rf"(?<!{w})(?P<q>{keys('q')}){w}*"
    word = rf"(?<!{w})(?P<w>{keys('w')})(?!{w})"
    prefix = rf"(?<!{w})(?P<p>{keys('p')}){w}*"
    if ascii_only:  # substring keys are all non-ASCII
        return re.compile(f"{phrase}|{word}|{prefix}")
    return re.compile(f"{phrase}|{word}|{prefix}|(?P<s>{keys('s')})")


def gloss(text: str, min_hits: int = MIN_HITS) -> str | None:
    """``text`` with glossary words replaced by English, or ``None`` if fewer than
    ``min_hits`` words changed."""
    if text.isascii():
        folded = text.lower()
        if len(_pattern(True).findall(folded)) < min_hits:
            return None
    else:
        folded = _fold(text)
    tables = _tables()
    pieces: list[str] = []
    end = 0
    for m in _pattern(False).finditer(folded):
        mode = m.lastgroup or "s"
        pieces += (text[end : m.start()], tables[mode][m.group(mode)])
        end = m.end()
    if not pieces or len(pieces) < 2 * min_hits:
        return None
    pieces.append(text[end:])
    return "".join(pieces)
