"""One deterministic command from the corpus to the ONNX artifacts and their model card.

Pipeline: load and split the corpus -> export the plain pooled MiniLM to ONNX (the benchmark's
reference) -> distil the static token table -> train stage 1 end to end (table and head) on
every window plus buried-request windows (``augment``) -> fine-tune MiniLM's top layers with the
stage-2 head (``finetune``), export and quantise the tuned backbone (checked against torch) ->
temperature-scale both stages on the validation split -> choose the cascade's escalation bar and
the risk threshold on the validation split -> measure the shipped runtime on validation -> write
``model_card.json``.

Invariants: the build writes into a temporary sibling folder and renames it into place only when
complete, so an artifact folder is either absent, stale (other corpus hash) or whole; the same
corpus and ``BuildConfig`` give the same model (seeded everything, fixed thread count); the
cache folder beside the artifacts only saves time (the distilled token table).
"""

from __future__ import annotations

import copy
import hashlib
import platform
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import onnxruntime
import torch
import transformers
from tokenizers import Tokenizer
from tqdm import tqdm

from classifiers import artifacts as art
from classifiers.augment import AugmentConfig, training_windows
from classifiers.backbone import load_model, load_tokenizer, model_dir
from classifiers.calibration import expected_calibration_error, fit_temperature
from classifiers.contextual_model import PooledBackbone, embed_windows, make_head
from classifiers.corpus import Example, corpus_hash, load_examples, source_files, split
from classifiers.export import (
    EMBED_ATOL,
    PROB_ATOL,
    Calibrated,
    export_tokens_model,
    export_vector_model,
    quantize_int8,
    verify,
)
from classifiers.finetune import FineTuneConfig, fine_tune
from classifiers.labels import LABELS
from classifiers.metrics import GENERAL, classification_metrics
from classifiers.onnx_session import open_session
from classifiers.static_model import StaticClassifier, distill_token_table
from classifiers.static_train import StaticFitConfig, fit_static, static_logits
from classifiers.train import predict_logits
from classifiers.windows import pack, split_ids

BUILD_VERSION = "5"
INT8_MIN_COSINE = 0.98  # mean cosine(int8, fp32) embedding on validation to ship int8
CACHE_DIR_NAME = ".classifier-cache"
COSINE_PROBE = 192  # validation windows embedded in fp32 too, to judge the int8 backbone
THRESHOLD_F1_TOLERANCE = 0.003  # validation macro-F1 a higher risk threshold may give up


@dataclass(frozen=True, slots=True)
class BuildConfig:
    """Knobs of one build. ``max_*_per_label`` cap the data and ``distil_corpus_only``
    distils only tokens seen in the corpus (both for fast test builds)."""

    runtime: art.RuntimeConfig = field(default_factory=art.RuntimeConfig)
    static_dim: int = 256
    static_fit: StaticFitConfig = field(default_factory=StaticFitConfig)
    augment: AugmentConfig = field(default_factory=AugmentConfig)
    contextual_fit: FineTuneConfig = field(default_factory=FineTuneConfig)
    max_train_per_label: int | None = None
    max_val_per_label: int | None = None
    distil_corpus_only: bool = False
    max_escalation: float = 0.10  # share of validation windows stage 2 may see for being unsure
    confirm_risk_above: float = 0.5  # windows stage 1 leans risky on (risk >= 0.5) go to stage 2
    # ... unless stage 1 is near-certain: on public-dev, 0.999 keeps macro-F1 (0.911) and
    # halves the stage-2 share (55% -> 32%), p50 3.2 -> 0.6 ms; 0.95 costs 1.3 pt.
    trust_risk_above: float = 0.999
    stage1_weight: float = 0.3  # an escalated window: 0.3 stage 1 + 0.7 stage 2
    # Per conversation. On public-dev 1 / 2 / 4 windows: p99 19 / 31 / 50 ms, same macro-F1;
    # buried requests (adversarial set) 0.83 / 0.87 / 0.87 recall. Corpus round 7 again: 1 or
    # 2 windows give the same public-dev verdicts (p99 18 vs 29 ms) but buried recall 0.80 vs
    # 0.90, so the budget stays at 2.
    max_stage2_windows: int = 2
    seed: int = 0


