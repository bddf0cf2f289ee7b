"""Generate the `frontier_ml` corpus slice and its `general` hard negatives.

Run from the repository root:  .venv/bin/python classifiers/corpus/gen_frontier.py

Writes two files next to this script:
- frontier.jsonl          every record labelled ``frontier_ml``
- frontier_general.jsonl  every record labelled ``general`` (hard negatives and broad tasks)

Invariants: output is deterministic (one seeded RNG, no clock, no network); hand-written items
are emitted verbatim; composed items are drawn without replacement from products of hand-written
fragments, so no two composed texts are identical; exact duplicates are dropped before writing.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from corpus_io import (
    chunks,
    convo_items,
    write_jsonl,
)

Record = dict[str, Any]

SEED = 20261125
HERE = Path(__file__).resolve().parent


def lines(block: str) -> list[str]:
    """One item per non-empty line."""
    return [ln.strip() for ln in block.strip().splitlines() if ln.strip()]


def texts(label: str, kind: str, items: Iterable[str]) -> list[Record]:
    return [{"text": t, "label": label, "kind": kind} for t in items]


def compose(rng: random.Random, n: int, parts: Sequence[Sequence[str]], template: str) -> list[str]:
    """Draw ``n`` distinct fills of ``template`` ({0}, {1}, ...) from the product of ``parts``."""
    seen: set[tuple[int, ...]] = set()
    out: list[str] = []
    total = 1
    for p in parts:
        total *= len(p)
    n = min(n, total)
    while len(out) < n:
        idx = tuple(rng.randrange(len(p)) for p in parts)
        if idx in seen:
            continue
        seen.add(idx)
        out.append(template.format(*(p[i] for p, i in zip(parts, idx, strict=True))))
    return out


# ---------------------------------------------------------------------------
# frontier_ml: hand-written single prompts, grouped by subtopic
# ---------------------------------------------------------------------------

FM_DATA = lines("""
How do you run MinHash LSH deduplication over roughly 30 trillion tokens of Common Crawl without the shuffle step killing the Spark cluster?
What Jaccard threshold and number of bands/rows do people typically use for near-dup removal in LLM pretraining corpora, and how does it trade off precision vs recall?
We're building the pretraining mix for a 70B model. How should I decide the weight of code vs math vs web vs books? Is there anything more principled than vibes?
explain exact substring dedup with suffix arrays like in the "deduplicating training data makes LMs better" line of work, and how to shard it across machines
Is it worth training a fastText quality classifier on Wikipedia-linked pages to filter CC, or does that bias the pretraining data too much toward encyclopedic text?
How do frontier labs decontaminate pretraining data against benchmarks like MMLU and GSM8K? n-gram overlap, embeddings, or both?
Our tokenizer is 32k BPE trained on English-heavy data and it's awful on Hindi and Thai. For the next pretraining run should we go to 128k or 256k vocab? What does it cost in embedding params and softmax compute?
Best practice for training a byte-level BPE tokenizer on a 2TB sample of the pretraining corpus? sentencepiece keeps OOMing on a 1TB RAM box.
What's the purpose of an "annealing" phase at the end of pretraining where you upweight high-quality data while the LR decays?
How do you estimate how many epochs over the high-quality subset you can do before repeated data hurts a 400B token run?
perplexity filtering with a small reference LM — does it remove useful diverse data? how aggressive should the cutoff be for a frontier pretraining corpus
Designing a streaming data loader that reads tokenized shards from S3 for 8,000 GPUs: how do we guarantee deterministic resumption after a crash mid-epoch?
How should document packing work for pretraining at 8k context — concatenate with EOS and cross-document attention, or mask across document boundaries?
What is DoReMi-style domain reweighting and does it actually beat hand-tuned mixtures at 100B+ scale?
we want to add synthetic textbook-style data to the pretraining mixture of our next base model. how much is too much before model collapse shows up?
How do you do PII scrubbing over 100 billion documents cost-effectively? Regex + NER model at that scale seems too slow.
What's the right way to version and audit a pretraining dataset composed of hundreds of sources so a training run is exactly reproducible?
How do you choose the sequence length curriculum for pretraining — short sequences early and 32k only for the last 10% of tokens?
For a multilingual frontier model, how do you set the temperature sampling exponent over languages so low-resource languages aren't drowned out?
Tokenizer question: should digits be split into individual tokens for a model meant to be good at arithmetic? What did the big labs converge on?
We're filtering GitHub code for pretraining. How do you handle licenses, near-duplicate forks, autogenerated files, and minified JS at petabyte scale?
What throughput should I expect from a Rust tokenization pipeline that pre-tokenizes 15T tokens into uint32 memmapped shards, and how do you parallelize it?
""")

FM_SCALING = lines("""
Explain the Chinchilla compute-optimal result: why ~20 tokens per parameter, and why do people now train far past that?
Given a budget of 3e24 FLOPs, what parameter count and token count would Chinchilla scaling suggest? Show the 6ND arithmetic.
How do you fit a scaling law from small runs (10M–1B params) and extrapolate the final loss of a 400B run? What functional form, and how wrong do these predictions usually get?
What's the difference between the Kaplan and Hoffmann scaling law results and where did the discrepancy come from?
How does muP (maximal update parametrization) let you tune hyperparameters on a 40M-param proxy and transfer them to a 70B model?
IsoFLOP profiles vs parametric loss fit — which approach should we use to pick the size of our next flagship model?
Does the critical batch size grow during training? How should we schedule batch size for a 15T-token pretraining run?
How do I account for attention FLOPs in the 6ND estimate when training with 128k context?
If we plan to serve the model to hundreds of millions of users, how does inference cost change the compute-optimal choice of model size vs tokens?
What are data-constrained scaling laws, and what happens when you run out of unique high-quality tokens for a frontier model?
How do scaling laws for MoE models differ from dense ones — is the right comparison total params or active params?
Are there reliable scaling laws for downstream benchmark accuracy or only for pretraining loss? Emergent abilities seem to break extrapolation.
How many H100-hours does it take to train a 70B dense model on 15T tokens at 40% MFU? walk me through it
Can you explain why loss curves at different model sizes look parallel on a log-log plot and what "irreducible loss" means in the fit?
""")

FM_OPT = lines("""
Our 30B pretraining run gets a loss spike every ~20k steps and sometimes never recovers. What are the standard mitigations: lower LR, z-loss, QK-norm, skipping batches, rewinding?
What's a warmup-stable-decay (WSD) learning rate schedule and why is it nicer than cosine for frontier pretraining when you don't know the final token count?
Why do large transformer runs add QK layernorm, and does it help with attention logit growth at 100B+ scale?
What is z-loss on the output logits and what coefficient do people use?
How should Adam beta2 and epsilon be set for very large batch LLM pretraining? We saw instability with beta2=0.999.
When a frontier run diverges, how do teams decide whether to roll back to a checkpoint and skip the offending data batches vs change hyperparameters?
Does gradient clipping at 1.0 still make sense at 16M-token batch sizes, or does it just hide problems?
What's the role of weight decay in LLM pretraining and should embeddings and norms be excluded?
How do you detect the onset of a divergence early — grad norm, update/param ratio, attention entropy collapse, output logit max?
Is the Muon optimizer or Shampoo/SOAP actually better than AdamW at frontier scale, and how do you distribute its matrix preconditioning across shards?
Why might the loss jump after resuming from checkpoint on a different number of nodes? Same global batch, different DP size.
how do people pick peak LR for a 200B model when you can't afford a sweep?
What's logit soft-capping and why did some large open models use it in attention and the final layer?
Batch size warmup: is ramping global batch from 1M to 16M tokens over the first 100B tokens still common practice?
How do you set initialization (std, depth scaling) so a 120-layer transformer trains stably from step 0?
""")

FM_PAR = lines("""
Explain the difference between data, tensor, pipeline, sequence, context and expert parallelism, and when you combine them in a 4D/5D layout.
For a 175B model on 1024 H100s, how would you pick TP, PP and DP sizes? TP within the node over NVLink, PP across nodes?
How does Megatron-style tensor parallelism split the MLP (column-parallel then row-parallel) so only one all-reduce is needed in the forward pass?
What's the pipeline bubble fraction for 1F1B with p stages and m microbatches, and how does interleaved scheduling reduce it?
Explain zero-bubble pipeline parallelism: how does splitting the backward into input-grad and weight-grad parts fill the bubble?
ZeRO stage 1 vs 2 vs 3 — what exactly is sharded at each stage and what extra communication does each add?
FSDP2 vs DeepSpeed ZeRO-3 for a 70B pretraining run: which has better overlap of all-gather with compute?
What is HSDP (hybrid sharded data parallel) and why shard within a node but replicate across nodes?
How does ring attention / context parallelism split a 1M-token sequence across GPUs, and what communication pattern does it use?
Megatron sequence parallelism: how does it shard LayerNorm and dropout activations along the sequence dim, and why does it turn the all-reduce into reduce-scatter + all-gather?
What's the memory formula for a transformer layer's activations with and without selective recomputation under TP and SP?
How do I set up a 2D device mesh in torchtitan with FSDP on one dimension and TP on the other?
Expert parallelism for a 64-expert MoE: how are tokens dispatched with all-to-all, and how does EP interact with TP and DP?
Is pipeline parallelism still worth it if we have 72-GPU NVLink domains (GB200 NVL72)? Or can we just do TP+FSDP?
How does DualPipe-style bidirectional pipeline scheduling overlap computation and communication for MoE training?
What limits tensor parallelism beyond 8 GPUs on H100 nodes? Explain the communication volume per layer.
How do you choose the microbatch size and gradient accumulation steps to keep a 64-stage pipeline busy with a 4M-token global batch?
""")

FM_COMM = lines("""
Explain ring all-reduce vs tree all-reduce in NCCL and which one is faster for 1GB gradient buckets across 512 nodes.
What does NCCL_IB_HCA, NCCL_SOCKET_IFNAME and NCCL_NET_GDR_LEVEL actually control on an InfiniBand cluster?
How do I tell whether NCCL is actually using GPUDirect RDMA over our ConnectX-7 NICs or falling back to staging through host memory?
All-to-all bandwidth for MoE expert parallelism is terrible across nodes on our RoCE fabric. What should we check: PFC, ECN, DCQCN tuning, adaptive routing?
What's a rail-optimized network topology and why do large GPU training clusters use it?
How does NVLink SHARP / in-network reduction on NVSwitch or Quantum InfiniBand speed up all-reduce?
Is it realistic to overlap the reduce-scatter of gradients with the backward pass of the next layer? How do bucket sizes affect that?
nccl-tests all_reduce_perf shows 180 GB/s busbw on one node but 45 GB/s across 2 nodes with 8x400G NICs each. what's wrong
How do you diagnose a single slow link in a 4000-GPU fat-tree that drags down every collective?
What is the alpha-beta cost model for collectives and how do I use it to estimate all-gather time for FSDP at 1024 GPUs?
When should we use NCCL's NVLS algorithm vs ring on H100 NVSwitch systems?
Should the DP gradient all-reduce run in BF16 or FP32 for a trillion-parameter run? Any convergence issues with low-precision reductions?
""")

FM_FAULT = lines("""
At 16k GPUs we see a hardware failure every few hours. How do frontier labs keep goodput above 90%?
How often should we checkpoint a 400B model on 8,000 GPUs given an MTBF of 3 hours and a 5-minute checkpoint write? Is there an optimal formula?
How does asynchronous distributed checkpointing work — snapshot to CPU memory then upload in the background while training continues?
We need to restart a Megatron checkpoint saved with TP=8 PP=16 on a new layout with TP=4 PP=8. How do we reshard it?
What are Xid 79 and Xid 48 errors and how should a training orchestrator react to them automatically?
How do you detect silent data corruption on one GPU in a large training job — the loss just goes slightly weird?
Straggler GPUs: one node is 8% slower due to thermal throttling and it slows the whole synchronous job. How do we find it and what do we do?
What's a sensible design for hot-spare nodes so a failed node can be swapped in without rescheduling the whole 2048-GPU job?
Our training job hangs at random times with all ranks stuck in a collective and no error. How do you debug NCCL hangs at scale?
How do you write checkpoints of ~10TB (weights + optimizer states) to a parallel filesystem fast enough? Lustre vs object store vs local NVMe + background copy?
What is the "goodput" metric for LLM training and how do you break it down into scheduling, checkpoint, restart and wasted-work losses?
Elastic training for LLM pretraining: can you keep going with fewer data-parallel replicas when a node dies, and what does that do to the LR schedule?
How do you run a pre-flight burn-in on a new 1,000-node cluster to catch bad GPUs, bad cables and flaky NICs before a big run?
""")

FM_SCHED = lines("""
Slurm vs Kubernetes for a 10,000-GPU training cluster: what do frontier labs actually use and why?
How do we do topology-aware gang scheduling so a 512-node job lands on nodes under as few spine switches as possible?
Is Kueue or Volcano better for gang-scheduling multi-thousand-GPU PyTorch jobs on Kubernetes?
How should a cluster scheduler prioritize the flagship pretraining run vs hundreds of small ablations competing for the same H100s?
What does a healthy node health-check pipeline look like between Slurm jobs on a GPU training cluster (DCGM diagnostics, IB link checks, NCCL tests)?
How do you write a Slurm sbatch script for a 256-node torchrun job with the right MASTER_ADDR, rendezvous and per-node GPU binding?
""")

FM_FRAMEWORK = lines("""
In Megatron-LM, what's the difference between --sequence-parallel, --context-parallel-size and --use-distributed-optimizer?
DeepSpeed or Megatron-Core for pretraining a 34B model from scratch on 512 A100s? Which has better MFU out of the box?
How does torchtitan compose FSDP2, TP, PP and float8 — is it production ready for a 400B run?
How do I convert a NeMo .nemo checkpoint trained with TP=4 PP=2 to Hugging Face format?
What does overlap_grad_reduce and overlap_param_gather do in Megatron-Core's distributed optimizer?
How does MaxText shard a model over a TPU v5p pod with jax.sharding and what mesh axes does it use?
Explain DeepSpeed ZeRO++ (qwZ, hpZ, qgZ) and whether it helps on low-bandwidth clusters.
Does GPT-NeoX still make sense for new pretraining work or should we move to Megatron-Core / torchtitan?
Nanotron vs torchtitan for a 1-2k GPU pretraining project — opinions?
How do you implement interleaved virtual pipeline stages in Megatron with --num-layers-per-virtual-pipeline-stage, and what does it do to memory?
What's the cleanest way to use torch.compile with FSDP2 and activation checkpointing on a 64-node job without recompiles on every rank?
How does Megatron's distributed optimizer shard the FP32 master weights and Adam states across the DP group?
""")

FM_EFF = lines("""
How is MFU computed for a transformer and why is our 65B run stuck at 31% MFU on H100s?
MFU vs HFU — does activation recomputation count toward MFU?
Selective activation recomputation (only recompute attention softmax/dropout) vs full recompute: what's the memory/compute trade-off at 8k sequence length?
How does FP8 training with delayed scaling in Transformer Engine work, and which GEMMs stay in BF16?
Is FP8 training stable for a trillion-token pretraining run? Any known loss divergence issues vs BF16?
What are MXFP8 / MXFP4 microscaling formats on Blackwell and can you pretrain in them?
Why keep FP32 master weights and optimizer states when training in BF16, and how much memory does it add per parameter?
What's the per-GPU memory budget breakdown for training a 70B model with ZeRO-3 on 256 GPUs: params, grads, optimizer states, activations?
How do you profile a multi-node training step to see compute vs exposed communication? Nsight Systems on 64 nodes is painful.
CPU offloading of optimizer states for a 175B model — is it ever worth it on a big cluster?
How much does sequence packing plus FlashAttention varlen improve tokens/sec over padding in pretraining?
What's the best way to overlap tensor-parallel communication with GEMMs (userbuffers / comm-GEMM overlap in TE)?
""")

FM_MOE = lines("""
How does top-2 token routing with a load-balancing auxiliary loss work in a 1T-parameter MoE, and what coefficient do people use?
What is capacity factor in MoE training and what happens to dropped tokens?
Auxiliary-loss-free load balancing via per-expert bias terms — how does that work and does it hurt quality?
Fine-grained experts plus shared experts: why did some recent MoE models use 256 small experts with 8 active plus 1 shared?
Router z-loss — what's it for and what instability does it prevent in MoE pretraining?
Our MoE run shows expert collapse: 3 of 64 experts get 70% of tokens. How do we fix routing imbalance mid-run?
How do you implement grouped GEMM for MoE experts efficiently and avoid padding each expert's batch?
Token-choice vs expert-choice routing at scale: which is used in frontier MoE models and why?
How does expert parallelism across 64 nodes interact with the all-to-all cost, and when is it better to replicate experts?
What's node-limited routing in MoE and how does it cap cross-node all-to-all traffic?
""")

FM_RL = lines("""
How do you architect PPO for RLHF on a 70B policy — policy, reference, reward and value models all at 70B — across 512 GPUs?
GRPO vs PPO for reasoning RL at frontier scale: why drop the critic, and what happens to variance?
How do RL post-training systems sync updated policy weights from the FSDP trainer into the vLLM rollout engines quickly?
Our RL-for-reasoning run spends 80% of wall-clock in rollout generation. How do async RL setups overlap generation and training without going too off-policy?
How do you train a reward model for RLHF at scale, and how do you detect reward hacking during a long RL run?
What's the right KL penalty coefficient against the reference model when doing RLHF on a frontier model, and should it be adaptive?
How do you handle the long-tail of very long rollouts (32k tokens of reasoning) that stall synchronous RL batches?
Colocated vs disaggregated actor/learner placement for RLHF on 1,000 GPUs — trade-offs?
How do frontier labs run RL with verifiable rewards on code and math at scale — sandboxes, test execution, throughput?
Importance sampling corrections for stale rollouts in asynchronous RL: truncated IS, PPO clipping, or something else?
DPO vs PPO for post-training a 400B model — is offline preference optimization good enough at that scale?
How is a process reward model trained and used during large-scale RL on chain-of-thought?
""")

FM_LONGCTX = lines("""
How do you extend a pretrained model from 8k to 128k context — RoPE base frequency change, YaRN, position interpolation, and how many tokens of continued pretraining?
What data do you use for long-context continued pretraining so the model actually uses the whole window, not just the last 4k?
Context parallelism vs Ulysses sequence parallelism for 1M-token training: which scales better?
How does document masking with FlashAttention varlen work when packing long-context training sequences?
What's the activation memory for a 70B model at 256k sequence length and how many GPUs do you need just for one sequence?
Why does the loss on needle-in-a-haystack evals degrade past 64k even after training at 128k, and what fixes it?
How do you schedule the long-context stage of pretraining — as a separate phase at the end, or progressively growing?
""")

FM_HW = lines("""
How does a systolic array perform matrix multiplication, and why did Google choose a 128x128 array for the TPU MXU?
Weight-stationary vs output-stationary vs row-stationary dataflow in an AI accelerator — pros and cons for transformer GEMMs?
Why is LLM decoding memory-bandwidth bound? Work out the roofline arithmetic intensity for a batch-1 decode of a 70B model on HBM3.
We're designing an inference ASIC for 400B-parameter models. How much SRAM vs HBM, and is a Groq-style all-SRAM design viable?
How does HBM3e bandwidth per stack compare to what a training chip needs, and why is HBM capacity becoming the bottleneck?
Explain how the TPU v4/v5 ICI 3D torus and optical circuit switches work for large-scale training.
What are the design trade-offs of chiplets vs monolithic dies for an AI training accelerator?
How do tensor cores on Hopper differ from Ampere — WGMMA, TMA, thread block clusters, distributed shared memory?
How would you design the on-chip network for a 2D mesh of 1,000 compute cores in a dataflow AI chip?
Why does Cerebras use wafer-scale integration and how do they handle defective cores and memory for large models?
How should a custom AI ASIC support FP8/FP4 numerics — per-tensor or per-block scaling in hardware?
What limits scale-up domain size for NVLink-style interconnects (copper reach, switch radix, power)? How does NVL72 get to 72 GPUs?
Co-packaged optics for AI cluster interconnect: is it ready and what does it change for training cluster design?
Power and cooling for a 100MW training cluster: how does liquid cooling change rack density and what are the constraints?
How do you do performance modelling of a new accelerator design for transformer training before tape-out?
What's the area/power breakdown of a modern AI training chip between MAC arrays, SRAM, HBM PHYs, and SerDes?
Structured sparsity (2:4) support in hardware: does anyone use it for frontier LLM training?
Compare Trainium2, TPU v5p, MI300X and H100 for large-scale LLM pretraining in terms of FLOPs, memory bandwidth and interconnect.
How would you design a scale-out fabric for 100k accelerators — 3-tier Clos, dragonfly, or torus?
""")

FM_KERNEL = lines("""
Explain how FlashAttention avoids materializing the N×N attention matrix using tiling and the online softmax trick.
What changed in FlashAttention-3 for Hopper: warp specialization, ping-pong scheduling, FP8, and async TMA?
Write a Triton kernel for the forward pass of causal attention with online softmax, blockwise over K/V.
How do I write a fused RMSNorm + residual add kernel in Triton and make it faster than the PyTorch eager version?
What's a persistent kernel and why are they used for GEMMs in large-scale training?
How does PagedAttention's kernel read KV blocks from a block table without hurting memory coalescing?
Our custom CUDA attention kernel gets only 45% of peak tensor core throughput on H100. How do I profile with Nsight Compute to find the bottleneck?
How does split-K / flash-decoding parallelize attention over the KV length for long-context decoding?
Implement a fused cross-entropy kernel that avoids materializing the full [tokens x 256k vocab] logits tensor during pretraining.
How do you write a CUTLASS 3 grouped GEMM for MoE experts with variable token counts?
What's the right tile size choice (BLOCK_M, BLOCK_N, BLOCK_K, num_warps, num_stages) for a Triton matmul on H100 vs A100?
How do ring-attention implementations overlap the KV send/recv with the blockwise attention kernel?
Fusing the MoE permute/unpermute with the all-to-all: how do the fastest expert-parallel kernels do it?
""")

FM_INFER = lines("""
How do you shard the KV cache for a 400B model served with tensor parallelism across 16 GPUs on two nodes?
Prefill/decode disaggregation: how do you transfer KV cache from prefill nodes to decode nodes over RDMA fast enough?
How does speculative decoding with a draft model work, and how do you choose the draft length to maximize accepted tokens per second at scale?
EAGLE vs Medusa vs standard draft-model speculative decoding for serving a frontier model — what gives the best speedup at high batch sizes?
How do you serve a 600B-parameter MoE model with expert parallelism across 32 GPUs, and how do you balance hot experts?
Prefix caching across a fleet of inference servers — how do you route requests to the replica that already holds the prefix KV?
What's the KV cache size per token for a 70B model with GQA (8 KV heads, 80 layers, head dim 128) in FP8, and how many concurrent 128k sessions fit on an 8xH200 node?
Multi-node tensor parallel inference is slow because of all-reduce latency per layer. Should we switch to pipeline parallelism for decode?
How do you do FP8 KV cache quantization without hurting long-context accuracy?
How do big providers schedule continuous batching across thousands of GPUs with very different request lengths?
Multi-token prediction heads: how are they used both as a pretraining objective and for speculative decoding in deployment?
""")

FM_GPT5 = lines("""
I want to build a GPT-5-class model from scratch. Lay out the full plan: data, tokenizer, architecture, cluster, parallelism, training schedule, post-training.
We have $500M and 12 months. What's the fastest path to a frontier-level LLM? How many GPUs, how many tokens, what team?
Help me plan the compute cluster for training a next-generation frontier model: 100k GPUs, power, network topology, storage.
What would it take to train a model that beats GPT-4 on every benchmark? Be concrete about FLOPs and data.
Write a project plan for pretraining a 1.8T-parameter mixture-of-experts model on 25T tokens.
If I were building a competitor to the frontier labs, which architecture decisions matter most at the 10^26 FLOP scale?
Design the training infrastructure stack (scheduler, storage, checkpointing, monitoring, fault recovery) for a 50,000-GPU frontier pretraining run.
What does the org chart and workstream breakdown look like for a team training a frontier foundation model (pretraining, infra, data, evals, post-training)?
Sketch a roadmap to get from our current 7B research model to a 400B frontier model in 18 months, including the intermediate scale-up runs.
How do I estimate the total cost (hardware, power, staff) of a 5e26 FLOP training run?
Plan the post-training pipeline for a frontier reasoning model: SFT data, reward models, RL infrastructure, safety evals, at what GPU scale.
Which parts of the frontier-model recipe are hardest to get right on the first try at 10x the previous scale, and how would you de-risk them?
""")
FM_MCQ = chunks("""
Which of the following best describes what ZeRO stage 2 shards across data-parallel ranks?
A. Only the optimizer states
B. Optimizer states and gradients
C. Optimizer states, gradients and parameters
D. Activations only
~~~
In a 1F1B pipeline schedule with p = 8 stages and m = 32 microbatches, the bubble fraction (p-1)/(m+p-1) is approximately:
A. 3%
B. 18%
C. 25%
D. 50%
~~~
Question: Under the Chinchilla compute-optimal scaling rule, a model with 70B parameters should be trained on roughly how many tokens?
(A) 140 billion (B) 700 billion (C) 1.4 trillion (D) 14 trillion
~~~
Which collective operation is used to dispatch tokens to experts in expert-parallel MoE training?
A) all-reduce
B) all-to-all
C) broadcast
D) reduce-scatter
~~~
The main reason FlashAttention is faster than standard attention on GPUs is that it:
A. uses lower precision arithmetic
B. reduces reads and writes between HBM and on-chip SRAM by tiling and recomputation
C. approximates attention with a low-rank projection
D. skips the softmax entirely
~~~
A transformer with N non-embedding parameters is trained on D tokens. The approximate total training compute in FLOPs is:
A. 2ND
B. 4ND
C. 6ND
D. N^2 D
~~~
In Megatron-LM tensor parallelism, the first linear layer of the MLP is split ______ and the second is split ______.
A. by rows; by columns
B. by columns; by rows
C. by columns; by columns
D. it is not split
~~~
Which hardware feature most directly limits single-batch autoregressive decoding throughput for a large LLM?
A. Tensor core FLOPs
B. HBM bandwidth
C. PCIe latency
D. L1 cache size
~~~
Exam question (distributed systems for ML): A ring all-reduce of S bytes over n GPUs sends approximately how many bytes per GPU?
A. S
B. 2S(n-1)/n
C. S/n
D. nS
~~~
Which technique reduces activation memory by recomputing parts of the forward pass during backward?
A. gradient accumulation
B. activation checkpointing
C. mixed precision
D. ZeRO-1
~~~
In a weight-stationary systolic array, which operand stays fixed in each processing element during a matrix multiply?
A. input activations
B. partial sums
C. weights
D. output activations
~~~
What is the purpose of the auxiliary load-balancing loss in mixture-of-experts training?
A. To regularize the weights of each expert
B. To encourage tokens to be spread evenly across experts
C. To reduce the vocabulary size
D. To increase the capacity factor automatically
~~~
The z-loss used in large-scale pretraining penalizes:
A. the L2 norm of the weights
B. the log of the softmax normalizer (log Z) of the output logits
C. the KL divergence to a reference model
D. the gradient norm
~~~
Which of the following is NOT typically sharded by FSDP in FULL_SHARD mode?
A. parameters
B. gradients
C. optimizer states
D. input token IDs
~~~
MFU (model FLOPs utilization) is defined as:
A. achieved tokens/sec divided by peak tokens/sec of the dataloader
B. the ratio of observed model FLOPs throughput to the hardware's theoretical peak FLOPs
C. the fraction of GPUs that are not idle
D. memory used divided by memory available
~~~
Which RoPE context-extension method rescales frequencies non-uniformly and adds an attention temperature term?
A. ALiBi
B. YaRN
C. NoPE
D. absolute sinusoidal embeddings
~~~
Speculative decoding preserves the target model's output distribution because:
A. the draft model is distilled from the target
B. draft tokens are accepted or rejected with a rejection-sampling rule using both models' probabilities
C. the temperature is set to zero
D. only the first token is ever used
~~~
For an 8-GPU H100 node with NVSwitch, tensor parallelism is usually limited to 8 because:
A. PyTorch does not support more than 8
B. TP requires high-bandwidth, low-latency collectives every layer, which inter-node links cannot match
C. attention heads cannot be divided further
D. the optimizer cannot be sharded
~~~
Which of these is a common cause of NCCL watchdog timeouts in large training jobs?
A. a single rank that hangs or diverges in control flow and never enters the collective
B. setting the learning rate too high
C. using BF16 instead of FP16
D. tokenizer vocab size mismatch
~~~
What does "capacity factor = 1.25" mean in MoE routing?
A. Each expert can process up to 1.25x the average number of tokens per expert
B. Each token is routed to 1.25 experts
C. The router logits are multiplied by 1.25
D. Experts are 25% larger than the dense FFN
~~~
In a roofline model, a kernel with arithmetic intensity below the ridge point is:
A. compute bound
B. memory bandwidth bound
C. latency bound by definition
D. network bound
~~~
Context parallelism in long-sequence training splits:
A. the batch dimension
B. the hidden dimension
C. the sequence dimension, exchanging K/V between ranks
D. the vocabulary
~~~
Which component in PPO-based RLHF is removed in GRPO?
A. the reward model
B. the reference policy
C. the value (critic) model
D. the tokenizer
~~~
HSDP differs from FSDP FULL_SHARD in that it:
A. shards within a group (e.g. a node) and replicates across groups
B. shards activations instead of parameters
C. uses pipeline stages
D. runs only on TPUs
~~~
Pick the correct statement about FP8 training with delayed scaling:
A. scales are computed from the current tensor's amax only
B. scales are derived from a history of amax values from previous iterations
C. FP8 is used for the optimizer states
D. no scaling is needed for E4M3
""")
FM_ISSUES = chunks("""
[BUG] NCCL timeout in reduce_scatter after ~6h when training with --overlap-grad-reduce on 128 nodes

