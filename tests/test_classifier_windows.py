"""Windows cover every token, and their number grows linearly with the input."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from classifiers.windows import CLS_ID, PAD_ID, SEP_ID, pack, spans, split_ids


@given(n=st.integers(0, 5000), size=st.integers(1, 300), frac=st.floats(0.1, 1.0))
def test_spans_cover_every_token_with_linear_count(n: int, size: int, frac: float) -> None:
    stride = max(1, int(size * frac))
    got = spans(n, size, stride)
    covered = set()
    for s, e in got:
        assert 0 <= s < e <= n or (n == 0 and (s, e) == (0, 0))
        assert e - s <= size
        covered.update(range(s, e))
    assert covered == set(range(n))
    assert len(got) <= max(1, math.ceil(max(n - size, 0) / stride) + 1)


def test_invalid_stride_is_rejected() -> None:
    with pytest.raises(ValueError):
        spans(10, 4, 5)


def test_pack_wraps_and_pads() -> None:
    ids, mask = pack(split_ids([5, 6, 7, 8, 9], 3, 2))
    assert ids.shape == mask.shape == (2, 5)
    assert ids[0].tolist() == [CLS_ID, 5, 6, 7, SEP_ID]
    assert ids[1].tolist() == [CLS_ID, 7, 8, 9, SEP_ID]
    ids, mask = pack([[1], [1, 2, 3]])
    assert ids[0].tolist() == [CLS_ID, 1, SEP_ID, PAD_ID, PAD_ID]
    assert mask[0].tolist() == [1, 1, 1, 0, 0]
