"""Exceptions raised by :mod:`layers` (one family, each also a matching built-in)."""

from __future__ import annotations

__all__ = ["ExportError", "LayersError", "NotSelfContained"]


class LayersError(Exception):
    """Base class for every error raised by :mod:`layers`."""


class ExportError(LayersError, OSError):
    """An output file could not be written (the message names the file and the fix)."""


class NotSelfContained(LayersError, ValueError):
    """The rendered HTML still references a network resource (a CDN script or stylesheet)."""
