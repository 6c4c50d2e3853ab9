"""A SQLite store is a GeoPackage: GDAL (what QGIS uses) lists and reads its point layers."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from corpus.db import ingest, open_engine
from corpus.db.engine import _alembic_config
from corpus.db.models import RECORD_TABLES

pyogrio = pytest.importorskip("pyogrio")
# GDAL's notes on the tables beside the layers (JSON, VARCHAR columns) and a .db extension
pytestmark = pytest.mark.filterwarnings("ignore::RuntimeWarning:pyogrio")

LAYERS = ("places", "incidents", "control_claims")


def _read(path: Path, layer: str):  # type: ignore[no-untyped-def]
    return pyogrio.read_dataframe(path, layer=layer)


def _stored(path: Path, layer: str) -> tuple[int, int, set[tuple[float, float]]]:
    """Rows, rows with a point, and the (lon, lat) pairs the store's columns hold."""
    engine = open_engine(path)
    table = RECORD_TABLES[layer]
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(table)) or 0
        pts = conn.execute(select(table.lon, table.lat).where(table.lat.is_not(None))).all()
    engine.dispose()
    return total, len(pts), {(round(x, 6), round(y, 6)) for x, y in pts}


def _check_layers(path: Path) -> None:
    listed = {name: kind for name, kind in pyogrio.list_layers(path)}
    for layer in LAYERS:
        assert listed.get(layer) == "Point", f"{layer} is not a point layer: {listed}"
        gdf = _read(path, layer)
        total, located, points = _stored(path, layer)
        assert len(gdf) == total
        assert gdf.crs is not None and gdf.crs.to_epsg() == 4326
        geoms = gdf.geometry[gdf.geometry.notna()]
        assert len(geoms) == located
        assert {(round(g.x, 6), round(g.y, 6)) for g in geoms} == points


def test_qgis_reads_the_store_as_a_geopackage(tmp_path: Path, samples: Path) -> None:
    store = tmp_path / "sitrep.gpkg"
    report = ingest([samples], store)
    assert report.new > 0
    _check_layers(store)
    assert len(_read(store, "incidents")) > 0
    # the layers carry the columns an analyst filters on
    inc = _read(store, "incidents")
    assert {"event_type", "place", "date_start", "article_id"} <= set(inc.columns)
    assert pyogrio.read_info(store, layer="incidents")["crs"] == "EPSG:4326"


def test_a_store_made_before_the_geopackage_migration_is_converted(
    tmp_path: Path, samples: Path
) -> None:
    store = tmp_path / "old.db"
    ingest([samples], store)
    engine = open_engine(store)
    with engine.begin() as conn:  # back to the schema of the first release: WKT points
        command.downgrade(_alembic_config(conn), "0001")
    with engine.connect() as conn:
        table = RECORD_TABLES["incidents"]
        geom = conn.scalar(select(table.geom).where(table.geom.is_not(None)).limit(1))
    engine.dispose()
    assert isinstance(geom, str) and geom.startswith("POINT(")
    open_engine(store).dispose()  # opening migrates it, rewriting the points
    _check_layers(store)