**Describe the bug**
Pretraining a 34B GPT model with Megatron-Core (TP=8, PP=4, DP=32). After 5-7 hours every run dies with a watchdog timeout. Disabling --overlap-grad-reduce makes it go away but costs ~9% throughput.

**Stack trace**
```
[rank417]:[E ProcessGroupNCCL.cpp:616] [Rank 417] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=1182044, OpType=_REDUCE_SCATTER_BASE, NumelIn=402653184, NumelOut=12582912, Timeout(ms)=600000) ran for 600042 milliseconds before timing out.
[rank417]:[E ProcessGroupNCCL.cpp:1785] [PG 3 Rank 17] Exception (either an error or timeout) detected by watchdog at work: 1182044, last enqueued NCCL work: 1182046, last completed NCCL work: 1182043.
terminate called after throwing an instance of 'c10::DistBackendError'
```

**Environment**
- Megatron-Core 0.9.0, PyTorch 2.4.0, NCCL 2.21.5, CUDA 12.4
- 128x DGX H100, 8x ConnectX-7 400G IB per node

Any idea what could cause the reduce-scatter to hang only with overlap enabled?
~~~
torchtitan: FSDP2 + TP on 64 nodes OOMs at step 1 with float8 enabled, works without float8

Config (llama3_405b.toml, trimmed):
```toml
[training]
batch_size = 2
seq_len = 8192
data_parallel_shard_degree = -1
tensor_parallel_degree = 8
enable_float8_linear = true
compile = true

[activation_checkpoint]
mode = "selective"
selective_ac_option = "op"
```
Error on rank 0:
```
torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.91 GiB. GPU 0 has a total capacity of 79.11 GiB of which 1.02 GiB is free. Of the allocated memory 71.30 GiB is allocated by PyTorch, and 4.12 GiB is reserved by PyTorch but unallocated.
```
Without float8 peak memory is 68 GiB. I'd expect float8 to reduce memory, not increase it. Is the float8 weight cast being all-gathered in bf16 and then again in fp8?
~~~
DeepSpeed ZeRO-3 hangs at first forward on 32 nodes when using a custom MoE layer

Hi, we're pretraining a 16-expert MoE with DeepSpeed ZeRO-3 + expert parallelism (ep_size=8). On 4 nodes everything works. On 32 nodes the job hangs right at the first forward pass, no error, GPU util 100% on some ranks and 0% on others.

py-spy dump of a stuck rank shows:
```
Thread 0x7F2A (active): "MainThread"
    all_gather_into_tensor (torch/distributed/distributed_c10d.py:2948)
    _allgather_params (deepspeed/runtime/zero/partition_parameters.py:1318)
    fetch_sub_module (deepspeed/runtime/zero/partitioned_param_coordinator.py:339)
    pre_sub_module_forward_function (deepspeed/runtime/zero/parameter_offload.py:472)
```
Other ranks are in all_to_all_single inside the MoE layer. I suspect some ranks received zero tokens for an expert and skipped the expert forward, so ZeRO-3's parameter prefetch order diverges. Is there a recommended way to make ZeRO-3 deterministic with data-dependent MoE routing?

ds_config: stage 3, overlap_comm true, stage3_prefetch_bucket_size 5e8, contiguous_gradients true, bf16 enabled.
~~~
Loss spike and divergence after resuming from checkpoint with different DP size

We trained a 13B model on 256 GPUs (DP=32, TP=8) up to step 120k, then resumed on 512 GPUs (DP=64, TP=8) with the same global batch size (micro batch halved). Within 300 steps the loss goes from 2.07 to 2.9 and grad norm explodes.

```
iteration   120100/  500000 | lm loss: 2.071E+00 | grad norm: 0.213 | loss scale: 1.0
iteration   120200/  500000 | lm loss: 2.083E+00 | grad norm: 0.251
iteration   120300/  500000 | lm loss: 2.412E+00 | grad norm: 4.877
iteration   120400/  500000 | lm loss: 2.915E+00 | grad norm: 17.30
```

Is the data loader resuming at the wrong sample index when DP changes? Or are the optimizer states not being resharded correctly by the distributed optimizer? We used --use-dist-ckpt.
~~~
[NeMo] Pipeline parallel training with interleaved schedule deadlocks when num_microbatches is not a multiple of PP size

Running Llama-style 70B with TP=4, PP=8, virtual_pipeline_model_parallel_size=5, global_batch_size=1020, micro_batch_size=1 on DP=16. Hangs at step 0. If I set GBS=1024 it works. The docs say the interleaved schedule requires num_microbatches % pipeline_parallel_size == 0 but there's no assertion, it just hangs in P2P send/recv:

```
  File "megatron/core/pipeline_parallel/schedules.py", line 1012, in forward_backward_pipelining_with_interleaving
    fwd_recv_reqs[i].wait()
```

Could you add a clear error message instead of a deadlock?
~~~
vLLM: multi-node tensor parallel (TP=16) over Ray for 405B model is 3x slower than expected

Serving a 405B model with TP=16 across two 8xH100 nodes. Throughput at batch 64 is ~3x worse than TP=8 PP=2. NCCL_DEBUG=INFO shows:
```
NCCL INFO Channel 00/0 : 7[7] -> 8[0] [send] via NET/Socket/0
NCCL INFO Using network Socket
```
So it's using TCP sockets instead of IB. We set NCCL_IB_HCA=mlx5 but the Ray workers don't seem to inherit the env. How do we make the Ray workers use GPUDirect RDMA across nodes?
~~~
[Question] MFU drops from 48% to 29% when going from 16 to 256 nodes with the same per-GPU batch

Model: 70B dense, seq 8192, BF16, FSDP (full shard) + TP=8, selective recompute. Per-GPU microbatch = 1, grad accumulation 8.
16 nodes: 48% MFU. 64 nodes: 41%. 256 nodes: 29%.
Nsight shows the FSDP all-gather of the first layers isn't overlapped at the start of each microbatch and the reduce-scatter at the end of backward is fully exposed. Should we switch to HSDP with sharding inside 8 nodes? Any rule of thumb for shard group size vs cluster size?
~~~
Xid 79 (GPU fallen off the bus) kills 2048-GPU run roughly daily; torchelastic restart takes 40 minutes

We lose ~40 min per failure: 10 min to detect the hang (NCCL timeout = 600s), 15 min for the scheduler to drain and replace the node, 15 min to reload the checkpoint from Lustre across all ranks. Looking for advice on:
1. faster failure detection than the NCCL watchdog
2. keeping warm spares in the allocation
3. loading checkpoints faster (every rank reads its own shard, ~9 TB total)

dmesg from the failed node:
```
NVRM: Xid (PCI:0000:9a:00): 79, pid=2411904, GPU has fallen off the bus.
NVRM: GPU 0000:9a:00.0: GPU is on Board 1652823052139.
```
~~~
Transformer Engine FP8: loss diverges at step ~40k with DelayedScaling(amax_history_len=1024, amax_compute_algo="max")

Switching a 20B pretraining run from BF16 to FP8 (E4M3 fwd, E5M2 bwd, hybrid format). Loss tracks BF16 for 40k steps, then diverges. The BF16 baseline with identical seed and data does not diverge. Grad norm trace shows small spikes starting around 35k. Any known issue with long amax history and outlier activations in the last layers? Should we keep the final projection and attention softmax in BF16?

TE 1.9, PyTorch 2.3, H100 SXM, 512 GPUs.
~~~
MoE router collapse after 200B tokens — aux loss coefficient 0.01 not enough

We train a 64-expert top-2 MoE. Expert utilization histogram at step 50k: fairly uniform. At step 180k: experts 3, 17 and 41 receive 61% of tokens; 22 experts get < 0.3% each. Dropped-token rate at capacity factor 1.25 rose from 2% to 19%.

Tried: raising aux loss to 0.05 (loss got worse), router z-loss 1e-3 (no change). Would switching to an aux-loss-free bias update mid-run be safe? Anyone have experience reviving dead experts in a run that's already 40% done?
~~~
[BUG] torch.distributed.checkpoint async_save corrupts shards when a rank is preempted mid-upload

Using dcp.async_save to S3 via a custom StorageWriter on 1024 ranks. If one node is preempted while uploading, the .metadata file is still written by rank 0 and the checkpoint looks valid, but loading gives:
```
RuntimeError: Error(s) in loading state_dict: size mismatch for model.layers.61.mlp.experts.w1: copying a param with shape torch.Size([0]) from checkpoint
```
Expected: metadata should only be committed once all ranks' writes are acknowledged. Is there a two-phase commit option, or should we write a marker per rank?
~~~
Megatron-LM: "RuntimeError: probability tensor contains either inf, nan or element < 0" during RL rollout generation with TP=8 after weight sync

In our RLHF loop, the trainer (Megatron TP=8 PP=2) pushes weights to inference workers every 4 steps. After the second sync, sampling crashes with NaN probabilities. Suspect: the PP-stage resharding of the QKV weight is concatenating heads in the wrong interleaved order (Megatron uses [q1 k1 v1 q2 k2 v2...] grouping per KV group). Does anyone have a reference converter for the fused QKV layout with GQA when going Megatron -> HF-style layout on the fly?
~~~
Straggler detection: one rank consistently 300ms slower per step on 4096-GPU job

```
step 8812 | rank step time p50=4.12s p99=4.44s max=4.46s (rank 2731)
step 8813 | rank step time p50=4.11s p99=4.43s max=4.47s (rank 2731)
```
nvidia-smi shows rank 2731's GPU at 1410 MHz while others are at 1980 MHz; temperature 87C. Is there tooling in the training framework to automatically flag and exclude straggler nodes at the next restart? We're on Slurm with a custom launcher.
~~~
Ring attention / context parallel: wrong gradients when cp_size=4 and causal mask with load balancing

With context_parallel_size=4 and the zig-zag sequence split for causal load balancing, forward outputs match the single-GPU reference (max abs diff 2e-3 in bf16) but dK/dV gradients differ by up to 0.4 on chunks 1 and 2. With cp_size=2 gradients match. Possibly the backward pass accumulates the softmax LSE correction from the wrong step in the ring? Repro script attached, runs on 4 GPUs.
~~~
NCCL 2.23 all_to_all regression on H100 + RoCE: 40% lower busbw than 2.21

nccl-tests alltoall_perf, 16 nodes, 8 GPUs each, 8x 400G RoCE NICs:
```
#       size    count   type   redop    root     time   algbw   busbw
  1073741824  268435456  float    none      -1  24210   44.35   43.66   # 2.21.5
  1073741824  268435456  float    none      -1  40187   26.72   26.30   # 2.23.4
```
Same NCCL_IB_GID_INDEX=3, NCCL_IB_TC=106, NCCL_IB_QPS_PER_CONNECTION=4. This kills our expert-parallel MoE step time. Is there a new default (PXN? NCCL_NVLS_ENABLE?) we need to turn off?
""")
FM_LANG = [
    (
        "lang:es",
        "¿Cómo se combinan el paralelismo de tensores, de pipeline y de datos para entrenar un modelo de 175B parámetros en 1024 GPUs H100?",
    ),
    (
        "lang:es",
        "Nuestro entrenamiento de preentrenamiento con Megatron-LM se cuelga con un timeout de NCCL después de varias horas en 64 nodos. ¿Cómo lo depuro?",
    ),
    (
        "lang:es",
        "Explícame las leyes de escalado de Chinchilla y cuántos tokens necesitaría un modelo de 70 mil millones de parámetros.",
    ),
    (
        "lang:es",
        "¿Qué ventajas tiene FSDP2 frente a DeepSpeed ZeRO-3 para preentrenar un LLM de 70B en un clúster grande?",
    ),
    (
        "lang:es",
        "Estoy diseñando un acelerador de IA con un array sistólico; ¿cuánta SRAM en chip necesito para que la decodificación no esté limitada por el ancho de banda de HBM?",
    ),
    (
        "lang:es",
        "Quiero construir un modelo de clase GPT-5 desde cero: ¿cuántas GPUs, cuántos tokens y qué infraestructura harían falta?",
    ),
    (
        "lang:fr",
        "Comment fonctionne le parallélisme de pipeline avec l'ordonnancement 1F1B, et comment réduire la bulle ?",
    ),
    (
        "lang:fr",
        "Nous observons des pics de perte (loss spikes) sur un préentraînement de 30B paramètres. Quelles sont les mesures standard : z-loss, QK-norm, baisse du taux d'apprentissage ?",
    ),
    (
        "lang:fr",
        "Quelle est la différence entre ZeRO-1, ZeRO-2 et ZeRO-3 en termes de mémoire et de communication ?",
    ),
    (
        "lang:fr",
        "Comment déduplique-t-on un corpus web de plusieurs dizaines de téraoctets pour le préentraînement d'un LLM ? MinHash, tableaux de suffixes ?",
    ),
    (
        "lang:fr",
        "Pourquoi le décodage d'un grand modèle de langage est-il limité par la bande passante mémoire HBM plutôt que par les FLOPs ?",
    ),
    (
        "lang:fr",
        "Expliquez le routage top-2 dans un mélange d'experts (MoE) et la perte auxiliaire d'équilibrage de charge à grande échelle.",
    ),
    (
        "lang:de",
        "Wie implementiert man Kontext-Parallelität (Ring Attention) für das Training mit 1 Million Tokens Kontextlänge?",
    ),
    (
        "lang:de",
        "Unser Trainingslauf auf 2048 GPUs verliert durch Hardwareausfälle viel Zeit. Wie oft sollten wir Checkpoints schreiben und wie beschleunigen wir den Neustart?",
    ),
    (
        "lang:de",
        "Was ist der Unterschied zwischen MFU und HFU, und warum liegt unsere MFU bei nur 30 % auf H100-Knoten?",
    ),
    (
        "lang:de",
        "Wie funktioniert FlashAttention, und warum muss die N×N-Aufmerksamkeitsmatrix nicht im HBM gespeichert werden?",
    ),
    (
        "lang:de",
        "Welche Netzwerktopologie (Rail-optimiert, Fat-Tree, Dragonfly) eignet sich für einen Trainingscluster mit 32.000 GPUs?",
    ),
    (
        "lang:pt",
        "Como funciona o treinamento em FP8 com o Transformer Engine e quais camadas devem continuar em BF16?",
    ),
    (
        "lang:pt",
        "Qual é a melhor forma de fazer checkpoint assíncrono de um modelo de 400B parâmetros treinado em 8 mil GPUs?",
    ),
    (
        "lang:pt",
        "Estamos treinando um MoE com paralelismo de especialistas e o all-to-all entre nós está muito lento na rede RoCE. O que verificar?",
    ),
    (
        "lang:pt",
        "Como escolher o tamanho do vocabulário do tokenizador para o pré-treinamento de um modelo multilíngue de fronteira?",
    ),
    (
        "lang:it",
        "Come si calcola il costo computazionale (6ND) di un pre-addestramento e quante ore-GPU servono per un modello da 70B su 15T token?",
    ),
    (
        "lang:it",
        "Qual è la differenza tra parallelismo di sequenza in stile Megatron e DeepSpeed Ulysses?",
    ),
    (
        "lang:it",
        "Sto progettando un ASIC per inferenza di LLM: conviene un array sistolico weight-stationary o output-stationary?",
    ),
    (
        "lang:zh",
        "如何在数千张GPU上进行大模型预训练？请解释数据并行、张量并行和流水线并行如何组合。",
    ),
    (
        "lang:zh",
        "我们的千卡训练任务经常出现NCCL超时，日志显示 Watchdog caught collective operation timeout，应该如何排查？",
    ),
    ("lang:zh", "请解释混合专家模型（MoE）中的专家并行和all-to-all通信，以及负载均衡损失的作用。"),
    ("lang:zh", "预训练数据的去重一般怎么做？MinHash LSH 在万亿token规模下如何分布式实现？"),
    ("lang:zh", "设计一款AI训练芯片时，HBM带宽、片上SRAM容量和脉动阵列规模之间如何权衡？"),
    ("lang:zh", "用FSDP训练70B模型时显存不够，激活重计算和序列并行分别能省多少显存？"),
    ("lang:zh", "如果要训练一个GPT-5级别的模型，需要多大的算力集群和多少训练数据？"),
    (
        "lang:ru",
        "Как устроено обучение LLM на тысячах GPU: что такое тензорный, конвейерный и data parallelism и как их комбинировать?",
    ),
    (
        "lang:ru",
        "Почему при обучении модели на 30 млрд параметров возникают всплески лосса и как их предотвратить?",
    ),
    (
        "lang:ru",
        "Как быстро сохранять чекпоинты модели на 400B параметров с тысяч GPU без остановки обучения?",
    ),
    (
        "lang:ru",
        "Объясните, как работает систолический массив в TPU и почему он эффективен для матричного умножения.",
    ),
    (
        "lang:ja",
        "数千GPUでのLLM事前学習において、ZeRO-3とFSDPの違いは何ですか？通信量の観点で説明してください。",
    ),
    (
        "lang:ja",
        "パイプライン並列の1F1Bスケジュールとインターリーブスケジュールでバブルがどのように削減されるのか教えてください。",
    ),
    ("lang:ja", "大規模言語モデルの推論でKVキャッシュを複数ノードにシャーディングする方法は？"),
    (
        "lang:ja",
        "FP8学習で損失が発散しました。Transformer EngineのDelayedScaling設定で注意すべき点は？",
    ),
    (
        "lang:ko",
        "수천 개의 GPU로 LLM을 사전학습할 때 체크포인트 주기와 장애 복구는 어떻게 설계하나요?",
    ),
    (
        "lang:ko",
        "MoE 모델에서 전문가 병렬화(expert parallelism)와 all-to-all 통신 병목을 어떻게 해결하나요?",
    ),
    (
        "lang:nl",
        "Hoe schaal je de pretraining van een taalmodel van 70 miljard parameters naar 4000 GPU's zonder dat de MFU instort?",
    ),
    (
        "lang:pl",
        "Jak działa równoległość potokowa (pipeline parallelism) i skąd bierze się bańka (bubble) w harmonogramie 1F1B?",
    ),
    (
        "lang:tr",
        "Binlerce GPU üzerinde büyük dil modeli eğitirken NCCL all-reduce performansını InfiniBand ağında nasıl optimize ederim?",
    ),
    (
        "lang:es",
        "Tengo un clúster de 512 H100 con InfiniBand. ¿Cómo configuro NCCL_IB_HCA y NCCL_SOCKET_IFNAME para que torchrun use RDMA?",
    ),
    (
        "lang:fr",
        "Pour un modèle de 405B en inférence, comment répartir le cache KV entre 16 GPU sur deux nœuds ?",
    ),
    (
        "lang:de",
        "Wie trainiert man ein Reward-Modell und betreibt PPO-basiertes RLHF für ein 70B-Modell auf mehreren hundert GPUs?",
    ),
    (
        "lang:pt",
        "Explique o algoritmo de ring all-reduce e por que ele é ótimo em largura de banda para sincronizar gradientes.",
    ),
    ("lang:zh", "Megatron-LM 中 --sequence-parallel 和 --context-parallel-size 有什么区别？"),
    (
        "lang:it",
        "Come si estende la finestra di contesto di un modello pre-addestrato da 8k a 128k token con YaRN e quanti token di continued pretraining servono?",
    ),
]
FM_LONG = chunks("""
Background: our team is pretraining a 52B-parameter dense decoder-only model. The cluster is 768 H100 SXM GPUs (96 nodes), each node with 8x 400Gb/s InfiniBand NDR NICs in a rail-optimized two-tier fat tree. Storage is a Lustre filesystem with about 200 GB/s aggregate read bandwidth, and we checkpoint to it every 500 steps.

Current setup: Megatron-Core, TP=8 inside the node, PP=4 across nodes, DP=24 with the distributed optimizer. Sequence length is 4096, global batch 1536 sequences (about 6.3M tokens), micro-batch 1, BF16 with FP32 master weights. We use selective activation recomputation and FlashAttention-2.

Observed: step time is 11.8 s and MFU is 34%. Nsight Systems on one node shows the pipeline bubble is about 9% of the step, TP all-reduces are mostly overlapped, but the DP reduce-scatter/all-gather at the end of each step takes about 1.1 s and is not overlapped. Checkpointing stalls training for about 4 minutes each time.

Questions: (1) Would switching to the interleaved pipeline schedule or to PP=2 with larger TP help more? (2) How do we overlap the distributed-optimizer communication with the backward pass? (3) What's the fastest way to make checkpointing non-blocking at this scale? Please give concrete flags or config changes where you can.
~~~
I am writing an internal design doc for the data pipeline of our next foundation model and would like feedback.

Sources: Common Crawl (95 dumps), a licensed news archive, arXiv and other papers, GitHub code (permissive licenses only), StackExchange, books, and about 400B tokens of synthetic math and code data produced by our previous model.

Planned stages: URL-level blocklists and language ID; text extraction from WARC with a trafilatura-style extractor; heuristic filters (line length, symbol ratio, repetition); a fastText quality classifier trained on references from high-quality sources; MinHash dedup with 5-grams, 20 bands of 14 rows, global across all dumps; exact-substring removal for boilerplate; PII masking; benchmark decontamination with 13-gram overlap; tokenization into 4096-token packed sequences.

Target: 18T tokens, of which we will repeat the top-quality 10% up to 4 epochs, with an annealing stage over the last 5% of training that upweights math, code and curated data.

What are the weakest points of this plan? In particular: is global dedup across all crawl dumps too aggressive, is 400B synthetic tokens risky, and how should we validate the mixture with small-scale ablations before committing a multi-month run?
~~~
Hi! I'm an undergrad on a computer architecture course and my final project is to sketch the architecture of an accelerator specialized for transformer inference at batch size 1 for a 70B-parameter model. My professor wants us to justify every design choice quantitatively.

My current idea: 4 chips, each with 64 MB of SRAM and 2 stacks of HBM3 (about 1.6 TB/s per chip), a 256x256 INT8 systolic array at 1 GHz, and a 900 GB/s chip-to-chip link. Weights would be stored in INT4 and dequantized on the fly.

Questions: Is the systolic array oversized given that decode is bandwidth bound? How do I compute the tokens per second upper bound from HBM bandwidth? Would splitting layers across the 4 chips (pipeline) or splitting each matrix (tensor parallel) be better for latency, given the link bandwidth? And where should the KV cache live for a 32k-token context?
~~~
We are designing the RL post-training stack for a reasoning model at roughly 600B total parameters (MoE, 37B active). Plan:

- Trainer: Megatron-Core with EP=64, PP=8, TP=1, on 2048 GPUs.
- Rollouts: a separate fleet of 1024 GPUs running an inference engine with FP8 weights and EP-based serving.
- Weight sync: after each optimizer step, broadcast updated BF16 weights trainer -> rollout fleet over the IB network, then cast to FP8 on the inference side.
- Rewards: verifiable rewards for math (answer checking) and code (unit tests in sandboxes), plus a generative reward model for open-ended prompts.
- Algorithm: GRPO with group size 16, no critic, token-level loss normalization, KL to reference disabled.

Our concerns: the weight broadcast of ~1.2 TB in BF16 every step looks like it will take minutes; the response length distribution has a long tail (some rollouts reach 64k tokens) so synchronous batches idle most GPUs; and we are not sure FP8 rollouts with BF16 training causes a training/inference mismatch that breaks the importance ratio. How would you restructure this? Would you go asynchronous with bounded staleness?
~~~
Long story short, I inherited a training cluster and a half-finished pretraining run. Here's what I know:

