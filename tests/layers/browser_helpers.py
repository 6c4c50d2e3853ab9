"""Helpers for the layers browser tests: open map.html from disk and find things on the canvas."""

from __future__ import annotations

from pathlib import Path


def open_map(page, path: Path) -> list[str]:
    """Open ``path`` (file://) in ``page``; return the page errors collected while loading."""
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.set_viewport_size({"width": 1400, "height": 900})
    page.goto(path.as_uri(), wait_until="load")
    page.wait_for_function("window.Sitrep && Sitrep.timed.length > 0")
    return errors


def map_var(page) -> str:
    return page.evaluate(
        "Object.keys(window).find(k => k.startsWith('map_') && window[k] instanceof L.Map)"
    )


def incident_point(page, value: str, key: str = "place", rim: bool = False) -> tuple[float, float]:
    """Page coordinates of the incident whose property ``key`` is ``value`` (map centred on it).

    ``rim``: a point just inside the marker's edge rather than its centre (smaller markers
    at the same place are drawn on top of bigger ones, as on any proportional-symbol map).
    """
    m = map_var(page)
    return tuple(
        page.evaluate(
            """async ([m, key, value, rim]) => {
                const map = window[m];
                let hit = null;
                Sitrep.groups.incidents.forEach(g => g.eachLayer(l => {
                    if (Sitrep.props(l)[key] === value) hit = l;
                }));
                map.setView(hit.getLatLng(), 9, {animate: false});
                await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
                // until the canvas has redrawn the marker where it now is (its hit test reads
                // the marker's last projected point), at most one second
                const ll = hit.getLatLng();
                for (let i = 0; i < 60; i++) {
                    const settled = hit._point && !(hit._renderer && hit._renderer._redrawRequest)
                        && hit._point.distanceTo(map.latLngToLayerPoint(ll)) < 0.5;
                    if (settled) break;
                    await new Promise(r => requestAnimationFrame(r));
                }
                const p = map.latLngToContainerPoint(hit.getLatLng());
                const r = map.getContainer().getBoundingClientRect();
                const dx = rim ? Math.max(0, hit.getRadius() - 3) : 0;
                return [p.x + r.left + dx, p.y + r.top];
            }""",
            [m, key, value, rim],
        )
    )


def hover_incident(page, value: str, key: str = "place") -> list[str]:
    """Move the pointer onto the incident whose ``key`` property is ``value``, along a short
    path as a hand would (Leaflet reads at most one canvas mousemove per 32 ms); return the
    text of every tooltip left on the page once the fade-outs are over (0.2 s)."""
    x, y = incident_point(page, value, key)
    page.wait_for_timeout(150)  # let the canvas redraw after setView
    page.mouse.move(x - 40, y)
    page.mouse.move(x, y, steps=8)
    page.locator(".leaflet-tooltip").last.wait_for(state="visible", timeout=5000)
    page.wait_for_timeout(400)
    return page.locator(".leaflet-tooltip").all_inner_texts()


def click_incident(page, value: str, key: str = "place", rim: bool = False) -> str:
    """Click the incident whose ``key`` property is ``value``; return the popup's text."""
    popup = page.locator(".leaflet-popup-content")
    for attempt in range(2):
        x, y = incident_point(page, value, key, rim)
        page.wait_for_timeout(150)  # let the canvas redraw after setView
        page.mouse.click(x, y)
        popup.wait_for(state="visible", timeout=5000)
        text = popup.inner_text()
        # a click the busy page delivered before the canvas settled can land on the claim
        # below; once more, and a map that draws claims over incidents still fails both times
        if attempt or not text.startswith("Claimed:"):
            return text
        page.keyboard.press("Escape")
        page.evaluate(f"window[{map_var(page)!r}].closePopup()")
        page.wait_for_timeout(300)
    return text
