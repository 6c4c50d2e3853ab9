"""layers.query: pure filtering and the tables behind the dashboard (no Streamlit)."""

from __future__ import annotations

from datetime import date

import pytest

from layers.query import (
    Filters,
    article_text,
    comparison_table,
    control_table,
    counts,
    disagreement_table,
    filter_options,
    filter_sitrep,
    incident_table,
    unlocated_table,
)


def ids(s) -> list[str]:
    return sorted(s.incidents["incident_id"])


def test_no_filter_returns_everything(sitrep) -> None:
    out = filter_sitrep(sitrep, Filters())
    assert ids(out) == ["i1", "i2", "i3", "i4", "i5", "i6"]
    assert len(out.control) == 2


def test_filters_do_not_modify_input(sitrep) -> None:
    before = len(sitrep.incidents)
    out = filter_sitrep(sitrep, Filters(event_types=("Battles",)))
    assert len(sitrep.incidents) == before
    assert out is not sitrep
    assert type(out) is type(sitrep)


def test_date_range_overlap(sitrep) -> None:
    # i1 runs 20-26 Jan: a range 25-27 Jan overlaps it; i4 starts 28 Jan: out
    out = filter_sitrep(sitrep, Filters(date_from=date(2022, 1, 25), date_to=date(2022, 1, 27)))
    assert ids(out) == ["i1", "i6"]  # i6 is undated, kept by default
    out = filter_sitrep(
        sitrep,
        Filters(date_from=date(2022, 1, 25), date_to=date(2022, 1, 27), include_undated=False),
    )
    assert ids(out) == ["i1"]
    assert sorted(out.control["claim_id"]) == ["c1"]
    assert ids(filter_sitrep(sitrep, Filters(include_undated=False))) == [
        "i1", "i2", "i3", "i4", "i5",
    ]  # fmt: skip


def test_event_type_actor_outlet_claimant(sitrep) -> None:
    assert ids(filter_sitrep(sitrep, Filters(event_types=("Battles",)))) == ["i1", "i4"]
    assert ids(filter_sitrep(sitrep, Filters(actors=("Turkey/SNA",)))) == ["i4"]
    assert ids(filter_sitrep(sitrep, Filters(actors=("US-led coalition", "Turkey/SNA")))) == [
        "i3",
        "i4",
    ]
    out = filter_sitrep(sitrep, Filters(outlets=("Sputnik",)))
    assert ids(out) == ["i1", "i3", "i5", "i6"]
    assert set(out.reports["outlet"]) == {"Sputnik"}
    assert list(out.control["claim_id"]) == ["c2"]
    out = filter_sitrep(sitrep, Filters(claimants=("Syrian government",)))
    assert ids(out) == ["i5"]
    assert list(out.control["claim_id"]) == ["c2"]


def test_province_by_name_or_pcode(sitrep) -> None:
    out = filter_sitrep(sitrep, Filters(provinces=("Al-Hasakeh",)))
    assert ids(out) == ["i1", "i2"]
    assert list(out.control["claim_id"]) == ["c1"]
    assert ids(filter_sitrep(sitrep, Filters(provinces=("SY09",)))) == ["i3", "i5"]


def test_min_killed_uses_highest_source(sitrep) -> None:
    assert ids(filter_sitrep(sitrep, Filters(min_killed=7))) == ["i1", "i4", "i5"]
    assert ids(filter_sitrep(sitrep, Filters(min_killed=190))) == ["i1"]
    assert ids(filter_sitrep(sitrep, Filters(min_killed=1000))) == []


def test_only_disagree(sitrep) -> None:
    out = filter_sitrep(sitrep, Filters(only_disagree=True))
    assert ids(out) == ["i1", "i5"]
    assert set(out.reports["incident_id"]) == {"i1", "i5"}


def test_filters_combine(sitrep) -> None:
    out = filter_sitrep(sitrep, Filters(event_types=("Battles",), provinces=("Aleppo",)))
    assert ids(out) == ["i4"]


def test_filters_validate() -> None:
    with pytest.raises(ValueError, match="after"):
        Filters(date_from=date(2022, 2, 1), date_to=date(2022, 1, 1))
    with pytest.raises(ValueError, match="min_killed"):
        Filters(min_killed=-1)
    assert Filters(actors=["SDF", "IS", "SDF"]).actors == ("IS", "SDF")
    assert Filters(actors="SDF").actors == ("SDF",)
    assert Filters().key() == Filters().key()
    assert not Filters().active
    assert Filters(min_killed=1).active


