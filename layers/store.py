"""Build a :class:`~layers.sitrep.Sitrep` from a store (:mod:`corpus.db`) instead of a folder."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from layers.sitrep import Sitrep, load_boundaries, sitrep_from_extractions

__all__ = ["sitrep_from_store"]

logger = logging.getLogger(__name__)


def sitrep_from_store(
    db: str | Path,
    *,
    paths: Sequence[str | Path] = (),
    boundaries: str | Path | None = None,
    country: str | None = None,
    gazetteer: Any = None,
) -> Sitrep:
    """Ingest ``paths`` (if any) into the store ``db``, then build the Sitrep of all it holds.

    Parameters
    ----------
    db
        A SQLite file path or a database URL (see :func:`corpus.db.store_url`).
    paths
        Article files or folders to add first; only new or changed articles are extracted.
    boundaries
        A user admin-1 file (any format GDAL reads); default the OCHA Syria file.
    country
        Focus country (ISO2) passed to the extractor for ``paths``.
    gazetteer
        Used to extract ``paths`` (default: ``geo.Gazetteer.default()``).

    Returns
    -------
    Sitrep
        As :func:`layers.build_sitrep` gives for the same articles. Boundaries that cannot be
        loaded become a warning; the ingest summary is the first warning when ``paths`` were
        given, and their unreadable files are its ``problems``.
    """
    from corpus.db import ingest, load_extractions

    warnings: list[str] = []
    problems = []
    if paths:
        report = ingest(paths, db, country=country, gazetteer=gazetteer)
        logger.info("store %s: %s", db, report.summary())
        problems = report.problems
    provinces, countries = load_boundaries(boundaries, warnings)
    return sitrep_from_extractions(
        load_extractions(db),
        provinces=provinces,
        countries=countries,
        problems=problems,
        warnings=warnings,
    )
