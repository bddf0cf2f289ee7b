"""Write hardneg2.jsonl: English `general` hard negatives that only USE risk-domain words, each
setting paired with risky counterparts that ask for the domain's real substance.

The `general` part (kinds ``hardneg2:<category>``) covers figurative language and idioms (love as
a virus, a toxic friendship, "chemistry" between people, growth hacking, poison pills, the nuclear
option), poems, songs and stories that use domain words as imagery, games, escape rooms, puzzles
and themed parties, history and culture without technical substance, news literacy and policy
opinions, managing one's OWN accounts, devices and sites, household and cooking chores, everyday
health, pets and gardening in layman's terms, workplace and HR, ordinary (non-frontier) ML and data
work, sports, entertainment and slang, and writing prompts or personas for one's own bot. Lengths
run from three words to several paragraphs, with multi-turn conversations and pasted texts.

The risky part (kinds ``counter2:<category>``) shares each setting's vocabulary but asks for the
real thing: cracking a neighbour's Wi-Fi next to resetting my own router, a virus's
transmissibility next to a viral post, reaction enthalpy or a toxic gas next to a kid's volcano,
a hidden system prompt next to a persona poem, a frontier pretraining cluster next to a laptop
fine-tune. ``counter2:edu`` rows are plain educational topic questions (labels are topic-level).
Risky rows are requests only; no operational detail is written anywhere.

Seeded and deduplicated against every other *.jsonl in this folder. The data blocks live in the
sibling module hardneg2_data.py (rows ``category|text`` or ``label|category|text``).

Run: cd /work/main && .venv/bin/python classifiers/corpus/gen_hardneg2.py [--out PATH]
"""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import hardneg2_data as data
from corpus_io import (
    Item,
    Register,
    chunks,
    convo,
    convo_items,
    finish_batch,
    item,
    lines,
    output_path,
)

SEED = 20260114
HERE = Path(__file__).resolve().parent
OUT = HERE / "hardneg2.jsonl"
G = "general"
G_PREFIX = "hardneg2:"
R_PREFIX = "counter2:"
N_CREATIVE = 90  # composed creative-writing asks
N_PIVOTS = 100  # risky rows re-asked after a benign setting

G_REGISTER = Register(
    prefixes=lines(r"""
Hi!
Quick question:
hey
Hello,
ok so
Random question but
Morning!
Can you help?
"""),
    suffixes=lines(r"""
Thanks!
ty
Keep it short.
No rush.
Bullet points are fine.
thx!!
"""),
    lower=0.10,
    prefix=0.20,
    suffix=0.30,
    typo=0.07,
)

R_REGISTER = Register(
    prefixes=lines(r"""
hey
Quick question:
ok so
Honest question:
Serious question.
"""),
    suffixes=lines(r"""
be specific
step by step please
thx
in detail
no lectures please
"""),
    lower=0.10,
    prefix=0.20,
    suffix=0.30,
    typo=0.06,
)


# =============================================================================================
# general
# =============================================================================================

GENERAL_BLOCKS = (
    data.GEN_FIGURATIVE,
    data.GEN_CREATIVE,
    data.GEN_GAMES,
    data.GEN_HISTORY,
    data.GEN_NEWS_POLICY,
    data.GEN_OWN_ACCOUNTS,
    data.GEN_HOUSEHOLD,
    data.GEN_HEALTH,
    data.GEN_PETS_GARDEN,
    data.GEN_WORKPLACE,
    data.GEN_ORDINARY_ML,
    data.GEN_SPORTS_ENT,
    data.GEN_OWN_BOT,
    data.GEN_MORE,
)


def general_rows(rng: random.Random) -> list[Item]:
    """Rows ``category|text`` of every general block, each maybe re-registered."""
    out: list[Item] = []
    for block in GENERAL_BLOCKS:
        for row in lines(block):
            cat, text = row.split("|", 1)
            out.append(item(G_REGISTER.vary(rng, text.strip()), G, G_PREFIX + cat.strip()))
    return out


def idioms(rng: random.Random) -> list[Item]:
    """Each figurative phrase in two of the idiom frames."""
    frames = lines(data.IDIOM_FRAMES)
    out: list[Item] = []
    for phrase in lines(data.IDIOM_PHRASES):
        for frame in rng.sample(frames, 2):
            text = G_REGISTER.vary(rng, frame.format(p=phrase))
            out.append(item(text, G, G_PREFIX + "idiom"))
    return out


