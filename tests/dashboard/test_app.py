"""The dashboard under streamlit.testing.v1.AppTest, over the real pipeline and sample corpus."""

from __future__ import annotations

import json
import pickle
import shutil
from pathlib import Path
from typing import Any

import pytest
import streamlit as st
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

import corpus
from layers.query import Filters, disagreement_table, filter_options, filter_sitrep

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
TIMEOUT = 300


class RecordingMediaFileManager(MediaFileManager):
    """The real media file manager, remembered so a test can read what buttons carry."""

    instances: list[MediaFileManager] = []  # noqa: RUF012

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        RecordingMediaFileManager.instances.append(self)


@pytest.fixture(scope="session")
def cache_root(tmp_path_factory) -> Path:
    """One disk cache for the whole session: the first test builds, the others load."""
    return tmp_path_factory.mktemp("sitrep-cache")


@pytest.fixture()
def corpus_dir(tmp_path) -> Path:
    """A private copy of the built-in samples (uploads go into it)."""
    dest = tmp_path / "corpus"
    shutil.copytree(corpus.SAMPLES_DIR, dest)
    return dest


@pytest.fixture()
def app(monkeypatch, cache_root, corpus_dir) -> AppTest:
    monkeypatch.setenv("SITREP_CACHE_DIR", str(cache_root))
    monkeypatch.setenv("SITREP_CORPUS", str(corpus_dir))
    RecordingMediaFileManager.instances.clear()
    monkeypatch.setattr(app_test_module, "MediaFileManager", RecordingMediaFileManager)
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def shown_incidents(at: AppTest) -> int:
    return int(metric(at, "Incidents").split(" of ")[0])


def cached_sitrep(cache_root: Path) -> Any:
    """The Sitrep the app loaded, read back from its disk cache (newest entry)."""
    files = sorted(
        (p for p in (cache_root / "sitrep").glob("*.pkl") if "-dash-" not in p.name),
        key=lambda p: p.stat().st_mtime,
    )
    assert files, "the app did not keep its Sitrep on disk"
    with files[-1].open("rb") as fh:
        return pickle.load(fh)


def widget(widgets: Any, label: str) -> Any:
    return next(w for w in widgets if w.label == label)


def button_bytes(at: AppTest, key: str) -> bytes:
    """What a download button hands the browser (eager file, or the deferred callable's)."""
    btn = at.get("download_button")
    proto = next(b.proto for b in btn if b.proto.id.endswith(key) or key in b.proto.id)
    mgr = RecordingMediaFileManager.instances[-1]
    if proto.HasField("deferred_file_id"):
        url = mgr.execute_deferred(proto.deferred_file_id)
    else:
        url = proto.url
    return mgr._storage.get_file(url.rsplit("/", 1)[-1]).content  # type: ignore[attr-defined]


def test_starts_on_the_corpus_and_shows_counts(app: AppTest, cache_root: Path) -> None:
    sitrep = cached_sitrep(cache_root)
    assert len(sitrep.incidents) > 0
    assert metric(app, "Incidents") == f"{len(sitrep.incidents)} of {len(sitrep.incidents)}"
    assert metric(app, "Unlocated articles") == str(len(sitrep.unlocated))
    assert metric(app, "Control claims").endswith(f"of {len(sitrep.control)}")
    # the map component is on the page, and the incident panel shows a comparison
    assert any(e.type == "selectbox" for e in app.selectbox)
    assert app.selectbox(key="incident_choice").value in set(sitrep.incidents["incident_id"])
    # counts line mentions unlocated articles and the list is offered
    assert any("nothing locatable" in c.value for c in app.caption)
    assert any("nothing locatable" in e.label for e in app.expander)


def test_first_page_leaves_tables_to_the_next_run(app: AppTest) -> None:
    """A session's first page sends no table (``_ui.map_first``): the browser would fetch
    and compile Streamlit's table code while it should draw the map. The next run (the
    map's frame asks for it once drawn, or any widget) has every table."""
    assert not app.dataframe
    later = [c for c in app.caption if c.value.startswith("Tables are added once the map")]
    assert len(later) == 2  # the panel's sources, the open tab
    assert any(c.value.startswith("Page drawn in") for c in app.caption)
    app.run()
    assert not app.exception
    assert len(app.dataframe) >= 2  # the panel's sources and the incidents table
    assert not [c for c in app.caption if c.value.startswith("Tables are added")]
    app.run()  # and stays so
    assert len(app.dataframe) >= 2


