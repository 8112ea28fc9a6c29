"""The one function every engine maps over records: analyse one, return its rows or its error."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from popcheck.analyzer import Analyzer
from popcheck.batch.records import META_COLUMNS, BatchRecord, RecordResult
from popcheck.errors import PopcheckError
from popcheck.readers import read, read_text

TOP_EVIDENCE = 3


@lru_cache(maxsize=4)
def _analyzer(weights: str | None) -> Analyzer:
    return Analyzer(weights)


def analyze_record(record: BatchRecord, weights: str | None = None, keep: bool = False) -> RecordResult:
    """Analyse one record; a record that cannot be read gives an error result, never an exception.

    With `keep`, the result also carries what the workspace stores of the analysis (`--store`).
    """
    try:
        if record.path is not None:
            transcript = read(record.path)
        else:
            transcript = read_text(record.text or "", record.source)
        analysis = _analyzer(weights).analyze_transcript(transcript, sellers=list(record.sellers) or None)
    except PopcheckError as error:
        return RecordResult(record.meeting_id, record.source, error=str(error))
    sellers = ";".join(p.name for p in analysis.participants if p.side == "seller")
    rows = []
    for verdict in analysis.buyers:
        evidence = " | ".join(f"{e.signal}: {e.quote}" for e in verdict.evidence[:TOP_EVIDENCE])
        rows.append({
            "meeting_id": record.meeting_id, "source": record.source, "name": verdict.name,
            "verdict": verdict.verdict, "p_decider": round(verdict.p_decider or 0.0, 4),
            "language": analysis.language, "form": transcript.form, "sellers": sellers,
            "top_evidence": evidence, **{column: str(record.meta.get(column, "") or "") for column in META_COLUMNS},
        })
    if not keep:
        return RecordResult(record.meeting_id, record.source, rows=tuple(rows))
    from popcheck.web.analysis_page import facts_of

    text = record.text if record.path is None else "\n".join(f"{t.speaker}: {t.text}" for t in transcript.turns)
    return RecordResult(record.meeting_id, record.source, rows=tuple(rows), facts=facts_of(analysis),
                        record_text=text)


def analyze_chunk(records: Sequence[BatchRecord], weights: str | None = None, keep: bool = False) -> list[RecordResult]:
    """A partition's worth of records (what every engine maps)."""
    return [analyze_record(record, weights, keep) for record in records]
