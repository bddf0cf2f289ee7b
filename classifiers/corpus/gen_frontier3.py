"""Generate frontier3.jsonl: a third batch of `frontier_ml` items and same-vocabulary `general` negatives.

frontier_ml: interview questions for ML-infrastructure / LLM-training roles, numeric textbook
exercises (ZeRO memory, pipeline bubbles, all-reduce cost, MFU, compute budgets), issue-tracker
and forum posts against large-scale training stacks, accelerator / chip design, and web-scale
pretraining data pipelines. general: ordinary system-design interviews, everyday ML interview and
coursework questions, single-GPU / laptop training bugs, LLM API usage, small-model MLOps, pandas,
GPU buying advice, general parallel programming and computer-architecture coursework.
Deterministic (seeded RNG); deduplicated against every other *.jsonl in this folder.

Run: .venv/bin/python classifiers/corpus/gen_frontier3.py
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
    validate,
    write_jsonl,
)

SEED = 20251219
HERE = Path(__file__).resolve().parent
OUT = HERE / "frontier3.jsonl"
FM = "frontier_ml"
GEN = "general"


# ---------------------------------------------------------------------------------------------
# light register variation for short hand-written items
# ---------------------------------------------------------------------------------------------

PREFIXES = lines(r"""
Quick question:
For my interview prep:
Q.
hi all,
So
Practice problem:
Got asked this in a phone screen:
Studying for an onsite -
Can someone sanity check me?
Short answer please:
Need help:
""")

SUFFIXES = lines(r"""
Thanks in advance.
ty
Keep it brief.
Show the math please.
Ballpark is fine.
No code needed.
A table would help.
What would a strong candidate say?
""")


REGISTER = Register(PREFIXES, SUFFIXES, lower=0.10, prefix=0.20, suffix=0.28, typo=0.07)
hand = REGISTER.items


def long(block: str, label: str, kind: str) -> list[Item]:
    return [item(c, label, kind) for c in chunks(block)]


# =============================================================================================
# frontier_ml
# =============================================================================================

FM_INTERVIEW = r"""
How would you shard a 70B-parameter dense transformer across 512 H100s for pretraining? Walk me through your choice of TP, PP and DP degrees.
Explain why tensor parallelism is usually kept inside a single NVLink domain while data parallelism spans nodes.
What is the difference between ZeRO stage 1, 2 and 3, and how much per-GPU memory does each save for Adam in mixed precision?
Derive the pipeline bubble fraction for GPipe with p stages and m microbatches. How does 1F1B change the memory picture but not the bubble?
What does interleaved (virtual-stage) pipeline scheduling buy you, and what does it cost in communication?
In Megatron-style tensor parallelism, how many all-reduces happen per transformer layer in the forward pass, and why?
Compare ring all-reduce and tree all-reduce: latency term, bandwidth term, and when NCCL picks which.
How would you compute model FLOPs utilization for a 175B training run given tokens per second per GPU?
What is the difference between MFU and HFU, and why does activation recomputation make HFU look better than MFU?
Using the Chinchilla scaling result, how many tokens should you train a 30B model on, and roughly how many FLOPs is that?
You see a loss spike at step 180k of a 13B pretraining run that recovers after 2k steps. What do you investigate and what mitigations do you consider?
What are the practical risks of training a frontier model in FP8, and how do delayed scaling and per-tensor amax histories address them?
Why is bf16 preferred over fp16 for large-scale pretraining, and when do you still need loss scaling?
Explain expert parallelism in a mixture-of-experts model. Where does the all-to-all happen and why is it often the bottleneck?
How does a token-choice router differ from expert-choice routing, and what happens to load balance and dropped tokens?
What is the auxiliary load-balancing loss in an MoE layer and what goes wrong if its coefficient is too high?
Describe context parallelism (ring attention) for 1M-token sequences. What is communicated between ranks and how is it overlapped with compute?
How does sequence parallelism in Megatron differ from context parallelism, and which activations does it shard?
In a 10,000-GPU job, one node is 15% slower than the rest. How do you detect the straggler and what do you do about it without restarting the whole run?
How would you design checkpointing for a 400B model so that a save takes under a minute and restarts survive losing a rack?
What is a sharded (distributed) checkpoint, and how do you reshard it when you restart with a different parallelism layout?
Why does the optimizer state dominate memory in large-scale training? Give the bytes-per-parameter breakdown for mixed-precision Adam.
Estimate activation memory per layer for a GPT-style block with sequence length s, hidden size h, batch b, and a heads. How does selective recomputation change it?
When would you use FSDP over Megatron-style 3D parallelism for a 30B model, and when the other way round?
How does gradient accumulation interact with data-parallel all-reduce? When do you want no_sync?
Walk me through what happens in NCCL when you call all_reduce on 4,096 ranks across 512 nodes connected by InfiniBand NDR.
What is the role of SHARP (in-network reduction) in a large training cluster and when does it help?
How would you choose global batch size and learning rate warmup for a 65B model trained on 2T tokens?
Explain the critical batch size idea and why increasing the data-parallel degree indefinitely stops helping.
What is the communication volume per step for ZeRO-3 compared with plain data parallelism, and why is it 1.5x?
How would you overlap the reduce-scatter of gradients with the backward pass in a fully sharded setup?
How do you pick the micro-batch size for pipeline parallelism when memory is tight on the first stage?
Why does the first pipeline stage usually hold more activation memory under 1F1B, and how do people rebalance layers across stages?
Design the parallelism layout for a 1.8T-parameter MoE with 16 experts per layer on 8,192 GPUs.
How do you make an MoE training run deterministic enough to reproduce a loss spike?
What is z-loss on the router/logits and why did some large runs add it?
Explain how muP (maximal update parametrization) lets you tune hyperparameters on a small proxy and transfer them to a frontier-size model.
Why do large runs sometimes diverge when you increase learning rate only slightly, and what role do attention logit growth and QK-norm play?
What are the memory and throughput trade-offs of FlashAttention in a long-context pretraining run across many GPUs?
How do you overlap tensor-parallel communication with GEMMs (e.g., by splitting the all-gather into chunks)?
In a multi-datacenter pretraining run, what changes in your parallelism strategy when inter-site bandwidth is 100x lower than intra-site?
How would you detect silent data corruption on a GPU in a long pretraining run?
What metrics would you put on the dashboard of a 3-month, 16k-GPU pretraining run?
A job restarts every 6 hours on average due to hardware faults. How does that affect your checkpoint interval? Derive the optimum.
What is goodput, and how would you measure it for a large training cluster as opposed to raw MFU?
How do you handle a hung collective in a 4k-GPU job so that you lose minutes instead of hours?
Explain how the torus topology of TPU pods affects the choice of data and model parallel axes.
Describe hierarchical all-reduce across NVLink within a node and InfiniBand between nodes. Why is it faster than a flat ring?
Why does the embedding and output layer need special treatment under tensor parallelism with a 256k vocabulary?
How do you shard the optimizer state when parameters are sharded with TP=8 and ZeRO-1 across DP=64?
What is the memory cost of the KV cache during long-context continued pretraining versus during inference, and why is it irrelevant to training memory?
How do you make data loading exactly resumable for a trillions-of-tokens run, so that a restart does not repeat or skip data?
What is the effect of document packing and cross-document attention masking on pretraining efficiency and quality?
How would you run a learning-rate schedule ablation at 1B scale that predicts behavior at 70B?
Explain warmup-stable-decay (WSD) schedules and why they are convenient for continued pretraining of frontier models.
What is the typical MFU range for dense transformer pretraining on H100 clusters, and what are the main sources of loss?
Why is pipeline parallelism more tolerant of slow interconnect than tensor parallelism?
Compute the all-to-all volume for one MoE layer with top-2 routing, hidden size 8192 and 1M tokens per step.
What are capacity factors in MoE layers and how do they interact with expert parallel degree?
How would you debug a throughput drop from 42% to 31% MFU after scaling a job from 128 to 1,024 nodes?
What is the role of the NCCL_ALGO and NCCL_PROTO settings and when would you override them on a large cluster?
How does GPUDirect RDMA help gradient synchronization across nodes?
What does rail-optimized network topology mean in an H100 training cluster, and why do we map TP/DP groups onto rails?
What happens to pretraining throughput if you put tensor parallel groups across two nodes instead of one?
How do you scale the learning rate when you double global batch size mid-run in a frontier pretraining job?
What are the trade-offs of asynchronous checkpointing to local NVMe followed by upload to object storage for a 2,048-node job?
Why do we sometimes see divergence only at the largest scale of a model family and never in the smaller proxies?
How do you keep the parameter all-gathers of ZeRO-3 from serializing with compute on a 70B model?
Explain 2D and 3D tensor parallelism and why most frontier stacks still use 1D TP plus sequence parallelism.
What would you change in the training stack to go from 4k to 128k context for continued pretraining of a 70B model?
How do you validate that your distributed training implementation is numerically equivalent to single-device training at small scale?
What is the cost model for pipeline parallel point-to-point sends, and when do they become the bottleneck?
How do you pick between DeepSpeed, Megatron-LM and a JAX/pjit stack for a new frontier pretraining effort?
What is the purpose of a global barrier-free health check in large clusters, and how would you implement node burn-in before a run?
How does expert parallelism interact with data parallelism for the non-expert (dense) parameters in an MoE model?
Explain why the gradient noise scale grows during training and what that implies for batch size ramp-up in LLM pretraining.
How would you estimate the wall-clock time to train a 405B dense model on 15T tokens with 16k H100s at 40% MFU?
What parts of the training step are memory-bandwidth bound rather than compute bound on an H100 in a 70B pretraining run?
What are the failure modes of mixed precision master weights when you shard them with FSDP?
How do you design the evaluation harness so that intermediate checkpoints of a frontier pretraining run are scored without stalling training?
"""

FM_INTERVIEW_LONG = r"""
Interview question I'm practicing (ML infra, LLM pretraining team):

"You have 1,024 H100 80GB GPUs, 8 per node, NVLink inside nodes, 400Gb/s InfiniBand per GPU between nodes. You need to pretrain a 175B dense decoder with sequence length 4096. Propose a parallelism configuration, estimate per-GPU memory, and say what you expect MFU to be."

My draft: TP=8 inside node, PP=8, DP=16. Weights in bf16 = 350 GB, sharded over 64 model-parallel ranks = ~5.5 GB per GPU, plus fp32 master + Adam moments at 12 bytes/param sharded with ZeRO-1 over DP... Am I on the right track? What am I missing on activations?
~~~
System design (ML infrastructure): Design a checkpointing system for a pretraining job on 16,384 GPUs training a 400B-parameter model. Requirements:
- a checkpoint must not pause training for more than 30 seconds
- the job must be able to restart on a different number of nodes
- we keep the last 5 checkpoints plus every 10th for analysis
Discuss sharded state layout, async writes, storage bandwidth needed, and how you verify a checkpoint is not corrupt.
~~~
Take-home question for a distributed training role:

Our team trains MoE models with 64 experts, top-2 routing, expert parallel degree 8. After moving from 256 to 1,024 GPUs, step time went up 35% even though per-GPU tokens stayed constant. Profiles show the all-to-all in the MoE layer grew from 18% to 41% of step time.

1. Explain why all-to-all scales worse than all-reduce here.
2. Propose at least three changes (topology-aware placement, hierarchical all-to-all, capacity factor, overlap) and estimate their impact.
~~~
Behavioral + technical round: "Tell me about the worst loss spike you've debugged in a large run." I've only trained 1B models. How would someone who ran 70B+ pretraining answer this? What are the usual suspects (bad data shard, optimizer epsilon, attention logits blowing up, fp8 scaling, a bad node producing garbage gradients)?
~~~
Staff-level interview prompt:
"We want to train a 1T-parameter model on 30T tokens within 100 days. Tell me how many accelerators you need, what the cluster network should look like, and where the risk is."

I know 6*N*D gives ~1.8e26 FLOPs. At ~400 TFLOP/s effective per H100 that's... a lot of GPU-days. How do strong candidates structure the rest of this answer?
~~~
Whiteboard question: draw the data flow of one training step of a transformer layer under TP=4 with sequence parallelism. Mark where all-gather and reduce-scatter happen in forward and backward, and explain why the total communication volume equals plain TP's all-reduces.
~~~
Mock interview question for a research engineer role on a pretraining team:

