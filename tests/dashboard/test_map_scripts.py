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
    assert links == list(served)  # one file: one fetch
    code = served[links[0]]
    # Leaflet, then the runtime, then the layers' data; the map's script only calls them
    leaflet, runtime, data = (code.index(s) for s in ("Leaflet 1.", "window.Sitrep", "SitrepBase"))
    assert leaflet < runtime < data
    header = streamlit_folium._get_header(fmap)
    assert "Leaflet 1." not in header and "window.Sitrep" not in header
    for iid in sitrep.incidents["incident_id"]:
        assert f'"{iid}"' in code[data:]
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
