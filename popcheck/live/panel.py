"""The compact live panel (Rich)."""
from __future__ import annotations

from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from popcheck.lang import get_pack
from popcheck.live.session import CoachEvent
from popcheck.render.text import clock


def render_panel(event: CoachEvent) -> Panel:
    pack = get_pack(event.update.language)
    table = Table(show_header=False, box=None, expand=True)
    table.add_column(ratio=2)
    table.add_column(ratio=1)
    table.add_column(ratio=1, justify="right")
    for buyer in event.update.buyers:
        style = {"pop": "red", "decision_maker": "green"}.get(buyer.verdict, "yellow")
        table.add_row(buyer.name, Text(pack.text(f"verdict.{buyer.verdict}"), style=style), f"{buyer.p_decider:.2f}")
    newest = [e for e in event.update.new_evidence if e.signal != "hesitation"][-2:]
    lines: list[object] = [table]
    for item in newest:
        lines.append(Text(f"“{item.quote}” · {item.signal}", style="red" if item.direction == "pop" else "green"))
    prompt_style = "bold white on red" if event.stop_selling else "bold"
    lines.append(Text(f" {event.prompt} ", style=prompt_style))
    title = f"popcheck coach · {clock(event.update.turn.start)} · {event.update.turn.speaker}"
    return Panel(Group(*lines), title=title, title_align="left")  # type: ignore[arg-type]