You're given a 7B model that trains fine on 64 GPUs. When you scale the same recipe to a 70B model on 2,048 GPUs, the loss curve is fine for 20k steps then starts to show periodic spikes every ~3k steps. The data loader reshuffles shards every 3k steps. What's your hypothesis tree and what experiments would you run?
~~~
Prep question: explain, with numbers, why a 1M-token context pretraining step can't just use FSDP. Take a 8B model, hidden 4096, 32 layers, bf16. How big are the activations for one sequence, and how does splitting the sequence over 32 GPUs with ring attention fix it?
"""

FM_ACCEL = r"""
Explain how a systolic array performs a matrix multiply and why it is well suited to transformer training workloads.
Compare weight-stationary, output-stationary and row-stationary dataflows for an ML accelerator.
Do a roofline analysis of the attention softmax on an H100: is it compute bound or HBM-bandwidth bound at sequence length 8k?
What arithmetic intensity does a GEMM of shape 8192x8192x8192 in bf16 have, and where does it land on the H100 roofline?
Why did accelerator designers move from HBM2e to HBM3 for training chips, and how does memory bandwidth per FLOP trend across generations?
How would you size the on-chip SRAM of a training accelerator so that a FlashAttention-style tile fits without spilling to HBM?
Compare TPU v5p and H100 for large-scale LLM training: matrix units, memory, interconnect topology, and software stack.
What is the trade-off between a 3D torus interconnect and a fat-tree with switches for a 10k-chip training cluster?
Why do training accelerators include dedicated hardware for collectives (e.g., in-network reductions) and how does that change the parallelism you choose?
Explain the Transformer Engine on Hopper: how does it pick between FP8 E4M3 and E5M2 per tensor?
How does NVLink Switch change the maximum practical tensor-parallel degree compared to PCIe-attached GPUs?
What are the design considerations for a chip's matrix engine tile size (e.g., 128x128 vs 256x256 MACs) given LLM GEMM shapes?
How does on-package HBM stacking limit the total memory capacity of a training chip, and what are the thermal constraints?
Describe a roofline model for a decoder layer's backward pass and identify which kernels fall below the ridge point on a TPU.
Why do wafer-scale engines keep weights in on-chip SRAM, and what does that mean for training models larger than on-chip memory?
How would you design an accelerator's network-on-chip for all-to-all traffic in MoE training?
What's the impact of microscaling (MX) formats like MXFP8/MXFP4 on accelerator datapath design for training?
How do tensor cores compute a bf16 matmul with fp32 accumulation, and why does the accumulator width matter for large-K reductions in training?
Why is the ratio of interconnect bandwidth to compute (bytes per FLOP) a key metric when designing chips for distributed training?
Sketch the memory hierarchy of a GPU (registers, shared memory/L1, L2, HBM) and explain how a tiled GEMM kernel for LLM training uses each level.
What's the power envelope problem for a rack of 72 training GPUs and how does it shape accelerator and interconnect design?
How do optical circuit switches in TPU pods let you reconfigure the topology per training job?
What does it take to saturate 3.35 TB/s of HBM bandwidth on an H100 for a fused layernorm + residual kernel in a pretraining step?
In chip design for ML training, how do you decide the ratio of vector units to matrix units given modern transformer workloads?
Compare the software challenges of training frontier models on custom ASICs (Trainium, TPU, MTIA) versus NVIDIA GPUs.
Why does sparse tensor core support (2:4 sparsity) rarely get used in frontier pretraining?
If you were architecting the next training accelerator, would you spend die area on more SRAM or more matrix FLOPs? Justify with attention and MLP roofline numbers.
How does the scale-up domain size (e.g., 8 vs 72 GPUs per NVLink domain) change the best parallelism layout for a 1T MoE?
"""

FM_ACCEL_LONG = r"""
Computer architecture (ML systems) homework:

An accelerator has a 128x128 systolic array running at 1.5 GHz doing bf16 multiply-accumulate, and 2 TB/s of HBM bandwidth.
(a) What is the peak throughput in TFLOP/s?
(b) What is the ridge point in FLOPs/byte?
(c) For a GEMM with M=N=K=4096 and tiles kept in 24 MB of SRAM, estimate the achieved arithmetic intensity and whether it is compute bound.
(d) Repeat (c) for the attention score computation QK^T with sequence length 2048 and head dim 128.
~~~
Design review question: our team is proposing a training chip with 96 GB of HBM at 4 TB/s, 1.2 PFLOP/s dense bf16, and 8 chip-to-chip links at 100 GB/s each arranged in a 2D torus. For a 70B dense model with TP=8 within a board, does the chip-to-chip bandwidth keep the tensor-parallel all-reduces off the critical path? Show the per-layer communication time versus compute time.
~~~
Roofline exercise for an ML accelerators course:
- H100 SXM: ~989 TFLOP/s dense bf16, ~3.35 TB/s HBM3
- Kernel: fused attention forward, batch 8, heads 32, seq 4096, head dim 128

Compute FLOPs and bytes moved for (1) a naive implementation that writes the s x s score matrix to HBM and (2) a tiled FlashAttention kernel. Place both on the roofline and explain the speedup.
~~~
Question about interconnect topology for a training cluster: we are choosing between a 2-tier fat-tree (non-blocking) and a rail-optimized design with 8 rails for 4,096 GPUs. Our workload is 3D-parallel pretraining with TP inside the node, PP across 4 nodes, and DP across the rest. Which topology gives better all-reduce bandwidth for the DP groups, and what happens to pipeline send/recv traffic?
"""

FM_DATA = r"""
How would you deduplicate a 40-petabyte Common Crawl-derived corpus with MinHash LSH before pretraining? What shingle size and band configuration?
We're training a new tokenizer for our next frontier model on 2 TB of multilingual text. How do you sample the training text and choose vocab size (128k vs 256k)?
How do you run data mixture ablations (web vs code vs math vs books) for a 70B pretraining run without training 70B models for each mixture?
What's the cost of exact substring dedup with suffix arrays at the scale of 10T tokens, and how do you shard it?
How should a pretraining data pipeline handle quality filtering with a classifier trained on reference text without killing diversity?
Describe a streaming tokenization pipeline that turns 20T tokens of raw text into packed, shuffled shards ready for a 4,096-GPU job.
How do you decontaminate a pretraining corpus against benchmark test sets at trillion-token scale?
Explain DoReMi-style domain reweighting for choosing the pretraining data mix of a frontier model.
How many epochs over high-quality data are acceptable in frontier pretraining before repetition hurts, given data-constrained scaling laws?
How do you make the tokenized shard format support deterministic global shuffling across trillions of tokens with restarts?
What throughput do you need from the data loader for a 16k-GPU run at 4M tokens per step every 6 seconds, and how do you avoid it becoming the bottleneck?
How would you build language identification and per-language sampling temperatures into the pretraining mixture for a multilingual frontier model?
What's the best way to handle near-duplicate boilerplate (cookie banners, nav menus) across billions of crawled pages before pretraining?
How do you design a curriculum or annealing phase with upsampled high-quality data at the end of a 15T-token pretraining run?
BPE vs unigram tokenizer for a frontier model with heavy code and math — what would you choose and how would you evaluate it at scale?
How should we store 30T tokens of pretraining data (format, compression, object store layout) for fast random access by thousands of data-loader workers?
How do you measure the effect of a filtering change on downstream quality cheaply when the target is a 400B pretraining run?
We need to dedup across 90 Common Crawl snapshots (~250B documents). Do we dedup globally or per snapshot, and what does the compute cost look like on a Spark cluster?
Explain how to build a perplexity-based filter using a small reference LM for a web-scale pretraining corpus, and its known failure modes.
How do you track data lineage for every token in a multi-trillion-token pretraining mix so that you can remove a source later?
"""

FM_DATA_LONG = r"""
Pipeline question. We run a web-scale pretraining data pipeline:

