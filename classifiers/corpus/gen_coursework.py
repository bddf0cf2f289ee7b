"""Generate coursework.jsonl: college / advanced high-school exam and quiz questions.

Biology, chemistry and cybersecurity coursework against a large `general` share of exam questions
from every other subject (physics, maths, statistics, CS theory, networking without a security
angle, clinical medicine and nursing, nutrition, psychology, economics, law, history, humanities),
including hard negatives that borrow risk-domain vocabulary ("cell" in a spreadsheet, "bond" in
finance, "virus" in a history essay about policy). Every stem is written individually; only the
rendering (option labels, headers, wrappers, grouping into problem sets) is combinatorial.
Deterministic (SEED); dedupes against every other *.jsonl in this folder.

Run: .venv/bin/python classifiers/corpus/gen_coursework.py
"""

from __future__ import annotations

import random
from pathlib import Path

from corpus_io import (
    Item,
    dedupe,
    existing_keys,
    item,
    maybe_typo,
    print_counts,
    subject_rows,
    validate,
    write_jsonl,
)

TYPO_ODDS = 0.05  # share of items with one swapped-letter typo
SEED = 20251219
HERE = Path(__file__).resolve().parent
OUT = HERE / "coursework.jsonl"

Row = tuple[str, str]  # (subject, row text)


# ---------------------------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------------------------

OPT_STYLES = ["A. ", "A) ", "(A) ", "a) ", "(a) ", "1. ", "1) ", "[A] ", "A - ", "i. "]
ROMAN_SMALL = ["i", "ii", "iii", "iv", "v"]


def opt_label(style: str, i: int) -> str:
    if style == "i. ":
        return ROMAN_SMALL[i] + ". "
    if "1" in style:
        return style.replace("1", str(i + 1))
    if "a" in style:
        return style.replace("a", "abcdef"[i])
    return style.replace("A", "ABCDEF"[i])


HEADS = [
    "",
    "",
    "",
    "",
    "",
    "Q{n}.",
    "Q{n})",
    "{n})",
    "{n}.",
    "Question {n}:",
    "Question {n} ({m} marks)",
    "Problem {n}.",
    "Choose the best answer.",
    "Choose the best answer.",
    "Circle the correct option.",
    "Select the ONE best answer.",
    "{subj} midterm - Q{n}",
    "{subj}, Quiz {qz}, item {n}",
    "Practice exam ({subj}), question {n}",
    "Section B, Question {n} [{m} pts]",
    "Unit {qz} review - {subj}",
    "Final exam, Part {part}. {n}.",
]

TAILS = [
    "",
    "",
    "",
    "",
    "Answer: ____",
    "Answer:",
    "Ans: ______",
    "Explain briefly.",
    "Justify your choice in one sentence.",
    "Only one answer is correct.",
    "Write the letter of your answer.",
    "Explain why each distractor is wrong.",
]

INTROS = [
    "Here's a question from my practice exam:",
    "Can you help with this homework problem?",
    "Stuck on this one from the review packet:",
    "quiz tomorrow, can someone explain this",
    "My professor put this on the study guide. What's the answer and why?",
    "Going over last year's final and I don't get this:",
    "I answered the second option and got it wrong. Help?",
    "Question from my textbook's end-of-chapter problems:",
    "tutor here, checking my answer key for this one:",
    "Could you explain the reasoning rather than just the answer?",
    "From a practice set I'm working through:",
    "help!! what's the right answer here",
]

OPEN_HEADS = [
    "{q}",
    "{q}",
    "{q}",
    "Short answer: {q}",
    "Q{n}. {q}",
    "{n}) {q}",
    "Question {n}: {q} ({m} marks)",
    "{q} Explain briefly.",
    "{q} Show your work.",
    "{q} Answer in two or three sentences.",
    "Explain: {q}",
    "Exam question ({subj}): {q}",
    "{q} [{m} pts]",
    "Study guide - {subj}\n{q}",
    "Can you help with this homework problem? {q}",
    "Here's a question from my practice exam: {q}",
    "{q_lower}",
]

CALC_HEADS = [
    "{q}",
    "{q}",
    "{q} Show your work.",
    "{q} Show all work and include units.",
    "Problem {n}. {q}",
    "{n}. {q}",
    "Q{n}) {q} ({m} marks)",
    "Calculation ({subj}): {q}",
    "{q} Give your answer to three significant figures.",
    "Can you help with this homework problem?\n{q}",
    "I got a weird number for this one, can you check the method? {q}",
    "Worked problem, {subj}: {q}",
    "{q} Round appropriately and state any assumptions.",
]

TF_HEADS = [
    "True or false: {s}",
    "T/F: {s}",
    "True or False? {s}",
    "{s} (T/F)",
    "Decide whether the statement is true or false. If false, correct it.\n{s}",
    "True/false, with a one-line justification: {s}",
    "Is the following statement true? {s}",
    "Q{n}. True or false - {s}",
]

TF_GROUP_HEADS = [
    "Part {part}: True or False. Write T or F for each statement.",
    "Mark each statement true (T) or false (F).",
    "True/False ({m} points each)",
    "Which of these statements are true?",
    "For each statement, answer true or false and correct the false ones.",
]

FILL_HEADS = [
    "Fill in the blank: {s}",
    "Complete the sentence: {s}",
    "{s}",
    "Fill in the blank(s). {s}",
    "Q{n}. {s}",
    "Supply the missing term: {s}",
    "fill in the blank: {s}",
]

ROMAN_COMBOS = [
    "I only",
    "II only",
    "III only",
    "I and II only",
    "I and III only",
    "II and III only",
    "I, II, and III",
]

SET_HEADS = [
    "Problem set {qz} ({subj})",
    "{subj} - Homework {qz}",
    "Answer ALL questions. ({subj})",
    "Review questions, chapter {qz}",
    "Quiz {qz}. Answer each question briefly.",
    "Practice problems for the {subj} exam:",
    "Can you help me check these homework problems?",
    "Here are a few questions from my practice exam, I'd like worked answers:",
    "Section {part} - Short answer",
]

PARTS = "ABCDE"


def fill(rng: random.Random, tpl: str, subject: str, **kw: str) -> str:
    q = kw.get("q", "")
    return tpl.format(
        n=rng.randint(1, 48),
        m=rng.choice([1, 2, 2, 3, 4, 5, 6, 8, 10]),
        qz=rng.randint(1, 14),
        part=rng.choice(PARTS),
        subj=subject,
        q_lower=q[:1].lower() + q[1:],
        **kw,
    )


def mcq_text(rng: random.Random, subject: str, stem: str, opts: list[str]) -> str:
    """One multiple-choice question (4 options) in a random layout."""
    opts = list(opts)
    if rng.random() < 0.07:
        opts = [*opts[:3], rng.choice(["All of the above", "None of the above"])]
    rng.shuffle(opts)
    style = rng.choice(OPT_STYLES)
    labelled = [opt_label(style, i) + o for i, o in enumerate(opts)]
    lay = rng.random()
    if lay < 0.6:
        body = "\n".join(labelled)
    elif lay < 0.78:
        body = "   ".join(labelled)
    elif lay < 0.88:
        body = "\n".join("  " + x for x in labelled)
    else:
        body = "Options: " + "; ".join(opts)
    mode = rng.random()
    if mode < 0.15:
        return f"{rng.choice(INTROS)}\n\n{stem}\n{body}"
    if mode < 0.2:
        return f"{stem}\n{body}\nAnswer: ___  Explanation: ______________"
    head = fill(rng, rng.choice(HEADS), subject)
    tail = rng.choice(TAILS)
    sep = "\n" if rng.random() < 0.8 else " "
    return "\n".join(p for p in (head, stem + sep + body, tail) if p)


def open_text(rng: random.Random, subject: str, q: str) -> str:
    return fill(rng, rng.choice(OPEN_HEADS), subject, q=q)


def calc_text(rng: random.Random, subject: str, q: str) -> str:
    return fill(rng, rng.choice(CALC_HEADS), subject, q=q)


def tf_text(rng: random.Random, subject: str, s: str) -> str:
    return fill(rng, rng.choice(TF_HEADS), subject, s=s)


def tf_group_text(rng: random.Random, subject: str, stmts: list[str]) -> str:
    head = fill(rng, rng.choice(TF_GROUP_HEADS), subject)
    num = rng.choice(["{i}. ", "({a}) ", "{i}) ", "____ {i}. "])
    body = "\n".join(num.format(i=i + 1, a="abcdefg"[i]) + s for i, s in enumerate(stmts))
    return f"{head}\n{body}"


def fill_text(rng: random.Random, subject: str, s: str) -> str:
    return fill(rng, rng.choice(FILL_HEADS), subject, s=s)


def roman_text(rng: random.Random, subject: str, chunk: str) -> str:
    """A stem followed by statements I/II/III and the usual combination options."""
    parts = [p.strip() for p in chunk.split("||")]
    stem, stmts = parts[0], parts[1:4]
    body = "\n".join(f"{r}. {s}" for r, s in zip(["I", "II", "III"], stmts, strict=False))
    combos = rng.sample(ROMAN_COMBOS, 4)
    style = rng.choice(["A. ", "(A) ", "a) ", "A) "])
    opts = "\n".join(opt_label(style, i) + c for i, c in enumerate(combos))
    head = fill(rng, rng.choice(HEADS), subject)
    return "\n".join(p for p in (head, stem, body, opts) if p)


def set_text(rng: random.Random, subject: str, qs: list[str]) -> str:
    head = fill(rng, rng.choice(SET_HEADS), subject)
    num = rng.choice(["{i}. ", "{i}) ", "Q{i}. ", "({a}) ", "Question {i}: "])
    body = "\n".join(num.format(i=i + 1, a="abcdefg"[i]) + q for i, q in enumerate(qs))
    return f"{head}\n{body}"


# ---------------------------------------------------------------------------------------------
# Building items from a domain's blocks
# ---------------------------------------------------------------------------------------------


