"""Who sells and who buys: given by the user, or inferred from who pitches and asks discovery questions."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from popcheck.learn.side_model import SideModel
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
    """Running per-speaker sums of how much each sentence sounds like selling (add/remove are inverses).

    With a trained side model a sentence counts its logit; without one, seller phrases and questions.
    """

    model: SideModel | None = None
    sums: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def _values(self, sentences: Sequence[Sentence], scene: Scene) -> list[float]:
        if self.model is not None:
            return [float(v) for v in self.model.logits([s.matched_text for s in sentences])]
        return [
            len(scene.pack(s).pattern("seller_markers").findall(s.matched_text)) + (0.5 if s.is_question else 0.0)
            for s in sentences
        ]

    def add(self, sentences: Sequence[Sentence], scene: Scene, sign: int = 1) -> None:
        for sentence, value in zip(sentences, self._values(sentences, scene)):
            speaker = sentence.turn.speaker
            self.counts[speaker] += sign
            self.sums[speaker] += sign * value

    def scores(self) -> dict[str, float]:
        floor = 1 if self.model is not None else 3
        return {speaker: self.sums[speaker] / max(floor, count) for speaker, count in self.counts.items() if count}


def sellers_from_scores(speakers: Sequence[str], scores: dict[str, float],
                        model: SideModel | None = None) -> tuple[str, ...]:
    """The speakers that pitch and run discovery; none when nobody clearly sells (an internal meeting)."""
    if not speakers:
        return ()
    ranked = sorted(speakers, key=lambda s: -scores.get(s, float("-inf")))
    if len(speakers) == 1:  # a monologue: a seller's pitch has no buyer to judge
        one = scores.get(ranked[0], float("-inf"))
        threshold = model.threshold if model is not None else _MIN_SELLER_SCORE * 2
        return (ranked[0],) if one > threshold + 1.0 else ()
    if model is not None:
        sellers = [s for s in ranked if scores.get(s, float("-inf")) > model.threshold]
        return tuple(sellers if len(sellers) < len(speakers) else ranked[:1])
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


def infer_sides(speakers: Sequence[str], sentences: Sequence[Sentence], scene: Scene,
                model: SideModel | None = None) -> tuple[str, ...]:
    """Infer the selling side of a whole record."""
    tally = PitchTally(model)
    tally.add(sentences, scene)
    return sellers_from_scores(speakers, tally.scores(), model)
