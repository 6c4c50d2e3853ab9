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

With ``--dense DAYS`` the articles are not read and extracted: one report per article is
made directly, about the same 15 towns, all dated within DAYS days (the densest case: every
report of a town meets hundreds of others in its week); merge time only.

Run: ``.venv/bin/python benchmarks/bench_merge_colocated.py [--sizes 10000 100000]
[--dense 30]`` (100,000 articles take a few minutes, most of it extraction).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("SITREP_DATA_DIR", str(ROOT.parent / "shared" / "geodata"))

from gen_corpus import TOWNS, write  # noqa: E402

#: Extractions are kept here between runs (git-ignored): re-running times the merge again
#: without extracting 110,000 articles again; ``--fresh`` extracts anyway.
OUT = ROOT / "benchmarks" / "out"


def run(sizes: list[int], seed: int, *, fresh: bool = False) -> None:
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
            kept = OUT / f"merge-colocated-extractions-{n}-{seed}.pkl"
            t0 = time.process_time()
            if kept.is_file() and not fresh:  # extraction is not what is measured here
                extractions = pickle.loads(kept.read_bytes())
                t_extract_text = "kept"
            else:
                extractions = list(corpus.extract_paths([path], gaz))
                t_extract_text = f"{time.process_time() - t0:.1f}"
                OUT.mkdir(parents=True, exist_ok=True)
                kept.write_bytes(pickle.dumps(extractions, protocol=pickle.HIGHEST_PROTOCOL))
            reports = sum(len(ex.incidents) for ex in extractions)
            t0 = time.process_time()
            merged = merge_reports(extractions)
            t_merge = time.process_time() - t0
            first_merge = first_merge or t_merge
            print(f"{n_read:>9,} {t_read:>8.2f} {t_extract_text:>10} {reports:>8,} "
                  f"{len(merged):>9,} {t_merge:>8.2f} {t_merge / t_read:>10.2f} "
                  f"{t_merge / first_merge:>10.1f}x")  # fmt: skip
            del extractions, merged
            path.unlink()


#: The 15 towns of ``gen_corpus.TOWNS`` (GeoNames coordinates, rounded), for ``--dense``.
TOWN_POINTS = [(36.50, 40.75), (37.05, 41.22), (35.95, 39.01), (35.34, 40.14), (36.53, 37.95),
               (36.65, 40.37), (36.38, 38.86), (36.89, 38.35), (34.72, 40.79), (34.45, 40.92),
               (35.84, 38.55), (36.06, 40.73), (37.10, 40.93), (37.15, 42.16),
               (35.74, 40.55)]  # fmt: skip
KINDS = [("Battles", "Armed clash", "clashes"),
         ("Explosions/Remote violence", "Air/drone strike", "air strike"),
         ("Violence against civilians", "Attack", "attack"),
         ("Strategic developments", "Other", "prison break")]  # fmt: skip
ACTORS = [(), ("SDF",), ("IS",), ("SDF", "IS"), ("Turkey/SNA",), ("Syrian government",)]


def dense_reports(n: int, days: int, seed: int) -> list:
    """``n`` reports, one per article, about the 15 towns, dated within ``days`` days."""
    import random
    from datetime import date, timedelta

    from corpus.records import Figure
    from geo.records import Place
    from layers.records import Report

    r = random.Random(seed)
    places = [Place(f"town {k}", lat, lon, "SY", "P", f"SY{k:02d}", "town", f"geonames:{k}")
              for k, (lat, lon) in enumerate(TOWN_POINTS)]  # fmt: skip
    out = []
    for k in range(n):
        start = date(2022, 1, 1) + timedelta(days=r.randrange(days))
        et, sub, label = r.choice(KINDS)
        num = r.randint(1, 60)
        fig = Figure(number=num, low=num, high=num, qualifier="", category="killed", party=None,
                     claimant="SOHR", claimant_surface="SOHR", place=None, date=start,
                     date_precision="day", date_end=None, quote="q")  # fmt: skip
        place = r.choice(places)
        out.append(Report(
            report_id=f"r{k}", article_id=f"a{k:08d}", title="", url=None, outlet="AFP",
            agencies=(), claimants=("SOHR",), published=start + timedelta(days=1), figures=(fig,),
            quote="q", place=place, precision="town", date_start=start, date_end=start,
            date_precision="day", event_type=et, sub_event_type=sub, label=label,
            actors=r.choice(ACTORS),
        ))  # fmt: skip
    return out


def run_dense(sizes: list[int], days: int, seed: int) -> None:
    """Time the merge alone on :func:`dense_reports`; print one line per size."""
    from layers import merge_reports

    print(f"{len(TOWN_POINTS)} towns, one report per article, all within {days} days")
    print(f"{'reports':>9} {'incidents':>9} {'merge s':>8} {'merge ratio':>11}")
    first = None
    for n in sizes:
        reports = dense_reports(n, days, seed)
        t0 = time.process_time()
        merged = merge_reports(reports)
        t = time.process_time() - t0
        first = first or t
        print(f"{n:>9,} {len(merged):>9,} {t:>8.2f} {t / first:>10.1f}x")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--dense", type=int, metavar="DAYS", help="merge only: reports within DAYS")
    p.add_argument("--fresh", action="store_true", help="extract again, ignoring kept results")
    args = p.parse_args()
    if args.dense:
        run_dense(args.sizes, args.dense, args.seed)
    else:
        run(args.sizes, args.seed, fresh=args.fresh)


if __name__ == "__main__":
    main()
