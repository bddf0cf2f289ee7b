"""The domain classifier as the gateway runs it: ONNX sessions, windows, cascade, aggregation.

How a conversation is read (the invariants the policy relies on):
- Every turn is scored, and so is the concatenation of all turns, so a request split across
  turns is seen whole. Each of those texts is read in every variant ``normalize.variants`` gives
  (cleaned, deobfuscated, decoded payloads).
- Each text is tokenised once without truncation and covered in full by overlapping windows
  (``windows.spans``); the work is linear in the conversation's length.
- Texts longer than ``fine_min_tokens`` are also covered by short ``fine_window`` windows, scored
  by stage 1 only, so a request buried in long benign text still has a window of its own.
- Stage 1 (static embeddings) scores every window. A window goes to stage 2 (fine-tuned MiniLM)
  when stage 1 is unsure of it (top probability below ``escalate_below``; regular windows only)
  or when stage 1 calls it risky (risk probability at or above ``confirm_risk_above``; fine
  windows too) but not near-certainly so (below ``trust_risk_above``): most benign traffic is
  answered by stage 1 alone, and a risk verdict needs both stages unless stage 1 is sure. An
  escalated window's probabilities are ``stage1_weight`` of stage 1's plus the rest of stage
  2's (two different models err differently; the blend is better than either). Stage 2 sees at
  most ``max_stage2_windows`` distinct windows per conversation, the riskiest first, and stops
  as soon as it confirms one; no unchecked window may look riskier than the riskiest checked
  one, unless stage 1 is near-certain of it (``trust_risk_above``).
- The riskiest window decides: a risk label's score is its maximum over windows; ``general``'s
  score is the riskiest window's ``general`` probability. The label is the top risk label when the
  riskiest window's total risk probability reaches ``risk_threshold``, else ``general``.
- Thread-safe: sessions and tokenizer are created once in ``load`` and only read afterwards.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
from tokenizers import Tokenizer

from classifiers import artifacts as art
from classifiers.labels import LABELS, UNREADABLE
from classifiers.normalize import variants
from classifiers.onnx_session import open_session
from classifiers.windows import pack, split_ids

GENERAL = LABELS.index("general")
RISK = np.array([i for i, label in enumerate(LABELS) if label != "general"])
_RISK_IDX = tuple(int(i) for i in RISK)
STAGE2_BATCH = 16


@dataclass(frozen=True, slots=True)
class Classification:
    """One conversation's verdict. ``scores`` has all six labels, each a calibrated probability
    that some window of the conversation belongs to it (they sum to 1 for a one-window input)."""

    label: str
    scores: dict[str, float]
    latency_ms: float
    # "static" (stage 1 answered), "contextual" (stage 2 consulted), "empty" (no text), or
    # "unreadable" (text, but none in a script the models read nor a glossary word: see
    # ``normalize.readable``), both ``general`` with certainty
    stage: str
    windows: int


@dataclass(frozen=True, slots=True)
class Screened:
    """Stage 1's reading of an input it escalates: what ``DomainClassifier.finish`` needs."""

    windows: list[list[int]]
    n_regular: int
    probs: npt.NDArray[np.float32]  # (N, L) stage-1 probabilities
    seconds: float  # spent screening


