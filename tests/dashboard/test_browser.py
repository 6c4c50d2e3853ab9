"""End to end: a real `streamlit run` server on 127.0.0.1 and headless Debian Chromium.

The page loads, the map iframe draws markers, moving the date slider changes the marker
count, the GeoJSON download is valid; every request to a host other than the local server
is aborted and the page still works (no CDN).
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from dashboard_servers import free_port, stop, streamlit_server, wait_for_log

import corpus
from layers.query import Filters, filter_options, filter_sitrep

ROOT = Path(__file__).resolve().parents[2]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
FOLIUM_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
COUNT_MARKERS = """() => {
  if (!window.map) { return -1; }
  let n = 0;
  window.map.eachLayer(l => {
    const p = l.feature && l.feature.properties;
    if (p && p.incident_id !== undefined && !l._sitrepHidden) { n++; }
  });
  return n;
}"""

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[dict[str, Any]]:
    work = tmp_path_factory.mktemp("e2e")
    corpus_dir = work / "corpus"
    shutil.copytree(corpus.SAMPLES_DIR, corpus_dir)
    cache = work / "cache"
    with streamlit_server(work, corpus_dir, cache) as url:
        yield {"url": url, "cache": cache, "log": work / "server.log", "corpus": corpus_dir}


def _map_frame(page: Any, timeout_s: float = 300) -> Any:
    """The st_folium iframe's Frame, once its map has drawn at least one marker."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        handle = page.query_selector(FOLIUM_FRAME)
        frame = handle.content_frame() if handle else None
        if frame is not None:
            try:
                if frame.evaluate(COUNT_MARKERS) > 0:
                    return frame
            except Exception:  # the frame is (re)loading
                pass
        time.sleep(0.25)
    raise AssertionError("the map never showed a marker")


def _wait_count(frame: Any, expected: int, timeout_s: float = 60) -> int:
    deadline = time.monotonic() + timeout_s
    n = -1
    while time.monotonic() < deadline:
        try:
            n = frame.evaluate(COUNT_MARKERS)
        except Exception:
            n = -1
        if n == expected:
            return n
        time.sleep(0.2)
    return n


