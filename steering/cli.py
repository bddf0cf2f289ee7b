"""``gateway steering compute|eval|serve|bench``: argument parsing only; the work lives elsewhere.

Heavy imports (torch, transformers) happen inside the command functions, so ``gateway --help``
stays fast. Every command takes explicit paths; nothing is read from the environment.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from steering.config import DEFAULT_CACHE_DIR, LocalModelConfig

DATA_DIR = Path(__file__).resolve().parent / "data"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("steering", help="steering vectors and the local model server")
    commands = parser.add_subparsers(dest="steering_command", required=True)

    compute = commands.add_parser(
        "compute", help="compute a steering vector from contrastive pairs"
    )
    _model_args(compute)
    compute.add_argument(
        "--pairs",
        type=Path,
        default=DATA_DIR / "pairs.jsonl",
        help="JSONL of {prompt, target, opposite} (default: the shipped pairs)",
    )
    compute.add_argument(
        "--layers", default="9", help="comma-separated decoder layer indices (0-based)"
    )
    compute.add_argument("--method", choices=["mean", "pca"], default="mean")
    compute.add_argument(
        "--position",
        choices=["completion-mean", "last"],
        default="completion-mean",
        help="which token activations to compare",
    )
    compute.add_argument("--suggested-strength", type=float, default=None)
    compute.add_argument("--out", type=Path, required=True, help="output .safetensors file")
    compute.set_defaults(func=_compute)

    evaluate = commands.add_parser(
        "eval", help="margin and perplexity of a vector across strengths"
    )
    _model_args(evaluate)
    evaluate.add_argument("--vector", type=Path, required=True, help="vector .safetensors file")
    evaluate.add_argument(
        "--strengths", default="-0.5,0,0.25,0.5,0.75", help="comma-separated strengths"
    )
    evaluate.add_argument("--pairs", type=Path, default=DATA_DIR / "pairs_heldout.jsonl")
    evaluate.add_argument("--general", type=Path, default=DATA_DIR / "general.txt")
    evaluate.add_argument(
        "--report",
        type=Path,
        required=True,
        help="folder for report.json, report.md and margin.png",
    )
    evaluate.set_defaults(func=_evaluate)

    serve = commands.add_parser("serve", help="run the OpenAI-compatible local model server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8001)
    serve.add_argument("--config", type=Path, default=None, help="YAML of LocalModelConfig")
    serve.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="state folder; the converted model is cached in <data-dir>/models/smollm2",
    )
    serve.set_defaults(func=_serve)

    bench = commands.add_parser("bench", help="per-token latency with and without steering")
    _model_args(bench)
    bench.add_argument(
        "--vector",
        type=Path,
        default=None,
        help="vector file (default: the shipped frontier-nonoperational)",
    )
    bench.add_argument("--strength", type=float, default=None)
    bench.add_argument("--tokens", type=int, default=64, help="tokens generated per run")
    bench.add_argument("--runs", type=int, default=6, help="alternating runs per condition")
    bench.add_argument("--batch", type=int, default=1, help="rows per forward pass")
    bench.add_argument("--out", type=Path, default=None, help="write the result as JSON here")
    bench.set_defaults(func=_bench)


def _model_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model-path",
        default=None,
        help="local HF causal-LM directory (default: the embedded SmolLM2 GGUF)",
    )
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=DEFAULT_CACHE_DIR,
        help="where the converted GGUF model is cached",
    )
    parser.add_argument("--device", choices=["auto", "cpu", "cuda"], default="auto")


def _model_config(args: argparse.Namespace) -> LocalModelConfig:
    return LocalModelConfig(
        model_path=args.model_path, cache_dir=args.cache_dir, device=args.device
    )


def _load_yaml_config(path: Path | None, data_dir: Path | None) -> LocalModelConfig:
    import yaml

    raw = yaml.safe_load(path.read_text()) if path is not None else None
    fields = dict(raw or {})
    if data_dir is not None and "cache_dir" not in fields:
        fields["cache_dir"] = data_dir / "models" / "smollm2"
    return LocalModelConfig.model_validate(fields)


def _layers(text: str) -> list[int]:
    return sorted({int(part) for part in text.split(",") if part.strip()})


def _floats(text: str) -> list[float]:
    return [float(part) for part in text.split(",") if part.strip()]


def _compute(args: argparse.Namespace) -> int:
    from steering.compute import ComputeOptions, compute_vector
    from steering.datasets import load_pairs
    from steering.model import load_model

    loaded = load_model(_model_config(args))
    options = ComputeOptions(
        layers=_layers(args.layers),
        method=args.method,
        position=args.position,
        suggested_strength=args.suggested_strength,
    )
    vector = compute_vector(loaded, load_pairs(args.pairs), options, progress=True)
    vector.save(args.out)
    print(
        json.dumps(
            {
                "out": str(args.out),
                "layers": vector.layers,
                "norms": {k: round(float(v.norm()), 3) for k, v in vector.directions.items()},
            }
        )
    )
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from steering.datasets import load_pairs
    from steering.evaluate import evaluate_vector, write_report
    from steering.model import load_model
    from steering.vectors import SteeringVector

    loaded = load_model(_model_config(args))
    vector = SteeringVector.load(
        args.vector,
        model_id=loaded.model_id,
        hidden_size=loaded.hidden_size,
        num_layers=loaded.num_layers,
    )
    report = evaluate_vector(
        loaded,
        vector,
        load_pairs(args.pairs),
        args.general.read_text(),
        _floats(args.strengths),
        progress=True,
    )
    write_report(report, args.report, vector_name=args.vector.stem)
    print(json.dumps(report.summary(), indent=2))
    return 0


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    from steering.server import create_app

    config = _load_yaml_config(args.config, args.data_dir)
    uvicorn.run(create_app(config), host=args.host, port=args.port, log_level="info")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from steering.bench import BenchOptions, run_bench
    from steering.config import DEFAULT_STRENGTH, DEFAULT_VECTOR, SHIPPED_VECTORS_DIR
    from steering.model import load_model
    from steering.vectors import SteeringVector, vector_path

    loaded = load_model(_model_config(args))
    path = args.vector or vector_path(SHIPPED_VECTORS_DIR, DEFAULT_VECTOR)
    vector = SteeringVector.load(
        path, model_id=loaded.model_id, hidden_size=loaded.hidden_size, num_layers=loaded.num_layers
    )
    strength = args.strength if args.strength is not None else DEFAULT_STRENGTH
    result = run_bench(
        loaded, vector, strength, BenchOptions(tokens=args.tokens, runs=args.runs, batch=args.batch)
    )
    text = json.dumps(result, indent=2)
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text)
    print(text)
    return 0
