"""Blind in-context benchmark: sites, namesakes, metonymy and person names in running text.

Reads ``benchmarks/data/geo_context_blind.csv`` (sentences of our own, written before looking at
how ``geoparse`` handles them; the file's header says what each kind means) and runs
``geo.geoparse(text, Gazetteer.default(), country="SY")`` on each row. Scores:

* site / namesake / place: a mapped (non-metonymic) mention overlapping the surface lies in the
  right governorate; for sites also how often the mention covers the whole site name (head noun
  included: "Qara Qozak bridge", not just "Qara Qozak");
* metonymy: no mention overlapping the surface is mapped as a place;
* person, notplace: no mention overlapping the name is mapped as a place (false places);
* spelling: as place (a town in a press or transliterated spelling);
* rows with ``lat``/``lon`` (optional columns) are also scored within 10 km of that point.

Run: ``SITREP_DATA_DIR=../shared/geodata .venv/bin/python benchmarks/bench_geo_context.py [-v]``
(``--data FILE`` to score another CSV of the same columns).
"""

from __future__ import annotations

import argparse
import csv
import math
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SITREP_DATA_DIR", str(ROOT.parent / "shared" / "geodata"))

import geo  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "geo_context_blind.csv"


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dlon = math.radians(lon2 - lon1)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("-v", action="store_true", help="list the misses")
    args = ap.parse_args()
    gaz = geo.Gazetteer.default()
    total: Counter[str] = Counter()
    good: Counter[str] = Counter()
    whole = 0
    near = near_n = 0
    misses: list[str] = []
    for row in read_rows(args.data):
        kind, text, surface = row["kind"], row["text"], row["surface"]
        # every occurrence of the surface counts ("the Manbij Military Council ... on Manbij")
        spans = []
        at = text.find(surface)
        while at >= 0:
            spans.append((at, at + len(surface)))
            at = text.find(surface, at + 1)
        mentions = geo.geoparse(text, gaz, country="SY")
        over = [m for m in mentions if any(m.start < e and m.end > s for s, e in spans)]
        mapped = [m for m in over if m.place is not None and not m.metonymy]
        total[kind] += 1
        got = ", ".join(
            f"{m.surface!r}->{m.place.name if m.place else None}"
            f"/{m.place.admin1_pcode if m.place else None}{' (meto)' if m.metonymy else ''}"
            for m in over
        )
        if kind in ("site", "namesake", "place", "spelling"):
            want = set(row["pcode"].split("|"))
            ok = any(m.place is not None and m.place.admin1_pcode in want for m in mapped)
            if row.get("lat") and row.get("lon"):
                near_n += 1
                lat, lon = float(row["lat"]), float(row["lon"])
                pts = [(m.place.lat, m.place.lon) for m in mapped if m.place is not None]
                if any(km(lat, lon, a, b) <= 10 for a, b in pts):
                    near += 1
                elif ok:
                    misses.append(f"  {row['id']} far   {surface!r}: {got}")
            covers = any(m.start <= s and m.end >= e for m in mapped for s, e in spans)
            if kind == "site" and ok and covers:
                whole += 1
            elif kind == "site" and ok:
                misses.append(f"  {row['id']} part  {surface!r}: {got}")
        else:
            ok = not mapped
        if ok:
            good[kind] += 1
        else:
            want_s = row["pcode"] or "-"
            misses.append(f"  {row['id']} MISS  {surface!r} want {want_s}: {got or '-'}")
    for kind in ("site", "namesake", "place", "spelling", "metonymy", "person", "notplace"):
        if total[kind]:
            print(f"{kind:9s} {good[kind]:3d}/{total[kind]:3d} = {good[kind] / total[kind]:.2f}")
    if total["site"]:
        print(f"site names kept whole: {whole}/{total['site']}")
    if near_n:
        print(f"within 10 km: {near}/{near_n} = {near / near_n:.2f}")
    if args.v:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
