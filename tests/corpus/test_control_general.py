"""Control mechanisms that carry over between outlets (issue 13, second round).

Broad readings rather than phrases: who "the town" is, a subject across an apposition or a
participle, "X-led" actors, relative clauses, handovers in any form, names the gazetteer
only half knows, questions and negations. Every sentence is our own; each case asserts every
claim (actor, place, status, extent), and the traps assert that no claim is made.
"""

from __future__ import annotations

import pytest
from one_article import extract_text

import geo

Claim = tuple[str, str, str, str]


def _claims(gaz: geo.Gazetteer, text: str) -> list[Claim]:
    return sorted(
        (c.actor, c.place, c.status, c.extent) for c in extract_text(text, gaz).control_claims
    )


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # "the town" is the last town named, not the province named after it
        (
            "Regime troops seized the town of Kafr Nabl in Idlib province on Monday. "
            "Rebel fighters left the town before dawn, the monitor said.",
            [
                ("Syrian government", "Kafranbel", "holds", "full"),
                ("rebels", "Kafranbel", "lost", "full"),
            ],
        ),
        (
            "Government forces captured the town of Morek in Hama province. "
            "Insurgents pulled out of the town after a week of shelling.",
            [
                ("IS", "Mūrak", "lost", "full"),
                ("Syrian government", "Mūrak", "holds", "full"),
            ],
        ),
        # ... nor a town named only to locate it
        (
            "The SNA shelled the village of Arima east of Al-Bab. "
            "By nightfall the village fell to the Turkish-backed factions.",
            [("Turkey/SNA", "Al ‘Arīmah", "holds", "full")],
        ),
        (
            "Kurdish fighters reached Binnish on Friday. "
            "By Sunday the town was under army control, state media said.",
            [("Syrian government", "Binnish", "holds", "full")],
        ),
        # a demonym before "city of" is no place
        (
            "Rebels have captured the northwestern Syrian city of Saraqib.",
            [("rebels", "Saraqib", "holds", "full")],
        ),
        # "X-led": the leader is the subject
        (
            "HTS-led factions seized Maarat al-Numan overnight.",
            [("HTS", "Ma‘arrat an Nu‘mān", "holds", "full")],
        ),
        (
            "Hayat Tahrir al-Sham (HTS)-led fighters captured Saraqib at dawn.",
            [("HTS", "Saraqib", "holds", "full")],
        ),
        # a relative clause's object with a regain verb
        (
            "Aid reached Morek, which government troops recaptured in 2019.",
            [("Syrian government", "Mūrak", "regained", "full")],
        ),
        # an apposition between commas, a participle after a comma
        (
            "Army units, together with allied local militias, liberated the villages of Mahin "
            "and Hawarin.",
            [
                ("Syrian government", "Hawarini", "holds", "full"),
                ("Syrian government", "Mahīn", "holds", "full"),
            ],
        ),
        (
            "Russian troops left their positions near the river on Monday, handing the "
            "Tabqa airport over to government forces.",
            [
                ("Russia", "Tabqa airbase", "lost", "full"),
                ("Syrian government", "Tabqa airbase", "holds", "full"),
            ],
        ),
        (
            "The SDF ceded Tal Rifaat to the regime under the deal.",
            [
                ("SDF", "Tall Rif‘at", "lost", "full"),
                ("Syrian government", "Tall Rif‘at", "holds", "full"),
            ],
        ),
        # posts in a list of places: partial, one claim each
        (
            "Tribal fighters captured at least nine checkpoints in Hajin and Susah.",
            [
                ("Arab tribes", "Hajīn", "holds", "partial"),
                ("Arab tribes", "As Sūsah", "holds", "partial"),
            ],
        ),
        # a place named only to locate the held ones
        (
            "The villages of Dardara and Tal Ward, south of Tal Tamr, remain under the "
            "control of the Kurdish-led SDF.",
            # Tal Ward: a village of the Tal Tamr area (the record Tall al Ward is in Homs)
            [("SDF", "Dardarah", "holds", "full"), ("SDF", "Tal Ward", "holds", "full")],
        ),
        # a window ending inside a name takes the whole name
        (
            "Druze gunmen regained control of several villages in the northern countryside of "
            "Suwayda on Sunday.",
            [("Druze factions", "As-Suwayda", "regained", "partial")],
        ),
        # a claim said by its maker, hedged or not
        (
            "IS claimed to have captured the village of Susah.",
            [("IS", "As Sūsah", "holds", "full")],
        ),
        # the previous holder between a passive verb and its agent
        (
            "Tabqa was captured from the jihadists by Kurdish-led fighters in 2017.",
            [("IS", "Al-Tabqa", "lost", "full"), ("SDF", "Al-Tabqa", "holds", "full")],
        ),
        # "under X rule / occupation" as "under X control"
        (
            "Hajin remained under IS rule until December.",
            [("IS", "Hajīn", "holds", "full")],
        ),
        # opposition groups, Turkish-backed opposition groups
        (
            "Turkish-backed opposition groups overran Tal Rifaat, taking it from the SDF.",
            [("Turkey/SNA", "Tall Rif‘at", "holds", "full")],
        ),
        # named airbases
        (
            "Rebels overran the Abu al-Duhur airbase after a long siege.",
            [("rebels", "Abū az̧ Z̧uhūr airbase", "holds", "full")],
        ),
    ],
)
def test_general_mechanisms(corpus_gaz: geo.Gazetteer, text: str, claims: list[Claim]) -> None:
    assert _claims(corpus_gaz, text) == sorted(claims)


@pytest.mark.parametrize(
    "text",
    [
        "Will the army take Saraqib before winter?",
        "Could HTS hold Idlib if Turkey withdraws?",
        "The hills around Qardaha had not yet come under government control.",
        "Saraqib is no longer in rebel hands, a resident denied.",
        "Government troops pulled back to a base to the west.",
        "The SDF is handing over IS detainees to Iraq.",
        "Activists from the Syrian diaspora rallied in Berlin.",
        "The army advanced towards Saraqib but stopped short of the town.",
    ],
)
def test_no_claim(corpus_gaz: geo.Gazetteer, text: str) -> None:
    assert _claims(corpus_gaz, text) == []
