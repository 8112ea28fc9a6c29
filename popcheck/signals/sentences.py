"""Split turns into sentences, mark questions, and put notes into the contact's own voice."""
from __future__ import annotations

import re
from typing import Iterable

from popcheck.lang.base import LanguagePack
from popcheck.model import Turn
from popcheck.signals.base import Sentence

_BOUNDARY = re.compile(r"[^.!?…;]+(?:[.!?…;]+[\"'”»)]*|$)")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|‘[^’]*’")


def _is_question(text: str, pack: LanguagePack) -> bool:
    stripped = text.rstrip(" \"'”»)")
    if stripped.endswith("?"):
        return True
    if stripped.endswith((".", "!", "…")):
        return False
    return bool(pack.pattern("question_starts").search(stripped.lstrip(" -–—\"'“«")))


def voice_notes(text: str, pack: LanguagePack) -> tuple[str, tuple[int, ...]]:
    """Rewrite a notes sentence so the contact speaks as `I` (and the rep as `you`), keeping offsets."""
    swaps = pack.notes_voice
    if not swaps:
        return text, tuple(range(len(text)))
    out: list[str] = []
    offsets: list[int] = []
    position = 0
    quoted = [match.span() for match in _QUOTED.finditer(text)]
    for match in pack.pattern("notes_voice_any").finditer(text):
        if any(start <= match.start() < end for start, end in quoted):
            continue
        out.append(text[position:match.start()])
        offsets.extend(range(position, match.start()))
        word = match.group(0)
        replacement = next((new for old, new in swaps if re.fullmatch(old, word, re.IGNORECASE)), word)
        out.append(replacement)
        offsets.extend([match.start()] * len(replacement))
        position = match.end()
    out.append(text[position:])
    offsets.extend(range(position, len(text)))
    return "".join(out), tuple(offsets)


def split_sentences(turns: Iterable[Turn], packs: dict[str, LanguagePack], notes: bool = False) -> list[Sentence]:
    """All sentences of the given turns, with their offsets and languages."""
    sentences: list[Sentence] = []
    for turn in turns:
        language = turn.language or next(iter(packs))
        pack = packs[language]
        for match in _BOUNDARY.finditer(turn.text):
            raw = match.group(0)
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            if not any(ch.isalpha() for ch in text):
                continue
            start = match.start() + lead
            span = (start, start + len(text))
            if notes:
                voiced, offsets = voice_notes(text, pack)
                sentences.append(Sentence(turn, span, text, _is_question(text, pack), language, voiced, offsets))
            else:
                sentences.append(Sentence(turn, span, text, _is_question(text, pack), language, text))
    return sentences
