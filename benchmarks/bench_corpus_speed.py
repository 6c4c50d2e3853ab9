"""Corpus speed and memory: articles/s for read + extract, and peak memory at two sizes.

The gazetteer is loaded once first (timed apart); then a synthetic corpus made by
benchmarks/gen_corpus.py (10,000 articles, seed text format, one file each; and the same as
one JSON Lines file) is streamed through corpus.extract_paths on one core. Baseline, side by
side: reading only (corpus.read_articles, no extraction). Memory: tracemalloc peak while
streaming 1,000 and 10,000 articles; flat means the second is not ten times the first.

Each rate is measured in ROUNDS rounds (default 3); the best is the machine's speed when
nothing else slows it, the median and worst show how much the shared VM varies.

Run: .venv/bin/python benchmarks/bench_corpus_speed.py [N [ROUNDS]]
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("SITREP_DATA_DIR", str(ROOT.parent / "shared" / "geodata"))

from gen_corpus import write  # noqa: E402

import geo  # noqa: E402
from corpus import extract_paths, read_articles  # noqa: E402

TARGET = 500.0  # articles per second per core (issue 4)


def timed(fn) -> tuple[int, float, float]:  # type: ignore[no-untyped-def]
    """Run ``fn``; return its count, wall seconds and CPU seconds of this process."""
    gc.collect()
    w, c = time.perf_counter(), time.process_time()
    n = fn()
    return n, time.perf_counter() - w, time.process_time() - c


def peak_mib(fn) -> float:  # type: ignore[no-untyped-def]
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    t = time.perf_counter()
    gaz = geo.Gazetteer.default()
    print(f"gazetteer load (once): {time.perf_counter() - t:.1f} s ({len(gaz):,} names); "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        folder = write(n, Path(tmp), "txt")
        jsonl = write(n, Path(tmp), "jsonl")
        small = write(n // 10, Path(tmp), "jsonl")
        list(extract_paths([small], gaz))  # warm the gazetteer's look-up caches
        print(f"{'corpus':17}{'articles':>9}{'baseline: read only':>21}"
              f"{'read + extract, per core (CPU)':>36}{'target':>10}", flush=True)  # fmt: skip
        print(f"{'':26}{'/s, best':>21}{'/s, best':>12}{'median':>10}{'worst':>9}"
              f"{'/s':>15}")  # fmt: skip
        for label, path in (("seed .txt files", folder), ("one .jsonl", jsonl)):
            read_rates, rates = [], []
            for _ in range(rounds):  # this shared VM's CPU speed drifts: best of N rounds
                nr, _, cr = timed(lambda p=path: sum(1 for _ in read_articles([p])))
                ne, _, ce = timed(lambda p=path: sum(1 for _ in extract_paths([p], gaz)))
                read_rates.append(nr / cr)
                rates.append(ne / ce)
            print(f"{label:17}{ne:9,}{max(read_rates):21,.0f}{max(rates):12,.0f}"
                  f"{statistics.median(rates):10,.0f}{min(rates):9,.0f}{TARGET:15,.0f}",
                  flush=True)  # fmt: skip
        m_small = peak_mib(lambda: sum(1 for _ in extract_paths([small], gaz)))
        m_big = peak_mib(lambda: sum(1 for _ in extract_paths([jsonl], gaz)))
    print(f"peak memory while streaming read + extract (tracemalloc): {n // 10:,} articles "
          f"{m_small:.1f} MiB, {n:,} articles {m_big:.1f} MiB "
          f"(x{m_big / m_small:.2f} for x10 the articles)")  # fmt: skip


if __name__ == "__main__":
    main()
