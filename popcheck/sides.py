"""Who sells and who buys: given by the user, or inferred from who pitches and asks discovery questions."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from popcheck.signals.base import Sentence, Scene
from popcheck.signals.people import clean_name


@dataclass(frozen=True, slots=True)
class Sides:
    sellers: tuple[str, ...]
    buyers: tuple[str, ...]
    inferred: bool


# A speaker whose pitch score reaches this share of the top scorer's is on the selling side too.
_CO_SELLER_SHARE = 0.55
_MIN_SELLER_SCORE = 0.25


def match_names(given: Sequence[str], speakers: Sequence[str]) -> tuple[str, ...]:
    """Map user-given names onto the record's speakers: exact, then by cleaned name or one name part."""
    matched: list[str] = []
    for name in given:
        wanted = clean_name(name).lower()
        exact = [s for s in speakers if s == name or clean_name(s).lower() == wanted]
        partial = [s for s in speakers if set(wanted.split()) & set(clean_name(s).lower().split())]
        for speaker in exact or partial[:1]:
            if speaker not in matched:
                matched.append(speaker)
    return tuple(matched)


@dataclass
class PitchTally:
    """Running per-speaker counts of seller markers and questions (add and remove are inverses)."""

    markers: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, sentences: Iterable[Sentence], scene: Scene, sign: int = 1) -> None:
        for sentence in sentences:
            speaker = sentence.turn.speaker
            self.counts[speaker] += sign
            found = len(scene.pack(sentence).pattern("seller_markers").findall(sentence.matched_text))
            self.markers[speaker] += sign * (found + (0.5 if sentence.is_question else 0.0))

    def scores(self) -> dict[str, float]:
        return {speaker: self.markers[speaker] / max(3, count) for speaker, count in self.counts.items()}


def sellers_from_scores(speakers: Sequence[str], scores: dict[str, float]) -> tuple[str, ...]:
    """The speakers that pitch and run discovery; none when nobody clearly sells (an internal meeting)."""
    if len(speakers) < 2:
        return ()
    ranked = sorted(speakers, key=lambda s: -scores.get(s, 0.0))
    top = scores.get(ranked[0], 0.0)
    if top < _MIN_SELLER_SCORE:
        return ()
    others = [scores.get(s, 0.0) for s in ranked[1:]]
    if others and max(others) > 0.8 * top and len(speakers) == 2:
        return ()
    sellers = [s for s in ranked if scores.get(s, 0.0) >= _CO_SELLER_SHARE * top]
    if len(sellers) >= len(speakers):
        sellers = ranked[:1]
    return tuple(sellers)


def infer_sides(speakers: Sequence[str], sentences: Sequence[Sentence], scene: Scene) -> tuple[str, ...]:
    """Infer the selling side of a whole record."""
    tally = PitchTally()
    tally.add(sentences, scene)
    return sellers_from_scores(speakers, tally.scores())
