"""What of a chat request the classifier reads: the text of every user turn, in order.

Content may be a string or a list of parts (OpenAI's multimodal format); only text parts carry
text. System and assistant turns are the application's and the model's words, not the user's.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [
            str(p.get("text", ""))
            for p in content
            if isinstance(p, dict) and p.get("type") in ("text", "input_text")
        ]
        return "\n".join(p for p in parts if p)
    return ""


def user_turns(messages: Sequence[dict[str, Any]]) -> list[str]:
    turns = [content_text(m.get("content")) for m in messages if m.get("role") == "user"]
    return [t for t in turns if t.strip()]
