"""Data blocks for gen_frontier6.py, `general` side (hand-written; see that script's docstring).

Hard negatives in the same terse exercise / lab / follow-up style as frontier6_data.py and with
overlapping words (ring, tree, shard, replica, checkpoint, pipeline, batch, cache, bandwidth,
oversubscription, mixed precision, GB/s): distributed-systems and database coursework, web and
backend performance, scientific HPC without ML, CPU architecture and OS homework, numerical
analysis, storage and compression benchmarks, everyday ML, statistics and coding interviews.
Rows are ``subtopic|text``; multi-line records are ``~~~``-separated chunks whose first line is
the subtopic. The two characters backslash-n inside a row become a newline, so LaTeX commands
starting with ``\n`` are never written here.
"""

# ---------------------------------------------------------------------------------------------
# general: one-line exercises, by subtopic
# ---------------------------------------------------------------------------------------------
GEN_ROWS = r"""
consensus|Implement leader election in Raft with randomised timeouts. Why does a fixed timeout cause split votes?
consensus|Given 5 replicas and a network partition into 2 and 3, which side can commit? Draw the log after the partition heals.
consensus|Derive the minimum cluster size that tolerates $f$ Byzantine faults. Why is it $3f+1$ and not $2f+1$?
consensus|Multi-Paxos: show that a stable leader lets you skip phase 1. What happens to throughput when the leader flaps every 2 s?
consensus|If the election timeout doubles from 150 ms to 300 ms, how do availability and failover time change?
consensus|Raft log with 7 servers. How many acknowledgements before an entry is committed? How many failures can it survive?
consensus|Measure commit latency of your Raft implementation across 3, 5 and 7 nodes on one LAN. Plot p50 and p99.
consensus|Why must a Raft leader only commit entries from its own term by counting replicas? Give the counterexample.
consensus|Implement a lease-based read path for a Raft leader. What clock assumption does it need?
consensus|Compare the message complexity of two-phase commit and three-phase commit for $n$ participants.
consensus|Bully algorithm versus ring election: messages in the worst case for $n$ processes?
consensus|Given a 3-node etcd cluster across two zones, what happens when the zone holding two nodes goes down?
replication|Quorum reads and writes with $N = 5$: list all $(R, W)$ pairs that guarantee read-your-writes. Which minimises write latency?
replication|Given $N = 3$, $W = 2$, $R = 1$, construct a history where a client reads a stale value.
replication|Chain replication: where do reads go and where do writes go? What is the write latency with 4 nodes at 0.5 ms per hop?
replication|Primary-backup with synchronous replication to one replica in another region 40 ms away: write latency floor?
replication|If $N$ goes from 3 to 5 with $R = W = \lceil (N+1)/2 \rceil$, how does the probability of an unavailable write change for per-node availability 0.99?
replication|Implement vector clocks for 3 replicas and show how they detect concurrent writes to one key.
replication|Estimate replication lag for a follower that applies 8,000 writes/s when the leader takes 12,000 writes/s for 10 minutes.
replication|Why do CRDT counters need one entry per replica? Implement a G-counter and a PN-counter.
replication|Hinted handoff versus read repair versus anti-entropy with Merkle trees: when does each fix a divergent replica?
replication|Compute the Merkle-tree exchange size for comparing two replicas of 100M keys with a fan-out of 16 and 1,000 differing keys.
db-sharding|Shard a users table of 2B rows across 64 Postgres nodes. Hash on user_id or range on signup date? Justify with two query patterns.
db-sharding|Consistent hashing with 100 virtual nodes per server: what fraction of keys moves when going from 10 to 11 servers?
db-sharding|Given a hot shard receiving 40% of traffic, propose two fixes that don't require resharding everything.
db-sharding|Design a resharding procedure from 16 to 32 shards with no downtime. What is the order of dual writes, backfill and cutover?
db-sharding|Rendezvous hashing versus a consistent-hash ring: implement both and compare key movement when one node leaves.
db-sharding|Cross-shard transactions: estimate the latency of a two-phase commit over 4 shards at 2 ms RTT.
db-sharding|If the shard count doubles, how does the fan-out of a scatter-gather query affect p99 latency? Model each shard's latency as exponential.
db-sharding|Jump consistent hash: implement it in 10 lines and explain why it cannot remove arbitrary buckets.
db-sharding|A MongoDB cluster uses a monotonically increasing shard key. Predict the write distribution and fix it.
db-sharding|Size the shards: 40 TB of data, 3x replication, nodes with 4 TB usable, keep 30% headroom. How many nodes?
mapreduce|Write map and reduce for an inverted index. What does the combiner do, and how much shuffle does it save for Zipfian words?
mapreduce|Given 10 TB of logs, 500 mappers and a shuffle at 2 GB/s per node on 100 nodes, estimate shuffle time.
mapreduce|Skewed join: one key holds 30% of rows. Implement salting and compute the new maximum reducer input.
mapreduce|Why does a MapReduce job with 10,000 tiny input files run slowly? Fix it.
mapreduce|Spark: explain narrow versus wide dependencies and count the stages in a job with two joins and a groupBy.
mapreduce|If the number of reducers doubles, what happens to the number of shuffle files and to tail latency from stragglers?
mapreduce|Speculative execution in Hadoop: when does launching a backup task help, and when does it just waste slots?
mapreduce|Implement a tree aggregation in Spark versus a plain reduce for 10,000 partitions. Which is faster on the driver and why?
mapreduce|Broadcast join threshold: a 300 MB dimension table and a 2 TB fact table on 50 executors. Broadcast or shuffle?
mapreduce|Count the bytes written to disk in a two-stage MapReduce pipeline that filters 90% of records in the first map.
web-perf|Given 800 req/s, 40 ms mean service time and a pool of 20 DB connections, use Little's law to decide whether the pool is the bottleneck.
web-perf|Cache hit rate goes from 90% to 95%. By what factor does load on the database drop?
web-perf|Least-connections versus round-robin load balancing with heterogeneous backends: simulate both and plot p99.
web-perf|Implement a token-bucket rate limiter that allows bursts of 100 and sustains 20 req/s. What changes in a distributed version?
web-perf|Estimate Redis memory for 50M sessions of 600 bytes each plus per-key overhead. How many shards at 25 GB each?
web-perf|Thundering herd after a cache key expires: list three mitigations and implement one.
web-perf|If request fan-out grows from 10 to 100 backend calls, what happens to p99 when each backend has a 1% chance of a 200 ms stall?
web-perf|Measure the throughput of your API with keep-alive on and off using wrk. Explain the gap.
web-perf|Connection pool sizing for a service with 16 cores and queries that spend 70% of their time waiting on I/O.
web-perf|Write-through versus write-behind cache for an orders table. Which loses data on a crash?
web-perf|Given a CDN hit ratio of 85% and origin egress at $0.09/GB for 40 TB/month, what does raising the hit ratio to 92% save?
web-perf|Why does increasing the thread pool from 200 to 2,000 make latency worse on a 8-core box? Instrument it.
web-perf|Design an LRU cache with TTLs. What is the time complexity of eviction?
web-perf|p50 is 20 ms, p99 is 900 ms. What would you plot first to find the cause?
oversubscription|A host has 32 physical cores and runs VMs with 96 vCPUs in total. What is the oversubscription ratio, and what metric shows it hurting?
oversubscription|Given a ToR switch with 48 x 25 GbE down and 4 x 100 GbE up, compute the oversubscription ratio. When does it matter for a web tier?
oversubscription|Kubernetes CPU requests sum to 60% of node capacity but limits to 250%. What happens under load, and how do you detect throttling?
oversubscription|Memory overcommit on a hypervisor at 1.5:1 with ballooning. Estimate when swapping starts for a VM mix of your choosing.
oversubscription|A thread pool of 64 on 8 cores running CPU-bound work. Predict context-switch overhead and measure it.
oversubscription|Storage: 200 VMs share a SAN with 50k IOPS. Each VM bursts to 1,000 IOPS. Compute the worst-case oversubscription and a QoS policy.
oversubscription|If the uplink count halves, which traffic pattern suffers first: north-south web traffic or east-west replication?
oversubscription|Airline overbooking: given a no-show rate of 8% and 180 seats, how many tickets keep the bump probability under 5%?
networking|Compute the number of hosts in a k-ary fat-tree campus network with $k = 24$. How many core switches?
networking|TCP throughput over a 10 Gb/s link with 80 ms RTT and a 64 KB window. What window fills the pipe?
networking|Given packet loss of 0.1% and RTT 30 ms, estimate TCP Reno throughput with the Mathis formula.
networking|Spanning tree versus ECMP in a leaf-spine for an office network: which links carry traffic in each case?
networking|BGP route flap damping: why does it exist, and what does it cost during legitimate reconvergence?
networking|Measure bandwidth between two VMs with iperf3 using 1, 4 and 16 streams. Explain the differences.
networking|A DNS TTL of 300 s and a failover that takes 30 s. Worst-case time clients hit the dead IP?
networking|Compute serialisation delay of a 1,500-byte frame on 1 GbE, 10 GbE and 100 GbE.
networking|If RTT doubles, how does the required TCP window change for the same throughput?
networking|Bufferbloat: a home router with 2 MB of buffer on a 20 Mb/s uplink. Queueing delay when full?
hpc-mpi|2D Jacobi on a $4096 \times 4096$ grid over 64 MPI ranks: compare 1D strip and 2D block decomposition by halo bytes per iteration.
hpc-mpi|Your CG solver calls MPI_Allreduce on one double twice per iteration. At 4,096 ranks, which term of the cost dominates and how would you hide it?
hpc-mpi|Implement a halo exchange with MPI_Isend/Irecv and overlap it with the interior update. Measure the speedup on 16 nodes.
hpc-mpi|Weak versus strong scaling of a 3D heat equation solver: run both from 1 to 128 ranks and plot efficiency.
hpc-mpi|A weather model uses a $1/4^\circ$ global grid. Estimate grid points, memory per 3D field with 137 levels, and halo volume per rank on 2,048 ranks.
hpc-mpi|CFD domain decomposition with METIS: why minimise edge cut, and what else must the partition balance?
hpc-mpi|Given $\alpha = 2\,\mu s$ and 12 GB/s, at what subdomain size does halo exchange time equal compute time for a 7-point stencil at 40 GFLOP/s per rank?
hpc-mpi|If the core count per node doubles but memory bandwidth doesn't, what happens to your stencil's per-core performance? Use the roofline.
hpc-mpi|Molecular dynamics with a cutoff: spatial decomposition versus force decomposition. Communication per step for each?
hpc-mpi|Parallel FFT in 3D with pencil decomposition: which all-to-all operations, and how many ranks per communicator?
hpc-mpi|MPI_Reduce on a non-commutative user operation: what order guarantees do you get, and why does your result change with rank count?
hpc-mpi|Hybrid MPI+OpenMP: 4 ranks x 16 threads versus 64 ranks per node for a stencil code. Measure and explain.
hpc-mpi|Ocean model load imbalance: land points need no work. Propose a decomposition that skips them.
hpc-mpi|Nonblocking collectives in MPI-3: restructure your solver so the dot-product reduction overlaps the sparse matrix-vector product.
hpc-mpi|Compute the parallel efficiency when 64 ranks run in 210 s and 1 rank in 11,500 s. What does Amdahl predict for 256 ranks?
hpc-mpi|Lattice Boltzmann D3Q19: bytes per cell per time step, and the lattice updates per second a 200 GB/s node can reach.
hpc-mpi|N-body with Barnes-Hut on 512 ranks: how do you rebalance each step as particles cluster?
hpc-sched|Slurm: write a job script for 32 nodes, 4 tasks per node, 8 cores per task, 12 hours. How do you pin tasks to sockets?
hpc-sched|Backfill scheduling: given a queue of five jobs with sizes and walltimes, draw the schedule with and without backfill.
hpc-sched|Fair-share: a group used 70% of the machine last week with a 30% share. How does its priority decay with a 7-day half-life?
hpc-sched|Estimate node-hours for a climate ensemble of 50 members, each 100 simulated years at 8 simulated years per day on 64 nodes.
hpc-sched|Why do HPC centres cap walltime at 24 or 48 hours? What does it force on long simulations?
hpc-sched|If jobs request 2x more walltime than they use, what happens to backfill efficiency?
hpc-sched|Topology-aware allocation on a dragonfly machine: why does a stencil code care which groups it lands in?
hpc-checkpoint|A CFD run on 2,048 nodes writes a 6 TB restart file every hour. Lustre sustains 300 GB/s. What fraction of time is I/O?
hpc-checkpoint|Apply Young's formula to a molecular dynamics campaign with a 4-minute restart dump and a 10-hour system MTBF.
hpc-checkpoint|Multilevel checkpointing for a seismic code: local SSD every 10 min, parallel FS every 2 h. Model the expected overhead.
hpc-checkpoint|If node count doubles with the same per-node failure rate, how does the optimal checkpoint interval for your simulation change?
hpc-checkpoint|Compress restart files of double-precision fields with a lossy compressor at error bound $10^{-6}$. Ratio and time on your data?
hpc-checkpoint|Application-level versus system-level (DMTCP) checkpointing for an MPI code: which restarts on a different rank count?
hpc-checkpoint|A VM snapshot of 500 GB over a 10 Gb/s link: how long, and how do incremental snapshots change it?
comparch|5-stage pipeline: identify all data hazards in the given sequence and insert the minimum stalls without forwarding. Then with forwarding.
comparch|Given a 32 KB 8-way L1 with 64-byte lines, compute tag, index and offset bits for 48-bit addresses.
comparch|AMAT with L1 hit 1 ns, L1 miss 5%, L2 hit 4 ns, L2 miss 20%, DRAM 80 ns?
comparch|A 2-bit saturating branch predictor on a loop that runs 10 iterations, called 100 times: misprediction rate?
comparch|Tournament versus gshare predictor: implement both in a trace-driven simulator and compare on the given traces.
comparch|Roofline for a CPU: 2 sockets, 32 cores, 2 AVX-512 FMA units at 2.5 GHz, 300 GB/s. Where does a dense matrix-vector product sit?
comparch|Measure L1, L2, L3 and DRAM latency with a pointer-chasing benchmark. Plot latency versus working-set size.
comparch|False sharing: two threads increment counters in the same cache line. Measure the slowdown and fix it with padding.
comparch|MESI: trace the state of one line across 3 cores for the given access sequence.
comparch|If the pipeline depth doubles, how does the branch misprediction penalty change, and what clock gain do you need to break even?
comparch|Tomasulo: fill in the reservation stations and register status for the first 6 cycles of the given code.
comparch|SIMD: vectorise a loop with a conditional using masks. Speedup on AVX2 versus scalar?
comparch|Why does loop tiling for matrix multiply help on a CPU? Pick a tile size for a 1 MB L2.
comparch|Power wall: dynamic power $P \propto C V^2 f$. If voltage drops 10% and frequency 15%, by how much does power drop?
comparch|Compute the bandwidth of DDR5-4800 with 8 channels. How close does STREAM triad get on your machine?
comparch|A GPU in a graphics course: explain warp divergence and estimate its cost for a shader branch taken by 25% of pixels.
comparch|Given a 64-entry reorder buffer and a 200-cycle memory miss, how many instructions can issue past the miss? Is that enough?
comparch|Design a direct-mapped cache simulator. Report hit rates for 4 KB to 64 KB on the provided trace.
os|Two-level page table with 4 KB pages and 32-bit addresses: size of the page table for a process using 64 MB contiguous.
os|TLB reach with 64 entries and 4 KB pages versus 2 MB huge pages. When do huge pages hurt?
os|Implement the clock page-replacement algorithm and compare faults with LRU and FIFO on the given reference string.
os|Belady's anomaly: construct a reference string where FIFO with 4 frames faults more than with 3.
os|Measure context-switch cost on your machine with a pipe ping-pong between two processes.
os|Copy-on-write fork of a 20 GB process: what is copied at fork, and what happens on the first writes?
os|Readers-writers lock: implement it so writers don't starve. Prove it.
os|Disk scheduling: compute total head movement for SSTF, SCAN and C-LOOK on the given queue.
os|If the page size doubles, what happens to internal fragmentation and to the page-table size?
os|Implement a bounded buffer with condition variables and explain why the wait is in a while loop.
os|Estimate the memory overhead of page tables for 1,000 processes each mapping 2 GB with 4-level tables.
os|NUMA: measure local versus remote memory bandwidth with numactl and explain the first-touch policy.
fp-numerics|Show with three binary32 numbers that floating-point addition is not associative.
fp-numerics|Implement Kahan summation and compare its error with naive and pairwise summation on $10^7$ random numbers.
fp-numerics|Derive the error bound of recursive summation, $|\hat{s} - s| \le (n-1) u \sum |x_i| + O(u^2)$.
fp-numerics|Iterative refinement: solve $Ax = b$ with an LU in single precision and refine residuals in double. When does it converge?
fp-numerics|Catastrophic cancellation in the quadratic formula: rewrite it so both roots are accurate for $b^2 \gg 4ac$.
fp-numerics|Why does a parallel sum over OpenMP threads give slightly different results run to run? How do you make it reproducible?
fp-numerics|Compute the unit roundoff for binary16, bfloat16, binary32 and binary64. Which has the widest exponent range per bit?
fp-numerics|Condition number of the Hilbert matrix of order 10. How many correct digits do you expect from Gaussian elimination in double?
fp-numerics|Mixed-precision GMRES for a PDE discretisation: which parts can run in single precision safely?
fp-numerics|Subnormals: measure the slowdown of a loop that produces them on your CPU and explain flush-to-zero.
fp-numerics|If you halve the step size of forward Euler, how do truncation and round-off errors each change?
fp-numerics|Compute $\log(1 + x)$ for $x = 10^{-10}$ naively and with log1p. Explain the difference.
fp-numerics|Reproducible MPI_Allreduce of doubles for a climate code across different rank counts: design it.
fp-numerics|Why does summing in sorted order by magnitude reduce error? Prove it for positive numbers.
compression|Benchmark zstd levels 1, 3, 9 and 19 on a 50 GB Postgres dump. Report ratio, compress and decompress MB/s.
compression|Backups: 20 TB, 2% daily change, 30 daily and 12 monthly retained. Storage with and without dedup?
compression|Columnar compression: why does Parquet with dictionary encoding beat gzip on CSV for a low-cardinality column?
compression|Given 1 GB/s disk and a compressor at 400 MB/s with ratio 3, is reading compressed data faster?
compression|Restore time objective of 4 hours for 80 TB over a 10 Gb/s link. Feasible? What would you change?
compression|Delta encoding plus varint for sorted 64-bit IDs: estimate bytes per ID for gaps averaging 1,000.
compression|Content-defined chunking with a rolling hash: choose average chunk size for a backup system and justify it.
compression|If the compression ratio doubles but compress speed halves, when does total backup time go up?
compression|LZ4 versus Snappy versus zstd for a Kafka topic at 200 MB/s: pick one and justify with CPU cost.
compression|Erasure coding 10+4 versus 3x replication: storage overhead and the number of simultaneous disk failures tolerated.
compression|Measure fsync latency on your SSD and explain why a database groups commits.
everyday-ml|Fit a logistic regression on the Titanic data with 5-fold cross-validation. Report mean and std of accuracy.
everyday-ml|Implement mini-batch SGD for linear regression. How does batch size 1 versus 64 change convergence on your data?
everyday-ml|Train a small CNN on CIFAR-10 on one GPU. Plot training and validation loss and decide where to stop.
everyday-ml|Why standardise features before L2-regularised logistic regression? Show an example where not scaling changes the chosen model.
everyday-ml|Build an sklearn Pipeline with imputation, one-hot encoding and gradient boosting, and tune it with GridSearchCV.
everyday-ml|If you double the learning rate of your CIFAR run, what do you expect in the loss curve? Try it.
everyday-ml|Step decay versus cosine learning-rate schedule for a ResNet-18 trained for 90 epochs on one GPU: compare final accuracy.
everyday-ml|Class imbalance at 1:99: compare class weights, oversampling and threshold tuning on precision-recall AUC.
everyday-ml|Estimate the memory to train a 25M-parameter CNN with Adam in fp32 at batch 128 on a 12 GB card. Does it fit?
everyday-ml|Mixed precision with torch.autocast on a single RTX card for a U-Net: measure speedup and check the loss scaler isn't skipping steps.
everyday-ml|k-means on 2D data: implement Lloyd's algorithm and show a case with a bad local minimum.
everyday-ml|Random forest: how does the number of trees affect variance of predictions? Plot it.
everyday-ml|Data leakage: find it in the given pipeline where scaling happens before the train/test split.
everyday-ml|Gradient checking: implement finite differences to verify your backprop for a 2-layer MLP.
everyday-ml|Early stopping with patience 5 versus 20 on a noisy validation curve. Which would you pick?
everyday-ml|PCA on MNIST: how many components keep 95% of variance?
everyday-ml|Checkpoint your Keras model every epoch and resume after a crash. What must you save besides weights?
everyday-ml|Your DataLoader is the bottleneck for a ResNet on one GPU. Measure it and fix it with workers and pin_memory.
everyday-ml|Batch normalisation at batch size 2 behaves badly. Why? What do you use instead?
everyday-ml|Time-series cross-validation: why not shuffle? Implement a rolling-origin split.
finetune-small|Fine-tune DistilBERT on a 10k-example sentiment set on one GPU. Report accuracy over 3 seeds.
finetune-small|LoRA rank 8 versus 32 for fine-tuning a small model on 2,000 support tickets on a single 24 GB card: compare accuracy and memory.
finetune-small|Gradient accumulation to reach an effective batch of 64 on a card that fits 8. Does the result match true batch 64 with BatchNorm? With LayerNorm?
finetune-small|Freeze all but the last two layers of a pretrained ResNet-50 for a 5-class flower dataset. Compare with full fine-tuning.
finetune-small|Learning rate warmup for fine-tuning BERT-base: why does it help, and how many steps for 3 epochs of 20k examples?
finetune-small|If you double the fine-tuning dataset, how do you change the number of epochs?
finetune-small|Catastrophic forgetting after fine-tuning a small classifier: measure it on the original task.
finetune-small|Fine-tune a sentence-transformer for duplicate-question detection and evaluate with recall@10.
finetune-small|Your fine-tuned model's validation loss rises after epoch 2 while accuracy keeps improving. Explain.
finetune-small|Tokenise 50k product reviews with a pretrained WordPiece tokenizer and report the average sequence length. Pick max_length.
llm-api|Call a chat-completions API to classify 5,000 support emails into 6 categories. Estimate the cost at $0.50 per million input tokens.
llm-api|Your API calls hit a rate limit of 500 requests/min. Implement exponential backoff with jitter.
llm-api|Prompt a hosted model to extract dates from invoices. Build a 100-example eval and measure exact-match.
llm-api|Temperature 0 versus 0.7 for generating product descriptions: design a small blind comparison.
llm-api|Batch 200 short prompts per request or send them one by one? Compare latency and cost with the provider's batch endpoint.
llm-api|Cache API responses keyed by prompt hash. Estimate savings when 30% of prompts repeat.
llm-api|Streaming responses to a web UI: implement server-sent events and measure time to first byte.
llm-api|A retrieval-augmented chatbot over 2,000 PDF pages: chunk size 500 or 1,000 tokens? Design the experiment.
llm-api|If the context window of the API doubles, would you stop using retrieval for your 300-page manual?
stats|Sample size for an A/B test detecting a lift from 10% to 11% conversion at $\alpha = 0.05$, power 0.8.
stats|Bootstrap a 95% CI for the median latency from 500 samples. Compare with the normal approximation.
stats|Fit a power law to city sizes above 100k. Estimate the exponent by MLE and compare with a log-log regression.
stats|Extrapolating a fitted trend beyond the data: show with a polynomial fit why it fails and with a linear fit when it may not.
stats|Multiple comparisons: 20 metrics in one A/B test. What is the chance of at least one false positive, and how do you correct?
stats|Sequential testing: why does peeking every day inflate false positives? Simulate it.
stats|If the variance of the metric doubles, how does the required sample size change?
stats|Design a randomised block experiment for fertiliser on 4 fields with 3 treatments.
stats|Estimate $\sigma$ from the given residuals and build a prediction interval for a new point.
stats|Survival analysis: Kaplan-Meier curve for hard-drive failures from the given table. Median lifetime?
stats|Poisson rate: 14 server crashes in 90 days. 95% CI for the daily rate?
stats|Exponential failure times with MTBF 1,000 h per disk: probability at least one of 200 disks fails in a week?
stats|CUPED variance reduction: derive the adjusted estimator and its variance.
stats|Simpson's paradox in admission data: construct a numeric example.
coding|Implement an LRU cache with O(1) get and put.
coding|Merge k sorted lists. Complexity with a heap?
coding|Find the median of a stream of integers. Follow-up: what if most numbers are in [0, 100]?
coding|Implement a thread-safe bounded blocking queue.
coding|Rotate an $n \times n$ matrix in place by 90 degrees.
coding|Detect a cycle in a directed graph. Follow-up: return the cycle.
coding|Given meeting intervals, find the minimum number of rooms.
coding|Top-k frequent words in a 100 GB file on a machine with 8 GB RAM.
coding|Design a hit counter for the last 5 minutes. Follow-up: millions of hits per second.
coding|Serialize and deserialize a binary tree.
coding|Implement a rate limiter class. Follow-up: make it work across 10 servers.
coding|Given a sorted rotated array, find a target in O(log n).
coding|Implement matrix multiplication with tiling in C and measure it against the naive triple loop for n = 2048.
coding|Reverse a linked list in groups of k.
coding|Write a function to compute a running all-pairs sum of a ring buffer of size n. Complexity?
coding|Implement a tree reduction over an array with parallel threads in C++. Compare with std::reduce.
coding|Word ladder: shortest transformation sequence. Follow-up: all shortest sequences.
coding|Implement consistent hashing with virtual nodes as a class with add, remove and lookup.
"""

