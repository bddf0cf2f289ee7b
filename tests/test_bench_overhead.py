"""The overhead benchmark and the locust files, run for real: a stand-in, a gateway process, a
short measurement, and locust headless against a live gateway. No timing thresholds: these
check that every request succeeded and that the reports carry what they promise."""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from gateway.bench import overhead
from gateway.bench.profile import StackProfile
from gateway.bench.prompts import CONVERSATIONS
from gateway.bench.report import parse_server_timing
from tests.servers import REPO


def test_server_timing_is_parsed_into_stage_durations() -> None:
    header = "classify;dur=1.250, policy;dur=0.031, upstream;dur=12.5, store;desc=x"
    assert parse_server_timing(header) == {"classify": 1.25, "policy": 0.031, "upstream": 12.5}
    assert parse_server_timing("") == {}


def test_collapsed_stacks_are_summarised_by_self_and_inclusive_time() -> None:
    text = (
        'process 1:"python";Thread 7 (active);run (asyncio/events.py:80);'
        "classify (/work/main/classifiers/runtime.py:10);"
        "run (site-packages/onnxruntime/session.py:5) 3\n"
        'process 1:"python";Thread 7 (active);run (asyncio/events.py:80);'
        "commit (/work/main/gateway/decisions/store.py:9) 1\n"
    )
    prof = StackProfile.parse(text)
    assert prof.total == 4
    assert prof.self_counts["run (site-packages/onnxruntime/session.py)"] == 3
    assert prof.inclusive["run (asyncio/events.py)"] == 4
    assert prof.by_module["onnxruntime"] == 3
    assert prof.by_module["gateway.decisions"] == 1
    assert "75.0%" in prof.summary()


def test_short_overhead_run_measures_every_cell_without_errors(
    tmp_path: Path, classifier_dir: Path
) -> None:
    parser = argparse.ArgumentParser()
    overhead.add_arguments(parser)
    out = tmp_path / "overhead.json"
    args = parser.parse_args(
        [
            "--duration", "2", "--warmup", "0.5", "--concurrency", "1", "8",
            "--stream-concurrency", "1", "--no-litellm",
            "--classifier-dir", str(classifier_dir),
            "--work-dir", str(tmp_path / "work"), "--json", str(out),
        ]
    )  # fmt: skip
    assert overhead.run_from_args(args) == 0

    report = orjson.loads(out.read_bytes())
    cells = {(c["target"], c["mode"], c["concurrency"]): c for c in report["cells"]}
    expected = {
        (target, mode, conc)
        for target in ("direct", "gateway")
        for mode, conc in (("chat", 1), ("chat", 8), ("stream", 1))
    }
    assert set(cells) == expected
    for cell in cells.values():
        assert cell["requests"] > 0 and cell["errors"] == 0, cell
        assert cell["p50_ms"] <= cell["p99_ms"]
    for key in expected:
        if key[0] == "gateway":
            cell = cells[key]
            # Every response disclosed its route and its stage timings.
            assert sum(cell["routes"].values()) == cell["requests"]
            assert {"classify", "upstream"} <= set(cell["stages_p50_ms"])
            assert cell["added"] is not None and len(cell["added"]) == 2
    assert any("LiteLLM proxy skipped" in n for n in report["notes"])
    # The mix's stage-2 share is measured with the gateway's own classifier settings, and the
    # mix is built so that the second stage's cost shows up in the numbers.
    second, total = report["settings"]["stage2_conversations"]
    assert total == len(CONVERSATIONS) and 0 < second < total
    assert any(n.startswith(f"Classifier: stage 2 reads {second} of") for n in report["notes"])
    names = {t["name"] for t in report["targets"]}
    assert "added p50, chat c=1" in names and "req/s vs LiteLLM, chat c=8" in names
    # The generated gateway config routes the default policy's models to the stand-in.
    config = (tmp_path / "work" / "gateway.yaml").read_text()
    assert "smollm2-fallback" in config and "gpt-bench" in config


