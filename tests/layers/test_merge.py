"""Merging reports into incidents: the seed prison attack, and what keeps events apart."""

from __future__ import annotations

import dataclasses
from datetime import date

from layers_seedlike import PRISON, afp_extraction, far_extraction, sputnik_extraction

from layers import merge_reports, reports_from_extraction
from layers.merge import compatible, report_value, tally


def test_prison_attack_from_two_articles_is_one_incident_with_both_reports():
    merged = merge_reports([sputnik_extraction(), afp_extraction(), far_extraction()])
    assert len(merged) == 2
    prison = next(m for m in merged if m.place.gazetteer_id == PRISON.gazetteer_id)
    assert {r.outlet for r in prison.reports} == {"Sputnik", "AFP"}
    assert {r.article_id for r in prison.reports} == {"a5c7e7062c862599", "06dbcd00bc08db20"}
    # the most precise place wins: the prison site, not the town centre AFP gave
    assert prison.precision == "site"
    # every report keeps its own figures
    by_outlet = {r.outlet: r for r in prison.reports}
    assert sorted(f.number for f in by_outlet["Sputnik"].figures if f.category == "killed") == [
        27,
        175,
    ]
    assert sorted(f.number for f in by_outlet["AFP"].figures if f.category == "killed") == [
        7,
        50,
        124,
        181,
    ]


def test_killed_low_best_high_and_disagreement():
    prison = merge_reports([sputnik_extraction(), afp_extraction()])[0]
    killed = prison.tally("killed")
    assert killed is not None
    # AFP/SOHR: 181 total; Sputnik/SDF: 175 IS + 27 SDF = 202 (no total stated, parts summed)
    assert (killed.low, killed.high) == (181, 202)
    # best = the most recent attributed figure: Sputnik's article is five days later
    assert killed.best == 202 and killed.best_article_id == "a5c7e7062c862599"
    assert killed.disagree and prison.disagree
    assert {v[2] for v in killed.values} == {181, 202}
    # a category only one source gives does not disagree
    released = prison.tally("released")
    assert released is not None and not released.disagree and released.best == 32


def test_report_value_prefers_total_over_parts():
    afp = reports_from_extraction(afp_extraction())[0]
    assert report_value(afp, "killed")[0] == 181
    assert report_value(afp, "missing") is None


def test_open_ended_figure_has_number_as_high():
    ex = sputnik_extraction()
    figures = (
        dataclasses.replace(ex.figures[0], number=3500, low=3500, high=None, qualifier="at least"),
    )
    inc = dataclasses.replace(ex.incidents[0], figures=(0,))
    r = reports_from_extraction(dataclasses.replace(ex, figures=figures, incidents=(inc,)))[0]
    value, low, high, _d, _attr = report_value(r, "killed")
    assert (value, low, high) == (3500, 3500, 3500)


def _shift(ex, *, days=0, lat=0.0, event_type=None, article_id=None, actors=None, label=None):
    inc = ex.incidents[0]
    place = dataclasses.replace(inc.place, lat=inc.place.lat + lat, gazetteer_id=f"test:{lat}")
    inc = dataclasses.replace(
        inc,
        place=place,
        date_start=date.fromordinal(inc.date_start.toordinal() + days),
        date_end=date.fromordinal(inc.date_end.toordinal() + days),
        event_type=event_type or inc.event_type,
        actors=inc.actors if actors is None else actors,
        label=label or inc.label,
    )
    art = ex.article if article_id is None else dataclasses.replace(ex.article, id=article_id)
    return dataclasses.replace(ex, article=art, incidents=(inc,))


def test_far_apart_or_other_time_or_other_type_stay_apart():
    a = reports_from_extraction(afp_extraction())[0]
    near = reports_from_extraction(_shift(sputnik_extraction(), lat=0.03))[0]  # ~3.3 km
    far = reports_from_extraction(_shift(sputnik_extraction(), lat=0.2))[0]  # ~22 km
    later = reports_from_extraction(_shift(sputnik_extraction(), days=30))[0]
    protest = reports_from_extraction(_shift(sputnik_extraction(), event_type="Protests"))[0]
    others = reports_from_extraction(_shift(sputnik_extraction(), actors=("Turkey/SNA",)))[0]
    assert compatible(a, near)
    assert not compatible(a, far)
    assert not compatible(a, later)
    assert not compatible(a, protest)
    assert not compatible(a, others)


