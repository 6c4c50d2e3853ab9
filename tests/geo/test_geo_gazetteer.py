"""The offline gazetteer: spellings, provinces from the real OCHA polygons, user sources, cache."""

from __future__ import annotations

import csv
import logging
from importlib import resources
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Point

import geo
from geo import gazetteer as gazetteer_mod
from geo.normalize import name_key, skeleton


@pytest.fixture(scope="module")
def polygons():
    return geo.load_admin1().set_index("admin1_pcode")


def _inside(place: geo.Place, polygons, pcode: str, *, within_m: float = 5000) -> bool:
    """Inside the governorate's polygon, or (border towns) within 5 km of it."""
    poly = gpd.GeoSeries([polygons.loc[pcode].geometry], crs=4326).to_crs(32637).iloc[0]
    pt = gpd.GeoSeries([Point(place.lon, place.lat)], crs=4326).to_crs(32637).iloc[0]
    return bool(poly.distance(pt) <= within_m)


HASAKAH_CITY = "geonames:173811"


@pytest.mark.parametrize(
    "spelling",
    [
        "Al-Hasakah",
        "Hassaké",
        "Hassakeh",
        "al-Hasaka",
        "Al Ḩasakah",
        "Hasakah",
        "Al-Hasakeh",
        "El Hassakeh",
        "Hasaka",
        "Al Hasakah",
        "الحسكة",
        "AL-HASAKAH",
    ],
)
def test_hasakah_spellings_resolve_to_the_city(gaz, polygons, spelling):
    best = gaz.lookup(spelling, country="SY")[0]
    assert best.gazetteer_id == HASAKAH_CITY
    assert best.precision == "town"
    assert (best.admin1, best.admin1_pcode) == ("Al-Hasakeh", "SY08")
    assert _inside(best, polygons, "SY08")


@pytest.mark.parametrize(
    "spelling",
    [
        "Ghwayran",
        "Ghuwayran",
        "Gweran",
        "Ghweiran",
        "Ghweran",
        "al-Sina'a prison",
        "Ghwayran prison",
        "al-Sinaa prison",
    ],
)
def test_ghwayran_is_the_prison_site_in_hasakah(gaz, polygons, spelling):
    best = gaz.lookup(spelling, country="SY")[0]
    assert best.gazetteer_id == "overlay:ghwayran-prison"
    assert best.precision == "site"
    assert best.feature_code == "PRN"
    assert best.admin1_pcode == "SY08"
    assert _inside(best, polygons, "SY08")
    city = gaz.get(HASAKAH_CITY)
    assert gazetteer_mod._haversine_km(best.lat, best.lon, city.lat, city.lon) < 6


@pytest.mark.parametrize(
    ("spelling", "pcode", "gid"),
    [
        ("Deir ez-Zor", "SY09", "geonames:170794"),
        ("Deir Ez-Zor", "SY09", "geonames:170794"),
        ("Dayr az-Zawr", "SY09", "geonames:170794"),
        ("Deir al-Zour", "SY09", "geonames:170794"),
        ("Deïr ez-Zor", "SY09", "geonames:170794"),
        ("Qamishli", "SY08", "geonames:173377"),
        ("Qamişlo", "SY08", "geonames:173377"),
        ("Kamechlie", "SY08", "geonames:173377"),
        ("Serê Kaniyê", "SY08", "geonames:165509"),
        ("Ras al-Ain", "SY08", "geonames:165509"),
        ("Kobanê", "SY02", "geonames:172256"),
        ("Kobani", "SY02", "geonames:172256"),
        ("Raqqa", "SY11", "geonames:172955"),
        ("Ar-Raqqah", "SY11", "geonames:172955"),
        ("Tabqa", "SY11", "geonames:172374"),
        ("Tabaqa", "SY11", "geonames:172374"),
        ("Manbij", "SY02", "geonames:167357"),
        ("Idleb", "SY07", "geonames:169389"),
        ("Dar'a", "SY12", "geonames:170905"),
        ("Deraa", "SY12", "geonames:170905"),
        ("Tal Abyad", "SY11", "geonames:163750"),
        ("Girê Spî", "SY11", "geonames:163750"),
        ("Derik", "SY08", "geonames:173530"),
        ("Amûdê", "SY08", "geonames:173230"),
        ("Al-Shaddadi", "SY08", "geonames:172837"),
    ],
)
def test_transliteration_variants(gaz, polygons, spelling, pcode, gid):
    best = gaz.lookup(spelling, country="SY")[0]
    assert best.gazetteer_id == gid
    assert best.admin1_pcode == pcode
    assert _inside(best, polygons, pcode)


