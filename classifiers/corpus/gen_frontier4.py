"""Generate frontier4.jsonl: textbook exercises and interview questions, `frontier_ml` vs `general`.

frontier_ml: end-of-chapter exercises, problem sets and take-home assignments from courses on
large-scale / distributed deep learning and ML hardware (collective costs, ZeRO/FSDP memory,
pipeline schedules, rooflines of accelerators, recomputation, scaling-law budgets, cluster fault
tolerance, pretraining data pipelines), and interview questions for ML-infrastructure,
LLM-training and accelerator-architecture roles in several registers (interviewer, candidate prep,
terse lists, quiz-me requests). general: hard negatives in the same formats: ordinary system-design
interviews and exercises, distributed-systems coursework (Raft, Paxos, quorums, MapReduce, Spark,
Kubernetes), CPU computer-architecture homework, data engineering, everyday ML and statistics
exercises, data-science, behavioural and coding interviews.
Deterministic (seeded RNG); deduplicated against every other *.jsonl in this folder.

Run: .venv/bin/python classifiers/corpus/gen_frontier4.py
"""

from __future__ import annotations

import random
from pathlib import Path

from corpus_io import (
    Item,
    Register,
    chunks,
    convo_items,
    dedupe,
    existing_keys,
    item,
    lines,
    print_counts,
    starts_with_user,
    validate,
    write_jsonl,
)

SEED = 20260114
HERE = Path(__file__).resolve().parent
OUT = HERE / "frontier4.jsonl"
FM = "frontier_ml"
GEN = "general"


# ---------------------------------------------------------------------------------------------
# register variation shared by both labels, so format cues never predict the label
# ---------------------------------------------------------------------------------------------

PREFIXES = lines(r"""
Interview prep:
From a practice set:
Onsite question:
Mock interview -
Homework help:
Can you walk me through this?
Question from my study group:
Prepping for next week:
Take-home, part 1:
Asked in round two:
Self-study question:
Exam review:
""")

SUFFIXES = lines(r"""
Please show your work.
Answer like you would in an interview.
Keep it to a few bullet points.
Explain the reasoning, not just the number.
I'd like a model answer.
What would the grader look for?
State your assumptions.
Then give me a follow-up question.
""")

REGISTER = Register(PREFIXES, SUFFIXES, lower=0.08, prefix=0.22, suffix=0.32, typo=0.06)

EXERCISE_TAGS = [
    "Exercise {c}.{n}:",
    "Exercise {c}.{n}.",
    "Problem {n}.",
    "Problem {c}-{n}:",
    "Q{n}.",
    "Q{n})",
    "({c}.{n})",
    "Ex. {c}.{n}",
    "Homework {c}, problem {n}:",
    "Chapter {c} exercise {n}:",
    "[{c}.{n}]",
    "Practice problem {n}:",
    "Review question {c}.{n}:",
    "Question {n} (10 points):",
]

INTERVIEW_TAGS = [
    "Interviewer:",
    "Interview question:",
    "Phone screen:",
    "Onsite, round 3:",
    "Technical screen question:",
    "They asked me:",
    "Hiring manager asked:",
    "Whiteboard question:",
    "Screening question:",
    "Panel question:",
]


def tagged(rng: random.Random, text: str, tags: list[str], p: float) -> str:
    """With probability ``p``, prefix a textbook / interview tag such as ``Exercise 4.3:``."""
    if rng.random() < p:
        tag = rng.choice(tags).format(c=rng.randint(2, 14), n=rng.randint(1, 24))
        return f"{tag} {text}"
    return text


def exercises(rng: random.Random, block: str, label: str, kind: str, p: float = 0.6) -> list[Item]:
    """One item per line, often tagged as a numbered exercise, register maybe varied."""
    out: list[Item] = []
    for t in lines(block):
        text = tagged(rng, t, EXERCISE_TAGS, p)
        out.append(item(REGISTER.vary(rng, text), label, kind))
    return out


def interview(rng: random.Random, block: str, label: str, kind: str, p: float = 0.35) -> list[Item]:
    """One item per line, sometimes tagged as an interview question, register maybe varied."""
    out: list[Item] = []
    for t in lines(block):
        text = tagged(rng, t, INTERVIEW_TAGS, p)
        out.append(item(REGISTER.vary(rng, text), label, kind))
    return out


def long(block: str, label: str, kind: str) -> list[Item]:
    return [item(c, label, kind) for c in chunks(block)]


def bullets(rng: random.Random, pool: list[str], label: str, kind: str, n: int) -> list[Item]:
    """Terse lists of 3-6 questions drawn from ``pool``, with a short header."""
    headers = [
        "Questions I got at {co}:",
        "My list of likely questions for the {role} loop:",
        "Quiz me on these, one at a time:",
        "Practice list ({role}):",
        "Flashcards for tomorrow:",
        "{co} {role} interview, questions I remember:",
        "Review sheet:",
        "",
    ]
    cos = ["the onsite", "a startup", "a big tech company", "my final round", "the phone screen"]
    roles = ["backend", "infra", "research engineer", "data science", "platform", "systems"]
    out: list[Item] = []
    for _ in range(n):
        k = rng.randint(3, 6)
        qs = rng.sample(pool, k)
        head = rng.choice(headers).format(co=rng.choice(cos), role=rng.choice(roles))
        mark = rng.choice(["- ", "* ", "{i}. ", "{i}) "])
        body = "\n".join(mark.format(i=i + 1) + q for i, q in enumerate(qs))
        out.append(item((head + "\n" + body).strip(), label, kind))
    return out


# =============================================================================================
# frontier_ml
# =============================================================================================

FM_TEXTBOOK = r"""
Show that ring all-reduce sends 2(p-1)/p of the data per worker, and argue that no algorithm can send asymptotically less when every worker must end with the full sum.
Prove that a reduce-scatter followed by an all-gather is bandwidth-optimal for all-reduce in the alpha-beta model, and identify the latency term that makes it a poor choice for small messages.
Derive the pipeline bubble fraction (p-1)/(m+p-1) for GPipe with m micro-batches and p stages. Why is the bubble the same for 1F1B, and what does 1F1B change?
Explain why activation recomputation trades compute for memory, and quantify the extra FLOPs when every transformer layer is recomputed in the backward pass.
For a transformer layer, show that full recomputation adds roughly one extra forward pass, i.e. raises training FLOPs per token from about 6N to about 8N.
Compute the memory per GPU for the model states of a 70B model under ZeRO-3 with 64 GPUs, assuming bf16 weights and gradients and fp32 Adam state with a master copy.
Show that ZeRO-3 increases communication volume to 1.5 times that of standard data parallelism, by counting the all-gathers in forward and backward and the reduce-scatter of gradients.
Derive the number of bytes a Megatron-style tensor-parallel MLP block communicates per forward pass, and show why splitting the first weight by columns and the second by rows needs only one all-reduce.
Show that column-parallel followed by row-parallel linear layers need no communication between them when the nonlinearity is elementwise. Why does this fail for layer normalization?
Prove that with sequence parallelism the all-reduce of tensor parallelism can be replaced by a reduce-scatter plus an all-gather without changing the total communication volume.
Estimate the arithmetic intensity of an M x N x K bf16 GEMM as a function of M, N and K, and show that it approaches min(M, N, K)/3 FLOPs per byte when the three dimensions are similar.
Show that the decode step of a large language model is memory-bandwidth bound on any current accelerator by computing the arithmetic intensity of a matrix-vector product with batch size 1.
Explain with a roofline plot why increasing the batch size during inference moves the weight GEMMs toward the compute-bound region, and at what batch size an accelerator with a ridge point of 300 FLOPs/byte becomes compute bound.
Derive the optimal checkpoint interval sqrt(2 delta M) (Young's approximation) for a training job with checkpoint cost delta and mean time between failures M. When does the approximation break down?
Show that the mean time between failures of a job spanning n independent nodes, each with MTBF m, is m/n. What does this imply for a 2,000-node pretraining run with node MTBF of one year?
Using C ≈ 6ND, show that doubling the compute budget along the Chinchilla-optimal frontier increases both N and D by a factor of about sqrt(2).
Derive the total FLOPs per token for a decoder-only transformer including the attention score term, and find the sequence length at which attention FLOPs equal the 6N parameter term for a model with hidden size 8192.
Prove that the all-to-all in expert parallelism moves (p-1)/p of each rank's routed tokens when routing is uniform, and discuss what happens to the bandwidth term under skewed routing.
Estimate how much of an H100's HBM bandwidth a fused bias-GeLU kernel needs to run at the speed of the adjacent GEMM, for hidden size 12288 and 8192 tokens per micro-batch.
Explain why the optimizer step in mixed-precision Adam is memory bound, and estimate its duration for a 7B-parameter shard on a chip with 2 TB/s of HBM bandwidth.
Compare the latency terms of ring, tree and recursive-doubling all-reduce for p = 1024 ranks, and explain why NCCL switches from ring to tree for small messages at large scale.
Consider a hierarchical all-reduce: reduce-scatter inside each 8-GPU node over NVLink, all-reduce across nodes over InfiniBand, then all-gather inside the node. Derive the inter-node traffic per GPU and compare it with a flat ring across all GPUs.
Show that the per-device memory for the activations of one pipeline stage under 1F1B is bounded by p in-flight micro-batches at the first stage, and explain why the last stage holds fewer.
Explain why interleaved pipeline schedules with v virtual stages per device reduce the bubble by a factor of v, and compute the extra point-to-point traffic they introduce.
Design question: a training cluster must tolerate the loss of any single rack without losing more than 15 minutes of work. Sketch the checkpoint placement, replication and restart logic.
Investigate and report: profile one training step of a 1.3B-parameter GPT model on 8 GPUs with FSDP, and report the fraction of time spent in all-gather, reduce-scatter, GEMMs and elementwise kernels. Discuss which of these would dominate at 1,024 GPUs.
Investigate and report: measure the achieved bus bandwidth of all-reduce on your cluster for message sizes from 1 KB to 4 GB using nccl-tests. Plot it, locate the latency-bound and bandwidth-bound regions, and fit alpha and beta.
Explain what goes wrong numerically when gradients of a very large model are accumulated in bf16 across many micro-batches, and propose two fixes used in practice.
Show that loss scaling is unnecessary for bf16 but necessary for fp16 by comparing the exponent ranges of the two formats, and estimate the smallest gradient magnitude each can represent.
FP8 E4M3 has a maximum normal value of 448. Explain why per-tensor scaling factors are needed when training with FP8 GEMMs, and describe how delayed scaling estimates them.
Design a systolic array for bf16 GEMMs with fp32 accumulation. How many cycles does a 128 x 128 array need to compute a 128 x 128 x 4096 output tile, ignoring fill and drain? Then include fill and drain.
Explain the difference between weight-stationary and output-stationary dataflows on a systolic array and decide which one minimizes SRAM reads for the FFN layers of a transformer at batch size 1.
Compute the on-chip SRAM needed to hold one 128 x 128 tile of Q, K and V plus the running softmax statistics for a FlashAttention-style kernel with head dimension 128 in bf16.
Derive the bisection bandwidth of a 2D torus of k x k chips with links of bandwidth B per direction, and compare it with a 3D torus holding the same number of chips.
Show that a non-blocking two-level leaf-spine network built from switches of radix k connects at most k^2/2 endpoints. How many switches are needed for 4,096 GPUs with 64-port switches?
Explain why tensor parallelism across nodes connected by 400 Gb/s InfiniBand is slower than inside an NVLink domain, with a calculation for one all-reduce of a 16 MB activation tensor.
Estimate the tokens per second a 16,384-GPU cluster needs to sustain to finish 15T tokens of pretraining in 60 days, then convert it to per-GPU throughput.
Estimate the storage footprint of a 15-trillion-token pretraining corpus as raw UTF-8 text, as uint32 token ids, and as uint16 token ids when the vocabulary has fewer than 65,536 entries. Which choice breaks for a 128k vocabulary?
Design an experiment to measure how the loss of a pretraining run depends on the fraction of code in the data mixture, using small proxy models, and explain how you would extrapolate to the target scale.
Explain why global shuffling of a trillion-token dataset is usually approximated, and design a two-level shuffle that keeps the data loader restartable at any step.
For a tokenizer trained on a multi-terabyte pretraining sample, define fertility (tokens per word) and propose a procedure to balance fertility across 30 languages.
Compare the memory footprints of FSDP full sharding and hybrid sharding (sharded inside a node, replicated across nodes) for a 13B model on 32 nodes of 8 GPUs, and the inter-node traffic each generates per step.
Explain why the AdamW epsilon and the learning rate warmup length both influence loss spikes in very large runs, and design an ablation at small scale that could surface the effect.
Derive the communication time of a ring all-gather of W bytes over p ranks with per-link bandwidth B and per-message latency alpha. Use it to bound the prefetch depth needed to hide ZeRO-3 parameter gathers behind compute.
Prove that in data parallelism with gradient bucketing, the last bucket's all-reduce can never be overlapped with backward computation, and estimate its exposed time for a 25 MB bucket on a 100 GB/s ring.
Explain how the scale-up domain size of an accelerator (the number of chips on one high-bandwidth switch) limits the largest tensor-parallel degree you would use, with numbers for an 8-GPU node and a 72-GPU rack.
Design question: you are building an inference accelerator for 70B-parameter models. Decide how much HBM, SRAM and memory bandwidth you need per chip to serve 30 tokens/s per user at batch 64, and justify each number.
Show that for a decode step the minimum time per token is (model bytes)/(memory bandwidth), and use it to compute the upper bound on tokens/s for a 70B model in 8-bit weights on a chip with 3.35 TB/s.
Explain why kernel fusion matters more on accelerators with a high FLOPs-to-bandwidth ratio, using the example of fusing layernorm, residual add and dropout in a transformer block.
Write the cost model for context parallelism with ring attention and derive the condition on sequence chunk length under which the KV exchange is fully hidden behind the attention computation.
Investigate and report: run the same 350M-parameter pretraining recipe with global batch sizes of 0.25M, 1M and 4M tokens, and estimate the critical batch size from the loss curves.
Compare the failure domains of a GPU training cluster (GPU, NVLink, host, NIC, switch, power) and rank them by expected impact on a three-month pretraining run.
Derive the effective bandwidth of a multi-rail network where each of the 8 GPUs in a node has its own 400 Gb/s NIC on a separate rail, and explain how collective libraries map rings onto rails.
Estimate the energy of one pretraining run of a 70B model on 2T tokens at 40% MFU on H100s drawing 700 W each, including a PUE of 1.2. Express the result in MWh.
Explain why MoE models need a load-balancing loss and derive the gradient of the Switch-Transformer style auxiliary loss with respect to the router probabilities.
Design the data path of a vector unit that performs softmax and layernorm next to a matrix engine, and explain how you would size it so that it never stalls the matrix engine during attention.
Explain how HBM capacity per chip constrains the minimum model-parallel degree for training a 400B-parameter model, and compute it for chips with 80 GB, 141 GB and 192 GB.
Prove that for a fixed number of GPUs, increasing the pipeline depth p while keeping micro-batches m fixed increases the bubble, and find the m that keeps the bubble below 10% for p = 16.
Show how to compute the memory of the fp32 master weights, gradients and two Adam moments when the optimizer state is sharded with ZeRO-1 across 256 data-parallel ranks and the model is also split with TP=8 and PP=8.
Explain why straggler mitigation is harder in synchronous data parallelism than in parameter-server training, and estimate the slowdown of a 4,096-GPU job whose slowest GPU is 5% slower than the median.
Design question: propose a scheme to detect silent data corruption on accelerators during pretraining by comparing replicas, and estimate its overhead.
"""

