"""Data blocks for gen_frontier6.py, `frontier_ml` side (hand-written; see that script's docstring).

Rows are ``subtopic|text``: terse, context-light exercise, lab and interview-follow-up lines that
rarely name their domain and get it from technical specifics instead (ranks, micro-batches,
ZeRO stages, KV heads, tokens, TFLOPs, GB/s). Multi-line records (tables, numbered parts) are
``~~~``-separated chunks whose first line is the subtopic. The two characters backslash-n inside a
row become a newline, so LaTeX commands starting with ``\n`` are never written here.
"""

# ---------------------------------------------------------------------------------------------
# frontier_ml: one-line exercises, by subtopic
# ---------------------------------------------------------------------------------------------
FM_ROWS = r"""
collectives|Implement recursive halving-doubling all-reduce for $P = 2^k$ ranks. For which message sizes does it beat ring on 64 ranks?
collectives|Derive the $\alpha$-$\beta$ cost of Rabenseifner's all-reduce and compare its latency term with ring's $2(P-1)\alpha$.
collectives|Your process count is 48, not a power of two. Adapt recursive doubling so it still finishes in $\lceil \log_2 P \rceil + 2$ steps and say what the extra steps cost.
collectives|Given $\alpha = 8\,\mu s$, $\beta^{-1} = 25$ GB/s and 512 ranks, find the message size below which a binary-tree all-reduce beats ring.
collectives|Write reduce-scatter and all-gather in terms of point-to-point sends, then compose them into an all-reduce. Count the messages per rank.
collectives|Measure all-gather bus bandwidth from 8 KB to 2 GB on two nodes and on sixteen nodes. Where does the curve flatten, and why is the plateau lower on sixteen?
collectives|Show that a double binary tree uses full bandwidth in both directions on every link while a single tree does not.
collectives|Estimate the time of an all-to-all of 256 MB per rank on 64 ranks, 400 Gb/s per rank, with a pairwise-exchange schedule. Then with a Bruck-style algorithm. Which wins?
collectives|Derive the hierarchical all-reduce time for 32 nodes of 8 devices: intra-node reduce-scatter at 900 GB/s, inter-node ring at 50 GB/s, intra-node all-gather. Which phase dominates?
collectives|If the number of nodes doubles from 32 to 64 in the previous exercise, which term grows and by how much?
collectives|Instrument your all-reduce with CUDA events around each ring step. Plot per-step latency across ranks and identify the slow link.
collectives|Why is bus bandwidth, not algorithm bandwidth, the number to compare across rank counts? Give the conversion factor for all-reduce, all-gather and broadcast.
collectives|Prove a lower bound of $\log_2 P$ rounds for any all-reduce in the single-port model.
collectives|Given a 2D torus of $16 \times 16$ chips, design an all-reduce that runs rings along rows then columns. Cost it and compare with a single 256-chip ring.
collectives|Implement a pipelined ring broadcast with chunk size $c$. Find the $c$ that minimises time for a 4 GB buffer on 128 ranks with $\alpha = 5\,\mu s$ and 40 GB/s links.
collectives|Two all-reduces of 64 MB each are issued back to back on separate streams. When does running them concurrently hurt rather than help?
collectives|Explain why an all-reduce in fp32 of bf16 gradients doubles the bytes on the wire, and estimate the step-time cost for a 13B model on 256 ranks at 50 GB/s.
collectives|Which collective does a sharded-optimizer step need at the end, and what is its volume per rank for 8B parameters sharded 128 ways in bf16?
collectives|Reduce-scatter with $P = 96$: ring or recursive halving with a pre-step? Justify with the cost model.
collectives|Plot the predicted versus measured all-reduce time on your 4-node cluster for 1 MB to 1 GB. Fit $\alpha$ and $\beta$ by least squares and report the residuals.
collectives|Estimate how many SMs an all-reduce kernel needs to saturate 8 NVLink ports, and what overlapping it with a GEMM costs the GEMM.
collectives|Given 2,048 ranks and 16 MB gradient buckets, which term dominates a ring all-reduce: latency or bandwidth? Use $\alpha = 10\,\mu s$, 50 GB/s.
collectives|Design a tree all-reduce that is aware of the 8-device node boundary. How many inter-node messages does each leaf send?
collectives|What breaks in ring all-reduce if one rank's link runs at half speed? Quantify the slowdown for 64 ranks.
collectives|Sketch the chunking and channel layout an all-reduce library would use across 4 NICs per node so that every NIC stays busy.
collectives|Compare in-network reduction (switch-side aggregation) with a host ring for a 1 GB all-reduce across 256 endpoints. What does it save, and what limits it?
parallelism|A job uses TP=8, PP=4, DP=32 on 1,024 devices. Assign ranks to a mesh so TP groups stay within a node. Write the rank-to-coordinate formula.
parallelism|Why should the tensor-parallel dimension be innermost in the device mesh and data parallelism outermost? Answer in terms of bytes per step on each dimension.
parallelism|Given 4,096 devices, 8 per node, and a 400B dense model, propose TP, PP, DP and CP degrees for 128k-token sequences. Justify each.
parallelism|Derive the activation memory saved by sequence parallelism for layernorm and dropout regions at TP=8.
parallelism|Context parallelism splits a 256k sequence across 16 ranks. Write the ring-attention KV exchange volume per layer per rank for 8 KV heads of dim 128 in bf16.
parallelism|Expert parallelism with 64 experts on 64 ranks, top-2 routing, 8k tokens per rank, hidden 6144: estimate the all-to-all bytes per layer in forward and backward.
parallelism|If top-2 becomes top-8 with experts four times smaller, how does the all-to-all volume change? The FLOPs?
parallelism|Build the process groups for a 2-way PP, 4-way TP, 4-way DP mesh in torch.distributed. How many groups of each kind exist?
parallelism|When does it pay to use expert parallelism across nodes rather than replicate experts inside each node? Give a break-even in terms of bandwidth and tokens per expert.
parallelism|Given a mesh (DP, FSDP, TP) = (4, 16, 8), which collectives run along each axis during one step?
parallelism|Estimate the pipeline point-to-point traffic per micro-batch between stages for sequence 8192, hidden 12288, bf16. Compare with one TP all-reduce of the same tensor.
parallelism|Show that 2D tensor parallelism reduces per-device communication from $O(h)$ to $O(h/\sqrt{p})$ for an $h \times h$ weight.
parallelism|Your cluster has 6 devices per node. Which TP degrees make sense, and how do you map 24-way model parallelism?
parallelism|Why is context parallelism preferred over tensor parallelism for very long sequences at small batch? Give the crossover using the cost of the attention all-to-all.
parallelism|Ulysses-style sequence parallelism needs the number of heads divisible by the SP degree. What do you do with 40 heads and SP=16?
parallelism|Compare the memory per device of TP=8 versus PP=8 for an 80-layer, hidden-8192 model at micro-batch 1. Which frees more for activations?
parallelism|Experiment: keep 512 devices fixed and sweep TP in {1, 2, 4, 8} with DP filling the rest. Plot throughput and explain the knee.
parallelism|Given DP=64 and an expert-parallel degree of 16, how are the expert-parallel groups carved out of the data-parallel groups, and which gradients reduce over which group?
parallelism|Tensor parallelism of the vocabulary projection with a 256k vocabulary: write the parallel cross-entropy so the logits are never gathered.
parallelism|Estimate the bubble-free throughput loss of adding one more parallel dimension (CP=2) to a job that already has TP=8, PP=8.
topology|A rail-optimised network connects NIC $i$ of every node to leaf switch $i$. Show which all-reduce traffic stays on one rail and which needs the spine.
topology|Compute the number of 64-port switches for a non-blocking 3-tier fat-tree of 16,384 endpoints. Then at 2:1 oversubscription at the leaf.
topology|Given 2:1 oversubscription above the leaf, which parallelism dimension should cross the spine and which should not? Assume TP=8, PP=8, DP=256.
topology|Compare the all-reduce bandwidth available to a data-parallel group spread over 4 racks versus packed into one rack, with 4:1 oversubscription between racks.
topology|An NVSwitch domain spans 72 accelerators at 900 GB/s each. Which TP and EP degrees become possible that were not with 8-way nodes?
topology|Measure per-rail bandwidth with one ring per NIC and then with rings crossing rails. Explain the difference you see.
topology|Estimate the bisection bandwidth of a 2,048-node cluster with 8 x 400 Gb/s NICs per node and a full fat-tree. What fraction does a DP all-reduce use?
topology|Why do job schedulers for training clusters allocate in blocks of whole leaf switches? Quantify the penalty of a job split across two spines.
topology|Given a dragonfly network with 8 groups, which collective schedule minimises global-link traffic for an all-reduce?
topology|A single leaf uplink fails. Estimate the slowdown of a ring all-reduce that crosses it, and suggest how the collective library could route around it.
topology|NVLink gives 450 GB/s per direction per device, the NIC 50 GB/s. What is the ratio, and what does it imply for where TP and DP go?
topology|Plan cabling for a 512-device pod: 64 nodes, 8 rails, 64-port leaf switches. How many leaves and spines? Draw one rail.
topology|Design an experiment to detect a congested spine port during a 4,096-device job using only per-step collective timings.
topology|Explain why adaptive routing matters more for all-to-all than for ring all-reduce on a fat-tree.
topology|How does a 3D torus of 4,096 chips compare with a fat-tree for a 3D (DP, PP, TP) mesh? Which mapping makes each dimension a ring on physical links?
topology|Optical circuit switches let you reconfigure a torus between jobs. What do you gain for a job that needs a $16 \times 16 \times 16$ mesh?
pipeline|Draw the 1F1B schedule for 4 stages and 8 micro-batches. Mark the bubble and count idle slots.
pipeline|Derive the bubble fraction of interleaved 1F1B with $v$ chunks per device. For $p = 8$, $m = 16$, what $v$ brings it below 5%?
pipeline|Zero-bubble schedules split backward into input-gradient and weight-gradient parts. Explain why this removes the bubble and what memory it costs.
pipeline|Given 96 layers and 12 stages, but the first stage also holds the embedding and the last the output projection of a 256k vocabulary, balance the stages.
pipeline|If the number of micro-batches doubles from 16 to 32 at fixed global batch, what happens to the bubble, the per-micro-batch GEMM efficiency and the activation memory?
pipeline|Measure the bubble on your 8-stage run by timestamping each stage's first forward and last backward. Compare with $(p-1)/(m+p-1)$.
pipeline|Why does the last pipeline stage often run out of memory first in practice despite holding fewer in-flight activations?
pipeline|Compute the peak number of in-flight micro-batches per stage for GPipe and 1F1B with $p = 16$, $m = 64$.
pipeline|Implement a pipeline schedule simulator that takes per-stage forward and backward times and prints total step time. Test it with one stage 20% slower.
pipeline|With cross-node pipeline links at 25 GB/s and a 200 MB activation per micro-batch, is the send overlapped by a 60 ms stage compute? What if the sequence length doubles?
pipeline|Show that the bubble fraction tends to zero as $m \to \infty$ but the step time does not; what else limits $m$?
pipeline|Write the steady-state phase of 1F1B as a loop and explain where the warm-up and cool-down phases come from.
pipeline|Given PP=8 and a global batch of 1,024 sequences with DP=32, how many micro-batches per pipeline at micro-batch size 2? What is the bubble?
pipeline|Explain how a breadth-first schedule differs from depth-first interleaving when combined with a sharded data-parallel dimension.
pipeline|A pipeline of 4 stages has stage times 50, 55, 50, 70 ms. What is the throughput, and how would you rebalance layers?
zero-memory|Tabulate bytes per parameter for ZeRO stages 0 through 3 with bf16 weights and grads and fp32 Adam. Add a column for an 8-bit optimizer.
zero-memory|A 34B model, 256 ranks, ZeRO-3. How many bytes are resident per rank at the peak of the forward of one layer, counting the gathered layer?
zero-memory|FSDP with a sharding group of 8 and a replication group of 64: write the per-rank memory and the inter-node traffic per step for 70B parameters.
zero-memory|Why does ZeRO-2 not reduce the memory of the fp16 or bf16 parameters, and when is ZeRO-3's extra all-gather worth it?
zero-memory|Estimate peak memory for 13B parameters on 8 devices with ZeRO-1, sequence 4096, micro-batch 2, hidden 5120, 40 layers, no recomputation. Does it fit in 80 GB?
zero-memory|Given 141 GB per device instead of 80 GB, recompute the smallest sharding degree that fits a 180B model's full training state.
zero-memory|Instrument allocator peaks per layer during one FSDP step and plot them. Which spike is the gathered-parameter buffer and which is the gradient reduce-scatter buffer?
zero-memory|Explain memory fragmentation under FSDP and how the caching allocator's expandable segments change it.
zero-memory|Derive the minimum number of devices for a 1T-parameter model with 16 bytes per parameter of state and 80 GB devices, ignoring activations. Then add 20% headroom.
zero-memory|When the sharding degree doubles from 64 to 128, which memory terms halve and which stay? What happens to the all-gather latency?
zero-memory|Why are unit sizes (wrapping granularity) important in FSDP? Compare wrapping every layer versus every 4 layers for memory and overlap.
zero-memory|Memory per rank for Adam master weights in fp32, moments in bf16, weights in bf16, for 70B over 512 ranks. Show the table.
zero-memory|Compute the gradient buffer memory with and without gradient accumulation in fp32 for a 7B shard of 1/16.
recompute|Full versus selective activation recomputation: which tensors does the selective scheme keep, and what fraction of FLOPs does it add for sequence 8192?
recompute|Given 80 GB per device, find the smallest number of recomputed layers out of 64 that lets micro-batch 4 fit. State your activation-size formula.
recompute|Derive the $O(\sqrt{L})$ memory checkpointing scheme and its recompute cost. Why is it rarely used in practice for deep stacks?
recompute|Measure step time with recomputation off, selective and full on your 8-device setup. Report MFU for each, counting recomputed FLOPs or not.
recompute|Why should MFU exclude recomputation FLOPs while HFU includes them? Compute both for a 12% recompute overhead at 450 TFLOPs achieved.
recompute|If the sequence length doubles, how does the trade-off between recomputing attention and storing it change with a fused attention kernel?
recompute|Offload activations to host instead of recomputing them: at 25 GB/s per device, how much activation can you move during a 400 ms backward?
offload|Design triple-buffered parameter prefetch from host memory for a layer-by-layer forward. How many layer buffers are live at once, and why three rather than two?
offload|Given PCIe Gen5 at 50 GB/s per device and a 1.6 GB bf16 layer, what per-layer compute time hides the transfer? Is that realistic at micro-batch 1?
offload|Offload the Adam states to CPU. Estimate the CPU optimizer step time for 10B parameters on 64 cores with 200 GB/s of DRAM bandwidth.
offload|NVMe offload for a 175B model on 16 devices: how many NVMe drives at 6 GB/s each keep the step under 20 s?
offload|Implement double buffering for a prefetch queue of sharded parameters. What happens when the prefetch depth exceeds free memory?
offload|If host-to-device bandwidth halves because two devices share a PCIe switch, how does your prefetch depth change?
offload|Compare offloading the optimizer versus offloading parameters: which one saves more device memory per byte moved?
offload|Pinned versus pageable host buffers for offload: measure both on your node and explain the gap.
numerics|Show with a 4-element example that reducing bf16 gradients in a different order gives a different sum. How large can the difference be relative to the sum?
numerics|Two runs with identical seeds diverge after 3,000 steps on 256 ranks but not on 8. List the reduction-order sources and how to make them deterministic.
numerics|Dynamic loss scaling: start at $2^{16}$, halve on overflow, double after 2,000 clean steps. Simulate it on a gradient-norm trace and count skipped steps.
numerics|fp8 E4M3 versus E5M2: which goes in forward activations and which in gradients, and why?
numerics|Estimate the quantisation error of per-tensor fp8 scaling versus per-block scaling of 128 elements on a tensor with one outlier $1000\times$ the median.
numerics|Why is the softmax of attention logits kept in fp32 even when GEMMs run in fp8? Give an example where bf16 exp loses the answer.
numerics|A tree reduction and a ring reduction of the same gradient disagree in the 3rd significant bit of bf16. Is this a bug? What would convince you either way?
numerics|Implement a deterministic all-reduce by fixing the reduction tree. What does it cost in bandwidth compared with the library's default?
numerics|Stochastic rounding for bf16 weight updates: show that it keeps small updates unbiased where round-to-nearest drops them.
numerics|With a learning rate of $3\times10^{-4}$ and weights around 0.02, how many bf16 mantissa bits does an update use? Why do we keep an fp32 master copy?
numerics|Logit growth in attention leads to loss spikes late in a run. Propose two numerical fixes and a metric to watch.
numerics|Measure the max absolute difference between gradients computed with TP=1 and TP=8 on the same batch. What tolerance would you accept?
numerics|Why does a z-loss on the output logits help stability at large scale? Write the term.
checkpoint|Size the full checkpoint of a 405B model with fp32 Adam and master weights. How long does it take to write at 800 GB/s aggregate?
checkpoint|Async checkpointing copies state to pinned host memory, then writes in the background. How much host RAM per node for 70B parameters sharded across 128 nodes?
checkpoint|Given a 12 TB checkpoint and a parallel filesystem at 1.2 TB/s read, how long does restore take, and what else adds to restart time?
checkpoint|Compress optimizer states before saving: estimate the ratio for bf16 moments with a byte-shuffle plus zstd. Is it worth the CPU time?
checkpoint|Design a resharding checkpoint format so a job saved with TP=8, PP=16 can restart with TP=4, PP=32.
checkpoint|If the checkpoint interval halves from 60 to 30 minutes, how much throughput do you lose with a 90 s synchronous save? With a 5 s async stall?
checkpoint|Measure save time versus number of writer ranks from 16 to 4,096. Where does the filesystem saturate?
checkpoint|Every data-parallel replica holds the same weights. Which ranks should write, and how do you spread the write load?
checkpoint|In-memory checkpointing to a neighbour node's RAM: compute the extra network traffic per save for 16 bytes/param and 2T parameters over 2,048 nodes.
checkpoint|Keep the last 5 full checkpoints of a 1T model plus daily ones for 90 days. How much storage?
checkpoint|What must be saved besides weights and optimizer state to resume bit-exactly? List at least five items.
fault-tolerance|A 16,384-device job with a per-device failure rate of one per 50,000 hours: expected failures per day? Expected interruptions over a 54-day run?
fault-tolerance|Given 40 minutes between interruptions and 8 minutes to restart, what is the upper bound on effective training time? How does a 2-minute restart change it?
fault-tolerance|Apply Young/Daly to a 1.5-minute checkpoint and a 3-hour job MTBF. Then redo it when the cluster doubles.
fault-tolerance|Hot spares: how many spare nodes per 1,000 keep a run from waiting for repairs if node repair takes 3 days and each node fails once per 6 months?
fault-tolerance|Classify interruptions in a 3-month run log into hardware, software, network and user. Which class would you attack first and why?
fault-tolerance|Detect a straggler device among 8,192 from per-rank step times. Write the statistic and the threshold.
fault-tolerance|Silent data corruption: design a cheap check run every 1,000 steps that would catch a device computing wrong GEMMs.
fault-tolerance|A collective hangs with no error. Write the triage order for a 4,096-rank job and the timeouts you would set.
fault-tolerance|Elastic training drops a data-parallel replica without restarting. What changes in the global batch, the learning rate and the data loader?
fault-tolerance|Plot effective training time fraction versus job size from 1k to 100k devices under a fixed per-device failure rate and 10-minute recovery.
fault-tolerance|Link flaps on InfiniBand cause 30 s stalls twice an hour. Quantify the cost over a 30-day run on 8,000 devices.
scaling-laws|Given $L(N, D) = E + A/N^{\alpha} + B/D^{\beta}$ with $\alpha = 0.34$, $\beta = 0.28$, derive compute-optimal $N$ and $D$ under $C = 6ND$.
scaling-laws|Fit a power law to five small runs (loss versus compute). Extrapolate to $10^{25}$ FLOPs and give a confidence interval.
scaling-laws|Estimate the compute-optimal parameter count and token count for $3\times10^{24}$ FLOPs at 20 tokens per parameter.
scaling-laws|Draw iso-FLOP curves for three budgets. Where is each minimum, and what does the trend of the minima tell you?
scaling-laws|If inference cost matters, why train a smaller model on more tokens than compute-optimal? Quantify for 10x more inference tokens than training tokens.
scaling-laws|Two fitting approaches give tokens-per-parameter of 20 and 40. What assumptions differ, and which would you trust to extrapolate?
scaling-laws|Given a fixed budget of 4,096 devices for 90 days at 40% MFU and 990 TFLOPs peak, what model size and token count are compute-optimal?
scaling-laws|Derive how the optimal $N$ scales with $C$ when $\alpha = \beta$.
scaling-laws|Your extrapolated loss at the target scale is 0.05 nats off after training. List three reasons the fit could miss.
scaling-laws|Plan a scaling sweep: how many model sizes, how many tokens each, and what fraction of the final run's compute should the sweep use?
scaling-laws|Data-constrained regime: only 4T unique tokens for a budget that wants 15T. How many epochs, and what does repetition cost in effective data?
scaling-laws|If compute doubles every 8 months, when does the compute-optimal model hit 2T parameters starting from 400B today?
scaling-laws|Estimate the loss gap between a MoE with 8 experts and a dense model of the same active parameters using your own fitted law.
batch-size|Define the critical batch size and estimate it from the gradient noise scale $B_{simple} = \mathrm{tr}(\Sigma)/|G|^2$.
batch-size|Measure the gradient noise scale at steps 1k, 10k and 100k. Why does it grow during training?
batch-size|Given a critical batch of 4M tokens and 8,192 devices with 4k-token sequences, what micro-batch and accumulation would you use?
batch-size|If global batch doubles beyond the critical batch, what happens to steps to target loss and to total tokens?
batch-size|Batch-size warmup: ramp from 0.5M to 16M tokens over the first 100B tokens. Write the schedule and explain the motivation.
batch-size|Square-root versus linear learning-rate scaling with batch size for Adam. Which holds near the critical batch?
batch-size|Estimate the time-to-target saving of doubling devices when the batch is already 2x the critical batch.
lr-schedule|Compare cosine decay to 10% versus warmup-stable-decay with a 10% linear cooldown for a 2T-token run. What does WSD let you do mid-run?
lr-schedule|Peak learning rate transfer: how does muP let you tune at 100M parameters and reuse at 70B? Which quantities scale with width?
lr-schedule|The run spikes at step 120k. Roll back 2k steps and skip data, or lower the LR? Design the decision rule.
lr-schedule|Warmup length of 2,000 steps at batch 4M tokens versus 8,000 steps at batch 1M. Same tokens; which is safer, and why?
lr-schedule|If the total run is extended by 50% after 60% of training under cosine, what do you do to the schedule?
lr-schedule|Plot loss against tokens for three cooldown lengths starting from the same stable-phase checkpoint. Report the optimal cooldown fraction.
lr-schedule|Adam $\beta_2 = 0.95$ versus 0.999 for 500k-step runs: which and why?
data-pipeline|Near-duplicate removal with MinHash over 20B web documents: choose shingle size, number of permutations and LSH bands for a Jaccard threshold of 0.8.
data-pipeline|Exact substring dedup with a suffix array over 10 TB of text: estimate memory and time. How would you shard it?
data-pipeline|Tokenisation throughput: one core tokenises 1.5 MB/s. How many core-hours for 60 TB of filtered text? For a 10-day deadline, how many cores?
data-pipeline|Train a quality classifier on reference text versus random crawl. Choose the threshold so 10% of crawl survives, and say how you'd check you didn't remove all code.
data-pipeline|Mixture weights: web 60%, code 15%, papers 10%, books 10%, math 5%. A 3T-token budget and 400B code tokens available. How many code epochs?
data-pipeline|Design a deterministic, resumable data loader that can restart at token $t$ in a 15T-token stream after the device count changes.
data-pipeline|Estimate the storage of 15T tokens packed as uint32 versus a 200k vocabulary needing 18 bits. Propose a packing.
data-pipeline|Sequence packing with document masking: how many tokens are wasted per batch without packing for a length distribution with median 600 and seq length 8192?
data-pipeline|Decontaminate the corpus against 40 held-out test sets using 13-gram overlap. Estimate the Bloom filter size for 50M n-grams at 0.1% false positives.
data-pipeline|Language ID on a 100-language crawl: how would you set per-language thresholds, and what happens to low-resource languages if you don't?
data-pipeline|If the data loader feeds 2M tokens/s per node and the step needs 3M, where do you look first?
data-pipeline|Run a proxy-model ablation: 1B model, 50B tokens, five mixtures. How do you choose the final mixture for the 70B run from these?
data-pipeline|PII scrubbing over 30 TB: estimate regex pass throughput and design the sharding over 2,000 CPU workers.
inference-kv|KV cache bytes per token for 80 layers, 64 query heads, 8 KV heads, head dim 128, bf16. Then for MHA. Then MQA.
inference-kv|Given 80 GB, 70B weights in fp8 and the cache from the previous exercise, how many concurrent 32k-token sequences fit?
inference-kv|If KV heads go from 8 to 1, how does the maximum batch change, and what do you expect to lose in quality?
inference-kv|Paged KV with 16-token blocks: compute internal fragmentation for a length distribution uniform on [1, 4096]. Compare with contiguous preallocation to 4096.
inference-kv|Quantise the KV cache to int8 with per-head scales. Memory saved, error introduced, and where in the attention kernel do you dequantise?
inference-kv|Sliding-window attention with window 4,096 on half the layers: KV memory for a 128k context versus all-global layers.
inference-kv|Prefix caching across requests sharing a 2k-token system prompt: memory and prefill compute saved at 500 requests per second.
inference-kv|Multi-head latent attention compresses K and V into a 512-dim latent. KV bytes per token per layer versus GQA with 8 heads of 128?
inference-kv|Derive the attention read bandwidth per decode step as a function of context length, and find the context at which it equals the weight read for a 70B model.
inference-kv|Estimate KV cache transfer time when moving a 32k-token sequence from a prefill node to a decode node over 50 GB/s.
inference-serving|Prefill versus decode on a roofline: compute the arithmetic intensity of each for a 70B dense model at batch 1 and batch 256.
inference-serving|Continuous batching: simulate arrivals at 20 req/s, prompt 1k, output 300 tokens, and compare p50 latency with static batches of 32.
inference-serving|Given 3.35 TB/s and 140 GB of bf16 weights, what is the floor on per-token decode latency at batch 1? At batch 64, where does compute take over?
inference-serving|Disaggregate prefill and decode onto separate pools. Size both pools for 2,000 req/s, 2k-token prompts, 250 output tokens.
inference-serving|Chunked prefill: pick the chunk size so decode steps keep a 50 ms inter-token latency while a 32k prompt is processed.
inference-serving|Tensor-parallel serving at TP=8 versus TP=2 with 4 replicas: which gives better throughput and which better latency for a 70B model? Show the all-reduce cost per token.
inference-serving|Measure time-to-first-token and inter-token latency as a function of batch size on your server. Plot the trade-off and pick an operating point for a 200 ms TTFT SLO.
inference-serving|Expert-parallel serving of a 64-expert MoE across 16 devices: what limits decode throughput at small batch?
inference-serving|Weight-only int4 quantisation: estimate the decode speedup at batch 1 and at batch 128. Why are they different?
inference-serving|If the output length doubles while prompt length stays the same, which of your pool sizes changes?
spec-decode|Speculative decoding with a draft that has acceptance rate $a$ per token and $k$ drafted tokens: derive the expected tokens per target forward.
spec-decode|Given $a = 0.7$, $k = 4$, draft cost 5% of target, find the expected speedup. What $k$ is optimal?
spec-decode|Show that speculative sampling with the rejection rule samples exactly from the target distribution.
spec-decode|At batch 128 speculative decoding stops helping. Explain with the roofline.
spec-decode|Tree-structured drafts: how many candidate tokens can you verify in one forward before attention cost dominates?
spec-decode|Measure acceptance rate per position on your traffic. Why does it drop with position, and what does that imply for $k$?
accelerator|Peak bf16 TFLOPs of 4 cores, each a $128 \times 128$ systolic array at 1.5 GHz. Ridge point with 1.6 TB/s HBM?
accelerator|Size on-chip SRAM to keep a $4096 \times 4096$ bf16 weight tile resident plus double-buffered activations of 256 tokens.
accelerator|Weight-stationary versus output-stationary for a decode GEMV: which minimises SRAM traffic and why?
accelerator|HBM3 stacks give 819 GB/s each. How many stacks for 4 TB/s, and what does that do to die-edge length?
accelerator|Design the chip-to-chip interconnect for a 64-chip scale-up domain: link count, per-link bandwidth and topology for TP=64 all-reduces.
accelerator|A matrix engine is 90% busy on GEMMs but end-to-end utilisation is 45%. Where do the cycles go? Instrument and report.
accelerator|Given 50 MB of SRAM and a 70B model, how many chips to hold all weights in SRAM, and when does that beat HBM-based serving?
accelerator|Estimate energy per bf16 MAC versus energy per byte from HBM. At what arithmetic intensity do the two contribute equally?
accelerator|Why do newer accelerators add fp8 and fp4 matrix units? Compute the peak gain and the bandwidth that must come with it to stay balanced.
accelerator|Roofline for an attention kernel with head dim 128, sequence 8192: compute bound or bandwidth bound at 2 PFLOPs and 8 TB/s?
accelerator|Design a vector unit that keeps up with exponentials in softmax when the matrix unit does 1,000 TFLOPs. How many exp/s do you need?
accelerator|If HBM bandwidth doubles but FLOPs stay, which workloads speed up: training GEMMs, decode, or optimizer steps?
accelerator|Die area budget: 800 mm², what split between matrix units, SRAM and I/O would you choose for a training chip, and why?
accelerator|Compare a $256 \times 256$ array with four $128 \times 128$ arrays for small-M decode GEMMs. Which wastes fewer cycles?
"""

