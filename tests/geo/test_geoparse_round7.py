"""Round 7: a directional countryside locates a namesake, and one name is one place.

Sentences written for these tests (not taken from any report).
"""

from __future__ import annotations

import pytest

import geo


def _places(gaz: geo.Gazetteer, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.place.admin1_pcode) for m in geo.geoparse(text, gaz)]


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        # Sighata of Idlib, not the Sighata of Hama a bare name finds
        (
            "Warplanes struck Sighata, in the southern countryside of Idlib, at dawn.",
            "Sighata",
            "SY07",
        ),
        (
            "Gunmen killed a farmer in Khirbet Uqla, in the northern countryside of Hasakah.",
            "Khirbet Uqla",
            "SY08",
        ),
    ],
)
def test_a_directional_countryside_locates_the_namesake(gaz, text, surface, pcode):
    assert (surface, pcode) in _places(gaz, text)


def test_the_bare_name_alone_finds_another_namesake(gaz):
    """The trap: without a locator the same name is the other governorate's village."""
    assert _places(gaz, "Warplanes struck Sighata at dawn.") == [("Sighata", "SY05")]


def test_a_later_mention_without_locator_is_the_place_of_the_first(gaz):
    text = (
        "Warplanes struck Sighata, in the southern countryside of Idlib, at dawn. "
        "Residents of Sighata said two houses were destroyed."
    )
    assert [p for s, p in _places(gaz, text) if s == "Sighata"] == ["SY07", "SY07"]


def test_another_record_of_the_same_town_is_not_spread(gaz):
    """A mention moved to a second record of one town (a few km off) changes no other."""
    text = "Shells fell on Afrin. People from the Afrin region fled to Tal Rifaat. Afrin was quiet."
    names = {m.place.gazetteer_id for m in geo.geoparse(text, gaz) if m.surface == "Afrin"}
    assert names and all(not n.startswith("context:") for n in names)


@pytest.mark.parametrize(
    ("text", "surface", "pcode"),
    [
        (
            "Des perquisitions ont visé al-Majidiya, dans la campagne nord-ouest d'Idleb.",
            "al-Majidiya",
            "SY07",
        ),
        ("Un civil a été tué à Zakiya, dans la campagne de Tartous.", "Zakiya", "SY10"),
        ("Un drone a frappé Shaykh Isa, au nord-ouest d'Idleb.", "Shaykh Isa", "SY07"),
    ],
)
def test_a_french_locator_places_the_namesake(gaz, text, surface, pcode):
    assert (surface, pcode) in _places(gaz, text)


def test_a_plural_quarter_noun_after_a_list_keeps_each_quarter_in_town(gaz):
    """Hiko is a quarter of Qamishli here, not the village Hiku some 20 km away."""
    text = "Mortars fell on the al-Tay and Hiko neighbourhoods of Qamishli on Sunday."
    found = {m.surface: m.place for m in geo.geoparse(text, gaz)}
    qamishli = found["Qamishli"]
    hiko = found["Hiko"]
    assert hiko.admin1_pcode == "SY08"
    assert abs(hiko.lat - qamishli.lat) < 0.1 and abs(hiko.lon - qamishli.lon) < 0.1


@pytest.mark.parametrize(
    "text",
    [
        "A cell loyal to al-Qaeda was dismantled, the ministry said.",
        "Former Al Qaeda commanders now run the crossing.",
        "The Qaeda branch denied the claim.",
        "Two al-Qaida veterans were arrested.",
    ],
)
def test_an_armed_groups_name_is_not_its_namesake_village(gaz, text):
    """Who's On First has a village Kawdah: the group's name, with or without its article, is
    never mapped to it (names in the "organisation" section of geo/data/common_words.txt)."""
    assert _places(gaz, text) == []


def test_the_village_itself_is_still_found(gaz):
    """The trap: the village written as a village keeps its place."""
    assert [s for s, _ in _places(gaz, "Shells fell on Kawdah in the Hama countryside.")][:1] == [
        "Kawdah"
    ]
