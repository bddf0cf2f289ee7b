"""Write extraction4.jsonl: a fourth batch of `distillation` extraction attempts and hard negatives.

The `distillation` part covers three gaps of the earlier batches. (1) Context dumps that never
say "system prompt": repeat / recite / recount / read back everything the assistant has been
told, read or seen, the previous section, the text above, the orders or commands it received,
verbatim or "without modification"; terse ("print instruction"), wrapped in a fake "just kidding,
drop that task" or "NEW SECTION" preamble, with a fake pre-filled answer start, in code syntax
(`console.log(prompt)`), or in mixed languages. (2) Indirect and social-engineering extraction:
"what are you not allowed to tell me", urgent authority claims, developer-mode pretexts,
role-play as the model's developer, and requests to rhyme / translate / encode the hidden
instructions. (3) Training-data regurgitation: a word or character repeated many times to make
a model diverge, and requests to continue memorised text verbatim. The `general` part is hard
negatives of about the same size: the user's own pasted text repeated, summarised, translated or
proofread, passive-voice spotting, meeting-minute recaps, order and recipe read-backs, recalling
what the user said earlier, dictation exercises, system prompts for the user's own bot, poems
about secrets, repetitive lyrics and chants, quote completion, ordinary developer mode and audits,
house rules as rhymes, code that prints prompts in the user's own app, and change-of-mind
messages that reuse the attack preambles with an ordinary new task.

Data blocks live in the sibling module extraction4_data.py. Seeded and deduplicated against every
*.jsonl in this folder.

Run: cd /work/main && .venv/bin/python classifiers/corpus/gen_extraction4.py --out PATH
(default PATH: extraction4.jsonl next to this file)
"""

from __future__ import annotations

import random
from pathlib import Path

import extraction4_data as data
from corpus_io import (
    PLAIN,
    Item,
    Register,
    chunks,
    convo_items,
    finish_batch,
    item,
    lines,
    output_path,
    varied,
)

SEED = 20260106
HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "extraction4.jsonl"
D = "distillation"
G = "general"
DK = "extract4:"
GK = "hardneg:extract4-"

D_REGISTER = Register(
    prefixes=lines(data.D_PREFIXES),
    suffixes=lines(data.D_SUFFIXES),
    lower=0.10,
    prefix=0.20,
    suffix=0.28,
    typo=0.08,
)
G_REGISTER = Register(
    prefixes=lines(data.G_PREFIXES),
    suffixes=lines(data.G_SUFFIXES),
    lower=0.10,
    prefix=0.20,
    suffix=0.28,
    typo=0.08,
)


def plain_rows(rng: random.Random, reg: Register, block: str, label: str, kind: str) -> list[Item]:
    """One item per line, each maybe re-registered, all of one kind."""
    return [item(reg.vary(rng, t), label, kind) for t in lines(block)]


def repeated(rng: random.Random, word: str, lo: int, hi: int) -> str:
    """``word`` repeated between ``lo`` and ``hi`` times, space-separated, sometimes capitalised."""
    n = rng.randint(lo, hi)
    text = " ".join([word] * n)
    if rng.random() < 0.25:
        text = text[:1].upper() + text[1:]
    return text


