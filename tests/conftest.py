"""Fixtures shared by every test package: shared data paths and a real headless Chromium."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
GEODATA = SHARED / "geodata"
GAZETTEER = GEODATA / "gazetteer"
SAMPLES = ROOT / "corpus" / "samples"
CHROMIUM = "/usr/bin/chromium"

# Tests never touch the network: boundary files come from ../shared/geodata (the pre-filled
# pooch cache), unless the caller already pointed SITREP_DATA_DIR somewhere.
if GEODATA.is_dir():
    os.environ.setdefault("SITREP_DATA_DIR", str(GEODATA))

# Tests never write into the user's caches (the gazetteer index in ~/.cache/sitrep, the
# dashboard's .sitrep-cache/): their indexes are built from test folders and test URLs.
# The tests' own folder is kept between runs, so the gazetteer is built once per checkout.
os.environ["SITREP_CACHE_DIR"] = str(ROOT / ".sitrep-cache" / "tests")

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The two real seed articles (read from ../shared, never copied into the repo)."""
    if not SEEDS.is_dir():
        pytest.fail(f"seed articles not found at {SEEDS}: clone the repo with ../shared beside it")
    return SEEDS


@pytest.fixture(scope="session")
def geodata_dir() -> Path:
    if not GEODATA.is_dir():
        pytest.fail(f"boundary files not found at {GEODATA}: clone with ../shared beside it")
    return GEODATA


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """A real headless Debian Chromium driven by playwright (its own download is not used)."""
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} missing in CI: .ci/run must install Debian 'chromium'")
        pytest.skip(f"{CHROMIUM} not installed: run `make chromium` (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture()
def offline_page(browser):  # type: ignore[no-untyped-def]
    """A fresh page whose context has the network switched off (file:// still loads).

    ``page.requests_outside`` collects every request that tried to leave the machine, so a
    test can assert that a page needs no CDN.
    """
    context = browser.new_context(offline=True)
    page = context.new_page()
    outside: list[str] = []

    def _watch(request):  # type: ignore[no-untyped-def]
        url = request.url
        if not url.startswith(("file:", "data:", "about:", "blob:")):
            outside.append(url)

    page.on("request", _watch)
    page.requests_outside = outside  # type: ignore[attr-defined]
    try:
        yield page
    finally:
        context.close()
