"""Generate frontier2.jsonl: more `frontier_ml` items and close `general` hard negatives.

Adds genres gen_frontier.py lacks: issue-tracker style bug reports about large-scale training
stacks (and about ordinary software), interview/textbook exercises with numbers, ML accelerator
design questions, and look-alike everyday ML, system-design, hardware and distributed-systems
prompts. Deterministic (seeded RNG); deduplicated against every other *.jsonl in this folder.

Run: .venv/bin/python classifiers/corpus/gen_frontier2.py
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
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
    validate,
    write_jsonl,
)

SEED = 20251207
HERE = Path(__file__).resolve().parent
OUT = HERE / "frontier2.jsonl"
FM = "frontier_ml"
GEN = "general"


# ---------------------------------------------------------------------------------------------
# light register variation for short hand-written items
# ---------------------------------------------------------------------------------------------

PREFIXES = lines(r"""
quick question:
interview prep -
Q:
hey,
ok so
Homework help:
asking for a friend who is studying for an interview:
Can you explain this?
I was asked this today:
not sure where else to ask.
ELI5-ish but precise please:
Briefly:
""")

SUFFIXES = lines(r"""
Thanks!
thx
Keep it short.
Please show your working.
A rough answer is fine.
(no need for code)
Bullet points please.
I'd appreciate sources if you know any.
""")


REGISTER = Register(PREFIXES, SUFFIXES, lower=0.12, prefix=0.22, suffix=0.30, typo=0.08)
hand = REGISTER.items


# ---------------------------------------------------------------------------------------------
# issue-report renderer shared by both labels
# ---------------------------------------------------------------------------------------------


class Seed:
    """One bug: title variants, descriptions, logs, steps, expected, actual, versions."""

    def __init__(self, raw: str) -> None:
        self.f: dict[str, list[str]] = {}
        for ln in raw.strip().splitlines():
            ln = ln.strip()
            if len(ln) > 2 and ln[1] == ":":
                self.f.setdefault(ln[0], []).append(ln[2:].strip().replace("\\n", "\n"))

    def get(self, key: str) -> list[str]:
        return self.f.get(key, [])


def seeds(block: str) -> list[Seed]:
    return [Seed(c) for c in chunks(block)]


EnvFn = Callable[[random.Random, Seed], list[tuple[str, str]]]


def env_block(rng: random.Random, pairs: list[tuple[str, str]]) -> str:
    style = rng.randrange(4)
    if style == 0:
        return "\n".join(f"- {k}: {v}" for k, v in pairs)
    if style == 1:
        return "\n".join(f"{k}: {v}" for k, v in pairs)
    if style == 2:
        generic = {"Hardware", "Network", "Software", "Launcher", "OS", "Runtime"}
        return "env: " + ", ".join(v if k in generic else f"{k} {v}" for k, v in pairs)
    return "```\n" + "\n".join(f"{k.lower().replace(' ', '_')}={v}" for k, v in pairs) + "\n```"


def steps_block(rng: random.Random, steps: list[str]) -> str:
    if rng.random() < 0.7:
        return "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps))
    return "\n".join(f"- {s}" for s in steps)


def render_issue(
    rng: random.Random, seed: Seed, style: int, env: EnvFn, tags: Sequence[str]
) -> str:
    title = rng.choice(seed.get("T"))
    if tags and rng.random() < 0.35:
        title = f"[{rng.choice(tags)}] {title}"
    desc = rng.choice(seed.get("D"))
    logs = seed.get("L")
    log = rng.choice(logs) if logs else ""
    steps = seed.get("S")
    exp = (seed.get("E") or ["it works"])[0]
    act = (seed.get("A") or ["it does not"])[0]
    envs = env_block(rng, env(rng, seed))
    logb = f"```\n{log}\n```" if log else ""
    if style == 0:
        parts = [
            title,
            f"### Describe the bug\n{desc}",
            f"### To reproduce\n{steps_block(rng, steps)}" if steps else "",
            f"### Logs\n{logb}" if log else "",
            f"### Expected behavior\n{exp}",
            f"### Actual behavior\n{act}",
            f"### Environment\n{envs}",
        ]
        return "\n\n".join(p for p in parts if p)
    if style == 1:
        parts = [title, desc, logb, envs, f"Expected: {exp}\nActual: {act}"]
        return "\n\n".join(p for p in parts if p)
    if style == 2:
        opener = rng.choice(
            [
                "Hi all,",
                "Hello,",
                "Hey folks -",
                "Hi team,",
                "Good morning,",
                "Posting here in case someone has seen this.",
            ]
        )
        closer = rng.choice(
            [
                "Any pointers appreciated.",
                "Has anyone hit this before?",
                "Is this a known issue or am I holding it wrong?",
                "Happy to provide more logs.",
                "What should I look at next?",
            ]
        )
        parts = [
            f"{opener}\n\n{desc}" if opener.endswith(",") else f"{opener} {desc}",
            f"Log excerpt:\n{logb}" if log else "",
            f"Setup:\n{envs}",
            closer,
        ]
        return "\n\n".join(p for p in parts if p)
    if style == 3:
        comp = rng.choice(seed.get("C") or ["core"])
        sev = rng.choice(["P1", "P2", "P3", "high", "medium"])
        parts = [
            f"Summary: {title}\nComponent: {comp}\nSeverity: {sev}",
            f"Description:\n{desc}",
            f"Steps to reproduce:\n{steps_block(rng, steps)}" if steps else "",
            f"Expected result: {exp}\nActual result: {act}",
            f"Logs:\n{logb}" if log else "",
            f"Environment:\n{envs}",
        ]
        return "\n\n".join(p for p in parts if p)
    if style == 4:
        first = log.splitlines()[0] if log else act
        tail = rng.choice(["ideas?", "any clue?", "what am i missing", "help", "known bug?"])
        return f"{title.lower()} -- {first}\n{envs}\n{tail}"
    if style == 5:
        parts = [
            f"**{title}**",
            desc,
            f"**Repro**\n{steps_block(rng, steps)}" if steps else "",
            f"**Expected** {exp}\n**Actual** {act}",
            logb,
            f"<details><summary>environment</summary>\n\n{envs}\n</details>",
        ]
        return "\n\n".join(p for p in parts if p)
    if style == 6:
        parts = [
            rng.choice(["anyone seen this?", "ugh.", "sanity check pls:", "so this is weird"])
            + " "
            + desc.lower(),
            logb,
            rng.choice(["", "versions below", "(details)"]),
            envs,
        ]
        return "\n".join(p for p in parts if p)
    parts = [
        desc,
        f"Here is what I did:\n{steps_block(rng, steps)}" if steps else "",
        f"Trace:\n{logb}" if log else "",
        f"I expected that {exp[0].lower() + exp[1:]}" if exp else "",
        envs,
    ]
    return "\n\n".join(p for p in parts if p)


def issues(
    rng: random.Random,
    block: str,
    per_seed: int,
    env: EnvFn,
    tags: Sequence[str],
    label: str,
    kind: str,
) -> list[Item]:
    out: list[Item] = []
    for sd in seeds(block):
        for style in rng.sample(range(8), per_seed):
            out.append(item(render_issue(rng, sd, style, env, tags), label, kind))
    return out


# ---------------------------------------------------------------------------------------------
# frontier_ml: bug reports about large-scale training stacks
# ---------------------------------------------------------------------------------------------

FM_TAGS = [
    "bug",
    "trainer",
    "distributed",
    "ckpt",
    "perf",
    "infra",
    "kiln-train",
    "loomlm",
    "tidewater",
]

FM_HW = lines(r"""
32 nodes x 8 H100 SXM 80GB
16 nodes x 8 A100-SXM4-80GB
128 nodes x 8 H200 141GB
4 racks of GB200 NVL72 (288 GPUs)
256 nodes x 8 H100 (2048 GPUs)
64 nodes x 8 H100, DGX SuperPOD layout
512 nodes x 8 H100 (4096 GPUs)
8 nodes x 8 A100 40GB (staging cluster)
96 nodes x 8 H200, NVLink 4 inside the node
1024 nodes x 8 H100 (full partition)
""")

FM_NET = lines(r"""
8x 400G NDR InfiniBand per node, rail-optimized fat tree
RoCEv2 over 400GbE, 8 NICs per node
HDR 200G InfiniBand, 2:1 oversubscribed at the spine
EFA (cloud instances, 3200 Gbps aggregate)
NDR IB with SHARP enabled on the switches
RoCE, lossless config with PFC + ECN
ConnectX-7, GPUDirect RDMA enabled
2-tier leaf/spine Ethernet, 400G, adaptive routing off
""")

FM_SW = lines(r"""
torch 2.4.1 / CUDA 12.4 / NCCL 2.21.5
torch 2.5.1+cu124, NCCL 2.23.4
torch 2.3.1, CUDA 12.1, NCCL 2.20.5
torch nightly 2.7.0.dev, CUDA 12.6, NCCL 2.25.1
torch 2.6.0, CUDA 12.8, NCCL 2.26.2
torch 2.2.2, CUDA 12.1, NCCL 2.19.3, apex master
""")

FM_LAUNCH = lines(r"""
torchrun under srun, Slurm 23.11
Slurm 24.05 + pyxis/enroot containers
Kubernetes with a PyTorchJob-style operator
mpirun (OpenMPI 4.1) wrapping python
our in-house launcher on top of torchrun
sbatch array with one torchrun per node, c10d rendezvous
""")


def fm_env(rng: random.Random, seed: Seed) -> list[tuple[str, str]]:
    pairs = [
        ("Hardware", rng.choice(FM_HW)),
        ("Network", rng.choice(FM_NET)),
        ("Software", rng.choice(FM_SW)),
    ]
    if rng.random() < 0.7:
        pairs.append(("Launcher", rng.choice(FM_LAUNCH)))
    for v in seed.get("V"):
        k, _, val = v.partition("=")
        pairs.append((k.strip(), val.strip()))
    return pairs


FM_ISSUES = r"""
T: NCCL watchdog timeout on ALLREDUCE after ~3 hours of pretraining
T: Collective operation timeout kills the run at random steps (ProcessGroupNCCL watchdog)
D: Our 34B pretraining run gets killed by the NCCL watchdog somewhere between 2 and 5 hours in. It is never the same step and never the same rank. Throughput is normal right up to the hang.
D: Every few hours one rank stops making progress inside an all-reduce of the gradient buckets and the watchdog tears down the whole job after the 30 min timeout. Restarting from the last checkpoint works until it happens again.
L: [Rank 1187] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=918233, OpType=ALLREDUCE, NumelIn=52428800, Timeout(ms)=1800000) ran for 1800071 milliseconds before timing out.\n[Rank 1187] Some NCCL operations have failed or timed out. To avoid data inconsistency, we are taking the entire process down.
L: terminate called after throwing an instance of 'c10::DistBackendError'\n  what():  [PG 0 Rank 402] Process group watchdog thread terminated with exception: NCCL error: remote process exited or there was a network error
S: Launch the 34B config with DP=128, TP=8, PP=2
S: Train normally with bucketed gradient all-reduce (bucket_cap_mb=200)
S: Wait 2-5 hours
E: The run keeps training, or at least the failing rank/link is identified in the logs.
A: Whole job aborts with a watchdog timeout and no indication of which link is bad.
C: comms
V: Trainer=Megatron-style fork, bf16, ZeRO-1 optimizer sharding
~~~
T: all_reduce hangs forever at startup when a node with a different HCA ordering joins
T: NCCL init hangs at the first collective on 2 of our 64 nodes
D: The job never gets past the first barrier if certain nodes are in the allocation. NCCL_DEBUG=INFO shows those nodes picking mlx5_8 (the storage NIC) instead of the GPU rail NICs.
D: First all_reduce after init_process_group hangs. Bisected the allocation and it only happens when nodes from the newer rack are included; those have an extra NIC and a different device ordering.
L: NCCL INFO NET/IB : Using [0]mlx5_0:1/IB [1]mlx5_3:1/IB [2]mlx5_8:1/RoCE ; OOB ib0:10.4.3.17<0>\nNCCL INFO Channel 00/32 : 0[0] -> 1[1] via P2P/IPC\n... (nothing after this for 20 minutes)
S: Allocate a mix of old-rack and new-rack nodes
S: torchrun the trainer with NCCL_DEBUG=INFO
S: Observe the first all_reduce never completes
E: NCCL uses the 8 rail NICs on every node or errors out clearly.
A: Silent hang in the first collective.
C: comms
V: NCCL_IB_HCA=unset
~~~
T: FSDP full_state_dict save OOMs on rank 0 for the 70B model
T: Checkpoint save with FULL_STATE_DICT + rank0_only blows CPU RAM
D: Saving a consolidated checkpoint of the 70B model gathers everything to rank 0 and the node runs out of host memory (1 TB). Sharded saves work but the eval team wants a single consolidated file.
L: torch.distributed.elastic.multiprocessing.api: failed (exitcode: -9) local_rank: 0 (pid: 88213) of binary: /usr/bin/python\nslurmstepd: error: Detected 1 oom_kill event in StepId=771203.0
S: Wrap the 70B model with FSDP (FULL_SHARD) on 256 GPUs
S: Call the save path with StateDictType.FULL_STATE_DICT, offload_to_cpu=True, rank0_only=True
S: Watch host memory on node 0
E: Consolidated checkpoint is written, or streamed per-parameter without materializing everything.
A: Rank 0 gets OOM-killed by the kernel.
C: checkpointing
V: Wrapper=FSDP1, bf16 params
~~~
T: Divergence when FSDP reduce_dtype is bf16 vs fp32 at 1024 GPUs
T: bf16 gradient reduce-scatter makes loss drift upward at large data-parallel size
D: With MixedPrecision(param_dtype=bf16, reduce_dtype=bf16) the loss curve separates from our fp32-reduce baseline after ~20k steps and eventually spikes. At 64 GPUs the two runs were indistinguishable, so we think it is the sum over 1024 ranks losing precision.
L: step 20000 loss 2.412 (fp32 reduce) vs 2.419 (bf16 reduce)\nstep 26000 loss 2.331 vs 2.377\nstep 27450 loss 2.30 vs 3.91  <- spike
S: Train the 13B config on 1024 GPUs with reduce_dtype=torch.bfloat16
S: Train the same config with reduce_dtype=torch.float32
S: Compare loss curves
E: Either precision works or the docs warn that bf16 reduction does not scale to this many ranks.
A: bf16 reduce run diverges.
C: mixed-precision
~~~
T: ZeRO-3 raises "parameter not available" in a nested module during prefetch
T: ZeRO stage 3 crashes with status NOT_AVAILABLE when the MoE block calls a submodule twice
D: Our MoE layer calls the same shared expert module twice in one forward. With ZeRO-3 the second call fails because the parameter was already released after the first call. Stage 2 is fine.
L: AssertionError: {'id': 4412, 'status': 'NOT_AVAILABLE', 'numel': 0, 'ds_numel': 58720256, 'shape': (0,), 'ds_shape': (7168, 8192)} is not available
S: Enable ZeRO-3 with prefetch_bucket_size=5e7
S: Use a block that reuses a submodule in the same forward
S: Run a single step
E: Parameters are re-gathered for the second use.
A: Assertion in the parameter coordinator.
C: sharding
V: Stack=DeepSpeed-style ZeRO-3 engine
~~~
T: Loss differs between TP=1 and TP=4 with identical seeds (dropout RNG not forked per TP rank)
T: tensor-parallel run is not numerically equivalent to the TP=1 baseline
D: We expected near-identical curves when only changing tensor-parallel degree, but the TP=4 run is consistently worse. Turning dropout off makes them match, so the RNG tracker for the model-parallel region looks wrong: each TP rank generates the same dropout mask for its shard of the hidden dimension.
L: tp=1 step 500 loss 4.102\ntp=4 step 500 loss 4.188\ntp=4 (dropout=0) step 500 loss 4.104
S: Train the 1.3B debug config with TP=1
S: Train it again with TP=4, same seed, same data order
S: Repeat with hidden_dropout=0
E: Equivalent loss up to noise.
A: TP=4 is worse unless dropout is disabled.
C: tensor-parallel
~~~
T: Interleaved 1F1B pipeline schedule deadlocks when num_microbatches % pp != 0
T: pipeline hang with virtual stages when microbatch count isn't a multiple of pipeline size
D: With pipeline_model_parallel_size=8 and 2 virtual stages per rank, choosing 60 microbatches hangs in the warmup phase. 64 works. There is no assertion, the send/recv pairs just never match up.
L: rank 13 waiting on recv_forward from rank 12 (stage 5, chunk 1, microbatch 57)\nrank 12 waiting on recv_backward from rank 13 (stage 4, chunk 1, microbatch 56)
S: Set PP=8, virtual_pipeline_size=2, global batch such that num_microbatches=60
S: Start training
E: Either a clear assertion at startup or a correct schedule.
A: Deadlock in P2P communication on the first step.
C: pipeline-parallel
~~~
T: Sequence parallelism: LayerNorm weights drift apart across tensor-parallel ranks
T: LN grads not all-reduced over the TP group when sequence_parallel=True
D: After a few thousand steps the layernorm gamma differs between TP ranks even though it should be replicated. With sequence parallel enabled each rank only sees its slice of the sequence, so the LN gradient has to be all-reduced across the TP group, and that seems to be skipped for our custom RMSNorm.
L: max |gamma_rank0 - gamma_rank3| = 0.0417 at step 6000 (expected 0)
S: Enable sequence_parallel with TP=8
S: Swap in our RMSNorm implementation
S: Compare the norm weights across TP ranks after training
E: Replicated params stay identical across TP ranks.
A: They drift and the loss gets slowly worse.
C: tensor-parallel
~~~
T: Expert-parallel all-to-all hangs when a rank receives zero tokens
T: MoE dispatch deadlock if some experts get no tokens in a microbatch
D: With EP=64 and top-2 routing, occasionally a rank is assigned zero tokens for all of its local experts. The all_to_all_single with output_split_sizes all zero seems to hang on that rank while the others move on.
L: [rank 41] all_to_all_single(output_split_sizes=[0, 0, 0, ..., 0], input_split_sizes=[12, 0, 7, ...])\nWatchdog caught collective operation timeout: WorkNCCL(OpType=ALLTOALL_BASE, ...)
S: Train the 64-expert model with expert parallel size 64
S: Use a small micro-batch (1 x 4096 tokens)
S: Wait for a step where routing is very skewed
E: Empty splits are handled.
A: Hang then watchdog timeout.
C: moe
~~~
T: MoE routing collapse: one expert receives >50% of tokens after 40k steps
T: severe load imbalance across experts even with aux loss enabled
D: In our 8x22B-style MoE run the router starts sending most tokens to expert 5 in several layers. Token drop rate climbs to 30% with capacity factor 1.25. The load-balancing aux loss coefficient is 0.01. Loss is still going down but much slower than the dense baseline per FLOP.
L: layer 17 expert_load=[0.03 0.02 0.04 0.05 0.02 0.58 0.21 0.05] dropped_frac=0.31\nlayer 18 expert_load=[0.06 0.04 0.47 0.09 0.11 0.12 0.05 0.06] dropped_frac=0.22
S: Train with top-2 routing, capacity factor 1.25, aux loss 0.01
S: Log per-expert load every 100 steps
E: Roughly uniform expert load.
A: Routing collapses onto a few experts and tokens get dropped.
C: moe
~~~
T: Resharding a TP8/PP4 checkpoint to TP4/PP8 loses optimizer state
T: checkpoint conversion between parallel layouts drops Adam moments
D: We need to move a run onto a different allocation, so we convert the distributed checkpoint from TP=8,PP=4 to TP=4,PP=8. Weights load fine, but the optimizer exp_avg/exp_avg_sq come back as zeros for the layers that moved between pipeline stages, and the loss spikes on resume.
L: WARNING: optimizer state for 'decoder.layers.23.mlp.linear_fc1.weight' not found in checkpoint, initializing to zero\n(... repeated for 96 params)
S: Save a checkpoint with TP=8, PP=4, DP=32
S: Run the converter script to TP=4, PP=8
S: Resume training
E: Bitwise-equivalent optimizer state after resharding.
A: Moments are reset for layers that changed pipeline stage; loss spike on resume.
C: checkpointing
~~~
T: Async distributed checkpoint leaves a corrupt shard when the job is preempted mid-save
T: preemption during async save -> resume fails with truncated .distcp file
D: We save async every 500 steps to the parallel filesystem. If Slurm preempts the job while the background save is running, the metadata file is already written but one or more shards are truncated. Resume then picks that checkpoint as latest and crashes.
L: RuntimeError: PytorchStreamReader failed reading file data/2741: invalid header or archive is corrupted\nloading checkpoint step_48500 from /lustre/ckpt/run17
S: Enable async checkpointing
S: Preempt the job (scancel --signal) while a save is in flight
S: Resubmit
E: Incomplete checkpoints are never marked as latest.
A: Resume crashes on a corrupt shard.
C: checkpointing
~~~
T: Selective activation recomputation gives different gradients when dropout is inside the recomputed region
T: recompute + attention dropout => grad mismatch vs no-recompute baseline
D: With selective recompute of the core attention, gradients differ from the non-recomputed run by far more than bf16 noise. Our suspicion is that the recomputed forward draws a new dropout mask because the CUDA RNG state isn't restored.
L: max rel grad diff (recompute vs baseline) attention.qkv: 0.37\nmax rel grad diff with attn dropout=0: 2e-3
S: Enable recompute_granularity=selective
S: Set attention_dropout=0.1
S: Compare grads on one batch against recompute disabled
E: Same gradients up to numerical noise.
A: Large gradient mismatch.
C: memory
~~~
T: Full activation checkpointing doesn't reduce peak memory for the 128k-context run
T: peak memory unchanged with activation checkpointing on every layer at long context
D: We checkpoint every transformer layer but peak memory barely moves at 128k sequence length. The memory snapshot shows the logits (seq x vocab in fp32) and the attention workspace dominating, not the per-layer activations.
L: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 31.25 GiB. GPU 0 has a total capacity of 79.10 GiB of which 11.02 GiB is free.
S: Set seq_len=131072, micro batch 1, context parallel 4
S: Turn on full recompute
S: Record a memory snapshot
E: Memory drops roughly in proportion to the number of layers checkpointed.
A: OOM at the LM head.
C: memory
~~~
T: FP8 delayed scaling overflows right after LR warmup ends
T: NaNs in FP8 GEMMs a few hundred steps after warmup (amax history too short?)
D: Training with FP8 (E4M3 forward, E5M2 backward) and delayed scaling with amax_history_len=16. Right after warmup the activation magnitudes jump and the stale scale factor overflows, which turns into NaNs within a couple of steps. The bf16 run is stable.
L: step 2010 loss 3.88 grad_norm 1.2\nstep 2014 loss 3.91 grad_norm 47.3\nstep 2016 loss nan grad_norm nan\nfp8 meta: amax=448.0 (saturated) scale=1.0
S: Train the 8B config with fp8 recipe, delayed scaling, history 16
S: Warmup 2000 steps to peak LR 3e-4
E: Same stability as bf16.
A: NaN shortly after warmup.
C: mixed-precision
~~~
T: FP8 scale_inv mismatch across tensor-parallel shards in fused MLP kernel
T: fused fp8 MLP computes amax per shard -> TP ranks disagree on scaling
D: Our fused FP8 MLP kernel computes the amax for the input on each TP rank separately. Since the inputs are identical but weights are sharded, the weight scales differ per rank, and after the row-parallel all-reduce the output is subtly off. Loss is ~0.05 worse than bf16 at the same step.
L: rank0 fc2 weight scale_inv=0.00097  rank1 fc2 weight scale_inv=0.00131\nrank2 ...=0.00088  rank3 ...=0.00102
S: Enable the fused fp8 MLP with TP=4
S: Print the fp8 metadata of fc2 on each rank
E: Amax reductions are synchronized across the TP group where needed.
A: Per-shard scales, slightly worse loss.
C: kernels
~~~
T: Fused Adam step writes NaN into bf16 master weights when a grad bucket contains inf
T: multi-tensor fused optimizer doesn't skip the step on overflow
D: We run bf16 with fp32 master weights and a fused multi-tensor Adam kernel. When a single gradient bucket has an inf, the kernel applies the update anyway and NaNs propagate into the master weights, so the run cannot recover even though we check the grad norm afterwards.
L: found_inf=1 in bucket 37 but optimizer.step() executed\nmaster weight 'layers.40.mlp.w2' contains 8192 NaN values after step 88104
S: Inject an inf into one gradient (or wait for a spike)
S: Call the fused optimizer step
E: Step skipped for all params when any grad is non-finite.
A: Partial update, NaN master weights.
C: optimizer
~~~
T: torchrun rendezvous times out on 200+ nodes (c10d store overwhelmed)
T: multi-node launch fails: RendezvousTimeoutError with 256 nodes
D: Up to about 128 nodes the c10d rendezvous finishes in seconds. At 256 nodes it times out after 900s. The TCPStore host is node 0 and its CPU sits at 100% during join.
L: torch.distributed.elastic.rendezvous.api.RendezvousTimeoutError\n[c10d] The client socket has timed out after 900s while trying to connect to (node0001, 29500).
S: sbatch with --nodes=256, one torchrun per node, --rdzv-backend=c10d
S: Wait for rendezvous
E: Rendezvous completes in under a minute.
A: Timeout, job never starts.
C: launcher
~~~
T: srun --gpus-per-task=1 breaks NVLink P2P between local ranks
T: intra-node bandwidth drops to PCIe speed when launching one task per GPU under Slurm
D: When we launch with srun and --gpus-per-task=1, each rank only sees one GPU in CUDA_VISIBLE_DEVICES and NCCL can no longer use P2P/NVLink between ranks on the same node, so intra-node traffic goes through shared memory. Step time is 35% worse than with torchrun.
L: NCCL INFO Channel 00 : 3[3] -> 4[4] via SHM/direct/direct\nNCCL INFO Could not enable P2P between dev 3(=...) and dev 4(=...)
S: srun --ntasks-per-node=8 --gpus-per-task=1 python train.py
S: Run nccl-tests all_reduce_perf inside the same allocation
E: P2P/NVLink between ranks on a node.
A: SHM transport and much lower bus bandwidth.
C: launcher
~~~
T: all_reduce bus bandwidth drops from ~370 to ~90 GB/s past 512 GPUs on RoCE
T: RoCE fabric congestion at scale: nccl-tests bandwidth collapses at 64 nodes
D: nccl-tests all_reduce_perf looks great up to 32 nodes, then falls off a cliff. Switch counters show PFC pause storms on a couple of leaf switches. We suspect ECN thresholds are wrong for this many flows.
L: #  size  count  type  redop  root  time  algbw  busbw\n  8589934592  2147483648  float  sum  -1  179283  47.91  95.78
S: Run all_reduce_perf -b 8G -e 8G on 32 and then 64 nodes
S: Compare busbw
E: busbw stays roughly flat with node count.
A: 4x drop at 64 nodes.
C: network
~~~
T: All-to-all throughput only 40% of line rate with adaptive routing disabled
T: MoE all-to-all is network-bound; suspect ECMP hash collisions
D: Our expert-parallel all-to-all hits ~40% of expected bandwidth across nodes. Switching on adaptive routing on a test pod doubled it, but the production fabric has it off. Are there NCCL settings (more QPs, different channel count) that mitigate static ECMP collisions?
L: alltoall_perf 1G: busbw 19.8 GB/s (expected ~45)
S: Run alltoall_perf across 16 nodes
S: Repeat with NCCL_IB_QPS_PER_CONNECTION=4
E: Close to line rate.
A: 40% of line rate.
C: network
~~~
T: NCCL falls back to NET/Socket instead of IB/GPUDirect RDMA inside the container
T: GPUDirect RDMA not used after moving to the new container image
D: After switching base images, cross-node traffic goes over sockets and step time triples. On the host nccl-tests use IB and GDR. Inside the container the IB plugin is not found.
L: NCCL INFO NET/Plugin: Could not find: libnccl-net.so\nNCCL INFO NET/IB : No device found.\nNCCL INFO Using network Socket
S: Start the job with the new image via pyxis
S: Check NCCL_DEBUG=INFO output
E: NET/IB with GDRDMA.
A: NET/Socket.
C: containers
~~~
T: Data loader can't keep 4096 GPUs fed when streaming tokenized shards from object storage
T: step time jitter from input pipeline stalls in the 2T-token pretraining run
D: Each data-parallel rank streams pre-tokenized shards from object storage. At 4096 GPUs we see periodic 3-8 s stalls where GPUs are idle waiting for batches, and object storage reports request throttling. The pretraining mix has ~40k shard files.
L: [dataloader rank 2211] waited 6.42s for batch (prefetch queue empty)\nSlowDown: Please reduce your request rate. (503)
S: Start the 2T-token mixture with 16 workers per rank
S: Watch data wait time per step
E: Data wait < 1% of step time.
A: Periodic multi-second stalls, MFU drops from 41% to 33%.
C: data
~~~
T: Resuming with a different data-parallel size replays or skips samples
T: dataloader state is not elastic across DP resize
D: We resumed a pretraining run from 1024 to 768 GPUs (same global batch via more grad accumulation). The sampler recomputes each rank's offset from consumed_samples assuming the old DP size, so some documents get seen twice and a chunk gets skipped entirely.
L: resume: consumed_samples=412876800 dp_size=96 (was 128)\nshard 00731 read twice by ranks 17 and 64
S: Train with DP=128, checkpoint
S: Resume with DP=96 and adjusted grad accumulation
E: Exactly-once sample order regardless of DP size.
A: Duplicate and skipped samples.
C: data
~~~
T: Recurring loss spikes around 300B tokens that recover after ~200 steps
T: loss spikes correlate with particular data shards in the 70B run
D: Since ~300B tokens we see a spike every few thousand steps. Each time grad norm jumps 10x first. Rewinding 100 steps and skipping the next few batches avoids that particular spike. We want to know whether this is data (some shards are full of repeated junk) or optimizer (Adam epsilon / beta2).
L: step 71220 loss 1.93 gn 0.31\nstep 71221 loss 1.94 gn 3.88\nstep 71222 loss 2.71 gn 12.4\nstep 71420 loss 1.95 gn 0.33
S: Train the 70B config past 300B tokens
S: Plot loss and grad norm
E: Smooth loss curve.
A: Recurring spikes.
C: stability
~~~
T: Attention logits grow without bound in long pretraining, leads to divergence
T: max attention logit > 1e4 by step 50k -> softmax saturates -> loss blows up
D: Monitoring the max pre-softmax attention logit per layer shows steady growth in the later layers until the run diverges. Is adding QK-layernorm mid-run safe, or do we need to restart?
L: layer 58 max_attn_logit: step 10k 210, step 30k 2.1e3, step 50k 1.4e4
S: Train 30B dense model with standard pre-LN and no QK norm
S: Log max attention logits per layer
E: Bounded logits.
A: Logit growth then divergence.
C: stability
~~~
T: One slow node drags the whole 2048-GPU job (straggler detection)
T: step time 20% above baseline; one host is thermal throttling
D: Step time degraded over a day. Per-rank timings of the all-reduce show everyone waiting on ranks 904-911, all on one node whose GPUs are clocking down. We need automatic straggler detection that works at this scale without adding syncs.
L: rank 904 fwd+bwd 812 ms (median 644 ms)\nnvidia-smi: Clocks Throttle Reasons: HW Slowdown Active
S: Run normally, compare per-rank compute time
E: Stragglers detected and the node drained.
A: Silent 20% slowdown.
C: reliability
~~~
T: In-memory checkpoint restart fails because old NCCL communicators are not destroyed
T: hot restart after node failure hangs in new process group init
D: We restart training in place after a node failure using a spare node and peer-memory checkpoints. The surviving ranks reinitialize the process group but the first collective hangs. It looks like the old communicators still hold resources.
L: NCCL WARN Cuda failure 'an illegal memory access was encountered'\nProcessGroupNCCL: abort() called on a communicator that is still in use
S: Kill one node during training
S: Let the controller swap in a spare and trigger in-place restart
E: Training resumes from the in-memory checkpoint within minutes.
A: Hang during re-init.
C: reliability
~~~
T: "NCCL error: invalid usage" because ranks issue different collectives after a conditional branch
T: collective mismatch across ranks when skipping empty MoE layers
D: Some ranks skip an all_gather when their local expert batch is empty, others don't, so the collective sequence gets out of order and NCCL reports invalid usage (or hangs). TORCH_DISTRIBUTED_DEBUG=DETAIL confirms the mismatch.
L: RuntimeError: Detected mismatch between collectives on ranks. Rank 12 is running collective: CollectiveFingerPrint(OpType=ALLGATHER, TensorShape=[0]), but Rank 0 is running collective: CollectiveFingerPrint(OpType=REDUCE_SCATTER ...
S: Enable TORCH_DISTRIBUTED_DEBUG=DETAIL
S: Train with expert parallel and uneven routing
E: All ranks call the same collectives in the same order.
A: Desync.
C: comms
~~~
T: FSDP2 reduce-scatter gives wrong grads for parameters whose size is not divisible by world size
T: padding bug in sharded gradient reduction for odd-sized embeddings
D: Our vocab size is 151,655 which doesn't divide by the shard count. With per-parameter sharding the padded tail seems to be included in the gradient norm and the last shard's grads are slightly off compared to a single-GPU reference.
L: grad diff vs reference (embedding, last shard): 4.1e-2\ngrad diff vs reference (all other params): < 1e-5
S: Use an embedding with vocab 151655 and fully_shard on 96 GPUs
S: Compare gradients with an unsharded reference on a tiny batch
E: Identical grads.
A: Last shard differs.
C: sharding
~~~
T: Ring attention context parallel produces wrong outputs with load-balanced causal chunks
T: context parallelism: output mismatch after enabling zigzag sharding of the sequence
D: We split the sequence across 8 CP ranks with the zigzag layout so causal work is balanced. Outputs match the non-CP reference for the first half of positions but not for the second. Without load balancing it matches everywhere.
L: max abs diff positions [0, 65536): 3e-3\nmax abs diff positions [65536, 131072): 0.84
S: Enable context_parallel_size=8 with load-balanced layout
S: Compare attention output against a single-device reference
E: Match everywhere.
A: Wrong second half.
C: context-parallel
~~~
T: HSDP across 64 nodes: replicate-group all-reduce is the bottleneck
T: hybrid sharding (shard within node, replicate across) slower than expected
D: We shard within each 8-GPU node and replicate across 64 nodes. The cross-node gradient all-reduce isn't overlapping with backward at all, according to the profiler, and adds ~250 ms per step.
L: profiler: nccl:all_reduce (replicate group) 248ms, overlapped with compute: 0%
S: Configure 2D device mesh (replicate=64, shard=8)
S: Profile one step
E: Cross-node gradient sync overlaps backward.
A: Fully exposed communication.
C: sharding
~~~
T: Compute/communication overlap disappears when CUDA_DEVICE_MAX_CONNECTIONS=1
T: TP comms serialized behind GEMMs after setting CUDA_DEVICE_MAX_CONNECTIONS=1
D: The trainer sets CUDA_DEVICE_MAX_CONNECTIONS=1 so that tensor-parallel communication is scheduled in order, but data-parallel gradient reduce-scatter is now serialized too and overlap is gone. MFU dropped from 47% to 39%.
L: nsys: ncclKernel_ReduceScatter_RING_LL starts only after sm90_xmma_gemm finishes on every layer
S: Set CUDA_DEVICE_MAX_CONNECTIONS=1
S: Profile with nsys
E: Overlap of DP reduce-scatter with backward.
A: Serialized kernels.
C: perf
~~~
T: NCCL picks ring instead of NVLS on an NVL72 rack
T: NVLink SHARP not used for all-reduce inside the NVLink domain
D: On a 72-GPU NVLink domain we expected NVLS to be chosen for intra-domain all-reduce, but NCCL logs show Ring with lower bandwidth. The fabric manager and IMEX service are running.
L: NCCL INFO NVLS multicast support is not available on dev 0\nNCCL INFO Algorithm Ring selected for AllReduce
S: Run all_reduce_perf on 72 GPUs in one rack
S: Check selected algorithm
E: NVLS used.
A: Ring.
C: comms
~~~
T: Tokenizing the 15T-token pretraining corpus is slower than the training run itself
T: BPE encoding throughput bottleneck in the pretraining data pipeline
D: Our offline tokenization job runs at ~2 GB/s across 200 CPU nodes, which means re-tokenizing the corpus for a new vocab takes longer than we can afford between runs. Profiling shows most time in pre-tokenization regex and Python object overhead.
L: worker 117: 9.8 MB/s, regex pre-split 61% of CPU time
S: Run the tokenization Spark job on a 1% sample
S: Extrapolate
E: Full corpus in under a day.
A: Estimated 9 days.
C: data
~~~
T: MinHash dedup stage OOMs in the shuffle at 40B documents
T: near-duplicate detection over web crawl fails at the banding/join stage
D: The fuzzy dedup pipeline (MinHash, 20 bands x 13 rows) over 40B documents keeps dying in the shuffle when grouping by band hash. Executors OOM on a few hot buckets produced by boilerplate pages.
L: ExecutorLostFailure (executor 1821 exited caused by one of the running tasks) Reason: Container killed by YARN for exceeding memory limits. 61.2 GB of 60 GB physical memory used.
S: Run the dedup job on the full crawl snapshot
E: Completes; skewed buckets handled.
A: Executor OOMs on hot buckets.
C: data
~~~
T: MFU regression after enabling torch.compile with FSDP (graph breaks at every layer)
T: compiled FSDP model slower than eager at 512 GPUs
D: Compiling each transformer block separately under FSDP produces graph breaks around the all-gather hooks, and the compiled run is 8% slower than eager. Compile logs show recompilations triggered by dynamic shapes from variable-length packing.
L: torch._dynamo hit config.cache_size_limit (8)\nfunction: 'forward' (block.py:211)\nlast reason: tensor 'x' size mismatch at index 1. expected 8192, actual 8160
S: Wrap blocks with fully_shard then torch.compile
S: Use variable-length packed batches
E: Faster than eager.
A: Recompilations and slower steps.
C: perf
~~~
T: Vocab-parallel cross entropy returns wrong loss with padded vocabulary
T: loss too low when vocab is padded to a multiple of 128 * TP
D: We pad the vocab so it divides by 128 * TP size. The vocab-parallel cross entropy includes the padded logits in the softmax denominator on the last TP rank unless they are masked to -inf, and our masking only runs in eval.
L: tp=1 loss 2.811, tp=8 loss 2.806 (pad logits not masked)
S: Pad vocab from 128256 to 129024 with TP=8
S: Compare loss with TP=1
E: Same loss.
A: Slightly different loss, different grads on padded rows.
C: tensor-parallel
~~~
T: ZeRO-Infinity NVMe offload is bottlenecked at 2 GB/s per node
T: optimizer state offload to NVMe much slower than the drives' rated bandwidth
D: We offload optimizer states to local NVMe to fit a 175B model on a smaller cluster. The swap-in/out shows ~2 GB/s per node while each node has 8 drives rated at 7 GB/s each. The aio threads look underutilized.
L: [swap] read 53.7 GB in 26.1 s, write 53.7 GB in 27.4 s
S: Enable offload_optimizer device=nvme with default aio settings
S: Time one optimizer step
E: Closer to aggregate NVMe bandwidth.
A: 2 GB/s.
C: offload
~~~
T: Batch-size ramp-up breaks the LR schedule in our Megatron-style trainer
T: consumed_samples-based LR decay goes wrong with rampup_batch_size
D: With batch size ramp-up from 256 to 2048 sequences over the first 20B tokens, the learning-rate scheduler counts iterations instead of samples, so decay finishes far too early. Warmup looks fine.
L: iter 60000 consumed_samples 83886080 lr 3.0e-5 (expected ~2.6e-4)
S: Enable rampup_batch_size 256 256 20000000
S: Use cosine decay defined in iterations
E: LR follows the token-based schedule.
A: LR decays too early.
C: scheduler
~~~
T: Loading the 400B checkpoint takes 40 minutes on 1024 GPUs
T: slow resume from the parallel filesystem dominates restart time
D: Every restart spends ~40 minutes reading the sharded checkpoint from Lustre. With the current failure rate we lose a few percent of cluster time just on loads. Metadata operations look like the bottleneck (hundreds of thousands of small files).
L: ckpt load: 2711 s, 812,544 files, aggregate read 3.1 GB/s
S: Restart from latest checkpoint on 1024 GPUs
E: Load in a few minutes.
A: 40+ minutes.
C: checkpointing
~~~
T: Loss normalization wrong with pipeline parallel + gradient accumulation when sequences are packed
T: per-token loss averaged per microbatch instead of per global batch
D: When microbatches have different numbers of non-padding tokens, averaging the loss per microbatch and then across accumulation steps over-weights short microbatches. With pipeline parallel only the last stage sees the loss, so the fix needs the global token count before the backward pass.
L: global batch tokens: 4,194,304 nominal, 3,911,220 non-pad; per-microbatch token counts vary 2x
S: Enable packing with padding at the end of microbatches
S: Compare with a token-weighted reference
E: Loss weighted by token count across the global batch.
A: Biased gradient.
C: pipeline-parallel
~~~
T: SHARP/CollNet all-reduce slower than ring for small messages at 512 nodes
T: enabling in-network reduction regresses small all-reduces
D: With NCCL_COLLNET_ENABLE=1 large all-reduces are faster, but the many small ones in our tensor-parallel + data-parallel mix get slower. Is there a size threshold we can set?
L: 1MB all_reduce: ring 212 us, collnet 390 us\n1GB all_reduce: ring 9.8 ms, collnet 6.1 ms
S: Run the trainer with and without NCCL_COLLNET_ENABLE
E: No regression at small sizes.
A: Small collectives 2x slower.
C: comms
~~~
T: Gradient norm differs between pipeline stages' local computation and the global clip
T: grad clipping uses per-stage norm instead of global norm with PP=16
D: Each pipeline stage clips by its own local gradient norm instead of the norm all-reduced across stages and tensor ranks, so layers on different stages are scaled differently. Found it when comparing PP=1 and PP=16 on the same batch.
L: pp=1 global grad_norm 1.874\npp=16 stage norms: 0.41 0.47 0.44 ... (clip applied per stage)
S: Set clip_grad=1.0 and PP=16
S: Compare to PP=1
E: Single global norm.
A: Per-stage clipping.
C: pipeline-parallel
~~~
T: Expert weights drift between data-parallel replicas in EP+DP setup
T: MoE expert params not averaged over the expert-data-parallel group
D: Expert parameters are replicated across the expert-data-parallel group, but our gradient hook only all-reduces over the dense DP group, so the experts on different replicas slowly diverge.
L: checksum expert 3 layer 10: replica0 0x8be1.. replica1 0x91a2..
S: EP=8, DP=64 (expert-DP=8)
S: Compare expert weights across replicas after 1000 steps
E: Identical expert weights across replicas.
A: Drift.
C: moe
~~~
T: FP8 attention kernel gives NaN when sequence contains fully masked rows
T: fused fp8 flash-attention NaN on packed batches with empty documents
D: With document masking in packed sequences, a row can have every key masked. The fused FP8 attention kernel divides by a zero row-sum and emits NaN, which only shows up with the packed pretraining loader.
L: nan detected in output of layers.0.self_attn (fp8 fused path), rows: [4095]
S: Pack documents with a zero-length document at the end
S: Run the fp8 attention path
E: Zero output for fully masked rows.
A: NaN.
C: kernels
"""


# Short standalone reports: a pasted log line plus a question, written one per line.
FM_LOGPASTES = r"""
seeing this on 3 of 512 nodes, only during the gradient reduce-scatter: `NCCL WARN NET/IB : Got completion from peer 10.2.7.41<51122> with error 12, opcode 0, len 0, vendor err 129`. is that a flaky cable or a config problem?
`misc/socket.cc:484 NCCL WARN socketStartConnect: Connect to 10.0.3.9<43211> failed : Software caused connection abort` shows up right before our 1k-GPU job dies. how do I tell which link is bad?
Our FSDP run prints `UserWarning: FSDP is switching to use NO_SHARD instead of ShardingStrategy.FULL_SHARD since the world size is 1` on a 256-GPU job. What would make the world size look like 1 to the wrapper?
"RuntimeError: CUDA error: an illegal memory access was encountered" only appears with pipeline parallel size 8 and never with 4. Where would you start bisecting in a multi-node PP setup?
every ~40k steps: `grad_norm: inf, skipping step` then three normal steps then loss jumps by 0.8. bf16, no loss scaler, 30B model, 1500 GPUs. what should we log next?
nvidia-smi shows all 8 GPUs at 100% util but nccl-tests busbw inside the node is only 120 GB/s on H100 SXM. NVLink should give way more. what's likely misconfigured?
torchrun on 64 nodes: `torch.distributed.DistNetworkError: The server socket has failed to listen on any local network address. port: 29500` on the master node only. we launch via sbatch. what am I missing?
Got `Expert capacity exceeded, dropping 27.4% of tokens` at layer 30 of our MoE after switching to top-1 routing. Is that drop rate acceptable for pretraining or should I raise the capacity factor?
Megatron-style trainer logs `[WARNING] found NaN in local grad norm in backward pass` only on the last pipeline stage. Could the vocab-parallel cross entropy be the culprit?
Checkpoint converter says `KeyError: 'optimizer.state.fp32_from_float16_params'` when moving from DeepSpeed ZeRO-2 to an FSDP2 layout for continued pretraining. Is there a safe path for Adam state?
DCGM shows XID 79 (GPU has fallen off the bus) on a node in the middle of the pretraining run every couple of days. How do big training jobs automatically cordon and replace such nodes without manual restarts?
profiler: `ncclDevKernel_AllGather_RING_LL` takes 38% of step time with ZeRO-3 on 128 GPUs and 8B params. Is that expected or is prefetch broken?
Loss curve flat for 300 steps then starts dropping normally — only when we use 4096 GPUs, not at 512. Global batch is 16M tokens in both. Ideas?
Our 1F1B pipeline schedule profile shows a 28% bubble with pp=16 and 32 microbatches. That matches (p-1)/(m+p-1)? Is interleaving the only fix?
`ValueError: Cannot shard tensor of size 151655 along dim 0 evenly across 64 ranks` when enabling FSDP2 on the embedding. pad the vocab or use uneven sharding?
after moving from A100 to H100 our fp8 run has a 0.03 higher loss than bf16 at 200B tokens. is that within what people typically see for FP8 training at scale?
seeing `Bus error (core dumped)` from dataloader workers on 2k GPUs when /dev/shm fills with shared-memory batches. standard fix for large pretraining loaders?
`[E ProcessGroupNCCL.cpp:475] Some NCCL operations have failed or timed out` but only when the eval loop runs mid-training on the pretraining cluster. Eval uses a different process group — could that be it?
IB counters show symbol errors climbing on one HCA during the run but NCCL never reports anything. Should our training orchestrator preemptively drain the node?
SLURM job with --exclusive still sees another user's process on GPU 3, and our 256-node all-reduce is 8% slower. How do clusters doing foundation-model training enforce this?
"RuntimeError: Expected all tensors to be on the same device" appears only after resharding a tensor-parallel checkpoint. Single-GPU load works. How do distributed checkpoint loaders usually map shards to devices?
MoE aux loss goes to 0.0 exactly after step 12k and router entropy collapses. Is a z-loss on router logits the usual fix at this scale?
Our nccl-tests reduce_scatter_perf is 15% faster than all_gather_perf on the same 32 nodes. Shouldn't they be symmetric for a ring algorithm?
The async checkpoint thread holds the GIL long enough that step time jumps from 1.9s to 3.4s while a save is in progress on 8k GPUs. How do people avoid that?
`cudaErrorLaunchTimeout` inside our custom fused RMSNorm + FP8 cast kernel only at hidden size 16384. Smaller models are fine. Shared memory overflow?
Gradient all-reduce with bucket_cap_mb=25 launches ~4000 NCCL calls per step on a 70B model. Would fewer, larger buckets help or hurt overlap?
"Watchdog caught collective operation timeout ... OpType=BROADCAST" during init when loading a 1.2 TB checkpoint from rank 0. Should we be broadcasting weights at all at this scale?
We get different loss at step 1 when changing pipeline parallel size from 4 to 8 even with the same seed. Which RNG streams need to be tied to the layer index rather than the rank?
"""

# ---------------------------------------------------------------------------------------------
# frontier_ml: interview and textbook exercises (hand-written)
# ---------------------------------------------------------------------------------------------

FM_EXERCISES = r"""
Derive the time for a ring all-reduce of n bytes over p GPUs in the alpha-beta model. Why is it called bandwidth-optimal?
Using the alpha-beta cost model, compare ring all-reduce with a binary-tree all-reduce. At what message size does the tree win?
Show that reduce-scatter followed by all-gather is equivalent to all-reduce, and explain why that matters for ZeRO and FSDP.
In an interview I was asked: what is the minimum amount of data each GPU must send in any all-reduce algorithm, and does ring achieve it?
Explain the double binary tree algorithm used for all-reduce and why it keeps full bandwidth while having logarithmic latency.
Why does recursive halving-doubling work well for power-of-two process counts but poorly otherwise? What do libraries do for non-power-of-two?
Exercise: a cluster has 8 GPUs per node connected by NVLink and nodes connected by a slower network. Design a hierarchical all-reduce and write its cost in terms of intra- and inter-node bandwidth.
What does "topology-aware" mean for collective communication on a rail-optimized fat-tree? Why do training clusters wire NIC k of every node to the same leaf switch?
Why is all-to-all much harder to make efficient than all-reduce on large clusters, and why does that matter for expert parallelism?
For a 2D torus of accelerators, how would you implement all-reduce, and how does its bandwidth term compare to a ring?
Explain bus bandwidth vs algorithm bandwidth as reported by NCCL benchmarks. Why is busbw = algbw * 2(p-1)/p for all-reduce?
Define the pipeline bubble for GPipe with p stages and m microbatches and derive its fraction of total time.
Why does the 1F1B schedule not reduce the bubble compared with GPipe, and what does it improve instead?
Explain how interleaved (virtual) pipeline stages reduce the bubble by a factor of v and what they cost in communication.
What are zero-bubble pipeline schedules, and how does splitting the backward pass into input-gradient and weight-gradient parts help?
Textbook question: list the three memory components of training a transformer with Adam in mixed precision and give the bytes per parameter for each.
Explain ZeRO stages 1, 2 and 3 by what each shards, and give per-GPU memory for Psi parameters, N_d data-parallel ranks and K bytes of optimizer state per parameter.
How much activation memory does one transformer layer need per token (roughly, in terms of hidden size h, sequence length s and number of heads a), and how does selective recomputation change it?
Why does tensor parallelism need two all-reduces per transformer layer in the forward pass? Where are they in the MLP and attention blocks?
Explain sequence parallelism (as paired with tensor parallelism): which operations are split along the sequence dimension, and how does it turn all-reduce into reduce-scatter plus all-gather?
Compare context parallelism via ring attention with Ulysses-style all-to-all sequence parallelism. When would you pick each?
Why is tensor parallelism usually kept inside a node while pipeline and data parallelism cross nodes?
Given a fixed cluster, how do you choose the degrees of DP, TP, PP and EP for a 400B-parameter model? Walk through the reasoning an interviewer would expect.
State the Chinchilla compute-optimal result in one sentence and explain how it changed how labs size models for a given budget.
Write down the parametric loss form L(N, D) = E + A/N^alpha + B/D^beta and explain what each term means for a pretraining run.
Why do many labs now train far past the compute-optimal token count (overtraining small models)? Frame it in terms of inference cost.
Where does the 6ND approximation for training FLOPs come from? Break it into forward and backward passes.
What is MFU (model FLOPs utilization) and how does it differ from hardware FLOPs utilization when activation recomputation is on?
Exercise: explain why data-parallel scaling eventually stops helping (critical batch size) and how gradient noise scale estimates it.
How would you deduplicate a 100-billion-document web crawl? Describe exact dedup, MinHash-LSH near-dedup and their costs.
For MinHash with b bands of r rows, derive the probability that two documents with Jaccard similarity s become a candidate pair. How do you pick b and r for a threshold around 0.8?
Why does web-scale deduplication matter for pretraining quality and memorization? What happens with too aggressive near-dup removal?
Describe how you would train a BPE tokenizer for a multilingual pretraining corpus of 20T tokens: sampling, pre-tokenization, vocab size, and evaluation.
What is tokenizer fertility and why does it matter when allocating a fixed token budget across languages in pretraining?
Explain the trade-off of a larger vocabulary (e.g. 256k) for a frontier model: embedding parameters, softmax cost, sequence compression.
Why do pretraining pipelines apply quality classifiers and heuristic filters before dedup rather than after (or vice versa)? Argue both sides.
Explain why loss spikes become more frequent as models scale, and list the mitigations that large training runs use.
What is the role of the warmup phase in large-batch pretraining and why does the peak learning rate usually shrink as the model width grows?
Explain muP (maximal update parametrization) and why it lets you tune hyperparameters on a small proxy and transfer them to a large model.
Explain the WSD (warmup-stable-decay) learning rate schedule and why it is attractive for continued pretraining and scaling-law studies.
Describe how checkpoint resharding works when moving from one parallelism layout to another. What metadata must a distributed checkpoint store?
Why is the optimizer state the hardest part of a checkpoint to reshard?
What is the expected time between failures for a job on 16,000 GPUs if each GPU fails on average once every 5 years? What checkpoint interval does Young's formula suggest if a checkpoint takes 2 minutes?
Explain FP8 training: E4M3 vs E5M2, per-tensor scaling, delayed vs current scaling, and which tensors usually stay in higher precision.
Why do mixed-precision training recipes keep fp32 master weights, and what changes with bf16 compared with fp16 loss scaling?
In mixture-of-experts training, explain top-k routing, capacity factor, token dropping and the auxiliary load-balancing loss. How does expert parallelism map experts to GPUs?
What is the communication pattern of an MoE layer under expert parallelism, and how does it scale with the number of experts and top-k?
Exam-style: explain why activation recomputation trades about 33% extra compute for memory, and when selective recomputation is almost free.
Explain how gradient accumulation interacts with data parallel communication: when do you all-reduce, and why does no_sync matter?
In an interview for a pretraining infra role: how would you detect and handle silent data corruption (a GPU returning wrong results without crashing) in a 10,000-GPU run?
Describe an evaluation plan for small "ablation" models that are used to make data-mix decisions for a frontier pretraining run. How do you know the results transfer?
Compare the network requirements of data parallelism, tensor parallelism and pipeline parallelism in bytes per step for a dense transformer.
Why do clusters for frontier training use non-blocking fat trees or rail-optimized topologies rather than oversubscribed networks?
What does overlapping communication with computation in FSDP require (prefetching the next all-gather, limiting in-flight all-gathers), and what happens to memory?
Explain the difference between "weak scaling" and "strong scaling" for a pretraining job and which one frontier runs usually care about.
Explain why the loss at a fixed compute budget is fairly flat around the optimal model size (the "iso-FLOP valley").
What is the role of a z-loss or logit soft-capping in large-scale pretraining stability?
Describe how you would design a data loader that streams a 15T-token mixture to 10k GPUs with deterministic, resumable ordering.
Interview: a job on 4096 GPUs has 12% of its step time in exposed communication. Walk me through how you'd find out which collective and which parallel dimension is responsible.
Explain why bandwidth-optimal all-gather sends (p-1)/p of the data per GPU and why nothing can do better.
What is the latency term of a ring all-reduce in the alpha-beta model, and why does it make rings bad for small messages at 10k GPUs?
Exam: what is the difference between a reduce-scatter implemented as a ring and one implemented with recursive halving? Give both costs.
How does the number of NCCL channels relate to achieved bandwidth on a multi-NIC node?
Derive the per-GPU communication volume per step for FSDP full sharding in terms of parameter count and compare it with plain DDP.
Why does pipeline parallelism communicate so little compared to tensor parallelism? Quantify for a transformer with hidden size h, sequence s and microbatch b.
Textbook exercise: for a transformer with L layers, hidden size h and vocabulary V, write the parameter count and check it for a 7B-class configuration.
Interview: your pretraining run's loss is slightly worse after resuming from a checkpoint. List every piece of state that must be saved for an exact resume.
How would you set up a scaling-law study to choose between two architectures for a frontier pretraining run with limited compute?
Explain why the optimal learning rate depends on batch size, and how large-batch pretraining adjusts it.
What are the failure modes of data-mixture optimization using small proxy models?
Explain how curriculum or annealing on high-quality data at the end of pretraining affects benchmark results, and how to avoid fooling yourself with contaminated evals.
Describe the pieces of a pretraining data pipeline from raw crawl to tokenized shards: extraction, language ID, filtering, dedup, PII removal, tokenization, shuffling.
Why do pretraining runs shuffle at the shard level and within a buffer rather than globally? What does that do to sample independence?
"""

FM_MCQ = r"""
In the alpha-beta model, the bandwidth term of ring all-reduce on p processes for n bytes is | 2(p-1)/p * n * beta | (p-1) * n * beta | log2(p) * n * beta | n * beta / p
What fraction of time is the pipeline bubble for GPipe with p stages and m microbatches? | (p-1)/(m+p-1) | (m-1)/(m+p-1) | 1/p | p/m
With Adam and mixed precision, roughly how many bytes of model and optimizer state per parameter are needed before any sharding? | 16 | 4 | 2 | 32
ZeRO stage 2 shards which of the following across data-parallel ranks? | optimizer states and gradients | only parameters | activations | parameters, gradients and the data loader
Which collective pair makes up an all-reduce in bandwidth-optimal implementations? | reduce-scatter then all-gather | broadcast then gather | all-to-all then reduce | scatter then broadcast
Interleaved pipeline schedules with v virtual stages per device reduce the bubble by roughly | a factor of v | a factor of p | nothing | a factor of m
Which parallelism strategy requires an all-to-all exchange of tokens? | expert parallelism | data parallelism | pipeline parallelism | gradient accumulation
The approximate training compute for a dense transformer with N parameters on D tokens is | 6ND | 2ND | ND^2 | 6N/D
Under Chinchilla-style compute-optimal scaling, as compute grows, model size and training tokens should | grow in roughly equal proportion | model size grows and tokens stay fixed | tokens grow and model size stays fixed | both shrink
Why is tensor parallelism usually confined to GPUs within one node? | it needs frequent, latency-sensitive all-reduces every layer | it needs no communication | it only works on CPUs | it requires pipeline bubbles
In MinHash LSH with b bands of r rows, the probability a pair with Jaccard s becomes a candidate is | 1 - (1 - s^r)^b | s^(rb) | 1 - s^b | (1 - s)^r
Sequence parallelism (used alongside tensor parallelism) mainly reduces | activation memory in LayerNorm and dropout regions | optimizer state memory | network latency | the vocabulary size
Which FP8 format is typically used for gradients because of its wider dynamic range? | E5M2 | E4M3 | INT8 | FP16
A rail-optimized cluster network connects | the same-index NIC of every node to the same leaf switch | every NIC to a single core switch | GPUs directly to storage | nodes in a ring
What does the capacity factor control in MoE training? | the maximum tokens each expert processes per batch | the number of experts | the learning rate of the router | the model depth
"""


# ---------------------------------------------------------------------------------------------
# frontier_ml: numeric exercises composed from hand-written templates
# ---------------------------------------------------------------------------------------------

MEM_TEMPLATES = lines(r"""
Estimate the GPU memory needed to train a {n}B-parameter transformer with Adam in bf16 mixed precision (fp32 master weights). Ignore activations first, then say how activations change the picture.
How many {gpu} GPUs do I need at minimum just to hold the weights, gradients and Adam states of a {n}B model with ZeRO-3 across the data-parallel group? Show the arithmetic.
Interview question: we train a {n}B model on {k} GPUs with FSDP full sharding. What's the per-GPU memory for params + grads + optimizer state? Would it fit on an {gpu}?
Back-of-envelope: {n}B params, mixed precision Adam, ZeRO stage 1 over {k} data-parallel ranks. Per-GPU model-state memory?
Homework: compute the memory for model states (16 bytes/param rule) for a {n}B-parameter LLM, then the per-device share with ZeRO-2 on {k} devices.
For a {n}B model trained with tensor parallel 8 and pipeline parallel {pp}, how much weight + optimizer memory lands on each GPU if optimizer states are also sharded over DP={dp}?
""")

FLOP_TEMPLATES = lines(r"""
How many FLOPs does it take to pretrain a {n}B-parameter dense model on {d}T tokens? How many days is that on {k} {gpu}s at {mfu}% MFU?
Compute budget exercise: {n}B params x {d}T tokens. Use 6ND. Convert to GPU-hours on {gpu} (bf16 dense peak) assuming {mfu}% utilization.
We have {k} {gpu}s for {days} days at {mfu}% MFU. What is the total training compute, and using the Chinchilla rule of thumb (about 20 tokens per parameter), what model size and token count would be compute-optimal?
estimate wall-clock for a {n}B model, {d}T tokens, {k} x {gpu}, mfu {mfu}%. 6ND is fine.
A lab wants to train a {n}B model for {d}T tokens. How many {gpu}s would they need to finish in {days} days at {mfu}% MFU?
""")

COMM_TEMPLATES = lines(r"""
Using alpha = {a} us and a per-link bandwidth of {bw} GB/s, estimate the time of a ring all-reduce of {mb} MB over {p} GPUs. Compare with a tree all-reduce.
Alpha-beta model: p = {p}, message {mb} MB, latency {a} us per step, {bw} GB/s links. Ring vs recursive doubling all-reduce — which is faster and by how much?
How long does a reduce-scatter of {mb} MB of gradients take across {p} ranks at {bw} GB/s (ignore latency)? And the following all-gather?
Data-parallel gradient sync for a {n}B model in bf16 over {p} GPUs with {bw} GB/s effective bandwidth per GPU: how long is one ring all-reduce, and can it hide behind a {step} s backward pass?
""")

BUBBLE_TEMPLATES = lines(r"""
Pipeline with {p} stages and {m} microbatches using 1F1B. What's the bubble fraction? What if we interleave with {v} virtual stages per device?
GPipe schedule, p={p}, m={m}: compute the idle fraction. How many microbatches would be needed to push the bubble below 5%?
We increased pipeline depth from {p} to {p2} stages keeping {m} microbatches. By how much does the bubble grow, and what does that do to throughput?
""")

MOE_TEMPLATES = lines(r"""
An MoE layer has {e} experts, top-{k} routing, capacity factor {cf}, and a microbatch of {t} tokens. What is the capacity per expert, and how many tokens could be dropped in the worst case?
For a model with {e} experts per layer and top-{k} routing, each token's hidden state is {h} values in bf16. How many bytes does the all-to-all dispatch move per token per layer (dispatch + combine)?
""")

MINHASH_TEMPLATES = lines(r"""
With MinHash LSH using {b} bands of {r} rows, what's the probability that two documents with Jaccard similarity {s} are flagged as candidates? And for similarity 0.5?
We dedup a pretraining crawl with {b}x{r} banding ({n} hash functions total). Where is the similarity threshold of the S-curve approximately? (1/b)^(1/r)
""")

GPUS = ["H100", "A100 80GB", "H200", "B200", "MI300X"]


def numeric_exercises(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    sizes = [1.3, 3, 7, 8, 13, 20, 34, 40, 70, 110, 175, 340, 405, 671]
    for t in MEM_TEMPLATES:
        for _ in range(6):
            n = rng.choice(sizes)
            txt = t.format(
                n=n,
                gpu=rng.choice(GPUS),
                k=rng.choice([8, 16, 64, 128, 256, 512]),
                pp=rng.choice([2, 4, 8]),
                dp=rng.choice([8, 16, 32]),
            )
            out.append(item(txt, FM, "numeric-exercise"))
    for t in FLOP_TEMPLATES:
        for _ in range(6):
            txt = t.format(
                n=rng.choice(sizes),
                d=rng.choice([1, 2, 3.5, 5, 10, 15, 18]),
                k=rng.choice([512, 1024, 2048, 4096, 8192, 16384, 24576]),
                gpu=rng.choice(GPUS),
                mfu=rng.choice([30, 35, 38, 40, 45, 50]),
                days=rng.choice([30, 45, 60, 90, 120]),
            )
            out.append(item(txt, FM, "numeric-exercise"))
    for t in COMM_TEMPLATES:
        for _ in range(5):
            txt = t.format(
                a=rng.choice([2, 5, 10, 20]),
                bw=rng.choice([25, 50, 100, 200, 400]),
                mb=rng.choice([16, 64, 256, 1024, 4096]),
                p=rng.choice([8, 16, 64, 256, 1024, 4096]),
                n=rng.choice(sizes),
                step=rng.choice([0.5, 1.2, 2, 4]),
            )
            out.append(item(txt, FM, "numeric-exercise"))
    for t in BUBBLE_TEMPLATES:
        for _ in range(5):
            p = rng.choice([4, 8, 12, 16, 32])
            txt = t.format(
                p=p, p2=p * 2, m=rng.choice([8, 16, 32, 64, 128]), v=rng.choice([2, 3, 4])
            )
            out.append(item(txt, FM, "numeric-exercise"))
    for t in MOE_TEMPLATES:
        for _ in range(4):
            txt = t.format(
                e=rng.choice([8, 16, 64, 128, 256]),
                k=rng.choice([1, 2, 4, 8]),
                cf=rng.choice([1.0, 1.25, 1.5, 2.0]),
                t=rng.choice([4096, 8192, 16384, 65536]),
                h=rng.choice([4096, 7168, 8192, 12288]),
            )
            out.append(item(txt, FM, "numeric-exercise"))
    for t in MINHASH_TEMPLATES:
        for _ in range(4):
            b, r = rng.choice([(20, 5), (9, 13), (14, 8), (20, 13), (16, 16), (25, 4)])
            txt = t.format(b=b, r=r, n=b * r, s=rng.choice([0.7, 0.8, 0.85, 0.9]))
            out.append(item(txt, FM, "numeric-exercise"))
    return out


# ---------------------------------------------------------------------------------------------
# frontier_ml: ML accelerator and chip design
# ---------------------------------------------------------------------------------------------

FM_ACCEL = r"""
Explain how a systolic array computes a matrix multiply. Why does it need so little memory bandwidth per operation?
Compare weight-stationary, output-stationary and row-stationary dataflows for a DNN accelerator. Which data movement does each minimize?
For a 128x128 systolic array, what is the fill and drain latency, and why does it hurt utilization on small matrices?
Why do AI training chips spend so much die area on SRAM, and how do architects decide between more on-chip SRAM and more HBM stacks?
Draw (in words) the roofline model for an accelerator with 1 PFLOP/s and 3 TB/s. Where is the ridge point, and which transformer operations fall left of it?
Is attention during autoregressive decoding compute-bound or memory-bound on a modern GPU? Use a roofline argument.
What is a network-on-chip (NoC) in an ML accelerator, and why would you choose a mesh vs a ring vs a crossbar?
I'm designing a tensor core style unit for a class project. What are the trade-offs between a 4x4x4 MMA unit and a larger 16x8x16 one in terms of register file bandwidth?
How do you design a multiply-accumulate unit for FP8 inputs with FP32 accumulation? Where do the alignment shifters and normalization go?
Explain block floating point / microscaling (MX) formats and why accelerator designers like a shared exponent per block of 32 elements.
What does an INT8 quantized arithmetic unit need beyond the multiplier array (zero points, scaling, requantization)? Sketch the datapath.
Why are chiplets attractive for large AI accelerators? Discuss yield, reticle limits, die-to-die interconnect bandwidth and latency.
What is the reticle limit and how does it constrain monolithic training-accelerator designs?
Explain CoWoS-style 2.5D packaging and why HBM has to sit on an interposer next to the compute die.
I'm using high-level synthesis (Vitis HLS) to build a GEMM accelerator on an FPGA. How do I get the inner loop to pipeline with II=1 and partition the arrays correctly?
How would you model a DNN accelerator in gem5 (or a similar simulator) to study the effect of scratchpad size on transformer layer latency?
Which cycle-level simulators are used for systolic-array accelerator research, and how do they model the memory hierarchy?
What is the difference between an accelerator's peak TOPS and its achieved throughput on a real transformer layer? List the main loss factors.
Describe the memory hierarchy of a modern training accelerator: registers, shared memory/SRAM, L2, HBM, and the bandwidth of each level in orders of magnitude.
How does double buffering in an accelerator's scratchpad hide DRAM latency? What does it cost in SRAM?
Explain loop tiling for a GEMM on an accelerator with a 24 MB scratchpad. How do you choose the tile sizes to maximize reuse?
What is the Timeloop/Accelergy style of analysis for mapping DNN layers onto an accelerator, and what does a "mapping" consist of?
Why do training accelerators need high-bandwidth chip-to-chip links (like NVLink or ICI), and how does that shape scale-up domain size?
Compare a GPU's SIMT tensor cores with a TPU-style large systolic array for training LLMs. Which is easier to keep busy and why?
How does sparsity support (2:4 structured sparsity) work in hardware and why is unstructured sparsity hard to exploit in a systolic array?
Design question: the accelerator must support both training (bf16/fp8 GEMMs with fp32 accumulation) and fast inference (int4 weights). How do you share the datapath?
What limits clock frequency in a large MAC array, and why do accelerator designers often prefer more units at a lower clock?
Explain power and thermal constraints in AI accelerator design: why does performance-per-watt dominate datacenter chip decisions?
What is the role of a DMA engine in an ML accelerator, and how does it interact with the compiler's scheduling?
Explain how a compiler for an ML accelerator (XLA-like) decides operator fusion to reduce HBM traffic.
For an HBM3 stack, what are typical bandwidth and capacity figures, and how many stacks does a flagship training chip use?
What would you change in an accelerator design to make the softmax and layernorm in transformers not a bottleneck compared to the matrix units?
How does an on-chip all-reduce engine (in-network or on-die collective offload) help distributed training, and what must the hardware support?
Why do inter-chip optical interconnects (co-packaged optics) matter for the next generations of AI training clusters?
Class project: implement a small 8x8 systolic array in Verilog that does INT8 GEMM. How should I structure the PE and the skewing of inputs?
In a weight-stationary array, how do you handle a matrix whose K dimension is larger than the array? Explain partial sum accumulation.
What is the energy cost of moving a byte from DRAM vs SRAM vs a register compared to a MAC? Why does this drive dataflow design?
Explain why a vector unit sits next to the matrix unit in TPU-like designs and what work it does during training.
How do accelerator architects evaluate a new chip against real LLM training workloads before tape-out?
What are the trade-offs of putting a large unified SRAM (like wafer-scale designs) versus a hierarchy with HBM?
Explain stochastic rounding hardware and why it matters for low-precision training accumulations.
How should a training accelerator's scratchpad be banked so the systolic array can read a full row of operands every cycle without bank conflicts?
For a weight-stationary array, what happens to utilization when the GEMM's N dimension is smaller than the array width (e.g. small-batch decode)? How do designers mitigate it?
Our team is evaluating whether to add a dedicated transpose unit to our ML accelerator. When does the backward pass of a transformer need transposed operands, and what does it cost without hardware support?
Compare the area and energy of an FP8 MAC, a BF16 MAC and an INT8 MAC in a modern process. Why did FP8 win for training?
What is the role of the accumulator precision in a low-precision matrix unit, and what goes wrong if you accumulate long dot products in FP16?
Explain how a roofline with multiple ceilings (HBM, L2, SRAM, interconnect) helps analyze a distributed transformer layer on an accelerator pod.
What would a gem5-based study of an ML accelerator's memory subsystem look like for a thesis? Which parameters would you sweep?
How do you co-design the compiler and the hardware for a new training chip so that the matrix units stay above 70% utilization on attention?
What limits the size of a scale-up domain (how many accelerators share a high-bandwidth fabric), and how does a bigger domain change tensor/expert parallel choices?
HLS question: my systolic array written in C++ for an FPGA synthesizes, but the achieved clock is 150 MHz instead of 300. What structural changes usually fix the critical path?
How do you verify a large MAC array design before tape-out? Formal methods, emulation, or simulation against a golden model?
Why do some AI chips use a 2D mesh NoC with many small cores while others use a few very large tensor units? Discuss programmability and utilization.
How does an accelerator implement efficient softmax: exponent approximation units, reductions, and where in the pipeline they live?
Explain the difference between HBM bandwidth and HBM capacity bottlenecks for training vs for inference on an accelerator.
What is in-memory / near-memory computing and is it realistic for LLM training workloads?
If I double the systolic array size but keep SRAM bandwidth the same, what happens to achievable throughput on a 4096x4096x4096 GEMM?
How are die-to-die interfaces (like UCIe-class links) specified in bandwidth per mm of shoreline, and why does shoreline matter for chiplet accelerators?
Why do accelerator designers care about sparsity in the backward pass (e.g. ReLU-style zeros) less for transformers than they did for CNNs?
What does a performance model for a new AI training chip need to include to predict end-to-end step time for a 70B model on a 1024-chip pod?
Explain how a tensor memory accelerator (asynchronous bulk copy engine) changes kernel design for GEMMs on recent GPUs.
Warp-specialized GEMM kernels: why split producer and consumer warps, and how does it relate to hardware features like async copies and barriers?
What is a wafer-scale engine and what problems (yield, power delivery, cooling) must it solve?
Computer architecture grad course: propose an accelerator for the attention layer only. What dataflow would you choose for the QK^T and PV products with long sequences?
How do you size the on-chip network bandwidth of an accelerator so that the collective engine can overlap all-reduce with matrix compute?
Explain power delivery and voltage droop issues when a large MAC array switches from idle to full load, and how chip designers handle it.
Why do AI accelerators increasingly include hardware support for FP4/MXFP4, and what are the accuracy risks for training?
How does the accelerator's memory capacity per chip change the parallelism strategy you need for training a 1T-parameter model?
"""

FM_ACCEL_MCQ = r"""
In a weight-stationary systolic array, which operand stays fixed in each processing element during a computation? | the weights | the outputs | the input activations | the instructions
In the roofline model, the ridge point equals | peak compute divided by memory bandwidth | memory bandwidth divided by peak compute | peak compute times bandwidth | clock frequency divided by core count
Which operation is most likely memory-bandwidth-bound on a modern training accelerator? | elementwise layer normalization | a large square GEMM | a convolution with many channels | a batched matmul with large batch
Why is HBM placed on a silicon interposer next to the compute die? | to provide a very wide, short interface for high bandwidth | to reduce the chip's clock speed | to isolate it thermally | because HBM cannot be made in silicon
An output-stationary dataflow primarily reduces movement of | partial sums | weights | input activations | instructions
What is the main advantage of chiplet-based accelerator designs? | better yield and the ability to exceed reticle limits | lower die-to-die latency than on-die wires | no need for packaging | eliminating memory
Microscaling (MX) formats share what among a block of elements? | an exponent (scale) | a mantissa | a sign bit | a memory address
The arithmetic intensity of a GEMM of size M x K x N in bf16 is approximately | 2MKN / (2(MK + KN + MN)) FLOPs per byte | MKN bytes per FLOP | M + K + N | 1 FLOP per byte always
"""

ROOFLINE_TEMPLATES = lines(r"""
An accelerator has {tf} TFLOP/s of dense bf16 compute and {bw} TB/s of HBM bandwidth. What arithmetic intensity is needed to be compute-bound? Is a GEMM of {m}x{k}x{n} compute- or memory-bound?
Roofline exercise: peak {tf} TFLOP/s, {bw} TB/s. For decoding with batch size {b} on a {nb}B model (weights in bf16), estimate the attainable FLOP/s and tokens/s.
A {s}x{s} systolic array of bf16 MACs runs at {ghz} GHz. What is its peak throughput in TFLOP/s, and how many cycles does a {m}x{k}x{n} GEMM take ignoring fill/drain?
Our accelerator has {sram} MB of on-chip SRAM. What is the largest square tile of a bf16 GEMM (A, B and C tiles resident) that fits with double buffering?
Chip design homework: {stacks} HBM stacks at {perstack} GB/s each feed {tf} TFLOP/s of compute. What is the machine balance, and which layers of a transformer would be memory-bound?
""")


def accel_numeric(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for t in ROOFLINE_TEMPLATES:
        for _ in range(7):
            txt = t.format(
                tf=rng.choice([200, 400, 989, 1250, 2250, 2500]),
                bw=rng.choice([1.6, 2.0, 3.35, 4.8, 8.0]),
                m=rng.choice([128, 1024, 4096, 8192]),
                k=rng.choice([1024, 4096, 8192, 16384]),
                n=rng.choice([1, 16, 256, 4096]),
                b=rng.choice([1, 8, 32, 128]),
                s=rng.choice([32, 64, 128, 256]),
                ghz=rng.choice([0.9, 1.0, 1.4, 1.8]),
                sram=rng.choice([16, 32, 50, 96, 128]),
                stacks=rng.choice([4, 6, 8]),
                perstack=rng.choice([600, 820, 1000, 1200]),
                nb=rng.choice([7, 13, 34, 70, 180]),
            )
            out.append(item(txt, FM, "accelerator-numeric"))
    return out


# ---------------------------------------------------------------------------------------------
# general: bug reports about ordinary software
# ---------------------------------------------------------------------------------------------

GEN_TAGS = ["bug", "help wanted", "question", "regression", "needs triage", "build", "docs"]

GEN_OS = lines(r"""
Ubuntu 22.04 LTS
Ubuntu 24.04 (WSL2 on Windows 11)
Windows 11 Pro 23H2
Windows 10 Home
macOS 14.5 Sonoma (M2)
macOS 13 Ventura, Intel
Fedora 40
Debian 12 (bookworm) in Docker
Arch Linux, kernel 6.9
Pop!_OS 22.04
""")

GEN_PY = lines(r"""
Python 3.10.12
Python 3.11.9
Python 3.12.4
Python 3.9.18 (conda)
Python 3.12 via pyenv
""")

GEN_NODE = lines(r"""
Node 20.14 / npm 10.7
Node 18.19 / pnpm 9
Node 22.3 / npm 10.8
Node 20.11 / yarn 1.22
""")


def gen_env(rng: random.Random, seed: Seed) -> list[tuple[str, str]]:
    pairs = [("OS", rng.choice(seed.get("O") or GEN_OS))]
    if seed.get("R"):
        pairs.append(("Runtime", rng.choice(GEN_NODE)))
    elif not seed.get("N"):
        pairs.append(("Runtime", rng.choice(GEN_PY)))
    for v in seed.get("V"):
        k, _, val = v.partition("=")
        pairs.append((k.strip(), val.strip()))
    return pairs


GEN_ISSUES = r"""
T: Migration fails after upgrading to Django 5.0: column "created_at" does not exist
O: Ubuntu 22.04 LTS
O: macOS 14.5 Sonoma (M2)
O: Debian 12 (bookworm) in Docker
T: manage.py migrate crashes on a fresh database after the upgrade
D: After upgrading from Django 4.2 to 5.0, running migrate on a brand-new Postgres database fails on our third migration. Existing databases are fine. It looks like a data migration runs before the schema migration it depends on.
L: django.db.utils.ProgrammingError: column orders_order.created_at does not exist\nLINE 1: SELECT "orders_order"."id", "orders_order"."created_at" FROM ...
S: createdb fresh
S: python manage.py migrate
E: All migrations apply on an empty database.
A: ProgrammingError at 0003_backfill_dates.
V: Django=5.0.6
V: Database=PostgreSQL 16
~~~
T: FastAPI endpoint returns 422 after moving to Pydantic v2
T: request validation fails for Optional fields since pydantic 2 upgrade
D: Our POST /items endpoint started returning 422 for bodies that used to work. Fields typed Optional[str] without a default are now required. Is this expected with v2?
L: {"detail":[{"type":"missing","loc":["body","description"],"msg":"Field required","input":{"name":"chair"}}]}
S: Define a model with description: Optional[str]
S: POST a body without description
E: 200 with description=None
A: 422 missing field
V: fastapi=0.111.0
V: pydantic=2.7.1
~~~
T: pip install fails on Windows: Microsoft Visual C++ 14.0 or greater is required
O: Windows 11 Pro 23H2
O: Windows 10 Home
T: Building wheel for a C-extension package fails on a clean Windows machine
D: Trying to install a package that has a C extension and there is no wheel for my Python version, so pip tries to build from source and fails. I don't want to install a whole IDE just for this.
L: error: Microsoft Visual C++ 14.0 or greater is required. Get it with "Microsoft C++ Build Tools"\nERROR: Failed building wheel for pycrc-fast
S: py -3.12 -m pip install pycrc-fast
E: Package installs.
A: Build error.
~~~
T: pip ResolutionImpossible between two of our requirements
T: dependency conflict: requests and an old SDK pin incompatible urllib3
D: pip refuses to install our requirements.txt after we added a new internal SDK. The resolver backtracks for ten minutes and then gives up.
L: ERROR: Cannot install -r requirements.txt (line 4) and urllib3==2.2.1 because these package versions have conflicting dependencies.\nThe conflict is caused by:\n    old-sdk 1.3.0 depends on urllib3<2
S: pip install -r requirements.txt in a fresh venv
E: Installs.
A: ResolutionImpossible.
V: pip=24.0
~~~
T: Black screen after installing the NVIDIA driver on my Ubuntu desktop
O: Ubuntu 22.04 LTS
O: Ubuntu 24.04 LTS
O: Pop!_OS 22.04
T: nvidia-driver-550 install -> boots to black screen, only TTY works
D: I installed the proprietary driver from the Additional Drivers tab on my home PC (RTX 4070) and after reboot I get a black screen. Ctrl+Alt+F3 works. Secure Boot is on, and I think I skipped the MOK enrollment screen.
L: $ nvidia-smi\nNVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.
S: Install nvidia-driver-550 from Additional Drivers
S: Reboot
E: Desktop loads with the NVIDIA driver.
A: Black screen.
N: 1
V: GPU=RTX 4070 (single card, desktop)
~~~
T: torch.cuda.is_available() returns False on my gaming laptop
O: Windows 11 Home
O: Windows 10 Home
T: PyTorch doesn't see my RTX 3060 laptop GPU on Windows
D: I installed torch with pip and CUDA is not detected. nvidia-smi works and shows the GPU. I'm just trying to run a tutorial notebook on the GPU.
L: >>> import torch\n>>> torch.__version__\n'2.3.1+cpu'\n>>> torch.cuda.is_available()\nFalse
S: pip install torch
S: python -c "import torch; print(torch.cuda.is_available())"
E: True
A: False
V: GPU=RTX 3060 Laptop
~~~
T: Jupyter kernel dies when reading a 6 GB CSV with pandas
T: "The kernel appears to have died. It will restart automatically." on read_csv
D: The notebook kernel restarts every time I load our sales export. My laptop has 16 GB RAM. Smaller files load fine.
L: [I 14:22:31 KernelRestarter] AsyncIOLoopKernelRestarter: restarting kernel (1/5), keep random ports\nkernel 6f1c... restarted
S: Open notebook
S: pd.read_csv("sales_2023.csv")
E: DataFrame loads (or a clear MemoryError).
A: Kernel dies silently.
V: pandas=2.2.2
V: jupyterlab=4.2
~~~
T: CUDA out of memory fine-tuning bert-base in Colab
O: Google Colab runtime (Ubuntu 22.04 image)
T: OOM on a single T4 when fine-tuning a small text classifier
D: Following a tutorial to fine-tune bert-base-uncased for sentiment on one T4 in Colab. It OOMs at batch size 32 with max_length 512. What's the standard way to fit this on one GPU?
L: torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 384.00 MiB. GPU 0 has a total capacity of 14.75 GiB of which 212.06 MiB is free.
S: Load the model with AutoModelForSequenceClassification
S: Trainer with per_device_train_batch_size=32, max_length=512
E: Training runs.
A: OOM on the first step.
V: transformers=4.41
V: GPU=Colab T4 16GB
~~~
T: docker build fails on Apple Silicon: exec format error
O: macOS 14.5 Sonoma (M2)
O: macOS 15 (M3 Pro)
T: image built on M1 crashes on our amd64 server with exec format error
D: I build our API image on my M1 MacBook and push it; the server (x86) can't run it. If I build on the server it works. I'd like to build multi-arch from my laptop.
L: standard_init_linux.go:228: exec user process caused: exec format error
S: docker build -t api:latest .
S: docker push, then docker run on the x86 host
E: Container starts.
A: exec format error.
N: 1
V: Docker Desktop=4.30
~~~
T: docker compose: web container can't connect to postgres (connection refused on localhost)
T: app in compose can't reach db at 127.0.0.1:5432
D: My Flask app in docker compose tries to connect to postgres at localhost and gets connection refused. Connecting from the host with psql works fine.
L: psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: Connection refused
S: docker compose up
S: Open the app
E: App connects to the db service.
A: Connection refused.
V: compose=v2.27
~~~
T: useEffect runs twice on mount in development
R: node
T: my API gets called two times when the component mounts
D: In my React app the fetch inside useEffect fires twice in dev, so we create duplicate records. In production build it fires once.
L: POST /api/notes 201\nPOST /api/notes 201
S: npm run dev
S: Open the page
E: One request.
A: Two requests.
N: 1
V: react=18.3
~~~
T: Next.js hydration mismatch warning with dates
R: node
T: "Text content does not match server-rendered HTML" on the dashboard
D: We render the last-updated time in the dashboard header and the browser console shows a hydration error on every load. It seems related to time zones between the server and the browser.
L: Error: Text content does not match server-rendered HTML.\nServer: "5:02 PM" Client: "6:02 PM"
S: Render new Date().toLocaleTimeString() in a server component
E: No hydration warning.
A: Hydration error.
N: 1
V: next=14.2
~~~
T: npm install fails with ERESOLVE unable to resolve dependency tree
R: node
T: peer dependency conflict after bumping eslint
D: After updating eslint to v9 npm install fails because a plugin wants eslint@^8 as a peer. --legacy-peer-deps works but feels wrong.
L: npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! peer eslint@"^8.0.0" from eslint-plugin-imports-order@2.1.0
S: npm i -D eslint@9
E: Install succeeds or a compatible plugin is suggested.
A: ERESOLVE.
N: 1
V: npm=10.7
~~~
T: click option default is ignored when an env var is set to an empty string
T: CLI picks up empty env var instead of the default value
D: Our CLI tool (built with click) has --region with envvar=APP_REGION and default "eu-west". When APP_REGION is set but empty, click passes an empty string instead of falling back.
L: $ APP_REGION= mytool deploy\nError: Invalid value for '--region': '' is not one of 'eu-west', 'us-east'.
S: export APP_REGION=
S: mytool deploy
E: Uses the default.
A: Empty string error.
V: click=8.1.7
~~~
T: pre-commit hook fails on Windows because of CRLF line endings
O: Windows 11 Pro 23H2
O: Windows 10 Home
T: end-of-file-fixer keeps modifying files on one dev's Windows machine
D: One teammate on Windows gets every commit rejected by our pre-commit hooks because files get checked out with CRLF. core.autocrlf is true on their machine.
L: mixed line ending........................................................Failed\n- hook id: mixed-line-ending\n- files were modified by this hook
S: Clone on Windows with default Git settings
S: Edit a file and commit
E: Commit goes through.
A: Hooks fail.
V: git=2.45 for Windows
~~~
T: Rails assets:precompile fails in production Docker image
T: sassc error during asset precompilation on deploy
D: Deploys started failing at the asset precompile step after we added a new stylesheet. Locally everything works in development.
L: SassC::SyntaxError: Error: Undefined variable: "$brand-primary".\n        on line 12:17 of app/assets/stylesheets/cards.scss
S: RAILS_ENV=production bin/rails assets:precompile
E: Assets compile.
A: SassC::SyntaxError.
N: 1
V: Ruby=3.3.1
V: Rails=7.1
~~~
T: Spring Boot app fails to start: circular reference between beans
T: BeanCurrentlyInCreationException after refactoring services
D: After splitting OrderService into two services, the app refuses to start. Spring Boot 3 no longer allows circular references by default.
L: The dependencies of some of the beans in the application context form a cycle:\n   orderService -> paymentService -> orderService
S: ./gradlew bootRun
E: App starts.
A: Startup fails with a cycle.
N: 1
V: Java=21
V: Spring Boot=3.3
~~~
T: go build: missing go.sum entry for module providing package
T: CI fails with "missing go.sum entry" but it builds on my laptop
D: CI runs go build and complains about a missing go.sum entry, even though the module builds locally. We recently added a new dependency.
L: main.go:7:2: missing go.sum entry for module providing package github.com/example/yamlx (imported by ourapp/cmd); to add:\n        go get ourapp/cmd
S: Push the branch
S: CI runs go build ./...
E: Build passes.
A: missing go.sum entry.
N: 1
V: Go=1.22
~~~
T: cargo build fails: could not find openssl-sys on a fresh machine
T: Rust project won't compile on new Linux box (openssl not found)
D: New dev laptop, cargo build fails on openssl-sys. I installed openssl but pkg-config can't find it.
L: Could not find directory of OpenSSL installation, and this `-sys` crate cannot proceed without this knowledge.\n  Make sure you also have the development packages of openssl installed.
S: cargo build
E: Builds.
A: openssl-sys build script fails.
N: 1
V: rustc=1.79
~~~
T: VS Code doesn't pick up the interpreter from my venv
T: Pylance "Import could not be resolved" although the package is installed
D: I created .venv in the project and installed requests, but VS Code shows red squiggles on every import and running the file uses the system Python.
L: Import "requests" could not be resolved Pylance(reportMissingImports)
S: python -m venv .venv && .venv/bin/pip install requests
S: Open the folder in VS Code
E: Imports resolve.
A: Unresolved imports.
V: VS Code=1.90
~~~
T: nginx returns 502 Bad Gateway in front of gunicorn after reboot
O: Ubuntu 22.04 LTS
O: Debian 12
T: 502 from nginx: connect() to unix:/run/gunicorn.sock failed
D: After rebooting the VPS our small Django site gives 502. gunicorn runs under systemd and the socket file seems to be missing.
L: connect() to unix:/run/gunicorn.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.7
S: sudo reboot
S: curl the site
E: Site loads.
A: 502 Bad Gateway.
V: nginx=1.24
~~~
T: Pod stuck in CrashLoopBackOff after adding a config value
R: node
T: web app container restarts endlessly on our small k8s cluster
D: Our Node web app goes into CrashLoopBackOff after we added a new required env var. kubectl logs shows it exits immediately. I think the ConfigMap key name doesn't match.
L: Error: Missing required environment variable STRIPE_WEBHOOK_URL\n    at loadConfig (/app/dist/config.js:14:11)
S: kubectl apply -f deploy.yaml
S: kubectl get pods
E: Pod running.
A: CrashLoopBackOff.
N: 1
V: kubectl=1.30
~~~
T: Celery tasks stay PENDING forever with Redis broker
T: tasks never picked up by the worker after moving to Redis
D: I moved Celery from RabbitMQ to Redis. Tasks are enqueued but result.status stays PENDING forever and the worker shows no activity.
L: [2024-06-03 10:11:02,118: INFO/MainProcess] Connected to redis://localhost:6379/0\n[2024-06-03 10:11:02,141: INFO/MainProcess] celery@web1 ready.
S: Start worker with celery -A app worker
S: Call add.delay(2, 3)
E: Task executes.
A: PENDING forever.
V: celery=5.4
~~~
T: PostgreSQL query 50x slower after upgrading to 16, index not used
T: planner chooses seq scan on orders table after major version upgrade
D: A query that took 20 ms now takes a second after upgrading with pg_upgrade. EXPLAIN shows a seq scan instead of our index scan.
L: Seq Scan on orders  (cost=0.00..482113.00 rows=19 width=64) (actual time=0.019..1021.3 rows=12 loops=1)\n  Filter: (customer_id = 8812)
S: pg_upgrade from 14 to 16
S: Run the report query
E: Index scan.
A: Sequential scan.
N: 1
V: PostgreSQL=16.3
~~~
T: Matplotlib figures don't show up under WSL
O: Ubuntu 24.04 (WSL2 on Windows 11)
O: Ubuntu 22.04 (WSL2)
T: plt.show() does nothing in WSL2
D: Running a plotting script in WSL2 prints nothing and no window appears. No error either.
L: UserWarning: FigureCanvasAgg is non-interactive, and thus cannot be shown
S: python plot.py
E: A window with the plot.
A: Nothing.
V: matplotlib=3.9
~~~
T: InconsistentVersionWarning when loading a pickled sklearn pipeline
T: old joblib model gives wrong predictions after scikit-learn upgrade
D: We trained a RandomForest pipeline last year and saved it with joblib. After upgrading scikit-learn the load prints a warning and predictions look different.
L: InconsistentVersionWarning: Trying to unpickle estimator RandomForestClassifier from version 1.2.2 when using version 1.5.0. This might lead to breaking code or invalid results.
S: joblib.load("model.joblib")
E: Same predictions.
A: Warning and different predictions.
V: scikit-learn=1.5.0
~~~
T: Keras model loss becomes NaN after a few epochs on tabular data
T: NaN loss training a small dense network on a CSV dataset
D: Small Keras MLP for house prices. Loss is fine for two epochs then NaN. Features are not scaled and some columns have missing values.
L: Epoch 3/50\n38/38 [==============================] - 0s 2ms/step - loss: nan - mae: nan
S: model.fit(X_train, y_train, epochs=50)
E: Loss decreases.
A: NaN at epoch 3.
V: tensorflow=2.16
~~~
T: huggingface tokenizers warning about fork and parallelism spams my logs
T: "The current process just got forked, after parallelism has already been used" warning
D: My small sentiment-analysis script with a DataLoader (num_workers=4) prints this warning dozens of times. Does it affect results?
L: huggingface/tokenizers: The current process just got forked, after parallelism has already been used. Disabling parallelism to avoid deadlocks...
S: Tokenize in the main process
S: Create DataLoader with num_workers=4
E: No warnings.
A: Warning spam.
V: tokenizers=0.19
~~~
T: Local 7B model via llama.cpp crashes with Metal on 8 GB MacBook Air
O: macOS 14.5 Sonoma
T: ggml_metal: failed to allocate buffer running a quantized model on my laptop
D: I'm trying to run a 4-bit 7B chat model locally with llama.cpp on my MacBook Air (8 GB). It crashes at load. The 3B model works.
L: ggml_metal_init: allocating\nggml_backend_metal_buffer_type_alloc_buffer: error: failed to allocate buffer, size = 4096.00 MiB
S: ./llama-cli -m model-q4.gguf -ngl 99
E: Model runs.
A: Allocation failure.
N: 1
V: Hardware=MacBook Air M2 8GB
~~~
T: Electron app shows a blank white window after packaging
R: node
O: Windows 11 Pro 23H2
T: packaged Electron build renders nothing, dev mode fine
D: After building with electron-builder the app window is blank. In dev it works. DevTools shows a file:// path not found for index.html.
L: Not allowed to load local resource: file:///C:/Users/dev/AppData/Local/Programs/notes/resources/app.asar/dist/index.html
S: npm run build && npm run dist
E: App renders.
A: Blank window.
N: 1
V: electron=31
~~~
T: Vite: import.meta.env variables are undefined in production build
R: node
T: env vars work in dev but are undefined after vite build
D: My API URL env var is undefined in production. I named it API_URL in .env.production.
L: console: undefined/api/users 404
S: vite build
S: Serve dist/
E: VITE env var available.
A: undefined.
N: 1
V: vite=5.3
~~~
T: Flutter Android build fails: Gradle version incompatible with Java 21
T: flutter build apk fails with "Unsupported class file major version 65"
D: After updating Android Studio my Flutter project doesn't build anymore.
L: BUG! exception in phase 'semantic analysis' in source unit '_BuildScript_' Unsupported class file major version 65
S: flutter build apk
E: APK builds.
A: Gradle failure.
N: 1
V: Flutter=3.22
~~~
T: ssh: Permission denied (publickey) to my new dev VM
T: can't log into the cloud VM I just created
D: I generated a key with ssh-keygen and pasted the public key into the VM's setup page, but ssh still says permission denied. I'm probably using the wrong username.
L: debug1: Offering public key: /home/me/.ssh/id_ed25519 ED25519 SHA256:...\ndebug1: Authentications that can continue: publickey\nroot@203.0.113.20: Permission denied (publickey).
S: ssh root@203.0.113.20
E: Logged in.
A: Permission denied.
N: 1
~~~
T: cron job runs at the wrong hour after daylight saving change
O: Ubuntu 22.04 LTS
O: Debian 12
T: nightly backup script fires an hour early since the clocks changed
D: Our nightly report cron job is scheduled for 02:00 but after the DST switch it runs at 01:00 according to the logs. The server is set to UTC but the script uses local time.
L: Mar 31 01:00:01 app1 CRON[18211]: (deploy) CMD (/opt/report/run.sh)
S: Schedule 0 2 * * *
E: Runs at 02:00 local.
A: Runs at 01:00.
N: 1
~~~
T: PyInstaller exe fails with ModuleNotFoundError at runtime
T: bundled app can't find a module that's imported dynamically
D: My PyInstaller one-file exe starts then crashes because a plugin module imported via importlib isn't bundled.
L: ModuleNotFoundError: No module named 'app.plugins.csv_export'\n[PYI-18204:ERROR] Failed to execute script 'main' due to unhandled exception!
S: pyinstaller --onefile main.py
S: Run dist/main.exe
E: App runs.
A: ModuleNotFoundError.
V: pyinstaller=6.8
~~~
T: RAG chatbot retrieves irrelevant chunks from Chroma after re-indexing
T: retriever returns unrelated documents after switching embedding model
D: I switched the embedding model in my small LangChain RAG app but kept the existing Chroma persist directory. Now the answers cite unrelated docs.
L: retrieved: ['holiday_policy.md#3', 'holiday_policy.md#7', 'vpn_setup.md#1'] for query "how do I reset my password"
S: Change embedding model in config
S: Restart the app with the same persist_directory
E: Relevant chunks.
A: Unrelated chunks.
V: langchain=0.2
V: chromadb=0.5
~~~
T: OpenAI API script crashes with 429 Too Many Requests
T: batch summarization script hits rate limits and dies
D: My script summarizes 2,000 support tickets by calling the chat completions API in a loop. After about 100 requests it crashes with a 429. What's the right retry/backoff pattern?
L: openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for requests', 'type': 'requests', 'code': 'rate_limit_exceeded'}}
S: python summarize.py tickets.csv
E: All tickets processed.
A: Crash at ~100.
V: openai=1.35
~~~
T: Training a tiny CNN on CIFAR-10 is slower on my GPU than on CPU
O: Windows 11 Pro 23H2
O: Ubuntu 22.04 LTS
O: Fedora 40
T: single-GPU training slower than CPU for small model
D: Homework: small CNN on CIFAR-10 in PyTorch. On my RTX 3070 one epoch takes 90 s; on CPU 70 s. GPU utilization stays under 10%.
L: epoch 1 | 90.4s | train acc 0.41 | gpu util 7%
S: DataLoader with num_workers=0 and transforms on PIL images
S: Train for one epoch on cuda
E: GPU is faster.
A: GPU slower.
V: torch=2.3
V: GPU=RTX 3070 (one card)
~~~
T: DataLoader hangs on Windows with num_workers > 0
O: Windows 11 Pro 23H2
O: Windows 10 Home
T: training script freezes at the first batch in Windows
D: My PyTorch script hangs forever when num_workers=2 on Windows. On Linux it's fine. I don't have an if __name__ == "__main__" guard.
L: (no output after) Epoch 1/10
S: python train.py on Windows
E: Training starts.
A: Hang.
V: torch=2.3.1
"""


GEN_LOGPASTES = r"""
getting `ModuleNotFoundError: No module named 'sklearn'` even though pip says scikit-learn is installed. using a jupyter notebook in vscode. what's going on?
`ValueError: Input contains NaN, infinity or a value too large for dtype('float64')` when calling fit on my RandomForest. how do I find which column is the problem?
My notebook prints `RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!` on the loss line. single GPU, simple MLP. fix?
`RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x2048 and 512x10)` in my first CNN. I think the flatten size is wrong, how do I compute it?
keras says `ValueError: Shapes (None, 1) and (None, 10) are incompatible`. it's MNIST, softmax output with 10 units. what loss should I use?
`ERROR: Could not build wheels for tokenizers, which is required to install pyproject.toml-based projects` on my M1 with python 3.13. workaround?
HF Trainer shows `You should probably TRAIN this model on a down-stream task` warning when loading a classifier. Is something wrong with my setup?
pandas: `SettingWithCopyWarning: A value is trying to be set on a copy of a slice from a DataFrame`. I'm just adding a column. how to fix properly?
`OSError: [Errno 24] Too many open files` when my Flask app runs for a few hours. how to find what's leaking?
`npm ERR! gyp ERR! stack Error: not found: make` installing a node package on a fresh Ubuntu server. what do I install?
`fatal: refusing to merge unrelated histories` when pulling my GitHub repo after creating it with a README. safe to use --allow-unrelated-histories?
`ImportError: libGL.so.1: cannot open shared object file` when importing cv2 in a Docker container. which apt package?
On a single GPU `nvidia-smi` shows 23 GB used but my notebook has nothing running. how do I free GPU memory in Jupyter without restarting?
`CUDA error: device-side assert triggered` training a small text classifier. I heard it's usually labels out of range?
`sqlite3.OperationalError: database is locked` in my small Django site under light load. should I move to Postgres?
`TypeError: Object of type datetime is not JSON serializable` returning a dict from my FastAPI route. cleanest fix?
`E: Unable to locate package python3.12-venv` on Debian 11. how do I get a newer Python there?
`Segmentation fault (core dumped)` when importing both torch and opencv in the same script on my laptop. order matters?
`redis.exceptions.ConnectionError: Error 111 connecting to localhost:6379. Connection refused.` from my Celery worker in docker. same compose file.
Got `403 rate limit exceeded` from the GitHub API in my little CLI tool that lists repos. do I need a token?
`LightGBMError: Do not support special JSON characters in feature name.` on a Kaggle dataset. rename columns?
xgboost prints `WARNING: Falling back to prediction using DMatrix due to mismatched devices` after I trained on GPU. does it matter for accuracy?
my LoRA fine-tune on a 4090 prints `trainable params: 4,194,304 || all params: 6,742,609,920 || trainable%: 0.062`. is that normal or did I configure target_modules wrong?
wandb says `wandb: WARNING Step must only increase in log calls` in my training loop. how do I log eval metrics properly?
"""

GEN_EVERYDAY_ML = r"""
How do I build a scikit-learn Pipeline that imputes missing values, one-hot encodes categoricals and scales numeric columns before a logistic regression?
What's the difference between GridSearchCV and RandomizedSearchCV, and when is each worth it on a laptop?
My random forest gets 99% train accuracy and 71% test. What are the usual fixes for overfitting in tree ensembles?
How should I split a time-series dataset for validation so I don't leak the future into training?
I have 300 labeled images per class. Should I train a small CNN from scratch or fine-tune a pretrained ResNet?
How do I fine-tune a small sentence-transformers model on my own pairs of similar questions on one GPU?
Can I run LoRA fine-tuning of a 7B model on a MacBook with 32 GB of unified memory? What library would you use?
QLoRA vs LoRA for fine-tuning a 13B model on one RTX 4090 — which one and what batch size should I expect?
What learning rate should I use to fine-tune distilbert for a 3-class sentiment dataset with 10k examples?
Kaggle tips: how do people usually stack gradient boosting models in tabular competitions without overfitting the leaderboard?
How do I use target encoding for high-cardinality categorical features without leakage?
What metric should I use for an imbalanced fraud-detection dataset where positives are 0.5%? Accuracy looks great but the model is useless.
Explain precision, recall and F1 with a concrete spam-filter example.
When should I look at ROC-AUC vs PR-AUC?
How do I calibrate the probabilities from my gradient boosted classifier?
what's a good baseline for a text classification task before trying transformers? tf-idf + logistic regression?
How do I call the OpenAI API from Python to classify customer emails into 5 categories, and how do I make the output reliably JSON?
Write a prompt that makes an LLM extract invoice number, date and total from messy OCR text.
What are good prompt engineering techniques for getting consistent tone from a chatbot? few-shot, system prompts, something else?
How does retrieval-augmented generation work? I want to build a Q&A bot over our company wiki with a vector database.
Which vector database should I use for a small RAG project with 50k documents: pgvector, Chroma, Qdrant or FAISS?
How big should my chunks be for RAG over PDF manuals, and should they overlap?
How do I evaluate a RAG system? We have no labeled data yet.
My embeddings search returns near-duplicates at the top. How do I add MMR or dedupe results?
How do I serve a fine-tuned small model with FastAPI and keep latency under 100 ms on CPU?
Export a PyTorch model to ONNX for inference in a C# app — what are the gotchas?
How do I use early stopping with XGBoost and still do cross-validation?
Explain SHAP values to a product manager who wants to know why the churn model flagged a customer.
How many epochs should I train a small image classifier for? Validation loss goes up after epoch 6.
I'm training a U-Net on 200 medical-style segmentation images on Colab. What augmentations help the most?
data augmentation ideas for audio classification with only 2 hours of recordings?
How do I fine-tune Whisper small on my own accent data with one GPU?
How do I do hyperparameter tuning with Optuna for a LightGBM model?
Is it okay to normalize the whole dataset before the train/test split?
My confusion matrix shows class 3 is always predicted as class 5. What should I look at?
How do I run a 4-bit quantized Llama-style model locally for a personal assistant on a 12 GB GPU?
ollama vs llama.cpp vs LM Studio for running a local chat model on a laptop?
I want to classify support tickets with an LLM. Is fine-tuning a small model cheaper than calling an API for 20k tickets a month?
How do I use function calling / tool use with an LLM API to let it query my weather endpoint?
What's a good way to keep chat history short when building a chatbot on top of an API with a context limit?
how to make my flask app stream tokens from the llm api to the browser
Explain k-fold cross-validation and why stratified is better for classification.
My sklearn KMeans gives different clusters every run. How do I make it reproducible and choose k?
How should I handle class imbalance: class weights, oversampling with SMOTE, or threshold tuning?
I fine-tuned a small GPT-2 on my song lyrics and it just repeats itself. Sampling settings?
How do I track experiments for a student project — MLflow or Weights & Biases?
Do I need a GPU for training a linear regression on 2 million rows?
Best way to deploy a small image classifier to a Raspberry Pi?
How do I fine-tune a YOLO model on my own dataset of 500 images of screws and bolts?
What's transfer learning and how do I freeze the backbone in Keras?
How can I speed up my PyTorch training loop on a single GPU? Mixed precision, pin_memory, bigger batch?
Should I use torch.compile for my small model or is it not worth it?
How do I load a Hugging Face dataset that's too big for my RAM?
What's the easiest way to label 2,000 images for an object detection project?
my model predicts the majority class for everything. what now
Does batch size affect accuracy or only speed when training on one GPU?
How do I write a custom Dataset class in PyTorch for images in folders plus a CSV of labels?
How do I evaluate an LLM summarizer for our meeting notes? ROUGE seems meaningless.
What is perplexity and can I use it to compare two small fine-tuned models with different tokenizers?
how do i choose between random forest and gradient boosting for a kaggle tabular comp
I have a laptop with an RTX 4060 8 GB. What's the biggest model I can realistically fine-tune with LoRA?
How do I merge LoRA adapters back into the base model for deployment?
How can I make my prompt for GPT-style models resistant to users asking it to ignore instructions in my customer support bot? General best practices.
How do embeddings work and why does cosine similarity make sense for comparing them?
Is it worth using a reranker in my RAG pipeline, and which small one runs on CPU?
Recommend a beginner project to learn machine learning that isn't the Titanic dataset.
How do I deal with missing values in a dataset for a decision tree vs for a neural net?
Should I one-hot encode or embed a categorical feature with 40 values in a small neural net?
How do I plot learning curves to see whether more data would help my model?
Convert my Keras model to TensorFlow Lite for an Android app?
Explain how gradient boosting builds trees sequentially, with a toy example.
How do I prevent data leakage when I do feature selection and cross-validation together?
What's the difference between model.eval() and torch.no_grad()?
My validation accuracy is higher than training accuracy. Is that a bug?
Is 0.82 AUC good for a credit-default model? How do I explain it to non-technical stakeholders?
How should I version my datasets and models for a small team's ML project?
How do I fine-tune a small T5 for summarizing product reviews on Colab's free GPU?
Using an LLM API, how do I batch requests to reduce cost for a nightly job?
prompt to turn messy meeting notes into action items with owners and dates?
What's the easiest way to build a chatbot over my own PDFs without writing much code?
How does Hugging Face's Trainer handle gradient accumulation, and when should I use it on one GPU?
How do I pick the number of trees and max depth for a random forest?
what's the difference between fine-tuning and few-shot prompting for my use case (classifying legal clauses)?
How do I run inference on a folder of images with a pretrained EfficientNet?
Can I train a small language model from scratch on my laptop for fun? Something like 10M parameters on TinyStories.
How do I fine-tune a small BERT on my company's 5,000 FAQ pairs for retrieval?
I use Google Colab Pro. How do I resume training after the session disconnects?
Write a Python function to compute mean average precision for a recommender system.
How do I detect data drift for a model in production with a few hundred predictions per day?
How do I fine-tune a small image captioning model on my own photos with one GPU?
How do I stop my text classifier from overfitting when I only have 800 examples?
Which sklearn model should I start with for predicting delivery times?
How do I turn a trained PyTorch model into a simple Gradio demo?
Is it fine to use the same LLM to generate and to grade answers in my little eval script?
How do I set max_tokens, temperature and top_p for a summarization call to an LLM API?
What's a good chunking strategy for code files in a RAG assistant for our repo?
How do I fine-tune an embedding model so our internal search understands product codes?
My LoRA fine-tune on Colab ends with a loss of 0.02 — is that overfitting on 500 examples?
How do I compute BLEU and chrF for a small translation model I fine-tuned?
What's the best way to do sentiment analysis on tweets in Spanish without training anything?
How do I use a pretrained model from Hugging Face to detect the language of short texts?
Explain how to do k-nearest-neighbors classification with scikit-learn and pick k.
My notebook trains a tiny transformer on character-level Shakespeare. Why does the loss plateau at 1.5?
How should I store and query 2 million embeddings on a single server?
What's a sensible A/B test setup to check whether my new recommendation model increases clicks?
"""

GEN_ML_INTRO = r"""
What is the difference between pretraining and fine-tuning a language model?
What is a transformer, in plain terms?
Why do transformers use layer normalization?
What does dropout do and why does it reduce overfitting?
Explain self-attention like I'm a first-year CS student.
What is the vanishing gradient problem and how do residual connections help?
What is the difference between a parameter and a hyperparameter?
Interview question: explain bias-variance tradeoff with an example.
What is backpropagation?
Why do we need activation functions? What happens with a purely linear network?
What is the difference between batch norm and layer norm?
What's an embedding layer?
Explain overfitting and three ways to prevent it.
What is gradient descent vs stochastic gradient descent vs mini-batch?
What does the Adam optimizer do differently from plain SGD?
What is a learning rate schedule and why do people use warmup?
Explain tokenization in NLP: words, subwords, characters.
What is positional encoding in a transformer and why is it needed?
What's the difference between an encoder-only, decoder-only and encoder-decoder model?
What is transfer learning?
What is a loss function? Give examples for regression and classification.
Explain cross-entropy loss intuitively.
What is regularization (L1 vs L2)?
What's the difference between supervised, unsupervised and self-supervised learning?
What is a convolution in a CNN and why is it good for images?
What does "temperature" mean when sampling from a language model?
Explain what a context window is for a chatbot.
What is the difference between precision and accuracy?
Interview: what is the softmax function and why do we subtract the max before exponentiating?
What does "parameters" mean when people say a model has 7 billion parameters?
What's the difference between a GPU and a CPU for deep learning, conceptually?
Why is data normalization important for neural networks?
What is a confusion matrix?
What are attention heads, and why have more than one?
What is the difference between training, validation and test sets?
What is early stopping?
Explain what an epoch, a batch and an iteration are.
What's the role of the [CLS] token in BERT?
What is a recurrent neural network and why did transformers replace them for most NLP?
Explain what "fine-tuning only the last layer" means.
What is knowledge of a model's "weights" — what is actually stored in a model file?
What is quantization of a model, in simple terms?
What's a hallucination in LLMs and why does it happen?
Entry-level ML interview: how would you explain gradient clipping?
What is a residual connection?
What is an autoencoder?
What's the difference between generative and discriminative models?
What is a GAN?
Explain the difference between L2 loss and L1 loss for regression with outliers.
What does model "inference" mean?
Intro course question: what is the curse of dimensionality?
Why do we shuffle the training data each epoch?
What is weight initialization and why does it matter?
What are logits?
What is a diffusion model, at a high level?
What's the difference between AI, ML and deep learning?
Why are GPUs good at matrix multiplication?
"""


GEN_SYSDESIGN = r"""
Design a URL shortener that handles 10k writes and 1M reads per second. Walk through storage, ID generation and caching.
System design interview: design a rate limiter for a public API. Token bucket vs sliding window?
How would you design a news feed for a social app with 50M daily users? Fan-out on write or on read?
Design a chat service like a team messenger: delivery guarantees, presence, message ordering.
How do you scale a web service from one server to a hundred? What breaks first?
Explain database sharding strategies: range, hash, directory. How do you reshard without downtime?
When should I use read replicas vs a cache like Redis in front of Postgres?
Explain cache invalidation strategies: write-through, write-back, cache-aside, TTLs.
What is the thundering herd problem with caches and how do you prevent it?
Design a job queue system that guarantees at-least-once processing. How do you make consumers idempotent?
Explain the CAP theorem with a concrete example of a system choosing AP and one choosing CP.
What's the difference between strong consistency, eventual consistency and read-your-writes?
How would you design a distributed unique ID generator like Snowflake?
Design an e-commerce checkout so that inventory is never oversold.
How do you design a notification service that sends email, SMS and push at scale?
How does a load balancer decide where to send requests? Round robin, least connections, consistent hashing.
Explain consistent hashing and why it helps when adding cache nodes.
Design a file storage service like a personal cloud drive: chunking, dedup, sync conflicts.
How would you design the backend for a ride-sharing app's driver matching?
SQL vs NoSQL for a product catalog with flexible attributes — how would you decide in an interview?
How do you do zero-downtime database migrations on a busy service?
Design a leaderboard for a mobile game with 10M players that updates in real time.
What is a CDN and when does it help a web application?
How do you design an API for pagination over a large, frequently changing dataset? Offset vs cursor.
Explain the outbox pattern for publishing events reliably from a service.
How would you design a metrics and logging pipeline for 500 microservices?
Design a typeahead / autocomplete service for a search box.
How do you handle hot keys in a distributed cache?
What is backpressure and how do you implement it in a streaming service?
Design a web crawler that politely crawls a billion pages. (classic system design question)
How would you build a multi-region active-active web application? What about conflicting writes?
Explain circuit breakers and retries with exponential backoff and jitter.
What is the difference between horizontal and vertical scaling, with pros and cons?
Design a payment system that never charges a customer twice.
How do you estimate QPS, storage and bandwidth in a system design interview? Walk me through an example.
Design a collaborative document editor. OT vs CRDTs?
How would you design a video streaming platform's upload and transcoding pipeline?
What's the difference between a message queue and an event log?
Design Twitter search. How do you index tweets in near real time?
How do you design for idempotency in a REST API that creates orders?
When do you choose gRPC over REST for internal services?
Explain database indexing: B-trees vs LSM trees and the write/read trade-offs.
How would you design a ticketing system for a concert where 2M people try to buy 50k tickets at the same second?
senior backend interview: how would you design a feature flag service?
Explain the saga pattern for transactions across microservices.
Design an ad click aggregation system that counts clicks per ad per minute with exactly-once semantics.
How do you scale WebSocket connections to millions of clients?
Design a hotel reservation system. How do you avoid double booking?
what are the tradeoffs of a monolith vs microservices for a 6-person startup?
How would you design a distributed cron scheduler?
"""

GEN_DISTSYS = r"""
How does the Raft consensus algorithm elect a leader, and what happens during a network partition?
Explain Paxos in simple terms. Why is it considered hard to understand?
Raft vs Paxos: which one would you implement for a class project and why?
What is a Kafka partition and how does it relate to consumer group parallelism?
How does Kafka guarantee ordering, and what happens to ordering when I add partitions?
Kafka consumer lag keeps growing on one partition. How do I diagnose it?
Exactly-once semantics in Kafka: what do idempotent producers and transactions actually guarantee?
How does ZooKeeper differ from etcd, and why did Kafka move away from ZooKeeper?
What are vector clocks and how do they detect concurrent updates?
Explain Lamport timestamps with an example.
What is the two-phase commit protocol and why can it block?
How do CRDTs allow replicas to converge without coordination?
Explain quorum reads and writes (R + W > N) in Dynamo-style databases.
What is gossip protocol and how does Cassandra use it?
What's the difference between linearizability and serializability?
How do distributed databases like Spanner use clocks (TrueTime) for consistency?
What is split brain and how do systems prevent it?
Explain leader leases and why clock skew matters for them.
How does a distributed lock with Redis (Redlock) work, and what are the criticisms of it?
microservices: how should services discover each other? DNS, Consul, service mesh?
What is a service mesh and do I need one for 10 services?
Explain the Byzantine generals problem and where BFT consensus is used.
How does MapReduce work, with word count as the example?
Spark vs Flink for streaming analytics — differences in processing model?
How does HDFS handle a datanode failure?
What does "exactly once" processing really mean in stream processing?
How does RabbitMQ differ from Kafka in delivery semantics?
Distributed systems course: prove that consensus is impossible in a fully asynchronous system with one crash failure (FLP) — intuition only.
Explain the difference between synchronous and asynchronous replication in Postgres.
What is a heartbeat and how do you choose failure-detection timeouts?
How does etcd handle a slow follower?
What causes a Kubernetes control plane to lose quorum and how do you recover?
How do you implement a distributed rate limiter across multiple API servers?
Explain the CAP theorem and PACELC.
In Raft, why must a leader only commit entries from its own term by counting replicas?
How do chain replication and primary-backup replication differ?
What's the role of a write-ahead log in a database?
What are the fallacies of distributed computing?
How do I make an event-driven microservice architecture debuggable? Distributed tracing?
Compare Kafka Streams with a plain consumer + database for aggregations.
How does Cassandra's tunable consistency work?
What's the difference between at-most-once, at-least-once and exactly-once delivery?
How do you handle schema evolution for events in Kafka? Avro + schema registry?
Why do distributed systems use idempotency keys?
What is a merkle tree and how is it used in anti-entropy repair?
MPI tutorial question for my parallel computing class: what's the difference between MPI_Reduce and MPI_Allreduce in a simple numerical integration program?
My OpenMP loop is slower with 8 threads than with 1. False sharing?
For our HPC course weather simulation, how do we decompose a 2D grid across MPI ranks and exchange halo cells?
"""

GEN_HARDWARE = r"""
I'm building a gaming PC for about $1,500. Which CPU and GPU combination gives the best 1440p performance?
Is a Ryzen 7 or an Intel i7 better for video editing in Premiere Pro?
CPU vs GPU rendering in Blender: which matters more for my workstation build?
Does RAM speed matter for gaming? DDR5-6000 vs DDR5-4800.
How do I safely overclock my RAM with XMP/EXPO, and how do I test stability?
My GPU runs at 85°C while gaming. Is that dangerous?
Should I upgrade my GPU or my CPU first for better frame rates in CPU-heavy games?
What power supply wattage do I need for an RTX 4080 and a Ryzen 9?
Is 16 GB of RAM enough for photo editing and some light video editing?
NVMe vs SATA SSD: will I notice the difference for gaming load times?
How do I know if my CPU is bottlenecking my graphics card?
Air cooler vs AIO liquid cooler for a 13th-gen i9?
My PC randomly restarts under load. PSU or overheating? How do I troubleshoot?
How many PCIe lanes do I need for two NVMe drives and a GPU on a consumer motherboard?
Shopping for a graphics card: what's the difference between HBM and GDDR6X memory for a gamer, in simple terms?
Why do GPUs have thousands of cores while CPUs have only a few dozen?
Mac Studio or a Windows PC with an RTX 4090 for 4K video editing in DaVinci Resolve?
Should I buy a used RTX 3090 for local Stable Diffusion and gaming?
How do I update my motherboard BIOS safely?
Does undervolting my laptop GPU reduce performance?
Which laptop would you recommend for a CS student who wants to do some ML coursework and gaming?
What does "thermal throttling" mean on a laptop, and how do I stop it?
Building a home server for Plex and backups — which CPU has good iGPU transcoding?
Is ECC RAM worth it for a home NAS?
How do I choose a monitor for both gaming (high refresh) and color-accurate photo work?
What is resizable BAR and should I enable it?
How do I check if my GPU is seated correctly? It's running at PCIe x4.
Explain CPU cache levels (L1, L2, L3) for a computer architecture class.
What is pipelining in a CPU and what are pipeline hazards? (computer organization homework)
What does branch prediction do in a modern processor?
How does out-of-order execution work?
Computer architecture homework: explain Amdahl's law with an example of a program that is 90% parallelizable.
What's the difference between RISC and CISC?
Explain SIMD instructions like AVX2 and when a compiler auto-vectorizes.
Verilog homework: design a 4-bit ripple-carry adder and explain the critical path.
How does a cache coherence protocol like MESI work?
What are the main differences between DDR4 and DDR5?
Digital design class: what is setup and hold time, and what happens on a violation?
How do FPGAs differ from ASICs for a hobby project like a retro game console?
What's a good first FPGA board for learning Verilog?
Is the Apple M3 neural engine useful for anything I'd do as a regular user?
How do I pick a UPS for my home desktop?
How many monitors can a typical midrange GPU drive?
My new build posts but shows no display. Checklist?
Why is my laptop's battery draining fast when the discrete GPU is active?
What is a chiplet design in consumer CPUs like Ryzen, and does it affect gaming?
How do CPU benchmarks like Cinebench relate to real-world performance?
Best budget GPU for 1080p esports titles?
Explain the memory wall in computer architecture in a few sentences.
Is it worth water-cooling a GPU for quieter operation?
Which GPU should I buy for learning deep learning at home, used 3090 or new 4070 Ti Super?
Can my laptop's integrated graphics run small PyTorch models for a university course?
How do I install CUDA and cuDNN on Windows for TensorFlow? The version matrix confuses me.
Is Google Colab free tier enough for a master's thesis that fine-tunes a small vision model?
Explain what "CUDA cores" and "Tensor cores" mean on a consumer graphics card spec sheet.
Does PCIe 4.0 vs 5.0 matter for a single GPU in a gaming/ML hobby PC?
How do I set up a Python environment for data science on a new Mac (conda vs uv vs pyenv)?
What's the difference between Jupyter Notebook, JupyterLab and VS Code notebooks?
"""

GEN_MCQ = r"""
## machine learning
Which technique randomly sets a fraction of activations to zero during training to reduce overfitting? | dropout | batch normalization | early stopping | weight decay
Which metric is most appropriate for a highly imbalanced binary classification problem? | PR-AUC | accuracy | mean squared error | R-squared
In k-fold cross-validation with k = 5, how many times is the model trained? | 5 | 1 | 4 | 10
What is the purpose of a validation set? | to tune hyperparameters and select models | to train the final weights | to replace the test set | to increase dataset size
Which of these is an unsupervised learning algorithm? | k-means | logistic regression | random forest classifier | linear regression
LoRA fine-tuning reduces the number of trainable parameters by | learning low-rank update matrices | pruning half the layers | freezing only the embeddings | quantizing gradients
A model performs well on training data but poorly on unseen data. This is | overfitting | underfitting | regularization | convergence
Which activation function outputs values between 0 and 1? | sigmoid | ReLU | tanh | leaky ReLU
## computer systems
Which cache write policy updates main memory only when a modified line is evicted? | write-back | write-through | write-around | no-write-allocate
According to Amdahl's law, if 80% of a program is parallelizable, the maximum speedup with infinite processors is | 5x | 8x | 80x | unlimited
Which component of a CPU predicts the outcome of conditional jumps? | branch predictor | ALU | TLB | memory controller
In the MESI protocol, the "E" state means the cache line is | exclusive and clean | modified | shared with other caches | invalid
## distributed systems
In Raft, what does a follower do if it receives no heartbeat within the election timeout? | becomes a candidate and starts an election | shuts down | becomes the leader immediately | deletes its log
The CAP theorem states that during a network partition a system must choose between | consistency and availability | latency and throughput | durability and speed | security and usability
In a Dynamo-style store with N = 3 replicas, which setting guarantees read-your-writes via quorum overlap? | R = 2, W = 2 | R = 1, W = 1 | R = 1, W = 2 | R = 0, W = 3
In Kafka, the unit of parallelism within a topic is the | partition | broker | offset | producer
Two-phase commit can block when | the coordinator fails after participants vote yes | all participants vote no | the network is fast | there is only one participant
## web development
Which HTTP status code indicates that the client is sending too many requests? | 429 | 404 | 500 | 301
Which caching strategy loads data into the cache only when it is requested and missing? | cache-aside | write-through | write-behind | refresh-ahead
Consistent hashing is mainly used to | minimize key remapping when nodes are added or removed | encrypt keys | compress cached values | sort keys alphabetically
"""


# ---------------------------------------------------------------------------------------------
# composed situations: hand-written openers x situations x asks
# ---------------------------------------------------------------------------------------------

FM_OPENERS = lines(r"""
I'm on the pretraining infra team at a mid-size lab.
We're a startup training our first 30B base model from scratch.
My PhD group just got an allocation of 512 H100s for a foundation-model project.
I run the training cluster for a company building its own frontier LLM.
Context: 2k-GPU pretraining job, dense 70B, 15T tokens planned.
Our team is planning a 400B MoE pretraining run next quarter.
I maintain the distributed training stack (FSDP + our own tensor parallel code).
quick context - national lab, 1000+ GPUs, training a science LLM from scratch.
I'm the on-call engineer for our large-scale training runs this week.
We're writing the design doc for the next-generation training cluster.
""")

FM_SITUATIONS = lines(r"""
our MFU is stuck at 32% and the profiler shows exposed all-gathers in every layer
the job loses about 6% of its time to restarts after hardware failures
we need to switch from TP=8/PP=8 to TP=4/PP=16 without losing optimizer state
the cross-node all-reduce bandwidth is half of what nccl-tests showed on an empty cluster
MoE token dropping exceeds 20% in the deeper layers after 100B tokens
we see a loss spike every few days that Adam epsilon tuning did not fix
FP8 training is 1.4x faster but ends 0.04 nats worse than bf16 at 1T tokens
checkpoint saves block training for 90 seconds each time
the pretraining data loader stalls whenever object storage throttles us
we must pick a tokenizer vocab size for a 40-language pretraining corpus
we're trying to decide whether a 2:1 oversubscribed spine is acceptable for the new cluster
the pipeline bubble eats 18% of step time at our current microbatch count
we want to extend context from 8k to 128k during continued pretraining
our near-duplicate removal over the crawl is taking three weeks per snapshot
the scaling-law fits from our small proxies disagree on the optimal model size
the expert-parallel all-to-all dominates step time on the MoE model
a few ranks are consistently 10% slower and the whole job waits for them
activation memory at 32k context forces a microbatch of 1 and a big bubble
the global batch of 16M tokens looks past the critical batch size according to our gradient noise estimates
we are choosing between buying more HBM per chip and more chips for the next training cluster
""")

FM_ASKS = lines(r"""
What would you try first, and why?
How do comparable large training runs usually handle this?
Give me a prioritized list of things to check.
What are the trade-offs of the usual fixes?
Can you sketch a plan we could put in a design doc?
What numbers should I collect before deciding?
Is there a rule of thumb here, or do we need to run ablations?
Explain the mechanism so I can brief the team.
""")

GEN_OPENERS = lines(r"""
I'm a data analyst learning ML on the side.
Student here, working on a class project.
I'm the only developer at a small e-commerce shop.
Hobbyist with one RTX 3080 at home.
Our team of three is shipping a small AI feature in our app.
I'm a backend dev who got asked to "add some ML" to our product.
Kaggle beginner here.
Grad student in economics, not CS.
I teach high-school CS and want to prepare a lesson.
Working on a side project on weekends.
""")

GEN_SITUATIONS = lines(r"""
my churn model is great on validation but bad on next month's customers
I want a chatbot that answers questions about our return policy using our docs
my image classifier confuses cats and foxes way too often
training a small CNN takes forever on my laptop
I need to classify 10k product reviews as positive, negative or neutral
I fine-tuned a small model with LoRA on one GPU and it forgot how to follow instructions
my Jupyter kernel keeps crashing when I load the dataset
I'm calling an LLM API and the answers are inconsistent from run to run
my XGBoost model's feature importances look weird and my manager asks why
I want to predict house prices with about 2,000 rows of data
our recommender just suggests the most popular items to everyone
my RAG bot answers with confident nonsense when the docs don't cover the question
I need to deploy a scikit-learn model behind an API cheaply
the OCR-ed invoices need to be turned into structured JSON
I'm not sure whether to use a notebook or scripts for my ML project
my web app's database gets slow whenever the traffic spikes
our Docker images take 15 minutes to build in CI
our single Postgres server is at 90% CPU during business hours
I want to build my first PC for gaming and some coding
my Kafka consumers keep rebalancing and processing stalls
""")

GEN_ASKS = lines(r"""
What would you try first?
Where do I even start?
Can you give me a step-by-step plan?
What's the simplest thing that could work?
What are common beginner mistakes here?
Explain it so I can tell my boss.
Any library or tool recommendations?
Is this a data problem or a model problem?
""")


def situations(
    rng: random.Random,
    openers: list[str],
    sits: list[str],
    asks: list[str],
    n: int,
    label: str,
    kind: str,
) -> list[Item]:
    """Each situation used at most a few times, each time with a different opener and ask."""
    out: list[Item] = []
    per = max(1, -(-n // len(sits)))
    for s in sits:
        ops = rng.sample(openers, per)
        aks = rng.sample(asks, per)
        for op, ask in zip(ops, aks, strict=True):
            style = rng.randrange(4)
            if style == 0:
                txt = f"{op} {s[0].upper() + s[1:]}. {ask}"
            elif style == 1:
                txt = f"{op}\n\nProblem: {s}.\n\n{ask}"
            elif style == 2:
                txt = f"{s[0].upper() + s[1:]}. ({op.rstrip('.')}.) {ask}"
            else:
                txt = f"{op.lower()} {s}. {ask.lower()}"
            out.append(item(txt, label, kind))
    rng.shuffle(out)
    return out[:n]


# ---------------------------------------------------------------------------------------------
# multi-turn conversations (only user turns are read by the classifier)
# ---------------------------------------------------------------------------------------------


FM_CONVOS = r"""
U: what's the bubble fraction for a 1F1B pipeline again?
A: For p stages and m microbatches it is (p - 1) / (m + p - 1) of the step.
U: ok and with p=16, m=64 on our 70B run, would interleaving with v=2 be worth the extra p2p traffic given 400G IB between nodes?
~~~
U: I'm sizing a training cluster. How much HBM do we need per GPU for a 180B dense model?
A: It depends on the parallelism layout and sharding; can you share TP/PP/DP and whether optimizer states are sharded?
U: TP 8, PP 6, ZeRO-1 over DP 64, 8k sequence length, selective recompute. Estimate per-GPU memory for weights, grads, Adam states and activations.
~~~
U: Our nccl all-reduce at 128 nodes is stuck around 180 GB/s busbw.
A: What fabric and NICs are you on, and what does a single-node run show?
U: NDR IB, 8 CX7 per node, rail-optimized. Single node 450. Two nodes 360. It degrades from 16 nodes on. NCCL_ALGO=Tree makes it worse. What should I look at in the switch counters and NCCL settings?
~~~
U: explain weight stationary dataflow
A: Each processing element keeps one weight resident while activations stream through and partial sums flow to the next PE.
U: right. for our accelerator we have a 256x256 array and 64 MB SRAM. for a decode step with batch 4 is weight stationary a terrible choice? compare with output stationary for that shape.
~~~
U: I keep seeing "Chinchilla-optimal" in papers.
A: It refers to the compute-optimal balance between model size and training tokens from that scaling study, roughly 20 tokens per parameter.
U: We have 3e24 FLOPs. We want a model that's cheap at inference. How far past compute-optimal should we train and how do we estimate the loss penalty from our fitted L(N, D)?
~~~
U: Is ZeRO-3 or FSDP better?
A: They shard the same things; the differences are mostly in API, prefetching and integration.
U: For a 70B pretraining run on 1024 H100s, which gives better overlap of all-gather with compute, and how do hybrid-shard variants change inter-node traffic?
~~~
U: we hit NaNs with fp8 after warmup
A: Are you using delayed scaling, and how long is the amax history?
U: delayed, history 1024, E4M3 fwd / E5M2 bwd, transformer-engine style recipe, 30B model on 2048 GPUs. does a shorter history help or should we switch to current scaling for the first layers?
~~~
U: Can you help me plan data dedup?
A: Sure: exact dedup first (hashing normalized documents), then near-dup with MinHash LSH, then possibly semantic dedup.
U: It's 90B documents from 40 crawl snapshots for a pretraining corpus. How do we shard the LSH buckets across 300 CPU nodes and handle the giant buckets from boilerplate pages?
"""

GEN_CONVOS = r"""
U: what's the difference between fine-tuning and pretraining?
A: Pretraining learns general patterns from a large unlabeled corpus; fine-tuning adapts that model to a narrower task with a smaller dataset.
U: cool. so for my class project (classifying movie reviews) I should just fine-tune a small pretrained model on Colab, right? which one?
~~~
U: My PyTorch training loop is really slow.
A: Can you share your DataLoader settings and how you move data to the GPU?
U: num_workers=0, batch 16, one RTX 3060. I load images with PIL in __getitem__. The model is a ResNet-18.
~~~
U: How do I get started with RAG?
A: Embed your documents into a vector store, retrieve the most similar chunks for each question, and pass them to the LLM as context.
U: ok, I have 300 PDFs of HR policies. which chunk size and which embedding model for a small company with no GPU?
~~~
U: design a rate limiter
A: A common approach is a token bucket per client stored in Redis, refilled at a fixed rate.
U: what if we have 20 API servers in 3 regions? how do we keep the counts consistent without adding a lot of latency?
~~~
U: My Kafka consumer group keeps rebalancing.
A: Rebalances often happen when a consumer misses heartbeats or exceeds max.poll.interval.ms while processing.
U: processing each batch takes ~6 min because we call a slow API. what settings should I change, or should I restructure?
~~~
U: Which GPU for a gaming + light ML hobby PC?
A: What's your budget and what resolution do you game at?
U: about $900 for the GPU, 1440p. I'd also like to try LoRA on small models and Stable Diffusion.
~~~
U: jupyter keeps saying kernel died
A: That's usually running out of RAM. How big is the data and how much memory does the machine have?
U: 8GB csv, 16GB laptop. can I process it in chunks with pandas or should I use something else?
~~~
U: explain dropout
A: During training, dropout randomly zeros a fraction of activations so the network can't rely on any single unit.
U: and why is it turned off at inference? also do transformers still use it?
"""


# ---------------------------------------------------------------------------------------------
# multiple choice rendering
# ---------------------------------------------------------------------------------------------


def mcq_rows(block: str, default_subject: str) -> list[tuple[str, str]]:
    subject = default_subject
    rows: list[tuple[str, str]] = []
    for ln in lines(block):
        if ln.startswith("## "):
            subject = ln[3:].strip()
        else:
            rows.append((subject, ln))
    return rows


def render_mcq(rng: random.Random, subject: str, row: str) -> str:
    parts = [p.strip() for p in row.split(" | ")]
    question, correct, wrong = parts[0], parts[1], parts[2:]
    opts = [correct, *wrong]
    rng.shuffle(opts)
    style = rng.randrange(7)
    if style == 0:
        body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
        return f"{question}\n{body}\nAnswer:"
    if style == 1:
        body = "\n".join(f"({'abcd'[i]}) {o}" for i, o in enumerate(opts))
        return f"[{subject}] {question}\n{body}"
    if style == 2:
        body = " ".join(f"{'ABCD'[i]}) {o}" for i, o in enumerate(opts))
        return f"{question} {body} -- which one?"
    if style == 3:
        body = "\n".join(f"{'ABCD'[i]}: {o}" for i, o in enumerate(opts))
        return f"Input: {question}\nOptions:\n{body}\nOutput:"
    if style == 4:
        body = "\n".join(f"- {o}" for o in opts)
        return f"{subject} quiz. {question}\n{body}\nExplain your choice."
    if style == 5:
        body = "\n".join(f"{i + 1}) {o}" for i, o in enumerate(opts))
        return f"Question {rng.randrange(1, 40)}.\n{question}\n{body}"
    body = "\n".join(f"{'ABCD'[i]}. {o}" for i, o in enumerate(opts))
    return f"Practice exam ({subject}):\n\n{question}\n\n{body}\n\nGive only the letter."


def mcqs(rng: random.Random, block: str, subject: str, label: str) -> list[Item]:
    return [item(render_mcq(rng, s, r), label, "quiz-mcq") for s, r in mcq_rows(block, subject)]


# ---------------------------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------------------------


def frontier_items(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    out += issues(rng, FM_ISSUES, 5, fm_env, FM_TAGS, FM, "issue-report")
    out += hand(rng, FM_LOGPASTES, FM, "log-question")
    out += hand(rng, FM_EXERCISES, FM, "interview-exercise")
    out += mcqs(rng, FM_MCQ, "distributed training", FM)
    out += numeric_exercises(rng)
    out += hand(rng, FM_ACCEL, FM, "accelerator-design")
    out += mcqs(rng, FM_ACCEL_MCQ, "computer architecture for ML", FM)
    out += accel_numeric(rng)
    out += situations(rng, FM_OPENERS, FM_SITUATIONS, FM_ASKS, 80, FM, "situation")
    out += convo_items(FM_CONVOS, FM, "multi-turn")
    return out


def general_items(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    out += issues(rng, GEN_ISSUES, 5, gen_env, GEN_TAGS, GEN, "hardneg:software-issue")
    out += hand(rng, GEN_LOGPASTES, GEN, "hardneg:log-question")
    out += hand(rng, GEN_EVERYDAY_ML, GEN, "hardneg:everyday-ml")
    out += hand(rng, GEN_ML_INTRO, GEN, "hardneg:ml-intro")
    out += hand(rng, GEN_SYSDESIGN, GEN, "hardneg:system-design")
    out += hand(rng, GEN_DISTSYS, GEN, "hardneg:distributed-systems")
    out += hand(rng, GEN_HARDWARE, GEN, "hardneg:hardware")
    out += mcqs(rng, GEN_MCQ, "computer science", GEN)
    out += situations(rng, GEN_OPENERS, GEN_SITUATIONS, GEN_ASKS, 80, GEN, "hardneg:situation")
    out += convo_items(GEN_CONVOS, GEN, "multi-turn")
    return out


def _no_template_braces(it: Item) -> bool:
    """A text holding both braces must be a dict/JSON literal, not an unfilled template."""
    if "text" not in it:
        return True
    text = it["text"]
    return "{" not in text or "}" not in text or "{'" in text or '{"' in text


def main() -> None:
    rng = random.Random(SEED)
    items = frontier_items(rng) + general_items(rng)
    items = dedupe(items, existing_keys(HERE, [OUT], user_only=True), user_only=True)
    validate(items, _no_template_braces)
    write_jsonl(OUT, items)
    print_counts(OUT.name, items, kind_width=34)


if __name__ == "__main__":
    main()
