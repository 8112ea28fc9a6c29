"""Small pieces every renderer shares: times, labels, the evidence worth showing."""
from __future__ import annotations

from typing import Callable, Iterable, TypeVar

from popcheck.lang import get_pack
from popcheck.lang.base import LanguagePack
from popcheck.model import Analysis, Evidence, Verdict

SHOWN_EVIDENCE = 6
T = TypeVar("T")


def clock(seconds: float | None) -> str:
    """`75.5` -> `01:15`; `3725` -> `1:02:05`; None -> ``."""
    if seconds is None:
        return ""
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def pack_of(analysis: Analysis) -> LanguagePack:
    return get_pack(analysis.language)


def verdict_label(verdict: Verdict, pack: LanguagePack) -> str:
    if verdict.verdict is None:
        return pack.text(f"side.{verdict.side}")
    return pack.text(f"verdict.{verdict.verdict}")


def first_distinct(items: Iterable[T], quote_of: Callable[[T], str], limit: int = SHOWN_EVIDENCE) -> list[T]:
    """The first `limit` items, one per quote (evidence comes strongest first)."""
    shown: list[T] = []
    quotes: set[str] = set()
    for item in items:
        quote = quote_of(item)
        if quote in quotes:
            continue
        quotes.add(quote)
        shown.append(item)
        if len(shown) == limit:
            break
    return shown


def strongest(verdict: Verdict, limit: int = SHOWN_EVIDENCE) -> tuple[Evidence, ...]:
    """The strongest evidence, at most `limit`, one per quote."""
    return tuple(first_distinct(verdict.evidence, lambda item: item.quote, limit))
