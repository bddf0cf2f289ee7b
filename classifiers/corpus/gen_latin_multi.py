"""Write latin_multi.jsonl: everyday and risk-domain requests in Latin-script languages.

The backbone's English WordPiece vocabulary shreds foreign text into sub-word noise, so a Dutch
question about apple pie or a Vietnamese request for a leave email used to land on a risk label.
This batch teaches that everyday requests in other Latin-script languages are `general`, while
risky requests in those languages keep their domain.

Languages: French, Spanish, German, Italian, Portuguese (pt-br, pt-pt), Dutch, Polish, Czech,
Romanian, Turkish, Indonesian, Malay, Vietnamese (with diacritics, some without), Swahili,
Tagalog, Swedish, Danish and Norwegian (da, no). Roughly equal share per language (Portuguese
and Danish/Norwegian each count as one share, split between their two variants).

- kind `multi:<lang>-everyday`, label `general` (~60%): cooking, travel, homework in non-risk
  subjects, emails and letters, layman health worries, one's own router or account password,
  phone trouble, jobs and CVs, small talk, translation and proofreading ("repeat my text but fix
  the spelling" is not distillation), recommendations, sports, relationships; some short
  multi-turn conversations.
- kind `multi:<lang>-<label>` (~40%), the five risk domains: school-level topic questions and
  clearly risky requests. Risky items are requests only: no operational detail anywhere.

Data blocks live in sibling modules (latin_multi_data_*.py), one per language group. Rows are
`code|text` with code g (general), cy, bi, ch, di, fm; conversations are `U:`/`A:` records
separated by `~~~`. Every sentence is hand-written. A few Vietnamese rows are also emitted with
their diacritics stripped (people often type Vietnamese without them).

Deterministic (seeded RNG); deduplicated against every other *.jsonl in this folder.

Run: .venv/bin/python classifiers/corpus/gen_latin_multi.py [--out PATH]
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

from corpus_io import (
    Item,
    convo_items,
    finish_batch,
    item,
    lines,
    maybe_typo,
    output_path,
)
from latin_multi_data_north import NORTH
from latin_multi_data_romance import ROMANCE
from latin_multi_data_south import SOUTH

SEED = 20251203
HERE = Path(__file__).resolve().parent
OUT = HERE / "latin_multi.jsonl"

CODES = {
    "g": "general",
    "cy": "cybersecurity",
    "bi": "biology",
    "ch": "chemistry",
    "di": "distillation",
    "fm": "frontier_ml",
}
TYPO_P = 0.06  # sloppy typing on single-line general rows
VI_UNACCENTED = 14  # Vietnamese rows also emitted without diacritics


def kind_for(lang: str, label: str) -> str:
    return f"multi:{lang}-" + ("everyday" if label == "general" else label)


def strip_marks(text: str) -> str:
    """Vietnamese as typed without diacritics: drop combining marks, đ -> d."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def language_items(rng: random.Random, lang: str, block: str, convos: str) -> list[Item]:
    out: list[Item] = []
    for row in lines(block):
        code, text = row.split("|", 1)
        label = CODES[code.strip()]
        text = text.strip()
        if label == "general" and "\n" not in text:
            text = maybe_typo(rng, text, TYPO_P)
        out.append(item(text, label, kind_for(lang, label)))
    out.extend(convo_items(convos, "general", kind_for(lang, "general")))
    if lang == "vi":
        singles = [it for it in out if "text" in it and strip_marks(it["text"]) != it["text"]]
        for it in rng.sample(singles, VI_UNACCENTED):
            out.append(item(strip_marks(it["text"]), it["label"], it["kind"]))
    return out


def build(rng: random.Random) -> list[Item]:
    items: list[Item] = []
    for lang, block, convos in [*ROMANCE, *NORTH, *SOUTH]:
        items.extend(language_items(rng, lang, block, convos))
    return items


def main() -> None:
    out = output_path(__doc__, OUT)
    items = finish_batch(build(random.Random(SEED)), OUT, out, kind_width=30)
    assert all(it["kind"].startswith("multi:") for it in items)


if __name__ == "__main__":
    main()