# ---------------------------------------------------------------------------------------------
# frontier_ml: follow-up lines (asked right after an earlier exercise; very context-light)
# ---------------------------------------------------------------------------------------------
FM_FOLLOWUPS = r"""
collectives|Now with 2,048 ranks instead of 256: does your choice of algorithm change?
collectives|Same question, but the buffer is 32 KB. Still ring?
collectives|What if $P = 96$? Walk through the pre- and post-steps.
collectives|And with $\alpha$ ten times larger because messages cross the spine?
parallelism|Now the nodes have 4 devices instead of 8. Redo the mapping.
parallelism|Suppose sequence length doubles to 256k. Which degree do you raise first: CP or TP?
parallelism|What if the model goes from 64 experts to 256?
pipeline|And if one stage is 15% slower than the rest?
pipeline|Now halve the micro-batch size. What happens to the bubble and to GEMM efficiency?
pipeline|If $v$ goes from 2 to 4, how much point-to-point traffic do you add?
zero-memory|Redo the table with an 8-bit Adam.
zero-memory|What if the sharding group shrinks to one node of 8?
checkpoint|Now the filesystem is shared with 3 other jobs and sustains a third of that. New interval?
checkpoint|And if the checkpoint shrinks 4x after compression?
fault-tolerance|Double the cluster. What happens to the optimal checkpoint interval?
fault-tolerance|Restart time drops from 12 minutes to 90 seconds. Redo the goodput estimate.
scaling-laws|Now the budget is 10x larger. New $N$ and $D$?
scaling-laws|Same budget but you can only get 5T unique tokens. What changes?
batch-size|And if you double devices again?
inference-kv|Now with 4-bit weights. How many more sequences fit?
inference-kv|Context goes from 32k to 128k. Batch?
inference-serving|Now the TTFT SLO tightens to 100 ms. Which pool grows?
spec-decode|Acceptance drops to 0.5. Is it still worth it?
accelerator|HBM bandwidth doubles. Does the ridge point move left or right, and what changes for your tiling?
numerics|Same experiment in fp8. What tolerance now?
offload|PCIe drops to Gen4. Does triple buffering still hide it?
"""