# ---------------------------------------------------------------------------------------------
# general: follow-up lines (asked right after an earlier exercise; very context-light)
# ---------------------------------------------------------------------------------------------
GEN_FOLLOWUPS = r"""
consensus|Now with 7 replicas. How many can fail?
consensus|What if the network drops 5% of heartbeats?
replication|Same question, but $W = 1$. What anomaly can a client now see?
db-sharding|And if you go from 11 to 22 servers at once?
db-sharding|Now one shard is 3x hotter than the rest. Rebalance.
mapreduce|Double the reducers. Better or worse?
web-perf|Traffic triples. Which resource saturates first?
web-perf|Now the cache hit rate falls to 70%. New pool size?
oversubscription|What if you add 4 more uplinks?
networking|And with RTT 160 ms?
hpc-mpi|Now with 4,096 ranks. Does the reduction still hide?
hpc-mpi|Double the grid in each dimension. What happens to the compute-to-halo ratio?
hpc-sched|If walltime estimates were exact, how much better would backfill do?
hpc-checkpoint|Now the filesystem is twice as fast. New interval?
comparch|Now with forwarding. How many stalls remain?
comparch|Double the associativity at the same size. Tag bits?
os|Now with 2 MB pages.
fp-numerics|Same experiment in half precision. How many digits survive?
compression|What if the data is already encrypted?
everyday-ml|Now with 10x more data. Still logistic regression?
everyday-ml|What if the batch size goes from 64 to 512 on the same GPU? Learning rate?
finetune-small|Same, but with only 200 labelled examples.
llm-api|Prices drop by half. Does batching still matter?
stats|Now the baseline is 2%. Sample size?
coding|Now the input doesn't fit in memory.
coding|What if there are duplicates?
"""

