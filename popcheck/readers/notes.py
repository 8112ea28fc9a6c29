"""A rep's notes after a meeting: Markdown prose about one contact."""
from __future__ import annotations

import re
from collections import Counter

from popcheck.errors import RecordError
from popcheck.model import Transcript, Turn

_CONTACT_LINE = re.compile(
    r"^[\s*_#>-]*(?i:contact(?:persoon)?|gesprekspartner|ansprechpartner(?:in)?|gesprächspartner(?:in)?|"
    r"kontakt(?:person)?|контакт(?:на особа)?|собеседник|співрозмовник|клиент|клієнт|with|met|mit|"
    r"meeting with|gesprek met|gespräch mit|встреча с|зустріч з)\b[\s*_]*[:\-–—]?[\s*_]*"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’\-]+(?:[ \t]+(?:[a-zа-я]{1,3}[ \t]+){0,2}[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’\-]+){0,2})",
    re.MULTILINE,
)
_CAPITALISED = r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][a-zß-ÿа-яёіїєґ'’\-]+"
_FULL_NAME = re.compile(rf"\b{_CAPITALISED}(?:[ \t]+(?:van|de|der|den|ter|von|zu|la|le|da)){{0,2}}[ \t]+{_CAPITALISED}\b")
_HEADING = re.compile(r"^\s*#")
_MARKDOWN = re.compile(r"^\s*(?:#+\s*|[-*+]\s+|\d+[.)]\s+|>\s*)")
DEFAULT_CONTACT = "Contact"


def find_contact(text: str) -> str | None:
    """The person the notes are about: a `Contact:` line, else the most named full name."""
    match = _CONTACT_LINE.search(text)
    if match:
        return match.group("name").strip()
    names = Counter(match.group(0) for match in _FULL_NAME.finditer(text))
    if not names:
        return None
    best = max(names.values())
    return next(name for name in names if names[name] == best)


def read_notes(text: str, source: str, contact: str | None = None) -> Transcript:
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_MARKDOWN.sub("", line).strip() for line in block.split("\n") if not _HEADING.match(line)]
        body = " ".join(line for line in lines if line)
        if body:
            paragraphs.append(body)
    if not paragraphs:
        raise RecordError(source, "the notes are empty", "Write what happened in the meeting, about one contact")
    subject = contact or find_contact(text) or DEFAULT_CONTACT
    turns = tuple(Turn(index=i, speaker=subject, text=body) for i, body in enumerate(paragraphs))
    return Transcript(source=source, form="notes", turns=turns, subject=subject)
