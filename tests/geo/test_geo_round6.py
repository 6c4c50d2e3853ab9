"""Round 6: speakers placed by a preposition, overlay sites and quarters, spelling fallbacks.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

import geo


def _places(gaz, text):
    return {m.surface: m.place for m in geo.geoparse(text, gaz, country="SY")}


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        ("Activists in Jableh said the raid lasted two hours.", "Jableh", "SY06"),
        ("Fishermen in Banias told reporters that fuel had run out.", "Banias", "SY10"),
        ("Medics near Saraqib said three bodies were recovered.", "Saraqib", "SY07"),
        ("Sources inside Talbiseh said the curfew was lifted.", "Talbiseh", "SY04"),
    ],
)
def test_speakers_in_a_town_leave_the_town_a_place(gaz, text, surface, pcode):
    place = _places(gaz, text)[surface]
    assert place is not None and place.admin1_pcode == pcode


@pytest.mark.parametrize(
    "text",
    ["Jasim said the patrol had left.", "Commander Murad said the road was open."],
)
def test_a_bare_name_before_said_is_still_a_person(gaz, text):
    assert all(p is None for p in _places(gaz, text).values())


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        ("Mortar rounds fired from Jobar hit the old city overnight.", "Jobar", "SY01"),
        ("Troops searched homes in Qaboun and Barzeh on Friday.", "Barzeh", "SY01"),
        ("A car bomb went off near Umayyad Square in the capital.", "Umayyad Square", "SY01"),
        ("Snipers were active on the edge of Baba Amr, activists said.", "Baba Amr", "SY04"),
        ("Residents of Sukkari fled north as the shelling intensified.", "Sukkari", "SY02"),
        ("The patrol stopped at the Ain Diwar bridge on the Tigris.", "Ain Diwar bridge", "SY08"),
        ("Türkiye-backed groups gathered in Çobanbey before the push.", "Çobanbey", "SY02"),
        ("The convoy crossed at Tel Koçer into Iraq.", "Tel Koçer", "SY08"),
        ("Displaced families from Cindires returned in spring.", "Cindires", "SY02"),
    ],
)
def test_city_quarters_sites_and_turkish_or_kurdish_names(gaz, text, surface, pcode):
    place = _places(gaz, text)[surface]
    assert place is not None and place.admin1_pcode == pcode


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # the context's governorate holds a place spelt like the name: that place, not a
        # point of the governorate (nor the exact namesake far off)
        ("Israeli patrols entered Hader in the Quneitra countryside at dawn.", "Hader", "Hadar"),
        ("Gunmen attacked a checkpoint in Kesra, west of Deir ez-Zor.", "Kesra", "Al Kasrah"),
    ],
)
def test_a_located_name_takes_the_namesake_of_its_governorate(gaz, text, surface, name):
    place = _places(gaz, text)[surface]
    assert place is not None and place.name == name
    assert not place.gazetteer_id.startswith("context:")


def test_namesakes_in_a_governorate(gaz):
    assert [c.place.name for c in gaz.namesakes_in("Hader", "SY14")][:1] == ["Hadar"]
    assert all(c.place.admin1_pcode == "SY09" for c in gaz.namesakes_in("Kesra", "SY09"))
    assert gaz.namesakes_in("Hader", "SY14", limit=1)[0].tier == 2


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        # an Arabic name spelt like a local place is that place, not a town abroad of that
        # alternate name; a town noun between the name and its locator changes nothing
        ("Tribal gunmen clashed with the SDF in al-Sour, north of Deir ez-Zor.", "al-Sour", "SY09"),
        (
            "The curfew covered al-Sour town in the northern Deir ez-Zor countryside.",
            "al-Sour",
            "SY09",
        ),
        ("Shelling hit Kesra village, west of Deir ez-Zor city.", "Kesra", "SY09"),
    ],
)
def test_a_local_spelling_and_a_town_noun_before_the_locator(gaz, text, surface, pcode):
    place = _places(gaz, text)[surface]
    assert place is not None and place.admin1_pcode == pcode


def test_the_country_named_keeps_the_town_abroad(gaz):
    place = _places(gaz, "Israeli jets struck near al-Sour in southern Lebanon.")["al-Sour"]
    assert place is not None and place.country == "LB"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        # a village found first far away, among towns of one governorate: its namesake there
        ("Israeli forces entered Khan Arnabah, Jubata al-Khashab and Hader.", "Hader", "Hadar"),
        ("SDF units deployed in al-Hol, Tal Brak and Kawkab overnight.", "Kawkab", "Kawkab"),
    ],
)
def test_a_far_village_gives_way_to_its_namesake_among_the_articles_towns(gaz, text, surface, name):
    place = _places(gaz, text)[surface]
    mates = [p for s, p in _places(gaz, text).items() if s != surface]
    assert place is not None and place.name == name
    assert {place.admin1_pcode} == {p.admin1_pcode for p in mates}