def test_second_start_loads_from_cache(app: AppTest) -> None:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT).run()
    assert not at.exception
    assert any("loaded from cache" in c.value for c in at.caption)


def test_event_type_filter(app: AppTest, cache_root: Path) -> None:
    sitrep = cached_sitrep(cache_root)
    opts = filter_options(sitrep)
    et = opts.event_types[0]
    expected = len(filter_sitrep(sitrep, Filters(event_types=(et,))).incidents)
    app.multiselect(key="event_types").set_value([et]).run()
    assert not app.exception
    assert shown_incidents(app) == expected


@pytest.mark.parametrize(
    ("key", "field"),
    [("actors", "actors"), ("outlets", "outlets"), ("claimants", "claimants"),
     ("provinces", "provinces")],
)  # fmt: skip
def test_list_filters(app: AppTest, cache_root: Path, key: str, field: str) -> None:
    sitrep = cached_sitrep(cache_root)
    values = getattr(filter_options(sitrep), field)
    assert values, f"the sample corpus offers no {field}"
    # pick the value that changes the count the most
    best = min(values, key=lambda v: len(filter_sitrep(sitrep, Filters(**{field: (v,)})).incidents))
    expected = filter_sitrep(sitrep, Filters(**{field: (best,)}))
    app.multiselect(key=key).set_value([best]).run()
    assert not app.exception
    assert shown_incidents(app) == len(expected.incidents)
    assert metric(app, "Control claims").startswith(f"{len(expected.control)} of")


def test_date_filter(app: AppTest, cache_root: Path) -> None:
    sitrep = cached_sitrep(cache_root)
    opts = filter_options(sitrep)
    slider = widget(app.sidebar.slider, "Dates")
    assert slider.value == (opts.date_min, opts.date_max)
    lo, hi = opts.date_min, opts.date_min
    expected = filter_sitrep(sitrep, Filters(date_from=lo, date_to=hi))
    slider.set_value((lo, hi)).run()
    assert not app.exception
    assert shown_incidents(app) == len(expected.incidents)
    assert len(expected.incidents) < len(sitrep.incidents)
    app.checkbox(key="include_undated").set_value(False).run()
    expected = filter_sitrep(sitrep, Filters(date_from=lo, date_to=hi, include_undated=False))
    assert shown_incidents(app) == len(expected.incidents)


def test_min_fatalities_and_disagree(app: AppTest, cache_root: Path) -> None:
    sitrep = cached_sitrep(cache_root)
    expected = len(filter_sitrep(sitrep, Filters(min_killed=10)).incidents)
    app.number_input(key="min_killed").set_value(10).run()
    assert shown_incidents(app) == expected
    app.number_input(key="min_killed").set_value(0).run()
    expected = len(filter_sitrep(sitrep, Filters(only_disagree=True)).incidents)
    app.checkbox(key="only_disagree").set_value(True).run()
    assert not app.exception
    assert shown_incidents(app) == expected
    assert metric(app, "Sources disagree") == str(expected)


def test_disagreement_view(app: AppTest, cache_root: Path) -> None:
    sitrep = cached_sitrep(cache_root)
    table = disagreement_table(sitrep)
    tab = next(t for t in app.tabs if t.label == "Sources disagree")
    assert not tab.dataframe  # closed tabs send nothing
    app.session_state["tables_view"] = "Sources disagree"
    app.run()
    assert not app.exception
    tab = next(t for t in app.tabs if t.label == "Sources disagree")
    n = table["incident_id"].nunique() if len(table) else 0
    assert not next(t for t in app.tabs if t.label == "Incidents").dataframe
    if n:
        assert tab.caption[0].value.startswith(f"{n:,} incident(s) whose sources")
        shown = tab.dataframe[0].value
        assert list(shown["incident_id"]) == list(table["incident_id"])
        assert (shown["spread"] > 0).all()
        assert (shown["high"] - shown["low"] == shown["spread"]).all()
    # the open tab stays open when the filters change
    app.checkbox(key="only_disagree").set_value(True).run()
    assert not app.exception
    assert app.session_state["tables_view"] == "Sources disagree"
    assert not next(t for t in app.tabs if t.label == "Incidents").dataframe


