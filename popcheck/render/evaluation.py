"""The `popcheck eval` report: figures per slice and the wrong cases with their evidence."""
from __future__ import annotations

from typing import Any, Mapping

from rich.console import Console
from rich.table import Table

from popcheck.evaluation import Report


def _figure(value: Any) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def render_evaluation(summary: Mapping[str, Any], report: Report, show_wrong: int, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title="popcheck evaluation")
    for column in ("slice", "n", "accuracy", "macro_f1", "auc", "unclear_rate", "ece"):
        table.add_column(column, justify="right" if column != "slice" else "left")

    def row(name: str, figures: Mapping[str, Any]) -> None:
        table.add_row(name, *(_figure(figures[k]) for k in ("n", "accuracy", "macro_f1", "auc", "unclear_rate", "ece")))

    row("overall", summary["overall"])
    for key in ("language", "difficulty", "form"):
        for name, figures in summary[key].items():
            row(f"{key}={name}", figures)
    console.print(table)
    if summary.get("sides_correct") is not None:
        console.print(f"selling side inferred correctly in {summary['sides_correct']:.1%} of transcripts")
    for case_id, message in summary["errors"]:
        console.print(f"[red]error[/red] {case_id}: {message}")
    wrong = [o for o in report.outcomes if not o.correct][:show_wrong]
    if wrong:
        console.print(f"\n[bold]Wrong ({sum(not o.correct for o in report.outcomes)} in all, first {len(wrong)}):[/bold]")
    for outcome in wrong:
        p = "-" if outcome.p_decider is None else f"{outcome.p_decider:.2f}"
        console.print(f"{outcome.case.id} [{outcome.case.difficulty}] {outcome.name}: label {outcome.label}, "
                      f"got {outcome.verdict} (p={p})", highlight=False)
        for line in outcome.evidence:
            console.print(f"    {line}", highlight=False)