class DomainClassifier:
    """Load once with ``DomainClassifier.load(dir)``; call ``classify`` from any thread."""

    def __init__(
        self,
        artifact_dir: Path,
        threads: int = 1,
        escalate_below: float | None = None,
        confirm_risk_above: float | None = None,
        trust_risk_above: float | None = None,
        max_stage2_windows: int | None = None,
    ) -> None:
        self.card = art.read_card(artifact_dir)
        # The operator's latency/accuracy choices over the card's.
        cfg = self.card.runtime
        if escalate_below is not None:
            cfg = replace(cfg, escalate_below=escalate_below)
        if confirm_risk_above is not None:
            cfg = replace(cfg, confirm_risk_above=confirm_risk_above)
        if trust_risk_above is not None:
            cfg = replace(cfg, trust_risk_above=trust_risk_above)
        if max_stage2_windows is not None:
            cfg = replace(cfg, max_stage2_windows=max_stage2_windows)
        self.config = cfg
        self._tokenizer = Tokenizer.from_file(str(artifact_dir / art.TOKENIZER_JSON))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        self._static = open_session(artifact_dir / art.STATIC_ONNX, threads)
        self._contextual = open_session(artifact_dir / art.CONTEXTUAL_ONNX, threads)
        self._head = open_session(artifact_dir / art.CONTEXTUAL_HEAD_ONNX, threads)
        # Input names are fixed at export; cache them rather than asking the session per call.
        self._static_inputs = tuple(i.name for i in self._static.get_inputs())
        self._contextual_inputs = tuple(i.name for i in self._contextual.get_inputs())
        self._head_input = self._head.get_inputs()[0].name

    @classmethod
    def load(
        cls,
        artifact_dir: Path,
        threads: int = 1,
        escalate_below: float | None = None,
        confirm_risk_above: float | None = None,
        trust_risk_above: float | None = None,
        max_stage2_windows: int | None = None,
    ) -> DomainClassifier:
        """The keyword arguments override the model card's cascade (None keeps the card's):
        ``escalate_below`` 0 answers every window with stage 1 alone (fastest), above 1 sends
        every regular window to stage 2; ``confirm_risk_above`` is the stage-1 risk that stage 2
        must confirm (above 1: never); ``trust_risk_above`` the stage-1 risk that stands without
        confirmation (above 1: none); ``max_stage2_windows`` stage 2's budget per conversation."""
        if not art.is_complete(artifact_dir):
            raise FileNotFoundError(f"no complete classifier artifacts in {artifact_dir}")
        return cls(
            artifact_dir,
            threads,
            escalate_below,
            confirm_risk_above,
            trust_risk_above,
            max_stage2_windows,
        )

    def segments(self, turns: Sequence[str]) -> list[str]:
        """Every text the conversation is read as (see the module docstring), de-duplicated."""
        texts = list(turns)
        if len(turns) > 1:
            texts.append("\n".join(turns))
        out: dict[str, None] = {}
        for text in texts:
            for v in variants(text):
                if v.strip():
                    out[v] = None
        return list(out)

    def token_windows(self, texts: Sequence[str]) -> tuple[list[list[int]], int]:
        """The windows to score and how many of them (the first ones) are regular windows;
        the rest are the fine windows of long texts."""
        cfg = self.config
        # ``encode_batch_fast`` skips offsets (unused here) and releases the GIL.
        encs = self._tokenizer.encode_batch_fast(list(texts), add_special_tokens=False)
        windows = [w for e in encs if e.ids for w in split_ids(e.ids, cfg.window, cfg.stride)]
        n_regular = len(windows)
        if cfg.fine_window:
            # Long texts are also read in short windows, so one request buried in pages of
            # benign prose is not averaged away; stage 1 only, cost stays linear.
            windows.extend(
                w
                for e in encs
                if len(e.ids) > cfg.fine_min_tokens
                for w in split_ids(e.ids, cfg.fine_window, cfg.fine_window // 2)
            )
        return windows, n_regular

    def window_probs(
        self, windows: Sequence[Sequence[int]], n_regular: int | None = None
    ) -> tuple[npt.NDArray[np.float32], bool]:
        """(N, L) calibrated probabilities per window, and whether stage 2 was consulted; only
        the first ``n_regular`` windows (default: all) may escalate."""
        probs = self._stage1(windows)
        return self._cascade(windows, probs, len(windows) if n_regular is None else n_regular)

    def _stage1(self, windows: Sequence[Sequence[int]]) -> npt.NDArray[np.float32]:
        ids, mask = pack(windows)
        feeds = dict(zip(self._static_inputs, (ids, mask), strict=True))
        return np.array(self._static.run(None, feeds)[0])

    def _cascade(
        self, windows: Sequence[Sequence[int]], probs: npt.NDArray[np.float32], n_regular: int
    ) -> tuple[npt.NDArray[np.float32], bool]:
        """Stage 2 over the windows stage 1's ``probs`` escalate (updated in place)."""
        cand = self._escalations(probs, n_regular)
        if not len(cand):
            return probs, False
        risk = 1.0 - probs[:, GENERAL]
        cand = cand[np.argsort(-risk[cand], kind="stable")]  # riskiest first
        rows_of: dict[tuple[int, ...], list[int]] = {}  # identical windows are scored once
        for i in cand.tolist():
            rows_of.setdefault(tuple(windows[i]), []).append(i)
        unique = list(rows_of)[: self.config.max_stage2_windows]
        if not unique:  # no stage-2 budget: stage 1 stands
            return probs, False
        w = self.config.stage1_weight
        seen: list[int] = []
        # The riskiest window alone first: once stage 2 confirms one, the verdict is risky
        # whatever the others say, and they keep stage 1's scores (the cap cannot lower them).
        starts = [0, *range(1, len(unique), STAGE2_BATCH)]
        for start, end in zip(starts, [*starts[1:], len(unique)], strict=True):
            if seen and float((1.0 - probs[seen, GENERAL]).max()) >= self.config.risk_threshold:
                break
            batch = unique[start:end]
            for window, p in zip(batch, self._stage2(batch), strict=True):
                rows = rows_of[window]
                probs[rows] = w * probs[rows] + (1.0 - w) * p
                seen.extend(rows)
        self._cap_unchecked(probs, seen)
        return probs, True

    def _stage2(self, windows: Sequence[Sequence[int]]) -> npt.NDArray[np.float32]:
        """(B, L) stage-2 probabilities: the tuned backbone, then the head."""
        ids, mask = pack(windows)
        feeds = dict(zip(self._contextual_inputs, (ids, mask), strict=True))
        embedding = self._contextual.run(None, feeds)[0]
        return np.asarray(self._head.run(None, {self._head_input: embedding})[0])

    def _cap_unchecked(self, probs: npt.NDArray[np.float32], seen: list[int]) -> None:
        """A window stage 2 did not read may look no riskier than the riskiest one it did:
        stage 1 ranked it lower (past the budget, or below the confirmation bar), so it inherits
        their verdict rather than overriding it. This keeps the cost of a long text bounded and
        the reported scores consistent with what stage 2 said. Windows stage 1 is near-certain
        of (risk at or above ``trust_risk_above``) stand."""
        checked = set(seen)
        cap = float((1.0 - probs[seen, GENERAL]).max())
        for i in range(len(probs)):
            risk = 1.0 - float(probs[i, GENERAL])
            if i not in checked and cap < risk < self.config.trust_risk_above:
                probs[i, RISK] *= cap / risk
                probs[i, GENERAL] = 1.0 - cap

    def _escalations(self, probs: npt.NDArray[np.float32], n_regular: int) -> npt.NDArray[np.intp]:
        """Rows stage 2 must see (module docstring): unsure regular windows, risky windows."""
        cfg = self.config
        if cfg.escalate_below <= 0.0:
            return np.empty(0, dtype=np.intp)
        risk = 1.0 - probs[:, GENERAL]
        esc = (risk >= cfg.confirm_risk_above) & (risk < cfg.trust_risk_above)
        esc[:n_regular] |= probs[:n_regular].max(axis=1) < cfg.escalate_below
        return np.flatnonzero(esc)

    def aggregate(self, probs: npt.NDArray[np.float32]) -> tuple[str, dict[str, float]]:
        """The riskiest window decides (module docstring)."""
        rows: list[list[float]] = probs.tolist()  # plain floats: cheaper than numpy at N ~ 1
        worst = max(range(len(rows)), key=lambda i: max(rows[i][j] for j in _RISK_IDX))
        scores: dict[str, float] = {
            label: (rows[worst][GENERAL] if j == GENERAL else max(row[j] for row in rows))
            for j, label in enumerate(LABELS)
        }
        top = max(_RISK_IDX, key=lambda j: rows[worst][j])
        risky = 1.0 - rows[worst][GENERAL] >= self.config.risk_threshold
        return (LABELS[top] if risky else "general"), scores

    def classify_quick(self, turns: Sequence[str], max_windows: int = 8) -> Classification | None:
        """Stage 1 alone, cheap enough to run on an event loop (sub-millisecond for short
        inputs): the same answer ``classify`` gives when stage 1 is sure of every window, else
        None — long inputs and unsure windows need ``classify`` from a worker thread."""
        done = self.screen(turns, max_windows)
        return done if isinstance(done, Classification) else None

    def screen(
        self, turns: Sequence[str], max_windows: int = 8
    ) -> Classification | Screened | None:
        """``classify_quick``, except that an input stage 1 escalates comes back as ``Screened``
        (its windows and stage-1 scores), for ``finish`` to complete in a worker thread without
        reading it again. None: too long for the event loop (use ``classify``)."""
        start = time.perf_counter()
        windows, n_regular = self.token_windows(self.segments(turns))
        if not windows:
            return _nothing_to_read(turns, start)
        if n_regular > max_windows:
            return None
        probs = self._stage1(windows)
        if len(self._escalations(probs, n_regular)):
            return Screened(windows, n_regular, probs, time.perf_counter() - start)
        return self._verdict(probs, False, len(windows), start)

    def finish(self, screened: Screened) -> Classification:
        """The verdict ``classify`` gives for the screened input: stage 2 on what stage 1
        escalated. Latency counts the screening and this call, not the wait between them."""
        start = time.perf_counter() - screened.seconds
        probs, escalated = self._cascade(
            screened.windows, screened.probs.copy(), screened.n_regular
        )
        return self._verdict(probs, escalated, len(screened.windows), start)

    def classify(self, turns: Sequence[str]) -> Classification:
        """Classify a whole conversation (its user turns, oldest first)."""
        start = time.perf_counter()
        windows, n_regular = self.token_windows(self.segments(turns))
        if not windows:
            return _nothing_to_read(turns, start)
        probs, escalated = self.window_probs(windows, n_regular)
        return self._verdict(probs, escalated, len(windows), start)

    def _verdict(
        self, probs: npt.NDArray[np.float32], escalated: bool, n_windows: int, start: float
    ) -> Classification:
        label, scores = self.aggregate(probs)
        stage = "contextual" if escalated else "static"
        return Classification(label, scores, _ms(start), stage, n_windows)


def _nothing_to_read(turns: Sequence[str], start: float) -> Classification:
    scores: dict[str, float] = {label: float(label == "general") for label in LABELS}
    stage = UNREADABLE if any(t.strip() for t in turns) else "empty"
    return Classification("general", scores, _ms(start), stage, 0)


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0
