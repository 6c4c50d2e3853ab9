"""Merge reports from different articles into incidents, keeping every report.

Rules (documented here once; tests in ``tests/layers/test_merge.py``):

* **Place.** Two located reports can be the same event when their points lie within
  :data:`MERGE_DISTANCE_KM` of each other (the larger radius of the two precisions: a
  prison and the centre of the town it stands in are ~3 km apart) or name the same
  gazetteer record. A report located only to a province or a country (``admin1`` /
  ``country`` precision) merges only with reports in the same province (P-code, else name)
  whose label is the same: a vague report is never glued onto an exact one by distance.
* **Time.** Date windows must overlap once each is widened by its precision
  (:data:`DATE_SLACK_DAYS`). A report whose article gives no date gets the window
  ``[published - 7 days, published]``: news reports on the past week.
* **Type.** Event types must be compatible: battles, explosions/remote violence and
  violence against civilians go together (one outlet's air strike is another's clashes),
  protests and riots go together; a strategic development (a release, a surrender, a prison
  break, a transfer of territory) merges only with a strategic development of the same
  label. When both reports name actors, they must share at least one.
* **Articles.** Two reports from the same article are never merged: when the extractor
  split an article into two incidents, they are two incidents.
* **Linkage.** Best pairs first, complete linkage: every compatible pair of reports is
  scored (:func:`pair_score`: same label, same type and sub-type, same gazetteer record,
  nearer, more overlap in time), and clusters are joined from the best pair down, only
  when every report of one is compatible with every report of the other and no article
  would appear twice. So an article's "clashes" meets another's "clashes" before its
  "prison break" can claim it, and chains (A~B, B~C, A!~C) never glue distant events.
* **Neighbours only.** Candidate pairs come from an index of (place cell of 0.1 degree,
  week, type group): a report is scored against at most :data:`MAX_NEIGHBOURS` reports
  filed before it in each bucket it looks in (the latest in time order). In a town and
  week with more reports than that, the later ones meet it as they are filed, so clusters
  still form. Each report keeps its :data:`MAX_PAIRS` best-scored pairs. The work stays
  near-linear in the number of reports (10x the reports about the same towns costs ~12x,
  see ``benchmarks/bench_merge_colocated.py``). The complete-linkage
  test of two clusters compares their summaries (articles, distinct place-and-actor
  signatures, the intersection of their widened date windows), not every pair of members.

Per category of figure, each report gives one value: its total (a figure with no party and
no ``part_of``), else the sum of its per-party figures (one per party). Across reports the
:class:`~layers.records.Tally` keeps ``low`` = the smallest lower bound, ``high`` = the
largest upper bound (the number itself when open-ended), and ``best`` = the value of the
**most recent attributed figure**: the report whose figure refers to the latest date (the
figure's ``date_end`` or ``date``, else the article's published date), ties going to the
later published article, then to a figure attributed to a named claimant rather than to
the outlet, then to the smaller article id. Nothing is averaged. A **running total**
(``Figure.cumulative``: "the toll rose to 373") wins: a report that gives one gives its
latest (by ``period_end``), and when any report does, ``best`` is the latest running total,
never a later day's partial count.
"""

from __future__ import annotations

import hashlib
import heapq
import logging
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from corpus.records import Extraction, Figure
from geo.records import PRECISION_ORDER
from layers.records import MergedIncident, Report, Tally

__all__ = [
    "DATE_SLACK_DAYS",
    "MERGE_DISTANCE_KM",
    "compatible",
    "merge_reports",
    "pair_score",
    "report_value",
    "reports_from_extraction",
    "tally",
]

logger = logging.getLogger(__name__)

#: Largest distance between two report points that may describe the same event, by precision.
MERGE_DISTANCE_KM: dict[str, float] = {
    "site": 5.0,
    "neighbourhood": 5.0,
    "town": 10.0,
    "district": 25.0,
}
#: Coarse precisions: merged by province and label, never by distance.
COARSE_PRECISIONS = frozenset({"admin1", "country"})
#: How far a date window is widened on each side, by date precision (None: unknown).
DATE_SLACK_DAYS: dict[str | None, int] = {"day": 1, "week": 7, "month": 31, "year": 366, None: 1}
#: Window given to a report whose article states no date: the week before publication.
UNDATED_LOOKBACK_DAYS = 7

