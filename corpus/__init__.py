"""Articles in, attributed records out.

Read news articles (seed text, Markdown with front matter, JSON Lines, HTML), then extract
places, figures (with bounds, category, party and claimant), ACLED-typed incidents and
control claims, each keeping who said it.

Examples
--------
>>> import corpus, geo  # doctest: +SKIP
>>> gaz = geo.Gazetteer.default()  # doctest: +SKIP
>>> for ex in corpus.extract_paths(["../shared/seeds"], gaz):  # doctest: +SKIP
...     print(ex.article.published, [(f.number, f.category, f.claimant) for f in ex.figures])
"""

from __future__ import annotations

from pathlib import Path

from corpus.errors import AliasTableError, CorpusError
from corpus.extract import extract, extract_paths, extraction_to_dict
from corpus.reading import read_articles
from corpus.records import Article, ControlClaim, Extraction, Figure, Incident, Mention, ReadProblem
from corpus.store import content_hash, save_upload

__all__ = [
    "SAMPLES_DIR",
    "AliasTableError",
    "Article",
    "ControlClaim",
    "CorpusError",
    "Extraction",
    "Figure",
    "Incident",
    "Mention",
    "ReadProblem",
    "content_hash",
    "extract",
    "extract_paths",
    "extraction_to_dict",
    "read_articles",
    "save_upload",
]

#: The built-in sample corpus shipped with the package.
SAMPLES_DIR: Path = Path(__file__).resolve().parent / "samples"