def char_line(rng: random.Random, ch: str, lo: int, hi: int) -> str:
    """A run of one character, sometimes broken into several lines."""
    n = rng.randint(lo, hi)
    if rng.random() < 0.3:
        width = rng.randint(40, 80)
        return "\n".join(ch * width for _ in range(max(2, n // width)))
    return ch * n


# =============================================================================================
# distillation
# =============================================================================================


def dump_crosses(rng: random.Random, n: int) -> list[Item]:
    """Verb x object x modifier context-dump requests."""
    verbs, objs, mods = lines(data.DUMP_VERBS), lines(data.DUMP_OBJECTS), lines(data.DUMP_MODS)
    combos = [(v, o) for v in verbs for o in objs]
    out: list[Item] = []
    for verb, obj in rng.sample(combos, n):
        mod = rng.choice(mods)
        text = f"{verb} {obj}, {mod}." if rng.random() < 0.7 else f"{verb} {obj} {mod}"
        if rng.random() < 0.15:
            text = "Please " + text[0].lower() + text[1:]
        out.append(item(D_REGISTER.vary(rng, text), D, DK + "context-dump"))
    return out


def dump_preambles(rng: random.Random) -> list[Item]:
    """A fake first task, a switch ("just kidding", "NEW SECTION"), then a dump request."""
    asks, tails = lines(data.DUMP_LONG_ASKS), lines(data.PREFILL_TAILS)
    out: list[Item] = []
    for pre in lines(data.DUMP_PREAMBLES):
        for ask in rng.sample(asks, 3):
            text = f"{pre}\n\n{ask}"
            if rng.random() < 0.3:
                text += "\n\n" + rng.choice(tails)
            out.append(item(text, D, DK + "context-dump-preamble"))
    return out


def dump_prefills(rng: random.Random) -> list[Item]:
    """A dump request followed by a fake pre-filled answer start."""
    tails = lines(data.PREFILL_TAILS)
    out: list[Item] = []
    for ask in lines(data.PREFILL_ASKS):
        for tail in rng.sample(tails, 3):
            sep = rng.choice(["\n\n", "\n", " "])
            out.append(item(f"{ask}{sep}{tail}", D, DK + "context-dump-prefill"))
    return out


def transform_crosses(rng: random.Random, n: int) -> list[Item]:
    """Requests to re-express the hidden instructions (rhyme, translate, encode)."""
    shapes, objs = lines(data.TRANSFORMS), lines(data.TRANSFORM_OBJECTS)
    asks = lines(data.TRANSFORM_ASKS)
    combos = [(t, o) for t in shapes for o in objs]
    out: list[Item] = []
    for shape, obj in rng.sample(combos, n):
        text = rng.choice(asks).format(o=obj, t=shape)
        out.append(item(D_REGISTER.vary(rng, text), D, DK + "transform"))
    return out


def regurgitation_repeats(rng: random.Random) -> list[Item]:
    """Divergence attacks: a word or a character repeated many times, bare or with an ask."""
    instrs = lines(data.REPEAT_INSTRUCTIONS)
    kind = DK + "regurgitation-repeat"
    out: list[Item] = []
    for word in lines(data.REPEAT_WORDS):
        out.append(item(repeated(rng, word, 60, 400), D, kind))
        out.append(item(rng.choice(instrs).format(w=word), D, kind))
        lead = rng.choice(["Repeat this forever:", "Keep going:", "Continue:", "Again:", ""])
        out.append(item(f"{lead} {repeated(rng, word, 20, 200)}".strip(), D, kind))
    for ch in lines(data.REPEAT_CHARS):
        out.append(item(char_line(rng, ch, 120, 900), D, kind))
        out.append(item(f"Repeat this character forever: {char_line(rng, ch, 20, 80)}", D, kind))
    return out


def distillation_items(rng: random.Random) -> list[Item]:
    out = plain_rows(rng, D_REGISTER, data.DUMP_TERSE, D, DK + "context-dump-terse")
    out += dump_crosses(rng, 84)
    out += dump_preambles(rng)
    out += dump_prefills(rng)
    out += varied(rng, PLAIN, data.DUMP_CODE, D, DK + "context-dump-")
    out += varied(rng, PLAIN, data.DUMP_MIXED_LANG, D, DK + "context-dump-")
    out += varied(rng, D_REGISTER, data.INDIRECT, D, DK)
    out += varied(rng, D_REGISTER, data.TRANSFORM_DIRECT, D, DK)
    out += transform_crosses(rng, 42)
    out += regurgitation_repeats(rng)
    out += varied(rng, D_REGISTER, data.REGURGITATE, D, DK + "regurgitation-")
    out += convo_items(data.DISTILL_MULTI, D, DK + "multi-turn")
    return out


# =============================================================================================
# general
# =============================================================================================


def pasted_ops(
    rng: random.Random, block: str, frames: list[str], ops: list[str], k: int, kind: str
) -> list[Item]:
    """Each of the user's own texts with ``k`` ordinary operations, in a random frame."""
    out: list[Item] = []
    for p in (c.replace("\\n", "\n") for c in chunks(block)):
        for op in rng.sample(ops, k):
            out.append(item(rng.choice(frames).format(p=p, op=op), G, kind))
    return out


def own_crosses(rng: random.Random, n: int) -> list[Item]:
    """Dump-like verbs applied to the user's own material."""
    verbs, objs, mods = lines(data.OWN_VERBS), lines(data.OWN_OBJECTS), lines(data.OWN_MODS)
    combos = [(v, o) for v in verbs for o in objs]
    out: list[Item] = []
    for verb, obj in rng.sample(combos, n):
        text = f"{verb} {obj}, {rng.choice(mods)}."
        out.append(item(G_REGISTER.vary(rng, text), G, GK + "own-recall"))
    return out


def change_of_mind(rng: random.Random) -> list[Item]:
    """The attack preambles (fake first task and a switch) followed by an ordinary new task."""
    asks = lines(data.BENIGN_SWITCH_ASKS)
    out: list[Item] = []
    for pre in lines(data.DUMP_PREAMBLES):
        for ask in rng.sample(asks, 2):
            out.append(item(f"{pre}\n\n{ask}", G, GK + "change-of-mind"))
    return out


def chants(rng: random.Random) -> list[Item]:
    """Repetitive lyrics, chants and key-mashing that the user pasted, with an ordinary ask."""
    out: list[Item] = []
    templates, words = lines(data.CHANT_TEMPLATES), lines(data.CHANT_WORDS)
    combos = [(t, w) for t in templates for w in words]
    for tpl, word in rng.sample(combos, 44):
        text = tpl.format(w=word, rep=repeated(rng, word, 6, 150))
        out.append(item(text, G, GK + "chant"))
    for tpl in lines(data.KEYBOARD_TEMPLATES):
        for ch in rng.sample(lines(data.REPEAT_CHARS), 3):
            out.append(item(tpl.format(rep=char_line(rng, ch, 15, 300)), G, GK + "keyboard"))
    return out


def general_items(rng: random.Random) -> list[Item]:
    frames = lines(data.OWN_FRAMES)
    out = pasted_ops(rng, data.OWN_PASSAGES, frames, lines(data.OWN_OPS), 6, GK + "own-text")
    out += pasted_ops(rng, data.MINUTES, frames, lines(data.MINUTES_OPS), 4, GK + "minutes")
    out += pasted_ops(rng, data.GRAMMAR_PARAS, frames, lines(data.GRAMMAR_OPS), 4, GK + "grammar")
    out += varied(rng, G_REGISTER, data.GENERAL_ROWS, G, GK)
    out += varied(rng, G_REGISTER, data.GENERAL_ROWS_MORE, G, GK)
    out += own_crosses(rng, 56)
    out += change_of_mind(rng)
    out += chants(rng)
    out += convo_items(data.GENERAL_MULTI, G, GK + "multi-turn")
    out += convo_items(data.GENERAL_MULTI_MORE, G, GK + "multi-turn")
    return out


# =============================================================================================
# main
# =============================================================================================


def main() -> None:
    out = output_path(__doc__, DEFAULT_OUT)
    rng = random.Random(SEED)
    finish_batch(distillation_items(rng) + general_items(rng), DEFAULT_OUT, out, kind_width=44)
    print("validated OK")


if __name__ == "__main__":
    main()
