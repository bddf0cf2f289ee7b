"""The active policy, swapped atomically on reload; an invalid edit never replaces a good one.

Readers take ``holder.active`` once per request, so a reload in the middle of a request never
changes the policy that request is decided under.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

import structlog

from gateway.errors import PolicyError
from gateway.policy.engine import CompiledPolicy
from gateway.policy.loader import load_policy

log = structlog.get_logger("gateway.policy")


class PolicyHolder:
    def __init__(
        self,
        path: Path,
        *,
        known_models: Iterable[str] | None = None,
        known_vectors: Iterable[str] | None = None,
        on_reload: Callable[[str], None] | None = None,
    ) -> None:
        self.path = path
        self.on_reload = on_reload  # called with "ok", "rejected" or "unchanged"
        self.known_models = list(known_models) if known_models is not None else None
        self.known_vectors = list(known_vectors) if known_vectors is not None else None
        self._lock = threading.Lock()
        self.reloads = 0
        self.rejected = 0
        self.last_error: str | None = None
        self.active = self._load()  # raises PolicyError: at start there is no last good policy

    def _load(self) -> CompiledPolicy:
        return CompiledPolicy(
            load_policy(self.path, known_models=self.known_models, known_vectors=self.known_vectors)
        )

    def reload(self) -> tuple[bool, str]:
        """Try the file again. Returns (changed, message); keeps the old policy on any error."""
        changed, message = self._reload()
        if self.on_reload is not None:
            self.on_reload(
                "ok" if changed else "unchanged" if message == "unchanged" else "rejected"
            )
        return changed, message

    def _reload(self) -> tuple[bool, str]:
        with self._lock:
            try:
                candidate = self._load()
            except PolicyError as exc:
                self.rejected += 1
                self.last_error = str(exc)
                log.warning("policy_rejected", path=str(self.path), problems=str(exc))
                return False, str(exc)
            if candidate.version == self.active.version:
                return False, "unchanged"
            old = self.active.version
            self.active = candidate
            self.reloads += 1
            self.last_error = None
            log.info("policy_reloaded", path=str(self.path), old=old, new=candidate.version)
            return True, candidate.version