_TYPE_GROUP: dict[str, str] = {
    "Battles": "violence",
    "Explosions/Remote violence": "violence",
    "Violence against civilians": "violence",
    "Strategic developments": "strategic",
    "Protests": "demonstrations",
    "Riots": "demonstrations",
}


def reports_from_extraction(ex: Extraction) -> list[Report]:
    """Turn each incident an article reports into a :class:`Report` with its custody.

    Parameters
    ----------
    ex
        Everything read from one article.

    Returns
    -------
    list of Report
        One per ``ex.incidents``, in order (including those with no place).
    """
    art = ex.article
    out: list[Report] = []
    for inc in ex.incidents:
        figs = tuple(ex.figures[i] for i in inc.figures if 0 <= i < len(ex.figures))
        claimants = tuple(dict.fromkeys(f.claimant for f in figs if f.claimant))
        if not claimants and art.outlet:
            claimants = (art.outlet,)
        place = inc.place
        out.append(
            Report(
                report_id=inc.id,
                article_id=art.id,
                title=art.title,
                url=art.url,
                outlet=art.outlet,
                agencies=tuple(art.agencies),
                claimants=claimants,
                published=art.published,
                figures=figs,
                quote=inc.quote,
                place=place,
                precision=place.precision if place is not None else None,
                date_start=inc.date_start,
                date_end=inc.date_end,
                date_precision=inc.date_precision,
                event_type=inc.event_type,
                sub_event_type=inc.sub_event_type,
                label=inc.label,
                actors=tuple(inc.actors),
            )
        )
    return out


def _window(r: Report) -> tuple[date, date] | None:
    """Return the report's date window (no slack), or None when undated and unpublished."""
    start = r.date_start or r.date_end
    end = r.date_end or r.date_start
    if start is None or end is None:
        if r.published is None:
            return None
        return r.published - timedelta(days=UNDATED_LOOKBACK_DAYS), r.published
    return (start, end) if start <= end else (end, start)


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _same_place(a: Report, b: Report) -> bool:
    pa, pb = a.place, b.place
    if pa is None or pb is None:
        return False
    if a.precision in COARSE_PRECISIONS or b.precision in COARSE_PRECISIONS:
        key_a = pa.admin1_pcode or pa.admin1 or pa.name
        key_b = pb.admin1_pcode or pb.admin1 or pb.name
        return key_a == key_b and a.label == b.label
    if pa.gazetteer_id and pa.gazetteer_id == pb.gazetteer_id:
        return True
    limit = max(
        MERGE_DISTANCE_KM.get(a.precision or "", 5.0), MERGE_DISTANCE_KM.get(b.precision or "", 5.0)
    )
    return _haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) <= limit


def _windows_overlap(a: Report, b: Report) -> bool:
    wa, wb = _window(a), _window(b)
    if wa is None or wb is None:
        return True  # nothing says they differ in time; place and type still have to match
    slack_a = timedelta(days=DATE_SLACK_DAYS.get(a.date_precision, 1))
    slack_b = timedelta(days=DATE_SLACK_DAYS.get(b.date_precision, 1))
    return wa[0] - slack_a <= wb[1] + slack_b and wb[0] - slack_b <= wa[1] + slack_a


def compatible(a: Report, b: Report) -> bool:
    """Whether two reports may describe the same event (see the module docstring).

    Parameters
    ----------
    a, b
        Two located reports.

    Returns
    -------
    bool
    """
    if a.article_id == b.article_id:
        return False
    ga, gb = (
        _TYPE_GROUP.get(a.event_type, a.event_type),
        _TYPE_GROUP.get(b.event_type, b.event_type),
    )
    if ga != gb:
        return False
    if ga == "strategic" and a.label != b.label:
        return False
    if a.actors and b.actors and not set(a.actors) & set(b.actors):
        return False
    return _same_place(a, b) and _windows_overlap(a, b)


