"""Article text full of markup reaches the map as text: nothing runs, everything reads literally."""

from __future__ import annotations

import dataclasses

import pytest
from browser_helpers import click_incident, map_var, open_map
from layers_seedlike import afp_extraction, sputnik_extraction

import layers

pytestmark = pytest.mark.browser

SCRIPT = "<script>window.__pwned = 'script'</script>"
IMG = "<img src=x onerror=\"window.__pwned = 'img'\">"
SVG = "<svg onload=\"window.__pwned='svg'\">"
JINJA = "{{ 7*7 }} {% raw %}"


def hostile_extractions():
    ex = sputnik_extraction(
        title=f"Title {SCRIPT} {JINJA}", outlet=f"Outlet {IMG}", quote=f"Quote {IMG} {SCRIPT}"
    )
    figures = tuple(dataclasses.replace(f, claimant=f"Claimant {SVG}") for f in ex.figures)
    claims = tuple(
        dataclasses.replace(
            c, quote=f"Claim {IMG}", claimant=f"Claimant {SCRIPT}", actor=f"Actor {IMG}"
        )
        for c in ex.control_claims
    )
    return [dataclasses.replace(ex, figures=figures, control_claims=claims), afp_extraction()]


def test_hostile_text_is_shown_literally_and_never_runs(offline_page, tmp_path, provinces):
    s = layers.sitrep_from_extractions(hostile_extractions(), provinces=provinces)
    s.warnings.append(f"warning {SCRIPT}")
    page_file = layers.write_outputs(s, tmp_path)["map"]
    page = offline_page
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    errors = open_map(page, page_file)
    assert errors == []

    text = click_incident(page, "Ghwayran prison")
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    # shown literally, as text
    assert f"Outlet {IMG}" in text
    assert f"Title <script>window.__pwned = 'script'</script> {JINJA}" in text
    assert f"Quote {IMG} {SCRIPT}" in text
    assert f"Claimant {SVG}" in text
    # and no element was made from it
    popup = page.locator(".leaflet-popup-content")
    assert popup.locator("img, script, svg").count() == 0
    # the hostile actor name in the layer control and the legend is text too
    page.locator("summary", has_text="Legend").click()  # the legend starts collapsed
    body = page.locator("body").inner_text()
    assert f"Claimed control (from articles): Actor {IMG}" in body
    assert f"warning {SCRIPT}" in body
    assert page.locator(".leaflet-control-layers img, .sitrep-legend img").count() == 0

    # claim popups: open one and check again
    page.evaluate("(m) => window[m].closePopup()", map_var(page))
    x, y = page.evaluate(
        """(m) => { const map = window[m]; let hit = null;
            Sitrep.groups.claims.forEach(g => g.eachLayer(l => {
                if (l.feature.properties.place === "Ar-Raqqa") hit = l; }));
            const c = hit.getBounds().getCenter(); map.setView(c, 8, {animate: false});
            const p = map.latLngToContainerPoint(c);
            const r = map.getContainer().getBoundingClientRect();
            return [p.x + r.left, p.y + r.top]; }""",
        map_var(page),
    )
    page.wait_for_timeout(150)
    page.mouse.click(x, y)
    page.locator(".leaflet-popup-content").wait_for(state="visible")
    claim = page.locator(".leaflet-popup-content").inner_text()
    assert f"Claim {IMG}" in claim and f"Claimant {SCRIPT}" in claim
    assert page.locator(".leaflet-popup-content img").count() == 0
    page.wait_for_timeout(300)  # give any injected handler the chance to run
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    # the broken image would have been a request for "x": none was made
    assert not any(u.endswith("/x") for u in page.requests_outside)
    assert page.requests_outside == []
