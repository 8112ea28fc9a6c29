"""Typed, immutable values that flow through popcheck: record -> transcript -> evidence -> verdicts."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Mapping

Side = Literal["buyer", "seller"]
Direction = Literal["pop", "decider"]
VerdictLabel = Literal["decision_maker", "pop", "unclear"]
Form = Literal["vtt", "srt", "txt", "notes", "json"]

SCHEMA_ID = "popcheck.analysis/1"


@dataclass(frozen=True, slots=True)
class Turn:
    """One speaker's consecutive stretch of speech (or, in notes, one paragraph)."""

    index: int
    speaker: str
    text: str
    start: float | None = None
    end: float | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Transcript:
    """A meeting record as read from a file: who said what, and when."""

    source: str
    form: Form
    turns: tuple[Turn, ...]
    subject: str | None = None  # notes: the contact the notes are about
    author: str | None = None  # notes: the rep who wrote them, when known

    @property
    def speakers(self) -> tuple[str, ...]:
        """Speakers in order of first appearance."""
        seen: dict[str, None] = {}
        for turn in self.turns:
            seen.setdefault(turn.speaker, None)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class Evidence:
    """One reason for a verdict: a signal found in a span of one turn."""

    signal: str
    direction: Direction
    weight: float  # signed: negative points to pop, positive to decider
    subject: str  # the person this is evidence about
    speaker: str  # the person who said it
    turn: int
    span: tuple[int, int]  # character offsets in the turn's text
    quote: str  # sliced from the turn's text, never retyped
    start: float | None
    why: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "signal": self.signal,
            "direction": self.direction,
            "weight": round(self.weight, 3),
            "quote": self.quote,
            "turn": self.turn,
            "start": self.start,
            "speaker": self.speaker,
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The judgement on one participant."""

    name: str
    side: Side
    verdict: VerdictLabel | None
    p_decider: float | None
    evidence: tuple[Evidence, ...] = ()
    title: str | None = None
    features: Mapping[str, float] = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self, max_evidence: int | None = None) -> dict[str, Any]:
        shown = self.evidence if max_evidence is None else self.evidence[:max_evidence]
        return {
            "name": self.name,
            "side": self.side,
            "verdict": self.verdict,
            "p_decider": None if self.p_decider is None else round(self.p_decider, 3),
            "evidence": [item.to_dict() for item in shown],
        }


@dataclass(frozen=True, slots=True)
class Advice:
    """What to do next, in the meeting's language."""

    stop_selling: bool
    stop_selling_at: float | None
    stop_selling_turn: int | None
    headline: str
    steps: tuple[str, ...]
    script: str
    questions: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "stop_selling": self.stop_selling,
            "stop_selling_at": self.stop_selling_at,
            "stop_selling_turn": self.stop_selling_turn,
            "headline": self.headline,
            "steps": list(self.steps),
            "script": self.script,
            "questions": list(self.questions),
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything popcheck concluded about one meeting record."""

    transcript: Transcript
    language: str
    participants: tuple[Verdict, ...]
    advice: Advice
    sides_inferred: bool = False
    leader: str | None = None
    absent_deciders: tuple[Evidence, ...] = field(default=())

    @property
    def buyers(self) -> tuple[Verdict, ...]:
        return tuple(p for p in self.participants if p.side == "buyer")

    def participant(self, name: str) -> Verdict:
        for verdict in self.participants:
            if verdict.name == name:
                return verdict
        raise KeyError(name)

    def to_dict(self) -> dict[str, Any]:
        """The `popcheck.analysis/1` JSON contract (see DESIGN.md)."""
        return {
            "schema": SCHEMA_ID,
            "source": self.transcript.source,
            "form": self.transcript.form,
            "language": self.language,
            "sides_inferred": self.sides_inferred,
            "leader": self.leader,
            "participants": [p.to_dict() for p in self.participants],
            "absent_deciders": [{"name": e.subject, **e.to_dict()} for e in self.absent_deciders],
            "advice": self.advice.to_dict(),
        }