# ---------------------------------------------------------------------------------------------
# frontier_ml: multi-line records (tables, numbered parts); first line is the subtopic
# ---------------------------------------------------------------------------------------------
FM_CHUNKS = r"""
collectives
Given the measurements below (all-reduce, 64 ranks), fit $\alpha$ and $\beta$ and predict the time for 512 MB.

| size | time |
|---|---|
| 1 MB | 0.19 ms |
| 16 MB | 0.92 ms |
| 128 MB | 5.8 ms |
| 1 GB | 44 ms |
~~~
collectives
Lab 4.
(a) Implement ring all-reduce with send/recv only.
(b) Implement recursive doubling.
(c) Time both for 4 B to 256 MB on 2, 4, 8, 16 ranks.
(d) Report the crossover size for each rank count.
~~~
parallelism
Fill in the table for a 1,024-device job, 8 devices per node.

| TP | PP | DP | TP traffic crosses nodes? | bubble (m=32) |
|---|---|---|---|---|
| 8 | 8 | 16 | ? | ? |
| 16 | 4 | 16 | ? | ? |
| 4 | 16 | 16 | ? | ? |
~~~
topology
Cluster: 128 nodes x 8 devices, 8 NICs/node at 400 Gb/s, leaf radix 64, 2:1 oversubscribed above the leaf.
1. How many leaves per rail?
2. Max DP all-reduce bandwidth per device if the DP group spans all 128 nodes?
3. Same if the group stays under one leaf.
~~~
zero-memory
Memory per device (GB), 70B params, 256 devices:

| stage | params | grads | optim |
|---|---|---|---|
| 0 | ? | ? | ? |
| 1 | ? | ? | ? |
| 2 | ? | ? | ? |
| 3 | ? | ? | ? |

Fill it in. Which stage is the first to fit in 24 GB for model states?
~~~
checkpoint
Run facts: 8,192 devices; state 16 B/param; 400B params; FS write 1 TB/s; MTBF 2.5 h; restart 10 min.
(a) checkpoint time
(b) Young interval
(c) expected goodput
(d) same with async save stalling 8 s
~~~
scaling-laws
Five runs:

| N | D | loss |
|---|---|---|
| 150M | 3B | 3.41 |
| 400M | 8B | 3.08 |
| 1B | 20B | 2.83 |
| 3B | 60B | 2.61 |
| 7B | 140B | 2.48 |

Fit $L = E + A C^{-\gamma}$ with $C = 6ND$ and predict the loss at 70B / 1.4T.
~~~
inference-kv
Fill in KV bytes per token (bf16), 64 layers, head dim 128:

| attention | query heads | KV heads | bytes/token |
|---|---|---|---|
| MHA | 64 | 64 | ? |
| GQA | 64 | 8 | ? |
| MQA | 64 | 1 | ? |

Then the max batch at 16k context with 40 GB left for cache.
~~~
inference-serving
Decode, batch 1, 8 devices at 3.35 TB/s each, TP=8.
Model weights 140 GB bf16.
(i) lower bound on ms/token
(ii) add the all-reduce cost: 2 per layer, 80 layers, 16 KB each, $\alpha = 4\,\mu s$
(iii) which term dominates?
~~~
accelerator
Chip: 8 x (128x128) MAC arrays @ 1.2 GHz, bf16; HBM 3 TB/s; SRAM 96 MB.
1. Peak TFLOPs.
2. Ridge point.
3. Is a 8192x8192 GEMV at batch 16 compute or memory bound?
4. Batch at which it flips.
~~~
pipeline
Stage times (ms), forward/backward:

| stage | F | B |
|---|---|---|
| 0 | 21 | 44 |
| 1 | 20 | 41 |
| 2 | 20 | 40 |
| 3 | 26 | 52 |

Simulate 1F1B with m = 8. Step time? Which layers would you move?
~~~
numerics
Run A: 64 ranks, ring all-reduce. Run B: 64 ranks, tree all-reduce. Same seed, same data.
Step 500 loss: A 2.8713, B 2.8716. Step 20k: A 2.113, B 2.119.
Is this expected? What would you log to be sure nothing else differs?
~~~
data-pipeline
Pipeline stage timings per 1 TB of raw crawl:
- HTML extraction: 220 core-h
- language ID: 15 core-h
- quality filter: 90 core-h
- MinHash dedup: 140 core-h
- tokenisation: 190 core-h
Raw crawl is 400 TB. With 10,000 cores, how many days? Which stage would you optimise first?
~~~
fault-tolerance
Interruptions in 30 days, 6,144 devices:

| cause | count |
|---|---|
| device ECC / fell off bus | 31 |
| NVLink error | 9 |
| NIC / link flap | 14 |
| host OOM / kernel | 6 |
| filesystem stall | 4 |

Compute per-device MTBF from hardware causes only, and the expected count for a 24,576-device run.
"""

