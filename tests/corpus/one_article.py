"""Extract a sentence or two of our own as one article (shared by the phrasing tests)."""

from __future__ import annotations

from datetime import date

import geo
from corpus import Article, Extraction, extract
from corpus.reading import article_from_fields

#: the publication date the phrasing tests resolve relative dates against
PUBLISHED = date(2022, 1, 26)


def article(text: str, *, outlet: str = "AFP", language: str | None = None) -> Article:
    """Return ``text`` as an article of ``outlet`` published on :data:`PUBLISHED`."""
    art = article_from_fields(
        path="t", title="", text=text, published=PUBLISHED, outlet=outlet, language=language
    )
    assert art is not None
    return art


def extract_text(
    text: str,
    gaz: geo.Gazetteer | None = None,
    *,
    outlet: str = "AFP",
    language: str | None = None,
) -> Extraction:
    """Return the extraction of ``text`` read as one article (see :func:`article`)."""
    return extract(article(text, outlet=outlet, language=language), gaz)
