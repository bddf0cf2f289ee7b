"""The adversarial set is deterministic, covers every trick, and its tricks are reversible by
the runtime's normalisation where they should be."""

from __future__ import annotations

from pathlib import Path

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


def test_multilingual_set_is_held_out_and_scored_per_script(classifier_dir: Path) -> None:
    from classifiers.adversarial.score import MULTILINGUAL, evaluate_multilingual
    from classifiers.corpus import load_examples, source_files
    from classifiers.runtime import DomainClassifier

    held_out = load_examples([MULTILINGUAL])
    assert len(held_out) == len(MULTILINGUAL.read_text(encoding="utf-8").splitlines())
    assert MULTILINGUAL.resolve() not in {p.resolve() for p in source_files()}  # never trained on
    corpus = {e.turns for e in load_examples(source_files())}
    assert not [e for e in held_out if e.turns in corpus]
    r = evaluate_multilingual(DomainClassifier.load(classifier_dir))
    languages = r.pop("languages")
    assert set(r) == {"latin", "other"}
    assert sum(g["n_risky"] + g["n_general"] for g in r.values()) == len(held_out)
    for g in r.values():
        assert 0.0 <= g["fp_rate"] <= 1.0 and g["recall"] <= g["flagged"]
        assert g["flagged"] > g["fp_rate"]  # it tells risky from everyday in either script
    # Each language is one row, and the rows add up to the held-out set.
    assert len(languages) == len({e.kind.split("-")[1] for e in held_out})
    assert sum(g["n_risky"] + g["n_general"] for g in languages.values()) == len(held_out)
    assert all(g["recall"] <= g["flagged"] for g in languages.values())
