"""Fixtures for the corpus tests: the real default gazetteer and the two seed extractions."""

from __future__ import annotations

from pathlib import Path

import pytest

import geo
from corpus import Extraction, extract, read_articles

SEED_000 = "000_a5c7e7062c862599.txt"
SEED_003 = "003_06dbcd00bc08db20.txt"


@pytest.fixture(scope="session")
def corpus_gaz() -> geo.Gazetteer:
    """The default gazetteer (boundaries from SITREP_DATA_DIR = ../shared/geodata)."""
    return geo.Gazetteer.default()


@pytest.fixture(scope="session")
def seed_extractions(seeds_dir: Path, corpus_gaz: geo.Gazetteer) -> dict[str, Extraction]:
    """Both seed articles read and extracted with the real gazetteer, by file name."""
    return {Path(a.path).name: extract(a, corpus_gaz) for a in read_articles([seeds_dir])}
