"""geo: names -> places (gazetteer, toponym matching, geocoders, admin-1 boundaries, joins).

Nothing is read or downloaded at import time, and geopandas is imported only by the
functions that need it.
"""

from __future__ import annotations

from geo.boundaries import (
    ATTRIBUTION,
    GOLAN_POLICY,
    assign_admin1,
    data_dir,
    fetch,
    load_admin1,
    load_countries,
)
from geo.errors import BoundaryDataUnavailable, GazetteerSourceError, GeoError, UnknownDataFile
from geo.gazetteer import DEFAULT_THEATRE, Candidate, Gazetteer, cache_dir
from geo.geoparse import geoparse
from geo.normalize import name_key, skeleton
from geo.online import OnlineGeocoder, place_from_answer
from geo.records import PRECISION_ORDER, Mention, Place
from geo.typing import GeocoderLike, Precision

__all__ = [
    "ATTRIBUTION",
    "DEFAULT_THEATRE",
    "GOLAN_POLICY",
    "PRECISION_ORDER",
    "BoundaryDataUnavailable",
    "Candidate",
    "Gazetteer",
    "GazetteerSourceError",
    "GeoError",
    "GeocoderLike",
    "Mention",
    "OnlineGeocoder",
    "Place",
    "Precision",
    "UnknownDataFile",
    "assign_admin1",
    "cache_dir",
    "data_dir",
    "fetch",
    "geoparse",
    "load_admin1",
    "load_countries",
    "name_key",
    "place_from_answer",
    "skeleton",
]
