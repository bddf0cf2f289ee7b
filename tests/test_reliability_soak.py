"""Issue 5.6, long form: a 10-minute soak at a steady rate (20 requests/s, open loop) against a
real gateway process, with its resident memory and open file descriptors measured (psutil)
after warm-up and at the end: both flat, and no error response. Run it with

    .venv/bin/python -m pytest -m slow tests/test_reliability_soak.py -s

The short form (35 s) runs in the normal suite, in tests/test_reliability_input.py, right after
the hostile-input and fuzz runs. Tolerances: open fds +``FD_SLACK`` (pooled upstream connections
come and go); RSS +25 MB over the run (allocator arenas settle; a leak of even 2 KB per request
over the ~12,000 requests exceeds it).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability_helpers import (
    GatewayProcess,
    entry,
    recording_upstream,
    running_gateway,
    soak,
    write_config,
)


@pytest.fixture(scope="module")
def gw(tmp_path_factory: pytest.TempPathFactory, classifier_dir: Path) -> Iterator[GatewayProcess]:
    tmp = tmp_path_factory.mktemp("soak")
    with recording_upstream(tmp) as upstream:
        v1 = f"{upstream}/v1"
        models = [entry(n, n, v1) for n in ("gpt-test", "safe-fallback", "steered")]
        config = write_config(tmp, classifier_dir, models)
        with running_gateway(config, tmp / "data") as proc:
            yield proc


@pytest.mark.slow
def test_ten_minute_soak_is_flat(gw: GatewayProcess) -> None:
    soak(gw, rate=20.0, seconds=600.0, warmup=30.0, rss_slack_mb=25.0)
