"""The signal taxonomy: every signal's direction, default weight and where it counts.

Weights are log-odds contributions towards "decides" (positive) or "pop" (negative). The
participant model learns how to combine them; these defaults serve until it is trained.
"""
from __future__ import annotations

from dataclasses import dataclass

from popcheck.model import Direction


@dataclass(frozen=True, slots=True)
class SignalSpec:
    id: str
    direction: Direction
    weight: float
    counts_in_questions: bool = False
    about_other: bool = False  # evidence about a person the speaker names


_SPECS = (
    SignalSpec("defer.boss", "pop", -1.4),
    SignalSpec("defer.relay", "pop", -1.1),
    SignalSpec("mandate.none", "pop", -1.8),
    SignalSpec("task.assigned", "pop", -1.5),
    SignalSpec("choice.made", "pop", -1.4),
    SignalSpec("access.none", "pop", -1.2),
    SignalSpec("vague.answer", "pop", -0.6),
    SignalSpec("stall.soft", "pop", -0.5),
    SignalSpec("hesitation", "pop", -0.15),
    SignalSpec("avoidance", "pop", -0.7),
    SignalSpec("own.budget", "decider", 1.6),
    SignalSpec("own.decision", "decider", 1.7),
    SignalSpec("set.terms", "decider", 0.8),
    SignalSpec("commit.dated", "decider", 1.0),
    SignalSpec("refuse.clear", "decider", 1.1),
    SignalSpec("business.pain", "decider", 0.5, counts_in_questions=True),
    SignalSpec("named.decider", "decider", 1.5, about_other=True),
    SignalSpec("lead.meeting", "decider", 0.4),
    SignalSpec("direct.others", "decider", 0.6),
    SignalSpec("turned.to", "decider", 0.6, counts_in_questions=True, about_other=True),
    SignalSpec("sentence.pop", "pop", -0.5),
    SignalSpec("sentence.decider", "decider", 0.5),
)

SIGNALS: dict[str, SignalSpec] = {spec.id: spec for spec in _SPECS}
# Signals found by the language packs' phrase patterns (the rest come from structure or models).
PHRASE_SIGNALS: tuple[str, ...] = tuple(
    spec.id for spec in _SPECS
    if not spec.id.startswith("sentence.") and spec.id not in ("hesitation", "direct.others", "turned.to")
)
