"""What detectors read and return: sentences with their place in the record."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, Sequence

from popcheck.lang.base import LanguagePack
from popcheck.model import Evidence, Turn


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of one turn; `span` are its character offsets in the turn's text."""

    turn: Turn
    span: tuple[int, int]
    text: str
    is_question: bool
    language: str
    matched_text: str  # the text patterns run over (notes: third person turned into first)
    offsets: tuple[int, ...] | None = None  # matched_text index -> text index, when they differ

    def to_turn_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span in `matched_text` back onto the turn's text."""
        if self.offsets is not None:
            start = self.offsets[min(start, len(self.offsets) - 1)]
            end = self.offsets[min(max(end - 1, 0), len(self.offsets) - 1)] + 1
        return self.span[0] + start, self.span[0] + end


@dataclass(frozen=True, slots=True)
class Scene:
    """What a detector knows besides the sentence: who is in the meeting and on which side."""

    buyers: tuple[str, ...]
    sellers: tuple[str, ...]
    form: str
    packs: dict[str, LanguagePack]

    def pack(self, sentence: Sentence) -> LanguagePack:
        return self.packs[sentence.language]


class Detector(Protocol):
    """Finds one kind of evidence in the sentences of a record."""

    def detect(self, sentences: Sequence[Sentence], scene: Scene) -> list[Evidence]: ...


def make_evidence(
    sentence: Sentence, signal: str, direction: str, weight: float, subject: str,
    span: tuple[int, int], why: str,
) -> Evidence:
    """Evidence with its quote sliced from the turn's own text."""
    start, end = sentence.to_turn_span(*span)
    turn = sentence.turn
    return Evidence(
        signal=signal, direction=direction, weight=weight, subject=subject,  # type: ignore[arg-type]
        speaker=turn.speaker, turn=turn.index, span=(start, end), quote=turn.text[start:end],
        start=turn.start, why=why,
    )
