"""Who addresses whom: directing a colleague by name, and turning to a colleague for a yes.

"Bas, jij loopt de route met hun monteur door." - the speaker directs others (decides).
"Wat vind jij, Olga?" / "Роксолано?" - the speaker turns to Olga for the answer (Olga decides).
Both are structure, not vocabulary: they work the same way in every language.
"""
from __future__ import annotations

import re
from typing import Sequence

from popcheck.model import Evidence
from popcheck.signals.base import Scene, Sentence, make_evidence
from popcheck.signals.catalog import SIGNALS
from popcheck.signals.people import name_pattern

_LEAD = re.compile(r"^[\s\"'“„«(\-–—]*")
_VOCATIVE_END = re.compile(r"[,\s]*[?!.…]*[\"'”»)]*\s*$")


class AddressingDetector:
    """`direct.others` for a buyer who opens a statement with a colleague's name; `turned.to` for the
    colleague a buyer's question is put to by name."""

    def detect(self, sentences: Sequence[Sentence], scene: Scene) -> list[Evidence]:
        found: list[Evidence] = []
        if len(scene.buyers) < 2 or scene.form == "notes":
            return found
        for sentence in sentences:
            speaker = sentence.turn.speaker
            if speaker not in scene.buyers:
                continue
            text = sentence.matched_text
            for other in scene.buyers:
                if other == speaker:
                    continue
                pattern = name_pattern(other)
                if pattern is None:
                    continue
                found.extend(self._addressed(sentence, text, pattern, speaker, other))
        return found

    @staticmethod
    def _addressed(sentence: Sentence, text: str, pattern: re.Pattern[str], speaker: str,
                   other: str) -> list[Evidence]:
        start = _LEAD.match(text).end()  # type: ignore[union-attr]
        opening = pattern.match(text, start)
        if opening and text[opening.end():opening.end() + 1] == ",":
            if sentence.is_question:
                spec = SIGNALS["turned.to"]
                return [make_evidence(sentence, "turned.to", spec.direction, spec.weight, other,
                                      (opening.start(), opening.end()), f"{speaker} turns to them for the answer")]
            spec = SIGNALS["direct.others"]
            return [make_evidence(sentence, "direct.others", spec.direction, spec.weight, speaker,
                                  (opening.start(), len(text)), f"directs {other} by name")]
        if sentence.is_question:
            for match in pattern.finditer(text):
                alone_or_after_comma = match.start() == start or text[match.start() - 1] in ", "
                if _VOCATIVE_END.fullmatch(text, match.end()) and alone_or_after_comma:
                    spec = SIGNALS["turned.to"]
                    return [make_evidence(sentence, "turned.to", spec.direction, spec.weight, other,
                                          (match.start(), match.end()), f"{speaker} turns to them for the answer")]
        return []
