"""Literal triggers for regular expressions, so that most patterns never run on most sentences.

For each pattern we work out a set of lower-cased strings such that any match must contain one
of them (from the parsed pattern: literal runs, groups, alternations, repeats of at least one).
An Aho-Corasick automaton (pyahocorasick) finds the triggers present in a sentence in one pass;
only the patterns they point to are then run. Patterns without a usable trigger always run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Sequence

import ahocorasick

MIN_TRIGGER = 3
# Runs made only of words this common would send nearly every sentence to the pattern.
_COMMON = frozenset(
    "the and you our for that this with not are was his her him its one who out all will have has had "
    "een het de die dat van voor met niet maar ook wel nog der das und den dem ich sie mit für auf "
    "что это как так его она они все для или при вот там где тут що як так все для або при там це".split()
)


def _selective(run: str) -> bool:
    words = [word for word in run.split() if word]
    return len(run.strip()) >= MIN_TRIGGER and any(word not in _COMMON for word in words)
Triggers = frozenset[str] | None


def _sequence_triggers(items: Sequence[tuple[object, object]]) -> Triggers:
    """The most selective trigger set among the parts every match must go through."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, value in [*items, (None, None)]:
        if op is sre.LITERAL:
            run += chr(value).lower()  # type: ignore[arg-type]
            continue
        if run:
            candidates.append(frozenset({run}))
            run = ""
        found = _node_triggers(op, value)
        if found is not None:
            candidates.append(found)
    usable = [c for c in candidates if all(_selective(s) for s in c)]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(s.strip()) for s in c), -len(c)))


def _node_triggers(op: object, value: object) -> Triggers:
    if op is sre.SUBPATTERN:
        return _sequence_triggers(value[-1].data)  # type: ignore[index]
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in value[1]:  # type: ignore[index]
            found = _sequence_triggers(alternative.data)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, item = value  # type: ignore[misc]
        return _sequence_triggers(item.data) if low >= 1 else None
    return None


def triggers_of(pattern: str, flags: int = re.IGNORECASE) -> Triggers:
    """Strings one of which every match of `pattern` contains (lower-cased), or None."""
    try:
        parsed = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    return _sequence_triggers(parsed.data)


@dataclass(frozen=True)
class TriggeredPatterns:
    """Many patterns behind one automaton: `candidates(text)` yields the patterns worth running."""

    patterns: tuple[re.Pattern[str], ...]
    keys: tuple[str, ...]  # what each pattern stands for (a signal id)
    always: tuple[int, ...]
    automaton: "ahocorasick.Automaton | None"

    @classmethod
    def build(cls, items: Sequence[tuple[str, str]], flags: int = re.IGNORECASE) -> "TriggeredPatterns":
        patterns, keys, always = [], [], []
        by_trigger: dict[str, list[int]] = {}
        for index, (key, source) in enumerate(items):
            patterns.append(re.compile(source, flags))
            keys.append(key)
            found = triggers_of(source, flags)
            if found is None:
                always.append(index)
                continue
            for trigger in found:
                by_trigger.setdefault(trigger, []).append(index)
        automaton = None
        if by_trigger:
            automaton = ahocorasick.Automaton()
            for trigger, indexes in by_trigger.items():
                automaton.add_word(trigger, tuple(indexes))
            automaton.make_automaton()
        return cls(tuple(patterns), tuple(keys), tuple(always), automaton)

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns that can match `text`, in pattern order."""
        chosen = set(self.always)
        if self.automaton is not None:
            for _end, indexes in self.automaton.iter(text.lower()):
                chosen.update(indexes)
        return sorted(chosen)

    def matches(self, text: str) -> list[tuple[str, re.Match[str]]]:
        """(key, match) for every match of the candidate patterns, by position then pattern order."""
        found: list[tuple[int, int, re.Match[str]]] = []
        patterns = self.patterns
        for index in self.candidates(text):
            found.extend((match.start(), index, match) for match in patterns[index].finditer(text))
        if len(found) > 1:
            found.sort(key=lambda item: (item[0], item[1]))
        keys = self.keys
        return [(keys[index], match) for _start, index, match in found]
