"""From articles to the three frames every view of Sitrep shares.

:func:`build_sitrep` reads and extracts articles (``corpus``), loads boundaries (``geo``),
merges reports (:mod:`layers.merge`) and builds :class:`Sitrep`: the incidents, reports and
control frames whose columns are fixed by the project contract (``INCIDENT_COLUMNS`` ...).
:func:`sitrep_from_extractions` is the pure part, for callers that already hold extractions.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from corpus.records import Article, ControlClaim, Extraction, Figure, ReadProblem
from layers.merge import merge_reports, reports_from_extraction
from layers.records import MergedIncident, Report

__all__ = [
    "CONTROL_COLUMNS",
    "INCIDENT_COLUMNS",
    "REPORT_COLUMNS",
    "ProgressCallback",
    "Sitrep",
    "build_sitrep",
    "control_frame",
    "incidents_frame",
    "reports_frame",
    "sitrep_from_extractions",
]

logger = logging.getLogger(__name__)

ProgressCallback = Callable[[int, "int | None", str], None]

INCIDENT_COLUMNS = [
    "incident_id",
    "label",
    "event_type",
    "sub_event_type",
    "place",
    "admin1",
    "admin1_pcode",
    "precision",
    "date_start",
    "date_end",
    "actors",
    "outlets",
    "claimants",
    "n_reports",
    "killed_low",
    "killed_best",
    "killed_high",
    "disagree",
    "reports",
    "geometry",
]
CONTROL_COLUMNS = [
    "claim_id",
    "actor",
    "place",
    "admin1_pcode",
    "precision",
    "extent",
    "status",
    "claimant",
    "outlet",
    "agencies",
    "article_id",
    "date_start",
    "date_end",
    "quote",
    "contested",
    "disputed_by",
    "geometry",
]
REPORT_COLUMNS = [
    "incident_id",
    "article_id",
    "outlet",
    "agencies",
    "claimant",
    "published",
    "figures",
    "quote",
    "title",
]
#: Statuses that assert control (an area two actors assert in one window is contested).
ASSERTING = frozenset({"holds", "regained", "contested"})
#: How long a control claim is taken to apply after its date, by date precision.
CLAIM_SPAN_DAYS: dict[str | None, int] = {"day": 0, "week": 6, "month": 30, "year": 364, None: 0}
#: Two claims on one area by different actors are contested when their windows are this close.
CONTEST_SLACK_DAYS = 7


@dataclass
class Sitrep:
    """Everything one run produced, as frames (columns: ``INCIDENT_COLUMNS`` ...).

    Parameters
    ----------
    extractions
        One per article read.
    incidents
        One row per merged incident (EPSG:4326 points).
    reports
        One row per report of an incident.
    control
        One row per control claim (province polygon, site point, or no geometry when the
        place could not be resolved).
    provinces, countries
        Boundary layers (None when unavailable; see ``warnings``).
    problems
        Inputs that could not be read.
    unlocated
        Articles with nothing locatable (no located incident, no located claim).
    warnings
        Messages for the user (e.g. boundaries unavailable).
    merged
        The merged incidents as records (per-category tallies live here).
    """

    extractions: list[Extraction]
    incidents: gpd.GeoDataFrame
    reports: pd.DataFrame
    control: gpd.GeoDataFrame
    provinces: gpd.GeoDataFrame | None = None
    countries: gpd.GeoDataFrame | None = None
    problems: list[ReadProblem] = field(default_factory=list)
    unlocated: list[Article] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    merged: list[MergedIncident] = field(default_factory=list)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def figure_dict(f: Figure) -> dict[str, Any]:
    """JSON-native dict of a figure (the keys of ``corpus.Figure``, dates as ISO strings)."""
    return {
        "number": f.number,
        "low": f.low,
        "high": f.high,
        "qualifier": f.qualifier,
        "category": f.category,
        "party": f.party,
        "claimant": f.claimant,
        "claimant_surface": f.claimant_surface,
        "place": f.place,
        "date": _iso(f.date),
        "date_precision": f.date_precision,
        "date_end": _iso(f.date_end),
        "quote": f.quote,
        "part_of": f.part_of,
    }


def report_dict(r: Report, incident_id: str) -> dict[str, Any]:
    """JSON-native dict of a report: the reports-frame columns plus its own when and where."""
    return {
        "incident_id": incident_id,
        "report_id": r.report_id,
        "article_id": r.article_id,
        "title": r.title,
        "url": r.url,
        "outlet": r.outlet,
        "agencies": list(r.agencies),
        "claimant": ", ".join(r.claimants),
        "claimants": list(r.claimants),
        "published": _iso(r.published),
        "figures": [figure_dict(f) for f in r.figures],
        "quote": r.quote,
        "place": r.place.name if r.place else None,
        "precision": r.precision,
        "date_start": _iso(r.date_start),
        "date_end": _iso(r.date_end),
        "event_type": r.event_type,
        "label": r.label,
        "actors": list(r.actors),
    }


def _representative_points(provinces: gpd.GeoDataFrame | None) -> dict[str, Point]:
    if provinces is None or provinces.empty:
        return {}
    pts = provinces.geometry.representative_point()
    out: dict[str, Point] = {}
    for key_col in ("admin1", "admin1_pcode"):
        if key_col in provinces:
            for key, pt in zip(provinces[key_col], pts, strict=True):
                if isinstance(key, str) and key:
                    out[key] = pt
    return out


#: Dates a pandas column can hold (nanoseconds since 1970 in 64 bits: 1677-09-22..2262-04-11).
_FIRST_DAY = (pd.Timestamp.min + pd.Timedelta(days=1)).date()
_LAST_DAY = pd.Timestamp.max.date()


def _dt(values: Sequence[object]) -> pd.Series:
    """Dates -> a datetime column; a date pandas cannot hold becomes NaT, with a warning.

    Reading already drops impossible publication dates; this guards every other date (an
    incident dated from a typo in the text, a record built by hand), so no single date can
    stop a build with ``OutOfBoundsDatetime``.
    """
    out: list[object] = []
    dropped: list[str] = []
    for v in values:
        day = v.date() if isinstance(v, datetime) else v
        if isinstance(v, str):  # an ISO date kept as text in a record's dict
            try:
                day = date.fromisoformat(v[:10])
            except ValueError:
                day = None
        if isinstance(day, date) and not _FIRST_DAY <= day <= _LAST_DAY:
            dropped.append(day.isoformat())
            v = None
        out.append(pd.NaT if v is None else v)
    if dropped:
        logger.warning(
            "%s date(s) outside %s..%s left undated (first: %s); fix them in the articles",
            len(dropped), _FIRST_DAY, _LAST_DAY, dropped[0],
        )  # fmt: skip
    return pd.to_datetime(pd.Series(out, dtype=object), errors="coerce")


def incidents_frame(
    merged: Sequence[MergedIncident], provinces: gpd.GeoDataFrame | None = None
) -> gpd.GeoDataFrame:
    """One row per merged incident, with the contract columns (``INCIDENT_COLUMNS``).

    Admin-1 precision incidents are placed at their province's representative point (a
    point guaranteed inside the polygon) when ``provinces`` is given.

    Parameters
    ----------
    merged
        Merged incidents (:func:`layers.merge_reports`).
    provinces
        Admin-1 polygons with ``admin1`` / ``admin1_pcode`` columns, or None.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326 points.
    """
    rep = _representative_points(provinces)
    rows: dict[str, list[Any]] = {c: [] for c in INCIDENT_COLUMNS}
    for m in merged:
        p = m.place
        geom = Point(p.lon, p.lat)
        if m.precision == "admin1":
            geom = rep.get(p.admin1_pcode or "") or rep.get(p.admin1 or "") or geom
        killed = m.tally("killed")
        rows["incident_id"].append(m.id)
        rows["label"].append(m.label)
        rows["event_type"].append(m.event_type)
        rows["sub_event_type"].append(m.sub_event_type)
        rows["place"].append(p.name)
        rows["admin1"].append(p.admin1)
        rows["admin1_pcode"].append(p.admin1_pcode)
        rows["precision"].append(m.precision)
        rows["date_start"].append(m.date_start)
        rows["date_end"].append(m.date_end)
        rows["actors"].append(list(m.actors))
        rows["outlets"].append(list(m.outlets))
        rows["claimants"].append(list(m.claimants))
        rows["n_reports"].append(len(m.reports))
        rows["killed_low"].append(killed.low if killed else None)
        rows["killed_best"].append(killed.best if killed else None)
        rows["killed_high"].append(killed.high if killed else None)
        rows["disagree"].append(m.disagree)
        rows["reports"].append([report_dict(r, m.id) for r in m.reports])
        rows["geometry"].append(geom)
    df = pd.DataFrame({c: rows[c] for c in INCIDENT_COLUMNS if c != "geometry"})
    df["date_start"] = _dt(rows["date_start"]).astype("datetime64[ns]")
    df["date_end"] = _dt(rows["date_end"]).astype("datetime64[ns]")
    for c in ("killed_low", "killed_best", "killed_high"):
        df[c] = pd.array(rows[c], dtype="Int64")
    df["n_reports"] = df["n_reports"].astype("int64")
    df["disagree"] = df["disagree"].astype(bool)
    for c in ("admin1", "admin1_pcode"):
        df[c] = df[c].astype(object)
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(rows["geometry"], crs="EPSG:4326"))


def reports_frame(incidents: gpd.GeoDataFrame) -> pd.DataFrame:
    """One row per report of an incident (``REPORT_COLUMNS``), from the incidents' ``reports``."""
    rows = [{c: d[c] for c in REPORT_COLUMNS} for reports in incidents["reports"] for d in reports]
    df = pd.DataFrame(rows, columns=REPORT_COLUMNS)
    df["published"] = _dt(df["published"].tolist()).astype("datetime64[ns]")
    return df


