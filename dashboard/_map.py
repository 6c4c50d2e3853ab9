"""The live map: a static base drawn once per corpus, and dynamic layers per filter.

``layers.build_map`` writes one self-contained page (that is what the HTML download is).
Inside Streamlit the map goes through ``st_folium``, which only runs an element's
``script`` macro, loads assets from URLs and inserts the page body with ``innerHTML``;
redrawing 10,000 incidents through it on every filter change would also take seconds and
remount the map. So the dashboard splits the map:

* the **base** (countries, provinces, panes, legend, attribution) is ``layers.build_map``
  of the Sitrep without incidents and claims (a tenth of a second; rebuilt on each run,
  because ``st_folium`` renames a map's variables in place and ``layers`` writes the map's
  name into its statements, so a rendered map cannot be rendered again); its ``layers``
  layers are re-wrapped as :class:`DashLayer` so ``st_folium`` runs them;
* the **claimed-control** layers are ``layers.control_layers`` of the filtered claims
  (cached per set of claims), re-wrapped the same way;
* the **incidents** are drawn from a compact row per incident computed once per corpus
  (colour, shape and radius from ``layers.style``, markers from ``layers``' own JavaScript
  runtime when loaded, plain Leaflet circle markers otherwise), so a filter change only
  joins strings. Their tooltip names the incident; the per-source comparison is in the
  side panel next to the map, which a click on a marker opens.

The dynamic parts go to ``st_folium(feature_group_to_add=...)``, which swaps them in the
browser without reloading the map, and ``returned_objects=["last_object_clicked"]`` keeps
panning and zooming from rerunning the page.
"""

from __future__ import annotations

import dataclasses
import html
import json
import logging
import math
from collections.abc import Iterable, Mapping
from typing import Any

import folium
import pandas as pd
from branca.element import Element, Figure
from folium.map import Layer
from jinja2 import Template

import layers
from dashboard import _offline

logger = logging.getLogger(__name__)

INCIDENTS_NAME = "Incidents (merged reports)"
#: Simplification of claimed-control polygons on the live map, in degrees (~100 m).
CLAIM_TOLERANCE_DEG = 0.001


def _no_underscores(text: str) -> str:
    r"""Spell ``_`` as ``\u005f`` in JSON or JS string text (the same value).

    ``st_folium`` renames folium variables with a regular expression run over the whole
    script; megabytes of data full of ``incident_id`` keys would cost it seconds. The
    escape is only valid where an underscore can only be inside a string literal, which is
    the case for JSON text.
    """
    return text.replace("_", "\\u005f")


def _js_string(text: str) -> str:
    """Return a JavaScript string literal for ``text``, safe inside ``<script>``."""
    lit = json.dumps(text, ensure_ascii=True)
    return _no_underscores(lit.replace("</", "<\\/").replace("<!--", "<\\!--"))


def _json_call_args(js: str) -> str:
    """Escape underscores inside the JSON arguments of a ``Name.f({...}, {...})`` call."""
    head, sep, rest = js.partition("(")
    if not sep or not rest.endswith(")") or not head.replace(".", "").isidentifier():
        return js
    return f"{head}({_no_underscores(rest[:-1])})"


class DashLayer(Layer):
    """A Leaflet layer made by a JavaScript expression, that ``st_folium`` can run.

    Parameters
    ----------
    js
        Expression evaluating to a Leaflet layer (``Sitrep.claimLayer({...}, {...})``).
    name
        Name shown in the layer control.
    body
        HTML blocks the expression needs in the page (``<script type="application/json"
        id=...>`` data); they are created by script, since ``st_folium`` never sees the body.
    """

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "{{ this.body_js }}"
        "var {{ this.get_name() }} = {{ this.js }};"
        "{% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}"
        "{% endmacro %}"
    )

    def __init__(
        self,
        js: str,
        *,
        name: str,
        body: Iterable[str] = (),
        show: bool = True,
        control: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=True, control=control, show=show)
        self._name = "DashLayer"
        self.js = js
        self.body_js = "".join(_body_block_js(b) for b in body)

    @classmethod
    def from_layers(cls, layer: Any, *, control: bool = True) -> DashLayer:
        """Wrap a layer made by ``layers`` (it has ``.js``, ``.body`` and ``.layer_name``)."""
        return cls(
            _json_call_args(str(layer.js)),
            name=str(getattr(layer, "layer_name", "layer")),
            body=getattr(layer, "body", ()) or (),
            show=bool(getattr(layer, "show", True)),
            control=control,
        )

    def render(self, **kwargs: Any) -> None:
        """Place the script verbatim (no Jinja pass over the data, unlike ``MacroElement``)."""
        figure = self.get_root()
        if isinstance(figure, Figure):
            figure.script.add_child(
                _Raw(self._template.module.script(self, kwargs)), name=self.get_name()
            )


