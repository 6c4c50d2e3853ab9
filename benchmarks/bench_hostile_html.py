"""Benchmark: reading hostile HTML (issue 16 item 4), time against the page's size.

Pages of our own with thousands of open tags and stray end tags (the shape that made the
old parser quadratic: a 360 kB page took 13-18 s) are read by ``corpus.read_articles`` at
1x, 2x, 4x and 8x the size. The script prints CPU seconds per page ("deep": open tags past
the depth limit; "stray": stray end tags, every word read), the stray page's ratio to its
1x size (linear: about 2, 4, 8) and, as a baseline side by side, a plain page's time.
Prints figures; asserts nothing.

Run: ``.venv/bin/python benchmarks/bench_hostile_html.py [--base 4000]``
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import corpus

TEXT = "The SDF said 5 fighters were killed in Raqqa on Monday."


def _page(kind: str, n: int) -> str:
    if kind == "deep":  # open tags past the depth limit, then stray end tags
        junk = "<div><span><b>" * n + "</i></em></p>" * n
    elif kind == "stray":  # stray end tags at a shallow depth: every word is read
        junk = "<b>x</b></i></em></p></div>" * n
    else:
        junk = "<p>Background on the dam and the river crossings.</p>" * (n // 2)
    return f"<html><body><p>{TEXT}</p>{junk}<p>Closing words.</p></body></html>"


def _read_seconds(path: Path) -> float:
    t0 = time.process_time()
    list(corpus.read_articles([path], problems=[]))
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", type=int, default=4000, help="tag triples in the 1x page")
    args = ap.parse_args()
    print(f"{'size':>5} {'kB':>7} {'deep s':>8} {'stray s':>8} {'ratio':>6} {'plain s':>8}")
    first = None
    with tempfile.TemporaryDirectory() as tmp:
        for mult in (1, 2, 4, 8):
            times = {}
            for kind in ("deep", "stray", "plain"):
                p = Path(tmp, f"{kind}{mult}.html")
                p.write_text(_page(kind, args.base * mult), encoding="utf-8")
                times[kind] = _read_seconds(p)
            first = first or times["stray"]
            kb = Path(tmp, f"stray{mult}.html").stat().st_size / 1024
            print(
                f"{mult:>4}x {kb:7.0f} {times['deep']:8.3f} {times['stray']:8.3f} "
                f"{times['stray'] / first:6.1f} {times['plain']:8.3f}"
            )


if __name__ == "__main__":
    main()
