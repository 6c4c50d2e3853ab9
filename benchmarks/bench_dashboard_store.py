"""Dashboard over a store (``--db``): a fresh ``streamlit run`` server on a 10,000-incident store.

Measures, and prints (never asserts):

1. reading the store back into a Sitrep in this process (``layers.store.sitrep_from_store``);
2. a real server on 127.0.0.1 (plain ``streamlit run dashboard/app.py -- --db STORE``, then
   ``python -m dashboard -- --db STORE``, which is ``sitrep dashboard`` and warms up as it
   starts), driven by headless Debian Chromium (``/usr/bin/chromium --no-sandbox``) through
   playwright, started three times each on the same store: the very first server (nothing
   of this store seen before), then restarts. For each: the time from navigation until
   the map frame has drawn every incident; on the last server also a second visit and the
   time from choosing an event type until the map shows the new count (targets: first
   visit on a fresh server < 4 s, filter change < 0.5 s).

The store holds N synthetic articles, one incident each at N distinct places (10,500 give
about 10,000 incidents once neighbours of the same day and type merge), each with a
killed figure; every 100th article also a control claim), written with the store's own
writer (``corpus.db.ingest.write_batch``), so what is timed is the dashboard, not
extraction. The dashboard's corpus folder is an empty one, so the page's ingest finds nothing.

With ``--against DIR`` (another checkout, e.g. ``/work/main``, with its own ``.venv``) each
server is started from both checkouts in turn, that one first, with the same store and
browser, so the two are compared in the same minute on a shared, noisy machine.

Usage::

    .venv/bin/python benchmarks/bench_dashboard_store.py [--articles N] [--restarts 2] [--launchers]
        [--store FILE]   # keep the store in FILE (made when absent): two checkouts, one store
        [--against DIR]  # also run DIR's dashboard, side by side
        [--visit-after S]  # the first visit S seconds after the server answers
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
SHARED_GEODATA = ROOT.parent / "shared" / "geodata"
if SHARED_GEODATA.is_dir():
    os.environ.setdefault("SITREP_DATA_DIR", str(SHARED_GEODATA))

from bench_dashboard import _free_port, _wait_markers  # noqa: E402

EVENT_TYPES = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Strategic developments",
]
CLAIMANTS = ["SOHR", "SDF", "Syrian government", "US-led coalition"]
OUTLETS = ["AFP", "Reuters", "SANA", "AP"]


def make_store(n: int, db: str, seed: int = 11) -> int:
    """Write ``n`` one-incident articles into the store ``db``; return the records written."""
    from corpus.db import open_engine
    from corpus.db.ingest import extractor_version, rows_of, write_batch
    from corpus.records import Article, ControlClaim, Extraction, Figure, Incident
    from geo.records import Place

    rng = random.Random(seed)
    provinces = [("Aleppo", "SY02"), ("Idleb", "SY07"), ("Ar-Raqqa", "SY11"),
                 ("Deir-ez-Zor", "SY09"), ("Al-Hasakeh", "SY08"), ("Homs", "SY04")]  # fmt: skip
    version = extractor_version()
    engine = open_engine(db)
    start = date(2022, 1, 1)
    written = 0
    batch = []
    for i in range(n):
        day = start + timedelta(days=rng.randrange(365))
        prov, pcode = provinces[i % len(provinces)]
        place = Place(
            name=f"Village {i}", lat=rng.uniform(32.5, 37.2), lon=rng.uniform(36.0, 42.0),
            country="SY", admin1=prov, admin1_pcode=pcode, precision="town",
            gazetteer_id=f"bench:{i}",
        )  # fmt: skip
        claimant = CLAIMANTS[i % len(CLAIMANTS)]
        killed = rng.randrange(1, 40)
        quote = f"{killed} people were killed in Village {i}, {claimant} said."
        art = Article(
            id=f"{i:016x}", path=f"/bench/{i}.txt", title=f"Report {i}", text=quote,
            published=day, published_inferred=False, published_source="header",
            outlet=OUTLETS[i % len(OUTLETS)], agencies=(), url=None, language="en",
        )  # fmt: skip
        fig = Figure(
            number=killed, low=killed, high=killed, qualifier="", category="killed",
            party=None, claimant=claimant, claimant_surface=claimant, place=place.name,
            date=day, date_precision="day", date_end=None, quote=quote,
        )  # fmt: skip
        inc = Incident(
            id=f"{art.id}-0", article_id=art.id, event_type=rng.choice(EVENT_TYPES),
            sub_event_type="", label="clashes", place=place, place_surface=place.name,
            date_start=day, date_end=day, date_precision="day", actors=("SDF",), figures=(0,),
            quote=quote,
        )  # fmt: skip
        claims = ()
        if i % 100 == 0:
            claims = (
                ControlClaim(
                    actor="SDF", place=place.name, place_ref=place, extent="full",
                    status="holds", claimant=claimant, claimant_surface=claimant, date=day,
                    date_precision="day", quote=f"The SDF holds Village {i}.",
                ),
            )  # fmt: skip
        ex = Extraction(article=art, figures=(fig,), incidents=(inc,), control_claims=claims)
        batch.append(rows_of(ex, version))
        if len(batch) == 1000:
            written += write_batch(engine, batch, version=version)
            batch = []
    written += write_batch(engine, batch, version=version)
    engine.dispose()
    return written


LAUNCHERS = {
    # plain Streamlit: nothing is loaded until the first page asks
    "streamlit run": [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py")],
    # `sitrep dashboard`, `make run`: the server warms up as it starts
    "python -m dashboard": [sys.executable, "-m", "dashboard"],
}


def _launcher(name: str, root: Path) -> list[str]:
    """The command of launcher ``name`` in the checkout ``root`` (with its own ``.venv``)."""
    if root == ROOT:
        return LAUNCHERS[name]
    python = str(root / ".venv" / "bin" / "python")
    if name == "streamlit run":
        return [python, "-m", "streamlit", "run", str(root / "dashboard" / "app.py")]
    return [python, "-m", "dashboard"]


def _server(
    launcher: list[str], db: str, corpus_dir: Path, env: dict[str, str], cwd: Path = ROOT
) -> tuple[subprocess.Popen, str]:  # type: ignore[type-arg]
    port = _free_port()
    cmd = [
        *launcher,
        "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
        "--", "--db", db, "--corpus", str(corpus_dir),
    ]  # fmt: skip
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.1)
    return proc, url


# Keeps the first "Page drawn in ..." caption the page shows: the first page's own timing
# (a session's first page is rerun once its map has drawn, which replaces the caption).
FIRST_CAPTION = """
if (window === window.top) {
  new MutationObserver((_, obs) => {
    if (window.__sitrepFirstCaption) { obs.disconnect(); return; }
    for (const el of document.querySelectorAll('[data-testid="stCaptionContainer"]')) {
      if (el.textContent.startsWith("Page drawn in")) {
        window.__sitrepFirstCaption = el.textContent; obs.disconnect(); return;
      }
    }
  }).observe(document, {childList: true, subtree: true, characterData: true});
}
"""


def _visit(browser, url: str, expected: int):  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    page.add_init_script(FIRST_CAPTION)
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
    n, _ = _wait_markers(page, lambda n: n >= expected)
    return page, n, time.perf_counter() - t0


def _caption(page) -> str:  # type: ignore[no-untyped-def]
    """The page's own timing of its first script run (``Page drawn in ...``), or ''."""
    try:
        page.wait_for_function("() => window.__sitrepFirstCaption", timeout=20_000)
        return str(page.evaluate("() => window.__sitrepFirstCaption"))
    except Exception:  # not drawn yet: the figure is only informative
        return ""


