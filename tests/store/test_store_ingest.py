"""The store, on SQLite and on PostGIS: incremental ingest, versions, crashes, concurrency."""

from __future__ import annotations

import json
import math
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from store_helpers import cli, counts, env, synthetic, write_articles

import corpus
from corpus.db import ingest, load_extractions, open_engine
from corpus.db.models import RECORD_TABLES, ExtractionRow

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
    assert counts(db)["articles"] == len(direct)


def test_second_run_over_the_same_folder_extracts_nothing(db: str, samples: Path) -> None:
    first = ingest([samples], db)
    before = counts(db)
    again = ingest([samples], db)
    assert (again.new, again.reextracted, again.records) == (0, 0, 0)
    assert again.unchanged == first.new
    assert counts(db) == before


def test_a_new_and_a_changed_file_are_the_only_ones_read(db: str, samples: Path) -> None:
    ingest([samples], db)
    n = counts(db)["articles"]
    write_articles(samples / "new", OURS[:1])
    report = ingest([samples], db)
    assert (report.new, report.unchanged, report.reextracted) == (1, n, 0)
    write_articles(samples / "new", OURS)  # the file grows: one article more
    report = ingest([samples], db)
    assert (report.new, report.unchanged, report.reextracted) == (1, n + 1, 0)
    stored = {ex.article.title: ex for ex in load_extractions(db)}
    hatla = stored["Clashes in Deir ez-Zor"]
    assert [(c.actor, c.status) for c in hatla.control_claims] == [
        ("Syrian government", "regained")
    ]


def test_a_new_extractor_version_re_extracts_from_the_stored_text(db: str, samples: Path) -> None:
    first = ingest([samples], db, version="v-old")
    before = counts(db)
    report = ingest([samples], db)  # the running version differs from "v-old"
    assert (report.new, report.unchanged, report.reextracted) == (0, 0, first.new)
    assert counts(db) == before  # replaced, not added
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
    assert report.new == counts(db)["articles"] > 0
    assert ingest([samples], db).unreadable == 1  # still reported, never stored as read


def test_cli_says_what_it_did(db: str, samples: Path) -> None:
    first = cli(str(samples), "--db", db)
    assert first.returncode == 0, first.stderr
    n = counts(db)["articles"]
    assert f"{n} new, 0 unchanged, 0 re-extracted, 0 unreadable" in first.stdout
    second = cli(str(samples), "--db", db)
    assert f"0 new, {n} unchanged, 0 re-extracted, 0 unreadable" in second.stdout


def test_a_bad_database_url_is_named(tmp_path: Path) -> None:
    proc = cli(str(tmp_path), "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert proc.returncode == 2
    assert "postgresql://nobody@127.0.0.1:1/none" in proc.stderr
    assert "check the path or the server" in proc.stderr


def test_kill_9_mid_ingest_loses_nothing_and_the_next_run_finishes(db: str, tmp_path: Path) -> None:
    folder = synthetic(tmp_path, 1000)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "corpus",
            "ingest",
            str(folder),
            "--db",
            db,
            "-q",
            "--batch-size",
            "10",
        ],
        env=env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            try:
                if _stored_articles(db) >= 30:
                    break
            except Exception:  # the store is still being created
                continue
        assert proc.poll() is None, "the ingest finished before it could be killed"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    partial = counts(db)  # consistent: whole articles only
    assert 0 < partial["articles"] < 1000
    report = ingest([folder], db)
    assert report.new + report.unchanged == 1000
    assert report.unchanged == partial["articles"]
    assert counts(db)["articles"] == 1000


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
    folder = synthetic(tmp_path, 300)
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
            env=env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for paths in ([str(folder), str(samples)], [str(samples), str(folder)])
    ]
    outs = [p.communicate(timeout=300) for p in runs]
    for p, (_out, err) in zip(runs, outs, strict=True):
        assert p.returncode == 0, err
    n_samples = len(list(corpus.read_articles([samples])))
    assert counts(db)["articles"] == 300 + n_samples
    again = ingest([folder, samples], db)
    assert (again.new, again.reextracted) == (0, 0)


_GAZ: list[object] = []


def _gazetteer() -> object:
    if not _GAZ:
        import geo

        _GAZ.append(geo.Gazetteer.default())
    return _GAZ[0]


def test_layers_build_from_the_store_gives_the_folder_build(
    db: str, tmp_path: Path, samples: Path
) -> None:
    def build(*args: str) -> dict[str, list[str]]:
        out = tmp_path / f"out{len(args)}"
        proc = subprocess.run(
            [sys.executable, "-m", "layers", "build", *args, "--out", str(out), "-q"],
            capture_output=True,
            text=True,
            env=env(),
            timeout=300,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        return {
            name: sorted(
                json.dumps(f, sort_keys=True)
                for f in json.loads((out / name).read_text())["features"]
            )
            for name in ("incidents.geojson", "control.geojson")
        }

    ingest([samples], db)
    from_store = build("--db", db)
    assert from_store == build(str(samples))
    assert from_store["incidents.geojson"] and from_store["control.geojson"]


def test_postgis_points_have_a_spatial_index_and_answer_a_radius_query(
    pg_cluster: Any, samples: Path
) -> None:
    db = pg_cluster.new_database()  # SQLite keeps lat/lon and WKT text: no geometry type
    from geoalchemy2 import Geography
    from sqlalchemy import cast, inspect, literal_column

    from corpus.db.models import IncidentRow

    ingest([samples], db)
    engine = open_engine(db)
    indexes = {
        table: {ix["name"]: ix for ix in inspect(engine).get_indexes(table)}
        for table in ("places", "incidents", "control_claims")
    }
    for table, ixs in indexes.items():
        assert f"ix_{table}_geom" in ixs, f"{table}: no spatial index ({sorted(ixs)})"
    hasakah = literal_column("ST_GeogFromText('POINT(40.75 36.5)')")
    near = select(IncidentRow.place).where(
        func.ST_DWithin(cast(IncidentRow.geom, Geography), hasakah, 20_000)
    )
    with engine.connect() as conn:
        places = set(conn.scalars(near))
        points = conn.execute(
            select(IncidentRow.place, IncidentRow.lat, IncidentRow.lon).where(
                IncidentRow.lat.is_not(None)
            )
        ).all()
    engine.dispose()
    expected = {p for p, lat, lon in points if _km(lat, lon, 36.5, 40.75) < 19.9}
    outside = {p for p, lat, lon in points if _km(lat, lon, 36.5, 40.75) > 20.1}
    assert places == expected and places and outside


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(min(1.0, c))
