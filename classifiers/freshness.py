"""Is an artifact folder a complete build of the current corpus? Build it only when not.

Kept apart from ``classifiers.build`` on purpose: the check needs only the corpus files and the
model card, so a serving process never imports torch, transformers or scikit-learn (seconds of
start-up and ~480k objects for the garbage collector to walk) unless it must build.
"""

from __future__ import annotations

from pathlib import Path

from classifiers import artifacts as art
from classifiers.corpus import corpus_hash, source_files


def current_corpus_hash() -> str:
    return corpus_hash(source_files())


def is_current(artifact_dir: Path) -> bool:
    """Complete, and built from the corpus as it is now."""
    return art.is_complete(artifact_dir) and (
        art.read_card(artifact_dir).corpus_hash == current_corpus_hash()
    )


def resolve_artifacts(artifact_dir: Path, explicit: bool, progress: bool = True) -> Path:
    """The folder to load. A folder the user named (``explicit``) that holds a complete build
    of another corpus is used as it is, with a warning on stderr: rebuilding it in place would
    destroy what they pointed at. Otherwise ``ensure_built``."""
    if explicit and art.is_complete(artifact_dir) and not is_current(artifact_dir):
        import sys

        print(
            f"warning: {artifact_dir} was built from another corpus than the current one; "
            f"using it as it is (rebuild: gateway classifier build --out {artifact_dir} --force)",
            file=sys.stderr,
        )
        return artifact_dir
    return ensure_built(artifact_dir, progress)


def ensure_built(artifact_dir: Path, progress: bool = True) -> Path:
    """Return ``artifact_dir`` at once when it holds a complete build of the current corpus;
    otherwise build it (minutes) and return it."""
    if is_current(artifact_dir):
        return artifact_dir
    from classifiers.build import BuildConfig, build

    return build(artifact_dir, BuildConfig(), progress=progress)