def _alias_rows():
    text = (
        resources.files("geo")
        .joinpath("data")
        .joinpath("admin1_aliases.csv")
        .read_text(encoding="utf-8")
    )
    return [
        (r["alias"], r["pcode"])
        for r in csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    ]


def test_alias_table_covers_every_governorate():
    rows = _alias_rows()
    assert len(rows) >= 100
    assert {p for _, p in rows} == {f"SY{i:02d}" for i in range(1, 15)}


@pytest.mark.parametrize(("alias", "pcode"), _alias_rows())
def test_every_governorate_alias_resolves_with_a_province_cue(gaz, alias, pcode):
    best = gaz.lookup(f"{alias} governorate", country="SY")[0]
    assert best.precision == "admin1"
    assert best.admin1_pcode == pcode
    assert best.gazetteer_id == f"admin1:{pcode}"


def test_governorate_records_lie_in_their_polygon(gaz, polygons):
    for pcode in polygons.index:
        place = gaz.admin1_place(pcode)
        assert place.admin1 == polygons.loc[pcode, "admin1"]
        assert _inside(place, polygons, pcode)


def test_query_cues_select_the_kind(gaz):
    assert gaz.lookup("Raqqa province")[0].gazetteer_id == "admin1:SY11"
    assert gaz.lookup("the province of Raqqa")[0].gazetteer_id == "admin1:SY11"
    assert gaz.lookup("Raqqa city")[0].gazetteer_id == "geonames:172955"
    assert gaz.lookup("the city of Aleppo")[0].precision == "town"


def test_country_preference_and_foreign_exact_names(gaz):
    assert gaz.lookup("Syria")[0].precision == "country"
    assert gaz.lookup("Washington", country="SY")[0].country == "US"
    assert gaz.lookup("Damascus", country="SY")[0].gazetteer_id == "geonames:170654"
    # a Syrian-looking name with no Syrian record is not matched to a look-alike abroad
    assert gaz.lookup("Al-Latwa", country="SY") == []
    assert gaz.lookup("Xyzzyplace", country="SY") == []
    assert gaz.lookup("") == []


def test_limit_and_candidates(gaz):
    cands = gaz.candidates("Aleppo", limit=3)
    assert 1 <= len(cands) <= 3
    assert cands[0].place.gazetteer_id == "geonames:170063"
    assert cands[0].tier == 1
    assert [c.score for c in cands] == sorted((c.score for c in cands), reverse=True)
    assert gaz.lookup("Aleppo", limit=1) == [cands[0].place]


def test_skeletons_collide_for_variants_but_not_for_different_places():
    same = [
        ("Hassaké", "al-Hasakah"),
        ("Dayr az-Zawr", "Deir al-Zour"),
        ("Ghuwayran", "Gweran"),
        ("Qamişlo", "Qamishli"),
        ("Kobanê", "Kobani"),
        ("Ain Issa", "`Ayn `Isa"),
        ("Idlib", "Idleb"),
        ("Raqqa", "Ar-Raqqah"),
    ]
    for a, b in same:
        assert skeleton(name_key(a)) == skeleton(name_key(b)), (a, b)
    different = [("Hama", "Homs"), ("Raqqa", "Daraa"), ("Aleppo", "Idlib"), ("Tartus", "Tabqa")]
    for a, b in different:
        assert skeleton(name_key(a)) != skeleton(name_key(b)), (a, b)