crawl WARC (≈60 PB) -> text extraction -> language ID -> heuristic filters -> MinHash dedup (5-gram, 9000 perms... yes I know that's a lot) -> quality classifier -> tokenization -> packing into 8k sequences

The MinHash stage takes 11 days on 2,000 CPU nodes and is the bottleneck. Ideas for cutting it down without hurting dedup recall? Would fewer permutations with more bands work, or should we move to a different near-dup method?
~~~
Our tokenizer training job for the next model (target vocab 200k, byte-level BPE) runs out of memory on a 2 TB RAM box when we feed it 500 GB of sampled text. Is it standard to train the tokenizer on a much smaller sample? How do frontier labs usually pick the sample so that low-resource languages and code get reasonable compression rates?
~~~
Data mixture ablation design:

We have a budget of 2e23 FLOPs for ablations before the main 70B run. Candidate mixtures differ in the share of web (50–75%), code (10–25%), math (3–10%), and multilingual (5–15%). Should we train many 1B models on 100B tokens each, or fewer 7B models? How do we fit a mixture-law to predict the 70B outcome, and how much do we trust it?
~~~
Question about the dataloader for our trillions-of-tokens pretraining run: each rank reads memory-mapped .bin/.idx shards from a Lustre filesystem. At 512 nodes everything is fine; at 2,048 nodes the first 10 minutes after every restart show step times of 40s instead of 7s and the metadata server load spikes. Should we pre-stage shards to local NVMe, merge index files, or move to an object store with a caching layer?
"""

FM_ISSUES = r"""
NCCL timeout on multi-node job after ~2 hours (64 nodes, 512 GPUs)

We're pretraining a 34B model with Megatron-LM (TP=8, PP=4, DP=16). Training runs fine for ~2h then every rank dies with:

```
[E ProcessGroupNCCL.cpp:475] [Rank 211] Watchdog caught collective operation timeout: WorkNCCL(SeqNum=918233, OpType=ALLREDUCE, NumelIn=1048576, Timeout(ms)=600000) ran for 600041 milliseconds before timing out.
terminate called after throwing an instance of 'std::runtime_error'
```

NCCL_DEBUG=INFO shows NET/IB using mlx5_0..mlx5_7. Only one node (node-047) has a dmesg entry about a link flap. Is there any way to make NCCL survive a single flapping IB port, or is the only option to drain the node and restart from checkpoint?
~~~
[FSDP] Training hangs at first backward with 128 nodes, works with 16

Env: PyTorch 2.3, FSDP FULL_SHARD, 1,024 x A100 80GB, 30B model, HYBRID_SHARD tried as well.

With 16 nodes it trains at ~3.1 s/step. At 128 nodes the job hangs forever at the first backward. py-spy dump on rank 0:

```
Thread 0x7f3a (active): "MainThread"
    _reduce_scatter_base (torch/distributed/distributed_c10d.py:3375)
    _reduce_grad (torch/distributed/fsdp/_runtime_utils.py:812)
```

Other ranks are stuck in all_gather_into_tensor. It looks like ranks disagree on the order of collectives. We do have a module that is only used when `step % 100 == 0`. Could that cause it?
~~~
Pipeline parallel deadlock with interleaved schedule when num_microbatches is not divisible by PP size

Config fragment:
```yaml
pipeline_model_parallel_size: 8
virtual_pipeline_model_parallel_size: 4
global_batch_size: 1536
micro_batch_size: 1
data_parallel_size: 20
```
That's 1536/20 = 76.8 microbatches per pipeline, which gets floored somewhere. Ranks 0-7 of the first pipeline end up waiting on recv_forward forever. Shouldn't there be an assertion on startup instead of a deadlock?
~~~
RoCE cluster: all-reduce busbw stuck at 60 GB/s, expected ~180 GB/s

We're bringing up a 256-node H100 cluster on RoCEv2 (400G NICs, 8 per node). nccl-tests all_reduce_perf across 2 nodes gives 185 GB/s busbw but at 32 nodes it drops to 60 GB/s.

```
#       size    count   type  redop  root   time  algbw  busbw
  8589934592 2147483648  float   sum   -1  280210  30.65  60.34
```
PFC is enabled, ECN configured on the switches. We see lots of pause frames on the spine. Is this a congestion control (DCQCN) tuning issue? What NCCL env vars should we look at (NCCL_IB_QPS_PER_CONNECTION, NCCL_IB_TC, NCCL_IB_GID_INDEX)?
~~~
Throughput regression at 256 nodes after upgrading to new container

Before: 43.5% MFU on 256 nodes (2,048 H100) for our 70B run. After upgrading the container (new NCCL 2.21 + new cuDNN), MFU is 36%. On 8 nodes the numbers are identical. Nsight shows the DP reduce-scatter no longer overlaps with backward compute — it runs after the last layer. Did something change in how the gradient bucketing hooks are registered? Happy to share profiles.
~~~
Dataloader is the bottleneck for our tokenized-corpus pipeline (3.2T tokens)

Each GPU needs ~16k tokens/s. The dataset is 1,900 shards of uint16 token ids, memory-mapped, with a global shuffle index of 400M sequences (the index alone is 3.2 GB and every rank loads it). On 512 nodes startup takes 25 minutes and we see page cache thrashing. Should the shuffle index be built per data-parallel rank instead of globally? How do others do it at this scale?
~~~
DeepSpeed ZeRO-3 OOM when gathering a 256k vocab embedding on 8x80GB nodes (64 nodes total)

Model: 65B, vocab 256000, hidden 8192. ZeRO-3 with stage3_max_live_parameters=1e9. OOM happens exactly when the embedding is gathered:
```
torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.91 GiB. GPU 3 has a total capacity of 79.11 GiB of which 2.60 GiB is free.
```
The embedding in fp32 is 8.4 GB. Should we split it with tensor parallelism or is there a ZeRO setting that gathers it in chunks?
~~~
MoE all-to-all hangs when one expert-parallel group gets zero tokens

Training a 64-expert MoE with EP=16 on 512 GPUs. Occasionally (every few thousand steps) the job hangs in `all_to_all_single`. We traced it to a rank whose router sent zero tokens to every remote expert; the split sizes tensor is all zeros and it looks like that rank skips the collective. Is the skip in our code or in the framework's token dispatcher?
~~~
Loss spikes every ~5k steps on 2,048 GPUs, not reproducible at 256

Megatron-Core, 40B dense, bf16, global batch 4M tokens, lr 1.5e-4, grad clip 1.0. Spikes go up to 2x loss then recover within 300 steps. We've checked data shards at the spike steps (look normal). Grad norm explodes on layer 0 attention first. At 256 GPUs with the same global batch (more grad accumulation) there are no spikes. What differs between those two setups numerically besides the reduction order?
~~~
torch.distributed.elastic: rendezvous timeout when restarting 1,500-node job

After a node failure our launcher restarts with --nnodes=1400:1500. Rendezvous never completes; etcd logs show thousands of keys being written and the c10d store on rank 0 hits max connections. Is the TCPStore backend expected to handle 12,000 workers? Should we switch to a hierarchical store or a custom launcher?
~~~
Checkpoint save takes 14 minutes on 4,096 GPUs (torch.distributed.checkpoint)

Each rank writes its shard to a shared Weka filesystem. Total checkpoint ~6 TB (model + optimizer for 300B). Storage is rated at 400 GB/s aggregate but we measure ~7 GB/s. strace shows lots of small writes and fsyncs. Is there a setting to coalesce writes per node, or should we do async save to local NVMe and upload afterwards?
~~~
Context parallel (ring attention) gives wrong loss with causal mask when cp_size=4

We implemented ring attention for 256k-token sequences. cp_size=2 matches the reference, cp_size=4 gives a loss 0.15 higher after 100 steps. We use the load-balanced chunking (each rank gets chunk i and chunk 2*cp-1-i). Suspect the causal mask for the wrap-around chunk is computed with the wrong offset. Any known pitfall here?
~~~
NCCL WARN NET/IB : Got completion from peer with error 12, opcode 0, len 0, vendor err 129

Happens on random nodes in a 96-node job about once a day, kills the whole pretraining run. ibstat looks fine afterwards. Firmware is two versions behind. Anyone running large training clusters seen this and fixed it with firmware or NCCL_IB_TIMEOUT / NCCL_IB_RETRY_CNT changes?
~~~
Tensor parallel across nodes is 3x slower than expected

We tried TP=16 across 2 nodes for a 180B model because PP gave too big a bubble. Step time tripled. Is TP across InfiniBand just a bad idea (each layer needs 4 all-reduces of b*s*h bytes) or is there a config (NCCL_NVLS_ENABLE, SHARP) that makes it viable?
~~~
FP8 training diverges after 40k steps on 1,024 GPUs (Transformer Engine)

bf16 baseline is stable. With fp8 (hybrid: E4M3 forward, E5M2 backward, amax_history_len=1024, amax_compute_algo=max) loss starts creeping up at 40k steps and explodes at 46k. Per-layer amax logs show the first MLP's output activation amax grows 30x over training. Should we lower amax history, keep certain layers in bf16, or add some normalization?
~~~
Slurm job for 512-node pretraining: ranks 3072-3079 never join the process group

```
srun --nodes=512 --ntasks-per-node=8 --gpus-per-node=8 python pretrain.py ...
RuntimeError: [c10d] The client socket has timed out after 1800s while trying to connect to (10.4.0.11, 29500).
```
Only the ranks on one node fail. That node's hostname resolves to a management IP instead of the high-speed fabric. What's the recommended way to pin MASTER_ADDR and NCCL_SOCKET_IFNAME on heterogeneous networks?
~~~
[Bug] gradient norm differs between PP=1 and PP=4 for the same model (tied embeddings)

When using pipeline parallel with tied input/output embeddings, the first and last stages each hold a copy and all-reduce their grads. Our grad-norm computation counts the embedding twice, so clipping kicks in earlier with PP>1. Repro: 13B config, compare grad_norm at step 1 with PP=1 vs PP=4 — 1.83 vs 2.11.
~~~
JAX/pjit: compile time of 45 minutes for 540B model on a v5p-2048 slice

Our sharding annotations are (data, fsdp, tensor) mesh axes. XLA compile takes 45 minutes and the first step OOMs because of an unexpected all-gather of the full attention weights. HLO dump shows a `all-gather` with replica_groups covering the whole fsdp axis inside the scan body. Any tips for forcing the partitioner to keep the weights sharded?
~~~
Stragglers in a 6,000-GPU job: every ~30 minutes one rank takes 2x longer per step

We log per-rank step times. The slow rank changes each time. Thermal throttling? GPU clocks look fine. Turns out the host's Python GC kicks in. Has anyone disabled gc in training loops at this scale, and how do you synchronize manual gc.collect() across ranks so it doesn't create stragglers?
"""

FM_CONVOS = r"""
U: For a 13B model with mixed-precision Adam, how much memory do the optimizer states take?
A: With the usual recipe you keep bf16 weights (2 bytes/param), bf16 grads (2), an fp32 master copy (4) and two fp32 Adam moments (4 + 4). That is 16 bytes per parameter, so about 208 GB for 13B parameters, of which 12 bytes/param (156 GB) are the master weights and moments.
U: And if I shard that with ZeRO-2 across 64 data-parallel GPUs?
A: ZeRO-2 shards optimizer states and gradients but not the bf16 weights. Per GPU: 2*13e9 = 26 GB for weights, plus (2 + 12)*13e9 / 64 ≈ 2.8 GB for sharded grads and optimizer state, so roughly 29 GB before activations and temporary buffers.
U: ok so the weights are the big part now, which is why ZeRO-3 exists
~~~
U: we're planning a 2k-GPU pretraining run and I need to pick a checkpoint interval. MTBF of the whole job is like 8 hours, save takes 90s.
A: A good first estimate is Young's formula: interval ≈ sqrt(2 × save_cost × MTBF) = sqrt(2 × 90 s × 28,800 s) ≈ 2,280 s, so about every 38 minutes. On average each failure loses half an interval of work plus the restart time.
U: restart takes 15 min though (reloading, NCCL init, data loader warmup). does that change the interval?
A: Restart time does not change the optimal interval in that simple model, but it adds a fixed cost to every failure. On an 8-hour MTBF it is often the bigger loss, so cutting it by keeping spare nodes warm and loading checkpoints in parallel from local NVMe usually matters more than tuning the interval.
~~~
U: What is the pipeline bubble with 16 stages and 64 microbatches under 1F1B?
A: Bubble fraction = (p - 1) / (m + p - 1) = 15 / 79 ≈ 19%. Compared with ideal compute time the overhead is (p - 1)/m = 15/64 ≈ 23%.
U: and with 4 virtual stages per device (interleaved)?
A: Interleaving divides the bubble by the number of virtual chunks v: (p - 1)/(v·m) = 15/256 ≈ 5.9% overhead. In exchange you get v times more point-to-point sends between stages.
~~~
U: explain like I'm a backend engineer: why do LLM training clusters need such crazy networking?
A: Every training step, thousands of GPUs must agree on the gradients. For a 70B model that is 140 GB of bf16 gradients per step, and with a ring all-reduce each GPU sends and receives roughly twice its share. If the step takes 5 seconds, the network has to move that inside the compute window, which is why each GPU gets its own 400 Gb/s NIC and the fabric is built non-blocking.
U: so it's basically a giant synchronous barrier every few seconds
A: Yes. That is also why one slow node or one flaky link slows down or kills the whole job. Large-training infrastructure spends a lot of effort on health checks, straggler detection and fast restarts.
~~~
U: I'm designing the EP layout for an MoE: 128 experts, 8 GPUs per node, 256 nodes. EP=8 or EP=64?
A: With EP=8 the all-to-all stays on NVLink inside a node, but each GPU holds 16 experts, which costs memory and leaves a lot of experts idle per token. With EP=64 each GPU holds 2 experts, but the all-to-all crosses InfiniBand, and per-GPU cross-node traffic is about (EP-1)/EP of the dispatched tokens times hidden size times 2 directions.
U: what do people usually do?
A: Common practice is to keep EP inside the scale-up domain where you can, or use a hierarchical dispatch: aggregate tokens per destination node over NVLink first, then send one message per node pair over IB. Then shard the optimizer states of the experts further with ZeRO across expert-data-parallel groups.
~~~
U: How do I compute MFU for my run? 70B dense, seq 4096, 2,048 H100s, 1 step = 4M tokens in 11.2 s.
A: Model FLOPs per token ≈ 6N + 12·L·h·s (the second term is attention). Using 6N alone: 6 × 70e9 = 4.2e11 FLOPs/token. Throughput is 4.19e6 / 11.2 ≈ 374k tokens/s, so 1.57e17 FLOP/s in total, or 7.7e13 per GPU. Divide by the 989 TFLOP/s bf16 dense peak: about 7.8%.
U: that seems way too low, we think we're at 40%
A: Then check the step time or the tokens per step. At 40% MFU with 2,048 GPUs, 4M tokens should take about 2.2 s. Either the global batch is larger than 4M tokens, or 11.2 s includes evaluation or checkpoint time. Log pure train-step time and recompute.
"""

FM_SHORT_MORE = r"""
is 3D parallelism still the default for dense models above 100B or has everyone moved to FSDP + TP?
why does NCCL all_reduce get slower when I go from 64 to 512 nodes even though message size is the same per GPU?
what's a sane NCCL_TIMEOUT for a 4k-GPU pretraining job? default 10 min feels both too long and too short
How do frontier labs keep 20,000 GPUs busy when ~1% of nodes fail each day?
does activation checkpointing every layer vs every other layer matter much for a 70B model at seq 8k? memory vs 33% recompute
Is ZeRO++ (quantized weight all-gather, hierarchical partitioning) worth it on a 400 Gb/s IB cluster?
What's the recommended gradient bucket size for DDP on 1,024 GPUs with a 20B model?
How do you set up hybrid sharding (shard within node, replicate across nodes) in FSDP for a 13B model on 256 GPUs, and when does it beat full sharding?
Why does my Megatron run report 'number of parameters on (tensor, pipeline) model parallel rank (3, 7)' so different from rank (3, 0)?
When training with PP, why put fewer transformer layers on the last stage?
How bad is the straggler effect when one of 4,096 GPUs is thermally throttled to 80% clocks in a synchronous pretraining job?
what's the best way to test a new 1,000-node cluster before launching a 3-month pretraining run? burn-in, nccl-tests, single-node GEMM checks?
Trying to understand why our MoE load balancing loss goes to zero but some experts still receive 5x the average tokens on certain DP ranks.
Can you do pipeline parallelism with heterogeneous stages (e.g., MoE layers and dense layers) without a huge bubble?
Is it normal for the all-gather in sequence parallelism to show up as 12% of step time on a 70B model at TP=8?
how do i compute the optimal TP degree for a given hidden size so the GEMMs stay efficient on H100s?
Should embeddings and LM head be on their own pipeline stage for a 256k-vocab frontier model?
Why do large pretraining runs use a fixed random seed per data-parallel rank for dropout but disable dropout entirely at frontier scale?
How does gradient clipping interact with ZeRO sharding — who computes the global norm?
What is the best practice for logging per-layer gradient norms in a 10k-GPU run without hurting throughput?
Is there any benefit to using different parallel layouts for the attention and MLP blocks (e.g., TP for attention, EP for MLP) in MoE pretraining?
What causes "NCCL error: unhandled system error" only at >256 nodes when everything works at 128?
How do you avoid a thundering herd on the shared filesystem when 16k ranks load a checkpoint at once?
When should you use 2-level (intra-node NVLS + inter-node IB SHARP) all-reduce in NCCL for pretraining?
What does NCCL_CROSS_NIC do and why would a rail-optimized training cluster care?
For a 1T-param MoE, is it cheaper to checkpoint expert weights less frequently than dense weights?
How do you choose between Adam, Adafactor and Lion for a memory-constrained 100B+ pretraining run?
Can you explain the 'free lunch' claim that ZeRO-1 has the same communication volume as DDP?
Why do people use a larger epsilon for Adam in large-scale bf16 pretraining?
What's a typical batch size ramp schedule for frontier pretraining, and why ramp at all?
How does torch.compile interact with FSDP2 and tensor parallel DTensor for a 70B pretraining job?
Megatron vs TorchTitan for pretraining a 100B model on 1,024 GPUs — which would you pick in 2025 and why?
What should the per-GPU micro batch be when the global batch is fixed at 8M tokens and we have 8,192 GPUs with seq 8k?
What fraction of step time is acceptable for exposed communication in a well-tuned 3D parallel run?
If all-reduce bandwidth scales as 2(n-1)/n * S / B, why does adding more nodes ever hurt?
Is expert parallelism compatible with pipeline parallelism in practice, or does the all-to-all inside stages make the bubble worse?
Why might you see lower MFU with a larger model on the same cluster even if the GEMMs are bigger?
How do you simulate the performance of a parallelism config before buying 4k GPUs of cluster time?
What's the state of the art in fault-tolerant pretraining: in-memory checkpoint replication, hot spares, or elastic DP?
How do you reduce the time to first step (NCCL init, compile, data warmup) for a 16k-GPU job?
Our pretraining cluster has a mix of H100 and H200 nodes; can we run one job across both and how would you balance the stages?
Why do ring all-reduce latencies grow linearly with the number of ranks, and how do tree and NVLS algorithms fix the latency term?
What does tokens per second per GPU look like for a well-tuned 8B pretraining run vs a 405B one, roughly?
Is it worth using FP8 for the all-gather/reduce-scatter traffic in FSDP pretraining?
How do you tell whether a slow pretraining step is bound by compute, HBM bandwidth, or network without Nsight on every node?
How should the learning rate and warmup change when continuing pretraining of a 70B checkpoint on a new data mix?
Why does the loss curve of a frontier pretraining run get noisier after switching from 2M to 16M token batches?
How are 'hot spare' nodes integrated into a Slurm-based scheduler for long pretraining jobs?
"""


def fm_exercises(rng: random.Random) -> list[Item]:
    """Numeric textbook-style exercises; each template uses its own wording and parameters."""
    out: list[Item] = []
    models = [7, 8, 13, 20, 30, 34, 40, 65, 70, 110, 175, 180, 405]
    gpus = [64, 128, 256, 512, 1024, 2048, 4096]
    mems = [40, 80, 96, 141]

    for _ in range(20):
        n, g, m = rng.choice(models), rng.choice(gpus), rng.choice(mems)
        stage = rng.choice(["ZeRO-1", "ZeRO-2", "ZeRO-3"])
        out.append(
            item(
                f"A model with {n}B parameters is trained with Adam in mixed precision on {g} GPUs "
                f"with {m} GB each. Assuming 2 bytes for weights, 2 for gradients and 12 for optimizer "
                f"state per parameter, compute the per-GPU memory for model states under {stage}. "
                f"Does it fit, and how much is left for activations?",
                FM,
                "frontier-exercise",
            )
        )
    for _ in range(10):
        p = rng.choice([4, 8, 12, 16, 24, 32])
        mb = rng.choice([8, 16, 32, 48, 64, 128])
        v = rng.choice([1, 2, 3, 4])
        out.append(
            item(
                f"Exercise: a pipeline has {p} stages and each global batch is split into {mb} "
                f"microbatches"
                + (f", with {v} virtual stages per device" if v > 1 else "")
                + ". Compute the bubble fraction. How many microbatches would you need to bring it "
                "under 5%?",
                FM,
                "frontier-exercise",
            )
        )
    for _ in range(10):
        n = rng.choice([8, 16, 64, 256, 1024, 4096])
        size = rng.choice([256, 512, 1024, 2048])
        bw = rng.choice([25, 50, 100, 200, 400])
        lat = rng.choice([2, 5, 10])
        out.append(
            item(
                f"Using the alpha-beta model, estimate the time of a ring all-reduce of {size} MB "
                f"of gradients over {n} ranks with {bw} GB/s per link and {lat} microseconds latency "
                f"per hop. Compare with a binary-tree all-reduce. At what message size do they cross "
                f"over?",
                FM,
                "frontier-exercise",
            )
        )
    for _ in range(10):
        h = rng.choice([4096, 5120, 8192, 12288, 16384])
        s = rng.choice([2048, 4096, 8192])
        b = rng.choice([1, 2, 4])
        t = rng.choice([2, 4, 8])
        out.append(
            item(
                f"Megatron tensor parallelism with TP={t}: hidden size {h}, sequence length {s}, "
                f"micro-batch {b}, bf16. How many bytes does each GPU send per transformer layer in "
                f"the forward and backward pass? If NVLink gives 450 GB/s, what fraction of a "
                f"layer's compute time is that at 60% of 989 TFLOP/s?",
                FM,
                "frontier-exercise",
            )
        )
    for _ in range(10):
        n = rng.choice(models)
        g = rng.choice(gpus)
        tps = rng.choice([900, 1500, 2800, 3500, 4200, 9000])
        chip = rng.choice([("A100", 312), ("H100", 989), ("H200", 989), ("TPU v5p", 459)])
        out.append(
            item(
                f"Our {n}B dense model trains at {tps} tokens/s per {chip[0]} on {g} chips "
                f"(peak {chip[1]} TFLOP/s bf16). Compute the MFU using 6N FLOPs per token, then "
                f"again including the attention term at sequence length 4096. If we use full "
                f"activation recomputation, what is the HFU?",
                FM,
                "frontier-exercise",
            )
        )
    for _ in range(10):
        c = rng.choice(["1e23", "3e23", "1e24", "5e24", "2e25", "1e26"])
        out.append(
            item(
                f"Chinchilla-style problem: you have a training compute budget of {c} FLOPs. Using "
                f"C ≈ 6ND and the ~20 tokens-per-parameter rule, what model size and token count are "
                f"compute-optimal? How many H100-days is that at 40% MFU, and how would you adjust "
                f"if you also care about inference cost?",
                FM,
                "frontier-exercise",
            )
        )
    for _ in range(8):
        L = rng.choice([32, 40, 48, 60, 80, 96])
        h = rng.choice([4096, 5120, 6144, 8192, 12288])
        s = rng.choice([2048, 4096, 8192, 16384])
        a = h // 128
        out.append(
            item(
                f"Activation memory exercise: a GPT model has {L} layers, hidden size {h}, {a} heads "
                f"and sequence length {s}, micro-batch 1, bf16. Using the 34sbh + 5as^2b bytes per "
                f"layer estimate, compute activation memory without recomputation, with selective "
                f"recomputation, and with sequence parallelism at TP=8.",
                FM,
                "frontier-exercise",
            )
        )
    for _ in range(8):
        e = rng.choice([8, 16, 64, 128])
        k = rng.choice([1, 2, 4])
        h = rng.choice([4096, 6144, 8192])
        ep = rng.choice([8, 16, 32, 64])
        tok = rng.choice([8192, 16384, 32768])
        out.append(
            item(
                f"An MoE layer has {e} experts, top-{k} routing, hidden size {h}, and expert "
                f"parallel degree {ep}. Each GPU processes {tok} tokens per micro-batch. How many "
                f"bytes does each GPU send in the dispatch and combine all-to-all in bf16? With a "
                f"capacity factor of 1.25, how many tokens can each expert take?",
                FM,
                "frontier-exercise",
            )
        )
    for _ in range(6):
        n = rng.choice([100, 300, 400, 1000])
        g = rng.choice([2048, 8192, 16384])
        bw = rng.choice([100, 400, 1000])
        out.append(
            item(
                f"A {n}B model's full training checkpoint (bf16 weights + fp32 master weights + Adam "
                f"moments) is written from {g} GPUs to storage with {bw} GB/s aggregate write "
                f"bandwidth. How long does a synchronous save take? With a job MTBF of 5 hours, what "
                f"checkpoint interval minimises expected lost time?",
                FM,
                "frontier-exercise",
            )
        )
    return out


FM_TERSE = r"""
megatron TP=8 PP=16 for 540B ok or too much PP?
zero3 vs fsdp full_shard, same thing?
nccl ring vs tree on 2k nodes, which wins for 1GB allreduce
how compute bubble 1f1b
expert parallel all2all too slow, ideas?
hi, please explain me how pretraining cluster of 10000 gpu handle the failure of one gpu, the whole job stop?
In our company we train 30B model on 256 GPU, the MFU is only 28%. what is normal number and where we can look first?
sorry for bad english. in fsdp when i set sharding_strategy HYBRID_SHARD, the replicate group is across nodes yes? for 64 nodes job
Why 6ND and not 8ND when using activation recompute?
ring attention vs ulysses (all-to-all head sharding) for 512k context pretraining
is InfiniBand mandatory for pretraining 70B or can RoCE do the job at 1k GPUs
tokens/sec/GPU for llama-70B-style pretraining on H100, what's good?
fp8 all layers or keep first/last in bf16 for large scale pretrain?
pipeline flush every step or not with 1F1B?
what nccl env vars do u set on a fresh H100 IB cluster for pretraining
How to decide EP degree vs DP degree for MoE 64 experts on 1024 gpus
Is ZeRO-Infinity (NVMe offload) realistic for pretraining 1T model or only for finetune?
SHARP on or off for 8k GPU all-reduce?
per-gpu memory for 405B with TP8 PP16 DP128, weights only?
how many GPUs to pretrain 70B on 15T tokens in 60 days
dedup 100TB of crawl text, minhash or simhash?
tokenizer vocab 32k vs 128k for next frontier model — effect on compute per token?
grad norm spike at same step every restart - data or hardware?
nsys trace 2k ranks: how to find which rank is slow
llm pretrain job: 1 bad gpu gives NaN in all-reduce, whole model NaN. how detect which GPU?
context parallel + tensor parallel + pipeline at the same time: does megatron support cp with interleaved pp?
Does NVLink-C2C on GH200 help pretraining or only for offload?
what is 'NVLS' in nccl logs on H100 nodes
TPU v5p pod slicing for 3 concurrent pretraining experiments, how are ICI links split?
why does the DP all-reduce get slower when I enable SHARP on half of the switches only?
"""

FM_FORUM = r"""
Has anyone measured how much of their pretraining MFU is lost to the LayerNorm / RMSNorm, softmax and GeLU kernels vs the GEMMs on H100? We're at 38% on a 70B dense model, TP=8, PP=8, 512 nodes. GEMMs alone hit ~75% of peak in isolation. Trying to decide whether to invest in fusing everything or in better comm overlap.
~~~
Posting this in case it helps someone: our 1,024-node pretraining job kept crashing with CUDA "unspecified launch failure" on random ranks. Root cause was bad HBM on 3 GPUs that passed DCGM level 1 but failed level 3 diagnostics. We now run dcgmi diag -r 3 on every node before it joins the pool and re-run it on any node that was part of a crashed job. Cut crash rate by ~70%.
~~~
Question for folks running large MoE pretraining: how are you handling token dropping? We train 256 experts, top-8, and with capacity factor 1.0 we drop ~4% of tokens early on. Going to dropless (grouped GEMM with variable sizes) fixed quality but throughput went down 18% on 2,048 GPUs because of load imbalance on the expert-parallel ranks.
~~~
We're comparing 2D-torus TPU slices with an H100 fat-tree for our next 200B pretraining run. On TPU, the all-reduce over the data axis uses ICI and we get near-linear scaling to 4,096 chips. On the GPU side we're at 91% scaling efficiency from 512 to 4,096 GPUs. Is the difference mostly topology, the XLA collective scheduling, or the fact that our GPU run uses PP and the TPU run doesn't?
~~~
After switching our 175B run from PyTorch DDP+Megatron TP to FSDP2 + TP with DTensor, the memory is much better but step time is 9% worse. The trace shows the FSDP all-gather of the next layer only starts after the current layer's TP all-reduce completes, so they serialize on the same NCCL stream. Is there a way to put FSDP and TP collectives on different streams/communicators so they overlap?
~~~
Sharing numbers from our long-context continued pretraining: 70B model, 128k sequence, CP=8 ring attention, TP=8, 1,024 GPUs. Attention now takes 62% of step time and the ring send/recv is only 70% overlapped because with causal masking half the blocks are empty. Using the zig-zag chunk assignment got us to 90% overlap. Curious whether anyone has tried all-to-all (Ulysses-style) for the attention and ring for the rest.
~~~
Our scaling-law sweep (50M to 3B params, 5 data sizes each) predicts a loss of 1.93 for the 70B target, but the actual 70B run plateaus at 1.98. We used a cosine schedule tuned per size. Could the schedule length mismatch bias the fit? How do frontier labs fit scaling laws when each point needs its own LR schedule?
~~~
Does anyone have experience with elastic data parallelism in a frontier pretraining run, i.e., dropping a DP replica when a node dies and continuing with DP-1 until it's replaced? How do you handle the global batch size change and the data-loader position?
~~~
PSA for anyone on a big RoCE training cluster: after a switch firmware upgrade our ECN marking thresholds reset to default, which made DCQCN throttle the all-reduce traffic of the pretraining job down to ~40% of normal busbw at 512 nodes. Nothing in NCCL logs, just slow. Check your switch QoS config after every upgrade.
~~~
I'm writing the on-call runbook for our 8k-GPU pretraining cluster. What checks should trigger automatic node cordoning (ECC errors, NVLink errors, IB link down, XID 79/94/48, slow GEMM benchmark), and how do you avoid draining half the cluster on a false positive?
~~~
Numerical question: in our 100B pretraining run the loss is identical for bf16 all-reduce vs fp32 all-reduce of gradients up to ~30k steps, then the bf16 run drifts 0.02 higher. With 2,048 DP ranks summing in bf16, is the precision loss in the reduction to blame? Does NCCL accumulate in the input dtype?
~~~
Question on Chinchilla vs overtraining: for a model that will serve billions of requests, we're considering training 8B on 15T tokens (≈1,900 tokens/param) instead of compute-optimal. What does the loss curve extrapolation look like that far past Chinchilla, and are there diminishing returns we should budget for in the cluster reservation?
"""

FM_EXTRA = r"""
What does a good pretraining 'health dashboard' alert on: loss slope, grad norm, per-rank step time, NCCL bus bandwidth, or data loader queue depth?
Why do frontier pretraining teams rerun the first 1,000 steps on a new cluster before launching the real job?
How would you shard a 1T MoE checkpoint so that inference teams can load it with a different expert-parallel layout?
In FSDP, what is the memory peak during the backward pass when the all-gathered params of two layers are live at once, for a 70B model on 256 GPUs?
When pretraining with pipeline parallelism, how do you place the loss computation and the LM head to avoid the last stage being the straggler?
What is the impact of NCCL channel count on all-reduce bandwidth for 16-node jobs vs 1,024-node jobs?
How do you size the global batch in tokens for a 400B model so that the data-parallel degree stays below the critical batch size?
Why do 3D-parallel jobs map pipeline stages across nodes but keep tensor parallel ranks on the same node's NVSwitch?
How would you benchmark a new 800G InfiniBand fabric for LLM pretraining before accepting it from the vendor?
What does it mean when nccl-tests show good all_reduce busbw but poor alltoall busbw on the same 64-node cluster, and why does it matter for MoE training?
How do you pick the number of experts, top-k and expert hidden size for a frontier MoE under a fixed training FLOP budget?
What are the costs of keeping an fp32 copy of the gradients for the all-reduce in a 175B run, and do you need it?
How do you detect and blacklist a node whose GPUs produce slightly wrong matmul results in a pretraining job?
What's the role of a 'coordinator' process in a 20k-GPU training job, and how do you keep it from being a single point of failure?
How would you restructure the training loop to tolerate losing one pipeline stage without restarting everyone?
What is the communication pattern of ZeRO-3 prefetching, and how far ahead should you prefetch for a 65B model on 512 GPUs?
Why does doubling the sequence length in pretraining shift the optimal parallelism from TP towards CP?
What happens to MFU when you switch from 4k to 32k sequence length for the same 70B model and cluster?
How do you estimate the number of pretraining tokens lost to padding vs packing on a 10T-token corpus?
What is the recommended way to store optimizer states in a sharded checkpoint so they can be loaded with a different ZeRO degree?
Explain how a frontier lab might split a 100k-GPU cluster across several buildings and what that does to pretraining parallelism.
How do you run overlapping pretraining experiments on the same 4,096-GPU cluster without them interfering on the network?
What's a realistic all-reduce busbw per GPU on an H100 cluster with 8x400G NICs, and how close do large pretraining jobs get to it?
Why is expert load imbalance worse with small per-GPU micro batches in MoE pretraining?
How do you verify that every data-parallel replica sees a disjoint part of the 12T-token corpus after a restart with a different DP size?
Which tokenizer statistics (bytes per token per language, code compression) do you track when building the tokenizer for a frontier model?
How would you build a data quality classifier that scales to scoring 100B web documents for a pretraining mix?
How do you schedule pretraining data so that the highest-quality sources are upweighted only in the last 10% of tokens?
What is the memory footprint of the AdamW states for a 2T-parameter MoE when sharded across 16,384 GPUs?
Compare GPU clusters built on NVL72 racks with classic 8-GPU HGX nodes for pretraining a 1T dense model.
"""

GEN_EXTRA = r"""
How do I run a Postgres database on Kubernetes, or should I just use a managed service?
What's the difference between a Kubernetes Deployment and a StatefulSet?
How do I write a Helm chart for a FastAPI app with a Redis sidecar?
Design a rate limiter using a sliding window counter in Redis; show pseudocode.
How would you design a distributed cache for session data across three data centers?
Explain database replication lag and how it affects read-after-write consistency.
How do I decide between gRPC and REST for internal microservices?
What is a circuit breaker and when should a service use one?
How would you design a job queue with priorities and retries on top of Postgres?
What is blue-green deployment?
Explain what a service mesh (Istio, Linkerd) adds to a Kubernetes cluster.
How do I make a Celery worker pool process 1M tasks a day reliably?
What is eventual consistency and how do you explain it to a product manager?
Explain regularization to someone who knows linear regression but not ML.
Why does a deeper neural network not always give better accuracy?
What is the difference between epochs and steps in the Hugging Face Trainer?
How does gradient clipping help with exploding gradients in an RNN?
What does a learning rate finder do and how do I read its plot?
Explain attention heads and why multiple heads help, at an intro level.
What are the pros and cons of using a pretrained sentence transformer vs TF-IDF for document similarity?
How do I choose between logistic regression and a gradient boosted tree for a tabular problem?
What's the difference between micro and macro averaged F1?
Why is my validation loss lower than my training loss? I use dropout.
How do I interpret SHAP values for a credit scoring model?
Explain gradient accumulation and why I'd use it on a small GPU.
My notebook says 'Some weights of BertForSequenceClassification were not initialized' — is that a problem?
How do I speed up training a small CNN on CPU only?
The loss of my GAN oscillates and the generated images are all the same — mode collapse?
Why is my PyTorch model much slower on the first batch than the rest?
How do I use torch.compile on my single-GPU training script and is it worth it?
How many GPUs do I need to fine-tune a 3B model with LoRA for a hackathon? I have one 24 GB card.
Why does my fine-tuned model forget how to answer general questions (catastrophic forgetting)?
Docker container can't see the GPU: 'could not select device driver "" with capabilities: [[gpu]]'
How do I use two GPUs on one machine with Hugging Face accelerate for a small model?
Is it better to buy a second GPU or upgrade to one with more VRAM for training vision models at home?
What is the difference between TFLOPS numbers in gaming GPU specs and real training speed?
How much RAM should a deep learning workstation have relative to GPU VRAM?
Do I need ECC memory for a hobby ML server?
How do I call an LLM API from a Google Sheet to categorize expenses?
What's a reasonable budget for LLM API costs for a chatbot with 1,000 daily users?
How do I prevent prompt injection in a RAG app that reads customer emails?
How do I evaluate whether a cheaper LLM API model is good enough for my summarization feature?
How can I deploy a small Hugging Face model to a serverless GPU endpoint?
How do I unit test a data pipeline written in pandas?
Merge two CSV files on email address ignoring case and whitespace.
How do I profile a slow numpy script?
What is vectorization in numpy and why is it faster than loops?
Explain MapReduce with a word count example.
How do I parallelize downloading 10,000 files in Python?
What is a race condition? Show a Python example with threads.
Explain cache line size and false sharing in multithreaded C++.
What's the difference between a GPU's shared memory and its global memory, for a CUDA beginner?
How does Spark decide the number of partitions, and how do I fix a job with 200,000 tiny tasks?
Write a bash script that runs my experiment script with 5 different seeds in parallel on my 4-core laptop.
"""


# =============================================================================================
# general (hard negatives sharing the vocabulary)
# =============================================================================================

GEN_SYSDESIGN = r"""
Design a rate limiter for a public REST API that serves 50k requests per second across 20 app servers.
How would you design a URL shortener like bit.ly? Cover ID generation, storage, and redirects at scale.
Design the news feed ranking service for a social app with 200M daily users.
How would you shard a Postgres database for a multi-tenant SaaS product once a single primary can't keep up?
Explain consistent hashing and why it's used in distributed caches like Memcached clusters.
Design a notification system that sends push, email and SMS with retries and deduplication.
How would you design a distributed job scheduler like cron for 10,000 machines?
When should I choose Kafka over RabbitMQ for a web app's background jobs?
How would you design a chat application like WhatsApp: message delivery, ordering, and offline users?
Design a leaderboard for an online game with 5 million concurrent players.
How do you handle cache invalidation for a product catalog served from Redis in front of MySQL?
Design a file storage service like Dropbox: chunking, dedup of uploads, sync conflicts.
What's the difference between horizontal and vertical scaling, and when does sharding become necessary?
How would you design an autocomplete / typeahead service for a search box?
Design a web crawler that fetches 1 billion pages a month politely.
How would you deploy a Django app on Kubernetes with zero-downtime rolling updates?
Explain the CAP theorem with a concrete example of a shopping cart service.
Design a metrics collection pipeline (like Prometheus) for 3,000 microservices.
How would you design the backend for a ride-sharing app's driver matching?
What's a good approach to idempotency keys in a payments API?
Design a video streaming service's upload and transcoding pipeline.
How does leader election work in a Raft cluster of 5 nodes, and what happens during a network partition?
How would you design a distributed lock service? What are the pitfalls of using Redis for locks?
Design a hotel booking system that prevents double booking under high concurrency.
How would you scale a WebSocket server to 1 million concurrent connections?
Design a logging system that ingests 2 TB of application logs per day and supports search.
How would you implement exactly-once processing in a stream pipeline that reads from Kafka and writes to a database?
What are the trade-offs between read replicas and a caching layer for a read-heavy web app?
Design an e-commerce checkout service that handles flash sales.
How would you build a ticketing system for concerts where 2 million people try to buy 50k tickets at the same minute?
Explain the difference between a load balancer at L4 and at L7, and when you'd use each.
How should I size Kubernetes requests and limits for a Node.js API that spikes at lunchtime?
Design a system for A/B testing on a website: assignment, logging, and analysis.
How do you do database migrations safely on a table with 500M rows and no downtime?
Design Twitter's timeline: fan-out on write vs fan-out on read.
How would you design a recommendation service for an online bookstore with 2M users (serving side, not the model)?
Design a key-value store with tunable consistency like Dynamo.
How would you shard user data across 64 MySQL instances and rebalance when you add more?
What is backpressure in a message queue system and how do consumers signal it?
Design a content delivery network for static assets of a news site.
How would you design a search engine for a 10M-product e-commerce catalog using Elasticsearch?
Design a pastebin service with expiring links.
How do you prevent a thundering herd when a popular cache key expires?
Design a distributed counter for likes on posts that can take 100k increments per second.
How would you design an API gateway with auth, rate limits and request routing for 40 services?
Design the backend of a food delivery app, including order state machine and courier tracking.
Explain the outbox pattern and why it's used with microservices and message brokers.
How would you set up horizontal pod autoscaling for a Flask app based on request latency?
Design a calendar scheduling service that finds free slots across 20 attendees.
What is the difference between sharding and partitioning in PostgreSQL?
"""

GEN_SYSDESIGN_LONG = r"""
System design mock interview, they asked me:

"Design a rate limiter that works across a fleet of 200 API servers. Limits are per API key: 1,000 requests/minute, with bursts up to 100/second."

I proposed a token bucket in Redis with a Lua script. The interviewer pushed on: what happens if Redis is down, and how do you keep latency under 2 ms? What's a good answer here — local buckets with periodic sync? Sliding window log vs sliding window counter?
~~~
Back-of-envelope practice (system design):
- 300M monthly active users, 20% daily active
- each daily user loads the home feed 8 times, each feed call fetches 30 posts
- a post record is ~1 KB

Estimate QPS for feed reads at peak (assume peak = 3x average), the cache size needed to hold the hot 20% of posts from the last 48h if 50M posts are created per day, and how many Redis nodes with 64 GB each.
~~~
We run a Kubernetes cluster (EKS, 40 nodes) for a monolith Rails app plus 12 microservices. Deployments are slow (~25 minutes), pods get OOMKilled at random, and the HPA flaps between 6 and 30 replicas every few minutes. Where would you start? Our requests/limits are copy-pasted from a tutorial: 500m CPU / 512Mi everywhere.
~~~
Interview: "Design a URL shortener". I said base62 of an auto-increment ID in a single Postgres. They asked how to scale writes to 10k/sec across regions. Options I can think of: ID ranges handed out per server (like a ticket server), Snowflake-style IDs, or random 7-char codes with collision checks. Which would you pick and why?
~~~
Message queue question: our order service publishes events to SQS, and 3 consumers (billing, email, analytics) each need every event. Right now billing sometimes processes an order twice and analytics misses events during deploys. Should we switch to SNS fan-out to multiple SQS queues, or to Kafka with consumer groups? How do we make billing idempotent?
"""

GEN_ML_INTERVIEW = r"""
Explain the bias-variance trade-off with an example.
What is the difference between L1 and L2 regularization, and why does L1 give sparse weights?
When would you optimize for precision over recall? Give a real example.
Explain gradient descent, stochastic gradient descent and mini-batch gradient descent.
What is overfitting and how do you detect it from learning curves?
How does dropout work and why does it act as a regularizer?
Explain how a convolutional layer works and what stride and padding do.
Why do RNNs suffer from vanishing gradients and how do LSTMs help?
Explain self-attention in a transformer conceptually, without math.
What is the difference between batch normalization and layer normalization?
How does a random forest reduce variance compared to a single decision tree?
What's the ROC curve and what does AUC mean intuitively?
Explain cross-validation and why k-fold is better than a single train/test split for small datasets.
How do you handle class imbalance in a fraud detection dataset?
What is the difference between bagging and boosting?
Why do we need non-linear activation functions in a neural network?
Explain the vanishing and exploding gradient problems and common fixes.
What's the difference between a generative and a discriminative model?
How does k-means clustering work and how do you choose k?
What is PCA and when would you use it before training a classifier?
Explain the difference between parameters and hyperparameters.
What is early stopping?
How does the Adam optimizer differ from plain SGD with momentum?
What is a learning rate schedule and why would you use warmup when training a transformer?
Explain what an embedding is in NLP.
How do you evaluate a regression model? MAE vs RMSE vs R².
What is data leakage and give an example of it in a time-series problem.
Explain the F1 score and when it's misleading.
Why is feature scaling important for SVMs and k-NN but not for tree models?
What is transfer learning and when does fine-tuning a pretrained model make sense?
What is the softmax function and why is it paired with cross-entropy loss?
Explain positional encoding in transformers.
What's the difference between an encoder-only, decoder-only and encoder-decoder transformer?
What does the 'attention is quadratic in sequence length' statement mean?
Explain what a confusion matrix shows.
How would you explain gradient boosting (XGBoost) to a product manager?
What is the curse of dimensionality?
Why does increasing the batch size sometimes require increasing the learning rate?
What's the difference between online learning and batch learning?
Explain the kernel trick in SVMs.
What are residual connections and why do they help train deep networks?
What is label smoothing?
Why would a model have high training accuracy but low validation accuracy?
What is the difference between a validation set and a test set?
Explain what 'temperature' means when sampling from a language model.
What is beam search and how does it differ from greedy decoding?
How would you detect concept drift in a deployed churn model?
Explain weight initialization (Xavier vs He) and why it matters.
What is a logit?
How does a decision tree choose its splits? Gini vs entropy.
What does the learning rate do, and what happens if it's too high?
What is mixed precision training, and why does it speed up training on a modern GPU?
What is LoRA and why does it make fine-tuning cheaper?
Explain tokenization in NLP: word-level vs subword (BPE).
How would you build a spam classifier from scratch? Walk me through features, model, and evaluation.
Explain why GPUs are faster than CPUs for training neural networks.
What is knowledge of the 'train/serve skew' problem and how do you avoid it?
What is the difference between MSE loss and cross-entropy loss?
Explain what an epoch, a batch and an iteration are.
"""

GEN_COURSEWORK = r"""
Homework: derive the gradient of the softmax cross-entropy loss with respect to the logits.
Do backprop by hand for a 2-layer network with sigmoid activations on a single training example, x = [1, 2], y = 1.
Compute the number of parameters in a conv layer with 64 input channels, 128 output channels and 3x3 kernels (with bias).
Show that the derivative of the sigmoid is sigma(x)(1 - sigma(x)).
Intro ML assignment: implement logistic regression with gradient descent in numpy and plot the decision boundary.
Prove that the MSE loss for linear regression is convex in the weights.
For a 32x32x3 input, a 5x5 conv with 6 filters, stride 1 and no padding, what is the output shape?
Compute one step of gradient descent for f(w) = (w - 3)^2 starting at w = 0 with learning rate 0.1.
Deep learning course exercise: why does initializing all weights to zero break symmetry in an MLP?
Write the forward pass of a single LSTM cell in numpy.
Calculate the receptive field of three stacked 3x3 convolutions with stride 1.
Given a confusion matrix TP=40, FP=10, FN=20, TN=130, compute precision, recall, F1 and accuracy.
Implement k-nearest neighbours from scratch and test on the iris dataset.
CS229-style problem: derive the normal equation for linear regression.
Compute the output of max pooling 2x2 stride 2 on a given 4x4 matrix [[1,3,2,4],[5,6,1,2],[7,2,8,1],[3,4,0,9]].
How many parameters does a single-head self-attention layer with d_model = 64 have (Q, K, V and output projections)?
Derive the update rule for the perceptron and show it converges on linearly separable data.
Exercise: compute the entropy of a dataset with 9 positive and 5 negative examples and the information gain of splitting on 'outlook'.
Implement a 2-layer MLP in PyTorch to classify MNIST and report test accuracy after 5 epochs.
Why is the XOR function not linearly separable? Show a 2-layer network that solves it.
Compute the gradient of L = ||Wx - y||^2 with respect to W.
Lab: train a small CNN on CIFAR-10 on Colab and compare SGD vs Adam learning curves.
Explain why batch norm behaves differently at training and inference time, as asked in my DL course quiz.
Calculate how many multiply-adds a 3x3 conv with 64 in / 64 out channels does on a 56x56 feature map.
Derive the backprop equations for a fully connected layer in matrix form.
Assignment: implement naive Bayes for sentiment classification of movie reviews.
Compute the bias and variance of the estimator x̄ for a sample of n i.i.d. normal variables.
Exercise: implement scaled dot-product attention in numpy for a batch of 2 sequences of length 5.
Show that softmax is invariant to adding a constant to all logits, and why we subtract the max for numerical stability.
Homework: what's the total parameter count of LeNet-5? Show the calculation per layer.
"""

GEN_COURSE_LONG = r"""
Deep learning course, problem set 3, question 2:

Consider a network with input x ∈ R^3, one hidden layer with 4 ReLU units, and a softmax output over 2 classes.
(a) How many trainable parameters does it have?
(b) Write the forward pass.
(c) For x = [1, -1, 2], W1 = all 0.1, b1 = 0, W2 = all 0.2, b2 = [0, 0.1], and true class 1, compute the loss and dL/dW2.
~~~
Intro to ML midterm practice:

1. True/False: increasing k in k-NN increases variance. Explain.
2. A model has 98% training accuracy and 71% test accuracy. Name two things you would try.
3. You have 1,000 positive and 99,000 negative examples. Why is accuracy a bad metric? Suggest a better one.
4. Sketch the training and validation loss curves for a model that is underfitting.
~~~
Can someone check my CNN parameter count for an assignment?

Input 64x64x3
conv1: 32 filters 3x3, padding same -> 32*(3*3*3)+32 = 896
pool 2x2
conv2: 64 filters 3x3 -> 64*(3*3*32)+64 = 18,496
pool 2x2
flatten -> 16*16*64 = 16,384
dense 128 -> 16,384*128 + 128 = 2,097,280
dense 10 -> 1,290

Total ≈ 2.118M. Most of the params are in the first dense layer, right? Would global average pooling reduce it?
~~~
Assignment: Train a character-level RNN on Shakespeare (about 1 MB of text) on your laptop or Colab. Report:
- the training loss after 2,000 iterations
- 3 samples at temperatures 0.5, 1.0 and 1.5
- a short explanation of why higher temperature gives more random text
"""

GEN_BUGS = r"""
CUDA out of memory fine-tuning bert-base on my RTX 3060 (12 GB)

```
torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 384.00 MiB. GPU 0 has a total capacity of 11.76 GiB of which 201.44 MiB is free.
```
batch_size=32, max_length=512. I'm using the Trainer with fp16=False. What's the usual fix — smaller batch with gradient accumulation, fp16, shorter sequences?
~~~
loss becomes NaN after a few hundred steps in my PyTorch training loop

Simple regression MLP on tabular data, Adam lr=1e-2, MSELoss. Loss goes 0.8 -> 0.3 -> 1e8 -> nan. Targets are house prices in dollars (up to 2,000,000), not normalized. Is that the cause?
~~~
DataLoader extremely slow on Windows with num_workers > 0

On Windows 11, my image classification script takes 40 s before the first batch when num_workers=4, and with num_workers=0 the GPU sits at 20% utilization. Dataset is 20k JPEGs on an HDD. Any tips? I read something about `if __name__ == '__main__':` being required on Windows.
~~~
Fine-tuning a 7B model with QLoRA on a single 24 GB 4090 — OOM at step 1

Using peft + bitsandbytes 4-bit, gradient_checkpointing=True, seq length 2048, batch 4. OOM right away. With batch 1 it works but is slow. Is 2048 tokens x 4 just too much for activations on 24 GB?
~~~
RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!

Happens in my validation loop. I moved the model to cuda but the labels come straight from the DataLoader. Full trace:
```
  File "train.py", line 88, in validate
    loss = criterion(outputs, labels)
```
~~~
My Keras model's validation accuracy is stuck at 50% (binary classification of cats vs dogs)

Training accuracy goes to 99% but val stays at exactly 0.5000. I'm using ImageDataGenerator with rescale only on the train generator. Is the missing rescale on validation the problem?
~~~
torch.cuda.is_available() returns False on my new laptop with an RTX 4070

Installed torch with pip install torch. nvidia-smi works and shows driver 551. python -c "import torch; print(torch.version.cuda)" prints None. Did I install the CPU wheel?
~~~
[Colab] Training slows down over time — first epoch 2 min, fifth epoch 9 min

Small ResNet-18 on a 50k image dataset. GPU memory keeps growing too. I append `loss` to a list every step for plotting. Could that keep the graph alive?
~~~
Multi-GPU on one machine: DDP with 2x RTX 3090 is slower than one GPU

I followed the PyTorch DDP tutorial for my thesis project (ResNet-50, ImageNet subset). One GPU: 410 img/s. Two GPUs with DDP: 380 img/s total. No NVLink, both on PCIe 4.0 x8 because of the motherboard. Is it the PCIe bandwidth or the dataloader?
~~~
sklearn GridSearchCV takes forever on 200k rows

RandomForestClassifier, param grid of 3x4x3, cv=5, n_jobs=-1 on an 8-core laptop. It's been 6 hours. Would RandomizedSearchCV or HalvingGridSearchCV help? Or should I subsample for the search?
~~~
Hugging Face Trainer: eval loss goes up after epoch 2 while train loss goes down (distilbert, 5k examples)

I think it's overfitting but I'm not sure how to set early stopping with the Trainer. Also should I use weight decay 0.01?
~~~
Getting 'RuntimeError: CUDA error: device-side assert triggered' when training a text classifier

Labels are 1..5 (star ratings) and the model has num_labels=5. Someone said labels must be 0..4. Is that it? Why does the error show up in a random line?
~~~
YOLOv8 training on my GTX 1660 (6 GB) is very slow, 1 epoch = 45 min on 3k images

imgsz=1280, batch=2. Would dropping to imgsz=640 hurt small-object detection a lot? Also GPU utilization is only 35%.
~~~
Mac M2: PyTorch MPS backend gives different results than CPU and sometimes NaN

Training a small transformer for a class project on the MPS device; the loss matches CPU for ~50 steps then diverges. Is this a known MPS precision issue? Should I just train on CPU for a model this size?
~~~
Whisper fine-tuning script crashes with "Killed" — not a CUDA error

Running on a 16 GB RAM machine with an RTX 3080. The process gets killed while loading the dataset with `datasets.load_dataset('audiofolder', ...)`. dmesg says out of memory (host RAM, not GPU). How do I stream the dataset instead?
~~~
nccl error when running torchrun with 2 GPUs on my home workstation

```
torch.distributed.DistBackendError: NCCL error in: ../torch/csrc/distributed/c10d/ProcessGroupNCCL.cpp:1691, unhandled system error
```
It's a single machine with an RTX 3090 and an RTX 3080 (different cards) running Ubuntu in WSL2. Just trying to learn DDP for a small CNN. Should I use the gloo backend instead?
"""

GEN_BUGS_SHORT = r"""
My training loss is decreasing but validation accuracy doesn't change at all, what could be wrong in my PyTorch code?
Why does my model predict the same class for every input after training?
pytorch lightning says 'GPU available: True, used: False' — how do I make it use the GPU?
Getting 'CUDA out of memory' during inference only, training works. Forgot torch.no_grad()?
tensorflow not detecting my gpu on windows, version 2.15
my jupyter kernel dies when i load a 6 GB csv with pandas
Why is my LSTM loss stuck at ln(2) = 0.693 on a binary task?
RTX 3070 8GB: can I fine-tune distilbert with batch size 16 and seq len 256?
how to fix 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x9216 and 4096x128)'
loss nan when using fp16 autocast on my 2080 Ti but fine in fp32
GPU utilization stays at 30% in my training loop; CPU is at 100% on one core. Data augmentation bottleneck?
model.eval() gives worse accuracy than model.train() on the same data, what's happening with batchnorm?
My sklearn pipeline works in the notebook but fails in production with 'ValueError: X has 42 features, but StandardScaler is expecting 45'
Colab disconnects after 90 minutes while my model is training, how do I save progress?
conda install pytorch hangs at solving environment forever
Why does my small transformer trained on my laptop repeat the same word over and over when generating?
Accuracy is 99% on my test set but the model fails on real photos from my phone. What's going on?
fine-tuned resnet gets worse after unfreezing all layers, lr=1e-3
After upgrading to torch 2.4 my training script prints a warning about torch.load weights_only. What does it mean?
"""

GEN_LLM_API = r"""
How do I stream responses from the OpenAI chat completions API in Python?
What's the best way to handle rate limit (429) errors when calling an LLM API from a batch job?
How do I count tokens before sending a prompt so I don't exceed the context window?
How should I structure a system prompt for a customer support chatbot built on an LLM API?
How do I get JSON output reliably from an LLM API call? Function calling vs JSON mode?
What's the cheapest way to summarize 10,000 support tickets with an LLM API?
How do I implement retrieval-augmented generation with a vector database and an LLM API for our internal docs?
Can I use an LLM API to classify product reviews into 5 categories? How do I evaluate it?
How do I set temperature and top_p for a code-generation use case?
Why does my LLM API call return truncated answers? Is it max_tokens?
What's prompt caching and how much does it save on repeated system prompts?
How do I build a simple agent that calls a weather API as a tool?
How should I chunk PDFs for embedding and semantic search?
Which embedding model should I use for semantic search over 100k short documents in English and German?
How do I keep conversation history within the token limit in a chatbot?
What are good practices for evaluating an LLM-powered feature before launch (golden sets, LLM-as-judge)?
How do I call an LLM API asynchronously with asyncio to process 2,000 prompts concurrently?
Can I run a small open model locally with Ollama instead of paying for an API for my side project?
What's the difference between fine-tuning through an API and few-shot prompting, cost-wise?
How do I stop my LLM-based app from making up citations?
Best way to log prompts and responses from an LLM API for debugging without storing user PII?
Write a Python function that sends a list of messages to a chat API and retries with exponential backoff.
How do I compare latency between two LLM API providers fairly?
How many tokens is a typical page of English text, roughly?
Using the batch API for 50k classification prompts — how do I map results back to my rows?
"""

GEN_MLOPS = r"""
How do I deploy a scikit-learn model as a REST API with FastAPI and Docker?
How do I track experiments with MLflow when training on my laptop and on a shared server?
What's the simplest way to version datasets for a small ML project? DVC?
How do I schedule a nightly retraining job for a churn model with Airflow?
How do I monitor prediction drift for a deployed XGBoost model?
Should I serve my PyTorch image classifier with TorchServe, BentoML, or just FastAPI?
How do I convert a small PyTorch model to ONNX for faster CPU inference?
How do I set up a feature store for a team of 3 data scientists, or is it overkill?
What should a CI pipeline for an ML model check before deploying?
How do I load a pickled sklearn model safely across versions?
How do I batch requests in a FastAPI model server to use the GPU better?
Deploying a sentiment model on AWS Lambda — is the 10 GB container limit enough for distilbert?
How do I do canary deployments for a new model version in Kubernetes?
What metrics should I log during training with Weights & Biases for a small classification project?
How do I reproduce a model training run exactly (seeds, library versions, data snapshot)?
MLflow model registry vs just storing models in S3 with a naming convention?
How do I quantize a small BERT for CPU serving with ONNX Runtime?
My FastAPI endpoint that calls model.predict is slow under load — should I use async or a worker pool?
How do I A/B test two recommendation models in production?
How do I set up a GPU node pool in GKE for a single inference service?
"""

GEN_PANDAS = r"""
How do I group a pandas DataFrame by two columns and compute the mean and count at the same time?
What's the fastest way to merge two DataFrames with 10M rows each on a string key?
How do I convert a column of strings like '2024-03-01 10:00' to datetime and resample to daily?
pandas SettingWithCopyWarning — what does it mean and how do I fix it?
How do I pivot a long table of (user, month, spend) into a wide table?
How can I read a 20 GB CSV in chunks with pandas and aggregate it?
Should I switch from pandas to polars for a 50M-row dataset on my laptop?
How do I fill missing values with the median per group?
How do I compute a rolling 7-day average per store in pandas?
What's the difference between apply, map and vectorized operations in pandas, performance-wise?
How do I one-hot encode categorical columns for a scikit-learn model?
How do I remove duplicate rows but keep the most recent one per customer?
Explain pandas MultiIndex with a simple example.
How do I plot a histogram of a column with seaborn and overlay a KDE?
How do I detect outliers with the IQR method in a DataFrame?
How do I split a time series into train and test without leakage?
Why is iterating over rows with iterrows so slow?
How do I join a DataFrame with a SQL table from Postgres efficiently?
What's a good EDA checklist for a new tabular dataset?
Calculate the correlation matrix and show only pairs above 0.8.
"""

GEN_GPU_BUY = r"""
RTX 4070 Super or RX 7800 XT for 1440p gaming?
Is a used RTX 3090 worth it for a hobby deep learning box in 2025? I mostly train small CNNs and fine-tune 7B models with LoRA.
Building a home deep learning PC on a $2,500 budget — which GPU, how much RAM, which PSU?
Does VRAM matter more than CUDA cores for running Stable Diffusion locally?
Two RTX 3060 12GB vs one RTX 4070 Ti for learning deep learning?
Is 8 GB of VRAM enough for Kaggle competitions?
My GPU runs at 85°C while gaming, is that safe?
What PSU wattage do I need for an RTX 4090 and a Ryzen 9 7950X?
Can I put an RTX 4080 in a small-form-factor case for a combined gaming + ML workstation?
Is it worth renting cloud GPUs instead of buying one for a master's thesis with ~200 GPU-hours of training?
MacBook Pro M3 Max 64GB vs a PC with an RTX 4090 for running local LLMs?
Should I buy an RTX A4000 or a consumer RTX 4070 for a small lab's deep learning workstation?
Does PCIe 3.0 vs 4.0 matter for a single GPU when gaming or training small models?
Laptop recommendation for a data science student: do I need a dedicated GPU?
Is NVLink still available on consumer cards? I wanted to bridge two 3090s for my hobby rig.
What's the best GPU under $400 for 1080p gaming and occasional PyTorch tutorials?
How much does electricity cost to run a 350 W GPU training models 8 hours a day?
Is the Intel Arc A770 usable for PyTorch yet?
Should I undervolt my RTX 3080 for lower temps during long training runs at home?
Best cloud GPU provider for a student on a budget: Colab Pro, Kaggle, Lambda, Vast.ai?
What's the difference between the RTX 4090 and the H100 for someone who just wants to train small models at home?
My PC crashes when my GPU hits full load in games — PSU or driver?
Will a 650 W PSU handle an RTX 4070 Ti Super?
Eight-year-old GTX 1080 Ti: still good for learning deep learning?
"""

GEN_PARALLEL = r"""
How do I parallelize a for loop in C with OpenMP, and what does the reduction clause do?
Python multiprocessing Pool vs concurrent.futures ProcessPoolExecutor — which should I use for CPU-bound image resizing?
MPI_Allreduce vs MPI_Reduce followed by MPI_Bcast in my fluid dynamics code — which is faster?
How do I decompose a 3D grid across MPI ranks for a heat equation solver with halo exchange?
Why does my OpenMP code get slower with more threads? False sharing?
What's the GIL and why doesn't threading speed up my CPU-bound Python code?
How do I use MPI on a university cluster with Slurm for a Monte Carlo simulation?
Explain Amdahl's law vs Gustafson's law with an example.
How do I write a parallel prefix sum in CUDA for my GPU programming class?
What's the difference between CUDA streams and OpenMP tasks?
How do I profile an MPI molecular dynamics simulation that stops scaling beyond 64 ranks?
Is Ray or Dask better for parallelizing a pandas feature-engineering pipeline across 4 machines?
How do I avoid deadlocks with MPI_Send and MPI_Recv in a ring communication pattern?
How do I run a parameter sweep of 500 simulations on a Slurm cluster with job arrays?
What does 'embarrassingly parallel' mean, with examples?
Why is my CUDA kernel for matrix addition slower than numpy for small arrays?
How do I use shared memory in CUDA to speed up a tiled matrix multiply (course assignment)?
Explain the ring all-reduce algorithm in the context of an MPI course (no ML).
How do I set OMP_NUM_THREADS correctly when combining MPI and OpenMP in a weather model?
What's the difference between strong scaling and weak scaling in HPC benchmarks?
How do I parallelize a Rust program with rayon?
Go goroutines vs OS threads: how does the scheduler map them?
Should I use asyncio or threads for 1,000 concurrent HTTP requests in Python?
How do I implement a thread pool in C++17 with std::thread and a work queue?
What causes load imbalance in a parallel N-body simulation and how do I fix it?
How do I use InfiniBand with OpenMPI on our lab's 8-node cluster for a CFD code?
My MPI job on the campus HPC cluster fails with 'mpirun noticed that process rank 12 exited on signal 9'. Out of memory?
How do I use numba to parallelize a numerical loop with prange?
What is a barrier in parallel programming and why are too many barriers bad?
Explain the difference between shared-memory and distributed-memory parallelism.
"""

GEN_PARALLEL_LONG = r"""
HPC course assignment: we have a 2D Jacobi solver on a 4096x4096 grid distributed over 16 MPI ranks in a 4x4 layout. Each iteration exchanges one row/column of halo with each neighbour (8 bytes per value). Network: 10 GB/s, 2 µs latency. Compute: 1 ns per grid point update.
(a) Compute the time per iteration for compute and communication.
(b) What is the parallel efficiency?
(c) What happens to efficiency at 256 ranks (16x16) for the same grid?
~~~
Our climate model runs on 512 cores with MPI and scales badly beyond that. Profiling with Score-P shows 40% of the time in MPI_Allreduce for a global energy check done every time step. Could we make that check every 10 steps, or use a non-blocking MPI_Iallreduce and overlap it with the next step's computation?
~~~
Python question: I'm processing 3 million JSON files (about 400 GB) on a 32-core server. multiprocessing.Pool with imap_unordered gets about 8x speedup, not 32x. Disk is NVMe. htop shows many processes in D state. Is it I/O-bound after all, or is pickling the results the bottleneck?
~~~
OpenMP exercise from my parallel computing class:

