"""Control claims when a place is located by another ("X, west of Y, from Z"; "X east of Y").

Written for the control4 work: real reporting places a village by a bigger town between
commas, names a road between two cities before "the town", and calls the state's forces
"security forces". Every sentence is our own. Each case asserts every claim (actor, place,
status, extent); the traps assert that no claim is made where the text makes none.
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
        # a locator between the object and "from": the previous holder still lost it
        (
            "Turkish-backed fighters seized the village of Arima, west of Manbij, from the SDF.",
            [("Turkey/SNA", "Al ‘Arīmah", "holds", "full"), ("SDF", "Al ‘Arīmah", "lost", "full")],
        ),
        (
            "Rebels wrested Kafr Nabl, about 30 km south of Idlib, from regime troops at dawn.",
            [
                ("rebels", "Kafranbel", "holds", "full"),
                ("Syrian government", "Kafranbel", "lost", "full"),
            ],
        ),
        # ... and between the object and "to" (a handover)
        (
            "The SDF handed over the Tishrin Dam, southeast of Manbij, to the Syrian army.",
            [
                ("SDF", "Tishrin Dam", "lost", "full"),
                ("Syrian government", "Tishrin Dam", "holds", "full"),
            ],
        ),
        # a town that only locates the one deployed in
        (
            "Army units deployed in the town of Deir Hafer east of Aleppo on Sunday.",
            [("Syrian government", "Dayr Ḩāfir", "holds", "partial")],
        ),
        # "the town": the one brought in as a town, not a city named on the road to it
        (
            "The army seized the town of Saraqib, on the highway between Damascus and Aleppo, "
            "on Monday. Rebels had pulled out of the town ahead of the assault.",
            [
                ("Syrian government", "Saraqib", "holds", "full"),
                ("rebels", "Saraqib", "lost", "full"),
            ],
        ),
        # "withdrew from the town towards Y": the town is the one left, Y the way
        (
            "Turkish-backed factions entered Tal Rifaat after the SDF withdrew from the town "
            "towards Manbij.",
            [
                ("Turkey/SNA", "Tall Rif‘at", "holds", "partial"),
                ("SDF", "Tall Rif‘at", "lost", "full"),
            ],
        ),
        # unqualified "security forces": the state's
        (
            "Security forces entered the coastal town of Baniyas on Thursday.",
            [("government security forces", "Bāniyās", "holds", "partial")],
        ),
        # the Kurdish administration's, named as such
        (
            "Asayish security forces took over the Hasakah prison on Friday.",
            [("SDF", "al-Sina'a prison (Ghwayran)", "holds", "full")],
        ),
        # a leaving with no place of its own, beside a taking: the place taken was lost
        (
            "Army units deployed in the town of Maskanah hours after Kurdish-led fighters "
            "withdrew under a deal.",
            [
                ("Syrian government", "Maskanah", "holds", "partial"),
                ("SDF", "Maskanah", "lost", "full"),
            ],
        ),
        (
            "Turkish troops took control of Tal Abyad after the SDF pulled out of its centre.",
            [
                ("Turkey/SNA", "Tall Abyaḑ", "holds", "full"),
                ("SDF", "Tall Abyaḑ", "lost", "partial"),
            ],
        ),
        # ... but not for people who fled, nor a leaving still to come
        ("Rebels entered Hama as civilians fled.", [("rebels", "Ḩamāh", "holds", "partial")]),
        (
            "Government troops entered Saraqib before the rebels could withdraw.",
            [("Syrian government", "Saraqib", "holds", "partial")],
        ),
        # "X and their Syrian rebel allies": the first actor stands for both
        (
            "Turkish troops and their Syrian rebel allies captured the village of Arima.",
            [("Turkey/SNA", "Al ‘Arīmah", "holds", "full")],
        ),
        # "the forces" after "a source said": the actor of the sentence before
        (
            "Army units deployed in Jableh on Sunday. A military source said the forces took "
            "over the positions used by gunmen in the village of Daliyah.",
            [
                ("Syrian government", "Jablah", "holds", "partial"),
                ("Syrian government", "Ad Dālīyah", "holds", "partial"),
            ],
        ),
        # whose posts they were, then where
        (
            "Government forces took over the checkpoints of the militia in the village of Daliyah.",
            [("Syrian government", "Ad Dālīyah", "holds", "partial")],
        ),
        # a deployment said with "to" (control4): there, in part; the place right after it
        (
            "Russian soldiers were deployed to Manbij.",
            [("Russia", "Manbij", "holds", "partial")],
        ),
        (
            "Government forces were deployed to the coastal city of Jableh on Friday.",
            [("Syrian government", "Jablah", "holds", "partial")],
        ),
        # a deployment named by its noun, done ("announced the deployment of X in Y")
        (
            "The ministry announced the deployment of government forces in Suwayda city.",
            [("Syrian government", "As-Suwayda", "holds", "partial")],
        ),
        (
            "Syrian government forces began deploying in the city of Suwayda on Tuesday.",
            [("Syrian government", "As-Suwayda", "holds", "partial")],
        ),
        # an anaphor before a quote ("outside the city \"to spare lives\"")
        (
            "Rebels seized the city of Hama after the army said it had redeployed its units "
            'outside the city "to spare civilian lives".',
            [("rebels", "Ḩamāh", "holds", "full"), ("Syrian government", "Ḩamāh", "lost", "full")],
        ),
        # "announced its withdrawal from X": the subject left it
        (
            "The Syrian army announced its withdrawal from Hama on Thursday.",
            [("Syrian government", "Ḩamāh", "lost", "full")],
        ),
        # "the town" right after a town named in its own sentence: that one, not the last
        # one brought in with "the town of" a sentence earlier
        (
            "Rebels took the town of Souran on Monday. Turkish-backed factions entered Tal "
            "Rifaat after the SDF withdrew from the town.",
            [
                ("rebels", "Şūrān", "holds", "full"),
                ("Turkey/SNA", "Tall Rif‘at", "holds", "partial"),
                ("SDF", "Tall Rif‘at", "lost", "full"),
            ],
        ),
        # the previous holder after "from a"
        (
            "The SDF took over the village of Arima from a local tribal force.",
            [("SDF", "Al ‘Arīmah", "holds", "full"), ("Arab tribes", "Al ‘Arīmah", "lost", "full")],
        ),
    ],
)
def test_located_places(corpus_gaz: geo.Gazetteer, text: str, claims: list[Claim]) -> None:
    assert _claims(corpus_gaz, text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "Security forces arrested three men in Jableh on Friday.",
        "Security forces were expected to deploy in Baniyas later this week.",
        "The SDF refused to withdraw from the town of Tal Rifaat, west of Manbij.",
        "Residents said the forces of change would win the elections in Damascus.",
        "Druze leaders called for the deployment of government forces in Suwayda.",
        "Russian troops will be deployed in Qamishli next week.",
        "The deal provides for the deployment of army units in Tal Rifaat.",
        "Government troops are expected to be deployed in Jableh.",
        "Security forces were not deployed in Suwayda.",
        "The army sent reinforcements to Suwayda.",
        "U.S.-backed fighters captured a town in northeast Syria on Friday.",
    ],
)
def test_located_traps(corpus_gaz: geo.Gazetteer, text: str) -> None:
    assert _claims(corpus_gaz, text) == []