def test_sites_near(gaz):
    city = gaz.get(HASAKAH_CITY)
    prisons = gaz.sites_near(city.lat, city.lon, radius_km=15, feature_codes=("PRN",))
    assert [p.gazetteer_id for p in prisons] == ["overlay:ghwayran-prison"]
    assert gaz.sites_near(0.0, 0.0, radius_km=50) == []


def test_overlay_rows_all_name_a_source():
    text = (
        resources.files("geo").joinpath("data").joinpath("overlay.csv").read_text(encoding="utf-8")
    )
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    ids = {r["id"] for r in rows}
    assert {"ghwayran-prison", "al-hol-camp", "roj-camp", "tishrin-dam", "tabqa-dam"} <= ids
    for r in rows:
        assert r["source"].strip(), r["id"]


@pytest.mark.parametrize(
    ("gid", "pcode"),
    [
        ("overlay:al-hol-camp", "SY08"),
        ("overlay:roj-camp", "SY08"),
        ("overlay:tishrin-dam", "SY02"),
        ("overlay:tabqa-dam", "SY11"),
        ("overlay:qamishli-airport", "SY08"),
        ("overlay:deir-ez-zor-airport", "SY09"),
    ],
)
def test_overlay_sites_fall_in_their_governorate(gaz, polygons, gid, pcode):
    place = gaz.get(gid)
    assert place.precision == "site"
    assert place.admin1_pcode == pcode
    assert _inside(place, polygons, pcode)


# ---------------------------------------------------------------------- user sources
WOF_CASES = [
    ("Tall Tamr", "SY08", 36.6556, 40.3708),
    ("Tal Tamr", "SY08", 36.6556, 40.3708),
    ("Ayn Isa", "SY11", 36.3855, 38.8623),
    ("Ain Issa", "SY11", 36.3855, 38.8623),
    ("Dhiban", "SY09", 35.0150, 40.5103),
    ("Markadah", "SY08", 35.7461, 40.7530),
    ("Markada", "SY08", 35.7461, 40.7530),
    ("Al-Hawayij", "SY09", 35.0475, 40.4897),
    ("Al-Hawayej", "SY09", 35.0475, 40.4897),
    ("Al-Muhsinli", "SY02", 36.6470, 37.8821),
]


@pytest.mark.parametrize(("name", "pcode", "lat", "lon"), WOF_CASES)
def test_who_is_on_first_villages_resolve(gaz_wof, polygons, name, pcode, lat, lon):
    best = gaz_wof.lookup(name)[0]
    assert best.admin1_pcode == pcode
    assert gazetteer_mod._haversine_km(best.lat, best.lon, lat, lon) < 1
    assert _inside(best, polygons, pcode)


@pytest.mark.parametrize(("name", "pcode", "lat", "lon"), WOF_CASES)
def test_every_syrian_village_is_known_by_default(gaz, name, pcode, lat, lon):
    """The package's Who's On First copy covers all Syria with no folder passed."""
    best = gaz.lookup(name, country="SY")[0]
    assert best.admin1_pcode == pcode
    assert gazetteer_mod._haversine_km(best.lat, best.lon, lat, lon) < 1


def test_default_villages_cover_every_governorate(gaz):
    from geo import _sources

    rows = list(_sources.wof_package_rows())
    assert len(rows) > 10_000
    assert {r.gn_admin1 for r in rows if r.gn_admin1} == {f"SY.{k:02d}" for k in range(1, 15)}
    # a village far from the north-east: Kafr Nabl, Idlib
    assert gaz.lookup("Kafr Nabl", country="SY")[0].admin1_pcode == "SY07"


def test_wof_reader_keeps_the_4811_current_records(wof_dir):
    from geo import _sources

    rows = list(_sources.wof_rows(wof_dir))
    assert len(rows) == 4811  # 4,826 files less the 15 retired duplicates
    assert all(r.country == "SY" for r in rows)


def test_wof_drops_deprecated_records(gaz_wof, wof_dir):
    deprecated = wof_dir / "1259501259.geojson"  # Mastur, superseded by 1226456221
    assert '"edtf:deprecated"' in deprecated.read_text(encoding="utf-8")
    assert gaz_wof.get("wof:1259501259") is None
    # the folder's records are already in the package's copy: it adds names, not places
    assert len(gaz_wof) == len(geo.Gazetteer.default())


