"""Claimants, round 7: the source as the subject of the clause that holds the figure.

Sentences of our own. A source of the claimant table that is the subject of the sentence's
main clause is the claimant whatever its verb (not only a speech verb), after a dateline, an
opening adverbial, a descriptor, an acronym, an apposition or its office; never when the verb
is an act of the war (the source is then the agent of what the outlet narrates), when the
source is only inside the subject ("SDF fighters", "clashes between the SDF and ..."), or when
a count comes before it. "selon la même source" stands for the source before.
"""

from __future__ import annotations

import pytest
from one_article import extract_text


def _claimants(text: str, outlet: str = "AFP") -> list[tuple[int, str | None]]:
    return [(f.number, f.claimant) for f in extract_text(text, outlet=outlet).figures]


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        (
            "The Kurdish Red Crescent treated 27 injured civilians at its clinic in Tal Tamr.",
            27,
            "Kurdish Red Crescent",
        ),
        (
            "Meanwhile, the Syrian Observatory for Human Rights logged 44 deaths among the "
            "fighters of both sides.",
            44,
            "SOHR",
        ),
        (
            "On Tuesday, the Turkish Defence Ministry named the 3 soldiers who died in the attack "
            "near Ras al-Ain.",
            3,
            "Turkish Ministry of National Defence",
        ),
        (
            "HASAKAH, Syria (Reuters) - The Syrian Democratic Forces (SDF) mourned 9 of its "
            "fighters at a ceremony in Hasakah.",
            9,
            "SDF",
        ),
        (
            "The Syrian Network for Human Rights' monthly report attributed the deaths of 33 "
            "civilians to government forces.",
            33,
            "Syrian Network for Human Rights",
        ),
    ],
)
def test_subject_source_is_the_claimant(text: str, number: int, claimant: str) -> None:
    assert (number, claimant) in _claimants(text)


@pytest.mark.parametrize(
    ("text", "number", "not_claimant"),
    [
        ("SDF fighters killed 8 ISIS members in a dawn raid near Shuhayl.", 8, "SDF"),
        (
            "The Syrian army recaptured the hill after fighting in which 19 rebels were killed.",
            19,
            "Syrian government",
        ),
        ("Clashes between the SDF and Arab tribal gunmen left 25 dead near Dhiban.", 25, "SDF"),
        ("Turkish drone strikes on SDF positions wounded 4 fighters near Kobani.", 4, "SDF"),
        (
            "Two civilians were killed when the Turkish army shelled the village of Um al-Kef.",
            2,
            "Turkish army",
        ),
        ("The SDF continued its sweep of the desert, killing 5 ISIS members near Hajin.", 5, "SDF"),
    ],
)
def test_agent_or_party_is_not_the_claimant(text: str, number: int, not_claimant: str) -> None:
    got = _claimants(text)
    assert any(n == number for n, _ in got), got
    assert (number, not_claimant) not in got, got


def test_the_same_source_in_french() -> None:
    text = (
        "Au moins 9 civils ont été tués lundi dans des frappes sur Ariha, selon l'OSDH. "
        "Quinze personnes ont été blessées, selon la même source."
    )
    assert (15, "SOHR") in _claimants(text)
