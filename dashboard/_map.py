"""The live map: a static base drawn once per corpus, and dynamic layers per filter.

``layers.build_map`` draws everything into one folium Map; for 10,000 incidents that
takes seconds, too slow to redo on every filter change, and ``st_folium`` would remount
(flicker) each time. So the dashboard splits it:

* the **base** (countries, provinces, legend, attribution; no incidents, no claims) is
  ``layers.build_map`` of an empty Sitrep, built once per corpus and kept (see
  ``_cache.base_map``);
* the **incidents** layer is ``Sitrep.incidentLayer(...)`` exactly as ``layers`` writes it,
  with its GeoJSON assembled from per-incident JSON texts computed once per corpus, so a
  filter change only joins strings;
* the **claimed-control** layers are ``layers.control_layers`` of the filtered claims
  (cached per set of claims).

Both dynamic parts go to ``st_folium(feature_group_to_add=...)``, which swaps them in the
browser without reloading the map.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from typing import Any

import folium
from branca.element import Element, Figure, MacroElement
from jinja2 import Template

import layers
from dashboard import _offline

INCIDENTS_NAME = "Incidents (merged reports)"
_EMPTY_FC = '{"type":"FeatureCollection","features":[]}'


class JsLayerStatement(MacroElement):
    """Add the Leaflet layer a JavaScript expression makes to this element's parent."""

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "({{ this.js }}).addTo({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )

    def __init__(self, js: str) -> None:
        super().__init__()
        self._name = "SitrepStatement"
        self.js = js

    def render(self, **kwargs: Any) -> None:
        """Put the statement in the figure's script without compiling it as a template.

        ``MacroElement.render`` wraps the script in ``branca.element.Element``, which
        compiles its text with Jinja: seconds for megabytes of GeoJSON.
        """
        figure = self.get_root()
        if isinstance(figure, Figure):
            code = self._template.module.script(self, kwargs)
            figure.script.add_child(_RawScript(code), name=self.get_name())


class _RawScript(Element):
    """A piece of script inserted verbatim (its text is data, not a template)."""

    _template = Template("{{ this.code }}")

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code


def _no_underscores(json_text: str) -> str:
    r"""Spell ``_`` as ``\\u005f`` (same JSON value) so st_folium's variable renaming skips it.

    ``st_folium`` rewrites folium variable names with a regular expression over the
    whole script; on megabytes of JSON full of ``incident_id`` keys that costs seconds.
    In JSON an underscore can only occur inside a string, where the escape is equivalent.
    """
    return json_text.replace("_", "\\u005f")


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
    """Build the static base map (boundaries, legend, credits), made offline-ready."""
    fmap = layers.build_map(empty_sitrep(sitrep))
    for name, child in list(fmap._children.items()):
        if isinstance(child, folium.LayerControl):  # st_folium gets a fresh one with all layers
            del fmap._children[name]
    _offline.localize(fmap)
    return fmap


@dataclasses.dataclass(frozen=True)
class IncidentFeatures:
    """Per-incident GeoJSON feature texts, and the layer call they go into."""

    features: Mapping[str, str]
    prefix: str
    suffix: str

    def layer_js(self, incident_ids: Iterable[str]) -> str:
        """Return the ``Sitrep.incidentLayer(...)`` call for these incidents."""
        feats = self.features
        body = ",".join(feats[i] for i in incident_ids if i in feats)
        fc = '{"type":"FeatureCollection","features":[' + body + "]}"
        return f"{self.prefix}{fc}{self.suffix}"


def incident_features(sitrep: Any) -> IncidentFeatures:
    """Compute each incident's feature JSON once (as ``layers`` draws it)."""
    from layers.geojson import dumps_script_safe
    from layers.render import incident_features as features_of

    template = layers.incidents_layer(empty_sitrep(sitrep)).js
    at = template.find(_EMPTY_FC)
    if at < 0:  # pragma: no cover - guards against a change in layers
        msg = "layers.incidents_layer no longer starts with an empty FeatureCollection"
        raise RuntimeError(msg)
    prefix, suffix = template[:at], template[at + len(_EMPTY_FC) :]
    fc = features_of(sitrep)
    for f in fc["features"]:
        # The side panel shows every report in full; the popup keeps the tallies. Without
        # the report copies the map data is ~3x smaller, so a filter change stays fast.
        f["properties"].pop("reports", None)
    texts = {
        str(f["properties"]["incident_id"]): _no_underscores(dumps_script_safe(f))
        for f in fc["features"]
    }
    return IncidentFeatures(texts, prefix, suffix)


def incidents_group(features: IncidentFeatures, incident_ids: Iterable[str]) -> folium.FeatureGroup:
    """Return a feature group holding the incidents layer for ``incident_ids``."""
    group = folium.FeatureGroup(name=INCIDENTS_NAME, overlay=True, control=True, show=True)
    group.add_child(JsLayerStatement(features.layer_js(incident_ids)))
    return group


def control_groups(layers_js: Iterable[tuple[str, str]]) -> list[folium.FeatureGroup]:
    """One feature group per ``(name, js)`` claimed-control layer (``layers.control_layers``)."""
    groups = []
    for name, js in layers_js:
        group = folium.FeatureGroup(name=name, overlay=True, control=True, show=True)
        group.add_child(JsLayerStatement(_no_underscores_in_json_args(js)))
        groups.append(group)
    return groups


_CALL = re.compile(r"^(?P<head>[\w.]+\()(?P<args>.*)\)$", re.DOTALL)


def _no_underscores_in_json_args(js: str) -> str:
    """Escape underscores in the JSON arguments of a ``Sitrep.f(json, json)`` call."""
    m = _CALL.match(js)
    if m is None:
        return js
    return m.group("head") + _no_underscores(m.group("args")) + ")"
