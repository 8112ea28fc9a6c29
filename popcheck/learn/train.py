"""`popcheck train`: fit the sentence layer and the participant model on labelled meetings.

Seeded and deterministic. The dev split picks the regularisation and the unclear band; the
test split is never read here.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from popcheck.analyzer import Analyzer
from popcheck.errors import PopcheckError, UsageError
from popcheck.evaluation import auc, expected_calibration_error, labelled_verdicts
from popcheck.features import FEATURES
from popcheck.learn.corpus import Case, iter_sentence_examples, load_cases
from popcheck.learn.ngrams import hash_texts
from popcheck.learn.sentence_model import CLASSES, N_FEATURES, SentenceModel
from popcheck.learn.side_model import SideModel
from popcheck.learn.weights import PARTICIPANT_FILE, SENTENCE_FILE, SIDE_FILE, Weights
from popcheck.readers import read
from popcheck.scoring import ParticipantModel

SEED = 20261127
SIDE_FEATURES = 2**15
WEAK_WEIGHT = 0.5
CROSS_FOLDS = 3
_C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
_BAND_GRID = (0.0, 0.02, 0.04, 0.06, 0.08, 0.1)
MAX_UNCLEAR = 0.05


@dataclass(frozen=True)
class TrainingResult:
    weights: Weights
    report: dict[str, object]


def _fraction_key(case_id: str, salt: str = "fraction") -> float:
    """A stable number in [0, 1) per case, independent of the split's own hash."""
    import hashlib

    return int(hashlib.sha256(f"{salt}:{case_id}".encode()).hexdigest()[:8], 16) / 16**8


def fit_sentence_model(examples: Sequence[tuple[str, str]], c: float = 4.0,
                       weak: Sequence[tuple[str, str]] = (), weak_weight: float = WEAK_WEIGHT) -> SentenceModel:
    """Multinomial logistic regression over hashed n-grams; labels from CLASSES.

    `weak` examples (a labelled person's sentences, labelled by the person) count `weak_weight` each.
    """
    from sklearn.linear_model import LogisticRegression

    texts = [text for text, _ in examples] + [text for text, _ in weak]
    labels = [CLASSES.index(label) for _, label in examples] + [CLASSES.index(label) for _, label in weak]
    sample_weight = np.array([1.0] * len(examples) + [weak_weight] * len(weak))
    if len(set(labels)) < 2:
        raise UsageError("the sentence examples need at least two directions (pop, none, decider) to learn from")
    matrix = hash_texts(texts, N_FEATURES).to_scipy()
    model = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
    model.fit(matrix, labels, sample_weight=sample_weight)
    coef = np.zeros((len(CLASSES), matrix.shape[1]), dtype=np.float32)
    intercept = np.zeros(len(CLASSES), dtype=np.float32)
    if len(model.classes_) == 2:  # binary: sklearn keeps one row for the second class
        low, high = model.classes_
        coef[high], intercept[high] = model.coef_[0], model.intercept_[0]
        coef[low], intercept[low] = -model.coef_[0] / 2, -model.intercept_[0] / 2
        coef[high] /= 2
        intercept[high] /= 2
    else:
        for row, label in enumerate(model.classes_):
            coef[label], intercept[label] = model.coef_[row], model.intercept_[row]
    return SentenceModel(coef=coef, intercept=intercept, n_features=N_FEATURES)


def side_examples(cases: Sequence[Case], analyzer: Analyzer) -> tuple[list[str], list[int], list[tuple[Case, list]]]:
    """Sentences of transcripts labelled 1 when a seller says them; and each case's sentences."""
    texts: list[str] = []
    labels: list[int] = []
    per_case: list[tuple[Case, list]] = []
    for case in cases:
        if case.form == "notes":
            continue
        try:
            prepared = analyzer.prepare(read(case.record), list(case.sellers), None)
        except PopcheckError:
            continue
        sellers = set(prepared.scene.sellers) if case.sellers else set()
        for sentence in prepared.sentences:
            texts.append(sentence.matched_text)
            labels.append(int(sentence.turn.speaker in sellers))
        per_case.append((case, prepared.sentences))
    return texts, labels, per_case


def fit_side_model(train_cases: Sequence[Case], dev_cases: Sequence[Case], analyzer: Analyzer) -> SideModel | None:
    """Seller-or-buyer sentences, then the speaker threshold that gets most sides exactly right."""
    from sklearn.linear_model import LogisticRegression

    texts, labels, train_sets = side_examples(train_cases, analyzer)
    if len(set(labels)) < 2:
        return None
    matrix = hash_texts(texts, SIDE_FEATURES).to_scipy()
    model = LogisticRegression(C=1.0, max_iter=2000, random_state=SEED, class_weight="balanced")
    model.fit(matrix, labels)
    draft = SideModel(model.coef_.astype(np.float32), float(model.intercept_[0]), 0.0, SIDE_FEATURES)
    _, _, dev_sets = side_examples(dev_cases, analyzer) if dev_cases else ([], [], [])
    sets = (dev_sets or []) + train_sets
    best, best_hits = 0.0, -1
    for threshold in np.linspace(-3, 3, 61):
        candidate = SideModel(draft.coef, draft.intercept, float(threshold), SIDE_FEATURES)
        hits = sum(_sides_right(case, sentences, candidate) for case, sentences in sets)
        if hits > best_hits:
            best, best_hits = float(threshold), hits
    return SideModel(draft.coef, draft.intercept, best, SIDE_FEATURES)


