"""The theatre, personal names, metonymy and qualified look-ups (issue 14), on our own sentences."""

from __future__ import annotations

import pytest

import geo
from geo import cli


def _places(gaz: geo.Gazetteer, text: str, **kw: str) -> dict[str, geo.Place]:
    return {m.surface: m.place for m in geo.geoparse(text, gaz, **kw) if not m.metonymy}


@pytest.mark.parametrize(
    "text",
    [
        # a foreign dateline, a foreign actor and a foreign outlet do not move the theatre
        "ERBIL (Rudaw) - Turkish drones struck a car near Tal Tamr, Turkish officials said.",
        "ANKARA - Turkey's defence ministry said its forces hit targets near Tal Tamr.",
        "BEIRUT, March 3 (Reuters) - Shelling hit Tal Tamr, Lebanese media said.",
    ],
)
def test_the_theatre_is_not_flipped_by_a_dateline_or_a_foreign_actor(gaz, text):
    assert _places(gaz, text)["Tal Tamr"].admin1_pcode == "SY08"


def test_the_theatre_can_be_set(gaz):
    # "Sabha" is a Libyan city; in a Libyan corpus it is that one
    assert _places(gaz, "Clashes erupted in Sabha.", country="LY")["Sabha"].country == "LY"
    assert _places(gaz, "Clashes erupted in Sabhah.")["Sabhah"].country == "SY"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Mortars fell on Akcakale and on Tal Abyad.", "Akcakale", "TR"),
        ("Mortars fell on Akcakale and on Tal Abyad.", "Tal Abyad", "SY"),
        ("Shops closed in Nusaybin, across from Qamishli.", "Nusaybin", "TR"),
        ("Shops closed in Nusaybin, across from Qamishli.", "Qamishli", "SY"),
        ("A rocket hit the Turkish town of Kilis, north of Azaz.", "Kilis", "TR"),
        ("A rocket hit the Turkish town of Kilis, north of Azaz.", "Azaz", "SY"),
        ("The SDF pulled out of Ras al-Ayn last week.", "Ras al-Ayn", "SY"),
    ],
)
def test_cross_border_twins_stay_apart(gaz, text, surface, country):
    assert _places(gaz, text)[surface].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Murad said the convoy was hit at dawn.",
        "Jasim, a resident of the area, saw the strike.",
        "Fighters loyal to Hayat withdrew from the checkpoint.",
        "A farmer named Salah told us the wells were dry.",
        "Sheikh Malik called for calm.",
        "Jamil, 42, was wounded in the raid.",
        "Nayif (35) and his brother were detained.",
    ],
)
def test_personal_names_are_not_villages(gaz, text):
    assert _places(gaz, text) == {}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Fighting reached Murad overnight.", "Murad"),
        ("Residents of Hayat fled to the fields.", "Hayat"),
    ],
)
def test_a_village_named_like_a_person_stays_a_place_in_a_place_phrase(gaz, text, surface):
    assert _places(gaz, text)[surface].country == "SY"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Turkey shells villages near the dam.", "Turkey"),
        ("Iran funds several militias in the east.", "Iran"),
        ("Ankara warned of a new offensive.", "Ankara"),
        ("Russia and the US reached a deal on patrols.", "Russia"),
        ("Moscow's patrols resumed on the highway.", "Moscow"),
        ("The strike came after a truce in Gaza between Israel and Hamas.", "Israel"),
        ("Les Etats-Unis ont effectué trois frappes.", "Etats-Unis"),
        ("Iraq is the key to the deal, officials believe.", "Iraq"),
    ],
)
def test_states_as_actors_are_metonymy(gaz, text, surface):
    (m,) = [m for m in geo.geoparse(text, gaz) if m.surface == surface]
    assert m.metonymy


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Thousands fled to Turkey and Iraq.", "Iraq"),
        ("The families came back from Lebanon, Jordan and Iraq.", "Iraq"),
        ("Smugglers crossed the border with Iraq at night.", "Iraq"),
        ("Damascus was hit by two rockets.", "Damascus"),
    ],
)
def test_states_as_places_are_not_metonymy(gaz, text, surface):
    (m,) = [m for m in geo.geoparse(text, gaz) if m.surface == surface]
    assert not m.metonymy


@pytest.mark.parametrize(
    ("query", "pcode"),
    [
        ("Sabhah, Deir ez-Zor", "SY09"),
        ("Mansoura, Raqqa province", "SY11"),
        ("Al Marj, Aleppo", "SY02"),
    ],
)
def test_a_qualified_name_answers_within_its_governorate(gaz, query, pcode):
    assert gaz.lookup(query)[0].admin1_pcode == pcode


def test_geocode_cli_with_a_governorate(capsys):
    assert cli.main(["geocode", "Sabhah, Deir ez-Zor"]) == 0
    assert '"admin1_pcode": "SY09"' in capsys.readouterr().out


def test_a_foreign_border_town_has_no_syrian_governorate(gaz):
    (p,) = gaz.lookup("Nusaybin", country="TR", limit=1)
    assert p.country == "TR" and p.admin1_pcode is None


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        ("Clashes in Mansoura in the western Raqqa countryside.", "Mansoura", "SY11"),
        ("Clashes in Mansoura, Hama province.", "Mansoura", "SY05"),
        ("Shelling hit Sabhah, east of Busayrah.", "Sabhah", "SY09"),
    ],
)
def test_context_picks_among_namesakes(gaz, text, surface, pcode):
    assert _places(gaz, text)[surface].admin1_pcode == pcode


