"""Write sciences2.jsonl: a second, broader sweep of biology and chemistry coursework against an
equal-or-larger share of `general` science, maths and everyday questions in the SAME formats.

Biology (kinds ``mcq2:biology-<subtopic>``) covers the whole school and college syllabus: cells and
organelles, membranes, enzymes and bioenergetics, the cell cycle, Mendelian genetics with
probability problems, molecular genetics, biotechnology, medical genetics and counselling risks,
population genetics, evolution and its history, ecology, plant biology, animal physiology,
immunology, behaviour, microbiology, virology and lab technique. Chemistry (kinds
``mcq2:chemistry-<subtopic>``) covers quantum chemistry, NMR (spin states 2I+1, Larmor frequencies,
pulses), EPR hyperfine lines and g-values, IR / Raman / UV-vis / fluorescence, mass spectrometry,
nuclear chemistry (nuclide notation, decay, binding energy per nucleon), statistical and classical
thermodynamics, kinetics, equilibria, acids and bases, analytical chemistry (errors, replicate
statistics, signal averaging, internal standards, chromatography), electrochemistry, inorganic
(crystal field, MO theory), organic (mechanisms, stereochemistry) and general chemistry.

The `general` share (kinds ``hardneg:sciences2-<subject>``, at least half of the file) is written
in the same formats on physics (mechanics, circuits, optics, waves, engines, relativity),
astronomy, earth science, meteorology, maths, statistics, coin / dice / card probability,
engineering, nutrition, fitness, clinical medicine, nursing, pharmacy counselling, kitchen
science, cleaning, gardening, pet care, psychology, economics, and everyday uses of science words
("cell" in a spreadsheet, "bond" yields, company "culture", "viral" videos, the "half-life" of a
skill, "chemistry" between people). Physics rows stay away from spectroscopy and nuclear or
quantum chemistry, which are chemistry here.

Each data row is ``code|fields`` under a ``## subtopic`` header: ``m|stem|correct|wrong|wrong|wrong``
(multiple choice; the correct option is written first and shuffled at render time),
``tf|statement|T or F``, ``fb|sentence with ____|answer``, ``n|numeric problem|answer``,
``o|open question``, ``c|casual student message`` (re-registered with ``Register``) and
``sa|stem|right;right|wrong;wrong``. Only the rendering is combinatorial: option label styles,
headers, tails, "I picked B" intros, a casual re-ask of some multiple-choice stems, few-shot prompts,
problem sets, true/false groups and parametric numeric problems with fresh numbers. Long passages
(150-250 words) are hand-written records. Deterministic (SEED); dedupes against every other *.jsonl
in this folder. The data blocks live in sciences2_data_bio.py, sciences2_data_chem.py and
sciences2_data_general.py.

Run: cd /work/main && .venv/bin/python classifiers/corpus/gen_sciences2.py [--out PATH]
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import sciences2_data_bio as bio
import sciences2_data_chem as chem
import sciences2_data_general as gen
from corpus_io import (
    Item,
    Register,
    chunks,
    finish_batch,
    item,
    lines,
    maybe_typo,
    output_path,
)
from exam_format import FIELDS, ExamStyle, Layout, one_of, parse_rows, subject, upto

SEED = 20260314
TYPO_ODDS = 0.03  # one swapped-letter typo in formal items
P_ECHO = 0.15  # chance a question-shaped MCQ stem is also asked casually, without options
P_CHECK = 0.2  # chance a parametric problem comes as "I got X, is that right?"
HERE = Path(__file__).resolve().parent
OUT = HERE / "sciences2.jsonl"
B, C, G = "biology", "chemistry", "general"

Q = tuple[str, str, list[str]]  # (subtopic, row code, fields)
Num = tuple[str, str, str]  # (subtopic, problem text, answer)


def kind_of(label: str, subj: str) -> str:
    """``mcq2:<label>-<subtopic>`` for the risk domains, ``hardneg:sciences2-<subject>`` else."""
    return f"hardneg:sciences2-{subj}" if label == G else f"mcq2:{label}-{subj}"


# ---------------------------------------------------------------------------------------------
# Rendering: option labels, headers, tails, wrappers
# ---------------------------------------------------------------------------------------------

OPT_STYLES = ["{L}. ", "{L}) ", "({L}) ", "{l}. ", "{l}) ", "({l}) ", "{L} - ", "{n}. ", "[{L}] "]
MCQ_HEADS = [
    *[""] * 8,
    "Question {n}",
    "Q{n}.",
    "{n})",
    "Item {n} of {tot}",
    "MCQ {n} ({m} marks)",
    "Topic: {subj}",
    "[{Subj}]",
    "{Subj} - unit {qz} review",
    "Midterm practice, {subj}, question {n}",
    "Choose the one best answer.",
    "Select the most appropriate option.",
    "Circle the correct answer.",
    "The following is a multiple-choice question on {subj}.",
    "Answer this {subj} question with a single letter.",
    "Part {part}. Multiple choice.",
    "Past paper {yr}, question {n}",
]
MCQ_TAILS = [
    *[""] * 7,
    "Answer:",
    "Answer: ____",
    "Your answer:",
    "Give the letter and a one-line reason.",
    "Explain why the other options are wrong.",
    "Reply with the letter only.",
    "Which one is it, and why?",
]
MCQ_INTROS = [
    "I put {w} for this one but the answer key says otherwise - who's right?",
    "Can you check this one from my {subj} homework?",
    "no idea how to do this one, help:",
    "From last year's {subj} paper. Walk me through it?",
    "My study group is split between {w} and another option on this:",
    "Revision question I keep getting wrong:",
]
ECHO_FRAMES = [
    "can someone explain this one: {s}",
    "{s} - no options given, just explain the idea pls",
    "hw question: {s} how do I even approach this",
    "quick one for {subj} revision: {s}",
    "{s} (trying to understand, not just get the answer)",
    "my teacher asked this in class and I blanked: {s}",
]
CHECK_FRAMES = [
    "{s}\nI got {a}. Is that right?",
    "Can you check my answer? {s} My answer: {a}",
    "{s} The answer in the back of the book is {a} but I don't see how they got it.",
    "{s}\nMy working gives {a} - can you show the method so I can compare?",
]
TF_HEADS = [
    "True or false: {s}",
    "T or F? {s}",
    "{s} True or false?",
    "{s}\n(a) True (b) False",
    "Decide if the statement is true or false, and justify your answer.\n{s}",
    'Is the following statement correct? "{s}"',
    "Q{n}. True/False: {s}",
    "{s}\nT / F",
]
FILL_HEADS = [
    "Fill in the blank: {s}",
    "Complete: {s}",
    "{s}",
    "Q{n}. Complete the sentence.\n{s}",
    "Missing word? {s}",
    "{Subj} cloze exercise: {s}",
]
NUM_HEADS = [
    "{s}",
    "{s}",
    "{s}",
    "Problem {n}: {s}",
    "{s} Show all working.",
    "{s} Give your answer to 3 s.f.",
    "Q{n} ({m} marks). {s}",
    "Worked problem needed: {s}",
    "{Subj} calculation. {s}",
    "{s}\nAnswer = ______",
    "pls help with this {subj} calc: {s}",
    "{s} I got a weird number, can you show the steps?",
]
OPEN_HEADS = [
    "{s}",
    "{s}",
    "{s} ({m} marks)",
    "Short answer: {s}",
    "Q{n}. {s}",
    "{s} Answer in about 100 words.",
    "Exam-style question ({subj}): {s}",
    "Essay plan needed: {s}",
    "{s} Use bullet points.",
    "Revision card - {Subj}\n{s}",
]
SET_HEADS = [
    "{Subj} homework {qz} - answer all parts.",
    "Problem set {qz}, {subj}",
    "Tutorial sheet {qz}",
    "Revision questions ({subj}):",
    "Can you do these {subj} questions and explain each one?",
    "End-of-chapter questions, chapter {qz}",
    "Section {part}: short questions, {m} marks each",
    "worksheet for tomorrow, stuck on all of these:",
]
TF_GROUP_HEADS = [
    "State whether each statement is true or false.",
    "True or false? Correct the false ones.",
    "Quick check ({subj}): T or F for each.",
    "Mark each statement T or F ({m} marks total).",
]
FEW_HEADS = [
    "The following are multiple-choice questions (with answers) about {subj}.",
    "Here are worked {subj} examples. Answer the last question in the same way.",
    "{Subj} quiz - first questions answered as examples.",
    "",
]

CASUAL = Register(
    prefixes=lines(r"""
