"""Sites named by a place and a generic head, and namesakes the article's context overrules.

Sentences of our own (never copied from the devset).
"""

from __future__ import annotations

import pytest

import geo


def _covering(gaz: geo.Gazetteer, text: str, surface: str) -> geo.Mention:
    at = text.index(surface)
    found = [
        m
        for m in geo.geoparse(text, gaz, country="SY")
        if m.start <= at and m.end >= at + len(surface)
    ]
    assert found, surface
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        # a head after the name: the whole phrase is the mention, at the place's point
        ("Mortars fell on the Manbij grain silos at dawn.", "Manbij grain silos", "SY02"),
        ("A nurse was hurt at the Darbasiyah hospital.", "Darbasiyah hospital", "SY08"),
        ("Guards at the Tal Tamr checkpoint fired in the air.", "Tal Tamr checkpoint", "SY08"),
        ("The Azaz roundabout was closed after the blast.", "Azaz roundabout", "SY02"),
        ("Looters stripped the Maskanah power station.", "Maskanah power station", "SY02"),
        ("Shells struck the Jableh National Hospital.", "Jableh National Hospital", "SY06"),
        # a site of the overlay wins over a namesake village of the bare name
        ("Drones were downed near the Hmeimim airbase.", "Hmeimim airbase", "SY06"),
        ("Gas output at the Hayan gas field fell by half.", "Hayan gas field", "SY04"),
        # head first: English, Arabic in Latin letters, French
        ("Engineers inspected the Dam of Tishreen again.", "Dam of Tishreen", "SY02"),
        ("Clashes resumed on the Sadd Tishreen front.", "Sadd Tishreen", "SY02"),
        ("Un drone a frappé le barrage de Tichrine mardi.", "barrage de Tichrine", "SY02"),
        ("Les renforts sont arrivés à la base de Hmeimim.", "base de Hmeimim", "SY06"),
    ],
)
def test_a_site_phrase_is_the_site(gaz, text, surface, pcode):
    m = _covering(gaz, text, surface)
    assert m.place is not None and m.place.admin1_pcode == pcode
    assert m.precision == "site"
    assert surface in m.surface


def test_a_site_at_its_town_is_named_by_the_town_and_the_head(gaz):
    m = _covering(gaz, "Mortars fell on the Manbij grain silos at dawn.", "Manbij grain silos")
    assert m.place is not None and m.place.name.endswith("grain silos")
    assert m.place.gazetteer_id.startswith("site:")


@pytest.mark.parametrize(
    "text",
    [
        "The Raqqa field was used for football matches.",  # a bare "field" is no site
        "Mustafa Bali, head of the media office, spoke.",  # a person, not Bali the village
    ],
)
def test_no_site_without_a_site_head(gaz, text):
    got = [m for m in geo.geoparse(text, gaz, country="SY") if m.precision == "site"]
    assert got == []


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        # a locator names the area: the village is there, not its namesake far off
        ("Gunmen raided Saida, a village near Ain Issa, at night.", "Saida", "SY11"),
        ("Shells hit Tal Sakhr in the northern Hama countryside.", "Tal Sakhr", "SY05"),
        ("A mine went off in Mu'allaq near Ain Issa.", "Mu'allaq", "SY11"),
        # list-mates of one governorate, far from the namesake found
        ("Raids hit Hamidiyah and Thiban, east of the river.", "Hamidiyah", "SY09"),
    ],
)
def test_the_context_beats_a_far_namesake(gaz, text, surface, pcode):
    m = _covering(gaz, text, surface)
    assert m.place is not None and m.place.admin1_pcode == pcode


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        # traps: a town of another governorate in a list is itself; a bare comma is a list
        ("IS fell back to Sukhnah and Deir ez-Zor.", "Sukhnah", "SY04"),
        ("Attacks near Tal Tamr, Ain Issa and Markada.", "Tal Tamr", "SY08"),
        ("Palmyra, east of Homs, was retaken.", "Palmyra", "SY04"),
    ],
)
def test_a_known_town_keeps_its_place(gaz, text, surface, pcode):
    m = _covering(gaz, text, surface)
    assert m.place is not None and m.place.admin1_pcode == pcode


def test_a_misspelt_big_town_is_not_overruled_by_a_loose_locator(gaz):
    text = "Rebels fell back to Morek, south of Khan Sheikhun in Hama province."
    m = _covering(gaz, text, "Khan Sheikhun")
    assert m.place is not None and m.place.admin1_pcode == "SY07"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mustafa Bali, head of the media office, denied the report.", "Bali"),
        ("Omar Jasim, spokesman for the local council, gave no figure.", "Jasim"),
    ],
)
def test_an_apposition_without_article_makes_a_person(gaz, text, name):
    at = text.index(name)
    got = [m for m in geo.geoparse(text, gaz, country="SY") if m.start <= at < m.end]
    assert got == []
