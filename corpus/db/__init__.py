"""The store: articles and their extraction records in SQLite or PostgreSQL + PostGIS.

One SQLite file by default (created on first use), or any database URL such as
``postgresql://user@host/db`` for a team. The schema is declared in :mod:`corpus.db.models`
and migrated with Alembic (``corpus/db/migrations``) each time a store is opened.
:func:`ingest` reads only new or changed articles; :func:`load_extractions` gives them back
as :class:`corpus.Extraction` objects for ``layers`` and the dashboard.

Examples
--------
>>> from corpus.db import ingest, load_extractions  # doctest: +SKIP
>>> ingest(["corpus/samples"], "sitrep.db").summary()  # doctest: +SKIP
'6 new, 0 unchanged, 0 re-extracted, 0 unreadable'
>>> len(load_extractions("sitrep.db"))  # doctest: +SKIP
6
"""

from __future__ import annotations

from corpus.db.engine import StoreError, open_engine, store_url
from corpus.db.ingest import IngestReport, extractor_version, ingest, load_extractions

__all__ = [
    "IngestReport",
    "StoreError",
    "extractor_version",
    "ingest",
    "load_extractions",
    "open_engine",
    "store_url",
]
