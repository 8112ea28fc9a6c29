"""What a batch works on: one meeting record with its metadata, and the rows it yields."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

# Metadata columns every output row carries (empty where the input has none).
META_COLUMNS: tuple[str, ...] = ("date", "lead_source", "booked_by", "campaign")
ROW_COLUMNS: tuple[str, ...] = (
    "meeting_id", "source", "name", "verdict", "p_decider", "language", "form", "sellers",
    "top_evidence", *META_COLUMNS,
)


@dataclass(frozen=True, slots=True)
class BatchRecord:
    """A record to analyse: a file path or the transcript's text, with its metadata."""

    meeting_id: str
    source: str
    path: str | None = None
    text: str | None = None
    sellers: tuple[str, ...] = ()
    meta: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RecordResult:
    """Rows for one record, or the error that stopped it."""

    meeting_id: str
    source: str
    rows: tuple[dict[str, Any], ...] = ()
    error: str | None = None
    facts: Any = None  # what the workspace keeps of the analysis (with --store)
    record_text: str | None = None