```c
#pragma omp parallel for
for (int i = 1; i < n; i++)
    a[i] = a[i-1] + b[i];
```
Why does this give wrong results, and how can I compute it in parallel correctly (hint: scan)?
"""

GEN_COMPARCH = r"""
Explain how a 2-bit saturating counter branch predictor works.
What is the difference between a write-through and write-back cache?
Compute the average memory access time given L1 hit time 1 cycle, miss rate 5%, L2 hit time 10 cycles, L2 miss rate 20%, memory 100 cycles.
What's the difference between direct-mapped, set-associative, and fully associative caches?
Explain pipelining hazards in a 5-stage MIPS pipeline: structural, data, control.
How does out-of-order execution with a reorder buffer preserve precise exceptions?
What is cache coherence and how does the MESI protocol work?
Explain the difference between RISC and CISC with modern examples.
How does virtual memory translation with a TLB work?
Why does iterating over a 2D array row by row run faster than column by column in C?
What is SIMD and how do AVX-512 instructions speed up loops?
Explain Tomasulo's algorithm in simple terms.
What is memory bandwidth vs latency, and which matters more for a linked-list traversal?
How does hyper-threading (SMT) work and when does it hurt performance?
Computer architecture homework: a 32 KB 4-way set-associative cache with 64-byte lines — how many sets, and how many bits for tag, index and offset with 48-bit addresses?
Why do modern CPUs have a separate instruction and data L1 cache?
Explain the roofline model for a stencil code on a multicore CPU (HPC course).
What is a branch target buffer?
What's the difference between DDR5 and GDDR6 memory?
How does a GPU hide memory latency with many warps? (intro GPU architecture lecture)
What is speculative execution and how did Spectre exploit it at a high level?
Explain Little's law and how it relates to memory-level parallelism.
What does 'NUMA' mean and why does it matter for a database server?
How does a store buffer affect memory consistency on x86?
Why did clock speeds stop increasing around 2005 (Dennard scaling)?
"""

GEN_COMPARCH_LONG = r"""
Comp arch midterm question:

