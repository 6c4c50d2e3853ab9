"""Capitals as actors: auxiliaries and nouns of pressure around a state's name (our sentences)."""

from __future__ import annotations

import pytest

import geo


@pytest.mark.parametrize(
    ("text", "surface", "metonymy"),
    [
        ("Damascus has yet to respond to the proposal.", "Damascus", True),
        ("Moscow has repeatedly warned against escalation.", "Moscow", True),
        ("The pressure from Ankara on the Kurds grew.", "Ankara", True),
        ("Residents of Damascus have long complained about power cuts.", "Damascus", False),
        ("Rockets hit Damascus again.", "Damascus", False),
    ],
)
def test_a_capital_speaking_or_pressing_is_an_actor(gaz, text, surface, metonymy):
    found = {m.surface: m for m in geo.geoparse(text, gaz)}
    assert found[surface].metonymy is metonymy
