"""Whose people a count is when its own noun does not say (parties4 round).

Sentences of our own. The rules with examples and traps are in ``corpus/rules/figures.yaml``
(run by ``test_rules.py``); here the cases that depend on the publication date (before and
after the former government fell) and on a whole short article.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from corpus import extract, extraction_to_dict
from corpus.reading import article_from_fields

AFTER_FALL = date(2025, 3, 9)
BEFORE_FALL = date(2019, 5, 20)


def _figures(text: str, published: date, outlet: str = "AFP") -> list[dict[str, Any]]:
    art = article_from_fields(
        path="t", title="", text=text, published=published, outlet=outlet, language=None
    )
    assert art is not None
    return extraction_to_dict(extract(art, None))["figures"]


def _party(text: str, number: int, published: date, outlet: str = "AFP") -> str | None:
    found = [f for f in _figures(text, published, outlet) if f["number"] == number]
    assert found, f"no figure {number} in {text!r}"
    return found[0]["party"]


@pytest.mark.parametrize(
    ("text", "number", "published", "party"),
    [
        # the Interior Ministry's people: the government of the day
        (
            "The Interior Ministry said 11 of its personnel were killed in an ambush near Homs.",
            11,
            AFTER_FALL,
            "General Security",
        ),
        (
            "The Interior Ministry said 11 of its personnel were killed in an ambush near Homs.",
            11,
            BEFORE_FALL,
            "Syrian government",
        ),
        # "loyal to Assad": the army before the fall, its remnants after
        ("Clashes killed 21 gunmen loyal to Assad near Jableh, a monitor said.", 21, AFTER_FALL,
         "Assad loyalists"),
        ("Clashes killed 21 fighters loyal to Assad near Hama, a monitor said.", 21, BEFORE_FALL,
         "Syrian government"),
        # bare security personnel and police: the new government's after the fall, nobody's before
        ("Gunmen killed eight security personnel at a checkpoint near Baniyas.", 8, AFTER_FALL,
         "General Security"),
        ("Gunmen killed eight security personnel at a checkpoint near Baniyas.", 8, BEFORE_FALL,
         None),
        ("A bomb wounded six policemen in Homs on Tuesday, the ministry said.", 6, AFTER_FALL,
         "General Security"),
        # "ambushed a police patrol, killing N": the patrol's people
        ("Gunmen ambushed a police patrol near Latakia, killing five, a source said.", 5,
         AFTER_FALL, "General Security"),
        ("An IS attack on an army bus killed 14 in the desert, state media said.", 14,
         BEFORE_FALL, "Syrian government"),
        # a Turkish claimant's or agent's "militants" are the SDF; an Iraqi one's are not
        ("Turkey said its jets had killed 17 militants in northern Syria.", 17, BEFORE_FALL, "SDF"),
        ("Iraqi troops killed 17 militants near Qaim, the Iraqi army said.", 17, BEFORE_FALL, "IS"),
        ("Turkish drones killed six PKK militants near Kobani.", 6, BEFORE_FALL, "SDF"),
        # "elements of the organization" in a monitor's report: IS
        ("The monitor said 13 elements of the organization were killed in Badia raids.", 13,
         BEFORE_FALL, "IS"),
        # camps: people killed in a displacement camp are its residents
        ("The camp recorded 33 killings in the first half of the year, its administration said.",
         33, BEFORE_FALL, "civilians"),
        ("Clashes near the camp killed 33 people on Monday.", 33, BEFORE_FALL, None),
        ("An SDF raid inside the camp killed four people, the monitor said.", 4, BEFORE_FALL, None),
        # "N people" with no side given stay nobody's
        ("Shelling on Ariha killed 12 people on Friday, the White Helmets said.", 12, BEFORE_FALL,
         None),
    ],
)  # fmt: skip
def test_party_by_era_and_scene(text: str, number: int, published: date, party: str | None) -> None:
    assert _party(text, number, published) == party


def test_list_of_one_sides_bodies_is_that_side() -> None:
    text = (
        "The monitor said 31 fighters of the SDF, the Asayish and the military councils had "
        "been killed since the offensive began."
    )
    assert _party(text, 31, BEFORE_FALL) == "SDF"


def test_members_are_never_the_children_of_another_sentence() -> None:
    text = (
        "Three children were killed when a shell hit Ariha, the White Helmets said. In Homs, "
        "a patrol came under fire. Three of its members were killed."
    )
    figs = [
        f for f in _figures(text, BEFORE_FALL) if f["number"] == 3 and f["category"] == "killed"
    ]
    assert [f["party"] for f in figs].count("children") == 1


def test_sdf_mercenaries_are_the_side_it_fights_in_the_article() -> None:
    text = (
        "Pro-government gunmen crossed the Euphrates from Mayadin at dawn. The SDF said its "
        "fighters repelled the attack and killed nine mercenaries, while 12 mercenaries were "
        "wounded."
    )
    figs = _figures(text, BEFORE_FALL)
    assert {(f["number"], f["party"]) for f in figs} >= {(9, "Syrian government"),
                                                       (12, "Syrian government")}  # fmt: skip


def test_the_dead_were_names_the_toll_of_the_sentence_before_only() -> None:
    text = (
        "Airstrikes on depots near Albu Kamal killed 14 people, a monitor said. Two were "
        "children, it said. The dead were all members of Iran-backed militias."
    )
    # the sentence right before "The dead were" has no toll of its own to name: nothing moves
    assert _party(text, 14, BEFORE_FALL) is None
    text = (
        "Airstrikes on depots near Albu Kamal killed 14 people, a monitor said. The dead were "
        "all members of Iran-backed militias."
    )
    assert _party(text, 14, BEFORE_FALL) == "Iran"


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Au moins 14 combattants prorégime ont été tués dans une embuscade, selon l'OSDH.",
         "Syrian government"),
        ("Des frappes ont tué 17 combattants de groupes pro-iraniens, selon l'OSDH.", "Iran"),
        ("Les raids ont tué neuf combattants proturcs près de Tal Tamer.", "Turkey/SNA"),
    ],
)  # fmt: skip
def test_french_pro_adjectives_name_the_side(text: str, party: str) -> None:
    art = article_from_fields(
        path="t", title="", text=text, published=BEFORE_FALL, outlet="AFP", language="fr"
    )
    assert art is not None
    figs = extraction_to_dict(extract(art, None))["figures"]
    assert [f["party"] for f in figs] == [party]


def _titled(title: str, text: str) -> list[dict[str, Any]]:
    art = article_from_fields(
        path="t", title=title, text=text, published=BEFORE_FALL, outlet="AFP", language=None
    )
    assert art is not None
    return extraction_to_dict(extract(art, None))["figures"]


def test_people_take_the_side_their_headline_names_for_the_same_count() -> None:
    figs = _titled(
        "Turkish drone kills three SDF fighters near Derik",
        "A drone strike on a car near Derik killed three people on Monday, a monitor said.",
    )
    assert [(f["number"], f["party"]) for f in figs] == [(3, "SDF")]


@pytest.mark.parametrize(
    "title",
    [
        "Seven killed in IS attack on village near Hajin",  # the attacker, after "killed in"
        "Shelling kills seven, SDF says",  # a source, not the people
    ],
)
def test_a_headline_side_that_is_not_the_peoples_names_nobody(title: str) -> None:
    figs = _titled(title, "An attack on a village near Hajin killed seven people on Monday.")
    assert [(f["number"], f["party"]) for f in figs] == [(7, None)]
