"""Between the core and the page: an Analysis -> what the store keeps; a stored meeting -> the page's context.

The analysis itself always comes from `popcheck.analyzer.Analyzer`; this module only reshapes it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from popcheck.lang.base import LanguagePack
from popcheck.model import Analysis, Evidence, Turn
from popcheck.render.html import Segment, highlight
from popcheck.render.text import clock, first_distinct
from popcheck.signals.people import clean_name
from popcheck.store.crud import AbsentDecider, AnalysisFacts
from popcheck.store.models import Meeting
from popcheck.store.roles import role_for_verdict
from popcheck.titles import title_of


def pack_for(code: str) -> LanguagePack:
    """The meeting's language pack; English while a pack is unavailable (the page still renders)."""
    from popcheck.lang import get_pack

    try:
        return get_pack(code)
    except Exception:  # noqa: BLE001 - a missing or broken pack must not take the page down
        return get_pack("en")


def _unnamed_boss(evidence: Evidence, pack: LanguagePack) -> str | None:
    """"mijn directeur beslist": the superior's word, for a boss the buyer did not name."""
    words = re.compile(rf"(?<!\w)(?:{pack.pattern('superiors').pattern})(?!\w)", re.IGNORECASE)
    match = words.search(evidence.quote)
    if not match:
        return None
    word = match.group(0).strip()
    return word[:1].upper() + word[1:]


def facts_of(analysis: Analysis) -> AnalysisFacts:
    """What the store keeps: the JSON contract, the turns and evidence spans, and who was named as deciding."""
    pack = pack_for(analysis.language)
    evidence = [item for verdict in analysis.participants for item in verdict.evidence]
    view = {
        "turns": [[t.index, t.speaker, t.text, t.start] for t in analysis.transcript.turns],
        "evidence": [[e.turn, e.span[0], e.span[1], e.direction, e.signal, e.subject, e.start] for e in evidence],
        "stop_selling_turn": analysis.advice.stop_selling_turn,
    }
    absent = [AbsentDecider(name=clean_name(item.subject), quote=item.quote, named_by=item.speaker)
              for item in analysis.absent_deciders]
    if not absent:
        # No name given ("I have to ask my director"): the superior still joins the committee, unnamed.
        buyer_names = {v.name for v in analysis.buyers}
        for item in evidence:
            if item.signal == "defer.boss" and item.speaker in buyer_names:
                word = _unnamed_boss(item, pack)
                if word:
                    absent.append(AbsentDecider(name=word, quote=item.quote, named_by=item.speaker, title=word))
                    break
    buyers = tuple(
        (v.name, clean_name(v.name), v.verdict, v.p_decider, title_of(v.name)) for v in analysis.buyers
    )
    return AnalysisFacts(
        contract=analysis.to_dict(), view=view, language=analysis.language, form=analysis.transcript.form,
        buyers=buyers, sellers=tuple(p.name for p in analysis.participants if p.side == "seller"),
        absent=tuple(absent), stop_selling_at=analysis.advice.stop_selling_at,
    )


@dataclass(frozen=True)
class _Evidence:
    """Just what `highlight` reads of an Evidence."""

    span: tuple[int, int]
    direction: str
    signal: str
    subject: str


def _turns(view: dict[str, Any]) -> list[tuple[Turn, list[Segment]]]:
    by_turn: dict[int, list[_Evidence]] = {}
    for turn, start, end, direction, signal, subject, _at in view.get("evidence", []):
        by_turn.setdefault(turn, []).append(_Evidence((start, end), direction, signal, subject))
    turns = []
    for index, speaker, text, start in view.get("turns", []):
        turn = Turn(index=index, speaker=speaker, text=text, start=start)
        turns.append((turn, highlight(turn, by_turn.get(index, []))))  # type: ignore[arg-type]
    return turns


def _timeline(view: dict[str, Any], stop_turn: int | None, stop_at: float | None,
              label: Callable[[str], str]) -> dict[str, Any]:
    """Evidence ticks and the stop-selling mark, placed by time (or by turn where the record has no times)."""
    turns = view.get("turns", [])
    times = [t[3] for t in turns if t[3] is not None]
    by_time = bool(times) and max(times) > 0
    span = (max(times) if by_time else max(len(turns) - 1, 1)) or 1

    def place(turn: int, at: float | None) -> float:
        value: float = turn
        if by_time:
            turn_start = turns[turn][3] if turn < len(turns) else None
            value = at if at is not None else turn_start if turn_start is not None else value
        return round(min(100.0, max(0.0, 100.0 * float(value) / span)), 2)

    marks = []
    seen: set[tuple[int, str]] = set()
    for turn, _s, _e, direction, signal, subject, at in view.get("evidence", []):
        if (turn, direction) in seen:
            continue
        seen.add((turn, direction))
        marks.append({"pct": place(turn, at), "direction": direction, "title": f"{clock(at)} {signal} → {subject}"})
    stop = None
    if stop_turn is not None:
        at = stop_at if stop_at is not None else (turns[stop_turn][3] if stop_turn < len(turns) else None)
        stop = {"pct": place(stop_turn, at), "label": label(clock(at) if at is not None else f"#{stop_turn + 1}")}
    return {"marks": marks, "stop": stop}


def _scripts(script: str) -> list[str]:
    return [part.strip() for part in re.split(r"\n\s*\n", script or "") if part.strip()]


def page_context(meeting: Meeting) -> dict[str, Any]:
    """Everything meeting.html.j2 shows, from the stored contract and view (no re-analysis)."""
    pack = pack_for(meeting.language)
    analysis = meeting.analysis
    advice = analysis.get("advice", {})
    contacts = {p.name: p.contact_id for p in meeting.participants}

    def mt(key: str, **values: str) -> str:
        try:
            return pack.text(key, **values)
        except (KeyError, IndexError):
            return pack_for("en").text(key, **values)

    cards = []
    for participant in analysis.get("participants", []):
        if participant.get("side") != "buyer":
            continue
        verdict = participant.get("verdict")
        shown = first_distinct(participant.get("evidence", []), lambda item: item["quote"])
        cards.append({
            "name": participant["name"], "verdict": verdict, "p": participant.get("p_decider"),
            "label": mt(f"verdict.{verdict or 'unclear'}"), "evidence": shown, "role": role_for_verdict(verdict),
            "contact_id": contacts.get(participant["name"]),
        })
    view = meeting.view or {}
    stop_turn = advice.get("stop_selling_turn") if advice.get("stop_selling") else None
    timeline = _timeline(view, stop_turn, advice.get("stop_selling_at"),
                         lambda time: mt("report.stop_selling_at", time=time))
    return {
        "analysis": analysis, "cards": cards, "advice": advice, "scripts": _scripts(advice.get("script", "")),
        "absent": analysis.get("absent_deciders", []), "turns": _turns(view), "stop_turn": stop_turn,
        "timeline": timeline, "mt": mt,
        "sellers": [p["name"] for p in analysis.get("participants", []) if p.get("side") == "seller"],
    }
