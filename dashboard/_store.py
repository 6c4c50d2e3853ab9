"""The dashboard over a store (``--db DB``): ingest the folder, then read the store.

The corpus folder is ingested once per folder content; other writers' ingests (a team's
shared PostgreSQL) are picked up within :data:`REFRESH_S` seconds. The Sitrep made from the
store is kept by ``dashboard._cache`` like a folder's, keyed by the store's last-ingest
stamp (the digest :func:`refresh` returns), in memory and on disk.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import streamlit as st

__all__ = ["article_text", "last_seen", "load_sitrep", "refresh", "warm"]

#: Seconds before the dashboard looks again for ingests made by someone else.
REFRESH_S = 60

#: Held while this process ingests a folder into a store: a page that asks what the store
#: holds (:func:`last_seen`) while :func:`warm` ingests waits for it instead of ingesting too.
_INGEST_LOCK = threading.Lock()


@st.cache_data(show_spinner="Adding new articles to the store ...", ttl=REFRESH_S)
def refresh(db: str, paths: tuple[str, ...], folder_digest: str) -> str:
    """Ingest ``paths`` into ``db`` and return a digest of what the store now holds.

    ``folder_digest`` (``corpus.content_hash`` of ``paths``) is only part of the cache key:
    the ingest runs again when the folder changes, or after :data:`REFRESH_S` seconds.
    """
    with _INGEST_LOCK:
        return _ingest(db, paths, folder_digest)


def _ingest(db: str, paths: tuple[str, ...], folder_digest: str) -> str:
    """:func:`refresh` without its cache (the caller holds ``_INGEST_LOCK``)."""
    from sqlalchemy import func, select

    from corpus.db import ingest, open_engine
    from corpus.db.models import ExtractionRow

    ingest(list(paths), db)
    engine = open_engine(db)
    with engine.connect() as conn:
        n, latest = conn.execute(select(func.count(), func.max(ExtractionRow.extracted_at))).one()
    engine.dispose()
    digest = hashlib.sha256(f"{db}|{n}|{latest}".encode()).hexdigest()[:16]
    from dashboard import _cache

    _cache._disk_save_file(_seen_path(db, paths), {"folder": folder_digest, "store": digest})
    return digest


def _seen_path(db: str, paths: tuple[str, ...]) -> Path:
    from dashboard._config import cache_dir

    name = hashlib.sha256("|".join([db, *paths]).encode()).hexdigest()[:16]
    return cache_dir() / "store" / f"{name}.pkl"


def last_seen(db: str, paths: tuple[str, ...], folder_digest: str) -> str | None:
    """Return the store digest the last :func:`refresh` gave for this folder content, or None.

    A restarted dashboard draws the store as of that digest at once (its Sitrep is on disk)
    and calls :func:`refresh` after the page is drawn, rerunning the page only when the
    store changed meanwhile (someone else's ingest). None when the folder changed since
    (its new articles must go in first) or this store was never shown.
    """
    from dashboard import _cache

    if not _INGEST_LOCK.acquire(blocking=False):  # an ingest under way (warm) writes it
        with st.spinner("Adding new articles to the store (started with the server) ..."):
            _INGEST_LOCK.acquire()
    try:
        seen = _cache._disk_load_file(_seen_path(db, paths))
    finally:
        _INGEST_LOCK.release()
    if isinstance(seen, dict) and seen.get("folder") == folder_digest:
        return str(seen.get("store"))
    return None


def load_sitrep(db: str, digest: str) -> tuple[Any, dict[str, float | str]]:
    """Return ``(sitrep, info)`` for the store as of ``digest`` (see :func:`refresh`).

    Kept like a folder's Sitrep (``dashboard._cache.load_sitrep``): in memory, and pickled
    on disk under ``digest``, so a restarted dashboard over an unchanged store loads the
    pickle instead of reading and merging every record again; any ingest changes
    ``digest``, and the next page reads the store.
    """
    from dashboard import _cache

    def build() -> Any:
        from layers.store import sitrep_from_store

        with st.spinner("Reading the store ..."):
            return sitrep_from_store(db)

    return _cache.load_sitrep((db,), digest, build=build)


def warm(db: str, paths: tuple[str, ...], folder_digest: str) -> str:
    """Do a never-shown store's first page's work ahead of it (``python -m dashboard``).

    Ingests ``paths``, reads the store into a Sitrep, keeps it on disk and hands it to the
    first page with its derived tables (``dashboard._cache.warm_key``'s hand-over). A page
    that comes meanwhile waits for each step instead of doing it a second time: for the
    ingest in :func:`last_seen`, for the Sitrep in ``dashboard._cache.sitrep_cached``.
    Returns what was done, for the log.
    """
    import time

    from dashboard import _cache

    t0 = time.perf_counter()
    with _cache._WARM_LOCK:
        with _INGEST_LOCK:
            digest = _ingest(db, paths, folder_digest)
        key = _cache.build_key(digest)
        value = _cache._disk_load(key)
        if value is None:
            from layers.store import sitrep_from_store

            built = sitrep_from_store(db)
            value = _cache._disk_save(key, built) or built
        _cache._WARM[key] = value
    _cache.derived(key, value)
    return f"store ingested and read ({key}) in {time.perf_counter() - t0:.1f} s"


@st.cache_resource(show_spinner=False, max_entries=4)
def _engine(db: str) -> Any:
    """One connection pool per store and server (the schema was migrated by refresh)."""
    from corpus.db import open_engine

    return open_engine(db, migrate=False)


@st.cache_data(show_spinner=False, max_entries=256)
def article_text(db: str, article_id: str) -> tuple[str, str] | None:
    """Return ``(title, text)`` of a stored article (one row read by its id), or None."""
    from sqlalchemy import select

    from corpus.db.models import ArticleRow

    with _engine(db).connect() as conn:
        row = conn.execute(
            select(ArticleRow.title, ArticleRow.text).where(ArticleRow.id == article_id)
        ).first()
    return (row.title, row.text) if row is not None else None


def folder_paths(paths: Sequence[Path]) -> tuple[str, ...]:
    """Return the corpus paths as strings (the cache key of :func:`refresh`)."""
    return tuple(str(p) for p in paths)