def test_two_reports_of_one_article_are_never_merged():
    ex = sputnik_extraction()
    second = dataclasses.replace(ex.incidents[0], id=f"{ex.article.id}-2")
    ex = dataclasses.replace(ex, incidents=(ex.incidents[0], second))
    assert len(merge_reports([ex])) == 2


def test_province_level_report_merges_only_by_province_and_label():
    far = far_extraction()
    same = _shift(far, article_id="eeee000011112222")
    same = dataclasses.replace(
        same, incidents=(dataclasses.replace(same.incidents[0], place=far.incidents[0].place),)
    )
    other_label = dataclasses.replace(
        same,
        article=dataclasses.replace(same.article, id="dddd000011112222"),
        incidents=(dataclasses.replace(same.incidents[0], label="air strike"),),
    )
    merged = merge_reports([far, same, other_label])
    assert sorted(len(m.reports) for m in merged) == [1, 2]


def test_complete_linkage_does_not_chain():
    base = sputnik_extraction()
    a = _shift(base, lat=0.0, article_id="a" * 16)
    b = _shift(base, lat=0.04, article_id="b" * 16)  # 4.4 km from a
    c = _shift(base, lat=0.08, article_id="c" * 16)  # 4.4 km from b, 8.9 km from a
    merged = merge_reports([a, b, c])
    assert sorted(len(m.reports) for m in merged) == [1, 2]


def test_ids_are_stable_and_unlocated_reports_skipped():
    ex = afp_extraction()
    unlocated = dataclasses.replace(ex.incidents[0], id="x-1", place=None)
    ex2 = dataclasses.replace(ex, incidents=(ex.incidents[0], unlocated))
    first = merge_reports([sputnik_extraction(), ex2])
    again = merge_reports([ex2, sputnik_extraction()])
    assert [m.id for m in first] == [m.id for m in again]
    assert sum(len(m.reports) for m in first) == 2


def test_best_pair_first_clashes_meet_clashes():
    """An article's "prison break" must not take the other article's "clashes" from its own."""
    ex = sputnik_extraction()
    clashes = ex.incidents[0]
    prison_break = dataclasses.replace(
        clashes,
        id=f"{ex.article.id}-0",
        event_type="Battles",
        sub_event_type="Attack",
        label="prison break",
        date_start=date(2022, 1, 11),
        figures=(2,),
    )
    ex = dataclasses.replace(ex, incidents=(prison_break, clashes))
    afp = afp_extraction()
    afp = dataclasses.replace(
        afp, incidents=(dataclasses.replace(afp.incidents[0], label="prison attack"),)
    )
    merged = merge_reports([ex, afp])
    both = [m for m in merged if len(m.reports) == 2]
    assert len(both) == 1
    assert {r.report_id for r in both[0].reports} == {clashes.id, afp.incidents[0].id}


def test_best_prefers_later_figure_then_named_claimant_then_smaller_article_id():
    a = reports_from_extraction(afp_extraction())[0]
    same_day = dataclasses.replace(a, published=a.published)
    b = dataclasses.replace(
        same_day,
        article_id="00000000000000aa",
        report_id="00000000000000aa-1",
        outlet="AFP",
        figures=tuple(
            dataclasses.replace(f, number=f.number + 1, claimant="AFP") for f in a.figures
        ),
    )
    t = tally([a, b], "killed")
    # same dates: the figure attributed to SOHR beats the one attributed only to the outlet
    assert t.best == 181 and t.best_article_id == a.article_id
    c = dataclasses.replace(b, figures=a.figures[:1], article_id="0000000000000001")
    t2 = tally([a, c], "killed")
    assert t2.best_article_id == "0000000000000001"  # full tie: the smaller article id
