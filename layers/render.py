"""Sitrep frames -> one self-contained folium map.

Incidents and claimed control are drawn on one Leaflet canvas (100,000 markers stay
usable, and a single canvas keeps both layers clickable). Claims travel as GeoJSON;
incidents as compact parallel arrays (position, style keys, dates, tooltip) plus their
popup data in ``<script type="application/json">`` blocks parsed on first use (see
:func:`incident_payload`). Popups and tooltips are built in the browser with
``textContent`` (``layers/assets/sitrep.js``), so article text is never parsed as HTML;
every embedded JSON text escapes ``<``, ``>``, ``&`` (:func:`~layers.geojson.dumps_script_safe`).
The legend, layer names and attribution are built here, every string through
:func:`html.escape`. Leaflet is inlined from the ``xstatic-leaflet`` package and folium's
CDN links are switched off, so the page needs no network.

A live map (one that an application re-filters without reloading the page, like the
dashboard's) uses :func:`live_map_layers` and :func:`live_incident_filter` instead: plain
JavaScript expressions and statements, no folium objects, so the application needs to know
nothing of how the layers are drawn, only that they need Leaflet and this package's runtime
(the header of :func:`build_map`).
"""

from __future__ import annotations

import dataclasses
import html
import json
import logging
import math
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any, Literal

import folium
import geopandas as gpd
import pandas as pd
from branca.element import Element, Figure
from folium.map import Layer
from folium.template import Template

from layers import _assets, style
from layers.errors import LayersError
from layers.geojson import dumps_script_safe, to_geojson
from layers.sitrep import Sitrep

__all__ = [
    "ATTRIBUTION_FALLBACK",
    "GOLAN_POLICY_FALLBACK",
    "LiveLayer",
    "build_map",
    "claim_features",
    "control_layers",
    "incident_features",
    "incident_payload",
    "incidents_layer",
    "live_incident_filter",
    "live_map_layers",
    "tooltip_text",
]

logger = logging.getLogger(__name__)

#: Used only when ``geo`` does not provide ``ATTRIBUTION`` (the OCHA credit is mandatory).
ATTRIBUTION_FALLBACK: dict[str, str] = {
    "ocha": "Boundaries: OCHA COD-AB Syria admin-1 (UNCS, UNOCHA), CC BY 3.0 IGO",
    "naturalearth": "Country outlines: Made with Natural Earth (public domain)",
}
GOLAN_POLICY_FALLBACK = (
    "Golan Heights: province boundaries follow OCHA (the UN position, Golan inside Syria's "
    "Quneitra); country outlines follow Natural Earth (de facto)."
)
#: Always in the attribution bar (the full credit lines and the Golan policy are in the legend).
SHORT_CREDIT = (
    "Boundaries: UN OCHA COD-AB Syria, CC BY 3.0 IGO · Made with Natural Earth · "
    "Places: GeoNames, CC BY 4.0"
)
SYRIA_BOUNDS = [[32.31, 35.61], [37.32, 42.39]]
_KNOWN_CREDITS = frozenset(
    {"ocha", "naturalearth", "geonames", "whosonfirst", "overlay", "nominatim"}
)
_SHOWN_CREDITS = frozenset({"ocha", "naturalearth", "geonames", "overlay"})
_TRIM_FIGURE_KEYS = ("category", "number", "qualifier", "party", "claimant", "claimant_surface")
_TRIM_REPORT_KEYS = (
    "article_id", "title", "outlet", "agencies", "claimant", "claimants", "published",
)  # fmt: skip
#: Incident properties the map uses (popup, tooltip, style, time); the exports keep them all.
_MAP_INCIDENT_KEYS = (
    "incident_id", "label", "event_type", "sub_event_type", "place", "admin1", "precision",
    "date_start", "date_end", "killed_low", "killed_best", "killed_high", "disagree",
)  # fmt: skip
_QUOTE_CHARS = 300


