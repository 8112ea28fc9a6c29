"""Benchmarks of `popcheck batch` (issue: analyse whole call archives).

Targets: records/s with 1 and 2 workers (local processes and a Dask LocalCluster), scaling
efficiency at 2 workers 0.8 or better; peak memory at 100,000 records within 10% of that at 10,000.

Run: python bench/batch_bench.py --records 2000 [--memory 10000 100000]
Each measurement runs in its own process so peak memory (ru_maxrss) is per run.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import meeting  # noqa: E402

TURNS_PER_RECORD = 120  # about 20 minutes of talk


def make_archive(path: Path, records: int) -> None:
    """A JSONL table of generated meetings (a few distinct texts, so generation stays cheap)."""
    texts = [meeting(TURNS_PER_RECORD, seed=seed) for seed in range(16)]
    with path.open("w", encoding="utf-8") as handle:
        for index in range(records):
            handle.write(json.dumps({
                "meeting_id": f"m{index:07d}", "transcript": texts[index % len(texts)], "sellers": "Roman Petrov",
                "date": f"2025-{index % 12 + 1:02d}-01", "lead_source": ["webinar", "cold", "referral"][index % 3],
                "booked_by": ["Eva", "Tom"][index % 2],
            }) + "\n")


_RUN = """
import resource, sys, time
from pathlib import Path
from popcheck.batch.runner import BatchOptions, run_batch
start = time.perf_counter()
summary = run_batch(BatchOptions([sys.argv[1]], Path(sys.argv[2]), engine=sys.argv[3], workers=int(sys.argv[4])))
seconds = time.perf_counter() - start
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(summary.records, seconds, own, children)
"""


def run(archive: Path, engine: str, workers: int) -> tuple[int, float, float, float]:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.parquet"
        result = subprocess.run([sys.executable, "-c", _RUN, str(archive), str(out), engine, str(workers)],
                                check=True, capture_output=True, text=True, cwd=ROOT)
    records, seconds, own, children = result.stdout.split()[-4:]
    return int(records), float(seconds), float(own), float(children)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--memory", type=int, nargs="*", default=[], help="record counts to compare peak memory")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "calls.jsonl"
        make_archive(archive, options.records)
        rates = {}
        for engine in ("local", "dask"):
            for workers in (1, 2):
                records, seconds, own, children = run(archive, engine, workers)
                rates[(engine, workers)] = records / seconds
                print(f"{engine:5s} {workers} worker(s): {records / seconds:7.1f} records/s "
                      f"({records} in {seconds:.1f} s; peak RSS main {own:.0f} MB, workers {children:.0f} MB)")
        for engine in ("local", "dask"):
            efficiency = rates[(engine, 2)] / (2 * rates[(engine, 1)])
            print(f"{engine}: scaling efficiency at 2 workers {efficiency:.2f} (target 0.8)")
        for count in options.memory:
            big = Path(folder) / f"calls-{count}.jsonl"
            make_archive(big, count)
            records, seconds, own, children = run(big, "local", 2)
            print(f"{count} records, local 2 workers: {records / seconds:.1f} records/s, "
                  f"peak RSS main {own:.0f} MB, workers {children:.0f} MB")
            big.unlink()


if __name__ == "__main__":
    main()
