"""layers: records + places -> GeoDataFrames -> folium layers; merging; exports.

Public API (the project contract): :func:`merge_reports`, :class:`Sitrep`,
:func:`build_sitrep`, :func:`build_map`, :func:`write_outputs`, :func:`to_geojson`,
:func:`map_html`, :func:`to_gpkg`; the live map (an app that re-filters a map in place):
:func:`live_map_layers`, :func:`live_incident_filter`; records :class:`Report`,
:class:`MergedIncident`.
"""

from layers.errors import ExportError, LayersError, NotSelfContained
from layers.export import map_html, to_gpkg, write_outputs
from layers.geojson import to_geojson
from layers.merge import merge_reports, reports_from_extraction
from layers.records import MergedIncident, Report, Tally
from layers.render import (
    LiveLayer,
    build_map,
    control_layers,
    incidents_layer,
    live_incident_filter,
    live_map_layers,
)
from layers.sitrep import (
    CONTROL_COLUMNS,
    INCIDENT_COLUMNS,
    REPORT_COLUMNS,
    Sitrep,
    build_sitrep,
    sitrep_from_extractions,
)

__all__ = [
    "CONTROL_COLUMNS",
    "INCIDENT_COLUMNS",
    "REPORT_COLUMNS",
    "ExportError",
    "LayersError",
    "LiveLayer",
    "MergedIncident",
    "NotSelfContained",
    "Report",
    "Sitrep",
    "Tally",
    "build_map",
    "build_sitrep",
    "control_layers",
    "incidents_layer",
    "live_incident_filter",
    "live_map_layers",
    "map_html",
    "merge_reports",
    "reports_from_extraction",
    "sitrep_from_extractions",
    "to_geojson",
    "to_gpkg",
    "write_outputs",
]
