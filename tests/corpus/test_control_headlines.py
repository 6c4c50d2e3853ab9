"""Control claims told only in a headline ("Rebels capture Saraqib", "Manbij falls to the SNA").

The title is read with the same rules as the body, its places spotted by ``geo.geoparse`` on
the title; a headline that the body repeats gives way to the body's sentence (which keeps its
claimant). Sentences and titles are our own.
"""

from __future__ import annotations

import pytest
from one_article import PUBLISHED

import geo
from corpus import extract
from corpus.reading import article_from_fields


def _claims(gaz: geo.Gazetteer, title: str, body: str) -> list[tuple[str, str, str, str, str]]:
    art = article_from_fields(
        path="t", title=title, text=body, published=PUBLISHED, outlet="AFP", language=None
    )
    assert art is not None
    ex = extract(art, gaz)
    return [(c.actor, c.place, c.status, c.extent, c.quote) for c in ex.control_claims]


@pytest.mark.parametrize(
    ("title", "actor", "place"),
    [
        ("Rebels capture Saraqib in overnight push", "rebels", "Saraqib"),
        ("Manbij falls to Turkish-backed factions", "Turkey/SNA", "Manbij"),
        ("Kurdish-led SDF seize Tabqa dam from jihadists", "SDF", "Tabqa Dam"),
    ],
)
def test_a_headline_claim_is_read(
    corpus_gaz: geo.Gazetteer, title: str, actor: str, place: str
) -> None:
    body = "Residents said the streets were quiet on Sunday evening."
    got = _claims(corpus_gaz, title, body)
    assert (actor, place, "holds", "full", title) in got


def test_a_headline_the_body_repeats_gives_way_to_the_body(corpus_gaz: geo.Gazetteer) -> None:
    title = "Rebels capture Saraqib"
    body = "Rebels captured Saraqib on Sunday, the Observatory said."
    got = _claims(corpus_gaz, title, body)
    assert [(a, p, s) for a, p, s, _, _ in got] == [("rebels", "Saraqib", "holds")]
    assert got[0][4] == body


@pytest.mark.parametrize(
    "title",
    [
        "Report: fighting near Manbij",
        "Could the army take Saraqib?",
        "Fears grow in Idlib as troops mass",
    ],
)
def test_a_headline_without_a_claim_gives_none(corpus_gaz: geo.Gazetteer, title: str) -> None:
    assert _claims(corpus_gaz, title, "Residents said the streets were quiet.") == []
