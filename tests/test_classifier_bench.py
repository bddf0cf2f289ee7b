"""The classifier benchmark compares like with like: both sides read exactly the stated tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifiers.bench import bench_tokenizer, make_texts, plain_chunks
from classifiers.runtime import DomainClassifier


@pytest.mark.parametrize("tokens", [16, 64, 700])
def test_both_sides_read_exactly_the_stated_number_of_tokens(
    classifier_dir: Path, tokens: int
) -> None:
    tokenizer = bench_tokenizer(classifier_dir)
    clf = DomainClassifier.load(classifier_dir)
    for text in make_texts(tokenizer, tokens, 3):
        # The plain MiniLM baseline: no padding smuggled in (the tokenizer file pads to 128),
        # the whole input in passes of at most 510 tokens, the last one ending with it.
        ids = tokenizer.encode(text, add_special_tokens=False).ids
        chunks = plain_chunks(tokenizer, text)
        assert len(ids) == tokens and 0 not in ids
        assert chunks[0][0] == ids[0] and chunks[-1] == ids[-len(chunks[-1]) :]
        assert all(len(c) <= 510 for c in chunks) and len(chunks) == -(-tokens // 510)
        # Ours: the regular windows of the text cover the same tokens, no more.
        windows, n_regular = clf.token_windows([text])
        covered = {t for w in windows[:n_regular] for t in w}
        assert len(windows[0]) == min(tokens, clf.config.window) and 0 not in covered
