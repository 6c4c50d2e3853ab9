"""An RFC 7946 checker for the exports (coordinate order, winding, JSON-native, no NaN)."""

from __future__ import annotations

import itertools
import json
import math
from typing import Any

#: Generous box around Syria (lon, lat): a swapped pair (lat, lon) falls outside it.
SYRIA_BOX = (35.0, 32.0, 42.6, 37.6)


def _ring_area(ring: list[list[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring)) / 2


def _positions(geom: dict[str, Any]):
    t, c = geom["type"], geom.get("coordinates")
    if t == "Point":
        yield c
    elif t in ("MultiPoint", "LineString"):
        yield from c
    elif t in ("MultiLineString", "Polygon"):
        for part in c:
            yield from part
    elif t == "MultiPolygon":
        for poly in c:
            for ring in poly:
                yield from ring
    elif t == "GeometryCollection":
        for g in geom["geometries"]:
            yield from _positions(g)


def _polygons(geom: dict[str, Any]):
    if geom["type"] == "Polygon":
        yield geom["coordinates"]
    elif geom["type"] == "MultiPolygon":
        yield from geom["coordinates"]


def check(
    text: str, *, box: tuple[float, float, float, float] | None = SYRIA_BOX
) -> dict[str, Any]:
    """Parse GeoJSON text and assert RFC 7946; return the parsed object."""

    def no_constant(name: str) -> None:
        raise AssertionError(f"non-JSON constant {name} in GeoJSON")

    fc = json.loads(text, parse_constant=no_constant)
    assert fc["type"] == "FeatureCollection"
    assert "crs" not in fc, "RFC 7946 removed the crs member"
    assert isinstance(fc["features"], list)
    for feat in fc["features"]:
        assert feat["type"] == "Feature"
        assert "properties" in feat and (
            feat["properties"] is None or isinstance(feat["properties"], dict)
        )
        geom = feat["geometry"]
        if geom is None:
            continue
        for pos in _positions(geom):
            assert len(pos) in (2, 3) and all(isinstance(v, (int, float)) for v in pos)
            lon, lat = pos[0], pos[1]
            assert math.isfinite(lon) and math.isfinite(lat)
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            if box is not None:
                assert box[0] <= lon <= box[2] and box[1] <= lat <= box[3], (
                    f"({lon}, {lat}) outside box"
                )
        for poly in _polygons(geom):
            for i, ring in enumerate(poly):
                assert ring[0] == ring[-1] and len(ring) >= 4
                area = _ring_area(ring)
                if i == 0:
                    assert area > 0, "exterior ring must be counter-clockwise"
                else:
                    assert area < 0, "holes must be clockwise"
    return fc
