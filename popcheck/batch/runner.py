"""`popcheck batch`: stream records through an engine into an output table, an errors file and a summary."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Mapping, Sequence

from popcheck.batch.engines import engine_results
from popcheck.batch.records import BatchRecord
from popcheck.batch.sinks import done_ids, iter_output_rows, open_sink, output_kind, write_errors
from popcheck.batch.sources import iter_records
from popcheck.batch.store_sink import WorkspaceSink
from popcheck.batch.summary import Summary

WRITE_EVERY_ROWS = 2000


@dataclass(frozen=True)
class BatchOptions:
    inputs: Sequence[str]
    out: Path
    engine: str = "local"
    workers: int | None = None
    scheduler: str | None = None
    resume: bool = False
    columns: Mapping[str, str] | None = None
    weights: str | None = None
    store_url: str | None = None  # with store_owner: also save into the workspace database
    store_owner: str | None = None

    @property
    def errors_path(self) -> Path:
        return self.out.with_name(self.out.stem + ".errors.jsonl")

    @property
    def summary_path(self) -> Path:
        return self.out.with_name(self.out.stem + ".summary.json")


def run_batch(options: BatchOptions, progress: Callable[[int], None] | None = None) -> Summary:
    """Analyse every record; per-record failures go to the errors file and never stop the run."""
    output_kind(options.out)
    summary = Summary()
    skip = done_ids(options.out) if options.resume else set()
    if options.resume and options.errors_path.exists():
        with options.errors_path.open(encoding="utf-8") as lines:
            skip |= {json.loads(line)["meeting_id"] for line in lines if line.strip()}

    store = WorkspaceSink(options.store_url, options.store_owner) if options.store_url and options.store_owner else None
    by_id: dict[str, BatchRecord] = {}

    def todo() -> Iterator[BatchRecord]:
        for record in iter_records(options.inputs, options.columns):
            if record.meeting_id in skip:
                summary.skipped += 1
                continue
            if store is not None:
                by_id[record.meeting_id] = record
            yield record

    sink = open_sink(options.out, append=options.resume)
    pending_rows: list[dict] = []
    pending_errors: list[dict[str, str]] = []
    write_errors(options.errors_path, [], append=options.resume)
    try:
        results = engine_results(options.engine, todo(), options.workers, options.scheduler, options.weights,
                                 keep=store is not None)
        for result in results:
            summary.records += 1
            if store is not None:
                store.add(by_id.pop(result.meeting_id), result)
            if result.error is not None:
                summary.failed += 1
                pending_errors.append({"meeting_id": result.meeting_id, "source": result.source, "error": result.error})
            else:
                pending_rows.extend(result.rows)
                summary.add_rows(result.rows)
            if len(pending_rows) >= WRITE_EVERY_ROWS:
                sink.write(pending_rows)
                pending_rows = []
            if pending_errors and len(pending_errors) >= 100:
                write_errors(options.errors_path, pending_errors, append=True)
                pending_errors = []
            if progress is not None:
                progress(1)
    finally:
        sink.write(pending_rows)
        sink.close()
        write_errors(options.errors_path, pending_errors, append=True)
        if store is not None:
            store.flush()
            summary.stored = store.saved
            store.close()
    if options.resume:  # the rates cover the whole output, not only this run's records
        whole = Summary()
        whole.add_rows(iter_output_rows(options.out))
        summary.overall, summary.groups = whole.overall, whole.groups
    options.summary_path.write_text(json.dumps(summary.to_dict(), indent=1, ensure_ascii=False), encoding="utf-8")
    return summary