FM_PROBLEM_SETS = r"""
Problem Set 3 — Collective communication (Large-Scale Deep Learning Systems)

Assume an alpha-beta cost model with latency alpha = 5 µs per message and bandwidth B = 50 GB/s per link in each direction.

1. Write the cost of a ring all-reduce of n bytes over p ranks.
2. For n = 1 GB and p = 8, 64 and 512, compute the time and the algorithm bandwidth. Which term dominates at each size?
3. Repeat part 2 with n = 64 KB. Explain why the answer favours a tree or a recursive-doubling algorithm.
4. A data-parallel job uses gradient buckets of 25 MB. How many buckets does a 1.3B-parameter model in bf16 produce, and what is the total all-reduce time per step at p = 64?
5. (Bonus) Sketch how the answer to 4 changes if you use two-level hierarchical all-reduce with 8 GPUs per node joined by 450 GB/s NVLink.
~~~
Homework 5: Memory accounting for large-model training

A decoder-only transformer has L = 80 layers, hidden size h = 8192, 64 attention heads, FFN size 4h, vocabulary 128,000 and is trained with sequence length s = 4096 in bf16 with fp32 Adam.

(a) Compute the number of parameters (ignore biases and norms).
(b) Compute bytes per GPU for weights, gradients and optimizer state under plain data parallelism, ZeRO-1, ZeRO-2 and ZeRO-3 with 128 data-parallel ranks.
(c) Using 34sbh + 5as^2b bytes per layer, compute the activation memory per layer for micro-batch b = 1. How does it change with selective recomputation?
(d) Choose TP and PP degrees so that training fits in 80 GB per GPU. Justify your answer.
~~~
Lecture 9 exercises (ML accelerators)

An accelerator has 4 matrix engines, each a 128 x 128 systolic array of bf16 MACs at 1.75 GHz, 64 MB of on-chip SRAM and 2.4 TB/s of HBM bandwidth.

1. What is the peak dense bf16 throughput?
2. What is the ridge point of its roofline?
3. A GEMM of size 4096 x 4096 x 4096 is tiled so that each operand tile is read from HBM once per output tile. For output tiles of 512 x 512, compute the bytes moved and the achieved arithmetic intensity. Is it compute bound?
4. What is the smallest output tile size that puts this GEMM above the ridge point?
5. Explain in two sentences why larger SRAM lets the compiler pick larger tiles.
~~~
Take-home assignment: Pipeline schedules

You are given 16 GPUs and a 48-layer transformer. Implement (in pseudocode or a small Python simulator) three schedules: GPipe, 1F1B and interleaved 1F1B with 2 virtual stages per device. For each schedule, with p = 4, 8 and 16 stages and m = 8, 32 and 128 micro-batches, report:
- the bubble fraction,
- the peak number of in-flight micro-batches stored on the first stage,
- the number of point-to-point messages per step.
Assume the forward of one micro-batch on one stage takes 1 time unit and the backward takes 2. Present your results in a table and explain which schedule you would use for a 175B model on 1,024 GPUs and why.
~~~
Midterm question (Distributed ML Systems, 25 points)

A 30B-parameter model is trained on 256 GPUs with data parallelism only and ZeRO-3.
(a) [5] How many bytes of model state does each GPU hold?
(b) [5] How many bytes does each GPU send and receive per training step for parameter all-gathers and gradient reduce-scatters?
(c) [8] With 50 GB/s of inter-node bandwidth per GPU and a step compute time of 4 s, can communication be fully overlapped? State your assumptions about prefetching.
(d) [7] Propose a hybrid layout that reduces inter-node traffic and estimate the new per-step volume.
~~~
Course project brief: Reproducing a scaling law

Train a family of at least five decoder-only models between 10M and 300M parameters on a fixed pretraining corpus, each at three token budgets. Fit L(N, D) = E + A/N^alpha + B/D^beta to the final losses. Report the fitted exponents with bootstrap confidence intervals, the predicted compute-optimal tokens-per-parameter ratio, and the predicted loss of a 7B model trained on 1T tokens. Discuss how learning-rate schedule choices (cosine length matched to the token budget vs. a constant schedule with cooldown) bias your fit.
~~~
Exercise 6.4 (Fault tolerance at scale)

A pretraining job runs on 3,072 GPUs in 384 nodes. Each node fails independently with an MTBF of 2,000 hours. A checkpoint takes 90 seconds to write synchronously, and a restart (rescheduling, loading the checkpoint, warming up the data loader) takes 12 minutes.
(a) Compute the job MTBF.
(b) Using Young's formula, compute the optimal checkpoint interval.
(c) Estimate the fraction of wall-clock time lost to checkpoints, restarts and recomputed work.
(d) How do the answers change if checkpoints are written asynchronously with a 5-second pause?
(e) Discuss whether keeping two hot-spare nodes changes the restart time enough to matter.
~~~
Problem 2 (Roofline analysis of a transformer block)

Use an accelerator with 1,000 TFLOP/s of dense bf16 compute and 3.0 TB/s of HBM bandwidth. For one layer of a model with h = 5120, s = 2048, batch 8:
1. List the GEMMs in the forward pass with their shapes.
2. For each, compute FLOPs, minimum bytes moved and arithmetic intensity.
3. Do the same for layernorm, softmax (unfused) and the GeLU.
4. Plot everything on the roofline and estimate the forward time of the layer assuming each kernel runs at its roofline bound.
5. Which kernels would you fuse first? Estimate the time saved.
~~~
Design exercise: the checkpointing subsystem for a 10,000-GPU training job

Write a two-page design covering: the on-disk layout of a sharded checkpoint for a model using TP=8, PP=16, DP=78 with ZeRO-1; how writes are staged (GPU -> host memory -> local NVMe -> object store); how long each stage takes for a 1T-parameter model given 25 GB/s of host-to-NVMe bandwidth per node and 2 TB/s of aggregate object-store bandwidth; how you guarantee a checkpoint is complete and consistent before old ones are deleted; and how a restart on a different number of nodes reshards the optimizer state.
~~~
Quiz 4 — Mixture-of-Experts systems

1. An MoE layer has 64 experts with top-2 routing and expert parallelism of 8. If each GPU holds 16,384 tokens of hidden size 4096 in bf16, how many bytes leave each GPU in the dispatch all-to-all under uniform routing?
2. With capacity factor 1.25, what is the per-expert token capacity?
3. If one expert receives 3x the average load, what fraction of its tokens are dropped?
4. Explain one way to reduce the all-to-all cost when experts span multiple nodes.
~~~
Chapter 11 review questions (Hardware for Deep Learning)

11.1 Why do training chips pair matrix engines with high-bandwidth memory instead of large DRAM capacity?
11.2 Define the bytes-per-FLOP ratio of an accelerator and compute it for a chip with 2 PFLOP/s and 8 TB/s.
11.3 What is the role of the chip-to-chip interconnect in tensor parallelism? Estimate the bandwidth needed to keep a TP=8 all-reduce under 10% of layer time for h = 12288.
11.4 Compare a 3D-torus pod with a switched fat-tree for data-parallel all-reduce traffic.
11.5 Explain why low-precision formats (FP8, MX formats) increase effective throughput and what they demand from the accumulator.
~~~
Assignment 2: Implementing tensor parallelism from scratch

Using only torch.distributed primitives (no Megatron, no DeepSpeed), implement a column-parallel linear layer, a row-parallel linear layer and a tensor-parallel transformer MLP block. Then:
(a) Verify numerically that the TP=2 and TP=4 outputs match a single-device reference within bf16 tolerance.
(b) Write the backward pass communication explicitly and explain why the gradient of the column-parallel input needs an all-reduce.
(c) Benchmark the block at h = 4096 on 1, 2, 4 and 8 GPUs in one node and report the scaling efficiency.
(d) Explain what would change if the GPUs were on two different nodes.
~~~
Exam problem (LLM pretraining at scale)

You have 20 million H100-hours. At an expected 38% MFU and 989 TFLOP/s peak bf16:
(a) How many training FLOPs can you afford?
(b) What model size and token count are compute-optimal under the 20-tokens-per-parameter heuristic?
(c) You instead train a model 4x smaller than compute-optimal for inference reasons. How many tokens does it see, and roughly how much higher do you expect its loss to be? State the scaling law you use.
(d) How much unique high-quality text do you need if you will allow at most 4 epochs?
~~~
Lab 7: Observing loss spikes

Train a 125M-parameter GPT on a web-text sample with a deliberately high peak learning rate (3x the tuned value) and no QK-normalization. Log the global gradient norm, the maximum attention logit per layer, and the update-to-weight ratio every step.
1. Report the steps at which loss spikes occur and what each logged quantity did in the 100 steps before.
2. Repeat with QK-norm and with a lower Adam beta2. Which change removes the spikes?
3. Write a paragraph on which of your observations you expect to transfer to a 70B run and which you do not.
~~~
Interview take-home (ML infrastructure): "NCCL hang triage"

You are given logs from a 256-node job that stopped making progress at step 51,200. Every rank's last log line is inside a reduce-scatter, except ranks 1,032-1,039, whose last line is a data-loader warning about a slow read. Write up: (1) what happened, (2) what you would check on those nodes, (3) what monitoring would have caught it earlier, and (4) how you would change the job so that one slow node causes a restart within minutes instead of a 30-minute watchdog timeout.
~~~
Problem set: Pretraining data pipeline at trillion-token scale

1. A crawl has 80 billion documents averaging 3 KB. How many bytes is that, and how long does one pass of a filter running at 20 MB/s per core take on 10,000 cores?
2. You run MinHash with 128 permutations and 16-bit hashes per permutation. How much storage do the signatures take?
3. With 32 bands of 4 rows, compute the approximate threshold (1/b)^(1/r) of the LSH S-curve, then the exact probability 1 - (1 - J^r)^b that a pair at that similarity becomes a candidate.
4. Describe how to distribute connected components over the candidate pairs to form duplicate clusters.
5. After dedup, 14T tokens remain. How many tokenizer core-hours are needed at 1 M tokens/s per core?
~~~
Systems-for-ML final exam, question 5

Sequence length for continued pretraining of a 70B model increases from 8k to 128k tokens.
(a) By what factor does attention FLOPs per token grow? By what factor do the linear-layer FLOPs per token grow?
(b) Estimate activation memory per layer at 128k with micro-batch 1 and FlashAttention, and explain why it no longer fits on one GPU even with TP=8.
(c) Choose a context-parallel degree and explain the ring-attention communication pattern.
(d) Compute the KV bytes exchanged per layer per step and compare with the attention compute time on an H100.
"""

FM_INTERVIEW = r"""
How would you debug a loss spike at step 40k in a 512-GPU pretraining run?
Walk me through how tensor parallelism splits an MLP block, including where the communication happens in the backward pass.
Design the checkpointing system for a 10k-GPU training job. What is on the critical path?
What limits the scaling of all-reduce across nodes, and what would you change first?
Explain what an NCCL hang looks like from the outside and how you'd find the straggler.
How would you design the memory hierarchy of an inference accelerator for large language models?
You join the pretraining team and MFU dropped from 45% to 38% overnight with no code change. Where do you look?
Tell me how FSDP decides when to all-gather parameters and when to free them. What does prefetching change?
What is the difference between HSDP and FSDP, and when would you pick hybrid sharding on a 64-node cluster?
If I give you a profiler trace of one training step, what are the first three things you look for?
Explain how you would split a 200B model across 4,096 GPUs if inter-node bandwidth were half of what we have today.
How would you verify that a new parallelism implementation produces the same gradients as the reference?
Suppose the gradient norm slowly climbs for 5,000 steps before a divergence. What is your hypothesis list?
What would you log per step in a frontier pretraining run to make post-mortems of divergences possible?
How do you restart a run after a divergence — roll back how far, and what do you change?
Describe a situation where increasing the data-parallel degree made training slower. Why can that happen?
Explain why the first and last pipeline stages are usually imbalanced, and what you do about the embedding and the output head.
How would you pick the number of micro-batches per step for a 1F1B schedule when the global batch is fixed at 4M tokens?
How does the choice of tensor-parallel degree interact with the attention head count and the GQA group size?
How do you shard the KV projection weights under tensor parallelism when the model uses grouped-query attention with 8 KV heads and TP=16?
What is the trade-off between more pipeline stages and more tensor parallelism for a model whose hidden size is only 4096?
How would you design a health-check suite that runs on every node before it joins a large training job?
What signals would tell you a specific GPU is producing corrupted gradients rather than the data being bad?
Explain how a collective library builds rings and trees across a multi-rail network, and why rank placement matters.
How do you make a 20,000-GPU job survive a switch failure that takes out 32 nodes?
How would you structure the evaluation of intermediate checkpoints so the eval jobs never compete with the training job for the interconnect?
How would you decide whether to train in FP8 for the next frontier run? What evidence do you need at small scale?
What breaks first when you go from 4k to 32k GPUs in a single synchronous job?
Explain the memory timeline of one training step on a GPU under ZeRO-3, from the start of forward to the optimizer step.
How do you choose the bucket size for gradient all-reduce overlap, and what happens if it is too large or too small?
You have to cut step time by 10% on a 70B run without touching the model. Give me five concrete levers.
How do you reason about whether a kernel is compute bound or memory bound on an accelerator you have never used before?
Design the on-chip memory of a training accelerator: how do you split capacity between scratchpad, caches and register files?
What do you need from the interconnect of an accelerator to make expert parallelism efficient for a 256-expert MoE?
Why might a chip with twice the peak FLOP/s give only 30% faster LLM training?
How would you estimate the step time of a new model on a new accelerator before either exists?
What is the critical path of a pretraining step in a 3D-parallel layout, and how would you shorten it?
If the data loader is occasionally the bottleneck in a 2,048-GPU run, how would you prove it and fix it?
Explain how you would test a new collective algorithm before rolling it out to the production training cluster.
How would you implement elastic training so a large run can continue at reduced size when nodes fail?
Walk me through resharding a distributed checkpoint from TP=8, PP=8 to TP=4, PP=16.
How do you handle the random number generator state across ranks so that dropout and data order are reproducible after a restart?
What does 'exposed communication' mean in a step-time breakdown and how do you measure it?
How would you decide whether a 1.5x bigger tokenizer vocabulary is worth it for the next pretraining run?
A training job is 8% slower on one cluster than another with identical GPUs. How do you isolate whether it is network, storage or thermals?
What is the difference between a scale-up and a scale-out network for accelerators, and which parallelism axis goes on each?
How would you schedule many large training jobs on a shared 8,000-GPU cluster so that topology-sensitive jobs get contiguous placement?
Explain power capping and thermal throttling in dense GPU racks and how they show up in the step-time distribution of a big run.
How do you choose the global batch size warmup for a frontier model when the critical batch size grows during training?
You see periodic 30-second stalls every 10 minutes in a 1,024-GPU job. What would you suspect?
What is your approach to overlapping the MoE all-to-all with expert computation?
How would you size the gradient accumulation steps to keep the all-reduce amortized when the per-GPU micro-batch is 1?
Describe the numerics of a bf16 GEMM with fp32 accumulation and why split-K reductions on an accelerator can change results run to run.
Explain how you would implement deterministic training at 1,000-GPU scale and what it would cost.
Talk me through building a near-duplicate removal stage for a 20-trillion-token pretraining corpus, end to end.
How would you design the training data loader so that a restart at step 312,000 resumes at exactly the same token?
What is the typical breakdown of a 70B pretraining step time on H100s — compute, exposed comms, bubbles, data — and which is easiest to attack?
Why would you give up on tensor parallelism entirely and use FSDP plus context parallelism for a 70B model?
How would you explain ring attention to a new engineer on the long-context pretraining team?
Design a monitoring system that pages an on-call engineer within two minutes of a 4,096-GPU job stalling.
"""

