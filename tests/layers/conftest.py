"""Fixtures for tests/layers (the records themselves are built in layers_seedlike.py)."""

from __future__ import annotations

import geopandas as gpd
import pytest
from layers_seedlike import afp_extraction, far_extraction, sputnik_extraction

from corpus.records import Extraction


@pytest.fixture(scope="session")
def provinces(geodata_dir) -> gpd.GeoDataFrame:
    import geo

    return geo.load_admin1()


@pytest.fixture(scope="session")
def countries(geodata_dir) -> gpd.GeoDataFrame:
    import geo

    return geo.load_countries()


@pytest.fixture()
def extractions() -> list[Extraction]:
    return [sputnik_extraction(), afp_extraction(), far_extraction()]


@pytest.fixture()
def sitrep(extractions, provinces, countries):
    from layers import sitrep_from_extractions

    return sitrep_from_extractions(extractions, provinces=provinces, countries=countries)
