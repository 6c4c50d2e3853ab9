"""The ``python -m geo`` command-line contract, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = [
    "query",
    "name",
    "lat",
    "lon",
    "admin1",
    "admin1_pcode",
    "country",
    "precision",
    "gazetteer_id",
]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def test_geocode_prints_one_json_object_per_name():
    names = ["Hassakeh", "Deir al-Zour", "Qamişlo", "Raqqa province", "Ghwayran", "Xyzzyplace"]
    proc = _run("geocode", "--country", "SY", *names)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["query"] for r in rows] == names
    assert all(list(r) == KEYS for r in rows)
    hasakah, deir, qamishli, raqqa, ghwayran, nothing = rows
    assert (hasakah["admin1"], hasakah["admin1_pcode"], hasakah["precision"]) == (
        "Al-Hasakeh",
        "SY08",
        "town",
    )
    assert hasakah["gazetteer_id"] == "geonames:173811"
    assert isinstance(hasakah["lat"], float) and isinstance(hasakah["lon"], float)
    assert deir["admin1_pcode"] == "SY09"
    assert qamishli["admin1_pcode"] == "SY08"
    assert (raqqa["precision"], raqqa["admin1_pcode"]) == ("admin1", "SY11")
    assert (ghwayran["precision"], ghwayran["gazetteer_id"]) == ("site", "overlay:ghwayran-prison")
    assert nothing == {"query": "Xyzzyplace", **dict.fromkeys(KEYS[1:])}


def test_geocode_with_a_user_gazetteer(tmp_path):
    wof = ROOT.parent / "shared" / "geodata" / "gazetteer" / "wof-sy-ne-localities"
    proc = _run("geocode", "--country", "SY", "--gazetteer", str(wof), "Al-Hawayij")
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout)
    assert (row["name"], row["admin1_pcode"]) == ("Al Hawayij", "SY09")


def test_geocode_missing_boundary_file_is_an_error(tmp_path):
    proc = _run("geocode", "--boundaries", str(tmp_path / "missing.geojson"), "Hassakeh")
    assert proc.returncode == 2
    assert "missing.geojson does not exist" in proc.stderr
    assert proc.stdout == ""


def test_geocode_without_boundaries_warns_and_uses_gazetteer_codes():
    proc = _run("geocode", "--boundaries", "none", "Hassakeh")
    assert proc.returncode == 0
    assert "warning: no admin-1 boundaries" in proc.stderr
    row = json.loads(proc.stdout)
    assert (row["admin1"], row["admin1_pcode"]) == ("Al-Hasakeh", "SY08")


def test_fetch_verifies_the_cached_files(geodata_dir):
    proc = _run("fetch")
    assert proc.returncode == 0, proc.stderr
    lines = dict(line.split("\t") for line in proc.stdout.splitlines())
    assert set(lines) == {"syr_admbnda_adm1_uncs_unocha.json", "ne_50m_admin_0_countries.zip"}
    assert (
        Path(lines["syr_admbnda_adm1_uncs_unocha.json"]).resolve()
        == (geodata_dir / "syr_admbnda_adm1_uncs_unocha.json").resolve()
    )


def test_fetch_offline_exits_1_naming_the_fix(offline_data, capsys):
    from geo import boundaries, cli

    assert cli.main(["fetch"]) == 1
    err = capsys.readouterr().err
    assert "syr_admbnda_adm1_uncs_unocha.json" in err
    assert boundaries.URLS["syr_admbnda_adm1_uncs_unocha.json"] in err
    assert str(offline_data) in err
    assert cli.main(["fetch", "nope.zip"]) == 1
    assert "unknown data file 'nope.zip'" in capsys.readouterr().err


def test_geocode_with_a_user_boundary_file_and_name_field(tmp_path):
    import geopandas as gpd

    ocha = gpd.read_file(ROOT.parent / "shared" / "geodata" / "syr_admbnda_adm1_uncs_unocha.json")
    mine = ocha[["ADM1_EN", "geometry"]].rename(columns={"ADM1_EN": "gov"})
    mine["gov"] = "Gov. " + mine["gov"]
    path = tmp_path / "gov.gpkg"
    mine.to_file(path)
    proc = _run("geocode", "--boundaries", str(path), "--name-field", "gov", "Hassakeh")
    assert proc.returncode == 0, proc.stderr
    row = json.loads(proc.stdout)
    assert (row["admin1"], row["admin1_pcode"]) == ("Gov. Al-Hasakeh", None)
    bad = _run("geocode", "--boundaries", str(path), "--name-field", "nom", "Hassakeh")
    assert bad.returncode == 2
    assert "no field 'nom'" in bad.stderr
