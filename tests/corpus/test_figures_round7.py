"""Figures, round 7: the party from the structure around the count.

Sentences of our own. An item of a list with no people of its own counts the people the
list's lead-in names (one side, not one striking from afar, never across "between"); a side
that speaks of "gunmen" or "militants" speaks of its enemies, not its own people; a body that
mourns or eulogises a count tells deaths.
"""

from __future__ import annotations

import pytest
from one_article import extract_text


def _figures(text: str) -> list[tuple[int, str | None, str | None]]:
    return [(f.number, f.category, f.party) for f in extract_text(text, outlet="AFP").figures]


@pytest.mark.parametrize(
    ("text", "number", "party"),
    [
        (
            "Losses of the regime forces in the eastern desert:\n\n- 7 killed near Sukhnah\n"
            "- 2 wounded near Arak",
            7,
            "Syrian government",
        ),
        (
            "Losses of the regime forces in the eastern desert:\n\n- 7 killed near Sukhnah\n"
            "- 2 wounded near Arak",
            2,
            "Syrian government",
        ),
        (
            "Turkish drone strikes on the SDF this month:\n\n- 5 killed near Amuda\n"
            "- 3 fighters wounded near Derbasiyah",
            5,
            "SDF",
        ),
    ],
)
def test_list_item_takes_its_lead_in_side(text: str, number: int, party: str) -> None:
    assert any(n == number and p == party for n, _, p in _figures(text)), _figures(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Casualties of the clashes between the SDF and the tribes:\n\n- 11 killed near Diban", 11),
        ("Toll of the night:\n\n- 4 killed near Maadan", 4),
    ],
)
def test_list_item_without_one_side_stays_open(text: str, number: int) -> None:
    assert (number, "killed", None) in _figures(text)


def test_a_side_speaking_of_gunmen_speaks_of_its_enemies() -> None:
    got = _figures("The SDF said 26 gunmen had been killed in the operation near Busayrah.")
    assert (26, "killed", "SDF") not in got
    assert any(n == 26 for n, _, _ in got), got


def test_a_side_speaking_of_fighters_speaks_of_its_own() -> None:
    got = _figures("The SDF said 4 fighters were killed in an ISIS attack near Hajin.")
    assert (4, "killed", "SDF") in got


@pytest.mark.parametrize(
    "text",
    [
        "The Manbij Military Council mourned 6 of its fighters on Thursday.",
        "The SDF eulogised 6 fighters at a ceremony in Kobani.",
    ],
)
def test_mourned_counts_the_dead(text: str) -> None:
    assert any(n == 6 and c == "killed" for n, c, _ in _figures(text)), _figures(text)
