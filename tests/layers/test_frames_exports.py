"""Frames with the contract columns, and the GeoJSON / GeoPackage / HTML exports."""

from __future__ import annotations

import json

import pandas as pd
import pyogrio
import pytest
import rfc7946

import layers
from layers import CONTROL_COLUMNS, INCIDENT_COLUMNS, REPORT_COLUMNS
from layers.errors import NotSelfContained
from layers.export import assert_self_contained


def test_frames_have_exactly_the_contract_columns(sitrep):
    assert list(sitrep.incidents.columns) == INCIDENT_COLUMNS
    assert list(sitrep.control.columns) == CONTROL_COLUMNS
    assert list(sitrep.reports.columns) == REPORT_COLUMNS
    inc = sitrep.incidents
    assert str(inc.crs) == "EPSG:4326"
    assert pd.api.types.is_datetime64_any_dtype(inc["date_start"])
    assert str(inc["killed_best"].dtype) == "Int64"
    assert inc["disagree"].dtype == bool and inc["n_reports"].dtype == "int64"
    assert all(isinstance(v, list) for v in inc["actors"])


def test_prison_row(sitrep):
    inc = sitrep.incidents.set_index("place")
    row = inc.loc["Ghwayran prison"]
    assert row["n_reports"] == 2 and row["disagree"]
    assert (row["killed_low"], row["killed_best"], row["killed_high"]) == (181, 202, 202)
    assert sorted(row["outlets"]) == ["AFP", "Sputnik"]
    assert {"SOHR", "SDF"} <= set(row["claimants"])
    figures = {r["outlet"]: sorted(f["number"] for f in r["figures"]) for r in row["reports"]}
    assert figures["AFP"] == [7, 32, 50, 124, 181]
    assert figures["Sputnik"] == [27, 175, 200]
    reports = sitrep.reports[sitrep.reports["incident_id"] == row["incident_id"]]
    assert set(reports["outlet"]) == {"AFP", "Sputnik"}


def test_admin1_incident_sits_at_the_province_representative_point(sitrep, provinces):
    row = sitrep.incidents.set_index("place").loc["Deir-ez-Zor"]
    assert row["precision"] == "admin1"
    deir = provinces.set_index("admin1_pcode").loc["SY09", "geometry"]
    assert deir.contains(row["geometry"])


def test_control_claims_polygons_sites_contested_disputed(sitrep):
    c = sitrep.control
    us = c[c["actor"] == "US-led coalition"]
    assert len(us) == 4 and set(us.geometry.geom_type) <= {"Polygon", "MultiPolygon"}
    assert set(us["extent"]) == {"partial"} and set(us["disputed_by"]) == {"Syrian government"}
    prison = c[c["place"] == "Ghwayran prison"]
    assert set(prison.geometry.geom_type) == {"Point"}
    # SDF says it regained the prison, SOHR says IS still holds out inside: contested
    assert prison["contested"].all()
    assert not us["contested"].any()


def test_geojson_is_rfc7946(sitrep, tmp_path):
    paths = layers.write_outputs(sitrep, tmp_path)
    inc = rfc7946.check(paths["incidents"].read_text(encoding="utf-8"))
    ctl = rfc7946.check(paths["control"].read_text(encoding="utf-8"))
    assert len(inc["features"]) == len(sitrep.incidents)
    assert len(ctl["features"]) == len(sitrep.control)
    prison = next(f for f in inc["features"] if f["properties"]["place"] == "Ghwayran prison")
    assert prison["geometry"]["coordinates"] == [40.7306, 36.4836]  # lon, lat
    assert prison["id"] == prison["properties"]["incident_id"]
    assert [r["outlet"] for r in prison["properties"]["reports"]] == ["AFP", "Sputnik"]
    assert prison["properties"]["killed_best"] == 202
    assert prison["properties"]["date_start"] == "2022-01-20"
    deir = next(f for f in inc["features"] if f["properties"]["place"] == "Deir-ez-Zor")
    assert deir["properties"]["reports"][0]["figures"][0]["high"] == 3
    # properties survive a JSON round trip unchanged: JSON-native all the way down
    assert json.loads(json.dumps(inc)) == inc


