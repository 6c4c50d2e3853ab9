"""Site nouns: "X bridge", "X field", "the A and B camps" name sites (or their town)."""

from __future__ import annotations

import pytest

import geo


def _found(gaz, text):
    return {m.surface: m for m in geo.geoparse(text, gaz)}


@pytest.mark.parametrize(
    ("text", "surface", "site"),
    [
        ("Buses left the al-Hol and Roj camps at dawn.", "al-Hol", "al-Hol camp"),
        ("Buses left the al-Hol and Roj camps at dawn.", "Roj camps", "Roj camp"),
        ("Guards of the Roj and al-Hol camps were changed.", "Roj", "Roj camp"),
        ("Rockets fell near the Conoco and al-Omar fields.", "al-Omar fields", "al-Omar"),
        ("Patrols circled the Tabqa and Tishrin dams.", "Tabqa", "Tabqa Dam"),
        ("Patrols circled the Tabqa and Tishrin dams.", "Tishrin dams", "Tishrin Dam"),
    ],
)
def test_a_plural_site_noun_belongs_to_every_name_of_its_list(gaz, text, surface, site):
    m = _found(gaz, text)[surface]
    assert m.place.precision == "site"
    assert site in m.place.name


def test_a_town_of_such_a_list_with_no_site_of_that_kind_stays_a_town(gaz):
    m = _found(gaz, "Rockets fell near the Hasakah and al-Omar fields.")
    assert m["Hasakah"].place.precision == "town"
    assert m["Hasakah"].place.admin1_pcode == "SY08"


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        ("A drone hit the Qara Qozak Bridge on Friday.", "Qara Qozak Bridge", "SY02"),
        ("Fighters crossed the Karakozak bridge at night.", "Karakozak bridge", "SY02"),
    ],
)
def test_a_bridge_we_do_not_know_is_placed_at_its_town(gaz, text, surface, pcode):
    assert _found(gaz, text)[surface].place.admin1_pcode == pcode


@pytest.mark.parametrize(
    "text",
    [
        "Tourists admired the Roman Bridge over the river.",
        "The Roman ruins drew visitors before the war.",
        "Byzantine and Ottoman walls still stand.",
    ],
)
def test_period_adjectives_before_a_site_noun_are_no_places(gaz, text):
    assert [m.surface for m in geo.geoparse(text, gaz)] == []


def test_plural_site_nouns_select_site_codes():
    assert geo.gazetteer.site_codes("camps") == geo.gazetteer.site_codes("camp")
    assert geo.gazetteer.site_codes("Oil Fields") == ("OILF", "GASF")
    assert geo.gazetteer.site_codes("gas") == ()
