"""Exam-question rendering shared by the exam-format generators gen_mcq_breadth.py and
gen_sciences2.py in this folder.

A question is a data row ``code|fields`` under a ``## header`` line (see `parse_rows`): ``m``
multiple choice (``stem|correct|wrong|...``, the correct option written first), ``sa`` select all
(``stem|right;right|wrong;wrong``), ``tf`` (``statement|T or F``), ``fb`` (``sentence|answer``),
``n`` (``problem|answer``), ``o`` (open question) and ``c`` (casual message). The renderers take
its `Row`, ``(code, fields)``, so each generator keeps its own question tuple around it.

An `ExamStyle` holds one generator's wording (header, tail and wrapper templates, option-label
styles) and layout odds; its methods render a row as a standalone item, as one entry of a problem
set, or solved inside a few-shot prompt. Templates are filled by `ExamStyle.fill` from the
generator's random numbers (`upto`, `one_of`), a subject's names (see `subject`) and keywords.

Every function draws from the caller's `random.Random` in a fixed order, and a feature that is
switched off (odds 0, a single choice, no tails) draws nothing, so the generators' output depends
on this module byte for byte: change the draws only together with a regeneration check.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from corpus_io import Register, subject_rows

Row = tuple[str, list[str]]  # (row code, fields)
Draw = Callable[[random.Random], object]

# How many fields each row code has: ``m`` is a stem and four options (more are allowed).
FIELDS = {"m": 5, "sa": 3, "tf": 2, "fb": 2, "n": 2, "o": 1}
NUMBERING = ("{i}. ", "{i}) ", "Q{i}. ", "({a}) ", "Question {i}: ")
FEW_FORMATS = ("letter", "paren", "qa")
LEADS = {"tf": "True or false: ", "fb": "Fill in the blank: "}
TRUTH = {"T": "True", "F": "False"}


def upto(lo: int, hi: int) -> Draw:
    """A template number drawn as ``rng.randint(lo, hi)``."""
    return lambda rng: rng.randint(lo, hi)


def one_of(values: Sequence[object]) -> Draw:
    """A template value drawn as ``rng.choice(values)``."""
    return lambda rng: rng.choice(values)


def pick(rng: random.Random, values: Sequence[str]) -> str:
    """``rng.choice(values)``, except that a single value is returned without a draw."""
    return values[0] if len(values) == 1 else rng.choice(values)


def subject(name: str) -> dict[str, str]:
    """Template names for a subject: ``{subj}`` as written, ``{Subj}`` capitalised."""
    return {"subj": name, "Subj": name[:1].upper() + name[1:]}


def parse_rows(block: str, fields: Mapping[str, int]) -> list[tuple[str, str, list[str]]]:
    """Rows ``code|fields`` grouped under ``## header`` lines -> (header, code, fields); `fields`
    maps each known code to its field count (see `FIELDS`)."""
    out: list[tuple[str, str, list[str]]] = []
    for head, row in subject_rows(block):
        code, *values = (x.strip() for x in row.split("|"))
        need = fields.get(code)
        more = code == "m" and need is not None and len(values) > need
        assert need is not None and (len(values) == need or more), row
        out.append((head, code, values))
    return out


def label_list(style: str, k: int) -> list[str]:
    """``k`` option labels in a style such as ``"({L}) "`` ({L}, {l}: letter; {n}: digit)."""
    return [style.format(L="ABCDEFG"[i], l="abcdefg"[i], n=i + 1) for i in range(k)]


def options(rng: random.Random, fields: list[str], none_odds: float) -> tuple[list[str], int]:
    """The options shuffled (the correct one is written first) and the answer's index; with odds
    `none_odds` the last-written option is replaced by a trailing "None of the above"."""
    opts = list(fields)
    rng.shuffle(opts)
    if none_odds and rng.random() < none_odds:
        opts = [o for o in opts if o != fields[-1]] + ["None of the above"]
    return opts, opts.index(fields[0])


def select_options(f: list[str]) -> list[str]:
    """A select-all row's options, right ones first (a new list, unshuffled)."""
    return f[1].split(";") + f[2].split(";")


