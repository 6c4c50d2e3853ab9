"""build_sitrep and build_map options: progress, no boundaries, online tiles, vague claims."""

from __future__ import annotations

import dataclasses

import pyogrio
from layers_seedlike import sputnik_extraction

import layers
from geo.records import Place
from layers.export import assert_self_contained


def test_progress_callback_counts_articles(seeds_dir):
    calls = []
    sitrep = layers.build_sitrep(
        [seeds_dir], progress=lambda d, t, label: calls.append((d, t, label))
    )
    assert (2, 2, "extracting") in calls
    assert calls[-1][0] == calls[-1][1] == 2
    assert len(sitrep.extractions) == 2 and sitrep.problems == []


def test_without_boundaries_everything_still_builds(extractions, tmp_path):
    sitrep = layers.sitrep_from_extractions(extractions, warnings=["boundaries unavailable"])
    assert sitrep.provinces is None
    # a province-level claim without polygons is drawn at the province's point
    us = sitrep.control[sitrep.control["actor"] == "US-led coalition"]
    assert set(us.geometry.geom_type) == {"Point"}
    paths = layers.write_outputs(sitrep, tmp_path)
    assert len(pyogrio.read_dataframe(paths["gpkg"], layer="provinces")) == 0
    page = paths["map"].read_text(encoding="utf-8")
    assert "boundaries unavailable" in page and "CC BY 3.0 IGO" in page


def test_online_tiles_are_optional_and_not_page_assets(sitrep):
    page = layers.map_html(sitrep, tiles=True)
    assert "tile.openstreetmap.org" in page
    assert "Countries (Natural Earth)" in page  # the offline base stays
    assert_self_contained(page)
    assert "tile.openstreetmap.org" not in layers.map_html(sitrep)


def test_country_wide_claims_are_listed_not_painted(provinces):
    ex = sputnik_extraction()
    syria = Place(
        name="Syria", lat=35.0, lon=38.5, country="SY", admin1=None, admin1_pcode=None,
        precision="country", gazetteer_id="country:SY",
    )  # fmt: skip
    claim = dataclasses.replace(
        ex.control_claims[0], place="Syria", place_ref=syria, status="disputed",
        claimant="Syrian government",
    )  # fmt: skip
    sitrep = layers.sitrep_from_extractions(
        [dataclasses.replace(ex, control_claims=(claim,))], provinces=provinces
    )
    assert sitrep.control.geometry.isna().all()
    page = layers.map_html(sitrep)
    assert "Claims too vague to draw" in page
    assert "US-led coalition: Syria (disputed, partial, disputed by Syrian government)" in page
    fc = layers.to_geojson(sitrep.control)
    assert fc["features"][0]["geometry"] is None


def test_jinja_delimiters_in_article_text_are_not_evaluated(provinces):
    ex = sputnik_extraction(title="{{ 7*7 }} {% raw %}", quote="{# not a comment #} {{ 6*7 }}")
    page = layers.map_html(layers.sitrep_from_extractions([ex], provinces=provinces))
    assert "\\u007b{ 6*7 }}" in page


def test_unlocated_articles_and_problems_are_named_in_the_legend(extractions, provinces):
    from corpus.records import ReadProblem

    ex = extractions[0]
    lost = dataclasses.replace(
        ex,
        article=dataclasses.replace(ex.article, id="0" * 16, title="Nowhere <b>to</b> be found"),
        incidents=(),
        control_claims=(),
    )
    sitrep = layers.sitrep_from_extractions(
        [*extractions, lost],
        provinces=provinces,
        problems=[ReadProblem(path="bad.pdf", message="not a supported format")],
    )
    assert [a.id for a in sitrep.unlocated] == ["0" * 16]
    from layers.render import legend_html

    legend = legend_html(sitrep, [])
    assert "nothing locatable: Nowhere &lt;b&gt;to&lt;/b&gt; be found (Sputnik)" in legend
    assert "not read: bad.pdf: not a supported format" in legend
    assert "<b>to</b>" not in legend


def test_the_map_is_fitted_to_its_data_at_once(sitrep):
    """No zoom animation from the first view to the data: the markers are drawn once, at
    the right view, instead of twice (before and after a quarter-second animation)."""
    page = layers.map_html(sitrep)
    ours = page.rsplit(".fitBounds(", 1)[1].split(");", 1)[0]  # the last: the map's own
    assert ours.lstrip().startswith("[[") and '"animate": false' in ours
