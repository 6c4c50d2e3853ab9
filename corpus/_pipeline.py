"""The extraction pipeline behind :func:`corpus.extract`."""

from __future__ import annotations

import dataclasses
from operator import attrgetter
from typing import TYPE_CHECKING

from corpus._context import Context
from corpus._text import dateline_outlet, layout
from corpus.attribution import attribute
from corpus.control import extract_control
from corpus.figures import extract_figures
from corpus.incidents import extract_incidents
from corpus.records import Article, Extraction
from geo import geoparse

if TYPE_CHECKING:
    from geo import Gazetteer

_NAMES = tuple(f.name for f in dataclasses.fields(Article))
_ALL = attrgetter(*_NAMES)  # every field at once, in order (in C)
_OUTLET, _TEXT = _NAMES.index("outlet"), _NAMES.index("text")


def _replaced(article: Article, field: int, value: object) -> Article:
    """``dataclasses.replace`` for one field of an article, without its loop over fields."""
    values = list(_ALL(article))
    values[field] = value
    return Article(*values)


def run(article: Article, gazetteer: Gazetteer | None, *, country: str | None = None) -> Extraction:
    """Run every extraction step on ``article``.

    The steps read the article's text in the canonical layout of :func:`corpus._text.layout`
    (whitespace folded, hard-wrapped lines joined), so whitespace never changes a record, and
    mention offsets refer to that layout. The returned :attr:`Extraction.article` keeps the
    text exactly as the user gave it; only a missing outlet is filled from a dateline that
    credits one ("ERBIL (Kurdistan 24) –").
    """
    text = layout(article.text)
    outlet = article.outlet or dateline_outlet(text)
    if outlet != article.outlet:
        article = _replaced(article, _OUTLET, outlet)
    work = article if text == article.text else _replaced(article, _TEXT, text)
    mentions = [] if gazetteer is None else geoparse(work.text, gazetteer, country=country)
    ctx = Context(work, gazetteer, mentions)
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
