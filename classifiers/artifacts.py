"""The artifact folder's layout and the model card that describes and validates it.

Invariants: a folder is *complete* when every file in ``REQUIRED_FILES`` exists and
``model_card.json`` parses; the card's ``corpus_hash`` ties the artifacts to the corpus they were
built from, and its ``runtime`` block is everything the runtime needs besides the files.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

STATIC_ONNX = "static.onnx"  # stage 1: token ids -> calibrated probabilities
CONTEXTUAL_ONNX = "contextual.onnx"  # stage 2 backbone: pooled MiniLM, int8 unless that hurt
CONTEXTUAL_HEAD_ONNX = "contextual_head.onnx"  # stage 2 head: embedding -> probabilities
PLAIN_MINILM_ONNX = "minilm_plain.onnx"  # fp32 pooled MiniLM: quantisation source, bench reference
TOKENIZER_JSON = "tokenizer.json"
MODEL_CARD = "model_card.json"
REQUIRED_FILES: tuple[str, ...] = (
    STATIC_ONNX,
    CONTEXTUAL_ONNX,
    CONTEXTUAL_HEAD_ONNX,
    TOKENIZER_JSON,
    MODEL_CARD,
)
CARD_SCHEMA = 2


@dataclass(frozen=True, slots=True)
class RuntimeConfig:
    """What ``DomainClassifier`` needs to run the cascade; stored in the model card.

    ``window`` and ``stride`` count content tokens (``[CLS]``/``[SEP]`` excluded).
    ``escalate_below``: a stage-1 window whose top probability is below it goes to stage 2
    (0: stage 2 is never consulted, whatever ``confirm_risk_above`` says).
    ``confirm_risk_above``: a stage-1 window whose risk probability (``1 - p(general)``) reaches
    it goes to stage 2 too, so a risk verdict needs both stages' agreement (above 1: off).
    ``trust_risk_above``: a stage-1 risk this high stands without confirmation; stage 1 is
    near-certain there and stage 2 rarely overturns it (above 1: every risky window is checked).
    ``stage1_weight``: an escalated window's probabilities are ``w * stage1 + (1 - w) * stage2``.
    ``max_stage2_windows``: stage 2's budget per conversation, riskiest windows first.
    ``risk_threshold``: a risk label at or above it beats ``general`` in the final label.
    ``fine_window``: long texts are also scored in windows this short (stride half of it) by
    stage 1 alone, so a request buried in benign pages is not averaged away.
    """

    window: int = 128
    stride: int = 96
    escalate_below: float = 0.9
    confirm_risk_above: float = 1.01
    trust_risk_above: float = 1.01
    stage1_weight: float = 0.0
    max_stage2_windows: int = 1_000_000  # distinct windows per conversation (bounds latency)
    risk_threshold: float = 0.5
    fine_window: int = 48  # texts longer than fine_min_tokens are also read in these (0: off)
    fine_min_tokens: int = 160


@dataclass(slots=True)
class ModelCard:
    """Provenance and quality of one build; serialised as ``model_card.json``."""

    corpus_hash: str
    built_at: str
    runtime: RuntimeConfig
    labels: list[str]
    metrics: dict[str, Any] = field(default_factory=dict)
    versions: dict[str, str] = field(default_factory=dict)
    build: dict[str, Any] = field(default_factory=dict)
    schema: int = CARD_SCHEMA

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ModelCard:
        raw = json.loads(text)
        raw["runtime"] = RuntimeConfig(**raw["runtime"])
        return cls(**raw)


def read_card(artifact_dir: Path) -> ModelCard:
    return ModelCard.from_json((artifact_dir / MODEL_CARD).read_text(encoding="utf-8"))


def is_complete(artifact_dir: Path) -> bool:
    """Every required file is present and the card parses with the current schema."""
    if not all((artifact_dir / name).is_file() for name in REQUIRED_FILES):
        return False
    try:
        return read_card(artifact_dir).schema == CARD_SCHEMA
    except (ValueError, TypeError, KeyError):
        return False