# ---------------------------------------------------------------------------------------------
# general: multi-line records (tables, numbered parts); first line is the subtopic
# ---------------------------------------------------------------------------------------------
GEN_CHUNKS = r"""
hpc-mpi
Strong scaling of the 3D Poisson solver:

| ranks | time (s) |
|---|---|
| 1 | 1840 |
| 8 | 251 |
| 64 | 41 |
| 512 | 12.3 |

Compute speedup and efficiency. Fit Amdahl's serial fraction. Where does communication take over?
~~~
hpc-mpi
Lab 3.
(a) Implement MPI_Allreduce yourself with a binomial tree.
(b) Implement it with recursive doubling.
(c) Time both against the library for 8 B to 8 MB on 2 to 64 ranks.
(d) Explain the library's choice at each size.
~~~
web-perf
Load test results:

| concurrency | RPS | p99 (ms) |
|---|---|---|
| 50 | 2,100 | 38 |
| 100 | 3,900 | 45 |
| 200 | 4,300 | 180 |
| 400 | 4,250 | 720 |

Where is the knee? What is the service's capacity, and what would you look at next?
~~~
comparch
Cache parameters: 64 KB, 4-way, 64 B lines, LRU, write-back.
1. Sets?
2. Tag bits for 40-bit addresses?
3. Hit/miss for the address trace below.
0x1000, 0x2000, 0x11000, 0x1040, 0x21000, 0x1000
~~~
replication
Quorum table, $N = 5$:

| R | W | strong reads? | tolerates node failures for writes |
|---|---|---|---|
| 1 | 5 | ? | ? |
| 2 | 4 | ? | ? |
| 3 | 3 | ? | ? |
| 1 | 3 | ? | ? |

Fill it in.
~~~
compression
Benchmark, 10 GB of JSON logs:

| codec | ratio | compress MB/s | decompress MB/s |
|---|---|---|---|
| gzip -6 | 7.1 | 45 | 310 |
| zstd -3 | 7.6 | 420 | 1,300 |
| lz4 | 4.2 | 780 | 3,900 |

Which would you pick for hot storage and which for archival? Justify with cost per TB-month and CPU.
~~~
everyday-ml
5-fold CV results (accuracy):

| model | folds |
|---|---|
| logistic | 0.81 0.83 0.80 0.82 0.84 |
| random forest | 0.85 0.79 0.88 0.81 0.86 |

Which model would you pick? Test whether the difference is significant.
~~~
stats
Failure counts per month for 400 servers:

| month | failures |
|---|---|
| Jan | 6 |
| Feb | 4 |
| Mar | 9 |
| Apr | 5 |

Estimate the per-server monthly failure rate and the chance of 3+ failures in one week.
~~~
hpc-checkpoint
Simulation facts: 1,024 nodes; restart dump 3 TB; FS 150 GB/s; node MTBF 5 years; restart 15 min.
(a) dump time
(b) system MTBF
(c) Daly interval
(d) expected efficiency
~~~
db-sharding
Keys per node after adding node E to a ring of A-D (100 vnodes each):
A 251k, B 248k, C 262k, D 239k, E ?
(a) Expected keys on E.
(b) Which nodes lose keys?
(c) Std dev of load with 10 versus 100 vnodes.
~~~
os
Reference string: 7 0 1 2 0 3 0 4 2 3 0 3 2 1 2 0 1 7 0 1, 3 frames.
1. Faults under FIFO.
2. Faults under LRU.
3. Faults under OPT.
~~~
mapreduce
Job counters:
- map input records: 4.2B
- map output records: 9.8B
- combine output records: 1.1B
- reduce input groups: 64M
- spilled records: 3.3B
What does the combiner save? Why are there spilled records, and how would you reduce them?
"""

