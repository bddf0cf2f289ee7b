"""A disk cache of per-window feature vectors, so a rebuild only embeds what changed.

Invariants: a key is the SHA-1 of a window's token ids together with a namespace naming the
model that produced the vector (the backbone file's hash and the export variant); a namespace
change therefore never returns stale vectors. The cache is an optimisation only: deleting it
changes build time, never build output.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt


def window_key(window: Sequence[int]) -> str:
    return hashlib.sha1(np.asarray(window, dtype=np.int32).tobytes()).hexdigest()


def file_digest(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()[:16]


class FeatureCache:
    """``{key: vector}`` persisted as one ``.npz`` per namespace under ``folder``."""

    def __init__(self, folder: Path, namespace: str) -> None:
        self.path = folder / f"features-{namespace}.npz"
        self._rows: dict[str, npt.NDArray[np.float32]] = {}
        if self.path.is_file():
            with np.load(self.path) as data:
                self._rows = dict(zip(data["keys"].tolist(), data["vectors"], strict=True))

    def get(self, key: str) -> npt.NDArray[np.float32] | None:
        return self._rows.get(key)

    def put(self, key: str, vector: npt.NDArray[np.float32]) -> None:
        self._rows[key] = vector

    def save(self) -> None:
        if not self._rows:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = np.array(list(self._rows))
        vectors = np.stack(list(self._rows.values())).astype(np.float32)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=keys, vectors=vectors)
        tmp.replace(self.path)
