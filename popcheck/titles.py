"""Job titles: a person's seniority from the title written with their name ("Jan de Vries (CFO)")."""
from __future__ import annotations

import re

from popcheck.lang.base import LanguagePack

_BRACKETED = re.compile(r"[\(\[]([^)\]]+)[\)\]]|[-–—|]\s*(.+)$")


def title_of(name: str) -> str | None:
    """The title written beside a speaker name, if any ("(Guest)" is not a title)."""
    match = _BRACKETED.search(name)
    if not match:
        return None
    title = (match.group(1) or match.group(2) or "").strip()
    return None if title.lower() in {"guest", "gast", "гость", "гість", "external", "extern"} else title


def title_seniority(name: str, pack: LanguagePack) -> int:
    """+1 for a title that usually decides, -1 for one that usually executes, 0 when unknown."""
    title = title_of(name)
    if not title:
        return 0
    if pack.pattern("titles_executor").search(title):
        return -1
    if pack.pattern("titles_senior").search(title):
        return 1
    return 0