def credits() -> tuple[dict[str, str], str]:
    """Return ``(attribution lines, Golan policy)`` from ``geo`` (fallbacks when absent)."""
    try:
        import geo

        attribution = dict(getattr(geo, "ATTRIBUTION", None) or ATTRIBUTION_FALLBACK)
        golan = str(getattr(geo, "GOLAN_POLICY", None) or GOLAN_POLICY_FALLBACK)
    except ImportError:  # pragma: no cover - geo is part of the project
        attribution, golan = dict(ATTRIBUTION_FALLBACK), GOLAN_POLICY_FALLBACK
    if not any("OCHA" in v for v in attribution.values()):
        attribution["ocha"] = ATTRIBUTION_FALLBACK["ocha"]
    return attribution, golan


class _Js(Element):
    """A statement of JavaScript placed in the map's script, in insertion order."""

    _template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")

    def __init__(self, code: str) -> None:
        super().__init__()
        self._name = "SitrepJs"
        self.code = code

    def render(self, **kwargs: Any) -> str:
        """Place the statement in the figure's script section."""
        _figure(self).script.add_child(_Raw(self.code), name=self.get_name())
        return ""


def _figure(element: Element) -> Figure:
    root = element.get_root()
    if not isinstance(root, Figure):
        msg = f"{element!r} must be added to a folium Map (inside a Figure) before rendering"
        raise LayersError(msg)
    return root


class _Raw(Element):
    """Text placed in the page verbatim (never parsed as a Jinja template, unlike ``Element``)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "SitrepRaw"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text unchanged."""
        return self.text


class _JsLayer(Layer):
    """A Leaflet layer made by a Sitrep runtime call (so LayerControl lists it).

    Rendered straight into the page's script: branca would otherwise compile the rendered
    script, data included, as a Jinja template (slow for large data, and article text
    containing ``{{`` would be evaluated).
    """

    def __init__(self, js: str, *, name: str, show: bool = True, actor: str | None = None) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "SitrepLayer"
        self.js = js
        self.actor = actor
        self.body: list[str] = []

    def render(self, **kwargs: Any) -> str:
        """Add ``var <name> = <js>;`` (and ``.addTo(map)`` when shown) to the page script."""
        root = _figure(self)
        script = root.script
        name = self.get_name()
        for i, block in enumerate(self.body):
            root.html.add_child(_Raw(block), name=f"{name}_data_{i}")
        script.add_child(_Raw(f"var {name} = {self.js};"), name=name)
        if self.show and self._parent is not None:
            parent = self._parent.get_name()
            script.add_child(_Raw(f"{name}.addTo({parent});"), name=f"{name}_add")
        return ""


def _map_ref(m: folium.Map) -> str:
    return m.get_name()


def incident_features(sitrep: Sitrep, *, popups: bool = True) -> dict[str, Any]:
    """GeoJSON of the incidents as the map needs it: contract properties + ``tallies``.

    Quotes are kept whole in the exports; here report fields are trimmed to what a popup
    shows (``_TRIM_REPORT_KEYS``) to keep map.html small. ``popups=False`` leaves out
    what only a popup shows (``tallies``, ``reports``).
    """
    inc = sitrep.incidents
    if inc is None or inc.empty:
        return {"type": "FeatureCollection", "features": []}
    keep = [c for c in _MAP_INCIDENT_KEYS if c in inc.columns]
    fc = to_geojson(inc[[*keep, inc.geometry.name]])
    if not popups:
        return fc
    tallies = {
        m.id: [
            {
                "category": t.category,
                "low": t.low,
                "best": t.best,
                "high": t.high,
                "disagree": t.disagree,
            }
            for t in m.tallies
        ]
        for m in sitrep.merged
    }
    for feat, reports in zip(fc["features"], inc["reports"], strict=True):
        p = feat["properties"]
        p["tallies"] = tallies.get(p["incident_id"]) or _killed_only(p)
        p["reports"] = [
            {
                **{k: r.get(k) for k in _TRIM_REPORT_KEYS},
                "quote": _clip(r.get("quote"), _QUOTE_CHARS),
                "figures": [
                    {**{k: f.get(k) for k in _TRIM_FIGURE_KEYS}, "part_of": f.get("part_of")}
                    for f in (r.get("figures") or [])
                ],
            }
            for r in (reports or [])
        ]
    return fc


