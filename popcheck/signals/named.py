"""Named decider: someone says that another person decides ("Pieter signs off on this")."""
from __future__ import annotations

import re
from typing import Sequence

from popcheck.model import Evidence
from popcheck.signals.base import Scene, Sentence, make_evidence
from popcheck.signals.catalog import SIGNALS
from popcheck.signals.negation import is_negated
from popcheck.signals.people import NAME_IN_TEXT, clean_name, name_pattern

# "our director, Ivan Ivanovich," / "директор Иван Иванович": the title stands right before the name
_ADJACENT = re.compile(r"[\s,:\-–—]*(?:\w+\s+)?")


class NamedDeciderDetector:
    """Evidence for the person named as deciding, and against the buyer who defers to them."""

    defer_weight: float = -1.0

    def detect(self, sentences: Sequence[Sentence], scene: Scene) -> list[Evidence]:
        found: list[Evidence] = []
        spec = SIGNALS["named.decider"]
        buyers = set(scene.buyers)
        for sentence in sentences:
            if sentence.is_question:
                continue
            pack = scene.pack(sentence)
            decide = pack.pattern("decide_verbs")
            text = sentence.matched_text
            speaker = sentence.turn.speaker
            named_someone = False
            for buyer in scene.buyers:
                if buyer == speaker:
                    continue
                pattern = name_pattern(buyer)
                if pattern is None:
                    continue
                for name in pattern.finditer(text):
                    verb = decide.match(text, name.end()) or _near(decide, text, name.end()) \
                        or _before(decide, text, name.start())
                    if verb is None or is_negated(text, name.start(), pack):
                        continue
                    found.append(make_evidence(
                        sentence, "named.decider", "decider", spec.weight, buyer,
                        (min(name.start(), verb.start()), max(name.end(), verb.end())),
                        f"named by {speaker} as the one who decides",
                    ))
                    named_someone = True
                    break
            if named_someone and speaker in buyers:
                found.append(make_evidence(
                    sentence, "defer.boss", "pop", self.defer_weight, speaker, sentence_span(sentence),
                    "names someone else as the one who decides",
                ))
        return found


def _near(decide: re.Pattern[str], text: str, position: int, limit: int = 30) -> re.Match[str] | None:
    """A verb of deciding that starts within `limit` characters after `position`."""
    match = decide.search(text, position, min(len(text), position + limit + 60))
    if match and match.start() - position <= limit:
        return match
    return None


def _before(decide: re.Pattern[str], text: str, position: int, limit: int = 20) -> re.Match[str] | None:
    """A verb of deciding that ends within `limit` characters before `position` ("решает всё Иван")."""
    window_start = max(0, position - limit - 40)
    last = None
    for match in decide.finditer(text, window_start, position):
        last = match
    if last is not None and position - last.end() <= limit and not re.search(r"[.,;:!?]", text[last.end():position]):
        return last
    return None


def _spaces(text: str, position: int) -> int:
    return len(text[position:]) - len(text[position:].lstrip())


def _not_a_name(word: str, pack) -> bool:  # type: ignore[no-untyped-def]
    """Pronouns, contractions and short words that start a sentence are not names."""
    lowered = word.lower()
    return (
        len(word) < 3 or "'" in word or "’" in word or lowered in pack.stopwords
        or bool(pack.pattern("first_person").fullmatch(lowered))
    )


def sentence_span(sentence: Sentence) -> tuple[int, int]:
    return 0, len(sentence.matched_text)


def absent_deciders(sentences: Sequence[Sentence], scene: Scene, present: Sequence[str]) -> list[Evidence]:
    """People named as deciding who are not in the meeting: the ones the rep should reach."""
    known = {part for name in present for part in clean_name(name).split()}
    found: list[Evidence] = []
    for sentence in sentences:
        if sentence.is_question or sentence.turn.speaker not in scene.buyers:
            continue
        pack = scene.pack(sentence)
        decide = pack.pattern("decide_verbs")
        superior = pack.pattern("superiors")
        superior_word = re.compile(superior.pattern, re.IGNORECASE)
        text = sentence.matched_text
        for name in NAME_IN_TEXT.finditer(text):
            words = name.group(0).split()
            if any(word in known for word in words) or _not_a_name(words[0], pack):
                continue
            titled = superior.search(text, max(0, name.start() - 40), name.start())
            if len(words) == 1 and pack.capitalises_nouns and not (titled and _ADJACENT.fullmatch(
                    text[titled.end():name.start()])):
                continue  # German capitalises every noun: a lone capital word is a name only after a title
            if superior_word.fullmatch(name.group(0)):
                continue
            after = decide.match(text, name.end() + _spaces(text, name.end()))
            if after is None and (len(words) > 1 or name.start() > 0):
                after = _near(decide, text, name.end(), limit=12) or _before(decide, text, name.start())
            before = superior.search(text, max(0, name.start() - 40), name.start())
            if before is not None and not _ADJACENT.fullmatch(text[before.end():name.start()]):
                before = None
            if after is not None and pack.pattern("first_person").match(text, after.end() + _spaces(text, after.end())):
                after = None  # "... entscheide ich": the speaker decides
            if after is None and before is None:
                continue
            start = min(name.start(), *(m.start() for m in (before, after) if m is not None))
            end = max(name.end(), *(m.end() for m in (before, after) if m is not None))
            found.append(make_evidence(
                sentence, "named.decider", "decider", 0.0, name.group(0), (start, end),
                f"named by {sentence.turn.speaker}; not in the meeting",
            ))
    return found
