"""Fixtures for the geo tests: real gazetteers (built once per session) and an offline data dir."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import geo
from geo import boundaries

GAZETTEER_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "geodata" / "gazetteer"
WOF_DIR = GAZETTEER_DIR / "wof-sy-ne-localities"


@pytest.fixture(scope="session")
def gaz() -> geo.Gazetteer:
    """The default gazetteer (OCHA polygons from SITREP_DATA_DIR), cached on disk."""
    return geo.Gazetteer.default()


@pytest.fixture(scope="session")
def wof_dir() -> Path:
    if not WOF_DIR.is_dir():
        pytest.fail(f"Who's On First test data not found at {WOF_DIR}")
    return WOF_DIR


@pytest.fixture(scope="session")
def gaz_wof(wof_dir: Path) -> geo.Gazetteer:
    """The default gazetteer plus the north-east Syria Who's On First localities."""
    return geo.Gazetteer.default(extra=[wof_dir], country="SY")


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def offline_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty SITREP_DATA_DIR whose download URLs point at a closed local port."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("SITREP_DATA_DIR", str(folder))
    port = _closed_port()
    urls = {name: f"http://127.0.0.1:{port}/{name}" for name in boundaries.URLS}
    monkeypatch.setattr(boundaries, "URLS", urls)
    return folder
