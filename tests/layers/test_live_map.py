"""The live map API: layers as JavaScript, and a filter statement (no Streamlit, no folium)."""

from __future__ import annotations

import json

import layers


def test_live_map_layers_in_drawing_order(sitrep) -> None:
    live = layers.live_map_layers(sitrep)
    kinds = [layer.kind for layer in live]
    assert kinds == sorted(kinds, key=["base", "claims", "incidents"].index)
    assert kinds[-1] == "incidents" and kinds.count("incidents") == 1
    assert {"base", "claims"} <= set(kinds)
    incidents = live[-1]
    assert incidents.js.startswith("Sitrep.incidentLayer(")
    for iid in sitrep.incidents["incident_id"]:
        assert json.dumps(str(iid)) in incidents.js
    assert '"live":true' in incidents.js.replace(" ", "")


def test_live_map_layers_parts(sitrep) -> None:
    only = layers.live_map_layers(sitrep, parts=("claims",))
    assert only and {layer.kind for layer in only} == {"claims"}
    assert all(layer.name.startswith("Claimed control") for layer in only)


def test_live_incident_filter_is_script_safe() -> None:
    assert layers.live_incident_filter(None) == "Sitrep.showIncidents(null);"
    js = layers.live_incident_filter(["a", "</script><b>"])
    assert js.startswith("Sitrep.showIncidents([") and "</" not in js


def test_live_incidents_draw_what_the_map_with_popups_draws(sitrep) -> None:
    from layers.render import incident_payload

    drawn, chunks = incident_payload(sitrep)
    live, bare = incident_payload(sitrep, popups=False)
    assert live == drawn  # same markers, same order, same tooltips
    assert [len(c) for c in bare] == [len(c) for c in chunks]
    assert any(p.get("reports") for c in chunks for p in c)
    assert not any("reports" in p or "tallies" in p for c in bare for p in c)
