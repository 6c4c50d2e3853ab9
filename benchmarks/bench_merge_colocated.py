"""Benchmark: merging reports of many articles about the same 15 towns (issue 16 item 9).

The corpus is ``benchmarks/gen_corpus.py``'s: N wire-style articles in our own words, all
about the same 15 towns of north-east Syria, published over the same two years, so 10x
the articles means 10x as many reports per town and week. For each N the script times:

* ``read``     reading alone (``corpus.read_articles`` over the JSON Lines file);
* ``extract``  reading + extraction (``corpus.extract_paths``, default gazetteer);
* ``merge``    ``layers.merge_reports`` over the extractions (what used to be quadratic).

in CPU seconds of this process (``time.process_time``: the machine is shared, and wall
time swings with the other loads), and prints the merge time, its ratio to the first N's
merge time, and its ratio to reading alone. Near-linear: 100,000 articles merge in under
15x the time of 10,000. Prints figures; asserts nothing (the scaling test is
``tests/layers/test_merge_scaling.py``, which counts compared pairs, not seconds).

Run: ``.venv/bin/python benchmarks/bench_merge_colocated.py [--sizes 10000 100000]``
(100,000 articles take a few minutes, most of it extraction).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("SITREP_DATA_DIR", str(ROOT.parent / "shared" / "geodata"))

from gen_corpus import TOWNS, write  # noqa: E402


def run(sizes: list[int], seed: int) -> None:
    """Time read, extract and merge for each size; print one line each, then the ratios."""
    import corpus
    import geo
    from layers import merge_reports

    gaz = geo.Gazetteer.default()
    print(f"{len(TOWNS)} towns, articles published over two years, seed {seed}")
    print(f"{'articles':>9} {'read s':>8} {'extract s':>10} {'reports':>8} {'incidents':>9} "
          f"{'merge s':>8} {'merge/read':>10} {'merge ratio':>11}")  # fmt: skip
    first_merge = None
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-merge-") as tmp:
        for n in sizes:
            path = write(n, Path(tmp), "jsonl", seed)
            t0 = time.process_time()
            n_read = sum(1 for _ in corpus.read_articles([path]))
            t_read = time.process_time() - t0
            t0 = time.process_time()
            extractions = list(corpus.extract_paths([path], gaz))
            t_extract = time.process_time() - t0
            reports = sum(len(ex.incidents) for ex in extractions)
            t0 = time.process_time()
            merged = merge_reports(extractions)
            t_merge = time.process_time() - t0
            first_merge = first_merge or t_merge
            print(f"{n_read:>9,} {t_read:>8.2f} {t_extract:>10.1f} {reports:>8,} "
                  f"{len(merged):>9,} {t_merge:>8.2f} {t_merge / t_read:>10.2f} "
                  f"{t_merge / first_merge:>10.1f}x")  # fmt: skip
            del extractions, merged
            path.unlink()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args()
    run(args.sizes, args.seed)


if __name__ == "__main__":
    main()
