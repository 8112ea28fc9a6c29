"""Find a language pack by code, and detect the language of a record or a turn."""
from __future__ import annotations

import importlib
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from popcheck.errors import UsageError
from popcheck.lang.base import LanguagePack

if TYPE_CHECKING:
    from lingua import LanguageDetector

LANGUAGES: tuple[str, ...] = ("nl", "en", "ru", "uk", "de")
DEFAULT_LANGUAGE = "en"
_MIN_LETTERS_FOR_TURN = 25
# Enough text to tell five languages apart reliably; more only costs time.
_SAMPLE_CHARS = 3000
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")


@lru_cache(maxsize=None)
def get_pack(code: str) -> LanguagePack:
    """The pack of a language code (nl, en, ru, uk, de)."""
    if code not in LANGUAGES:
        raise UsageError(f"unknown language {code!r}: use one of {', '.join(LANGUAGES)}")
    module = importlib.import_module(f"popcheck.lang.{code}")
    return module.PACK  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _detector() -> "LanguageDetector":
    from lingua import Language, LanguageDetectorBuilder

    return (
        LanguageDetectorBuilder.from_languages(
            Language.DUTCH, Language.ENGLISH, Language.RUSSIAN, Language.UKRAINIAN, Language.GERMAN
        )
        .with_low_accuracy_mode()
        .build()
    )


def _cyrillic(text: str) -> str | None:
    """Ukrainian and Russian differ in letters of their own; count them first."""
    uk, ru = len(_UKRAINIAN_ONLY.findall(text)), len(_RUSSIAN_ONLY.findall(text))
    if uk > ru:
        return "uk"
    if ru > uk:
        return "ru"
    return None


def detect(text: str, default: str = DEFAULT_LANGUAGE) -> str:
    """The language of a text among the five popcheck speaks; `default` when it cannot tell."""
    letters = sum(1 for ch in text[:_SAMPLE_CHARS] if ch.isalpha())
    if letters < 3:
        return default
    sample = text[:_SAMPLE_CHARS]
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    if cyrillic > letters / 2:
        by_letters = _cyrillic(sample)
        if by_letters:
            return by_letters
    language = _detector().detect_language_of(sample)
    if language is None:
        return default
    return {"DUTCH": "nl", "ENGLISH": "en", "RUSSIAN": "ru", "UKRAINIAN": "uk", "GERMAN": "de"}[language.name]


_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


@lru_cache(maxsize=1)
def _stopword_languages() -> dict[str, tuple[str, ...]]:
    """Each function word of any pack, with the languages it belongs to."""
    table: dict[str, list[str]] = {}
    for code in LANGUAGES:
        for word in get_pack(code).stopwords:
            table.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in table.items()}


def detect_turn(text: str, record_language: str) -> str:
    """A turn's language: the record's unless its script or its function words clearly say otherwise.

    Cheap enough for every turn of a long meeting; full detection runs once per record.
    """
    letters = len(_NOT_LETTER.sub("", text))
    if letters < _MIN_LETTERS_FOR_TURN:
        return record_language
    cyrillic = len(_CYRILLIC.findall(text))
    record_cyrillic = record_language in ("ru", "uk")
    if (cyrillic > letters / 2) != record_cyrillic:
        return detect(text, default=record_language)
    table = _stopword_languages()
    hits = dict.fromkeys(LANGUAGES, 0)
    for word in _WORD.findall(text.lower()):
        for code in table.get(word, ()):
            hits[code] += 1
    best = max(hits, key=lambda code: hits[code])
    if best != record_language and hits[best] >= 3 and hits[best] >= 2 * hits[record_language] + 1:
        return best
    if record_cyrillic:
        return _cyrillic(text) or record_language
    return record_language