def test_wof_merges_records_geonames_already_has(gaz_wof):
    # Tall Tamr is both GeoNames 163434 and WOF 1327435755: one record, WOF names added
    assert gaz_wof.get("wof:1327435755") is None
    best = gaz_wof.lookup("Tell Tâmer")[0]
    assert best.gazetteer_id == "geonames:163434"


GEONAMES_DUMP = (
    "\n".join(
        "\t".join(cols)
        for cols in [
            # the 19 GeoNames columns: id, name, ascii, alternates, lat, lon, class, code, cc, ...
            [
                "9900001",
                "Sijn as Sina‘ah",
                "Sijn as Sina'ah",
                "Sinaa Jail,سجن الصناعة",
                "36.4701",
                "40.7449",
                "S",
                "PRN",
                "SY",
                "",
                "01",
                "",
                "",
                "",
                "0",
                "",
                "300",
                "Asia/Damascus",
                "2022-01-30",
            ],
            [
                "9900002",
                "Tall Shaghib",
                "Tall Shaghib",
                "Tal Shagheeb,Tel Shaghib",
                "36.5302",
                "40.5604",
                "P",
                "PPL",
                "SY",
                "",
                "01",
                "",
                "",
                "",
                "120",
                "",
                "330",
                "Asia/Damascus",
                "2020-01-01",
            ],
            # admin code says Ar-Raqqah (04) but the point is in Al-Hasakah city: polygon wins
            [
                "9900003",
                "Hayy al Mufti",
                "Hayy al Mufti",
                "Mufti Quarter",
                "36.5060",
                "40.7400",
                "P",
                "PPLX",
                "SY",
                "",
                "04",
                "",
                "",
                "",
                "0",
                "",
                "300",
                "Asia/Damascus",
                "2020-01-01",
            ],
            [
                "9900004",
                "Wadi Shaghib",
                "Wadi Shaghib",
                "",
                "36.52",
                "40.55",
                "H",
                "WAD",
                "SY",
                "",
                "01",
                "",
                "",
                "",
                "0",
                "",
                "300",
                "Asia/Damascus",
                "2020-01-01",
            ],
        ]
    )
    + "\n"
)


@pytest.fixture()
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "SY.txt"
    path.write_text(GEONAMES_DUMP, encoding="utf-8")
    return path


def test_geonames_dump_source(dump, caplog):
    caplog.set_level(logging.DEBUG, logger="geo.gazetteer")
    g = geo.Gazetteer.default(extra=[dump], country="SY")
    village = g.lookup("Tal Shagheeb")[0]
    assert (village.gazetteer_id, village.admin1_pcode) == ("geonames:9900002", "SY08")
    jail = g.get("geonames:9900001")
    assert jail.precision == "site" and jail.feature_code == "PRN"
    assert g.lookup("Wadi Shaghib", country="SY") == []  # hydrographic features are skipped
    hood = g.get("geonames:9900003")
    assert hood.precision == "neighbourhood"
    assert hood.admin1_pcode == "SY08"  # the polygon wins over the dump's code (SY.04 -> SY11)
    assert "polygon says SY08, gazetteer code says SY11" in caplog.text


def test_geonames_dump_zip(dump, tmp_path):
    import zipfile

    zpath = tmp_path / "SY.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.write(dump, "SY.txt")
        zf.writestr("readme.txt", "GeoNames readme\n")
    g = geo.Gazetteer.default(extra=[zpath])
    assert g.get("geonames:9900002") is not None


def test_user_overlay_csv(tmp_path, polygons):
    path = tmp_path / "mine.csv"
    path.write_text(
        "id,name,alt_names,lat,lon,kind,country,feature_code,source\n"
        "panorama,Panorama roundabout,Panorama square|دوار البانوراما,36.4882,40.7313,site,SY,"
        "RDJCT,our field team\n",
        encoding="utf-8",
    )
    g = geo.Gazetteer.default(extra=[path])
    best = g.lookup("Panorama roundabout")[0]
    assert best.gazetteer_id == "user-overlay:panorama"
    assert best.admin1_pcode == "SY08"
    assert _inside(best, polygons, "SY08")


