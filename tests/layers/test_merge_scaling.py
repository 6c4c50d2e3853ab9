"""Merging many co-located reports (issue 16 item 9): the same clusters, linear work.

The fast merge indexes reports by place cell, week and type group and tests complete
linkage on cluster summaries. Here it is checked against the plain definition (every pair
scored, every member pair tested) on random small corpora, and its work is counted (the
DEBUG log says how many pairs it compared) on a large co-located one.
"""

from __future__ import annotations

import logging
import re
from datetime import date, timedelta
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.records import Figure
from geo.records import Place
from layers import merge_reports
from layers.merge import MAX_NEIGHBOURS, compatible, pair_score
from layers.records import Report

TOWNS = [
    Place("Raqqa", 35.95, 39.01, "SY", "Ar-Raqqa", "SY11", "town", "geonames:1"),
    Place("Tabqa", 35.84, 38.55, "SY", "Ar-Raqqa", "SY11", "town", "geonames:2"),
    Place("Raqqa east", 35.96, 39.05, "SY", "Ar-Raqqa", "SY11", "neighbourhood", "geonames:3"),
    Place("Ar-Raqqa", 35.9, 38.9, "SY", "Ar-Raqqa", "SY11", "admin1", "admin1:SY11"),
    Place("Idlib", 35.93, 36.63, "SY", "Idleb", "SY07", "town", "geonames:4"),
]
TYPES = [
    ("Battles", "Armed clash", "clashes"),
    ("Explosions/Remote violence", "Air/drone strike", "air strike"),
    ("Strategic developments", "Other", "prison break"),
    ("Strategic developments", "Other", "surrender"),
    ("Protests", "Peaceful protest", "protest"),
]
ACTORS = [(), ("SDF",), ("IS",), ("SDF", "IS"), ("Turkey/SNA",)]


def _report(n: int, article: int, town: int, day: int, span: int, kind: int, actors: int) -> Report:
    et, sub, label = TYPES[kind]
    start = date(2022, 1, 1) + timedelta(days=day)
    fig = Figure(
        number=n % 7 + 1, low=n % 7 + 1, high=n % 7 + 1, qualifier="", category="killed",
        party=None, claimant="SOHR", claimant_surface="SOHR", place=None, date=start,
        date_precision="day", date_end=None, quote="q",
    )  # fmt: skip
    place = TOWNS[town]
    return Report(
        report_id=f"r{n}", article_id=f"a{article}", title="", url=None, outlet="Outlet",
        agencies=(), claimants=("SOHR",), published=start + timedelta(days=1), figures=(fig,),
        quote="q", place=place, precision=place.precision, date_start=start,
        date_end=start + timedelta(days=span), date_precision="day" if span == 0 else "week",
        event_type=et, sub_event_type=sub, label=label, actors=ACTORS[actors],
    )  # fmt: skip


def _reference(reports: list[Report]) -> set[frozenset[str]]:
    """The merge as defined in layers.merge's docstring: all pairs, complete linkage."""
    located = sorted(
        reports,
        key=lambda r: (r.date_start or date.max, r.published or date.max, r.article_id,
                       r.report_id),
    )  # fmt: skip
    pairs = sorted(
        (-pair_score(located[j], located[i]), j, i)
        for j, i in combinations(range(len(located)), 2)
        if compatible(located[j], located[i])
    )
    members = {i: [i] for i in range(len(located))}
    owner = list(range(len(located)))
    for _s, a, b in pairs:
        ca, cb = owner[a], owner[b]
        if ca == cb:
            continue
        ma, mb = members[ca], members[cb]
        if {located[x].article_id for x in ma} & {located[y].article_id for y in mb}:
            continue
        if not all(compatible(located[x], located[y]) for x in ma for y in mb):
            continue
        members[ca].extend(members.pop(cb))
        for x in members[ca]:
            owner[x] = ca
    return {frozenset(located[i].report_id for i in ms) for ms in members.values()}


_ROW = st.tuples(
    st.integers(0, 5), st.integers(0, len(TOWNS) - 1), st.integers(0, 20),
    st.sampled_from([0, 0, 3]), st.integers(0, len(TYPES) - 1), st.integers(0, len(ACTORS) - 1),
)  # fmt: skip


@settings(max_examples=300, deadline=None, database=None)
@given(rows=st.lists(_ROW, max_size=MAX_NEIGHBOURS))
def test_item9_fast_merge_equals_the_definition(rows: list[tuple]) -> None:
    reports = [_report(n, *row) for n, row in enumerate(rows)]
    got = {frozenset(r.report_id for r in m.reports) for m in merge_reports(reports)}
    assert got == _reference(reports)


def test_item9_work_grows_linearly_with_co_located_reports(caplog) -> None:
    """Ten times the reports about the same towns and weeks: about ten times the pairs."""

    def compared(n: int) -> int:
        reports = [
            _report(k, k, k % 3, k % 30, 0, k % 2, k % 4)  # 3 towns, 30 days, one per article
            for k in range(n)
        ]
        caplog.clear()
        with caplog.at_level(logging.DEBUG, logger="layers.merge"):
            merged = merge_reports(reports)
        for m in merged[:50]:  # every incident is a valid cluster
            assert len({r.article_id for r in m.reports}) == len(m.reports)
            assert all(compatible(a, b) for a, b in combinations(m.reports, 2))
        assert sum(len(m.reports) for m in merged) == n
        m = re.search(r"(\d+) pair\(s\) compared", caplog.text)
        assert m, "the merge logs how many pairs it compared"
        return int(m.group(1))

    small, large = compared(600), compared(6000)
    assert large <= 12 * small  # all pairs would be 100x
    assert large <= 40 * MAX_NEIGHBOURS * 6000
