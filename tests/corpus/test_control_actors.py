"""Actors of the later war in control claims: tribes, Druze factions, the SDF's military
councils, the 2024 offensive's command and the new authorities' General Security.

Sentences are our own; each asserts every claim (actor, place, status, extent).
"""

from __future__ import annotations

import pytest
from one_article import extract_text

import geo


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "Tribal fighters took over several villages east of Deir ez-Zor on Wednesday.",
            [("Arab tribes", "Deir ez-Zor", "holds", "partial")],
        ),
        (
            "Arab tribal forces seized the town of Dhiban from the SDF.",
            [("Arab tribes", "Dhībān", "holds", "full"), ("SDF", "Dhībān", "lost", "full")],
        ),
        (
            "Druze factions now control most of Suwayda, residents said.",
            [("Druze factions", "As-Suwayda", "holds", "partial")],
        ),
        (
            "General Security forces entered Jableh on Friday after clashes with gunmen.",
            [("General Security", "Jablah", "holds", "partial")],
        ),
        (
            "The Military Operations Command said its fighters had captured Hama.",
            [("rebels", "Ḩamāh", "holds", "full")],
        ),
        (
            "The Manbij Military Council withdrew from Manbij on Tuesday.",
            [("SDF", "Manbij", "lost", "full")],
        ),
    ],
)
def test_later_war_actors(
    corpus_gaz: geo.Gazetteer, text: str, claims: list[tuple[str, str, str, str]]
) -> None:
    got = [
        (c.actor, c.place, c.status, c.extent)
        for c in extract_text(text, corpus_gaz).control_claims
    ]
    assert sorted(got) == sorted(claims)
