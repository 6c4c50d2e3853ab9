"""Extraction on a Dask LocalCluster of 2 workers gives the store what one process gives."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_helpers import cli, counts, synthetic

from corpus.db import ingest, load_extractions
from corpus.db.ingest import _worker_engine, _worker_gazetteer

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()


def test_two_workers_store_what_one_process_stores(
    db: str, client: object, tmp_path: Path, samples: Path
) -> None:
    folder = synthetic(tmp_path, 120)
    (folder / "empty.txt").write_text("", encoding="utf-8")  # unreadable: named, not stored
    report = ingest([folder, samples], db, dask=client, batch_size=16)
    local_db = str(tmp_path / "local.db")
    local = ingest([folder, samples], local_db)
    assert (report.new, report.records) == (local.new, local.records)
    assert report.unreadable == local.unreadable == 1
    assert [p.path for p in report.problems] == [p.path for p in local.problems]
    assert load_extractions(db) == load_extractions(local_db)
    counts(db)  # whole and without duplicates
    # each worker process loaded the gazetteer once, whatever the number of batches it ran
    loads = client.run(lambda: _worker_gazetteer.cache_info().misses)  # type: ignore[attr-defined]
    assert set(loads.values()) <= {0, 1} and sum(loads.values()) >= 1
    # the workers wrote their batches through a store connection of their own
    opened = client.run(lambda: _worker_engine.cache_info().currsize)  # type: ignore[attr-defined]
    assert sum(opened.values()) >= 1
    again = ingest([folder, samples], db, dask=client)
    assert (again.new, again.reextracted, again.unchanged) == (0, 0, local.new)


def test_cli_starts_a_local_cluster(tmp_path: Path, samples: Path) -> None:
    db = str(tmp_path / "store.db")
    proc = cli(str(samples), "--db", db, "--dask", "local:2")
    assert proc.returncode == 0, proc.stderr
    n = counts(db)["articles"]
    assert f"{n} new, 0 unchanged" in proc.stdout


def test_cli_names_a_bad_cluster_spec(tmp_path: Path, samples: Path) -> None:
    proc = cli(str(samples), "--db", str(tmp_path / "s.db"), "--dask", "local:zero")
    assert proc.returncode == 2
    assert "local:zero" in proc.stderr and "local:2" in proc.stderr


def test_no_dask_needed_for_the_default_path() -> None:
    code = "import corpus.db, sys; assert 'distributed' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
