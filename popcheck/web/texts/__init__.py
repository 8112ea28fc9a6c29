"""The workspace's UI texts, one table per language (en, nl, ru, uk, de), chosen per user or browser."""
from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from functools import lru_cache

LANGUAGES: tuple[str, ...] = ("en", "nl", "de", "ru", "uk")
DEFAULT = "en"


@lru_cache(maxsize=None)
def table(language: str) -> Mapping[str, str]:
    if language not in LANGUAGES:
        language = DEFAULT
    return importlib.import_module(f"popcheck.web.texts.{language}").TEXTS  # type: ignore[no-any-return]


def translator(language: str) -> Callable[..., str]:
    """`t(key, **values)` for templates and messages; a missing key falls back to English, then to the key."""
    texts = table(language)
    english = table(DEFAULT)

    def t(key: str, **values: object) -> str:
        template = texts.get(key) or english.get(key) or key
        return template.format(**values) if values else template

    return t


def choose_language(cookie: str | None, accept_language: str | None, default: str = DEFAULT) -> str:
    """The cookie's language if it is one of ours, else the best of the browser's Accept-Language."""
    if cookie in LANGUAGES:
        return cookie  # type: ignore[return-value]
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        code, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        primary = code.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            ranked.append((-quality, position, primary))
    return sorted(ranked)[0][2] if ranked else (default if default in LANGUAGES else DEFAULT)


def language_choices() -> list[tuple[str, str]]:
    return [(code, table(code)["language.name"]) for code in LANGUAGES]