def _filter(page, n0: int) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    sel = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"] input')
    sel.first.click()
    page.keyboard.type("Battles")
    option = page.get_by_role("option", name="Battles").first
    option.wait_for(state="visible", timeout=60_000)
    option.click()
    n1, took = _wait_markers(page, lambda n: 0 < n != n0, timeout_s=60)
    return n1, took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--articles", type=int, default=10_500, help="one incident each; about 5%% merge"
    )
    ap.add_argument("--restarts", type=int, default=2)
    ap.add_argument(
        "--launchers", nargs="+", choices=list(LAUNCHERS), default=list(LAUNCHERS),
        help="how the server is started (default: both)",
    )  # fmt: skip
    ap.add_argument(
        "--store", type=Path, default=None,
        help="SQLite file of the store: made when absent, reused as it is when present "
        "(the dashboard's caches are always fresh)",
    )  # fmt: skip
    ap.add_argument(
        "--visit-after", type=float, default=0.0, metavar="S",
        help="wait S seconds after the server answers before the first visit (a visitor "
        "who comes later than the warm-up takes; default: visit at once)",
    )  # fmt: skip
    ap.add_argument(
        "--against", type=Path, default=None,
        help="another checkout (with its .venv) to run side by side, before this one",
    )  # fmt: skip
    args = ap.parse_args()
    roots = [("this", ROOT)]
    if args.against:
        roots.insert(0, ("against", args.against.resolve()))
    with tempfile.TemporaryDirectory(prefix="bench-dash-store-") as tmp:
        work = Path(tmp)
        envs = {
            label: dict(os.environ, SITREP_CACHE_DIR=str(work / f"cache-{label}"))
            for label, _ in roots
        }
        db = str(args.store.resolve() if args.store else work / "store.db")
        if args.store and args.store.exists():
            print(f"store: {db} (reused)")
        else:
            t0 = time.perf_counter()
            records = make_store(args.articles, db)
            print(f"store: {args.articles:,} articles, {records:,} records, "
                  f"written in {time.perf_counter() - t0:.1f} s")  # fmt: skip
        from layers.store import sitrep_from_store

        t0 = time.perf_counter()
        sitrep = sitrep_from_store(db)
        expected = len(sitrep.incidents)
        print(f"store -> Sitrep in this process: {time.perf_counter() - t0:.2f} s "
              f"({expected:,} incidents, {len(sitrep.control)} claims)")  # fmt: skip
        del sitrep
        corpus_dir = work / "empty-corpus"
        corpus_dir.mkdir()
        if not Path("/usr/bin/chromium").exists():
            print("browser: skipped (/usr/bin/chromium not installed)")
            return
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium", headless=True, args=["--no-sandbox"]
            )
            runs = [(name, k) for name in args.launchers for k in range(args.restarts + 1)]
            try:
                for j, (name, k), (label, root) in (
                    (j, run, checkout) for j, run in enumerate(runs) for checkout in roots
                ):
                    launcher = _launcher(name, root)
                    what = f"{name}, " + ("first server on this store" if j == 0 else
                                          f"restart {k}")  # fmt: skip
                    if args.against:
                        what = f"{label} {root}: {what}"
                    t_srv = time.perf_counter()
                    proc, url = _server(launcher, db, corpus_dir, envs[label], cwd=root)
                    up = time.perf_counter() - t_srv
                    time.sleep(args.visit_after)
                    try:
                        page, n, took = _visit(browser, url, expected)
                        load = os.getloadavg()[0]
                        print(f"[{what}] server up in {up:.1f} s; first visit: {n:,} markers "
                              f"drawn in {took:.2f} s (load average {load:.1f})")  # fmt: skip
                        print(f"    server side: {_caption(page)}")
                        if k == args.restarts:
                            page.close()
                            page, n, took = _visit(browser, url, expected)
                            print(f"[{what}] second visit: {n:,} markers in {took:.2f} s")
                            for _ in range(2):
                                try:
                                    n1, change = _filter(page, n)
                                except PlaywrightError as e:  # a very loaded machine
                                    print(f"[{what}] filter change: not measured ({e!s:.80})")
                                else:
                                    print(f"[{what}] filter change (event type), {n:,} -> "
                                          f"{n1:,} markers: {change:.2f} s")  # fmt: skip
                                page.close()
                                page, n, _ = _visit(browser, url, expected)
                        page.close()
                    finally:
                        proc.terminate()
                        try:
                            proc.wait(timeout=10)
                        except subprocess.TimeoutExpired:
                            proc.kill()
            finally:
                browser.close()


if __name__ == "__main__":
    main()