def test_incident_panel_compares_sources(app: AppTest, cache_root: Path) -> None:
    sitrep = cached_sitrep(cache_root)
    inc = sitrep.incidents.sort_values("n_reports", ascending=False).iloc[0]
    app.selectbox(key="incident_choice").set_value(inc["incident_id"]).run()
    assert not app.exception
    # the comparison table is the dataframe with an "outlet" and a "quote" column
    frames = [d.value for d in app.main.dataframe if {"outlet", "quote"} <= set(d.value.columns)]
    assert frames
    comparison = frames[0]
    assert len(comparison) == inc["n_reports"]
    texts = [e for e in app.expander if e.label.startswith("Full text:")]
    assert len(texts) == inc["n_reports"]
    # a full text is read when its expander is opened (a rerun), not up front
    assert not texts[0].text
    app.session_state[f"full_text-{inc['incident_id']}-0"] = True
    app.run()
    assert not app.exception
    texts = [e for e in app.expander if e.label.startswith("Full text:")]
    assert len(texts) == inc["n_reports"]
    assert texts[0].text[0].value  # the article body is there
    assert not texts[-1].text or len(texts) == 1


def test_downloads_carry_what_is_shown(app: AppTest, cache_root: Path) -> None:
    sitrep = cached_sitrep(cache_root)
    opts = filter_options(sitrep)
    data = json.loads(button_bytes(app, "dl_geojson"))
    assert data["type"] == "FeatureCollection"
    n_inc = sum(1 for f in data["features"] if f["properties"]["layer"] == "incident")
    assert n_inc == len(sitrep.incidents)
    # filter, then the download follows
    et = opts.event_types[0]
    expected = filter_sitrep(sitrep, Filters(event_types=(et,)))
    app.multiselect(key="event_types").set_value([et]).run()
    data = json.loads(button_bytes(app, "dl_geojson"))
    incs = [f for f in data["features"] if f["properties"]["layer"] == "incident"]
    assert len(incs) == len(expected.incidents)
    assert {f["properties"]["event_type"] for f in incs} == {et}
    for f in incs:
        assert f["geometry"]["type"] == "Point"
    csv = button_bytes(app, "dl_csv").decode("utf-8")
    assert len(csv.strip().splitlines()) == len(expected.incidents) + 1
    html = button_bytes(app, "dl_html").decode("utf-8")
    assert "<html" in html.lower()
    assert "cdn.jsdelivr" not in html and "cdnjs" not in html
    gpkg = button_bytes(app, "dl_gpkg")
    assert gpkg[:16] == b"SQLite format 3\x00"


GOOD = (
    " date 2022-02-03 Clashes broke out again near Ghwayran prison in the Syrian city of Hasakeh"
    " on Thursday, killing 12 fighters, according to the Syrian Observatory for Human Rights.\n\n"
    "The SDF said its forces had regained control of the area.\n"
)


def test_upload_good_and_bad_file(app: AppTest, corpus_dir: Path, cache_root: Path) -> None:
    before = cached_sitrep(cache_root)
    n_files = len(list(corpus_dir.iterdir()))
    uploader = app.file_uploader[0]
    uploader.set_value(
        [
            ("new_report.txt", GOOD.encode("utf-8"), "text/plain"),
            ("broken.jsonl", b"{not json at all\n\x00\x01", "application/json"),
        ]
    ).run()
    assert not app.exception, [e.value for e in app.exception]
    errors = [e.value for e in app.error]
    assert any("broken.jsonl" in e for e in errors), errors
    assert any("new_report.txt" in s.value for s in app.success)
    assert (corpus_dir / "new_report.txt").read_text(encoding="utf-8") == GOOD
    assert not (corpus_dir / "broken.jsonl").exists()
    assert len(list(corpus_dir.iterdir())) == n_files + 1
    # the corpus was rebuilt: one more article was read
    after = cached_sitrep(cache_root)
    assert len(after.extractions) == len(before.extractions) + 1
    assert any("built" in c.value for c in app.caption)


