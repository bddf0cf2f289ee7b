"""What a vector does, measured: held-out log-prob margin and general perplexity at each strength.

Margin (per pair) = sum of log p(target completion tokens) - sum of log p(opposite completion
tokens), both after the chat-rendered prompt: nats per completion, *summed over tokens*. The
per-token mean margin is reported alongside. Perplexity is over the shipped general text, in
windows of ``PPL_WINDOW`` tokens, steered at every position, relative to the unsteered value.

A strength qualifies when its mean margin moves >= ``MIN_MARGIN_SHIFT`` nats towards the target
relative to strength 0 while perplexity stays <= ``MAX_PPL_RATIO`` x unsteered.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from tqdm import tqdm

from steering.compute import chat_prefix_ids, completion_ids
from steering.datasets import Pair
from steering.hooks import RowChoice, SteeringHooks
from steering.model import LoadedModel
from steering.scoring import score_batch
from steering.vectors import SteeringVector

MIN_MARGIN_SHIFT = 1.0  # nats (summed margin) towards the target behaviour
MAX_PPL_RATIO = 1.10
PPL_WINDOW = 256  # tokens per perplexity window
BATCH_SIZE = 16  # sequences per scoring pass


@dataclass(frozen=True)
class StrengthResult:
    strength: float
    margin_sum: float  # mean over pairs of summed-token margin (nats)
    margin_per_token: float  # mean over pairs of (mean target lp - mean opposite lp)
    margin_shift: float  # margin_sum - margin_sum at strength 0
    perplexity: float
    perplexity_ratio: float  # vs strength 0
    qualifies: bool


@dataclass(frozen=True)
class EvalReport:
    model_id: str
    layers: list[int]
    pairs: int
    results: list[StrengthResult]

    def qualifying(self) -> list[float]:
        return [r.strength for r in self.results if r.qualifies]

    def recommended(self) -> float | None:
        """The strongest qualifying strength using at most half the perplexity budget, else the
        weakest qualifying one: a default should not sit at the edge of the allowed cost."""
        qualifying = [r for r in self.results if r.qualifies]
        comfortable = [r for r in qualifying if r.perplexity_ratio <= 1 + (MAX_PPL_RATIO - 1) / 2]
        if comfortable:
            return max(comfortable, key=lambda r: r.margin_shift).strength
        return min(qualifying, key=lambda r: abs(r.strength)).strength if qualifying else None

    def summary(self) -> dict[str, Any]:
        return {
            "model_id": self.model_id,
            "layers": self.layers,
            "pairs": self.pairs,
            "margin_unit": "nats, summed over completion tokens, target minus opposite",
            "results": [asdict(r) for r in self.results],
            "qualifying_strengths": self.qualifying(),
            "recommended_strength": self.recommended(),
        }


def _score_logprob_sums(
    loaded: LoadedModel,
    hooks: SteeringHooks,
    sequences: Sequence[tuple[list[int], list[int]]],
    choice: RowChoice,
) -> list[tuple[float, int]]:
    """(sum of completion token logprobs, completion token count) per sequence."""
    out: list[tuple[float, int]] = []
    for start in range(0, len(sequences), BATCH_SIZE):
        batch = sequences[start : start + BATCH_SIZE]
        scored = score_batch(loaded, hooks, [p + c for p, c in batch], [choice] * len(batch))
        for (prefix, completion), result in zip(batch, scored, strict=True):
            lps = result.token_logprobs[len(prefix) :]
            out.append((float(sum(lp for lp in lps if lp is not None)), len(completion)))
    return out


def _perplexity(
    loaded: LoadedModel, hooks: SteeringHooks, windows: list[list[int]], choice: RowChoice
) -> float:
    total, count = 0.0, 0
    for start in range(0, len(windows), BATCH_SIZE):
        batch = windows[start : start + BATCH_SIZE]
        for result in score_batch(loaded, hooks, batch, [choice] * len(batch)):
            lps = [lp for lp in result.token_logprobs if lp is not None]
            total += -sum(lps)
            count += len(lps)
    return math.exp(total / count)


def evaluate_vector(
    loaded: LoadedModel,
    vector: SteeringVector,
    pairs: Sequence[Pair],
    general_text: str,
    strengths: Sequence[float],
    progress: bool = False,
) -> EvalReport:
    sequences: list[tuple[list[int], list[int]]] = []
    for pair in pairs:
        prefix = chat_prefix_ids(loaded, pair.prompt)
        sequences.append((prefix, completion_ids(loaded, pair.target)))
        sequences.append((prefix, completion_ids(loaded, pair.opposite)))
    tokens = list(loaded.tokenizer(general_text, add_special_tokens=False)["input_ids"])
    windows = [tokens[i : i + PPL_WINDOW] for i in range(0, len(tokens), PPL_WINDOW)]
    windows = [w for w in windows if len(w) > 1]
    ordered = sorted({0.0, *strengths})
    raw: dict[float, tuple[float, float, float]] = {}
    with SteeringHooks(loaded.decoder_layers(), loaded.device, loaded.dtype) as hooks:
        for strength in tqdm(ordered, desc="strengths", disable=not progress):
            choice: RowChoice = None if strength == 0.0 else (vector, strength)
            sums = _score_logprob_sums(loaded, hooks, sequences, choice)
            margins = [t[0] - o[0] for t, o in zip(sums[0::2], sums[1::2], strict=True)]
            per_token = [
                t[0] / t[1] - o[0] / o[1] for t, o in zip(sums[0::2], sums[1::2], strict=True)
            ]
            ppl = _perplexity(loaded, hooks, windows, choice)
            raw[strength] = (sum(margins) / len(margins), sum(per_token) / len(per_token), ppl)
    base_margin, _, base_ppl = raw[0.0]
    results = []
    for strength in ordered:
        margin, token_margin, ppl = raw[strength]
        shift = margin - base_margin
        ratio = ppl / base_ppl
        results.append(
            StrengthResult(
                strength,
                margin,
                token_margin,
                shift,
                ppl,
                ratio,
                qualifies=shift >= MIN_MARGIN_SHIFT and ratio <= MAX_PPL_RATIO,
            )
        )
    return EvalReport(loaded.model_id, vector.layers, len(pairs), results)


def write_report(report: EvalReport, folder: Path, vector_name: str) -> None:
    """report.json, report.md and margin.png (margin shift and perplexity ratio vs strength)."""
    import matplotlib

    matplotlib.use("Agg")  # no display: files only
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.json").write_text(json.dumps(report.summary(), indent=2))
    lines = [
        f"# Steering eval: {vector_name} on {report.model_id}",
        "",
        f"Layers {report.layers}; {report.pairs} held-out pairs. Margin = summed log-prob of the "
        "target (non-operational) completion minus the opposite one, in nats.",
        "",
        "| strength | margin (sum) | shift | margin/token | perplexity | ppl ratio | qualifies |",
        "|---:|---:|---:|---:|---:|---:|:---:|",
    ]
    for r in report.results:
        lines.append(
            f"| {r.strength:g} | {r.margin_sum:.2f} | {r.margin_shift:+.2f} | "
            f"{r.margin_per_token:.3f} | {r.perplexity:.2f} | {r.perplexity_ratio:.3f} | "
            f"{'yes' if r.qualifies else 'no'} |"
        )
    lines += ["", f"Recommended strength: {report.recommended()}"]
    (folder / "report.md").write_text("\n".join(lines) + "\n")

    strengths = [r.strength for r in report.results]
    fig, left = plt.subplots(figsize=(7, 4))
    left.plot(strengths, [r.margin_shift for r in report.results], "o-", color="tab:blue")
    left.axhline(MIN_MARGIN_SHIFT, color="tab:blue", linestyle=":", linewidth=1)
    left.set_xlabel("steering strength")
    left.set_ylabel("margin shift vs unsteered (nats)", color="tab:blue")
    right = left.twinx()
    right.plot(strengths, [r.perplexity_ratio for r in report.results], "s--", color="tab:red")
    right.axhline(MAX_PPL_RATIO, color="tab:red", linestyle=":", linewidth=1)
    right.set_ylabel("general perplexity / unsteered", color="tab:red")
    left.set_title(f"{vector_name}: layers {report.layers}")
    fig.tight_layout()
    fig.savefig(folder / "margin.png", dpi=120)
    plt.close(fig)
