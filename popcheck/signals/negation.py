"""Is a match negated? Look back from the match to the start of its clause."""
from __future__ import annotations

import re

from popcheck.lang.base import LanguagePack

_CLAUSE_BREAK = re.compile(r"[,;:–—]|\b(?:but|maar|aber|doch|но|а|але|однак|however|though)\b", re.IGNORECASE)
_WINDOW_WORDS = 5


def is_negated(text: str, match_start: int, pack: LanguagePack) -> bool:
    """True when a negation word stands within a few words before `match_start`, in the same clause."""
    before = text[:match_start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    words = before.split()
    window = " ".join(words[-_WINDOW_WORDS:])
    return bool(window) and bool(pack.pattern("negations").search(window))


# What a negated signal says instead: "I don't need to ask my boss" owns the decision.
NEGATED_AS: dict[str, tuple[str, float] | None] = {
    "defer.boss": ("own.decision", 0.6),
    "task.assigned": None,
    "defer.relay": None,
    "choice.made": None,
    "access.none": None,
    "vague.answer": None,
    "stall.soft": None,
    "avoidance": None,
    "mandate.none": ("own.decision", 0.5),
    "own.budget": ("mandate.none", 0.6),
    "own.decision": ("mandate.none", 0.6),
    "set.terms": None,
    "commit.dated": None,
    "refuse.clear": None,
    "business.pain": None,
    "lead.meeting": None,
}
