"""The store, on SQLite and on PostGIS: incremental ingest, versions, crashes, concurrency."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

import corpus
from corpus.db import ingest, load_extractions, open_engine
from corpus.db.models import RECORD_TABLES, ArticleRow, ExtractionRow

ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "corpus", "ingest", *args, "-q"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=300,
        check=False,
    )


def _counts(db: str) -> dict[str, int]:
    """Rows per table, and a check that the store is whole: every article has its
    extraction row, and each table holds exactly the records its extraction row counts."""
    engine = open_engine(db)
    with engine.connect() as conn:
        out = {"articles": conn.scalar(select(func.count()).select_from(ArticleRow)) or 0}
        out["extractions"] = conn.scalar(select(func.count()).select_from(ExtractionRow)) or 0
        for kind, table in RECORD_TABLES.items():
            out[kind] = conn.scalar(select(func.count()).select_from(table)) or 0
            expected = conn.scalar(select(func.sum(getattr(ExtractionRow, f"n_{kind}")))) or 0
            assert out[kind] == expected, f"{kind}: {out[kind]} rows, extractions say {expected}"
            dupes = conn.execute(
                select(table.article_id, table.seq).group_by(table.article_id, table.seq)
                .having(func.count() > 1)
            ).all()  # fmt: skip
            assert not dupes, f"duplicate {kind} records: {dupes[:3]}"
    engine.dispose()
    assert out["articles"] == out["extractions"], "an article without its records"
    return out


def _write_articles(folder: Path, items: list[tuple[str, str]]) -> None:
    """Articles of our own, one .jsonl file: (title, text) pairs."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"title": t, "text": x, "published": "2023-03-0%d" % (i + 1), "outlet": "AFP"})
        for i, (t, x) in enumerate(items)
    ]
    (folder / "ours.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


OURS = [
    (
        "Shelling near Manbij",
        "At least four civilians were killed on Tuesday when shells hit a market in Manbij, "
        "the Syrian Observatory for Human Rights said.",
    ),
    (
        "Clashes in Deir ez-Zor",
        "Government forces regained control of the village of Hatla east of Deir ez-Zor on "
        "Monday, state news agency SANA reported.",
    ),
]


def test_first_ingest_stores_every_article_and_gives_back_what_extract_gives(
    db: str, samples: Path
) -> None:
    report = ingest([samples], db)
    direct = {ex.article.id: ex for ex in corpus.extract_paths([samples], _gazetteer())}
    assert (report.new, report.unchanged, report.reextracted) == (len(direct), 0, 0)
    assert report.unreadable == 0 and report.records > 0
    stored = {ex.article.id: ex for ex in load_extractions(db)}
    assert stored == direct  # every field of every record survives the round trip
    assert _counts(db)["articles"] == len(direct)


def test_second_run_over_the_same_folder_extracts_nothing(db: str, samples: Path) -> None:
    first = ingest([samples], db)
    before = _counts(db)
    again = ingest([samples], db)
    assert (again.new, again.reextracted, again.records) == (0, 0, 0)
    assert again.unchanged == first.new
    assert _counts(db) == before


def test_a_new_and_a_changed_file_are_the_only_ones_read(db: str, samples: Path) -> None:
    ingest([samples], db)
    n = _counts(db)["articles"]
    _write_articles(samples / "new", OURS[:1])
    report = ingest([samples], db)
    assert (report.new, report.unchanged, report.reextracted) == (1, n, 0)
    _write_articles(samples / "new", OURS)  # the file grows: one article more
    report = ingest([samples], db)
    assert (report.new, report.unchanged, report.reextracted) == (1, n + 1, 0)
    stored = {ex.article.title: ex for ex in load_extractions(db)}
    hatla = stored["Clashes in Deir ez-Zor"]
    assert [(c.actor, c.status) for c in hatla.control_claims] == [
        ("Syrian government", "regained")
    ]


def test_a_new_extractor_version_re_extracts_from_the_stored_text(db: str, samples: Path) -> None:
    first = ingest([samples], db, version="v-old")
    before = _counts(db)
    report = ingest([samples], db)  # the running version differs from "v-old"
    assert (report.new, report.unchanged, report.reextracted) == (0, 0, first.new)
    assert _counts(db) == before  # replaced, not added
    engine = open_engine(db)
    with engine.connect() as conn:
        versions = set(conn.scalars(select(ExtractionRow.extractor_version)))
        for table in RECORD_TABLES.values():
            versions |= set(conn.scalars(select(table.extractor_version)))
    engine.dispose()
    assert versions == {report.extractor_version}
    assert ingest([samples], db, force=True).reextracted == first.new


def test_an_unreadable_file_is_counted_and_the_rest_lands(db: str, samples: Path) -> None:
    (samples / "broken.jsonl").write_text('{"title": "half a line", "te\n', encoding="utf-8")
    report = ingest([samples], db)
    assert report.unreadable == 1
    assert any("broken.jsonl" in p.path for p in report.problems)
    assert report.new == _counts(db)["articles"] > 0
    assert ingest([samples], db).unreadable == 1  # still reported, never stored as read


def test_cli_says_what_it_did(db: str, samples: Path) -> None:
    first = _cli(str(samples), "--db", db)
    assert first.returncode == 0, first.stderr
    n = _counts(db)["articles"]
    assert f"{n} new, 0 unchanged, 0 re-extracted, 0 unreadable" in first.stdout
    second = _cli(str(samples), "--db", db)
    assert f"0 new, {n} unchanged, 0 re-extracted, 0 unreadable" in second.stdout


def test_a_bad_database_url_is_named(tmp_path: Path) -> None:
    proc = _cli(str(tmp_path), "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert proc.returncode == 2
    assert "postgresql://nobody@127.0.0.1:1/none" in proc.stderr
    assert "check the path or the server" in proc.stderr


def _synthetic(tmp_path: Path, n: int) -> Path:
    out = tmp_path / "synthetic"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "gen_corpus.py"), str(n), str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out


def test_kill_9_mid_ingest_loses_nothing_and_the_next_run_finishes(db: str, tmp_path: Path) -> None:
    folder = _synthetic(tmp_path, 600)
    proc = subprocess.Popen(
        [sys.executable, "-m", "corpus", "ingest", str(folder), "--db", db, "-q"]
        + ["--batch-size", "10"],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            try:
                if _stored_articles(db) >= 50:
                    break
            except Exception:  # the store is still being created
                continue
        assert proc.poll() is None, "the ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    partial = _counts(db)  # consistent: whole articles only
    assert 0 < partial["articles"] < 600
    report = ingest([folder], db)
    assert report.new + report.unchanged == 600
    assert report.unchanged == partial["articles"]
    assert _counts(db)["articles"] == 600


def _stored_articles(db: str) -> int:
    engine = open_engine(db, migrate=False)
    try:
        with engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(ExtractionRow)) or 0
    finally:
        engine.dispose()


def test_two_ingests_at_once_both_land_with_nothing_duplicated(
    db: str, tmp_path: Path, samples: Path
) -> None:
    synthetic = _synthetic(tmp_path, 300)
    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "corpus",
                "ingest",
                *paths,
                "--db",
                db,
                "-q",
                "--batch-size",
                "16",
            ],
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in ([str(synthetic), str(samples)], [str(samples), str(synthetic)])
    ]
    outs = [p.communicate(timeout=300) for p in runs]
    for p, (_out, err) in zip(runs, outs, strict=True):
        assert p.returncode == 0, err
    n_samples = len(list(corpus.read_articles([samples])))
    assert _counts(db)["articles"] == 300 + n_samples
    again = ingest([synthetic, samples], db)
    assert (again.new, again.reextracted) == (0, 0)


_GAZ: list[object] = []


def _gazetteer() -> object:
    if not _GAZ:
        import geo

        _GAZ.append(geo.Gazetteer.default())
    return _GAZ[0]
