"""Sitrep dashboard: filter, map, compare sources, download, add articles.

Run from the repository root::

    streamlit run dashboard/app.py                     # the built-in sample corpus
    streamlit run dashboard/app.py -- --corpus DIR     # or SITREP_CORPUS=DIR

This script only reads widgets, calls ``corpus`` / ``layers`` (through the cache wrappers
in ``dashboard/_cache.py``) and renders; the filtering logic is ``layers.query``.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:  # `streamlit run dashboard/app.py` puts dashboard/ first, not the root
    sys.path.insert(0, _ROOT)

import streamlit as st  # noqa: E402

from corpus.store import content_hash  # noqa: E402
from dashboard import _cache, _config, _store, _ui  # noqa: E402
from layers.query import filter_sitrep  # noqa: E402

timer = _ui.Timer()
st.set_page_config(page_title="Sitrep", page_icon="🗺️", layout="wide")
st.title("Sitrep")

# ---- corpus: only the folders the dashboard was started with (command line / environment)
allowed = _config.allowed_corpora(sys.argv[1:])
st.sidebar.header("Corpus")
if len(allowed) > 1:
    choice = st.sidebar.selectbox(
        "Corpus folder", [str(p) for p in allowed], key="corpus_folder",
        help="The corpora this dashboard was started with (--corpus DIR, or SITREP_CORPUS).",
    )  # fmt: skip
else:
    choice = str(allowed[0])
    st.sidebar.caption(_ui.plain(f"Corpus folder: {choice}"))
folder = _config.pick_corpus(choice, allowed)
if folder is None:  # pragma: no cover - the selectbox offers only allowed folders
    st.error("That folder is not one this dashboard serves.")
    st.stop()
if not folder.is_dir():
    st.error(
        _ui.plain(
            f"Corpus folder {folder} does not exist: create it, or restart the dashboard with "
            "--corpus DIR."
        )
    )
    st.stop()
plan = _config.plan_for(folder)
_ui.upload_box(plan.upload_folder)

# ---- build (or load from the cache), with progress on a cache miss
progress_slot = st.empty()


def _progress(done: int, total: int | None, label: str) -> None:
    frac = min(done / total, 1.0) if total else 0.0
    text = f"{label} {done}/{total}" if total else f"{label} ..."
    progress_slot.progress(frac, text=text)


digest = content_hash(plan.read_paths)
store = _config.store_from_args(sys.argv[1:])  # --db DB: the store, with the folder added
seen = None
if store:
    store_paths, folder_digest = _store.folder_paths(plan.read_paths), digest
    # the store as the last page saw it, when the folder is unchanged: drawn at once, and
    # checked for other writers' ingests after the page is drawn (foot of this script)
    seen = _store.last_seen(store, store_paths, folder_digest)
    digest = seen or _store.refresh(store, store_paths, folder_digest)
    timer.lap("ingest")
key = _cache.build_key(digest)
try:
    if store:
        sitrep, info = _store.load_sitrep(store, digest)
    else:
        sitrep, info = _cache.load_sitrep(plan.read_paths, digest, progress=_progress)
except Exception as e:  # shown to the user in full, never swallowed
    progress_slot.empty()
    st.error(_ui.plain(f"Could not build the map from {plan.folder}: {type(e).__name__}: {e}"))
    st.exception(e)
    st.stop()
progress_slot.empty()
how = {"cache": "loaded from cache", "memory": "kept in memory"}.get(str(info["source"]), "built")
st.caption(
    _ui.plain(
        f"Corpus {plan.folder} · {len(plan.read_paths)} folder(s) · content hash {digest[:12]} · "
        f"{how} in {info['seconds']:.2f} s"
    )
)
if info.get("note"):
    st.info(_ui.plain(str(info["note"])), icon="💾")
_ui.show_build_messages(sitrep)
timer.lap("load")

# ---- filters and counts
opts = _cache.options(key, sitrep)
filters = _ui.sidebar_filters(opts)
shown = filter_sitrep(sitrep, filters)
timer.lap("filter")
first = _ui.map_first()  # the tables wait for the map on a session's first page
_ui.show_counts(shown, sitrep, tables=not first)
timer.lap("counts")

# ---- map and the incident panel
_ui.apply_table_selection(shown.incidents)
col_map, col_panel = st.columns([3, 2], gap="medium")
with col_map:
    _ui.apply_click(_ui.live_map(shown, sitrep, key), shown.incidents)
    timer.lap("map")
with col_panel:
    text_of = functools.partial(_store.article_text, store) if store else None
    _ui.incident_panel(shown, sitrep, key, text_of=text_of, tables=not first)
    timer.lap("panel")

# ---- tables and downloads
_ui.tables(shown, sitrep, key, later=first)
timer.lap("tables")
_ui.downloads(shown)
timer.lap("downloads")
timer.show()
# (not on a session's first page: its map reruns the page once drawn, and the check, a
# database read, would hold up this server while the browser fetches the map)
if (
    store
    and seen is not None
    and not first
    and _store.refresh(store, store_paths, folder_digest) != seen
):
    st.rerun()  # someone else's ingest since: draw the store as it is now