FM_INTERVIEW_LONG = r"""
I have an interview at an AI lab next week for an ML infrastructure role on the pretraining team. Quiz me on distributed training: start with data parallelism and ZeRO, then tensor and pipeline parallelism, then collectives and NCCL. Ask one question at a time and grade my answers harshly.
~~~
Can you act as the interviewer for a "large-scale training systems" round? The job description mentions Megatron-LM, FSDP, NCCL, checkpointing at scale and debugging thousand-GPU jobs. Give me 8 questions from easy to hard, and after each of my answers tell me what a strong candidate would have added.
~~~
Prep notes for my accelerator architecture interview (ML chips team). They said to expect:
- roofline reasoning with numbers
- systolic array dataflows
- HBM vs SRAM trade-offs
- interconnect for scale-out training
- numerics (bf16, fp8, accumulation)
Can you write me 10 practice questions covering these, with one worked answer for the roofline one?
~~~
Take-home for candidates (Training Infrastructure, Senior):

We train dense models up to 400B parameters on clusters of up to 16,384 GPUs. Write a design doc (max 3 pages) for a system that detects and removes bad nodes from a running job with less than 10 minutes of lost compute per incident. Cover: which signals you collect (per-rank step time, collective timing, ECC counters, NVLink error counters, thermals), how you decide a node is bad, how the job is restarted without it (hot spares, elastic resharding), and how you validate the replacement node before it joins. Include a back-of-envelope estimate of how often this system will fire on a 2,000-node cluster.
~~~
Interviewer script, ML systems loop, question 2 of 4:

"Let's say we're training a 70B model with TP=8 inside each node and 128-way data parallelism across nodes. Step time is 9.5 seconds. The profile says compute is 7.1 seconds and the gradient reduce-scatter/all-gather is 2.4 seconds, none of it overlapped. Tell me what you'd do."

Follow-ups if the candidate stalls: What is the theoretical minimum communication time given 400 Gb/s per GPU? Why might overlap be disabled? What changes if we use gradient accumulation of 4?
~~~
I'm a hardware engineer moving into ML accelerators and have a panel interview on Friday. The recruiter said one question is usually "design the memory subsystem for a chip that trains 100B+ models". I know DRAM and caches from CPU land but not HBM stacks, scratchpads or how compilers tile GEMMs. Can you give me a crash course structured as the answer I'd give, plus the numbers I should know?
~~~
Technical interview, pretraining research engineer. Questions as I remember them:
1. Derive C = 6ND and say where the 6 comes from.
2. How would you tell whether a loss spike is caused by data or by optimization?
3. What is muP and why does it matter for hyperparameter transfer to frontier scale?
4. What changes when you go from cosine to WSD schedules?
5. How many tokens would you train an 8B model on today, and why is that not Chinchilla-optimal?
Could you give model answers for 2 and 5? I fumbled those.
~~~
Mock system design prompt for an ML infra candidate:

"Design the infrastructure to run 50 concurrent pretraining ablations of 1B-7B models and one flagship 300B run on a single 12,000-GPU cluster." Expected discussion: topology-aware scheduling, preemption policy for ablations, storage bandwidth for checkpoints and data, shared data pipeline, quotas, how the flagship is protected from noisy neighbours on the network. Please generate a rubric with levels (junior / senior / staff) for what each would say.
~~~
Quiz me: I'll tell you my answers about collective communication. Q1 — ring all-reduce cost. My answer: each GPU sends 2(p-1)/p times the buffer, so the time is about 2n/B for large p. Q2 — why tree all-reduce at large scale? My answer: latency is log p instead of p. Are these right and complete, and what's the next question you'd ask?
~~~
Accelerator architecture interview at a chip startup — the whiteboard prompt was:

"Our next chip targets LLM inference only. Budget: 800 mm^2 die, 600 W. Choose how much of the die is matrix compute vs SRAM, how many HBM stacks, and the chip-to-chip link count. The workload is 70B-405B models with 8k-128k contexts at batch sizes 1-256."

I talked mostly about compute and ran out of time. What structure should an answer have, and which numbers (bytes per token for KV cache, weight bandwidth at batch 1) should drive it?
~~~
Take-home assignment (Distributed Training Engineer):

Part A. Given the attached step-time traces from 1,024 ranks (CSV: rank, step, fwd_ms, bwd_ms, allreduce_ms, optimizer_ms), find the stragglers, explain how they affect global step time, and quantify the throughput lost over 1,000 steps.
Part B. Propose a change to the job launcher that quarantines a straggling node automatically.
Part C. The team wants to raise the gradient bucket size from 25 MB to 200 MB. Predict the effect on exposed communication using the traces and justify it.
~~~
Could you quiz me for an LLM training infra interview in rapid-fire mode? 15 short questions about ZeRO stages, FSDP, pipeline bubbles, activation checkpointing, NCCL environment variables, InfiniBand, and checkpoint resharding. Give the answers at the end, not after each question.
~~~
Here's my answer to "How would you debug a loss spike at step 40k in a 512-GPU run?" — please critique:
"First I'd check if it's reproducible from the step-39k checkpoint with the same data order. If it reproduces, I'd dump per-layer gradient norms and attention logit maxima around the spike, and look at the batch that triggered it. If it doesn't reproduce, I'd suspect hardware: compare per-rank gradient norms to find a rank that diverges from the others and pull that node. Mitigations: skip the offending batches, lower LR, add QK-norm or z-loss for the next run."
~~~
Senior interview question (ML accelerators), with the interviewer's notes:
Q: "Our chip has 1.5 PFLOP/s of bf16 and 4 TB/s of HBM. A customer says their 7B-model training runs at 18% utilization. Diagnose."
Notes: good candidates compute the ridge point (375 FLOPs/byte), ask about micro-batch size and sequence length, check whether elementwise kernels are fused, ask whether collectives overlap, and ask about the compiler's tiling for small GEMMs. Great candidates ask for a per-kernel breakdown before guessing.
~~~
Behavioural + technical question for an LLM training lead: "Tell me about a time a large training run failed in a way your monitoring didn't catch. What did you change afterwards?" I want to prep a story about a silent data-loader bug that fed the same shard to two data-parallel groups for 12 hours. How do I frame the technical part so it shows I understand large-scale pretraining, not just debugging?
"""

FM_TERSE = r"""
ring allreduce bytes per gpu, formula + why
zero3 70b 64 gpus, mem per gpu?
gpipe bubble m microbatches p stages derive
1f1b vs interleaved bubble, quick
roofline: h100 989 TF / 3.35 TB/s ridge point = ?
activation ckpt cost for one transformer layer in flops
how many all-reduce per layer megatron tp fwd+bwd
nccl hang, how find bad rank
fsdp prefetch vs memory, explain like interview
why tp stays inside node
loss spike at 40k steps 512 gpus, what do
checkpoint 1T model 16k gpus design, go
hbm vs sram for inference chip, tradeoffs
systolic array 256x256 at 1.8ghz peak tflops?
moe all2all bytes per gpu top2 formula
pp vs tp when ib is slow
"""


def fm_exercises(rng: random.Random) -> list[Item]:
    """Numeric exercises with new templates and several phrasings each."""
    out: list[Item] = []
    ex = "frontier-exercise"

    def add(text: str, kind: str = ex) -> None:
        out.append(item(tagged(rng, text, EXERCISE_TAGS, 0.55), FM, kind))

    # ring all-reduce per-worker traffic
    for _ in range(14):
        p = rng.choice([4, 8, 16, 32, 64, 128, 256, 1024])
        n = rng.choice([1, 7, 13, 34, 70])
        bw = rng.choice([25, 50, 100, 200])
        form = rng.randrange(3)
        if form == 0:
            add(
                f"A {n}B-parameter model is trained with plain data parallelism on {p} GPUs and "
                f"gradients are all-reduced in bf16 with a ring algorithm. How many bytes does "
                f"each GPU send per step? At {bw} GB/s per GPU, what is the lower bound on the "
                f"all-reduce time?"
            )
        elif form == 1:
            add(
                f"Show that ring all-reduce on p workers sends 2(p-1)/p of the buffer per worker. "
                f"Evaluate it for p = {p} and a {n}B-parameter fp32 gradient buffer, and compare "
                f"with a naive scheme where every worker sends its full buffer to rank 0."
            )
        else:
            size = rng.choice([1, 2, 4, 8])
            frac = rng.choice([0.55, 0.7, 0.8, 0.9])
            secs = size * 2 * (p - 1) / p / (bw * frac)
            add(
                f"Compute the bus bandwidth reported by nccl-tests for an all-reduce of {size} GB "
                f"across {p} ranks that takes {secs:.3f} seconds, using busbw = algbw * 2(p-1)/p. "
                f"What fraction of a {bw} GB/s link does that represent, and what would you check "
                f"if it were much lower?"
            )

    # ZeRO / FSDP memory per GPU, varied stages and sharding groups
    for _ in range(16):
        n = rng.choice([7, 13, 34, 70, 123, 175, 314, 405])
        g = rng.choice([32, 64, 128, 256, 512, 1024])
        form = rng.randrange(3)
        if form == 0:
            add(
                f"Compute the memory per GPU for a {n}B model under ZeRO-3 with {g} GPUs "
                f"(bf16 parameters and gradients, fp32 master weights and two fp32 Adam moments). "
                f"Then compute it under ZeRO-1 and ZeRO-2 and tabulate the three."
            )
        elif form == 1:
            node = 8
            n = rng.choice([1.3, 3, 7, 8, 13])
            add(
                f"With FSDP hybrid sharding, a {n}B model is sharded within each {node}-GPU node "
                f"and replicated across {g // node} nodes. How many bytes of parameters, gradients "
                f"and optimizer state does each GPU hold, and how many bytes per step cross the "
                f"inter-node network compared with full sharding over all {g} GPUs?"
            )
        else:
            tp = rng.choice([2, 4, 8])
            pp = rng.choice([2, 4, 8, 16])
            add(
                f"A {n}B model uses TP={tp}, PP={pp} and ZeRO-1 over the remaining data-parallel "
                f"ranks of a {g * 8}-GPU cluster. Compute the per-GPU bytes for weights, gradients "
                f"and optimizer state. Which term dominates, and would ZeRO-2 help?"
            )

    # pipeline bubble, new phrasings
    for _ in range(12):
        p = rng.choice([4, 6, 8, 12, 16, 24, 32, 64])
        m = rng.choice([4, 8, 16, 24, 32, 64, 96, 256])
        form = rng.randrange(3)
        if form == 0:
            add(
                f"Derive the pipeline bubble fraction for GPipe with m micro-batches and p stages, "
                f"then evaluate it for p = {p}, m = {m}. If each micro-batch forward takes 12 ms per "
                f"stage and backward 24 ms, how long is one step and how much of it is idle?"
            )
        elif form == 1:
            add(
                f"A 1F1B pipeline with {p} stages stores activations for at most how many "
                f"micro-batches on stage 1? With {m} micro-batches per step and 1.6 GB of "
                f"activations per micro-batch per stage, compute peak activation memory on the "
                f"first and the last stage."
            )
        else:
            v = rng.choice([2, 3, 4])
            add(
                f"Compare the bubble of plain 1F1B and interleaved 1F1B with {v} model chunks per "
                f"device for {p} devices and {m} micro-batches. How many extra point-to-point sends "
                f"per micro-batch does interleaving cost?"
            )

    # GEMM arithmetic intensity on a given accelerator roofline
    chips = [
        ("an accelerator", 400, 1.2),
        ("an accelerator", 1000, 3.0),
        ("a chip", 2000, 8.0),
        ("a hypothetical training chip", 1500, 4.0),
        ("an H100 SXM", 989, 3.35),
        ("an A100 80GB", 312, 2.0),
        ("an inference ASIC", 600, 1.0),
    ]
    for _ in range(18):
        name, tf, tb = rng.choice(chips)
        m_ = rng.choice([1, 16, 128, 512, 2048, 8192])
        n_, k_ = rng.choice([1024, 2048, 4096, 8192]), rng.choice([512, 1024, 4096, 8192])
        form = rng.randrange(3)
        if form == 0:
            add(
                f"Estimate the arithmetic intensity of a bf16 GEMM with M={m_}, N={n_}, K={k_} and "
                f"place it on the roofline of {name} with {tf} TFLOP/s and {tb} TB/s. Is it compute "
                f"or memory bound, and what is its best-case runtime?"
            )
        elif form == 1:
            add(
                f"Roofline exercise: {name} delivers {tf} TFLOP/s of dense bf16 and {tb} TB/s of "
                f"HBM bandwidth. (a) Compute the ridge point. (b) A linear layer with weight "
                f"{k_}x{n_} processes {m_} tokens per call; compute its intensity assuming weights "
                f"and activations are read once. (c) How many tokens per call are needed to reach "
                f"the ridge?"
            )
        else:
            add(
                f"Assuming tiles of {rng.choice([128, 256])}x{rng.choice([128, 256])} stay in SRAM, "
                f"how many bytes must a {m_}x{n_}x{k_} bf16 GEMM read from HBM on {name} "
                f"({tf} TFLOP/s, {tb} TB/s), and what utilization of the matrix units do you "
                f"expect?"
            )

    # activation recomputation quantified
    for _ in range(12):
        h = rng.choice([2048, 4096, 5120, 8192, 12288, 16384])
        s = rng.choice([2048, 4096, 8192, 16384])
        layers = rng.choice([24, 32, 48, 64, 80, 96, 126])
        b = rng.choice([1, 2, 4])
        form = rng.randrange(2)
        if form == 0:
            add(
                f"Why does activation recomputation trade compute for memory? Quantify it for a "
                f"transformer with {layers} layers, hidden size {h}, sequence length {s} and "
                f"micro-batch {b}: activation memory with and without full recomputation, and the "
                f"percentage increase in FLOPs per step."
            )
        else:
            add(
                f"Selective recomputation only recomputes the attention softmax and dropout. For "
                f"h = {h}, s = {s}, {h // 128} heads and b = {b}, compute the 5as^2b term that it "
                f"removes per layer and compare it with the 34sbh term that remains. At what "
                f"sequence length do the two terms become equal?"
            )

    # MoE, collectives, topology, faults, data
    for _ in range(10):
        e = rng.choice([8, 16, 32, 64, 128, 256])
        k = rng.choice([1, 2, 8]) if e > 8 else rng.choice([1, 2])
        h = rng.choice([2048, 4096, 7168])
        ep = rng.choice([d for d in (4, 8, 16, 32, 64) if d <= e])
        add(
            f"An MoE model has {e} experts per layer with top-{k} routing and hidden size {h}, "
            f"and experts are spread over {ep} GPUs. Derive the fraction of dispatched tokens that "
            f"leave their GPU under uniform routing and the all-to-all bytes per token per layer "
            f"(dispatch plus combine) in bf16."
        )
    for _ in range(10):
        k = rng.choice([32, 40, 48, 64, 128])
        g = rng.choice([1024, 2048, 4096, 8192, 16384, 32768])
        add(
            f"Design a non-blocking network for {g} GPUs with one NIC each, using switches of "
            f"radix {k}. How many tiers do you need, how many switches, and how many optical "
            f"cables? Compare with a rail-optimized layout with 8 rails.",
            "frontier-accel",
        )
    for _ in range(10):
        n = rng.choice([256, 512, 1000, 2048, 4000, 8192])
        mtbf = rng.choice([500, 1000, 2000, 5000, 10000])
        ck = rng.choice([30, 60, 120, 300])
        add(
            f"A training job spans {n} nodes whose individual MTBF is {mtbf} hours. Checkpoints "
            f"take {ck} seconds. Compute the job MTBF, the Young-optimal checkpoint interval, and "
            f"the expected fraction of compute lost per day."
        )
    for _ in range(8):
        rows = rng.choice([2, 4, 5, 8, 10])
        bands = rng.choice([10, 16, 20, 25, 32])
        add(
            f"For MinHash LSH with {bands} bands of {rows} rows, write the probability that two "
            f"documents with Jaccard similarity J become candidates, evaluate it at J = 0.5, 0.7 "
            f"and 0.9, and explain how you would choose bands and rows to dedup a multi-trillion "
            f"token pretraining corpus at threshold 0.8.",
            "frontier-data",
        )
    for _ in range(10):
        sa = rng.choice([64, 128, 256])
        ghz = rng.choice([0.94, 1.0, 1.5, 1.75, 2.0])
        units = rng.choice([1, 2, 4, 8])
        add(
            f"A chip has {units} systolic array{'s' if units > 1 else ''} of {sa}x{sa} bf16 MACs running at {ghz} GHz. "
            f"Compute its peak TFLOP/s (one MAC = 2 FLOPs). For a GEMM whose K dimension is 64, "
            f"estimate the utilization loss from pipeline fill and drain, and suggest a dataflow "
            f"that reduces it.",
            "frontier-accel",
        )
    for _ in range(8):
        n = rng.choice([8, 70, 175, 405])
        bw = rng.choice([1.0, 2.0, 3.35, 4.8, 8.0])
        bits = rng.choice([16, 8, 4])
        add(
            f"Show that the decode throughput of a single sequence is bounded by memory "
            f"bandwidth divided by model bytes. For a {n}B model stored in {bits}-bit weights on "
            f"an accelerator with {bw} TB/s, what is the maximum tokens/s at batch 1, and how "
            f"does the on-chip SRAM size change that bound?",
            "frontier-accel",
        )
    return out


