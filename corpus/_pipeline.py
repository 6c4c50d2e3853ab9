"""The extraction pipeline behind :func:`corpus.extract`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus._context import Context
from corpus.attribution import attribute
from corpus.control import extract_control
from corpus.figures import extract_figures
from corpus.incidents import extract_incidents
from corpus.records import Article, Extraction
from geo import geoparse

if TYPE_CHECKING:
    from geo import Gazetteer


def run(article: Article, gazetteer: Gazetteer | None, *, country: str | None = None) -> Extraction:
    """Run every extraction step on ``article``."""
    mentions = [] if gazetteer is None else geoparse(article.text, gazetteer, country=country)
    ctx = Context(article, gazetteer, mentions)
    ctx.attributions = attribute(ctx)
    figures = extract_figures(ctx)
    incidents = extract_incidents(ctx, figures)
    claims = extract_control(ctx)
    return Extraction(
        article=article,
        places=tuple(ctx.mentions),
        figures=tuple(figures),
        incidents=tuple(incidents),
        control_claims=tuple(claims),
    )