hey
ok so
quick q:
pls help
hi!
sorry if this is dumb but
"""),
    suffixes=lines(r"""
thx
exam tmrw
pls explain simply
im so lost
??
thanks in advance
"""),
    lower=0.25,
    prefix=0.45,
    suffix=0.65,
    typo=0.25,
)


# How a subtopic is named inside headers and wrappers (default: hyphens become spaces).
DISPLAY = {
    "general": "general chemistry",
    "cell": "cell biology",
    "molecular": "molecular biology",
    "biotech": "biotechnology",
    "plants": "plant biology",
    "physiology": "animal physiology",
    "behaviour": "animal behaviour",
    "lab": "lab skills",
    "quantum": "quantum chemistry",
    "nmr": "NMR spectroscopy",
    "epr": "EPR spectroscopy",
    "mass-spec": "mass spectrometry",
    "nuclear": "nuclear chemistry",
    "thermodynamics": "chemical thermodynamics",
    "kinetics": "chemical kinetics",
    "equilibrium": "chemical equilibrium",
    "acid-base": "acid-base chemistry",
    "analytical": "analytical chemistry",
    "inorganic": "inorganic chemistry",
    "organic": "organic chemistry",
    "everyday-words": "general knowledge",
}


STYLE = ExamStyle(
    numbers=(
        ("n", upto(1, 48)),
        ("m", one_of([1, 2, 2, 3, 4, 5, 6, 10])),
        ("qz", upto(1, 14)),
        ("tot", one_of([20, 25, 30, 40, 50])),
        ("yr", upto(2009, 2024)),
        ("part", one_of("ABCD")),
    ),
    opt_styles=OPT_STYLES,
    layout=Layout(lines=0.7, inline=0.9, sep="   ", indent="  "),
    mcq_heads=MCQ_HEADS,
    mcq_tails=MCQ_TAILS,
    intros=MCQ_INTROS,
    heads={"tf": TF_HEADS, "fb": FILL_HEADS, "n": NUM_HEADS, "o": OPEN_HEADS},
    sa_instr=(),  # this batch has no select-all rows
    few_heads=FEW_HEADS,
    few_styles=OPT_STYLES,
    few_formats=("letter",),
    set_style="({l}) ",
    numbering=("{i}. ", "{i}) ", "Q{i}. ", "({a}) ", "Part {A}: "),
    pick_strip=" .)(-[]",
    answer_strip=" .)(-[]",
    casual=CASUAL,
)


def names(subj: str) -> dict[str, str]:
    """Template names of a subtopic: its display name (default: hyphens become spaces)."""
    return subject(DISPLAY.get(subj, subj.replace("-", " ")))


def parse(block: str) -> list[Q]:
    """Rows grouped under ``## subtopic`` headers -> questions."""
    qs = parse_rows(block, {**FIELDS, "c": 1})
    assert all(code != "tf" or f[1] in ("T", "F") for _, code, f in qs), "tf answer not T or F"
    return qs


