"""The real pipeline on the two seed articles and the sample corpus: merge, CLI, map in Chromium."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import rfc7946
from browser_helpers import click_incident, open_map
from layers_paths import ROOT, SAMPLES

import layers


@pytest.fixture(scope="module")
def seeds_sitrep(seeds_dir):
    return layers.build_sitrep([seeds_dir])


def _prison_incident(sitrep):
    inc = sitrep.incidents
    both = inc[inc["n_reports"] >= 2]
    assert len(both) >= 1, "the two seed articles' prison attack must merge into one incident"
    rows = [r for _, r in both.iterrows() if len({x["article_id"] for x in r["reports"]}) >= 2]
    assert rows
    return rows[0]


def _killed(report: dict) -> list[int]:
    return sorted(f["number"] for f in report["figures"] if f["category"] == "killed")


def test_seed_prison_attack_is_one_incident_with_both_articles(seeds_sitrep):
    row = _prison_incident(seeds_sitrep)
    by_outlet = {r["outlet"]: r for r in row["reports"]}
    assert set(by_outlet) == {"AFP", "ANI"}
    assert _killed(by_outlet["AFP"]) == [7, 50, 124, 181]
    assert _killed(by_outlet["ANI"]) == [27, 175]
    assert (row["killed_low"], row["killed_high"]) == (181, 202)
    assert row["killed_best"] in (181, 202) and row["disagree"]
    assert row["admin1_pcode"] == "SY08" and row["precision"] == "site"
    reports = seeds_sitrep.reports[seeds_sitrep.reports["incident_id"] == row["incident_id"]]
    assert len(reports) == 2


def test_seed_control_claims(seeds_sitrep):
    c = seeds_sitrep.control
    us = c[(c["actor"] == "US-led coalition") & (c["precision"] == "admin1")]
    assert set(us["admin1_pcode"]) == {"SY02", "SY08", "SY09", "SY11"}
    assert set(us["extent"]) == {"partial"}
    assert set(us.geometry.geom_type) <= {"Polygon", "MultiPolygon"}
    assert (c["actor"] == "SDF").any()
    assert c["disputed_by"].eq("Syrian government").any()


def test_cli_build_on_seeds(seeds_dir, tmp_path):
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "layers", "build", str(seeds_dir), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "2 article(s)" in proc.stdout
    assert "extracting" in proc.stderr  # the tqdm progress bar
    for name in ("incidents.geojson", "control.geojson", "sitrep.gpkg", "map.html"):
        assert (out / name).stat().st_size > 0
    fc = rfc7946.check((out / "incidents.geojson").read_text(encoding="utf-8"))
    assert fc["features"]
    rfc7946.check((out / "control.geojson").read_text(encoding="utf-8"))
    json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))


@pytest.mark.browser
def test_seed_map_popup_lists_both_articles_offline(seeds_sitrep, offline_page, tmp_path):
    row = _prison_incident(seeds_sitrep)
    path = layers.write_outputs(seeds_sitrep, tmp_path)["map"]
    assert open_map(offline_page, path) == []
    # the province-wide coalition claim lies under the marker: incidents are drawn, and hit, first
    text = click_incident(offline_page, row["incident_id"], key="incident_id", rim=True)
    rows = offline_page.locator(".leaflet-popup-content tr.sitrep-report")
    assert rows.count() == 2, text[:200]
    afp = rows.filter(has_text="AFP").inner_text()
    ani = rows.filter(has_text="ANI").inner_text()
    assert "181" in afp and "124" in afp and "SOHR" in afp
    assert "175" in ani and "27" in ani
    assert "Sources disagree" in text
    assert offline_page.requests_outside == []


@pytest.mark.browser
def test_sample_corpus_map_opens_offline(offline_page, tmp_path):
    sitrep = layers.build_sitrep([SAMPLES])
    assert len(sitrep.incidents) >= 1 and len(sitrep.control) >= 1
    assert (sitrep.incidents["n_reports"] >= 2).any()
    paths = layers.write_outputs(sitrep, tmp_path)
    rfc7946.check(paths["incidents"].read_text(encoding="utf-8"))
    assert open_map(offline_page, paths["map"]) == []
    assert offline_page.evaluate("Sitrep.visibleCount('incidents')") == len(sitrep.incidents)
    assert offline_page.requests_outside == []


def test_cli_with_no_articles_says_so(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    proc = subprocess.run(
        [sys.executable, "-m", "layers", "build", str(empty), "--out", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 1
    assert "no articles read from" in proc.stderr and str(empty) in proc.stderr
    assert not (tmp_path / "out").exists()