def test_to_geojson_reorients_and_nulls_nan():
    import geopandas as gpd
    from shapely.geometry import Polygon

    cw = Polygon([(36, 33), (36, 34), (37, 34), (37, 33)])  # clockwise exterior
    gdf = gpd.GeoDataFrame(
        {"x": [float("nan")], "n": pd.array([None], dtype="Int64")}, geometry=[cw], crs=4326
    )
    fc = layers.to_geojson(gdf)
    rfc7946.check(json.dumps(fc, allow_nan=False))
    assert fc["features"][0]["properties"] == {"x": None, "n": None}


def test_to_geojson_reprojects_to_wgs84():
    import geopandas as gpd
    from shapely.geometry import Point

    gdf = gpd.GeoDataFrame({"n": [1]}, geometry=[Point(40.7306, 36.4836)], crs=4326).to_crs(3857)
    lon, lat = layers.to_geojson(gdf)["features"][0]["geometry"]["coordinates"]
    assert lon == pytest.approx(40.7306) and lat == pytest.approx(36.4836)


def test_geopackage_layers(sitrep, tmp_path):
    path = layers.to_gpkg(sitrep, tmp_path / "sitrep.gpkg")
    names = [name for name, _ in pyogrio.list_layers(path)]
    assert names == ["incidents", "reports", "control_claims", "places", "provinces"]
    inc = pyogrio.read_dataframe(path, layer="incidents")
    assert len(inc) == 2 and str(inc.crs) == "EPSG:4326"
    prison = inc[inc["place"] == "Ghwayran prison"].iloc[0]
    assert {r["outlet"] for r in json.loads(prison["reports"])} == {"AFP", "Sputnik"}
    reports = pyogrio.read_dataframe(path, layer="reports")
    assert len(reports) == 3 and reports.geometry.notna().all()
    control = pyogrio.read_dataframe(path, layer="control_claims")
    assert set(control.geometry.geom_type) >= {"Point"} and len(control) == 6
    assert len(pyogrio.read_dataframe(path, layer="provinces")) == 14
    places = pyogrio.read_dataframe(path, layer="places")
    assert "Ghwayran prison" in set(places["name"])


def test_map_html_is_self_contained(sitrep):
    page = layers.map_html(sitrep)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "code.jquery" not in page
    assert "CC BY 3.0 IGO" in page and "Golan" in page
    assert "Claimed control (from articles): US-led coalition" in page
    with pytest.raises(NotSelfContained):
        assert_self_contained('<script src="https://cdn.example/x.js"></script>')


def test_article_text_never_reaches_html_unescaped(sitrep):
    import dataclasses

    from layers_seedlike import sputnik_extraction

    ex = sputnik_extraction(
        title="<script>alert(1)</script>", outlet="<img src=x onerror=alert(2)>"
    )
    s = layers.sitrep_from_extractions([ex])
    page = layers.map_html(s)
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert dataclasses.is_dataclass(s)


def test_two_actors_holding_parts_of_a_province_is_no_contest(extractions, provinces):
    import dataclasses

    ex = extractions[0]
    us = ex.control_claims[0]  # US-led coalition, parts of Al-Hasakeh
    sdf_part = dataclasses.replace(us, actor="SDF", claimant="SDF", disputed_by=None)
    sdf_full = dataclasses.replace(sdf_part, extent="full")
    for claim, contested in ((sdf_part, False), (sdf_full, True)):
        s = layers.sitrep_from_extractions(
            [dataclasses.replace(ex, control_claims=(us, claim))], provinces=provinces
        )
        assert list(s.control["contested"]) == [contested, contested]