def _sides_right(case: Case, sentences: Sequence, model: SideModel) -> bool:
    from popcheck.sides import PitchTally, sellers_from_scores

    tally = PitchTally(model)
    tally.add(sentences, None)  # type: ignore[arg-type]
    speakers = list(dict.fromkeys(s.turn.speaker for s in sentences))
    return set(sellers_from_scores(speakers, tally.scores(), model)) == set(case.sellers)


def weak_examples(cases: Sequence[Case], analyzer: Analyzer) -> list[tuple[str, str]]:
    """Each labelled buyer's own statements, labelled with the person's label (noisy on purpose)."""
    examples: list[tuple[str, str]] = []
    for case in cases:
        try:
            prepared = analyzer.prepare(read(case.record), list(case.sellers), None)
        except PopcheckError:
            continue
        labels = {}
        for name, label in case.subjects.items():
            verdict_name = name if name in prepared.scene.buyers else (
                prepared.scene.buyers[0] if len(prepared.scene.buyers) == 1 else None)
            if verdict_name is not None:
                labels[verdict_name] = "decider" if label == "decision_maker" else "pop"
        for sentence in prepared.sentences:
            label = labels.get(sentence.turn.speaker)
            if label is not None and not sentence.is_question and len(sentence.text.split()) >= 4:
                examples.append((sentence.matched_text, label))
    return examples


def sentence_examples(roots: Iterable[Path]) -> list[tuple[str, str]]:
    examples = []
    for item in iter_sentence_examples(roots):
        direction = item.get("direction")
        text = item.get("text")
        if isinstance(text, str) and direction in ("pop", "none", "decider"):
            examples.append((text, "none" if direction == "none" else direction))
    return examples


