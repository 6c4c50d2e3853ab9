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
