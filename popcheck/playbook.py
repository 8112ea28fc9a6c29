"""Verdicts -> advice: the method's steps and scripts, filled with the meeting's names, in its language."""
from __future__ import annotations

from typing import Sequence

from popcheck.lang.base import LanguagePack
from popcheck.model import Advice, Evidence, Turn, Verdict
from popcheck.signals.people import clean_name

# The pop evidence adds up to this (in log-odds) by the turn from which selling should stop.
STOP_SELLING_AT_WEIGHT = -1.5

_POP_STEPS = ("step.recognise", "step.stop_selling", "step.personal", "step.acknowledge", "step.ask_number",
              "step.call_boss", "step.fix_booking")
_POP_SCRIPTS = ("script.personal", "script.acknowledge", "script.ask_number")
_DM_STEPS = ("step.dm.next", "step.dm.confirm", "step.dm.multithread")
_QUESTIONS = ("question.who_else", "question.sign_off", "question.last_purchase", "question.budget",
              "question.timing", "question.criteria")


def stop_selling_point(verdict: Verdict, turns: Sequence[Turn]) -> tuple[int | None, float | None]:
    """The turn (and its time) at which the pop evidence against a contact had added up."""
    pop_evidence = sorted((e for e in verdict.evidence if e.weight < 0), key=lambda e: e.turn)
    total = 0.0
    chosen: Evidence | None = None
    for item in sorted(verdict.evidence, key=lambda e: e.turn):
        total += item.weight
        if total <= STOP_SELLING_AT_WEIGHT:
            chosen = item
            break
    if chosen is None and pop_evidence:
        chosen = min(pop_evidence, key=lambda e: e.weight)
    if chosen is None:
        return None, None
    start = turns[chosen.turn].start if chosen.turn < len(turns) else chosen.start
    return chosen.turn, start


def _name_fields(prefix: str, name: str) -> dict[str, str]:
    """`{contact}` (full), `{contact_given}` (first word) and `{contact_family}` (the rest) for the texts."""
    parts = name.split()
    return {prefix: name, f"{prefix}_given": parts[0] if parts else name,
            f"{prefix}_family": " ".join(parts[1:]) if len(parts) > 1 else name}


def advise(verdicts: Sequence[Verdict], turns: Sequence[Turn], sellers: Sequence[str],
           absent: Sequence[Evidence], pack: LanguagePack) -> Advice:
    """What the rep should do next, given the verdicts on the buyer's side."""
    buyers = [v for v in verdicts if v.side == "buyer"]
    if not buyers:
        return Advice(False, None, None, pack.text("headline.no_buyer"), (), "")
    deciders = [v for v in buyers if v.verdict == "decision_maker"]
    pops = [v for v in buyers if v.verdict == "pop"]
    seller = clean_name(sellers[0]) if sellers else pack.text("placeholder.seller")
    if deciders:
        decider = max(deciders, key=lambda v: v.p_decider or 0.0)
        names = {**_name_fields("contact", clean_name(decider.name)), "seller": seller}
        return Advice(
            stop_selling=False, stop_selling_at=None, stop_selling_turn=None,
            headline=pack.text("headline.decision_maker", **names),
            steps=tuple(pack.text(key, **names) for key in _DM_STEPS),
            script=pack.text("script.dm", **names),
        )
    if pops:
        pop = min(pops, key=lambda v: v.p_decider if v.p_decider is not None else 0.5)
        boss = clean_name(absent[0].subject) if absent else None
        names = {**_name_fields("contact", clean_name(pop.name)), "seller": seller,
                 **_name_fields("boss", boss or pack.text("placeholder.boss"))}
        turn, start = stop_selling_point(pop, turns)
        call = pack.text("script.call_boss" if boss else "script.call_boss.unnamed", **names)
        scripts = [pack.text(key, **names) for key in _POP_SCRIPTS] + [call]
        return Advice(
            stop_selling=True, stop_selling_at=start, stop_selling_turn=turn,
            headline=pack.text("headline.pop", **names),
            steps=tuple(pack.text(key, **names) for key in _POP_STEPS),
            script="\n\n".join(scripts),
        )
    names = {**_name_fields("contact", clean_name(buyers[0].name)), "seller": seller}
    return Advice(
        stop_selling=False, stop_selling_at=None, stop_selling_turn=None,
        headline=pack.text("headline.unclear", **names),
        steps=(pack.text("step.unclear.qualify"), pack.text("step.unclear.hold")),
        script=pack.text("script.booking"),
        questions=tuple(pack.text(key) for key in _QUESTIONS),
    )
