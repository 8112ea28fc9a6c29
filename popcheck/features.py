"""Participant-level features: evidence sums, the sentence model's view, and the shape of the conversation."""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Mapping, Sequence

from popcheck.model import Evidence
from popcheck.signals.base import Sentence
from popcheck.signals.catalog import SIGNALS

SIGNAL_FEATURES: tuple[str, ...] = tuple(f"sig.{signal}" for signal in SIGNALS)
SHAPE_FEATURES: tuple[str, ...] = (
    "shape.talk_share", "shape.question_share", "shape.leads", "shape.named_by_others",
    "shape.title", "shape.sentence_logit", "shape.is_notes", "shape.many_buyers",
)
FEATURES: tuple[str, ...] = SIGNAL_FEATURES + SHAPE_FEATURES

# Repeats of one signal add less and less: 1, 1.5, 1.83, ... (harmonic), at most this many.
_MAX_REPEATS = 4


@dataclass(frozen=True, slots=True)
class Conversation:
    """What the features need to know about the whole record."""

    sentences: Sequence[Sentence]
    buyers: Sequence[str]
    form: str
    sentence_logits: Mapping[int, float]  # id(sentence) -> decider-minus-pop logit
    leader_scores: Mapping[str, float]
    titles: Mapping[str, int]


def _diminishing(weights: list[float]) -> float:
    ordered = sorted(weights, key=abs, reverse=True)[:_MAX_REPEATS]
    return sum(weight / (rank + 1) for rank, weight in enumerate(ordered))


def participant_features(name: str, evidence: Sequence[Evidence], conversation: Conversation) -> dict[str, float]:
    """The feature vector of one buyer-side participant, by feature name."""
    by_signal: dict[str, list[float]] = defaultdict(list)
    for item in evidence:
        by_signal[item.signal].append(item.weight)
    features = {f"sig.{signal}": _diminishing(by_signal.get(signal, [])) for signal in SIGNALS}
    words_by: dict[str, int] = defaultdict(int)
    own = [s for s in conversation.sentences if s.turn.speaker == name]
    for sentence in conversation.sentences:
        words_by[sentence.turn.speaker] += len(sentence.text.split())
    total_words = sum(words_by.values()) or 1
    logits = [conversation.sentence_logits.get(id(s), 0.0) for s in own if not s.is_question]
    mentions = sum(1 for item in evidence if item.signal == "named.decider")
    features.update({
        "shape.talk_share": words_by[name] / total_words,
        "shape.question_share": sum(s.is_question for s in own) / max(1, len(own)),
        "shape.leads": conversation.leader_scores.get(name, 0.0),
        "shape.named_by_others": math.log1p(mentions),
        "shape.title": float(conversation.titles.get(name, 0)),
        "shape.sentence_logit": sum(logits) / math.sqrt(len(logits)) if logits else 0.0,
        "shape.is_notes": 1.0 if conversation.form == "notes" else 0.0,
        "shape.many_buyers": math.log(max(1, len(conversation.buyers))),
    })
    return features
