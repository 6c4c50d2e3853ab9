"""Exceptions raised by :mod:`geo`.

Each one also subclasses the matching built-in, so callers that only know the
built-ins (``FileNotFoundError``, ``ValueError``) still catch them (as
``geopy.exc`` does).
"""

from __future__ import annotations

__all__ = [
    "BoundaryDataUnavailable",
    "GazetteerSourceError",
    "GeoError",
    "UnknownDataFile",
]


class GeoError(Exception):
    """Base class of every error raised by :mod:`geo`."""


class BoundaryDataUnavailable(GeoError, FileNotFoundError):
    """A boundary file is neither cached nor downloadable (offline, or the URL failed)."""


class UnknownDataFile(GeoError, KeyError):
    """A data file name that is not in the registry was asked for."""

    def __str__(self) -> str:  # KeyError would otherwise print the message in quotes
        return str(self.args[0]) if self.args else ""


class GazetteerSourceError(GeoError, ValueError):
    """A user gazetteer source (WOF folder, GeoNames dump, overlay CSV) cannot be read."""
