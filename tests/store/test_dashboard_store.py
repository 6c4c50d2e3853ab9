"""The dashboard with ``--db``: it ingests its folder into the store and shows the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import counts, write_articles
from streamlit.testing.v1 import AppTest

from layers.store import sitrep_from_store

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")


def _metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


@pytest.mark.slow
def test_dashboard_reads_the_store_and_adds_the_folder_to_it(
    db: str, samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITREP_DB", db)
    monkeypatch.setenv("SITREP_CORPUS", str(samples))
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    at = AppTest.from_file(APP, default_timeout=300).run()
    assert not at.exception, [e.value for e in at.exception]
    n = counts(db)["articles"]
    assert n > 0  # the folder went into the store
    sitrep = sitrep_from_store(db)
    total = len(sitrep.incidents)
    assert _metric(at, "Incidents") == f"{total} of {total}"

    write_articles(samples / "added", [("A new report", "Five people were killed in Raqqa "
                                        "on Friday, the Syrian Observatory said.")])  # fmt: skip
    at = AppTest.from_file(APP, default_timeout=300).run()
    assert not at.exception, [e.value for e in at.exception]
    assert counts(db)["articles"] == n + 1


@pytest.mark.slow
def test_a_restarted_dashboard_shows_what_others_ingested_meanwhile(
    samples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import streamlit as st

    from corpus.db import ingest

    db = str(tmp_path / "team.db")
    monkeypatch.setenv("SITREP_DB", db)
    monkeypatch.setenv("SITREP_CORPUS", str(samples))
    monkeypatch.setenv("SITREP_CACHE_DIR", str(tmp_path / "cache"))
    at = AppTest.from_file(APP, default_timeout=300).run()
    assert not at.exception, [e.value for e in at.exception]
    before = len(sitrep_from_store(db).incidents)
    assert _metric(at, "Incidents") == f"{before} of {before}"

    other = tmp_path / "colleague"  # another analyst's ingest, not from this folder
    write_articles(other, [("Elsewhere", "Shelling killed seven civilians in Idlib on "
                            "Tuesday, the civil defence said.")])  # fmt: skip
    ingest([other], db)
    after = len(sitrep_from_store(db).incidents)
    assert after > before
    st.cache_data.clear()  # a restarted server: nothing kept in memory, the disk cache stays
    st.cache_resource.clear()
    at = AppTest.from_file(APP, default_timeout=300).run()
    assert not at.exception, [e.value for e in at.exception]
    # a session's first page draws the store as this server last saw it, at once; the run the
    # map's frame asks for once drawn (``_ui.map_first``) checks the store and redraws it
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert _metric(at, "Incidents") == f"{after} of {after}"

    # `python -m dashboard -- --db DB` loads that Sitrep before the first visitor comes
    from dashboard.__main__ import warm_up

    assert warm_up(["--db", db, "--corpus", str(samples)]).startswith("store: cached corpus")
