"""The extraction pipeline behind :func:`corpus.extract` (private; grows step by step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.records import Article, Extraction

if TYPE_CHECKING:
    from geo import Gazetteer


def run(article: Article, gazetteer: Gazetteer | None, *, country: str | None = None) -> Extraction:
    """Run every extraction step on ``article``."""
    places: tuple = ()
    if gazetteer is not None:
        from geo import geoparse

        places = tuple(geoparse(article.text, gazetteer, country=country))
    return Extraction(article=article, places=places)