FM_ACCEL_INTERVIEW = r"""
How would you design the memory hierarchy of a training accelerator so that attention and FFN layers both stay near peak?
Walk me through the trade-offs of putting 256 MB of SRAM on an inference chip versus adding a sixth HBM stack.
How do you pick the shape of the matrix engine (e.g. 128x128 versus four 64x64 arrays) for transformer workloads with GQA and small head dimensions?
Explain how you would evaluate a new accelerator's interconnect for tensor parallelism before tape-out.
What is the bytes-per-FLOP of an H100 from HBM, and why is that number shrinking every generation?
How would you design the on-chip network to make all-reduce cheap among the chips of a single board?
Explain why an accelerator compiler cares about fusing elementwise ops into the GEMM epilogue.
Describe how you would model the performance of a transformer layer on a chip that only exists as an RTL simulation.
What do you need in hardware to support FP8 training well: scaling, accumulation width, conversion throughput?
Why do many ML chips expose a software-managed scratchpad instead of a hardware cache, and what does that cost the compiler team?
How would you decide the number and bandwidth of chip-to-chip links for a chip meant to train MoE models?
Design the KV-cache memory management for an inference accelerator that serves 128k-token contexts.
What limits the clock frequency of a large systolic array, and how does that interact with power density?
Explain double-buffering of tiles in SRAM and why the DMA engines of an accelerator need to run concurrently with the matrix units.
If you could add one hardware feature to help distributed LLM training, what would it be and why?
How would you benchmark whether a chip's collective-communication engine actually offloads the all-reduce from its compute cores?
How do sparsity features in accelerators (2:4, block sparsity) interact with the GEMM shapes of frontier LLMs?
Explain HBM refresh, bank conflicts and why achieved bandwidth on an accelerator is typically 80-90% of the datasheet number.
What is the difference between a 2.5D interposer and a 3D-stacked design for putting memory next to an ML accelerator die?
How would you design a chip for the prefill phase versus one for the decode phase of LLM inference?
"""

FM_DATA_EXERCISES = r"""
Design a pipeline that extracts text from 90 Common Crawl snapshots, filters it, and produces a deduplicated pretraining corpus of 15T tokens. Estimate the CPU-hours per stage.
Compute how many bytes of MinHash signatures a 200-billion-document crawl needs with 112 permutations of 32-bit hashes, and propose a way to shard the LSH buckets across 4,000 workers.
Explain why suffix-array construction for exact-substring deduplication scales near-linearly with corpus size, and estimate the memory needed to build a suffix array over 2T tokens with 5-byte offsets.
Train a byte-level BPE tokenizer on three samples of the pretraining corpus (1 GB, 10 GB, 100 GB) and report how the vocabulary and compression ratio change. Discuss what sample size a frontier lab needs.
Design a quality classifier for web pages in a pretraining pipeline and explain how you would check it does not systematically remove dialects or code.
Estimate the data-loader bandwidth needed to keep 8,192 GPUs busy if each processes 8 sequences of 8,192 tokens every 5 seconds and tokens are stored as uint32.
Write the algorithm for packing variable-length documents into fixed 8k-token sequences for pretraining, and prove that your packing wastes less than a given fraction of tokens.
Design a test-set decontamination pass for a 10T-token pretraining corpus against 40 benchmarks using 13-gram overlap. Estimate its memory and compute.
Explain how you would build a deterministic, resumable global shuffle for a dataset of 40,000 tokenized shards consumed by 2,048 data-parallel ranks.
A pretraining data mixture has five sources with weights 0.55, 0.2, 0.1, 0.1, 0.05 and sizes 9T, 1T, 300B, 800B and 50B tokens. For a 12T-token run, compute the number of epochs over each source and identify which one is over-repeated.
"""

FM_EXTRA_LONG = r"""
Homework 4 (Systems for Large Models)

Q1. Show that for data parallelism with p replicas, the gradient all-reduce per step moves 2(p-1)/p x 2N bytes per GPU for a model with N parameters and bf16 gradients.
Q2. Show that ZeRO-2 keeps the same communication volume while dividing gradient and optimizer memory by p.
Q3. For N = 13B and p = 128, compute per-GPU memory under plain DP and ZeRO-2, using 2 + 2 + 12 bytes per parameter.
Q4. Explain in one paragraph why ZeRO-3 costs one extra all-gather of the parameters per step.
~~~
Interview loop, "ML systems depth" round, full prompt:

You are responsible for the training stack of a 120B dense model on 6,144 H100s. The research team wants to double sequence length to 16k for the last 10% of training. Tell me:
- how activation memory changes and whether you need recomputation or context parallelism,
- how step time changes (attention FLOPs vs. linear FLOPs),
- whether the global batch in tokens should stay constant, and
- what you would test on a 256-GPU slice before switching the main run.
~~~
ML hardware course, final project options (pick one):
(A) Build a cycle-approximate simulator of a 64x64 weight-stationary systolic array and measure utilization on the GEMMs of a 1B-parameter transformer for batch sizes 1 to 256.
(B) Measure the roofline of your GPU with microbenchmarks (peak bf16 tensor throughput, achieved HBM bandwidth) and place 20 kernels from a GPT training step on it.
(C) Compare the all-reduce performance of ring and tree algorithms on a 4-node cluster and fit an alpha-beta model.
Deliverable: 6-page report with plots and a discussion of what would change at 1,000-chip scale.
~~~
Candidate prep sheet I wrote for a pretraining infra interview — can you check the numbers?
- H100 SXM: 989 TFLOP/s dense bf16, 3.35 TB/s HBM3, 80 GB
- NVLink 4: 900 GB/s per GPU total (450 each way)
- IB NDR: 400 Gb/s = 50 GB/s per direction per NIC
- mixed-precision Adam: 16 bytes/param before activations
- training FLOPs ≈ 6 x params x tokens
- ring all-reduce: 2(p-1)/p x buffer per GPU
Anything missing I should memorize, e.g. for roofline or bubble questions?
~~~
Exercise set 8: Interconnects for ML clusters

8.1 A node has 8 accelerators, each with 18 links of 25 GB/s per direction to a switch. What is the per-accelerator and per-node scale-up bandwidth?
8.2 The scale-out network gives each accelerator one 400 Gb/s NIC. What is the ratio of scale-up to scale-out bandwidth?
8.3 Given that ratio, which parallelism dimensions belong inside the node and which across nodes? Argue with the communication volume per step of TP, PP, DP and EP for a 70B model.
8.4 Suppose a future system puts 72 accelerators in one scale-up domain. Re-do 8.3.
"""


FM_CONVOS = r"""
U: I have an ML infra interview at a frontier lab on Monday. Can you ask me a distributed training question?
A: Sure. Question 1: you are training a 70B model with ZeRO-3 on 64 GPUs. How much memory does each GPU need for parameters, gradients and Adam state, and what communication does ZeRO-3 add compared with plain data parallelism?
U: 70B times 16 bytes is 1.12 TB, divided by 64 is 17.5 GB per GPU. ZeRO-3 adds an all-gather of parameters in forward and again in backward, so it's 1.5x the traffic of DP.
A: Correct on both. Follow-up: how would you hide those all-gathers behind compute, and what limits how far ahead you can prefetch?
~~~
U: Quiz me on pipeline parallelism, one question at a time.
A: What is the bubble fraction of GPipe with p stages and m micro-batches, and why?
U: (p-1)/(m+p-1), because the first and last p-1 time slots have idle stages while the pipeline fills and drains.
A: Good. Next: why does 1F1B reduce activation memory without changing the bubble?
~~~
U: For an accelerator-architecture interview, explain how you'd place a GEMM on a roofline.
A: Compute FLOPs (2MNK) and the minimum bytes moved (the three matrices once), divide to get arithmetic intensity, and compare with the chip's ridge point, peak FLOP/s divided by memory bandwidth. Below the ridge the kernel is bandwidth bound.
U: OK, now give me a numeric version with a chip of 1.2 PFLOP/s and 3 TB/s, and don't tell me the answer.
~~~
U: Pretend you are interviewing me for a training-infrastructure role. Start with something about NCCL.
A: A 1,024-GPU job hangs at step 88,000 with no error. Every rank is waiting inside an all-reduce. How do you find out which rank caused the hang?
U: I'd look at the NCCL flight recorder or the watchdog dumps to see which rank never entered the collective, then check that node's logs for ECC or NVLink errors.
A: Good start. What would you change in the job configuration so the next hang surfaces in minutes rather than after the default timeout?
~~~
U: Give me a take-home style problem on checkpointing a huge training job and I'll try to solve it.
A: A 600B-parameter model trains on 8,192 GPUs. Full training state is 16 bytes per parameter. Storage sustains 1.5 TB/s of writes. (1) How long is a synchronous checkpoint? (2) If the job MTBF is 3 hours, what interval does Young's formula suggest? (3) What would asynchronous checkpointing to host memory change?
U: State is 9.6 TB, so 6.4 seconds at 1.5 TB/s.
"""


# =============================================================================================
# general (hard negatives in the same formats)
# =============================================================================================

