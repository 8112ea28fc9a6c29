"""Hesitation: fillers and restarts in a buyer's answer, and long silences before it."""
from __future__ import annotations

from typing import Sequence

from popcheck.model import Evidence, Turn
from popcheck.signals.base import Scene, Sentence, make_evidence
from popcheck.signals.catalog import SIGNALS


class HesitationDetector:
    """Weak on its own (senior people hedge too); the participant model weighs it beside the rest."""

    min_fillers: int = 2
    long_gap_seconds: float = 8.0

    def detect(self, sentences: Sequence[Sentence], scene: Scene) -> list[Evidence]:
        found: list[Evidence] = []
        spec = SIGNALS["hesitation"]
        buyers = set(scene.buyers)
        for sentence in sentences:
            if sentence.turn.speaker not in buyers:
                continue
            fillers = list(scene.pack(sentence).pattern("fillers").finditer(sentence.matched_text))
            if len(fillers) >= self.min_fillers:
                span = (fillers[0].start(), fillers[-1].end())
                found.append(make_evidence(
                    sentence, "hesitation", "pop", spec.weight, sentence.turn.speaker, span,
                    f"{len(fillers)} fillers or restarts",
                ))
        return found

    def gaps(self, pairs: Sequence[tuple[Turn, Turn]], sentences: Sequence[Sentence], scene: Scene) -> list[Evidence]:
        """A buyer who answers after a long silence hesitates (only where the record has times)."""
        first_sentence = {}
        for sentence in sentences:
            first_sentence.setdefault(sentence.turn.index, sentence)
        found: list[Evidence] = []
        spec = SIGNALS["hesitation"]
        for previous, turn in pairs:
            if turn.speaker not in scene.buyers or previous.speaker in scene.buyers:
                continue
            if previous.end is None or turn.start is None:
                continue
            gap = turn.start - previous.end
            sentence = first_sentence.get(turn.index)
            if gap >= self.long_gap_seconds and sentence is not None:
                found.append(make_evidence(
                    sentence, "hesitation", "pop", spec.weight * 2, turn.speaker,
                    (0, len(sentence.matched_text)), f"silent {gap:.0f} s before answering",
                ))
        return found