def _claim_window(c: ControlClaim, art: Article) -> tuple[date | None, date | None]:
    start = c.date or art.published
    if start is None:
        return None, None
    return start, start + timedelta(days=CLAIM_SPAN_DAYS.get(c.date_precision, 0))


def control_frame(
    extractions: Iterable[Extraction], provinces: gpd.GeoDataFrame | None = None
) -> gpd.GeoDataFrame:
    """One row per control claim (``CONTROL_COLUMNS``).

    A claim on a whole province (``admin1`` precision) is drawn as the province polygon
    when ``provinces`` has it (matched on P-code, else name); a claim on a site as the
    site's point. A claim on a whole country ("the US presence in Syria") or on a place that
    could not be resolved gets no geometry: it stays in the table, and the map lists it in
    the legend rather than paint a country or a guessed point.
    ``contested`` is True when another actor asserts control of the same area (same
    province, same gazetteer record) within :data:`CONTEST_SLACK_DAYS` and at least one of
    the two claims is to the full extent (two actors each holding *parts* of a province is
    no contest), or when the claim itself says "contested". Claims are *claimed* control,
    never assessed.

    Parameters
    ----------
    extractions
        The articles' extractions.
    provinces
        Admin-1 polygons, or None.

    Returns
    -------
    geopandas.GeoDataFrame
        EPSG:4326, mixed polygons and points.
    """
    poly: dict[str, Any] = {}
    if provinces is not None and not provinces.empty:
        for col in ("admin1", "admin1_pcode"):
            if col in provinces:
                for key, g in zip(provinces[col], provinces.geometry, strict=True):
                    if isinstance(key, str) and key:
                        poly[key] = g
    rows: list[dict[str, Any]] = []
    keys: list[str | None] = []
    for ex in extractions:
        art = ex.article
        for n, c in enumerate(ex.control_claims, start=1):
            ref = c.place_ref
            geom = None
            key = None
            precision = ref.precision if ref is not None else None
            if ref is not None and precision == "country":
                key = f"country:{ref.country or ref.name}"  # too vague to draw: table only
            elif ref is not None:
                if precision == "admin1" and (
                    (ref.admin1_pcode and ref.admin1_pcode in poly)
                    or (ref.admin1 and ref.admin1 in poly)
                ):
                    geom = poly.get(ref.admin1_pcode or "") or poly[ref.admin1 or ""]
                    key = f"admin1:{ref.admin1_pcode or ref.admin1}"
                else:
                    geom = Point(ref.lon, ref.lat)
                    key = ref.gazetteer_id or f"pt:{ref.lat:.2f},{ref.lon:.2f}"
            start, end = _claim_window(c, art)
            rows.append(
                {
                    "claim_id": f"{art.id}-c{n}",
                    "actor": c.actor,
                    "place": ref.name if ref is not None else c.place,
                    "admin1_pcode": ref.admin1_pcode if ref is not None else None,
                    "precision": precision,
                    "extent": c.extent,
                    "status": c.status,
                    "claimant": c.claimant,
                    "outlet": art.outlet,
                    "agencies": list(art.agencies),
                    "article_id": art.id,
                    "date_start": start,
                    "date_end": end,
                    "quote": c.quote,
                    "contested": c.status == "contested",
                    "disputed_by": c.disputed_by,
                    "geometry": geom,
                }
            )
            keys.append(key)
    _mark_contested(rows, keys)
    df = pd.DataFrame(rows, columns=CONTROL_COLUMNS)
    geoms = df.pop("geometry").tolist()
    df["date_start"] = _dt(df["date_start"].tolist()).astype("datetime64[ns]")
    df["date_end"] = _dt(df["date_end"].tolist()).astype("datetime64[ns]")
    df["contested"] = df["contested"].astype(bool)
    for col in ("admin1_pcode", "precision", "disputed_by", "outlet"):
        df[col] = df[col].astype(object).where(df[col].notna(), None)
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"))


