"""Control phrasings of real reporting kept in code (not yet rules of control.yaml).

Written for issue 13 after studying how wire, monitor and state-media reports word captures,
holdings and withdrawals; every sentence is our own, with names, dates and word order of our
choosing. Each case asserts every claim (actor, place, status, extent); the traps assert
that no claim is made where the text makes none.
"""

from __future__ import annotations

import pytest
from one_article import extract_text

import geo

Claim = tuple[str, str, str, str]


def _claims(gaz: geo.Gazetteer, text: str) -> list[Claim]:
    return [(c.actor, c.place, c.status, c.extent) for c in extract_text(text, gaz).control_claims]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # "under Kurdish / Turkish control", "in rebel hands"
        (
            "Raqqa is under Kurdish control, the monitor said.",
            [("SDF", "Ar Raqqah", "holds", "full")],
        ),
        (
            "Tal Abyad is now under Turkish control.",
            [("Turkey/SNA", "Tall Abyaḑ", "holds", "full")],
        ),
        (
            "Douma remains in rebel hands despite weeks of bombardment.",
            [("rebels", "Dūmā", "holds", "full")],
        ),
        # "under its / their control": the subject's
        (
            "The SDF brought the town of Hajin under its full control on Friday.",
            [("SDF", "Hajīn", "holds", "full")],
        ),
        # a pronoun object: the town named before in the sentence
        (
            "Rebels stormed Saraqib and took control of it within hours.",
            [("rebels", "Saraqib", "holds", "full")],
        ),
        # still there, holding out
        (
            "IS fighters besieged in Baghouz fought on through the night.",
            [("IS", "Baghuz Fawqani", "holds", "full")],
        ),
        # gerunds and "claimed control"
        (
            "The SDF have been controlling Raqqa since October 2017.",
            [("SDF", "Ar Raqqah", "holds", "full")],
        ),
        (
            "IS claimed full control of the Yarmouk camp.",
            [("IS", "al-Yarmūk camp", "holds", "full")],
        ),
        ("The SDF consolidated its control over Raqqa.", [("SDF", "Ar Raqqah", "holds", "full")]),
        # "take / impose the control of": after "managed to", a deed
        (
            "Government troops managed to impose their full control over the entire area of "
            "Saraqib.",
            [("Syrian government", "Saraqib", "holds", "full")],
        ),
        (
            "Pro-government fighters managed to advance and take the control of Kafr Nabl and "
            "Maarat al-Numan.",
            [
                ("Syrian government", "Kafranbel", "holds", "full"),
                ("Syrian government", "Ma‘arrat an Nu‘mān", "holds", "full"),
            ],
        ),
        # a list after "X city and the towns of", a name in brackets
        (
            "Turkish troops along with their affiliated factions invaded the two cities of Ras "
            "al-Ain (Serekaniye) and Tal Abyad in 2019.",
            [
                ("Turkey/SNA", "Ra’s al ‘Ayn", "holds", "full"),
                ("Turkey/SNA", "Tall Abyaḑ", "holds", "full"),
            ],
        ),
        # "their last piece of territory in X"
        (
            "The rebels withdrew from their last piece of territory in Latakia province, the "
            "monitor said.",
            [("rebels", "Lattakia", "lost", "partial")],
        ),
        # "back in rebel hands": regained
        (
            "Saraqib was back in rebel hands on Thursday.",
            [("rebels", "Saraqib", "regained", "full")],
        ),
        # "returned to government control": regained
        (
            "Saraqib returned to government control on Sunday.",
            [("Syrian government", "Saraqib", "regained", "full")],
        ),
        (
            "Manbij reverted to Kurdish control after the deal.",
            [("SDF", "Manbij", "regained", "full")],
        ),
        # a facility named by its town; a zone near a town
        (
            "Rebels overran a military base near Hama on Sunday.",
            [("rebels", "Ḩamāh base", "holds", "full")],
        ),
        (
            "Israeli forces have occupied the buffer zone near Quneitra since December.",
            [("Israel", "Al Qunayţirah", "holds", "partial")],
        ),
        ("IS fighters captured positions near Palmyra.", [("IS", "Tadmur", "holds", "partial")]),
        # "areas held by X in Y": the place follows the actor
        (
            "Shelling hit villages in areas held by Turkey in northern Syria, the monitor said.",
            [("Turkey/SNA", "north Syria", "holds", "partial")],
        ),
    ],
)
def test_real_reporting_phrasings(
    corpus_gaz: geo.Gazetteer, text: str, claims: list[Claim]
) -> None:
    assert sorted(_claims(corpus_gaz, text)) == sorted(claims)


@pytest.mark.parametrize(
    "text",
    [
        "The SDF besieged Hajin for weeks.",
        "Government troops captured 20 soldiers near Palmyra.",
        "Tens of thousands returned to their homes under the deal.",
        "The SDF seized weapons near Raqqa.",
        "Hundreds of civilians trapped in Douma were evacuated.",
        "The SDF refuted allegations by Ankara about the killing of civilians near Qamishli.",
        "Raqqa, the former IS stronghold, is being rebuilt.",
        "A military news service run by Hezbollah reported the advance in Syria.",
        "The battle for control of Saraqib raged for a week.",
        "Thousands of civilians fled Afrin as the fighting spread.",
        "Government forces entered the town of Kobani on Monday under a deal with the SDF.",
    ],
)
def test_no_claim_where_the_text_makes_none(corpus_gaz: geo.Gazetteer, text: str) -> None:
    assert _claims(corpus_gaz, text) == []
