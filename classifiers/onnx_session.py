"""Creating onnxruntime sessions the same way everywhere (runtime, build checks, benchmarks).

Invariant: a session is created once per model and reused; ``InferenceSession.run`` is safe to
call from several threads at once, so one session serves the gateway's whole thread pool.
"""

from __future__ import annotations

from pathlib import Path

import onnxruntime as ort


def open_session(path: Path, threads: int = 1) -> ort.InferenceSession:
    """A CPU session with ``threads`` intra-op threads and no inter-op parallelism."""
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.log_severity_level = 3
    # No busy-waiting between ops: the cores are shared with the gateway and other processes.
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