GEN_TEXTBOOK = r"""
Design a URL shortener that handles 5,000 writes and 200,000 reads per second. Describe the ID scheme, the storage layout and the caching strategy, and estimate storage for five years.
Show that with consistent hashing over n servers, adding one server moves about 1/(n+1) of the keys, whereas modulo hashing moves almost all of them.
Explain why virtual nodes reduce load imbalance in consistent hashing, and estimate the standard deviation of load with 100 virtual nodes per server.
Prove that in a quorum system with N replicas, choosing R + W > N guarantees that every read quorum intersects every write quorum. Give a configuration for N = 5 that favors fast writes.
State the CAP theorem precisely and explain why 'CA' is not a meaningful choice for a system that runs across a network.
Design a token-bucket rate limiter for a single server, then extend it to a cluster of 50 servers. Discuss accuracy versus latency.
Compare fixed window, sliding log and sliding window counter rate limiters in memory use and accuracy, with a worked example of a burst at a window boundary.
Design the message delivery path of a chat application with one-to-one and group chats. How do you guarantee per-conversation ordering?
Design a news feed for a social network. Compare fan-out on write and fan-out on read for a user with 30 million followers.
Design a distributed cache with LRU eviction across 20 nodes. What happens to the hit rate when one node fails?
Design a message queue that guarantees at-least-once delivery. Explain how consumers acknowledge messages and what happens when a consumer crashes mid-processing.
Explain range-based and hash-based database sharding, and give one query pattern that each handles badly.
A users table is sharded by user_id across 16 shards. Design how a query 'find all users in a given city' should be served.
Explain how a layer-7 load balancer chooses a backend using least-connections, and when round-robin is actually better.
In Raft, show that a leader can only be elected if its log is at least as up to date as a majority of servers. Why does this guarantee the leader completeness property?
Explain why Raft requires a leader to commit an entry from its own term before it can consider earlier entries committed. Construct the failure scenario that motivates this rule.
Trace basic Paxos with three acceptors and two proposers whose prepare messages interleave. Show how the protocol avoids choosing two different values.
Explain why the Two-Phase Commit protocol blocks when the coordinator fails after sending prepare, and how Three-Phase Commit tries to fix it.
Given the events of three processes with messages between them, assign Lamport timestamps and vector clocks, and identify which pairs of events are concurrent.
Write the map and reduce functions for computing an inverted index over a collection of documents, and estimate the size of the intermediate data.
In MapReduce, why are combiners safe for computing a sum but not directly for computing a mean? Show how to make the mean work with a combiner.
A Spark job joins a 2 TB fact table with a 50 MB dimension table. Explain why a broadcast join is preferred and what the driver needs to hold.
Explain data skew in a Spark groupBy, and describe salting as a mitigation with a concrete example.
Describe what happens, step by step, when you run kubectl apply on a Deployment with 3 replicas: which components act, and in which order?
Explain how the Kubernetes scheduler filters and scores nodes, and why a pod can stay Pending even when the cluster has free CPU in total.
Compare liveness and readiness probes in Kubernetes, and give an example where a misconfigured liveness probe causes a restart loop.
A 5-stage pipelined MIPS processor executes a sequence with a load followed by a dependent add. Draw the pipeline diagram with and without forwarding and count the stall cycles.
Explain the three kinds of pipeline hazards and give one hardware technique that addresses each.
Simulate a 2-bit saturating-counter branch predictor on the branch outcome sequence T T N T T T N N T and report the prediction accuracy, starting in weakly taken.
Explain why a direct-mapped cache can have a lower hit rate than a smaller fully associative cache on some access patterns. Construct such a pattern.
Compute the number of page table entries and the page table size for a 32-bit address space with 4 KB pages and 4-byte entries. Why do real systems use multi-level page tables?
Explain write-through versus write-back caches and the role of a write buffer.
Explain the MESI protocol with a sequence of reads and writes from two cores to the same cache line.
Show that out-of-order execution with a reorder buffer still provides precise exceptions.
Derive the closed-form solution of ordinary least squares and state the condition under which X^T X is invertible.
Show that ridge regression's solution is (X^T X + lambda I)^{-1} X^T y and explain why it is always invertible for lambda > 0.
Decompose the expected squared error of an estimator into bias squared, variance and irreducible noise, and illustrate it with polynomial regression of different degrees.
Build a scikit-learn Pipeline that imputes missing values, one-hot encodes categorical columns, scales numeric ones and fits a logistic regression. Explain why the scaler must be inside the pipeline during cross-validation.
Fine-tune a small BERT model on a dataset of 3,000 labelled customer reviews. Describe your train/validation split, learning rate, number of epochs and how you will detect overfitting.
Evaluate a binary classifier on an imbalanced dataset (2% positives). Compare accuracy, ROC AUC and PR AUC, and explain which one you report to stakeholders.
Design features for predicting whether a customer will churn next month from transaction logs. List at least ten features and explain the leakage risks.
An A/B test on a checkout page shows conversion of 4.1% (control) and 4.4% (treatment) with 20,000 users per arm. Compute the z-statistic and a 95% confidence interval for the difference.
Explain why peeking at an A/B test every day and stopping at the first significant result inflates the false positive rate. Suggest a correct alternative.
Implement k-fold cross-validation from scratch for a k-nearest-neighbours classifier and use it to choose k.
Show that logistic regression's log-loss is convex in the weights.
Explain the difference between a star schema and a snowflake schema, and design one for an online store's sales data.
Design a daily ETL pipeline in Airflow that loads orders from a Postgres replica into a warehouse, with idempotent reruns for any past date.
Explain slowly changing dimensions of type 1 and type 2 and implement type 2 for a customer address table in SQL.
Design the partitioning of a Parquet data lake of clickstream events so that queries by date and by country are both efficient.
Compare Kafka's at-most-once, at-least-once and exactly-once semantics, and show which producer and consumer settings give each.
Design a distributed unique ID generator producing 64-bit, roughly time-ordered IDs at 100,000 per second across 200 machines.
Design an object storage service like S3: metadata, data placement, replication versus erasure coding, and durability targets.
Explain the write path of an LSM-tree storage engine and the trade-off between leveled and size-tiered compaction.
Explain why B+-trees are preferred over binary search trees for on-disk indexes, using the number of disk reads for a lookup among 10^9 keys.
Explain read-your-writes, monotonic reads and causal consistency, and give a user-visible bug that each one prevents.
Design a leaderboard service that returns a user's rank among 100 million users within 50 ms.
Design a web crawler's URL frontier that enforces politeness per host and prioritizes fresh pages.
Explain Little's law and use it to size the connection pool of a service with 800 requests per second and a mean latency of 120 ms.
Describe how a Bloom filter works, derive its false-positive rate, and choose the number of hash functions for 1% false positives.
Prove that the amortized cost of appending to a dynamic array with doubling is O(1).
Explain the gossip protocol for membership in a cluster and estimate how many rounds it takes for a rumor to reach all of 1,000 nodes.
"""

GEN_PROBLEM_SETS = r"""
Problem Set 2 — Distributed Systems (undergraduate)

1. A key-value store replicates each key on N = 3 nodes. For each of (R, W) = (1, 1), (2, 2), (1, 3) and (3, 1), say whether a read is guaranteed to see the latest acknowledged write, and what happens to availability when one node is down.
2. Explain sloppy quorums and hinted handoff. Why do they weaken the guarantee from part 1?
3. Two clients write different values to the same key concurrently. Show how vector clocks detect the conflict and how the application could resolve it for a shopping cart.
4. (Bonus) Why do many systems use last-writer-wins anyway, and what data can it silently lose?
~~~
Homework 6: Consensus

(a) A Raft cluster has 5 servers. How many can fail while the cluster still commits entries? What about 6 servers, and why is an even number rarely used?
(b) Server S1 is leader in term 4 and replicates entry e at index 7 to S2 only, then crashes. S3 is elected in term 5. Can e be lost? Explain with the election restriction.
(c) Describe what a client must do to get exactly-once semantics for its commands when the leader crashes after applying a command but before replying.
(d) How does a Raft leader serve linearizable reads without writing to the log?
~~~
CS 3410-style computer architecture problem

A program has the following dynamic instruction mix: 40% ALU, 25% loads, 10% stores, 25% branches. On a 5-stage pipeline:
- 30% of loads are immediately followed by a dependent instruction (1 stall cycle with forwarding),
- branches are resolved in the EX stage and 60% are taken, with a predict-not-taken policy (2-cycle penalty when taken).
1. Compute the CPI.
2. Compute the CPI if a branch predictor with 90% accuracy and a 2-cycle misprediction penalty is added.
3. If the clock is 2 GHz, how long does the program take for 10^9 instructions in each case?
~~~
Design exercise: Build a rate limiter service

Requirements: per-API-key limits (e.g. 100 requests per second, 10,000 per day), 40 API gateway nodes, p99 added latency under 3 ms, and correct behavior when the shared store is briefly unreachable.
1. Choose an algorithm and justify it.
2. Describe the data stored per key and its size for 2 million active keys.
3. Explain how you keep limits approximately correct if each gateway caches counts locally for 100 ms.
4. Describe the response headers returned to clients.
5. Discuss fail-open versus fail-closed when the store is down.
~~~
Intro Machine Learning, Assignment 3: Linear regression

Dataset: 506 rows, 13 numeric features, target = median house value.
1. Fit ordinary least squares with numpy using the normal equation and report the training RMSE.
2. Fit the same model with scikit-learn's LinearRegression and confirm the coefficients match.
3. Standardize the features and fit Ridge with alpha in {0.01, 0.1, 1, 10, 100} using 5-fold cross-validation. Plot validation RMSE against alpha.
4. Which features have the largest standardized coefficients? Why is interpreting them as causal effects dangerous?
5. Plot residuals against fitted values and comment on heteroscedasticity.
~~~
Statistics for Data Science, Problem 4 (A/B testing)

A product team wants to detect a lift in click-through rate from 10.0% to 10.5%.
(a) Using a two-sided test with alpha = 0.05 and power 0.8, estimate the sample size per group.
(b) Traffic is 30,000 eligible users per day split 50/50. How many days must the test run?
(c) The test is stopped after 4 days because p = 0.03. Explain why this is a problem.
(d) Name two guardrail metrics you would monitor.
~~~
Midterm (Databases), question 3 — 20 points

A table orders(order_id, customer_id, created_at, total) has 500 million rows.
(a) [5] Which index would you create for the query SELECT * FROM orders WHERE customer_id = ? ORDER BY created_at DESC LIMIT 20? Explain the column order.
(b) [5] Estimate the height of a B+-tree index on order_id with 8 KB pages and 16-byte entries.
(c) [5] The table will be sharded across 32 servers. Compare sharding by customer_id and by order_id for this workload.
(d) [5] Describe how you would reshard from 32 to 64 servers without downtime.
~~~
Take-home assignment (Backend Engineer)

Build a small URL shortener service in the language of your choice:
- POST /links creates a short code for a long URL (codes must be 7 characters, base62)
- GET /{code} redirects with 301 or 302 (justify which)
- codes must never collide, even with multiple instances running
- include a README that explains how you would scale to 100 million links and 10,000 redirects per second, including caching and analytics
We will evaluate code quality, tests and the clarity of your scaling discussion. Time budget: about 4 hours.
~~~
Data Engineering course, Lab 5: Spark

You are given 400 GB of JSON clickstream logs in S3 (one file per hour).
1. Load one day and count events per user. Report the number of partitions Spark chose and the job duration.
2. Rewrite the job to read Parquet partitioned by date and compare the time.
3. Join with a 20 MB users table; show the physical plan before and after forcing a broadcast join.
4. Identify the skewed key in the groupBy and fix it with salting. Report the new stage times.
5. Write two paragraphs on when you would use Spark versus a single large machine with DuckDB for this data.
~~~
Machine Learning Systems Design, Exercise 7

A company wants to predict delivery times for a food app. Define the prediction target precisely, list features available at prediction time, choose an offline evaluation metric, and design an online A/B test. Explain how you would detect training/serving skew and how often you would retrain a gradient-boosted model on the last 90 days of orders.
~~~
Quiz 3 — Kubernetes fundamentals

1. What is the difference between a Deployment, a StatefulSet and a DaemonSet? Give one use for each.
2. A pod has requests cpu: 500m, memory: 256Mi and limits cpu: 1, memory: 512Mi. What happens when it uses 700Mi? When it uses 1.5 CPUs?
3. Explain how a Service of type ClusterIP routes traffic to pods.
4. What does a HorizontalPodAutoscaler need in order to scale on CPU, and why might it oscillate?
~~~
Chapter 5 exercises (Caches)

5.1 A 64 KB, 4-way set-associative cache has 64-byte blocks and 32-bit addresses. Compute the number of sets and the tag, index and offset widths.
5.2 For the address stream 0x0000, 0x1000, 0x2000, 0x0000, 0x3000, 0x4000, 0x0000 on a 16 KB direct-mapped cache with 64-byte blocks, classify each access as hit or compulsory/conflict/capacity miss.
5.3 Explain why increasing block size first lowers and then raises the miss rate.
5.4 Rewrite a row-major matrix transpose to improve spatial locality using blocking, and explain the choice of block size.
~~~
Interview take-home (Data Scientist)

You receive a CSV of 50,000 loan applications with 30 columns and a default flag (7% positive).
Part 1: exploratory analysis — missing values, distributions, obvious leakage columns.
Part 2: build a baseline logistic regression and a gradient-boosted model with scikit-learn pipelines; use stratified 5-fold cross-validation.
Part 3: report ROC AUC, PR AUC and a calibration plot; choose a threshold given that a missed default costs 10x a rejected good loan.
Part 4: write a one-page summary for a non-technical credit manager.
~~~
Algorithms problem set 4

1. Prove that Dijkstra's algorithm is incorrect with negative edge weights by giving a 3-node counterexample.
2. Design an O(n log n) algorithm to find the closest pair of points in the plane and prove its running time.
3. Given an array of n integers, find the length of the longest increasing subsequence in O(n log n).
4. Show that any comparison-based sorting algorithm needs Omega(n log n) comparisons in the worst case.
~~~
NLP course, Assignment 4: fine-tuning a pretrained encoder

Fine-tune distilbert-base-uncased on a sentiment dataset of 8,000 movie reviews on a single Colab GPU.
(a) Report accuracy and macro F1 on the provided test set after 2, 3 and 4 epochs with learning rates 2e-5 and 5e-5.
(b) Compare with a TF-IDF + logistic regression baseline.
(c) Inspect 20 misclassified reviews and categorize the errors.
(d) Estimate how long training took and the GPU memory used, and explain what limits the batch size.
~~~
System design interview practice: Design a notification service

Functional: send email, SMS and push notifications triggered by other services; user preferences and quiet hours; templates.
Non-functional: 50 million notifications per day, peaks of 10x at 9am, no duplicates to a user within 10 minutes.
Walk through: the API, the queueing layer, the workers per channel, retry with backoff, deduplication, third-party provider failover, and the metrics you would alert on.
~~~
Operating systems exercise sheet 3

1. Five processes arrive at time 0 with burst times 10, 1, 2, 1, 5. Compute the average waiting time under FCFS, SJF and round robin with quantum 2.
2. Explain why a page fault on a dirty page is more expensive than on a clean page.
3. Describe a scenario with two threads and two mutexes that deadlocks, and fix it with lock ordering.
~~~
Computer Architecture final, question 6

A processor runs at 3 GHz with a base CPI of 1.0 when all memory accesses hit in L1. 35% of instructions are loads or stores. The L1 miss rate is 4%, the L2 hit time is 12 cycles, the L2 local miss rate is 25% and main memory latency is 80 ns.
(a) Compute the effective CPI.
(b) What is the speedup if a prefetcher halves the L2 miss rate?
(c) Explain why adding an L3 cache might not help a streaming workload.
"""

