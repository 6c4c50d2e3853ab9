"""A merged incident's best figure is its latest running total, never a later partial count."""

from __future__ import annotations

from datetime import date

import geo
from corpus import extract
from corpus.reading import article_from_fields
from layers.merge import reports_from_extraction, tally


def _reports(text: str, published: date, gaz: geo.Gazetteer) -> list:
    art = article_from_fields(
        path=f"{published}.txt", title="", text=text, published=published, outlet="Wire"
    )
    assert art is not None
    return reports_from_extraction(extract(art, gaz))


def test_best_is_the_latest_running_total_not_a_later_partial_count() -> None:
    gaz = geo.Gazetteer.default()
    reports = [
        *_reports(
            "Gunmen attacked the prison in Hasakah on Monday. The death toll from the clashes "
            "rose to 154 on Wednesday, the Syrian Observatory for Human Rights said.",
            date(2022, 1, 26),
            gaz,
        ),
        *_reports(
            "Four gunmen were killed in clashes near the prison in Hasakah on Friday, the "
            "Syrian Observatory for Human Rights said.",
            date(2022, 1, 28),
            gaz,
        ),
    ]
    t = tally(reports, "killed")
    assert t is not None
    assert t.best == 154
    assert (t.low, t.high) == (4, 154)


def test_without_running_totals_the_most_recent_figure_is_best() -> None:
    gaz = geo.Gazetteer.default()
    reports = [
        *_reports(
            "Twelve gunmen were killed in clashes near the prison in Hasakah on Wednesday, "
            "the Syrian Observatory for Human Rights said.",
            date(2022, 1, 26),
            gaz,
        ),
        *_reports(
            "Four gunmen were killed in clashes near the prison in Hasakah on Friday, the "
            "Syrian Observatory for Human Rights said.",
            date(2022, 1, 28),
            gaz,
        ),
    ]
    t = tally(reports, "killed")
    assert t is not None
    assert t.best == 4
