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
_AUTHOR_LINE = re.compile(
    r"(?i:door|by|notes by|rep|author|autor|verfasst von|von uns|менеджер|автор|кто писал|записала?|писав|писала|"
    r"від нас|від нас був|our side)\b[\s*_:]*"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’\-]+)?)"
)
_PATRONYMIC = re.compile(r"(?:ович|евич|івна|ївна|овна|евна|ична|ьич)\b")
_HONORIFIC = re.compile(
    r"\b(?:Herrn?|Frau|Mr|Mrs|Ms|Dr|meneer|mevrouw|dhr|mevr|пан[іа]?|господин[ау]?|госпож[аеу]|г-н|г-жа)\.?[ \t]+"
    r"(?P<name>[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’\-]+(?:[ \t]+[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’\-]+)?)"
)
_MARKDOWN = re.compile(r"^\s*(?:#+\s*|[-*+]\s+|\d+[.)]\s+|>\s*)")
DEFAULT_CONTACT = "Contact"


def _stem_key(name: str) -> tuple[str, ...]:
    """Inflected forms of one name share a key: 'Сергеем Ивановым' ~ 'Сергей Иванов'."""
    return tuple(part[:4].lower() for part in name.split() if part[:1].isupper())


def _names(text: str, lowered_words: set[str]) -> list[str]:
    return [m.group(0) for m in _FULL_NAME.finditer(text)
            if not any(part.lower() in lowered_words for part in m.group(0).split())]


def find_contact(text: str) -> str | None:
    """The person the notes are about.

    A `Contact:` line wins; else a person named in the heading, else the most mentioned person in
    the body. The rep who wrote the notes (`Door:`, `Менеджер:`, `Notes by` ...) is never the contact,
    and mentions with an honorific ("Herr Zimmermann") count towards the full name they belong to.
    """
    match = _CONTACT_LINE.search(text)
    if match:
        return match.group("name").strip()
    lines = text.split("\n")
    body = "\n".join(line for line in lines if not _HEADING.match(line))
    lowered_words = set(re.findall(r"\b[a-zß-ÿа-яёіїєґ][\w'’\-]*", body))
    authors = {_stem_key(m.group("name")) for m in _AUTHOR_LINE.finditer(text)}
    authors |= {key[:1] for key in authors}
    words = Counter(w[:4].lower() for w in re.findall(r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’\-]+", body))
    honorifics = Counter(m.group("name").split()[-1][:4].lower() for m in _HONORIFIC.finditer(body))

    def usable(name: str) -> bool:
        key = _stem_key(name)
        return key not in authors and key[:1] not in authors

    def mentions(key: tuple[str, ...]) -> float:
        return sum(words[part] for part in key) / max(1, len(key)) + 2 * sum(honorifics[part] for part in key)

    heading = "\n".join(line for line in lines[:3] if _HEADING.match(line) or line.startswith("**"))
    in_heading = [name for name in _names(heading, set()) if usable(name) and mentions(_stem_key(name)) > 0]
    if in_heading:
        best = max(in_heading, key=lambda name: (mentions(_stem_key(name)), -in_heading.index(name)))
        return best
    groups: dict[tuple[str, ...], list[str]] = {}
    for name in _names(body, lowered_words):
        if usable(name):
            groups.setdefault(_stem_key(name), []).append(name)
    if not groups:
        honorific = [m.group("name") for m in _HONORIFIC.finditer(body)]
        return Counter(honorific).most_common(1)[0][0] if honorific else None
    first = next(iter(groups))

    def score(key: tuple[str, ...]) -> float:
        value = len(groups[key]) + mentions(key) + (1.5 if key == first else 0.0)
        return value * (0.5 if _PATRONYMIC.search(groups[key][0]) else 1.0)

    best_key = max(groups, key=lambda key: (score(key), -body.find(groups[key][0])))
    return min(groups[best_key], key=len)


def _mentions(text: str, name: str) -> bool:
    """Does the text name this person (any part of the name, in any inflection)?"""
    lowered = text.lower()
    return any(part[:4] in lowered for part in _stem_key(name)) or name.lower() in lowered


def read_notes(text: str, source: str, contact: str | None = None) -> Transcript:
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [_MARKDOWN.sub("", line).strip() for line in block.split("\n") if not _HEADING.match(line)]
        body = " ".join(line for line in lines if line)
        if body:
            paragraphs.append(body)
    if not paragraphs:
        raise RecordError(source, "the notes are empty", "Write what happened in the meeting, about one contact")
    if contact and not _mentions(text, contact):
        raise RecordError(
            source, f"the notes never mention {contact!r}",
            "Give --contact as the person is named in the notes, or leave it out to let popcheck find them",
        )
    subject = contact or find_contact(text) or DEFAULT_CONTACT
    turns = tuple(Turn(index=i, speaker=subject, text=body) for i, body in enumerate(paragraphs))
    return Transcript(source=source, form="notes", turns=turns, subject=subject)
