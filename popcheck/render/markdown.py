"""Markdown, to paste into a CRM note."""
from __future__ import annotations

from popcheck.model import Analysis
from popcheck.render.text import clock, pack_of, strongest, verdict_label


def _quote_line(quote: str) -> str:
    return quote.replace("\n", " ").replace("|", "\\|")


def render_markdown(analysis: Analysis) -> str:
    pack = pack_of(analysis)
    lines = [f"# {pack.text('report.title', source=analysis.transcript.source)}", ""]
    if analysis.sides_inferred and any(p.side == "seller" for p in analysis.participants):
        sellers = ", ".join(p.name for p in analysis.participants if p.side == "seller")
        lines += [f"_{pack.text('report.sides_inferred', sellers=sellers)}_", ""]
    if analysis.leader:
        lines += [pack.text("report.leader", name=analysis.leader), ""]
    for verdict in analysis.buyers:
        p = f"{verdict.p_decider:.2f}" if verdict.p_decider is not None else "-"
        lines += [f"## {verdict.name}: {verdict_label(verdict, pack)} ({pack.text('report.p_decider')}: {p})", ""]
        shown = strongest(verdict)
        if not shown:
            lines += [pack.text("report.no_evidence"), ""]
            continue
        for item in shown:
            when = f"[{clock(item.start)}] " if item.start is not None else ""
            lines.append(f"- {when}“{_quote_line(item.quote)}” (`{item.signal}`, {pack.text(f'direction.{item.direction}')})")
        lines.append("")
    if analysis.absent_deciders:
        lines += [f"### {pack.text('report.absent_deciders')}", ""]
        lines += [f"- **{item.subject}**: “{_quote_line(item.quote)}”" for item in analysis.absent_deciders]
        lines.append("")
    advice = analysis.advice
    lines += [f"## {pack.text('report.advice')}", "", f"**{advice.headline}**", ""]
    if advice.stop_selling and advice.stop_selling_at is not None:
        lines += [pack.text("report.stop_selling_at", time=clock(advice.stop_selling_at)), ""]
    if advice.steps:
        lines += [f"### {pack.text('report.steps')}", ""]
        lines += [f"{i}. {step}" for i, step in enumerate(advice.steps, 1)]
        lines.append("")
    if advice.script:
        lines += [f"### {pack.text('report.script')}", ""]
        lines += [f"> {paragraph}\n" for paragraph in advice.script.split("\n\n")]
    if advice.questions:
        lines += [f"### {pack.text('report.questions')}", ""]
        lines += [f"- {question}" for question in advice.questions]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
