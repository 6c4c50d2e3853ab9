"""The installed ``sitrep`` command runs the four packages' commands."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from store_helpers import counts, env


def _sitrep() -> Path:
    (ep,) = metadata.entry_points(group="console_scripts", name="sitrep")
    assert ep.value == "dashboard.cli:main"
    script = Path(sys.executable).parent / "sitrep"
    if not script.exists():
        pytest.skip(f"{script} not installed: run `make` (pip install -e .) first")
    return script


def test_sitrep_ingest_then_build_from_the_store(tmp_path: Path, samples: Path) -> None:
    sitrep = _sitrep()
    db = str(tmp_path / "s.db")
    run = subprocess.run(
        [str(sitrep), "ingest", str(samples), "--db", db, "-q"],
        capture_output=True, text=True, env=env(), timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    n = counts(db)["articles"]
    assert f"{n} new" in run.stdout
    out = tmp_path / "out"
    run = subprocess.run(
        [str(sitrep), "build", "--db", db, "--out", str(out), "-q"],
        capture_output=True, text=True, env=env(), timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert json.loads((out / "incidents.geojson").read_text())["features"]


def test_sitrep_geocode_and_an_unknown_command() -> None:
    sitrep = _sitrep()
    run = subprocess.run(
        [str(sitrep), "geocode", "--country", "SY", "Raqqa"],
        capture_output=True, text=True, env=env(), timeout=120, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["admin1_pcode"] == "SY11"
    bad = subprocess.run([str(sitrep), "ingets"], capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "'ingets'" in bad.stderr and "ingest" in bad.stderr