def participant_rows(cases: Sequence[Case], analyzer: Analyzer) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Feature rows and labels (1 = decides) of every labelled subject the analyzer could find."""
    rows: list[list[float]] = []
    labels: list[int] = []
    ids: list[str] = []
    for case in cases:
        try:
            analysis = analyzer.analyze(case.record, sellers=list(case.sellers))
        except PopcheckError:
            continue
        for name, label, verdict in labelled_verdicts(case, analysis):
            if verdict is None:
                continue
            rows.append([verdict.features.get(feature, 0.0) for feature in FEATURES])
            labels.append(int(label == "decision_maker"))
            ids.append(f"{case.id}:{name}")
    return np.asarray(rows, dtype=np.float64).reshape(-1, len(FEATURES)), np.asarray(labels), ids


def _cross_fitted_rows(cases: Sequence[Case], examples: Sequence[tuple[str, str]], weak_weight: float,
                       sentence: SentenceModel | None, side: SideModel | None, use_phrases: bool,
                       plain: Analyzer) -> tuple[np.ndarray, np.ndarray]:
    """Participant rows whose sentence-layer features come from a model that never saw that meeting.

    The sentence layer learns from the train meetings' own sentences too, so scoring those same
    meetings with it would overstate how much it knows; each fold is scored by a model fitted on
    the other folds.
    """
    if sentence is None or weak_weight <= 0:
        analyzer = Analyzer(Weights(ParticipantModel(), sentence, "training", side), phrases=use_phrases)
        x, y, _ = participant_rows(cases, analyzer)
        return x, y
    xs, ys = [], []
    for fold in range(CROSS_FOLDS):
        held = [c for c in cases if int(_fraction_key(c.id, "fold") * CROSS_FOLDS) == fold]
        rest = [c for c in cases if int(_fraction_key(c.id, "fold") * CROSS_FOLDS) != fold]
        model = fit_sentence_model(examples, weak=weak_examples(rest, plain), weak_weight=weak_weight)
        analyzer = Analyzer(Weights(ParticipantModel(), model, "fold", side), phrases=use_phrases)
        x, y, _ = participant_rows(held, analyzer)
        xs.append(x)
        ys.append(y)
    return np.vstack(xs), np.concatenate(ys)


def _fit_participants(x: np.ndarray, y: np.ndarray, c: float) -> ParticipantModel:
    from sklearn.linear_model import LogisticRegression

    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000, random_state=SEED)
    model.fit((x - means) / scales, y)
    return ParticipantModel(
        coefficients={f: float(w) for f, w in zip(FEATURES, model.coef_[0])},
        intercept=float(model.intercept_[0]),
        means={f: float(v) for f, v in zip(FEATURES, means)},
        scales={f: float(v) for f, v in zip(FEATURES, scales)},
    )


def _scores(model: ParticipantModel, x: np.ndarray) -> list[float]:
    return [model.p_decider(dict(zip(FEATURES, row))) for row in x]


def _accuracy(scores: Sequence[float], y: np.ndarray, band: float) -> tuple[float, float]:
    correct = unclear = 0
    for score, label in zip(scores, y):
        if abs(score - 0.5) <= band and band > 0:
            unclear += 1
        elif (score > 0.5) == bool(label):
            correct += 1
    return correct / max(1, len(y)), unclear / max(1, len(y))


def _temperature(model: ParticipantModel, x: np.ndarray, y: np.ndarray) -> float:
    """The logit scale that minimises log-loss on held-out rows (calibration)."""
    logits = np.array([model.logit(dict(zip(FEATURES, row))) for row in x])
    best, best_loss = 1.0, math.inf
    for temperature in np.linspace(0.25, 4.0, 76):
        p = 1 / (1 + np.exp(-np.clip(logits / temperature, -30, 30)))
        loss = -np.mean(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9))
        if loss < best_loss:
            best, best_loss = float(temperature), float(loss)
    return best


def train(roots: Sequence[Path], out: Path, use_sentence_model: bool = True, use_phrases: bool = True,
          train_fraction: float = 1.0, weak_weight: float = WEAK_WEIGHT) -> TrainingResult:
    """Fit everything on the train split of `roots` (tuning on dev) and write the weights to `out`.

    `use_phrases` / `use_sentence_model` switch the detection layers (for the ablation);
    `train_fraction` keeps the first part of the train split by id (for the learning curve).
    """
    train_cases = load_cases(roots, ["train"])
    if train_fraction < 1.0:
        train_cases = [c for c in train_cases if _fraction_key(c.id) < train_fraction]
    dev_cases = load_cases(roots, ["dev"])
    if not train_cases:
        raise UsageError(f"no labelled cases in the train split of {', '.join(map(str, roots))}")
    examples = sentence_examples(roots)
    plain = Analyzer(Weights(ParticipantModel(), None, "plain"))
    side = fit_side_model(train_cases, dev_cases, plain)
    with_sentences = use_sentence_model and bool(examples or weak_weight > 0)
    weak = weak_examples(train_cases, plain) if with_sentences and weak_weight > 0 else []
    sentence = fit_sentence_model(examples, weak=weak, weak_weight=weak_weight) if with_sentences else None
    x_train, y_train = _cross_fitted_rows(train_cases, examples, weak_weight, sentence, side, use_phrases, plain)
    if len(set(y_train.tolist())) < 2:
        raise UsageError("the train split needs both pops and decision-makers to learn from")
    analyzer = Analyzer(Weights(ParticipantModel(), sentence, "training", side), phrases=use_phrases)
    x_dev, y_dev, _ = participant_rows(dev_cases, analyzer) if dev_cases else (x_train, y_train, [])
    if len(y_dev) == 0:
        x_dev, y_dev = x_train, y_train
    best_c, best_model, best_accuracy = _C_GRID[0], None, -1.0
    for c in _C_GRID:
        candidate = _fit_participants(x_train, y_train, c)
        accuracy, _ = _accuracy(_scores(candidate, x_dev), y_dev, 0.0)
        if accuracy > best_accuracy + 1e-9:
            best_c, best_model, best_accuracy = c, candidate, accuracy
    assert best_model is not None
    temperature = _temperature(best_model, x_dev, y_dev)
    model = ParticipantModel(**{**best_model.__dict__, "temperature": temperature})
    dev_scores = _scores(model, x_dev)
    band = max(b for b in _BAND_GRID if _accuracy(dev_scores, y_dev, b)[1] <= MAX_UNCLEAR)
    model = ParticipantModel(**{**model.__dict__, "lower": 0.5 - band, "upper": 0.5 + band})
    out.mkdir(parents=True, exist_ok=True)
    (out / PARTICIPANT_FILE).write_text(json.dumps(model.to_json(), indent=1, sort_keys=True), encoding="utf-8")
    if sentence is not None:
        sentence.save(out / SENTENCE_FILE)
    if side is not None:
        side.save(out / SIDE_FILE)
    dev_accuracy, dev_unclear = _accuracy(dev_scores, y_dev, band)
    report: dict[str, object] = {
        "seed": SEED, "train_cases": len(train_cases), "dev_cases": len(dev_cases),
        "train_subjects": int(len(y_train)), "dev_subjects": int(len(y_dev)),
        "sentence_examples": len(examples), "weak_examples": len(weak), "weak_weight": weak_weight, "phrases": use_phrases, "sentence_model": sentence is not None,
        "train_fraction": train_fraction, "C": best_c, "temperature": temperature, "band": band,
        "dev_accuracy": dev_accuracy, "dev_unclear_rate": dev_unclear,
        "dev_auc": auc(y_dev.tolist(), dev_scores), "dev_ece": expected_calibration_error(y_dev.tolist(), dev_scores),
    }
    (out / "training_report.json").write_text(json.dumps(report, indent=1, sort_keys=True), encoding="utf-8")
    return TrainingResult(Weights(model, sentence, str(out), side), report)
