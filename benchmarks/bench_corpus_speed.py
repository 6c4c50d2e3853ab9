"""Corpus speed and memory: articles/s for read + extract, and peak memory at two sizes.

The gazetteer is loaded once first (timed apart); then a synthetic corpus made by
benchmarks/gen_corpus.py (10,000 articles, seed text format, one file each; and the same as
one JSON Lines file) is streamed through corpus.extract_paths on one core. Baseline, side by
side: reading only (corpus.read_articles, no extraction). Memory: tracemalloc peak while
streaming 1,000 and 10,000 articles; flat means the second is not ten times the first.

Run: .venv/bin/python benchmarks/bench_corpus_speed.py [N]
"""

from __future__ import annotations

import gc
import os
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

TARGET = 500.0


def timed(fn) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    gc.collect()
    t = time.perf_counter()
    n = fn()
    return n, time.perf_counter() - t


def peak_mib(fn) -> float:  # type: ignore[no-untyped-def]
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    t = time.perf_counter()
    gaz = geo.Gazetteer.default()
    load = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        folder = write(n, Path(tmp), "txt")
        jsonl = write(n, Path(tmp), "jsonl")
        small = write(n // 10, Path(tmp), "jsonl")
        list(extract_paths([small], gaz))  # warm the gazetteer's look-up caches
        rows = []
        for label, path in (("seed .txt files", folder), ("one .jsonl", jsonl)):
            nr, tr = timed(lambda p=path: sum(1 for _ in read_articles([p])))
            ne, te = timed(lambda p=path: sum(1 for _ in extract_paths([p], gaz)))
            rows.append((label, nr, nr / tr, ne, ne / te))
        m_small = peak_mib(lambda: sum(1 for _ in extract_paths([small], gaz)))
        m_big = peak_mib(lambda: sum(1 for _ in extract_paths([jsonl], gaz)))
    print(f"gazetteer load (once): {load:.1f} s   ({len(gaz):,} names)")
    print(f"{'corpus':18}{'articles':>10}{'read only /s':>15}{'read+extract /s':>18}"
          f"{'target /s':>11}")  # fmt: skip
    for label, nr, rr, _ne, re_ in rows:
        print(f"{label:18}{nr:10,}{rr:15,.0f}{re_:18,.0f}{TARGET:11,.0f}")
    print(f"peak memory while streaming (tracemalloc): {n // 10:,} articles {m_small:.1f} MiB, "
          f"{n:,} articles {m_big:.1f} MiB (x{m_big / m_small:.2f} for x10 articles)")  # fmt: skip


if __name__ == "__main__":
    main()
