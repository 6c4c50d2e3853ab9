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


def _group_js(group) -> str:  # type: ignore[no-untyped-def]
    return "".join(child.js for child in group._children.values())


def test_first_page_map_says_once_drawn_that_it_has_drawn() -> None:
    quiet = _group_js(_map.incidents_filter_group(["a"]))
    told = _group_js(_map.incidents_filter_group(["a"], notify_drawn=True))
    assert "postMessage" not in quiet and _map.MAP_DRAWN not in quiet
    # the component protocol's "set value" (which reruns the page), after a frame is drawn
    assert "requestAnimationFrame" in told
    assert '"streamlit:setComponentValue"' in told and f"{_map.MAP_DRAWN}: true" in told
    # what st_folium returns when nothing was clicked, so a click is never invented
    assert "last_object_clicked: null" in told
    assert told.startswith(quiet.split(" return L.layerGroup")[0])
    # once per frame: a filter change reruns the group, and must not rerun the page again
    assert told.index("window.sitrepDrawnPosted = true") < told.index("postMessage")
    # the same statement on every run: the page's rerun leaves the map's layers alone
    assert told == _group_js(_map.incidents_filter_group(["a"], notify_drawn=True))


class _Runtime:
    """What ``served_script`` asks of a Streamlit runtime: that it exists, its media files."""

    def __init__(self) -> None:
        self.media: list[bytes] = []
        outer = self

        class _Mgr:
            def add(self, data: bytes, mimetype: str, coordinates: str) -> str:
                outer.media.append(data)
                return f"/media/{len(outer.media)}.js"

        self.media_file_mgr = _Mgr()


def _fake_runtime(monkeypatch) -> _Runtime:  # type: ignore[no-untyped-def]
    from streamlit import runtime

    fake = _Runtime()
    monkeypatch.setattr(runtime, "exists", lambda: True)
    monkeypatch.setattr(runtime, "get_instance", lambda: fake)
    return fake


def test_served_script_is_a_file_of_the_cache_reused_by_later_servers(
    monkeypatch, tmp_path
) -> None:
    from dashboard import _ui

    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    fake = _fake_runtime(monkeypatch)
    url = _ui.served_script("window.x = 1;")
    assert url is not None and not fake.media
    # relative to the st_folium frame (<base>/component/streamlit_folium.st_folium/)
    component, name = url.removeprefix("../").split("/")
    assert component == "dashboard._ui.map_scripts"
    path = tmp_path / "cache" / "map-scripts" / name
    assert path.read_text(encoding="utf-8") == "window.x = 1;"
    mtime = path.stat().st_mtime_ns
    assert _ui.served_script("window.x = 1;") == url  # the same data: the same file, kept
    assert path.stat().st_mtime_ns == mtime


def test_only_the_newest_map_scripts_are_kept(monkeypatch, tmp_path) -> None:
    from dashboard import _ui

    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path))
    _fake_runtime(monkeypatch)
    urls = [_ui.served_script(f"window.v = {i};") for i in range(_ui.SCRIPTS_KEPT + 3)]
    left = sorted(p.name for p in (tmp_path / "map-scripts").iterdir())
    assert len(left) == _ui.SCRIPTS_KEPT
    assert str(urls[-1]).rsplit("/", 1)[-1] in left


def test_unwritable_cache_serves_the_script_from_memory(monkeypatch, tmp_path) -> None:
    from dashboard import _ui

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(blocker))  # map-scripts cannot be made in it
    fake = _fake_runtime(monkeypatch)
    url = _ui.served_script("window.y = 2;")
    assert url == "../../media/1.js"
    assert fake.media == [b"window.y = 2;"]


def test_the_live_map_is_fitted_to_its_data_at_once(sitrep) -> None:
    fmap = _map.base_map(sitrep, _map.live_base(sitrep))
    fmap.get_root().render()
    script = streamlit_folium._get_map_string(fmap)
    fits = [part.split(");", 1)[0] for part in script.split(".fitBounds(")[1:]]
    assert len(fits) == 1 and '"animate": false' in fits[0]
