"""The quality report (`docs/quality.md`): test-split figures, learning curve, ablation,
reliability diagram and the hardest wrong cases. Regenerate with:

    python -m popcheck.learn.quality corpus --challenge challenge --out docs
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any, Sequence

from popcheck.analyzer import Analyzer
from popcheck.evaluation import Outcome, by_slice, evaluate, metrics
from popcheck.learn.corpus import load_cases
from popcheck.learn.train import train
from popcheck.learn.weights import load_weights

FRACTIONS = (0.25, 0.5, 0.75, 1.0)


def _figure(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def _table(rows: dict[str, dict[str, Any]], first: str) -> list[str]:
    keys = ("n", "accuracy", "macro_f1", "auc", "unclear_rate", "ece")
    lines = [f"| {first} | " + " | ".join(keys) + " |", "|" + " --- |" * (len(keys) + 1)]
    lines += [f"| {name} | " + " | ".join(_figure(figures[k]) for k in keys) + " |" for name, figures in rows.items()]
    return lines


def reliability_svg(outcomes: Sequence[Outcome], bins: int = 10) -> str:
    """Observed share of deciders against predicted p_decider, per bin, as an SVG image."""
    scored = [(o.p_decider, o.label == "decision_maker") for o in outcomes if o.p_decider is not None]
    size, pad = 360, 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size + 2 * pad}" height="{size + 2 * pad}" '
             f'font-family="sans-serif" font-size="11">',
             f'<rect x="{pad}" y="{pad}" width="{size}" height="{size}" fill="none" stroke="#888"/>',
             f'<line x1="{pad}" y1="{pad + size}" x2="{pad + size}" y2="{pad}" stroke="#bbb" stroke-dasharray="4"/>']
    for index in range(bins):
        items = [(p, y) for p, y in scored if min(bins - 1, int(p * bins)) == index]
        if not items:
            continue
        observed = sum(y for _, y in items) / len(items)
        x = pad + index * size / bins
        height = observed * size
        parts.append(f'<rect x="{x + 2:.1f}" y="{pad + size - height:.1f}" width="{size / bins - 4:.1f}" '
                     f'height="{height:.1f}" fill="#3b7dd8" opacity="0.75"/>')
        parts.append(f'<text x="{x + size / bins / 2:.1f}" y="{pad + size + 14}" text-anchor="middle">{len(items)}</text>')
    parts.append(f'<text x="{pad + size / 2}" y="{pad + size + 32}" text-anchor="middle">predicted p_decider '
                 f'(bins of 0.1; count under each bar)</text>')
    parts.append(f'<text x="12" y="{pad + size / 2}" transform="rotate(-90 12 {pad + size / 2})" '
                 f'text-anchor="middle">observed share of decision-makers</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def build_report(roots: Sequence[Path], out: Path, weights: Path | None,
                 challenge: Sequence[Path] = ()) -> str:
    test_cases = load_cases(roots, ["test"])
    shipped = load_weights(weights)
    report = evaluate(test_cases, Analyzer(shipped))
    sides = evaluate([c for c in test_cases if c.form != "notes"], Analyzer(shipped), infer_sides=True)
    overall = metrics(report.outcomes)
    lines = [
        "# Quality", "",
        "Regenerate this page with `python -m popcheck.learn.quality corpus --challenge challenge --out docs` (it retrains on the",
        "train split for the learning curve and the ablation; the test split is only ever evaluated).",
        f"Weights evaluated: `{shipped.source if weights else 'the shipped ones (popcheck/learn/weights)'}`. Test split: {len(test_cases)} meetings, "
        f"{overall['n']} labelled people. \"unclear\" counts as wrong.", "",
        "## Test split", "",
        *_table({"overall": overall}, "slice"), "",
        *_table(by_slice(report.outcomes, "language"), "language"), "",
        *_table(by_slice(report.outcomes, "form"), "form"), "",
        *_table(by_slice(report.outcomes, "difficulty"), "difficulty"), "",
        f"Selling side inferred exactly right (no --seller) in {sides.side_hits}/{sides.side_cases} test transcripts.", "",
    ]
    if challenge:
        held = evaluate(load_cases(challenge), Analyzer(shipped))
        lines += [
            "## Challenge set", "",
            "Meetings written apart from the corpus (by writers who never saw it or the product), to show how",
            "far the figures above carry to other people's phrasing. Never trained on; its mistakes were read",
            "once to look for gaps in the engine, so take these figures as slightly optimistic.", "",
            *_table({"overall": metrics(held.outcomes), **by_slice(held.outcomes, "language")}, "slice"), "",
            *_table(by_slice(held.outcomes, "difficulty"), "difficulty"), "",
        ]
    with tempfile.TemporaryDirectory() as folder:
        curve = []
        for fraction in FRACTIONS:
            result = train(roots, Path(folder) / f"f{fraction}", train_fraction=fraction)
            figures = metrics(evaluate(test_cases, Analyzer(result.weights)).outcomes)
            curve.append((fraction, result.report["train_subjects"], figures))
        ablation = {}
        for name, phrases, sentence in (("phrase lists only", True, False), ("sentence layer only", False, True),
                                        ("both", True, True)):
            result = train(roots, Path(folder) / name.replace(" ", "-"), use_sentence_model=sentence,
                           use_phrases=phrases)
            analyzer = Analyzer(result.weights, phrases=phrases, sentence_model=sentence)
            ablation[name] = metrics(evaluate(test_cases, analyzer).outcomes)
    lines += ["## Learning curve", "", "| share of train split | labelled people | test accuracy | test AUC |",
              "| --- | --- | --- | --- |"]
    lines += [f"| {f:.0%} | {n} | {_figure(m['accuracy'])} | {_figure(m['auc'])} |" for f, n, m in curve]
    lines += ["", "## Ablation (each retrained on the train split)", "", *_table(ablation, "layers"), ""]
    (out / "reliability.svg").write_text(reliability_svg(report.outcomes), encoding="utf-8")
    lines += ["## Reliability", "", "![reliability diagram](reliability.svg)", "",
              f"Expected calibration error on the test split: {_figure(overall['ece'])}.", ""]
    wrong = sorted((o for o in report.outcomes if not o.correct),
                   key=lambda o: -abs((o.p_decider or 0.5) - 0.5))
    lines += ["## Hardest wrong cases", "", "The most confident mistakes on the test split, with the labeller's reason "
              "and the evidence popcheck used.", ""]
    for outcome in wrong[:12]:
        p = _figure(outcome.p_decider)
        lines.append(f"- **{outcome.case.id}** ({outcome.case.form}, {outcome.case.difficulty}) {outcome.name}: "
                     f"labelled {outcome.label}, got {outcome.verdict} (p={p}). Why: {outcome.case.why}")
        for evidence in outcome.evidence[:3]:
            lines.append(f"  - {evidence}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description="Write docs/quality.md and docs/reliability.svg.")
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("docs"))
    parser.add_argument("--weights", type=Path, default=None, help="weights to evaluate (default: shipped)")
    parser.add_argument("--challenge", type=Path, nargs="*", default=[], help="held-out sets never trained on")
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    text = build_report(options.corpora, options.out, options.weights, options.challenge)
    (options.out / "quality.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
