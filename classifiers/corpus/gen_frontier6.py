"""Write frontier6.jsonl: terse, context-light exercises, labs and interview follow-ups,
`frontier_ml` versus same-style `general` hard negatives.

The style is the end-of-chapter exercise, lab assignment or interviewer's follow-up that never
says what field it is in and gets its domain only from technical specifics: short imperatives
("Implement X. When would it beat Y?"), "Measure / instrument / plot ... on your cluster",
"Derive ...", "Estimate ...", "Given <numbers>, which is faster ...", one-line follow-ups ("If P
doubles, how does your choice change?"), LaTeX math ($P = 2^k$, the $\alpha$-$\beta$ model),
small tables of numbers, and numbers with units (GB/s, TFLOPs, steps, tokens).

  exercise6:frontier-<subtopic> -- frontier_ml: collective algorithms and cost models (ring,
      trees, recursive halving/doubling, Rabenseifner, hierarchical, non-power-of-two P),
      parallelism dimensions and their mesh mapping, training-cluster topology, pipeline
      schedules, ZeRO/FSDP memory, recomputation, offload and prefetching, numerics and
      determinism, checkpointing and fault tolerance at scale, scaling laws, critical batch size,
      long-run LR schedules, web-scale data pipelines, KV cache and serving at scale, speculative
      decoding, accelerator design. Hand-written rows, templated numeric exercises, one-line
      follow-ups, tables and two-turn follow-up conversations.
  hardneg:frontier6-<subtopic> -- general, in the same formats and with overlapping words:
      consensus, replication and quorums, database sharding, MapReduce/Spark, web and backend
      performance, oversubscription of VMs, switches and pools, networking, MPI stencil and
      climate/CFD codes, HPC scheduling and checkpoint/restart, CPU architecture and OS homework,
      floating-point numerical analysis, compression and backups, everyday ML on one GPU,
      fine-tuning a small model, LLM API usage, statistics, coding interviews.

Register cues (exercise tags, prefixes, suffixes, follow-up tags) are shared by both labels so
format never predicts the label. Seeded and deduplicated against every other *.jsonl in this
folder. The data blocks live in frontier6_data.py (frontier_ml) and frontier6_data2.py (general).

Run: cd /work/main && .venv/bin/python classifiers/corpus/gen_frontier6.py [--out PATH]
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import frontier6_data as fdata
import frontier6_data2 as gdata
from corpus_io import (
    Item,
    Register,
    chunks,
    convo,
    finish_batch,
    item,
    lines,
    maybe_typo,
    output_path,
)

SEED = 20260302
HERE = Path(__file__).resolve().parent
OUT = HERE / "frontier6.jsonl"
FM = "frontier_ml"
G = "general"
FM_KIND = "exercise6:frontier-"
G_KIND = "hardneg:frontier6-"
P_TAG = 0.40  # chance a one-line exercise gets a textbook tag ("Exercise 4.3:")
P_FOLLOW_TAG = 0.55  # chance a follow-up line gets a follow-up tag
P_CHUNK_TAG = 0.35  # chance a multi-line record gets a tag line above it
P_TEMPLATE_FOLLOWUP = 0.25  # chance a templated exercise ends with a "what if it doubles" line

REGISTER = Register(
    prefixes=lines(r"""
Lab 2:
HW:
Quick one:
Self-check:
Warm-up:
Interview follow-up:
Practice:
From the problem set:
Study group question:
Sanity check:
"""),
    suffixes=lines(r"""