def pair_score(a: Report, b: Report) -> float:
    """How alike two compatible reports are (higher merges first).

    Same label 4, same event type 2, same sub-type 1, same gazetteer record 2, minus the
    distance in tens of km, plus the share of the shorter window the two windows share.
    """
    score = 4.0 * (a.label == b.label) + 2.0 * (a.event_type == b.event_type)
    score += 1.0 * (a.sub_event_type == b.sub_event_type)
    pa, pb = a.place, b.place
    if pa is not None and pb is not None:
        score += 2.0 * (bool(pa.gazetteer_id) and pa.gazetteer_id == pb.gazetteer_id)
        score -= _haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) / 10.0
    wa, wb = _window(a), _window(b)
    if wa is not None and wb is not None:
        shared = (min(wa[1], wb[1]) - max(wa[0], wb[0])).days + 1
        shortest = min((wa[1] - wa[0]).days, (wb[1] - wb[0]).days) + 1
        score += max(0.0, shared / shortest)
    return score


def _figure_date(f: Figure) -> date | None:
    return f.date_end or f.date


def report_value(r: Report, category: str) -> tuple[int, int, int, date | None, bool] | None:
    """One report's value for one category of figure.

    Parameters
    ----------
    r
        The report.
    category
        The category ("killed", ...).

    Returns
    -------
    tuple or None
        ``(value, low, high, date, attributed)``: the report's total when it states one (a
        figure with no party and no ``part_of``; the latest-dated, then largest, when it
        states several), else the sum over parties of its top-level per-party figures (the
        latest-dated one per party); ``attributed`` is False when every figure used is
        attributed only to the outlet. None when the report gives no such figure.
    """
    figs = [f for f in r.figures if f.category == category]
    if not figs:
        return None
    # part_of indexes Extraction.figures; a part is "inside a total" only when that total
    # is one of this report's figures with the same category. We cannot map indices here,
    # so a figure with part_of set counts as a part whenever the report also has a total.
    top = [f for f in figs if f.part_of is None]
    totals = [f for f in top if f.party is None]
    if totals:
        chosen = [max(totals, key=lambda f: (_figure_date(f) or date.min, f.number))]
    else:
        by_party: dict[str | None, Figure] = {}
        pool = top or figs  # only parts given: sum them
        for f in pool:
            cur = by_party.get(f.party)
            if cur is None or (_figure_date(f) or date.min, f.number) > (
                _figure_date(cur) or date.min,
                cur.number,
            ):
                by_party[f.party] = f
        chosen = list(by_party.values())
    value = sum(f.number for f in chosen)
    low = sum(f.low for f in chosen)
    high = sum(f.high if f.high is not None else max(f.number, f.low) for f in chosen)
    dates = [d for d in (_figure_date(f) for f in chosen) if d is not None]
    attributed = any(f.claimant and f.claimant != r.outlet for f in chosen)
    return value, min(low, value), max(high, value), (max(dates) if dates else None), attributed


