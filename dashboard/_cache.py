"""Cache wrappers: the only place the dashboard keeps results between reruns and restarts.

* ``gazetteer()``: ``st.cache_resource`` (one shared, read-only object per process).
* ``sitrep_cached(digest, ...)``: ``st.cache_data`` keyed on the corpus content hash
  (``corpus.content_hash``) and the code version; it loads the pickled Sitrep that
  :func:`load_sitrep` keeps on disk, so a restart over the same corpus is fast.
* Exports (GeoJSON, CSV, HTML, GeoPackage) are cached per corpus hash and filter key.

The build itself runs *outside* the cached functions, so its ``st.progress`` bar is a
plain element (not replayed from the cache) and an error is never cached.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import pickle
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import streamlit as st

from dashboard._config import ROOT, cache_dir

logger = logging.getLogger(__name__)

#: Bump to invalidate every disk cache entry by hand.
CACHE_FORMAT = "1"
_CODE_PACKAGES = ("corpus", "geo", "layers")


class NotCached(LookupError):
    """The Sitrep for this corpus hash is not on disk yet."""


@functools.cache
def code_version() -> str:
    """Hash of the code and data that turn articles into a Sitrep (memoised per process).

    Any change to ``corpus``, ``geo`` or ``layers`` (sources, alias tables, overlay) makes
    a new version, so a stale pickle is never loaded after an upgrade.
    """
    h = hashlib.sha256(CACHE_FORMAT.encode())
    for pkg in _CODE_PACKAGES:
        base = ROOT / pkg
        for path in sorted(base.rglob("*")):
            rel = path.relative_to(ROOT).as_posix()
            if (
                not path.is_file()
                or "__pycache__" in path.parts
                or "/samples/" in f"/{rel}"
                or rel == "layers/query.py"
            ):
                continue
            h.update(rel.encode())
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()[:16]


@functools.cache
def _environment_key() -> str:
    """Hash what else changes a build: the data folder and the files present in it.

    The folder itself is part of the key: a Sitrep built while a boundary file was missing
    warns with the folder to put it in, and the page must never show another folder's advice.
    The files ``geo`` reads from it (boundary files, registry files) lie at its top level or
    one folder down, so only those are listed: a downloaded source tree below them (Who's On
    First: 15,000 files, which took 0.7 s to list on every start) is stood for by its
    ``.sha256`` file one level up.
    """
    try:
        import geo

        data = Path(geo.data_dir())
        state: object = {
            "folder": str(data.resolve()),
            "files": sorted(
                (p.relative_to(data).as_posix(), p.stat().st_size, p.stat().st_mtime_ns)
                for p in [*data.glob("*"), *data.glob("*/*")]
                if p.is_file()
            ),
        }
    except (ImportError, AttributeError, OSError) as e:  # geo absent or data dir unreadable
        state = ["unavailable", str(e)]
    return hashlib.sha256(json.dumps(state).encode()).hexdigest()[:12]


def build_key(digest: str) -> str:
    """Return the full cache key of a corpus: content hash + code version + environment."""
    return f"{digest}-{code_version()}-{_environment_key()}"


def _pickle_path(key: str) -> Path:
    return cache_dir() / "sitrep" / f"{key}.pkl"


#: Sitrep fields the page uses only on demand (an article's full text, the HTML and
#: GeoPackage downloads): on disk they are a file of their own, read when first used, so a
#: restart does not unpickle every article and merged record before the first page
#: (for 10,000 incidents they are two thirds of the pickle's load time).
DEFERRED_FIELDS = ("extractions", "merged")


class Deferred(Sequence[Any]):
    """A list kept in a cache file of its own and read when first used.

    Its length is known without reading it (``len(sitrep.extractions)`` costs nothing).
    Pickling it stores only where it lives, never its items.
    """

    def __init__(self, path: Path, name: str, length: int) -> None:
        self.path, self.name, self.length = path, name, length
        self._items: list[Any] | None = None
        self._lock = threading.Lock()

    def _load(self) -> list[Any]:
        with self._lock:
            if self._items is None:
                value = _disk_load_file(self.path)
                if not isinstance(value, dict) or self.name not in value:
                    msg = (
                        f"the dashboard's cache file {self.path} is missing or unreadable; "
                        "restart the dashboard (it rebuilds what it needs)"
                    )
                    raise NotCached(msg)
                self._items = list(value[self.name])
            return self._items

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i: Any) -> Any:
        return self._load()[i]

    def __iter__(self) -> Any:
        return iter(self._load())

    def __getstate__(self) -> tuple[Path, str, int]:
        return (self.path, self.name, self.length)

    def __setstate__(self, state: tuple[Path, str, int]) -> None:
        self.__init__(*state)  # type: ignore[misc]


def _deferred_path(key: str) -> Path:
    return cache_dir() / "sitrep" / f"{key}-records.pkl"


def _disk_load(key: str) -> Any | None:
    value = _disk_load_file(_pickle_path(key))
    deferred = value is not None and any(
        isinstance(getattr(value, name, None), Deferred) for name in DEFERRED_FIELDS
    )
    if deferred and not _deferred_path(key).is_file():  # half of an entry: rebuild it
        return None
    return value


def _disk_save(key: str, value: Any) -> Any | None:
    """Pickle a Sitrep; its :data:`DEFERRED_FIELDS` go to a file of their own, first.

    Returns the Sitrep as a later load gives it (those fields :class:`Deferred`), or None
    when it could not be written.
    """
    heavy = {
        name: getattr(value, name)
        for name in DEFERRED_FIELDS
        if isinstance(getattr(value, name, None), list)
    }
    if heavy and dataclasses.is_dataclass(value) and not isinstance(value, type):
        path = _deferred_path(key)
        if _disk_save_file(path, heavy) is None:
            return None
        value = dataclasses.replace(
            value, **{name: Deferred(path, name, len(items)) for name, items in heavy.items()}
        )
    return value if _disk_save_file(_pickle_path(key), value) is not None else None


def _disk_load_file(path: Path) -> Any | None:
    if not path.is_file():
        return None
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 - our own cache file, written by _disk_save_file
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as e:
        logger.warning("ignoring unreadable cache file %s: %s", path, e)
        return None


def _disk_save_file(path: Path, value: Any) -> Path | None:
    """Pickle ``value`` to ``path`` whole or not at all; None when the folder is unwritable."""
    from layers.export import remove_stale_temps, write_atomic

    def dump(tmp: Path) -> None:
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(path.parent)  # what a killed dashboard left half-written
        write_atomic(path, dump)
    except (OSError, pickle.PicklingError, TypeError, AttributeError) as e:
        logger.warning("could not keep %s on disk: %s", path.name, e)
        return None
    return path


# What ``python -m dashboard`` loaded ahead of the first visitor (see :func:`warm`): a
# Sitrep by cache key, or the gazetteer under "gazetteer". Each entry is handed over once,
# to the ``st.cache_resource`` functions below; the lock makes a first page that comes
# while the warm-up is still loading wait for it instead of loading the same file again.
_WARM: dict[str, Any] = {}
_WARM_LOCK = threading.Lock()


def warm(paths: Sequence[str | Path]) -> str:
    """Load the corpus's Sitrep and derived tables from disk ahead of the first page.

    Called by ``python -m dashboard`` in a background thread as the server starts. When
    the corpus is not on disk yet, loads the gazetteer instead (the build itself stays on
    the page, with its progress bar). Returns what it did, for the log.
    """
    from corpus.store import content_hash

    return warm_key(build_key(content_hash(paths)))


def warm_key(key: str) -> str:
    """Load the Sitrep cached under ``key`` and its derived tables (see :func:`warm`)."""
    t0 = time.perf_counter()
    with _WARM_LOCK:
        value = _disk_load(key)
        if value is None:
            import geo

            _WARM["gazetteer"] = geo.Gazetteer.default()
            return f"corpus not cached yet; gazetteer loaded in {time.perf_counter() - t0:.1f} s"
        _WARM[key] = value
    derived(key, value)
    return f"cached corpus {key} loaded in {time.perf_counter() - t0:.1f} s"


def _take_warm(key: str) -> Any | None:
    with _WARM_LOCK:
        return _WARM.pop(key, None)


@st.cache_resource(show_spinner="Loading the gazetteer ...")
def gazetteer() -> Any:
    """Return the default ``geo.Gazetteer``, built once per server process."""
    import geo

    gaz = _take_warm("gazetteer")
    return gaz if gaz is not None else geo.Gazetteer.default()


@st.cache_resource(show_spinner=False, max_entries=4)
def sitrep_cached(key: str, paths: tuple[str, ...]) -> Any:
    """Return the Sitrep for ``key`` from the disk cache (raise NotCached when absent).

    ``key`` is :func:`build_key` of the corpus content hash; ``paths`` is part of the key
    only so that two folders with the same content stay apart in the UI.

    This is ``st.cache_resource``, not ``st.cache_data``: ``cache_data`` unpickles a fresh
    copy on every rerun (0.3 s for 10,000 incidents, a third of the filter-change budget).
    The Sitrep is never modified (``layers.query.filter_sitrep`` is pure), so sharing one
    object is safe. The results derived from it are ``st.cache_data`` (below).
    """
    value = _take_warm(key)
    if value is None:
        value = _disk_load(key)
    if value is None:
        msg = f"no cached Sitrep for {key}"
        raise NotCached(msg)
    return value


#: Sitreps kept in this process when the disk cache cannot be written (newest last).
_MEMORY: OrderedDict[str, Any] = OrderedDict()
_MEMORY_ENTRIES = 2
_MEMORY_LOCK = threading.Lock()


def _memory_note() -> str:
    return (
        f"The cache folder {cache_dir()} cannot be written, so the map is kept in memory only "
        "(rebuilt when the dashboard restarts). Set SITREP_CACHE_DIR to a writable folder to "
        "keep it on disk."
    )


def load_sitrep(
    paths: Sequence[str | Path],
    digest: str,
    *,
    progress: Callable[[int, int | None, str], None] | None = None,
    build: Callable[[], Any] | None = None,
) -> tuple[Any, dict[str, float | str]]:
    """Return ``(sitrep, info)`` for a corpus: from memory, from disk, or built now.

    Parameters
    ----------
    paths
        What ``layers.build_sitrep`` reads.
    digest
        ``corpus.content_hash(paths)``, or what else names the Sitrep's content exactly (a
        store's last-ingest stamp, see ``dashboard._store.refresh``).
    progress
        ``progress(done, total, label)`` while building (only called on a cache miss).
    build
        Makes the Sitrep on a cache miss (default: ``layers.build_sitrep(paths)``).

    Returns
    -------
    tuple
        The Sitrep, and ``{"source": "cache" | "memory" | "built", "seconds": ...}`` (with
        a ``"note"`` when the disk cache cannot be written). A Sitrep the disk cannot keep
        is kept in memory (the last :data:`_MEMORY_ENTRIES`), so a filter click never
        rebuilds the corpus.
    """
    import layers

    key = build_key(digest)
    spaths = tuple(str(p) for p in paths)
    t0 = time.perf_counter()
    try:
        return sitrep_cached(key, spaths), {"source": "cache", "seconds": time.perf_counter() - t0}
    except NotCached:
        pass
    with _MEMORY_LOCK:
        kept = _MEMORY.get(key)
    if kept is not None:
        seconds = time.perf_counter() - t0
        return kept, {"source": "memory", "seconds": seconds, "note": _memory_note()}
    if build is not None:
        sitrep = build()
    else:
        sitrep = layers.build_sitrep(list(paths), gazetteer=gazetteer(), progress=progress)
    kept = _disk_save(key, sitrep)
    if kept is None:
        with _MEMORY_LOCK:
            _MEMORY[key] = sitrep
            _MEMORY.move_to_end(key)
            while len(_MEMORY) > _MEMORY_ENTRIES:
                _MEMORY.popitem(last=False)
        seconds = time.perf_counter() - t0
        return sitrep, {"source": "built", "seconds": seconds, "note": _memory_note()}
    # handed to the cache as a load from disk would give it, without reading the file back
    with _WARM_LOCK:
        _WARM[key] = kept
    try:
        sitrep = sitrep_cached(key, spaths)
    except NotCached:  # pragma: no cover - handed over just above
        logger.warning("the Sitrep for %s was not handed over", key)
    _take_warm(key)  # not taken when another page cached it meanwhile
    return sitrep, {"source": "built", "seconds": time.perf_counter() - t0}


# --------------------------------------------------------------------------- map parts


@st.cache_resource(show_spinner=False, max_entries=32)
def control_layers(key: str, claim_ids: tuple[str, ...], _sitrep: Any) -> Any:
    """Return the claimed-control layers for this set of claims (see ``dashboard._map``)."""
    from dashboard import _map

    pre = derived(key, None)
    if pre is not None and claim_ids == pre["claim_ids"]:
        return pre["control_layers"]
    return _map.control_layers(_sitrep)


# --------------------------------------------------------------------------- derived tables


def _derived_version() -> str:
    """Hash of the dashboard code that derives tables and map rows from a Sitrep."""
    h = hashlib.sha256()
    for rel in (
        "dashboard/_map.py",
        "dashboard/_cache.py",
        "layers/query.py",
        "layers/render.py",
        "layers/assets/sitrep.js",
    ):
        path = ROOT / rel
        h.update(path.read_bytes() if path.is_file() else rel.encode())
    return h.hexdigest()[:12]


def _compute_derived(sitrep: Any) -> dict[str, Any]:
    import pandas as pd

    from dashboard import _map
    from layers.query import disagreement_table, filter_options, incident_table

    inc = sitrep.incidents
    days = pd.to_datetime(inc["date_start"], errors="coerce").dt.strftime("%Y-%m-%d")
    label = inc["label"].fillna(inc["event_type"]).astype(str)
    place = inc["place"].fillna("?").astype(str)
    labels = label + " · " + place + " · " + days.fillna("undated")
    claim_ids = tuple(map(str, sitrep.control["claim_id"])) if len(sitrep.control) else ()
    return {
        "options": filter_options(sitrep),
        "incident_rows": incident_table(inc),
        "disagreements": disagreement_table(sitrep),
        "labels": dict(zip(inc["incident_id"].astype(str), labels, strict=True)),
        "live_base": _map.live_base(sitrep),
        "claim_ids": claim_ids,
        "control_layers": _map.control_layers(sitrep),
    }


_DERIVED: dict[str, dict[str, Any]] = {}
_DERIVED_LOCK = threading.Lock()


def derived(key: str, sitrep: Any) -> dict[str, Any] | None:
    """Return what the page derives from a whole Sitrep, computed once and kept on disk.

    Filter options, the incidents and sources-disagree tables, incident labels and the
    map's per-incident rows: a restart over the same corpus loads them with the Sitrep
    instead of recomputing them (seconds for 10,000 incidents). ``sitrep`` None only
    looks the value up.
    """
    with _DERIVED_LOCK:
        if key in _DERIVED or sitrep is None:
            return _DERIVED.get(key)
        path = cache_dir() / "sitrep" / f"{key}-dash-{_derived_version()}.pkl"
        value = _disk_load_file(path)
        if value is None:
            value = _compute_derived(sitrep)
            _disk_save_file(path, value)
        _DERIVED.clear()  # one corpus at a time in memory
        _DERIVED[key] = value
        return value


def _part(key: str, sitrep: Any, name: str) -> Any:
    pre = derived(key, sitrep)
    assert pre is not None
    return pre[name]


@st.cache_data(show_spinner=False, max_entries=4)
def options(key: str, _sitrep: Any) -> Any:
    """Return the sidebar's choices for a corpus (``layers.query.filter_options``)."""
    return _part(key, _sitrep, "options")