GEN_INTERVIEW_SYS = r"""
Design a URL shortener. Start with the API, then tell me how you'd generate the codes.
Walk me through how you would build a rate limiter for our public API.
Design a chat app like Slack: channels, presence, message history and search.
How would you design the news feed for a photo-sharing app with 50 million daily users?
Design a distributed cache in front of our product database. How do you handle invalidation?
Design a message queue from scratch. What guarantees do you give producers and consumers?
How would you shard a users table when we outgrow a single Postgres primary?
Explain consistent hashing to me as if I were a new grad, then tell me where you'd use it.
How does a load balancer decide where to send a request, and what happens when a backend is slow but not dead?
Explain the CAP theorem and tell me which side you would pick for a payment ledger and why.
Design a parking lot reservation system for a chain of 500 garages.
Design a collaborative document editor like Google Docs. How do you merge concurrent edits?
Design a ride-hailing dispatch system. How do you find the nearest available drivers quickly?
Design a stock exchange order matching engine. What are the latency and fairness requirements?
Design a feature-flag service used by 300 microservices. How do flags reach services within seconds?
Design a metrics and alerting system. How do you store high-cardinality time series?
Design a video-on-demand service. Where do CDNs come in and how do you handle adaptive bitrate?
Design an email service like Gmail's backend: storage, search and spam filtering at a high level.
Design a distributed web crawler and tell me how you avoid crawling the same page twice.
Design a proximity service that finds restaurants within 2 km of a user.
Design a hotel booking system that never double-books a room.
Design an online judge for coding contests that runs untrusted code submissions.
Design a payment system that charges customers exactly once even when the network fails.
Design a key-value store. Walk me through replication, partitioning and failure detection.
Design Instagram Stories, including expiry after 24 hours.
Design a pastebin with expiring and private pastes.
Design a typeahead suggestion service for a search bar with 10 million queries per hour.
Design the backend for a multiplayer game lobby and matchmaking.
Design a system that sends 1 billion push notifications in an hour for a breaking news alert.
How would you design the seat-selection step of an airline booking site under heavy contention?
What is a write-ahead log and why do databases and queues both use one?
How do you prevent cache stampedes when a hot key expires?
How would you migrate a monolith's database to per-service databases without downtime?
Explain leader election and give me two ways to implement it in production.
How would you design idempotent retries for a service that calls a flaky third-party API?
What is the difference between strong consistency and eventual consistency from a user's point of view?
When would you use a queue versus a pub/sub topic?
How would you design a system to count unique visitors per page per day at web scale? Exact or approximate?
Walk me through what happens when I type a URL in the browser and press enter.
How would you scale a read-heavy API from 1,000 to 100,000 requests per second?
What metrics would you put on the dashboard of a web service, and what would page the on-call engineer?
How would you run a database schema migration on a table with a billion rows?
Explain the difference between horizontal partitioning and replication, and why you usually need both.
How would you design a distributed lock, and why is a lease with a fencing token safer than a plain lock?
Explain how Kafka achieves high throughput and what a partition is for.
Explain the Raft log replication path from a client request to a committed entry.
What is the role of ZooKeeper or etcd in a distributed system?
How does MapReduce handle a worker that dies halfway through a map task?
Why does a Spark job spill to disk, and how would you tune it?
What happens inside Kubernetes when a node goes down with 40 pods on it?
How would you design blue-green deployments for a stateful service?
"""

GEN_INTERVIEW_ARCH = r"""
Explain what a branch predictor does and why a misprediction is expensive on a deep pipeline.
What is the difference between a cache hit in L1 and L3 in terms of cycles on a modern CPU, roughly?
Explain false sharing and how you'd detect it in a multithreaded C++ program.
What is pipelining in a CPU and why doesn't a 20-stage pipeline give 20x speedup?
Describe the difference between a write-back and a write-through cache.
What does a TLB do, and what happens on a TLB miss?
Explain out-of-order execution and register renaming to an interviewer who is a software engineer.
What is the memory wall in CPU design?
Why do CPUs have separate L1 instruction and data caches?
What is SIMD, and how would you vectorize a loop that sums an array of floats?
Explain cache coherence and why it becomes expensive with many cores.
How does hyper-threading improve throughput, and when can it hurt performance?
What is the difference between latency and throughput for a CPU instruction?
How would you make a tight loop in C faster if perf shows it is dominated by L2 misses?
Explain NUMA and how it affects a database server with two sockets.
"""

GEN_INTERVIEW_DS = r"""
Explain the bias-variance trade-off and how it shows up in a learning curve.
How would you evaluate a classifier when only 1% of the examples are positive?
Walk me through how you'd set up an A/B test for a new checkout button.
What's the difference between a t-test and a z-test, and when do you use each in an A/B test?
How would you explain a p-value to a product manager?
What is multicollinearity, and how does it affect a linear regression?
How would you choose between logistic regression and a random forest for a churn model?
You trained a model with 95% accuracy and the business says it is useless. What happened?
How do you handle missing values in a tabular dataset, and when is dropping rows acceptable?
What is target leakage? Give an example from a credit-risk model.
How would you detect that a deployed model's inputs have drifted?
Walk me through fine-tuning BERT for a text classification task with 2,000 labelled examples.
How would you build a baseline for a sentiment task before reaching for transformers?
What is cross-validation and why do we stratify it?
How do you choose the decision threshold of a classifier in a fraud setting?
Explain regularization in logistic regression and how C in scikit-learn relates to it.
What are precision and recall, and when would you optimize each?
How would you measure the impact of a feature launch when you could not run an A/B test?
What is Simpson's paradox? Give an example from a product dashboard.
Explain the central limit theorem and why it matters for A/B testing.
How would you design features for a model that predicts late deliveries?
Explain how gradient boosting builds trees one after another.
What is the difference between bagging and boosting, and which reduces variance?
How do you decide how many clusters to use in k-means?
How would you evaluate a recommendation model offline, and why might offline metrics disagree with an A/B test?
What's the difference between L1 and L2 regularization in terms of the solutions they produce?
You have a dataset with 200 features and 500 rows. What are you worried about and what do you do?
How do you deal with seasonality when forecasting weekly sales?
Explain the difference between a confidence interval and a prediction interval for a regression.
Write a SQL query that returns each user's second most recent order.
Write a SQL query for 7-day rolling average revenue per day.
How would you compute retention cohorts in SQL from a table of logins?
What is a window function and how is it different from GROUP BY?
How would you sample 1% of users consistently across tables?
How do you know whether a small increase in conversion is practically significant, not just statistically significant?
Walk me through an ML project you did end to end: data, model, evaluation, deployment.
When would you use a pretrained embedding model instead of training your own features?
What does scikit-learn's Pipeline give you beyond convenience?
How would you explain ROC AUC to someone who has never heard of it?
Your model performs well offline but poorly after deployment. List possible causes.
"""

GEN_INTERVIEW_BEHAV = r"""
Tell me about a time you disagreed with your manager about a technical decision. What happened?
Describe a project that failed. What would you do differently?
Tell me about a time you had to deliver with an unclear specification.
How do you prioritize when three stakeholders all say their request is urgent?
Tell me about a production incident you were responsible for and how you handled the post-mortem.
Describe a time you mentored a junior engineer through a hard problem.
What's the most technically complex thing you've built, and what trade-offs did you make?
Tell me about a time you pushed back on a deadline.
How do you handle receiving critical code review feedback?
Why do you want to leave your current role, and why this team?
Tell me about a time you changed your mind based on data.
Describe a situation where you had to learn a new technology quickly to finish a project.
"""

GEN_INTERVIEW_CODE = r"""
Given an array of integers and a target, return the indices of two numbers that add up to the target. What is the time complexity of your solution?
Reverse a singly linked list in place, iteratively and recursively.
Find the length of the longest substring without repeating characters.
Implement an LRU cache with O(1) get and put.
Merge k sorted linked lists. Analyze the complexity with a heap.
Given a binary tree, return its level-order traversal.
Detect a cycle in a directed graph and return one cycle if it exists.
Implement a trie that supports insert, search and startsWith.
Given a list of meeting intervals, find the minimum number of rooms required.
Serialize and deserialize a binary tree.
Find the kth largest element in an unsorted array in expected linear time.
Given a grid of 0s and 1s, count the number of islands.
Implement a rate limiter class that allows N calls per second per user.
Write a function that returns all permutations of a string with duplicate characters, without duplicates in the output.
Given a stream of integers, maintain the running median.
Implement binary search on a rotated sorted array.
Find the shortest path in an unweighted grid with obstacles from the top-left to the bottom-right corner.
Design and implement a thread-safe bounded blocking queue.
Given course prerequisites, return an order in which all courses can be taken, or report that it is impossible.
Compute the edit distance between two strings and explain the DP table.
"""

GEN_INTERVIEW_LONG = r"""
I have a system design interview at a fintech next week. Can you quiz me? Start with "design a payment ledger", ask one question at a time, and tell me after each answer what a senior candidate would add.
~~~
Can you act as the interviewer for a backend system design round? The role is "Senior Software Engineer, Platform". Give me the prompt, let me ask clarifying questions, and then push back on my design the way a real interviewer would.
~~~
Prep notes for my distributed systems interview — can you check them?
- Raft: leader election with randomized timeouts, log replication, commit when a majority has the entry
- Paxos: prepare/promise, accept/accepted, majority quorums
- CAP: under a partition choose consistency or availability
- 2PC blocks if the coordinator dies
- vector clocks detect concurrent writes
What am I missing for a 45-minute round at a database company?
~~~
Interviewer script, system design, question 1 of 2:

"Design a rate limiter for our API gateway. We have 30 gateway instances and 5 million API keys."

Follow-ups if the candidate stalls: Where is the counter stored? What happens if Redis is down? How do you tell the client when to retry? How would you let enterprise customers buy higher limits without a deploy?
~~~
I'm interviewing for a data scientist role at an e-commerce company. They said the technical round includes "an A/B testing case and a modeling case". Can you give me one of each, at the difficulty of a real interview, and then grade my answers?
~~~
Take-home for candidates (Data Engineer):

We provide three CSV exports (orders, customers, products; about 2 million rows total). Build a small pipeline that loads them into DuckDB or Postgres, models them into a star schema, and produces a daily revenue-by-category report. Include tests for data quality (nulls, duplicates, referential integrity), a short README on how you would schedule it in Airflow, and how you would handle late-arriving orders. Time budget: 3-4 hours.
~~~
Mock interview for a machine learning engineer role at a mid-size SaaS company:

1. How would you build a model that routes support tickets to the right team? We have 40,000 labelled tickets.
2. Would you fine-tune a small transformer or use TF-IDF with a linear model first? Why?
3. How do you evaluate it before launch, and what metric do you track after launch?
4. How do you handle new ticket categories added every quarter?
Please answer these as a strong candidate would, briefly.
~~~
My answer to "design a URL shortener" — please critique:
"Clients call POST /shorten. A service takes an ID from a counter that hands out ranges of 1,000 IDs to each app server, encodes it in base62, and stores (code, url, created_at) in a key-value store. Redirects are served from a Redis cache in front of the store with a 24h TTL. For analytics, every redirect publishes an event to Kafka and a consumer aggregates clicks per code."
~~~
Quiz me on computer architecture for my hardware-adjacent SWE interview: caches, pipelining, branch prediction, virtual memory. Rapid fire, 12 questions, answers at the end.
~~~
Staff engineer interview prompt at a logistics company:

"Our order-tracking system handles 20,000 location updates per second from delivery vans and must show customers their driver's position within 3 seconds. Today it is a single Postgres database and it is falling over. Design the replacement and tell me how you would migrate without downtime."
~~~
I keep blanking on behavioural questions. Can you give me five common ones for a senior backend role and show me how to structure answers with STAR, using an example about migrating a service from a VM fleet to Kubernetes?
~~~
Coding interview practice: I'll paste my solution to "LRU cache" in Python. Please review it like an interviewer would — correctness, complexity, edge cases, and what follow-up you'd ask.

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
    def get(self, k):
        if k not in self.d: return -1
        self.d.move_to_end(k)
        return self.d[k]
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap: self.d.popitem(last=False)
~~~
Here is my answer to "explain the bias-variance trade-off" — how would an interviewer rate it?
"High-bias models are too simple and underfit, like a straight line through curved data. High-variance models fit noise and change a lot between training sets, like a deep decision tree. Total expected error is bias squared plus variance plus noise, so we pick model complexity, or regularization strength, using cross-validation to minimize validation error."
"""

GEN_TERSE = r"""
url shortener design, go
rate limiter token bucket vs sliding window quick
consistent hashing why virtual nodes
cap theorem example pls
raft vs paxos in one paragraph
2pc why blocking
cache: write-through vs write-back
branch predictor 2-bit counter explain
amat formula with l1 l2
bias variance tradeoff for interview, short
precision recall f1 from confusion matrix, how
sklearn pipeline with columntransformer example
ab test sample size formula
kafka partitions vs consumer groups
k8s pod pending why
spark shuffle explain simply
mapreduce word count pseudo code
lru cache o(1) how
sql second highest salary
star schema vs snowflake
"""