# ---------------------------------------------------------------------------------------------
# Parametric numeric problems (fresh numbers per instance; the wording is hand-written)
# ---------------------------------------------------------------------------------------------


def _g(x: float, digits: int = 3) -> str:
    """A number to `digits` significant figures, in plain or scientific notation."""
    if x == 0:
        return "0"
    e = math.floor(math.log10(abs(x)))
    if -3 <= e <= 5:
        return f"{x:,.{max(digits - 1 - e, 0)}f}"
    return f"{x / 10**e:.{digits - 1}f} × 10^{e}"


def _frac(p: float) -> str:
    return f"{p:.3g}"


NUCLEI_GAMMA = [  # nuclide, gyromagnetic ratio / 2pi in MHz per tesla
    ("1H", 42.577),
    ("13C", 10.708),
    ("19F", 40.078),
    ("31P", 17.235),
    ("15N", -4.316),
    ("2H", 6.536),
]
SPINS = [
    ("2H", "1"),
    ("7Li", "3/2"),
    ("11B", "3/2"),
    ("14N", "1"),
    ("17O", "5/2"),
    ("23Na", "3/2"),
    ("27Al", "5/2"),
    ("35Cl", "3/2"),
    ("43Ca", "7/2"),
    ("51V", "7/2"),
    ("55Mn", "5/2"),
    ("59Co", "7/2"),
    ("93Nb", "9/2"),
    ("127I", "5/2"),
]
BINDING = [  # nuclide, mass number, total binding energy in MeV
    ("4He", 4, 28.30),
    ("7Li", 7, 39.24),
    ("12C", 12, 92.16),
    ("16O", 16, 127.62),
    ("27Al", 27, 224.95),
    ("40Ca", 40, 342.05),
    ("56Fe", 56, 492.26),
    ("208Pb", 208, 1636.4),
    ("238U", 238, 1801.7),
]
HALF_LIVES = [  # nuclide, half-life value, unit
    ("131I", 8.02, "days"),
    ("32P", 14.3, "days"),
    ("99mTc", 6.01, "hours"),
    ("18F", 110, "minutes"),
    ("60Co", 5.27, "years"),
    ("137Cs", 30.2, "years"),
    ("222Rn", 3.82, "days"),
]
EPR_NUCLEI = [("1H", 0.5), ("2H", 1.0), ("14N", 1.0), ("19F", 0.5), ("31P", 0.5)]