def tally(reports: Sequence[Report], category: str) -> Tally | None:
    """Low / best / high of ``category`` across ``reports`` (rules in the module docstring).

    Parameters
    ----------
    reports
        The reports of one incident.
    category
        The category of figure.

    Returns
    -------
    Tally or None
        None when no report gives this category.
    """
    rows: list[tuple[Report, int, int, int, date | None, bool]] = []
    cumulative: set[int] = set()  # indices of the rows whose value is a running total
    for r in reports:
        v = report_value(r, category)
        if v is None:
            continue
        # a report that gives a running total ("the toll rose to 373") gives its latest one,
        # not a later day's partial count it also tells of
        totals = [
            f
            for f in r.figures
            if f.category == category and f.cumulative and f.party is None and f.part_of is None
        ]
        if totals:
            f = max(totals, key=lambda f: (f.period_end or f.date or date.min, f.number))
            high = f.high if f.high is not None else max(f.number, f.low)
            attributed = bool(f.claimant and f.claimant != r.outlet)
            v = (f.number, f.low, high, f.period_end or f.date, attributed)
            cumulative.add(len(rows))
        rows.append((r, *v))
    if not rows:
        return None
    lows = [row[2] for row in rows]
    highs = [row[3] for row in rows]

    def recency(row: tuple) -> tuple:
        r, _value, _low, _high, d, attributed = row
        return (d or r.published or date.min, r.published or date.min, attributed)

    # the latest running total when some report gives one (a later day's partial count
    # never replaces it), else the most recent figure; max() keeps the first of equals:
    # visiting by article id makes the smaller id win ties
    pool = [row for k, row in enumerate(rows) if k in cumulative] or rows
    best_row = max(sorted(pool, key=lambda row: row[0].article_id), key=recency)
    values = tuple(
        (r.article_id, r.claimants[0] if r.claimants else (r.outlet or ""), value)
        for r, value, *_ in rows
    )
    return Tally(
        category=category,
        low=min(lows),
        best=best_row[1],
        high=max(highs),
        best_article_id=best_row[0].article_id,
        values=values,
        disagree=len({v[2] for v in values}) > 1,
    )


def _province_key(r: Report) -> tuple:
    p = r.place
    assert p is not None
    return ("province", p.admin1_pcode or p.admin1 or p.name, r.label)


def _span(r: Report) -> int:
    """Grid cells (0.1 degree, ~11 km) the report's merge radius spans around its own."""
    return 3 if r.precision == "district" else 1  # 25 km spans up to 3 cells


def _cells(r: Report) -> list[tuple]:
    """Index keys a report is filed under (its cells, its province and label, its record)."""
    p = r.place
    assert p is not None
    if r.precision in COARSE_PRECISIONS:
        return [_province_key(r), ("coarse", *_province_key(r)[1:])]
    same_record = [("record", p.gazetteer_id)] if p.gazetteer_id else []
    i, j = math.floor(p.lat * 10), math.floor(p.lon * 10)
    span = _span(r) - 1  # file wide radii wide, so a narrow lookup still meets them
    near = [
        ("pt", i + di, j + dj) for di in range(-span, span + 1) for dj in range(-span, span + 1)
    ]
    return [*near, _province_key(r), *same_record]


def _candidate_cells(r: Report) -> list[tuple]:
    """Index keys where reports ``r`` may merge with are filed."""
    p = r.place
    assert p is not None
    if r.precision in COARSE_PRECISIONS:
        return [_province_key(r)]
    same_record = [("record", p.gazetteer_id)] if p.gazetteer_id else []
    i, j = math.floor(p.lat * 10), math.floor(p.lon * 10)
    near = [("pt", i + di, j + dj) for di in (-1, 0, 1) for dj in (-1, 0, 1)]
    return [*near, ("coarse", *_province_key(r)[1:]), *same_record]


_LONG_WEEKS = 60
#: Best-scored compatible pairs kept per report (its links to earlier reports). A report
#: that could join more than this many earlier ones keeps its best; the clusters they
#: belong to still meet through them.
MAX_PAIRS = 16
#: Reports a new report is scored against in each index bucket (the latest filed there).
#: On 10,000 reports about 15 towns in one month (the densest case) 16 gives within 6 % of
#: the all-pairs incident count; on smaller buckets it is the all-pairs merge exactly.
MAX_NEIGHBOURS = 16


def _weeks(r: Report) -> list[object]:
    """Week numbers the report's widened window touches (the index's time buckets)."""
    w = _window(r)
    if w is None:
        return ["undated"]
    slack = DATE_SLACK_DAYS.get(r.date_precision, 1)
    first = (w[0].toordinal() - slack) // 7
    last = (w[1].toordinal() + slack) // 7
    if last - first > _LONG_WEEKS:
        return ["long"]
    return list(range(first, last + 1))


def _sort_key(r: Report) -> tuple:
    w = _window(r)
    return (w[0] if w else date.max, r.published or date.max, r.article_id, r.report_id)