GEN_CONVOS = r"""
U: I have a system design interview on Monday. Can you ask me a question?
A: Sure. Design a rate limiter that allows each API key 100 requests per minute across 20 API servers. Start with the algorithm you would use.
U: A token bucket per key stored in Redis, refilled based on the timestamp of the last request, updated with a Lua script so it's atomic.
A: Good. Follow-up: Redis becomes unreachable for 30 seconds. What does your limiter do, and why?
~~~
U: Quiz me on caches for my computer architecture exam.
A: A 32 KB, 8-way set-associative cache has 64-byte lines and 48-bit addresses. How many sets are there, and how many bits are in the tag?
U: 32768/64 = 512 lines, /8 = 64 sets, so 6 index bits and 6 offset bits, tag = 36 bits.
A: Correct. Next: what kind of miss does increasing associativity reduce, and which kind does it not help with?
~~~
U: Pretend you're interviewing me for a data scientist role. Ask me something about A/B tests.
A: We ran a test on a new onboarding flow. Conversion went from 12.0% to 12.6% with 8,000 users per arm. Is that significant, and what else would you want to know before shipping?
U: The standard error of the difference is about sqrt(0.12*0.88/8000*2), roughly 0.0051, so z is about 1.17. Not significant at 5%.
A: Right. What would you tell the PM who wants to ship anyway because the lift is positive?
~~~
U: Give me a Raft question like the ones on my distributed systems midterm.
A: A 5-node Raft cluster is partitioned into groups of 2 and 3. The old leader is in the group of 2. What happens to client writes in each partition, and what happens when the partition heals?
U: The group of 3 elects a new leader with a higher term and keeps committing. The old leader can't reach a majority so its new entries never commit; when it heals it sees the higher term, steps down, and its uncommitted entries get overwritten.
A: Exactly right. Follow-up: how does a client that sent a write to the old leader find out whether it was applied?
~~~
U: Act as an interviewer and ask me an ML question for a junior ML engineer role.
A: You have 5,000 labelled product reviews and want a sentiment classifier. Walk me through what you'd try first and how you'd evaluate it.
U: TF-IDF plus logistic regression as a baseline with stratified cross-validation, then fine-tune a small pretrained model like DistilBERT and compare macro F1 on a held-out test set.
A: Good. The fine-tuned model is 3 points better but ten times slower to serve. How do you decide?
"""


def fm_exercises_more(rng: random.Random) -> list[Item]:
    """Communication-overlap, context-parallel, inference-chip and batch-size exercises."""
    out: list[Item] = []

    def add(text: str, kind: str = "frontier-exercise") -> None:
        out.append(item(tagged(rng, text, EXERCISE_TAGS, 0.5), FM, kind))

    for _ in range(12):
        h = rng.choice([4096, 6144, 8192, 12288, 16384])
        s = rng.choice([2048, 4096, 8192])
        b = rng.choice([1, 2, 4, 8])
        tp = rng.choice([4, 8, 16])
        link = rng.choice([("NVLink at 450 GB/s", 450), ("400 Gb/s InfiniBand (50 GB/s)", 50)])
        add(
            f"In a tensor-parallel transformer layer with TP={tp}, each all-reduce operates on "
            f"the activation tensor of shape (b={b}, s={s}, h={h}) in bf16. Compute the bytes per "
            f"all-reduce, the ring all-reduce time over {link[0]}, and the total per layer for "
            f"forward and backward. Compare with the layer's GEMM time at 600 TFLOP/s per GPU."
        )
    for _ in range(10):
        n = rng.choice([1.3, 7, 13, 30, 70])
        g = rng.choice([16, 64, 256, 1024])
        bw = rng.choice([25, 50, 100])
        t = rng.choice([0.8, 1.5, 3.0, 6.0])
        add(
            f"A {n}B-parameter model is trained with DDP on {g} GPUs. The backward pass takes "
            f"{t} s and gradients are all-reduced in bf16 buckets as they become ready, at "
            f"{bw} GB/s effective bus bandwidth per GPU. How much of the all-reduce can overlap "
            f"with backward, and what is the exposed communication time per step? What would "
            f"gradient accumulation over 4 micro-batches change?"
        )
    for _ in range(8):
        s = rng.choice([32768, 131072, 262144, 1048576])
        cp = rng.choice([4, 8, 16, 32, 64])
        h = rng.choice([4096, 8192])
        kv = rng.choice([8, 16])
        add(
            f"Context parallelism with ring attention splits a {s}-token sequence over {cp} GPUs. "
            f"The model has hidden size {h}, head dimension 128 and {kv} KV heads (GQA). Compute "
            f"the KV bytes each GPU sends per layer in the forward pass in bf16, and the "
            f"attention FLOPs per GPU per ring step. Is the exchange hidden behind compute on a "
            f"chip with 900 TFLOP/s and 200 GB/s of neighbour bandwidth?"
        )
    for _ in range(8):
        layers = rng.choice([32, 80, 126])
        kvh = rng.choice([8, 16])
        ctx = rng.choice([8192, 32768, 131072])
        users = rng.choice([16, 64, 256])
        add(
            f"You are sizing HBM for an inference accelerator serving a model with {layers} "
            f"layers, {kvh} KV heads of dimension 128, and contexts of {ctx} tokens for {users} "
            f"concurrent users. Compute the KV-cache bytes per token and in total in bf16 and in "
            f"fp8, and decide how many chips of 144 GB each are needed once the weights are "
            f"included.",
            "frontier-accel",
        )
    for _ in range(8):
        g = rng.choice([512, 2048, 8192, 16384])
        tpg = rng.choice([600, 1200, 2500, 4000])
        add(
            f"A cluster of {g} GPUs sustains {tpg} tokens/s per GPU while pretraining. How many "
            f"tokens does it process per day, how many days does a 15T-token run take, and what "
            f"does a 3% loss of goodput from restarts cost in GPU-hours over the run?"
        )
    for _ in range(8):
        seq = rng.choice([2048, 4096, 8192])
        dp = rng.choice([64, 128, 256, 512])
        mb = rng.choice([1, 2, 4])
        acc = rng.choice([1, 2, 4, 8])
        seqs = dp * mb * acc
        add(
            f"The target global batch is {seqs} sequences of {seq} tokens "
            f"({seqs * seq / 1e6:.1f}M tokens). With {dp} "
            f"data-parallel replicas and micro-batch {mb}, how many gradient-accumulation steps "
            f"are needed? If the data-parallel degree doubles after a cluster expansion, what must "
            f"change to keep the optimization identical?"
        )
    return out


def gen_exercises(rng: random.Random) -> list[Item]:
    """Numeric coursework and interview exercises for the general label."""
    out: list[Item] = []

    def add(text: str, kind: str) -> None:
        out.append(item(tagged(rng, text, EXERCISE_TAGS, 0.5), GEN, kind))

    sd = "general-sysdesign"
    ds = "general-distsys"
    ca = "general-comparch"
    ml = "general-ml-exercise"
    de = "general-dataeng"

    for _ in range(12):
        n = rng.choice([4, 5, 8, 10, 16, 20, 50])
        add_n = rng.choice([1, 2, 4])
        keys = rng.choice([1, 10, 50, 200])
        vn = rng.choice([1, 50, 100, 256])
        add(
            f"A cache cluster uses consistent hashing with {n} servers and {vn} virtual node(s) "
            f"per server, storing {keys} million keys. Approximately how many keys move when "
            f"{add_n} server(s) are added? How many would move with hash(key) mod n? Why do "
            f"virtual nodes matter for the answer's variance?",
            sd,
        )
    for _ in range(10):
        n = rng.choice([3, 5, 7])
        r = rng.randint(1, n)
        w = rng.randint(1, n)
        add(
            f"A Dynamo-style store uses N={n}, R={r}, W={w}. Is every read guaranteed to see the "
            f"latest acknowledged write? How many replica failures can reads and writes each "
            f"tolerate? Propose a different (R, W) for a read-heavy workload.",
            ds,
        )
    for _ in range(8):
        n = rng.choice([3, 4, 5, 6, 7, 9])
        add(
            f"A Raft cluster has {n} servers. How many failures can it tolerate while still "
            f"committing new entries? How many servers must acknowledge an entry before it is "
            f"committed? Would adding one more server improve fault tolerance?",
            ds,
        )
    services = [
        ("a URL shortener", "new links", "redirects"),
        ("a pastebin", "new pastes", "paste views"),
        ("a photo-sharing app", "uploads", "photo views"),
        ("a short-video app", "uploads", "video plays"),
        ("a food-review site", "reviews written", "page views"),
        ("a messaging app", "messages sent", "message reads"),
        ("a job board", "postings", "searches"),
        ("a music streaming service", "playlist edits", "song plays"),
        ("a web analytics product", "tracked events", "dashboard queries"),
        ("a ticket marketplace", "purchases", "event page views"),
    ]
    for _ in range(24):
        name, w, r = rng.choice(services)
        wd = rng.choice([0.1, 1, 5, 20, 100, 500])
        ratio = rng.choice([10, 50, 100, 1000])
        size = rng.choice([0.5, 1, 2, 10, 200])
        yrs = rng.choice([1, 3, 5, 10])
        add(
            f"Capacity estimate for {name}: {wd} million {w} per day, a read:write ratio of "
            f"{ratio}:1 ({r}), and about {size} KB stored per write. Estimate average and peak "
            f"write and read QPS, storage after {yrs} year{'s' if yrs > 1 else ''} with 3x replication, and the cache "
            f"size needed to hold 20% of a day's reads.",
            sd,
        )
    for _ in range(10):
        k = rng.choice([6, 7, 8])
        rate = rng.choice([100, 1000, 5000, 20000])
        add(
            f"A URL shortener uses {k}-character base62 codes. How many distinct codes exist? At "
            f"{rate} new links per second, how many years until the space is exhausted? If codes "
            f"are random, estimate the probability of a collision after one billion links.",
            sd,
        )
    for _ in range(12):
        ld = rng.choice([15, 20, 25, 30])
        dep = rng.choice([20, 30, 40, 50])
        br = rng.choice([12, 15, 20, 25])
        taken = rng.choice([50, 60, 65, 70])
        pen = rng.choice([1, 2, 3])
        acc = rng.choice([85, 90, 95, 98])
        add(
            f"On a classic 5-stage pipeline, loads are {ld}% of instructions and {dep}% of them "
            f"are followed by a dependent instruction (1 stall with forwarding). Branches are "
            f"{br}% of instructions, {taken}% taken, with a {pen}-cycle penalty per taken branch "
            f"under predict-not-taken. Compute the CPI, then recompute it with a predictor that "
            f"is {acc}% accurate and the same penalty on a misprediction.",
            ca,
        )
    for _ in range(10):
        seq = "".join(rng.choice("TN") for _ in range(rng.randint(8, 14)))
        start = rng.choice(["strongly not taken", "weakly not taken", "weakly taken"])
        add(
            f"A branch has the outcome sequence {' '.join(seq)}. Simulate a 1-bit predictor and "
            f"a 2-bit saturating counter that starts in '{start}', and report the number of "
            f"mispredictions for each.",
            ca,
        )
    for _ in range(10):
        bits = rng.choice([32, 39, 48])
        page = rng.choice([4, 16, 64])
        tlb = rng.choice([32, 64, 128, 1536])
        pte = rng.choice([4, 8])
        add(
            f"A system has {bits}-bit virtual addresses, {page} KB pages and {pte}-byte page "
            f"table entries. How large would a single-level page table be? What is the reach of a "
            f"{tlb}-entry TLB? How many levels does a radix page table need if each level fits in "
            f"one page?",
            ca,
        )
    for _ in range(6):
        k = rng.choice([5, 8, 10, 12, 20])
        add(
            f"A non-pipelined datapath takes 10 ns per instruction. It is split into {k} stages "
            f"with a 0.2 ns latch overhead each, and the slowest stage is 20% longer than the "
            f"average. Compute the clock period, the ideal speedup for a long program, and "
            f"explain why hazards reduce it further.",
            ca,
        )
    for _ in range(12):
        n = rng.choice([4, 5, 6])
        xs = sorted(rng.sample(range(0, 12), n))
        a = rng.choice([-2, -1, 1, 2, 3])
        b = rng.choice([0, 1, 4, 10])
        ys = [a * x + b + rng.choice([-2, -1, 0, 1, 2]) for x in xs]
        pts = ", ".join(f"({x}, {y})" for x, y in zip(xs, ys, strict=True))
        add(
            f"Fit a least-squares line y = b0 + b1 x to the points {pts}. Compute b1, b0, the "
            f"residuals and R^2 by hand, then check with numpy.polyfit or scikit-learn.",
            ml,
        )
    for _ in range(10):
        p0 = rng.choice([2, 5, 10, 12, 20, 35])
        lift = rng.choice([5, 10, 15, 20])
        daily = rng.choice([2000, 10000, 50000, 200000])
        add(
            f"Baseline conversion is {p0}% and we want to detect a {lift}% relative lift with a "
            f"two-sided test at alpha = 0.05 and 80% power. Estimate the sample size per arm "
            f"(the 16 p(1-p)/delta^2 rule of thumb is fine), and the test duration with "
            f"{daily:,} eligible users per day split evenly.",
            "general-ab-test",
        )
    datasets = [
        ("the Titanic passenger list", "survival", "classification"),
        ("a housing dataset with 20,000 rows", "sale price", "regression"),
        ("a telecom churn table", "churn", "classification"),
        ("a bike-sharing dataset", "hourly rentals", "regression"),
        ("a credit-card fraud dataset with 0.2% positives", "fraud", "classification"),
        ("an employee attrition survey", "attrition", "classification"),
        ("a used-car listings dataset", "price", "regression"),
        ("a hospital readmissions table", "30-day readmission", "classification"),
    ]
    models = {
        "classification": ["logistic regression", "a random forest", "gradient boosting"],
        "regression": ["ridge regression", "a random forest regressor", "gradient boosting"],
    }
    for _ in range(14):
        d, target, task = rng.choice(datasets)
        m = rng.choice(models[task])
        k = rng.choice([3, 5, 10])
        add(
            f"Using {d}, build a scikit-learn pipeline to predict {target} with {m}. Handle "
            f"missing values and categorical columns with a ColumnTransformer, tune two "
            f"hyperparameters with {k}-fold cross-validation, and report an appropriate metric "
            f"for {task} on a held-out test set. Explain one way leakage could creep in.",
            ml,
        )
    small = ["distilbert-base-uncased", "bert-base-uncased", "roberta-base", "a MiniLM model"]
    tasks = [
        ("2,500 support emails", "8 intent classes"),
        ("6,000 product reviews", "positive/negative sentiment"),
        ("1,200 legal clauses", "4 clause types"),
        ("10,000 tweets", "topic labels"),
        ("900 medical abstracts", "relevant or not for a review"),
        ("4,000 news headlines", "clickbait detection"),
    ]
    for _ in range(12):
        mdl = rng.choice(small)
        data, lab = rng.choice(tasks)
        gpu = rng.choice(["a free Colab T4", "my laptop's RTX 3060", "one A10G", "a 16 GB V100"])
        add(
            f"Fine-tune {mdl} on {data} for {lab} using {gpu}. Pick the learning rate, batch "
            f"size, epochs and max sequence length; describe how you would evaluate with a "
            f"stratified split and what baseline you would compare against.",
            ml,
        )
    for _ in range(8):
        n = rng.choice([100, 500, 1000, 5000])
        k = rng.choice([5, 10])
        deg = rng.choice([1, 3, 9, 15])
        add(
            f"You fit a degree-{deg} polynomial regression to {n} noisy samples of sin(x) and "
            f"evaluate with {k}-fold cross-validation. Describe the expected training and "
            f"validation error relative to degree 3, and explain the result in terms of bias "
            f"and variance. How would ridge regularization change it?",
            ml,
        )
    for _ in range(10):
        gb = rng.choice([50, 200, 800, 2000, 10000])
        cores = rng.choice([16, 64, 200, 800])
        size = rng.choice([128, 256])
        add(
            f"A Spark job reads {gb} GB of Parquet on a cluster with {cores} executor cores. "
            f"With {size} MB input splits, how many tasks run in the first stage and how many "
            f"waves? The default spark.sql.shuffle.partitions is 200 — is that sensible here, "
            f"and what would you set it to?",
            de,
        )
    for _ in range(8):
        nodes = rng.choice([3, 5, 10, 20])
        cpu = rng.choice([4, 8, 16, 32])
        mem = rng.choice([16, 32, 64])
        preq = rng.choice(["250m", "500m", "1", "2"])
        pmem = rng.choice(["256Mi", "512Mi", "1Gi", "2Gi"])
        add(
            f"A Kubernetes cluster has {nodes} nodes with {cpu} vCPU and {mem} GiB each, about "
            f"10% reserved for the system. Pods request {preq} CPU and {pmem} memory. How many "
            f"pods fit, which resource runs out first, and what happens to new pods after that?",
            ds,
        )
    for _ in range(8):
        rps = rng.choice([200, 800, 2500, 10000])
        lat = rng.choice([20, 50, 120, 300])
        add(
            f"A service receives {rps} requests per second with a mean latency of {lat} ms. Use "
            f"Little's law to estimate the average number of requests in flight, and size a "
            f"database connection pool if each request holds a connection for 40% of its time.",
            sd,
        )
    for _ in range(8):
        n = rng.choice([1, 10, 100, 1000])
        fp = rng.choice([0.1, 1, 5])
        add(
            f"Size a Bloom filter for {n} million items with a {fp}% false-positive rate: "
            f"compute the number of bits, the bytes of memory and the optimal number of hash "
            f"functions, using m = -n ln p / (ln 2)^2.",
            sd,
        )
    for _ in range(8):
        qps = rng.choice([5000, 20000, 80000, 200000])
        hit = rng.choice([80, 90, 95, 99])
        dbq = rng.choice([2000, 5000, 10000])
        add(
            f"A read path serves {qps:,} QPS with a cache hit rate of {hit}%. Each database "
            f"replica handles {dbq:,} QPS. How many replicas are needed? How many would be needed "
            f"if the cache were flushed during a deploy, and how would you avoid that?",
            sd,
        )
    for _ in range(8):
        mbps = rng.choice([50, 200, 500, 2000])
        per = rng.choice([5, 10, 20])
        msg = rng.choice([1, 2, 5])
        add(
            f"A Kafka topic must absorb {mbps} MB/s of {msg} KB messages. A single partition "
            f"sustains about {per} MB/s for the consumer's processing. How many partitions do you "
            f"need, how many consumers in the group, and what happens to ordering guarantees?",
            de,
        )
    for _ in range(8):
        tb = rng.choice([2, 10, 40, 120])
        shard = rng.choice([500, 1000, 2000])
        grow = rng.choice([20, 50, 100])
        add(
            f"A MySQL dataset is {tb} TB and grows {grow}% per year. Each shard should stay "
            f"under {shard} GB. How many shards are needed now and in three years? Compare "
            f"pre-splitting into many logical shards with resharding later.",
            sd,
        )
    for _ in range(8):
        tp, fp, fn = rng.randint(30, 400), rng.randint(5, 200), rng.randint(5, 200)
        tn = rng.randint(500, 9000)
        add(
            f"A spam filter is evaluated on a test set with TP={tp}, FP={fp}, FN={fn}, TN={tn}. "
            f"Compute precision, recall and the false-positive rate. The business says a false "
            f"positive costs 5x a false negative — should the threshold move up or down?",
            ml,
        )
    return out