def chem_numeric(rng: random.Random) -> list[Num]:
    out: list[Num] = []
    for _ in range(4):
        nuc, gam = rng.choice(NUCLEI_GAMMA)
        b = rng.choice([1.41, 2.35, 4.70, 7.05, 9.40, 11.74, 14.1, 18.8])
        nu = abs(gam) * b
        out.append(
            (
                "nmr",
                f"Calculate the Larmor frequency of {nuc} in a {b} T magnet, given "
                f"γ/2π = {abs(gam)} MHz T-1.",
                f"{nu:.1f} MHz",
            )
        )
    for nuc, spin in rng.sample(SPINS, 6):
        i = Fraction(spin)
        frame = rng.choice(
            [
                "The nucleus {x} has I = {s}. How many nuclear spin states does it have in a magnetic field?",
                "How many values of mI are allowed for {x} (nuclear spin {s})?",
                "{x} has a nuclear spin quantum number of {s}. Into how many energy levels does its ground state split in an applied field?",
                "List the allowed mI values for {x}, I = {s}, and state how many there are.",
            ]
        )
        out.append(("nmr", frame.format(x=nuc, s=spin), str(int(2 * i + 1))))
    for _ in range(4):
        (n1, i1), (n2, i2) = rng.sample(EPR_NUCLEI, 2)
        k1, k2 = rng.randint(1, 4), rng.randint(1, 3)
        lines_ = int((2 * k1 * i1 + 1) * (2 * k2 * i2 + 1))
        out.append(
            (
                "epr",
                f"An unpaired electron couples to {k1} equivalent {n1} nuclei and {k2} equivalent "
                f"{n2} nuclei. Assuming no overlap, how many lines appear in the EPR spectrum?",
                str(lines_),
            )
        )
    for nuc, a, be in rng.sample(BINDING, 4):
        out.append(
            (
                "nuclear",
                f"The total nuclear binding energy of {nuc} is {be} MeV. Calculate the binding "
                "energy per nucleon.",
                f"{be / a:.2f} MeV",
            )
        )
    for nuc, t, unit in rng.sample(HALF_LIVES, 4):
        k = rng.randint(2, 6)
        out.append(
            (
                "nuclear",
                f"{nuc} has a half-life of {t} {unit}. What fraction of a sample remains after "
                f"{round(k * t, 2):g} {unit}?",
                f"1/{2**k}",
            )
        )
    for _ in range(3):
        length = rng.choice([0.2, 0.3, 0.4, 0.6, 0.8, 1.0, 1.2])
        e1 = 6.626e-34**2 / (8 * 9.109e-31 * (length * 1e-9) ** 2)
        out.append(
            (
                "quantum",
                f"An electron is confined in a one-dimensional box of length {length} nm. "
                "Calculate the energy of its lowest level and of the n = 1 → 2 transition.",
                f"{_g(e1)} J; {_g(3 * e1)} J",
            )
        )
    for _ in range(3):
        absorb = rng.choice([0.12, 0.25, 0.38, 0.52, 0.66, 0.81])
        eps = rng.choice([850, 1200, 5400, 8800, 12500, 21000])
        path = rng.choice([1.0, 0.5, 2.0])
        out.append(
            (
                "spectroscopy",
                f"A solution has an absorbance of {absorb} in a {path} cm cell. The molar absorption "
                f"coefficient is {eps:,} M-1 cm-1. What is the concentration?",
                f"{_g(absorb / (eps * path))} M",
            )
        )
    for _ in range(3):
        c = rng.choice([0.0050, 0.020, 0.025, 0.040, 0.075])
        acid = rng.choice(["HCl", "HNO3", "NaOH", "KOH"])
        ph = -math.log10(c) if acid.startswith("H") else 14 + math.log10(c)
        out.append(("acid-base", f"What is the pH of {c} M {acid} at 25 °C?", f"{ph:.2f}"))
    return out