def test_options(sitrep) -> None:
    opts = filter_options(sitrep)
    assert opts.date_min == date(2022, 1, 5)
    assert opts.date_max == date(2022, 1, 30)
    assert "Battles" in opts.event_types
    assert {"IS", "SDF", "Syrian government", "Turkey/SNA"} <= set(opts.actors)
    assert opts.outlets == ("AFP", "Sputnik")
    assert opts.provinces == ("Al-Hasakeh", "Aleppo", "Deir-ez-Zor")
    assert opts.max_killed == 200


def test_counts(sitrep) -> None:
    c = counts(filter_sitrep(sitrep, Filters(only_disagree=True)), total=sitrep)
    assert c["incidents"] == 2
    assert c["incidents_total"] == 6
    assert c["reports"] == 4
    assert c["claims"] == 2
    assert c["unlocated"] == 1
    assert c["disagree"] == 2
    assert counts(sitrep)["undated"] == 1


def test_disagreement_table_spread(sitrep) -> None:
    table = disagreement_table(sitrep)
    assert list(table["incident_id"]) == ["i1", "i5"]  # sorted by spread, largest first
    row = table.iloc[0]
    assert (row["category"], row["low"], row["high"], row["spread"]) == ("killed", 150, 200, 50)
    assert row["sources"] == 2
    assert "AFP/SOHR: 150" in row["by source"]
    assert "Sputnik/SDF: 200" in row["by source"]
    empty = disagreement_table(filter_sitrep(sitrep, Filters(event_types=("Protests",))))
    assert len(empty) == 0
    assert "spread" in empty.columns


def test_comparison_table_one_row_per_report(sitrep) -> None:
    inc = sitrep.incidents.set_index("incident_id").loc["i1"].to_dict()
    inc["incident_id"] = "i1"
    table = comparison_table(inc, sitrep.reports)
    assert list(table["outlet"]) == ["AFP", "Sputnik"]
    assert list(table["claimant"]) == ["SOHR", "SDF"]
    assert table.iloc[0]["figures"] == "150 killed"
    assert table.iloc[0]["published"] == "2022-01-21"
    # from the list column when no reports frame is given
    assert list(comparison_table(inc)["outlet"]) == ["AFP", "Sputnik"]


def test_display_tables(sitrep) -> None:
    t = incident_table(sitrep.incidents)
    assert len(t) == 6
    assert "geometry" not in t.columns
    assert t.loc[t["id"] == "i1", "actors"].item() == "IS, SDF"
    assert t.loc[t["id"] == "i6", "date"].item() == "undated"
    assert t.loc[t["id"] == "i1", "date"].item() == "2022-01-20 – 2022-01-26"
    c = control_table(sitrep.control)
    assert list(c["claim_id"]) == ["c1", "c2"]
    assert "geometry" not in c.columns
    u = unlocated_table(sitrep)
    assert list(u["title"]) == ["Title u1"]


def test_article_text(sitrep) -> None:
    assert article_text(sitrep, "a1") == ("Title a1", "Full text of a1: fighting at Ghwayran.")
    assert article_text(sitrep, "u1") == ("Title u1", "Nothing to locate.")
    assert article_text(sitrep, "nope") is None


@pytest.mark.parametrize("dtype", [object, "string[pyarrow]", "string[python]"])
def test_isin_and_scalar_filter_agree_with_plain_python(dtype) -> None:
    """The vectorised matches give what a per-row Python test gives, missing values included."""
    import pandas as pd

    from layers.query import _scalar_in, isin, rows_with

    values = ["Battles", None, "Riots", "Battles", "battles", ""]
    series = pd.Series(values, dtype=dtype, index=[10, 11, 12, 13, 14, 15])
    wanted = ["Battles", ""]
    expected = [v is not None and v in wanted for v in values]
    assert list(_scalar_in(series, wanted)) == expected
    assert list(_scalar_in(series, wanted).index) == [10, 11, 12, 13, 14, 15]
    assert list(isin(series, iter(["Riots", "nope"]))) == [v == "Riots" for v in values]
    frame = pd.DataFrame({"id": series, "n": range(6)})
    assert list(rows_with(frame, "id", {"Battles"})["n"]) == [0, 3]
    assert list(rows_with(frame, "id", [])["n"]) == []


def test_scalar_filter_on_numbers_and_missing_floats() -> None:
    import pandas as pd

    from layers.query import _scalar_in

    series = pd.Series([1, float("nan"), 2.5])
    assert list(_scalar_in(series, ["1.0", "2.5", "nan"])) == [True, False, True]