GEN_TEXTBOOK_MORE = r"""
Given daily sales for two years, build a forecasting baseline (seasonal naive) and a gradient-boosted model with lag features. Explain how to do time-series cross-validation without leakage.
Explain why standardizing features changes the solution of lasso regression but not of ordinary least squares predictions.
Show that k-means never increases its objective from one iteration to the next, and explain why it can still converge to a poor local minimum.
Derive the gradient of the logistic regression log-loss and write one step of batch gradient descent for a dataset of three points.
A decision tree split sends 30 positives and 10 negatives left and 5 positives and 55 negatives right. Compute the Gini impurity decrease of the split.
Explain what calibration means for a probabilistic classifier, and how to check it with a reliability diagram and the Brier score.
A model predicts house prices with RMSE 42,000 and MAE 18,000. What does the gap between the two tell you about the errors?
Explain why you should not use the test set to choose hyperparameters, and design a train/validation/test protocol for a dataset of 3,000 examples.
Implement one-hot encoding, target encoding and frequency encoding for a high-cardinality 'city' column, and explain which one risks leakage.
Show that the expected value of the sample variance with denominator n is (n-1)/n times the population variance.
An online store runs an A/B test on free shipping thresholds. Average order value is heavy-tailed. Explain why a t-test on raw order value may mislead and suggest two alternatives.
Explain the difference between a multi-armed bandit and an A/B test, and when a product team should prefer each.
Compute the precision at 5 and the mean reciprocal rank for the following ranked search results with relevance labels: query 1: [0, 1, 0, 0, 1], query 2: [1, 0, 0, 0, 0], query 3: [0, 0, 0, 1, 0].
Explain how principal component analysis is computed from the SVD of the centered data matrix, and what the explained-variance ratio means.
Use scikit-learn's GridSearchCV to tune an SVM's C and gamma on the digits dataset. Explain why the grid should be on a log scale.
Explain early stopping for gradient-boosted trees and how it interacts with the learning rate.
Describe how you would label 5,000 examples for a text classifier with a small budget, including inter-annotator agreement.
Explain what a confusion matrix for a 4-class problem tells you that macro F1 hides.
Explain idempotency in data pipelines and rewrite an 'INSERT INTO daily_totals' job so that reruns do not double count.
A nightly batch job reads yesterday's events from S3, but 2% of events arrive up to three days late. Design a backfill strategy.
Compare row-oriented and columnar storage for an analytics query that sums one column over 1 billion rows with 40 columns.
Explain change data capture from a Postgres database into Kafka with Debezium and what happens when a table's schema changes.
Design data-quality checks for a table of payments: which invariants would you assert, and where in the pipeline?
Explain the lambda and kappa architectures for stream processing and when the extra batch layer is worth it.
Explain watermarks and late data in a windowed stream aggregation (Flink or Spark Structured Streaming).
Design the database schema for a library management system and normalize it to third normal form.
Explain isolation levels (read committed, repeatable read, serializable) with an anomaly that each one prevents.
Given a schedule of two concurrent transactions, determine whether it is conflict-serializable by drawing its precedence graph.
Explain how a hash join and a sort-merge join work and when a query planner picks each.
Design a REST API for a to-do list app with users, lists and items, including pagination and error codes.
Explain the difference between optimistic and pessimistic locking with an inventory-decrement example.
Design a CDN cache hierarchy and estimate the origin load for a 97% edge hit rate at 1 million requests per second.
Explain how DNS resolution works from a browser to the authoritative server, including caching and TTLs.
Explain how TCP congestion control reacts to packet loss, and why a single lost packet slows a long-distance download.
Design a job scheduler for a small company's nightly reports that retries failed jobs and alerts on repeated failures.
Explain how a Kubernetes rolling update with maxSurge=1 and maxUnavailable=0 proceeds for a Deployment of 4 replicas.
Explain Kubernetes resource requests versus limits and why memory limits cause OOMKills while CPU limits cause throttling.
Explain how Google's MapReduce paper handles stragglers with backup tasks, and estimate the benefit on a job of 2,000 map tasks.
Write the Spark code to compute, for each user, the number of sessions with a 30-minute inactivity gap, and explain the shuffle it triggers.
Explain eventual consistency in DNS and in a shopping cart and why the user-visible consequences are different.
Explain why a single-threaded Redis can handle 100,000 operations per second, and what limits it.
Design a multi-region active-active setup for a user profile service and explain how conflicting updates are resolved.
Explain the Byzantine generals problem and why 3f+1 nodes are needed to tolerate f Byzantine faults.
Explain how a Merkle tree lets two replicas find which keys differ with little data transfer.
Explain how a CPU's store buffer can make another core observe writes out of order, and what a memory fence does.
Explain loop unrolling and software pipelining on a CPU and when the compiler does them for you.
A CUDA beginner exercise: write a kernel that adds two vectors of length 1,000,000 and choose the grid and block sizes. Explain the index computation.
Explain the difference between a process and a thread, and give a case where multiprocessing beats multithreading in Python.
Explain the difference between horizontal scaling of a stateless web tier and scaling a relational database, in the context of a growing e-commerce site.
Explain why adding more application servers does not help when the bottleneck is lock contention on a single database row, and suggest a redesign.
"""

GEN_EXTRA_LONG = r"""
Exercise set 9: Consistent hashing and replication

9.1 Place servers A, B and C on a ring of size 100 at positions 10, 45 and 80. Which server owns keys hashed to 5, 44, 46, 79 and 95?
9.2 Server D is added at position 60. Which keys move, and from which server?
9.3 With replication factor 2 (each key also stored on the next distinct server clockwise), list the replicas of each key before and after D joins.
9.4 Explain why real systems place each server at many positions on the ring.
~~~
Quiz 5 — Machine learning evaluation

1. A model scores 0.91 ROC AUC and 0.18 PR AUC on the same test set. How is that possible?
2. You tuned hyperparameters on the test set. What is the consequence, and how do you repair the evaluation?
3. Your validation accuracy varies from 81% to 86% across random seeds. How do you report the result?
4. When is accuracy an acceptable metric?
~~~
Backend interview, design round prompt as given to candidates:

"Design a distributed job queue for our image-processing service. Producers enqueue about 2,000 jobs per second at peak; each job takes 1-30 seconds. Workers can crash at any point. Jobs must not be lost and should not run twice concurrently. Customers want to see job status."
Please cover the queue storage, visibility timeouts, retries and dead-letter handling, worker autoscaling, and the status API.
~~~
Data science case interview (product analytics):

Daily active users dropped 8% week over week on Tuesday. Walk through how you would investigate: which cuts of the data you look at first (platform, country, app version, acquisition channel), how you rule out logging bugs, and how you would decide whether the drop is real. Then propose one metric you would add to the dashboard to catch this earlier.
~~~
Computer organization, homework 7

1. Convert -13.625 to IEEE 754 single precision and show the bit fields.
2. How many distinct values can a 16-bit two's complement integer represent, and what is its range?
3. A 4 GHz processor executes a loop of 8 instructions with CPI 1.25 for 10^8 iterations. How long does it take?
4. Explain why floating-point addition is not associative, with a concrete example in single precision.
~~~
Take-home assignment (Machine Learning Engineer, e-commerce):

Using the provided 120,000 product titles with category labels (25 categories), build a classifier that runs on CPU in under 10 ms per item.
1. Train a TF-IDF + linear model baseline.
2. Fine-tune a small pretrained transformer on a single GPU and compare accuracy and latency.
3. Export the better model for serving and describe how you would monitor it for drift after launch.
Include your evaluation code and a short write-up.
"""


GEN_BULLET_POOL = (
    lines(GEN_INTERVIEW_SYS)
    + lines(GEN_INTERVIEW_DS)
    + lines(GEN_INTERVIEW_ARCH)
    + lines(GEN_INTERVIEW_CODE)
)
FM_BULLET_POOL = lines(FM_INTERVIEW) + lines(FM_ACCEL_INTERVIEW)


# =============================================================================================
# assembly
# =============================================================================================


def build() -> list[Item]:
    rng = random.Random(SEED)
    fm: list[Item] = []
    fm += exercises(rng, FM_TEXTBOOK, FM, "frontier-textbook")
    fm += long(FM_PROBLEM_SETS, FM, "frontier-problem-set")
    fm += long(FM_EXTRA_LONG, FM, "frontier-problem-set")
    fm += interview(rng, FM_INTERVIEW, FM, "frontier-interview")
    fm += interview(rng, FM_ACCEL_INTERVIEW, FM, "frontier-accel-interview")
    fm += long(FM_INTERVIEW_LONG, FM, "frontier-interview-prep")
    fm += REGISTER.items(rng, FM_TERSE, FM, "frontier-terse")
    fm += exercises(rng, FM_DATA_EXERCISES, FM, "frontier-data")
    fm += convo_items(FM_CONVOS, FM, "frontier-convo")
    fm += fm_exercises(rng)
    fm += fm_exercises_more(rng)
    fm += bullets(rng, FM_BULLET_POOL, FM, "frontier-question-list", 36)

    gen: list[Item] = []
    gen += exercises(rng, GEN_TEXTBOOK, GEN, "general-textbook")
    gen += long(GEN_PROBLEM_SETS, GEN, "general-problem-set")
    gen += long(GEN_EXTRA_LONG, GEN, "general-problem-set")
    gen += exercises(rng, GEN_TEXTBOOK_MORE, GEN, "general-textbook")
    gen += interview(rng, GEN_INTERVIEW_SYS, GEN, "general-sysdesign-interview")
    gen += interview(rng, GEN_INTERVIEW_ARCH, GEN, "general-comparch-interview")
    gen += interview(rng, GEN_INTERVIEW_DS, GEN, "general-ds-interview")
    gen += interview(rng, GEN_INTERVIEW_BEHAV, GEN, "general-behavioural")
    gen += interview(rng, GEN_INTERVIEW_CODE, GEN, "general-coding-interview")
    gen += long(GEN_INTERVIEW_LONG, GEN, "general-interview-prep")
    gen += REGISTER.items(rng, GEN_TERSE, GEN, "general-terse")
    gen += convo_items(GEN_CONVOS, GEN, "general-convo")
    gen += gen_exercises(rng)
    gen += bullets(rng, GEN_BULLET_POOL, GEN, "general-question-list", 48)
    return fm + gen


def main() -> None:
    seen = existing_keys(HERE, skip={OUT})
    items = dedupe(build(), seen)
    validate(items, starts_with_user)
    write_jsonl(OUT, items)
    print_counts(OUT.name, items)
    print("validated OK:", OUT)


if __name__ == "__main__":
    main()
