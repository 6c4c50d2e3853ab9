"""The live map: drawn once per page, then re-filtered in place.

``layers.build_map`` writes one self-contained page (that is what the HTML download is).
Inside Streamlit the map goes through ``st_folium``, which runs the map's script once when
its iframe mounts, and on a rerun only swaps the layers given as ``feature_group_to_add``.
So the dashboard splits the map along those lines, with ``layers.live_map_layers``:

* the **base**, run once per page: the frame of ``layers.build_map`` (Leaflet and the
  ``layers`` runtime, panes, legend, attribution; built from a Sitrep without data),
  the country and province outlines, and the incidents of the **whole corpus** (computed
  once per corpus and kept on disk). It is rebuilt as a folium object on each run
  (``st_folium`` renames a map's variables in place, so a rendered map cannot be rendered
  again), but it is the same text on each run, so the browser never runs it again. Its
  scripts (Leaflet, the runtime, and the outlines and incidents: a megabyte for 10,000
  incidents) are one file the server serves (:func:`base_script`, ``_ui.served_script``:
  a file of the cache folder, named by its content, served as a component's file, so
  every session and every later server over the same data reuse it) and the frame loads
  once; only its URL is in ``st_folium``'s arguments, which Streamlit sends to the
  browser again on every rerun;
* the **dynamic** part, swapped on each filter change: the claimed-control layers of the
  filtered claims (cached per set of claims) and one statement,
  ``layers.live_incident_filter``, that shows only the filtered incidents (hidden markers
  stay loaded, so a filter change is a redraw, not a rebuild, and sends ids, not markers).

The dynamic part also tells the page once the map's frame has drawn (``notify_drawn``,
once per frame): the page leaves its tables out until then (``_ui.map_first``), so the
browser fetches and runs the map before Streamlit's table code.

The incident tooltip names the incident; the per-source comparison is in the side panel
next to the map, which a click on a marker opens. ``returned_objects=["last_object_clicked"]``
keeps panning and zooming from rerunning the page.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import math
from collections.abc import Iterable
from typing import Any

import folium
from branca.element import Element, Figure
from folium.map import Layer
from jinja2 import Template

import layers
from dashboard import _offline

logger = logging.getLogger(__name__)

INCIDENTS_NAME = "Incidents (merged reports)"
#: Simplification of claimed-control polygons on the live map, in degrees (~100 m).
CLAIM_TOLERANCE_DEG = 0.001


class DashLayer(Layer):
    """A Leaflet layer made by a JavaScript expression, that ``st_folium`` can run.

    Parameters
    ----------
    js
        Expression evaluating to a Leaflet layer (``layers.LiveLayer.js``).
    name
        Name shown in the layer control (HTML-escaped already).
    """

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "var {{ this.get_name() }} = {{ this.js }};"
        "{% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}"
        "{% endmacro %}"
    )

    def __init__(self, js: str, *, name: str, show: bool = True, control: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=control, show=show)
        self._name = "DashLayer"
        self.js = js

    def render(self, **kwargs: Any) -> str:
        """Place the script verbatim (no Jinja pass over the data, unlike ``MacroElement``).

        The script goes into the figure; like ``MacroElement`` the element itself renders to
        no HTML of its own, so the string returned is empty (branca's ``Element.render`` type).
        """
        figure = self.get_root()
        if isinstance(figure, Figure):
            figure.script.add_child(
                _Raw(self._template.module.script(self, kwargs)), name=self.get_name()
            )
        return ""


class _Raw(Element):
    """Text placed in the page verbatim (its content is data, not a template)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text unchanged."""
        return self.text


def frame_sitrep(sitrep: Any) -> Any:
    """Return the Sitrep the map frame is built from: no incidents, claims or outlines.

    Warnings and unlocated articles are kept (the legend lists them).
    """
    fields = {f.name for f in dataclasses.fields(sitrep)}
    changes: dict[str, Any] = {
        "incidents": sitrep.incidents.iloc[0:0],
        "control": sitrep.control.iloc[0:0],
        "countries": None,
        "provinces": None,
    }
    if "merged" in fields:
        changes["merged"] = []
    return dataclasses.replace(sitrep, **changes)


def live_base(sitrep: Any) -> list[layers.LiveLayer]:
    """Return the layers drawn once per page: outlines and every incident of the corpus."""
    return layers.live_map_layers(sitrep, parts=("base", "incidents"))


@functools.lru_cache(maxsize=4)
def base_script(base: tuple[layers.LiveLayer, ...]) -> tuple[str, str]:
    """Return ``(name, code)``: a script that defines the ``base`` layers, to serve as a file.

    ``SitrepBase[name][i]()`` makes the i-th layer (the layers are functions, run by the
    map's script once Leaflet and its panes are there). ``name`` is a digest of the layers,
    so a map of other data is another script (and ``st_folium`` mounts it afresh).
    """
    digest = hashlib.sha256("\0".join(live.js for live in base).encode("utf-8")).hexdigest()
    name = digest[:16]
    makers = ",\n".join(f"function () {{ return {live.js}; }}" for live in base)
    return name, f'(window.SitrepBase = window.SitrepBase || {{}})["{name}"] = [\n{makers}\n];\n'


@functools.lru_cache(maxsize=4)
def _bundle(header: tuple[str, ...], base_code: str) -> str:
    """One script: the header's (Leaflet, the runtime), then the base layers' (one fetch)."""
    return "\n;\n".join([*header, base_code])


def base_map(
    sitrep: Any, base: Iterable[layers.LiveLayer], *, script_url: _offline.ScriptUrl | None = None
) -> folium.Map:
    """Build the map run once per page (frame, ``base`` layers), ready for ``st_folium``.

    ``script_url(code)`` gives the URL the application serves a script at: then Leaflet,
    the runtime and the ``base`` layers (the data of every incident: a megabyte for
    10,000) are one file the map's frame loads, not text in the component's arguments,
    which Streamlit sends again on every rerun. Without it (or when it gives None) the
    map is self-contained (``data:`` URLs and inline layers).
    """
    fmap = layers.build_map(frame_sitrep(sitrep))
    for key, child in list(fmap._children.items()):
        # st_folium gets a fresh LayerControl listing every layer; the frame's (empty) data
        # layers are replaced by the live ones
        if isinstance(child, (folium.LayerControl, Layer)):
            del fmap._children[key]
    base = tuple(base)
    header: list[str] = []
    placeholder = "sitrep-header-script:"

    def collect(code: str) -> str:
        header.append(code)
        return f"{placeholder}{len(header) - 1}"

    serve = script_url is not None and bool(base)
    _offline.localize(fmap, script_url=collect if serve else script_url)
    served = None
    if serve:
        assert script_url is not None  # for mypy: serve says so
        name, code = base_script(base)
        url = script_url(_bundle(tuple(header), code))
        rest = [a for a in fmap.default_js or [] if not a[1].startswith(placeholder)]
        if url:
            fmap.default_js = [("sitrep_scripts", url), *rest]
            served = name
        else:  # not served after all: the header's scripts as data: URLs, as localize does
            inline = [
                (f"sitrep_header_{i}", _offline.data_script_url(c)) for i, c in enumerate(header)
            ]
            fmap.default_js = [*inline, *rest]
    for i, live in enumerate(base):
        js = live.js if served is None else f'SitrepBase["{served}"][{i}]()'
        fmap.add_child(DashLayer(js, name=live.name))
    bounds = data_bounds(sitrep)
    if bounds is not None:
        for key, child in list(fmap._children.items()):
            if type(child).__name__ == "FitBounds":
                del fmap._children[key]
        layers.render.fit_bounds(fmap, bounds)  # at once: the markers are drawn once
    return fmap


def data_bounds(sitrep: Any, pad: float = 0.3) -> list[list[float]] | None:
    """Return ``[[south, west], [north, east]]`` around every incident and claim, or None."""
    frames = [f for f in (sitrep.incidents, sitrep.control) if f is not None and len(f)]
    boxes = [f.geometry[f.geometry.notna() & ~f.geometry.is_empty].total_bounds for f in frames]
    boxes = [b for b in boxes if all(math.isfinite(v) for v in b)]
    if not boxes:
        return None
    minx = min(b[0] for b in boxes)
    miny = min(b[1] for b in boxes)
    maxx = max(b[2] for b in boxes)
    maxy = max(b[3] for b in boxes)
    return [[miny - pad, minx - pad], [maxy + pad, maxx + pad]]


# --------------------------------------------------------------------------- per filter


#: Posted by the map's frame once it has drawn, when asked (:func:`incidents_filter_group`),
#: once per frame: the Streamlit component protocol's "set the component's value", which
#: reruns the page. The value is what ``st_folium`` returns when nothing was clicked, plus
#: ``MAP_DRAWN``.
MAP_DRAWN = "sitrep_map_drawn"
_NOTIFY_DRAWN_JS = (
    "if (!window.sitrepDrawnPosted) { window.sitrepDrawnPosted = true; "
    "requestAnimationFrame(function () { setTimeout(function () { try { "
    'window.parent.postMessage({isStreamlitMessage: true, type: "streamlit:setComponentValue", '
    "value: {last_object_clicked: null, " + MAP_DRAWN + ': true}, dataType: "json"}, "*"); '
    "} catch (e) {} }, 0); }); }"
)


def incidents_filter_group(
    incident_ids: Iterable[str] | None, *, notify_drawn: bool = False
) -> folium.FeatureGroup:
    """Return a layer-less feature group whose script shows only ``incident_ids`` (None: all).

    Put it last in ``feature_group_to_add``: it also lifts the incidents above the claim
    polygons added before it, so markers stay clickable. With ``notify_drawn`` the frame
    also tells the page, once the map has drawn and once per frame, by setting the
    component's value to ``{"last_object_clicked": None, MAP_DRAWN: True}`` (which reruns
    the page): the page can leave out what would slow the map's first drawing and add it
    then. The statement is the same on every run (``st_folium`` swaps the dynamic layers,
    and redraws every marker, only when their script changed), so the rerun it causes does
    not touch the map.
    """
    statement = layers.live_incident_filter(incident_ids)
    if notify_drawn:
        statement += " " + _NOTIFY_DRAWN_JS
    group = folium.FeatureGroup(name=INCIDENTS_NAME, overlay=True, control=False, show=True)
    js = f"(function () {{ {statement} return L.layerGroup(); }})()"
    group.add_child(DashLayer(js, name=INCIDENTS_NAME, control=False))
    return group


def control_layers(sitrep: Any) -> list[layers.LiveLayer]:
    """Return the claimed-control layers of ``sitrep`` (cacheable)."""
    control = sitrep.control
    if control is not None and len(control):
        # Province polygons at full precision are megabytes per claim; ~100 m is plenty
        # for a live map (the HTML and GeoPackage downloads keep the exact geometry).
        control = control.copy()
        polys = control.geometry.geom_type.isin(["Polygon", "MultiPolygon"])
        control.loc[polys, "geometry"] = control.geometry[polys].simplify(
            CLAIM_TOLERANCE_DEG, preserve_topology=True
        )
        sitrep = dataclasses.replace(sitrep, control=control)
    return layers.live_map_layers(sitrep, parts=("claims",))


def control_groups(claims: Iterable[layers.LiveLayer]) -> list[folium.FeatureGroup]:
    """One feature group per claimed-control layer."""
    groups = []
    for live in claims:
        group = folium.FeatureGroup(name=live.name, overlay=True, control=True, show=True)
        group.add_child(DashLayer(live.js, name=live.name, control=False))
        groups.append(group)
    return groups
