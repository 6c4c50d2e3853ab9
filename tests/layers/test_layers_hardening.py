"""Builds that bad input cannot stop (issue 16 items 1 and 12): dates, writes, the CLI."""

from __future__ import annotations

import dataclasses
import json
import os
import resource
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from layers_seedlike import afp_extraction, sputnik_extraction

from layers import sitrep_from_extractions
from layers.export import remove_stale_temps, write_outputs

ROOT = Path(__file__).resolve().parents[2]
GOOD = "The SDF said 5 fighters were killed in Raqqa on Monday.\n"


def _cli(*args: str, limit_bytes: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit() -> None:
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [sys.executable, "-m", "layers", *args], capture_output=True, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, preexec_fn=limit, timeout=600,
    )  # fmt: skip


def test_item1_year_2300_in_an_article_builds_and_writes(tmp_path: Path, geodata_dir) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(f"date 2300-01-22\nT\n\n{GOOD}", encoding="utf-8")
    (src / "b.txt").write_text(f"date 2022-01-22\nU\n\n{GOOD.replace('5', '6')}", encoding="utf-8")
    run = _cli("build", str(src), "--out", str(tmp_path / "out"), "-q")
    assert run.returncode == 0, run.stderr
    assert "OutOfBoundsDatetime" not in run.stderr
    assert "2300-01-22" in run.stderr  # the dropped date is reported, with its file
    incidents = json.loads((tmp_path / "out" / "incidents.geojson").read_text(encoding="utf-8"))
    assert len(incidents["features"]) >= 1


def test_item1_incident_dates_pandas_cannot_hold_become_undated() -> None:
    ex = sputnik_extraction()
    far = dataclasses.replace(
        ex.incidents[0], date_start=date(2300, 1, 1), date_end=date(9999, 1, 1)
    )
    odd = dataclasses.replace(
        ex,
        article=dataclasses.replace(ex.article, published=date(1, 1, 1)),
        incidents=(far, *ex.incidents[1:]),
    )
    sitrep = sitrep_from_extractions([odd, afp_extraction()])
    assert len(sitrep.incidents) >= 1
    years = sitrep.incidents["date_start"].dropna().dt.year
    assert years.between(1677, 2262).all()
    assert sitrep.reports["published"].isna().any()


def _first_build(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(f"date 2022-01-22\nT\n\n{GOOD}", encoding="utf-8")
    run = _cli("build", str(src), "--out", str(out), "-q")
    assert run.returncode == 0, run.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    assert set(before) == {"incidents.geojson", "control.geojson", "sitrep.gpkg", "map.html"}
    return src, out, before


def test_item12_a_write_cut_off_midway_leaves_the_old_outputs_whole(
    tmp_path: Path, geodata_dir
) -> None:
    src, out, before = _first_build(tmp_path)
    (src / "b.txt").write_text(f"date 2022-01-25\nU\n\n{GOOD.replace('Raqqa', 'Homs')}")
    # the kernel stops every write past 4 kB: the run dies in the middle of its outputs
    run = _cli("build", str(src), "--out", str(out), "-q", limit_bytes=4096)
    assert run.returncode == 1
    assert "error: could not write" in run.stderr and "Traceback" not in run.stderr
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert set(after) == set(before), "temporary files were left behind"
    for name in ("incidents.geojson", "control.geojson"):
        json.loads(after[name])  # whole: old or new, never truncated
    assert after["map.html"] == before["map.html"]  # too large to write: the old one stays
    assert after["sitrep.gpkg"] == before["sitrep.gpkg"]


def test_item12_leftovers_of_a_killed_write_are_removed_by_the_next(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    pid = int(dead.stdout)  # that process is gone, as after a SIGKILL
    out = tmp_path / "out"
    out.mkdir()
    stale = out / f".tmp-{pid}-0a1b2c3d-control.geojson"
    stale.write_text('{"type": "Feature', encoding="utf-8")
    mine = out / f".tmp-{os.getpid()}-0a1b2c3d-map.html"  # a live writer's file stays
    mine.write_text("<html>", encoding="utf-8")
    sitrep = sitrep_from_extractions([sputnik_extraction(), afp_extraction()])
    write_outputs(sitrep, out)
    assert not stale.exists()
    assert mine.exists()
    assert remove_stale_temps(out) == []
    json.loads((out / "control.geojson").read_text(encoding="utf-8"))


@pytest.mark.usefixtures("geodata_dir")
def test_item12_each_problem_and_warning_is_printed_once(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(f"date 2022-01-22\nT\n\n{GOOD}", encoding="utf-8")
    (src / "b.md").write_text("---\nagencies: 5\n---\nSomething about Homs.\n", encoding="utf-8")
    (src / "c.txt").write_bytes(b"\x00\x01\x02")
    run = _cli("build", str(src), "--out", str(tmp_path / "out"), "-q")
    assert run.returncode == 0, run.stderr
    lines = [ln for ln in run.stderr.splitlines() if ln.strip()]
    for name in ("b.md", "c.txt"):
        assert sum(name in ln for ln in lines) == 1, run.stderr
    assert len(lines) == len(set(lines)), run.stderr