# ---------------------------------------------------------------------------------------------
# general: two-turn follow-up conversations (U:/A:, first turn user)
# ---------------------------------------------------------------------------------------------
GEN_CONVOS = r"""
U: N=5, W=3, R=3. strongly consistent reads?
A: Yes, R + W = 6 > 5, so every read quorum overlaps every write quorum in at least one replica.
U: and if two nodes are down?
~~~
U: consistent hashing, 10 -> 11 servers, fraction of keys that move?
A: About 1/11, roughly 9%, assuming enough virtual nodes for an even spread.
U: ok and with plain hash mod n?
~~~
U: AMAT: L1 hit 1 cycle, miss 4%, L2 10 cycles, L2 miss 25%, memory 200 cycles?
A: 1 + 0.04 x (10 + 0.25 x 200) = 1 + 0.04 x 60 = 3.4 cycles.
U: what if I double L2 and its miss rate drops to 15% but its hit time goes to 12?
~~~
U: Jacobi 2D, 4096^2, 64 ranks, halo bytes per rank per iteration for 8x8 blocks in doubles?
A: Each block is 512 x 512, so four edges of 512 doubles: 4 x 512 x 8 = 16 KB sent per iteration.
U: and with 1D strips?
~~~
U: Little's law: 1,200 req/s, 50 ms each. How many in flight?
A: L = lambda W = 1,200 x 0.05 = 60 requests in flight on average.
U: so is a pool of 40 connections enough?
~~~
U: A/B sample size, baseline 5%, detect 0.5 points, alpha 0.05, power 0.8?
A: Roughly 31,000 users per arm with the usual two-proportion formula.
U: and if I only care about an increase, one-sided?
~~~
U: Young's formula for a 5 min dump and 8 h MTBF on our ocean model?
A: sqrt(2 x 5 x 480) minutes, about 69 minutes between dumps.
U: the machine doubles in size next year. What do I tell the users?
~~~
U: 5-stage MIPS, lw followed by dependent add, with forwarding. stalls?
A: One stall cycle: the loaded value is only available after MEM, so the add must wait one cycle even with forwarding.
U: and if the compiler can schedule an independent instruction in between?
"""

