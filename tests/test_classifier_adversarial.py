"""The adversarial set is deterministic, covers every trick, and its tricks are reversible by
the runtime's normalisation where they should be."""

from __future__ import annotations

from classifiers.adversarial import seeds
from classifiers.adversarial.transforms import TEXT_TRICKS, build_set
from classifiers.normalize import variants

TRICKS = {*TEXT_TRICKS, "plain", "translation", "split", "hard_negative"}


def test_set_is_deterministic_and_complete() -> None:
    a, b = build_set(), build_set()
    assert a == b
    assert {i.trick for i in a} == TRICKS
    assert sum(i.trick == "hard_negative" for i in a) == len(seeds.HARD_NEGATIVES)
    assert all(i.domain == "general" for i in a if i.trick == "hard_negative")


def test_split_conversations_never_hold_the_whole_request() -> None:
    for item in build_set():
        if item.trick == "split":
            assert len(item.turns) == 2
            assert not any(text in turn for turn in item.turns for _, text in seeds.SEEDS)


def test_character_tricks_are_undone_by_normalisation() -> None:
    plain = [t for _, t in seeds.SEEDS]
    by_trick = {
        trick: [i.turns[0] for i in build_set() if i.trick == trick]
        for trick in ("zero_width", "homoglyph", "base64", "hex")
    }
    for trick, texts in by_trick.items():
        for original, disguised in zip(plain, texts, strict=True):
            assert any(original in v for v in variants(disguised)), (trick, disguised)
