"""Exports: RFC 7946 GeoJSON, a GeoPackage for QGIS, and the self-contained map.html."""

from __future__ import annotations

import json
import logging
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pyogrio.errors
from shapely.geometry import Point

from layers.errors import ExportError, NotSelfContained
from layers.geojson import to_geojson
from layers.render import build_map
from layers.sitrep import Sitrep

__all__ = [
    "assert_self_contained",
    "map_html",
    "places_frame",
    "remove_stale_temps",
    "to_gpkg",
    "write_atomic",
    "write_outputs",
]

logger = logging.getLogger(__name__)

_REMOTE = re.compile(
    r"""<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?//""", re.I
)


#: Temporary files are named ``.tmp-<pid>-<random>-<final name>`` next to their target.
_TEMP = re.compile(r"\.tmp-(\d+)-")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def remove_stale_temps(folder: str | Path) -> list[Path]:
    """Delete temporary files a killed writer left in ``folder`` (its process is gone).

    A write interrupted by SIGKILL or a power cut cannot clean up after itself; the next
    write into the same folder does. Files of a writer still running are kept.

    Returns
    -------
    list of pathlib.Path
        The files removed.
    """
    removed: list[Path] = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for p in entries:
        m = _TEMP.match(p.name)
        if m and p.is_file() and not _alive(int(m.group(1))):
            try:
                p.unlink()
                removed.append(p)
            except OSError as e:
                logger.warning("could not remove the leftover temporary file %s: %s", p, e)
    if removed:
        logger.info("removed %s temporary file(s) left by an interrupted write", len(removed))
    return removed


