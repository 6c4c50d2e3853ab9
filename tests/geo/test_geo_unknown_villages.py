"""Villages and sites the gazetteer does not know, placed by their list-mates or locator.

The sentences are our own. Made-up village names ("Kharrubiyat al-Wusta") stand for the
hamlets no gazetteer has; the real towns around them fix the governorate.
"""

from __future__ import annotations

import pytest

import geo
from geo.gazetteer import distance_km


def _by_surface(gaz: geo.Gazetteer, text: str) -> dict[str, geo.Mention]:
    return {m.surface: m for m in geo.geoparse(text, gaz)}


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        # a list with a locator in words
        (
            "Shelling hit the villages of Kharrubiyat al-Wusta, Hajin and Gharanij in the "
            "eastern countryside of Deir ez-Zor on Monday.",
            "Kharrubiyat al-Wusta",
            "SY09",
        ),
        # "A, B and C villages": the known members decide
        (
            "Raids were reported in Hajin, Al-Bahra and Qubbat Hisna villages overnight.",
            "Qubbat Hisna",
            "SY09",
        ),
        # "including": the list after the cue
        (
            "Patrols toured Kurdish villages near the border, including Qasr al-Deeb, "
            "Zawiyat Mirkan and Ain Diwar.",
            "Zawiyat Mirkan",
            "SY08",
        ),
        # a site phrase with a locator
        (
            "Rockets struck the Qubbat Sawda base in the countryside of Al-Hasakah.",
            "Qubbat Sawda base",
            "SY08",
        ),
        # an area named by its direction from a town
        (
            "Gunmen attacked a checkpoint in the Mazraat Umm Tina area south of Raqqa.",
            "Mazraat Umm Tina",
            "SY11",
        ),
    ],
)
def test_an_unknown_member_takes_the_governorate_of_its_context(gaz, text, surface, pcode):
    m = _by_surface(gaz, text).get(surface)
    assert m is not None and m.place is not None, surface
    assert m.place.admin1_pcode == pcode
    assert m.place.gazetteer_id == f"context:{pcode}"
    assert m.place.precision in ("district", "admin1")
    assert text[m.start : m.end] == surface


def test_the_point_of_an_unknown_member_is_near_its_list_mates(gaz):
    text = "Shelling hit Hajin, Al-Bahra and Qubbat Hisna villages overnight."
    found = _by_surface(gaz, text)
    unknown, hajin = found["Qubbat Hisna"].place, found["Hajin"].place
    assert distance_km(unknown.lat, unknown.lon, hajin.lat, hajin.lon) < 30


@pytest.mark.parametrize(
    "text",
    [
        "Civilians fled the SDF-held area east of the river.",
        "Fighters regrouped in the Islamic State area near the desert.",
        "Qudra Zummar said the convoy left at dawn.",  # no village cue
        "Troops took control of Al-Mazraah, a Druze village outside Sweida.",  # a community
        "A cargo plane landed at the Deir-ez-Zor airport from Damascus.",  # hyphenated name
        # list-mates in two governorates and no locator: no governorate to give
        "Aid reached the villages of Kharrubiyat al-Wusta, Manbij and Daraa.",
    ],
)
def test_no_unknown_place_without_a_place_cue_and_a_governorate(gaz, text):
    assert not [
        m
        for m in geo.geoparse(text, gaz)
        if m.place and m.place.gazetteer_id.startswith("context:")
    ]


def test_a_far_look_alike_in_a_local_list_gives_way_to_the_governorate(gaz):
    """A village spelt like a place 300 km off, listed among Deir ez-Zor villages."""
    text = (
        "Clashes erupted in the villages of Bukarah, Jadid Akidat and Hajin east of the Euphrates."
    )
    m = _by_surface(gaz, text)["Bukarah"]
    assert m.place is not None and m.place.admin1_pcode == "SY09"


def test_a_lone_village_takes_the_governorate_most_of_the_article_is_in(gaz):
    text = (
        "Clashes broke out in Hajin and Al-Bahra on Sunday. Residents later reported "
        "shelling on the village of Zuwayr Khalaf."
    )
    m = _by_surface(gaz, text)["Zuwayr Khalaf"]
    assert m.place is not None and m.place.admin1_pcode == "SY09"
    assert m.place.precision == "admin1"  # where in the governorate is not known


def test_no_article_governorate_for_an_unknown_area(gaz):
    """ "the X area" with nothing around it: too loose to place by the article alone."""
    text = "Clashes broke out in Hajin and Al-Bahra. Later the Zuwayr Khalaf area was shelled."
    assert "Zuwayr Khalaf" not in _by_surface(gaz, text)


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        (
            "Des frappes ont visé la base américaine de Qubbat Sawda dans la campagne de "
            "Hassaké, selon l'OSDH.",
            "base américaine de Qubbat Sawda",
            "SY08",
        ),
        (
            "Les villages de Kharrubiyat al-Wusta et Hajin, près de Deir Ezzor, ont été bombardés.",
            "Kharrubiyat al-Wusta",
            "SY09",
        ),
    ],
)
def test_french_village_and_site_phrases(gaz, text, surface, pcode):
    m = _by_surface(gaz, text).get(surface)
    assert m is not None and m.place is not None, surface
    assert m.place.admin1_pcode == pcode


def test_an_armed_movement_is_no_village(gaz):
    text = (
        "The Houthi movement claimed a drone launch, and Houthi officials said more would follow."
    )
    assert "Houthi" not in _by_surface(gaz, text)


def test_an_operation_zone_is_no_unknown_village(gaz):
    text = "Factions hold the Euphrates Shield area and the Olive Branch area north of Aleppo."
    assert not [
        m
        for m in geo.geoparse(text, gaz)
        if m.place and m.place.gazetteer_id.startswith("context:")
    ]


def test_near_damascus_is_rural_damascus(gaz):
    """Damascus governorate is the city itself: a valley near it lies in Rif Dimashq."""
    m = _by_surface(gaz, "Water was cut in the Wadi Mashtal area near Damascus.")["Wadi Mashtal"]
    assert m.place is not None and m.place.admin1_pcode == "SY03"


def test_a_site_takes_the_governorate_of_the_town_named_just_before(gaz):
    text = (
        "Two shells fell in Raqqa and one in Qamishli last week. A boy was wounded in Kobani "
        "on Friday. Drones then struck the Qarat Sinjar hill twice."
    )
    m = _by_surface(gaz, text)["Qarat Sinjar"]
    assert m.place is not None and m.place.admin1_pcode == "SY02"
    assert m.place.precision == "admin1"
