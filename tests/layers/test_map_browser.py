"""map.html opened from disk in a real headless Chromium with the network off."""

from __future__ import annotations

import pytest
from browser_helpers import click_incident, hover_incident, incident_point, map_var, open_map

import layers

pytestmark = pytest.mark.browser


@pytest.fixture()
def map_file(sitrep, tmp_path):
    return layers.write_outputs(sitrep, tmp_path)["map"]


def test_opens_offline_with_markers_and_control_polygons(offline_page, map_file):
    errors = open_map(offline_page, map_file)
    assert errors == []
    assert offline_page.requests_outside == []
    page = offline_page
    assert page.evaluate("typeof L") == "object" and page.evaluate("L.version") == "1.9.3"
    assert page.evaluate("Sitrep.visibleCount('incidents')") == 2
    # 4 US province polygons + the SDF and IS site claims on the prison
    assert page.evaluate("Sitrep.visibleCount('claims')") == 6
    kinds = page.evaluate(
        """() => { const out = {}; Sitrep.groups.claims.forEach(g => g.eachLayer(l => {
              const k = l.feature.geometry.type; out[k] = (out[k] || 0) + 1; })); return out; }"""
    )
    assert (
        kinds == {"Polygon": 4, "Point": 2}
        or kinds.get("Polygon", 0) + kinds.get("MultiPolygon", 0) == 4
    )
    # the polygons are really painted: the canvas is not blank inside Ar-Raqqa
    m = map_var(page)
    page.evaluate("(m) => window[m].setView([35.95, 38.98], 8, {animate: false})", m)
    page.wait_for_timeout(200)
    alpha = page.evaluate(
        """(m) => { const map = window[m]; const c = Sitrep.renderer();
            const p = map.latLngToLayerPoint([35.95, 38.98]).subtract(c._bounds.min);
            const ratio = window.devicePixelRatio || 1;
            const d = c._ctx.canvas.getContext('2d').getImageData(Math.round(p.x * ratio) - 10,
                Math.round(p.y * ratio) - 10, 20, 20).data;
            let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }""",
        m,
    )
    assert alpha > 0
    # legend and attribution
    text = page.locator("body").inner_text()
    assert "CC BY 3.0 IGO" in text and "Golan" in text
    assert "Claimed control (from articles): US-led coalition" in text
    assert page.locator(".leaflet-control-layers-overlays label").count() >= 5


def test_prison_popup_lists_both_seed_articles_with_their_figures(offline_page, map_file):
    open_map(offline_page, map_file)
    text = click_incident(offline_page, "Ghwayran prison")
    rows = offline_page.locator(".leaflet-popup-content tr.sitrep-report")
    assert rows.count() == 2
    afp = rows.filter(has_text="AFP").inner_text()
    sputnik = rows.filter(has_text="Sputnik").inner_text()
    for n in ("181", "124", "50", "7"):
        assert n in afp
    assert "SOHR" in afp
    for n in ("175", "27"):
        assert n in sputnik
    assert "Sputnik (via ANI)" in sputnik
    assert "Sources disagree" in text and "killed 181–202" in text
    assert offline_page.locator(".leaflet-popup-content .sitrep-figs .sitrep-hl").count() >= 2
    assert offline_page.requests_outside == []


def test_tooltip_shows_place_date_type(offline_page, map_file):
    open_map(offline_page, map_file)
    tips = hover_incident(offline_page, "Ghwayran prison")
    assert tips == ["Ghwayran prison · 2022-01-20 – 2022-01-26 · prison attack"]


def test_incident_stays_above_claims_after_the_claims_are_toggled_back_on(offline_page, map_file):
    """The coalition's Hasakah polygon covers the prison: turning claim layers off and on
    (they are added again after the incidents) must not bury the incident under them."""
    page = offline_page
    open_map(page, map_file)
    boxes = page.locator(".leaflet-control-layers-overlays label", has_text="Claimed").locator(
        "input"
    )
    assert boxes.count() >= 1
    page.locator(".leaflet-control-layers").hover()  # the control opens on hover
    for i in range(boxes.count()):
        boxes.nth(i).uncheck()
        boxes.nth(i).check()
    page.mouse.move(5, 5)  # let the control close again
    page.wait_for_timeout(150)
    assert hover_incident(page, "Ghwayran prison")[0].startswith("Ghwayran prison ·")
    x, y = incident_point(page, "Ghwayran prison")
    page.mouse.click(x, y)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(state="visible", timeout=5000)
    assert popup.locator("tr.sitrep-report").count() == 2  # the incident's popup, not a claim's


