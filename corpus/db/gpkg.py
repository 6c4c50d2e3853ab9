"""GeoPackage on a SQLite store: the point encoding and the tables that let QGIS open it.

A SQLite store is also a GeoPackage (OGC 12-128r18): the file carries the GeoPackage
``application_id``, the three required metadata tables (``gpkg_spatial_ref_sys``,
``gpkg_contents``, ``gpkg_geometry_columns``), and the ``geom`` column of ``places``,
``incidents`` and ``control_claims`` holds GeoPackage geometry blobs (a short header, then
the point as well-known binary, EPSG:4326). QGIS, ``ogr2ogr`` and pyogrio list those three
tables as point layers; the other tables are plain tables next to them. The migration that
adds this is ``corpus/db/migrations/versions/0002_geopackage.py``; the writer calls
:func:`point_blob`.
"""

from __future__ import annotations

import struct

import sqlalchemy as sa

__all__ = [
    "APPLICATION_ID",
    "FEATURE_TABLES",
    "SRS_ROWS",
    "USER_VERSION",
    "gpkg_tables",
    "point_blob",
]

#: ``PRAGMA application_id`` of a GeoPackage ("GPKG").
APPLICATION_ID = 0x47504B47
#: ``PRAGMA user_version`` of GeoPackage 1.4.0.
USER_VERSION = 10400
#: Tables with a point column, each a GeoPackage feature layer (title, description).
FEATURE_TABLES = {
    "places": "Place mentions, one per mention; unresolved ones have no point",
    "incidents": "Incidents as each article reports them (before merging)",
    "control_claims": "Claims of territorial control, at the claimed place's point",
}
SRS_ID = 4326
_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AUTHORITY["EPSG","4326"]]'
)
#: The rows the standard requires in ``gpkg_spatial_ref_sys``, plus WGS 84.
SRS_ROWS = [
    {"srs_name": "Undefined cartesian SRS", "srs_id": -1, "organization": "NONE",
     "organization_coordsys_id": -1, "definition": "undefined", "description": None},
    {"srs_name": "Undefined geographic SRS", "srs_id": 0, "organization": "NONE",
     "organization_coordsys_id": 0, "definition": "undefined", "description": None},
    {"srs_name": "WGS 84 geodetic", "srs_id": SRS_ID, "organization": "EPSG",
     "organization_coordsys_id": SRS_ID, "definition": _WGS84_WKT,
     "description": "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"},
]  # fmt: skip

# GeoPackage binary header: "GP", version 0, flags (bit 0: little-endian; no envelope),
# srs_id; then WKB: little-endian, type 1 (Point), x (longitude), y (latitude)
_HEADER = b"GP\x00\x01" + struct.pack("<i", SRS_ID)
_WKB_POINT = struct.Struct("<BIdd")


def point_blob(lon: float, lat: float) -> bytes:
    r"""Return the GeoPackage geometry blob of the point ``(lon, lat)`` in EPSG:4326.

    Examples
    --------
    >>> point_blob(38.99, 35.95)[:4]
    b'GP\\x00\\x01'
    >>> len(point_blob(38.99, 35.95))
    29
    """
    return _HEADER + _WKB_POINT.pack(1, 1, lon, lat)


def gpkg_tables(metadata: sa.MetaData) -> tuple[sa.Table, sa.Table, sa.Table]:
    """Declare the three GeoPackage metadata tables (as the standard's DDL has them)."""
    srs = sa.Table(
        "gpkg_spatial_ref_sys", metadata,
        sa.Column("srs_name", sa.Text, nullable=False),
        sa.Column("srs_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("organization", sa.Text, nullable=False),
        sa.Column("organization_coordsys_id", sa.Integer, nullable=False),
        sa.Column("definition", sa.Text, nullable=False),
        sa.Column("description", sa.Text),
    )  # fmt: skip
    contents = sa.Table(
        "gpkg_contents", metadata,
        sa.Column("table_name", sa.Text, primary_key=True),
        sa.Column("data_type", sa.Text, nullable=False),
        sa.Column("identifier", sa.Text, unique=True),
        sa.Column("description", sa.Text, server_default=""),
        sa.Column("last_change", sa.Text, nullable=False),
        sa.Column("min_x", sa.Float), sa.Column("min_y", sa.Float),
        sa.Column("max_x", sa.Float), sa.Column("max_y", sa.Float),
        sa.Column("srs_id", sa.Integer, sa.ForeignKey("gpkg_spatial_ref_sys.srs_id")),
    )  # fmt: skip
    columns = sa.Table(
        "gpkg_geometry_columns", metadata,
        sa.Column("table_name", sa.Text, sa.ForeignKey("gpkg_contents.table_name"),
                  primary_key=True),
        sa.Column("column_name", sa.Text, primary_key=True),
        sa.Column("geometry_type_name", sa.Text, nullable=False),
        sa.Column("srs_id", sa.Integer, sa.ForeignKey("gpkg_spatial_ref_sys.srs_id"),
                  nullable=False),
        sa.Column("z", sa.SmallInteger, nullable=False),
        sa.Column("m", sa.SmallInteger, nullable=False),
    )  # fmt: skip
    return srs, contents, columns
