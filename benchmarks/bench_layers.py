"""Benchmark: incidents -> map.html build time and Chromium open time, vs plain folium markers.

Synthetic corpus: N incidents spread over Syria (10 % known only to the province, drawn
hollow), one article each, plus a second article for every fifth incident (so merging has
work to do), 1-3 figures per report. Timed separately:

* ``merge+frames``  extractions -> Sitrep (merge_reports, the three frames);
* ``map.html``      Sitrep -> self-contained HTML (layers.map_html) written to disk;
* ``open``          headless Chromium (Debian), network off: file:// load until every
                    feature is registered and the canvas has painted (two animation frames);
* ``baseline``      the same points as plain ``folium.Marker`` with an HTML popup and a
                    tooltip each, rendered to HTML (10,000 only; it cannot open offline,
                    its Leaflet comes from a CDN).

Run: ``.venv/bin/python benchmarks/bench_layers.py [--sizes 10000 100000] [--no-baseline]``.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SITREP_DATA_DIR", str(ROOT.parent / "shared" / "geodata"))

from corpus.records import Article, Extraction, Figure, Incident  # noqa: E402
from geo.records import Place  # noqa: E402

EVENT_TYPES = [
    ("Battles", "Armed clash", "clashes"),
    ("Explosions/Remote violence", "Air/drone strike", "air strike"),
    ("Violence against civilians", "Attack", "attack"),
    ("Protests", "Peaceful protest", "protest"),
    ("Riots", "Violent demonstration", "riot"),
    ("Strategic developments", "Other", "prison break"),
]
OUTLETS = ["AFP", "Reuters", "Sputnik", "AP", "Le Point", "Anadolu"]
CLAIMANTS = ["SOHR", "SDF", "Syrian government", "US-led coalition", "AANES"]


def synthetic(n: int, seed: int = 7) -> list[Extraction]:
    rng = random.Random(seed)
    pcodes = [f"SY{i:02d}" for i in range(1, 15)]
    out: list[Extraction] = []
    start = date(2022, 1, 1)
    for i in range(n):
        lat, lon = rng.uniform(32.6, 37.0), rng.uniform(36.0, 42.0)
        coarse = rng.random() < 0.1
        pcode = rng.choice(pcodes)
        place = Place(
            name=f"Place {i}",
            lat=lat,
            lon=lon,
            country="SY",
            admin1=f"Province {pcode}",
            admin1_pcode=pcode,
            precision="admin1" if coarse else rng.choice(["site", "town", "neighbourhood"]),
            gazetteer_id=f"synthetic:{i}",
        )
        etype, sub, label = rng.choice(EVENT_TYPES)
        day = start + timedelta(days=rng.randrange(365))
        n_reports = 2 if i % 5 == 0 else 1
        for k in range(n_reports):
            aid = f"{i:08x}{k:08x}"
            outlet = rng.choice(OUTLETS)
            art = Article(
                id=aid,
                path=f"{aid}.txt",
                title=f"Report {i}/{k}: {label} in {place.name}",
                text="",
                published=day + timedelta(days=1 + k),
                published_inferred=False,
                published_source="header",
                outlet=outlet,
                agencies=(outlet,),
                url=None,
                language="en",
            )
            quote = (
                f"At least {i % 40} people were killed in {label} in {place.name}, said {outlet}."
            )
            figs = tuple(
                Figure(
                    number=rng.randrange(0, 60),
                    low=0,
                    high=None,
                    qualifier="at least",
                    category=cat,  # type: ignore[arg-type]
                    party=None,
                    claimant=rng.choice(CLAIMANTS),
                    claimant_surface="according to ...",
                    place=place.name,
                    date=day,
                    date_precision="day",
                    date_end=None,
                    quote=quote,
                )
                for cat in rng.sample(["killed", "injured", "detained"], rng.randint(1, 3))
            )
            inc = Incident(
                id=f"{aid}-1",
                article_id=aid,
                event_type=etype,  # type: ignore[arg-type]
                sub_event_type=sub,
                label=label,
                place=place,
                place_surface=place.name,
                date_start=day,
                date_end=day,
                date_precision="day",
                # one actor per synthetic event: distinct events never merge by accident
                actors=(f"group {i}",),
                figures=tuple(range(len(figs))),
                quote=quote,
            )
            out.append(Extraction(article=art, figures=figs, incidents=(inc,)))
    return out


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def timed(fn):
    w, c = time.perf_counter(), cpu()
    result = fn()
    return result, time.perf_counter() - w, cpu() - c


#: Usability once open: filter by time (half the range), zoom in (redraw), open a popup.
INTERACTION_JS = """async () => {
  const frames = () => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  const key = Object.keys(window).find(k => k.startsWith('map_') && window[k] instanceof L.Map);
  const map = window[key];
  const ext = Sitrep.extent();
  let t = performance.now();
  Sitrep.setRange(ext[0], Math.round((ext[0] + ext[1]) / 2)); await frames();
  const filter = performance.now() - t;
  Sitrep.setRange(ext[0], ext[1]); await frames();
  t = performance.now(); map.setZoom(map.getZoom() + 1, {animate: false}); await frames();
  const zoom = performance.now() - t;
  const g = Sitrep.groups.incidents[0];
  const l = g.getLayers()[Math.floor(g.getLayers().length / 2)];
  t = performance.now(); g.fire('click', {layer: l, latlng: l.getLatLng(), propagatedFrom: l});
  await frames();
  const popup = performance.now() - t;
  return {filter_ms: Math.round(filter), zoom_ms: Math.round(zoom), popup_ms: Math.round(popup),
          popup_open: !!document.querySelector('.leaflet-popup-content .sitrep-report')};
}"""


def open_in_chromium(path: Path, expected: int) -> tuple[float, dict] | None:
    if not Path("/usr/bin/chromium").exists():
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=["--no-sandbox", "--disable-gpu"],
        )
        try:
            ctx = browser.new_context(offline=True, viewport={"width": 1400, "height": 900})
            page = ctx.new_page()
            t = time.perf_counter()
            page.goto(path.as_uri(), wait_until="load", timeout=120_000)
            page.wait_for_function(
                f"window.Sitrep && Sitrep.visibleCount('incidents') >= {expected}", timeout=120_000
            )
            page.evaluate(
                "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
            )
            opened = time.perf_counter() - t
            interaction = page.evaluate(INTERACTION_JS)
            return opened, interaction
        finally:
            browser.close()


def baseline(sitrep) -> tuple[float, float]:
    """Plain folium: one Marker per incident with an HTML popup and a tooltip."""
    import html

    import folium

    def build() -> str:
        m = folium.Map(location=[35, 38.5], zoom_start=7)
        for row in sitrep.incidents.itertuples():
            popup = "".join(
                f"<tr><td>{html.escape(str(r['outlet']))}</td><td>{html.escape(r['quote'])}</td></tr>"
                for r in row.reports
            )
            folium.Marker(
                [row.geometry.y, row.geometry.x],
                popup=folium.Popup(f"<table>{popup}</table>", max_width=400),
                tooltip=html.escape(f"{row.place} {row.label}"),
            ).add_to(m)
        return m.get_root().render()

    _, wall, cpu_s = timed(build)
    return wall, cpu_s


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()

    import geo
    import layers

    provinces, countries = geo.load_admin1(), geo.load_countries()
    rows = []
    tmp = Path(tempfile.mkdtemp(prefix="bench_layers_"))
    for n in args.sizes:
        exs, gen_s, _ = timed(lambda n=n: synthetic(n))
        sitrep, merge_s, merge_cpu = timed(
            lambda exs=exs: layers.sitrep_from_extractions(
                exs, provinces=provinces, countries=countries
            )
        )
        path = tmp / f"map_{n}.html"

        def write(sitrep=sitrep, path=path) -> int:
            page = layers.map_html(sitrep)
            path.write_text(page, encoding="utf-8")
            return len(page.encode())

        size, html_s, html_cpu = timed(write)
        opened = None if args.no_browser else open_in_chromium(path, len(sitrep.incidents))
        open_s, interaction = opened if opened else (None, {})
        rows.append(
            (n, len(sitrep.incidents), len(sitrep.reports), merge_s, html_s, html_cpu, size, open_s)
        )
        print(
            f"{n:>7} incidents ({len(sitrep.incidents)} merged, {len(sitrep.reports)} reports): "
            f"synthetic {gen_s:.1f} s, merge+frames {merge_s:.2f} s ({merge_cpu:.2f} s CPU), "
            f"map.html {html_s:.2f} s "
            f"({html_cpu:.2f} s CPU, {size / 1e6:.1f} MB), "
            f"Chromium open {'n/a' if open_s is None else f'{open_s:.2f} s'}",
            flush=True,
        )
        if interaction:
            print(
                f"{'':>7} once open: time filter {interaction['filter_ms']} ms, zoom redraw "
                f"{interaction['zoom_ms']} ms, first popup {interaction['popup_ms']} ms "
                f"(opened: {interaction['popup_open']})",
                flush=True,
            )
        if n == 10_000 and not args.no_baseline:
            wall, cpu_s = baseline(sitrep)
            print(
                f"{'':>7} baseline plain folium.Marker x {len(sitrep.incidents)}: "
                f"{wall:.1f} s wall, {cpu_s:.1f} s CPU to build the HTML "
                f"({wall / html_s:.0f}x slower than map.html)",
                flush=True,
            )
    shutil.rmtree(tmp, ignore_errors=True)
    print("\n| incidents | merge+frames s | map.html build s | map.html MB | Chromium open s |")
    print("|---:|---:|---:|---:|---:|")
    for n, _m, _r, merge_s, html_s, _c, size, open_s in rows:
        open_txt = "n/a" if open_s is None else f"{open_s:.2f}"
        print(f"| {n:,} | {merge_s:.2f} | {html_s:.2f} | {size / 1e6:.1f} | {open_txt} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
