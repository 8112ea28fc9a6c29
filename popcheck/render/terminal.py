"""The Rich terminal report: a card per buyer with the strongest quotes, then the advice."""
from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from popcheck.model import Analysis, Verdict
from popcheck.render.text import clock, pack_of, strongest, verdict_label

_STYLES = {"decision_maker": "bold green", "pop": "bold red", "unclear": "bold yellow"}


def _card(verdict: Verdict, analysis: Analysis) -> Panel:
    pack = pack_of(analysis)
    p = verdict.p_decider or 0.0
    title = Text(f"{verdict.name}  ", style="bold")
    title.append(verdict_label(verdict, pack), style=_STYLES.get(verdict.verdict or "", ""))
    bar = Text(f"{pack.text('report.p_decider')}: {p:.2f} ")
    bar.append("█" * round(p * 20), style="green")
    bar.append("░" * (20 - round(p * 20)), style="red")
    table = Table(show_header=False, box=None, padding=(0, 1), expand=True)
    table.add_column(width=8, style="dim")
    table.add_column(ratio=3)
    table.add_column(ratio=1, style="dim")
    shown = strongest(verdict)
    for item in shown:
        style = "red" if item.direction == "pop" else "green"
        table.add_row(clock(item.start), Text(f"“{item.quote}”", style=style), item.signal)
    body: list[object] = [bar, table if shown else Text(pack.text("report.no_evidence"), style="dim")]
    return Panel(Group(*body), title=title, title_align="left")  # type: ignore[arg-type]


def render_terminal(analysis: Analysis, console: Console) -> None:
    pack = pack_of(analysis)
    console.rule(pack.text("report.title", source=analysis.transcript.source))
    sellers = [p.name for p in analysis.participants if p.side == "seller"]
    if analysis.sides_inferred and sellers:
        console.print(Text(pack.text("report.sides_inferred", sellers=", ".join(sellers)), style="dim"))
    if analysis.leader:
        console.print(pack.text("report.leader", name=analysis.leader))
    for verdict in analysis.buyers:
        console.print(_card(verdict, analysis))
    if analysis.absent_deciders:
        console.print(Text(pack.text("report.absent_deciders"), style="bold"))
        for item in analysis.absent_deciders:
            console.print(f"  • [bold]{item.subject}[/bold]: “{item.quote}”", highlight=False)
    advice = analysis.advice
    parts: list[object] = [Text(advice.headline, style="bold")]
    if advice.stop_selling and advice.stop_selling_at is not None:
        parts.append(Text(pack.text("report.stop_selling_at", time=clock(advice.stop_selling_at)), style="red"))
    if advice.steps:
        parts.append(Text(f"\n{pack.text('report.steps')}", style="bold"))
        parts += [Text(f"{i}. {step}") for i, step in enumerate(advice.steps, 1)]
    if advice.script:
        parts.append(Text(f"\n{pack.text('report.script')}", style="bold"))
        parts += [Text(f"“{paragraph}”", style="cyan") for paragraph in advice.script.split("\n\n")]
    if advice.questions:
        parts.append(Text(f"\n{pack.text('report.questions')}", style="bold"))
        parts += [Text(f"• {question}") for question in advice.questions]
    console.print(Panel(Group(*parts), title=pack.text("report.advice"), title_align="left"))  # type: ignore[arg-type]