class _Raw(Element):
    """Text placed in the page verbatim (its content is data, not a template)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text unchanged."""
        return self.text


def _body_block_js(block: str) -> str:
    """JavaScript that creates a ``<script type="application/json" id=...>`` data block."""
    start = block.find(">")
    end = block.rfind("</script>")
    tag = block[:start]
    marker = 'id="'
    at = tag.find(marker)
    if start < 0 or end < 0 or at < 0:
        return ""
    block_id = tag[at + len(marker) : tag.find('"', at + len(marker))]
    text = block[start + 1 : end]
    return (
        "(function(i,t){var e=document.getElementById(i);"
        "if(!e){e=document.createElement('script');e.type='application/json';e.id=i;"
        "document.body.appendChild(e);}e.textContent=t;})"
        f"({_js_string(block_id)},{_js_string(text)});"
    )


def empty_sitrep(sitrep: Any) -> Any:
    """Return the Sitrep without incidents and claims (boundaries and warnings kept)."""
    fields = {f.name for f in dataclasses.fields(sitrep)}
    changes: dict[str, Any] = {
        "incidents": sitrep.incidents.iloc[0:0],
        "control": sitrep.control.iloc[0:0],
    }
    if "merged" in fields:
        changes["merged"] = []
    return dataclasses.replace(sitrep, **changes)


def base_map(sitrep: Any) -> folium.Map:
    """Build the static base map (boundaries, legend, credits), ready for ``st_folium``."""
    fmap = layers.build_map(empty_sitrep(sitrep))
    for key, child in list(fmap._children.items()):
        if isinstance(child, folium.LayerControl):  # st_folium gets a fresh one with all layers
            del fmap._children[key]
        elif isinstance(child, Layer) and isinstance(getattr(child, "js", None), str):
            if child.js.startswith("Sitrep.incidentLayer("):  # empty here; drawn per filter
                del fmap._children[key]
                continue
            wrapped = DashLayer.from_layers(child)
            wrapped._parent = fmap
            fmap._children[key] = wrapped
    bounds = data_bounds(sitrep)
    if bounds is not None:
        for key, child in list(fmap._children.items()):
            if type(child).__name__ == "FitBounds":
                del fmap._children[key]
        fmap.fit_bounds(bounds)
    _offline.localize(fmap)
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


# --------------------------------------------------------------------------- incidents


@dataclasses.dataclass(frozen=True)
class IncidentRows:
    """Compact JSON row per incident id: ``[lat, lon, colour, shape, radius, hollow, tip, id]``."""

    rows: Mapping[str, str]

    def layer_js(self, incident_ids: Iterable[str]) -> str:
        """Return a JavaScript expression making the incidents layer for ``incident_ids``."""
        rows = self.rows
        data = "[" + ",".join(rows[i] for i in incident_ids if i in rows) + "]"
        return f"(function () {{{INCIDENTS_RUNTIME}return Sitrep_dashIncidents({data});}})()"


#: Defines ``Sitrep_dashIncidents(rows)``: markers drawn like ``layers`` draws them (its
#: ShapeMarker on canvas when the Sitrep runtime is loaded, else Leaflet circle markers).
INCIDENTS_RUNTIME = """
window.Sitrep_dashIncidents = function (d) {
  var S = window.Sitrep, g = L.featureGroup();
  var shaped = !!(S && S.ShapeMarker), r = shaped && S.renderer ? S.renderer() : L.canvas();
  for (var i = 0; i < d.length; i++) {
    var x = d[i], o = {
      renderer: r, shape: x[3], radius: x[4], color: x[5] ? x[2] : "#1a1a1a",
      weight: x[5] ? 2.5 : 1, opacity: 1, fill: true, fillColor: x[2],
      fillOpacity: x[5] ? 0.06 : 0.85, dashArray: x[5] ? "4 3" : null
    };
    var m = shaped ? new S.ShapeMarker([x[0], x[1]], o) : L.circleMarker([x[0], x[1]], o);
    m.feature = {type: "Feature", properties: {incident_id: x[7]}};
    m.bindTooltip(x[6], {direction: "top"});
    g.addLayer(m);
  }
  return g;
};
"""


