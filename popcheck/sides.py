"""Who sells and who buys: given by the user, or inferred from who pitches and asks discovery questions."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

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


def pitch_scores(sentences: Sequence[Sentence], scene_packs: Scene) -> dict[str, float]:
    """Per speaker: seller markers and questions per sentence."""
    markers: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)
    for sentence in sentences:
        speaker = sentence.turn.speaker
        counts[speaker] += 1
        pack = scene_packs.pack(sentence)
        markers[speaker] += len(pack.pattern("seller_markers").findall(sentence.matched_text))
        if sentence.is_question:
            markers[speaker] += 0.5
    return {speaker: markers[speaker] / max(3, counts[speaker]) for speaker in counts}


def infer_sides(speakers: Sequence[str], sentences: Sequence[Sentence], scene: Scene) -> tuple[str, ...]:
    """The speakers that pitch and run discovery; none when nobody clearly sells (an internal meeting)."""
    if len(speakers) < 2:
        return ()
    scores = pitch_scores(sentences, scene)
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