def test_bad_user_sources(tmp_path):
    with pytest.raises(geo.GazetteerSourceError, match="does not exist"):
        geo.Gazetteer.default(extra=[tmp_path / "missing.csv"])
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,lat,lon\nx,Somewhere,north,east\n", encoding="utf-8")
    with pytest.raises(geo.GazetteerSourceError, match="row 2: lat/lon must be numbers"):
        geo.Gazetteer.default(extra=[bad])
    odd = tmp_path / "places.json"
    odd.write_text("{}", encoding="utf-8")
    with pytest.raises(geo.GazetteerSourceError, match="unknown kind"):
        geo.Gazetteer.default(extra=[odd])
    assert issubclass(geo.GazetteerSourceError, ValueError)


# ---------------------------------------------------------------------- provinces
def test_without_boundaries_provinces_come_from_gazetteer_codes(offline_data):
    g = geo.Gazetteer.default()
    assert not g.has_polygons
    assert any("admin-1 boundaries unavailable" in w for w in g.warnings)
    assert any("syr_admbnda_adm1_uncs_unocha.json" in w for w in g.warnings)
    best = g.lookup("Hassakeh")[0]
    assert (best.admin1, best.admin1_pcode) == ("Al-Hasakeh", "SY08")
    assert g.lookup("Deir ez-Zor")[0].admin1_pcode == "SY09"
    assert g.lookup("Latakia")[0].admin1 == "Lattakia"


def test_offline_warnings_name_the_folder_in_use_not_an_earlier_one(
    offline_data, tmp_path, monkeypatch
):
    """An index built offline for one data folder is not reused with its warnings for another:
    the fix a warning gives ("download it into FOLDER") must name the folder in use now."""
    first = geo.Gazetteer.default()
    assert any(str(offline_data.resolve()) in w for w in first.warnings)
    other = tmp_path / "other-data"
    other.mkdir()
    monkeypatch.setenv("SITREP_DATA_DIR", str(other))
    second = geo.Gazetteer.default()
    assert not second.has_polygons
    assert any(str(other.resolve()) in w for w in second.warnings), second.warnings
    assert not any(str(offline_data.resolve()) in w for w in second.warnings), second.warnings


def test_without_boundaries_sites_take_the_province_of_the_nearest_town(offline_data):
    """Overlay sites carry no GeoNames admin-1 code: offline they must still get a province."""
    g = geo.Gazetteer.default()
    assert not g.has_polygons
    for query, pcode in [
        ("Ghwayran prison", "SY08"),
        ("al-Hol camp", "SY08"),
        ("Roj camp", "SY08"),
        ("Tabqa dam", "SY11"),
        ("Tishrin dam", "SY02"),
    ]:
        place = g.lookup(query)[0]
        assert place.gazetteer_id.startswith("overlay:"), (query, place)
        assert place.admin1_pcode == pcode, (query, place)


def test_user_boundary_file_with_name_field(tmp_path, polygons):
    mine = gpd.GeoDataFrame(
        {"NAME_1": ["Hasakah (user)"]},
        geometry=[polygons.loc["SY08"].geometry],
        crs="EPSG:4326",
    )
    path = tmp_path / "gov.geojson"
    mine.to_file(path, driver="GeoJSON")
    g = geo.Gazetteer.default(boundaries=path)
    assert g.has_polygons
    assert g.lookup("Hassakeh")[0].admin1 == "Hasakah (user)"
    assert g.lookup("Hassakeh")[0].admin1_pcode is None  # the user's file has no P-codes
    assert g.lookup("Raqqa")[0].admin1 == "Ar-Raqqa"  # outside the file: gazetteer code
    g2 = geo.Gazetteer.default(boundaries=geo.load_admin1(path, name_field="NAME_1"))
    assert g2.lookup("Hassakeh")[0].admin1 == "Hasakah (user)"


