"""A merged incident's best figure is its latest running total, never a later partial count."""

from __future__ import annotations

from datetime import date

import geo
from corpus import extract
from corpus.reading import article_from_fields
from layers.merge import reports_from_extraction, tally

#: a later day's partial count, reported after the running totals below
FRIDAY = (
    "Four gunmen were killed in clashes near the prison in Hasakah on Friday, the "
    "Syrian Observatory for Human Rights said.",
    date(2022, 1, 28),
)


def _killed(*dated: tuple[str, date]):  # type: ignore[no-untyped-def]
    """Tally the killed of the reports of each (text, publication date) as one incident."""
    gaz = geo.Gazetteer.default()
    reports = []
    for text, published in dated:
        art = article_from_fields(
            path=f"{published}.txt", title="", text=text, published=published, outlet="Wire"
        )
        assert art is not None
        reports += reports_from_extraction(extract(art, gaz))
    t = tally(reports, "killed")
    assert t is not None
    return t


def test_best_is_the_latest_running_total_not_a_later_partial_count() -> None:
    t = _killed(
        (
            "Gunmen attacked the prison in Hasakah on Monday. The death toll from the clashes "
            "rose to 154 on Wednesday, the Syrian Observatory for Human Rights said.",
            date(2022, 1, 26),
        ),
        FRIDAY,
    )
    assert t.best == 154
    assert (t.low, t.high) == (4, 154)


def test_without_running_totals_the_most_recent_figure_is_best() -> None:
    t = _killed(
        (
            "Twelve gunmen were killed in clashes near the prison in Hasakah on Wednesday, "
            "the Syrian Observatory for Human Rights said.",
            date(2022, 1, 26),
        ),
        FRIDAY,
    )
    assert t.best == 4