def _killed_text(low: Any, best: Any, high: Any) -> str:
    vals = [None if v is None or pd.isna(v) else int(v) for v in (low, best, high)]
    if vals[1] is None:
        return ""
    if vals[0] == vals[2] or vals[0] is None or vals[2] is None:
        return f" · {vals[1]} killed"
    return f" · {vals[0]}–{vals[2]} killed (sources differ)"


def incident_rows(sitrep: Any) -> IncidentRows:
    """Compute the compact row of every incident once (style from ``layers.style``)."""
    from layers import style

    inc = sitrep.incidents
    out: dict[str, str] = {}
    if inc is None or not len(inc):
        return IncidentRows(out)
    geoms = inc.geometry
    hollow = set(style.HOLLOW_PRECISIONS)
    days = pd.to_datetime(inc["date_start"], errors="coerce").dt.strftime("%Y-%m-%d")
    cols = zip(
        inc["incident_id"].astype(str), inc["event_type"], inc["precision"], inc["label"],
        inc["place"], days, inc["killed_low"], inc["killed_best"], inc["killed_high"], geoms,
        strict=True,
    )  # fmt: skip
    for iid, etype, prec, label, place, day, klo, kbest, khi, geom in cols:
        if geom is None or geom.is_empty:
            continue
        colour, shape = style.event_style(str(etype))
        best = None if kbest is None or pd.isna(kbest) else int(kbest)
        tip = html.escape(
            f"{label or etype} · {place or '?'} · {day if isinstance(day, str) else 'undated'}"
            f"{_killed_text(klo, kbest, khi)}"
        )
        row = [
            round(geom.y, 5), round(geom.x, 5), colour, shape, round(style.marker_radius(best), 1),
            prec in hollow, tip, iid,
        ]  # fmt: skip
        if any(isinstance(v, float) and not math.isfinite(v) for v in row[:2]):
            continue
        out[iid] = _no_underscores(json.dumps(row, ensure_ascii=True).replace("</", "<\\/"))
    return IncidentRows(out)


def incidents_group(rows: IncidentRows, incident_ids: Iterable[str]) -> folium.FeatureGroup:
    """Return a feature group holding the incidents layer for ``incident_ids``."""
    group = folium.FeatureGroup(name=INCIDENTS_NAME, overlay=True, control=True, show=True)
    group.add_child(DashLayer(rows.layer_js(incident_ids), name=INCIDENTS_NAME, control=False))
    return group


# --------------------------------------------------------------------------- claims


@dataclasses.dataclass(frozen=True)
class LayerSpec:
    """What a ``layers`` layer needs to be drawn again: its script, name and data blocks."""

    js: str
    layer_name: str
    body: tuple[str, ...] = ()
    show: bool = True


def control_specs(sitrep: Any) -> list[LayerSpec]:
    """Return the claimed-control layers of ``sitrep`` as :class:`LayerSpec` (cacheable)."""
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
    specs = []
    for layer in layers.control_layers(sitrep):
        if not isinstance(getattr(layer, "js", None), str):
            logger.warning("layers.control_layers returned a layer without .js; not drawn")
            continue
        specs.append(
            LayerSpec(layer.js, layer.layer_name, tuple(getattr(layer, "body", ()) or ()), True)
        )
    return specs


def control_groups(specs: Iterable[LayerSpec]) -> list[folium.FeatureGroup]:
    """One feature group per claimed-control layer."""
    groups = []
    for spec in specs:
        group = folium.FeatureGroup(name=spec.layer_name, overlay=True, control=True, show=True)
        group.add_child(DashLayer.from_layers(spec, control=False))
        groups.append(group)
    return groups