@dataclass(frozen=True, slots=True)
class Layout:
    """How labelled options are laid out: one per line (``r < lines``), on one line joined by
    `sep` (``r < inline``), else one per line indented by `indent`."""

    lines: float
    inline: float
    sep: str
    indent: str

    def body(self, rng: random.Random, opts: list[str], labs: list[str]) -> str:
        """The options with their labels, laid out."""
        parts = [lab + o for lab, o in zip(labs, opts, strict=True)]
        r = rng.random()
        if r < self.lines:
            return "\n".join(parts)
        if r < self.inline:
            return self.sep.join(parts)
        return "\n".join(self.indent + p for p in parts)


@dataclass(frozen=True, slots=True)
class ExamStyle:
    """One generator's exam wording and layout. Odds of 0, empty `sa_tails` and a one-element
    `few_formats` switch a feature off without drawing a random number."""

    numbers: Sequence[tuple[str, Draw]]  # template numbers, drawn in this order for every fill
    opt_styles: Sequence[str]  # option-label styles of standalone questions
    layout: Layout
    mcq_heads: Sequence[str]
    mcq_tails: Sequence[str]
    intros: Sequence[str]  # casual wrappers of a multiple-choice question ({w}: a label)
    heads: Mapping[str, Sequence[str]]  # templates ({s}: the text) of tf, fb, n and o rows
    sa_instr: Sequence[str]
    few_heads: Sequence[str]
    few_styles: Sequence[str]  # option-label styles of few-shot prompts
    pick_strip: str  # stripped from a label named by an intro
    answer_strip: str  # stripped from a (whitespace-stripped) label given as an answer
    few_formats: Sequence[str] = FEW_FORMATS
    set_style: str = "{L}) "  # option-label style inside problem sets
    numbering: Sequence[str] = NUMBERING  # entry numbers of sets ({i}, {a} or {A})
    sa_tails: Sequence[str] = ()
    sa_instr_unless_all: bool = True  # no instruction when the stem already says "all"
    sa_tag: str = " (select all that apply)"
    sa_labelled: bool = True  # select-all options in a set: labelled, or a "; " list
    casual: Register | None = None  # re-registers ``c`` rows
    none_odds: float = 0.0  # "None of the above" replaces an option
    question_odds: float = 0.0  # "Question: " before a stem
    intro_odds: float = 0.1
    gap_odds: float = 0.0  # a blank line after a header
    bank_odds: float = 0.0  # a word bank after a fill-in-the-blank

    def fill(self, rng: random.Random, tpl: str, ctx: Mapping[str, str], **kw: str) -> str:
        """Format a template with fresh random numbers, the context's names and `kw`."""
        drawn = {name: draw(rng) for name, draw in self.numbers}
        return tpl.format(**drawn, **ctx, **kw)

    def labels(self, rng: random.Random, k: int) -> list[str]:
        """``k`` labels in a random style of `opt_styles`."""
        return label_list(rng.choice(self.opt_styles), k)

    def mcq(self, rng: random.Random, ctx: Mapping[str, str], f: list[str]) -> str:
        """A multiple-choice question with a header and tail, or inside a casual intro."""
        opts, _ = options(rng, f[1:], self.none_odds)
        labs = self.labels(rng, len(opts))
        stem = f[0]
        if self.question_odds and rng.random() < self.question_odds:
            stem = "Question: " + stem
        body = self.layout.body(rng, opts, labs)
        if rng.random() < self.intro_odds:
            w = rng.choice(labs).strip(self.pick_strip)
            return f"{self.fill(rng, rng.choice(self.intros), ctx, w=w)}\n\n{stem}\n{body}"
        head = self.fill(rng, rng.choice(self.mcq_heads), ctx)
        tail = rng.choice(self.mcq_tails)
        core = "\n".join(p for p in (stem, body, tail) if p)
        if not head:
            return core
        gap = self.gap_odds and rng.random() < self.gap_odds
        return f"{head}\n\n{core}" if gap else f"{head}\n{core}"

    def select_all(self, rng: random.Random, f: list[str]) -> str:
        """A select-all question with an instruction and maybe a tail."""
        opts = select_options(f)
        rng.shuffle(opts)
        body = self.layout.body(rng, opts, self.labels(rng, len(opts)))
        skip = self.sa_instr_unless_all and "all" in f[0].lower()
        instr = "" if skip else rng.choice(self.sa_instr)
        tail = rng.choice(self.sa_tails) if self.sa_tails else ""
        return "\n".join(p for p in (f"{f[0]} {instr}".strip(), body, tail) if p)

    def render(
        self, rng: random.Random, ctx: Mapping[str, str], row: Row, bank: Sequence[str] = ()
    ) -> str:
        """One row as a standalone item; `bank` holds fill-in answers for word banks."""
        code, f = row
        if code == "m":
            return self.mcq(rng, ctx, f)
        if code == "sa":
            return self.select_all(rng, f)
        if code == "c" and self.casual is not None:
            return self.casual.vary(rng, f[0])
        text = self.fill(rng, rng.choice(self.heads[code]), ctx, s=f[0])
        if code == "fb" and self.bank_odds and rng.random() < self.bank_odds:
            words = sorted({f[1], *rng.sample(bank, min(3, len(bank)))})
            text += "\nWord bank: " + ", ".join(words)
        return text

    def compact(self, rng: random.Random, row: Row) -> str:
        """A row as one entry of a problem set (options on one line)."""
        code, f = row
        if code not in ("m", "sa"):
            return LEADS.get(code, "") + f[0]
        opts = f[1:] if code == "m" else select_options(f)
        rng.shuffle(opts)
        if code == "sa" and not self.sa_labelled:
            return f"{f[0]}{self.sa_tag} " + "; ".join(opts)
        tag = "" if code == "m" else self.sa_tag
        labs = label_list(self.set_style, len(opts))
        return f"{f[0]}{tag} " + "  ".join(lab + o for lab, o in zip(labs, opts, strict=True))

    def solved_mcq(self, rng: random.Random, f: list[str], fmt: str, style: str) -> tuple[str, str]:
        """A multiple-choice question in few-shot layout `fmt`, as (text, answer)."""
        opts, k = options(rng, f[1:], self.none_odds)
        labs = [x.strip() for x in label_list(style, len(opts))]
        letter = labs[k].strip(self.answer_strip)
        pairs = zip(labs, opts, strict=True)
        if fmt == "letter":
            body = "\n".join(f"{a} {o}" for a, o in pairs)
            return f"{f[0]}\n{body}", letter
        if fmt == "paren":
            body = " ".join(f"({a.strip(self.answer_strip)}) {o}" for a, o in pairs)
            return f"Question: {f[0]}\nChoices: {body}", f"({letter})"
        body = " ".join(f"{a} {o}" for a, o in pairs)
        return f"Q: {f[0]} {body}", letter

    def solved(self, rng: random.Random, row: Row, fmt: str, style: str, last: bool) -> str:
        """A row in few-shot layout, with its answer unless it is the final (open) one."""
        code, f = row
        if code == "m":
            text, ans = self.solved_mcq(rng, f, fmt, style)
        else:
            text = f"{'Q: ' if fmt == 'qa' else ''}{LEADS.get(code, '')}{f[0]}"
            ans = TRUTH.get(f[1], f[1]) if code == "tf" else f[1]
        key = "A:" if fmt == "qa" else "Answer:"
        return f"{text}\n{key}" if last else f"{text}\n{key} {ans}"

    def fewshot(self, rng: random.Random, ctx: Mapping[str, str], pool: Sequence[Row]) -> str:
        """Three to five rows of `pool` solved in one format, the last one left open."""
        picks = rng.sample(pool, min(len(pool), rng.randint(3, 5)))
        fmt = pick(rng, self.few_formats)
        style = rng.choice(self.few_styles)
        head = self.fill(rng, rng.choice(self.few_heads), ctx)
        last = len(picks) - 1
        body = "\n\n".join(self.solved(rng, q, fmt, style, i == last) for i, q in enumerate(picks))
        return f"{head}\n\n{body}" if head else body

    def numbered(self, rng: random.Random, head: str, entries: list[str]) -> str:
        """`head` over the entries, numbered in one random style of `numbering`."""
        num = rng.choice(self.numbering)
        body = "\n".join(
            num.format(i=i + 1, a="abcdefg"[i], A="ABCDEFG"[i]) + e for i, e in enumerate(entries)
        )
        return f"{head}\n{body}"

    def problem_set(self, rng: random.Random, head: str, rows: Sequence[Row]) -> str:
        """`head` over the rows, each in `compact` form, numbered."""
        return self.numbered(rng, head, [self.compact(rng, row) for row in rows])