#: Incidents whose popup data share one JSON block (parsed on the first click in the block).
POPUP_CHUNK = 500


def incident_payload(
    sitrep: Sitrep, *, popups: bool = True
) -> tuple[dict[str, Any], list[list[dict[str, Any]]]]:
    """Split the incident layer's data: compact columns to draw, popup data in chunks.

    Drawing 100,000 markers needs only positions, style keys, dates and the parts of the
    tooltip; those travel as parallel arrays (parsed with the page). The tooltip
    (:func:`tooltip_text`) is put together in the browser from the place, the dates and the
    label, so the dates and the few labels are not sent again as text for every incident.
    The popup data (every report, figures, tallies) travel as
    ``<script type="application/json">`` blocks of :data:`POPUP_CHUNK` incidents, parsed
    only when a popup in the block is first opened.

    Parameters
    ----------
    sitrep
        The frames to draw.
    popups
        False for a map without incident popups (a live map): the columns are the same,
        the chunks hold only the drawn properties, and the popup data (reports, tallies,
        other incidents at the same place) are never built.

    Returns
    -------
    tuple
        ``(columns, chunks)``: ``columns`` has ``lon``, ``lat``, ``type`` (index into
        ``types``), ``precision`` (index into ``precisions``), ``killed``, ``start``,
        ``end`` (days since 1970-01-01, or null), ``place`` (the tooltip's place text),
        ``label`` (index into ``labels``, the tooltip's label text) and ``id``; ``chunks``
        the popup properties of each incident, in order.
    """
    fc = incident_features(sitrep, popups=popups)
    feats = fc["features"]
    types: list[str] = []
    precisions: list[str] = []
    labels: list[str] = []
    names = ("lon", "lat", "type", "precision", "killed", "start", "end", "place", "label", "id")
    cols: dict[str, list[Any]] = {k: [] for k in names}
    epoch = date(1970, 1, 1)

    def day(iso: str | None) -> int | None:
        return (date.fromisoformat(iso) - epoch).days if iso else None

    positions: dict[int, dict[str, int]] = {}

    def index(values: list[str], v: str) -> int:
        at = positions.setdefault(id(values), {})
        if v not in at:
            at[v] = len(values)
            values.append(v)
        return at[v]

    # Co-located incidents: each popup names the others; big markers are drawn first so the
    # small ones on top stay clickable (and the big one's rim stays clickable around them).
    here: dict[tuple[float, float], list[dict[str, Any]]] = defaultdict(list)
    for f in feats if popups else ():
        lon, lat = f["geometry"]["coordinates"]
        here[(round(lon, 4), round(lat, 4))].append(f["properties"])
    keys = ("label", "event_type", "date_start", "date_end")
    for group in here.values():
        if len(group) > 1:
            brief = [{k: o[k] for k in keys} for o in group[:11]]
            for i, p in enumerate(group):
                p["also_here"] = [b for j, b in enumerate(brief) if j != i][:10]
                p["also_here_count"] = len(group) - 1

    # Big markers first (in 4 px steps, so small ones on top stay clickable), then by style.
    def draw_order(f: dict[str, Any]) -> tuple[float, str, bool]:
        p = f["properties"]
        radius = style.marker_radius(p.get("killed_best"))
        return (-(radius // 4), p["event_type"] or "", p["precision"] in style.HOLLOW_PRECISIONS)

    feats = sorted(feats, key=draw_order)
    for f in feats:
        p = f["properties"]
        lon, lat = f["geometry"]["coordinates"]
        cols["lon"].append(round(lon, 5))
        cols["lat"].append(round(lat, 5))
        cols["type"].append(index(types, p["event_type"] or ""))
        cols["precision"].append(index(precisions, p["precision"] or ""))
        cols["killed"].append(p["killed_best"])
        cols["start"].append(day(p["date_start"]))
        cols["end"].append(day(p["date_end"] or p["date_start"]))
        cols["place"].append(str(p.get("place") or "?"))
        cols["label"].append(index(labels, str(p.get("label") or p.get("event_type") or "")))
        cols["id"].append(p["incident_id"])
    columns = {"types": types, "precisions": precisions, "labels": labels, **cols}
    props = [f["properties"] for f in feats]
    chunks = [props[i : i + POPUP_CHUNK] for i in range(0, len(props), POPUP_CHUNK)]
    return columns, chunks


def tooltip_text(p: dict[str, Any]) -> str:
    """``place · date(s) · label``: the incident tooltip (same as ``Sitrep.tooltipText``).

    ``Sitrep.incidentTip`` puts the same text together from :func:`incident_payload`'s
    columns.
    """
    start, end = p.get("date_start"), p.get("date_end")
    when = "date unknown" if not start else (f"{start} – {end}" if end and end != start else start)
    return f"{p.get('place') or '?'} · {when} · {p.get('label') or p.get('event_type') or ''}"


def _clip(text: str | None, n: int) -> str:
    text = text or ""
    return text if len(text) <= n else text[: n - 1] + "…"


def _killed_only(p: dict[str, Any]) -> list[dict[str, Any]]:
    if p.get("killed_best") is None:
        return []
    return [
        {
            "category": "killed",
            "low": p["killed_low"],
            "best": p["killed_best"],
            "high": p["killed_high"],
            "disagree": bool(p.get("disagree")),
        }
    ]


def claim_features(control: gpd.GeoDataFrame) -> dict[str, dict[str, Any]]:
    """Group drawable claims per actor and area: ``{actor: FeatureCollection}``.

    One feature per (actor, area) lists every claim on it (claimant, date, status, quote);
    ``extent`` is "full" when any claim says full; ``contested_with`` names the other actors
    asserting the same area; ``disputed_by`` collects the disputing actors.
    """
    if control is None or control.empty:
        return {}
    drawable = control[control.geometry.notna() & ~control.geometry.is_empty]
    fc = to_geojson(drawable)
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    area_actors: dict[str, set[str]] = defaultdict(set)
    for feat in fc["features"]:
        p = feat["properties"]
        area = p["admin1_pcode"] if p["precision"] == "admin1" and p["admin1_pcode"] else None
        area = area or f"{p['place']}|{feat['geometry']['coordinates']!s:.60}"
        groups[(p["actor"], area)].append(feat)
        if p["contested"]:
            area_actors[area].add(p["actor"])
    out: dict[str, dict[str, Any]] = {}
    for (actor, area), feats in groups.items():
        props = [f["properties"] for f in feats]
        starts = [p["date_start"] for p in props if p["date_start"]]
        ends = [p["date_end"] or p["date_start"] for p in props if p["date_start"]]
        statuses = {p["status"] for p in props}
        merged = {
            "actor": actor,
            "place": props[0]["place"],
            "admin1_pcode": props[0]["admin1_pcode"],
            "precision": props[0]["precision"],
            "extent": "full" if any(p["extent"] == "full" for p in props) else "partial",
            "status_all": statuses.pop() if len(statuses) == 1 else "mixed",
            "contested": any(p["contested"] for p in props),
            "contested_with": sorted(area_actors.get(area, set()) - {actor}),
            "disputed_by": sorted({p["disputed_by"] for p in props if p["disputed_by"]}),
            "date_start": min(starts) if starts else None,
            "date_end": max(ends) if ends else None,
            "claims": props,
        }
        feature = {"type": "Feature", "geometry": feats[0]["geometry"], "properties": merged}
        out.setdefault(actor, {"type": "FeatureCollection", "features": []})["features"].append(
            feature
        )
    order = list(style.ACTOR_COLOURS)
    return dict(
        sorted(out.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else 99, kv[0]))
    )


INCIDENTS_NAME = "Incidents (merged reports)"


def _incident_js(columns: dict[str, Any], *, live: bool) -> str:
    cfg = {
        "types": [list(style.event_style(t)) for t in columns["types"]],
        "hollow": [p in style.HOLLOW_PRECISIONS for p in columns["precisions"]],
        "chunk": POPUP_CHUNK,
        "prefix": "sitrep-incidents-",
        "live": live,
    }
    return f"Sitrep.incidentLayer({dumps_script_safe(columns)}, {dumps_script_safe(cfg)})"


def incidents_layer(sitrep: Sitrep, *, name: str = INCIDENTS_NAME, show: bool = True) -> Layer:
    """Return the incident layer: one canvas marker per merged incident (:mod:`layers.style`).

    The popup data blocks are added to the page body when the layer renders.
    """
    columns, chunks = incident_payload(sitrep)
    if not columns["id"]:
        logger.warning("no located incidents to draw")
    layer = _JsLayer(_incident_js(columns, live=False), name=name, show=show)
    layer.body = [
        f'<script type="application/json" id="sitrep-incidents-{i}">{dumps_script_safe(c)}</script>'
        for i, c in enumerate(chunks)
    ]
    return layer


def control_layers(sitrep: Sitrep) -> list[_JsLayer]:
    """One toggleable layer per actor of *claimed* control (never assessed)."""
    layers: list[_JsLayer] = []
    for actor, fc in claim_features(sitrep.control).items():
        cfg = {"colour": style.actor_colour(actor), "actor": actor}
        layers.append(
            _JsLayer(
                f"Sitrep.claimLayer({dumps_script_safe(fc)}, {dumps_script_safe(cfg)})",
                # Leaflet's layer control sets names with innerHTML: escape them here.
                name=f"Claimed control (from articles): {html.escape(actor)}",
                actor=actor,
            )
        )
    return layers


@dataclasses.dataclass(frozen=True)
class LiveLayer:
    """One layer of a live map, as JavaScript (see :func:`live_map_layers`).

    Attributes
    ----------
    name
        Name for a layer control, already HTML-escaped (Leaflet sets it as HTML).
    js
        A JavaScript expression that evaluates to a Leaflet layer. It needs Leaflet, this
        package's runtime (``window.Sitrep``) and, for ``"base"`` layers, the panes that
        :func:`build_map` creates; it is safe inside ``<script>`` and needs no page body.
    kind
        ``"base"`` (country and province outlines, not interactive), ``"claims"`` (one
        layer per actor) or ``"incidents"``.
    """

    name: str
    js: str
    kind: Literal["base", "claims", "incidents"]


LivePart = Literal["base", "claims", "incidents"]


def live_map_layers(
    sitrep: Sitrep, *, parts: Iterable[LivePart] = ("base", "claims", "incidents")
) -> list[LiveLayer]:
    """Return the layers of a live map of ``sitrep``, in drawing order.

    A live map is drawn once and then re-filtered in place: draw the incidents of the
    whole corpus once, then run :func:`live_incident_filter` for each filter. The incident
    layer has no popups (its data would be megabytes); each marker carries its incident id
    (``layer.feature.properties.incident_id``), so the host page can show the details of
    a clicked incident itself. Claim layers keep their popups.

    Parameters
    ----------
    sitrep
        The frames to draw (the whole corpus for ``"incidents"``; claims as filtered).
    parts
        Which layers to return.

    Returns
    -------
    list of LiveLayer
        Base outlines, then claimed control per actor, then incidents (those asked for).

    Examples
    --------
    >>> js = [layer.js for layer in live_map_layers(sitrep, parts=["incidents"])]
    >>> live_incident_filter(["inc-1", "inc-7"])  # doctest: +SKIP
    'Sitrep.showIncidents(["inc-1","inc-7"]);'
    """
    wanted = set(parts)
    out: list[LiveLayer] = []
    if "base" in wanted:
        for layer in _outline_layers(sitrep):
            out.append(LiveLayer(layer.layer_name, layer.js, "base"))
    if "claims" in wanted:
        for layer in control_layers(sitrep):
            out.append(LiveLayer(layer.layer_name, layer.js, "claims"))
    if "incidents" in wanted:
        columns, _ = incident_payload(sitrep, popups=False)
        out.append(LiveLayer(INCIDENTS_NAME, _incident_js(columns, live=True), "incidents"))
    return out


def live_incident_filter(incident_ids: Iterable[str] | None) -> str:
    """Return a JavaScript statement that shows only these incidents of a live map.

    Parameters
    ----------
    incident_ids
        Ids to show; None shows every incident. The others stay loaded, hidden (no
        drawing, no hit-testing), so a filter change is one redraw.

    Returns
    -------
    str
        ``Sitrep.showIncidents([...]);``, safe inside ``<script>``; run it after the
        incident layer of :func:`live_map_layers` and any claim layer were added (it
        keeps incidents above claim polygons).
    """
    ids = None if incident_ids is None else [str(i) for i in incident_ids]
    text = json.dumps(ids, ensure_ascii=True, separators=(",", ":"))
    return f"Sitrep.showIncidents({_assets.script_safe(text)});"


def _outline_layers(sitrep: Sitrep) -> list[_JsLayer]:
    """Country and province outlines (offline vector base), in drawing order."""
    out: list[_JsLayer] = []
    if sitrep.countries is not None and not sitrep.countries.empty:
        out.append(
            _outline_layer(
                sitrep.countries,
                name="Countries (Natural Earth)",
                style_={"color": "#8c8c8c", "weight": 1, "fillColor": "#f2efe9", "fillOpacity": 1},
                pane="sitrepBase",
                tolerance=0.01,
                around=_bounds(sitrep),
            )
        )
    if sitrep.provinces is not None and not sitrep.provinces.empty:
        out.append(
            _outline_layer(
                sitrep.provinces,
                name="Provinces (OCHA COD-AB)",
                style_={"color": "#5a5a5a", "weight": 1.2, "dashArray": "4 3", "fill": False},
                pane="sitrepProvinces",
                tolerance=0.002,
            )
        )
    return out


def _outline_layer(
    gdf: gpd.GeoDataFrame,
    *,
    name: str,
    style_: dict[str, Any],
    pane: str,
    tolerance: float,
    around: list[list[float]] | None = None,
) -> _JsLayer:
    cols = [c for c in ("name", "admin1", "admin1_pcode") if c in gdf.columns]
    simplified = gdf[[*cols, gdf.geometry.name]]
    if around is not None:  # keep the region (a 15 degree margin), not the whole world
        (s, w), (n, e) = around
        simplified = simplified.cx[w - 15 : e + 15, s - 15 : n + 15]
    simplified = simplified.copy()
    simplified["geometry"] = simplified.geometry.simplify(tolerance, preserve_topology=True)
    data = to_geojson(simplified)
    return _JsLayer(
        f"Sitrep.outlineLayer({dumps_script_safe(data)}, {dumps_script_safe(style_)}, "
        f"{dumps_script_safe(pane)})",
        name=name,
    )


def _shape_svg(shape: str, colour: str, *, hollow: bool = False, r: float = 6) -> str:
    c = 8
    fill = "none" if hollow else colour
    stroke = colour if hollow else "#1a1a1a"
    dash = ' stroke-dasharray="3 2"' if hollow else ""
    common = f'fill="{fill}" stroke="{stroke}" stroke-width="{2 if hollow else 1}"{dash}'
    if shape == "square":
        x = c - r * 0.85
        body = f'<rect x="{x}" y="{x}" width="{r * 1.7}" height="{r * 1.7}" {common}/>'
    elif shape == "diamond":
        body = f'<polygon points="{c},{c - r} {c + r},{c} {c},{c + r} {c - r},{c}" {common}/>'
    elif shape == "triangle":
        pts = f"{c},{c - r} {c + r * 0.95},{c + r * 0.75} {c - r * 0.95},{c + r * 0.75}"
        body = f'<polygon points="{pts}" {common}/>'
    elif shape == "hexagon":
        pts = " ".join(
            f"{c + r * math.cos(math.pi / 3 * i):.1f},{c + r * math.sin(math.pi / 3 * i):.1f}"
            for i in range(6)
        )
        body = f'<polygon points="{pts}" {common}/>'
    elif shape == "star":
        pts = " ".join(
            f"{c + (r * 0.5 if i % 2 else r * 1.1) * math.cos(-math.pi / 2 + math.pi / 5 * i):.1f},"
            f"{c + (r * 0.5 if i % 2 else r * 1.1) * math.sin(-math.pi / 2 + math.pi / 5 * i):.1f}"
            for i in range(10)
        )
        body = f'<polygon points="{pts}" {common}/>'
    else:
        body = f'<circle cx="{c}" cy="{c}" r="{r}" {common}/>'
    return f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{body}</svg>'


def legend_html(sitrep: Sitrep, actors: list[str]) -> str:
    """Return the legend: event types, precision, size, claimed-control styles, credits, warnings.

    Every string is escaped; no article text appears here.
    """
    e = html.escape
    parts = ["<details><summary><b>Legend</b></summary>", "<h4>Incidents (event type)</h4>"]
    for etype, (colour, shape) in style.EVENT_STYLES.items():
        parts.append(f'<div class="row">{_shape_svg(shape, colour)}<span>{e(etype)}</span></div>')
    parts.append(
        f'<div class="row">{_shape_svg("circle", "#444444", hollow=True)}'
        "<span>hollow, dashed: located only to a province (drawn at its representative point)"
        "</span></div>"
    )
    sizes = " · ".join(f"{k} killed: {style.marker_radius(k) * 2:.0f} px" for k in (1, 10, 100))
    parts.append(f'<div class="small">Size: best estimate of killed ({e(sizes)}).</div>')
    parts.append(
        '<div class="small">A popup sets every source side by side; '
        '<span class="sitrep-hl">highlighted</span> figures are where sources disagree.</div>'
    )
    if actors:
        parts.append("<h4>Claimed control (from articles, not assessed)</h4>")
        for actor in actors:
            colour = style.actor_colour(actor)
            parts.append(
                f'<div class="row"><svg width="16" height="12"><rect width="16" height="12" '
                f'fill="{e(colour)}" fill-opacity="0.35" stroke="{e(colour)}"/></svg>'
                f"<span>{e(actor)}</span></div>"
            )
        parts.append(
            '<div class="small">Solid fill: full extent claimed; hatched: partial extent '
            "(&quot;parts of&quot;); thick dashed outline: contested (two actors, same window); "
            "dotted outline: disputed; square: a site-level claim.</div>"
        )
    vague = _undrawn_claims(sitrep)
    if vague:
        parts.append("<details><summary><b>Claims too vague to draw</b></summary>")
        for line in vague:
            parts.append(f'<div class="small">{e(line)}</div>')
        parts.append("</details>")
    for w in sitrep.warnings:
        parts.append(f'<div class="small warn">⚠ {e(w)}</div>')
    if sitrep.unlocated or sitrep.problems:
        parts.append("<details><summary><b>Not on the map</b></summary>")
        for art in sitrep.unlocated[:20]:
            title = art.title or art.path
            parts.append(
                f'<div class="small">nothing locatable: {e(title)} ({e(art.outlet or "?")})</div>'
            )
        for prob in sitrep.problems[:20]:
            parts.append(
                f'<div class="small warn">not read: {e(prob.path)}: {e(prob.message)}</div>'
            )
        hidden = max(0, len(sitrep.unlocated) - 20) + max(0, len(sitrep.problems) - 20)
        if hidden:
            parts.append(f'<div class="small">... and {hidden} more</div>')
        parts.append("</details>")
    parts.append("</details>")
    # Outside the collapsible legend: always visible.
    attribution, golan = credits()
    parts.append(f'<div class="small"><b>Golan:</b> {e(golan)}</div>')
    ocha = next(v for v in attribution.values() if "OCHA" in v)  # credits() guarantees one
    # The short OCHA credit is always in the attribution bar; the full notice is one click away.
    parts.append("<details><summary><b>Sources and licences</b></summary>")
    parts.append(f'<div class="small">{e(ocha)}</div>')
    for key, line in attribution.items():
        if line != ocha and (key in _SHOWN_CREDITS or key not in _KNOWN_CREDITS):
            parts.append(f'<div class="small">{e(line)}</div>')
    parts.append("</details>")
    return "".join(parts)


def _undrawn_claims(sitrep: Sitrep, limit: int = 20) -> list[str]:
    """One line per claim with no geometry (country-wide or unresolved), for the legend."""
    c = sitrep.control
    if c is None or c.empty:
        return []
    rows = c[c.geometry.isna() | c.geometry.is_empty]
    lines = []
    for r in rows.head(limit).itertuples():
        when = "" if pd.isna(r.date_start) else f", {r.date_start:%Y-%m-%d}"
        disputed = f", disputed by {r.disputed_by}" if r.disputed_by else ""
        lines.append(
            f"{r.actor}: {r.place} ({r.status}, {r.extent}{disputed}) per {r.claimant}{when}"
        )
    if len(rows) > limit:
        lines.append(f"... and {len(rows) - limit} more (see control.geojson)")
    return lines


def _bounds(sitrep: Sitrep) -> list[list[float]]:
    frames = [f for f in (sitrep.incidents, sitrep.control) if f is not None and not f.empty]
    geoms = [g for f in frames for g in f.geometry if g is not None and not g.is_empty]
    if not geoms:
        return SYRIA_BOUNDS
    minx, miny, maxx, maxy = gpd.GeoSeries(geoms).total_bounds
    pad = 0.3
    return [[miny - pad, minx - pad], [maxy + pad, maxx + pad]]


def build_map(sitrep: Sitrep, *, tiles: bool = False) -> folium.Map:
    """Assemble the map: offline vector base, claimed control per actor, incidents, time, legend.

    Parameters
    ----------
    sitrep
        The frames to draw.
    tiles
        Also offer OpenStreetMap tiles (online only; the vector base stays underneath, so
        the map still reads offline).

    Returns
    -------
    folium.Map
        Rendering it (``m.get_root().render()`` / ``m.save``) gives a self-contained page:
        Leaflet is inlined, and no CDN link is emitted.
    """
    m = folium.Map(tiles=None, control_scale=True, zoom_start=7, location=[35.0, 38.5])
    # folium's default CDN assets (Leaflet, jQuery, Bootstrap, awesome-markers) are replaced
    # by the inlined Leaflet build; nothing on this map uses the others.
    m.default_js = []
    m.default_css = []
    fig = _figure(m)
    fig.header.add_child(_Raw(f"<style>{_assets.leaflet_css()}</style>"), name="leaflet_css")
    fig.header.add_child(_Raw(f"<script>{_assets.leaflet_js()}</script>"), name="leaflet_js")
    fig.header.add_child(_Raw(f"<style>{_assets.sitrep_css()}</style>"), name="sitrep_css")
    fig.header.add_child(_Raw(f"<script>{_assets.sitrep_js()}</script>"), name="sitrep_js")
    fig.header.add_child(_Raw("<title>Sitrep map</title>"), name="title")
    mref = _map_ref(m)

    m.add_child(_Js(f'Sitrep.makePane({mref}, "sitrepBase", 150);'))
    m.add_child(_Js(f'Sitrep.makePane({mref}, "sitrepProvinces", 350);'))
    credit = dumps_script_safe(html.escape(SHORT_CREDIT))
    m.add_child(_Js(f"{mref}.attributionControl.addAttribution({credit});"))
    if tiles:
        folium.TileLayer(
            "OpenStreetMap", name="OpenStreetMap tiles (online)", overlay=False
        ).add_to(m)
    for layer in _outline_layers(sitrep):
        m.add_child(layer)
    claim_layers = control_layers(sitrep)
    for layer in claim_layers:
        m.add_child(layer)
    m.add_child(incidents_layer(sitrep))
    m.add_child(_Js(f"Sitrep.timeControl({mref});"))
    actors = [layer.actor for layer in claim_layers if layer.actor]
    m.add_child(_Js(f"Sitrep.legend({mref}, {dumps_script_safe(legend_html(sitrep, actors))});"))
    fit_bounds(m, _bounds(sitrep))
    folium.LayerControl(collapsed=False).add_to(m)
    return m


def fit_bounds(m: folium.Map, bounds: list[list[float]]) -> None:
    """Fit ``m`` to ``bounds`` at once, without Leaflet's zoom animation.

    The map is made at a fixed view first; fitted with the animation, every marker is
    drawn at that view, then again once the animation (a quarter of a second) has ended:
    10,000 markers drawn twice, the right picture a quarter of a second later.
    """
    from folium.map import FitBounds

    fit = FitBounds(bounds)
    fit.options["animate"] = False
    m.add_child(fit)
