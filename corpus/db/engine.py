"""Open a store: a SQLite file (created on first use) or a database URL, migrated to head.

:func:`store_url` turns what the user typed (``store.db``, ``sqlite:///store.db``,
``postgresql://user@host/db``) into a SQLAlchemy URL; :func:`open_engine` connects and runs
the Alembic migrations in ``corpus/db/migrations`` up to the newest, under a lock, so two
ingests that start at once on a new store migrate it once.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import ArgumentError

from corpus.errors import CorpusError

__all__ = ["MIGRATIONS", "StoreError", "open_engine", "store_url"]

logger = logging.getLogger(__name__)

#: Folder of the Alembic environment (env.py, versions/).
MIGRATIONS = Path(__file__).resolve().parent / "migrations"

#: Seconds a writer waits for another writer's transaction on a SQLite store.
SQLITE_BUSY_TIMEOUT_S = 120

#: Key of the PostgreSQL advisory lock held while the schema is migrated.
_MIGRATION_LOCK = 0x5175_7265  # "Sitr"


class StoreError(CorpusError, RuntimeError):
    """The store cannot be opened or used (bad URL, missing driver, unreachable server)."""


def store_url(db: str | Path | URL) -> URL:
    """Return the SQLAlchemy URL of ``db``: a file path means a SQLite store there.

    Parameters
    ----------
    db
        A path (``store.db``; its folder is created), a ``sqlite:///`` URL, or a server URL
        such as ``postgresql://user@host/db`` (``postgresql://`` uses the psycopg 3 driver).

    Returns
    -------
    URL

    Raises
    ------
    StoreError
        When ``db`` looks like a URL but is not one SQLAlchemy understands.

    Examples
    --------
    >>> store_url("postgresql://me@db.example.org/sitrep").drivername
    'postgresql+psycopg'
    """
    if isinstance(db, URL):
        url = db
    elif isinstance(db, Path) or "://" not in str(db):
        path = Path(db).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite", database=str(path))
    else:
        try:
            url = make_url(str(db))
        except ArgumentError as e:
            msg = (
                f"--db {db!r} is not a database URL: give a SQLite file path (store.db) or a "
                f"URL such as postgresql://user@host/dbname"
            )
            raise StoreError(msg) from e
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite" and url.database:
        Path(url.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
    return url


def _sqlite_setup(engine: Engine) -> None:
    """WAL, a busy timeout, foreign keys, and write transactions that take the lock first."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event below opens transactions
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # IMMEDIATE: take the write lock at BEGIN, so two writers queue on the busy timeout
        # instead of one failing when it upgrades a read lock
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_engine(db: str | Path | URL, *, migrate: bool = True) -> Engine:
    """Connect to the store ``db`` and bring its schema to the newest migration.

    Parameters
    ----------
    db
        See :func:`store_url`.
    migrate
        Run the Alembic migrations (a no-op when the schema is current).

    Returns
    -------
    Engine

    Raises
    ------
    StoreError
        The driver is missing or the server cannot be reached.
    """
    url = store_url(db)
    kwargs: dict[str, Any] = {}
    if url.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": SQLITE_BUSY_TIMEOUT_S, "check_same_thread": False}
    try:
        engine = create_engine(url, **kwargs)
    except ModuleNotFoundError as e:
        msg = (
            f"no database driver for {url.drivername!r} ({e}); for PostgreSQL: pip install psycopg"
        )
        raise StoreError(msg) from e
    if url.get_backend_name() == "sqlite":
        _sqlite_setup(engine)
    if migrate:
        try:
            _migrate(engine)
        except Exception as e:
            if isinstance(e, StoreError):
                raise
            from sqlalchemy.exc import OperationalError

            if isinstance(e, OperationalError):
                where = str(db) if "://" not in str(db) else _shown(str(db))
                msg = f"cannot open the store {where}: {e.orig}; check the path or the server"
                raise StoreError(msg) from e
            raise
    return engine


def _shown(db: str) -> str:
    """Return the URL as the user typed it, password hidden."""
    try:
        return make_url(db).render_as_string(hide_password=True)
    except ArgumentError:
        return db


def _alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str | None:
    """Return the newest migration's revision id."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    head = head_revision()
    with engine.connect() as conn:  # fast path, no lock: already current
        if MigrationContext.configure(conn).get_current_revision() == head:
            return
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(_MIGRATION_LOCK)))
        # on SQLite the BEGIN IMMEDIATE above already holds the one write lock
        if MigrationContext.configure(conn).get_current_revision() != head:
            logger.info("migrating the store to %s", head)
            command.upgrade(_alembic_config(conn), "head")