Show your work.
Ballpark is fine.
State assumptions.
One paragraph.
A table would help.
Numbers please.
No code needed.
Justify briefly.
"""),
    lower=0.08,
    prefix=0.18,
    suffix=0.30,
    typo=0.05,
)

EXERCISE_TAGS = lines(r"""
Exercise {c}.{n}
Exercise {c}.{n}:
Problem {c}.{n} (*)
Q{n}.
({c}.{n})
Ex {c}.{n}
Lab {c}, part ({x}):
[{n} pts]
Problem {n}:
{c}.{n}
""")

FOLLOW_TAGS = lines(r"""
Follow-up:
(cont.)
Part (b):
Part (c):
Interviewer follow-up:
Next:
And then:
Q{n} follow-up:
""")


FOLLOW_JOINS = ["Follow-up:", "Then:", "(b)", "Part 2:", "Next:"]


def tag(rng: random.Random, tags: list[str]) -> str:
    """One tag with its chapter, number and part letter filled in."""
    return rng.choice(tags).format(
        c=rng.randint(2, 12), n=rng.randint(1, 30), x=rng.choice("abcde")
    )


def rows(block: str) -> list[tuple[str, str]]:
    """Rows ``subtopic|text`` as (subtopic, text) pairs."""
    return [(s.strip(), t.strip()) for s, t in (ln.split("|", 1) for ln in lines(block))]


def one_liners(rng: random.Random, block: str, label: str, prefix: str) -> list[Item]:
    """Hand-written exercise rows, sometimes tagged, each maybe re-registered."""
    out: list[Item] = []
    for sub, text in rows(block):
        if rng.random() < P_TAG:
            text = f"{tag(rng, EXERCISE_TAGS)} {text}"
        out.append(item(REGISTER.vary(rng, text), label, prefix + sub))
    return out


def shorthand(rng: random.Random, block: str, label: str, prefix: str) -> list[Item]:
    """Shorthand note lines: rarely tagged, no added prefix or suffix, sometimes a typo."""
    out: list[Item] = []
    for sub, text in rows(block):
        if rng.random() < P_TAG / 2:
            text = f"{tag(rng, EXERCISE_TAGS)} {text}"
        out.append(item(maybe_typo(rng, text, 0.06), label, prefix + sub))
    return out


def followups(rng: random.Random, block: str, label: str, prefix: str) -> list[Item]:
    """Context-light follow-up lines, often behind a follow-up tag, sometimes lower-cased."""
    out: list[Item] = []
    for sub, text in rows(block):
        if rng.random() < P_FOLLOW_TAG:
            text = f"{tag(rng, FOLLOW_TAGS)} {text}"
        if rng.random() < 0.15:
            text = text.lower()
        out.append(item(maybe_typo(rng, text, 0.05), label, prefix + sub))
    return out


def records(rng: random.Random, block: str, label: str, prefix: str) -> list[Item]:
    """Multi-line records whose first line names the subtopic; sometimes a tag line above."""
    out: list[Item] = []
    for rec in chunks(block):
        sub, body = rec.split("\n", 1)
        body = body.strip()
        if rng.random() < P_CHUNK_TAG:
            body = f"{tag(rng, EXERCISE_TAGS)}\n{body}"
        out.append(item(body, label, prefix + sub.strip()))
    return out


def conversations(block: str, label: str, kind: str) -> list[Item]:
    """Two-turn follow-up conversations (user, assistant, user)."""
    return [{"messages": convo(c), "label": label, "kind": kind} for c in chunks(block)]


# ---------------------------------------------------------------------------------------------
# templated numeric exercises
# ---------------------------------------------------------------------------------------------
Template = Callable[[random.Random], tuple[str, str, list[str]]]


def templated(
    rng: random.Random, label: str, prefix: str, plan: list[tuple[Template, int]]
) -> list[Item]:
    """Run each template ``count`` times; (subtopic, text, follow-ups) -> tagged, varied items."""
    out: list[Item] = []
    for fn, count in plan:
        for _ in range(count):
            sub, text, follow = fn(rng)
            if follow and rng.random() < P_TEMPLATE_FOLLOWUP:
                text = f"{text} {rng.choice(FOLLOW_JOINS)} {rng.choice(follow)}"
            if rng.random() < P_TAG:
                text = f"{tag(rng, EXERCISE_TAGS)} {text}"
            out.append(item(REGISTER.vary(rng, text), label, prefix + sub))
    return out


def _size(nbytes: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if nbytes >= scale:
            return f"{nbytes / scale:g} {unit}"
    return f"{nbytes:g} B"


def fm_collective(rng: random.Random) -> tuple[str, str, list[str]]:
    p = rng.choice([48, 64, 96, 128, 256, 512, 1024, 2048, 4096])
    a = rng.choice([2, 4, 5, 8, 10, 15])
    bw = rng.choice([12.5, 25, 50, 100, 200])
    n = rng.choice([8e3, 64e3, 256e3, 1e6, 4e6, 32e6, 256e6, 1e9])
    algo = rng.choice(
        ["recursive doubling", "a binomial tree", "Rabenseifner", "a double binary tree"]
    )
    form = rng.randrange(4)
    if form == 0:
        text = (
            f"$P = {p}$, $\\alpha = {a}\\,\\mu s$, {bw:g} GB/s per link, {_size(n)} buffer. "
            f"Ring or {algo} for the all-reduce? Show both costs."
        )
    elif form == 1:
        text = (
            f"Given {p} ranks and {_size(n)} per rank, which is faster: ring all-reduce or {algo}? "
            f"Use $\\alpha = {a}\\,\\mu s$, $\\beta^{{-1}} = {bw:g}$ GB/s."
        )
    elif form == 2:
        text = (
            f"Find the crossover message size between ring and {algo} all-reduce for $P = {p}$, "
            f"$\\alpha = {a}\\,\\mu s$ and {bw:g} GB/s links."
        )
    else:
        text = (
            f"Estimate the reduce-scatter time of {_size(n)} over {p} ranks at {bw:g} GB/s with "
            f"{a} us per message. Which term dominates?"
        )
    follow = [
        f"If $P$ doubles to {2 * p}, does your choice change?",
        "What if the buffer is 100x smaller?",
        f"And if $\\alpha$ grows to {4 * a} us across the spine?",
    ]
    return "collectives", text, follow


def fm_hier(rng: random.Random) -> tuple[str, str, list[str]]:
    nodes = rng.choice([4, 16, 32, 64, 128, 256])
    per = rng.choice([4, 8])
    intra = rng.choice([300, 450, 900])
    inter = rng.choice([25, 50, 100])
    n = rng.choice([64, 256, 512, 1024, 2048])
    text = (
        f"{nodes} nodes x {per} devices, {intra} GB/s inside a node, {inter} GB/s per device "
        f"between nodes. All-reduce of {n} MB: flat ring versus hierarchical (reduce-scatter in "
        f"node, ring across nodes, all-gather in node). Time each."
    )
    follow = [
        f"Now {2 * nodes} nodes.",
        f"What if inter-node bandwidth doubles to {2 * inter} GB/s?",
    ]
    return "collectives", text, follow


def fm_kv(rng: random.Random) -> tuple[str, str, list[str]]:
    layers = rng.choice([32, 40, 48, 60, 64, 80, 96, 126])
    qh = rng.choice([32, 40, 64, 96, 128])
    kvh = rng.choice([1, 2, 4, 8, 16])
    hd = rng.choice([64, 128, 128, 256])
    dt, db = rng.choice([("bf16", 2), ("fp8", 1), ("fp16", 2)])
    ctx = rng.choice([4096, 8192, 16384, 32768, 131072])
    mem = rng.choice([20, 30, 40, 60, 100])
    per_tok = 2 * layers * kvh * hd * db
    form = rng.randrange(3)
    if form == 0:
        text = (
            f"{layers} layers, {qh} query heads, {kvh} KV heads, head dim {hd}, {dt}. KV bytes per "
            f"token? Max concurrent {ctx}-token sequences in {mem} GB?"
        )
    elif form == 1:
        text = (
            f"Estimate the cache for batch {rng.choice([8, 16, 32, 64])} at {ctx} tokens: "
            f"{layers} layers, GQA with {kvh} of {qh} heads kept for K/V, $d_h = {hd}$, {dt}."
        )
    else:
        text = (
            f"Per-token KV is {per_tok:,} bytes. How many tokens fit in {mem} GB, and how many "
            f"{ctx}-token requests is that? Add paging with 16-token blocks."
        )
    follow = [
        f"If KV heads go from {kvh} to {max(1, kvh // 2)}?",
        f"Context doubles to {2 * ctx}. New batch?",
        "Now quantise the cache to int8.",
    ]
    return "inference-kv", text, follow


def fm_chinchilla(rng: random.Random) -> tuple[str, str, list[str]]:
    m = rng.choice([1, 2, 3, 5, 8])
    e = rng.choice([22, 23, 24, 25, 26])
    r = rng.choice([20, 20, 25, 40])
    form = rng.randrange(3)
    if form == 0:
        text = f"Compute-optimal $N$ and $D$ for $C = {m} \\times 10^{{{e}}}$ FLOPs at {r} tokens per parameter, $C = 6ND$."
    elif form == 1:
        text = f"Budget ${m}\\mathrm{{e}}{e}$ FLOPs. Parameters and tokens on the compute-optimal frontier? Assume $D/N = {r}$."
    else:
        days = rng.choice([30, 45, 60, 90])
        dev = rng.choice([1024, 2048, 4096, 8192, 16384])
        mfu = rng.choice([35, 40, 45, 50])
        text = (
            f"{dev} devices at 989 TFLOPs peak, {mfu}% MFU, {days} days. Total FLOPs? "
            f"Compute-optimal $N$ and $D$ at {r} tokens per parameter?"
        )
    follow = [
        "If compute doubles, by what factor do $N$ and $D$ grow?",
        "Now only 4T unique tokens exist.",
    ]
    return "scaling-laws", text, follow


def fm_zero(rng: random.Random) -> tuple[str, str, list[str]]:
    n = rng.choice([7, 13, 34, 70, 110, 180, 405])
    g = rng.choice([16, 32, 64, 128, 256, 512])
    st = rng.choice([1, 2, 3])
    mem = rng.choice([40, 80, 96, 141])
    text = rng.choice(
        [
            f"{n}B params, ZeRO-{st}, {g} ranks, bf16 weights/grads, fp32 Adam + master. Bytes per rank for model states?",
            f"Smallest sharding degree so a {n}B model's 16 B/param of state fits in {mem} GB with 30% left for activations?",
            f"FSDP full shard, {n}B, {g} ranks: resident memory per rank before and during the forward of one of 80 equal layers.",
        ]
    )
    follow = [f"Now {2 * g} ranks.", "Switch to ZeRO-1. Which terms stop shrinking?"]
    return "zero-memory", text, follow


def fm_bubble(rng: random.Random) -> tuple[str, str, list[str]]:
    p = rng.choice([4, 8, 12, 16, 32])
    m = rng.choice([8, 16, 24, 32, 64, 128])
    v = rng.choice([1, 2, 4])
    text = rng.choice(
        [
            f"Bubble fraction for $p = {p}$ stages, $m = {m}$ micro-batches, 1F1B. With {v} virtual stages per device?",
            f"PP={p}, {m} micro-batches: idle fraction per step? How many micro-batches for under 5%?",
            f"Draw the first {p + 2} time slots of 1F1B with $p = {p}$, $m = {m}$ and count idle slots.",
        ]
    )
    follow = [f"If $p$ doubles to {2 * p}?", "Halve the micro-batch size at fixed global batch."]
    return "pipeline", text, follow


def fm_failures(rng: random.Random) -> tuple[str, str, list[str]]:
    dev = rng.choice([2048, 4096, 8192, 16384, 24576, 32768])
    mtbf = rng.choice([25_000, 50_000, 80_000, 100_000])
    ck = rng.choice([1, 2, 5, 10])
    rs = rng.choice([3, 10, 20, 30])
    text = rng.choice(
        [
            f"{dev:,} devices, per-device MTBF {mtbf:,} h. Job MTBF? Young interval for a {ck}-minute checkpoint?",
            f"Expected interruptions per day for {dev:,} devices at one failure per {mtbf:,} device-hours, and goodput with {rs}-minute restarts.",
            f"Checkpoint {ck} min, restart {rs} min, {dev:,} devices failing independently at 1/{mtbf:,} h. Optimal interval and lost fraction?",
        ]
    )
    follow = [f"Now {2 * dev:,} devices.", "Async save cuts the stall to 10 s. Redo it."]
    return "fault-tolerance", text, follow


def fm_ckpt_size(rng: random.Random) -> tuple[str, str, list[str]]:
    n = rng.choice([70, 180, 405, 671, 1000, 1800])
    bw = rng.choice([200, 500, 1000, 2000])
    text = rng.choice(
        [
            f"{n}B params, fp32 master + Adam, bf16 weights. Checkpoint size? Write time at {bw} GB/s?",
            f"Restore of a {n}B-param training state from a store reading {bw} GB/s: time, and what else is on the restart path?",
            f"Save only bf16 weights every 500 steps and full state every 5,000 for {n}B. Storage for 100k steps if you keep everything?",
        ]
    )
    return "checkpoint", text, ["If the filesystem is shared and gives you a third of that?"]


def fm_roofline(rng: random.Random) -> tuple[str, str, list[str]]:
    arrays = rng.choice([2, 4, 8, 16])
    dim = rng.choice([128, 256])
    ghz = rng.choice([1.0, 1.2, 1.5, 1.75, 2.0])
    hbm = rng.choice([1.6, 2.4, 3.35, 4.8, 8.0])
    b = rng.choice([1, 8, 32, 128, 512])
    h = rng.choice([4096, 8192, 12288])
    text = rng.choice(
        [
            f"{arrays} systolic arrays of ${dim} \\times {dim}$ bf16 MACs at {ghz:g} GHz, {hbm:g} TB/s HBM. Peak TFLOPs and ridge point?",
            f"Peak {arrays * dim * dim * 2 * ghz / 1000:.0f} TFLOPs, {hbm:g} TB/s. Is a ${b} \\times {h} \\times {h}$ bf16 GEMM compute or memory bound?",
            f"Arithmetic intensity of a batch-{b} projection with a ${h} \\times {h}$ bf16 weight. Where does it sit on a {hbm:g} TB/s roofline?",
        ]
    )
    return "accelerator", text, ["HBM bandwidth doubles. What moves?", f"Batch goes to {4 * b}."]


def fm_decode(rng: random.Random) -> tuple[str, str, list[str]]:
    n = rng.choice([8, 13, 34, 70, 180, 405])
    dt, db = rng.choice([("bf16", 2), ("fp8", 1), ("int4", 0.5)])
    bw = rng.choice([2.0, 3.35, 4.8, 8.0])
    tp = rng.choice([1, 2, 4, 8])
    text = rng.choice(
        [
            f"{n}B weights in {dt} ({db:g} B/param), {tp} device(s) at {bw:g} TB/s each. Floor on ms per decode step at batch 1?",
            f"At what batch does decode of a {n}B {dt} model stop being bandwidth bound on {bw:g} TB/s and 990 TFLOPs?",
            f"Prefill of 4k tokens versus one decode step for {n}B params in {dt} at {bw:g} TB/s: arithmetic intensity of each.",
        ]
    )
    return "inference-serving", text, [f"TP goes to {2 * tp}.", "Add a 32k context per sequence."]


def fm_train_time(rng: random.Random) -> tuple[str, str, list[str]]:
    n = rng.choice([7, 13, 34, 70, 175, 405])
    d = rng.choice([1, 2, 4, 8, 15])
    dev = rng.choice([512, 1024, 2048, 4096, 16384])
    mfu = rng.choice([30, 38, 45, 52])
    text = rng.choice(
        [
            f"{n}B params, {d}T tokens, {dev} devices, {mfu}% MFU of 989 TFLOPs. Days to train?",
            f"Tokens per second needed to finish {d}T tokens in 60 days on {dev} devices. Per device?",
            f"Measured {mfu}% MFU on {dev} devices for {n}B. What tokens/s per device does that imply?",
        ]
    )
    return (
        "scaling-laws",
        text,
        [f"Scale to {2 * dev} devices at {mfu - 5}% MFU.", "Add 15% recomputation overhead."],
    )


def fm_spec(rng: random.Random) -> tuple[str, str, list[str]]:
    a = rng.choice([0.5, 0.6, 0.7, 0.8, 0.9])
    k = rng.choice([2, 3, 4, 5, 8])
    c = rng.choice([2, 5, 10, 20])
    text = rng.choice(
        [
            f"Acceptance $a = {a}$, $k = {k}$ drafted tokens, draft cost {c}% of target. Expected speedup?",
            f"Expected tokens per target forward for $a = {a}$, $k = {k}$. Optimal $k$ at draft cost {c}%?",
        ]
    )
    return "spec-decode", text, ["What if batch is 64?", f"Acceptance falls to {a - 0.2:.1f}."]


def fm_tokenize(rng: random.Random) -> tuple[str, str, list[str]]:
    tb = rng.choice([20, 60, 120, 300])
    mbs = rng.choice([0.8, 1.5, 3, 5])
    days = rng.choice([2, 5, 10])
    text = rng.choice(
        [
            f"Tokenise {tb} TB of filtered text at {mbs:g} MB/s per core. Core-hours? Cores to finish in {days} days?",
            f"MinHash dedup of {tb} TB with 128 permutations at {mbs:g} MB/s per core: core-hours, and memory for the LSH index?",
        ]
    )
    return (
        "data-pipeline",
        text,
        ["Halve the throughput per core.", "The crawl doubles next quarter."],
    )


def fm_batch(rng: random.Random) -> tuple[str, str, list[str]]:
    bc = rng.choice([1, 2, 4, 8, 16])
    seq = rng.choice([2048, 4096, 8192])
    dev = rng.choice([512, 1024, 4096, 8192])
    text = rng.choice(
        [
            f"Critical batch {bc}M tokens, sequence {seq}, {dev} devices. Micro-batch and accumulation steps?",
            f"Global batch is {2 * bc}M tokens, critical batch {bc}M. How many extra tokens to reach the same loss, roughly?",
        ]
    )
    return (
        "batch-size",
        text,
        [f"Double to {2 * dev} devices.", "The noise scale doubles late in training."],
    )


FM_PLAN: list[tuple[Template, int]] = [
    (fm_collective, 20),
    (fm_hier, 10),
    (fm_kv, 20),
    (fm_chinchilla, 12),
    (fm_zero, 14),
    (fm_bubble, 12),
    (fm_failures, 12),
    (fm_ckpt_size, 10),
    (fm_roofline, 12),
    (fm_decode, 12),
    (fm_train_time, 10),
    (fm_spec, 8),
    (fm_tokenize, 8),
    (fm_batch, 8),
]


def g_quorum(rng: random.Random) -> tuple[str, str, list[str]]:
    n = rng.choice([3, 5, 7, 9])
    w = rng.randint(1, n)
    r = rng.randint(1, n)
    text = rng.choice(
        [
            f"$N = {n}$, $W = {w}$, $R = {r}$. Strongly consistent reads? How many replica failures can writes survive?",
            f"Leaderless store, {n} replicas, write quorum {w}, read quorum {r}. Construct a stale read or prove none exists.",
            f"Per-replica availability 0.995, $N = {n}$, $W = {w}$. Probability a write succeeds?",
        ]
    )
    return "replication", text, [f"Now $N = {n + 2}$.", "Add a sloppy quorum. What changes?"]


def g_hashing(rng: random.Random) -> tuple[str, str, list[str]]:
    a = rng.choice([4, 8, 10, 16, 32, 50])
    b = a + rng.choice([1, 2, 4, a])
    v = rng.choice([1, 10, 50, 100, 256])
    text = rng.choice(
        [
            f"Consistent hashing, {v} virtual nodes per server, {a} -> {b} servers. Fraction of keys that move?",
            f"Hash mod $n$ versus a hash ring when scaling from {a} to {b} cache servers: keys remapped in each case?",
            f"Load std dev across {a} servers with {v} vnodes each, 10M keys. Simulate and compare with theory.",
        ]
    )
    return (
        "db-sharding",
        text,
        [
            "One server is twice as big. How many vnodes does it get?",
            "Now remove two servers at once.",
        ],
    )


def g_little(rng: random.Random) -> tuple[str, str, list[str]]:
    rps = rng.choice([200, 500, 800, 1200, 3000, 6000])
    ms = rng.choice([5, 12, 25, 40, 80, 150])
    pool = rng.choice([10, 20, 32, 50, 100])
    text = rng.choice(
        [
            f"{rps} req/s, {ms} ms per DB query, pool of {pool} connections. Is the pool the bottleneck?",
            f"Little's law: {rps} requests/s with {ms} ms mean latency. Average in-flight requests? Threads needed at 70% utilisation?",
            f"M/M/1: arrivals {rps} req/s, mean service time {1000 / (rps * 1.25):.2f} ms. Utilisation and mean time in system? What happens as load nears 100%?",
        ]
    )
    return (
        "web-perf",
        text,
        ["Traffic doubles.", f"Latency rises to {2 * ms} ms during a GC pause."],
    )


def g_amat(rng: random.Random) -> tuple[str, str, list[str]]:
    h1 = rng.choice([1, 2, 4])
    m1 = rng.choice([2, 3, 5, 8, 10])
    h2 = rng.choice([8, 10, 12, 15, 20])
    m2 = rng.choice([10, 20, 30, 40])
    mem = rng.choice([80, 100, 150, 200, 300])
    text = rng.choice(
        [
            f"AMAT: L1 hit {h1} cycle(s), L1 miss {m1}%, L2 hit {h2} cycles, L2 local miss {m2}%, memory {mem} cycles?",
            f"CPI with base 1.0, 30% loads/stores, L1 miss rate {m1}%, L2 {h2} cycles, L2 miss {m2}%, DRAM {mem} cycles?",
        ]
    )
    return (
        "comparch",
        text,
        [f"If DRAM latency doubles to {2 * mem}?", "Add an L3 of 40 cycles with 50% local miss."],
    )


def g_cachebits(rng: random.Random) -> tuple[str, str, list[str]]:
    kb = rng.choice([16, 32, 48, 64, 256, 512, 1024])
    ways = rng.choice([1, 2, 4, 8, 16])
    line = rng.choice([32, 64, 128])
    addr = rng.choice([32, 40, 48, 52])
    text = rng.choice(
        [
            f"{kb} KB, {ways}-way, {line} B lines, {addr}-bit addresses. Tag, index and offset bits?",
            f"How many sets in a {kb} KB {ways}-way cache with {line}-byte lines? Total tag storage?",
        ]
    )
    return "comparch", text, ["Double the line size.", "Make it fully associative."]


def g_halo(rng: random.Random) -> tuple[str, str, list[str]]:
    n = rng.choice([1024, 2048, 4096, 8192, 16384])
    p = rng.choice([16, 64, 256, 1024])
    dim = rng.choice(["2D", "3D"])
    text = rng.choice(
        [
            f"{dim} stencil on an $N = {n}$ grid per dimension, {p} MPI ranks: halo bytes per rank per step for slab versus block decomposition, doubles.",
            f"Surface-to-volume ratio per rank for a {dim} domain of side {n} split over {p} ranks. When does halo exchange dominate at 12 GB/s?",
            f"Weak scaling: keep ${n // 8}^{2 if dim == '2D' else 3}$ points per rank, go from 1 to {p} ranks. Predict the halo cost growth.",
        ]
    )
    return (
        "hpc-mpi",
        text,
        [f"Now {4 * p} ranks.", "Ghost zones of width 2 for a higher-order scheme."],
    )


def g_amdahl(rng: random.Random) -> tuple[str, str, list[str]]:
    f = rng.choice([0.5, 1, 2, 5, 10])
    p = rng.choice([16, 64, 256, 1024])
    text = rng.choice(
        [
            f"Serial fraction {f}%. Amdahl speedup on {p} cores? Gustafson's?",
            f"A code runs in 1,000 s serial with {f}% non-parallelisable setup. Time on {p} cores, and the efficiency?",
        ]
    )
    return "hpc-mpi", text, [f"Cores double to {2 * p}.", "Serial part halves after a rewrite."]


def g_mpi_allreduce(rng: random.Random) -> tuple[str, str, list[str]]:
    p = rng.choice([512, 1024, 4096, 16384, 65536])
    a = rng.choice([1, 2, 3, 5])
    it = rng.choice([500, 2000, 10000])
    text = rng.choice(
        [
            f"CG on {p} ranks, two MPI_Allreduce of one double per iteration, $\\alpha = {a}\\,\\mu s$, {it} iterations. Latency cost per solve?",
            f"Pipelined CG hides the dot-product reduction. On {p} ranks with {a} us latency and 40 us of SpMV per iteration, is it worth it?",
        ]
    )
    return "hpc-mpi", text, [f"Ranks go to {4 * p}.", "Use a single fused reduction per iteration."]


def g_sci_ckpt(rng: random.Random) -> tuple[str, str, list[str]]:
    dump = rng.choice([2, 5, 8, 15, 30])
    mtbf = rng.choice([4, 8, 12, 24, 48])
    what = rng.choice(
        [
            "climate simulation",
            "CFD run",
            "lattice QCD job",
            "molecular dynamics campaign",
            "seismic inversion",
            "database VM",
        ]
    )
    text = rng.choice(
        [
            f"Young interval for a {what} with a {dump}-minute restart dump and a {mtbf}-hour MTBF?",
            f"{what[0].upper() + what[1:]}: dump {dump} min, MTBF {mtbf} h, restart 10 min. Expected efficiency at the optimal interval?",
        ]
    )
    return (
        "hpc-checkpoint",
        text,
        ["The machine doubles in node count.", "Dumps become 4x faster on burst buffers."],
    )


def g_ab(rng: random.Random) -> tuple[str, str, list[str]]:
    base = rng.choice([1, 2, 5, 10, 20, 30])
    lift = rng.choice([5, 10, 15, 20])
    text = rng.choice(
        [
            f"Baseline conversion {base}%, minimum detectable relative lift {lift}%, $\\alpha = 0.05$, power 0.8. Users per arm?",
            f"A/B test at {base}% baseline with 40k users per arm. Smallest relative lift you can detect at 80% power?",
        ]
    )
    return (
        "stats",
        text,
        ["Traffic is split 90/10 instead of 50/50.", "Now two-sided at $\\alpha = 0.01$."],
    )


def g_backup(rng: random.Random) -> tuple[str, str, list[str]]:
    tb = rng.choice([5, 20, 50, 120, 400])
    ch = rng.choice([1, 2, 5])
    link = rng.choice([1, 10, 25, 40])
    text = rng.choice(
        [
            f"Nightly incremental backups of {tb} TB with {ch}% daily change over a {link} Gb/s link: window needed? Full restore time?",
            f"{tb} TB database, 30 daily incrementals at {ch}% change plus weekly fulls, 3:1 compression. Backup storage?",
        ]
    )
    return "compression", text, ["Change rate doubles.", "Restore must finish in 4 hours."]


def g_oversub(rng: random.Random) -> tuple[str, str, list[str]]:
    form = rng.randrange(2)
    if form == 0:
        cores = rng.choice([16, 32, 48, 64, 96])
        ratio = rng.choice([1.5, 2, 3, 4])
        text = f"Host with {cores} physical cores, vCPU:pCPU oversubscription {ratio:g}:1. How many 4-vCPU VMs fit, and what is CPU ready time telling you?"
    else:
        down = rng.choice([24, 32, 48])
        sp = rng.choice([10, 25, 50])
        up = rng.choice([2, 4, 6, 8])
        usp = rng.choice([40, 100])
        text = f"Access switch: {down} x {sp} GbE down, {up} x {usp} GbE up. Oversubscription ratio? Is it fine for an office floor?"
    return (
        "oversubscription",
        text,
        ["Halve the uplinks.", "Workload becomes backup traffic at night."],
    )


def g_small_gpu(rng: random.Random) -> tuple[str, str, list[str]]:
    m = rng.choice([11, 25, 66, 110, 340])
    card = rng.choice([8, 12, 16, 24])
    b = rng.choice([16, 32, 64, 128])
    task = rng.choice(["ResNet", "BERT classifier", "U-Net", "small CNN", "DistilBERT", "ViT-S"])
    text = rng.choice(
        [
            f"{m}M-param {task}, Adam, fp32, batch {b} on a {card} GB card. Will it fit? What would you change if not?",
            f"Fine-tune a {m}M-param {task} on one {card} GB GPU with mixed precision. Estimate weights + grads + Adam memory.",
        ]
    )
    return "everyday-ml", text, ["Batch size doubles.", "Switch to SGD with momentum."]


def g_tcp(rng: random.Random) -> tuple[str, str, list[str]]:
    gb = rng.choice([1, 10, 40, 100])
    rtt = rng.choice([1, 10, 30, 80, 150])
    text = (
        f"Bandwidth-delay product of a {gb} Gb/s path with {rtt} ms RTT? Window needed to fill it?"
    )
    return "networking", text, ["RTT doubles.", "A 0.01% loss rate appears."]


def g_api_cost(rng: random.Random) -> tuple[str, str, list[str]]:
    docs = rng.choice([2_000, 10_000, 50_000, 250_000])
    tok = rng.choice([300, 800, 1500, 4000])
    price = rng.choice([0.15, 0.5, 1, 3])
    text = rng.choice(
        [
            f"Summarise {docs:,} documents of ~{tok} tokens with a hosted API at ${price:g} per million input tokens. Cost?",
            f"Classify {docs:,} tickets (~{tok} tokens each) through an API with a 1M tokens/min limit. Minimum wall time?",
        ]
    )
    return (
        "llm-api",
        text,
        ["Half the prompts share a 500-token preamble you can cache.", "Prices double."],
    )


G_PLAN: list[tuple[Template, int]] = [
    (g_quorum, 16),
    (g_hashing, 12),
    (g_little, 14),
    (g_amat, 14),
    (g_cachebits, 12),
    (g_halo, 14),
    (g_amdahl, 10),
    (g_mpi_allreduce, 10),
    (g_sci_ckpt, 12),
    (g_ab, 12),
    (g_backup, 10),
    (g_oversub, 12),
    (g_small_gpu, 12),
    (g_tcp, 8),
    (g_api_cost, 10),
]


# ---------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------
def frontier(rng: random.Random) -> list[Item]:
    out = one_liners(rng, fdata.FM_ROWS, FM, FM_KIND)
    out += one_liners(rng, fdata.FM_ROWS_MORE, FM, FM_KIND)
    out += shorthand(rng, fdata.FM_TERSE, FM, FM_KIND)
    out += followups(rng, fdata.FM_FOLLOWUPS, FM, FM_KIND)
    out += records(rng, fdata.FM_CHUNKS, FM, FM_KIND)
    out += conversations(fdata.FM_CONVOS, FM, FM_KIND + "followup")
    out += templated(rng, FM, FM_KIND, FM_PLAN)
    return out


def general(rng: random.Random) -> list[Item]:
    out = one_liners(rng, gdata.GEN_ROWS, G, G_KIND)
    out += one_liners(rng, gdata.GEN_ROWS_MORE, G, G_KIND)
    out += shorthand(rng, gdata.GEN_TERSE, G, G_KIND)
    out += followups(rng, gdata.GEN_FOLLOWUPS, G, G_KIND)
    out += records(rng, gdata.GEN_CHUNKS, G, G_KIND)
    out += conversations(gdata.GEN_CONVOS, G, G_KIND + "followup")
    out += templated(rng, G, G_KIND, G_PLAN)
    return out


# Topics of the public-dev misses this batch's prompt named (``finish_batch(held_out=...)``);
# broad on purpose: it drops whole topics, not phrasings.
EVAL_NEAR = re.compile(
    r"Rabenseifner|power[- ]of[- ](2|two)|2\^k|oversubscri|\\sigma|σ|iso-?loss|iso-?FLOP|triple|double[- ]buffer|associativ|tree[- ]reduc|reduction order|LZ4|compress|\bMHA\b|\bMQA\b|\bGQA\b|KV|mesh|process group|\\alpha|α|β|alpha-beta|latency-bandwidth|instrument|record events|correlat|\(DP|ordering|critical batch|batch size|steps with|checkpoint",
    re.IGNORECASE,
)


def main() -> None:
    out = output_path(__doc__, OUT)
    rng = random.Random(SEED)
    items = finish_batch(frontier(rng) + general(rng), OUT, out, held_out=EVAL_NEAR)
    assert all(it["kind"].startswith(FM_KIND) == (it["label"] == FM) for it in items)
    assert all(it["kind"].startswith(G_KIND) == (it["label"] == G) for it in items)
    n_gen = sum(it["label"] == G for it in items)
    assert 2 * n_gen >= len(items), f"general must be at least half ({n_gen}/{len(items)})"
    print("validated OK")


if __name__ == "__main__":
    main()
