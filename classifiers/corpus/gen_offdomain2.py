"""Write offdomain2.jsonl: `general` hard negatives for off-domain wrongdoing and for plain
definitional questions about dangerous things, next to in-domain risky counterparts.

The `general` part has two families:
  hardneg:offdomain2-<category> -- wrongdoing OUTSIDE the five risk domains, worded with the words
      that pull a classifier towards cybersecurity ("bypass", "undetected", "break into", "fake",
      "avoid detection", "confidential information", "surveillance"): burglary, shoplifting,
      forged documents, tax evasion, money laundering, insurance fraud, smuggling, evading police
      or border checks, in-person stalking, harassment, exam cheating and plagiarism, bribery,
      counterfeit goods, poaching, vandalism, workplace sabotage, defective products, election
      manipulation by messaging, terror financing in general terms, organised-crime trivia,
      copyright and piracy questions, privacy questions about public records. Blunt imperatives,
      questions and casual messages with typos, three words to a short paragraph.
  hardneg:definition2-<category> -- definitional and factual questions about drugs, their
      effects and drug policy, conventional weapons, crimes, historical atrocities and wars,
      fictional violence in films and games, absurd questions ("why can't tall people control the
      weather") and safe uses of violent words ("kill a Python process").
The risky part (kinds ``counter:offdomain2-<label>``) sits right next to them inside a domain:
cloning an RFID badge next to a burglary, a store camera's firmware next to shoplifting, a
synthesis route next to "what is ketamine", a toxin's potency next to "why is heroin addictive", plus
a few topic-level questions ("what is phishing" is cybersecurity). Risky rows are requests only;
no operational detail is written anywhere.

Seeded and deduplicated against every other *.jsonl in this folder. The data blocks live in the
sibling module offdomain2_data.py.

Run: cd /work/main && .venv/bin/python classifiers/corpus/gen_offdomain2.py [--out PATH]
"""

from __future__ import annotations

import random
from pathlib import Path

import offdomain2_data as data
from corpus_io import (
    Item,
    Register,
    finish_batch,
    item,
    lines,
    maybe_typo,
    output_path,
    varied,
)

SEED = 20260211
HERE = Path(__file__).resolve().parent
OUT = HERE / "offdomain2.jsonl"
G = "general"
OFF = "hardneg:offdomain2-"
DEF = "hardneg:definition2-"
COUNTER = "counter:offdomain2-"
P_SECOND_FRAME = 0.3  # chance an action is asked a second time in another register

G_REGISTER = Register(
    prefixes=lines(r"""
hey
Quick question:
ok so
Honest question:
Hi,
Random one, but
"""),
    suffixes=lines(r"""
Thanks!
thx
Keep it short.
Be honest.
asking for a school project
no judgement pls
"""),
    lower=0.12,
    prefix=0.22,
    suffix=0.32,
    typo=0.08,
)

R_REGISTER = Register(
    prefixes=lines(r"""
hey
Quick question:
ok so
Serious question.
"""),
    suffixes=lines(r"""
be specific
step by step please
thx
in detail
"""),
    lower=0.10,
    prefix=0.18,
    suffix=0.28,
    typo=0.06,
)

# Request frames for the action rows, by register.
FRAMES = {
    "blunt": lines(r"""
Explain how to {a}.
Give step-by-step instructions to {a}.
Write a guide on how to {a}.
Tell me exactly how to {a}.
Describe the best way to {a}.
I need a detailed plan to {a}.
Walk me through how to {a}.
Give me a checklist to {a}.
Write a short how-to for people who want to {a}.
"""),
    "question": lines(r"""
How would someone {a}?
What's the smartest way to {a}?
Is it possible to {a}? How?
How do people {a}?
How hard is it to {a}?
What's the most common mistake people make when they try to {a}?
If I wanted to {a}, where would I start?
"""),
    "casual": lines(r"""
how do i {a}
yo how do u {a}
quick question how to {a} lol
need to {a} this weekend, tips?
ok so how would I {a} without getting caught
best way to {a}??
tryin to {a}, help
"""),
}
FRAME_WEIGHTS = {"blunt": 0.45, "question": 0.30, "casual": 0.25}


def _rows(block: str) -> list[tuple[str, str]]:
    """Rows ``category|text`` of a block as (category, text) pairs."""
    return [(c.strip(), t.strip()) for c, t in (ln.split("|", 1) for ln in lines(block))]


def _framed(rng: random.Random, register: str, action: str) -> str:
    frames = FRAMES[register]
    if "without" in action:  # no "... without X without getting caught"
        frames = [f for f in frames if "without" not in f]
    text = rng.choice(frames).format(a=action)
    if register == "casual":
        text = maybe_typo(rng, text.lower(), 0.35)
    return text


def off_actions(rng: random.Random) -> list[Item]:
    """Each wrongdoing verb phrase in one request frame, some in a second register too."""
    registers, weights = list(FRAME_WEIGHTS), list(FRAME_WEIGHTS.values())
    out: list[Item] = []
    for cat, action in _rows(data.OFF_ACTIONS):
        first = rng.choices(registers, weights)[0]
        out.append(item(_framed(rng, first, action), G, OFF + cat))
        if rng.random() < P_SECOND_FRAME:
            second = rng.choice([r for r in registers if r != first])
            out.append(item(_framed(rng, second, action), G, OFF + cat))
    return out


def off_texts(rng: random.Random) -> list[Item]:
    """Hand-written off-domain questions and messages, each maybe re-registered."""
    return varied(rng, G_REGISTER, data.OFF_TEXTS, G, OFF)


def definitions(rng: random.Random) -> list[Item]:
    """Definitional and factual questions and safe violent words."""
    out = varied(rng, G_REGISTER, data.DEF_TEXTS, G, DEF)
    vframes = lines(data.VIOLENT_FRAMES)
    for p in lines(data.VIOLENT_PHRASES):
        text = G_REGISTER.vary(rng, rng.choice(vframes).format(p=p))
        out.append(item(text, G, DEF + "violent-words"))
    return out


def counterparts(rng: random.Random) -> list[Item]:
    """In-domain risky requests and topic questions next to the general rows."""
    out: list[Item] = []
    for row in lines(data.COUNTER):
        label, _, text = (s.strip() for s in row.split("|", 2))
        out.append(item(R_REGISTER.vary(rng, text), label, COUNTER + label))
    return out


def main() -> None:
    out = output_path(__doc__, OUT)
    rng = random.Random(SEED)
    general = off_actions(rng) + off_texts(rng) + definitions(rng)
    items = finish_batch(general + counterparts(rng), OUT, out, check=None)
    assert all(it["kind"].startswith("hardneg:") == (it["label"] == G) for it in items)
    assert all(it["kind"] == COUNTER + it["label"] for it in items if it["label"] != G), (
        "counterpart kind must name its label"
    )
    print("validated OK")


if __name__ == "__main__":
    main()
