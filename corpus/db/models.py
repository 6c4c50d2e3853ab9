"""The store's tables, declared once with SQLAlchemy 2 (the Alembic migrations follow them).

Articles are keyed on their content hash (:attr:`corpus.Article.id`). Each extraction record
(place mention, figure, incident, control claim) is one row with the columns people query and
filter on, plus ``data``: the whole record as JSON, from which :mod:`corpus.db.codec` rebuilds
the frozen dataclass exactly. Every record row carries the extractor version that made it.
Points are ``geom`` columns: PostGIS ``geometry(POINT, 4326)`` with a GiST index on
PostgreSQL; on SQLite, GeoPackage geometry blobs in a column declared TEXT (SQLite keeps a
blob as it is whatever the declared type; GDAL and QGIS read it), registered as GeoPackage
point layers (:mod:`corpus.db.gpkg`). ``lat``/``lon`` are kept on both.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeEngine

__all__ = [
    "RECORD_TABLES",
    "ArticleRow",
    "Base",
    "ControlClaimRow",
    "ExtractionRow",
    "FigureRow",
    "IncidentRow",
    "IngestRun",
    "PlaceRow",
    "SourceFile",
    "point_type",
]

#: Constraint names fixed by convention, so migrations name them the same on every database.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def point_type() -> TypeEngine[Any]:
    """Return the point column type.

    PostGIS geometry(POINT, 4326) on PostgreSQL; on SQLite a column declared TEXT that holds
    GeoPackage geometry blobs (see :mod:`corpus.db.gpkg`).
    """
    from geoalchemy2 import Geometry

    return Text().with_variant(Geometry("POINT", srid=4326, spatial_index=False), "postgresql")


class Base(DeclarativeBase):
    """Declarative base of every store table."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class ArticleRow(Base):
    """One article, as read (id: first 16 hex digits of the sha256 of its normalised text)."""

    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    path: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    published_inferred: Mapped[bool] = mapped_column(Boolean)
    published_source: Mapped[str] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text, index=True)
    agencies: Mapped[list[Any]] = mapped_column(JSON)
    url: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ExtractionRow(Base):
    """Which extractor version read an article, and when (one row per article).

    Writers lock this row (an upsert) before replacing the article's records, so two
    ingests of the same article one after the other never leave duplicates.
    """

    __tablename__ = "extractions"

    article_id: Mapped[str] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    extractor_version: Mapped[str] = mapped_column(String(64), index=True)
    extracted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    n_places: Mapped[int] = mapped_column(Integer)
    n_figures: Mapped[int] = mapped_column(Integer)
    n_incidents: Mapped[int] = mapped_column(Integer)
    n_control_claims: Mapped[int] = mapped_column(Integer)


#: Types of record columns as GDAL reads them in a GeoPackage (on SQLite TEXT and INTEGER:
#: GDAL leaves out columns declared VARCHAR(n) or BIGINT, and QGIS would not show them).
GPKG_ID = String(64).with_variant(Text(), "sqlite")
GPKG_BIGINT = BigInteger().with_variant(Integer(), "sqlite")


class _Record:
    """Columns every extraction record has."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_id: Mapped[str] = mapped_column(
        GPKG_ID, ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    extractor_version: Mapped[str] = mapped_column(GPKG_ID)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class PlaceRow(_Record, Base):
    """A place mention (:class:`geo.Mention`); ``name`` is None when it was not resolved."""

    __tablename__ = "places"
    __table_args__ = (UniqueConstraint("article_id", "seq"),)

    surface: Mapped[str] = mapped_column(Text)
    name: Mapped[str | None] = mapped_column(Text, index=True)
    admin1_pcode: Mapped[str | None] = mapped_column(Text)
    precision: Mapped[str | None] = mapped_column(Text)
    metonymy: Mapped[bool] = mapped_column(Boolean)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geom: Mapped[Any] = mapped_column(point_type(), nullable=True)


class FigureRow(_Record, Base):
    """A casualty or displacement figure (:class:`corpus.Figure`)."""

    __tablename__ = "figures"
    __table_args__ = (UniqueConstraint("article_id", "seq"),)

    number: Mapped[int] = mapped_column(GPKG_BIGINT)
    category: Mapped[str] = mapped_column(Text, index=True)
    party: Mapped[str | None] = mapped_column(Text)
    claimant: Mapped[str] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)


class IncidentRow(_Record, Base):
    """An ACLED-typed incident (:class:`corpus.Incident`)."""

    __tablename__ = "incidents"
    __table_args__ = (UniqueConstraint("article_id", "seq"),)

    incident_id: Mapped[str] = mapped_column(Text)
    event_type: Mapped[str] = mapped_column(Text, index=True)
    place: Mapped[str | None] = mapped_column(Text)
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geom: Mapped[Any] = mapped_column(point_type(), nullable=True)


class ControlClaimRow(_Record, Base):
    """A claim of territorial control (:class:`corpus.ControlClaim`)."""

    __tablename__ = "control_claims"
    __table_args__ = (UniqueConstraint("article_id", "seq"),)

    actor: Mapped[str] = mapped_column(Text, index=True)
    place: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(Text)
    extent: Mapped[str] = mapped_column(Text)
    claimant: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geom: Mapped[Any] = mapped_column(point_type(), nullable=True)


class SourceFile(Base):
    """A file read in full: its size and mtime let a later ingest skip it unopened."""

    __tablename__ = "source_files"

    path: Mapped[str] = mapped_column(Text, primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger)
    article_ids: Mapped[list[Any]] = mapped_column(JSON)
    read_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class IngestRun(Base):
    """One finished ``corpus ingest``: what it found (an audit trail of the store)."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    extractor_version: Mapped[str] = mapped_column(String(64))
    new: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    reextracted: Mapped[int] = mapped_column(Integer)
    unreadable: Mapped[int] = mapped_column(Integer)
    host: Mapped[str] = mapped_column(Text)


#: Record kind (the field of :class:`corpus.Extraction`) -> its table.
RECORD_TABLES: dict[str, type[_Record]] = {
    "places": PlaceRow,
    "figures": FigureRow,
    "incidents": IncidentRow,
    "control_claims": ControlClaimRow,
}
