"""Records of the ``layers`` package: one article's account of an incident, and merged incidents.

A :class:`Report` is what one article says about one event, with its whole chain of custody
(outlet, wire agencies, claimants, published date, figures, quote). A :class:`MergedIncident`
is the event itself: every report that describes it, side by side, and per category of figure
a UCDP-style low / best / high that never averages a number away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from corpus.records import Figure
from geo.records import Place
from geo.typing import Precision

__all__ = ["MergedIncident", "Report", "Tally"]


@dataclass(frozen=True, slots=True)
class Report:
    """One article's account of one incident (a ``corpus.Incident`` with its article's custody).

    Parameters
    ----------
    report_id
        Id of the source ``corpus.Incident`` (``<article id>-<n>``).
    article_id, title, url
        The article the report comes from.
    outlet, agencies
        Publishing outlet and the wire agencies it credits.
    claimants
        Canonical claimants of the report's figures, in order of first appearance (the
        outlet itself when a figure is attributed to nobody).
    published
        Publication date of the article, or None.
    figures
        The figures the article gives about this incident, verbatim records.
    quote
        The sentence that best describes the event.
    place, precision
        Where, as resolved, and how exact that is (None when not locatable).
    date_start, date_end, date_precision
        When, as the article gives it (None when the article gives no date), and how
        exact that is ("day", "week", "month", "year").
    event_type, sub_event_type, label
        ACLED event type and sub-type, and a short human label ("prison break").
    actors
        Canonical actors involved.
    """

    report_id: str
    article_id: str
    title: str
    url: str | None
    outlet: str | None
    agencies: tuple[str, ...]
    claimants: tuple[str, ...]
    published: date | None
    figures: tuple[Figure, ...]
    quote: str
    place: Place | None
    precision: Precision | None
    date_start: date | None
    date_end: date | None
    date_precision: str | None
    event_type: str
    sub_event_type: str
    label: str
    actors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tally:
    """Low / best / high of one category of figure across the reports of one incident.

    Parameters
    ----------
    category
        What is counted ("killed", "escaped", ...).
    low, best, high
        UCDP-style: ``low`` the smallest lower bound any report gives, ``high`` the largest
        upper bound (the stated number when a report gives no upper bound), ``best`` the
        value of the most recent attributed figure (see :func:`layers.merge.tally`).
    best_article_id
        The article whose figure is ``best``.
    values
        ``(article_id, claimant, value)`` per report that gives this category.
    disagree
        True when two reports give different values.
    """

    category: str
    low: int
    best: int
    high: int
    best_article_id: str
    values: tuple[tuple[str, str, int], ...]
    disagree: bool


@dataclass(frozen=True, slots=True)
class MergedIncident:
    """One event, with every report that describes it.

    Parameters
    ----------
    id
        Stable id (``inc-`` + 12 hex digits of the sha1 of the sorted report ids).
    reports
        Every report, ordered by published date then article id.
    place, precision
        The most precise place any report gives, and its precision.
    date_start, date_end
        The union of the reports' date windows.
    event_type, sub_event_type, label
        The most common among the reports (ties: the most precise report's).
    actors
        Union of the reports' actors, in order of first appearance.
    tallies
        One :class:`Tally` per category some report gives a figure for.
    disagree
        True when any tally disagrees.
    """

    id: str
    reports: tuple[Report, ...]
    place: Place
    precision: Precision
    date_start: date | None
    date_end: date | None
    event_type: str
    sub_event_type: str
    label: str
    actors: tuple[str, ...]
    tallies: tuple[Tally, ...]
    disagree: bool

    def tally(self, category: str) -> Tally | None:
        """Return the tally of ``category``, or None when no report gives one."""
        for t in self.tallies:
            if t.category == category:
                return t
        return None

    @property
    def outlets(self) -> tuple[str, ...]:
        """Distinct outlets of the reports, in report order."""
        return tuple(dict.fromkeys(r.outlet for r in self.reports if r.outlet))

    @property
    def claimants(self) -> tuple[str, ...]:
        """Distinct claimants of the reports, in report order."""
        return tuple(dict.fromkeys(c for r in self.reports for c in r.claimants))
