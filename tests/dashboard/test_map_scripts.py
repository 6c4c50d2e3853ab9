"""The live map's scripts: served as files by the server, or inline without one."""

from __future__ import annotations

import streamlit_folium

from dashboard import _map


def _js_links(fmap) -> list[str]:  # type: ignore[no-untyped-def]
    return [url for _, url in fmap.default_js]


def test_served_map_keeps_data_and_runtime_out_of_the_component_arguments(sitrep) -> None:
    base = _map.live_base(sitrep)
    served: dict[str, str] = {}

    def script_url(code: str) -> str:
        served[f"../../media/{len(served)}.js"] = code
        return f"../../media/{len(served) - 1}.js"

    fmap = _map.base_map(sitrep, base, script_url=script_url)
    fmap.get_root().render()
    script = streamlit_folium._get_map_string(fmap)
    links = _js_links(fmap)
    assert links and all(u.startswith("../../media/") for u in links)
    assert len(links) == len(served)
    # Leaflet and the runtime first, the layers' data last; the map only calls them
    assert "L.Map" in served[links[0]] or "Leaflet" in served[links[0]]
    assert "window.Sitrep" in "".join(served[u] for u in links[:-1])
    data = served[links[-1]]
    assert data.startswith("(window.SitrepBase = window.SitrepBase || {})")
    for iid in sitrep.incidents["incident_id"]:
        assert f'"{iid}"' in data
        assert f'"{iid}"' not in script
    name, _ = _map.base_script(tuple(base))
    assert f'SitrepBase["{name}"][{len(base) - 1}]()' in script


def test_without_a_server_the_map_is_self_contained(sitrep) -> None:
    base = _map.live_base(sitrep)
    for script_url in (None, lambda code: None):
        fmap = _map.base_map(sitrep, base, script_url=script_url)
        fmap.get_root().render()
        script = streamlit_folium._get_map_string(fmap)
        assert all(u.startswith("data:") for u in _js_links(fmap))
        assert "SitrepBase" not in script
        for iid in sitrep.incidents["incident_id"]:
            assert f'"{iid}"' in script


def test_other_data_is_another_script() -> None:
    import layers

    one = (layers.LiveLayer("a", "L.layerGroup()", "base"),)
    two = (layers.LiveLayer("a", "L.layerGroup([])", "base"),)
    assert _map.base_script(one)[0] != _map.base_script(two)[0]
    assert _map.base_script(one) == _map.base_script(one)