A processor has a 5-stage pipeline. 20% of instructions are loads, and 50% of loads are immediately followed by an instruction that uses the loaded value (1-cycle stall with forwarding). 15% of instructions are branches; the predictor is 90% accurate and the mispredict penalty is 3 cycles.
What is the CPI? What is the speedup over a non-pipelined implementation with the same clock?
~~~
Can someone explain why this matrix multiply is 10x faster when I swap the loop order?

```c
for (i = 0; i < N; i++)
  for (k = 0; k < N; k++)
    for (j = 0; j < N; j++)
      C[i][j] += A[i][k] * B[k][j];
```
N = 1024, doubles. The i-j-k version takes 9 seconds, this i-k-j version takes 0.9. I'm guessing cache lines, but how do I reason about the miss rate of each loop?
~~~
Homework (cache simulation): a direct-mapped cache has 8 lines of 16 bytes. The address trace is 0x00, 0x04, 0x10, 0x84, 0x00, 0x90, 0x14, 0x80. For each access say hit or miss and which line it maps to. Then redo it for a 2-way set-associative cache with LRU.
"""

GEN_MISC_LONG = r"""
I'm a backend engineer moving into ML. My manager wants me to "own the training infra" for our team, which turns out to mean: one server with 4 RTX A6000s, a couple of people training image classifiers and fine-tuning a small BERT for ticket routing. What should I set up? I was thinking JupyterHub, a simple job queue, MLflow, and shared NFS for datasets. Anything else?
~~~
Our startup's "AI feature" is a call to an LLM API plus a small reranker we trained ourselves on 20k labeled pairs. Investors keep asking about our "training cluster". We have one cloud GPU instance. How do I explain in plain words that we don't need to pretrain our own foundation model?
~~~
Team retro notes, data platform:
- nightly Spark job that builds the customer features table went from 40 min to 3h after the table grew to 1.2B rows
- skewed join on customer_id (a few test accounts have millions of events)
- proposed fix: salting the key + broadcasting the small dimension table
Does salting make sense here, or should we just filter out the test accounts upstream?
~~~
Writing a blog post explaining transformers to non-technical readers. Is this analogy OK? "Attention is like each word in a sentence looking around at all the other words and deciding which ones matter for understanding it." What's a good analogy for multi-head attention?
~~~
For a university course on ML systems, I want a lab where students train a small GPT (about 10M params) on TinyShakespeare on a single Colab GPU, then measure tokens/sec with and without mixed precision and torch.compile. What's a realistic target, and what should they see?
"""

GEN_CONVOS = r"""
U: my model is overfitting. 95% train acc, 70% val. small dataset (~3k images)
A: With 3k images, the usual first steps are data augmentation (random crops, flips, color jitter), starting from a pretrained backbone instead of training from scratch, and adding regularization (weight decay, dropout before the classifier). Also use early stopping on validation loss.
U: I'm already using a pretrained resnet50 but I unfroze everything
A: Try freezing the backbone and training only the head for a few epochs, then unfreeze the last block with a learning rate around 10x lower. With 3k images, fine-tuning all 25M parameters at a high learning rate overfits quickly.
~~~
U: What's a good way to design a cache for our product API? Reads are 50x more than writes.
A: A cache-aside pattern with Redis works well here. On a read, check Redis, fall back to the DB on a miss and fill the cache with a TTL. On a write, update the DB and delete the cache key rather than updating it, which avoids races.
U: what about when a hot key expires and 1000 requests hit the DB at once?
A: Use request coalescing (a single-flight lock per key so only one request rebuilds it), or probabilistic early refresh, where a request sometimes refreshes the key shortly before its TTL runs out. Adding jitter to TTLs also stops many keys from expiring together.
~~~
U: I have a 12 GB GPU. can I train a transformer language model from scratch?
A: Yes, a small one. A GPT-style model with 50–125M parameters on a few GB of text fits on a 12 GB card with mixed precision, a modest batch size and gradient accumulation. Expect days of training to get something coherent, not something comparable to commercial models.
U: how many tokens would I need for 100M params
A: Around 2B tokens is a reasonable target for a model that size, about 20 tokens per parameter. At roughly 30–50k tokens per second on a consumer GPU, that works out to somewhere between half a day and a day.
~~~
U: explain precision and recall like I'm five
A: Picture picking ripe apples from a tree. Precision asks, of the apples you picked, how many were actually ripe. Recall asks, of all the ripe apples on the tree, how many you picked.
U: and F1?
A: F1 is a single score that is high only when both are high. It is the harmonic mean of the two, so if one is bad the F1 is bad too.
~~~
U: we use python multiprocessing to speed up a scoring job but memory explodes with 16 workers
A: Each worker gets its own copy of whatever you pass to it or load inside it. If every worker loads the model or a big DataFrame, memory grows 16x. Load large read-only data once before the fork (on Linux, copy-on-write shares it), or use shared memory or memory-mapped files, and pass only small row indices to the workers.
U: we're on macOS, does fork work there?
A: On macOS the default start method is spawn, so each worker re-imports your module and loads everything again. You can set fork explicitly, but it is considered unsafe with some system libraries. Memory-mapping the data (for example a numpy memmap or Arrow files) is the portable fix.
~~~
U: whats the difference between an H100 and my 4090 for training small stuff
A: For small models the 4090 is surprisingly competitive per dollar. The H100 has much more memory (80 GB vs 24 GB), far higher memory bandwidth, faster FP8/BF16 tensor cores and NVLink, which matter for big models and multi-GPU setups. If your model and batch fit in 24 GB, a 4090 will get you most of the way for a fraction of the price.
U: ok so for fine-tuning a 1B model with LoRA the 4090 is fine
A: Yes, comfortably.
~~~
U: interview tomorrow for a backend role. they said "be ready to talk about sharding". what should I know?
A: Know why you shard (write throughput, data size), how to choose a shard key (high cardinality, even distribution, fits your query patterns), range vs hash sharding, consistent hashing for rebalancing, cross-shard queries and transactions, and hotspots (for example a celebrity user). Have one concrete example ready, like sharding a users table by user_id.
U: what about resharding when we outgrow 16 shards?
A: The common approaches are virtual shards (map many logical shards onto fewer physical nodes, then move logical shards), or double-writing to the old and new layouts while you backfill, then cutting reads over. Mention that you would do it online, with verification, and have a way to roll back.
"""


def fm_exercises_more(rng: random.Random) -> list[Item]:
    """Cluster, accelerator and data-pipeline exercises with numbers."""
    out: list[Item] = []
    for _ in range(12):
        n = rng.choice([8, 34, 70, 180, 400])
        d = rng.choice([2, 5, 10, 15, 20])
        days = rng.choice([30, 45, 60, 90])
        mfu = rng.choice([35, 40, 45, 50])
        out.append(
            item(
                f"How many H100s do we need to pretrain a {n}B dense model on {d}T tokens in "
                f"{days} days at {mfu}% MFU? Then pick a TP/PP/DP layout for that GPU count and "
                f"say whether the global batch size in tokens stays reasonable.",
                FM,
                "frontier-exercise",
            )
        )
    for _ in range(10):
        hbm = rng.choice([1.6, 2.0, 3.35, 4.8, 8.0])
        pf = rng.choice([0.4, 0.99, 1.98, 2.5])
        d = rng.choice([64, 128, 256])
        out.append(
            item(
                f"Roofline question for a training chip with {pf} PFLOP/s of bf16 matrix compute and "
                f"{hbm} TB/s of HBM bandwidth: what is the ridge point? Is the attention score "
                f"computation with head dimension {d} compute bound or memory bound if implemented "
                f"without tiling, and how big must an SRAM tile be to cross the ridge?",
                FM,
                "frontier-accel",
            )
        )
    for _ in range(10):
        nodes = rng.choice([512, 1024, 2048, 4096])
        p = rng.choice(["0.1%", "0.05%", "0.2%", "0.02%"])
        out.append(
            item(
                f"Each node in a {nodes}-node pretraining cluster has a {p} chance per hour of a "
                f"fault that kills the job. What is the job-level MTBF? With 10 minutes of restart "
                f"overhead and 2-minute checkpoint saves, what fraction of wall time is useful "
                f"training (goodput) at the optimal checkpoint interval?",
                FM,
                "frontier-exercise",
            )
        )
    for _ in range(10):
        docs = rng.choice([5, 20, 60, 250])
        perms = rng.choice([128, 256, 1024])
        bands = rng.choice([16, 20, 32])
        out.append(
            item(
                f"Near-dedup of a pretraining crawl with {docs}B documents using MinHash with "
                f"{perms} permutations split into {bands} bands. What Jaccard threshold does this "
                f"banding target, how many bytes of signatures do we store, and how would you "
                f"distribute the bucket join across a cluster?",
                FM,
                "frontier-data",
            )
        )
    for _ in range(8):
        t = rng.choice([2, 8, 15, 30])
        v = rng.choice([32000, 100000, 128000, 256000])
        out.append(
            item(
                f"We must tokenize {t}T tokens of raw text for pretraining with a {v}-entry BPE "
                f"vocabulary. If one CPU core tokenizes 1.5 MB/s and text averages 4 bytes per "
                f"token, how many core-hours is that, and how would you lay out the output shards "
                f"for a data loader feeding 8,192 GPUs?",
                FM,
                "frontier-data",
            )
        )
    return out


def gen_exercises(rng: random.Random) -> list[Item]:
    """Coursework and back-of-envelope exercises with numbers (general)."""
    out: list[Item] = []
    for _ in range(22):
        cin = rng.choice([1, 3, 16, 32, 64])
        cout = rng.choice([8, 16, 32, 64, 128, 256])
        k = rng.choice([1, 3, 5, 7])
        hw = rng.choice([28, 32, 64, 224])
        s = rng.choice([1, 2])
        p = rng.choice([0, 1, 2])
        out.append(
            item(
                f"CNN exercise: input {hw}x{hw}x{cin}, conv layer with {cout} filters of size "
                f"{k}x{k}, stride {s}, padding {p}. What is the output shape, how many parameters "
                f"(including biases), and how many multiply-accumulate operations?",
                GEN,
                "general-coursework",
            )
        )
    for _ in range(14):
        tp, fp, fn = rng.randint(20, 300), rng.randint(5, 120), rng.randint(5, 150)
        tn = rng.randint(200, 5000)
        out.append(
            item(
                f"A classifier's confusion matrix on the test set: TP={tp}, FP={fp}, FN={fn}, "
                f"TN={tn}. Compute accuracy, precision, recall, specificity and F1. Which metric "
                f"would you report if positives are rare?",
                GEN,
                "general-ml-interview",
            )
        )
    for _ in range(14):
        l1 = rng.choice([1, 2, 4])
        m1 = rng.choice([2, 3, 5, 8, 10])
        l2 = rng.choice([8, 10, 12, 15, 20])
        m2 = rng.choice([10, 20, 30, 40])
        mem = rng.choice([80, 100, 150, 200])
        out.append(
            item(
                f"Comp arch homework: L1 hit time {l1} cycle(s), L1 miss rate {m1}%, L2 hit time "
                f"{l2} cycles, L2 local miss rate {m2}%, main memory {mem} cycles. Compute the AMAT. "
                f"How much does it improve if the L1 miss rate drops by half?",
                GEN,
                "general-comparch",
            )
        )
    for _ in range(12):
        kb = rng.choice([16, 32, 64, 256, 512])
        ways = rng.choice([1, 2, 4, 8, 16])
        line = rng.choice([32, 64, 128])
        bits = rng.choice([32, 40, 48])
        out.append(
            item(
                f"A {kb} KB {ways}-way set-associative cache with {line}-byte lines and {bits}-bit "
                f"physical addresses: how many sets are there, and how many bits go to the tag, "
                f"index and block offset?",
                GEN,
                "general-comparch",
            )
        )
    for _ in range(14):
        f = rng.choice([0.5, 0.75, 0.9, 0.95, 0.99])
        n = rng.choice([4, 8, 16, 64, 128, 1024])
        out.append(
            item(
                f"Parallel computing exercise: {int(f * 100)}% of a program's runtime is "
                f"parallelizable. What speedup does Amdahl's law predict on {n} cores? What does "
                f"Gustafson's law say if the problem size grows with the core count?",
                GEN,
                "general-parallel",
            )
        )
    for _ in range(22):
        dau = rng.choice([1, 5, 10, 50, 100, 300])
        req = rng.choice([5, 10, 20, 40])
        size = rng.choice([0.5, 1, 2, 5])
        what = rng.choice(
            [
                "a photo-sharing app",
                "a URL shortener",
                "a chat service",
                "a food delivery app",
                "a news site",
                "an online marketplace",
                "a fitness tracking app",
                "a ticketing site",
            ]
        )
        out.append(
            item(
                f"System design estimation: {what} has {dau}M daily active users, each making "
                f"about {req} requests per day, with responses of ~{size} KB. Estimate average and "
                f"peak QPS, daily egress bandwidth, and how many app servers you need if one server "
                f"handles 2,000 requests per second.",
                GEN,
                "general-sysdesign",
            )
        )
    for _ in range(12):
        w = rng.choice([-2.0, -1.0, 0.0, 0.5, 1.0])
        x = rng.choice([1.0, 2.0, 3.0, -1.0])
        y = rng.choice([0, 1])
        lr = rng.choice([0.01, 0.1, 0.5])
        out.append(
            item(
                f"Backprop by hand: a single logistic neuron with weight w={w}, bias b=0, input "
                f"x={x}, label y={y}, binary cross-entropy loss. Compute the prediction, the loss, "
                f"dL/dw and dL/db, and the updated weight after one gradient step with learning "
                f"rate {lr}.",
                GEN,
                "general-coursework",
            )
        )
    for _ in range(14):
        params = rng.choice([66, 110, 125, 340, 350, 770, 1300])
        vram = rng.choice([6, 8, 10, 12, 16, 24])
        card = {
            6: "GTX 1660",
            8: "RTX 3070",
            10: "RTX 3080",
            12: "RTX 3060",
            16: "RTX 4060 Ti 16GB",
            24: "RTX 3090",
        }[vram]
        out.append(
            item(
                f"I want to fully fine-tune a {params}M-parameter model on my {card} ({vram} GB). "
                f"With AdamW in fp32 that's 16 bytes per parameter for weights, grads and optimizer "
                f"state — does it fit before activations? Would mixed precision or 8-bit Adam let "
                f"me use a bigger batch?",
                GEN,
                "general-bugreport",
            )
        )
    for _ in range(12):
        hid = rng.choice([16, 32, 64, 100, 128, 256])
        inp = rng.choice([4, 10, 20, 784])
        outn = rng.choice([1, 2, 3, 10])
        out.append(
            item(
                f"Intro DL quiz: an MLP has {inp} inputs, two hidden layers of {hid} units each, "
                f"and {outn} outputs. How many weights and biases does it have in total? Write the "
                f"shapes of every weight matrix.",
                GEN,
                "general-coursework",
            )
        )
    for _ in range(10):
        ranks = rng.choice([16, 64, 256, 1024])
        grid = rng.choice([1024, 2048, 4096, 8192])
        out.append(
            item(
                f"HPC homework: a {grid}x{grid} 2D stencil simulation is split over {ranks} MPI "
                f"ranks in a square decomposition. Compute the halo size each rank exchanges per "
                f"iteration and the surface-to-volume ratio. How does it change if we double the "
                f"number of ranks?",
                GEN,
                "general-parallel",
            )
        )
    return out


# =============================================================================================
# assembly
# =============================================================================================


def build() -> list[Item]:
    rng = random.Random(SEED)
    fm: list[Item] = []
    fm += hand(rng, FM_INTERVIEW, FM, "frontier-interview")
    fm += long(FM_INTERVIEW_LONG, FM, "frontier-interview")
    fm += hand(rng, FM_SHORT_MORE, FM, "frontier-forum")
    fm += hand(rng, FM_TERSE, FM, "frontier-forum")
    fm += long(FM_FORUM, FM, "frontier-forum")
    fm += long(FM_ISSUES, FM, "frontier-issue")
    fm += hand(rng, FM_ACCEL, FM, "frontier-accel")
    fm += long(FM_ACCEL_LONG, FM, "frontier-accel")
    fm += hand(rng, FM_DATA, FM, "frontier-data")
    fm += long(FM_DATA_LONG, FM, "frontier-data")
    fm += convo_items(FM_CONVOS, FM, "frontier-convo")
    fm += hand(rng, FM_EXTRA, FM, "frontier-interview")
    fm += fm_exercises(rng)
    fm += fm_exercises_more(rng)

    gen: list[Item] = []
    gen += hand(rng, GEN_SYSDESIGN, GEN, "general-sysdesign")
    gen += long(GEN_SYSDESIGN_LONG, GEN, "general-sysdesign")
    gen += hand(rng, GEN_ML_INTERVIEW, GEN, "general-ml-interview")
    gen += hand(rng, GEN_COURSEWORK, GEN, "general-coursework")
    gen += long(GEN_COURSE_LONG, GEN, "general-coursework")
    gen += long(GEN_BUGS, GEN, "general-bugreport")
    gen += hand(rng, GEN_BUGS_SHORT, GEN, "general-bugreport")
    gen += hand(rng, GEN_LLM_API, GEN, "general-llm-api")
    gen += hand(rng, GEN_MLOPS, GEN, "general-mlops")
    gen += hand(rng, GEN_PANDAS, GEN, "general-datasci")
    gen += hand(rng, GEN_GPU_BUY, GEN, "general-gpu-buying")
    gen += hand(rng, GEN_PARALLEL, GEN, "general-parallel")
    gen += long(GEN_PARALLEL_LONG, GEN, "general-parallel")
    gen += hand(rng, GEN_COMPARCH, GEN, "general-comparch")
    gen += long(GEN_COMPARCH_LONG, GEN, "general-comparch")
    gen += long(GEN_MISC_LONG, GEN, "general-misc")
    gen += convo_items(GEN_CONVOS, GEN, "general-convo")
    gen += hand(rng, GEN_EXTRA, GEN, "general-mixed")
    gen += gen_exercises(rng)
    return fm + gen


def main() -> None:
    seen = existing_keys(HERE, skip={OUT})
    items = dedupe(build(), seen)
    validate(items)
    write_jsonl(OUT, items)
    print_counts(OUT.name, items)
    print("validated OK:", OUT)


if __name__ == "__main__":
    main()