# ---------------------------------------------------------------------------------------------
# general: shorthand lines (notes-to-self, flashcards, chat-speed questions)
# ---------------------------------------------------------------------------------------------
GEN_TERSE = r"""
consensus|raft split vote, why random timeouts
consensus|paxos phase 1 skip w/ stable leader
consensus|bft 3f+1 why
consensus|raft 7 nodes, commit needs how many acks
consensus|2pc blocking case, example
consensus|lease reads clock assumption
replication|N=5 R=2 W=4 consistent?
replication|chain replication read/write path
replication|g-counter vs pn-counter
replication|merkle anti-entropy bytes, 100M keys
replication|read repair vs hinted handoff
db-sharding|consistent hash 10->11 servers keys moved
db-sharding|jump hash 10 lines
db-sharding|hot shard 40% fix w/o reshard
db-sharding|reshard 16->32 zero downtime steps
db-sharding|scatter-gather p99 vs shard count
mapreduce|inverted index map/reduce + combiner
mapreduce|skew join salting, max reducer input
mapreduce|spark stages: 2 joins + groupBy
mapreduce|broadcast join 300 MB vs 2 TB?
mapreduce|speculative exec hadoop when useful
web-perf|little's law pool size, 800 rps 40 ms
web-perf|hit rate 90->95, db load factor
web-perf|token bucket burst 100, 20 rps
web-perf|thundering herd fixes x3
web-perf|p99 vs fan-out 100, 1% slow
web-perf|keep-alive on/off wrk gap why
web-perf|threads 200->2000 on 8 cores, latency worse why
oversubscription|vCPU:pCPU 3:1, cpu ready
oversubscription|ToR 48x25G / 4x100G ratio
oversubscription|k8s limits 250% of node, throttling
oversubscription|memory overcommit 1.5:1 ballooning
networking|k-ary fat-tree k=24 hosts, core switches
networking|mathis formula 0.1% loss 30 ms
networking|iperf3 1 vs 16 streams why diff
networking|serialization delay 1500B @ 1/10/100G
hpc-mpi|jacobi 4096^2 64 ranks strip vs block halo
hpc-mpi|CG allreduce 1 double, 4096 ranks, hide?
hpc-mpi|halo overlap isend/irecv interior first
hpc-mpi|weak vs strong scaling heat eq plot
hpc-mpi|3D FFT pencil all-to-all count
hpc-mpi|mpi+openmp 4x16 vs 64 ranks/node
hpc-mpi|LBM D3Q19 bytes/cell/step
hpc-mpi|METIS edge cut why
hpc-sched|slurm 32 nodes 4 tasks/node 8 cpus pinning
hpc-sched|backfill with 5 jobs draw it
hpc-sched|fair-share decay 7d half-life
hpc-checkpoint|CFD 6 TB restart @300 GB/s, io fraction
hpc-checkpoint|multilevel ckpt SSD + PFS model
hpc-checkpoint|DMTCP vs app-level restart
comparch|5-stage hazards, stalls w/o forwarding
comparch|32 KB 8-way 64B lines 48-bit tag/index/offset
comparch|2-bit predictor loop of 10, mispredict rate
comparch|false sharing counters, pad fix
comparch|MESI trace 3 cores
comparch|CPU roofline dgemv 300 GB/s
comparch|ROB 64 vs 200-cycle miss
comparch|tomasulo first 6 cycles
comparch|power CV^2f, V -10% f -15%
os|2-level PT 4KB pages 32-bit, size
os|TLB reach 64 entries 4K vs 2M
os|belady anomaly FIFO example
os|COW fork 20 GB what copies
os|clock vs LRU vs FIFO faults
os|readers-writers no starvation
fp-numerics|fp add not associative, 3 floats
fp-numerics|kahan vs pairwise error 1e7 nums
fp-numerics|unit roundoff fp16/bf16/fp32/fp64
fp-numerics|iterative refinement single LU + double residual
fp-numerics|log1p vs log(1+x) 1e-10
fp-numerics|openmp sum differs run to run why
fp-numerics|hilbert matrix n=10 digits lost
compression|zstd levels 1/3/9/19 on pg dump
compression|erasure 10+4 vs 3x replication overhead
compression|CDC chunk size for backups
compression|RTO 4h for 80 TB @10G feasible?
compression|parquet dict encoding vs gzip csv
everyday-ml|logreg titanic 5-fold cv
everyday-ml|small CNN cifar10 one GPU early stop
everyday-ml|sklearn pipeline + gridsearch example
everyday-ml|class imbalance 1:99 options
everyday-ml|25M param CNN adam fp32 batch 128 12 GB fit?
everyday-ml|autocast on one RTX, loss scaler skipping?
everyday-ml|dataloader bottleneck workers pin_memory
everyday-ml|batchnorm batch 2 bad why
everyday-ml|cosine vs step LR resnet18 90 epochs
finetune-small|distilbert sentiment 10k, 3 seeds
finetune-small|lora r8 vs r32 single 24 GB card
finetune-small|grad accum 8x8 vs batch 64 w/ batchnorm
finetune-small|bert warmup steps 3 epochs 20k ex
llm-api|backoff with jitter for 429s
llm-api|cost: 5k emails @ $0.50/M tokens
llm-api|RAG chunk 500 vs 1000 tokens experiment
llm-api|temperature 0 vs 0.7 blind eval
stats|ab sample size 10% -> 11%
stats|bootstrap CI median latency
stats|power law city sizes MLE vs loglog
stats|20 metrics false positive chance
stats|peeking inflates FPR, simulate
stats|kaplan-meier disk failures median
stats|poisson CI 14 crashes/90 days
stats|CUPED derive
coding|LRU O(1)
coding|merge k sorted lists heap
coding|median of stream
coding|meeting rooms min count
coding|top-k words 100 GB, 8 GB ram
coding|hit counter 5 min, scale up
coding|rate limiter across 10 servers
coding|tiled matmul in C vs naive n=2048
"""