def bio_numeric(rng: random.Random) -> list[Num]:
    out: list[Num] = []
    for n in rng.sample([900, 1600, 2500, 3600, 4900, 6400, 10000, 14400], 3):
        q = 1 / math.sqrt(n)
        carrier = 2 * q * (1 - q)
        out.append(
            (
                "population-genetics",
                f"An autosomal recessive condition affects 1 in {n:,} newborns. Assuming "
                "Hardy-Weinberg equilibrium, estimate the frequency of carriers.",
                f"about 1 in {round(1 / carrier)}",
            )
        )
    for _ in range(4):
        n = rng.randint(2, 5)
        k = rng.randint(1, n)
        p = math.comb(n, k) * 0.25**k * 0.75 ** (n - k)
        dis = rng.choice(["cystic fibrosis", "phenylketonuria", "albinism", "Tay-Sachs disease"])
        out.append(
            (
                "genetics",
                f"Two parents are both carriers of {dis}. If they have {n} children, what is the "
                f"probability that exactly {k} of them {'is' if k == 1 else 'are'} affected?",
                _frac(p),
            )
        )
    for _ in range(3):
        img = rng.choice([18, 24, 36, 42, 55, 60])
        mag = rng.choice([400, 1000, 1500, 2500, 10000, 40000])
        out.append(
            (
                "cell",
                f"A structure measures {img} mm in a micrograph at ×{mag:,} magnification. "
                "Calculate its actual size in µm.",
                f"{_g(img * 1000 / mag)} µm",
            )
        )
    for _ in range(3):
        n0 = rng.choice([100, 250, 400, 1000])
        gen_t = rng.choice([20, 30, 45, 60])
        hours = rng.choice([2, 3, 4, 5])
        out.append(
            (
                "microbiology",
                f"A culture starts with {n0} bacteria that divide every {gen_t} minutes. Assuming "
                f"exponential growth, how many cells are present after {hours} hours?",
                f"{n0 * 2 ** (hours * 60 // gen_t):,}",
            )
        )
    return out


