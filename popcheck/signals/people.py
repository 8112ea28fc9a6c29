"""People in the text: the ways a participant's name is written, and who a clause is about."""
from __future__ import annotations

import re
from functools import lru_cache

from popcheck.signals.base import Scene, Sentence

_BRACKETS = re.compile(r"\s*[\(\[][^)\]]*[\)\]]")
_CAPITAL_NAME = r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ'’\-]+"
# "Gerard van Dijk", "Herr Dr. Vogel": particles and academic titles may stand between the parts.
NAME_IN_TEXT = re.compile(
    rf"{_CAPITAL_NAME}(?:[ \t]+(?:(?:van|de|der|den|ter|ten|von|zu|vom|Dr\.|Prof\.|Ing\.)[ \t]+){{0,2}}"
    rf"{_CAPITAL_NAME}){{0,2}}"
)
_FIRST_PERSON_BETWEEN = re.compile(
    r"\b(?:i|me|my|ik|mijn|me|mij|ich|mein\w*|mir|mich|я|мне|меня|мой|моя|моё|мій|моя|моє|мені|мене)\b", re.IGNORECASE
)


def clean_name(name: str) -> str:
    """'de Vries, Jan (Guest)' -> 'Jan de Vries'."""
    name = _BRACKETS.sub("", name).strip()
    if name.count(",") == 1:
        surname, given = (part.strip() for part in name.split(","))
        if surname and given:
            name = f"{given} {surname}"
    return " ".join(name.split())


@lru_cache(maxsize=4096)
def name_pattern(name: str) -> re.Pattern[str] | None:
    """A pattern for the ways a name appears in speech: full, given name, surname, inflected (ru/uk)."""
    parts = [part for part in clean_name(name).split() if len(part) >= 3 and part[0].isupper()]
    if not parts:
        return None
    variants: list[str] = []
    for part in parts:
        stem = part[:-1] if len(part) > 4 and "\u0400" <= part[-1] <= "\u04ff" else part
        variants.append(re.escape(stem) + (r"\w{0,3}" if stem != part else r"(?:'s|s)?"))
    return re.compile(r"(?<!\w)(?:" + "|".join(variants) + r")(?!\w)")


def mentioned_before(sentence: Sentence, position: int, scene: Scene) -> str | None:
    """Another buyer named before `position` in the sentence is the clause's subject (not in notes)."""
    if scene.form == "notes":
        return None
    text = sentence.matched_text[:position]
    best: tuple[int, str] | None = None
    for buyer in scene.buyers:
        if buyer == sentence.turn.speaker:
            continue
        pattern = name_pattern(buyer)
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            if best is None or match.start() > best[0]:
                best = (match.start(), buyer)
    if best is None:
        return None
    between = text[best[0]:]
    if _FIRST_PERSON_BETWEEN.search(between):
        return None
    return best[1]
