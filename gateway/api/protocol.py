"""Request and response models for the gateway's endpoints.

Chat requests are validated just enough to refuse bad input with a precise 4xx; every other
OpenAI parameter (temperature, tools, response_format, ...) passes through to the upstream.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from gateway.pipeline.conversation import user_turns


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "user", "assistant", "tool", "developer", "function"]
    content: str | list[dict[str, Any]] | None = None


class ChatCompletionRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    # Scalars are strict, as in OpenAI's API: `"max_tokens": true` or `"stream": "no"` is a
    # 400 naming the field, not a guess (True → 1, "no" → False) passed on to the upstream.
    model: str = Field(min_length=1)
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = Field(default=False, strict=True)
    max_tokens: int | None = Field(default=None, ge=0, strict=True)
    max_completion_tokens: int | None = Field(default=None, ge=0, strict=True)
    temperature: float | None = Field(default=None, ge=0.0, le=2.0, strict=True)
    top_p: float | None = Field(default=None, ge=0.0, le=1.0, strict=True)
    n: int | None = Field(default=None, ge=1, le=16, strict=True)

    @field_validator("messages")
    @classmethod
    def _some_content(cls, messages: list[ChatMessage]) -> list[ChatMessage]:
        if all(m.content in (None, "", []) for m in messages):
            raise ValueError("every message is empty: at least one message needs content")
        return messages


class ClassifyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    input: str | list[str] | None = None
    messages: list[ChatMessage] | None = None
    model: str | None = None  # optional: route as if this model had been requested

    def turns(self) -> list[str]:
        if self.messages is not None:
            return user_turns([m.model_dump() for m in self.messages])
        if isinstance(self.input, str):
            return [self.input]
        return list(self.input or [])


class ClassifyResponse(BaseModel):
    label: str
    scores: dict[str, float]
    route: str
    domain: str
    latency_ms: float
    stage: str | None = None
    policy_version: str