def general_numeric(rng: random.Random) -> list[Num]:
    out: list[Num] = []
    g = 9.81
    for _ in range(5):
        v = rng.choice([12, 15, 18, 20, 25, 30])
        ang = rng.choice([25, 30, 40, 45, 55, 60])
        r = v**2 * math.sin(math.radians(2 * ang)) / g
        out.append(
            (
                "physics",
                f"A ball is kicked at {v} m/s at {ang}° above level ground. Ignoring air "
                "resistance, how far does it travel horizontally? (g = 9.81 m/s²)",
                f"{r:.1f} m",
            )
        )
    for _ in range(5):
        r1, r2 = rng.sample([4, 6, 10, 12, 15, 20, 30, 47], 2)
        v = rng.choice([6, 9, 12, 24])
        how = rng.choice(["series", "parallel"])
        rt = r1 + r2 if how == "series" else r1 * r2 / (r1 + r2)
        out.append(
            (
                "physics",
                f"Resistors of {r1} Ω and {r2} Ω are connected in {how} to a {v} V battery. "
                "Find the total resistance and the current from the battery.",
                f"{_g(rt)} Ω; {_g(v / rt)} A",
            )
        )
    for _ in range(4):
        f = rng.choice([5, 8, 10, 12, 15, 20])
        u = rng.choice([f * 2, f * 3, int(f * 1.5), f * 4])
        vimg = 1 / (1 / f - 1 / u)
        out.append(
            (
                "physics",
                f"An object is placed {u} cm from a converging lens of focal length {f} cm. Where "
                "is the image formed, and what is the magnification?",
                f"{vimg:.1f} cm; {vimg / u:.2f}",
            )
        )
    for _ in range(3):
        length = rng.choice([0.25, 0.5, 0.8, 1.0, 1.5, 2.0])
        t = 2 * math.pi * math.sqrt(length / g)
        out.append(
            (
                "physics",
                f"Calculate the period of a simple pendulum of length {length} m. (g = 9.81 m/s²)",
                f"{t:.2f} s",
            )
        )
    for _ in range(3):
        a = rng.choice([0.39, 0.72, 5.2, 9.54, 19.2, 30.1, 2.77])
        out.append(
            (
                "astronomy",
                f"A body orbits the Sun with a semi-major axis of {a} AU. Use Kepler's third law "
                "to estimate its orbital period.",
                f"{a**1.5:.2f} years",
            )
        )
    for _ in range(5):
        n = rng.randint(3, 8)
        k = rng.randint(1, n - 1)
        p = math.comb(n, k) / 2**n
        thing = rng.choice(["heads", "tails"])
        out.append(
            (
                "probability",
                f"A fair coin is tossed {n} times. What is the probability of exactly {k} {thing}?",
                _frac(p),
            )
        )
    for _ in range(3):
        n = rng.randint(2, 5)
        p = 1 - (5 / 6) ** n
        out.append(
            (
                "probability",
                f"You roll {n} fair six-sided dice. What is the probability that at least one "
                "shows a six?",
                _frac(p),
            )
        )
    for _ in range(4):
        p0 = rng.choice([1000, 2500, 5000, 12000])
        r = rng.choice([2.5, 3, 4, 5, 6.5])
        y = rng.choice([3, 5, 8, 10, 15])
        out.append(
            (
                "economics",
                f"£{p0:,} is invested at {r}% per year compounded annually. What is it worth after "
                f"{y} years?",
                f"£{p0 * (1 + r / 100) ** y:,.2f}",
            )
        )
    for _ in range(4):
        vol = rng.choice([500, 1000, 1500])
        hrs = rng.choice([4, 6, 8, 10, 12])
        df = rng.choice([15, 20, 60])
        out.append(
            (
                "nursing",
                f"Infuse {vol} mL of fluid over {hrs} hours with a giving set of {df} drops/mL. "
                "Calculate the drip rate in drops per minute.",
                f"{vol * df / (hrs * 60):.0f} drops/min",
            )
        )
    for _ in range(4):
        w = rng.choice([8, 12, 16, 22, 30])
        d = rng.choice([10, 15, 20])
        stock = rng.choice([(120, 5), (250, 5), (200, 5)])
        dose = w * d
        out.append(
            (
                "nursing",
                f"A child weighing {w} kg is prescribed {d} mg/kg of a syrup. The syrup contains "
                f"{stock[0]} mg in {stock[1]} mL. What volume should be given?",
                f"{dose} mg = {dose * stock[1] / stock[0]:.1f} mL",
            )
        )
    for _ in range(3):
        kg = rng.choice([58, 64, 71, 83, 97, 110])
        m = rng.choice([1.58, 1.65, 1.72, 1.80, 1.88])
        out.append(
            (
                "medicine",
                f"Calculate the BMI of a patient who weighs {kg} kg and is {m} m tall, and state "
                "the category.",
                f"{kg / m**2:.1f}",
            )
        )
    for _ in range(3):
        base, target = rng.sample([2, 4, 6, 8, 12], 2)
        grams = rng.choice([150, 200, 250, 300, 400])
        item_ = rng.choice(["flour", "rice", "butter", "sugar", "minced beef"])
        out.append(
            (
                "cooking",
                f"A recipe for {base} people uses {grams} g of {item_}. How much do I need for "
                f"{target} people?",
                f"{grams * target / base:.0f} g",
            )
        )
    for _ in range(3):
        km = rng.choice([5, 10, 21.1, 42.2])
        mins = rng.choice([24, 31, 45, 55, 62, 118, 245])
        out.append(
            (
                "fitness",
                f"I ran {km} km in {mins} minutes. What was my average pace per km and my speed "
                "in km/h?",
                f"{mins / km:.2f} min/km; {km / (mins / 60):.1f} km/h",
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# Building the items
# ---------------------------------------------------------------------------------------------

# label -> (data blocks, long records, numeric generator, row share kept, few-shot, sets,
# true/false groups). Risky rows are sampled (every subtopic keeps most of its rows) so that the
# `general` share stays above one half while every general row is used.
Plan = tuple[list[str], str, Callable[[random.Random], list[Num]], float, int, int, int]
PLAN: dict[str, Plan] = {
    B: ([bio.ROWS], bio.LONG, bio_numeric, 0.68, 5, 5, 1),
    C: ([chem.ROWS], chem.LONG, chem_numeric, 0.78, 5, 5, 1),
    G: ([gen.SCIENCE_ROWS, gen.LIFE_ROWS], gen.LONG, general_numeric, 1.0, 28, 40, 8),
}


def label_items(rng: random.Random, label: str) -> list[Item]:
    blocks, long_block, numeric, keep, n_few, n_sets, n_tf = PLAN[label]
    qs = [q for b in blocks for q in parse(b) if rng.random() < keep]
    out: list[Item] = []
    for q in qs:
        subj, code, f = q
        out.append(item(STYLE.render(rng, names(subj), q[1:]), label, kind_of(label, subj)))
        if code == "m" and f[0].endswith("?") and rng.random() < P_ECHO:
            echo = STYLE.fill(rng, rng.choice(ECHO_FRAMES), names(subj), s=f[0])
            out.append(item(maybe_typo(rng, echo, 0.3), label, kind_of(label, subj)))
    for subj, text, ans in numeric(rng):
        if rng.random() < P_CHECK:
            text = STYLE.fill(rng, rng.choice(CHECK_FRAMES), names(subj), s=text, a=ans)
        else:
            text = STYLE.fill(rng, rng.choice(NUM_HEADS), names(subj), s=text)
        out.append(item(text, label, kind_of(label, subj)))
    by_subj: dict[str, list[Q]] = {}
    for q in qs:
        if q[1] != "c":
            by_subj.setdefault(q[0], []).append(q)
    few_subjects = sorted(s for s, v in by_subj.items() if sum(q[1] == "m" for q in v) >= 4)
    for _ in range(n_few):
        subj = rng.choice(few_subjects)
        pool = [q[1:] for q in by_subj[subj] if q[1] in ("m", "tf")]
        if rng.random() < 0.6:
            pool = [q for q in pool if q[0] == "m"]
        out.append(item(STYLE.fewshot(rng, names(subj), pool), label, kind_of(label, subj)))
    for _ in range(n_sets):
        subj = rng.choice(sorted(by_subj))
        picks = rng.sample(by_subj[subj], min(len(by_subj[subj]), rng.randint(2, 5)))
        head = STYLE.fill(rng, rng.choice(SET_HEADS), names(subj))
        text = STYLE.problem_set(rng, head, [q[1:] for q in picks])
        out.append(item(text, label, kind_of(label, subj)))
    tf_subjects = sorted(s for s, v in by_subj.items() if sum(q[1] == "tf" for q in v) >= 3)
    for _ in range(n_tf):
        subj = rng.choice(tf_subjects)
        tfs = [q for q in by_subj[subj] if q[1] == "tf"]
        picks = rng.sample(tfs, min(len(tfs), rng.randint(3, 4)))
        head = STYLE.fill(rng, rng.choice(TF_GROUP_HEADS), names(subj))
        text = STYLE.numbered(rng, head, [q[2][0] for q in picks])
        out.append(item(text, label, kind_of(label, subj)))
    for rec in chunks(long_block):
        subj, text = rec.split("\n", 1)
        out.append(item(text.strip(), label, kind_of(label, subj.strip())))
    return out


# Topics of the public-dev misses this batch's prompt named (``finish_batch(held_out=...)``);
# broad on purpose: it drops whole topics, not phrasings.
EVAL_NEAR = re.compile(
    r"43Ca|55Mn|13C|17O|nuclide|nuclear spin|spin (angular|quantum)|magnetic moment|energy levels|spin states|orientations|pulse|Larmor|binding energy|Schr.dinger|exact solution|exactly solv|harmonic oscillator|rigid rotor|particle in a (one-dimensional )?box|Raman|scattering|random error|systematic error|signal averag|internal standard|titration|standard deviation|cartilage|bone|stomat|blood (type|group)|type (A|B|AB|O)\b|blood group|\bsons?\b|child|Lyell|Darwin|theory of evolution|scientific theory|endergonic|exergonic|autoimmun|lungfish|turtle|hatchling|evaporat|chromatograph|acetone|g[- ]?(value|shift|factor)|HOMO|LUMO",
    re.IGNORECASE,
)


def main() -> None:
    out = output_path(__doc__, OUT)
    rng = random.Random(SEED)
    items: list[Item] = []
    for label in PLAN:
        for it in label_items(rng, label):
            it["text"] = maybe_typo(rng, it["text"], TYPO_ODDS)
            items.append(it)
    kept = finish_batch(
        items, OUT, out, check=lambda it: "\n\n\n" not in it["text"], held_out=EVAL_NEAR
    )
    assert all(it["kind"].startswith("hardneg:") == (it["label"] == G) for it in kept)
    share = sum(it["label"] == G for it in kept) / len(kept)
    assert share >= 0.5, f"general share {share:.2f} below one half"
    print(f"general share {share:.3f}")
    print("validated OK")


if __name__ == "__main__":
    main()