def _kind(r: Report) -> tuple[str, str | None]:
    """Return what must be equal for two reports to merge: type group (and strategic label)."""
    group = _TYPE_GROUP.get(r.event_type, r.event_type)
    return group, (r.label if group == "strategic" else None)


def _signature(r: Report) -> tuple:
    """Everything :func:`_same_place` and the actor test read, besides time and article.

    The label is part of it: a coarse report matches another report by province *and*
    label, whichever of the two is the coarse one.
    """
    p = r.place
    assert p is not None
    return (
        p.gazetteer_id, p.lat, p.lon, p.admin1_pcode, p.admin1, p.name, r.precision, r.label,
        frozenset(r.actors),
    )  # fmt: skip


class _Reports:
    """The located reports with what the merge reads of each, computed once.

    ``compatible(i, j)`` and ``score(i, j)`` equal :func:`compatible` and :func:`pair_score`
    of the two reports; place tests are memoised per pair of signatures (a corpus about 15
    towns has few), windows are day numbers.
    """

    def __init__(self, located: list[Report]) -> None:
        self.reports = located
        self.kind = [_kind(r) for r in located]
        self.article = [r.article_id for r in located]
        sig_ids: dict[tuple, int] = {}
        self.sig: list[int] = []
        self.sig_report: list[Report] = []
        self.window: list[tuple[int, int] | None] = []
        self.widened: list[tuple[int, int] | None] = []
        for r in located:
            key = _signature(r)
            if key not in sig_ids:
                sig_ids[key] = len(self.sig_report)
                self.sig_report.append(r)
            self.sig.append(sig_ids[key])
            w = _window(r)
            if w is None:
                self.window.append(None)
                self.widened.append(None)
            else:
                slack = DATE_SLACK_DAYS.get(r.date_precision, 1)
                a, b = w[0].toordinal(), w[1].toordinal()
                self.window.append((a, b))
                self.widened.append((a - slack, b + slack))
        self._place_ok: dict[tuple[int, int], bool] = {}
        self._place_score: dict[tuple[int, int], float] = {}

    def sig_compatible(self, sa: int, sb: int) -> bool:
        """Place and actors of two signatures allow a merge (memoised)."""
        key = (sa, sb) if sa <= sb else (sb, sa)
        ok = self._place_ok.get(key)
        if ok is None:
            a, b = self.sig_report[sa], self.sig_report[sb]
            ok = not (a.actors and b.actors and not set(a.actors) & set(b.actors))
            ok = ok and _same_place(a, b)
            self._place_ok[key] = ok
        return ok

    def compatible(self, i: int, j: int) -> bool:
        """Return ``compatible(reports[i], reports[j])``, from the precomputed fields."""
        if self.article[i] == self.article[j] or self.kind[i] != self.kind[j]:
            return False
        wa, wb = self.widened[i], self.widened[j]
        if wa is not None and wb is not None and (wa[0] > wb[1] or wb[0] > wa[1]):
            return False
        return self.sig_compatible(self.sig[i], self.sig[j])

    def score(self, i: int, j: int) -> float:
        """Return ``pair_score(reports[i], reports[j])``, from the precomputed fields."""
        a, b = self.reports[i], self.reports[j]
        score = 4.0 * (a.label == b.label) + 2.0 * (a.event_type == b.event_type)
        score += 1.0 * (a.sub_event_type == b.sub_event_type)
        sa, sb = self.sig[i], self.sig[j]
        key = (sa, sb) if sa <= sb else (sb, sa)
        place = self._place_score.get(key)
        if place is None:
            pa, pb = a.place, b.place
            assert pa is not None and pb is not None
            place = 2.0 * (bool(pa.gazetteer_id) and pa.gazetteer_id == pb.gazetteer_id)
            place -= _haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) / 10.0
            self._place_score[key] = place
        score += place
        wa, wb = self.window[i], self.window[j]
        if wa is not None and wb is not None:
            shared = min(wa[1], wb[1]) - max(wa[0], wb[0]) + 1
            shortest = min(wa[1] - wa[0], wb[1] - wb[0]) + 1
            score += max(0.0, shared / shortest)
        return score