def test_time_control_hides_features_outside_its_range(offline_page, map_file):
    from browser_helpers import incident_point

    page = offline_page
    open_map(page, map_file)
    assert page.locator("#sitrep-time-from").count() == 1

    def drag(selector: str, iso: str) -> None:
        page.evaluate(
            """([sel, iso]) => { const i = document.querySelector(sel); i.value = Sitrep.day(iso);
                i.dispatchEvent(new Event('input', {bubbles: true})); }""",
            [selector, iso],
        )

    def on_map(kind: str) -> int:
        if kind == "claims":  # claims leave the map; incidents are hidden in place
            return page.evaluate(
                "Sitrep.groups.claims.reduce((n, g) => n + g.getLayers().length, 0)"
            )
        return page.evaluate(
            "Sitrep.groups.incidents.reduce((n, g) => n + g.getLayers()"
            ".filter(l => !l._sitrepHidden).length, 0)"
        )

    x, y = incident_point(page, "Ghwayran prison")
    drag("#sitrep-time-from", "2022-01-28")  # after the prison fighting: only the Jan 31 claims
    assert on_map("incidents") == 0
    assert on_map("claims") == 4
    assert "0 incidents, 4 claims" in page.locator(".sitrep-time").inner_text()
    # a hidden marker is neither drawn nor clickable
    page.mouse.click(x, y)
    page.wait_for_timeout(300)
    assert page.locator(".sitrep-report").count() == 0
    drag("#sitrep-time-from", "2022-01-01")
    drag("#sitrep-time-to", "2022-01-10")  # only the early shelling
    assert on_map("incidents") == 1 and on_map("claims") == 0
    page.locator(".sitrep-time-reset").click()
    assert on_map("incidents") == 2 and on_map("claims") == 6


def test_markers_are_stamped_and_an_unchanged_filter_does_not_redraw(offline_page, map_file):
    """Markers are painted from bitmap sprites; ``showIncidents`` redraws only on a change."""
    page = offline_page
    open_map(page, map_file)
    assert page.evaluate("typeof OffscreenCanvas") == "function"  # the bitmap path is the one run
    x, y = incident_point(page, "Ghwayran prison")
    page.wait_for_timeout(200)

    def painted() -> str:
        return page.evaluate(
            """([x, y]) => { const c = Sitrep.renderer();
                const r = c._container.getBoundingClientRect();
                const k = window.devicePixelRatio || 1;
                const d = c._ctx.canvas.getContext('2d').getImageData(
                    Math.round((x - r.left) * k) - 3, Math.round((y - r.top) * k) - 3, 6, 6).data;
                return Array.from(d).join(","); }""",
            [x, y],
        )

    shown = painted()
    assert any(int(v) for v in shown.split(",")[3::4])  # something is drawn there
    page.evaluate(
        """() => { const r = Sitrep.renderer(); window.__redraws = 0; const draw = r._redraw;
            r._redraw = function () { window.__redraws++; return draw.apply(this, arguments); };
        }"""
    )
    assert page.evaluate("Sitrep.showIncidents(null)") == 2
    assert page.evaluate("window.__redraws") == 0  # nothing hidden or shown: no redraw
    ids = page.evaluate("Sitrep._incidents.cols.id")
    assert page.evaluate("(ids) => Sitrep.showIncidents(ids)", [i for i in ids if i]) == 2
    assert page.evaluate("window.__redraws") == 0
    assert page.evaluate("Sitrep.showIncidents([])") == 0
    assert page.evaluate("window.__redraws") == 1
    page.wait_for_timeout(100)
    assert painted() != shown  # hidden markers are not drawn (the claims there still are)
    assert page.evaluate("Sitrep.showIncidents(null)") == 2
    assert page.evaluate("window.__redraws") == 2
    page.wait_for_timeout(100)
    assert painted() == shown


@pytest.mark.parametrize("variant", ["as built", "one day, no label", "undated, no place"])
def test_tooltips_put_together_in_the_browser_match_tooltip_text(
    offline_page, sitrep, tmp_path, variant
):
    """The page sends each incident's place, dates and label index, not its tooltip text
    (the dates and labels would be sent again as text for every incident): what the browser
    puts together is :func:`layers.render.tooltip_text`, in every case."""
    import dataclasses

    from layers.render import incident_features, tooltip_text

    inc = sitrep.incidents.copy()
    if variant != "as built":
        inc["date_end"] = None
        inc["label"] = None
    if variant == "undated, no place":
        inc["date_start"] = None
        inc["place"] = None
    shown = dataclasses.replace(sitrep, incidents=inc)
    expected = {
        f["properties"]["incident_id"]: tooltip_text(f["properties"])
        for f in incident_features(shown, popups=False)["features"]
    }
    open_map(offline_page, layers.write_outputs(shown, tmp_path)["map"])
    got = offline_page.evaluate(
        "() => { const c = Sitrep._incidents.cols;"
        " return c.id.map((id, i) => [id, Sitrep.incidentTip(c, i)]); }"
    )
    assert dict(got) == expected
    assert len(got) == len(expected) == 2
    if variant == "as built":
        assert any(" – " in t for t in expected.values())  # a date range, too
