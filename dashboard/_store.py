"""The dashboard over a store (``--db DB``): ingest the folder, then read the store.

Kept apart from ``_cache.py`` (the folder mode): a store is already a persistent cache, so
there is no pickle on disk here, only Streamlit's in-memory caches. The corpus folder is
ingested once per folder content; other writers' ingests (a team's shared PostgreSQL) are
picked up within :data:`REFRESH_S` seconds.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import streamlit as st

__all__ = ["load_sitrep", "refresh"]

#: Seconds before the dashboard looks again for ingests made by someone else.
REFRESH_S = 60


@st.cache_data(show_spinner="Adding new articles to the store ...", ttl=REFRESH_S)
def refresh(db: str, paths: tuple[str, ...], folder_digest: str) -> str:
    """Ingest ``paths`` into ``db`` and return a digest of what the store now holds.

    ``folder_digest`` (``corpus.content_hash`` of ``paths``) is only part of the cache key:
    the ingest runs again when the folder changes, or after :data:`REFRESH_S` seconds.
    """
    from sqlalchemy import func, select

    from corpus.db import ingest, open_engine
    from corpus.db.models import ExtractionRow

    ingest(list(paths), db)
    engine = open_engine(db)
    with engine.connect() as conn:
        n, latest = conn.execute(select(func.count(), func.max(ExtractionRow.extracted_at))).one()
    engine.dispose()
    return hashlib.sha256(f"{db}|{n}|{latest}".encode()).hexdigest()[:16]


@st.cache_resource(show_spinner="Reading the store ...", max_entries=2)
def _sitrep(db: str, digest: str) -> Any:
    from layers.store import sitrep_from_store

    return sitrep_from_store(db)


def load_sitrep(db: str, digest: str) -> tuple[Any, dict[str, float | str]]:
    """Return ``(sitrep, info)`` for the store as of ``digest`` (see :func:`refresh`)."""
    t0 = time.perf_counter()
    return _sitrep(db, digest), {"source": "store", "seconds": time.perf_counter() - t0}


def folder_paths(paths: Sequence[Path]) -> tuple[str, ...]:
    """Return the corpus paths as strings (the cache key of :func:`refresh`)."""
    return tuple(str(p) for p in paths)