# ---------------------------------------------------------------------------------------------
# frontier_ml: two-turn follow-up conversations (U:/A:, first turn user)
# ---------------------------------------------------------------------------------------------
FM_CONVOS = r"""
U: Ring vs tree all-reduce, 1,024 ranks, 4 MB buffer, alpha 6 us, 40 GB/s. Which?
A: Ring: 2(P-1)alpha is about 12 ms of latency alone, versus roughly 0.2 ms of bandwidth time. Tree's latency term is about 2 log2(P) alpha, around 0.12 ms. Tree wins at this size.
U: And at 4 GB?
~~~
U: 8 KV heads, 80 layers, head dim 128, bf16. KV per token?
A: 2 x 80 x 8 x 128 x 2 bytes = 327,680 bytes, about 320 KB per token.
U: ok, so how many 8k sequences fit in 48 GB?
~~~
U: bubble for p=8, m=24 under 1F1B?
A: (p-1)/(m+p-1) = 7/31, about 23%.
U: what m gets it under 5%, and what does that do to activation memory on stage 0?
~~~
U: compute-optimal split for 1e24 FLOPs, 20 tokens/param?
A: C = 6ND with D = 20N gives N = sqrt(C/120), about 91B parameters and 1.8T tokens.
U: what if I expect to serve 50T tokens over the model's life?
~~~
U: Young interval for a 2-minute checkpoint and a 4-hour MTBF?
A: sqrt(2 x 2 x 240) minutes, about 31 minutes.
U: Now the cluster is 4x bigger with the same per-node reliability.
~~~
U: 13B, ZeRO-3, 32 ranks, bytes per rank for model states?
A: 16 bytes x 13e9 / 32, about 6.5 GB.
U: and the transient all-gather buffer for the largest layer?
~~~
U: decode floor for 70B in fp8 on one 3.35 TB/s device?
A: About 70 GB per token read, so roughly 21 ms per token at batch 1, ignoring KV reads.
U: and at 32k context with batch 16, how much does KV reading add?
~~~
U: systolic array 128x128 at 1.4 GHz, peak bf16?
A: 128 x 128 MACs x 2 FLOPs x 1.4e9, about 45.9 TFLOPs per array.
U: how many arrays to match 1 PFLOP, and how much HBM bandwidth to keep a ridge point of 250?
"""