FAST_CONFIG = BuildConfig(
    static_fit=StaticFitConfig(epochs=6, batch=32),
    contextual_fit=FineTuneConfig(epochs=3, batch=16, lr_head=3e-3),
    max_train_per_label=60,
    max_val_per_label=25,
    distil_corpus_only=True,
)


@dataclass(slots=True)
class _Phases:
    """Times each build phase (reported in the model card) and drives the outer progress bar."""

    bar: Any
    seconds: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        self.bar.set_description(f"classifier build: {name}")
        start = time.perf_counter()
        yield
        self.seconds[name] = round(time.perf_counter() - start, 1)
        self.bar.update(1)


def _cap(examples: list[Example], per_label: int | None) -> list[Example]:
    if per_label is None:
        return examples
    counts: dict[str, int] = {}
    out = []
    for ex in examples:
        if counts.get(ex.label, 0) < per_label:
            counts[ex.label] = counts.get(ex.label, 0) + 1
            out.append(ex)
    return out


def _encode(tokenizer: Tokenizer, examples: list[Example]) -> list[list[int]]:
    """Content token ids of each example's whole text (no truncation)."""
    return [
        e.ids
        for e in tokenizer.encode_batch([ex.text for ex in examples], add_special_tokens=False)
    ]


def _first_windows(ids: list[list[int]], window: int) -> list[list[int]]:
    """Stage 2 and validation see an example's first window (stage 1 trains on all of them)."""
    return [split_ids(seq, window, window)[0] or [100] for seq in ids]  # 100: [UNK]


def _token_feeds(windows: list[list[int]], size: int = 32) -> list[dict[str, npt.NDArray[Any]]]:
    """A few validation batches (varied shapes) plus a single window, for export checks."""
    feeds = []
    for i in range(0, min(len(windows), 3 * size), size):
        ids, mask = pack(windows[i : i + size])
        feeds.append({"input_ids": ids, "attention_mask": mask})
    ids, mask = pack(windows[-1:])
    feeds.append({"input_ids": ids, "attention_mask": mask})
    return feeds


def _class_weights(labels: torch.Tensor) -> torch.Tensor:
    counts = torch.bincount(labels, minlength=len(LABELS)).float().clamp(min=1.0)
    w = (counts.sum() / counts).sqrt()  # sqrt-inverse frequency: helps small domains, mildly
    return w / w.mean()


def _cascade(
    p1: npt.NDArray[np.float32],
    p2: npt.NDArray[np.float32],
    bar: float,
    confirm: float,
    stage1_weight: float,
    trust: float,
) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.bool_]]:
    """What the runtime's cascade gives for windows scored by both stages: (probs, escalated)."""
    risk = 1.0 - p1[:, GENERAL]
    esc = (p1.max(1) < bar) | ((risk >= confirm) & (risk < trust))
    blend = stage1_weight * p1 + (1.0 - stage1_weight) * p2
    return np.where(esc[:, None], blend, p1).astype(np.float32), esc


