"""Phrase detector: the language pack's patterns for each signal, with negation, questions and attribution."""
from __future__ import annotations

import re
from typing import Sequence

from popcheck.model import Evidence
from popcheck.signals.base import Scene, Sentence, make_evidence
from popcheck.signals.catalog import PHRASE_SIGNALS, SIGNALS
from popcheck.signals.negation import NEGATED_AS, is_negated
from popcheck.signals.people import mentioned_before

# Patterns of these signals already hold the negation that makes them ("I can't decide").
_NEGATION_BUILT_IN = frozenset({"mandate.none", "refuse.clear", "access.none", "avoidance", "vague.answer"})


class PhraseDetector:
    """Finds every phrase signal of the sentence's language pack in buyer-side speech."""

    signals: tuple[str, ...] = tuple(s for s in PHRASE_SIGNALS if s != "named.decider")

    def detect(self, sentences: Sequence[Sentence], scene: Scene) -> list[Evidence]:
        found: list[Evidence] = []
        buyers = set(scene.buyers)
        for sentence in sentences:
            if sentence.turn.speaker not in buyers:
                continue
            by_signal: dict[str, list[re.Match[str]]] = {}
            for signal, match in scene.pack(sentence).phrase_patterns.matches(sentence.matched_text):
                by_signal.setdefault(signal, []).append(match)
            for signal in self.signals:
                if signal not in by_signal or (sentence.is_question and not SIGNALS[signal].counts_in_questions):
                    continue
                for match in by_signal[signal]:
                    evidence = self._evidence(sentence, signal, match, scene)
                    if evidence:  # the first match that stands (a negated one may be dropped)
                        found.extend(evidence)
                        break
        return found

    def _evidence(self, sentence: Sentence, signal: str, match: re.Match[str], scene: Scene) -> list[Evidence]:
        pack = scene.pack(sentence)
        spec = SIGNALS[signal]
        subject = mentioned_before(sentence, match.start(), scene) or sentence.turn.speaker
        weight, why = spec.weight, ""
        if signal not in _NEGATION_BUILT_IN and is_negated(sentence.matched_text, match.start(), pack):
            instead = NEGATED_AS.get(signal)
            if instead is None:
                return []
            signal, factor = instead
            spec = SIGNALS[signal]
            weight, why = spec.weight * factor, "negated"
        return [make_evidence(sentence, signal, spec.direction, weight, subject, match.span(), why)]