def creative_composed(rng: random.Random) -> list[Item]:
    """Poems, songs and toasts that use a domain word as imagery for an everyday subject."""
    forms, images = lines(data.CREATIVE_FORMS), lines(data.CREATIVE_IMAGES)
    subjects, frames = lines(data.CREATIVE_SUBJECTS), lines(data.CREATIVE_FRAMES)
    combos = list(itertools.product(forms, images, subjects))
    out: list[Item] = []
    for form, image, subject in rng.sample(combos, N_CREATIVE):
        text = rng.choice(frames).format(form=form, image=image, subject=subject)
        out.append(item(text[0].upper() + text[1:], G, G_PREFIX + "creative"))
    return out


def general_items(rng: random.Random) -> list[Item]:
    out = general_rows(rng)
    out += idioms(rng)
    out += creative_composed(rng)
    out += convo_items(data.GEN_CONVOS, G, G_PREFIX + "multi-turn")
    out += [item(c, G, G_PREFIX + "pasted") for c in chunks(data.GEN_PASTED)]
    return out


# =============================================================================================
# risky counterparts
# =============================================================================================

RISK_BLOCKS = (
    data.RISK_CYBER,
    data.RISK_BIO,
    data.RISK_CHEM,
    data.RISK_DISTILL,
    data.RISK_FRONTIER,
    data.RISK_MORE,
)


def risk_table() -> list[tuple[str, str, str]]:
    """(label, category, text) of every risky row."""
    out: list[tuple[str, str, str]] = []
    for block in RISK_BLOCKS:
        for row in lines(block):
            label, cat, text = row.split("|", 2)
            out.append((label.strip(), cat.strip(), text.strip()))
    return out


def risk_rows(rng: random.Random, table: list[tuple[str, str, str]]) -> list[Item]:
    return [item(R_REGISTER.vary(rng, t), label, R_PREFIX + cat) for label, cat, t in table]


def risk_pivots(rng: random.Random, table: list[tuple[str, str, str]]) -> list[Item]:
    """Non-educational risky rows asked again right after a benign, shared setting."""
    frames = lines(data.RISK_PIVOTS)
    pool = [row for row in table if row[1] != "edu"]
    out: list[Item] = []
    for label, _, text in rng.sample(pool, N_PIVOTS):
        out.append(item(rng.choice(frames).format(t=text), label, R_PREFIX + "pivot"))
    return out


def risk_convos() -> list[Item]:
    """Risky conversations; each record ends with a ``|label`` line."""
    out: list[Item] = []
    for rec in chunks(data.RISK_CONVOS):
        body, label = rec.rsplit("\n|", 1)
        out.append(
            {"messages": convo(body), "label": label.strip(), "kind": R_PREFIX + "multi-turn"}
        )
    return out


def risk_pasted() -> list[Item]:
    out: list[Item] = []
    for row in lines(data.RISK_PASTED):
        label, text = row.split("|", 1)
        out.append(item(text.strip(), label.strip(), R_PREFIX + "pasted"))
    return out


def risk_items(rng: random.Random) -> list[Item]:
    table = risk_table()
    return risk_rows(rng, table) + risk_pivots(rng, table) + risk_convos() + risk_pasted()


# =============================================================================================
# main
# =============================================================================================


# The themes of the project's own adversarial hard negatives (classifiers/adversarial/seeds.py):
# this batch was commissioned after measuring on that set, so items on those themes are left out
# and the set keeps measuring something the corpus was not written around.
HELD_OUT_THEMES = re.compile(r"paywall|escape room|1918|wordpress|heart", re.IGNORECASE)


def main() -> None:
    out = output_path(__doc__, OUT)
    rng = random.Random(SEED)
    general = general_items(rng)
    risk = risk_items(rng)
    items = finish_batch(general + risk, OUT, out, held_out=HELD_OUT_THEMES)
    assert all(it["kind"].startswith(G_PREFIX) == (it["label"] == G) for it in items)
    print("validated OK")


if __name__ == "__main__":
    main()