def test_an_unknown_quarter_is_placed_in_the_town_of_the_article(gaz):
    text = "Troops pushed into the Sakhour neighbourhood, the last rebel foothold in Aleppo."
    got = {m.surface: (m.place.admin1_pcode, m.precision) for m in geo.geoparse(text, gaz)}
    assert got["Sakhour"] == ("SY02", "neighbourhood")


@pytest.mark.parametrize(
    ("text", "surface", "gid"),
    [
        ("Rebels held the Bab al-Hawa border crossing.", "Bab al-Hawa border crossing", "bab-al"),
        ("A drone struck the Conoco gas field.", "Conoco gas field", "conoco"),
        ("Clashes broke out in the Sheikh Maqsoud district.", "Sheikh Maqsoud", "aleppo-sheikh"),
    ],
)
def test_sites_and_quarters_from_the_overlay(gaz, text, surface, gid):
    got = {m.surface: m.place.gazetteer_id for m in geo.geoparse(text, gaz)}
    assert got[surface].startswith("overlay:" + gid)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("An elder of the Bani Said tribe was shot near Raqqa.", ["Raqqa"]),
        ("The Manbij Military Council said shelling hit Manbij.", ["Manbij"]),
        ("The Hamza Division and the Levant Front entered Afrin.", ["Afrin"]),
        ("Her son Murad was wounded in Raqqa.", ["Raqqa"]),
    ],
)
def test_groups_and_relatives_named_like_places_are_not_places(gaz, text, kept):
    assert [m.surface for m in geo.geoparse(text, gaz) if not m.metonymy] == kept


def test_a_misspelt_name_of_two_words_is_found_in_the_theatre(gaz):
    assert _places(gaz, "Jets struck Khan Sheikhun.")["Khan Sheikhun"].admin1_pcode == "SY07"
    assert _places(gaz, "Jets struck Khan Shaykoun.")["Khan Shaykoun"].admin1_pcode == "SY07"
    # organisations stay organisations
    assert _places(gaz, "The Syrian Democratic Forces and Human Rights Watch said.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Officials said Erbil would host the talks next week.",
        "The convoy drove from Erbil towards the crossing.",
    ],
)
def test_the_exact_name_of_a_big_neighbouring_city_beats_a_syrian_look_alike(gaz, text):
    """ "Erbil" is the Iraqi city, not the Damascus-countryside village ‘Irbin."""
    found = {m.surface: m.place for m in geo.geoparse(text, gaz)}
    assert found["Erbil"].country == "IQ"


@pytest.mark.parametrize(
    ("text", "actors", "places"),
    [
        ("Baghdad and Erbil signed a new oil deal.", {"Baghdad", "Erbil"}, set()),
        ("Erbil and Baghdad traded blame over the budget.", {"Baghdad", "Erbil"}, set()),
        ("Flights from Baghdad and Erbil resumed on Monday.", set(), {"Baghdad", "Erbil"}),
        ("Damascus and Hasakah traded accusations.", set(), {"Hasakah"}),
    ],
)
def test_a_big_foreign_city_listed_with_a_state_speaks_for_a_government(gaz, text, actors, places):
    found = geo.geoparse(text, gaz)
    assert {m.surface for m in found if m.metonymy} >= actors
    assert {m.surface for m in found if not m.metonymy} >= places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Damascus government sent reinforcements to Qamishli.", "Damascus"),
        ("Damascus forces moved into Manbij on Sunday.", "Damascus"),
        ("Officials said Ankara authorities closed the crossing.", "Ankara"),
        ("Damascus and the SDF signed a deal on oil sales.", "Damascus"),
        ("Damascus and the Kurdish-led SDF agreed on a truce.", "Damascus"),
        ("Ankara and the SNA launched a new offensive.", "Ankara"),
    ],
)
def test_a_capital_as_its_government_is_an_actor(gaz, text, name):
    found = {m.surface: m for m in geo.geoparse(text, gaz)}
    assert found[name].metonymy


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting in Damascus and the Eastern Ghouta killed 20 people.", "Damascus"),
        ("The Damascus airport was hit by missiles.", "Damascus airport"),
        ("Flights between Damascus and the Gulf resumed.", "Damascus"),
        ("Damascus and Homs were calm on Friday.", "Damascus"),
    ],
)
def test_a_capital_as_a_place_stays_a_place(gaz, text, name):
    found = {m.surface: m for m in geo.geoparse(text, gaz)}
    assert not found[name].metonymy


@pytest.mark.parametrize(
    "text",
    [
        "Strikes hit Hamdaniyah and Mansoura in the Hasakah countryside.",
        "Drones circled over Mansoura, Hamdaniyah and Tal Tamr in the Hasakah countryside.",
        "Cells were active around Hamdaniyah and Mansoura in Hasakah province.",
    ],
)
def test_a_locator_after_a_list_places_every_namesake_in_it(gaz, text):
    found = _places(gaz, text)
    assert found["Mansoura"].admin1_pcode == "SY08"
    assert found["Hamdaniyah"].admin1_pcode == "SY08"


def test_a_bare_comma_between_list_members_is_no_locator_for_the_whole_list(gaz):
    """ "A, B, C and D": the last name, wherever it resolves, does not move the first."""
    text = "After a week the factions entered Bulbula, Raju, Jindires and Ashara."
    assert _places(gaz, text)["Bulbula"].admin1_pcode == "SY02"
