"""GeoDataFrame -> RFC 7946 GeoJSON (a plain dict, JSON-native all the way down).

RFC 7946: a FeatureCollection; WGS84 longitude/latitude (frames in another CRS are
reprojected); no ``crs`` member; polygon exterior rings counter-clockwise, holes clockwise
(section 3.1.6); coordinates rounded to 6 decimals (~0.1 m); no NaN or Infinity anywhere
(missing values become ``null``); dates as ISO 8601 strings.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

__all__ = ["dumps_script_safe", "jsonable", "to_geojson"]

_DECIMALS = 6
_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def jsonable(v: Any) -> Any:
    """Turn one value into JSON-native Python (dict, list, str, int, float, bool, None)."""
    if v is None or isinstance(v, (str, bool)):
        return v
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    if isinstance(v, (float, np.floating)):
        f = float(v)
        return f if math.isfinite(f) else None
    if isinstance(v, pd.Timestamp):
        return None if pd.isna(v) else v.date().isoformat()
    if isinstance(v, datetime):
        return v.date().isoformat()
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, Mapping):
        return {str(k): jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, np.ndarray)):
        return [jsonable(x) for x in v]
    if v is pd.NA or v is pd.NaT:
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    return str(v)


def _column(s: pd.Series) -> list[Any]:
    if pd.api.types.is_datetime64_any_dtype(s):
        out = s.dt.strftime("%Y-%m-%d")
        return [None if pd.isna(x) else x for x in out]
    if isinstance(s.dtype, pd.BooleanDtype) or pd.api.types.is_bool_dtype(s):
        return [None if x is pd.NA else bool(x) for x in s]
    if pd.api.types.is_integer_dtype(s):
        return [None if x is pd.NA else int(x) for x in s]
    if pd.api.types.is_float_dtype(s):
        return [float(x) if math.isfinite(x) else None for x in s.astype(float)]
    return [jsonable(x) for x in s]


def _ring(coords: Any) -> list[list[float]]:
    return np.round(np.asarray(coords)[:, :2], _DECIMALS).tolist()


def _polygon(p: Any) -> list[list[list[float]]]:
    return [_ring(p.exterior.coords), *(_ring(r.coords) for r in p.interiors)]


def _geometry(g: Any) -> dict[str, Any] | None:
    if g is None or g.is_empty:
        return None
    t = g.geom_type
    if t == "Point":
        return {"type": "Point", "coordinates": [round(g.x, _DECIMALS), round(g.y, _DECIMALS)]}
    if t in ("Polygon", "MultiPolygon", "GeometryCollection"):
        g = shapely.orient_polygons(g, exterior_cw=False)
    if t == "Polygon":
        return {"type": t, "coordinates": _polygon(g)}
    if t == "MultiPolygon":
        return {"type": t, "coordinates": [_polygon(p) for p in g.geoms]}
    if t in ("LineString", "MultiPoint"):
        return {"type": t, "coordinates": _ring(shapely.get_coordinates(g))}
    if t == "MultiLineString":
        return {"type": t, "coordinates": [_ring(part.coords) for part in g.geoms]}
    return {"type": t, "geometries": [_geometry(x) for x in g.geoms]}


def to_geojson(gdf: gpd.GeoDataFrame, *, id_column: str | None = None) -> dict[str, Any]:
    """Convert a GeoDataFrame to an RFC 7946 FeatureCollection dict.

    Parameters
    ----------
    gdf
        Any GeoDataFrame (reprojected to EPSG:4326 when it has another CRS).
    id_column
        Column used as each feature's ``id`` (default: ``incident_id`` or ``claim_id``
        when present).

    Returns
    -------
    dict
        ``{"type": "FeatureCollection", "features": [...]}``; every property JSON-native.

    Examples
    --------
    >>> import geopandas as gpd
    >>> from shapely.geometry import Point
    >>> fc = to_geojson(gpd.GeoDataFrame({"n": [1]}, geometry=[Point(40.0, 36.5)], crs=4326))
    >>> fc["features"][0]["geometry"], fc["features"][0]["properties"]
    ({'type': 'Point', 'coordinates': [40.0, 36.5]}, {'n': 1})
    """
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
        gdf = gdf.to_crs("EPSG:4326")
    geom_name = gdf.geometry.name
    cols = [c for c in gdf.columns if c != geom_name]
    if id_column is None:
        id_column = next((c for c in ("incident_id", "claim_id") if c in cols), None)
    values = {c: _column(gdf[c]) for c in cols}
    geoms = np.asarray(gdf.geometry.values, dtype=object)
    # points (the bulk of any incident layer) vectorised; everything else one by one
    is_point = (shapely.get_type_id(geoms) == 0) & ~shapely.is_empty(geoms)
    points = geoms.copy()
    points[~is_point] = None
    xs: list[float] = np.round(np.asarray(shapely.get_x(points)), _DECIMALS).tolist()
    ys: list[float] = np.round(np.asarray(shapely.get_y(points)), _DECIMALS).tolist()
    features = []
    for i, g in enumerate(geoms):
        feat: dict[str, Any] = {"type": "Feature"}
        if id_column is not None and values[id_column][i] is not None:
            feat["id"] = values[id_column][i]
        if is_point[i]:
            feat["geometry"] = {"type": "Point", "coordinates": [xs[i], ys[i]]}
        else:
            feat["geometry"] = _geometry(g)
        feat["properties"] = {c: values[c][i] for c in cols}
        features.append(feat)
    return {"type": "FeatureCollection", "features": features}


def dumps_script_safe(obj: Any) -> str:
    """Return JSON text safe to embed in a ``<script>`` block.

    ``<``, ``>``, ``&`` and U+2028/9 are escaped, and so is a ``{`` opening a Jinja
    delimiter (``{{``, ``{%``, ``{#``), in case the text ever passes through a template.
    Compact JSON only has such a pair inside strings, where the escaped brace means the same.
    """
    text = json.dumps(obj, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    text = _JINJA_OPEN.sub("\\\\u007b", text)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
