"""Split turns into sentences, mark questions, and put notes into the contact's own voice."""
from __future__ import annotations

import re
from typing import Iterable

from popcheck.lang.base import LanguagePack
from popcheck.model import Turn
from popcheck.signals.base import Sentence

# A sentence ends at . ! ? … followed by a space and a word, quote or dash (or the end); ; always ends one.
_END = re.compile(r"(?:[.!?…]+[\"'”“»)]*(?=\s+[\"'“„«(\-–—]*\w)|[.!?…]+[\"'”“»)]*\s*$|;|[?!]+[\"'”“»)]*)")
# Not an end: "12. Mai", "z. B.", "Dr. Albrecht", "ca. 60", "т. е."
_NOT_AN_END = re.compile(r"(?:\b\d{1,2}|\b[A-Za-zА-Яа-яЁё]|\b(?:dr|mr|mrs|ms|st|ca|bzw|usw|etc|nr|hr|fr|prof|dhr|mevr|ing|vs|inkl|zzgl|ggf|evtl|resp|ул|г|тов|им))\.$",
                         re.IGNORECASE)
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


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each sentence of a turn."""
    pieces: list[tuple[int, str]] = []
    begin = 0
    for match in _END.finditer(text):
        candidate = text[begin:match.end()]
        if match.group(0).startswith(".") and _NOT_AN_END.search(text[begin:match.start() + 1]):
            continue
        pieces.append((begin, candidate))
        begin = match.end()
    if begin < len(text):
        pieces.append((begin, text[begin:]))
    return pieces


def split_sentences(turns: Iterable[Turn], packs: dict[str, LanguagePack], notes: bool = False) -> list[Sentence]:
    """All sentences of the given turns, with their offsets and languages."""
    sentences: list[Sentence] = []
    for turn in turns:
        language = turn.language or next(iter(packs))
        pack = packs[language]
        for start, raw in _pieces(turn.text):
            lead = len(raw) - len(raw.lstrip())
            text = raw.strip()
            if not any(ch.isalpha() for ch in text):
                continue
            start += lead
            span = (start, start + len(text))
            if notes:
                voiced, offsets = voice_notes(text, pack)
                sentences.append(Sentence(turn, span, text, _is_question(text, pack), language, voiced, offsets))
            else:
                sentences.append(Sentence(turn, span, text, _is_question(text, pack), language, text))
    return sentences