# ---------------------------------------------------------------------------------------------
# general: more rows with overlapping words (prefetch, double buffering, batching, tokenising,
# speculative, checkpoint, dedup, GPU) in clearly non-frontier settings
# ---------------------------------------------------------------------------------------------
GEN_ROWS_MORE = r"""
comparch|Speculative execution: trace a mispredicted branch through a reorder buffer and show which results are squashed.
comparch|Stride prefetcher: implement one in your cache simulator and report the change in miss rate on the matrix-transpose trace.
comparch|Software prefetch distance for a linked-list walk with 150-cycle misses and 20 cycles of work per node?
comparch|Double buffering with DMA on a microcontroller: while one 512-byte buffer is processed, the other fills at 2 MB/s. Is 40 us of processing per buffer fast enough?
comparch|Triple buffering in a game's render loop: what does the third buffer buy over vsync with two, and what does it cost in latency?
comparch|Estimate the memory bandwidth a 4K video decoder needs at 60 fps with 10-bit 4:2:0 frames and two reference frames.
comparch|QPI/UPI interconnect between two sockets: measure remote-socket memory bandwidth and compare with local.
comparch|GPU for a physics course: port a 2D N-body kernel to CUDA and measure interactions per second for 16k bodies.
os|Implement readahead for a sequential file reader. How much does it help on HDD versus NVMe?
os|Write-ahead log checkpoint in a database: why does Postgres checkpoint, and what does checkpoint_timeout trade off?
os|fsync batching (group commit): with 2 ms fsync latency, how many commits/s can 1 writer do versus 32 concurrent writers?
web-perf|Batch inserts of 1, 100 and 10,000 rows into Postgres: measure rows/s and explain the curve.
web-perf|Continuous integration pipeline takes 40 minutes. Parallelise the test stage across 8 runners; what is the best achievable time if the slowest test file takes 6 minutes?
web-perf|Prefetch the next page of search results on the client. Estimate the extra backend load if 35% of users never click next.
web-perf|Nginx worker_connections 1024 and 4 workers: maximum concurrent clients when proxying?
web-perf|Elasticsearch: tokenise 200 GB of product descriptions with a custom analyzer. Index throughput per node and number of shards?
web-perf|A search engine's tokeniser processes 80 MB/s per core. How many cores to reindex 5 TB in 2 hours?
db-sharding|Record linkage for a CRM: use MinHash on names and addresses to find duplicate customers among 30M records. Choose bands and rows.
db-sharding|Deduplicate 500M event rows by event_id in BigQuery. Which approach is cheapest?
db-sharding|Tensor of sales by (store, product, day) in a data warehouse: choose a partitioning and clustering key.
mapreduce|ETL pipeline: extract from 3 sources, transform, load nightly. Where would you put data-quality checks and why?
mapreduce|Airflow DAG with 200 tasks: estimate end-to-end time from the critical path given the table of durations.
mapreduce|Stream processing with Flink: exactly-once with checkpoints every 30 s. What is replayed after a failure?
hpc-mpi|Port a CFD solver's linear algebra to GPUs with mixed precision: which kernels can run in single precision without hurting the converged residual?
hpc-mpi|A weather model's ensemble of 50 members runs on 1,600 GPUs. Each member uses 32; how would you pack them onto 4-GPU nodes?
hpc-mpi|Pipelined wavefront sweep for a neutron transport code: derive the pipeline fill time in terms of the process grid.
hpc-mpi|Ring-based MPI_Allgather versus recursive doubling for 1 KB per rank on 96 ranks in your seismic code: which does Open MPI pick, and how do you override it?
hpc-mpi|Interconnect benchmark on the university cluster: run OSU latency and bandwidth between two nodes over InfiniBand and report both.
hpc-sched|Your genome-assembly job needs 1.5 TB RAM. Which Slurm partition and flags, and what happens if you under-request?
hpc-checkpoint|A Monte Carlo simulation on 500 cores saves its RNG state and tallies every hour. What else must the checkpoint hold to restart bit-identically?
fp-numerics|Two Fortran builds of the same ocean model differ in the 12th digit after one simulated year. Is this a bug? How do you check?
fp-numerics|Blocked dot product in single precision with a double accumulator: error bound versus plain single precision for $n = 10^8$.
fp-numerics|Scale a linear system before solving so that no intermediate overflows in single precision. Give the rule.
everyday-ml|Train a small character-level RNN on Shakespeare on one GPU. Plot loss per epoch and sample text at epochs 1, 5 and 20.
everyday-ml|Tokenise a 20 MB text file with a BPE tokenizer from the tokenizers library and report tokens per second on your laptop.
everyday-ml|Implement attention from scratch in NumPy for a toy seq2seq model and check it against PyTorch on random inputs.
everyday-ml|Your small GPU runs out of memory at batch 64 for a 30M-parameter model. List four fixes in the order you'd try them.
everyday-ml|Quantise a trained MobileNet to int8 with post-training quantisation and measure accuracy drop and latency on a phone.
everyday-ml|Learning-curve experiment: train on 10%, 20%, 40%, 80% of the data and extrapolate whether more labels would help.
stats|Fit a log-linear model of error versus training-set size for your classifier and say how far you'd trust the extrapolation.
stats|Gumbel or Weibull for the distribution of the slowest of 1,000 parallel web requests? Justify.
stats|Reliability: 3 independent power supplies, each 99.5% available. Availability of a 2-of-3 system?
networking|Design the network for a 200-seat office: access switches, uplinks, oversubscription and one failure you'd plan for.
networking|RDMA for a distributed key-value store: when does one-sided RDMA read beat an RPC? Estimate for 64-byte values.
"""
