"""Articles -> attributed records: places, figures, incidents and control claims.

:func:`extract` runs every step on one :class:`~corpus.records.Article`;
:func:`extract_paths` streams :func:`~corpus.reading.read_articles` through it;
:func:`extraction_to_dict` gives the JSON-native form printed by ``python -m corpus extract``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus._pipeline import run
from corpus.reading import read_articles
from corpus.records import Article, Extraction, ReadProblem

if TYPE_CHECKING:
    from geo import Gazetteer

__all__ = ["extract", "extract_paths", "extraction_to_dict"]

logger = logging.getLogger(__name__)


def extract(
    article: Article, gazetteer: Gazetteer | None, *, country: str | None = None
) -> Extraction:
    """Read places, figures, incidents and control claims from one article.

    Parameters
    ----------
    article
        The article, as :func:`~corpus.read_articles` yields it.
    gazetteer
        Resolves place names (``geo.Gazetteer.default()``); None skips place resolution
        (figures, claims and incidents are still read, with places as written).
    country
        ISO2 theatre country passed to :func:`geo.geoparse` (None: Syria; "auto": per article).

    Returns
    -------
    Extraction
    """
    return run(article, gazetteer, country=country)


def extract_paths(
    paths: Iterable[str | Path],
    gazetteer: Gazetteer | None,
    *,
    problems: list[ReadProblem] | None = None,
    country: str | None = None,
) -> Iterator[Extraction]:
    """Stream :func:`~corpus.read_articles` through :func:`extract` (one article in memory)."""
    for article in read_articles(paths, problems=problems):
        yield extract(article, gazetteer, country=country)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _place_dict(place: Any) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": place.admin1,
        "admin1_pcode": place.admin1_pcode,
        "precision": place.precision,
        "gazetteer_id": place.gazetteer_id,
    }


def extraction_to_dict(ex: Extraction) -> dict[str, Any]:
    """JSON-native dict of one extraction: the ``python -m corpus extract`` line schema.

    Dates are ISO strings, places flattened (see ``corpus/README.md`` for every field).
    """
    a = ex.article
    places = []
    for m in ex.places:
        p = m.place
        places.append(
            {
                "surface": m.surface,
                "start": m.start,
                "end": m.end,
                "name": p.name if p else None,
                "lat": p.lat if p else None,
                "lon": p.lon if p else None,
                "country": p.country if p else None,
                "admin1": p.admin1 if p else None,
                "admin1_pcode": p.admin1_pcode if p else None,
                "precision": m.precision,
                "gazetteer_id": p.gazetteer_id if p else None,
                "metonymy": m.metonymy,
            }
        )
    figures = []
    for f in ex.figures:
        d = asdict(f)
        d["date"], d["date_end"] = _iso(f.date), _iso(f.date_end)
        d["period_start"], d["period_end"] = _iso(f.period_start), _iso(f.period_end)
        figures.append(d)
    incidents = []
    for i in ex.incidents:
        incidents.append(
            {
                "id": i.id,
                "event_type": i.event_type,
                "sub_event_type": i.sub_event_type,
                "label": i.label,
                "place": i.place.name if i.place else i.place_surface,
                "place_ref": _place_dict(i.place),
                "place_surface": i.place_surface,
                "date_start": _iso(i.date_start),
                "date_end": _iso(i.date_end),
                "date_precision": i.date_precision,
                "actors": list(i.actors),
                "figures": list(i.figures),
                "quote": i.quote,
            }
        )
    claims = []
    for c in ex.control_claims:
        claims.append(
            {
                "actor": c.actor,
                "place": c.place,
                "place_ref": _place_dict(c.place_ref),
                "extent": c.extent,
                "status": c.status,
                "claimant": c.claimant,
                "claimant_surface": c.claimant_surface,
                "date": _iso(c.date),
                "date_precision": c.date_precision,
                "disputed_by": c.disputed_by,
                "quote": c.quote,
            }
        )
    return {
        "id": a.id,
        "path": a.path,
        "title": a.title,
        "published": _iso(a.published),
        "published_inferred": a.published_inferred,
        "published_source": a.published_source,
        "outlet": a.outlet,
        "agencies": list(a.agencies),
        "url": a.url,
        "language": a.language,
        "places": places,
        "figures": figures,
        "incidents": incidents,
        "control_claims": claims,
    }
