"""Named steering vectors for one loaded model: files in ``vectors_dir``, loaded once, checked.

Invariants: a name maps to ``<vectors_dir>/<name>.safetensors`` and nothing else (names are
validated by ``SteeringChoice``, so no path escapes the folder); a vector is returned only after
``check_compatible`` passed for the loaded model; loaded vectors are immutable and cached.
"""

from __future__ import annotations

import threading
from pathlib import Path

from steering.errors import InvalidRequestError, UnknownVectorError
from steering.model import LoadedModel
from steering.vectors import SteeringVector, VectorMismatchError, available_vectors, vector_path


class VectorRegistry:
    def __init__(self, vectors_dir: Path, loaded: LoadedModel) -> None:
        self.vectors_dir = vectors_dir
        self._loaded = loaded
        self._cache: dict[str, SteeringVector] = {}
        self._lock = threading.Lock()

    def names(self) -> list[str]:
        return available_vectors(self.vectors_dir)

    def get(self, name: str) -> SteeringVector:
        with self._lock:
            cached = self._cache.get(name)
            if cached is not None:
                return cached
            path = vector_path(self.vectors_dir, name)
            if not path.is_file():
                known = ", ".join(self.names()) or "none"
                raise UnknownVectorError(f"unknown steering vector {name!r} (available: {known})")
            try:
                vector = SteeringVector.load(
                    path,
                    model_id=self._loaded.model_id,
                    hidden_size=self._loaded.hidden_size,
                    num_layers=self._loaded.num_layers,
                )
            except VectorMismatchError as error:
                raise InvalidRequestError(str(error), param="steering.vector") from error
            self._cache[name] = vector
            return vector