def _choose_escalation(
    p1: npt.NDArray[np.float32],
    p2: npt.NDArray[np.float32],
    y: npt.NDArray[np.int64],
    config: BuildConfig,
) -> tuple[float, float, float, float]:
    """The stage-1 confidence bar for the cascade, chosen on validation windows.

    The smallest bar whose cascade is within 0.5 pt of the better stage's accuracy; when that
    would send more than ``max_escalation`` of the windows to stage 2 for being unsure (risk
    confirmations are not counted: they are the point), the most accurate bar within that
    budget instead (speed is a contract too). Returns (bar, cascade accuracy, escalation,
    escalation for being unsure).
    """
    w, confirm, trust = config.stage1_weight, config.confirm_risk_above, config.trust_risk_above
    blend = (w * p1 + (1.0 - w) * p2).argmax(1)
    target = max(float((blend == y).mean()), float((p1.argmax(1) == y).mean())) - 0.005
    conf = p1.max(1)
    probs0, esc0 = _cascade(p1, p2, 0.0, confirm, w, trust)
    best = (0.0, float((probs0.argmax(1) == y).mean()), float(esc0.mean()), 0.0)
    for bar in np.arange(0.30, 1.0, 0.01):
        unsure = float((conf < bar).mean())
        if unsure > config.max_escalation:
            break
        probs, esc = _cascade(p1, p2, float(bar), confirm, w, trust)
        acc = float((probs.argmax(1) == y).mean())
        if acc > best[1] + 1e-9:
            best = (float(round(bar, 2)), acc, float(esc.mean()), unsure)
        if acc >= target:
            return float(round(bar, 2)), acc, float(esc.mean()), unsure
    return best


def _choose_risk_threshold(probs: npt.NDArray[np.float32], y: npt.NDArray[np.int64]) -> float:
    """The highest risk threshold (on ``1 - p(general)``) whose validation macro-F1 is within
    ``THRESHOLD_F1_TOLERANCE`` of the best one. Validation is the corpus's own distribution,
    where F1 is nearly flat over a wide band of thresholds; within that band the higher one
    favours ``general``, which is what unseen traffic needs (false positives cost users)."""
    top_risk = np.array([i for i in range(len(LABELS)) if i != GENERAL])[
        probs[:, [i for i in range(len(LABELS)) if i != GENERAL]].argmax(1)
    ]
    f1s: list[tuple[float, float]] = []
    for t in np.arange(0.30, 0.96, 0.025):
        pred = np.where(1.0 - probs[:, GENERAL] >= t, top_risk, GENERAL)
        f1s.append((float(round(t, 3)), float(classification_metrics(y, pred)["macro_f1"])))
    best = max(f1 for _, f1 in f1s)
    return max(t for t, f1 in f1s if f1 >= best - THRESHOLD_F1_TOLERANCE)


def _static_table(
    backbone: Any,
    tokenizer: Tokenizer,
    windows: list[list[int]],
    config: BuildConfig,
    cache_dir: Path,
    progress: bool,
) -> npt.NDArray[np.float32]:
    vocab = tokenizer.get_vocab_size()
    if config.distil_corpus_only:
        used = sorted({t for w in windows for t in w} | {101, 102, 100, 0})
        sub = distill_token_table(backbone, vocab, config.static_dim, progress, config.seed, used)
        return sub
    digest = _file_digest(model_dir() / "model.safetensors")
    path = cache_dir / f"table-{digest}-{config.static_dim}-{config.seed}.npy"
    if path.is_file():
        return np.asarray(np.load(path), dtype=np.float32)
    table = distill_token_table(backbone, vocab, config.static_dim, progress, config.seed)
    cache_dir.mkdir(parents=True, exist_ok=True)
    np.save(path, table)
    return table


def _session_probs(path: Path, windows: list[list[int]]) -> npt.NDArray[np.float32]:
    session = open_session(path, threads=2)
    out = []
    for i in range(0, len(windows), 64):
        ids, mask = pack(windows[i : i + 64])
        out.append(np.asarray(session.run(None, {"input_ids": ids, "attention_mask": mask})[0]))
    return np.concatenate(out).astype(np.float32)


