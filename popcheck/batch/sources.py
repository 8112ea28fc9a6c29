"""Where batch records come from: folders, globs, and JSONL / CSV / Parquet tables (read in chunks)."""
from __future__ import annotations

import csv
import glob
import json
import os
from pathlib import Path
from typing import Iterator, Mapping, Sequence

from popcheck.batch.records import META_COLUMNS, BatchRecord
from popcheck.errors import UsageError

RECORD_EXTENSIONS = (".vtt", ".srt", ".txt", ".md", ".json")
TABLE_EXTENSIONS = (".jsonl", ".ndjson", ".csv", ".parquet")
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("transcript", "text", "record"),
    "meeting_id": ("meeting_id", "id", "call_id"),
    "sellers": ("sellers", "seller", "rep"),
    "date": ("date", "meeting_date", "started_at"),
    "lead_source": ("lead_source", "source"),
    "booked_by": ("booked_by", "setter", "appointment_setter"),
    "campaign": ("campaign",),
}


def _looks_like_record(path: Path) -> bool:
    """Files without a known extension count when their start looks like subtitles."""
    try:
        head = path.read_bytes()[:512].lstrip(b"\xef\xbb\xbf").lstrip()
    except OSError:
        return False
    return head.startswith(b"WEBVTT") or b"-->" in head[:200]


def _files(root: Path) -> Iterator[Path]:
    for directory, folders, names in os.walk(root):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(names):
            if name.startswith("."):
                continue
            path = Path(directory) / name
            if path.suffix.lower() in RECORD_EXTENSIONS or (not path.suffix and _looks_like_record(path)):
                yield path


def _file_record(path: Path) -> BatchRecord:
    """A file's meeting id is its normalised path, the same whether it came from a folder, a glob or by name."""
    meeting_id = os.path.normpath(str(path))
    return BatchRecord(meeting_id=meeting_id, source=meeting_id, path=str(path))


def _pick(row: Mapping[str, object], field: str, mapping: Mapping[str, str]) -> object:
    if field in mapping:
        return row.get(mapping[field])
    for column in DEFAULT_COLUMNS[field]:
        if column in row:
            return row[column]
    return None


def _table_record(row: Mapping[str, object], number: int, source: str, mapping: Mapping[str, str]) -> BatchRecord:
    text = _pick(row, "text", mapping)
    meeting_id = _pick(row, "meeting_id", mapping)
    sellers = _pick(row, "sellers", mapping)
    seller_list = tuple(s.strip() for s in str(sellers).replace(",", ";").split(";") if s.strip()) if sellers else ()
    meta = {field: "" if _pick(row, field, mapping) is None else str(_pick(row, field, mapping)) for field in META_COLUMNS}
    return BatchRecord(
        meeting_id=str(meeting_id) if meeting_id not in (None, "") else f"{Path(source).name}#{number}",
        source=f"{Path(source).name}#{number}", text=text if isinstance(text, str) else "",
        sellers=seller_list, meta=meta,
    )


def _table_rows(path: Path, chunk_rows: int) -> Iterator[Mapping[str, object]]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError:
                        yield {"__error__": f"line {number} is not JSON"}
    elif suffix == ".csv":
        csv.field_size_limit(50 * 1024 * 1024)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from csv.DictReader(handle)
    else:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk_rows):
            yield from batch.to_pylist()


def _check_mapping(path: Path, mapping: Mapping[str, str]) -> None:
    unknown = sorted(set(mapping) - set(DEFAULT_COLUMNS))
    if unknown:
        raise UsageError(f"{path}: unknown column mapping {unknown}; map one of {', '.join(DEFAULT_COLUMNS)}")


def iter_records(inputs: Sequence[str], mapping: Mapping[str, str] | None = None,
                 chunk_rows: int = 1000) -> Iterator[BatchRecord]:
    """Every record of every input, in a deterministic order, read lazily."""
    mapping = mapping or {}
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for file in _files(path):
                yield _file_record(file)
        elif path.is_file() and path.suffix.lower() in TABLE_EXTENSIONS:
            _check_mapping(path, mapping)
            for number, row in enumerate(_table_rows(path, chunk_rows), 1):
                if "__error__" in row:
                    yield BatchRecord(f"{path.name}#{number}", f"{path.name}#{number}", text="")
                    continue
                yield _table_record(row, number, str(path), mapping)
        elif path.is_file():
            yield _file_record(path)
        else:
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise UsageError(f"{item}: no such file, folder or matching files. Check the path")
            for match in matches:
                if Path(match).is_file():
                    yield _file_record(Path(match))


def count_records(inputs: Sequence[str]) -> int | None:
    """How many records the inputs hold, for the progress bar's ETA (None when unknown)."""
    total = 0
    for item in inputs:
        path = Path(item)
        suffix = path.suffix.lower()
        if path.is_dir():
            total += sum(1 for _ in _files(path))
        elif path.is_file() and suffix == ".parquet":
            import pyarrow.parquet as pq

            total += pq.ParquetFile(path).metadata.num_rows
        elif path.is_file() and suffix in (".jsonl", ".ndjson"):
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        elif path.is_file() and suffix == ".csv":
            return None
        elif path.is_file():
            total += 1
        else:
            total += sum(1 for match in glob.glob(item, recursive=True) if Path(match).is_file())
    return total
