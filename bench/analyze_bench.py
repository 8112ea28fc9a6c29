"""Benchmarks of the core engine (issue: analyse a meeting record).

Targets: a one-hour meeting (~1,000 turns, ~10,000 words) analysed in 50 ms or less (median,
one core, after loading), cost linear in length (1x, 10x, 100x), `popcheck --help` in 0.3 s,
`popcheck analyze` end to end in 1 s, peak memory 200 MB; live coaching 5 ms p99 per turn.

Run: python bench/analyze_bench.py [--quick]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.generate import meeting  # noqa: E402


def median_ms(action, runs: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def command_seconds(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_memory_mb(args: list[str]) -> float:
    """Peak resident memory of one `popcheck` run, measured from a parent that only waits for it."""
    code = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer runs, no 100x")
    options = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from popcheck.analyzer import Analyzer
    from popcheck.live.incremental import IncrementalAnalyzer
    from popcheck.readers import read_text

    analyzer = Analyzer()
    hour = read_text(meeting(1000), "hour.txt")
    words = sum(len(turn.text.split()) for turn in hour.turns)
    analyzer.analyze_transcript(hour, sellers=["Roman Petrov"])  # warm up
    runs = 5 if options.quick else 21
    one = median_ms(lambda: analyzer.analyze_transcript(hour, sellers=["Roman Petrov"]), runs)
    print(f"one-hour meeting: {len(hour.turns)} turns, {words} words: median {one:.1f} ms (target 50 ms)")
    for factor in (10,) if options.quick else (10, 100):
        big = read_text(meeting(1000 * factor, seed=factor), "big.txt")
        ms = median_ms(lambda: analyzer.analyze_transcript(big, sellers=["Roman Petrov"]), 3 if factor == 10 else 1)
        big_words = sum(len(turn.text.split()) for turn in big.turns)
        ratio = (ms / big_words) / (one / words)
        print(f"{factor}x ({len(big.turns)} turns, {big_words} words): {ms:.0f} ms; cost per word {ratio:.2f}x "
              f"that of the one-hour meeting (1.00 = linear)")

    live = IncrementalAnalyzer(analyzer, sellers=["Roman Petrov"], language="en")
    latencies = []
    for turn in hour.turns:
        start = time.perf_counter()
        live.add(turn.speaker, turn.text, turn.start, turn.end)
        latencies.append((time.perf_counter() - start) * 1000)
    latencies.sort()
    p99 = latencies[int(0.99 * (len(latencies) - 1))]
    print(f"live coaching, 1,000 turns: p50 {latencies[len(latencies) // 2]:.2f} ms, p99 {p99:.2f} ms (target 5 ms)")

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hour.txt"
        path.write_text(meeting(1000), encoding="utf-8")
        executable = str(Path(sys.executable).with_name("popcheck"))
        help_s = command_seconds([executable, "--help"])
        print(f"popcheck --help: {help_s:.2f} s (target 0.3 s)")
        end_to_end = command_seconds([executable, "analyze", str(path), "--format", "json"], runs=3)
        print(f"popcheck analyze (one-hour meeting, JSON) end to end: {end_to_end:.2f} s (target 1 s)")
        peak = peak_memory_mb([executable, "analyze", str(path), "--format", "json"])
        print(f"peak memory of that run: {peak:.0f} MB (target 200 MB)")


if __name__ == "__main__":
    main()