class _Cluster:
    """A cluster's summary: enough to test complete linkage without visiting member pairs.

    Every pair of members is compatible, so they share one kind; their widened windows
    pairwise overlap, so (intervals on a line) all contain the interval ``span``, and a new
    member overlaps every one of them exactly when it overlaps that interval.
    """

    __slots__ = ("articles", "kind", "members", "sigs", "span")

    def __init__(self, reports: _Reports, i: int) -> None:
        self.members = [i]
        self.articles = {reports.article[i]}
        self.sigs = {reports.sig[i]}
        self.kind = reports.kind[i]
        #: ``[lo, hi]``: the day numbers every dated member's widened window contains.
        self.span: tuple[int, int] | None = reports.widened[i]

    def accepts(self, other: _Cluster, reports: _Reports) -> bool:
        """Whether every member of ``other`` is compatible with every member of this one."""
        if self.kind != other.kind:
            return False
        small, large = sorted((self.articles, other.articles), key=len)
        if not small.isdisjoint(large):
            return False
        a, b = self.span, other.span
        if a is not None and b is not None and (a[0] > b[1] or b[0] > a[1]):
            return False
        return all(reports.sig_compatible(a, b) for a in self.sigs for b in other.sigs)

    def absorb(self, other: _Cluster) -> None:
        """Take ``other``'s members (the caller keeps the larger cluster)."""
        self.members.extend(other.members)
        self.articles |= other.articles
        self.sigs |= other.sigs
        a, b = self.span, other.span
        if b is not None:
            self.span = b if a is None else (max(a[0], b[0]), min(a[1], b[1]))


def _candidate_pairs(reports: _Reports) -> list[tuple[float, int, int]]:
    """Return scored compatible pairs ``(-score, j, i)`` of each report and its neighbours.

    Each report keeps its :data:`MAX_PAIRS` best pairs (ties: the earlier report).
    """
    located = reports.reports
    index: dict[tuple, list[int]] = defaultdict(list)
    by_cell: dict[tuple, list[int]] = defaultdict(list)
    pairs: list[tuple[float, int, int]] = []
    compared = 0
    score = reports.score
    article, widened, sig = reports.article, reports.widened, reports.sig
    sig_compatible = reports.sig_compatible
    for i, r in enumerate(located):
        weeks = _weeks(r)
        kind = reports.kind[i]  # every bucket looked in holds this kind only
        art_i, wi, sig_i = article[i], widened[i], sig[i]
        timeless = weeks[0] in ("undated", "long")
        seen: set[int] = set()
        found: list[tuple[float, int]] = []
        for cell in _candidate_cells(r):
            buckets = (
                [by_cell.get((cell, kind), ())]
                if timeless
                else [index.get((cell, w, kind), ()) for w in (*weeks, "undated", "long")]
            )
            for bucket in buckets:
                for j in bucket[-MAX_NEIGHBOURS:]:
                    if j in seen:
                        continue
                    seen.add(j)
                    # reports.compatible(j, i), inlined: this loop is the merge's hot path
                    if article[j] == art_i:
                        continue
                    wj = widened[j]
                    if wi is not None and wj is not None and (wj[0] > wi[1] or wi[0] > wj[1]):
                        continue
                    if sig_compatible(sig[j], sig_i):
                        found.append((-score(j, i), j))
        compared += len(seen)
        if len(found) > MAX_PAIRS:
            found = heapq.nsmallest(MAX_PAIRS, found)
        pairs.extend((s, j, i) for s, j in found)
        for cell in _cells(r):
            by_cell[(cell, kind)].append(i)
            for week in weeks:
                index[(cell, week, kind)].append(i)
    logger.debug("%s located report(s): %s pair(s) compared", len(located), compared)
    return pairs


