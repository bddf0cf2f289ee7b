"""Sampling profiles of a running server with py-spy, summarised as where the CPU time goes.

py-spy is an optional tool (``pip install py-spy``): it attaches to a pid from outside, so the
profiled server runs unmodified. It is run ``--nonblocking`` (the target is never paused) and
without ``--idle``, so samples are of threads doing work and the shares approximate CPU time.
The summary reads py-spy's collapsed-stack ("raw") output: one line per distinct stack,
frames ``function (file:line)`` joined by ``;`` and a sample count at the end.
"""

from __future__ import annotations

import re
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::(?P<line>\d+))?\)$")
TOP = 20


def py_spy() -> str | None:
    here = Path(sys.executable).with_name("py-spy")
    return str(here) if here.exists() else shutil.which("py-spy")


def _module_of(path: str) -> str:
    """A short owner for a source file: our package and sub-package (``gateway.decisions``), or
    the top-level package or module of anything else (``onnxruntime``, ``asyncio``). py-spy
    prints paths relative to their sys.path entry, so both forms are handled."""
    if "site-packages/" in path:
        path = path.split("site-packages/", 1)[1]
    else:
        path = re.sub(r"^.*?/python3\.\d+/", "", path)
    for ours in ("gateway/", "classifiers/", "steering/"):
        if path.startswith(ours) or f"/{ours}" in path:
            rest = path[path.index(ours) :].removesuffix(".py").split("/")
            return ".".join(rest[:2])
    return path.lstrip("/<").split("/", 1)[0].removesuffix(".py").rstrip(">")


@dataclass
class StackProfile:
    """Sample counts from collapsed stacks: self (leaf frame) and inclusive (anywhere)."""

    total: int = 0
    self_counts: Counter[str] = field(default_factory=Counter)
    inclusive: Counter[str] = field(default_factory=Counter)
    by_module: Counter[str] = field(default_factory=Counter)
    # Samples by thread kind, and the event loop's own self time (worker threads excluded):
    # the loop serialises every request, so its share bounds the requests/s of one process.
    threads: Counter[str] = field(default_factory=Counter)
    loop_by_module: Counter[str] = field(default_factory=Counter)
    loop_self: Counter[str] = field(default_factory=Counter)

    @classmethod
    def parse(cls, text: str) -> StackProfile:
        prof = cls()
        for line in text.splitlines():
            stack, _, count_s = line.rpartition(" ")
            if not stack or not count_s.isdigit():
                continue
            count = int(count_s)
            names: list[str] = []
            modules: list[str] = []
            for frame in stack.split(";"):
                m = _FRAME.match(frame)
                if m is None:
                    continue  # process / thread pseudo-frames
                names.append(f"{m['func']} ({m['file']})")
                modules.append(_module_of(m["file"]))
            if not names:
                continue
            prof.total += count
            prof.self_counts[names[-1]] += count
            prof.by_module[modules[-1]] += count
            for name in set(names):
                prof.inclusive[name] += count
            if any(n.startswith("Thread._bootstrap ") for n in names):
                prof.threads["worker threads (classifier, store, ...)"] += count
            else:
                prof.threads["event loop thread"] += count
                prof.loop_by_module[modules[-1]] += count
                prof.loop_self[names[-1]] += count
        return prof

    def summary(self, top: int = TOP) -> str:
        if not self.total:
            return "profile: no samples"

        def pct(n: int) -> str:
            return f"{100.0 * n / self.total:5.1f}%"

        lines = [f"profile: {self.total} samples of active threads"]
        lines += [f"    {pct(n)}  {k}" for k, n in self.threads.most_common()]
        lines.append("  self time by package/module:")
        lines += [f"    {pct(n)}  {k}" for k, n in self.by_module.most_common(top)]
        lines.append("  self time by function:")
        lines += [f"    {pct(n)}  {k}" for k, n in self.self_counts.most_common(top)]
        lines.append("  event loop thread only, self time by package/module:")
        lines += [f"    {pct(n)}  {k}" for k, n in self.loop_by_module.most_common(top)]
        lines.append("  event loop thread only, self time by function:")
        lines += [f"    {pct(n)}  {k}" for k, n in self.loop_self.most_common(top)]
        lines.append("  inclusive time by function:")
        lines += [f"    {pct(n)}  {k}" for k, n in self.inclusive.most_common(top)]
        return "\n".join(lines)


class Profiler:
    def __init__(self, output: Path) -> None:
        self.output = output

    def summary(self) -> str:
        if not self.output.exists():
            return f"profile: py-spy wrote no output to {self.output}"
        return StackProfile.parse(self.output.read_text()).summary()


@contextmanager
def profile_process(pid: int, output: Path, rate_hz: int = 200) -> Iterator[Profiler]:
    """Record ``pid`` with py-spy for the duration of the block; collapsed stacks to ``output``."""
    exe = py_spy()
    if exe is None:
        raise RuntimeError("py-spy is not installed (pip install py-spy)")
    output.parent.mkdir(parents=True, exist_ok=True)
    argv = [
        exe, "record", "--pid", str(pid), "--rate", str(rate_hz), "--format", "raw",
        "--nonblocking", "--output", str(output),
    ]  # fmt: skip
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        yield Profiler(output)
    finally:
        # py-spy writes its output when interrupted, as after Ctrl+C.
        proc.send_signal(signal.SIGINT)
        try:
            _, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
        if not output.exists():
            raise RuntimeError(f"py-spy failed: {err.decode(errors='replace')[-1000:]}")
