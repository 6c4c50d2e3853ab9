"""Dashboard speed on a 10,000-incident corpus: warm start and filter change.

Measures, and prints (never asserts):

1. AppTest: the first full script run with a warm disk cache (a fresh process-level
   st.cache, the Sitrep loaded from the pickle the dashboard keeps), then the rerun after
   a filter change (event type, then the date slider).
2. A real server on 127.0.0.1 with headless Debian Chromium (skipped when
   /usr/bin/chromium is missing), started both ways: ``python -m dashboard`` (``make run``,
   which warms the server up as it starts) and plain ``streamlit run dashboard/app.py``.
   For each: time from navigation until the map iframe has drawn all its markers (a fresh
   server over the warm disk cache, visited as soon as it answers; then a second visit),
   and from choosing a filter until the map shows the new count of (visible) markers.

The corpus is a synthetic Sitrep (seeded random, contract columns) written into the
dashboard's disk cache under the key of a one-file corpus folder, so what is timed is the
dashboard (load, filter, map, tables, downloads), not article extraction.

Usage: ``.venv/bin/python benchmarks/bench_dashboard.py [--incidents N] [--no-browser]``
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED_GEODATA = ROOT.parent / "shared" / "geodata"
if SHARED_GEODATA.is_dir():
    os.environ.setdefault("SITREP_DATA_DIR", str(SHARED_GEODATA))

EVENT_TYPES = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
    "Protests",
]
ACTORS = ["IS", "SDF", "Syrian government", "US-led coalition", "Turkey/SNA", "Russia", "civilians"]
OUTLETS = ["AFP", "Reuters", "Sputnik", "SANA", "Le Point", "ANI", "AP"]
CLAIMANTS = [
    "SOHR",
    "SDF",
    "AANES",
    "Syrian government",
    "US-led coalition",
    "UN and human rights groups",
]


def synthetic_sitrep(n: int, seed: int = 7):  # type: ignore[no-untyped-def]
    """A layers.Sitrep with ``n`` incidents spread over Syria and 2022."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    import layers
    from corpus.records import Article, Extraction

    rng = random.Random(seed)
    try:
        import geo

        provinces = geo.load_admin1()
        countries = geo.load_countries()
    except Exception as e:  # boundaries are optional for the benchmark
        print(f"(no boundaries: {e})")
        provinces = countries = None
    prov_names = list(provinces["admin1"]) if provinces is not None else ["Al-Hasakeh", "Aleppo"]
    prov_codes = list(provinces["admin1_pcode"]) if provinces is not None else ["SY08", "SY02"]
    n_articles = max(n // 3, 1)
    start = date(2022, 1, 1)
    articles = [
        Article(
            id=f"{i:016x}",
            path=f"/bench/{i}.txt",
            title=f"Report {i}",
            text=f"Synthetic article {i}. " * 20,
            published=start + timedelta(days=i % 365),
            published_inferred=False,
            published_source="header",
            outlet=OUTLETS[i % len(OUTLETS)],
            agencies=("AFP",),
            url=None,
            language="en",
        )
        for i in range(n_articles)
    ]
    rows, reports = [], []
    for i in range(n):
        day = start + timedelta(days=rng.randrange(365))
        k = rng.randrange(len(prov_names))
        n_rep = rng.choice([1, 1, 2, 3])
        outlets = rng.sample(OUTLETS, n_rep)
        claimants = rng.sample(CLAIMANTS, n_rep)
        killed = [rng.randrange(0, 60) for _ in range(n_rep)]
        rep_rows = []
        for j in range(n_rep):
            art = articles[rng.randrange(n_articles)]
            rep_rows.append(
                {
                    "incident_id": f"inc-{i}",
                    "article_id": art.id,
                    "outlet": outlets[j],
                    "agencies": ["AFP"],
                    "claimant": claimants[j],
                    "published": art.published.isoformat(),
                    "figures": [
                        {
                            "number": killed[j],
                            "low": killed[j],
                            "high": killed[j],
                            "qualifier": "",
                            "category": "killed",
                            "party": None,
                            "claimant": claimants[j],
                            "quote": "q",
                            "part_of": None,
                        }
                    ],
                    "quote": f"{outlets[j]} quotes {claimants[j]} on incident {i}.",
                    "title": art.title,
                }
            )
        reports += rep_rows
        rows.append(
            {
                "incident_id": f"inc-{i}",
                "label": "clashes",
                "event_type": rng.choice(EVENT_TYPES),
                "sub_event_type": "",
                "place": f"Place {i % 900}",
                "admin1": prov_names[k],
                "admin1_pcode": prov_codes[k],
                "precision": rng.choice(["town", "site", "admin1"]),
                "date_start": pd.Timestamp(day),
                "date_end": pd.Timestamp(day + timedelta(days=rng.choice([0, 0, 2]))),
                "actors": rng.sample(ACTORS, 2),
                "outlets": outlets,
                "claimants": claimants,
                "n_reports": n_rep,
                "killed_low": min(killed),
                "killed_best": int(statistics.median(killed)),
                "killed_high": max(killed),
                "disagree": len(set(killed)) > 1,
                "reports": rep_rows,
                "geometry": Point(rng.uniform(36.0, 42.0), rng.uniform(32.5, 37.2)),
            }
        )
    inc = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    for c in ("killed_low", "killed_best", "killed_high"):
        inc[c] = inc[c].astype("Int64")
    control = gpd.GeoDataFrame(
        [
            {
                "claim_id": f"c{i}",
                "actor": ACTORS[i % 5],
                "place": prov_names[i % len(prov_names)],
                "admin1_pcode": prov_codes[i % len(prov_codes)],
                "precision": "admin1",
                "extent": "partial",
                "status": "holds",
                "claimant": CLAIMANTS[i % len(CLAIMANTS)],
                "outlet": OUTLETS[i % len(OUTLETS)],
                "agencies": [],
                "article_id": articles[0].id,
                "date_start": pd.Timestamp(start + timedelta(days=i * 3)),
                "date_end": pd.Timestamp(start + timedelta(days=i * 3)),
                "quote": "claim",
                "contested": False,
                "disputed_by": None,
                "geometry": provinces.geometry.iloc[i % len(provinces)]
                if provinces is not None
                else Point(38, 35),
            }
            for i in range(100)
        ],
        geometry="geometry",
        crs="EPSG:4326",
    )
    return layers.Sitrep(
        extractions=[Extraction(article=a) for a in articles],
        incidents=inc,
        reports=pd.DataFrame(reports),
        control=control,
        provinces=provinces,
        countries=countries,
        unlocated=articles[:25],
    )


def prepare(n: int, work: Path) -> tuple[Path, Path]:
    """Write the synthetic Sitrep into a disk cache for a one-file corpus folder."""
    corpus_dir = work / "corpus"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    (corpus_dir / "placeholder.txt").write_text(f" date 2022-01-01 synthetic corpus of {n}\n")
    cache = work / "cache"
    os.environ["SITREP_CACHE_DIR"] = str(cache)
    from corpus.store import content_hash
    from dashboard import _cache

    t0 = time.perf_counter()
    sitrep = synthetic_sitrep(n)
    print(
        f"synthetic Sitrep: {len(sitrep.incidents)} incidents, {len(sitrep.reports)} reports, "
        f"{len(sitrep.control)} claims, made in {time.perf_counter() - t0:.1f} s"
    )
    key = _cache.build_key(content_hash([corpus_dir.resolve()]))
    path = cache / "sitrep" / f"{key}.pkl"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        pickle.dump(sitrep, fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"disk cache: {path.stat().st_size / 1e6:.1f} MB pickle")
    return corpus_dir, cache


def child_apptest(corpus_dir: Path) -> None:
    """One fresh process: first page, then two filter changes (prints one JSON line)."""
    from streamlit.testing.v1 import AppTest

    os.environ["SITREP_CORPUS"] = str(corpus_dir)
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=600)
    t0 = time.perf_counter()
    at.run()
    first = time.perf_counter() - t0
    assert not at.exception, [e.value for e in at.exception]
    shown = next(m.value for m in at.metric if m.label == "Incidents")
    if shown.startswith("0 of"):
        msg = "the app did not load the synthetic Sitrep (did corpus/geo/layers code change?)"
        raise SystemExit(msg)
    t0 = time.perf_counter()
    at.multiselect(key="event_types").set_value(["Battles"]).run()
    change = time.perf_counter() - t0
    assert not at.exception, [e.value for e in at.exception]
    after = next(m.value for m in at.metric if m.label == "Incidents")
    slider = next(s for s in at.sidebar.slider if s.label == "Dates")
    lo, _ = slider.value
    t0 = time.perf_counter()
    slider.set_value((lo, lo + timedelta(days=60))).run()
    dates = time.perf_counter() - t0
    final = next(m.value for m in at.metric if m.label == "Incidents")
    caption = next((c.value for c in at.caption if c.value.startswith("Page drawn")), "")
    print(json.dumps({"first": first, "change": change, "dates": dates, "shown": shown,
                      "after": after, "final": final, "caption": caption}))  # fmt: skip


