"""Engines map `analyze_chunk` over records: in this process, across local processes, or on Dask.

No analysis logic lives here: each engine only moves chunks of records to `analyze_chunk` and
hands back the results in input order, with a bounded number of chunks in flight (streaming).
"""
from __future__ import annotations

import itertools
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, Protocol, Sequence

from popcheck.batch.analyze_record import analyze_chunk
from popcheck.batch.records import BatchRecord, RecordResult
from popcheck.errors import UsageError

CHUNK_RECORDS = 16
# Dask moves each task through its scheduler: bigger tasks keep that overhead small.
DASK_CHUNK_RECORDS = 128


class _Future(Protocol):
    def result(self) -> Any: ...


def chunked(records: Iterable[BatchRecord], size: int = CHUNK_RECORDS) -> Iterator[list[BatchRecord]]:
    iterator = iter(records)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def ordered_map(submit: Callable[[list[BatchRecord]], _Future], chunks: Iterable[list[BatchRecord]],
                in_flight: int) -> Iterator[RecordResult]:
    """Submit chunks, at most `in_flight` at once, and yield their results in submission order."""
    pending: deque[_Future] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def run_inline(records: Iterable[BatchRecord], weights: str | None, keep: bool = False) -> Iterator[RecordResult]:
    for chunk in chunked(records):
        yield from analyze_chunk(chunk, weights, keep)


def run_local(records: Iterable[BatchRecord], workers: int | None, weights: str | None,
              keep: bool = False) -> Iterator[RecordResult]:
    """Processes across this machine's cores (one process: run in this one)."""
    count = workers or os.cpu_count() or 1
    if count <= 1:
        yield from run_inline(records, weights, keep)
        return
    with ProcessPoolExecutor(max_workers=count) as pool:
        yield from ordered_map(lambda chunk: pool.submit(analyze_chunk, chunk, weights, keep), chunked(records),
                               4 * count)


def run_dask(records: Iterable[BatchRecord], scheduler: str | None, workers: int | None,
             weights: str | None, keep: bool = False) -> Iterator[RecordResult]:
    """dask.distributed: the given scheduler, or a LocalCluster started here."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("the Dask engine needs the batch extra: pip install 'popcheck[batch]'") from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        slots = max(1, sum(client.nthreads().values()))
        yield from ordered_map(
            lambda chunk: client.submit(analyze_chunk, chunk, weights, keep, pure=False),
            chunked(records, DASK_CHUNK_RECORDS), 2 * slots,
        )
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def engine_results(engine: str, records: Iterable[BatchRecord], workers: int | None, scheduler: str | None,
                   weights: str | None, keep: bool = False) -> Iterator[RecordResult]:
    if engine == "local":
        return run_local(records, workers, weights, keep)
    if engine == "dask":
        return run_dask(records, scheduler, workers, weights, keep)
    raise UsageError(f"unknown engine {engine!r}: use local or dask")


__all__: Sequence[str] = ("engine_results", "run_dask", "run_inline", "run_local")
