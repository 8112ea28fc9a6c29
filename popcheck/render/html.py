"""One self-contained HTML file: verdict cards, advice, and the transcript with evidence highlighted."""
from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from popcheck.model import Analysis, Evidence, Turn
from popcheck.render.text import clock, pack_of, strongest, verdict_label


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    direction: str | None = None
    signal: str | None = None
    subject: str | None = None


def highlight(turn: Turn, evidence: list[Evidence]) -> list[Segment]:
    """Cut a turn's text into plain and highlighted pieces (overlapping spans: the first wins)."""
    segments: list[Segment] = []
    position = 0
    for item in sorted(evidence, key=lambda e: (e.span[0], -e.span[1])):
        start, end = item.span
        if start < position:
            continue
        if start > position:
            segments.append(Segment(turn.text[position:start]))
        segments.append(Segment(turn.text[start:end], item.direction, item.signal, item.subject))
        position = end
    if position < len(turn.text):
        segments.append(Segment(turn.text[position:]))
    return segments


def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("popcheck.render", "templates"), autoescape=select_autoescape(["html", "j2"]),
    )
    environment.filters["clock"] = clock
    return environment


def render_html(analysis: Analysis) -> str:
    pack = pack_of(analysis)
    by_turn: dict[int, list[Evidence]] = {}
    for verdict in analysis.participants:
        for item in verdict.evidence:
            by_turn.setdefault(item.turn, []).append(item)
    turns = [(turn, highlight(turn, by_turn.get(turn.index, []))) for turn in analysis.transcript.turns]
    cards = [(verdict, verdict_label(verdict, pack), strongest(verdict)) for verdict in analysis.buyers]
    template = _environment().get_template("report.html.j2")
    return template.render(
        analysis=analysis, pack=pack, turns=turns, cards=cards,
        sellers=[p.name for p in analysis.participants if p.side == "seller"],
    )
