"""Participant-level features, kept as running statistics so that a whole record and a live call
(one turn at a time) compute them the same way.
"""
from __future__ import annotations

import bisect
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from popcheck.model import Evidence
from popcheck.signals.base import Sentence
from popcheck.signals.catalog import SIGNALS

# The sentence layer enters once, as `shape.sentence_logit` over all of a person's sentences; its
# evidence items (shown where no phrase matched) would count sentences a phrase already explained.
SIGNAL_FEATURES: tuple[str, ...] = tuple(f"sig.{signal}" for signal in SIGNALS if not signal.startswith("sentence."))
SHAPE_FEATURES: tuple[str, ...] = (
    "shape.talk_share", "shape.question_share", "shape.leads", "shape.named_by_others",
    "shape.title", "shape.sentence_logit", "shape.is_notes", "shape.many_buyers",
)
FEATURES: tuple[str, ...] = SIGNAL_FEATURES + SHAPE_FEATURES

# Repeats of one signal add less and less: 1, 1/2, 1/3, ... of the strongest, at most this many.
_MAX_REPEATS = 4
LEAD_OPEN = 0.5
LEAD_CLOSE = 0.5
LEAD_PER_SIGNAL = 0.5


def _diminishing(ordered_by_strength: list[float]) -> float:
    strongest = ordered_by_strength[-_MAX_REPEATS:][::-1]
    return sum(weight / (rank + 1) for rank, weight in enumerate(strongest))


@dataclass
class ConversationStats:
    """Running counts over sentences and evidence; add and remove are exact inverses."""

    form: str
    buyers: tuple[str, ...]
    titles: Mapping[str, int] = field(default_factory=dict)
    internal: bool = False  # no selling side: who leads matters
    words: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    sentences: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    questions: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    logit_sum: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    logit_count: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    weights: dict[tuple[str, str], list[tuple[float, float]]] = field(default_factory=lambda: defaultdict(list))
    first_buyer_turn: tuple[int, str] | None = None
    last_buyer_turn: tuple[int, str] | None = None
    total_words: int = 0

    def add_sentence(self, sentence: Sentence, logit: float | None, sign: int = 1) -> None:
        speaker = sentence.turn.speaker
        count = len(sentence.text.split())
        self.words[speaker] += sign * count
        self.total_words += sign * count
        self.sentences[speaker] += sign
        if sentence.is_question:
            self.questions[speaker] += sign
        elif logit is not None:
            self.logit_sum[speaker] += sign * logit
            self.logit_count[speaker] += sign

    def add_evidence(self, items: Iterable[Evidence], sign: int = 1) -> None:
        for item in items:
            entries = self.weights[(item.subject, item.signal)]
            key = (abs(item.weight), item.weight)
            if sign > 0:
                bisect.insort(entries, key)
            else:
                index = bisect.bisect_left(entries, key)
                if index < len(entries) and entries[index] == key:
                    del entries[index]

    def see_turn(self, index: int, speaker: str) -> None:
        """Turns must be seen in order; the first and last buyer turns mark who opens and closes."""
        if speaker not in self.buyers:
            return
        if self.first_buyer_turn is None:
            self.first_buyer_turn = (index, speaker)
        self.last_buyer_turn = (index, speaker)

    def leads(self, name: str) -> float:
        if not self.internal:
            return 0.0
        score = LEAD_PER_SIGNAL * len(self.weights.get((name, "lead.meeting"), ()))
        if self.first_buyer_turn and self.first_buyer_turn[1] == name:
            score += LEAD_OPEN
        if self.last_buyer_turn and self.last_buyer_turn[1] == name:
            score += LEAD_CLOSE
        return score

    def features(self, name: str) -> dict[str, float]:
        """The feature vector of one buyer-side participant, by feature name."""
        values = {
            feature: _diminishing([w for _, w in self.weights.get((name, feature[4:]), ())]) for feature in SIGNAL_FEATURES
        }
        logits = self.logit_count.get(name, 0)
        values.update({
            "shape.talk_share": self.words.get(name, 0) / (self.total_words or 1),
            "shape.question_share": self.questions.get(name, 0) / max(1, self.sentences.get(name, 0)),
            "shape.leads": self.leads(name),
            "shape.named_by_others": math.log1p(len(self.weights.get((name, "named.decider"), ()))),
            "shape.title": float(self.titles.get(name, 0)),
            "shape.sentence_logit": self.logit_sum.get(name, 0.0) / math.sqrt(logits) if logits else 0.0,
            "shape.is_notes": 1.0 if self.form == "notes" else 0.0,
            "shape.many_buyers": math.log(max(1, len(self.buyers))),
        })
        return values
