"""Shared ``Literal`` aliases and protocols for ``geo`` (as in ``pooch/typing``)."""

from __future__ import annotations

from typing import Literal, Protocol

__all__ = ["GeocoderLike", "Precision"]

#: How exact a location is, from a single site to a whole country.
Precision = Literal["site", "neighbourhood", "town", "district", "admin1", "country"]


class GeocoderLike(Protocol):
    """Anything with geopy's ``geocode(query, ...)`` call (a geopy geocoder)."""

    def geocode(self, query: str, *args: object, **kwargs: object) -> object:  # pragma: no cover
        """Return a geopy ``Location`` (or a list of them), or None."""
        ...