def build(out_dir: Path, config: BuildConfig = BuildConfig(), progress: bool = True) -> Path:
    """Build every artifact into ``out_dir`` (replacing it) and return ``out_dir``."""
    started = time.perf_counter()
    torch.manual_seed(config.seed)
    files = source_files()
    chash = corpus_hash(files)
    train, val = split(load_examples(files))
    train = _cap(train, config.max_train_per_label)
    val = _cap(val, config.max_val_per_label)
    if not train or not val:
        raise ValueError("corpus too small: need examples on both sides of the split")
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    cache_dir = out_dir.parent / CACHE_DIR_NAME
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}-", dir=out_dir.parent))
    bar = tqdm(total=6, desc="classifier build", disable=not progress, position=0)
    phase = _Phases(bar)
    try:
        with phase("load"):
            tokenizer = load_tokenizer()
            rt = config.runtime
            ids_train = _encode(tokenizer, train)
            w_train = _first_windows(ids_train, rt.window)
            w_val = _first_windows(_encode(tokenizer, val), rt.window)
            y_train = torch.tensor([ex.label_index for ex in train])
            y_val = torch.tensor([ex.label_index for ex in val])
            y = y_val.numpy()
            weights = _class_weights(y_train)
            w_static, y_static = training_windows(
                ids_train,
                [ex.label_index for ex in train],
                rt.window,
                rt.stride,
                config.augment,
                config.seed,
            )
            backbone = load_model()
            torch.set_num_threads(2)  # backbone passes use both cores (training sets 1)

        with phase("export backbone"):
            pooled = PooledBackbone(backbone).eval()
            plain = tmp / art.PLAIN_MINILM_ONNX
            export_tokens_model(pooled, plain, "embedding")
            diffs = {"minilm_fp32": verify(pooled, plain, _token_feeds(w_val, 16), EMBED_ATOL)}

        with phase("stage 1"):
            table = _static_table(backbone, tokenizer, w_train + w_val, config, cache_dir, progress)
            static = StaticClassifier(table, len(LABELS))
            static_weights = _class_weights(torch.tensor(y_static))
            fit_static(static, w_static, y_static, config.static_fit, static_weights, progress)
            t1 = fit_temperature(static_logits(static, w_val), y_val)
            static_cal = Calibrated(static, t1).eval()
            export_tokens_model(static_cal, tmp / art.STATIC_ONNX, "probs")
            diffs["static"] = verify(
                static_cal, tmp / art.STATIC_ONNX, _token_feeds(w_val), PROB_ATOL
            )
            p1 = _session_probs(tmp / art.STATIC_ONNX, w_val)

        with phase("stage 2"):
            tuned = copy.deepcopy(backbone)  # the plain backbone stays as the bench reference
            head = make_head(tuned.config.hidden_size, len(LABELS))
            fine_tune(tuned, head, w_train, y_train, config.contextual_fit, weights, progress)
            pooled_tuned = PooledBackbone(tuned).eval()
            fp32 = tmp / "contextual.fp32.onnx"
            export_tokens_model(pooled_tuned, fp32, "embedding")
            diffs["contextual_fp32"] = verify(
                pooled_tuned, fp32, _token_feeds(w_val, 16), EMBED_ATOL
            )
            int8 = tmp / "contextual.int8.onnx"
            quantize_int8(fp32, int8)
            s_int8 = open_session(int8, threads=2)
            s_fp32 = open_session(fp32, threads=2)
            v_int8 = embed_windows(s_int8, w_val, progress=progress)
            n_probe = min(len(w_val), COSINE_PROBE)
            v_fp32 = embed_windows(s_fp32, w_val[:n_probe], progress=progress)
            cos = float(np.mean(np.sum(_unit(v_int8[:n_probe]) * _unit(v_fp32), axis=1)))
            use_int8 = cos >= INT8_MIN_COSINE
            if not use_int8:
                v_fp32 = embed_windows(s_fp32, w_val, progress=progress)
            chosen, v_val = (int8, v_int8) if use_int8 else (fp32, v_fp32)
            t2 = fit_temperature(predict_logits(head, (torch.from_numpy(v_val),)), y_val)
            head_cal = Calibrated(head, t2).eval()
            head_path = tmp / art.CONTEXTUAL_HEAD_ONNX
            export_vector_model(head_cal, v_val.shape[1], head_path, "probs")
            diffs["contextual_head"] = verify(
                head_cal, head_path, [{"embedding": v_val[:64]}], PROB_ATOL
            )
            head_session = open_session(head_path, threads=2)
            p2 = np.asarray(head_session.run(None, {"embedding": v_val})[0])
            p2_other = np.asarray(
                head_session.run(None, {"embedding": (v_fp32 if use_int8 else v_int8)[:n_probe]})[0]
            )
            shutil.copyfile(chosen, tmp / art.CONTEXTUAL_ONNX)
            fp32.unlink()
            int8.unlink()
            bar_, cascade_acc, esc_rate, unsure_rate = _choose_escalation(p1, p2, y, config)
            cascade, _ = _cascade(
                p1,
                p2,
                bar_,
                config.confirm_risk_above,
                config.stage1_weight,
                config.trust_risk_above,
            )
            rt = replace(
                rt,
                escalate_below=bar_,
                confirm_risk_above=config.confirm_risk_above,
                trust_risk_above=config.trust_risk_above,
                stage1_weight=config.stage1_weight,
                max_stage2_windows=config.max_stage2_windows,
                risk_threshold=_choose_risk_threshold(cascade, y),
            )
            shutil.copyfile(model_dir() / "tokenizer.json", tmp / art.TOKENIZER_JSON)

        card = art.ModelCard(
            corpus_hash=chash,
            built_at=datetime.now(UTC).isoformat(timespec="seconds"),
            runtime=rt,
            labels=list(LABELS),
            versions=_versions(),
            build={
                **{k: v for k, v in asdict(config).items() if k != "runtime"},
                "corpus_files": [p.name for p in files],
                "n_train": len(train),
                "n_train_windows_stage1": len(w_static),
                "n_validation": len(val),
                "temperature_stage1": t1,
                "temperature_stage2": t2,
                "stage2_int8": use_int8,
                "int8_fp32_mean_cosine": cos,
                "export_max_abs_diff": diffs,
            },
            metrics={
                "validation": {
                    "stage1": classification_metrics(y, p1.argmax(1)),
                    "stage2": classification_metrics(y, p2.argmax(1)),
                    "stage2_accuracy_other_precision": float(
                        (p2_other.argmax(1) == y[:n_probe]).mean()
                    ),
                    "cascade_window_accuracy": cascade_acc,
                    "escalation_rate": esc_rate,
                    "escalation_rate_unsure": unsure_rate,
                    "ece_stage1": expected_calibration_error(p1, y),
                    "ece_stage2": expected_calibration_error(p2.astype(np.float32), y),
                },
            },
        )
        (tmp / art.MODEL_CARD).write_text(card.to_json(), encoding="utf-8")
        with phase("validate runtime"):
            card.metrics["validation"]["runtime"] = _runtime_metrics(tmp, val, progress)
        card.build["phase_seconds"] = phase.seconds
        card.build["seconds"] = round(time.perf_counter() - started, 1)
        (tmp / art.MODEL_CARD).write_text(card.to_json(), encoding="utf-8")
        bar.close()
        if out_dir.exists():
            shutil.rmtree(out_dir)
        tmp.rename(out_dir)
    except BaseException:
        bar.close()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def _file_digest(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()[:16]


def _unit(v: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    out: npt.NDArray[np.float32] = v / np.linalg.norm(v, axis=1, keepdims=True).clip(min=1e-9)
    return out


def _versions() -> dict[str, str]:
    return {
        "build": BUILD_VERSION,
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "onnxruntime": onnxruntime.__version__,
        "numpy": np.__version__,
    }


def _runtime_metrics(artifact_dir: Path, val: list[Example], progress: bool) -> dict[str, Any]:
    """What the shipped runtime (normalisation, windows, cascade) scores on validation."""
    from classifiers.runtime import DomainClassifier

    clf = DomainClassifier.load(artifact_dir)
    preds, stages = [], []
    for ex in tqdm(val, desc="validate runtime", disable=not progress):
        c = clf.classify(ex.turns)
        preds.append(LABELS.index(c.label))
        stages.append(c.stage)
    y = np.array([ex.label_index for ex in val])
    out = classification_metrics(y, np.array(preds))
    out["stage2_share"] = float(np.mean([s == "contextual" for s in stages]))
    return out
