"""Where batch rows go: Parquet, CSV or JSONL by the output's extension, written in chunks."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any, Iterable, Iterator, Protocol

from popcheck.batch.records import ROW_COLUMNS
from popcheck.errors import UsageError

OUTPUT_EXTENSIONS = (".parquet", ".csv", ".jsonl")


class RowSink(Protocol):
    def write(self, rows: list[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...


def output_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in OUTPUT_EXTENSIONS:
        raise UsageError(f"{path}: choose an output ending in {', '.join(OUTPUT_EXTENSIONS)}")
    return suffix[1:]


def done_ids(path: Path) -> set[str]:
    """Meeting ids already in an output (for --resume)."""
    if not path.exists():
        return set()
    kind = output_kind(path)
    if kind == "jsonl":
        with path.open(encoding="utf-8") as lines:
            return {json.loads(line)["meeting_id"] for line in lines if line.strip()}
    if kind == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["meeting_id"] for row in csv.DictReader(handle)}
    import pyarrow.parquet as pq

    return set(pq.read_table(path, columns=["meeting_id"]).column("meeting_id").to_pylist())


def iter_output_rows(path: Path) -> Iterator[dict[str, Any]]:
    """The rows already in an output, read in chunks."""
    if not path.exists():
        return
    kind = output_kind(path)
    if kind == "jsonl":
        with path.open(encoding="utf-8") as lines:
            yield from (json.loads(line) for line in lines if line.strip())
    elif kind == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            yield from csv.DictReader(handle)
    else:
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=5000):
            yield from batch.to_pylist()


class JsonlSink:
    def __init__(self, path: Path, append: bool) -> None:
        self._handle = path.open("a" if append else "w", encoding="utf-8")

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._handle.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


class CsvSink:
    def __init__(self, path: Path, append: bool) -> None:
        fresh = not (append and path.exists() and path.stat().st_size)
        self._handle = path.open("a" if append else "w", encoding="utf-8", newline="")
        self._writer = csv.DictWriter(self._handle, fieldnames=ROW_COLUMNS)
        if fresh:
            self._writer.writeheader()

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._writer.writerows(rows)
        self._handle.flush()

    def close(self) -> None:
        self._handle.close()


class ParquetSink:
    """Parquet cannot be appended to: on resume the old row groups are copied into the new file first."""

    def __init__(self, path: Path, append: bool) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self._pa = pa
        self._schema = pa.schema([
            (column, pa.float64() if column == "p_decider" else pa.string()) for column in ROW_COLUMNS
        ])
        self._path = path
        self._partial = path.with_name(path.name + ".partial")
        self._writer = pq.ParquetWriter(self._partial, self._schema)
        if append and path.exists():
            old = pq.ParquetFile(path)
            for index in range(old.num_row_groups):
                self._writer.write_table(old.read_row_group(index).cast(self._schema))

    def write(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._writer.write_table(self._pa.Table.from_pylist(rows, schema=self._schema))

    def close(self) -> None:
        self._writer.close()
        shutil.move(str(self._partial), str(self._path))


def open_sink(path: Path, append: bool) -> RowSink:
    kind = output_kind(path)
    if kind == "jsonl":
        return JsonlSink(path, append)
    if kind == "csv":
        return CsvSink(path, append)
    return ParquetSink(path, append)


def write_errors(path: Path, errors: Iterable[dict[str, str]], append: bool) -> None:
    with path.open("a" if append else "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(error, ensure_ascii=False) + "\n" for error in errors)
