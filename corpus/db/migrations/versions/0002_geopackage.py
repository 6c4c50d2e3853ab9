"""A SQLite store is also a GeoPackage: metadata tables, point blobs (nothing on PostgreSQL).

Adds ``gpkg_spatial_ref_sys``, ``gpkg_contents`` and ``gpkg_geometry_columns``, registers
``places``, ``incidents`` and ``control_claims`` as point layers in EPSG:4326, sets the
GeoPackage ``application_id`` and ``user_version``, and rewrites the stored points (until
now well-known text) as GeoPackage geometry blobs (see :mod:`corpus.db.gpkg`). The record
tables' VARCHAR(64) and BIGINT columns become TEXT and INTEGER (the same values in SQLite),
which GDAL reads; it leaves the others out of a layer.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 06:20:00
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

from corpus.db.gpkg import (
    APPLICATION_ID,
    FEATURE_TABLES,
    SRS_ID,
    SRS_ROWS,
    USER_VERSION,
    gpkg_tables,
    point_blob,
)

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _points(table: str) -> sa.TableClause:
    return sa.table(table, sa.column("id"), sa.column("lat"), sa.column("lon"), sa.column("geom"))


def _rewrite(table: str, value: object) -> None:
    """Set ``geom`` of every located row of ``table`` to ``value(lon, lat)``."""
    bind = op.get_bind()
    t = _points(table)
    rows = bind.execute(sa.select(t.c.id, t.c.lon, t.c.lat).where(t.c.lat.is_not(None))).all()
    if rows:
        bind.execute(
            t.update().where(t.c.id == sa.bindparam("rid")).values(geom=sa.bindparam("g")),
            [{"rid": r.id, "g": value(r.lon, r.lat)} for r in rows],  # type: ignore[operator]
        )


#: Record tables and their columns whose declared type changes on SQLite.
_RETYPED = {
    "places": ("article_id", "extractor_version"),
    "incidents": ("article_id", "extractor_version"),
    "control_claims": ("article_id", "extractor_version"),
    "figures": ("article_id", "extractor_version", "number"),
}


def _retype(gpkg: bool) -> None:
    for table, cols in _RETYPED.items():
        with op.batch_alter_table(table) as batch:
            for col in cols:
                old: sa.types.TypeEngine[Any]
                new: sa.types.TypeEngine[Any]
                if col == "number":
                    old, new = sa.BigInteger(), sa.Integer()
                else:
                    old, new = sa.String(length=64), sa.Text()
                batch.alter_column(
                    col,
                    existing_type=old if gpkg else new,
                    type_=new if gpkg else old,
                    existing_nullable=False,
                )


def upgrade() -> None:
    """Apply the change."""
    if op.get_bind().dialect.name != "sqlite":
        return
    _retype(gpkg=True)
    srs, contents, columns = gpkg_tables(sa.MetaData())
    for table in (srs, contents, columns):
        table.create(op.get_bind())
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
    op.bulk_insert(srs, SRS_ROWS)
    op.bulk_insert(
        contents,
        [
            {"table_name": name, "data_type": "features", "identifier": name,
             "description": what, "last_change": now, "srs_id": SRS_ID}
            for name, what in FEATURE_TABLES.items()
        ],
    )  # fmt: skip
    op.bulk_insert(
        columns,
        [
            {"table_name": name, "column_name": "geom", "geometry_type_name": "POINT",
             "srs_id": SRS_ID, "z": 0, "m": 0}
            for name in FEATURE_TABLES
        ],
    )  # fmt: skip
    for name in FEATURE_TABLES:
        _rewrite(name, point_blob)
    op.execute(sa.text(f"PRAGMA application_id = {APPLICATION_ID}"))
    op.execute(sa.text(f"PRAGMA user_version = {USER_VERSION}"))


def downgrade() -> None:
    """Undo the change."""
    if op.get_bind().dialect.name != "sqlite":
        return
    for name in FEATURE_TABLES:
        _rewrite(name, lambda lon, lat: f"POINT({lon} {lat})")
    for name in ("gpkg_geometry_columns", "gpkg_contents", "gpkg_spatial_ref_sys"):
        op.drop_table(name)
    op.execute(sa.text("PRAGMA application_id = 0"))
    op.execute(sa.text("PRAGMA user_version = 0"))
    _retype(gpkg=False)