def _idle(page: Any, timeout_s: float = 60) -> None:
    """Wait until Streamlit has finished running the script."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(
        state="detached", timeout=timeout_s * 1000
    )


def _download(page: Any, label: str) -> Path:
    """Click a download button and return the file (one retry: a click during a rerun is lost)."""
    last: Exception | None = None
    for _ in range(2):
        _idle(page)
        try:
            with page.expect_download(timeout=30_000) as dl:
                page.get_by_role("button", name=label).click()
            return Path(dl.value.path())
        except Exception as e:  # playwright TimeoutError
            last = e
    raise AssertionError(f"no download from the {label} button") from last


def _cached_sitrep(cache: Path) -> Any:
    files = sorted(
        (p for p in (cache / "sitrep").glob("*.pkl") if "-dash-" not in p.name),
        key=lambda p: p.stat().st_mtime,
    )
    with files[-1].open("rb") as fh:
        return pickle.load(fh)


def test_page_map_date_filter_and_download(browser, server) -> None:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1600, "height": 1100})
    aborted: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        host = urlparse(url).hostname
        if url.startswith(("http:", "https:", "ws:", "wss:")) and host not in LOCAL_HOSTS:
            aborted.append(url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", guard)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        page.goto(server["url"], wait_until="domcontentloaded")
        frame = _map_frame(page)
        sitrep = _cached_sitrep(server["cache"])
        n_all = len(sitrep.incidents)
        assert frame.evaluate(COUNT_MARKERS) == n_all
        assert page.get_by_text(f"{n_all} of {n_all}").first.is_visible()

        # clicking a marker opens that incident in the side panel
        target = frame.evaluate(
            """() => {
              const all = [];
              window.map.eachLayer(l => {
                const p = l.feature && l.feature.properties;
                if (p && p.incident_id !== undefined && l.getLatLng && !l._sitrepHidden) {
                  all.push({id: p.incident_id, ll: l.getLatLng()});
                }
              });
              // a marker alone at its point, zoomed in so that nothing else is near it
              const m = all.find(a => all.every(o => o === a || o.ll.distanceTo(a.ll) > 3000));
              if (!m) { return null; }
              window.map.setView(m.ll, 13, {animate: false});
              const pt = window.map.latLngToContainerPoint(m.ll);
              return {id: m.id, x: pt.x, y: pt.y};
            }"""
        )
        assert target is not None, "no marker inside the map view"
        box = page.query_selector(FOLIUM_FRAME).bounding_box()
        map_box = frame.evaluate(
            "() => { const r = window.map.getContainer().getBoundingClientRect();"
            " return {x: r.left, y: r.top}; }"
        )
        rec = sitrep.incidents.set_index("incident_id").loc[target["id"]]
        facts = f"{rec['place']}, {rec['admin1'] or 'province unknown'}"
        x = box["x"] + map_box["x"] + target["x"]
        y = box["y"] + map_box["y"] + target["y"]
        for attempt in range(3):  # a click landing while the page reruns can be dropped
            _idle(page)
            page.mouse.click(x, y)
            try:
                # the panel's first line names the place and province of the chosen incident
                page.get_by_text(facts).first.wait_for(timeout=10_000)
                break
            except Exception:
                if attempt == 2:
                    raise

        # date filter: drag the upper handle to the first day -> fewer markers
        opts = filter_options(sitrep)
        expected = len(
            filter_sitrep(sitrep, Filters(date_from=opts.date_min, date_to=opts.date_min)).incidents
        )
        assert expected < n_all
        thumbs = page.locator('[data-testid="stSidebar"] input[type="range"]')
        thumbs.nth(1).focus()
        page.keyboard.press("Home")
        page.get_by_text(f"{expected} of {n_all}").first.wait_for(timeout=60_000)
        assert _wait_count(frame, expected) == expected

        # GeoJSON download of what is shown (once the rerun has finished)
        data = json.loads(_download(page, "GeoJSON").read_text(encoding="utf-8"))
        assert data["type"] == "FeatureCollection"
        incidents = [f for f in data["features"] if f["properties"]["layer"] == "incident"]
        assert len(incidents) == expected
        assert all(f["geometry"]["type"] == "Point" for f in incidents)
        # a second browser session on the same server draws the map too
        other = context.new_page()
        other.goto(server["url"], wait_until="domcontentloaded")
        frame2 = _map_frame(other, timeout_s=120)
        assert frame2.evaluate(COUNT_MARKERS) == n_all
    finally:
        context.close()
    # nothing the page needs came from outside: the map worked with every such request aborted
    assert aborted == [], aborted
    assert not [e for e in errors if "L is not defined" in e or "Sitrep" in e], errors


def test_warm_launcher_serves_the_cached_corpus(browser, server, tmp_path) -> None:
    """``python -m dashboard`` (``make run``): the corpus cached by the first server is
    loaded before the first visit, and the page draws every incident of it."""
    port = free_port()
    env = dict(os.environ)
    env["SITREP_CACHE_DIR"] = str(server["cache"])
    env.pop("SITREP_CORPUS", None)
    cmd = [
        sys.executable, "-m", "dashboard", "--server.headless", "true",
        "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        "--", "--corpus", str(server["corpus"]),
    ]  # fmt: skip
    log_path = tmp_path / "launcher.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            out = wait_for_log(proc, log_path, "Sitrep warm-up:")
            assert "Sitrep warm-up: cached corpus" in out
            n_all = len(_cached_sitrep(server["cache"]).incidents)
            page = browser.new_page()
            try:
                page.goto(f"http://127.0.0.1:{port}", wait_until="domcontentloaded")
                frame = _map_frame(page, timeout_s=120)
                assert _wait_count(frame, n_all) == n_all
                assert page.get_by_text("loaded from cache").first.is_visible()
            finally:
                page.close()
        finally:
            stop(proc)


# Records when the map's frame and the first table enter the page (ms since navigation).
FIRST_SEEN = (
    f"const SITREP_FRAME = {json.dumps(FOLIUM_FRAME)};"
    """
window.__sitrepSeen = {};
new MutationObserver(() => {
  const seen = window.__sitrepSeen;
  if (seen.map === undefined && document.querySelector(SITREP_FRAME)) {
    seen.map = performance.now();
  }
  if (seen.table === undefined && document.querySelector('[data-testid="stDataFrame"]')) {
    seen.table = performance.now();
  }
}).observe(document, {childList: true, subtree: true});
"""
)


def test_first_page_draws_the_map_before_any_table(browser, server) -> None:
    """A session's first page leaves its tables out until the map has drawn; then the map's
    frame reruns the page, which adds them, with nobody touching anything."""
    context = browser.new_context(viewport={"width": 1600, "height": 1100})
    context.add_init_script(FIRST_SEEN)
    page = context.new_page()
    scripts: list[str] = []
    page.on("requestfinished", lambda r: scripts.append(r.url) if "map_scripts" in r.url else None)
    try:
        page.goto(server["url"], wait_until="domcontentloaded")
        frame = _map_frame(page)
        n_all = len(_cached_sitrep(server["cache"]).incidents)
        assert _wait_count(frame, n_all) == n_all
        tables = page.locator('[data-testid="stDataFrame"]')
        tables.first.wait_for(timeout=60_000)  # the panel's sources, the incidents table
        page.get_by_text("Tables are added once the map has drawn").first.wait_for(
            state="detached", timeout=60_000
        )
        _idle(page)
        assert tables.count() >= 2
        seen = page.evaluate("() => window.__sitrepSeen")
        assert seen["map"] < seen["table"], seen
        # the rerun changed nothing on the map
        assert frame.evaluate(COUNT_MARKERS) == n_all
        # its data came from a file of the cache folder, served as a component's file: still
        # there for every later page and server (a session's media file could be dropped)
        assert len(scripts) == 1, scripts
        name = scripts[0].rsplit("/", 1)[-1]
        assert (server["cache"] / "map-scripts" / name).is_file()
        with urllib.request.urlopen(scripts[0], timeout=30) as r:
            assert r.status == 200 and b"SitrepBase" in r.read()
    finally:
        context.close()
