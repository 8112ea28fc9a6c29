"""`popcheck eval`: run labelled cases and report accuracy, macro-F1, AUC, calibration, per slice."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from popcheck.analyzer import Analyzer
from popcheck.errors import PopcheckError
from popcheck.learn.corpus import Case
from popcheck.model import Analysis, Verdict
from popcheck.signals.people import clean_name


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    name: str
    label: str
    verdict: str | None
    p_decider: float | None
    evidence: tuple[str, ...] = ()

    @property
    def correct(self) -> bool:
        return self.verdict == self.label


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)
    side_hits: int = 0
    side_cases: int = 0


def match_subject(name: str, verdicts: Sequence[Verdict]) -> Verdict | None:
    """Find a labelled name among the judged buyers: exact, cleaned, shared name part, or the only one."""
    buyers = [v for v in verdicts if v.side == "buyer"]
    for verdict in verdicts:
        if verdict.name == name:
            return verdict
    wanted = clean_name(name).lower()
    for verdict in buyers:
        if clean_name(verdict.name).lower() == wanted:
            return verdict
    parts = set(wanted.split())
    overlapping = [v for v in buyers if parts & set(clean_name(v.name).lower().split())]
    if len(overlapping) == 1:
        return overlapping[0]
    return None


def labelled_verdicts(case: Case, analysis: Analysis) -> list[tuple[str, str, Verdict | None]]:
    """(name, label, the buyer's verdict or None) for each labelled person of a case.

    A case about one person (notes, say) matches the only buyer even when the names differ.
    """
    buyers = analysis.buyers
    found = []
    for name, label in case.subjects.items():
        verdict = match_subject(name, analysis.participants)
        if verdict is None and len(case.subjects) == 1 and len(buyers) == 1:
            verdict = buyers[0]
        found.append((name, label, verdict if verdict is not None and verdict.side == "buyer" else None))
    return found


def _outcomes(case: Case, analysis: Analysis) -> list[Outcome]:
    outcomes = []
    for name, label, verdict in labelled_verdicts(case, analysis):
        if verdict is None:
            outcomes.append(Outcome(case, name, label, None, None))
            continue
        quotes = tuple(f"{e.signal} {e.weight:+.1f} “{e.quote}”" for e in verdict.evidence[:5])
        outcomes.append(Outcome(case, name, label, verdict.verdict, verdict.p_decider, quotes))
    return outcomes


def evaluate(cases: Iterable[Case], analyzer: Analyzer, infer_sides: bool = False) -> Report:
    report = Report()
    for case in cases:
        sellers = None if infer_sides else list(case.sellers)
        try:
            analysis = analyzer.analyze(case.record, sellers=sellers)
        except PopcheckError as error:
            report.errors.append((case.id, str(error)))
            continue
        if case.form != "notes":
            report.side_cases += 1
            found = {p.name for p in analysis.participants if p.side == "seller"}
            report.side_hits += found == set(case.sellers) if infer_sides else 1
        report.outcomes.extend(_outcomes(case, analysis))
    return report


def auc(labels: Sequence[int], scores: Sequence[float]) -> float | None:
    """Area under the ROC curve (ties count half); None with one class only."""
    positives = [s for s, y in zip(scores, labels) if y == 1]
    negatives = [s for s, y in zip(scores, labels) if y == 0]
    if not positives or not negatives:
        return None
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def expected_calibration_error(labels: Sequence[int], scores: Sequence[float], bins: int = 10) -> float:
    buckets: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for score, label in zip(scores, labels):
        buckets[min(bins - 1, int(score * bins))].append((score, label))
    total = len(labels) or 1
    return sum(
        len(items) / total * abs(sum(s for s, _ in items) / len(items) - sum(y for _, y in items) / len(items))
        for items in buckets.values()
    )


def metrics(outcomes: Sequence[Outcome]) -> dict[str, float | int | None]:
    """accuracy (unclear counts as wrong), macro-F1, AUC, unclear rate, ECE, n."""
    n = len(outcomes)
    if not n:
        return {"n": 0, "accuracy": None, "macro_f1": None, "auc": None, "unclear_rate": None, "ece": None}
    f1s = []
    for label in ("pop", "decision_maker"):
        tp = sum(o.verdict == label and o.label == label for o in outcomes)
        fp = sum(o.verdict == label and o.label != label for o in outcomes)
        fn = sum(o.verdict != label and o.label == label for o in outcomes)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)
    scored = [o for o in outcomes if o.p_decider is not None]
    labels = [int(o.label == "decision_maker") for o in scored]
    scores = [float(o.p_decider) for o in scored]  # type: ignore[arg-type]
    return {
        "n": n,
        "accuracy": sum(o.correct for o in outcomes) / n,
        "macro_f1": sum(f1s) / 2,
        "auc": auc(labels, scores),
        "unclear_rate": sum(o.verdict == "unclear" for o in outcomes) / n,
        "ece": expected_calibration_error(labels, scores) if scored else None,
    }


def by_slice(outcomes: Sequence[Outcome], key: str) -> dict[str, dict[str, float | int | None]]:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        groups[str(getattr(outcome.case, key))].append(outcome)
    return {name: metrics(items) for name, items in sorted(groups.items())}