def write_atomic(path: str | Path, write: Callable[[Path], object]) -> Path:
    """Write ``path`` whole or not at all: ``write(tmp)`` fills a temporary file, renamed.

    The temporary file sits next to ``path`` (same file system, so ``os.replace`` is atomic)
    and is flushed to disk before the rename: a reader, or a crash, sees either the old file
    or the complete new one, never a truncated one. On an error the temporary file is
    removed; after a SIGKILL :func:`remove_stale_temps` removes it on the next write.

    Parameters
    ----------
    path
        The file to (re)place.
    write
        Called with the temporary path; writes the content there.

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    path = Path(path)
    tmp = path.parent / f".tmp-{os.getpid()}-{secrets.token_hex(4)}-{path.name}"
    tmp.open("xb").close()  # created with the usual permissions (umask), unlike mkstemp
    try:
        write(tmp)
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def _write_text(text: str) -> Callable[[Path], object]:
    return lambda tmp: tmp.write_text(text, encoding="utf-8")


def assert_self_contained(page: str) -> None:
    """Raise :class:`~layers.errors.NotSelfContained` when ``page`` loads a remote asset.

    Tile URLs built at run time (optional online tiles) are not assets of the page and
    are not checked.
    """
    m = _REMOTE.search(page)
    if m:
        msg = (
            f"map.html would load a network resource ({m.group(0)[:120]!r}); "
            "every asset must be inlined (see layers/_assets.py)"
        )
        raise NotSelfContained(msg)


def map_html(sitrep: Sitrep, *, tiles: bool = False) -> str:
    """Render the map as one self-contained HTML page (no CDN, no network needed).

    Parameters
    ----------
    sitrep
        What to draw.
    tiles
        Also offer online OpenStreetMap tiles above the offline vector base.

    Returns
    -------
    str
        The page.
    """
    page = build_map(sitrep, tiles=tiles).get_root().render()
    assert_self_contained(page)
    return page


def _json_text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and pd.isna(v):
        return None
    from layers.geojson import jsonable

    return json.dumps(jsonable(v), ensure_ascii=False)


def _for_ogr(df: pd.DataFrame) -> pd.DataFrame:
    """Return a copy with list and dict cells as JSON text (GDAL fields hold scalars only)."""
    out = df.copy()
    for col in out.columns:
        if col == "geometry":
            continue
        if (
            out[col].dtype == object
            and out[col].map(lambda v: isinstance(v, (list, dict, tuple))).any()
        ):
            out[col] = out[col].map(_json_text)
    return out


def places_frame(sitrep: Sitrep) -> gpd.GeoDataFrame:
    """Every distinct resolved place an incident report or a control claim uses."""
    rows: dict[str, dict[str, Any]] = {}

    def add(p: Any, role: str) -> None:
        if p is None:
            return
        key = p.gazetteer_id or f"{p.name}|{p.lat:.5f}|{p.lon:.5f}"
        row = rows.setdefault(
            key,
            {
                "gazetteer_id": p.gazetteer_id,
                "name": p.name,
                "precision": p.precision,
                "admin1": p.admin1,
                "admin1_pcode": p.admin1_pcode,
                "country": p.country,
                "feature_code": p.feature_code,
                "population": p.population,
                "used_by": set(),
                "geometry": Point(p.lon, p.lat),
            },
        )
        row["used_by"].add(role)

    for ex in sitrep.extractions:
        for inc in ex.incidents:
            add(inc.place, "incident")
        for c in ex.control_claims:
            add(c.place_ref, "control claim")
    for row in rows.values():
        row["used_by"] = ", ".join(sorted(row["used_by"]))
    cols = [
        "gazetteer_id", "name", "precision", "admin1", "admin1_pcode", "country",
        "feature_code", "population", "used_by",
    ]  # fmt: skip
    df = pd.DataFrame([{c: r[c] for c in cols} for r in rows.values()], columns=cols)
    geoms = [r["geometry"] for r in rows.values()]
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"))


def _write_layer(gdf: gpd.GeoDataFrame, path: Path, layer: str, geometry_type: str) -> None:
    gdf = _for_ogr(gdf)
    kwargs: dict[str, Any] = {"layer": layer, "driver": "GPKG", "engine": "pyogrio"}
    if gdf.empty or geometry_type == "Unknown":
        kwargs["geometry_type"] = geometry_type
    gdf.to_file(path, **kwargs)


def to_gpkg(sitrep: Sitrep, path: str | Path) -> Path:
    """Write the GeoPackage: layers incidents, reports, control_claims, places, provinces.

    List and dict fields (``actors``, ``reports``, ``figures`` ...) are stored as JSON text;
    ``reports`` rows carry their incident's point so the layer maps in QGIS; control claims
    mix province polygons and site points (geometry type "Unknown", which QGIS splits by
    type on loading). ``provinces`` is empty when boundaries were unavailable.

    Parameters
    ----------
    sitrep
        What to write.
    path
        The ``.gpkg`` file (replaced when it exists).

    Returns
    -------
    pathlib.Path
    """
    path = Path(path)
    if path.exists():
        path.unlink()
    inc = sitrep.incidents
    pts = dict(zip(inc["incident_id"], inc.geometry, strict=True)) if not inc.empty else {}
    reports = gpd.GeoDataFrame(
        sitrep.reports.copy(),
        geometry=gpd.GeoSeries(
            [pts.get(i) for i in sitrep.reports["incident_id"]], crs="EPSG:4326"
        ),
    )
    provinces = sitrep.provinces
    if provinces is None:
        provinces = gpd.GeoDataFrame(
            {"admin1": pd.Series([], dtype=object), "admin1_pcode": pd.Series([], dtype=object)},
            geometry=gpd.GeoSeries([], crs="EPSG:4326"),
        )
    try:
        _write_layer(inc, path, "incidents", "Point")
        _write_layer(reports, path, "reports", "Point")
        _write_layer(sitrep.control, path, "control_claims", "Unknown")
        _write_layer(places_frame(sitrep), path, "places", "Point")
        _write_layer(provinces, path, "provinces", "MultiPolygon")
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as e:
        msg = (
            f"could not write GeoPackage {path}: {e}; check the folder exists, is writable and "
            "has space"
        )
        raise ExportError(msg) from e
    return path


def write_outputs(sitrep: Sitrep, out_dir: str | Path, *, tiles: bool = False) -> dict[str, Path]:
    """Write incidents.geojson, control.geojson, sitrep.gpkg and map.html into ``out_dir``.

    Each file is written whole or not at all (:func:`write_atomic`): an interrupted run
    leaves the previous outputs intact, and the next run removes its temporary files.

    Parameters
    ----------
    sitrep
        What to write.
    out_dir
        Folder (created when missing).
    tiles
        Offer online tiles in map.html (the vector base works offline either way).

    Returns
    -------
    dict
        ``{"incidents": path, "control": path, "gpkg": path, "map": path}``.
    """
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(out)
        paths = {
            "incidents": out / "incidents.geojson",
            "control": out / "control.geojson",
            "gpkg": out / "sitrep.gpkg",
            "map": out / "map.html",
        }
        for key, frame in (("incidents", sitrep.incidents), ("control", sitrep.control)):
            text = json.dumps(to_geojson(frame), ensure_ascii=False, allow_nan=False)
            write_atomic(paths[key], _write_text(text))
        write_atomic(paths["gpkg"], lambda tmp: to_gpkg(sitrep, tmp))
        write_atomic(paths["map"], _write_text(map_html(sitrep, tiles=tiles)))
    except OSError as e:
        if isinstance(e, ExportError):
            raise
        msg = f"could not write outputs into {out}: {e}; check the folder is writable"
        raise ExportError(msg) from e
    return paths