def live_base(key: str, sitrep: Any) -> Any:
    """Return the map layers drawn once per page for a corpus (see ``dashboard._map``)."""
    return _part(key, sitrep, "live_base")


def incident_rows(key: str, sitrep: Any) -> Any:
    """Return the display table of all incidents of a corpus (filtered later by id)."""
    return _part(key, sitrep, "incident_rows")


def disagreements(key: str, sitrep: Any) -> Any:
    """Return the sources-disagree table of all incidents of a corpus."""
    return _part(key, sitrep, "disagreements")


def incident_labels(key: str, sitrep: Any) -> dict[str, str]:
    """Return a short label per incident id (for the incident chooser)."""
    labels: dict[str, str] = _part(key, sitrep, "labels")
    return labels


# --------------------------------------------------------------------------- exports


def geojson_bytes(_sitrep: Any) -> bytes:
    """GeoJSON FeatureCollection of the filtered incidents and control claims."""
    import layers

    inc = layers.to_geojson(_sitrep.incidents)
    ctl = layers.to_geojson(_sitrep.control)
    for f in inc.get("features", []):
        f.setdefault("properties", {})["layer"] = "incident"
    for f in ctl.get("features", []):
        f.setdefault("properties", {})["layer"] = "control"
    collection = {
        "type": "FeatureCollection",
        "features": inc.get("features", []) + ctl.get("features", []),
    }
    return json.dumps(collection, ensure_ascii=False, default=str).encode("utf-8")


def csv_bytes(_sitrep: Any) -> bytes:
    """CSV of the filtered incidents (one row per incident, lists joined, formulas defused)."""
    from layers.query import incident_table, spreadsheet_safe

    table = incident_table(_sitrep.incidents)
    with_coords = _sitrep.incidents.geometry
    table["lat"] = [g.y if g is not None and not g.is_empty else None for g in with_coords]
    table["lon"] = [g.x if g is not None and not g.is_empty else None for g in with_coords]
    # titles and outlets come from articles: no cell may start a spreadsheet formula
    return spreadsheet_safe(table).to_csv(index=False).encode("utf-8")


def html_bytes(sitrep: Any) -> bytes:
    """Self-contained HTML map of the filtered Sitrep (no CDN)."""
    import layers

    return layers.map_html(sitrep).encode("utf-8")


def gpkg_bytes(sitrep: Any) -> bytes:
    """GeoPackage of the filtered Sitrep (written to a temporary file, then read back)."""
    import layers

    with tempfile.TemporaryDirectory(prefix="sitrep-gpkg-") as tmp:
        path = Path(tmp) / "sitrep.gpkg"
        layers.to_gpkg(sitrep, path)
        return path.read_bytes()