def _mark_contested(rows: list[dict[str, Any]], keys: list[str | None]) -> None:
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k is not None and rows[i]["status"] in ASSERTING:
            by_key[k].append(i)
    slack = timedelta(days=CONTEST_SLACK_DAYS)
    for idx in by_key.values():
        for a in idx:
            for b in idx:
                ra, rb = rows[a], rows[b]
                if a >= b or ra["actor"] == rb["actor"]:
                    continue
                if ra["extent"] == rb["extent"] == "partial":
                    continue  # two actors holding parts of one province is no contest
                sa, ea, sb, eb = ra["date_start"], ra["date_end"], rb["date_start"], rb["date_end"]
                if None in (sa, ea, sb, eb) or (sa <= eb + slack and sb <= ea + slack):
                    ra["contested"] = rb["contested"] = True


def sitrep_from_extractions(
    extractions: Sequence[Extraction],
    *,
    provinces: gpd.GeoDataFrame | None = None,
    countries: gpd.GeoDataFrame | None = None,
    problems: Sequence[ReadProblem] = (),
    warnings: Sequence[str] = (),
) -> Sitrep:
    """Build a :class:`Sitrep` from extractions already made (pure: no I/O).

    Parameters
    ----------
    extractions
        One per article.
    provinces, countries
        Boundary layers, or None.
    problems, warnings
        Carried over into the result.

    Returns
    -------
    Sitrep
    """
    extractions = list(extractions)
    reports = [r for ex in extractions for r in reports_from_extraction(ex)]
    merged = merge_reports(reports)
    incidents = incidents_frame(merged, provinces)
    control = control_frame(extractions, provinces)
    located_articles = {r.article_id for r in reports if r.place is not None}
    located_articles |= set(control.loc[control.geometry.notna(), "article_id"])
    unlocated = [ex.article for ex in extractions if ex.article.id not in located_articles]
    return Sitrep(
        extractions=extractions,
        incidents=incidents,
        reports=reports_frame(incidents),
        control=control,
        provinces=provinces,
        countries=countries,
        problems=list(problems),
        unlocated=unlocated,
        warnings=list(warnings),
        merged=merged,
    )