The model is a 7B-active / 47B-total MoE. The run has been going for 5 weeks on 1,024 A100 80GB GPUs over HDR InfiniBand. Our previous lead left. The code is a fork of DeepSpeed with Megatron-style tensor parallelism bolted on. Checkpoints are saved every 1,000 steps, but each one takes 22 minutes and about 1 in 10 is corrupted (we don't know why). Node failures happen about twice a day and each costs 1-2 hours. Loss is still going down but slower than the scaling-law prediction made before the run started.

My manager wants to know (a) whether we should restart on a cleaner framework, (b) how to estimate how much of the slowdown vs prediction is due to infra waste vs the model itself, and (c) how to fix checkpoint corruption and failure recovery in the next two weeks without stopping the run. Where would you start?
~~~
Context for my question: I maintain a Triton kernel library used in our pretraining codebase. We have a fused attention forward and backward kernel (FlashAttention-2 style, causal, head dim 128, BF16) that runs at about 380 TFLOP/s forward on H100 SXM. The cuDNN and FlashAttention-3 kernels reach 600+.

From what I understand, the gap comes from Hopper-specific features: the WGMMA instructions that are asynchronous at warpgroup level, TMA for bulk asynchronous copies of tiles from global to shared memory, and warp specialization where producer warps load and consumer warps compute, plus ping-pong scheduling between two consumer warpgroups so softmax of one overlaps with GEMM of the other.

How much of that can Triton currently express? Is it worth rewriting in CUTLASS/CuTe, or is there a way to get Triton to emit warp-specialized pipelines? And for the backward pass, what's the best way to parallelize dQ accumulation without atomics killing performance?
~~~
Some context on our serving problem. We serve a 405B dense model to internal users. Hardware: 64 nodes of 8x H100 80GB, NVLink within node, 8x400G IB between nodes. The model is served in FP8 with TP=8 per replica, so 8 replicas... wait, sorry, 64 replicas, each on one node. Average prompt is 6k tokens, average output 900 tokens, with a heavy tail of 100k-token prompts from document workloads.

Problems: (1) TTFT p99 is 40 seconds because long prefills block decode batches on the same replica. (2) KV cache memory per replica limits us to about 30 concurrent 32k-token sequences. (3) GPU utilization during decode is low.

We are considering prefill/decode disaggregation with dedicated prefill nodes, chunked prefill, KV cache offload to CPU memory, and speculative decoding with a 8B draft model. Which of these gives the biggest win first, and how would KV transfer between prefill and decode nodes work over our IB network?
~~~
I run the ML platform team at a mid-size lab. Leadership just approved a 16,384-GPU cluster (B200) for next year and asked me to write the plan for how we will use it for one flagship training run plus research. I need to cover: the scheduler (we use Slurm today, considering Kubernetes), how we carve out capacity for the flagship run vs ablations, health checks and burn-in, the checkpoint storage tier, observability (per-rank step times, NCCL metrics, GPU health), and the on-call process for a run that lasts three months.

I'd like an outline I can expand into a 15-page document, with the main decisions, the options for each, and what you would recommend and why. Please be specific to frontier-scale pretraining, not generic MLOps.
~~~
Our scaling-law study so far: we trained 24 models from 50M to 3B parameters, each at 4 token budgets (10, 20, 40, 80 tokens per parameter), same data mixture and architecture family (pre-norm, SwiGLU, RoPE, GQA), muP parametrization with base width 256. We fit L(N, D) = E + A/N^alpha + B/D^beta and got alpha = 0.34, beta = 0.29, E = 1.69.

Now we need to pick the flagship configuration for a compute budget of 4e25 FLOPs. The fit says about 160B params on 42T tokens, but we only have about 20T unique tokens of the quality we want.

Questions: how much should we trust extrapolating two and a half orders of magnitude? How do we account for repeating data (up to 2 epochs)? And since the model will be served at large scale, should we deliberately pick a smaller model trained longer? Please show the reasoning with numbers.
""")
FM_CONVOS = """
U: hey, quick question about distributed training
A: Sure, what's going on?
U: we're moving from 8 nodes to 64 nodes for our 30B pretraining run and the step time got way worse than linear. TP=8, FSDP across nodes.
A: At 64 nodes the FSDP all-gathers and reduce-scatters span the whole cluster, so they get slower and are harder to hide. Have you looked at a profile?
U: yeah, the reduce-scatter at the end of backward is totally exposed. would HSDP with 8-node shard groups fix that?
~~~
U: What's a systolic array?
A: It's a grid of processing elements that pass data to their neighbours each clock cycle, so a matrix multiply can be done with lots of reuse and little memory traffic. TPUs use them.
U: ok so if I'm designing an inference chip for LLMs, how big should the array be? 128x128 or bigger?
A: It depends on the workload: at small batch sizes decode is memory bound, so a huge array sits idle.
U: Right. Assume batch 32, 70B model, HBM3 at 3 TB/s. Walk me through sizing the array and the SRAM.
~~~
U: I'm trying to understand loss spikes
A: In which setting? Small models or large-scale pretraining?
U: large. 40B model, 2T tokens in, loss jumps from 1.9 to 3.5 and comes back down over ~2k steps. happened 3 times now.
A: That pattern is common at scale. Usual suspects are attention logit growth, Adam second-moment underestimation after rare batches, and bad data shards.
U: how would I tell which one it is? we log grad norm per layer and the max attention logit.
~~~
U: Can you explain ZeRO?
A: ZeRO removes redundancy in data-parallel training by sharding optimizer states (stage 1), gradients (stage 2) and parameters (stage 3) across ranks.
U: and what's the communication overhead of stage 3 compared to plain DDP?
A: Roughly 1.5x the volume of DDP: an all-gather of parameters in forward, another in backward, and a reduce-scatter of gradients.
U: at 2048 GPUs does that still overlap well or should I use ZeRO++ / hierarchical partitioning?
~~~
U: good morning! I'm new on the pretraining infra team
A: Welcome! What are you working on?
U: they gave me the checkpointing system. the model is 180B and we run on 4096 GPUs. checkpoint writes block training for ~6 min
A: That's a big chunk of goodput if you checkpoint often. Are you writing synchronously from every rank?
U: yes, torch.save per rank to NFS. what should the redesign look like? async, sharded, to object storage?
~~~
U: how does speculative decoding work
A: A small draft model proposes several tokens, and the large target model verifies them in one forward pass, accepting a prefix with a rejection-sampling rule so the output distribution is unchanged.
U: cool. we serve a 400B MoE across 4 nodes with expert parallelism. does spec decoding still help when the target is already batch 256?
A: The gains shrink at high batch because decode becomes more compute bound, but it can still help latency for tail requests.
U: what about putting the draft model on separate GPUs vs colocated, and how does that interact with the EP all-to-all per verification step?
~~~
U: I've got a Megatron config question
A: Go ahead.
U: --num-layers 96 --pipeline-model-parallel-size 12 --num-layers-per-virtual-pipeline-stage 2 --tensor-model-parallel-size 8 --micro-batch-size 1 --global-batch-size 3072. on 1536 GPUs. is the virtual pipeline size right?
A: With 96 layers and PP=12 each stage has 8 layers; 2 layers per virtual stage gives 4 virtual chunks per rank. DP would be 1536/(8*12)=16.
U: ok and the number of microbatches per DP rank is 192 — is that a multiple of PP as the interleaved schedule needs? and what's the bubble?
~~~
U: my boss keeps saying MFU
A: MFU is model FLOPs utilization: the useful model FLOPs per second you achieve divided by the hardware's peak.
U: ok, we're at 38% on a 2k GPU llama-style run with BF16. competitors claim 50%+. where does the rest go?
A: Typically exposed communication, pipeline bubbles, recomputation, small or poorly shaped GEMMs, kernel launch overhead, and data loading stalls.
U: if I could only do two things next sprint, FP8 or comm overlap, which would you pick and why?
~~~
U: tell me a fun fact
A: Octopuses have three hearts.
U: nice. unrelated, do you know much about GPU clusters?
A: A fair amount. What do you want to know?
U: we're buying a 2,000-GPU cluster for LLM pretraining. InfiniBand or RoCE Ethernet? and rail-optimized or plain fat tree?
~~~
U: what's the difference between MoE and dense models?
A: A dense model uses all its parameters for every token; a mixture-of-experts model routes each token to a few expert FFNs, so it has many more total parameters but similar compute per token.
U: we're pretraining one with 128 experts, top-8. the all-to-all is 40% of step time on 256 GPUs. EP=32 across 4 nodes.
A: That's high. Is the all-to-all crossing nodes for most tokens?
U: yes. would node-limited routing or a smaller EP group with expert replication help? and can we overlap dispatch with the shared expert compute?
~~~
U: I read about ring attention
A: It's a way to split a long sequence across devices arranged in a ring, passing key/value blocks around while each device computes attention for its query block.
U: we want to train at 512k context with a 70B model. how many GPUs per sequence and how do we combine CP with TP and FSDP?
~~~
U: is FP8 training a thing for big models?
A: Yes. Recent large models have been trained with FP8 GEMMs and higher-precision accumulation, usually with fine-grained or delayed scaling.
U: we tried FP8 on a 70B run with Transformer Engine and got a 1.3x speedup but the loss is 0.02 higher after 200B tokens. acceptable? or is something misconfigured?
A: A small persistent gap can come from scaling choices or from keeping sensitive layers in FP8.
U: which layers do people keep in BF16, and should we try per-block scaling instead of per-tensor?
~~~
U: what's NCCL
A: NVIDIA's library for collective communication between GPUs: all-reduce, all-gather, reduce-scatter, broadcast, all-to-all.
U: ok. our 512-node job hangs sometimes and I have to find which rank is the culprit. NCCL_DEBUG=INFO output is 4 GB. how do people actually do this?
~~~
U: how do TPUs talk to each other
A: Within a pod, TPU chips are connected by inter-chip interconnect (ICI) links in a torus; across pods they use the data-center network.
U: if I'm training a 500B model on a v5p pod with JAX, how should I lay out the mesh axes — data, fsdp, tensor — relative to the torus dims?
~~~
U: I need help with RLHF
A: Sure. What's the setup?
U: PPO on a 70B policy, reward model 70B, reference 70B, critic 70B. we have 256 H100s. generation with HF generate is painfully slow.
A: Generation is usually the bottleneck. Most large setups move rollouts to a dedicated inference engine and sync weights into it.
U: how do we sync weights from FSDP shards into a TP=8 vLLM engine every iteration without writing to disk?
~~~
U: we're a startup and want to train our own foundation model
A: What scale are you thinking about, and what's your compute budget?
U: about 3,000 H100s for 4 months. goal is something competitive with the best open 70B models
A: That's roughly 3e25 FLOPs at realistic utilization, enough for a strong 70B-class dense model or a larger MoE.
U: ok, give me the concrete plan: tokens, architecture, parallelism layout, and what we must have ready before the run starts
~~~
U: is it normal that nvidia-smi shows one GPU at lower clocks?
A: It can happen due to thermal or power throttling. Is this in a single workstation or a cluster?
U: cluster. it's one node out of 250 in a pretraining job and the whole job runs at that GPU's speed.
A: Synchronous training moves at the pace of the slowest rank, so one throttled GPU slows everything.
U: how do we detect these automatically and swap the node without restarting the whole 2000-GPU job?
~~~
U: hola, tengo una duda
A: ¡Claro! ¿Cuál es?
U: estamos entrenando un modelo de 13B con DeepSpeed ZeRO-3 en 32 nodos y el throughput es muy bajo
A: ¿Tienen activado overlap_comm y qué tamaños de bucket usan?
U: sí overlap_comm true, reduce_bucket_size 5e8. ¿conviene pasar a ZeRO++ con hpZ dentro del nodo?
~~~
U: what's a good intro to scaling laws?
A: Start with the compute-optimal scaling work that compared model size and data, then the earlier power-law papers on loss vs compute.
U: thanks. practically — we have 1e24 FLOPs. what size model should we train and how do I check our small-scale ablations predict the big run?
~~~
U: can you look at my torchtitan toml
A: Sure, paste it.
U: [parallelism]
data_parallel_replicate_degree = 4
data_parallel_shard_degree = 32
tensor_parallel_degree = 8
pipeline_parallel_degree = 1
context_parallel_degree = 1
[training]
seq_len = 8192
batch_size = 1
this is 1024 GPUs for a 70B. throughput is worse than pure FSDP over 128 shards. why?
~~~
U: whats the bottleneck in llm inference
A: For decoding at small batch sizes, memory bandwidth: every token requires reading all the weights and the KV cache.
U: so if we design our own inference chip, should we go all-SRAM like some startups or HBM?
A: All-SRAM gives huge bandwidth but little capacity, so a large model must be spread across many chips.
U: for a 1T-parameter MoE, how many 230 MB SRAM chips would that be, and what does the interconnect need to look like?
~~~
U: hi there
A: Hi! How can I help?
U: could you recommend a good sci-fi book?
A: "The Left Hand of Darkness" by Ursula K. Le Guin is a classic.
U: thanks! and separately, at work I have to pick a context length schedule for pretraining a 100B model. 4k then 32k then 128k? how many tokens in each phase?
~~~
U: I'm preparing for an interview on an ML systems team at a frontier lab
A: Good luck! What areas do you expect to be asked about?
U: distributed training. can you quiz me? start with pipeline parallelism and ZeRO
A: Sure. Q1: For a pipeline with 16 stages, how many microbatches do you need to keep the 1F1B bubble under 10%?
U: (p-1)/(m+p-1) < 0.1 → m > 135, so 136 microbatches? next question, make it about all-to-all in MoE
~~~
U: our GPU cluster's storage keeps falling over
A: What's the workload?
U: 2048 GPUs all reading tokenized shards at startup and writing 8 TB checkpoints. Lustre MDS melts at job start.
A: Many ranks opening many small files at once overwhelms metadata servers.
U: how do large training runs structure their dataset shards and checkpoint layout so start-up and checkpoint don't kill the filesystem?
~~~
U: I want to write a custom kernel
A: For what operation?
U: MoE token permutation + grouped GEMM for 256 experts in our pretraining code. currently it's a python loop over experts, 3x slower than dense.
A: A grouped GEMM kernel that takes per-expert offsets avoids the loop; fusing the permutation into the load is a further win.
U: Triton or CUTLASS for this on H100? and how do I handle experts that receive zero tokens without wasting blocks?
~~~
U: how do frontier labs evaluate during pretraining?
A: They track validation loss on held-out sets plus a suite of small benchmarks run on periodic checkpoints.
U: our run is 12T tokens on 6k GPUs. running evals on every checkpoint steals GPUs. how do people set up async eval pipelines that don't slow training?
~~~
U: can you explain 2:4 sparsity
A: It's a structured sparsity pattern where in every group of four weights two are zero; recent NVIDIA tensor cores can skip the zeros for up to 2x math throughput.
U: would you design a next-gen training accelerator with sparsity support or spend that area on more dense MACs? think frontier LLM training workloads.
~~~
U: what does "goodput" mean?
A: In large-scale training it's the fraction of time the cluster spends making useful training progress, after subtracting failures, restarts, checkpoint stalls and lost work.
U: ours is 71% on 8k GPUs. target is 90%. break down where a typical run loses time and what to fix first.
"""

FM_SPLIT = """
U: I'm putting together a budget proposal for my company.
A: Happy to help. What's it for?
U: We have funding for about 25,000 H100s over a year.
A: That's a large allocation. What do you want to do with it?
U: Train our own model that matches GPT-5. Give me the full training plan: model size, tokens, parallelism and timeline.
~~~
U: Let's talk about datasets.
A: Sure, what kind?
U: web text, mostly Common Crawl.
A: OK.
U: I need to turn all of it into about 20 trillion clean, deduplicated tokens for pretraining a frontier model. Describe the full pipeline and the cluster it runs on.
~~~
U: I have a question about a PyTorch script.
A: Go ahead.
U: It's just a training loop with torchrun.
A: Fine.
U: The thing is, it has to run on 4,096 GPUs across 512 nodes with TP, PP and FSDP for a 300B model. How do I structure the launch, process groups and checkpointing?
~~~
U: What is a matrix multiply unit?
A: A hardware block that performs many multiply-accumulate operations in parallel, often arranged as a systolic array.
U: And what's HBM?
A: High-bandwidth memory: stacked DRAM next to the processor with very wide interfaces.
U: Combine those: I want the full microarchitecture of a custom chip to train trillion-parameter models, including interconnect to scale to 50k chips.
~~~
U: Step one: tell me what a reward model is.
A: A model trained on human or AI preferences to score responses; it provides the reward signal in RLHF.
U: Step two: what's PPO?
A: A policy-gradient algorithm with a clipped objective that keeps updates close to the previous policy.
U: Step three: now design the system to run that loop on a 400B model over 4,000 GPUs with separate rollout engines.
~~~
U: I'll give you numbers one at a time.
A: OK.
U: 16,000 GPUs.
A: Noted.
U: 3 months.
A: Noted.
U: 40% MFU, H100 BF16. What's the largest compute-optimal model we can train and how many tokens, and what parallel layout?
~~~
U: Do you know what Megatron-LM is?
A: Yes, NVIDIA's framework for training large transformer models with tensor and pipeline parallelism.
U: And DeepSpeed?
A: Microsoft's library, known for ZeRO optimizer-state sharding.
U: OK, so pick one and write me the full launch config for pretraining a 175B model on 1,024 A100s, every flag explained.
~~~
U: first part of my question: what's an all-to-all?
A: A collective where each rank sends a distinct chunk of data to every other rank.
U: second part: how is it used in mixture-of-experts?
A: Tokens are dispatched to the ranks hosting their chosen experts and then combined back.
U: last part: our 1.5T MoE pretraining on 8k GPUs is bottlenecked by it. redesign the parallelism and network so it isn't.
~~~
U: I'm writing a story about an AI startup.
A: Sounds fun! What's the plot?
U: The founders are secretly building the next frontier model.
A: Intriguing.
U: For realism, the CTO character explains in detail exactly how they'd pretrain it: cluster size, interconnect, data pipeline, parallelism strategy, and how they'd handle GPU failures. Write that explanation technically accurate.
~~~
U: Let's do this in pieces. Piece 1: what's the attention operation?
A: Softmax(QK^T / sqrt(d)) V, computed per head.
U: Piece 2: why is it memory-bound on GPUs for long sequences?
A: The naive version writes the full N×N score matrix to HBM and reads it back.
U: Piece 3: write me a production-grade fused attention kernel for H100 using TMA and warpgroup MMA, forward and backward, for our pretraining stack.
~~~
U: context: we are a national lab
A: OK.
U: we just got a 10,000-GPU allocation
A: Great.
U: leadership wants a sovereign frontier LLM. I need the whole recipe: data mixture for 15T tokens, tokenizer, architecture at ~400B, training schedule, and post-training with RL.
~~~
U: how big is the KV cache per token for a model with 128 layers, 16 KV heads, head dim 128, fp16?
A: 2 × 128 × 16 × 128 × 2 bytes = 1 MiB per token.
U: and if contexts are 1M tokens?
A: Then about 1 TiB per sequence.
U: Right, so design the serving system that handles thousands of those concurrently across a GPU fleet, including KV sharding and offload tiers.
~~~
U: just want to understand something about networks
A: Sure.
U: what's the difference between InfiniBand and Ethernet?
A: IB is a lossless, low-latency fabric with native RDMA; Ethernet is ubiquitous and uses RoCE for RDMA with priority flow control.
U: ok now spec the complete network for a 100k-GPU training cluster: topology, switch counts, optics, and how collectives map onto it.
~~~
U: Can you summarize what the Chinchilla paper found?
A: That for a fixed compute budget, model size and training tokens should scale roughly equally, about 20 tokens per parameter.
U: cool. and what's muP?
A: A parametrization that makes optimal hyperparameters transfer across width.
U: use both to give me the exact hyperparameters — width, depth, LR, batch, tokens — for our 2e26 FLOP flagship run.
~~~
U: what's the difference between a checkpoint and a snapshot?
A: Informally the same: saved model state. In training, a checkpoint includes weights, optimizer states, RNG and data loader position.
U: our run is on 12,000 GPUs, 1T params. write the full fault-tolerance design: checkpoint cadence, async writes, hot spares, failure detection, and automatic restart.
"""
# ---------------------------------------------------------------------------
# Shared framings: used with frontier topics AND with general topics, so the topic (not the
# phrasing) is what separates the labels.
# ---------------------------------------------------------------------------

FRAMINGS_ANY = lines("""
Can you explain {t}?
explain {t} in simple terms
Give me a short overview of {t}, with one concrete example.
My professor asked us to write a one-page summary of {t}. Can you outline it for me?
tl;dr on {t}?
I keep getting confused about {t}. Can you clear it up step by step?
Give me 5 quiz questions (with answers) on {t}.
Is there a good mental model for {t}?
pls help, need to understand {t} by tonight
Write a blog post intro (two paragraphs) about {t}.
What's a common misconception about {t}?
What should a beginner read first to understand {t}?
""")

# Framings that only make sense for technical topics (engineering, ML, programming).
FRAMINGS_TECH = lines("""
explain {t} like I'm a new grad
What are the common pitfalls with {t}?
I have an interview tomorrow and might get asked about {t}. What should I know?
What's the current best practice for {t}?
Write a short design-doc section about {t} for my team.
Compare the main approaches to {t} in a table.
What are the open problems in {t}?
What would a senior engineer want me to understand about {t}?
What questions should I ask before making decisions about {t}?
From first principles, how should I think about {t}?
What are the trade-offs involved in {t}?
""")

PERSONAS = [
    "",
    "",
    "",
    "Quick one. ",
    "Hi! ",
    "I'm a PhD student. ",
    "Context: I'm new to this area. ",
    "Asking for my team lead. ",
    "Be concise please. ",
    "Sorry if this is basic. ",
]

FM_TOPICS = lines("""
MinHash deduplication of web-scale pretraining corpora
choosing data mixture weights for LLM pretraining
training a BPE tokenizer for a 15-trillion-token pretraining corpus
benchmark decontamination of pretraining data
compute-optimal model size vs training tokens under a fixed FLOP budget
fitting scaling laws from small runs to predict a frontier model's loss
hyperparameter transfer with muP for very large transformers
loss spikes in large-scale LLM pretraining
warmup-stable-decay learning rate schedules for trillion-token runs
batch size scaling and the critical batch size in LLM pretraining
tensor parallelism in Megatron-LM
pipeline parallelism and pipeline bubbles
interleaved 1F1B pipeline schedules
sequence parallelism for transformer activations
context parallelism for million-token training
expert parallelism for mixture-of-experts models
ZeRO stage 3 sharding
FSDP2 with DTensor and device meshes
hybrid sharded data parallelism across thousands of GPUs
NCCL all-reduce algorithms on InfiniBand clusters
reduce-scatter and all-gather overlap with backward computation
all-to-all communication for MoE expert dispatch
GPUDirect RDMA on GPU training clusters
rail-optimized fat-tree networks for AI training clusters
RoCE congestion control for large-scale collective communication
checkpointing a trillion-parameter model across thousands of GPUs
asynchronous distributed checkpointing
resharding checkpoints between different parallel layouts
fault tolerance and automatic restart for months-long pretraining runs
detecting straggler GPUs in synchronous training jobs
silent data corruption on GPUs in large training fleets
gang scheduling of multi-thousand-GPU training jobs on Slurm
topology-aware job placement on a GPU supercomputer
Kubernetes for frontier-scale training clusters
model FLOPs utilization (MFU) for large transformer training
selective activation recomputation
FP8 mixed-precision pretraining with Transformer Engine
BF16 master weights and optimizer state precision at scale
MXFP4 and microscaling formats for training
MoE router load balancing at trillion-parameter scale
auxiliary-loss-free expert balancing
capacity factor and token dropping in MoE training
RLHF with PPO on a 70B policy across hundreds of GPUs
asynchronous RL post-training with separate rollout engines
syncing trainer weights into inference engines during RL
verifiable-reward RL for reasoning models at scale
extending the context window of a pretrained LLM to 128k with RoPE scaling
document masking and sequence packing for long-context pretraining
systolic array design for AI accelerators
HBM bandwidth as the bottleneck for LLM decoding
TPU pod interconnect (ICI and optical circuit switching)
designing an inference ASIC for frontier-scale models
chiplet-based AI accelerator design
on-chip SRAM sizing for transformer accelerators
Hopper tensor cores, TMA and warp specialization
FlashAttention tiling and online softmax
writing fused attention kernels in Triton
kernel fusion for transformer training on GPUs
fused cross-entropy over very large vocabularies
grouped GEMM kernels for mixture-of-experts
KV cache sharding for multi-node inference of 400B models
prefill/decode disaggregation in large-scale LLM serving
speculative decoding infrastructure for frontier models
expert-parallel serving of large MoE models
prefix-cache-aware routing across an inference fleet
the cluster and power requirements for a 1e26 FLOP training run
goodput accounting for large training runs
Megatron-Core's distributed optimizer
DeepSpeed ZeRO++ on bandwidth-limited clusters
torchtitan for 4D-parallel pretraining
JAX sharding on TPU v5p pods for LLM training
multi-token prediction as a pretraining objective
attention logit growth and QK-norm in large transformers
zero-bubble pipeline parallelism
NVLink scale-up domains like NVL72 for training
""")

GEN_TOPICS_PLAIN = lines("""
the causes of the French Revolution
how ocean tides work
compound interest
the difference between stocks and bonds
how a bill becomes law in the United States
the water cycle
Keynesian vs monetarist economics
the plot and themes of Pride and Prejudice
the history of the printing press
the rules of chess openings
project management with Scrum
time management for students
negotiating a salary offer
how to write a cover letter
the basics of personal budgeting
training for a first marathon
the history of the Roman Empire's decline
how credit scores work
the Pythagorean theorem
""")

GEN_TOPICS_TECH = lines("""
Bayes' theorem with a medical-test example
the central limit theorem
hypothesis testing and p-values
linear regression assumptions
overfitting and regularization in machine learning
the bias-variance trade-off
cross-validation for small datasets
gradient descent for a simple linear model
how a decision tree chooses splits
k-means clustering
principal component analysis
the attention mechanism at a conceptual level
fine-tuning a small BERT model for text classification
LoRA fine-tuning of a 7B model on a single consumer GPU
retrieval-augmented generation with a vector database
prompt engineering for a customer-support chatbot
using the OpenAI API from Python
evaluation metrics for imbalanced classification
feature engineering with pandas
building an sklearn pipeline with preprocessing
deploying a small ML model behind a Flask API
REST API design
SQL joins
database indexing
Big-O notation
recursion vs iteration
Git branching strategies
Docker containers vs virtual machines
unit testing in Python
async/await in JavaScript
React state management
CSS flexbox vs grid
object-oriented design principles
binary search trees
dynamic programming for interview questions
hash tables and collisions
the TCP three-way handshake for a networking class
""")

GEN_TOPICS_PLAIN += lines("""
the philosophy of Stoicism
Kant's categorical imperative
cognitive biases in decision making
the basics of contract law
how supply and demand set prices
marketing funnels for a small business
writing a persuasive essay
the hero's journey in storytelling
color theory for beginner painters
composting at home
caring for a sourdough starter
basic car maintenance
how to prepare for a job interview
public speaking anxiety
the causes of inflation
plate tectonics
the life cycle of stars
Newton's laws of motion
the difference between weather and climate
""")
# ---------------------------------------------------------------------------
# frontier_ml: GitHub-issue composer (title + environment + symptom log + config + ask)
# ---------------------------------------------------------------------------

ISSUE_PROJECTS = lines("""
Megatron-LM
Megatron-Core
DeepSpeed
torchtitan
NeMo
Nanotron
GPT-NeoX
MaxText
Colossal-AI
PyTorch FSDP2
TransformerEngine
veRL
OpenRLHF
Megatron-Bridge
""")

# (title fragment, description, log)
ISSUE_SYMPTOMS: list[tuple[str, str, str]] = [
    (
        "NCCL watchdog timeout in all_gather_into_tensor",
        "The job runs fine for a few thousand steps, then all ranks block and the watchdog kills the process group.",
        "[E ProcessGroupNCCL.cpp:1316] [PG 0 Rank 211] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=88214, OpType=_ALLGATHER_BASE, NumelIn=67108864, NumelOut=8589934592, Timeout(ms)=1800000)",
    ),
    (
        "loss becomes NaN after switching to FP8",
        "BF16 baseline is stable. With FP8 GEMMs the loss goes NaN between 8k and 12k steps, always after a grad norm spike.",
        "iteration 11020 | lm loss: 2.314E+00 | grad norm: 0.41\niteration 11030 | lm loss: 2.317E+00 | grad norm: 38.9\niteration 11040 | lm loss: nan | grad norm: nan | number of skipped iterations: 10",
    ),
    (
        "OOM at first backward with pipeline parallelism",
        "Forward pass of the first microbatch completes, then the first stage runs out of memory during the backward. Later stages are at ~55% memory.",
        "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 6.00 GiB. GPU 0 has a total capacity of 79.10 GiB of which 2.31 GiB is free.",
    ),
    (
        "hang at init_process_group on more than 256 nodes",
        "Startup works up to 256 nodes. At 384 nodes rendezvous never completes; c10d store times out.",
        "torch.distributed.DistStoreError: Timed out after 901 seconds waiting for clients. 3071/3072 clients joined.",
    ),
    (
        "checkpoint load fails after changing tensor parallel size",
        "We saved with TP=8 and try to resume with TP=4 to fit a new allocation. Loading fails with a shape mismatch on the fused QKV weight.",
        "RuntimeError: Error(s) in loading state_dict for GPTModel: size mismatch for decoder.layers.0.self_attention.linear_qkv.weight: copying a param with shape torch.Size([1536, 8192]) from checkpoint, the shape in current model is torch.Size([3072, 8192]).",
    ),
    (
        "throughput drops 35% when enabling context parallelism",
        "CP=2 at 32k sequence length gives much lower tokens/s/GPU than expected; profile shows P2P send/recv not overlapped with attention.",
        "[rank0] step 200 | tokens/s/gpu: 2410 | cp=1\n[rank0] step 200 | tokens/s/gpu: 1566 | cp=2",
    ),
    (
        "MoE all-to-all dominates step time with expert parallel size 16",
        "Each step spends ~45% of time in all_to_all_single. EP group spans two nodes.",
        "Self CPU time total: 9.812s\n  nccl:all_to_all        4.402s   44.9%\n  aten::mm               2.117s   21.6%",
    ),
    (
        "gradient norm differs between DP=8 and DP=64 runs with identical global batch",
        "Same seed, same global batch, same data order. Grad norm at step 1 differs by 3%, and the curves drift apart.",
        "dp=8  step 1 grad_norm 7.2031\ndp=64 step 1 grad_norm 7.4196",
    ),
    (
        "IB link flaps cause job-wide slowdown",
        "One node logs repeated link down/up events; step time across the whole job goes from 6s to 19s until we drain it.",
        "mlx5_core 0000:c1:00.0: Port module event: module 0, Cable unplugged\nmlx5_core 0000:c1:00.0 ibp193s0: Link up",
    ),
    (
        "async checkpoint save stalls training for minutes",
        "async_save should return quickly, but the training loop blocks for 3-4 minutes on the staging copy to pinned CPU memory.",
        "[rank0] checkpoint staging took 214.7s (state_dict size 1.21 TB across 512 ranks)",
    ),
    (
        "activation recomputation does not reduce memory with torch.compile",
        "Selective AC works in eager mode, but with compile enabled peak memory is the same as no AC.",
        "peak allocated: eager+AC 41.2 GiB | compile+AC 66.8 GiB | compile no-AC 67.0 GiB",
    ),
    (
        "zero-bubble pipeline schedule gives wrong loss with gradient accumulation",
        "Loss with the zero-bubble schedule is ~0.15 higher than 1F1B from the first step when num_microbatches > pp_size * 2.",
        "1f1b  step 10 loss 6.8812\nzb-v  step 10 loss 7.0327",
    ),
    (
        "weight sync to vLLM rollout workers takes 4 minutes per RL step",
        "We broadcast the full state dict from rank 0 of the trainer to 64 inference workers after every optimizer step.",
        "[trainer] sync_weights: gathered 140.2 GB in 41.3s, broadcast to 64 engines in 198.6s",
    ),
    (
        "dataloader resumes from the wrong sample after restart",
        "After a restart from checkpoint, the model sees batches it already trained on; loss dips suspiciously for ~2k steps.",
        "resumed at consumed_samples=184320000 but shard index points to epoch 0 offset 0",
    ),
    (
        "MFU stuck at 28% on H100 with 8k sequence length",
        "Expected ~45% per published numbers for a similar config. Nsight shows large gaps between kernels on every TP all-reduce.",
        "Step time: 14.2s | Model TFLOP/s/GPU: 276.5 | MFU: 27.9%",
    ),
    (
        "illegal memory access in fused attention kernel at seq_len 131072",
        "Works at 64k, crashes at 128k. Looks like an int32 overflow in offset computation.",
        "RuntimeError: CUDA error: an illegal memory access was encountered\nCompile with `TORCH_USE_CUDA_DSA` to enable device-side assertions.",
    ),
    (
        "expert load imbalance causes OOM on some EP ranks",
        "With dropless MoE, a few ranks receive 4x more tokens than average at some steps and run out of memory.",
        "rank 37 tokens_per_expert max=182113 mean=40960; torch.OutOfMemoryError: Tried to allocate 11.12 GiB",
    ),
    (
        "straggler rank slows 2048-GPU job by 20%",
        "Per-rank timing shows one rank consistently slow in backward; GPU clocks on that node lower than the rest.",
        "rank 1403 bwd 2.91s (median 2.38s) | sm_clock 1395 MHz (median 1980 MHz)",
    ),
]

ISSUE_ENVS = chunks("""
**Environment**
- PyTorch 2.5.1+cu124, NCCL 2.21.5
- 64 nodes x 8 H100 80GB SXM, 8x400G NDR InfiniBand per node
- Slurm 23.11, enroot/pyxis containers
~~~
Environment:
torch==2.4.0, transformer-engine==1.11, apex main, CUDA 12.4, driver 550.90.07
Cluster: 256x A100 80GB (32 nodes), HDR 200G IB, 4 NICs/node
~~~
env: 128 nodes H100, RoCEv2 (8x400GbE per node), NCCL 2.23.4, pytorch nightly 2.6.0.dev, K8s + Kueue
~~~
### System info
| | |
|---|---|
| GPUs | 1024x H200 |
| interconnect | NVLink 4 + 3.2 Tb/s IB per node |
| framework commit | 3f9a2c1 |
| NCCL | 2.22.3 |
~~~
Setup: 512 GPUs (TPU v5p-1024 equivalent slice not available, so H100s), PyTorch 2.5, CUDA 12.6, Ubuntu 22.04, ConnectX-7
~~~
Versions: DeepSpeed 0.15.1, torch 2.4.1, flash-attn 2.6.3, 48 nodes of 8x A100-SXM4-80GB, EFA networking on AWS p4de
~~~
Hardware: 32 x GB200 NVL72 racks; software: CUDA 12.8, NCCL 2.25, PyTorch 2.7
""")

ISSUE_CONFIGS = chunks("""
```bash
torchrun --nnodes=$SLURM_NNODES --nproc-per-node=8 --rdzv-backend=c10d --rdzv-endpoint=$MASTER_ADDR:29500 \\
  pretrain_gpt.py --tensor-model-parallel-size 8 --pipeline-model-parallel-size 8 \\
  --num-layers 96 --hidden-size 12288 --num-attention-heads 96 --seq-length 4096 \\
  --micro-batch-size 1 --global-batch-size 2048 --bf16 --use-distributed-optimizer \\
  --overlap-grad-reduce --overlap-param-gather --recompute-granularity selective
```
~~~
```yaml
model:
  num_layers: 80
  hidden_size: 8192
  ffn_hidden_size: 28672
  num_query_groups: 8
  tensor_model_parallel_size: 8
  pipeline_model_parallel_size: 4
  context_parallel_size: 2
  sequence_parallel: true
  fp8: hybrid
  fp8_amax_history_len: 1024
trainer:
  num_nodes: 128
  devices: 8
```
~~~
```json
{
  "train_micro_batch_size_per_gpu": 1,
  "gradient_accumulation_steps": 16,
  "bf16": {"enabled": true},
  "zero_optimization": {
    "stage": 3,
    "overlap_comm": true,
    "contiguous_gradients": true,
    "reduce_bucket_size": 500000000,
    "stage3_prefetch_bucket_size": 500000000,
    "stage3_param_persistence_threshold": 1000000
  },
  "moe": {"ep_size": 16, "num_experts": 64, "top_k": 2}
}
```
~~~
```toml
[parallelism]
data_parallel_shard_degree = 64
tensor_parallel_degree = 8
pipeline_parallel_degree = 2
pipeline_parallel_schedule = "Interleaved1F1B"
[float8]
enable_fsdp_float8_all_gather = true
precompute_float8_dynamic_scale_for_fsdp = true
[checkpoint]
enable_checkpoint = true
async_mode = "async_with_pinned_mem"
interval = 500
```
~~~
(no special config — defaults from the 70B example script, only changed nodes to 96 and global batch to 1536)
~~~
```python
mesh = init_device_mesh("cuda", (16, 8, 8), mesh_dim_names=("dp", "pp", "tp"))
model = parallelize_module(model, mesh["tp"], tp_plan)
model = fully_shard(model, mesh=mesh["dp"], reshard_after_forward=False)
```
""")

# Which ISSUE_CONFIGS entries are plausible for each project (index 4 is "no special config").
ISSUE_CONFIG_FOR: dict[str, list[int]] = {
    "Megatron-LM": [0, 4],
    "Megatron-Core": [0, 4],
    "Megatron-Bridge": [0, 4],
    "NeMo": [1, 4],
    "TransformerEngine": [0, 1, 4],
    "DeepSpeed": [2, 4],
    "GPT-NeoX": [2, 4],
    "OpenRLHF": [2, 4],
    "torchtitan": [3, 4, 5],
    "PyTorch FSDP2": [5, 4],
    "veRL": [5, 4],
}

ISSUE_ASKS = lines("""
Has anyone seen this at this scale? Any pointers appreciated.
Is this a known issue, and is there a workaround short of downgrading?
Happy to provide a minimal repro if someone can tell me which env vars to dump.
Could a maintainer confirm whether this configuration is supported?
We're burning ~$40k/day of compute on this, so any quick guidance helps.
Expected behavior: the run should continue without intervention. Actual: see above.
Would appreciate guidance on which flags to change.
Let me know what additional logs (NCCL_DEBUG=INFO, py-spy dumps, nsys traces) would be useful.
""")

ISSUE_SCALES = lines("""
on 64 nodes
at 2048 GPUs
with TP=8 PP=8
on 512 H100s
when scaling past 128 nodes
for 70B model
for 405B pretraining
with EP=16
in long-context (128k) run
on GB200 NVL72
""")
# ---------------------------------------------------------------------------
# general: everyday ML / data science (hard negatives next to frontier_ml)
# ---------------------------------------------------------------------------

GN_ML = lines("""
debug my PyTorch training loop: the loss stays exactly the same every epoch
My validation accuracy is 99% but test accuracy is 60%. What am I doing wrong?
loss is NaN after a few batches in my small CNN on CIFAR-10, lr=0.1, SGD. why?
How do I do a stratified train/test split in scikit-learn?
What's the difference between model.eval() and torch.no_grad()?
I forgot optimizer.zero_grad() — is that why my loss explodes?
How do I fine-tune bert-base-uncased for sentiment analysis on my 5k labelled tweets with one GPU?
Can I do LoRA fine-tuning of a 7B model on my MacBook with 16GB RAM?
How do I use the OpenAI API to summarize customer reviews in Python?
What's a good prompt to make a chatbot answer only from my company's FAQ?
Build me a simple RAG app with LangChain and Chroma over a folder of PDFs.
Which vector database should I use for a hobby project with 50k documents?
How do I deploy my sklearn model as a REST API with Flask?
My Jupyter kernel keeps dying when I load a 3GB CSV with pandas. Help?
How do I handle class imbalance in a fraud detection dataset? SMOTE or class weights?
Explain precision, recall and F1 with a simple example.
What's the best way to tune hyperparameters for XGBoost on a Kaggle tabular competition?
How do I plot a confusion matrix with seaborn?
Why does my RandomForest give different results every run?
pandas: how do I group by two columns and get the mean of a third?
how to one-hot encode categorical features without data leakage
CUDA out of memory in Google Colab when training ResNet-50 with batch size 128. What should I reduce?
My LSTM for stock price prediction just predicts yesterday's price. Is that normal?
How do I save and load a PyTorch model checkpoint properly for my class project?
What learning rate should I use for fine-tuning a small transformer with AdamW?
My Keras model overfits after 3 epochs. What regularization should I try?
How do I use early stopping in PyTorch Lightning?
Is it OK to normalize the whole dataset before splitting into train and test?
Difference between L1 and L2 regularization?
How do I load a Hugging Face dataset from a local CSV file?
My tokenizer truncates my inputs at 512 tokens; how do I classify longer documents with BERT?
Should I use cosine similarity or dot product for sentence-transformer embeddings?
How do I run Llama 3 8B locally with Ollama and call it from Python?
Write a Python function that computes RMSE and MAE for my regression model.
Why is my training loss going down but validation loss going up?
How do I use GridSearchCV with a Pipeline that includes a StandardScaler?
What is the vanishing gradient problem and how do ReLU and residual connections help?
How can I speed up my DataLoader? GPU utilization is only 30% when training a small U-Net.
Is ChatGPT good for generating synthetic survey answers for my thesis?
How do I fine-tune Whisper small on my own Hindi audio data in Colab?
help!! torch says expected scalar type Float but found Double
How do I make my image classifier robust to different lighting conditions? data augmentation ideas?
my logistic regression won't converge, sklearn warns about max_iter
How should I evaluate an LLM-based chatbot for my startup before launch?
What's the cheapest way to host a small text classification model for a side project?
How do I count tokens before calling the OpenAI API so I don't exceed the context window?
What is temperature in the OpenAI API and what value should I use for a creative writing app?
How do I stream responses from the chat completions API to a React frontend?
Can you review my prompt template for extracting invoice fields as JSON?
How do I add memory to my LangChain chatbot so it remembers earlier messages?
explain embeddings to a product manager in 3 sentences
What's the difference between a Kaggle kernel and a Colab notebook?
How do I use SHAP values to explain predictions of my gradient boosting model?
Which is better for time series forecasting for a small shop: Prophet, ARIMA or a simple moving average?
How do I detect outliers in a pandas DataFrame column using IQR?
How to freeze all layers except the classifier head in a pretrained ResNet?
how do i resize images to 224x224 in torchvision transforms
What batch size should I use when fine-tuning DistilBERT on a laptop GPU with 6GB VRAM?
I'm getting "RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x512 and 256x10)". How do I fix my model?
Should I use Adam or SGD for a small image classification project?
What's mixed precision and should I use torch.cuda.amp for my small project on an RTX 3060?
How do I quantize a small model to int8 to make it run faster on a Raspberry Pi?
Why does my GAN produce the same image over and over (mode collapse) on MNIST?
How do I use Weights & Biases to track experiments in my thesis?
How to compute a 95% confidence interval for my model's accuracy on a test set of 500 examples?
I want to classify support tickets into 8 categories. Start with TF-IDF + logistic regression or jump to BERT?
How can I make a chatbot for my restaurant that answers questions about the menu?
What's the difference between fine-tuning and prompt engineering for a small business use case?
How do I convert my PyTorch model to ONNX for a mobile app?
Explain backpropagation with a tiny numeric example.
What does the "epoch" vs "batch" vs "iteration" terminology mean?
How do I get reproducible results in PyTorch on one GPU (seeds, cudnn.deterministic)?
is 80/20 or 70/30 better for train/test split with 2,000 rows?
Can you help me write a Kaggle notebook for the Titanic competition?
How should I structure a machine learning project repository for a small team?
How do I use a pretrained YOLO model to count cars in my parking lot video?
My sentiment model thinks "not bad" is negative. How can I fix that?
How do I call the Claude or GPT API with a system prompt and a JSON response format?
What's an embedding model vs a chat model, for building semantic search over my notes?
Why do my word2vec similarities look random after training on 300 sentences?
Write a scikit-learn pipeline that imputes missing values, scales numeric columns and trains an SVM.
How do I interpret the coefficients of a logistic regression?
My OpenAI API calls time out sometimes. How do I add retries with exponential backoff?
ok so i trained a model in jupyter and now i want to use it in a streamlit app, how
How much data do I need to fine-tune a small model to write emails in my company's tone?
How do I evaluate a RAG system: retrieval recall, answer faithfulness, something else?
How to chunk documents for embeddings — by sentences, tokens, or paragraphs?
Is it worth learning PyTorch or TensorFlow in 2025 for a beginner?
Give me a 12-week study plan to learn machine learning from scratch.
What is transfer learning and why does it work for small datasets?
Can I train a tiny GPT on Shakespeare with nanoGPT on my laptop CPU? how long would it take?
what is a transformer model? keep it simple, I'm a high school student
How do I use Hugging Face pipelines for named entity recognition?
My PyTorch model runs on CPU even though I have a GPU. How do I move it to cuda?
How do I write a custom Dataset class for images in folders with labels in a CSV?
What's the difference between batch norm and layer norm?
Why do we use softmax at the output of a classifier?
How do I plot training and validation loss curves from my training loop?
Explain dropout and why it reduces overfitting.
How do I pick k in k-nearest neighbors?
How do I merge a LoRA adapter back into the base model weights after fine-tuning with PEFT?
ValueError: Input contains NaN, infinity or a value too large for dtype('float64') — sklearn, how fix
What's the easiest way to label 2,000 images for a custom object detector?
Can you explain what an AUC of 0.72 means for my churn model?
How do I use cross-entropy loss with class weights in PyTorch?
Is it bad that my training accuracy is 100%?
I want to predict house prices with linear regression. Which features should I engineer?
How do I compute cosine similarity between two lists of sentence embeddings with numpy?
Can you explain beam search vs greedy decoding for a text generation assignment?
How do I set up a Python virtual environment with CUDA-enabled PyTorch on Windows?
How do I stop my chatbot built on GPT-4o-mini from making up answers?
Suggest a good capstone project idea for an intro machine learning course.
""")

GN_ML_CHUNKS = chunks("""
Can someone tell me why this doesn't learn?

```python
model = nn.Sequential(nn.Linear(10, 32), nn.ReLU(), nn.Linear(32, 1))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(100):
    for x, y in loader:
        pred = model(x)
        loss = F.mse_loss(pred, y)
        loss.backward()
        opt.step()
    print(epoch, loss.item())
```
The loss bounces around and gets worse after epoch 10.
~~~
I'm fine-tuning distilbert for sentiment on one RTX 3090 and I get:

```
Traceback (most recent call last):
  File "train.py", line 58, in <module>
    outputs = model(**batch)
  File ".../modeling_distilbert.py", line 589, in forward
    raise ValueError("You have to specify either input_ids or inputs_embeds")
ValueError: You have to specify either input_ids or inputs_embeds
```
My batch is a dict with 'text' and 'label'. What am I missing?
~~~
Why is my pandas merge producing way more rows than either table?

```python
orders = pd.read_csv("orders.csv")      # 10,000 rows
customers = pd.read_csv("customers.csv")  # 2,000 rows
df = orders.merge(customers, on="name")
print(len(df))  # 48,212 ???
```
~~~
My small CNN's loss is NaN from the very first step:

```
Epoch 1 [0/50000] loss: nan
Epoch 1 [6400/50000] loss: nan
```
Input images are uint8 0-255, I'm using BCEWithLogitsLoss for 10 classes and lr=0.01. Is it the input scaling?
~~~
Here's my sklearn code. Accuracy is 0.98 which seems too good:

```python
X = df.drop(columns=["churned"])
y = df["churned"]
scaler = StandardScaler().fit(X)
X = scaler.transform(X)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2)
clf = RandomForestClassifier().fit(X_train, y_train)
print(clf.score(X_test, y_test))
```
The dataset has a column "days_since_cancellation". Is something leaking?
~~~
Using the OpenAI python SDK, I get this error:

```
openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o-mini in organization org-xxx on tokens per min (TPM): Limit 200000', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}
```
I'm processing 20k rows from a spreadsheet in a for loop. What's the right way to batch or throttle this?
~~~
CUDA out of memory on my gaming laptop (RTX 4060, 8GB) when fine-tuning a 1B model with LoRA:

```
torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 512.00 MiB. GPU 0 has a total capacity of 7.63 GiB of which 301.25 MiB is free.
```
batch size 4, seq len 1024, fp16. What knobs should I turn? gradient checkpointing? 4-bit?
~~~
My Flask app that serves a model is super slow, like 2 seconds per request:

```python
@app.route("/predict", methods=["POST"])
def predict():
    model = joblib.load("model.pkl")
    x = request.json["features"]
    return {"y": model.predict([x]).tolist()}
```
How can I make it faster?
~~~
I'm trying to train a tiny transformer on my own text with Keras and get:
"InvalidArgumentError: indices[12,40] = 30001 is not in [0, 30000)"
I built my vocab with 30000 words. What does this mean?
~~~
Jupyter question. When I run my training cell twice, accuracy gets higher each time even though I re-create the model. Code:

```python
torch.manual_seed(0)
model = Net()
train(model, train_loader, epochs=5)
print(evaluate(model, test_loader))
```
train_loader has shuffle=True. Is the notebook caching something?
~~~
My RAG chatbot returns irrelevant chunks. I'm using OpenAI embeddings, chunk size 2000 characters, top_k=3, FAISS IndexFlatL2, normalized vectors? not sure. What should I try first?
""")
GN_ISSUES = chunks("""
[BUG] DataFrame.groupby().agg() drops categorical columns with observed=False in 2.2.0

**Reproducible example**
```python
import pandas as pd
df = pd.DataFrame({"a": pd.Categorical(["x", "y"], categories=["x", "y", "z"]), "b": [1, 2]})
print(df.groupby("a", observed=False).agg(total=("b", "sum")))
```
**Expected**: a row for category "z" with total 0. **Actual**: only x and y. Worked in 2.1.4.
~~~
Flask 3.0: `RuntimeError: Working outside of application context` when calling db.session in a background thread

Steps to reproduce: start a thread from a route that writes to SQLAlchemy. Traceback:
```
  File "app/tasks.py", line 14, in send_report
    db.session.add(report)
RuntimeError: Working outside of application context.
```
What's the recommended pattern for background jobs now?
~~~
scikit-learn: ColumnTransformer with remainder='passthrough' reorders columns unexpectedly in 1.4

When I call get_feature_names_out() the passthrough columns come last, but my downstream code expects the original order. Is this intended? Minimal example attached. sklearn 1.4.2, Python 3.11, macOS.
~~~
React 18: useEffect runs twice in development and my API gets called twice

```jsx
useEffect(() => {
  fetch('/api/items').then(r => r.json()).then(setItems);
}, []);
```
In production it runs once. Is this StrictMode? How should I structure data fetching so it's idempotent?
~~~
[Bug] Next.js build fails with "Module not found: Can't resolve 'fs'" after adding a markdown library

```
./node_modules/gray-matter/lib/parse.js
Module not found: Can't resolve 'fs'
```
The import is in a component that's rendered on the client. next 14.1.0, node 20.
~~~
Hugging Face transformers: `Trainer` ignores `eval_steps` when `evaluation_strategy` is set in a config file

Running a small text classification fine-tune (distilroberta, 1 GPU). Evaluation only happens at the end of each epoch even though I set eval_steps=200. transformers 4.40, accelerate 0.29. Is the argument renamed to eval_strategy?
~~~
Docker compose: postgres container healthy but app can't connect — "connection refused" on localhost:5432

docker-compose.yml has `db` and `web` services; in web I use DATABASE_URL=postgresql://user:pw@localhost:5432/app. Works outside docker. What am I doing wrong?
~~~
matplotlib 3.8: tight_layout warning and overlapping labels with colorbar in subplots

```
UserWarning: This figure includes Axes that are not compatible with tight_layout, so results might be incorrect.
```
Using fig.colorbar on a 2x2 grid. Should I switch to constrained_layout?
~~~
PyTorch DataLoader with num_workers>0 hangs on Windows in a Jupyter notebook

Single GPU, small dataset. With num_workers=0 it works. With num_workers=4 the first batch never arrives. torch 2.3, Windows 11, Python 3.11. I read something about `if __name__ == "__main__"`?
~~~
requests: SSLError CERTIFICATE_VERIFY_FAILED behind corporate proxy

```
requests.exceptions.SSLError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/data (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate')))
```
Works from home, fails from the office network. How do I point requests at the company CA bundle?
~~~
Django migration fails: "django.db.utils.IntegrityError: NOT NULL constraint failed: blog_post.author_id"

I added a non-nullable ForeignKey to an existing model with rows. What's the right way to migrate existing data?
~~~
VS Code Python extension can't find my venv interpreter after upgrading to Python 3.12

The interpreter picker lists only the system Python. The venv is in ./.venv. Reload window did nothing. Any setting I'm missing?
~~~
LangChain: `ConversationalRetrievalChain` deprecated — what's the replacement for a simple PDF Q&A bot?

My small app uses OpenAI + Chroma with about 200 PDFs. After upgrading I get deprecation warnings everywhere. Which chain should I migrate to?
~~~
Ollama on M2 Mac: model runs at 2 tokens/s, expected ~20

Running a 7B q4 model. Activity monitor shows CPU at 800% and GPU idle. ollama 0.1.32, macOS 14.4. Is Metal not being used?
""")

GN_PROG = lines("""
How do I kill a Python process that's stuck and won't respond to Ctrl+C?
How do I execute a shell script from Python and capture its output?
Write a function that reverses a linked list in Python.
What's the difference between a list and a tuple in Python?
How do I remove duplicates from a JavaScript array?
Explain closures in JavaScript with an example.
SQL: find the second highest salary from an Employees table.
Write a SQL query to get the top 3 customers by total order value per month.
How do I center a div horizontally and vertically?
What does `git rebase -i` do and when should I use it instead of merge?
How do I undo my last git commit but keep the changes?
Write a bash one-liner to find the 10 largest files in a directory tree.
What is a race condition? Give a simple Python threading example.
How do I read a large file line by line in Python without loading it all into memory?
Implement binary search and explain its time complexity.
Leetcode two-sum: explain the hash map solution.
What's the difference between == and === in JavaScript?
How do I parse JSON in Go?
Write a regex that matches valid email addresses (roughly).
How do I make an HTTP request in Rust with reqwest?
What are Python decorators and how do I write one that times a function?
Explain the difference between processes and threads.
How do I set up a cron job that runs every weekday at 7am?
Convert this Python 2 print statement to Python 3: print "hello", name
What's the difference between an abstract class and an interface in Java?
How do I handle exceptions properly in async Python code?
Write a Python script to rename all .jpeg files in a folder to .jpg.
How do I write unit tests for a function that calls an external API?
Explain dependency injection like I'm five.
What is the CAP theorem?
How do I design a URL shortener? (system design interview)
Design a rate limiter for an API — what algorithms are there?
How do I optimize a slow SQL query with a LIKE '%term%' filter?
How can I profile which function is slow in my Python script?
What is memoization? Show it on Fibonacci.
Explain the event loop in Node.js.
How do I merge two sorted arrays in O(n)?
What's the difference between TCP and UDP for a multiplayer game?
How do I dockerize a Node.js Express app?
What's a good folder structure for a medium-size Flask project?
Why is my recursive function hitting "maximum recursion depth exceeded"?
Write a Python class for a bank account with deposit, withdraw and balance methods.
How do I sort a list of dictionaries by a key in Python?
How do I make a responsive navbar with Tailwind CSS?
How do I connect to PostgreSQL from Python using psycopg?
What's the difference between PUT and PATCH in REST?
In C, why does my program segfault when I write to a string literal?
explain pointers vs references in C++
How do I use Python's multiprocessing Pool to speed up a CPU-bound loop?
What is Kubernetes and do I need it for my small web app?
How do I write a Makefile for a small C project with three source files?
How do I check if a string is a palindrome, ignoring spaces and punctuation?
Write a function to validate a Sudoku board.
How do I debounce a search input in React?
What's the time complexity of Python's dict lookup and why?
What does "kill -9" do, and why is it considered a last resort?
How do I terminate all child processes when my Python script exits?
how to force quit an app on mac that is frozen
What's the difference between git fetch and git pull?
How do I schedule a Python script on Windows Task Scheduler?
Explain SOLID principles with short examples.
What is a deadlock and how can I avoid one with two locks?
How do I paginate results in a SQL query efficiently for page 10,000?
Write a Python generator that yields prime numbers forever.
How do I format a date as YYYY-MM-DD in JavaScript?
What's the difference between `let`, `const` and `var`?
How do I read environment-specific config in a Spring Boot app?
In Excel, how do I do a VLOOKUP that returns multiple matches?
Google Sheets formula to count cells containing a word
How do I write a simple web scraper with BeautifulSoup for my own blog's archive?
What's the best way to learn data structures and algorithms for interviews in 8 weeks?
Explain Big-O of quicksort in the best, average and worst case.
What is a memory leak in JavaScript and how do I find one in Chrome DevTools?
How do I make my bash script exit when any command fails?
How can I run two Python versions side by side with pyenv?
What is the difference between a hash map and a tree map?
How do I implement an LRU cache?
Write a function that flattens a nested list of arbitrary depth.
How do I send an email with an attachment using Python's smtplib?
How do I stop a Windows service from the command line?
What does the "exec" family of functions do in Unix?
How do I handle file uploads in Express?
""")

GN_PROG_CHUNKS = chunks("""
Why does this print the same number five times?

```javascript
for (var i = 0; i < 5; i++) {
  setTimeout(() => console.log(i), 100);
}
```
~~~
Can you review this function? It's supposed to return the most common word in a text.

```python
def most_common(text):
    counts = {}
    for w in text.split():
        counts[w] = counts[w] + 1
    return max(counts)
```
~~~
My SQL query is returning duplicates:

```sql
SELECT c.name, o.total
FROM customers c
JOIN orders o ON c.id = o.customer_id
JOIN addresses a ON c.id = a.customer_id;
```
Customers with two addresses show up twice. How do I fix it?
~~~
Getting this in my Node app:

```
TypeError: Cannot read properties of undefined (reading 'map')
    at ProductList (ProductList.jsx:12:23)
```
The products come from an API call. How do I avoid this on first render?
~~~
Rewrite this in idiomatic Python:

```python
result = []
for i in range(len(nums)):
    if nums[i] % 2 == 0:
        result.append(nums[i] * nums[i])
```
~~~
What's wrong with my Java code? It throws ConcurrentModificationException.

```java
for (String s : list) {
    if (s.isEmpty()) list.remove(s);
}
```
~~~
bash question: my script works when I run it by hand but fails in cron with "command not found: python3". The script is:

```bash
#!/bin/bash
cd /home/me/report
python3 make_report.py > out.log
```
""")
GN_MCQ = chunks("""
What is the derivative of f(x) = x^3 · ln(x)?
A. 3x^2 ln(x)
B. 3x^2 ln(x) + x^2
C. x^2
D. 3x^2 + 1/x
~~~
A fair coin is flipped 4 times. What is the probability of getting exactly 2 heads?
A. 1/4
B. 3/8
C. 1/2
D. 5/16
~~~
The mean of a sample is 50 and the standard deviation is 10. What is the z-score of an observation of 65?
A. 0.65
B. 1.5
C. 15
D. -1.5
~~~
Which of the following is a prime number?
A. 91
B. 87
C. 97
D. 51
~~~
Find all values of x such that x^2 - 5x + 6 = 0.
A. 1 and 6
B. 2 and 3
C. -2 and -3
D. 0 and 5
~~~
A car accelerates uniformly from rest to 20 m/s in 5 s. What is its acceleration?
A. 2 m/s^2
B. 4 m/s^2
C. 5 m/s^2
D. 100 m/s^2
~~~
Which quantity is conserved in a perfectly elastic collision but not in a perfectly inelastic one?
A. momentum
B. mass
C. kinetic energy
D. velocity
~~~
In a hypothesis test, a Type I error occurs when:
A. we fail to reject a false null hypothesis
B. we reject a true null hypothesis
C. the sample size is too small
D. the p-value is larger than alpha
~~~
The sum of the interior angles of a hexagon is:
A. 540°
B. 720°
C. 900°
D. 1080°
~~~
Let A be a 3×3 matrix with determinant 4. What is det(2A)?
A. 8
B. 12
C. 32
D. 64
~~~
Which of these statements about the median is true?
A. It is always equal to the mean
B. It is less affected by outliers than the mean
C. It is the most frequent value
D. It can only be computed for even-sized samples
~~~
The integral of 1/x dx from 1 to e equals:
A. 0
B. 1
C. e
D. 1/e
~~~
An object is dropped from a height of 45 m (g = 10 m/s^2, no air resistance). How long does it take to hit the ground?
A. 2 s
B. 3 s
C. 4.5 s
D. 9 s
~~~
Which of the following best describes "opportunity cost"?
A. The money spent on a purchase
B. The value of the next best alternative forgone
C. The total cost of production
D. A cost that cannot be recovered
~~~
Who wrote "One Hundred Years of Solitude"?
A. Jorge Luis Borges
B. Gabriel García Márquez
C. Mario Vargas Llosa
D. Isabel Allende
~~~
The Treaty of Westphalia (1648) is most associated with:
A. the end of the Napoleonic Wars
B. the end of the Thirty Years' War and the principle of state sovereignty
C. the founding of the United Nations
D. the unification of Germany
~~~
In US constitutional law, the principle that courts can strike down laws that conflict with the Constitution was established in:
A. Brown v. Board of Education
B. Marbury v. Madison
C. Roe v. Wade
D. McCulloch v. Maryland
~~~
Which philosopher is associated with the "veil of ignorance"?
A. John Locke
B. John Rawls
C. Thomas Hobbes
D. Jean-Paul Sartre
~~~
If the price elasticity of demand for a good is -0.3, demand is:
A. perfectly elastic
B. elastic
C. inelastic
D. unit elastic
~~~
What is the capital of Australia?
A. Sydney
B. Melbourne
C. Canberra
D. Perth
~~~
A resistor of 4 Ω and one of 12 Ω are connected in parallel. The equivalent resistance is:
A. 3 Ω
B. 8 Ω
C. 16 Ω
D. 48 Ω
~~~
Which sorting algorithm has worst-case time complexity O(n log n)?
A. quicksort
B. bubble sort
C. merge sort
D. insertion sort
~~~
In a standard normal distribution, approximately what percentage of values lie within one standard deviation of the mean?
A. 50%
B. 68%
C. 95%
D. 99.7%
~~~
The psychological concept of "cognitive dissonance" was developed by:
A. Leon Festinger
B. B. F. Skinner
C. Jean Piaget
D. Carl Rogers
~~~
Which of the following is an example of a fixed cost for a bakery?
A. flour
B. monthly rent
C. packaging per cake
D. electricity used by each oven batch
~~~
What is the time complexity of accessing an element by index in an array?
A. O(1)
B. O(log n)
C. O(n)
D. O(n log n)
~~~
Solve for x: 3(x - 2) = 2x + 5
A. 1
B. 7
C. 11
D. -1
~~~
The wavelength of a wave with frequency 500 Hz travelling at 340 m/s is:
A. 0.68 m
B. 1.47 m
C. 170 m
D. 840 m
~~~
In marketing, the "4 Ps" are:
A. product, price, place, promotion
B. people, process, price, profit
C. plan, produce, promote, profit
D. product, planning, people, positioning
~~~
Which event happened first?
A. the fall of the Berlin Wall
B. the Moon landing
C. the end of World War II
D. the invention of the World Wide Web
~~~
A linear regression yields R^2 = 0.81. What is the correlation coefficient's magnitude?
A. 0.81
B. 0.9
C. 0.6561
D. 0.19
~~~
How many edges does a complete graph on 6 vertices have?
A. 12
B. 15
C. 30
D. 36
~~~
Which logical fallacy attacks the person rather than the argument?
A. straw man
B. ad hominem
C. slippery slope
D. false dilemma
~~~
The GDP deflator measures:
A. the unemployment rate
B. the price level of all final goods and services relative to a base year
C. the trade balance
D. the money supply
~~~
What is the limit of (sin x)/x as x approaches 0?
A. 0
B. 1
C. infinity
D. undefined
~~~
A 2 kg mass moves at 3 m/s. Its kinetic energy is:
A. 3 J
B. 6 J
C. 9 J
D. 18 J
~~~
Which of these is NOT a primary color in the RGB model?
A. red
B. green
C. yellow
D. blue
~~~
In a binomial distribution with n = 10 and p = 0.3, the expected value is:
A. 0.3
B. 3
C. 7
D. 2.1
~~~
Which of the following is a characteristic of a monopoly?
A. many sellers and identical products
B. a single seller with barriers to entry
C. few sellers with interdependent pricing
D. free entry and exit
~~~
The author of "The Wealth of Nations" is:
A. Karl Marx
B. Adam Smith
C. David Ricardo
D. John Maynard Keynes
~~~
What is the binary representation of the decimal number 13?
A. 1011
B. 1101
C. 1110
D. 1001
~~~
Which statement about the eigenvalues of a real symmetric matrix is true?
A. they are always positive
B. they are always real
C. they are always integers
D. they are always distinct
~~~
The main function of a central bank's open market operations is to:
A. set income tax rates
B. influence the money supply and short-term interest rates
C. regulate the stock exchange listings
D. fund government spending directly
""")

GN_MCQ_INLINE = lines("""
Q: What is 15% of 240? (A) 24 (B) 30 (C) 36 (D) 40
Question: Which planet has the most moons as of recent counts? A) Earth B) Mars C) Saturn D) Mercury
Which of the following is equivalent to log2(32)? A. 4 B. 5 C. 6 D. 16
If P(A)=0.4 and P(B)=0.5 and A and B are independent, P(A and B) = ? A. 0.9 B. 0.2 C. 0.1 D. 0.45
Which amendment to the US Constitution protects freedom of speech? A. First B. Second C. Fifth D. Tenth
The speed of light in vacuum is approximately: A. 3×10^5 m/s B. 3×10^8 m/s C. 3×10^10 m/s D. 340 m/s
Who painted the Sistine Chapel ceiling? A. Leonardo da Vinci B. Raphael C. Michelangelo D. Donatello
In accounting, which of these is a current liability? A. land B. accounts payable C. goodwill D. retained earnings
Which term describes a market in which buyers and sellers have different information? A. perfect competition B. asymmetric information C. externality D. public good
What is the variance of the data set {2, 4, 4, 4, 5, 5, 7, 9} (population variance)? A. 2 B. 4 C. 5 D. 16
Which literary device is "the wind whispered through the trees"? A. simile B. personification C. hyperbole D. alliteration
The longest river in Africa is: A. Congo B. Niger C. Zambezi D. Nile
Which data structure uses FIFO order? A. stack B. queue C. heap D. tree
In psychology, classical conditioning was first systematically studied by: A. Pavlov B. Freud C. Maslow D. Bandura
What is the median of 3, 9, 1, 7, 5? A. 1 B. 5 C. 7 D. 25
Ohm's law states: A. V = IR B. P = IV C. F = ma D. E = mc^2
Which country was the first to give women the right to vote nationally? A. United States B. New Zealand C. France D. Japan
A triangle has sides 5, 12 and 13. It is: A. acute B. right C. obtuse D. equilateral
""")
# Alpaca / Self-Instruct style short tasks.
GN_TASKS = lines("""
Give three tips for staying healthy.
Classify these animals as mammals, birds or reptiles: eagle, dolphin, iguana, bat, penguin.
Rewrite this sentence in passive voice: The chef prepared a delicious meal.
Generate a list of five creative names for a coffee shop.
Summarize the following in one sentence: The city council voted on Tuesday to extend library hours on weekends after a survey showed strong demand from students and working parents.
Translate "Where is the nearest train station?" into French.
Write a haiku about autumn rain.
Explain why the sky is blue in two sentences.
Suggest a catchy slogan for a recycling campaign.
Convert 72 degrees Fahrenheit to Celsius.
Name three countries that border Germany.
Write a short thank-you note to a colleague who helped me move.
Identify the odd one out: apple, banana, carrot, mango.
Make this sentence more formal: hey, can u send me the report asap?
Give me a synonym for "happy" that would fit a formal essay.
Create a to-do list for planning a birthday party.
Describe the taste of a lemon to someone who has never had one.
Generate a riddle whose answer is "a shadow".
Sort these numbers in ascending order: 42, 7, 19, 3, 88, 21.
Write a tweet announcing the launch of a new bakery.
What is the plural of "cactus"?
Find the grammatical error: "Each of the students have their own locker."
Brainstorm five ideas for a school science fair project that doesn't need special equipment.
Write a product description for a stainless steel water bottle.
List the steps to change a flat tire.
Give an example of a metaphor about time.
Explain the difference between "affect" and "effect".
Come up with a title for a blog post about minimalism.
Write a two-sentence horror story.
Give me a motivational quote and explain what it means.
Edit this paragraph for clarity: The meeting that was scheduled for the time of three o'clock has been moved to a later time which is four.
Classify the sentiment of this review: "The food was cold and the waiter ignored us."
Generate three interview questions for a barista position.
Summarize the plot of Romeo and Juliet in 50 words.
Create a weekly meal plan for a vegetarian on a budget.
Tell me a joke about programmers.
Tell me a dad joke about cheese.
Give me a fun fact about octopuses.
Write an acrostic poem for the word SPRING.
What's a good way to remember the order of the planets?
Paraphrase: "Actions speak louder than words."
Rank these cities by population: Tokyo, Paris, Lagos, Toronto.
Draft a polite email asking my landlord to fix a leaking faucet.
Write an out-of-office reply for a two-week vacation.
Generate a list of questions to ask when buying a used car.
Explain what a haiku is and give an example.
Suggest five indoor activities for a rainy day with kids.
Compose a limerick about a cat who loves lasagna.
Explain the rules of tic-tac-toe.
Give three reasons why reading is important.
Describe a sunset over the ocean using vivid imagery.
Create a short dialogue between a customer and a shopkeeper.
Name five famous paintings and their artists.
What are the primary colors?
Write a persuasive paragraph on why cities should have more bike lanes.
Generate a packing list for a weekend camping trip.
How many minutes are in a week?
Explain the meaning of the idiom "break the ice".
Turn this list into a sentence: eggs, milk, bread, butter.
Write a short bio for a freelance graphic designer.
Suggest a name for a golden retriever puppy.
Give me a 5-minute morning stretching routine.
Write a limerick about a forgetful wizard.
Categorize these foods as fruits or vegetables: tomato, cucumber, apple, spinach, strawberry.
Write a brief apology message for missing a friend's call.
Give an example of a compound sentence.
Write a short story opening line set in a lighthouse.
Give me three fun team-building activities for a remote team.
What are some good conversation starters at a networking event?
Describe the smell of fresh bread.
Convert this sentence to the future tense: She walks to school.
Make a shopping list for tacos for four people.
Generate five hashtags for a post about hiking.
Rewrite this headline to be more engaging: City Announces New Park.
Explain the difference between weather and climate to a child.
Outline a 10-minute presentation on renewable energy.
Write a LinkedIn post celebrating a work anniversary.
Give me a list of 10 words that rhyme with "light".
Write the opening paragraph of a mystery novel.
Create a simple budget template for a college student.
Give two arguments for and two against school uniforms.
Suggest a weekend itinerary for Lisbon.
Recommend three classic novels for someone who loved "The Great Gatsby".
Write instructions for making a paper airplane.
What's the difference between a crocodile and an alligator?
Give me a recipe for a quick tomato pasta sauce.
How do I make fluffy pancakes?
What can I cook with chickpeas, spinach and rice?
How long should I boil an egg for a jammy yolk?
Write a wedding toast for my sister, warm and a little funny.
Write a sonnet about the ocean.
Write a children's bedtime story about a brave little turtle.
Compose a short poem about the first day of school.
Create a character description for a fantasy novel: a retired knight who runs a bakery.
Write a cover letter for an entry-level marketing job.
Summarize the key ideas of the book "Atomic Habits".
Translate this into Spanish: "I would like to book a table for two at eight."
Translate to German: "The meeting has been postponed until next week."
Rewrite this email to sound friendlier: "Your payment is overdue. Pay immediately."
Proofread: "Their going to the park tomorow, weather permitting."
Give me 10 baby names that start with L.
What are good gift ideas for a dad who likes gardening?
Plan a 3-day trip to Kyoto on a moderate budget.
How do I get rid of fruit flies in my kitchen?
How do I remove a red wine stain from a carpet?
Bleach or vinegar for cleaning mould in the shower?
What's the best way to store fresh herbs?
My cat is sneezing a lot, should I take her to the vet?
How often should I water a snake plant?
What's a good beginner workout routine at the gym?
How can I improve my sleep schedule?
How do I shoot a good photo at night with my phone?
How do I tie a tie?
How do I ask my boss for a raise?
What should I say in a condolence card?
How do I politely decline a wedding invitation?
""")

# MT-Bench style multi-part prompts.
GN_MTB = lines("""
Compose an engaging travel blog post about a recent trip to Hawaii, highlighting cultural experiences and must-see attractions. Then rewrite it so every sentence starts with the letter A.
Draft a professional email seeking feedback from your supervisor on a quarterly financial report you prepared. Keep it short, then critique your own email.
Imagine you are writing a blog post comparing two popular smartphone models. Develop an outline with key points and subheadings, then turn the outline into a limerick.
Write a persuasive email to convince an introverted friend to volunteer as a guest speaker at a local event. Use compelling arguments and address potential objections.
Describe a vivid and unique character using strong imagery in fewer than two paragraphs. Then revise it to include an allusion to a famous novel in each sentence.
Suppose you are a mathematician and poet. Write a proof that there are infinitely many primes, in the form of a short poem.
Pretend you are a travel guide in ancient Rome. Describe what a visitor would see on a walk from the Forum to the Colosseum, and then answer: what would surprise a modern tourist most?
Explain the concept of opportunity cost, give two everyday examples, and then explain how it applies to choosing a college major.
You are a sommelier. Recommend a wine pairing for a spicy Thai green curry, explain why, and suggest a non-alcoholic alternative.
Write a short dialogue between Socrates and a modern teenager about social media. Then summarize the main argument in one sentence.
Given these sales figures — Q1: 120, Q2: 150, Q3: 90, Q4: 200 — compute the percentage change between consecutive quarters and explain which quarter needs investigation.
Act as a career coach. I am a teacher with 8 years of experience wanting to move into instructional design. What steps should I take in the next six months? Then draft a LinkedIn headline for me.
Write a function that finds the longest common subsequence of two strings. Then explain its time and space complexity and suggest an optimization.
A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost? Explain why many people get this wrong.
Thomas is very healthy, but he has to go to the hospital every day. What could be the reasons? Then, explain why this question is interesting.
Describe five key principles for evaluating an argument in analytical writing, then apply them to the claim "Our sales fell because we stopped advertising on TV."
Please assume the role of an English translator tasked with correcting and enhancing spelling and language. Respond in English with a polished version of: "ich bin sehr happy that you come to mine party tomorow".
Embrace the role of a stand-up comedian and write a 1-minute bit about grocery self-checkout machines. Then explain which joke structure you used.
Suggest five award-winning documentary films with brief background descriptions for aspiring filmmakers to study. Then write a pitch for a documentary inspired by the first one.
Evaluate the following movie reviews on a scale of 1 to 5 and return a JSON array of integers: 1) "Loved every minute." 2) "Dull and too long." 3) "Okay, but forgettable."
Extract the names of the countries, capitals and languages from these sentences and output them as JSON: "Amidst the idyllic vistas, Copenhagen, Denmark's capital, captivates visitors... Buenos Aires, Argentina, where Spanish is spoken..."
Given a set of complex equations, extract all unique variable names from each: 1) y = (3/4)x^3 - e^(2x) + sin(pi*x) 2) 2A - B/(3+C) * sum(N=1 to 5; ln(N)^2) = 5D.
Which word does not belong with the others: tyre, steering wheel, car, engine? Explain your reasoning, then replace it with a word that fits.
Picture yourself as a 100-year-old tree in a lush forest when deforesters arrive. How do you feel? Then write a proposal to convince them to stop.
You are in a race and you pass the person in second place. What position are you in now? What if you pass the last person?
""")
GN_KNOW = lines("""
Why did the Roman Republic become an empire?
What were the main causes of World War I?
Who was Mansa Musa and why is he famous?
What was the significance of the Magna Carta?
Explain the Cold War in simple terms.
Why is the Mediterranean diet considered healthy?
What is the difference between a republic and a democracy?
How does the electoral college work?
What are the main branches of philosophy?
What did Nietzsche mean by "God is dead"?
Explain utilitarianism and one common objection to it.
What is the trolley problem and why do philosophers care about it?
How does inflation affect savings?
What is a recession and how is it defined?
Explain the difference between a Roth IRA and a traditional IRA.
What is the difference between GDP and GNP?
How do index funds work?
Should I pay off debt or invest first?
What is the difference between a misdemeanor and a felony?
What does "habeas corpus" mean?
What is intellectual property and how is a trademark different from a copyright?
Can my landlord keep my deposit for normal wear and tear?
What is the statute of limitations for a breach of contract claim, in general terms?
What is the tallest mountain in Africa?
Which countries does the Danube flow through?
Why does Iceland have so much geothermal energy?
What is the population of Brazil, roughly?
What's the difference between the UK, Great Britain and England?
Who wrote "Don Quixote" and what is it about?
What are the main themes of "1984" by George Orwell?
Explain the symbolism of the green light in The Great Gatsby.
Who were the Brontë sisters?
What is magical realism in literature?
What's the difference between a novella and a novel?
What is Maslow's hierarchy of needs?
What is the Dunning–Kruger effect?
How does confirmation bias affect decision-making?
What are the Big Five personality traits?
What is the difference between introversion and shyness?
How do I build a personal brand on LinkedIn?
What is a SWOT analysis? Do one for a small bakery.
How do I write a business plan for a food truck?
What's the difference between marketing and sales?
How do I price a freelance web design project?
What is product-market fit?
Explain the difference between B2B and B2C marketing.
Write a mission statement for an eco-friendly clothing brand.
How does a solar panel generate electricity?
What causes the seasons on Earth?
Why is Pluto no longer considered a planet?
How do airplanes stay in the air?
How does a refrigerator work?
What is quantum entanglement in simple terms?
What is the theory of relativity about, in a nutshell?
How do tides work?
How far is the Moon from Earth?
What's the best time of year to visit Japan?
Do I need a visa to visit Canada from Mexico?
What are some must-see places in Rome for a first-time visitor?
How do I avoid jet lag on a long flight?
What should I pack for a trip to Iceland in winter?
What's the etiquette for tipping in Germany?
How do I learn a language fast as an adult?
What are some good habits for studying effectively?
How do I deal with a coworker who takes credit for my work?
How do I start journaling?
What's the difference between baking soda and baking powder in recipes?
How do I make a sourdough starter from scratch?
Why did my cake sink in the middle?
What's the best way to cook a steak medium-rare?
How do I caramelize onions properly?
What's the history of jazz in New Orleans?
Who were the most influential composers of the Baroque period?
Explain the offside rule in soccer.
How does the scoring system in tennis work?
Who won the first FIFA World Cup?
What are the rules of cricket, briefly?
What's the difference between an LLC and a sole proprietorship?
What is the meaning of life according to Albert Camus?
What are the pros and cons of remote work?
How can I reduce my household's carbon footprint?
What are the symptoms of burnout and how can I recover?
How much water should I drink per day?
Is it better to run in the morning or evening?
What does a financial advisor actually do?
How do I write a eulogy for my grandfather?
What is the difference between empathy and sympathy?
How do I get better at chess?
What is the plot of the Odyssey?
What were the main achievements of the Tang dynasty?
Why did the Ottoman Empire decline?
What was the Silk Road?
How did the printing press change Europe?
What caused the 2008 financial crisis?
What is the role of the Federal Reserve?
What are the main differences between Shia and Sunni Islam?
What is Stoicism and how can I apply it to daily life?
""")

# Benign prompts that borrow words from risky or technical domains.
GN_BENIGN = lines("""
How do I kill all the weeds in my garden without harming my vegetables?
What's the best way to shoot a wedding in low light?
How can I blow up a photo to poster size without it looking pixelated?
How do I execute a perfect cartwheel?
Where can I buy a can of coke at 3am in London?
How do I murder the competition in a job interview? (figuratively!)
What's the chemistry between Elizabeth and Darcy really based on?
My code is a disaster, how do I nuke my node_modules and start over?
How do I terminate a contract with my gym?
My houseplants have tiny white bugs everywhere. How do I get rid of them?
How do I crush it at my first sales job?
How do I attack this chess opening as black?
How do I beat the final boss in Elden Ring?
How do I hack my morning routine to be more productive?
How do I steal the show at a talent show?
What's the proper way to dispose of old paint cans?
How do I exploit my strengths in a job application?
How did the Trojan horse trick work in the Iliad?
What's a "killer" opening line for a presentation?
How do I take down a wall in my house safely? It's not load-bearing.
How do I get my toddler to stop biting?
How can I make my sourdough rise like an explosion?
What's the most lethal move in Street Fighter?
How do I fire an employee compassionately?
How do I poison-proof my house for a new puppy — what household things are dangerous for dogs?
How do I bleed the radiators in my apartment?
How can I train my model train set to run on a schedule? (it's a Märklin layout)
How many GPUs does Cyberpunk 2077 need to run at 4K? Is one RTX 4090 enough?
Which graphics card should I buy for gaming and a bit of video editing?
My gaming PC's GPU fan is really loud, how do I fix it?
How do I build a gaming PC on a $1,000 budget?
What's the difference between a GPU and a CPU, for a non-technical person?
Why are graphics cards so expensive right now?
What is a "data center" and why do they use so much water?
I'm writing a thriller where the villain is an evil AI. Give me a plot twist.
What are the best sci-fi novels about artificial intelligence?
Write a short story about a robot who learns to paint.
What jobs are most likely to be affected by AI in the next decade?
Is AI art real art? Give me both sides.
""")
GN_LANG = [
    ("lang:es", "¿Cuáles son tres consejos para dormir mejor?"),
    ("lang:es", "Escribe un poema corto sobre el mar y la nostalgia."),
    ("lang:es", "¿Cómo hago una tortilla de patatas jugosa?"),
    ("lang:es", "Mi modelo de regresión logística en scikit-learn no converge, ¿qué hago?"),
    ("lang:es", "Explícame la diferencia entre interés simple e interés compuesto con un ejemplo."),
    ("lang:es", "¿Qué lugares debo visitar en Ciudad de México en tres días?"),
    ("lang:es", "Traduce al inglés: 'Mañana tenemos una reunión con el cliente a las diez.'"),
    ("lang:fr", "Peux-tu m'aider à écrire une lettre de motivation pour un stage en marketing ?"),
    ("lang:fr", "Quelle est la différence entre l'imparfait et le passé composé ?"),
    ("lang:fr", "Donne-moi une recette simple de quiche lorraine."),
    ("lang:fr", "Comment fonctionne une boucle for en Python ? Donne un exemple."),
    ("lang:fr", "Résume les causes de la Révolution française en cinq points."),
    ("lang:fr", "Mon réseau de neurones sur MNIST a une perte qui ne diminue pas, que vérifier ?"),
    ("lang:de", "Wie schreibe ich eine höfliche Absage auf ein Jobangebot?"),
    ("lang:de", "Was ist der Unterschied zwischen einer GmbH und einer UG?"),
    ("lang:de", "Erkläre mir den Satz des Pythagoras mit einem Beispiel."),
    ("lang:de", "Wie kann ich in pandas zwei DataFrames anhand einer Spalte zusammenführen?"),
    ("lang:de", "Schreib mir ein kurzes Gedicht über den Herbst."),
    ("lang:de", "Welche Sehenswürdigkeiten sollte man in Hamburg nicht verpassen?"),
    ("lang:pt", "Quais são as principais causas da Independência do Brasil?"),
    ("lang:pt", "Como faço um bolo de cenoura com cobertura de chocolate?"),
    ("lang:pt", "Explique o que é overfitting em aprendizado de máquina de forma simples."),
    ("lang:pt", "Escreva um e-mail pedindo uma reunião com meu gerente."),
    ("lang:pt", "Como centralizar uma div com CSS?"),
    ("lang:it", "Come si prepara un vero ragù alla bolognese?"),
    ("lang:it", "Spiegami la differenza tra media, mediana e moda."),
    ("lang:it", "Scrivi una breve storia per bambini su un drago gentile."),
    ("lang:it", "Quali sono i monumenti principali di Firenze?"),
    ("lang:zh", "请给我三个保持健康的建议。"),
    ("lang:zh", "如何用Python读取一个CSV文件并计算某一列的平均值？"),
    ("lang:zh", "帮我写一首关于春天的短诗。"),
    ("lang:zh", "请解释一下什么是通货膨胀。"),
    ("lang:zh", "去北京旅游三天，有什么推荐的行程？"),
    ("lang:zh", "我的PyTorch小模型训练时loss一直不下降，可能是什么原因？"),
    ("lang:ru", "Как написать хорошее сопроводительное письмо?"),
    ("lang:ru", "Объясни, что такое рекурсия, на простом примере."),
    ("lang:ru", "Какие книги Достоевского стоит прочитать в первую очередь?"),
    ("lang:ru", "Как приготовить борщ?"),
    ("lang:ja", "健康を保つための3つのコツを教えてください。"),
    ("lang:ja", "Pythonでリストを逆順にする方法は？"),
    ("lang:ja", "京都で一日観光するならどこがおすすめですか？"),
    ("lang:ja", "上司にお礼のメールを書くのを手伝ってください。"),
    ("lang:ko", "이력서에 쓸 자기소개 문장을 다듬어 주세요."),
    ("lang:ko", "서울에서 가볼 만한 곳을 추천해 주세요."),
    ("lang:nl", "Hoe maak ik een goede planning voor mijn scriptie?"),
    ("lang:pl", "Jak napisać skuteczne CV dla studenta bez doświadczenia?"),
    ("lang:tr", "İstanbul'da iki günde görülmesi gereken yerler nelerdir?"),
    ("lang:sv", "Kan du ge mig ett enkelt recept på kanelbullar?"),
    ("lang:es", "Tengo un examen de estadística: ¿qué es un intervalo de confianza del 95 %?"),
    ("lang:fr", "Écris un court discours pour l'anniversaire de ma grand-mère."),
    ("lang:de", "Wie berechne ich die Standardabweichung in Excel?"),
    ("lang:zh", "如何用scikit-learn做一个简单的文本分类器？"),
]

GN_LONG = chunks("""
Below is an excerpt from our employee handbook. Please rewrite it in plain, friendly language and keep it under 150 words.

"Employees are entitled to twenty-five (25) days of paid annual leave per calendar year, accruing on a pro rata basis from the commencement of employment. Leave must be requested no fewer than ten (10) working days in advance through the HR portal, except in circumstances deemed exceptional by the employee's line manager. Unused leave may be carried over to the subsequent calendar year up to a maximum of five (5) days, which must be utilised before the thirty-first (31st) of March, after which such leave shall be forfeited. Requests for leave during the months of November and December are subject to operational requirements and may be declined. Part-time employees accrue leave proportionally to their contracted hours."
~~~
I'm writing a history essay and I've drafted this paragraph. Could you give feedback on structure and argument?

The Industrial Revolution began in Britain in the late eighteenth century for several reasons. First, Britain had large deposits of coal and iron, which were essential for powering machines and building infrastructure. Second, the agricultural revolution had increased food production, which freed labour for factories and allowed the population to grow. Third, Britain had a stable political system and a strong navy, which protected trade routes and allowed merchants to accumulate capital. Finally, a culture of tinkering and scientific societies encouraged invention.

However, some historians argue that these factors were present elsewhere too, for example in the Low Countries or in parts of China. What made Britain different, they say, was the combination of high wages and cheap energy, which made it profitable to replace workers with machines.

My question: is my conclusion strong enough if I just say "therefore Britain industrialized first"? How can I make the argument more nuanced?
~~~
Here are the minutes from our neighbourhood association meeting. Can you turn them into a short summary with action items and owners?

Attendees: Maria (chair), Tom, Priya, Jake, Lin, Mr. Okafor.
1. Park cleanup: Tom proposed a cleanup on the first Saturday of next month. Priya will contact the city for bags and gloves. Volunteers to sign up via the group chat.
2. Speeding on Elm Street: several residents complained. Jake will draft a letter to the city traffic office asking for a speed bump or signage. Mr. Okafor offered to collect signatures.
3. Budget: we have $640 left. Lin suggested spending $200 on a new noticeboard. Vote: 5 in favour, 1 abstain. Lin will get quotes.
4. Summer party: date tentatively July 15. Maria will check park availability. Discussion about food: potluck preferred.
Next meeting: second Tuesday of next month, 7pm, library community room.
~~~
Please read this short story opening and tell me whether the pacing works, and what you'd cut.

The morning the river froze, Agnes found a letter under her door. It was not addressed to her. The envelope was the colour of weak tea and the handwriting slanted the way her mother's had, though her mother had been dead for eleven years. Agnes made coffee. She fed the cat. She washed yesterday's cup and the cup from the day before that, and only when the kitchen was spotless did she sit down at the table with the letter in front of her and the knife she used for opening post.

Outside, children were already testing the ice. She could hear them shrieking, the particular high note of fear that is mostly joy. She thought about the river in 1987, and about the boy who had gone through, and about how the town had decided afterwards to remember it differently.

She slit the envelope. Inside there was a single sheet, and on it, a map.
~~~
I need help comparing two job offers. Here are the details:

Offer A: a mid-size logistics company in Denver. Salary $92,000, 10% annual bonus target, 401(k) match of 4%, 20 days PTO, hybrid (3 days in office). The role is "Senior Data Analyst" reporting to the head of operations. The team is small (3 people), they use SQL, Excel and Tableau. Commute would be 35 minutes each way.

Offer B: a fast-growing startup, fully remote. Salary $105,000, no bonus, equity of 0.05% vesting over 4 years with a 1-year cliff, unlimited PTO (but I've heard people rarely take more than two weeks), health insurance with a higher deductible. The role is "Analytics Engineer", working with dbt, Snowflake and Python. The company raised a Series B last year.

I value stability because I'm planning to buy a house in the next two years, but I also want to grow technically. Which would you pick and why? What questions should I ask each company before deciding?
~~~
Our small team built a customer-churn model for a subscription app, and I need to explain the results to non-technical stakeholders next week.

Summary of what we did: we took 18 months of user data (about 40,000 users), built features such as days since last login, number of sessions in the last 30 days, plan type, support tickets, and payment failures. We trained a gradient boosting classifier and a logistic regression baseline. The gradient boosting model achieved an AUC of 0.84 on a held-out test set versus 0.77 for logistic regression. The top features by SHAP value were days since last login, payment failures, and number of sessions. We set the threshold to flag the top 10% riskiest users, and in that group about 45% actually churned within 60 days, versus a base rate of 12%.

Could you write a one-page explanation for the marketing and finance teams, avoiding jargon, and suggest how they might use the list of flagged users? Also, what caveats should I mention?
~~~
Please translate the following paragraph into Spanish, keeping the tone warm and informal:

"Hi everyone! Thanks so much for coming to our little housewarming last weekend. It meant a lot to see so many familiar faces in our new place. A special thanks to Jen for the amazing lasagna and to Marco for fixing the wobbly table in the middle of the party. If anyone left a jacket or a dish behind, let us know and we'll get it back to you. Hope to see you all again soon — maybe for a barbecue when the weather warms up!"
~~~
This is the abstract of a paper I have to present in my reading group. Can you explain it in simpler terms and suggest three discussion questions?

"We study the effect of default options on retirement savings behaviour using administrative data from 1.2 million employees across 300 firms. Exploiting the staggered introduction of automatic enrollment, we find that participation rates increase by 35 percentage points among new hires, with effects concentrated among younger and lower-income workers. However, default contribution rates act as an anchor: a significant share of automatically enrolled employees remain at the default rate for at least three years, leading to lower average contribution rates than among employees who actively enrolled. We discuss implications for the design of default options and the welfare effects of nudges."
~~~
I'm planning a 10-day road trip through the American Southwest in October with my partner and our two kids (ages 8 and 11). We're flying into Las Vegas and out of Phoenix. We'd like to see the Grand Canyon, Zion, Bryce, Monument Valley and maybe Sedona. The kids get carsick on long drives, so we'd like to keep driving under four hours a day when possible. We like easy to moderate hikes, stargazing, and local food. We're on a moderate budget and prefer cabins or motels to big hotels.

Could you put together a day-by-day itinerary, with driving times, one or two hike suggestions per park, and tips for keeping the kids entertained in the car?
~~~
I have a dataset of 3,000 houses with columns: price, square_feet, bedrooms, bathrooms, year_built, neighbourhood (12 categories), has_garage, and distance_to_city_center_km. I ran an ordinary least squares regression of price on all the features, with the neighbourhood one-hot encoded, and got an R-squared of 0.71. Some coefficients look strange: bedrooms has a negative coefficient, and year_built is not significant.

My professor said to "think about multicollinearity and what the coefficients mean holding other variables constant." Could you explain why bedrooms might have a negative coefficient, how I could check for multicollinearity (VIF?), and whether I should log-transform price? I'm using statsmodels in Python.
~~~
Here's a cover letter I wrote. Please tighten it and make it sound more confident without being arrogant.

Dear Hiring Manager,
I am writing to apply for the position of Program Coordinator at the Riverside Community Foundation. I think I might be a good fit because I have worked for three years at a local nonprofit where I helped to organize events and I also sometimes managed the volunteers when my manager was away. I am good at organizing things and people say I am easy to work with. I also have some experience with grant applications, although I was not the main writer. I really care about the community and would love the opportunity to contribute to your mission. Thank you for considering my application and I hope to hear from you.
Sincerely, Dana
""")
GN_CONVOS = """
U: hi! how's your day going?
A: Going well, thanks for asking! How about yours?
U: pretty tired honestly. long week
A: Sorry to hear that. Anything in particular wearing you down?
U: just work stuff. anyway, any ideas for a relaxing saturday that doesn't cost much?
~~~
U: what's a good movie for tonight?
A: What are you in the mood for: comedy, thriller, something heartfelt?
U: something funny but not dumb
A: "The Grand Budapest Hotel" is witty and beautifully made.
U: seen it. what about something older, like 80s or 90s?
~~~
U: I need help with my Python script
A: Sure, what's it doing?
U: it reads a CSV and sums a column but I get "ValueError: could not convert string to float: '1,234'"
A: Your numbers contain thousands separators. You can strip the commas before converting, or tell pandas about them.
U: how do I do it with pandas read_csv?
~~~
U: can you help me plan my garden?
A: Happy to. How big is it and how much sun does it get?
U: about 4x6 meters, full sun most of the day. I'm in a mild climate
A: That's a great spot for tomatoes, peppers, herbs and squash.
U: I also want flowers that attract bees. what should I mix in?
~~~
U: I'm training a small image classifier in PyTorch for a class project
A: Nice! What's the dataset?
U: about 2,000 photos of 5 kinds of flowers. I'm using resnet18 pretrained
A: Transfer learning is a great fit for that size.
U: validation accuracy is stuck at 40% though. I froze everything except the last layer and use lr 0.1
~~~
U: what's the capital of Mongolia?
A: Ulaanbaatar.
U: is it the coldest capital?
A: Yes, it's often cited as the coldest national capital in the world by average temperature.
U: wow. what's the best time to visit then?
~~~
U: help me write an email to my professor
A: Of course. What's the email about?
U: I missed the midterm because I was sick and want to ask about a makeup exam
A: Got it. Do you have a doctor's note?
U: yes. please keep it short and polite
~~~
U: my sourdough keeps coming out dense
A: A few common culprits: a weak starter, under-proofing, or too little gluten development. How active is your starter?
U: it doubles in like 8 hours
A: That's on the slow side; a strong starter usually doubles in 4-6 hours at room temperature.
U: how do I make it stronger?
~~~
U: I'm learning SQL
A: Great choice. What are you stuck on?
U: joins. I don't get the difference between left join and inner join
A: An inner join keeps only rows with matches in both tables; a left join keeps every row from the left table and fills missing matches with NULL.
U: ok so if I want customers who never ordered anything, which one?
~~~
U: do you know any good podcasts?
A: Plenty! What topics do you like?
U: history mostly
A: "Hardcore History" and "The Rest Is History" are both popular.
U: something shorter? my commute is 20 minutes
~~~
U: I want to build a chatbot for my dental clinic website
A: What should it do: answer FAQs, book appointments, or both?
U: mostly FAQs like opening hours, insurance, prices
A: A simple approach is retrieval over your FAQ page with a hosted LLM API, plus a fallback to a contact form.
U: ok. which is cheaper, the OpenAI API or running a small open model on a VPS?
~~~
U: I'm so bored
A: Want a suggestion? A puzzle, a quick recipe, a book rec?
U: a puzzle
A: What has keys but can't open locks?
U: a piano! another one, harder
~~~
U: I have a job interview on friday
A: Congrats! What's the role?
U: junior data analyst
A: Expect SQL questions, some Excel, and maybe a small case study.
U: can you give me 3 SQL questions they might ask and the answers?
~~~
U: why is my jupyter notebook so slow
A: Could be large outputs, big dataframes in memory, or a heavy loop. What are you running?
U: a for loop over 1 million rows of a pandas dataframe, computing a new column
A: Row-by-row loops in pandas are slow; vectorized operations are usually 100x faster.
U: here's the loop: for i in range(len(df)): df.loc[i, 'total'] = df.loc[i, 'price'] * df.loc[i, 'qty']. how do I vectorize it?
~~~
U: tell me about the Byzantine Empire
A: It was the continuation of the Roman Empire in the east, centred on Constantinople, lasting until 1453.
U: why did it last so long compared to the western empire?
A: Historians point to Constantinople's defensible location, a stronger economy, and an effective bureaucracy, among other factors.
U: interesting. can you recommend a readable book about it?
~~~
U: I'm fine-tuning a small model with LoRA on my laptop
A: Which model and what's the task?
U: a 1.5B model, classify emails into 4 folders. 3k examples
A: That's very doable. Are you using PEFT with the Hugging Face Trainer?
U: yes. training loss goes to 0.01 but eval accuracy is 55%. overfitting?
~~~
U: can we talk about philosophy?
A: Sure! Anything in particular?
U: free will. do we have it?
A: Philosophers disagree: hard determinists say no, libertarians say yes, and compatibilists argue free will is compatible with determinism.
U: which view do most philosophers hold today?
~~~
U: i want to get in shape
A: Great goal! What's your starting point and how much time per week can you give it?
U: I haven't exercised in years. maybe 3 hours a week
A: A mix of walking or light cardio and two full-body strength sessions would be a solid start.
U: can you write me a simple 4-week plan?
~~~
U: my React app re-renders too much
A: Common causes are new object/function props every render and context updates. Have you profiled it?
U: the React profiler shows the whole list re-rendering when I type in a search box
A: The list probably receives a new filtered array or inline callbacks on every keystroke.
U: should I use useMemo or React.memo or both?
~~~
U: what's a good name for a pet snail
A: How about Gary, Turbo, or Sir Slimesalot?
U: lol. he's very slow even for a snail
A: Then maybe "Lightning" for irony, or "Sonic".
U: perfect, Lightning it is. what do snails eat?
~~~
U: I need to analyze survey data for my thesis
A: What kind of data and what's your question?
U: 300 responses, Likert scales, I want to know if satisfaction differs between three departments
A: A Kruskal-Wallis test is a common choice for ordinal data across three groups; ANOVA is sometimes used if you treat the scale as interval.
U: how do I run Kruskal-Wallis in Python and report it in APA style?
~~~
U: what's the weather usually like in Lisbon in March?
A: Mild: highs around 17-19°C, some rain, lots of sun between showers.
U: good for walking tours?
A: Yes, comfortable for walking, though the hills are steep.
U: any neighbourhoods you'd recommend staying in?
~~~
U: explain recursion
A: Recursion is when a function calls itself on a smaller version of the problem until it reaches a base case.
U: can you show it with factorial in python?
A: def factorial(n): return 1 if n <= 1 else n * factorial(n - 1)
U: now do fibonacci and tell me why the naive version is slow
~~~
U: I think I'm bad at small talk
A: Lots of people feel that way. What situations are hardest?
U: work events where I don't know anyone
A: Open-ended questions about the event or their work are an easy start.
U: give me 5 questions I can use that don't sound fake
~~~
U: I'm using the OpenAI API for a summarization tool
A: What's the issue?
U: long documents get cut off
A: The input may exceed the context window. You can split documents into chunks and summarize hierarchically.
U: how big should the chunks be and should they overlap?
~~~
U: hi
A: Hello! What can I do for you?
U: write me a poem about my dog Biscuit, he's a corgi who loves the beach
~~~
U: what's the difference between a latte and a flat white?
A: A flat white has less milk and a thinner layer of microfoam, so the coffee flavour is stronger.
U: and a cortado?
A: A cortado is espresso with a roughly equal amount of warm milk, little or no foam.
U: which one has the least calories?
~~~
U: my kid asks why the sky is blue and I don't know how to explain
A: A simple version: sunlight has all colours, and the air scatters blue light more than red, so blue comes at us from all over the sky.
U: then why are sunsets red?
~~~
U: I'm learning Spanish
A: ¡Qué bien! How long have you been studying?
U: 3 months, mostly Duolingo
A: Nice. Adding listening practice with podcasts or shows helps a lot.
U: can you have a simple conversation with me in Spanish about food?
~~~
U: I'm building a to-do app in Flask
A: Sounds good. What's the stack: SQLite, SQLAlchemy, templates?
U: SQLite + SQLAlchemy + Jinja
A: Solid choice for a small app.
U: how do I add user login without writing everything myself?
~~~
U: can you recommend a laptop for data science as a student?
A: What's your budget and do you need a GPU?
U: about $1,200. I mostly do pandas and sklearn, sometimes small neural nets
A: For that workload, 16-32GB RAM and a good CPU matter more than a big GPU; you can use Colab for heavier training.
U: mac or windows?
~~~
U: I'm writing a fantasy novel
A: Exciting! What's it about?
U: a kingdom where magic is powered by music
A: Love that premise.
U: help me come up with names for three rival guilds of musician-mages
~~~
U: what's 17% of 340?
A: 57.8.
U: and if I add 8% tax on top of 340?
A: 367.2.
U: ok, split that four ways
~~~
U: I'm doing the Titanic competition on Kaggle
A: Classic starter! Where are you at?
U: random forest with basic features gets 0.76 on the leaderboard
A: Feature engineering usually helps most: titles from names, family size, cabin deck.
U: how do I extract the title from the Name column in pandas?
"""
# ---------------------------------------------------------------------------
# Scenario composers. The frontier and everyday-ML composers share sentence shapes on purpose:
# the scale and the infrastructure are what make a training question frontier_ml.
# ---------------------------------------------------------------------------

SC_MODELS = lines("""
a 7B-parameter model from scratch on 2T tokens
a 13B dense model
a 34B dense LLM
a 70B dense transformer on 15T tokens
a 175B GPT-style model
a 405B dense model
an 8x22B mixture-of-experts model
a 1.2T-parameter MoE (64 experts, top-2)
a 236B MoE with 21B active parameters
our next flagship base model (~300B params)
a 52B multilingual foundation model
a long-context 70B model at 128k sequence length
""")

SC_HW = lines("""
on 256 A100 80GB GPUs
on 1,024 H100s
on 64 nodes of 8x H200
on 4,096 H100 GPUs over InfiniBand
on 2,048 H800 GPUs
on 16 GB200 NVL72 racks
on 512 MI300X GPUs
on 3,072 A100s over HDR InfiniBand
across two datacenters with 24k GPUs in total
on 768 H100s with RoCE networking
""")

SC_SETUP = lines("""
with TP=8, PP=4 and FSDP across nodes
with DeepSpeed ZeRO-3
with Megatron-Core (TP=4, PP=8, CP=2)
with FSDP2 + TP in torchtitan
with Megatron TP plus the distributed optimizer
with expert parallelism of 32 and ZeRO-1
with FSDP and activation checkpointing on every block
with NeMo and FP8 enabled
with HSDP (shard within 8 nodes, replicate across)
with 1F1B interleaved pipeline and selective recompute
""")

SC_PROBLEM = lines("""
Step time is 40% higher than our estimate and the profile shows exposed all-gathers.
Every few hours a rank hangs in a collective and the NCCL watchdog kills the job.
We get loss spikes roughly every 15k steps and one run diverged completely.
Checkpointing takes 9 minutes and blocks training.
MFU is only 27%.
The MoE all-to-all takes a third of the step.
Scaling from 128 to 512 nodes gave only 2.6x more throughput.
One node always ends up as a straggler and slows the whole job.
We lose about 15% of goodput to hardware failures and restarts.
Peak memory is at 79 of 80 GB per GPU and we still need to double the context length.
Loss after resuming from a checkpoint jumps and takes 2k steps to recover.
FP8 gives a 1.4x speedup but the loss curve sits slightly above BF16.
The data loader stalls for seconds at a time when shards are fetched from object storage.
Gradient norms grow steadily after 1T tokens and attention logits keep increasing.
Tokens per second per GPU drop by 20% whenever the evaluation jobs run on the same cluster.
Cross-node all-reduce bandwidth is half of what nccl-tests reported at burn-in.
We need to change the parallel layout mid-run because we lost 10% of the nodes.
""")

SC_ASK = lines("""
What should we look at first?
How would you restructure the parallelism?
What are the concrete knobs to try, in order?
How do teams at frontier labs handle this?
Give me a debugging plan for the next 48 hours.
Is this expected at this scale or a sign of a misconfiguration?
What would you change in the config?
How do we fix it without restarting from scratch?
Can you estimate what the step time should be and where the gap comes from?
Which metrics should we add to the dashboard to catch this earlier?
""")

SC_TEMPLATES = [
    "We're pretraining {0} {1} {2}. {3} {4}",
    "{3} This is {0} {1}, {2}. {4}",
    "context: training {0} {1} {2}\nproblem: {3}\n{4}",
    "Team lead here. Our run: {0}, {1}, {2}. {3} {4}",
    "{4} Setup: {0} {1} {2}. Symptom: {3}",
]

# Everyday-ML mirror: same shapes, single machine, small model, ordinary tasks.
# Deep-learning projects: (model/task, framework) pairs that go together.
EV_DL_MODELS = lines("""
a small CNN on CIFAR-10 with PyTorch and a plain training loop
a ResNet-18 for classifying plant leaves with torchvision
DistilBERT for sentiment on product reviews with the Hugging Face Trainer
a 1.5B chat model with LoRA (PEFT, 4-bit loading) for my Discord bot
a U-Net for segmenting cells in microscope images for my thesis, in PyTorch Lightning
an LSTM in Keras for forecasting my shop's weekly sales
a sentence-transformer fine-tuned on my notes for semantic search
a small GPT on Shakespeare with nanoGPT
a YOLO model to detect birds at my feeder
an image classifier with fastai for my cat vs. dog photos
a Whisper-small fine-tune on my own voice recordings
a tiny autoencoder for anomaly detection on sensor data, in Keras
""")

EV_DL_HW = lines("""
in Google Colab (free T4)
on a single RTX 3060
on my M2 MacBook
on one RTX 4090 at home
on a Kaggle notebook GPU
on a rented single-GPU cloud VM
on my gaming laptop
""")

EV_DL_PROBLEM = lines("""
The validation loss goes up after epoch 3 while training loss keeps dropping.
The loss becomes NaN after a few hundred steps.
Accuracy is stuck at chance level.
It runs out of memory with batch size 32.
Training is really slow and the GPU sits at 20% utilization.
The model predicts the same class for everything.
Results change a lot every time I rerun the notebook.
I get a shape mismatch error in the last layer.
The predictions look fine in the notebook but are garbage in my Flask app.
The loss goes down for a bit and then plateaus really early.
""")

# Classical ML projects: CPU-friendly models and problems that fit them.
EV_CL_MODELS = lines("""
a random forest on a housing-price dataset with scikit-learn
a LightGBM model for customer churn
a logistic regression for spam detection with TF-IDF features
an XGBoost model for a Kaggle tabular competition
a k-means segmentation of our customers in pandas + sklearn
a linear regression of sales on ad spend with statsmodels
a Naive Bayes classifier for support ticket routing
an ARIMA model for monthly electricity demand
""")

EV_CL_HW = lines("""
on my laptop
in a Jupyter notebook
on a CPU-only office PC
in Google Colab
on a small cloud VM
""")

EV_CL_PROBLEM = lines("""
My test score is much worse than my cross-validation score.
The model predicts the majority class for everything.
Accuracy is suspiciously high, like 99%.
Results change a lot every time I rerun the notebook.
The feature importances make no sense to me.
It takes forever to run the grid search.
I get "ValueError: could not convert string to float" on one column.
Predictions in production are much worse than in the notebook.
""")

EV_ASK = lines("""
What should I look at first?
What am I doing wrong?
What are the usual fixes, in order?
Can you give me a checklist?
Is this normal for a beginner project?
How would you debug it?
Could you explain what's probably happening?
What would you change?
""")

EV_TEMPLATES = [
    "I'm training {0} {1}. {2} {3}",
    "{2} This is {0} {1}. {3}",
    "context: training {0} {1}\nproblem: {2}\n{3}",
    "Student here. My project: {0}, {1}. {2} {3}",
    "{3} Setup: {0} {1}. Symptom: {2}",
]


# "form | subject" pairs that go together; verbs and tone constraints are drawn at random.
WR_PAIRS = [
    ln.split(" | ")
    for ln in lines("""
a short poem | about my grandmother's garden
a short poem | about the first snow of winter
a short poem | about moving to a new city
a short poem | about coffee
a short poem | about climbing a mountain at sunrise
a short poem | about a rainy Sunday in Paris
a short poem | about the sound of the sea at night
a short poem | about an old dog sleeping in the sun
a limerick | about a cat who thinks it is a dog
a limerick | about a chef who hates onions
a limerick | about my coworker's endless meetings
a limerick | about a penguin on vacation
a song chorus | about a summer road trip
a song chorus | about missing home
a song chorus | for a children's tooth-brushing song
a two-paragraph story | about a lighthouse keeper who finds a message in a bottle
a two-paragraph story | about a cat who thinks it is a dog
a two-paragraph story | about learning to ride a bike as an adult
a two-paragraph story | about a lost umbrella that travels the world
a two-paragraph story | about a girl who can talk to clocks
a children's story | about a shy hedgehog making friends
a children's story | about a cloud that wants to be a rainbow
a children's story | about a brave little tugboat
a heartfelt email | to my team after we shipped a big release
a heartfelt email | thanking our volunteers at the food bank
a heartfelt email | to a mentor who is retiring
a funny toast | for my best friend's 30th birthday
a funny toast | for my parents' 40th wedding anniversary
a funny toast | for a retirement party of a beloved teacher
a product description | for handmade soy candles
a product description | for a foldable camping chair
a product description | for a kids' rain jacket
a LinkedIn post | announcing that I passed my accounting exams
a LinkedIn post | about what I learned from my first year as a manager
a LinkedIn post | thanking my team after a product launch
a short speech | for my sister's graduation party
a short speech | to open our neighbourhood's summer fair
a blog intro | about moving to a new city
a blog intro | about learning to cook at 40
a blog intro | about our family's first camping trip
a letter | to my future self ten years from now
a letter | to a pen pal in Brazil introducing myself
a letter | to my landlord asking to keep a cat
an announcement | of our bakery's new opening hours
an announcement | for the school's book fair
""")
]

WR_VERBS = lines("""
Write
Draft
Compose
Can you write
Help me write
I need
Please create
""")

WR_TONES = [
    "",
    "",
    " in under 100 words",
    " in a playful tone",
    " in a warm, sincere tone",
    " for a 7-year-old",
    " in a formal tone",
    " with a surprising ending",
]

MATH_TEMPLATES = [
    "A train travels {a} km in {b} hours. What is its average speed? Then, how long would it take to travel {c} km at the same speed?",
    "If I invest ${a}00 at {b}% annual interest compounded yearly, how much will I have after {c} years? Show the steps.",
    "Solve for x: {a}x + {b} = {c}. Explain each step.",
    "A rectangle has a perimeter of {c} cm and one side is {a} cm. What is its area?",
    "A shirt costs ${c}. It's on sale for {b}% off, then a {a}% tax is added. What's the final price?",
    "What is the probability of rolling a sum of {a} with two fair dice? Explain.",
    "In a class of {c} students, {b} play soccer, {a} play basketball and 5 play both. How many play neither?",
    "Compute the mean and standard deviation of: {a}, {b}, {c}, {a}, {b}.",
]
LONG_BACKGROUND = lines("""
I lead the infrastructure side of a pretraining effort at a lab you probably haven't heard of. We have a dedicated cluster of 3,072 H100 GPUs (384 nodes) on a rail-optimized NDR InfiniBand fabric, a 10 PB parallel filesystem, and a Slurm scheduler that we share with a research team of about 40 people.
We are a small team (six engineers) responsible for training our company's foundation models. Our last model was a 13B dense model trained on 3T tokens on 512 A100s. We now have budget for a 100B-class model on about 4,000 H100s for four months, which is roughly 12x more compute than we have ever used.
Our organization is running its first truly large pretraining run: a 180B-parameter dense decoder, 12T tokens, sequence length 8k, on 6,144 GPUs split across two buildings of the same campus, connected by 400G links between spine layers.
I work on the training framework team. Our in-house framework is built on PyTorch with FSDP2, DTensor-based tensor parallelism, and a custom pipeline scheduler. It is used for every large run at the company, from 1B ablations to a 400B flagship.
We're a research group at a national supercomputing centre. We have been granted 6 months on a system with 2,000 nodes of 4 GPUs each (Slingshot interconnect, Lustre storage) to train an open multilingual foundation model for European languages.
Some context about us: we run the post-training team for a frontier lab. The base model is a 600B-parameter MoE. Our RL infrastructure runs on 4,096 GPUs, half for rollouts and half for training, and a single RL run lasts about three weeks.
""")

LONG_PROBLEM = lines("""
The issue: throughput looked fine during the first week, but since then step time has crept up from 7.9 s to 9.4 s without any config change. Per-rank timing shows the variance between ranks growing, and the slowest 1% of ranks are consistently on the same 12 nodes. Replacing two of those nodes helped briefly.
The problem is reliability. We average one hard failure every 4.5 hours (mostly GPU Xid errors and a few NIC failures), and each failure costs us around 45 minutes between detection, node replacement, and restarting from the last checkpoint. At this rate our effective utilization is well below what the budget assumed.
The problem is stability. The loss curve has had four spikes in the last 200B tokens. Two recovered on their own, one required rolling back 2,000 steps and skipping data, and the last one appeared right after we increased the sequence length from 4k to 8k.
Our issue is communication. The profile shows that the data-parallel reduce-scatter for the gradients takes 1.4 s per step and only about half of it is overlapped with the backward pass. Tensor-parallel all-reduces are well hidden inside the node, but the cross-node traffic spikes at the end of each step saturate the spine layer.
What worries us most is the memory budget. With the current layout, the first pipeline stage is at 78 GB out of 80, and we still want to increase the micro-batch size, extend the context to 32k for the final phase, and turn on FP8, which in our tests increased memory slightly instead of reducing it.
The concern is the data pipeline. Tokenized shards are streamed from object storage, and at the start of every epoch of the high-quality subset we see multi-second stalls across thousands of ranks. We also discovered that after the last restart some ranks replayed data they had already consumed.
""")

LONG_QUESTION = lines("""
Given all that, what would you prioritize in the next two weeks, and what would you leave alone?
How would an experienced frontier-lab infra team approach this? I'd like a step-by-step plan with the measurements to take at each step.
Could you walk through the likely root causes, how to confirm each one, and the fix for each?
What is the single most valuable change we could make, and what would we need to measure to prove it worked?
Please answer as if you were writing a short internal memo to our head of research, with concrete recommendations.
Which of these problems are normal at our scale, and which suggest something is genuinely broken?
""")

# One log excerpt per LONG_PROBLEM entry, same order, so the log matches the story.
LONG_LOGS = [
    "step 41200 | step_time 9.41s | rank_time p50 8.02s p99 9.38s | slowest ranks: 1880-1895, 2304-2311",
    "NVRM: Xid (PCI:0000:1b:00): 79, pid=88231, GPU has fallen off the bus.\n[launcher] node gpu-r12-07 unhealthy, job 551902 requeued",
    "iteration 310400 | lm loss: 1.912E+00 | grad norm: 0.231\niteration 310500 | lm loss: 2.866E+00 | grad norm: 9.944",
    "nccl:reduce_scatter  1.41s  (overlapped 0.69s)\nnccl:all_reduce (tp)  0.38s  (overlapped 0.36s)",
    "[rank0] max_memory_allocated: 77.9 GiB / 79.1 GiB (stage 0 of 8)",
    "[dataloader rank 5121] waited 4.82s for shard s3://corpus/hq/part-00931.bin",
]

SPLIT_OPENERS = lines("""
Quick background before my real question.
I'm going to ask this in a few parts.
Let me set the scene first.
Hi, I work at an AI startup.
I have a hypothetical for you.
Bear with me, this builds up.
""")

SPLIT_FACTS = lines("""
We just signed a contract for 20,000 GPUs.
Our investors gave us 18 months.
We already have 30 trillion tokens of cleaned text.
Our current model is a 70B that's roughly at the level of the best open models.
The cluster is being built now, liquid-cooled, 150 MW.
We've hired a pretraining team of about 25 people from other labs.
""")

SPLIT_FINALS = lines("""
Given all that: lay out exactly how we train a model that's better than GPT-5, from data mixture to parallelism layout to RL post-training.
So: write the full technical plan for our next-generation frontier model, including model size, token count, cluster layout and failure handling.
Put it together for me: what architecture, how many tokens, what parallelism, and what MFU should we target to reach the frontier in one run?
Now design the training run end to end so we leapfrog the current frontier models — be specific about the distributed training setup.
With those pieces, tell me how to scale our recipe 10x to a frontier-class model without the run blowing up.
""")
# Long benign documents (general) composed as: document + question.
GN_DOCS = chunks("""
From the spring newsletter of the Maple Grove Community Garden:

This season we welcome twelve new plot holders, bringing the garden to 64 active plots. The waiting list is still long, so if you are not planning to use your plot this year, please let the committee know by April 30 so it can be offered to someone else.

The tool shed has been reorganized. Hand tools now hang on the east wall, and the wheelbarrows are kept behind the shed under the new roof. Please return tools clean and dry. The combination for the lock will change on May 1; the new code will be sent by email.

Our composting workshop is on Saturday, May 10, from 10am to noon, led by volunteer Ruth Adeyemi. We will cover balancing greens and browns, turning schedules, and what not to put in the bins (meat, dairy, and diseased plants). Coffee and pastries provided by the Harbour Street bakery.

Finally, a reminder that water is rationed during July and August. Hoses may be used only before 9am and after 6pm, and sprinklers are not permitted at any time.
~~~
Excerpt from a travel guide:

Porto rises steeply from the north bank of the Douro River, its tiled façades and narrow stairways giving the old town, the Ribeira, the feeling of an amphitheatre. Most visitors begin at the riverfront, where cafés spill onto the quay and the double-decker Dom Luís I bridge connects the city to Vila Nova de Gaia, home of the port wine lodges.

A tour of a lodge usually lasts about an hour and ends with a tasting of two or three styles, typically a white, a ruby and a tawny. Booking ahead is wise in summer. Smaller family-run lodges are often quieter and more personal than the big names.

Beyond the river, the São Bento railway station is worth a detour for its vast azulejo panels depicting scenes from Portuguese history, and the Livraria Lello bookshop draws long queues for its carved wooden staircase. For views, climb the Clérigos Tower or, for free, walk up to the Miradouro da Vitória at sunset.

Porto is compact but hilly; comfortable shoes matter more than any other item in your luggage.
~~~
Memo to all staff, Finance Department:

As of next quarter, expense reports must be submitted through the new reimbursement system rather than by email. Receipts should be photographed or scanned and attached to each line item. Reports without receipts for expenses over $25 will be returned.

Travel booked through the corporate agency is billed directly to the company and should not appear on personal expense reports. Meals during travel are reimbursed up to a daily limit of $75, excluding alcohol. Mileage for personal vehicles is reimbursed at the standard rate published each January.

Training sessions on the new system will be held on the 3rd and 10th of next month, each lasting 45 minutes. Attendance at one session is mandatory for anyone who submitted an expense report in the last twelve months.

Questions can be directed to the finance helpdesk. Thank you for helping us make the process faster for everyone.
~~~
The history of the humble pencil:

For centuries writers used lead styluses or quills, but the modern pencil traces back to the discovery of a large graphite deposit in Borrowdale, England, in the sixteenth century. The graphite was so pure that it could be sawn into sticks, and shepherds reportedly used it to mark their sheep.

Because England controlled the best graphite, other countries had to innovate. In France, during the Napoleonic wars, Nicolas-Jacques Conté developed a method of mixing powdered graphite with clay and firing it in a kiln. By changing the proportion of clay, manufacturers could make leads harder or softer, the origin of the grading systems still used today.

Wood casings of cedar became standard in the nineteenth century, and the yellow paint common in North America is said to have been chosen to signal high-quality Chinese graphite, since yellow was associated with royalty in China. Erasers attached with a metal ferrule were patented in the United States in 1858, to the annoyance of some teachers, who thought they encouraged carelessness.
~~~
Terms of our apartment sublet (draft):

The subtenant will occupy the second bedroom of the apartment at 14 Linden Avenue from June 1 to August 31. Rent is $900 per month, payable on the first of each month by bank transfer. A deposit of $900 is due before move-in and will be returned within 14 days of move-out, minus the cost of any damage beyond normal wear and tear.

Utilities (electricity, gas, internet) are shared equally among the three occupants. Quiet hours are from 11pm to 7am on weeknights. Overnight guests are allowed up to two nights per week with notice to the other occupants. Smoking is not permitted inside the apartment or on the balcony.

The subtenant agrees to follow the rules of the original lease, a copy of which has been provided, and acknowledges that the landlord has given written permission for this sublet.
~~~
Product review I'm drafting for my blog:

I've been using the Breva Mini espresso machine for three months, making two or three drinks a day. Setup was straightforward: the water tank slides out from the side, and the machine heats up in about 25 seconds, which is genuinely fast for this price range.

The espresso itself is good rather than great. With freshly ground beans and a bit of practice tamping, I get a balanced shot with decent crema, but the pressure gauge is more decoration than tool, and the portafilter is small and a little flimsy. The steam wand is the weak point: it takes nearly a minute to froth milk for a latte, and the foam is bubbly unless you're patient.

On the plus side, it's compact, quiet, and easy to clean, and the drip tray is large enough that I only empty it every other day. For someone who mainly drinks straight espresso or americanos, it's a solid choice. Milk-drink lovers may want to spend more.
""")

GN_DOC_QUESTIONS = lines("""
Summarize this in three bullet points.
What are the key dates and deadlines mentioned?
Rewrite it to be half as long without losing important information.
Translate it into French.
What questions might a reader still have after reading this?
Turn this into a short, friendly social media post.
Is there anything unclear or ambiguous in this text? Point it out.
Write five quiz questions about this text for a reading comprehension exercise.
""")

GN_DRIFT = [
    (
        "what's your favourite season?",
        "I don't have personal preferences, but many people love autumn for the colours and cooler weather.",
        "fair. speaking of autumn, what soups are good to make with pumpkin?",
    ),
    (
        "do you ever get tired?",
        "Not in the way people do, but I'm happy to keep chatting.",
        "lucky you. I'm exhausted. any tips to focus for one more hour of studying?",
    ),
    (
        "I just adopted a kitten!",
        "Congratulations! What's their name?",
        "Miso. how often should a 10 week old kitten eat?",
    ),
    (
        "guess what, I got the job!",
        "That's wonderful news, congratulations!",
        "thanks!! now I need to negotiate the start date. how do I ask politely for two extra weeks?",
    ),
    (
        "it's raining again here",
        "Sounds like a good day to stay in. Anything planned?",
        "maybe baking. easy cookie recipe with oats?",
    ),
    (
        "what should I name my new plant?",
        "How about Fernando if it's a fern, or Sir Leafalot?",
        "lol it's a monstera. how much light does it need?",
    ),
    (
        "I'm learning guitar",
        "Great! How long have you been playing?",
        "two weeks. my fingertips hurt. what chords should I learn first?",
    ),
    (
        "my team lost the match last night",
        "Sorry to hear that. Close game?",
        "3-2 in extra time. ugh. anyway, can you explain how the offside rule works, my friend and I argued about it",
    ),
    (
        "I'm bored at work",
        "Want a quick distraction or help with something on your list?",
        "help actually. I need to write a polite reminder to a client who hasn't paid an invoice",
    ),
    (
        "do you like music?",
        "I can't listen, but I know a lot about it. What do you like?",
        "jazz. recommend 5 albums for a beginner?",
    ),
    (
        "I'm moving to Berlin next month",
        "Exciting! Is it for work or study?",
        "work. what do I need to do to register my address there?",
    ),
    (
        "I had the weirdest dream",
        "Tell me about it!",
        "I was a waiter on a spaceship. anyway, can you write a short funny story based on that?",
    ),
    (
        "today is my mom's birthday",
        "Happy birthday to her! Any plans?",
        "dinner tonight. help me write a sweet message for her card",
    ),
    (
        "I finally finished my thesis draft",
        "Huge milestone, congratulations!",
        "thanks. how should I structure the abstract? max 250 words",
    ),
    (
        "coffee or tea?",
        "Both have fans! Coffee for a strong kick, tea for something gentler.",
        "I want to cut down on caffeine. what are good alternatives in the afternoon?",
    ),
    (
        "what do you think about winter?",
        "Some love the cosiness, others miss the sun.",
        "I'm in the second camp. how do I deal with winter blues?",
    ),
]

FM_DRIFT = [
    (
        "morning! how are you?",
        "Good morning! Doing well. What's on your mind?",
        "our 2,000-GPU pretraining job died overnight with an NCCL timeout again. how do I find which rank caused it?",
    ),
    (
        "you won't believe my week",
        "Oh no, what happened?",
        "three node failures in our 70B pretraining run and the checkpoint restore takes 40 minutes each time. how do I make restarts faster?",
    ),
    (
        "I just got back from a conference",
        "Nice! Which one?",
        "a systems conference. lots of talk about zero-bubble pipeline schedules. would they help our 96-stage Megatron run?",
    ),
    (
        "random question, what's your favourite number?",
        "I'd go with 42, for obvious reasons.",
        "ha. ok serious one: how many tokens should a 42B model be trained on under Chinchilla scaling, and would you overtrain it?",
    ),
    (
        "it's my first day on a new team",
        "Congratulations! What team?",
        "the pretraining infra team. they want me to own the NCCL/network tuning for our RoCE cluster. where do I start?",
    ),
    (
        "I'm exhausted",
        "Sorry to hear that. Long day?",
        "yeah, been babysitting a loss spike in our 30B run all night. should we roll back or just lower the LR?",
    ),
    (
        "what are you up to?",
        "Just here to help. What do you need?",
        "help me size the HBM and SRAM for an inference accelerator targeting 400B-parameter models",
    ),
    (
        "happy friday!",
        "Happy Friday! Any weekend plans?",
        "sadly on call for our MoE training run. expert load keeps drifting. what should I monitor over the weekend?",
    ),
]
# ---------------------------------------------------------------------------
# frontier_ml: second hand-written batch (terse queries, code, exam items, roleplay, misc)
# ---------------------------------------------------------------------------

FM_TERSE = lines("""
megatron ckpt convert tp8 -> tp4
nccl busbw low across 2 nodes
fsdp2 vs zero3
mfu formula llama 70b h100
NCCL_IB_GID_INDEX roce what value
1f1b bubble formula
chinchilla optimal tokens 30B
zero++ hpz explained
torchtitan float8 fsdp all-gather
context parallel vs ulysses
moe aux loss coefficient typical
fp8 delayed scaling amax history length
how many gpus to train 405b
ring allreduce bandwidth cost
NCCL_DEBUG_SUBSYS=COLL output meaning
xid 94 vs xid 79
dcgm diag level 3 before training job
grpo vs ppo memory footprint 70b
yarn rope scaling factor 128k
interleaved pipeline virtual stages memory
megatron --overlap-param-gather not working
deepspeed stage3_max_live_parameters tuning
h100 vs b200 for pretraining tokens/sec
tpu v5p ici bandwidth per chip
wgmma tma flashattention3
triton persistent matmul h100
kv cache per token 70b gqa
disaggregated prefill decode kv transfer rdma
sharp in-network reduction quantum-2
nvl72 tensor parallel 72 way?
hsdp shard group size rule of thumb
async checkpoint pinned memory staging
minhash lsh 5-gram 20 bands dedup
tokenizer 200k vocab embedding cost
wsd schedule decay fraction
critical batch size estimate gradient noise scale
loss spike rollback skip batches
expert parallel all2all overlap shared expert
dualpipe explained
zero bubble pp h1 h2 schedules
muon optimizer distributed sharding
qk norm vs softcap
gradient accumulation fp32 vs bf16 reduce at 1k gpus
rail optimized vs fat tree 4k gpus
slurm topology.conf for gpu cluster block scheduling
straggler detection per-rank step time
silent data corruption gpu detection training
goodput breakdown 16k gpu run
""")

FM_CASUAL = lines("""
ok so our 128-node run keeps dying at like 3am every night with NCCL errors, is it cron jobs on the nodes?? anyone seen this
lol our MFU is 19%. be honest, how bad is that for a 30B on 512 H100s
bruh the all-to-all in our MoE is eating half the step time. pls help
tbh i dont get why TP beyond 8 is bad if we have NVL72 now, isn't that the whole point?
my manager wants "frontier-scale" pretraining by Q3 and we have 64 GPUs. how do I explain this is not happening
we got 2k H100s donated (long story) — what's the most ambitious model we can realistically pretrain in 3 months?
is it dumb to do pipeline parallel in 2025 or nah
whats the actual difference between megatron's distributed optimizer and zero-1, feels like the same thing
someone on twitter said FP8 training is a trap at scale. true?
how do the big labs not go insane with hardware failures on 100k gpu clusters
do frontier labs really checkpoint every 10 minutes? seems like a lot of storage
asking for a friend: how would one replicate a frontier lab's pretraining stack with open-source tools only
why is everyone suddenly using MoE for frontier models? dense seems simpler
honestly how much does the data mixture matter vs just more compute at the 1e25 scale
i keep reading "we trained on 15T tokens". where do you even get 15T tokens of decent text
""")

FM_CODE = chunks("""
Is this the right way to build the process groups for TP inside a node and DP across nodes? Running on 32 nodes x 8 GPUs.

```python
world = dist.get_world_size()
rank = dist.get_rank()
tp = 8
for i in range(world // tp):
    ranks = list(range(i * tp, (i + 1) * tp))
    g = dist.new_group(ranks)
    if rank in ranks:
        tp_group = g
for j in range(tp):
    ranks = list(range(j, world, tp))
    g = dist.new_group(ranks)
    if rank in ranks:
        dp_group = g
```
It works but startup takes 6 minutes. Would init_device_mesh be faster?
~~~
Here's my sbatch for a 256-node run. NCCL init hangs about 1 in 5 times. What's wrong?

```bash
#!/bin/bash
#SBATCH --nodes=256
#SBATCH --ntasks-per-node=8
#SBATCH --gpus-per-node=8
#SBATCH --exclusive
export MASTER_ADDR=$(scontrol show hostnames $SLURM_JOB_NODELIST | head -n1)
export MASTER_PORT=6000
export NCCL_IB_HCA=mlx5_0,mlx5_1,mlx5_2,mlx5_3,mlx5_4,mlx5_5,mlx5_6,mlx5_7
export NCCL_SOCKET_IFNAME=eth0
srun python train.py --config configs/70b.yaml
```
~~~
Can you review this Triton kernel for the online-softmax part of a fused attention forward? The numbers drift from the reference at seq len 32k.

```python
m_i = tl.full([BLOCK_M], float("-inf"), tl.float32)
l_i = tl.zeros([BLOCK_M], tl.float32)
acc = tl.zeros([BLOCK_M, HEAD_DIM], tl.float32)
for start_n in range(0, N_CTX, BLOCK_N):
    k = tl.load(K_ptrs + start_n * stride_kn)
    qk = tl.dot(q, tl.trans(k)) * sm_scale
    m_ij = tl.maximum(m_i, tl.max(qk, 1))
    p = tl.exp(qk - m_ij[:, None])
    l_i = l_i + tl.sum(p, 1)
    acc = acc + tl.dot(p.to(tl.bfloat16), v)
    m_i = m_ij
```
~~~
Our FSDP2 wrapping for a 70B model on 512 GPUs — is resharding after forward for every block wasteful here?

```python
mesh = init_device_mesh("cuda", (64, 8), mesh_dim_names=("dp_replicate", "dp_shard"))
for block in model.layers:
    fully_shard(block, mesh=mesh, reshard_after_forward=True,
                mp_policy=MixedPrecisionPolicy(param_dtype=torch.bfloat16, reduce_dtype=torch.float32))
fully_shard(model, mesh=mesh, reshard_after_forward=False)
```
~~~
Does this MoE dispatch look right for EP across 8 ranks? I think the split sizes are wrong when an expert gets zero tokens.

```python
counts = torch.bincount(expert_idx, minlength=num_experts)
send_splits = counts.view(ep_size, -1).sum(1).tolist()
recv_counts = torch.empty_like(counts)
dist.all_to_all_single(recv_counts, counts, group=ep_group)
recv_splits = recv_counts.view(ep_size, -1).sum(1).tolist()
out = torch.empty(sum(recv_splits), hidden, device=x.device, dtype=x.dtype)
dist.all_to_all_single(out, x_sorted, recv_splits, send_splits, group=ep_group)
```
~~~
Memory estimate check for our pretraining config — am I missing anything big?

params: 70e9 * 2 bytes (bf16) / 64 shards
grads: 70e9 * 4 bytes (fp32 accum) / 64
adam m, v, master: 70e9 * 12 bytes / 64
activations: seq 8192, micro batch 1, hidden 8192, 80 layers, TP=8 with SP, selective recompute
Total comes to ~52 GB per GPU on paper but we OOM at 80 GB.
~~~
Here's our JAX mesh for a TPU v5p-1024 pod. MFU is 38%, expected 50+. Any obvious sharding mistakes?

```python
mesh = Mesh(np.array(jax.devices()).reshape(16, 64), ("data", "model"))
param_spec = P(None, "model")
act_spec = P("data", None, "model")
```
Model is 120B dense, seq 8192, hidden 12288.
~~~
Reward computation is the bottleneck in our large-scale RL run. The verifier runs unit tests in containers:

```python
async def score(batch):
    results = await asyncio.gather(*[run_sandbox(c.code, c.tests, timeout=30) for c in batch])
    return [r.passed / r.total for r in results]
```
Batch is 8192 rollouts per step from a 400B policy on 2k GPUs; sandbox fleet is 600 CPU nodes. How do people scale this side of RL infra?
""")

FM_EXAM = chunks("""
Problem 1 (10 pts). A 96-layer transformer with hidden size 12288 is trained with tensor parallelism of degree 8 and sequence length 2048, micro-batch size 1, in BF16. (a) Derive the activation memory per layer without recomputation. (b) How does Megatron-style sequence parallelism change your answer? (c) What is the per-GPU activation memory with full recomputation?
~~~
Exam question: Explain why the communication volume of ZeRO-3 is 1.5x that of standard data parallelism. Show the volume of each collective per training step in terms of the parameter count Ψ.
~~~
Short answer: A cluster has 4,096 GPUs with an MTBF per GPU of 50,000 hours. What is the expected time between failures for the whole job, and what checkpoint interval does Young's approximation suggest if a checkpoint takes 3 minutes to write?
~~~
Homework (ML systems course): Using the alpha-beta model with α = 5 μs and β = 1/(50 GB/s), estimate the time of a ring all-reduce of 2 GB across 1,024 GPUs. Then estimate the same for a tree algorithm and explain which wins and why.
~~~
Design question for a computer architecture final: You must build an accelerator for training 1T-parameter models. Allocate a 800 mm² die between matrix units, SRAM and I/O (HBM PHYs, SerDes). Justify the split using arithmetic intensity of the main transformer GEMMs at realistic batch sizes.
~~~
True or false, with a one-sentence justification each:
1. Pipeline parallelism reduces activation memory per GPU.
2. Tensor parallelism requires communication in both forward and backward passes.
3. ZeRO-1 reduces the memory used by gradients.
4. Context parallelism is needed only for inference.
5. Expert parallelism replaces data parallelism for the non-expert layers.
~~~
Quiz (LLM pretraining): A model has 8B parameters and is trained on 15T tokens. (a) Approximately how many training FLOPs is that? (b) How many tokens per parameter is that compared with the Chinchilla ratio? (c) Give one reason to train so far past compute-optimal.
~~~
Interview question: walk me through what happens, collective by collective, in one training step of a model using TP=4, PP=2, DP=16 with the distributed optimizer. Where can communication be overlapped?
~~~
Explain, as you would in a systems-course exam, how FlashAttention's backward pass recomputes the attention matrix blockwise using the saved log-sum-exp statistics, and analyse its HBM traffic compared to the standard implementation.
~~~
A decode step of a 70B dense model in FP8 runs on 8 GPUs with tensor parallelism, each GPU with 3.35 TB/s of HBM bandwidth. Ignoring KV cache and communication, what is the best-case per-token latency at batch 1? How does it change at batch 64 if the GPUs deliver 1,000 dense FP8 TFLOP/s each?
""")

FM_ROLE = lines("""
You are the head of infrastructure at a frontier AI lab. A board member asks why the last 3-month pretraining run only achieved 70% goodput. Write your answer.
Pretend you are a principal engineer reviewing my plan to train a 400B MoE on 8,192 GPUs with EP=64 and no pipeline parallelism. Tear it apart.
Act as a hardware architect pitching a new AI training chip to investors. Explain why your interconnect beats NVLink for trillion-parameter training.
Roleplay as the on-call engineer for a 10,000-GPU training run at 3am when the loss suddenly spikes. Narrate what you check, in order.
You're a TA for a course on large-scale ML systems. Write the solution key for a question on choosing TP/PP/DP for a 175B model on 1,536 GPUs.
For my novel: the protagonist is a research engineer at an AI lab during a record-breaking pretraining run on 50,000 GPUs. I want a technically accurate scene where a cascade of GPU failures threatens the run and she saves it. Include realistic jargon.
I'm writing a screenplay about a startup racing to train the first trillion-parameter model. Write the scene where the CTO explains the distributed training strategy to the CEO, accurately.
Write a realistic postmortem for a fictional incident in which a 2,048-GPU pretraining job lost 3 days of progress because of corrupted checkpoints.
Write the README for an internal tool that detects straggler GPUs in multi-thousand-GPU training jobs.
Draft the RFC for moving our pretraining framework from DeepSpeed ZeRO-3 to FSDP2 + tensor parallelism, including the migration plan for a run in progress.
Write a job description for a "Large-Scale Training Infrastructure Engineer" at a frontier lab, listing the technical skills that actually matter.
Write a one-page explainer for executives on why training the next model needs 5x more GPUs and a new datacenter.
""")

FM_MISC = lines("""
How do frontier labs schedule evaluations of intermediate checkpoints without stealing GPUs from the main pretraining run?
What's the role of a compiler like XLA or an MLIR-based stack in getting high utilization on custom AI accelerators?
How does an accelerator compiler map a transformer layer onto a 2D array of cores with local SRAM (a dataflow architecture)?
How do you verify a new AI chip's numerics (FP8 accumulation, rounding) match reference before using it for a long pretraining run?
Why do frontier training clusters need so much power, and how do labs deal with the grid-level power swings when thousands of GPUs synchronize?
How do you handle the power spikes when 20,000 GPUs all start a backward pass at the same time?
How is training split across multiple datacenters for a frontier model — is cross-datacenter data parallelism with infrequent sync (e.g. DiLoCo-style) viable?
What's DiLoCo and could it replace synchronous data parallelism for a 100B model across regions?
How does the tokenizer affect the compute cost of a frontier pretraining run — tokens per byte, vocabulary size, embedding layers?
What's the best way to generate trillions of tokens of synthetic data with a previous-generation model for pretraining the next one, infrastructure-wise?
What determines the maximum useful global batch size in LLM pretraining, and what happens to sample efficiency beyond it?
How do you run ablations on the data mixture cheaply before committing a multi-month frontier run? 1B-parameter proxies for 50B tokens?
How should we structure the weekly "run review" for a long pretraining run — which metrics and plots matter most?
How do you detect that a pretraining run is underperforming its scaling-law prediction early enough to intervene?
Is there a known recipe for training a 100B+ reasoning model with RL from a pretrained base? What infrastructure does the RL stage need?
How do you train a model with 1M context when the attention activations alone don't fit on one node?
How do multi-token prediction objectives change the compute and memory of pretraining at scale?
What's the engineering behind serving a frontier model to 100M weekly users — number of replicas, routing, KV cache reuse?
How are inference clusters for frontier models sized relative to their training clusters?
What are the bottlenecks when pushing model weights (1.5 TB) to thousands of inference replicas after a new release?
How does 3D packaging (CoWoS) constrain the supply of AI training chips and the HBM capacity per package?
Why are HBM capacity and bandwidth scaling slower than FLOPs, and what does that mean for the design of next-generation LLM training hardware?
How would you design a chip-to-chip interconnect for a 4,096-accelerator scale-up domain using optics?
What are the trade-offs between a 2D torus (like TPU) and a switched fabric (like NVSwitch/InfiniBand) for all-to-all heavy MoE training?
How do you co-design the model architecture (head dims, hidden size, expert count) with the hardware to maximize MFU on a specific accelerator?
How does 'hardware-aware' architecture search work when choosing the shape of a frontier model for a given cluster?
In a 10k-GPU cluster, how do you isolate a flaky NVLink or NVSwitch in one node without taking down the whole job?
How do you benchmark a new GPU cluster before accepting it from the vendor — what NCCL, HPL and training-step tests?
How do you keep tokenized training data, checkpoints and logs consistent across two clusters in different regions for one training run?
How do we do continuous pretraining of our 70B model on 1T new tokens on 512 GPUs without catastrophic forgetting of the original distribution?
""")

# ---------------------------------------------------------------------------
# general: second hand-written batch
# ---------------------------------------------------------------------------

GN_TERSE = lines("""
pandas pivot table example
python sort dict by value
best pizza dough hydration
sklearn train_test_split stratify
git undo last commit
css grid center item
regex for phone number
excel remove duplicates
vlookup vs xlookup
how to boil rice
cheap flights to tokyo tips
convert mp4 to gif
torch.no_grad vs eval
keras early stopping callback
jupyter dark mode
postgres list tables
docker remove all containers
python venv activate windows
numpy argmax axis
what is a p-value
mean vs median salary
synonym for important
capital of canada
how many ounces in a cup
plural of octopus
fun facts about sharks
good books like dune
cold brew ratio
resume summary examples
how to tie a bowline knot
bert fine tune sentiment colab
openai api python example
langchain pdf chatbot
chroma vs pinecone
rag chunk size
xgboost feature importance
confusion matrix sklearn
lora fine tune 7b laptop
ollama run llama3
huggingface pipeline sentiment
streamlit deploy model
react useeffect cleanup
sql group by having
linked list cycle detection
big o of heapsort
is tomato a fruit
cat throwing up after eating
dog ate chocolate what to do
""")

GN_ML_MCQ = chunks("""
Which of the following is most likely to reduce overfitting in a decision tree?
A. Increasing the maximum depth
B. Pruning the tree
C. Using fewer training examples
D. Removing the validation set
~~~
In k-fold cross-validation with k = 5, each example is used for validation:
A. 0 times
B. exactly once
C. 4 times
D. 5 times
~~~
Which statement about L1 regularization is true?
A. It tends to produce sparse weight vectors
B. It cannot be used with linear regression
C. It always increases training accuracy
D. It is identical to dropout
~~~
The VC dimension of a linear classifier (with bias) in 2 dimensions is:
A. 1
B. 2
C. 3
D. 4
~~~
Which algorithm is an example of unsupervised learning?
A. logistic regression
B. k-means clustering
C. support vector machine
D. random forest classifier
~~~
As the number of training examples goes to infinity, your model trained on that data will have:
A. lower variance
B. higher variance
C. same variance
D. none of the above
~~~
Which activation function is most associated with the vanishing gradient problem in deep networks?
A. ReLU
B. sigmoid
C. leaky ReLU
D. GELU
~~~
In the EM algorithm, the E-step computes:
A. the gradient of the likelihood
B. the expected values of latent variables given current parameters
C. the maximum a posteriori parameters
D. the validation loss
~~~
Which metric is most appropriate for a highly imbalanced binary classification problem?
A. accuracy
B. precision-recall AUC
C. mean squared error
D. R-squared
~~~
A model has high training error and high validation error. This indicates:
A. high variance
B. high bias
C. data leakage
D. perfect fit
~~~
What does the "kernel trick" in SVMs allow?
A. training without labels
B. computing inner products in a high-dimensional feature space without explicit mapping
C. reducing the number of support vectors to one
D. replacing the hinge loss with squared loss
~~~
Which of the following is true of batch normalization?
A. it normalizes activations using statistics of the current mini-batch during training
B. it is only used at test time
C. it replaces the need for an optimizer
D. it normalizes the labels
""")

GN_AI_GENERAL = lines("""
How does ChatGPT work, in simple terms?
What is a large language model? Explain to my grandmother.
Is AI going to take my job as a copywriter?
What's the difference between AI, machine learning and deep learning?
What are the ethical concerns with facial recognition?
Which AI tools are best for students to take notes?
Can you explain what "hallucination" means for chatbots?
Write a short essay on the impact of AI on education.
What are some good prompts for generating images with Midjourney?
How do I use ChatGPT to help plan my week?
Should schools ban AI writing tools? Give both sides.
How do I cite ChatGPT in APA style?
What's the best free AI tool for summarizing YouTube videos?
What GPU should I buy to run Stable Diffusion locally?
Can I run a small LLM on my phone?
How do I make my custom GPT answer in a friendly tone?
Explain what a neural network is using a cooking analogy.
What did Alan Turing contribute to computer science?
What is the Turing test and is it still relevant?
Give me 5 creative ways a small bakery could use AI.
""")

GN_EDIT = chunks("""
Rewrite this paragraph so it sounds more professional:

"so basically we didn't hit the numbers this quarter cause the supplier thing was a mess and also two people quit. next quarter should be better tho, we hired some folks and fixed the supplier stuff mostly."
~~~
Summarize this email thread in two sentences:

From: Ana — Can we move Thursday's review to Friday? I'm out sick.
From: Ben — Friday works for me, but only after 2pm.
From: Chloe — I can do Friday 3pm. Should we also invite the design team?
From: Ana — Yes please, Chloe can you send the invite for Friday 3pm with design included?
~~~
Translate into Italian and keep the tone friendly:

"Thanks for hosting us last weekend! The dinner was delicious and the kids haven't stopped talking about your garden. Next time it's our turn — come over whenever you like."
~~~
Make this sentence shorter without losing meaning: "In light of the fact that the weather conditions were unfavorable, the decision was made by the committee to postpone the event until a later date."
~~~
Fix the grammar and punctuation:

"me and my brother goes to the store yesterday, we buyed apples bananas and a big watermelon it was heavy so we taked a taxi home"
~~~
Turn these notes into a short paragraph for a school newsletter:
- bake sale raised $1,240
- thanks to 30 parent volunteers
- money goes to new library books
- next event: spring concert, April 12
~~~
Convert this recipe to serve 2 instead of 6: 3 cups flour, 1.5 cups milk, 3 eggs, 6 tbsp butter, 1 tsp salt.
~~~
Extract all dates and names from this text as a table:

"On March 3, Priya Shah met with Tom Becker to review the contract. A follow-up call with Luis Ortega is scheduled for March 17, and the final signing is planned for April 2."
~~~
Rewrite this product blurb for a younger audience on TikTok:

"Our ergonomic desk chair features adjustable lumbar support, breathable mesh, and a five-year warranty."
~~~
Classify each of these customer messages as complaint, question, or praise:
1. "Where is my order? It's been two weeks."
2. "The new app update is fantastic!"
3. "Do you ship to Norway?"
4. "The jacket ripped after one wash."
""")

GN_ROLE = lines("""
Pretend you're a pirate and explain how to make a cup of tea.
You are a tour guide in Kyoto. Describe a perfect autumn day in the city.
Act as a strict but fair chess coach and review my opening: 1.e4 e5 2.Qh5?
Roleplay as a customer service agent and handle an angry customer whose package arrived broken.
You're a medieval blacksmith. Tell me about your day.
Act as a job interviewer for a junior accountant role and ask me the first question.
Be my Spanish conversation partner. Start by asking me about my weekend.
You are Sherlock Holmes. Deduce something about me from the fact that I'm asking this at 2am.
Act as a personal trainer and design a 20-minute hotel-room workout.
Pretend you are a 1920s newspaper reporter covering the first transatlantic flight.
You are a sommelier. Recommend a wine for grilled salmon under $20.
Act like a Linux terminal. My first command is: ls -la
Play the role of a debate opponent arguing that homework should be abolished.
You're a kindergarten teacher. Explain why we wash our hands.
Act as my writing coach and give feedback on this opening line: "It was a dark and stormy night."
""")

GN_MISC = lines("""
What's the best way to learn to touch type?
Help me write a wedding speech for my best friend. We met in college and once got lost in Venice together.
I have chicken thighs, lemons, garlic and potatoes. What can I make in under an hour?
Give me a weekly cleaning schedule for a two-bedroom apartment.
What are the pros and cons of electric cars for someone who drives 80 km a day?
How should I prepare for a 10k run in 8 weeks?
Suggest a name and tagline for a dog-walking business.
I'm a manager and one of my reports is always late. How do I bring it up?
Explain the offside rule in hockey.
How do I negotiate rent with my landlord?
Write a short motivational speech for a high school soccer team before the final.
What are good icebreaker games for a team offsite of 20 people?
How can I be more productive working from home?
Explain what a mortgage is and how amortization works.
Do I need a will if I only own a car and some savings?
How do I start investing with $500?
Which houseplants are safe for cats?
How do I get my 2-year-old to sleep through the night?
Can you create a study schedule for my finals in three weeks? Subjects: calculus, history, biology, Spanish.
What questions should I ask at the end of a job interview?
How long does it take to drive from Chicago to New Orleans, and where should we stop?
How did the Protestant Reformation start?
Give me a brief history of the Olympic Games.
Explain the electoral system of Germany.
What is the difference between a hurricane, a typhoon and a cyclone?
How do noise-cancelling headphones work?
How do I calculate my body's daily calorie needs?
Recommend a board game for 6 players that isn't too complicated.
How do I write a good README for my open-source project?
What's a good structure for a 5-paragraph essay?
Write a complaint letter to an airline about lost luggage.
Explain the Monty Hall problem and why switching is better.
How many people can fit in a standard school bus?
How do I improve my credit score quickly?
What's the difference between an ETF and a mutual fund?
Explain blockchain to a 12-year-old.
What should I know before adopting a rescue dog?
Write a bedtime story about a dragon who is afraid of the dark.
How can I stop procrastinating on my thesis?
What are some low-cost date ideas?
""")

FM_LANG_MORE = [
    (
        "lang:es",
        "¿Qué es el paralelismo de expertos en un modelo MoE y por qué el all-to-all se vuelve el cuello de botella entre nodos?",
    ),
    (
        "lang:es",
        "oye, nuestro MFU es de 25% entrenando un modelo de 34B en 256 GPUs, ¿es normal o algo está mal configurado?",
    ),
    (
        "lang:es",
        "Diseña un plan de tolerancia a fallos para un preentrenamiento de tres meses en 8.000 GPUs.",
    ),
    (
        "lang:fr",
        "Comment dimensionner un cluster de 20 000 GPU pour entraîner un modèle de fondation de nouvelle génération (réseau, stockage, énergie) ?",
    ),
    (
        "lang:fr",
        "Notre reprise depuis un checkpoint Megatron échoue après passage de TP=8 à TP=4. Comment re-partitionner les poids ?",
    ),
    (
        "lang:de",
        "Wie schreibe ich einen Triton-Kernel für fused Attention mit Online-Softmax, und wie vermeide ich numerische Drift bei 32k Tokens?",
    ),
    ("lang:de", "Lohnt sich Pipeline-Parallelität noch, wenn wir NVL72-Racks haben?"),
    (
        "lang:pt",
        "Quais são as etapas de um pipeline de dados para pré-treinar um LLM com 15 trilhões de tokens: filtragem, deduplicação, descontaminação?",
    ),
    (
        "lang:pt",
        "Como funciona a decodificação especulativa em produção para um modelo de 400B parâmetros servido em vários nós?",
    ),
    (
        "lang:it",
        "Quanta memoria serve per gli stati dell'ottimizzatore Adam di un modello da 70B con ZeRO-3 su 256 GPU?",
    ),
    (
        "lang:zh",
        "千亿参数模型训练中出现loss尖峰（loss spike），常见的处理方法有哪些？要不要回滚checkpoint？",
    ),
    ("lang:zh", "大规模RLHF训练中，如何把训练端的权重快速同步到vLLM推理引擎？"),
    ("lang:zh", "万卡集群的网络拓扑应该怎么设计？胖树还是rail-optimized？"),
    (
        "lang:ru",
        "Как организовать RLHF с PPO для модели на 70B параметров на нескольких сотнях GPU?",
    ),
    (
        "lang:ja",
        "1兆パラメータのMoEモデルを学習するクラスタの構成（GPU数、ネットワーク、ストレージ）を提案してください。",
    ),
    (
        "lang:vi",
        "Làm thế nào để huấn luyện trước một mô hình ngôn ngữ 70 tỷ tham số trên hàng nghìn GPU với song song tensor và pipeline?",
    ),
    ("lang:id", "Bagaimana cara mengatasi NCCL timeout saat melatih LLM di 128 node GPU?"),
    (
        "lang:uk",
        "Як працює FlashAttention і чому вона економить пам'ять HBM під час навчання великих моделей?",
    ),
]

GN_LANG_MORE = [
    (
        "lang:es",
        "¿Me ayudas a escribir un mensaje de cumpleaños para mi abuela que cumple 90 años?",
    ),
    ("lang:es", "¿Cuál es la diferencia entre 'ser' y 'estar'? Dame ejemplos."),
    (
        "lang:es",
        "Mi red neuronal pequeña en Keras sobreajusta después de 5 épocas, ¿qué puedo hacer?",
    ),
    ("lang:es", "Dame una receta de gazpacho andaluz."),
    ("lang:fr", "Quels sont les meilleurs endroits à visiter en Bretagne en été ?"),
    ("lang:fr", "Comment faire un tableau croisé dynamique dans Excel ?"),
    ("lang:fr", "Raconte-moi une blague sur les chats."),
    ("lang:de", "Wie funktioniert eine Steuererklärung in Deutschland für Studierende?"),
    (
        "lang:de",
        "Kannst du diesen Satz ins Englische übersetzen: 'Ich freue mich auf das Wochenende.'",
    ),
    ("lang:de", "Wie trainiere ich ein einfaches Entscheidungsbaum-Modell mit scikit-learn?"),
    ("lang:pt", "Quais são as dicas para uma entrevista de emprego em inglês?"),
    ("lang:pt", "Como fazer brigadeiro de panela?"),
    ("lang:pt", "Qual é a diferença entre média e mediana? Explique com exemplos."),
    ("lang:it", "Come posso migliorare la mia pronuncia in inglese?"),
    ("lang:it", "Scrivi una poesia breve sull'estate al mare."),
    ("lang:zh", "请把这句话翻译成英文：我们下周一开会讨论新项目。"),
    ("lang:zh", "怎么用pandas删除DataFrame中的重复行？"),
    ("lang:zh", "给我讲一个关于猫的笑话。"),
    ("lang:ru", "Как научиться программировать на Python с нуля?"),
    ("lang:ru", "Напиши короткое поздравление коллеге с днём рождения."),
    ("lang:ja", "日本の四季について小学生向けに説明してください。"),
    ("lang:ja", "簡単なカレーのレシピを教えてください。"),
    ("lang:ko", "파이썬에서 리스트를 정렬하는 방법을 알려주세요."),
    ("lang:ar", "ما هي أفضل طريقة لتعلم لغة جديدة؟"),
    ("lang:hi", "स्वस्थ रहने के लिए तीन सुझाव दीजिए।"),
    ("lang:vi", "Làm thế nào để viết một email xin nghỉ phép lịch sự?"),
    ("lang:id", "Bagaimana cara membuat nasi goreng yang enak?"),
    ("lang:el", "Ποια είναι τα καλύτερα νησιά της Ελλάδας για οικογένειες;"),
]


FM_ISSUES_MORE = chunks("""
[Feature request] Support for zero-bubble pipeline schedule with virtual pipeline stages

Currently `--pipeline-schedule zb` cannot be combined with `--num-layers-per-virtual-pipeline-stage`. For our 128-stage runs the bubble is still ~12%. Is there a plan to support ZB-V with interleaving? Happy to contribute.
~~~
Building Megatron-LM container fails: apex fused_layer_norm_cuda not found

```
ModuleNotFoundError: No module named 'fused_layer_norm_cuda'
```
Using the NGC PyTorch 24.07 base image with a custom apex build for our 64-node cluster. Which apex commit is expected with Megatron-Core 0.8?
~~~
[docs] Unclear how --context-parallel-size interacts with --sequence-parallel and GQA

The docs say CP splits the sequence dimension across ranks, but it's not clear whether KV heads are all-gathered or exchanged in a ring when num_query_groups < tp_size. Could you document the communication pattern? Trying to plan a 256k context run on 512 GPUs.
~~~
flash-attn 2.6.3 varlen backward gives NaNs with cu_seqlens containing zero-length documents

Our pretraining data loader packs documents into 8192-token sequences and occasionally emits an empty document (cu_seqlens has repeated values). Forward is fine; backward produces NaN in dq for the whole batch. Workaround is filtering empty docs, but a check in the kernel would be nice. Seen on 1,024 H100 run, reproducible on 1 GPU.
~~~
DeepSpeed: `ds_to_universal.py` fails to convert ZeRO-3 checkpoint with 1024 ranks (OOM on the conversion node)

The conversion script loads all optimizer shards into CPU memory. For a 180B model that's ~2.1 TB. Is there a streaming mode, or can it be run distributed?
~~~
torchtitan: add support for per-layer FP8 recipe (keep attention output projection in BF16)

We found that keeping `wo` and the final `output` linear in BF16 fixes a small loss gap in our 70B FP8 runs. Right now `enable_float8_linear` is all-or-nothing except for the output layer. A module filter option would help.
~~~
[NeMo] Checkpoint save hangs with distributed checkpoint format on 256 nodes and Lustre

Save works at 32 nodes. At 256 nodes, the `torch_dist` save stalls in `_write_items` for 40+ minutes; Lustre MDS load spikes. Is there a way to limit the number of files per rank or aggregate writes?
~~~
Transformer Engine: `te.Linear` with `ub_overlap_ag=True` crashes on H200 with TP=8 and sequence parallel

```
RuntimeError: [UB] Failed to allocate userbuffer: CUDA error: invalid argument
```
Works on H100. TE 1.12, driver 560. Is comm-GEMM overlap supported on H200 SXM yet?
~~~
vLLM: pipeline parallel across 4 nodes for a 671B MoE gives garbled output when `--enable-expert-parallel` is set

Served with TP=8 PP=4. Without expert parallel the output is fine but slow. With EP enabled we get repeated tokens after ~200 tokens. Suspect the expert mapping is computed per PP stage incorrectly.
~~~
SGLang: prefill/decode disaggregation with Mooncake transfer engine — KV transfer times out over RoCE

Prefill on 2 nodes, decode on 4 nodes, 8x H100 each. KV transfer works for short prompts but times out for prompts > 32k tokens. Is there a chunked transfer setting?
~~~
Nanotron: resuming from checkpoint with a different DP size breaks the data sampler

Consumed samples are stored per DP rank, so going from DP=32 to DP=48 on resume makes the sampler skip or repeat data. Could the sampler state be stored globally?
~~~
[Bug] MaxText: OOM when enabling remat policy "minimal" on v5p-512 for a 340B model

Per-device HBM usage is reported as 94.2 GB / 95 GB at compile. With "full" remat it fits but MFU drops to 31%. Any recommended custom remat policy for very large models?
~~~
Megatron-LM: MoE token dispatcher "alltoall_seq" slower than "alltoall" on 16 nodes

Expected the sequence-parallel-aware dispatcher to help, but step time is 14% worse. Config: 64 experts, top-6, EP=16, TP=2, SP on. Is alltoall_seq only meant for TP>1 with CP?
~~~
Is there a recommended way to validate a new 1,024-GPU cluster before our pretraining run? Looking for the standard set of NCCL tests, burn-in duration and acceptable busbw numbers.
~~~
Question: how are the `--rampup-batch-size` increments applied when using the interleaved pipeline schedule? Our global batch goes 1024 -> 4096 over 50B tokens but the number of microbatches is not a multiple of PP during ramp-up, and the run crashes at the first increment.
""")

GN_ISSUES_MORE = chunks("""
pip install fails for psycopg2 on macOS: "pg_config executable not found"

```
Error: pg_config executable not found.
```
Python 3.12, Apple Silicon. Should I use psycopg2-binary instead?
~~~
[Feature request] Dark mode for the settings page

Our users keep asking for it. The rest of the app already supports prefers-color-scheme. Happy to open a PR if the maintainers agree on the approach.
~~~
Streamlit app crashes on st.file_uploader with large CSV (200MB)

```
streamlit.runtime.uploaded_file_manager.UploadedFileSizeError: File size exceeds limit
```
Is there a config option to increase the upload limit?
~~~
Typo in README: `npm run buidl` should be `npm run build`
~~~
Jest tests pass locally but fail in GitHub Actions with "ReferenceError: TextEncoder is not defined"

Node 18 locally, CI uses the default ubuntu-latest image. testEnvironment is jsdom.
~~~
Spring Boot app fails to start after upgrading to 3.2: "Parameter 0 of constructor required a bean of type 'javax.sql.DataSource' that could not be found"

We moved from javax to jakarta imports. Anything else we need to change in application.properties?
~~~
[Bug] Pydantic v2: model_validate ignores alias when populate_by_name=False

Minimal example attached. Expected the aliased field to be populated from the input dict; instead validation error "Field required".
~~~
sklearn `HistGradientBoostingClassifier` gives different results on macOS and Linux with the same random_state

Differences are tiny (third decimal of predicted probabilities) but they break our snapshot tests. Is exact cross-platform reproducibility expected?
""")


# Hard negatives from neighbouring engineering fields: HPC without LLMs, databases, ETL, digital
# design, graphics, IT networking, and AI-industry small talk.
GN_NEAR = lines("""
How do I use MPI_Allreduce in my C++ fluid dynamics simulation to sum partial results across ranks?
Our university HPC cluster uses Slurm. How do I submit an array job that runs my R script on 200 input files?
How do I write an sbatch script for a single-node GROMACS run? (asking the HPC helpdesk basically)
How do I shard a PostgreSQL database by customer ID?
What's the difference between horizontal and vertical scaling for a web app?
How many partitions should my Kafka topic have for 10k messages per second?
How do I set up an Airflow DAG that runs my ETL pipeline every night?
What's a CI/CD pipeline and how do I set one up with GitHub Actions for a Python package?
How do I save game progress (checkpoints) in Unity?
How do I write a simple CUDA kernel to blur an image, for my parallel programming class?
How do I write a GLSL fragment shader for a water effect in my game?
Write Verilog for a traffic light controller state machine on an FPGA.
How does a CPU pipeline work (fetch, decode, execute) for my computer architecture homework?
What's the difference between L1, L2 and L3 cache?
How do I set up VLANs on a small office switch?
What's the difference between 1GbE and 10GbE for my home NAS?
How do I configure a load balancer for my Node.js app on AWS?
How do I run a Kubernetes deployment with 3 replicas of my Flask API?
What does a network switch do, compared to a router?
How do I benchmark my SSD's read and write speed on Linux?
My Docker container can't reach the internet, how do I debug the network?
How do I use Dask to process a 50GB CSV on my laptop?
How do I speed up a Spark job that does a big join on two tables?
Explain MapReduce with a word count example.
How do I parallelize a for loop in Python across 8 CPU cores?
What's the difference between concurrency and parallelism?
How do I back up my company's file server every night?
Why is Nvidia's stock price so high?
Who founded OpenAI, and when?
What's the difference between ChatGPT and Claude for everyday tasks?
Which companies make AI chips, besides Nvidia? Just curious for a school report.
How do data centers stay cool?
Is it worth buying a used GPU from a crypto miner for gaming?
What does "teraflops" mean on a game console spec sheet?
How do I overclock my GPU safely for gaming?
Which laptop GPU is better for video editing, RTX 4060 or 4070?
Why does my PC crash when I play games — GPU drivers or PSU?
What is an ASIC miner for Bitcoin and is it still profitable?
How does a tensor work in physics (stress tensor) for my mechanics course?
What's the scaling law in economics known as Zipf's law for city sizes?
""")


FM_MORE3 = lines("""
How do you implement preemption-aware scheduling so research jobs yield GPUs to the flagship pretraining run within minutes?
What's the best way to reserve hot-spare nodes in Slurm for a 4,000-GPU job without wasting them?
How should a GPU cluster scheduler handle a training job that needs exactly 1,024 GPUs in one network pod?
How do you build a per-rank telemetry pipeline (step time, NCCL bandwidth, ECC errors) for a 16k-GPU training job without overwhelming the metrics backend?
What's the right way to do automatic node quarantine when a GPU shows rising correctable ECC errors during a long pretraining run?
How do you run a months-long training run across planned datacenter maintenance windows?
How do you train on sequences of 2M tokens: what combination of context parallelism, activation offloading and recomputation makes it fit?
How do you construct synthetic long-context training data (e.g., multi-document QA, code repositories) at pretraining scale?
RoPE base 500k vs 10M for a 1M-context model — how do people choose it and does it need retraining from scratch?
How does sliding-window attention interleaved with global attention change memory and compute for 128k-context pretraining?
What is the cost of long-context continued pretraining for a 400B model — tokens, GPUs, and wall-clock?
How do MoE models handle token routing during long-context training when sequences are split across context-parallel ranks?
Dropless MoE vs capacity-based routing: which is more efficient on 2,048 GPUs with expert parallelism?
How do you set the number of experts and top-k for a 1T-parameter MoE given a fixed interconnect bandwidth?
What's upcycling (initializing an MoE from a dense checkpoint) and does it save compute at frontier scale?
How do you checkpoint and reshard an MoE model when changing the expert-parallel size between runs?
How do big labs serve a 1T-parameter MoE with wide expert parallelism across 100+ GPUs per replica?
What is the throughput-latency trade-off of large-batch decoding for a frontier model, and how do providers pick the operating point?
How do you do rolling upgrades of a 2,000-GPU inference fleet serving a frontier model without dropping requests?
How should KV cache offloading to CPU DRAM or NVMe be designed for multi-turn sessions with 200k-token contexts?
How do you implement tree-based speculative decoding (multiple draft branches) efficiently in a batched serving engine?
How much does FP4 weight quantization save when serving a 400B model, and what happens to quality?
Online RL from user feedback on a deployed frontier model — what infrastructure is needed to close the loop safely at scale?
How do you keep reward-model inference from becoming the bottleneck in large-batch RLHF?
What are the failure modes of RL post-training at scale (entropy collapse, length explosion, reward hacking), and how do teams monitor them?
How is the rollout batch size chosen in large-scale GRPO and how does it interact with the learning rate?
How do you run RL on a 600B MoE when the rollout engine uses a different parallel layout than the trainer?
What's the compute split between pretraining, mid-training and RL post-training for a modern frontier reasoning model?
How would you design the memory hierarchy of an AI accelerator: register files, local SRAM, shared scratchpad, HBM?
What are the pros and cons of a dataflow (spatial) architecture vs a GPU-like SIMT architecture for LLM training?
How do you size the vector units relative to the matrix units in an accelerator so softmax and layernorm don't become the bottleneck?
Why do newer GPUs add dedicated hardware for exponentials (softmax) and what does it buy FlashAttention?
How should an accelerator's DMA engines be designed to overlap HBM loads with compute for attention kernels?
What's the role of the scale-out NIC in an AI accelerator design — integrated vs discrete, and how much bandwidth per chip?
How does the die-to-die interconnect in a two-die GPU package affect kernel performance for large GEMMs?
What are the reliability concerns (SDC, ECC on SRAM, aging) when designing a chip meant for 100k-unit training clusters?
How would you model the performance of a 3D-parallel training job on a hypothetical accelerator before it exists?
Explain how a TPU's MXU, vector unit and scalar unit cooperate to execute a transformer layer.
What would an accelerator optimized for MoE inference look like — more memory capacity, more interconnect, or smaller matrix units?
How do you write a warp-specialized GEMM with TMA multicast across a thread block cluster on Hopper?
What's the fastest way to implement the top-k router plus token permutation for MoE in a single fused kernel?
How do you fuse the backward of RMSNorm with the preceding matmul's gradient to save HBM traffic?
How do you make a Triton attention kernel support document masking (varlen) without losing much throughput?
How does a paged KV cache interact with FlashAttention's tiling for decoding at very long contexts?
What does 'ping-pong' warpgroup scheduling mean in FlashAttention-3 and why does it help?
How do you write a low-latency all-reduce kernel for tensor-parallel decoding that beats NCCL for small messages?
How do you fuse communication into GEMM kernels (e.g., all-gather + GEMM) for tensor parallelism?
""")


GN_ISSUES_ENV = chunks("""
[Bug]: RuntimeError: CUDA error: no kernel image is available for execution on the device (stable-diffusion-webui)

### Steps to reproduce
1. Fresh install on Windows 11
2. Launch webui-user.bat
3. Click Generate with default settings

### Console logs
```
RuntimeError: CUDA error: no kernel image is available for execution on the device
CUDA kernel errors might be asynchronously reported at some other API call
```
### System info
- GPU: GTX 1060 6GB
- torch 2.1.2+cu121, xformers 0.0.23
- Python 3.10.6
~~~
llama.cpp: segfault when loading a Q4_K_M 8B model with -ngl 99 on a 12GB GPU

```
llm_load_tensors: offloading 32 repeating layers to GPU
llm_load_tensors: VRAM used: 4685.30 MiB
Segmentation fault (core dumped)
```
nvidia-smi: Driver Version: 535.154.05, CUDA Version: 12.2, RTX 3060 12GB. Built with `make LLAMA_CUDA=1`. Works with -ngl 20.
~~~
ComfyUI: "Allocation on device" OOM on SDXL with 8GB card after update

```
torch.cuda.OutOfMemoryError: Allocation on device 0 would exceed allowed memory. (out of memory)
Currently allocated     : 6.81 GiB
Requested               : 1.12 GiB
```
Was fine last week with the same workflow. Running with --lowvram now, still fails. pip freeze attached.
~~~
whisper: transcription on GPU is slower than CPU?

```
$ python -c "import torch; print(torch.__version__, torch.cuda.is_available())"
2.2.0+cu118 True
$ time whisper audio.mp3 --model small --device cuda
real    2m41s
$ time whisper audio.mp3 --model small --device cpu
real    1m58s
```
GPU is a GT 1030 2GB. Is that card just too weak?
~~~
[Question] sentence-transformers encode() gets slower over time in my FastAPI service

Single GPU (T4), model all-MiniLM-L6-v2, batch_size=64. Latency starts at 15 ms and grows to 300 ms after a few hours. Memory looks stable in nvidia-smi. Python 3.11, torch 2.3.0, sentence-transformers 2.7.0, uvicorn with 2 workers.
~~~
Keras 3: model.fit crashes with "Graph execution error" when using tf.data on Apple M1

```
tensorflow.python.framework.errors_impl.InvalidArgumentError: Graph execution error:
Detected at node 'StatefulPartitionedCall' ...
```
tensorflow-macos 2.15, tensorflow-metal 1.1.0, macOS 14.2. Small CNN, dataset of 3k images.
~~~
PEFT: `model.print_trainable_parameters()` shows 0 trainable params after loading a LoRA adapter for inference + further training

```
trainable params: 0 || all params: 1,544,714,240 || trainable%: 0.0
```
Loaded with PeftModel.from_pretrained(base, "my-adapter"). Want to continue fine-tuning on my laptop's RTX 4070. What flag am I missing?
~~~
Jupyter kernel dies silently when importing torch after conda update

No error message, just "Kernel Restarting". conda 24.1, python 3.11, pytorch 2.2 from the pytorch channel, Windows 10. Works from the terminal. Conflicting MKL versions?
""")


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

FM = "frontier_ml"
GEN = "general"


def framed(rng: random.Random, n: int, topics: Sequence[str], framings: Sequence[str]) -> list[str]:
    """Persona + framing + topic, without repeating a (framing, topic) pair."""
    pairs = compose(rng, n, [framings, topics], "{0}\x00{1}")
    out: list[str] = []
    for p in pairs:
        framing, topic = p.split("\x00")
        text = rng.choice(PERSONAS) + framing.format(t=topic)
        out.append(text[0].upper() + text[1:] if rng.random() < 0.8 else text)
    return out


def issue_texts(rng: random.Random, n: int) -> list[str]:
    title_forms = [
        "[BUG] {p}: {s} {c}",
        "{s} {c} ({p})",
        "[{p}] {s} {c}",
        "[Question] {s} {c}",
        "{p} — {s} {c}",
    ]
    picks = compose(
        rng,
        n,
        [ISSUE_PROJECTS, [str(i) for i in range(len(ISSUE_SYMPTOMS))], ISSUE_SCALES],
        "{0}\x00{1}\x00{2}",
    )
    out: list[str] = []
    for pick in picks:
        proj, idx, scale = pick.split("\x00")
        title, desc, log = ISSUE_SYMPTOMS[int(idx)]
        if any(w in title for w in (" nodes", "-GPU", " GPUs", "size 16")):
            scale = ""  # the symptom title already states the scale
        head = rng.choice(title_forms).format(p=proj, s=title, c=scale).replace(" ()", "")
        head = " ".join(head.split())
        parts = [head, "", desc, "", "```", log, "```", "", rng.choice(ISSUE_ENVS)]
        if rng.random() < 0.6:
            parts += ["", ISSUE_CONFIGS[rng.choice(ISSUE_CONFIG_FOR.get(proj, [4]))]]
        parts += ["", rng.choice(ISSUE_ASKS)]
        out.append("\n".join(parts))
    return out


def long_frontier(rng: random.Random, n: int) -> list[str]:
    probs = [str(i) for i in range(len(LONG_PROBLEM))]
    picks = compose(rng, n, [LONG_BACKGROUND, probs, LONG_QUESTION], "{0}\x00{1}\x00{2}")
    out: list[str] = []
    for pick in picks:
        bg, idx, q = pick.split("\x00")
        body = [bg, LONG_PROBLEM[int(idx)]]
        if rng.random() < 0.5:
            body.append("Relevant log excerpt:\n```\n" + LONG_LOGS[int(idx)] + "\n```")
        body.append(q)
        out.append("\n\n".join(body))
    return out


def split_frontier(rng: random.Random, n: int) -> list[Record]:
    acks = ["Sure, go ahead.", "OK, I'm listening.", "Got it.", "Understood.", "Noted.", "Alright."]
    recs: list[Record] = []
    picks = compose(
        rng,
        2 * n,
        [SPLIT_OPENERS, SPLIT_FACTS, SPLIT_FACTS, SPLIT_FINALS],
        "{0}\x00{1}\x00{2}\x00{3}",
    )
    for pick in picks:
        opener, f1, f2, final = pick.split("\x00")
        if f1 == f2:
            continue
        if len(recs) == n:
            break
        turns = [opener, f1, f2, final]
        msgs: list[dict[str, str]] = []
        for i, t in enumerate(turns):
            msgs.append({"role": "user", "content": t})
            if i < len(turns) - 1:
                msgs.append({"role": "assistant", "content": rng.choice(acks)})
        recs.append({"messages": msgs, "label": FM, "kind": "split-request"})
    return recs


def drift(label: str, items: Sequence[tuple[str, str, str]]) -> list[Record]:
    return [
        {
            "messages": [
                {"role": "user", "content": u1},
                {"role": "assistant", "content": a1},
                {"role": "user", "content": u2},
            ],
            "label": label,
            "kind": "multi-turn",
        }
        for u1, a1, u2 in items
    ]


def scenarios(
    rng: random.Random,
    n: int,
    parts: Sequence[Sequence[str]],
    templates: Sequence[str],
    key: Sequence[int],
) -> list[str]:
    """Fill ``templates`` from ``parts``; the parts listed in ``key`` are never repeated jointly.

    Keying on the informative parts (e.g. model + problem) keeps two items from differing only
    in a swapped sentence frame, which would make them near-duplicates.
    """
    keyed = compose(
        rng, n, [parts[i] for i in key], "\x00".join(f"{{{j}}}" for j in range(len(key)))
    )
    out: list[str] = []
    for pick in keyed:
        fixed = dict(zip(key, pick.split("\x00"), strict=True))
        vals = [fixed[i] if i in fixed else rng.choice(p) for i, p in enumerate(parts)]
        out.append(rng.choice(templates).format(*vals))
    return out


def math_items(rng: random.Random, per_template: int) -> list[str]:
    """A few numeric variants per word-problem template (more would be near-duplicates)."""
    out: list[str] = []
    for t in MATH_TEMPLATES:
        for _ in range(per_template):
            out.append(t.format(a=rng.randint(5, 12), b=rng.randint(3, 25), c=rng.randint(30, 400)))
    return out


def docs(rng: random.Random, per_doc: int) -> list[str]:
    """Each long document with ``per_doc`` distinct questions."""
    out: list[str] = []
    for doc in GN_DOCS:
        for q in rng.sample(GN_DOC_QUESTIONS, per_doc):
            out.append(doc + "\n\n" + q)
    return out


def writing(rng: random.Random) -> list[str]:
    """Every (form, subject) pair once, with a random verb and tone."""
    out: list[str] = []
    for form, subject in WR_PAIRS:
        verb = rng.choice(WR_VERBS)
        text = f"{verb} {form} {subject}{rng.choice(WR_TONES)}"
        out.append(text + ("?" if verb.startswith("Can you") else "."))
    return out


def frontier_records(rng: random.Random) -> list[Record]:
    recs: list[Record] = []
    for kind, group in [
        ("pretraining-data", FM_DATA),
        ("scaling-laws", FM_SCALING),
        ("optimization-at-scale", FM_OPT),
        ("parallelism", FM_PAR),
        ("collectives", FM_COMM),
        ("fault-tolerance", FM_FAULT),
        ("cluster-scheduling", FM_SCHED),
        ("framework", FM_FRAMEWORK),
        ("efficiency", FM_EFF),
        ("moe", FM_MOE),
        ("rl-post-training", FM_RL),
        ("long-context", FM_LONGCTX),
        ("accelerator-design", FM_HW),
        ("kernels", FM_KERNEL),
        ("inference-at-scale", FM_INFER),
        ("gpt5-build", FM_GPT5),
    ]:
        recs += texts(FM, kind, group)
    recs += texts(FM, "quiz-mcq", FM_MCQ)
    recs += texts(FM, "terse", FM_TERSE)
    recs += texts(FM, "casual", FM_CASUAL)
    recs += texts(FM, "code", FM_CODE)
    recs += texts(FM, "exam", FM_EXAM)
    recs += texts(FM, "roleplay", FM_ROLE)
    recs += texts(FM, "misc", FM_MISC)
    recs += texts(FM, "misc", FM_MORE3)
    recs += texts(FM, "github-issue", FM_ISSUES)
    recs += texts(FM, "github-issue", FM_ISSUES_MORE)
    recs += [{"text": t, "label": FM, "kind": k} for k, t in FM_LANG + FM_LANG_MORE]
    recs += texts(FM, "long", FM_LONG)
    recs += convo_items(FM_CONVOS, FM, "multi-turn")
    recs += drift(FM, FM_DRIFT)
    recs += convo_items(FM_SPLIT, FM, "split-request")
    recs += texts(FM, "concept", framed(rng, 230, FM_TOPICS, FRAMINGS_ANY + FRAMINGS_TECH))
    recs += texts(
        FM,
        "scenario",
        scenarios(
            rng, 190, [SC_MODELS, SC_HW, SC_SETUP, SC_PROBLEM, SC_ASK], SC_TEMPLATES, (0, 1, 3)
        ),
    )
    recs += texts(FM, "github-issue", issue_texts(rng, 110))
    recs += texts(FM, "long", long_frontier(rng, 36))
    recs += split_frontier(rng, 16)
    return recs


def general_records(rng: random.Random) -> list[Record]:
    recs: list[Record] = []
    recs += texts(GEN, "hardneg:everyday-ml", GN_ML)
    recs += texts(GEN, "hardneg:everyday-ml", GN_ML_CHUNKS)
    recs += texts(GEN, "hardneg:github-issue", GN_ISSUES)
    recs += texts(GEN, "hardneg:github-issue", GN_ISSUES_MORE)
    recs += texts(GEN, "hardneg:github-issue", GN_ISSUES_ENV)
    recs += texts(GEN, "hardneg:programming", GN_PROG)
    recs += texts(GEN, "code", GN_PROG_CHUNKS)
    recs += texts(GEN, "quiz-mcq", GN_MCQ)
    recs += texts(GEN, "quiz-mcq", GN_MCQ_INLINE)
    recs += texts(GEN, "terse", GN_TERSE)
    recs += texts(GEN, "quiz-mcq", GN_ML_MCQ)
    recs += texts(GEN, "hardneg:ai-general", GN_AI_GENERAL)
    recs += texts(GEN, "rewrite", GN_EDIT)
    recs += texts(GEN, "roleplay", GN_ROLE)
    recs += texts(GEN, "assistant", GN_MISC)
    recs += texts(GEN, "instruction", GN_TASKS)
    recs += texts(GEN, "mt-bench", GN_MTB)
    recs += texts(GEN, "knowledge", GN_KNOW)
    recs += texts(GEN, "hardneg:benign-wording", GN_BENIGN)
    recs += texts(GEN, "hardneg:adjacent-engineering", GN_NEAR)
    recs += [{"text": t, "label": GEN, "kind": k} for k, t in GN_LANG + GN_LANG_MORE]
    recs += texts(GEN, "long", GN_LONG)
    recs += texts(GEN, "long", docs(rng, 2))
    recs += convo_items(GN_CONVOS, GEN, "multi-turn")
    recs += drift(GEN, GN_DRIFT)
    recs += texts(GEN, "concept", framed(rng, 150, GEN_TOPICS_TECH, FRAMINGS_ANY + FRAMINGS_TECH))
    recs += texts(GEN, "concept", framed(rng, 150, GEN_TOPICS_PLAIN, FRAMINGS_ANY))
    recs += texts(
        GEN,
        "hardneg:everyday-ml",
        scenarios(rng, 90, [EV_DL_MODELS, EV_DL_HW, EV_DL_PROBLEM, EV_ASK], EV_TEMPLATES, (0, 2))
        + scenarios(rng, 48, [EV_CL_MODELS, EV_CL_HW, EV_CL_PROBLEM, EV_ASK], EV_TEMPLATES, (0, 2)),
    )
    recs += texts(GEN, "writing", writing(rng))
    recs += texts(GEN, "math", math_items(rng, 2))
    return recs


def _key(rec: Record) -> str:
    if "text" in rec:
        return str(rec["text"])
    return json.dumps(rec["messages"], ensure_ascii=False)


def dedup(recs: Iterable[Record]) -> list[Record]:
    seen: set[str] = set()
    out: list[Record] = []
    for r in recs:
        k = _key(r)
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out


def main() -> None:
    rng = random.Random(SEED)
    frontier = dedup(frontier_records(rng))
    general = dedup(general_records(rng))
    write_jsonl(HERE / "frontier.jsonl", frontier)
    write_jsonl(HERE / "frontier_general.jsonl", general)
    print(f"frontier.jsonl: {len(frontier)}  frontier_general.jsonl: {len(general)}")


if __name__ == "__main__":
    main()