# ---------------------------------------------------------------------------------------------
# frontier_ml: shorthand lines (notes-to-self, flashcards, chat-speed questions)
# ---------------------------------------------------------------------------------------------
FM_TERSE = r"""
collectives|ring vs rec. doubling, P=512, 2 MB, alpha 8us, 25 GB/s — which?
collectives|rabenseifner latency term, derive
collectives|allreduce for P=24, not pow2, best algo?
collectives|busbw vs algbw for allgather, factor?
collectives|nccl tree vs ring switch point, why at large P
collectives|2D torus allreduce cost, rows then cols
collectives|bruck alltoall vs pairwise, when
collectives|hierarchical AR inter-node bytes per device, formula
parallelism|TP innermost in mesh, why
parallelism|rank -> (dp, pp, tp) coords formula, tp fastest
parallelism|CP ring attn kv bytes per layer, 16 ranks
parallelism|EP alltoall volume top-2, 8k tok, h=7168
parallelism|ulysses SP heads not divisible, fix?
parallelism|TP=16 across two NVL8 nodes, bad idea? numbers
topology|rail-optimised leaf count, 256 nodes, 8 NICs
topology|2:1 oversub above leaf: which dim crosses spine
topology|NVL72 vs NVL8, new TP/EP options
topology|fat-tree 3 tier radix 64 max endpoints
pipeline|1f1b bubble p=16 m=48
pipeline|interleaved v=4 bubble + extra p2p
pipeline|zero-bubble: B vs W split, mem cost?
pipeline|stage imbalance 70 vs 50 ms, throughput
zero-memory|zero-2 vs zero-3 bytes/param table
zero-memory|fsdp hybrid shard 8x64, mem + inter-node traffic
zero-memory|min devices for 1T params @16 B/param, 80 GB
recompute|selective recompute: which tensors kept
recompute|MFU vs HFU with 12% recompute
offload|triple buffer prefetch, why 3
offload|cpu adam 10B, 200 GB/s dram, step time
numerics|bf16 sum order 4 elems diff example
numerics|loss scale 2^16 halve/double sim
numerics|e4m3 vs e5m2 where each
numerics|deterministic allreduce cost
numerics|z-loss formula + why
checkpoint|ckpt 405B full state size + write time @800 GB/s
checkpoint|reshard TP8/PP16 -> TP4/PP32 restore
checkpoint|which DP ranks write ckpt
fault-tolerance|16k devices, 1/50k h each, failures/day
fault-tolerance|young/daly 90s ckpt, 3h MTBF
fault-tolerance|straggler detect among 8k ranks, stat?
fault-tolerance|SDC check every 1k steps, design
scaling-laws|C=6ND, 1e25, 20 tok/param -> N, D
scaling-laws|iso-FLOP minima trend meaning
scaling-laws|data-constrained: 4T unique, want 15T
scaling-laws|extrapolation missed by 0.05 nats, why
batch-size|B_crit from noise scale, formula
batch-size|batch warmup 0.5M->16M tokens, why
lr-schedule|WSD vs cosine, cooldown %
lr-schedule|muP what scales with width
lr-schedule|beta2 0.95 vs 0.999 long runs
data-pipeline|minhash bands/rows for J=0.8
data-pipeline|tokenise 60 TB @1.5 MB/s/core, cores for 10 days
data-pipeline|13-gram decontam bloom size 50M ngrams 0.1%
data-pipeline|packing waste, median doc 600, seq 8192
inference-kv|KV bytes/token 80L 8kv 128d bf16
inference-kv|MHA vs GQA vs MQA max batch 32k ctx
inference-kv|paged KV 16-tok blocks fragmentation
inference-kv|MLA 512 latent vs GQA-8 bytes/token
inference-serving|decode floor 70B fp8 3.35 TB/s
inference-serving|prefill vs decode AI, batch 1 vs 256
inference-serving|chunked prefill chunk size for 50 ms ITL
inference-serving|disagg P/D pool sizing 2k rps
spec-decode|spec decode E[tokens] a=0.8 k=5
spec-decode|why spec decode dies at batch 128
accelerator|128x128 SA @1.5 GHz x4, ridge @1.6 TB/s
accelerator|WS vs OS dataflow for GEMV
accelerator|SRAM-only serving 70B, chip count @50 MB
accelerator|HBM3 stacks for 4 TB/s
"""

