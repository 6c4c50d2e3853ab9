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


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        # a source closing its sentence, whatever its verb, or alone in brackets
        (
            "Eleven soldiers were killed in an ambush near Sukhnah, the Syrian Observatory for "
            "Human Rights has learned.",
            11,
            "SOHR",
        ),
        ("Nine regime soldiers were killed in an ambush east of Palmyra (SOHR).", 9, "SOHR"),
        # a source's record as the subject, whatever its verb
        ("The Syrian Observatory for Human Rights' toll stood at 38 dead on Tuesday.", 38, "SOHR"),
        # a side speaking of its own people
        (
            "The Manbij Military Council named 5 of its fighters who died near Arima.",
            5,
            "Manbij Military Council",
        ),
        ("The SDF General Command named 4 fighters who died near Deir Hafer.", 4, "SDF"),
        # a reference back to the victims just counted goes on with their claim
        (
            "The Syrian Observatory for Human Rights said 14 civilians were killed in Ariha. "
            "Six children were among the dead.",
            6,
            "SOHR",
        ),
    ],
)
def test_tags_records_and_own_people(text: str, number: int, claimant: str) -> None:
    assert (number, claimant) in _claimants(text)


@pytest.mark.parametrize(
    ("text", "number", "not_claimant"),
    [
        # the acronym of a name is not a source in brackets
        (
            "Fourteen fighters were killed in the battle with the Syrian Democratic Forces (SDF).",
            14,
            "SDF",
        ),
        # a side as subject of what it did, not of its own people
        ("The SDF handed 12 wounded ISIS suspects to the Iraqi authorities on Monday.", 12, "SDF"),
        # an act of the war closing the sentence
        ("Eight ISIS members were killed in a raid near Hajin, the SDF stormed.", 8, "SDF"),
    ],
)
def test_not_a_tag_or_not_own_people(text: str, number: int, not_claimant: str) -> None:
    got = _claimants(text)
    assert (number, not_claimant) not in got, got


def test_sources_in_a_relative_clause_describe_the_source() -> None:
    text = (
        "Au moins 9 civils ont été tués lundi à Ariha, selon l'OSDH. Les frappes ont visé un "
        "marché, a précisé l'ONG, qui dispose d'un vaste réseau de sources en Syrie. Quinze "
        "personnes ont été blessées, selon la même source."
    )
    assert (15, "SOHR") in _claimants(text)
