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


@pytest.mark.parametrize(
    ("text", "surface", "metonymy"),
    [
        # an adverb or a parenthesis between the state and its verb
        ("Damascus has so far declined to answer the Kurdish proposal.", "Damascus", True),
        ("Damascus, for its part, dismissed the report as fabricated.", "Damascus", True),
        ("Damascus, in turn, accused the coalition of looting oil.", "Damascus", True),
        ("Damascus quickly denied any role in the ambush.", "Damascus", True),
        ("Observers said Damascus had failed to keep its promises.", "Damascus", True),
        # ties, answers and hand-overs to a state
        ("The brigade is affiliated to Ankara and paid by it.", "Ankara", True),
        ("The tribal leaders pledged allegiance to Damascus last week.", "Damascus", True),
        ("The Kurdish forces handed the checkpoints over to Damascus on Sunday.", "Damascus", True),
        ("The council sent a letter to Washington about the prisoners.", "Washington", True),
        ("The commanders took orders from Tehran, the report said.", "Tehran", True),
        # French: "a" + participle, present tense
        ("Damas a catégoriquement démenti ces informations.", "Damas", True),
        ("Damas n'a pas réagi aux frappes.", "Damas", True),
        ("Damas accuse les forces kurdes de trahison.", "Damas", True),
        # places, not actors
        ("Thousands of displaced people returned to Damascus after the truce.", "Damascus", False),
        ("The convoy drove from Homs to Damascus overnight.", "Damascus", False),
        ("Damascus was heavily shelled overnight.", "Damascus", False),
        ("Damas a été touchée par des tirs de roquettes.", "Damas", False),
        ("Les habitants ont fui vers Damas.", "Damas", False),
    ],
)
def test_a_state_acting_through_adverbs_ties_and_french_verbs(gaz, text, surface, metonymy):
    found = {m.surface: m for m in geo.geoparse(text, gaz)}
    assert found[surface].metonymy is metonymy
