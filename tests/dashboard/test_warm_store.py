"""``python -m dashboard -- --db DB`` on a new store: the warm-up does the first page's work."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import _cache, _store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")

ARTICLES = {
    "raqqa.txt": "Shelling on Raqqa\n\nFour people were killed in Raqqa on Monday, the "
    "Syrian Observatory for Human Rights said.\n",
    "idlib.txt": "Strike near Idlib\n\nAn air strike killed three civilians in Idlib on "
    "Tuesday, the civil defence said.\n",
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for name, text in ARTICLES.items():
        (d / name).write_text(text, encoding="utf-8")
    return d


@pytest.mark.slow
def test_warm_up_ingests_and_hands_the_store_to_the_first_page(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard.__main__ import warm_up

    db = str(tmp_path / "new.db")
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    out = warm_up(["--db", db, "--corpus", str(folder)])
    assert out.startswith("store ingested and read"), out
    assert len(_cache._WARM) == 1  # the Sitrep, waiting for the first page

    monkeypatch.setenv("SITREP_DB", db)
    monkeypatch.setenv("SITREP_CORPUS", str(folder))
    at = AppTest.from_file(APP, default_timeout=300).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not _cache._WARM  # taken by the page, not read again
    shown = next(m.value for m in at.metric if m.label == "Incidents")
    assert shown.split(" of ")[0] == shown.split(" of ")[1] != "0"
    assert any("loaded from cache" in c.value for c in at.caption)


def test_a_page_waits_for_an_ingest_under_way(tmp_path: Path) -> None:
    """What the store holds is read after the warm-up's ingest, never beside it."""
    got: list[str | None] = []
    _store._INGEST_LOCK.acquire()
    try:
        reader = threading.Thread(
            target=lambda: got.append(_store.last_seen(str(tmp_path / "s.db"), ("x",), "d"))
        )
        reader.start()
        reader.join(0.5)
        assert reader.is_alive() and not got  # waiting
    finally:
        _store._INGEST_LOCK.release()
    reader.join(30)
    assert got == [None]  # then reads: nothing seen for this folder yet
