"""Boundary files: pooch registry, readers, and the admin-1 spatial join on the real OCHA file."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import Point
from shapely.ops import nearest_points

import geo
from geo import boundaries


def test_data_dir_follows_env(monkeypatch, tmp_path):
    monkeypatch.setenv("SITREP_DATA_DIR", str(tmp_path))
    assert geo.data_dir() == tmp_path
    monkeypatch.delenv("SITREP_DATA_DIR")
    assert geo.data_dir().name == "sitrep"


def test_registry_matches_shared_readme(geodata_dir):
    readme = (geodata_dir / "README.md").read_text(encoding="utf-8")
    for name, digest in boundaries.REGISTRY.items():
        assert digest.removeprefix("sha256:") in readme
        assert name in readme
    for url in boundaries.URLS.values():
        assert url in readme


def test_fetch_uses_the_cache_without_network(geodata_dir):
    path = geo.fetch("syr_admbnda_adm1_uncs_unocha.json")
    assert path == geodata_dir / "syr_admbnda_adm1_uncs_unocha.json"


def test_fetch_unknown_name():
    with pytest.raises(geo.UnknownDataFile, match=r"unknown data file 'nope\.zip'"):
        geo.fetch("nope.zip")


def test_fetch_offline_names_file_url_and_folder(offline_data):
    with pytest.raises(geo.BoundaryDataUnavailable) as err:
        geo.fetch("syr_admbnda_adm1_uncs_unocha.json")
    msg = str(err.value)
    assert "syr_admbnda_adm1_uncs_unocha.json" in msg
    assert boundaries.URLS["syr_admbnda_adm1_uncs_unocha.json"] in msg
    assert str(offline_data) in msg
    assert isinstance(err.value, FileNotFoundError)


def test_fetch_rejects_a_corrupted_download(offline_data, httpserver, monkeypatch):
    httpserver.expect_request("/ocha.json").respond_with_data(b'{"type": "tampered"}')
    monkeypatch.setitem(
        boundaries.URLS, "syr_admbnda_adm1_uncs_unocha.json", httpserver.url_for("/ocha.json")
    )
    with pytest.raises(geo.BoundaryDataUnavailable, match="hash"):
        geo.fetch("syr_admbnda_adm1_uncs_unocha.json")
    assert not (offline_data / "syr_admbnda_adm1_uncs_unocha.json").exists()


def test_load_admin1_default_is_ocha():
    gdf = geo.load_admin1()
    assert len(gdf) == 14
    assert list(gdf.columns) == ["admin1", "admin1_pcode", "country", "geometry"]
    assert sorted(gdf["admin1_pcode"]) == [f"SY{i:02d}" for i in range(1, 15)]
    assert set(gdf["country"]) == {"SY"}
    assert gdf.crs.to_epsg() == 4326
    assert gdf.geometry.is_valid.all()
    row = gdf.set_index("admin1_pcode").loc["SY08"]
    assert row["admin1"] == "Al-Hasakeh"


def test_load_admin1_user_file_with_name_field(tmp_path):
    src = geo.load_admin1()
    mine = gpd.GeoDataFrame(
        {"gov_name": ["Hasakah", "Raqqa"], "other": [1, 2]},
        geometry=src.set_index("admin1_pcode").loc[["SY08", "SY11"]].geometry.values,
        crs="EPSG:4326",
    ).to_crs("EPSG:3857")
    path = tmp_path / "mine.gpkg"
    mine.to_file(path)
    gdf = geo.load_admin1(path, name_field="gov_name")
    assert list(gdf["admin1"]) == ["Hasakah", "Raqqa"]
    assert gdf["admin1_pcode"].isna().all()
    assert gdf.crs.to_epsg() == 4326
    with pytest.raises(ValueError, match="no field 'nom'"):
        geo.load_admin1(path, name_field="nom")


def test_load_admin1_missing_file(tmp_path):
    with pytest.raises(geo.BoundaryDataUnavailable, match="does not exist"):
        geo.load_admin1(tmp_path / "none.geojson")


def test_load_countries():
    gdf = geo.load_countries()
    assert {"name", "iso_a2", "iso_a3", "geometry"} <= set(gdf.columns)
    by_iso = gdf.set_index("iso_a2")
    assert by_iso.loc["SY", "name"] == "Syria"
    assert "FR" in by_iso.index  # Natural Earth's ISO_A2 is -99 for France; ISO_A2_EH is used
    assert by_iso.loc["SY"].geometry.contains(Point(40.75, 36.5))


@pytest.fixture(scope="module")
def provinces():
    return geo.load_admin1()


def test_assign_admin1_inside_nearest_and_far(provinces):
    syria = provinces.union_all()
    utm = "EPSG:32637"
    # a point 2 km outside the Iraqi border of Al-Hasakeh: takes the nearest governorate
    border = gpd.GeoSeries([syria.boundary], crs=4326).to_crs(utm).iloc[0]
    probe = gpd.GeoSeries([Point(42.2, 36.9)], crs=4326).to_crs(utm).iloc[0]  # in Iraq
    on_border = nearest_points(border, probe)[0]
    dx, dy = probe.x - on_border.x, probe.y - on_border.y
    norm = (dx * dx + dy * dy) ** 0.5
    outside = Point(on_border.x + 2000 * dx / norm, on_border.y + 2000 * dy / norm)
    outside_ll = gpd.GeoSeries([outside], crs=utm).to_crs(4326).iloc[0]
    assert not syria.contains(outside_ll)
    far = Point(44.36, 33.31)  # Baghdad
    points = gpd.GeoDataFrame(
        {"label": ["hasakah", "outside", "baghdad", "golan"]},
        geometry=[Point(40.7477, 36.5024), outside_ll, far, Point(35.77, 33.27)],
        crs="EPSG:4326",
        index=[10, 11, 12, 13],
    )
    out = geo.assign_admin1(points, provinces)
    assert list(out.index) == [10, 11, 12, 13]
    assert out.loc[10, "admin1_pcode"] == "SY08"
    assert out.loc[11, "admin1_pcode"] == "SY08"  # nearest polygon within 5 km
    assert out.loc[12, "admin1_pcode"] is None
    assert out.loc[12, "admin1"] is None
    assert out.loc[13, "admin1"] == "Quneitra"  # Majdal Shams: OCHA puts the Golan in Quneitra
    strict = geo.assign_admin1(points, provinces, max_distance_m=1000)
    assert strict.loc[11, "admin1_pcode"] is None


def test_assign_admin1_reprojects_points(provinces):
    pts = gpd.GeoDataFrame(geometry=[Point(39.0079, 35.9528)], crs=4326).to_crs(3857)
    out = geo.assign_admin1(pts, provinces)
    assert out["admin1_pcode"].tolist() == ["SY11"]
    assert out.crs.to_epsg() == 3857


def test_assign_admin1_validates_inputs(provinces):
    pts = gpd.GeoDataFrame(geometry=[Point(39, 36)])
    with pytest.raises(ValueError, match="no CRS"):
        geo.assign_admin1(pts, provinces)
    with pytest.raises(ValueError, match="lacks columns"):
        geo.assign_admin1(pts.set_crs(4326), provinces.drop(columns="admin1_pcode"))


def test_attribution_and_golan_policy():
    assert "CC BY 3.0 IGO" in geo.ATTRIBUTION["ocha"]
    assert "OCHA" in geo.ATTRIBUTION["ocha"]
    assert "Quneitra" in geo.GOLAN_POLICY and "Golan" in geo.GOLAN_POLICY
    assert geo.GOLAN_POLICY.count(".") == 1