def _build(cluster: list[Report]) -> MergedIncident:
    reports = tuple(
        sorted(cluster, key=lambda r: (r.published or date.min, r.article_id, r.report_id))
    )
    rank = {p: i for i, p in enumerate(PRECISION_ORDER)}
    most_precise = min(
        reports, key=lambda r: (rank.get(r.precision or "country", 99), r.published or date.max)
    )
    assert most_precise.place is not None
    windows = [w for w in (_window(r) for r in reports) if w is not None]

    def mode(values: list[str], fallback: str) -> str:
        counts = Counter(v for v in values if v)
        if not counts:
            return fallback
        top = max(counts.values())
        winners = [v for v, c in counts.items() if c == top]
        return fallback if fallback in winners else winners[0]

    event_type = mode([r.event_type for r in reports], most_precise.event_type)
    same_type = [r for r in reports if r.event_type == event_type]
    sub = mode([r.sub_event_type for r in same_type], most_precise.sub_event_type)
    label = mode([r.label for r in same_type], most_precise.label)
    categories = list(dict.fromkeys(f.category for r in reports for f in r.figures))
    tallies = tuple(t for t in (tally(reports, c) for c in categories) if t is not None)
    digest = hashlib.sha1(
        "|".join(sorted(r.report_id for r in reports)).encode(), usedforsecurity=False
    ).hexdigest()
    return MergedIncident(
        id=f"inc-{digest[:12]}",
        reports=reports,
        place=most_precise.place,
        precision=most_precise.precision or most_precise.place.precision,
        date_start=min(w[0] for w in windows) if windows else None,
        date_end=max(w[1] for w in windows) if windows else None,
        event_type=event_type,
        sub_event_type=sub,
        label=label,
        actors=tuple(dict.fromkeys(a for r in reports for a in r.actors)),
        tallies=tallies,
        disagree=any(t.disagree for t in tallies),
    )


def merge_reports(extractions: Iterable[Extraction] | Iterable[Report]) -> list[MergedIncident]:
    """Merge the located reports of many articles into incidents.

    Parameters
    ----------
    extractions
        ``corpus.Extraction`` records (their incidents become reports), or reports already
        made with :func:`reports_from_extraction`. Reports with no place are skipped.

    Returns
    -------
    list of MergedIncident
        Sorted by start date then id; each keeps every report it was made from.

    Examples
    --------
    >>> merge_reports([])
    []
    """
    reports: list[Report] = []
    for item in extractions:
        if isinstance(item, Report):
            reports.append(item)
        else:
            reports.extend(reports_from_extraction(item))
    located = sorted((r for r in reports if r.place is not None), key=_sort_key)
    skipped = len(reports) - len(located)
    if skipped:
        logger.info("%s report(s) have no place and are not mapped", skipped)

    reports_ = _Reports(located)
    pairs = _candidate_pairs(reports_)
    pairs.sort()
    # Agglomerate from the best pair down (complete linkage, one report per article).
    owner = list(range(len(located)))
    clusters: dict[int, _Cluster] = {i: _Cluster(reports_, i) for i in range(len(located))}
    checks = 0
    # A refusal is final: clusters only grow, and a bigger cluster accepts less (more
    # articles and signatures, a narrower common window), so a refused pair is never retried.
    refused: set[tuple[int, int]] = set()
    for _score, a, b in pairs:
        ca, cb = owner[a], owner[b]
        if ca == cb:
            continue
        key = (ca, cb) if ca < cb else (cb, ca)
        if key in refused:
            continue
        checks += 1
        if not clusters[ca].accepts(clusters[cb], reports_):
            refused.add(key)
            continue
        keep, gone = (
            (ca, cb) if len(clusters[ca].members) >= len(clusters[cb].members) else (cb, ca)
        )
        moved = clusters.pop(gone)
        for x in moved.members:
            owner[x] = keep
        clusters[keep].absorb(moved)
    logger.debug("%s cluster test(s) for %s cluster(s)", checks, len(clusters))
    merged = [_build([located[i] for i in sorted(c.members)]) for c in clusters.values()]
    merged.sort(key=lambda m: (m.date_start or date.max, m.id))
    return merged