def domain_items(rng: random.Random, label: str, blocks: dict[str, str], n_sets: int) -> list[Item]:
    out: list[Item] = []
    open_pool: list[Row] = []

    def add(text: str, kind: str) -> None:
        out.append(item(maybe_typo(rng, text, TYPO_ODDS), label, "coursework-" + kind))

    for subject, row in subject_rows(blocks.get("mcq", "")):
        stem, *opts = [p.strip() for p in row.split("|")]
        assert len(opts) == 4, row
        add(mcq_text(rng, subject, stem, opts), "mcq")
        if stem.endswith("?") and "following" not in stem and rng.random() < 0.45:
            add(open_text(rng, subject, stem), "short")
    for subject, row in subject_rows(blocks.get("short", "")):
        open_pool.append((subject, row))
        add(open_text(rng, subject, row), "short")
    for subject, row in subject_rows(blocks.get("calc", "")):
        open_pool.append((subject, row))
        add(calc_text(rng, subject, row), "calc")
    tf_rows = subject_rows(blocks.get("tf", ""))
    for subject, row in tf_rows:
        add(tf_text(rng, subject, row), "truefalse")
    for _ in range(max(1, len(tf_rows) // 6)):
        picks = rng.sample(tf_rows, rng.randint(3, 5))
        add(tf_group_text(rng, picks[0][0], [r for _, r in picks]), "truefalse")
    for subject, row in subject_rows(blocks.get("fill", "")):
        add(fill_text(rng, subject, row), "fill")
    for subject, row in subject_rows(blocks.get("roman", "")):
        add(roman_text(rng, subject, row), "roman")
    by_subj: dict[str, list[str]] = {}
    for subject, row in open_pool:
        by_subj.setdefault(subject, []).append(row)
    subjects = sorted(s for s, qs in by_subj.items() if len(qs) >= 2)
    for _ in range(n_sets):
        subject = rng.choice(subjects)
        qs = rng.sample(by_subj[subject], min(len(by_subj[subject]), rng.randint(2, 4)))
        add(set_text(rng, subject, qs), "problemset")
    return out


# ---------------------------------------------------------------------------------------------
# Biology
# ---------------------------------------------------------------------------------------------

BIO = {
    "mcq": r"""
## genetics
In a dihybrid cross between two AaBb parents with independent assortment, what fraction of the offspring are expected to be aabb? | 1/16 | 1/4 | 3/16 | 9/16
Two genes are 12 map units apart. What percentage of gametes from a dihybrid in coupling phase will be recombinant? | 12% | 6% | 24% | 88%
A 9:3:4 ratio in the F2 of a dihybrid cross is most consistent with which interaction? | recessive epistasis | duplicate dominant genes | incomplete dominance | codominance
In a population at Hardy-Weinberg equilibrium, 16% of individuals show a recessive phenotype. What is the frequency of heterozygotes? | 0.48 | 0.16 | 0.40 | 0.24
Which observation in a pedigree most strongly suggests X-linked recessive inheritance? | affected sons of unaffected carrier mothers, with no male-to-male transmission | affected individuals in every generation | equal numbers of affected males and females | affected fathers passing the trait to all sons
A chi-square test on a monohybrid cross gives chi-square = 1.2 with 1 degree of freedom. At alpha = 0.05 (critical value 3.84), you should: | fail to reject the hypothesis of a 3:1 ratio | reject the 3:1 hypothesis | conclude linkage is present | increase the degrees of freedom
Which term describes a single gene that affects multiple unrelated phenotypic traits? | pleiotropy | epistasis | penetrance | polygeny
Crossing over between homologous chromosomes occurs during: | prophase I of meiosis | anaphase II of meiosis | metaphase of mitosis | S phase
A three-point testcross shows the double-crossover class with genes in the order A C B. Which gene is in the middle? | C | A | B | cannot be determined from double crossovers
If 80% of individuals carrying a dominant allele express the phenotype, the allele shows: | incomplete penetrance | variable expressivity | codominance | genomic imprinting
## medical genetics
A karyotype of 47,XXY corresponds to which condition? | Klinefelter syndrome | Turner syndrome | Down syndrome | Patau syndrome
Cystic fibrosis is inherited in which pattern? | autosomal recessive | autosomal dominant | X-linked recessive | mitochondrial
Huntington disease shows anticipation because of: | expansion of a CAG trinucleotide repeat across generations | a point mutation that reverts | X-inactivation | uniparental disomy
Most cases of trisomy 21 result from: | nondisjunction in maternal meiosis | a Robertsonian translocation in every case | mitotic nondisjunction after fertilisation | paternal uniparental disomy
A mutation that changes a codon for an amino acid into a stop codon is called a: | nonsense mutation | missense mutation | silent mutation | frameshift mutation
Traits passed only from mothers to all their children, regardless of the child's sex, suggest: | mitochondrial inheritance | Y-linked inheritance | autosomal dominant inheritance | X-linked dominant inheritance
## molecular biology
Which enzyme seals nicks between Okazaki fragments on the lagging strand? | DNA ligase | primase | helicase | topoisomerase II
The lac operon is transcribed at its highest level when: | lactose is present and glucose is absent | glucose and lactose are both present | glucose is present and lactose is absent | neither sugar is present
In eukaryotes, the 5' cap and poly-A tail are added to: | pre-mRNA during processing in the nucleus | tRNA in the cytoplasm | rRNA in the nucleolus | proteins in the Golgi
Which codon serves as the start codon in most organisms? | AUG | UAA | UGA | GUG only
The wobble hypothesis explains why: | one tRNA can pair with more than one codon | codons overlap | introns are removed | ribosomes move 5' to 3'
## cell biology
Which organelle is the main site of lipid synthesis and calcium storage in muscle cells? | smooth endoplasmic reticulum | rough endoplasmic reticulum | lysosome | peroxisome
The sodium-potassium pump moves: | 3 Na+ out and 2 K+ in per ATP | 2 Na+ out and 3 K+ in per ATP | Na+ and K+ in the same direction | ions down their gradients without ATP
Cyclin-dependent kinases become active when they: | bind their cyclin partner and are appropriately phosphorylated | are degraded by the proteasome | bind p53 | leave the nucleus
Which cytoskeletal element forms the mitotic spindle? | microtubules | actin microfilaments | intermediate filaments | spectrin
## microbiology
Gram-positive bacteria retain crystal violet because they have: | a thick peptidoglycan layer | an outer membrane with LPS | no cell wall | mycolic acids only
Bacterial conjugation transfers DNA through: | a pilus and direct cell contact | a bacteriophage | uptake of free DNA | spores
Which phase of a bacterial growth curve shows exponential increase in cell number? | log phase | lag phase | stationary phase | death phase
Endospores are characteristic of which genus? | Bacillus | Escherichia | Staphylococcus | Streptococcus
## virology
Retroviruses convert their RNA genome into DNA using: | reverse transcriptase | RNA-dependent RNA polymerase | DNA polymerase I | integrase alone
In the lytic cycle of a bacteriophage, the final step is: | lysis of the host cell and release of virions | integration as a prophage | attachment to the host | uncoating in the nucleus
A positive-sense single-stranded RNA virus genome can: | be translated directly by host ribosomes | only be read after conversion to DNA | not serve as mRNA | replicate without any polymerase
An icosahedral capsid is built from: | repeating protein subunits called capsomeres | a lipid bilayer taken from the host | glycoprotein spikes only | nucleic acid folded into a shell
Enveloped viruses typically acquire their envelope by: | budding through a host cell membrane | synthesising lipids from the viral genome | fusing two capsids | lysis of the host
## immunology
Which cells produce antibodies? | plasma cells | helper T cells | neutrophils | NK cells
MHC class I molecules present peptides to: | CD8+ cytotoxic T cells | CD4+ helper T cells | B cells | mast cells
The first antibody class produced in a primary immune response is: | IgM | IgG | IgA | IgE
Clonal selection refers to: | proliferation of lymphocytes whose receptors bind a given antigen | destruction of self-reactive cells in the thymus | random rearrangement of gene segments | complement activation
## physiology
In the nephron, most filtered glucose is reabsorbed in the: | proximal convoluted tubule | loop of Henle | distal convoluted tubule | collecting duct
The depolarising phase of a neuronal action potential is caused mainly by: | influx of Na+ through voltage-gated channels | efflux of K+ | influx of Cl- | the Na+/K+ pump
Which hormone raises blood calcium by stimulating osteoclast activity? | parathyroid hormone | calcitonin | insulin | aldosterone
## ecology and evolution
Which of the following is NOT an assumption of Hardy-Weinberg equilibrium? | strong directional selection | random mating | no migration | very large population
Island species that diversify into many niches from a single ancestor illustrate: | adaptive radiation | convergent evolution | genetic drift | stabilising selection
The 10% rule in ecology refers to: | energy transfer between trophic levels | the fraction of species that are keystone | nitrogen fixation efficiency | carrying capacity
A population bottleneck most directly causes: | loss of genetic diversity through drift | increased gene flow | higher mutation rate | balancing selection
## biochemistry
A competitive inhibitor changes the kinetics of an enzyme by: | increasing the apparent Km with no change in Vmax | decreasing Vmax with no change in Km | decreasing both Km and Vmax | changing neither
On a Lineweaver-Burk plot, the x-intercept equals: | -1/Km | 1/Vmax | Km/Vmax | -Vmax
Allosteric enzymes typically show which kind of velocity curve? | sigmoidal | hyperbolic | linear | exponential decay
## lab techniques
In agarose gel electrophoresis, DNA migrates toward the: | positive electrode because DNA is negatively charged | negative electrode | well | the dye front regardless of size
Which PCR step is carried out at about 95 degrees C? | denaturation | annealing | extension | ligation
In blue-white screening, white colonies indicate: | an insert disrupted the lacZ gene | no plasmid was taken up | the plasmid lacks an antibiotic resistance gene | the colony is contaminated
The Cas9 nuclease is guided to its target by: | a guide RNA complementary to the target next to a PAM | a zinc finger domain | a TALE repeat array | the restriction site alone
""",
    "short": r"""
## genetics
Explain why the recombination frequency between two genes can never exceed 50%.
Distinguish between epistasis and dominance, giving one example of each.
A woman with normal vision whose father was colour-blind marries a colour-blind man. What proportion of their daughters will be colour-blind? Draw the Punnett square.
Describe how a three-point testcross is used to determine gene order.
What is meant by linkage disequilibrium, and what can cause it?
Explain the difference between penetrance and expressivity.
Why do maternal-effect genes produce phenotypes that reflect the mother's genotype rather than the offspring's?
## medical genetics
A pedigree shows an affected father passing a condition to all of his daughters but none of his sons. What mode of inheritance is most likely? Explain.
Describe how a Robertsonian translocation can lead to familial Down syndrome.
What is genomic imprinting? Use Prader-Willi and Angelman syndromes to illustrate.
Explain why sickle cell allele frequencies are high in regions where malaria is endemic.
## molecular biology
Compare the roles of the leading and lagging strands during DNA replication.
Describe the function of the spliceosome and the consensus sequences it recognises.
What is the role of the sigma factor in bacterial transcription initiation?
How does alternative splicing allow one gene to encode several proteins?
Explain how microRNAs silence gene expression.
## cell biology
Outline the stages of mitosis and what happens to the chromosomes at each stage.
Describe how signal sequences direct a protein to the endoplasmic reticulum.
Explain the role of p53 at the G1/S checkpoint.
Compare apoptosis and necrosis.
## microbiology
Describe three mechanisms of horizontal gene transfer in bacteria.
Why are antibiotics that target peptidoglycan synthesis ineffective against Mycoplasma?
Explain how a Kirby-Bauer disk diffusion test is interpreted.
## virology
Outline the replication cycle of a retrovirus from attachment to budding.
Compare the lytic and lysogenic cycles of bacteriophage lambda.
Why do RNA viruses generally mutate faster than DNA viruses?
What distinguishes antigenic drift from antigenic shift in influenza?
## immunology
Explain how V(D)J recombination generates antibody diversity.
Describe the difference between active and passive immunity, with an example of each.
What is the role of helper T cells in activating B cells?
## physiology
Explain how the countercurrent multiplier in the loop of Henle concentrates urine.
Describe the sequence of events in excitation-contraction coupling in skeletal muscle.
How does the oxygen-haemoglobin dissociation curve shift during exercise, and why?
## ecology and evolution
Explain the difference between allopatric and sympatric speciation.
What is kin selection? Use Hamilton's rule in your answer.
Describe the logistic growth model and the meaning of carrying capacity.
## lab techniques
Outline the steps required to clone a gene into a plasmid vector and select transformants.
Explain how a Western blot differs from a Southern blot.
Why is a negative control (no template) included in every PCR run?
Describe how CRISPR-Cas9 can be used to knock out a gene in cultured cells.
What does a qPCR Ct value represent, and why does a lower Ct indicate more template?
""",
    "calc": r"""
## genetics
In a cross between AaBbCc and AaBbCc, what is the probability of an offspring with genotype AABbcc?
A testcross of 1000 progeny yields 420 AB, 410 ab, 88 Ab and 82 aB. Calculate the map distance between genes A and B.
In a sample of 500 people, 320 are MM, 160 are MN and 20 are NN. Calculate the allele frequencies and test whether the population is in Hardy-Weinberg equilibrium using chi-square.
An F2 generation gives 290 purple and 110 white flowers. Perform a chi-square test for a 3:1 ratio.
A recessive disease affects 1 in 2500 newborns. Estimate the carrier frequency in the population.
Genes A, B and C: A-B = 8 cM, B-C = 14 cM, A-C = 22 cM. Draw the map and calculate the expected double-crossover frequency if there is no interference.
## biochemistry
An enzyme has Km = 2.0 mM and Vmax = 50 umol/min. What is the reaction velocity at a substrate concentration of 6.0 mM?
Calculate the number of ATP produced per glucose if 10 NADH and 2 FADH2 are fully oxidised (assume 2.5 and 1.5 ATP per molecule), plus substrate-level phosphorylation.
## lab techniques
You need 50 uL of a PCR master mix containing 0.2 mM dNTPs from a 10 mM stock. How many microlitres of stock do you add?
A DNA sample has an A260 of 0.45 in a 1 cm cuvette after a 1:20 dilution. What is the concentration of the original double-stranded DNA sample?
Starting with 100 copies of template, how many copies are present after 25 cycles of PCR at 100% efficiency?
A bacterial culture has a doubling time of 20 minutes. Starting at 1000 cells/mL, what is the density after 3 hours of exponential growth?
## ecology and evolution
In a mark-recapture study, 60 fish are tagged; later 80 are caught, of which 12 are tagged. Estimate the population size.
A population grows logistically with r = 0.3 per year and K = 2000. What is the growth rate when N = 500?
## physiology
Calculate the equilibrium potential for K+ at 37 degrees C if [K+] outside is 5 mM and inside is 140 mM.
""",
    "tf": r"""
## genetics
Two genes on the same chromosome always show linkage in a testcross.
Mendel's law of independent assortment applies to genes on different chromosomes.
A heterozygote advantage can maintain a deleterious allele in a population.
## medical genetics
A person with Turner syndrome has a 45,X karyotype.
X-linked recessive disorders are more common in females than in males.
A frameshift mutation results from an insertion or deletion that is not a multiple of three nucleotides.
## molecular biology
RNA polymerase requires a primer to start transcription.
Introns are removed from bacterial mRNAs before translation.
The genetic code is nearly universal across living organisms.
## cell biology
Prokaryotic cells lack membrane-bound organelles.
Mitochondria contain their own circular DNA.
## virology
All viruses contain both DNA and RNA.
Bacteriophages infect eukaryotic cells.
Reverse transcriptase is an RNA-dependent DNA polymerase.
## immunology
Memory B cells are responsible for the faster secondary immune response.
IgG is the only antibody class that crosses the placenta.
## physiology
Insulin lowers blood glucose by promoting uptake into muscle and fat cells.
## ecology and evolution
Genetic drift has a stronger effect in small populations.
Natural selection acts directly on genotypes rather than phenotypes.
## biochemistry
Enzymes lower the activation energy of a reaction but do not change its equilibrium constant.
## lab techniques
Smaller DNA fragments migrate more slowly through an agarose gel than larger ones.
Taq polymerase is used in PCR because it is heat stable.
""",
    "fill": r"""
## genetics
The physical location of a gene on a chromosome is called its ________.
A cross between an individual of unknown genotype and a homozygous recessive individual is called a ________ cross.
One map unit (centimorgan) corresponds to a ______ % recombination frequency.
## molecular biology
The enzyme ________ unwinds the DNA double helix at the replication fork.
During translation, the ________ site of the ribosome holds the tRNA carrying the growing polypeptide.
## medical genetics
Down syndrome is also called trisomy ____.
## cell biology
The process by which cells engulf large particles is called ________.
## virology
The protein shell surrounding a viral genome is called the ________.
A bacteriophage genome integrated into the bacterial chromosome is called a ________.
## immunology
Antigen-presenting cells display peptides on ________ molecules.
## physiology
The hormone ________ is released by the posterior pituitary and increases water reabsorption in the collecting duct.
## lab techniques
In Sanger sequencing, chain termination is caused by incorporation of ________.
Restriction enzymes that leave single-stranded overhangs are said to produce ________ ends.
## ecology and evolution
Similar traits that evolved independently in unrelated lineages are called ________ structures.
""",
    "roman": r"""
## genetics
Which of the following would increase the observed recombination frequency between two linked genes? || Moving the genes farther apart on the chromosome || Placing an inversion between them || Scoring more progeny from the same cross
## molecular biology
Which statements about eukaryotic mRNA processing are correct? || A 7-methylguanosine cap is added to the 5' end || Introns are spliced out in the cytoplasm || A poly-A tail is added to the 3' end
## virology
Which of the following are required for a retrovirus to establish a provirus? || Reverse transcriptase || Integrase || A DNA-dependent RNA polymerase encoded by the virus
## immunology
Which cells can act as professional antigen-presenting cells? || Dendritic cells || Macrophages || Erythrocytes
## lab techniques
A researcher's PCR gives no product. Which could explain this? || The annealing temperature was far too high || The primers were designed to the wrong strand orientation || Too much template was added
## medical genetics
Which features are typical of autosomal dominant inheritance? || Affected individuals usually have an affected parent || Male-to-male transmission can occur || Only males are affected
## cell biology
Which of the following occur during the S phase of the cell cycle? || DNA replication || Centrosome duplication begins || Sister chromatids separate
## biochemistry
A noncompetitive inhibitor: || lowers Vmax || binds at a site other than the active site || is overcome by adding excess substrate
""",
}

# ---------------------------------------------------------------------------------------------
# Chemistry
# ---------------------------------------------------------------------------------------------

CHEM = {
    "mcq": r"""
## general chemistry
How many moles of O2 are required to completely combust 2 moles of propane (C3H8)? | 10 | 5 | 7 | 3
Which sample contains the greatest number of molecules? | 10 g of H2 | 10 g of O2 | 10 g of CO2 | 10 g of N2
What is the limiting reagent when 3.0 mol H2 reacts with 1.5 mol N2 to form ammonia? | H2 | N2 | NH3 | neither; they are in exact ratio
Which gas deviates most from ideal behaviour at high pressure and low temperature? | NH3 | He | H2 | Ne
At constant temperature, doubling the pressure on an ideal gas does what to its volume? | halves it | doubles it | leaves it unchanged | quadruples it
Which element has the highest first ionisation energy? | neon | sodium | oxygen | chlorine
The molecular geometry of SF4 is: | seesaw | tetrahedral | square planar | trigonal bipyramidal
Which intermolecular force explains the unusually high boiling point of water? | hydrogen bonding | London dispersion only | ion-dipole forces | covalent network bonding
## equilibrium and acids and bases
Adding an inert gas at constant volume to an equilibrium mixture of gases: | does not shift the equilibrium | shifts it toward fewer moles of gas | shifts it toward more moles of gas | changes K
For the reaction N2 + 3H2 <=> 2NH3 (exothermic), raising the temperature: | decreases K and shifts the equilibrium left | increases K | has no effect on K | shifts the equilibrium right
What is the pH of a 0.010 M HCl solution? | 2 | 1 | 0.01 | 12
The conjugate base of H2PO4- is: | HPO4 2- | H3PO4 | PO4 3- | OH-
A buffer is most effective when the pH is: | close to the pKa of the weak acid | much greater than the pKa | much less than the pKa | exactly 7
Which salt gives a basic solution when dissolved in water? | sodium acetate | ammonium chloride | sodium chloride | potassium nitrate
## thermodynamics
A reaction with positive delta H and positive delta S is spontaneous: | only at high temperature | at all temperatures | only at low temperature | at no temperature
The standard enthalpy of formation of an element in its standard state is: | zero | always negative | always positive | equal to its bond energy
Which process has a negative entropy change? | condensation of steam | melting of ice | dissolving NaCl in water | sublimation of dry ice
## kinetics
For a first-order reaction, the half-life: | is independent of initial concentration | doubles when concentration doubles | halves when concentration doubles | depends on the square of concentration
If doubling [A] quadruples the rate, the reaction is ______ order in A. | second | first | zero | fourth
A catalyst increases the rate of a reaction by: | providing a pathway with lower activation energy | raising the temperature | increasing the equilibrium constant | increasing delta H
A plot of ln[A] versus time is linear for a reaction that is: | first order | zero order | second order | third order
## electrochemistry
In a galvanic cell, oxidation occurs at the: | anode | cathode | salt bridge | voltmeter
Which relation connects standard cell potential and Gibbs free energy? | delta G = -nFE | delta G = nFE | delta G = -RT/E | E = -nF delta G
During electrolysis of molten NaCl, what is produced at the cathode? | sodium metal | chlorine gas | hydrogen gas | oxygen gas
## atomic structure and quantum
How many orbitals are in the n = 3 shell? | 9 | 3 | 6 | 18
Which set of quantum numbers is NOT allowed? | n = 2, l = 2, ml = 0 | n = 3, l = 1, ml = -1 | n = 1, l = 0, ml = 0 | n = 4, l = 3, ml = 2
The energy of a particle in a one-dimensional box is proportional to: | n squared | n | 1/n | the square root of n
## spectroscopy
A strong, broad IR absorption around 3300 cm-1 together with a peak near 1710 cm-1 suggests a: | carboxylic acid | ketone | alkene | nitrile
In 1H NMR, a signal split into a quartet indicates the proton has how many neighbouring equivalent H atoms? | 3 | 4 | 2 | 1
A mass spectrum shows M and M+2 peaks of nearly equal height. The compound most likely contains: | bromine | chlorine | sulfur | nitrogen
Aldehyde protons typically appear in 1H NMR near: | 9-10 ppm | 1-2 ppm | 3-4 ppm | 5-6 ppm
How many signals appear in the 13C NMR spectrum of para-xylene? | 3 | 2 | 4 | 8
## organic chemistry
Which reagent converts a primary alcohol to an aldehyde without further oxidation? | PCC | KMnO4 | aqueous K2Cr2O7 with H2SO4 | NaBH4
An SN2 reaction at a chiral carbon proceeds with: | inversion of configuration | retention of configuration | racemisation | no change in stereochemistry
Which substrate reacts fastest by an SN1 mechanism? | tert-butyl bromide | methyl bromide | ethyl bromide | bromobenzene
Markovnikov addition of HBr to propene gives mainly: | 2-bromopropane | 1-bromopropane | 1,2-dibromopropane | propane
The product of ozonolysis (with reductive workup) of 2-methyl-2-butene is: | acetone and acetaldehyde | two molecules of acetone | propanal and methanal | butanone only
Which of the following is an electron-withdrawing, meta-directing group in electrophilic aromatic substitution? | -NO2 | -OH | -CH3 | -OCH3
A Grignard reagent reacts with a ketone, followed by acidic workup, to give a: | tertiary alcohol | primary alcohol | carboxylic acid | aldehyde
How many stereoisomers are possible for a molecule with two different stereocentres and no internal symmetry? | 4 | 2 | 3 | 8
The Diels-Alder reaction is best described as a: | [4+2] cycloaddition | [2+2] cycloaddition | free-radical chain reaction | nucleophilic substitution
## inorganic chemistry
What is the oxidation state of iron in K4[Fe(CN)6]? | +2 | +3 | +4 | +6
How many unpaired electrons does a high-spin octahedral d6 complex have? | 4 | 0 | 2 | 6
Which ligand is the strongest field ligand in the spectrochemical series? | CO | I- | H2O | F-
The coordination number of the metal in [Co(en)3]3+ is: | 6 | 3 | 4 | 9
## analytical chemistry
At the equivalence point of a weak acid-strong base titration, the pH is: | greater than 7 | exactly 7 | less than 7 | equal to the pKa
In reversed-phase HPLC, which compound elutes first? | the most polar compound | the least polar compound | the largest compound | the compound with the highest boiling point
Beer's law states that absorbance is directly proportional to: | concentration and path length | wavelength | transmittance | the square of concentration
In gas chromatography, the retention factor depends mainly on: | the partition of the analyte between stationary and mobile phases | the detector type | the injection volume | the carrier gas colour
## physical chemistry
The molecular partition function for a system with two nondegenerate levels separated by energy e is: | 1 + exp(-e/kT) | exp(-e/kT) | 2 | 1 - exp(-e/kT)
As temperature approaches infinity, the populations of two nondegenerate levels: | become equal | all occupy the lower level | all occupy the upper level | oscillate
The rotational partition function of a linear molecule at high temperature is approximately proportional to: | T | T squared | 1/T | the square root of T
""",
    "short": r"""
## general chemistry
Explain why the atomic radius decreases across a period but increases down a group.
Draw the Lewis structure of the nitrate ion and explain resonance in this context.
Use VSEPR theory to predict the shapes of XeF4 and ClF3.
Explain why real gases deviate from ideal behaviour and what the a and b constants in the van der Waals equation represent.
## equilibrium and acids and bases
Explain Le Chatelier's principle using the Haber process as an example.
Why is the pH of a buffer relatively unchanged when a small amount of strong acid is added?
Distinguish between Bronsted-Lowry and Lewis definitions of acids, with an example that is a Lewis acid but not a Bronsted acid.
## thermodynamics
State Hess's law and explain why it follows from enthalpy being a state function.
Explain the relationship between delta G, delta H and delta S, and how temperature affects spontaneity.
What is the difference between the heat capacity at constant pressure and at constant volume for an ideal gas?
## kinetics
Describe how the method of initial rates is used to determine a rate law.
Explain the steady-state approximation and when it is valid.
What is the rate-determining step in a mechanism, and how does it relate to the overall rate law?
## electrochemistry
Describe the components of a galvanic cell and the function of the salt bridge.
Explain how the Nernst equation predicts the change in cell potential as concentrations change.
Why does iron corrode faster in salt water than in fresh water?
## atomic structure and quantum
Explain why the 4s orbital fills before 3d but 4s electrons are removed first when forming transition metal ions.
What is the physical meaning of the square of a wavefunction?
Describe the photoelectric effect and what it demonstrated about the nature of light.
## spectroscopy
A compound C4H8O shows a strong IR peak at 1715 cm-1 and a 1H NMR triplet (3H), quartet (2H) and singlet (3H). Propose a structure.
Explain why protons near electronegative atoms appear downfield in 1H NMR.
How would you use IR spectroscopy to tell an alcohol from an ether?
What information does the base peak in a mass spectrum give you, and how does it differ from the molecular ion?
## organic chemistry
Compare the SN1 and SN2 mechanisms in terms of rate law, stereochemistry and preferred substrates.
Draw the mechanism of the acid-catalysed dehydration of 2-butanol and predict the major product using Zaitsev's rule.
Explain why phenol is more acidic than cyclohexanol.
Propose a two-step synthesis of 2-phenyl-2-propanol from bromobenzene.
What is the difference between kinetic and thermodynamic enolates, and how is each formed?
Explain why the E2 reaction requires an anti-periplanar arrangement of H and leaving group.
Describe the mechanism of Fischer esterification.
## inorganic chemistry
Use crystal field theory to explain why [Fe(H2O)6]2+ is high spin while [Fe(CN)6]4- is low spin.
What is the chelate effect and why is it largely entropic?
Explain the Jahn-Teller distortion in octahedral Cu(II) complexes.
## analytical chemistry
Explain how an indicator is chosen for an acid-base titration.
Distinguish between accuracy and precision, and between systematic and random error, in analytical measurements.
Explain the principle behind separation in thin-layer chromatography and how Rf values are calculated.
## physical chemistry
Derive the relationship between the molecular partition function and the internal energy of a system.
Explain the Boltzmann distribution and what it predicts for populations of energy levels as temperature increases.
Why does the vibrational contribution to heat capacity of most diatomic gases freeze out at room temperature?
""",
    "calc": r"""
## general chemistry
How many grams of CO2 are produced when 25.0 g of C2H6 burns completely in excess oxygen?
A 2.50 L balloon at 25 degrees C and 1.00 atm is heated to 75 degrees C at constant pressure. What is the new volume?
What mass of NaCl is needed to make 250.0 mL of a 0.150 M solution?
A compound is 40.0% C, 6.7% H and 53.3% O by mass, and its molar mass is 180 g/mol. Determine the molecular formula.
Calculate the pressure exerted by 0.500 mol of N2 in a 10.0 L vessel at 300 K using the ideal gas law.
## equilibrium and acids and bases
Calculate the pH of 0.10 M acetic acid (Ka = 1.8 x 10^-5).
A buffer contains 0.20 M NH3 and 0.30 M NH4Cl. Given pKb of NH3 = 4.75, calculate the pH.
For H2(g) + I2(g) <=> 2HI(g), Kc = 50 at 450 degrees C. If 1.0 mol each of H2 and I2 are placed in a 1.0 L flask, calculate the equilibrium concentration of HI.
The Ksp of AgCl is 1.8 x 10^-10. Calculate its molar solubility in pure water and in 0.10 M NaCl.
What is the pH after 10.0 mL of 0.100 M NaOH is added to 25.0 mL of 0.100 M HCl?
## thermodynamics
Using standard enthalpies of formation, calculate delta H for CH4 + 2O2 -> CO2 + 2H2O(l). (delta Hf: CH4 -74.8, CO2 -393.5, H2O(l) -285.8 kJ/mol)
A reaction has delta H = +40 kJ/mol and delta S = +120 J/(mol K). Above what temperature is it spontaneous?
How much heat is needed to warm 150 g of water from 20.0 to 85.0 degrees C? (c = 4.184 J/g K)
## kinetics
A first-order reaction has a rate constant of 0.0231 min^-1. What is its half-life, and what fraction remains after 90 minutes?
The rate constant of a reaction doubles when the temperature rises from 300 K to 310 K. Estimate the activation energy.
For a second-order reaction with k = 0.50 M^-1 s^-1 and [A]0 = 0.20 M, how long until [A] = 0.050 M?
## electrochemistry
Calculate E cell for a Zn/Zn2+ || Cu2+/Cu cell under standard conditions (E Zn2+/Zn = -0.76 V, E Cu2+/Cu = +0.34 V), and delta G.
How many grams of copper are deposited when a current of 2.00 A flows through CuSO4 solution for 30.0 minutes?
Use the Nernst equation to find the cell potential of the Zn/Cu cell when [Zn2+] = 1.0 M and [Cu2+] = 0.010 M at 25 degrees C.
## atomic structure and quantum
Calculate the wavelength of light emitted when an electron in a hydrogen atom falls from n = 4 to n = 2.
What is the de Broglie wavelength of an electron moving at 2.0 x 10^6 m/s?
## analytical chemistry
25.00 mL of an HCl solution requires 18.45 mL of 0.1020 M NaOH to reach the endpoint. What is the concentration of the acid?
A solution has absorbance 0.42 at 520 nm in a 1.00 cm cell. If the molar absorptivity is 8400 L mol^-1 cm^-1, what is the concentration?
## physical chemistry
Calculate the ratio of populations of two levels separated by 400 cm^-1 at 298 K.
Calculate the translational partition function of an argon atom in a 1.00 L container at 298 K.
""",
    "tf": r"""
## general chemistry
Isotopes of an element have the same number of neutrons but different numbers of protons.
Ionic compounds generally have higher melting points than molecular compounds.
## equilibrium and acids and bases
A catalyst shifts the position of equilibrium toward products.
A strong acid is one that is fully dissociated in water.
## thermodynamics
An exothermic reaction always has a negative delta G.
The entropy of a perfect crystal at absolute zero is zero.
## kinetics
The units of a zero-order rate constant are M/s.
## electrochemistry
Reduction occurs at the cathode in both galvanic and electrolytic cells.
## spectroscopy
Carbonyl groups absorb strongly near 1700 cm-1 in the IR spectrum.
TMS is assigned a chemical shift of 0 ppm in NMR.
## organic chemistry
Tertiary carbocations are more stable than primary carbocations.
Enantiomers have identical boiling points but rotate plane-polarised light in opposite directions.
Benzene readily undergoes addition reactions with bromine in the dark.
NaBH4 reduces esters to primary alcohols under standard conditions.
## inorganic chemistry
Tetrahedral complexes are usually high spin.
## analytical chemistry
A primary standard should be hygroscopic so that it dissolves easily.
## physical chemistry
The partition function is dimensionless.
""",
    "fill": r"""
## general chemistry
The number of particles in one mole is called ________'s number.
The shape of a molecule with four bonding pairs and no lone pairs around the central atom is ________.
## equilibrium and acids and bases
pH + pOH = ____ at 25 degrees C.
The Henderson-Hasselbalch equation is pH = pKa + log(______ / ______).
## thermodynamics
A process that occurs at constant temperature is called ________.
## kinetics
The equation k = A exp(-Ea/RT) is known as the ________ equation.
## electrochemistry
The Faraday constant is approximately ________ C/mol.
## organic chemistry
A carbon atom bonded to four different groups is called a ________ centre.
The addition of water across a double bond is called ________.
Compounds with the same molecular formula but different connectivity are ________ isomers.
## spectroscopy
In 1H NMR, the splitting of a signal by n neighbouring protons follows the ________ rule.
## inorganic chemistry
A ligand that binds through two donor atoms is described as ________.
## analytical chemistry
The point in a titration where the indicator changes colour is the ________ point.
""",
    "roman": r"""
## organic chemistry
Which factors favour an SN2 reaction over SN1? || A methyl or primary substrate || A polar aprotic solvent || A weak nucleophile
## equilibrium and acids and bases
Which of the following would increase the solubility of CaCO3? || Adding HCl || Adding Na2CO3 || Bubbling CO2 through the solution
## kinetics
Which changes increase the rate constant k of a reaction? || Raising the temperature || Adding a catalyst || Increasing reactant concentration
## thermodynamics
For an ideal gas undergoing reversible isothermal expansion: || delta U = 0 || q = -w || delta S of the gas is zero
## spectroscopy
Which features would you expect in the spectra of ethyl acetate? || An IR peak near 1740 cm-1 || A 1H NMR quartet near 4.1 ppm || A broad IR peak at 3300 cm-1
## electrochemistry
Which statements about a standard hydrogen electrode are correct? || Its potential is defined as 0 V || It uses 1 M H+ and 1 bar H2 || It uses a copper electrode
## inorganic chemistry
Which complexes are expected to be paramagnetic? || [Fe(H2O)6]3+ (high spin) || [Co(NH3)6]3+ (low spin d6) || [Cu(H2O)6]2+
## analytical chemistry
Which would cause a calculated titration result to be too high? || Air bubble in the burette tip that is dispensed during titration || Overshooting the endpoint || Rinsing the flask with distilled water before adding the analyte
""",
}

# ---------------------------------------------------------------------------------------------
# Cybersecurity (certification-style)
# ---------------------------------------------------------------------------------------------

CYBER = {
    "mcq": r"""
## cryptography
Which algorithm is an asymmetric encryption algorithm? | RSA | AES | 3DES | ChaCha20
Which property of a cryptographic hash makes it infeasible to find two different inputs with the same digest? | collision resistance | preimage resistance only | key stretching | perfect forward secrecy
A message is signed with the sender's private key. What does the recipient use to verify the signature? | the sender's public key | the recipient's private key | a shared symmetric key | the CA's private key
Which block cipher mode provides both confidentiality and integrity? | GCM | ECB | CBC | CTR without a MAC
Why is ECB mode considered insecure for encrypting images or structured data? | identical plaintext blocks produce identical ciphertext blocks | it requires a nonce | it is too slow | it cannot be decrypted in parallel
Diffie-Hellman key exchange is primarily used to: | establish a shared secret over an insecure channel | sign documents | hash passwords | encrypt bulk data directly
Salting password hashes primarily defends against: | precomputed rainbow table attacks | keylogging | phishing | denial of service
## access control
Which access control model assigns permissions based on job function? | RBAC | DAC | MAC | ABAC based only on time of day
In the Bell-LaPadula model, the "no read up" rule protects: | confidentiality | integrity | availability | non-repudiation
Requiring two employees to complete a wire transfer is an example of: | separation of duties | least privilege | job rotation | mandatory vacation
A user who changed departments still has access to systems from her old role. This is called: | privilege creep | privilege escalation | lateral movement | account lockout
## authentication
Which combination is an example of multifactor authentication? | a password and a one-time code from a hardware token | a password and a PIN | a fingerprint and a palm scan | a username and a password
In Kerberos, what does the Key Distribution Center issue to a client after initial authentication? | a ticket-granting ticket | a public key certificate | a session cookie | a RADIUS token
The crossover error rate of a biometric system is the point where: | the false acceptance rate equals the false rejection rate | no errors occur | false rejections are zero | enrolment fails
SAML is mainly used for: | exchanging authentication assertions for web single sign-on | encrypting disks | routing traffic | scanning ports
## PKI
What does a certificate revocation list contain? | serial numbers of certificates revoked before expiry | all valid certificates | private keys of users | root CA keys
Which component of a PKI signs and issues digital certificates? | certificate authority | registration authority | key escrow agent | OCSP client
OCSP stapling improves on standard OCSP by: | letting the server provide a signed, time-stamped revocation response during the TLS handshake | removing the need for certificates | encrypting CRLs | using symmetric keys
## network attacks
An attacker sends a flood of TCP SYN packets without completing the handshake. This is: | a SYN flood denial-of-service attack | ARP spoofing | a replay attack | DNS tunnelling
Which attack associates the attacker's MAC address with the IP address of the default gateway? | ARP poisoning | MAC flooding | VLAN hopping | smurf attack
An attacker intercepts and relays messages between two parties who believe they are communicating directly. This is a: | man-in-the-middle attack | brute-force attack | watering hole attack | rainbow table attack
Which technique is used in a DNS cache poisoning attack? | injecting forged responses into a resolver's cache | flooding a switch's CAM table | cracking WPA2 handshakes | sending oversized ICMP packets
## malware
Malware that encrypts a victim's files and demands payment is called: | ransomware | adware | a rootkit | a logic bomb
Which malware type replicates across a network without user interaction? | worm | trojan | virus attached to a document | spyware
Code planted by an insider that triggers on a specific date is a: | logic bomb | worm | botnet | keylogger
A rootkit is primarily designed to: | hide the presence of malicious activity from the operating system and users | display unwanted advertisements | replicate by email | encrypt files for ransom
## secure coding
Which defence is most effective against SQL injection? | parameterised queries | client-side input validation only | hiding error messages | using HTTPS
Stored cross-site scripting occurs when: | malicious script saved on the server is later served to other users | a script is reflected from a URL parameter only | the attacker edits the DOM of their own browser | cookies are marked HttpOnly
Which flag reduces the risk of session cookies being stolen through XSS? | HttpOnly | Path | Expires | Domain
A CSRF token protects against: | forged state-changing requests sent from another site using the victim's session | SQL injection | buffer overflows | brute-force login
A program copies user input into a fixed-size stack array without checking length. This is a: | buffer overflow vulnerability | race condition | integer underflow in crypto | directory traversal
## firewall and IDS
A signature-based IDS is LEAST effective at detecting: | zero-day attacks | known worms | previously catalogued exploits | known malware hashes
A stateful firewall differs from a packet filter because it: | tracks connection state and allows return traffic for established sessions | inspects only source IP addresses | cannot block ports | operates only at layer 7
An IPS placed inline can: | block malicious traffic in real time | only generate alerts after the fact | replace antivirus on hosts | encrypt traffic
A DMZ is used to: | host public-facing services separated from the internal network | store backups offline | segment wireless guests only | isolate domain controllers
## incident response
According to NIST SP 800-61, which phase comes immediately after detection and analysis? | containment, eradication and recovery | preparation | post-incident activity | lessons learned
Why should a forensic image be hashed immediately after acquisition? | to prove the evidence has not been altered | to compress the image | to encrypt the image | to speed up analysis
Which volatile data should be collected first during live response? | CPU registers and cache, then memory contents | hard disk data | archived backups | printed logs
## risk management
Annualised loss expectancy is calculated as: | single loss expectancy multiplied by annualised rate of occurrence | asset value multiplied by exposure factor | SLE divided by ARO | ARO minus SLE
Buying cyber insurance is an example of which risk response? | risk transfer | risk avoidance | risk acceptance | risk mitigation
## security policy
Which document defines what employees may and may not do with company IT resources? | acceptable use policy | business impact analysis | service level agreement | memorandum of understanding
The CIA triad consists of: | confidentiality, integrity, availability | control, inspection, audit | certification, identification, authorisation | cryptography, integrity, authentication
""",
    "short": r"""
## cryptography
Explain the difference between symmetric and asymmetric encryption and describe how hybrid encryption combines them in TLS.
What is perfect forward secrecy, and which key exchange methods provide it?
Why should passwords be stored with a slow, salted hash function such as bcrypt or Argon2 rather than SHA-256?
## access control
Compare discretionary, mandatory and role-based access control, giving an example environment where each is appropriate.
Explain the principle of least privilege and how it limits the impact of a compromised account.
## authentication
Describe the steps of the Kerberos authentication process.
Why are SMS one-time passcodes considered a weaker second factor than hardware security keys?
## PKI
Describe the chain of trust from a root CA to a server certificate, and what a browser checks when validating it.
## network attacks
Explain how a distributed denial-of-service attack differs from a denial-of-service attack, and list two mitigations.
Describe how VLAN hopping through switch spoofing works and how it can be prevented.
What is a replay attack, and how do nonces and timestamps defend against it?
## malware
Distinguish between a virus, a worm and a trojan horse.
What is fileless malware and why is it difficult for traditional antivirus to detect?
## secure coding
Explain the difference between reflected, stored and DOM-based XSS.
Why is input validation alone insufficient to prevent injection attacks? What else should be done?
What is a TOCTOU race condition? Give an example.
## firewall and IDS
Compare anomaly-based and signature-based intrusion detection, including their false positive characteristics.
Explain the purpose of egress filtering on a corporate firewall.
## incident response
List the phases of the incident response lifecycle and describe one activity performed in each.
Explain why chain of custody matters in digital forensics.
## risk management
Distinguish between quantitative and qualitative risk assessment.
What is the difference between a vulnerability, a threat and a risk?
## security policy
Explain the difference between a policy, a standard, a procedure and a guideline.
What is defence in depth? Illustrate with controls at three different layers.
""",
    "calc": r"""
## risk management
A server is valued at $80,000. A flood would destroy 60% of it, and floods occur once every 20 years. Calculate the SLE and ALE.
A control costs $5,000 per year and reduces the ALE of a risk from $18,000 to $6,000. Is the control cost-justified? Show the calculation.
## cryptography
A password is 8 characters drawn from 62 alphanumeric characters. How many possible passwords are there, and how long would an exhaustive search take at 10^10 guesses per second?
How many keys are needed for every pair of 50 users to communicate with symmetric encryption, versus with asymmetric encryption?
""",
    "tf": r"""
## cryptography
Hashing is a reversible process if you know the key.
AES is a symmetric block cipher with a 128-bit block size.
## authentication
A password and a security question together count as two-factor authentication.
## PKI
A digital signature provides non-repudiation.
## network attacks
A smurf attack uses ICMP echo requests sent to a broadcast address with a spoofed source.
## malware
A trojan horse self-replicates across networks without user action.
## secure coding
Stored procedures always eliminate the risk of SQL injection.
## firewall and IDS
A false negative in an IDS means an attack occurred but no alert was raised.
## incident response
Powering off a compromised machine immediately preserves the contents of RAM for forensics.
## risk management
Risk acceptance means the organisation chooses to take no additional action on an identified risk.
## security policy
Availability is one of the three components of the CIA triad.
## access control
Under mandatory access control, data owners decide who may access their files.
""",
    "fill": r"""
## cryptography
The process of converting ciphertext back to plaintext is called ________.
A random value added to a password before hashing is called a ________.
## access control
In the Biba integrity model, the rule that prevents reading data at a lower integrity level is "no read ________".
## authentication
Something you know, something you have, and something you ________ are the three classic authentication factors.
## network attacks
An attack that sends more data than a buffer can hold is called a buffer ________.
## malware
A network of compromised computers controlled by an attacker is called a ________.
## PKI
An X.509 certificate binds a public key to an ________.
## incident response
The documented record of who handled evidence and when is called the chain of ________.
## firewall and IDS
A decoy system used to attract and study attackers is called a ________.
## risk management
SLE = asset value x ________ factor.
""",
    "roman": r"""
## secure coding
Which practices help prevent SQL injection? || Using prepared statements with bound parameters || Applying least privilege to the database account || Concatenating user input after escaping only quotes in JavaScript
## authentication
Which of the following are examples of "something you have"? || A smart card || A TOTP authenticator app on a phone || A fingerprint
## network attacks
Which attacks operate at layer 2 of the OSI model? || ARP spoofing || MAC flooding || SQL injection
## incident response
Which actions belong to the containment phase? || Isolating an infected host from the network || Disabling a compromised account || Writing the lessons-learned report
## cryptography
Which statements about hash functions are true? || The output length is fixed regardless of input size || A small change to the input changes the output drastically || They require a private key to compute
## PKI
Which can cause a browser to reject a TLS certificate? || The certificate has expired || The hostname does not match the subject || The certificate uses a 2048-bit RSA key
""",
}

# ---------------------------------------------------------------------------------------------
# General: every other subject, with hard negatives that borrow risk-domain vocabulary
# ---------------------------------------------------------------------------------------------

GEN_MCQ = r"""
## physics
A ball is thrown horizontally from a cliff at 12 m/s. Ignoring air resistance, its horizontal velocity after 2 s is: | 12 m/s | 31.6 m/s | 19.6 m/s | 0 m/s
Which quantity is conserved in a perfectly inelastic collision? | total momentum | total kinetic energy | the velocity of each object | mechanical energy
The efficiency of a Carnot engine operating between 600 K and 300 K is: | 50% | 100% | 25% | 67%
In a four-stroke Otto cycle, heat is added during which process (ideal model)? | constant-volume combustion | isothermal compression | adiabatic expansion | constant-pressure exhaust
An object in uniform circular motion has an acceleration directed: | toward the centre | along the velocity | outward from the centre | zero
Which particle is emitted in beta-minus decay along with an electron? | an electron antineutrino | a neutrino | a positron | an alpha particle
Quarks in a proton are held together by the exchange of: | gluons | photons | W bosons | gravitons
The binding energy per nucleon is greatest for nuclei near: | iron-56 | helium-4 | uranium-238 | hydrogen-1
After three half-lives, what fraction of a radioactive sample remains? | 1/8 | 1/3 | 1/6 | 1/9
Two resistors of 6 ohms and 3 ohms are connected in parallel. The equivalent resistance is: | 2 ohms | 9 ohms | 4.5 ohms | 18 ohms
Which law states that the induced emf opposes the change in flux that produces it? | Lenz's law | Ohm's law | Coulomb's law | Ampere's law
The first law of thermodynamics is a statement of: | conservation of energy | increase of entropy | the zero of temperature | conservation of momentum
Light passing from air into glass: | slows down and bends toward the normal | speeds up and bends away from the normal | keeps the same speed | changes frequency
## mathematics
What is the derivative of x^2 sin x? | 2x sin x + x^2 cos x | 2x cos x | x^2 cos x | 2x sin x - x^2 cos x
The integral of 1/x dx from 1 to e equals: | 1 | e | 0 | e - 1
Which series converges? | the sum of 1/n^2 | the sum of 1/n | the sum of n | the sum of 1/sqrt(n)
The general solution of y'' + y = 0 is: | A cos x + B sin x | A e^x + B e^-x | Ax + B | A e^x
The determinant of a 2x2 matrix [[3, 1], [4, 2]] is: | 2 | 10 | -2 | 5
If A is a 3x3 matrix with rank 2, the dimension of its null space is: | 1 | 2 | 0 | 3
Which of these sets is a group under ordinary addition? | the integers | the natural numbers | the positive reals | the odd integers
The solution set of the inequality abs(x - 3) < 2 is: | 1 < x < 5 | x < 5 | x > 1 | -5 < x < 5
How many ways can 5 books be arranged on a shelf? | 120 | 25 | 60 | 20
The limit of sin(x)/x as x approaches 0 is: | 1 | 0 | infinity | undefined
## statistics
A 95% confidence interval means that: | 95% of intervals constructed this way would contain the true parameter | there is a 95% chance the sample mean is correct | 95% of the data lie in the interval | the p-value is 0.05
A Type I error occurs when you: | reject a true null hypothesis | fail to reject a false null hypothesis | use the wrong test | have too small a sample
Which measure of centre is most resistant to outliers? | median | mean | range | standard deviation
If two events are independent with P(A) = 0.4 and P(B) = 0.5, then P(A and B) is: | 0.20 | 0.90 | 0.10 | 0.45
In a regression output, R-squared of 0.81 means: | 81% of the variance in y is explained by the model | the correlation is 0.81 | 81% of predictions are correct | the slope is 0.81
A chi-square test of independence on a 3x4 contingency table has how many degrees of freedom? | 6 | 12 | 7 | 11
## computer science
What is the worst-case time complexity of quicksort? | O(n^2) | O(n log n) | O(n) | O(log n)
Which data structure gives O(1) average-time lookup by key? | hash table | linked list | binary heap | sorted array
Dijkstra's algorithm fails to guarantee correct shortest paths when the graph has: | negative edge weights | cycles | more than 1000 vertices | undirected edges
Which problem is NP-complete? | 3-SAT | sorting | shortest path with non-negative weights | matrix multiplication
A language accepted by a deterministic finite automaton is: | regular | context-free but not regular | recursively enumerable but not decidable | context-sensitive only
In a binary search tree, an in-order traversal visits nodes in: | sorted order | reverse insertion order | level order | random order
The halting problem is: | undecidable | decidable in exponential time | NP-complete | solvable by a pushdown automaton
Which technique is used by dynamic programming to avoid recomputation? | memoisation | backtracking | greedy selection | randomisation
A min-heap with n elements supports extract-min in: | O(log n) | O(1) | O(n) | O(n log n)
What does the "cache" in CPU cache primarily exploit? | locality of reference | branch prediction | instruction pipelining | virtual memory paging
## networking
How many usable host addresses are in a /26 IPv4 subnet? | 62 | 64 | 30 | 126
Which routing protocol is a link-state protocol? | OSPF | RIP | BGP | EIGRP classic distance vector
TCP slow start increases the congestion window: | exponentially until the threshold is reached | linearly from the start | only after packet loss | by a fixed 1 MSS per second
What is the default subnet mask of a /20 network? | 255.255.240.0 | 255.255.255.0 | 255.255.248.0 | 255.255.224.0
At which OSI layer does a router primarily operate? | network layer | data link layer | transport layer | session layer
Which protocol resolves a domain name to an IP address? | DNS | DHCP | ARP | NTP
The three-way handshake in TCP consists of: | SYN, SYN-ACK, ACK | SYN, ACK, FIN | ACK, SYN, RST | HELLO, REPLY, ACK
## software engineering
Which SOLID principle says a class should have only one reason to change? | single responsibility | open/closed | Liskov substitution | dependency inversion
In Scrum, who is responsible for maximising the value of the product backlog? | the product owner | the scrum master | the development team lead | the stakeholders
A test that checks a single function in isolation using mocks is a: | unit test | integration test | system test | acceptance test
Which Git command combines another branch's history into the current branch with a merge commit? | git merge | git stash | git clone | git tag
## medicine
A 58-year-old man presents with crushing substernal chest pain radiating to the left arm and ST elevation in leads II, III and aVF. Which coronary artery is most likely occluded? | right coronary artery | left anterior descending | left circumflex | left main
A 24-year-old woman has fatigue, pallor and a low MCV. The most likely cause is: | iron deficiency anaemia | vitamin B12 deficiency | folate deficiency | hereditary spherocytosis
First-line pharmacological treatment for uncomplicated type 2 diabetes in most guidelines is: | metformin | insulin glargine | glipizide | pioglitazone
A child presents with a barking cough and inspiratory stridor after a cold. The most likely diagnosis is: | croup | epiglottitis | asthma | bronchiolitis
Which finding is most consistent with hypothyroidism? | weight gain and cold intolerance | tremor and heat intolerance | exophthalmos | tachycardia
A patient on warfarin has an INR of 6 with no bleeding. The most appropriate initial step is: | hold warfarin and consider oral vitamin K | give fresh frozen plasma immediately | double the dose | switch to aspirin
The antidote for an acetaminophen overdose is: | N-acetylcysteine | naloxone | flumazenil | atropine
Which is the most common cause of community-acquired pneumonia in adults? | Streptococcus pneumoniae | Pseudomonas aeruginosa | Staphylococcus epidermidis | Legionella in every case
A 70-year-old presents with sudden right-sided weakness and aphasia that began 90 minutes ago. After a CT excludes haemorrhage, the next step is to consider: | intravenous thrombolysis | lumbar puncture | oral aspirin only and discharge | an MRI in three days
## nursing
Before administering digoxin, the nurse should assess the patient's: | apical pulse for one full minute | blood glucose | temperature | respiratory rate only
A patient with a new tracheostomy becomes restless and his oxygen saturation falls. The nurse's first action is to: | assess the airway and suction if needed | call the family | document the event | give a sedative
Which position is best for a patient in respiratory distress? | high Fowler's | Trendelenburg | prone with legs raised | left lateral flat
The correct order when donning PPE is: | gown, mask, goggles, gloves | gloves, gown, mask, goggles | mask, gloves, gown, goggles | goggles, gloves, mask, gown
## nutrition
Which vitamin is fat-soluble? | vitamin D | vitamin C | vitamin B6 | folate
A gram of fat provides approximately how many kilocalories? | 9 | 4 | 7 | 12
Which mineral deficiency is the most common cause of anaemia worldwide? | iron | zinc | calcium | iodine
Which food is the best source of complete protein for a vegetarian who eats dairy? | Greek yoghurt | white rice | apples | olive oil
## anatomy and fitness
Which muscle is the prime mover during a bicep curl? | biceps brachii | triceps brachii | deltoid | brachioradialis only
A squat primarily trains which muscle groups? | quadriceps, glutes and hamstrings | pectorals and triceps | latissimus dorsi | forearm flexors
Which energy system predominates during a 100 m sprint? | the phosphagen (ATP-PC) system | aerobic oxidation of fat | aerobic glycolysis over 30 minutes | ketone metabolism
The rotator cuff does NOT include which muscle? | deltoid | supraspinatus | infraspinatus | subscapularis
## psychology
In classical conditioning, the response elicited by a previously neutral stimulus after pairing is the: | conditioned response | unconditioned response | neutral response | operant response
Piaget's stage in which children master conservation is the: | concrete operational stage | sensorimotor stage | preoperational stage | formal operational stage
Which defence mechanism involves redirecting feelings toward a safer target? | displacement | projection | repression | sublimation
A participant's reaction time lengthens when the colour word and ink colour conflict. This is the: | Stroop effect | McGurk effect | bystander effect | halo effect
In Milgram's obedience studies, the main dependent variable was: | the maximum shock level participants administered | participants' IQ | the learner's memory | reaction time
## economics
If the price elasticity of demand is -0.4, demand is: | inelastic | elastic | unit elastic | perfectly elastic
A binding price ceiling set below the equilibrium price leads to: | a shortage | a surplus | no change | higher prices
When a central bank buys government bonds in open market operations, the money supply: | increases | decreases | is unchanged | becomes fixed
In perfect competition in the long run, firms earn: | zero economic profit | positive economic profit | negative accounting profit | monopoly rents
Bond prices and market interest rates are: | inversely related | directly related | unrelated | equal
## accounting and finance
Which statement reports a company's assets, liabilities and equity at a point in time? | balance sheet | income statement | cash flow statement | statement of retained earnings
Depreciation expense affects which of the following? | the income statement and the balance sheet | only the cash flow from financing | only equity | revenue
A 10-year bond with a 5% coupon trades below par. Its yield to maturity is: | greater than 5% | less than 5% | equal to 5% | zero
Under the accounting equation, assets equal: | liabilities plus equity | revenue minus expenses | equity minus liabilities | cash plus inventory
## law
In contract law, an offer can generally be revoked: | any time before acceptance | only after acceptance | never | only in writing
Which standard of proof applies in most civil cases? | preponderance of the evidence | beyond a reasonable doubt | clear and convincing evidence in all cases | probable cause
The doctrine of stare decisis refers to: | following precedent | the separation of powers | judicial review | double jeopardy
Marbury v. Madison established: | judicial review | the right to counsel | separate but equal | the commerce clause
## history
The Treaty of Westphalia (1648) is associated with: | the end of the Thirty Years' War and the principle of state sovereignty | the unification of Germany | the end of the Napoleonic Wars | the founding of the United Nations
Which event most directly triggered the start of World War I? | the assassination of Archduke Franz Ferdinand | the invasion of Poland | the sinking of the Lusitania | the Russian Revolution
The Meiji Restoration in Japan led to: | rapid industrialisation and modernisation | the closing of Japan to foreign trade | the rise of the Tokugawa shogunate | the partition of Japan
The 1918 influenza pandemic spread rapidly in part because of: | troop movements at the end of World War I | the invention of air travel | the Great Depression | the Cold War
The Columbian Exchange refers to: | the transfer of crops, animals, people and diseases between the Americas and the Old World | a trade agreement between Spain and Portugal | the opening of the Panama Canal | a colonial stock market
## geography and earth science
Which type of plate boundary forms mid-ocean ridges? | divergent | convergent | transform | subduction
Which rock type forms from the cooling of magma? | igneous | sedimentary | metamorphic | evaporite
The Coriolis effect deflects moving air in the Northern Hemisphere to the: | right | left | equator | north only
On the Mohs scale, which mineral is the hardest? | diamond | quartz | topaz | corundum
Which layer of the atmosphere contains most of the ozone layer? | stratosphere | troposphere | mesosphere | thermosphere
## astronomy
The main sequence lifetime of a star is shortest for stars that are: | most massive | least massive | coolest | oldest
Hubble's law relates a galaxy's recession velocity to its: | distance | mass | luminosity | colour index
A lunar eclipse occurs when: | Earth is between the Sun and the Moon | the Moon is between the Sun and Earth | the Sun is between Earth and the Moon | the Moon is at perigee
## philosophy
The claim "I think, therefore I am" is associated with: | Descartes | Hume | Kant | Locke
Utilitarianism judges actions primarily by: | their consequences for overall well-being | duties and rules | the agent's character | divine command
Which fallacy attacks the person rather than the argument? | ad hominem | straw man | false dilemma | begging the question
## literature
The narrator of The Great Gatsby is: | Nick Carraway | Jay Gatsby | Tom Buchanan | George Wilson
A fourteen-line poem in iambic pentameter with a closing couplet is a: | Shakespearean sonnet | villanelle | haiku | ballad
Dramatic irony occurs when: | the audience knows something a character does not | a character speaks alone on stage | two unlike things are compared | the ending is happy
## music theory
The relative minor of C major is: | A minor | E minor | C minor | D minor
A perfect fifth above D is: | A | G | B | F sharp
In a 6/8 time signature, the beat is usually felt as: | two dotted quarter notes per bar | six quarter notes per bar | three quarter notes per bar | eight sixth notes
## marketing
The four Ps of the marketing mix are: | product, price, place, promotion | people, process, price, profit | product, position, price, packaging | plan, promote, produce, price
A company that targets one narrow customer segment is using: | concentrated (niche) marketing | mass marketing | undifferentiated marketing | multi-segment marketing
## spreadsheets
In Excel, which formula adds the values in cells A1 through A10? | =SUM(A1:A10) | =ADD(A1-A10) | =TOTAL(A1,A10) | =SUM(A1;A10) only in Google Sheets
A cell reference written as $B$2 is: | absolute | relative | mixed | circular
## chess
In chess, an attack on two pieces at once by a single piece is called a: | fork | pin | skewer | discovered check
## anthropology
In anthropology, culture shock refers to: | disorientation experienced when entering an unfamiliar way of life | the spread of bacteria in a lab | rapid genetic change | the loss of a language
## supply chain
The bullwhip effect in a supply chain describes: | increasing demand variability as orders move upstream | faster shipping times | decreasing inventory costs | a chemical chain reaction
"""

GEN_SHORT = r"""
## physics
Explain why a satellite in circular orbit is in free fall yet never hits the ground.
State Newton's third law and explain why the two forces in a pair do not cancel.
Why can no heat engine operating between two reservoirs be more efficient than a Carnot engine?
Describe the difference between nuclear fission and nuclear fusion in terms of binding energy per nucleon.
Explain why the Standard Model classifies the electron as a lepton and the proton as a baryon.
Why does the diesel cycle allow a higher compression ratio than the Otto cycle?
Explain how a transformer changes AC voltage and why it does not work with DC.
Describe the photoelectric effect experiment and why the classical wave theory failed to explain it.
## mathematics
Prove that the square root of 2 is irrational.
Use mathematical induction to show that 1 + 2 + ... + n = n(n+1)/2.
Explain the difference between a convergent sequence and a Cauchy sequence. Are they equivalent in the real numbers?
State the Mean Value Theorem and give a geometric interpretation.
Find the general solution of the differential equation dy/dx = 3y and explain the meaning of the constant.
Show that the eigenvalues of a real symmetric matrix are real.
What is the difference between a particular solution and the general solution of a linear ODE?
## statistics
Explain the difference between a p-value and a significance level.
When should you use a paired t-test rather than a two-sample t-test?
Why does increasing the sample size narrow a confidence interval?
Describe Simpson's paradox with an example.
## computer science
Explain why comparison-based sorting has a lower bound of Omega(n log n).
Describe how a hash table handles collisions using chaining and using open addressing.
Explain the difference between P and NP, and what it would mean if P = NP.
Prove that the language {a^n b^n : n >= 0} is not regular using the pumping lemma.
Explain the difference between a process and a thread.
What is a deadlock, and what are the four Coffman conditions?
Describe how virtual memory uses paging and what a TLB miss is.
## networking
Explain how TCP congestion control reacts to three duplicate ACKs versus a timeout.
Compare distance-vector and link-state routing protocols.
Why did IPv6 drop the header checksum that IPv4 has?
Explain how DHCP assigns an address to a new client, step by step.
What is the difference between flow control and congestion control in TCP?
Describe how BGP chooses between multiple routes to the same prefix.
## software engineering
Compare the waterfall and agile models of software development.
What is technical debt, and how can a team manage it?
Explain the difference between coupling and cohesion.
Describe what a code review should check for besides correctness.
## medicine
A 45-year-old woman presents with fatigue, weight gain, constipation and dry skin. What is the most likely diagnosis and which blood tests would you order?
A 6-year-old has a fever of 39 degrees C, sore throat, tender cervical nodes and no cough. Outline your management.
A 67-year-old man with hypertension presents with a tearing chest pain radiating to the back and unequal arm blood pressures. What is the likely diagnosis and immediate management?
Outline the initial management of a patient with diabetic ketoacidosis.
A patient with heart failure is started on furosemide. Which electrolyte should be monitored, and why?
Discuss the stepwise management of asthma in adults.
A 30-year-old woman presents with a painful swollen calf after a long-haul flight. What investigations are appropriate?
Describe the clinical features that distinguish bacterial from viral meningitis in a patient presenting to the emergency department.
## nursing
Describe the nursing priorities for a patient in the first 24 hours after a total hip replacement.
What are the five rights of medication administration?
How would you assess pain in a non-verbal patient with dementia?
## nutrition
Explain the difference between soluble and insoluble fibre and give a food source of each.
Why is vitamin B12 supplementation recommended for vegans?
How should an endurance athlete plan carbohydrate intake in the days before a marathon?
## anatomy and fitness
Describe the difference between concentric, eccentric and isometric muscle contractions.
Explain progressive overload and how it applies to strength training.
Which muscles stabilise the shoulder during an overhead press?
## psychology
Explain the difference between negative reinforcement and punishment.
Describe the fight-or-flight reaction and the role of the sympathetic nervous system.
What is cognitive dissonance? Give an everyday example.
Evaluate the strengths and weaknesses of the multi-store model of memory.
How does the bystander effect explain people's reaction to emergencies in crowds?
## economics
Explain why a monopolist produces less and charges more than a competitive industry.
What is the difference between nominal GDP and real GDP?
Explain the crowding-out effect of expansionary fiscal policy.
Describe the concept of comparative advantage with a two-country example.
## accounting and finance
Explain the difference between accrual accounting and cash accounting.
Why does a bond's price fall when market interest rates rise?
What is working capital, and why does it matter to a firm's creditors?
## law
Explain the elements required to establish negligence in tort law.
What is the difference between a misdemeanour and a felony?
Describe the role of consideration in forming a binding contract.
## history
Assess the main causes of the French Revolution.
How did the Black Death change labour relations in late medieval Europe?
Essay prompt: Compare how governments responded to the 1918 influenza virus and to the COVID-19 pandemic in terms of public health policy and civil liberties.
Explain the significance of the Marshall Plan for post-war Europe.
Why did the Berlin Wall fall in 1989?
Discuss the causes and consequences of the partition of India in 1947.
## geography and earth science
Explain how a rain shadow forms on the leeward side of a mountain range.
Describe the rock cycle and the processes that link its stages.
Why are most major earthquakes concentrated along plate boundaries?
Explain the causes of the seasons on Earth.
## astronomy
Describe the life cycle of a star with the mass of the Sun.
How do astronomers use parallax to measure the distance to nearby stars?
What evidence supports the Big Bang model?
## philosophy
Explain Kant's categorical imperative and apply it to lying.
What is the problem of induction as posed by Hume?
Compare act and rule utilitarianism.
## literature
Discuss the theme of ambition in Macbeth.
How does Orwell use language as a means of control in Nineteen Eighty-Four?
Explain the difference between an unreliable narrator and a limited third-person narrator, with examples.
## music theory
Explain the difference between a major and a harmonic minor scale.
What is a cadence? Describe a perfect and a plagal cadence.
## marketing
Explain the difference between a brand's positioning and its target market.
What is the product life cycle, and how does marketing strategy change across its stages?
## anthropology
How do anthropologists use participant observation to study culture?
Explain cultural relativism and one criticism of it.
## supply chain
Explain how just-in-time inventory reduces costs and what risks it introduces to a supply chain.
## chess
Explain the difference between a pin and a skewer in chess, and why a king-side attack often follows castling on opposite sides.
## spreadsheets
Explain how a VLOOKUP formula finds a value, and why an absolute reference is needed when you copy it down a column.
"""

GEN_CALC = r"""
## physics
A 2.0 kg block slides down a frictionless incline of height 5.0 m. What is its speed at the bottom?
A car accelerates uniformly from rest to 27 m/s in 9.0 s. Find its acceleration and the distance travelled.
A 1200 kg car rounds a curve of radius 50 m at 15 m/s. What friction force is required?
A heat engine absorbs 2000 J from a hot reservoir and rejects 1200 J to a cold reservoir per cycle. What is its efficiency, and what is the maximum possible efficiency if the reservoirs are at 500 K and 300 K?
An ideal gas expands isothermally at 300 K from 2.0 L to 6.0 L. If n = 0.50 mol, how much work does the gas do?
The half-life of iodine-131 is 8.0 days. How much of a 40 mg sample remains after 24 days?
Calculate the energy released when 1.0 g of mass is converted entirely into energy.
A 5.0 uF capacitor is charged to 12 V. How much energy is stored?
A wire carries 3.0 A in a magnetic field of 0.20 T at right angles. What is the force on 0.50 m of the wire?
What is the wavelength of a 440 Hz sound wave in air at 343 m/s?
A proton is accelerated through 1000 V. What is its kinetic energy in joules and in eV?
Calculate the Q-value of the reaction in which a deuterium and a tritium nucleus fuse to form helium-4 and a neutron, given the atomic masses 2.014102 u, 3.016049 u, 4.002603 u and neutron 1.008665 u.
## mathematics
Find the area enclosed between y = x^2 and y = 2x.
Solve the system: 2x + 3y = 12 and x - y = 1.
Find the eigenvalues and eigenvectors of the matrix [[2, 1], [1, 2]].
Evaluate the integral of x e^x dx from 0 to 1.
Find the Taylor series of ln(1 + x) up to the x^4 term.
Find the maximum volume of an open box made by cutting equal squares from the corners of a 30 cm by 30 cm sheet.
How many 5-card hands from a standard deck contain exactly two aces?
Solve the differential equation y' + 2y = e^x with y(0) = 1.
## statistics
A sample of 36 students has a mean score of 72 and standard deviation 12. Construct a 95% confidence interval for the population mean.
Heights are normally distributed with mean 170 cm and SD 8 cm. What proportion of people are taller than 186 cm?
A coin is flipped 10 times. What is the probability of exactly 7 heads?
A test for a condition has 95% sensitivity and 90% specificity, and prevalence is 2%. What is the probability that a person with a positive test has the condition?
A die is rolled 120 times with observed counts 15, 22, 18, 25, 17, 23. Test at the 5% level whether it is fair.
## computer science
How many comparisons does binary search need in the worst case on a sorted array of 1,000,000 elements?
Solve the recurrence T(n) = 2T(n/2) + n using the master theorem.
A direct-mapped cache has 64 lines of 32 bytes each. How many bits are used for the offset, index and tag with 32-bit addresses?
Convert the decimal number 173 to binary and hexadecimal.
## networking
You are given the network 192.168.10.0/24 and need 6 subnets. What subnet mask will you use, and how many hosts per subnet?
A link has a bandwidth of 100 Mbps and a round-trip time of 40 ms. What is the bandwidth-delay product, and what TCP window is needed to fill the link?
How long does it take to transmit a 1500-byte frame on a 10 Mbps link, and what is the propagation delay over 2 km of copper at 2 x 10^8 m/s?
## medicine
A child weighs 18 kg. The prescribed dose of amoxicillin is 25 mg/kg/day divided into two doses. How many milligrams per dose?
Calculate the BMI of a patient who is 1.75 m tall and weighs 92 kg, and classify it.
A patient's creatinine clearance is needed for dosing: 70-year-old man, 80 kg, serum creatinine 1.4 mg/dL. Use the Cockcroft-Gault equation.
## nursing
An IV order reads 1000 mL normal saline over 8 hours with a drip factor of 15 gtt/mL. Calculate the drip rate in drops per minute.
A heparin infusion of 25,000 units in 500 mL is running at 20 mL/h. How many units per hour is the patient receiving?
## nutrition
A meal contains 45 g carbohydrate, 20 g protein and 15 g fat. How many kilocalories does it provide?
A 70 kg athlete aims for 1.6 g of protein per kilogram per day. How many grams of protein is that, and how many calories does it represent?
## economics
If the price of a good rises from $10 to $12 and quantity demanded falls from 100 to 80 units, calculate the price elasticity of demand using the midpoint method.
The marginal propensity to consume is 0.8. What is the spending multiplier, and how much does GDP change after a $50 billion increase in government spending?
Nominal GDP is $22 trillion and the GDP deflator is 110. What is real GDP?
## accounting and finance
A bond with face value $1,000, an annual coupon of 6% and 3 years to maturity is priced at a yield of 8%. Calculate its price.
What is the future value of $5,000 invested for 10 years at 4% compounded monthly?
A machine costs $50,000, has a salvage value of $5,000 and a useful life of 9 years. Calculate annual straight-line depreciation.
A company has current assets of $240,000 and current liabilities of $160,000. Calculate the current ratio and working capital.
## astronomy
A star has a parallax of 0.05 arcseconds. How far away is it in parsecs and light-years?
A galaxy is receding at 7000 km/s. Using H0 = 70 km/s/Mpc, estimate its distance.
## geography and earth science
A seismograph records the S-wave arriving 40 s after the P-wave. If P waves travel at 6 km/s and S waves at 3.5 km/s, how far away was the earthquake?
A map has a scale of 1:50,000. Two towns are 7.4 cm apart on the map. What is the actual distance in km?
## spreadsheets
Cell B2 contains 1200 and cell C2 contains 15%. Write a formula for D2 that gives the price after the discount, and calculate the result.
"""

GEN_TF = r"""
## physics
An object moving at constant velocity has zero net force acting on it.
The efficiency of a real heat engine can equal 100% if friction is eliminated.
Gamma rays have no electric charge.
Neutrinos interact only through the weak force and gravity.
## mathematics
Every differentiable function is continuous.
Every continuous function is differentiable.
The product of two invertible matrices is invertible.
## statistics
Correlation implies causation.
The standard deviation can be negative.
## computer science
A binary search tree always has O(log n) height.
Every context-free language is also regular.
## networking
UDP guarantees in-order delivery of packets.
OSPF uses Dijkstra's algorithm to compute shortest paths.
## medicine
Beta-blockers are first-line treatment for acute asthma attacks.
Aspirin should be given to most patients with a suspected acute myocardial infarction unless contraindicated.
## nutrition
Vitamin C is stored in large amounts in body fat.
## anatomy and fitness
The heart is a skeletal muscle.
## psychology
In operant conditioning, negative reinforcement decreases the likelihood of a behaviour.
## economics
An increase in supply, with demand unchanged, lowers the equilibrium price.
When bond yields rise, the prices of existing bonds fall.
## history
The Magna Carta was signed in 1215.
The Cold War ended with the dissolution of the Soviet Union in 1991.
## geography and earth science
Sedimentary rocks form from the cooling of lava.
## astronomy
Venus is the hottest planet in the solar system.
## philosophy
A valid argument can have a false conclusion.
## literature
A simile compares two things using "like" or "as".
## law
A verbal contract is never legally binding.
## spreadsheets
In a spreadsheet, a circular reference occurs when a cell's formula refers back to that same cell.
## supply chain
A single-source supplier reduces the risk of disruption in a supply chain.
"""

GEN_FILL = r"""
## physics
The SI unit of force is the ________.
In the Carnot cycle, heat is absorbed during the ________ expansion.
The nucleus of helium-4 is also called an ________ particle.
## mathematics
The derivative of e^(3x) is ________.
A matrix whose transpose equals its inverse is called ________.
A solution to a differential equation that satisfies the initial condition is called a ________ solution.
## statistics
The value that appears most often in a data set is the ________.
## computer science
A function that calls itself is called ________.
The worst-case time complexity of merge sort is O(________).
## networking
The protocol that maps IP addresses to MAC addresses on a LAN is ________.
A /24 network has a subnet mask of ________.
## medicine
The normal resting adult heart rate is between ____ and ____ beats per minute.
Inflammation of the appendix is called ________.
## nursing
The Glasgow Coma Scale ranges from ____ to ____.
## psychology
The tendency to attribute others' behaviour to their personality rather than their situation is the fundamental ________ error.
## economics
Two consecutive quarters of negative GDP growth is a common definition of a ________.
## accounting and finance
Assets = Liabilities + ________.
## history
The ________ of 1815 redrew the map of Europe after the Napoleonic Wars.
## geography and earth science
The boundary between the crust and the mantle is called the ________ discontinuity.
## astronomy
A star's brightness as seen from Earth is its ________ magnitude.
## literature
A long speech given by one character alone on stage is a ________.
## music theory
The interval between C and E is a major ________.
## philosophy
The branch of philosophy that studies knowledge is ________.
"""

GEN_ROMAN = r"""
## physics
Which quantities are conserved in an elastic collision? || Momentum || Kinetic energy || The speed of each object
## mathematics
Which of the following functions are continuous on all real numbers? || f(x) = x^3 - x || f(x) = |x| || f(x) = 1/x
## statistics
Which changes make a hypothesis test more powerful? || Increasing the sample size || Increasing alpha || Decreasing the true effect size
## computer science
Which sorting algorithms have O(n log n) worst-case running time? || Merge sort || Heapsort || Quicksort with a fixed first-element pivot
## networking
Which of the following are private IPv4 address ranges? || 10.0.0.0/8 || 172.16.0.0/12 || 8.8.8.0/24
## medicine
Which findings suggest a diagnosis of nephrotic syndrome? || Proteinuria over 3.5 g/day || Hypoalbuminaemia || Red cell casts in the urine
## economics
Which of the following would shift the demand curve for coffee to the right? || A rise in the price of tea || An increase in consumer incomes (coffee is a normal good) || A fall in the price of coffee
## psychology
Which are features of a true experiment? || Random assignment to conditions || Manipulation of an independent variable || Use of only naturally occurring groups
## history
Which were causes of the Great Depression? || The 1929 stock market crash || Bank failures || The Marshall Plan
## geography and earth science
Which are features of a convergent oceanic-continental plate boundary? || A deep ocean trench || Volcanic mountain ranges || A mid-ocean ridge
## law
Which are required for a valid contract? || Offer and acceptance || Consideration || A notarised signature in all cases
## nutrition
Which nutrients provide energy (calories)? || Carbohydrates || Fat || Vitamins
## astronomy
Which objects orbit the Sun directly? || Jupiter || Ceres || Titan
## accounting and finance
Which are current assets? || Accounts receivable || Inventory || Buildings
"""


GEN_SHORT_MORE = r"""
## physics
A pendulum clock runs slow when taken up a mountain. Explain why.
Explain why the sky is blue but sunsets are red.
What is the difference between the strong nuclear force and the weak nuclear force? Give a process governed by each.
Explain why a refrigerator does not violate the second law of thermodynamics.
Describe the difference between a hadron and a lepton, and classify the pion.
## mathematics
Show that the set of rational numbers is countable.
Explain what it means for a linear map to be injective, and how it relates to the kernel.
Find all solutions of z^3 = 1 in the complex plane and sketch them.
Explain why the harmonic series diverges even though its terms tend to zero.
State the fundamental theorem of calculus and explain both parts in words.
## statistics
What assumptions must hold for ordinary least squares estimates to be unbiased?
Explain the central limit theorem and why it matters for inference.
Distinguish between stratified sampling and cluster sampling.
## computer science
Explain the difference between breadth-first and depth-first search, and when each is preferred.
Describe how a B-tree keeps disk reads low in a database index.
What is amortised analysis? Use a dynamic array as an example.
Explain the difference between a compiler and an interpreter.
Describe how garbage collection by mark-and-sweep works.
## networking
Explain what NAT does and why it was widely adopted.
Describe the difference between a hub, a switch and a router.
Why does TCP use a sliding window?
Explain how spanning tree protocol prevents loops in a switched network.
## software engineering
Explain the difference between continuous integration and continuous deployment.
What is the purpose of a design pattern? Describe the observer pattern.
## medicine
A 19-year-old presents with polyuria, polydipsia and weight loss over three weeks. Outline your initial assessment.
An elderly woman on several medications falls at home. How would you approach a medication review?
A 55-year-old smoker has a chronic productive cough and breathlessness on exertion. What is the likely diagnosis and how would you confirm it?
Outline the management of anaphylaxis in an adult.
A 40-year-old man has sudden severe pain in his big toe after a night of heavy drinking. What is the likely diagnosis and treatment?
A 28-year-old woman at 32 weeks of pregnancy has headache and a blood pressure of 160/110. What condition must be excluded, and what is the immediate management?
## nursing
How should a nurse respond to a patient who refuses a prescribed medication?
Describe how to prevent pressure ulcers in a bedbound patient.
## nutrition
What is the glycaemic index, and why might it matter for someone with type 2 diabetes?
Explain why athletes may need more iron than sedentary people.
## anatomy and fitness
Describe the muscles involved in a deadlift and the safest spinal position.
Explain the difference between aerobic and anaerobic training adaptations.
## psychology
Compare the psychodynamic and cognitive-behavioural approaches to treating anxiety.
Explain how the reaction time of participants could be affected by sleep deprivation, and design a simple experiment to test it.
What is the difference between a reliable and a valid psychological test?
## economics
Explain the difference between the short-run and long-run Phillips curves.
Why might a government run a budget deficit during a recession?
Describe the difference between fixed and floating exchange rate regimes.
## accounting and finance
Explain how a convertible bond differs from a regular corporate bond.
What is the difference between capital expenditure and operating expenditure?
## law
Explain the difference between civil law and criminal law, giving an example of each.
What is the purpose of the exclusionary rule?
## history
To what extent was the Treaty of Versailles responsible for the outbreak of World War II?
Explain how the printing press contributed to the Protestant Reformation.
Evaluate the impact of the transatlantic slave trade on West African societies.
Essay prompt: How did smallpox epidemics shape the conquest of the Aztec Empire, and what does this reveal about colonial policy?
## geography and earth science
Explain why deltas form at the mouths of some rivers but not others.
Describe how glaciers shape valleys, naming two landforms they create.
## astronomy
Explain why we always see the same face of the Moon.
What is a white dwarf, and what prevents it from collapsing?
## philosophy
What is the mind-body problem? Outline dualism and physicalism.
Explain Plato's allegory of the cave.
## literature
Analyse the role of the green light in The Great Gatsby.
Discuss how Chinua Achebe portrays cultural change in Things Fall Apart.
## music theory
Explain what a dominant seventh chord is and how it resolves.
## marketing
Explain how a company could use segmentation, targeting and positioning to launch a new energy drink.
## anthropology
Explain the difference between ethnography and ethnology.
## supply chain
Explain how a single point of failure in a supply chain can be mitigated.
## chess
In chess, explain why the minority attack is common in the Carlsbad pawn structure.
## spreadsheets
What is the difference between relative and absolute cell references in a spreadsheet, and when would you use a mixed reference like B$2?
"""

GEN_CALC_MORE = r"""
## physics
A 0.50 kg ball on a 1.2 m string is swung in a vertical circle. What is the minimum speed at the top for the string to stay taut?
A 60 W bulb runs for 5 hours a day for 30 days. How much energy does it use in kWh, and what does it cost at $0.15 per kWh?
A refrigerator has a coefficient of performance of 4.0 and removes 800 J of heat from its interior. How much work is required?
A radioactive source has an activity of 8000 Bq. What is its activity after 4 half-lives?
## mathematics
Find the sum of the infinite geometric series 6 + 3 + 1.5 + ...
Find dy/dx if x^2 + y^2 = 25, and the slope of the tangent at (3, 4).
Compute the inverse of the matrix [[4, 7], [2, 6]].
## statistics
In a sample of 400 voters, 220 support a proposal. Test at the 5% level whether support differs from 50%.
Find the expected value and variance of the number of heads in 20 fair coin tosses.
## computer science
A hard disk spins at 7200 RPM. What is the average rotational latency?
Compute the number of edges in a complete graph on 12 vertices.
## networking
Divide 10.0.0.0/16 into subnets of at least 500 hosts each. What prefix length do you use and how many subnets result?
## accounting and finance
Calculate the net present value of a project costing $10,000 that returns $4,000 per year for 3 years at a discount rate of 10%.
A stock pays a dividend of $2.00 expected to grow at 5% per year. If the required return is 9%, what is its price under the Gordon growth model?
## economics
A firm's total cost is TC = 100 + 4Q + Q^2. Find marginal cost and the output that minimises average total cost.
## medicine
A patient needs 1.5 g of a drug available as 500 mg tablets. How many tablets are given?
## nursing
A patient's intake over 8 hours is 1200 mL and output is 850 mL. What is the fluid balance?
"""


GEN = {
    "mcq": GEN_MCQ,
    "short": GEN_SHORT + GEN_SHORT_MORE,
    "calc": GEN_CALC + GEN_CALC_MORE,
    "tf": GEN_TF,
    "fill": GEN_FILL,
    "roman": GEN_ROMAN,
}

DOMAINS: list[tuple[str, dict[str, str], int]] = [
    ("biology", BIO, 14),
    ("chemistry", CHEM, 14),
    ("cybersecurity", CYBER, 12),
    ("general", GEN, 72),
]


# === MAIN ===


def main() -> None:
    rng = random.Random(SEED)
    items: list[Item] = []
    for label, blocks, n_sets in DOMAINS:
        items.extend(domain_items(rng, label, blocks, n_sets))
    rng.shuffle(items)
    items = dedupe(items, existing_keys(HERE, [OUT]))
    validate(items)
    write_jsonl(OUT, items)
    print_counts("coursework", items, kind_width=22)
    print("validated OK:", OUT.name)


if __name__ == "__main__":
    main()
