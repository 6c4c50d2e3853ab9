"""Pieces of the page: sidebar filters, counts, the incident panel, tables, downloads, uploads.

Each function reads widgets or renders one part; none holds logic that could be tested
without Streamlit (that is in ``layers.query`` and ``corpus.store``).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st

from dashboard import _cache
from dashboard._config import UPLOAD_TYPES
from layers.query import (
    FilterOptions,
    Filters,
    article_text,
    comparison_table,
    control_table,
    counts,
    missing_data,
    rows_with,
    unlocated_table,
)

logger = logging.getLogger(__name__)

UPLOAD_STATE = "upload_report"
UPLOAD_GEN = "upload_generation"
SELECTED = "incident_choice"
LAST_CLICK = "_last_map_click"
TABLE_KEY = "incident_table"
#: Key prefix of the full-text expanders (one per incident and report row).
FULL_TEXT = "full_text"
TABLES_VIEW = "tables_view"
#: The table tabs. Their labels stay fixed (a label that changed with the filters would make
#: a new widget and throw the user back to the first tab); the counts are inside each tab.
TABLE_TABS = ("Incidents", "Control claims", "Sources disagree")


class Timer:
    """Seconds spent in each part of this script run (shown at the foot of the page)."""

    def __init__(self) -> None:
        self.start = self.last = time.perf_counter()
        self.laps: list[tuple[str, float]] = []

    def lap(self, name: str) -> None:
        """Close the part called ``name``."""
        now = time.perf_counter()
        self.laps.append((name, now - self.last))
        self.last = now
        logger.debug("%s took %.3f s", name, self.laps[-1][1])

    def show(self) -> None:
        """Write the timings as a caption."""
        parts = " · ".join(f"{n} {s:.2f}" for n, s in self.laps)
        st.caption(f"Page drawn in {time.perf_counter() - self.start:.2f} s ({parts})")


# --------------------------------------------------------------------------- plain text

#: Characters that give Markdown an active meaning: images and links (``![x](url)`` makes
#: the browser fetch ``url``), inline HTML and autolinks (``<...>``), code, LaTeX (``$``),
#: Streamlit's colour and icon directives (``:red[...]``) and emphasis around our own
#: ``**bold**``. Each is shown as itself once backslash-escaped; other punctuation is left
#: alone so names read as typed.
_MARKDOWN = re.compile(r"([\\`*\[\]<>!$])")
#: Where GFM turns bare text into a link (``http://``, ``www.``, ``a@b.org``). It does so
#: after escapes are resolved, so a backslash cannot stop it: an invisible word joiner
#: (U+2060) after the scheme or the ``@`` does.
_AUTOLINK = re.compile(r"(?i)(\b(?:https?|ftp|www)(?=[:.])|@)")
_WORD_JOINER = "\u2060"


def plain(text: object) -> str:
    """Return ``text`` escaped for any Streamlit element that renders Markdown.

    Titles, outlets, file names and messages come from articles and uploads: as Markdown,
    ``![x](http://host/p.png)`` in a title would make every analyst's browser fetch that
    address, and ``[click](http://...)`` or a bare ``http://...`` would become a link.
    Escaped, they read as typed.
    One line: line breaks become spaces (labels are one line).
    """
    one_line = re.sub(r"\s+", " ", str(text))
    return _AUTOLINK.sub(r"\1" + _WORD_JOINER, _MARKDOWN.sub(r"\\\1", one_line))


# --------------------------------------------------------------------------- sidebar


def sidebar_filters(opts: FilterOptions) -> Filters:
    """Draw the filter widgets in the sidebar and return what they say."""
    sb = st.sidebar
    sb.header("Filters")
    date_from = date_to = None
    if opts.date_min and opts.date_max and opts.date_min < opts.date_max:
        date_from, date_to = sb.slider(
            "Dates",
            min_value=opts.date_min,
            max_value=opts.date_max,
            value=(opts.date_min, opts.date_max),
            format="YYYY-MM-DD",
            key=f"dates-{opts.date_min}-{opts.date_max}",
            help="Incidents and claims whose dates overlap this range.",
        )
    elif opts.date_min:
        sb.caption(f"All dated records are from {opts.date_min}.")
    include_undated = sb.checkbox(
        "Include undated incidents", value=True, key="include_undated",
        help="Incidents no source dates cannot be placed on the slider.",
    )  # fmt: skip
    event_types = sb.multiselect("Event type", opts.event_types, key="event_types")
    actors = sb.multiselect("Actor", opts.actors, key="actors")
    outlets = sb.multiselect("Outlet", opts.outlets, key="outlets")
    claimants = sb.multiselect("Claimant", opts.claimants, key="claimants")
    provinces = sb.multiselect("Province", opts.provinces, key="provinces")
    min_killed = sb.number_input(
        "Minimum fatalities", min_value=0, max_value=max(opts.max_killed, 0) + 1_000_000, value=0,
        step=1, key="min_killed", help="At least one source reports this many killed or more.",
    )  # fmt: skip
    only_disagree = sb.checkbox("Only where sources disagree", value=False, key="only_disagree")
    full_range = (date_from, date_to) == (opts.date_min, opts.date_max)
    return Filters(
        date_from=None if full_range else date_from,
        date_to=None if full_range else date_to,
        include_undated=include_undated,
        event_types=tuple(event_types),
        actors=tuple(actors),
        outlets=tuple(outlets),
        claimants=tuple(claimants),
        provinces=tuple(provinces),
        min_killed=int(min_killed),
        only_disagree=bool(only_disagree),
    )


# --------------------------------------------------------------------------- counts, warnings


def show_build_messages(sitrep: Any) -> None:
    """Warnings from the build and unreadable files, never hidden.

    Missing map data files (offline, not fetched) are one short warning naming the files,
    the folder and the command that fetches them; the connection errors are folded below.
    """
    grouped = missing_data(list(sitrep.warnings or ()))
    if grouped.files:
        st.warning(plain(grouped.summary), icon="🗺️")
        with st.expander(f"Details ({len(grouped.details)} warning(s))"):
            for w in grouped.details:
                st.text(w)
    for w in grouped.others:
        st.warning(plain(w), icon="⚠️")
    problems = sitrep.problems or ()
    if problems:
        st.warning(f"{len(problems)} file(s) could not be read (or only in part); see the list.")
        with st.expander(f"Unreadable files ({len(problems)})"):
            st.dataframe(
                pd.DataFrame([{"file": p.path, "problem": p.message} for p in problems]),
                hide_index=True, width="stretch",
            )  # fmt: skip


def show_counts(filtered: Any, full: Any, *, tables: bool = True) -> dict[str, int]:
    """Show the counts: what matches, and what could not be placed.

    ``tables=False``: the unlocated articles' table waits (see :func:`map_first`).
    """
    c = counts(filtered, total=full)
    cols = st.columns(5)
    cols[0].metric("Incidents", f"{c['incidents']} of {c['incidents_total']}")
    cols[1].metric("Reports", f"{c['reports']} of {c['reports_total']}")
    cols[2].metric("Control claims", f"{c['claims']} of {c['claims_total']}")
    cols[3].metric("Sources disagree", c["disagree"])
    cols[4].metric("Unlocated articles", c["unlocated"])
    st.caption(
        f"{c['articles']} articles read · {c['unlocated']} had nothing locatable (not on the map, "
        f"listed below) · {c['undated']} shown incidents are undated · "
        f"{c['problems']} unreadable file(s)"
    )
    with st.expander(f"Articles with nothing locatable ({c['unlocated']})"):
        table = unlocated_table(full)
        if len(table) and not tables:
            tables_later()
        elif len(table):
            st.dataframe(table, hide_index=True, width="stretch")
        else:
            st.write("Every article had at least one place on the map.")
    return c


# --------------------------------------------------------------------------- map


#: Set once a session's first page has been drawn (see :func:`map_first`).
FIRST_PAGE = "_first_page_drawn"


def map_first() -> bool:
    """Return True on a session's first page in a browser: the tables wait for the map.

    Every table (``st.dataframe``) makes the browser fetch and compile Streamlit's table
    code (1.2 MB of JavaScript) from this server while it should be fetching the map's
    frame and data: on the first page the tables are left out, and the map's frame
    reruns the page once it has drawn (``_map.incidents_filter_group(notify_drawn=True)``),
    which draws them, and checks a store for other writers' ingests. Any other rerun (a
    widget touched first) draws them too. ``AppTest`` has a runtime, so its first run is a
    first page as well (its next ``run()`` stands for the map's); in bare mode (no runtime)
    there is no frame to wait for: False.
    """
    from streamlit import runtime

    if not runtime.exists() or st.session_state.get(FIRST_PAGE):
        return False
    st.session_state[FIRST_PAGE] = True
    return True


def tables_later() -> None:
    """Say where a table left out of the first page (:func:`map_first`) will be."""
    st.caption("Tables are added once the map has drawn ...")


def live_map(shown: Any, full: Any, key: str) -> dict[str, Any] | None:
    """Draw the map: cached base + this filter's incidents and claims; return clicks.

    The map's frame reruns the page once it has drawn, once per frame (see
    :func:`map_first`).
    """
    import folium
    from streamlit_folium import st_folium

    from dashboard import _map

    base = _cache.live_base(key, full)
    claim_ids = tuple(map(str, shown.control["claim_id"])) if len(shown.control) else ()
    groups = _map.control_groups(_cache.control_layers(key, claim_ids, shown))
    everything = len(shown.incidents) == len(full.incidents)  # shown is a subset of full
    ids = None if everything else map(str, shown.incidents["incident_id"])
    # last: lifts incidents above claims
    groups.append(_map.incidents_filter_group(ids, notify_drawn=True))
    # fresh each run: st_folium renames variables in place
    fmap = _map.base_map(full, base, script_url=served_script)
    return st_folium(
        fmap,
        key="map",
        height=560,
        use_container_width=True,
        returned_objects=["last_object_clicked"],
        feature_group_to_add=groups,
        layer_control=folium.LayerControl(collapsed=True),
    )


@functools.lru_cache(maxsize=8)
def _script_file(code: str) -> tuple[bytes, str]:
    data = code.encode("utf-8")
    return data, hashlib.sha256(data).hexdigest()[:16]


#: Map scripts kept in the cache folder (one per version of the data; older ones are removed).
SCRIPTS_KEPT = 8


def _script_folder() -> Path:
    from dashboard._config import cache_dir

    return cache_dir() / "map-scripts"


def _keep_script(folder: Path, name: str, data: bytes) -> bool:
    """Write ``folder/name`` once (whole or not at all); False when the folder is unwritable."""
    from layers.export import remove_stale_temps, write_atomic

    path = folder / name
    try:
        if path.is_file() and path.stat().st_size == len(data):
            return True
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_temps(folder)  # what a killed dashboard left half-written
        write_atomic(path, lambda tmp: tmp.write_bytes(data))
    except OSError as e:
        logger.warning("map script not kept in %s (%s): served from memory instead", folder, e)
        return False
    try:  # the oldest go (another page may be removing them too)
        ages = {p: p.stat().st_mtime for p in folder.glob("*.js") if not p.name.startswith(".")}
        for stale in sorted(ages, key=ages.__getitem__, reverse=True)[SCRIPTS_KEPT:]:
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError as e:
        logger.debug("old map scripts not removed: %s", e)
    return True


def served_script(code: str) -> str | None:
    """Serve a script of the map from this server; return its URL, relative to the map's frame.

    The script is a file of the cache folder, named by its content's digest, that the
    server serves as a file of a component of its own (``/component/<name>/<digest>.js``):
    every session and every later server over the same data reuse it, and nothing drops
    it while a page still has to fetch it (a media file of the session's run, as it was,
    is dropped by a run that stops before the map, leaving the map empty until a reload).
    When the cache folder cannot be written, it is a media file after all. The URL is
    relative to the map's frame (``<base>/component/streamlit_folium.st_folium/``) so that
    it works under any base path. None outside a Streamlit server.
    """
    from streamlit import runtime

    if not runtime.exists():
        return None
    data, digest = _script_file(code)
    folder = _script_folder()
    if _keep_script(folder, f"{digest}.js", data):
        from streamlit.components.v1 import declare_component

        # declared on each call: the server's registry is what serves the folder
        component = declare_component("map_scripts", path=str(folder))
        return f"../{component.name}/{digest}.js"
    url = runtime.get_instance().media_file_mgr.add(
        data, "text/javascript", f"sitrep-map-script-{digest}"
    )
    return "../../media/" + url.rsplit("/", 1)[-1]


# --------------------------------------------------------------------------- incident panel


def incidents_at(incidents: Any, lat: float, lng: float, tol: float = 1e-5) -> list[str]:
    """Ids of the incidents drawn at a clicked point."""
    if not len(incidents):
        return []
    xs = incidents.geometry.x
    ys = incidents.geometry.y
    near = ((xs - lng).abs() < tol) & ((ys - lat).abs() < tol)
    if not near.any():
        d = (xs - lng) ** 2 + (ys - lat) ** 2
        near = d == d.min()
        if float(d.min()) > 1e-4:  # a click on something that is not an incident
            return []
    return list(incidents.loc[near, "incident_id"])


def apply_click(map_state: dict[str, Any] | None, incidents: Any) -> None:
    """Select the incident the user clicked on the map (once per click)."""
    clicked = (map_state or {}).get("last_object_clicked")
    if not clicked or clicked == st.session_state.get(LAST_CLICK):
        return
    st.session_state[LAST_CLICK] = clicked
    found = incidents_at(incidents, float(clicked["lat"]), float(clicked["lng"]))
    if found:
        st.session_state[SELECTED] = found[0]


def apply_table_selection(incidents: Any) -> None:
    """Select the incident picked in the incidents table (once per pick)."""
    state = st.session_state.get(TABLE_KEY)
    rows = getattr(getattr(state, "selection", None), "rows", None)
    if state is not None and rows is None and isinstance(state, dict):
        rows = state.get("selection", {}).get("rows")
    if not rows:
        return
    row = rows[0]
    if row < len(incidents) and st.session_state.get("_last_table_row") != (row, len(incidents)):
        st.session_state["_last_table_row"] = (row, len(incidents))
        st.session_state[SELECTED] = incidents["incident_id"].iloc[row]


def incident_panel(
    filtered: Any,
    full: Any,
    key: str,
    text_of: Callable[[str], tuple[str, str] | None] | None = None,
    *,
    tables: bool = True,
) -> str | None:
    """Side panel: choose an incident, compare its sources, read the articles.

    ``text_of(article_id)`` gives an article's ``(title, text)``; by default it is looked
    up in ``full`` (``layers.query.article_text``). A store passes its own lookup, one row
    read by id, so the page never needs every article in memory. A text is read only when
    its expander is opened (which reruns the page), so drawing the panel reads none.
    ``tables=False``: the comparison table waits (see :func:`map_first`).
    """
    inc = filtered.incidents
    st.subheader("Incident")
    if not len(inc):
        st.info("No incident matches the filters.")
        return None
    ids = list(inc["incident_id"])
    if st.session_state.get(SELECTED) not in ids:
        st.session_state[SELECTED] = ids[0]
    # every option is sent to the browser: 10,000 labels are 360 kB the page parses first
    options = ids[:TABLE_ROWS]
    if st.session_state[SELECTED] not in options:  # chosen on the map or in the table
        options.append(st.session_state[SELECTED])
    labels = _cache.incident_labels(key, full)
    choice = st.selectbox(
        "Click a marker, pick a row in the table, or choose here",
        options, format_func=lambda i: labels.get(i, i), key=SELECTED,
    )  # fmt: skip
    if len(ids) > TABLE_ROWS:
        st.caption(
            f"The list offers the first {TABLE_ROWS:,} of the {len(ids):,} incidents shown; "
            "click a marker for any other, or narrow the filters."
        )
    rec = inc.loc[inc["incident_id"] == choice].iloc[0].to_dict()  # one row: cheap
    rec["incident_id"] = choice
    facts = [
        f"**{plain(rec.get('event_type'))}** ({plain(rec.get('sub_event_type') or '-')})",
        plain(f"{rec.get('place') or '?'}, {rec.get('admin1') or 'province unknown'}"),
        plain(f"precision: {rec.get('precision')}"),
        plain(f"actors: {', '.join(map(str, rec.get('actors') or [])) or '-'}"),
    ]
    st.markdown(" · ".join(facts))
    k = [rec.get(c) for c in ("killed_low", "killed_best", "killed_high")]
    if any(v is not None and not pd.isna(v) for v in k):
        show = ["?" if v is None or pd.isna(v) else str(int(v)) for v in k]
        st.markdown(f"Killed (low / best / high across sources): **{' / '.join(show)}**")
    if bool(rec.get("disagree")):
        st.warning("Sources give different figures for this incident.")
    table = comparison_table(rec, full.reports)
    st.markdown(f"**{len(table)} report(s)**: one row per source")
    if tables:
        st.dataframe(table.drop(columns=["article_id"]), hide_index=True, width="stretch")
    else:
        tables_later()
    for i, r in enumerate(table.to_dict("records")):
        aid = r["article_id"]
        title = r["title"] or f"{r['outlet'] or 'article'} of {r['published'] or 'unknown date'}"
        label = plain(f"Full text: {title} ({r['outlet'] or 'unknown outlet'})")
        # read when opened (a rerun), never up front: a store's text is a database read,
        # and the first read imports the database layer (0.8 s on a fresh server)
        box = st.expander(label, key=f"{FULL_TEXT}-{choice}-{i}", on_change="rerun")
        if not box.open:
            continue
        text = text_of(aid) if text_of is not None else article_text(full, aid)
        with box:
            if text is None:
                st.write("The article text is not available.")
            else:
                st.markdown(f"**{plain(text[0])}**")
                st.text(text[1])
    return str(choice)


# --------------------------------------------------------------------------- tables


#: Rows sent to the browser per table. A 10,000-row table is megabytes the page must parse
#: before it is interactive; the downloads always carry every row the filters show.
TABLE_ROWS = 1000


def _first_rows(table: Any, what: str) -> Any:
    """Return the first :data:`TABLE_ROWS` rows, saying so when rows are left out of the view."""
    if len(table) <= TABLE_ROWS:
        return table
    st.caption(
        f"Showing the first {TABLE_ROWS:,} of {len(table):,} {what}; narrow the filters, or "
        "use the CSV / GeoJSON downloads for all of them."
    )
    return table.head(TABLE_ROWS)


def tables(filtered: Any, full: Any, key: str, *, later: bool = False) -> None:
    """Incidents, control claims and sources-disagree tables, in tabs.

    Only the open tab's table is built and sent (``st.tabs(on_change="rerun")``): the
    others would be hundreds of kilobytes the page parses and never shows. ``later``:
    the tabs only say the tables come once the map has drawn (see :func:`map_first`).
    """
    t_inc, t_ctl, t_dis = st.tabs(list(TABLE_TABS), key=TABLES_VIEW, on_change="rerun")
    if later:
        for tab in (t_inc, t_ctl, t_dis):
            if tab.open:
                with tab:
                    tables_later()
        return
    ids = filtered.incidents["incident_id"]
    if t_inc.open:
        rows = rows_with(_cache.incident_rows(key, full), "id", ids)
        with t_inc:
            st.caption(f"{len(rows):,} incident(s); pick a row to compare its sources.")
            st.dataframe(
                _first_rows(rows, "incidents"), hide_index=True, width="stretch",
                on_select="rerun", selection_mode="single-row", key=TABLE_KEY,
            )  # fmt: skip
    if t_ctl.open:
        with t_ctl:
            claims = control_table(filtered.control)
            st.caption(f"{len(claims):,} control claim(s), one row per claim and source.")
            st.dataframe(_first_rows(claims, "control claims"), hide_index=True, width="stretch")
    if t_dis.open:
        dis = _cache.disagreements(key, full)
        dis = rows_with(dis, "incident_id", ids)
        with t_dis:
            n = dis["incident_id"].nunique() if len(dis) else 0
            if n:
                st.caption(
                    f"{n:,} incident(s) whose sources give different figures: lowest, highest, "
                    "spread."
                )
                st.dataframe(
                    _first_rows(dis, "rows"), hide_index=True, width="stretch",
                    key="disagree_table",
                )  # fmt: skip
            else:
                st.write("No incident shown has sources giving different figures.")


# --------------------------------------------------------------------------- downloads


def downloads(filtered: Any) -> None:
    """Download buttons for exactly what the filters show.

    The files are made when a button is clicked (deferred), so a filter change does not
    pay for four exports nobody asked for.
    """
    st.subheader("Download what is shown")
    cols = st.columns(4)
    specs = [
        ("GeoJSON", _cache.geojson_bytes, "sitrep.geojson", "application/geo+json", "dl_geojson"),
        ("HTML map", _cache.html_bytes, "sitrep-map.html", "text/html", "dl_html"),
        (
            "GeoPackage",
            _cache.gpkg_bytes,
            "sitrep.gpkg",
            "application/geopackage+sqlite3",
            "dl_gpkg",
        ),
        ("CSV", _cache.csv_bytes, "sitrep-incidents.csv", "text/csv", "dl_csv"),
    ]
    for col, (label, make, name, mime, key) in zip(cols, specs, strict=True):
        col.download_button(
            label, data=functools.partial(make, filtered), file_name=name, mime=mime,
            on_click="ignore", key=key,
        )  # fmt: skip


# --------------------------------------------------------------------------- uploads


@dataclass(frozen=True)
class UploadResult:
    """What happened to one uploaded file."""

    name: str
    ok: bool
    message: str


def ingest(files: list[Any], folder: Path) -> list[UploadResult]:
    """Check each uploaded file can be read, then save the good ones into ``folder``.

    A file is read from a temporary copy first; one that yields no article is refused with
    the reader's reason and never enters the corpus. The others are still added.
    """
    import corpus

    results: list[UploadResult] = []
    for f in files:
        name = getattr(f, "name", "upload")
        data = f.getvalue()
        if not data:
            results.append(UploadResult(name, False, f"{name}: the file is empty; not added."))
            continue
        problems: list[Any] = []
        with tempfile.TemporaryDirectory(prefix="sitrep-upload-") as tmp:
            trial = Path(tmp) / corpus.store.safe_filename(name)
            trial.write_bytes(data)
            try:
                articles = list(corpus.read_articles([trial], problems=problems))
            except Exception as e:  # a reader bug must not lose the other files
                logger.exception("reading upload %s failed", name)
                problems.append(corpus.ReadProblem(name, f"{type(e).__name__}: {e}"))
                articles = []
        reasons = "; ".join(p.message for p in problems)
        if not articles:
            why = reasons or "no article could be read from it"
            results.append(UploadResult(name, False, f"{name}: not added: {why}"))
            continue
        try:
            before = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
            saved = corpus.save_upload(name, data, folder)
        except (OSError, ValueError) as e:
            results.append(UploadResult(name, False, f"{name}: could not be saved: {e}"))
            continue
        verb = "already in the corpus as" if saved.name in before else "added as"
        note = f" (warning: {reasons})" if reasons else ""
        msg = f"{name}: {verb} {saved.name}, {len(articles)} article(s){note}"
        results.append(UploadResult(name, True, msg))
    return results


def upload_box(upload_folder: Path) -> None:
    """Sidebar uploader: save new articles, then rerun so the map updates."""
    gen = st.session_state.setdefault(UPLOAD_GEN, 0)
    with st.sidebar.expander("Add articles", expanded=bool(st.session_state.get(UPLOAD_STATE))):
        st.caption(plain(f"Saved into {upload_folder}"))
        files = st.file_uploader(
            "Articles (.txt, .md, .jsonl, .html)", type=list(UPLOAD_TYPES),
            accept_multiple_files=True, key=f"uploads-{gen}",
        )  # fmt: skip
        if files:
            results = ingest(list(files), upload_folder)
            st.session_state[UPLOAD_STATE] = results
            st.session_state[UPLOAD_GEN] = gen + 1  # a fresh, empty uploader next run
            st.rerun()
        for r in st.session_state.get(UPLOAD_STATE, []):
            (st.success if r.ok else st.error)(plain(r.message))