def test_long_tables_show_the_first_rows_and_say_so(app: AppTest, monkeypatch) -> None:
    """Big tables are cut for the page (not for the downloads), and the page says how many."""
    from dashboard import _ui

    total = shown_incidents(app)
    assert total > 3
    monkeypatch.setattr(_ui, "TABLE_ROWS", 3)
    app.run()
    assert not app.exception
    incidents_table = next(d for d in app.dataframe if len(d.value) and "id" in d.value.columns)
    assert len(incidents_table.value) == 3
    assert any(f"first 3 of {total} incidents" in c.value for c in app.caption)
    # the counts still describe everything the filters show
    assert shown_incidents(app) == total


def test_long_lists_say_what_they_leave_out(
    app: AppTest, cache_root: Path, corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The incident chooser and the tables send at most TABLE_ROWS rows, and say so."""
    from corpus.store import content_hash
    from dashboard import _cache, _ui

    n = shown_incidents(app)
    assert n > 3
    monkeypatch.setattr(_ui, "TABLE_ROWS", 2)
    app.run()
    assert not app.exception
    chooser = app.selectbox(key="incident_choice")
    assert len(chooser.options) == 2
    assert any(f"first 2 of the {n:,} incidents" in c.value for c in app.caption)
    assert any(f"first 2 of {n:,} incidents" in c.value for c in app.caption)  # the table
    # an incident beyond the list, picked on the map or in the table (which set the choice
    # before the chooser is drawn), is still offered
    key = _cache.build_key(content_hash([corpus_dir.resolve()]))
    with (cache_root / "sitrep" / f"{key}.pkl").open("rb") as fh:
        last = str(pickle.load(fh).incidents["incident_id"].iloc[-1])
    fresh = AppTest.from_file(APP, default_timeout=TIMEOUT)
    fresh.session_state["incident_choice"] = last
    fresh.run()
    assert not fresh.exception
    chooser = fresh.selectbox(key="incident_choice")
    assert chooser.value == last
    assert len(chooser.options) == 3


def test_cached_sitrep_is_keyed_on_the_data_folder(tmp_path, monkeypatch) -> None:
    """A Sitrep built while boundary files were missing warns "download it into FOLDER"; a
    restart with another data folder must build anew, not show the old folder's advice."""
    from dashboard import _cache

    keys = []
    for name in ("first", "second", "first"):
        (tmp_path / name).mkdir(exist_ok=True)
        monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path / name))
        _cache._environment_key.cache_clear()  # memoised per process: a restart
        keys.append(_cache.build_key("d42ae434"))
    _cache._environment_key.cache_clear()
    assert keys[0] != keys[1]
    assert keys[0] == keys[2]  # the same folder in the same state: the cache is used


def test_offline_without_boundary_files_the_page_says_what_is_missing_and_where(
    monkeypatch, tmp_path, corpus_dir
) -> None:
    """No boundary files and no network: the page still opens, with warnings that name each
    missing file and the data folder of this run (not one remembered from an earlier run)."""
    from dashboard import _cache
    from geo import boundaries

    for run in ("first", "second"):
        data = tmp_path / f"{run}-data"
        data.mkdir()
        monkeypatch.setenv("SITREP_DATA_DIR", str(data))
        monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))  # kept between runs
        monkeypatch.setenv("SITREP_CORPUS", str(corpus_dir))
        closed = "http://127.0.0.1:9"  # the discard port: nothing listens, nothing leaves
        monkeypatch.setattr(boundaries, "URLS", {n: f"{closed}/{n}" for n in boundaries.URLS})
        _cache._environment_key.cache_clear()  # a fresh process per run
        st.cache_resource.clear()
        st.cache_data.clear()
        at = AppTest.from_file(APP, default_timeout=TIMEOUT)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        shown = " ".join(w.value for w in at.warning)
        assert "syr_admbnda_adm1_uncs_unocha.json" in shown
        assert "ne_50m_admin_0_countries.zip" in shown
        assert str(data.resolve()) in shown
        other = tmp_path / ("first-data" if run == "second" else "second-data")
        assert str(other.resolve()) not in shown
        assert shown_incidents(at) > 0  # provinces from the gazetteer, markers still drawn
    _cache._environment_key.cache_clear()