# ---------------------------------------------------------------------------------------------
# frontier_ml: more one-line exercises for the thinner subtopics
# ---------------------------------------------------------------------------------------------
FM_ROWS_MORE = r"""
recompute|Recompute only the attention block and keep the MLP activations. Write the activation bytes per layer for $s = 8192$, $h = 8192$, micro-batch 1.
recompute|At which sequence length does storing attention scores cost more than recomputing them with a fused kernel? Use 40 heads and bf16.
recompute|Given 12 GB of headroom per device and 48 layers, choose which layers to checkpoint so the pipeline's first stage fits. Explain why the choice differs per stage.
recompute|Estimate the step-time cost of full recomputation at TP=8 when the recomputed forward also repeats the TP all-reduces.
recompute|Plot memory versus recompute FLOPs for every subset size of checkpointed layers in a 32-layer stack. Where is the Pareto front?
offload|Prefetch depth 2 versus 4 for sharded parameters: measure step time and peak memory on your 16-device job and explain the trade-off.
offload|Estimate host RAM per node to hold the fp32 optimizer shard of 70B parameters across 16 nodes, plus pinned staging buffers.
offload|Overlap the host-to-device copy of layer $i+2$ with compute of layer $i$. Draw the timeline with three buffers and mark where a stall appears if copies are 30% slower than compute.
offload|Offloading the optimizer step to CPU makes the step 40% slower. Which part would you move back first, and why?
lr-schedule|Given a run planned at 4T tokens with cosine decay, estimate the loss penalty of stopping at 3T without a cooldown.
lr-schedule|Design an LR sweep at 3 proxy sizes that lets you pick the peak LR for a 100x larger run. How many runs, how many tokens each?
lr-schedule|Warmup of 0.5% versus 2% of tokens for a 10T-token run: which would you pick and what would you monitor in the first 20k steps?
lr-schedule|If the global batch doubles halfway through the run, how should the LR change under Adam?
batch-size|Measure loss versus tokens for batch 1M, 2M, 4M, 8M tokens on a 1B proxy. Fit steps-versus-tokens trade-off and read off the critical batch.
batch-size|Given a critical batch that grows as loss falls, propose a batch schedule for a 30-day run on a fixed 8,192-device allocation.
numerics|Gradient norm clipping at 1.0 fires on 40% of steps after 200k steps. What does that tell you, and what do you change?
numerics|Compare bf16 and fp32 accumulation of the all-reduced gradients across 1,024 ranks. Estimate the relative error of each.
topology|Per-rank all-reduce bandwidth drops 30% when the job grows from 1,024 to 1,152 devices. Which topology fact explains it?
topology|Given 8 NVSwitch chips per node and 18 NVLink ports per device, compute the all-to-all bandwidth inside the node.
parallelism|Pick the mesh order (PP, DP, CP, TP) versus (DP, PP, CP, TP) for 2,048 devices with 4-device CP inside a node. Which groups cross the spine in each?
data-pipeline|Upsample a 20B-token math source to 5% of a 10T-token mix. How many epochs of it, and what would you check in the loss curves?
data-pipeline|A URL blocklist removes 3% of documents but 9% of tokens. What does that say about the removed documents, and how do you check quality didn't drop?
inference-kv|Estimate the KV footprint when 40% of requests share a 6k-token prefix and prefix caching is on, for 1,000 concurrent requests of 8k tokens each.
inference-serving|Given a p99 inter-token latency SLO of 40 ms, what maximum decode batch can a 70B bf16 model on 8 devices at 3.35 TB/s each sustain?
accelerator|Ridge point 600 FLOPs/byte. Which of these are compute bound: a decode GEMV, a batch-4096 FFN GEMM, layernorm, the attention $QK^T$ at head dim 128?
"""