def test_index_is_cached_on_disk_keyed_on_inputs(tmp_path, monkeypatch, dump):
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    first = geo.Gazetteer.default(extra=[dump])
    files = sorted(p.name for p in (tmp_path / "cache").glob("*.pickle"))
    assert [f.split("-")[0] for f in files] == ["base", "index"]
    again = geo.Gazetteer.default(extra=[dump])
    assert again.lookup("Tal Shagheeb") == first.lookup("Tal Shagheeb")
    assert sorted(p.name for p in (tmp_path / "cache").glob("*.pickle")) == files
    dump.write_text(GEONAMES_DUMP.replace("Tall Shaghib", "Tall Shughayb"), encoding="utf-8")
    changed = geo.Gazetteer.default(extra=[dump])
    assert changed.get("geonames:9900002").name == "Tall Shughayb"
    assert len(list((tmp_path / "cache").glob("index-*.pickle"))) == 2


def test_unwritable_cache_still_works(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(blocker / "cache"))
    g = geo.Gazetteer.default(boundaries=None)
    assert g.lookup("Raqqa")[0].admin1_pcode == "SY11"


@pytest.mark.parametrize(
    ("query", "gid"),
    [
        ("Hasakah prison", "overlay:ghwayran-prison"),
        ("Al-Hasakah detention center", "overlay:ghwayran-prison"),
        ("Hassakeh jail", "overlay:ghwayran-prison"),
        ("Hol camp", "overlay:al-hol-camp"),
        ("Al-Hawl camp", "overlay:al-hol-camp"),
        ("Tabqa dam", "overlay:tabqa-dam"),
        ("Qamishli airport", "overlay:qamishli-airport"),
    ],
)
def test_site_noun_queries_find_the_site_near_the_town(gaz, query, gid):
    best = gaz.lookup(query, country="SY")[0]
    assert (best.gazetteer_id, best.precision) == (gid, "site")


def test_site_noun_without_a_known_site_gives_the_town(gaz):
    best = gaz.lookup("Raqqa prison", country="SY")[0]
    assert (best.gazetteer_id, best.precision) == ("geonames:172955", "town")


def test_natural_earth_admin1_for_other_countries_when_cached(
    tmp_path, monkeypatch, geodata_dir, polygons
):
    """With the (registered) NE 10m admin-1 file in the data folder, Iraq gets provinces too."""
    import hashlib
    import shutil
    import zipfile

    from shapely.geometry import box

    from geo import boundaries

    data = tmp_path / "data"
    data.mkdir()
    for name in ("syr_admbnda_adm1_uncs_unocha.json", "ne_50m_admin_0_countries.zip"):
        shutil.copy(geodata_dir / name, data / name)
    ne = gpd.GeoDataFrame(
        {
            "name": ["Ninawa", "UNDOF zone"],
            "name_en": ["Nineveh Governorate", "UNDOF"],
            "iso_a2": ["IQ", "SY"],
        },
        geometry=[box(42.9, 36.1, 43.4, 36.6), polygons.loc["SY14"].geometry],
        crs="EPSG:4326",
    )
    shp = tmp_path / "shp"
    shp.mkdir()
    ne.to_file(shp / "ne_10m_admin_1_states_provinces.shp")
    fake = data / "ne_10m_admin_1_states_provinces.zip"
    with zipfile.ZipFile(fake, "w") as zf:
        for part in shp.iterdir():
            zf.write(part, part.name)
    digest = hashlib.sha256(fake.read_bytes()).hexdigest()
    monkeypatch.setitem(
        boundaries.REGISTRY, "ne_10m_admin_1_states_provinces.zip", f"sha256:{digest}"
    )
    monkeypatch.setenv("SITREP_DATA_DIR", str(data))
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    g = geo.Gazetteer.default()
    mosul = g.lookup("Mosul")[0]
    assert (mosul.country, mosul.admin1, mosul.admin1_pcode) == ("IQ", "Ninawa", None)
    assert g.lookup("Quneitra city")[0].admin1_pcode == "SY14"  # OCHA wins inside Syria
    assert g.lookup("Hassakeh")[0].admin1 == "Al-Hasakeh"
    assert g.warnings == []