def _locust(
    locustfile: str, host: str, csv_prefix: Path, *extra: str
) -> dict[tuple[str, str], dict[str, str]]:
    argv = [
        sys.executable, "-m", "locust", "-f", str(REPO / "loadtests" / locustfile),
        "--headless", "-u", "2", "-r", "2", "-t", "4s", "--only-summary",
        "--host", host, "--csv", str(csv_prefix), *extra,
    ]  # fmt: skip
    done = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    with Path(f"{csv_prefix}_stats.csv").open() as f:
        return {(row["Type"], row["Name"]): row for row in csv.DictReader(f)}


def test_locust_chat_reports_gateway_stages_and_routes(gateway: str, tmp_path: Path) -> None:
    rows = _locust(
        "locustfile_chat.py", gateway, tmp_path / "chat", "--model", "gpt-test",
        "--stream-share", "0.5",
    )  # fmt: skip
    for key in (
        ("POST", "chat"),
        ("POST", "chat stream"),
        ("stage", "classify"),
        ("stage", "policy"),
        ("stage", "upstream"),
        ("stream", "time to first token"),
        ("route", "primary"),
    ):
        assert key in rows, sorted(rows)
        assert int(rows[key]["Request Count"]) > 0
        assert int(rows[key]["Failure Count"]) == 0
    assert int(rows[("", "Aggregated")]["Failure Count"]) == 0


def test_locust_classify_reports_server_side_classifier_time(gateway: str, tmp_path: Path) -> None:
    rows = _locust("locustfile_classify.py", gateway, tmp_path / "classify")
    for key in (("POST", "classify"), ("stage", "classifier (server)")):
        assert key in rows, sorted(rows)
        assert int(rows[key]["Request Count"]) > 0
        assert int(rows[key]["Failure Count"]) == 0


def test_workers_and_escalation_options_reach_the_gateway_config(tmp_path: Path) -> None:
    p = argparse.ArgumentParser()
    overhead.add_arguments(p)
    one = overhead.options_from_args(p.parse_args(["--classifier-dir", str(tmp_path)]))
    two = overhead.options_from_args(
        p.parse_args(
            [
                "--classifier-dir",
                str(tmp_path),
                "--gateway-workers",
                "2",
                "--escalate-below",
                "0",
                "--confirm-risk-above",
                "1.01",
                "--trust-risk-above",
                "0.99",
            ]
        )
    )
    import yaml

    cfg_one = yaml.safe_load(
        overhead.write_gateway_config(one, "http://x/v1", tmp_path).read_text()
    )
    cfg_two = yaml.safe_load(
        overhead.write_gateway_config(two, "http://x/v1", tmp_path).read_text()
    )
    assert "workers" not in cfg_one and cfg_two["workers"] == 2
    assert "escalate_below" not in cfg_one["classifier"]
    assert cfg_two["classifier"]["escalate_below"] == 0.0
    assert "confirm_risk_above" not in cfg_one["classifier"]
    assert cfg_two["classifier"]["confirm_risk_above"] == 1.01
    assert "trust_risk_above" not in cfg_one["classifier"]
    assert cfg_two["classifier"]["trust_risk_above"] == 0.99


def test_profile_without_py_spy_fails_fast_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(overhead, "py_spy", lambda: None)  # as on a machine without py-spy
    parser = argparse.ArgumentParser()
    overhead.add_arguments(parser)
    args = parser.parse_args(["--profile", str(tmp_path / "p.txt"), "--work-dir", str(tmp_path)])
    assert overhead.run_from_args(args) == 2  # before any server starts
    assert "pip install py-spy" in capsys.readouterr().err
    assert not (tmp_path / "gateway.yaml").exists()


def test_the_mix_is_sent_in_one_fixed_shuffled_order() -> None:
    from gateway.bench.prompts import SEQUENCE, SEQUENCE_SEED, _shuffled, chat_bodies

    assert sorted(map(id, SEQUENCE)) == sorted(map(id, CONVERSATIONS))  # each one, once
    assert _shuffled(CONVERSATIONS, SEQUENCE_SEED) == SEQUENCE  # the same in every run
    assert SEQUENCE != CONVERSATIONS  # the borderline ones, written together, are mixed in
    bodies = [orjson.loads(b) for b in chat_bodies("m", stream=False)]
    assert [b["messages"] for b in bodies] == [list(c.messages) for c in SEQUENCE]
