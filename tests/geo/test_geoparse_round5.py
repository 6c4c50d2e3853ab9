"""Places round 5: locators after a site's head, outlets that are also towns, "the council of X".

Sentences of our own (never copied from the devset).
"""

from __future__ import annotations

import pytest

import geo


def _over(gaz: geo.Gazetteer, text: str, surface: str) -> list[geo.Mention]:
    at = text.index(surface)
    return [
        m
        for m in geo.geoparse(text, gaz, country="SY")
        if m.start < at + len(surface) and m.end > at
    ]


def _pcode(gaz: geo.Gazetteer, text: str, surface: str) -> str | None:
    found = [m for m in _over(gaz, text, surface) if not m.metonymy]
    return found[0].place.admin1_pcode if found and found[0].place else None


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        # a locator after the site's head places the site's name, not a far look-alike
        ("Guards left the al-Taim oil field south of Deir ez-Zor city.", "al-Taim", "SY09"),
        ("Smoke rose over the Kharata oil field, west of Deir ez-Zor.", "Kharata", "SY09"),
        ("A drone hit the al-Suwaydiyah gas plant near Rmeilan.", "al-Suwaydiyah", "SY08"),
        # a name an outlet also bears is the town after "in", "from", "near", "the city of"
        ("Militias moved rockets from Mayadeen to the desert.", "Mayadeen", "SY09"),
        ("Two men were shot dead in al-Mayadeen on Friday.", "al-Mayadeen", "SY09"),
        ("Curfew was imposed in the city of al-Mayadeen.", "al-Mayadeen", "SY09"),
        # "the council of X said": X is the council's town, not a person speaking
        ("The local council of Jarabulus announced new bread prices.", "Jarabulus", "SY02"),
        ("The governor of Hasakah said the water would return.", "Hasakah", "SY08"),
        ("Residents of Sarmada said the market was hit twice.", "Sarmada", "SY07"),
        # an unknown site's name with a head and a locator is a place of the locator's area
        ("Guards fled the al-Qasabi oil field near Shaddadi.", "al-Qasabi oil field", "SY08"),
        ("The Umm Zahra gas plant south of Tabqa was hit.", "Umm Zahra gas plant", "SY11"),
        ("The Abu Farha crossing near al-Bab reopened.", "Abu Farha crossing", "SY02"),
        ("Families left the Kuran camp north of Raqqa.", "Kuran camp", "SY11"),
    ],
)
def test_place_in_context(gaz: geo.Gazetteer, text: str, surface: str, pcode: str) -> None:
    assert _pcode(gaz, text, surface) == pcode


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # traps: the outlet itself, and persons after a title or before a speech verb
        ("Al-Mayadeen reported that the army had advanced.", "Al-Mayadeen"),
        ("According to Al-Mayadeen, the convoy was hit.", "Al-Mayadeen"),
        ("In an Al-Mayadeen TV report, a general spoke of the front.", "Al-Mayadeen"),
        ("The son of Murad said the house was burned.", "Murad"),
        # a camp or crossing with no locator is not placed by the article's governorate
        ("Clashes in Raqqa. Aides of the Trump camp said little.", "Trump camp"),
    ],
)
def test_not_a_place(gaz: geo.Gazetteer, text: str, surface: str) -> None:
    assert _pcode(gaz, text, surface) is None