def load_boundaries(boundaries: Any, warnings: list[str]) -> tuple[Any, Any]:
    """Return the admin-1 polygons and the country outlines, each None when unavailable.

    A file that cannot be loaded (offline and not cached) is a warning appended to
    ``warnings`` and logged, never an error: the map is drawn without it.
    """
    import geo

    provinces = countries = None
    try:
        provinces = geo.load_admin1(boundaries)
    except (geo.GeoError, OSError, ValueError) as e:
        msg = f"Province boundaries unavailable, provinces are not drawn: {e}"
        logger.warning("%s", msg)
        warnings.append(msg)
    try:
        countries = geo.load_countries()
    except (geo.GeoError, OSError, ValueError) as e:
        msg = f"Country outlines unavailable, the base map is empty: {e}"
        logger.warning("%s", msg)
        warnings.append(msg)
    return provinces, countries


def build_sitrep(
    paths: Iterable[str | Path],
    *,
    gazetteer: Any = None,
    boundaries: str | Path | None = None,
    progress: ProgressCallback | None = None,
    country: str | None = None,
) -> Sitrep:
    """Read articles, extract, geocode, merge, and build the frames.

    Parameters
    ----------
    paths
        Files or folders of articles (any format ``corpus.read_articles`` reads).
    gazetteer
        A ``geo.Gazetteer``; default ``geo.Gazetteer.default(boundaries=...)``.
    boundaries
        A user admin-1 file (any format GDAL reads); default the OCHA Syria file.
    progress
        Called as ``progress(done, total, label)`` while articles are extracted.
    country
        Focus country (ISO2) passed to the extractor.

    Returns
    -------
    Sitrep
        Boundaries that cannot be loaded (offline, not cached) become a warning, not an error.
    """
    import corpus
    import geo

    warnings: list[str] = []
    provinces, countries = load_boundaries(boundaries, warnings)
    if gazetteer is None:
        gazetteer = geo.Gazetteer.default(boundaries=boundaries if boundaries else "auto")
    warnings.extend(getattr(gazetteer, "warnings", []))
    problems: list[ReadProblem] = []
    if progress:
        progress(0, None, "reading articles")
    articles = list(corpus.read_articles(paths, problems=problems))
    total = len(articles)
    extractions: list[Extraction] = []
    for i, art in enumerate(articles, start=1):
        extractions.append(corpus.extract(art, gazetteer, country=country))
        if progress:
            progress(i, total, "extracting")
    if progress:
        progress(total, total, "merging")
    return sitrep_from_extractions(
        extractions, provinces=provinces, countries=countries, problems=problems, warnings=warnings
    )
