"""UI texts: every language has every key, every key a template uses exists, Accept-Language is honoured."""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from popcheck.store.models import OUTCOMES
from popcheck.web.texts import LANGUAGES, choose_language, table

TEMPLATES = Path(__file__).resolve().parents[2] / "popcheck" / "web" / "templates"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_key_with_the_same_fields(language: str) -> None:
    english, other = table("en"), table(language)
    assert set(other) == set(english), set(english) ^ set(other)
    for key, text in english.items():
        assert _fields(other[key]) == _fields(text), (language, key)
        assert other[key].strip(), (language, key)


def test_templates_use_known_keys() -> None:
    english = table("en")
    dynamic = {f"outcome.{kind}" for kind in OUTCOMES} | {f"role.{r}" for r in ("rep", "manager", "admin")}
    for path in TEMPLATES.glob("*.j2"):
        for key in re.findall(r'(?<![m\w])t\(["\']([a-z_.]+)["\']', path.read_text(encoding="utf-8")):
            if key.endswith((".", "_")):
                continue
            assert key in english or key in dynamic, (path.name, key)
    assert dynamic <= set(english)


@pytest.mark.parametrize(("cookie", "header", "expected"), [
    (None, "ru-RU,ru;q=0.9,en;q=0.8", "ru"), (None, "fr-FR,uk;q=0.5,de;q=0.7", "de"), ("nl", "de", "nl"),
    (None, None, "en"), ("xx", "es", "en"), (None, "de;q=0,uk", "uk"),
])
def test_choose_language(cookie: str | None, header: str | None, expected: str) -> None:
    assert choose_language(cookie, header) == expected