def bench_apptest(corpus_dir: Path, repeat: int) -> None:
    """Each measurement in a new process (a restart): only the disk cache is warm."""

    def child() -> dict[str, object]:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(corpus_dir)],
            capture_output=True, text=True, check=False, env=dict(os.environ),
        )  # fmt: skip
        if out.returncode:
            raise RuntimeError(f"child run failed:\n{out.stderr[-4000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])

    t0 = time.perf_counter()
    child()  # priming: derives the tables and map rows once and keeps them on disk
    took = time.perf_counter() - t0
    print(f"priming run (derives tables and map rows, keeps them on disk): {took:.1f} s")
    runs = [child() for _ in range(repeat)]
    firsts = [float(r["first"]) for r in runs]  # type: ignore[arg-type]
    changes = [float(r["change"]) for r in runs]  # type: ignore[arg-type]
    dates = [float(r["dates"]) for r in runs]  # type: ignore[arg-type]
    print(
        f"AppTest  first page, restart, warm disk cache: median {statistics.median(firsts):.2f} s "
        f"(runs: {', '.join(f'{x:.2f}' for x in firsts)}; includes importing streamlit/geopandas)"
    )
    print(
        f"AppTest  filter change (event type)          : median {statistics.median(changes):.2f} s "
        f"[{runs[0]['shown']} -> {runs[0]['after']}]"
    )
    print(
        f"AppTest  filter change (60-day date range)   : median {statistics.median(dates):.2f} s "
        f"[-> {runs[0]['final']}]"
    )
    print(f"         last run's own timing: {runs[-1]['caption']}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# The map runtime's own count of incidents not hidden by a filter (layers/assets/sitrep.js).
COUNT_JS = "() => (window.map && window.Sitrep) ? Sitrep.shownIncidents() : -1"


def _markers(page) -> int:  # type: ignore[no-untyped-def]
    handle = page.query_selector('iframe[title="streamlit_folium.st_folium"]')
    frame = handle.content_frame() if handle else None
    if frame is None:
        return -2
    try:
        return int(frame.evaluate(COUNT_JS))
    except Exception:  # the frame is (re)loading
        return -3


def _wait_markers(page, until, timeout_s: float = 300) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    n = -1
    while time.perf_counter() - t0 < timeout_s:
        n = _markers(page)
        if until(n):
            break
        time.sleep(0.05)
    return n, time.perf_counter() - t0


LAUNCHERS = {
    # what the README's Quick start runs (make run): the server warms up as it starts
    "python -m dashboard": [sys.executable, "-m", "dashboard"],
    # the plain Streamlit command: everything is loaded by the first page's script run
    "streamlit run": [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py")],
}


def bench_browser(corpus_dir: Path, expected: int) -> None:
    chromium = "/usr/bin/chromium"
    if not Path(chromium).exists():
        print("browser: skipped (/usr/bin/chromium not installed)")
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        try:
            for name, launcher in LAUNCHERS.items():
                _bench_server(browser, name, launcher, corpus_dir, expected)
        finally:
            browser.close()


def _bench_server(browser, name: str, launcher: list[str], corpus_dir: Path, expected: int) -> None:  # type: ignore[no-untyped-def]
    """Start a fresh server with ``launcher``; time two visits and a filter change."""
    port = _free_port()
    cmd = [
        *launcher,
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        "--", "--corpus", str(corpus_dir),
    ]  # fmt: skip
    t_server = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=ROOT, env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        print(f"[{name}] server up in {time.perf_counter() - t_server:.2f} s; first visit at once")
        visits = ("first visit (fresh server, warm disk cache)", "second visit (server warm)")
        for attempt in visits:
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            page.route(
                "**/*",
                lambda route: (
                    route.continue_()
                    if route.request.url.startswith((url, "data:", "blob:", "about:"))
                    else route.abort()
                ),
            )
            t0 = time.perf_counter()
            page.goto(url)
            n0, _ = _wait_markers(page, lambda n: n >= expected)
            first = time.perf_counter() - t0
            print(f"[{name}] browser {attempt}: all {n0} markers drawn in {first:.2f} s")
            if attempt.startswith("second"):
                sel = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"] input')
                sel.first.click()
                page.keyboard.type("Battles")
                # wait for the dropdown to offer the option before choosing it
                option = page.get_by_role("option", name="Battles").first
                option.wait_for(state="visible", timeout=30_000)
                t0 = time.perf_counter()
                option.click()
                n1, took = _wait_markers(page, lambda n, n0=n0: 0 < n != n0, timeout_s=60)
                print(f"[{name}] browser filter change (event type), {n0} -> {n1} markers: "
                      f"{took:.2f} s")  # fmt: skip
            page.close()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child_apptest(Path(args.child))
        return
    with tempfile.TemporaryDirectory(prefix="bench-dashboard-") as tmp:
        corpus_dir, _ = prepare(args.incidents, Path(tmp))
        bench_apptest(corpus_dir, args.repeat)
        if not args.no_browser:
            bench_browser(corpus_dir, args.incidents)


if __name__ == "__main__":
    main()
