"""More English control phrasings: agents after adjuncts, allies, areas, contest sides, handovers.

Written after a blind dev set showed the control patterns overfit to the phrasings they were
tuned on. Each sentence is our own, in the style of AFP / Reuters / AP wires, the Syrian
Observatory, SDF statements, SANA, the Turkish defence ministry or ISW-like assessments, with
real facts of the war. Every case runs the real extraction with the real gazetteer
(``corpus_gaz`` from conftest) and asserts actor, place, status and extent of every claim;
the traps assert that no claim is made where the text makes none.
"""

from __future__ import annotations

import pytest
from one_article import extract_text

import geo
from corpus import Extraction
from corpus.aliases import parties

Claim = tuple[str, str, str, str]


def _en(gaz: geo.Gazetteer, text: str) -> Extraction:
    return extract_text(text, gaz)


def _claims(gaz: geo.Gazetteer, text: str) -> list[Claim]:
    return [(c.actor, c.place, c.status, c.extent) for c in _en(gaz, text).control_claims]


_MANBIJ = "Manbij"
_TAL_ABYAD = "Tall Abyaḑ"
_RAS_AL_AIN = "Ra’s al ‘Ayn"
_SARAQIB = "Saraqib"


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # ------------------------------------------------ the agent after a time / place adjunct
        (
            "The jihadists were driven out of Manbij in August 2016 by the SDF, the coalition "
            "said.",
            [("IS", _MANBIJ, "lost", "full"), ("SDF", _MANBIJ, "holds", "full")],
        ),
        (
            "IS fighters were pushed out of Raqqa last year by the Kurdish-led SDF.",
            [("IS", "Ar Raqqah", "lost", "full"), ("SDF", "Ar Raqqah", "holds", "full")],
        ),
        (
            "The rebels were forced out of Aleppo's eastern districts after weeks of fighting "
            "by government forces.",
            [
                ("rebels", "Aleppo", "lost", "partial"),
                ("Syrian government", "Aleppo", "holds", "partial"),
            ],
        ),
        ("Tabqa was captured in 2017 by the SDF.", [("SDF", "Al-Tabqa", "holds", "full")]),
        (
            "Palmyra was recaptured in March 2016 by Syrian government forces.",
            [("Syrian government", "Tadmur", "regained", "full")],
        ),
        (
            "Hajin was liberated in December 2018 by the SDF, the coalition said.",
            [("SDF", "Hajīn", "holds", "full")],
        ),
        (
            "IS lost Raqqa in October 2017 to the SDF.",
            [("IS", "Ar Raqqah", "lost", "full"), ("SDF", "Ar Raqqah", "holds", "full")],
        ),
        (
            "The opposition lost Eastern Ghouta to the regime in April 2018, the monitor said.",
            [
                ("rebels", "Eastern Ghouta", "lost", "full"),
                ("Syrian government", "Eastern Ghouta", "holds", "full"),
            ],
        ),
        (
            "Nusra Front fighters were expelled by rival rebels from the town of Maarat al-Numan.",
            [
                ("Nusra Front", "Ma‘arrat an Nu‘mān", "lost", "full"),
                ("rebels", "Ma‘arrat an Nu‘mān", "holds", "full"),
            ],
        ),
        (
            "The strategic hilltop town of Kessab was lost by government forces in 2014.",
            [("Syrian government", "Kassab", "lost", "full")],
        ),
        (
            "Manbij, which was captured by the SDF in 2016, is now patrolled by Russian "
            "military police.",
            [("SDF", _MANBIJ, "holds", "full")],
        ),
        (
            "The last IS holdout in eastern Syria, the village of Baghouz, was overrun on "
            "Saturday by the US-backed SDF.",
            # the last IS holdout was overrun: IS lost it (rule "stronghold")
            [("SDF", "Baghuz Fawqani", "holds", "full"), ("IS", "Baghuz Fawqani", "lost", "full")],
        ),
        (
            "HTS has run Idlib since 2019, when it pushed rival rebel groups out of most of the "
            "province.",
            [("HTS", "Idlib", "holds", "full")],
        ),
        # ------------------------------------------------ "X and its proxies / allies": X
        (
            "Turkey and its Syrian proxies seized a 120-kilometre strip between Tal Abyad and "
            "Ras al-Ain in October 2019, the SDF said.",
            [
                ("Turkey/SNA", _TAL_ABYAD, "holds", "full"),
                ("Turkey/SNA", _RAS_AL_AIN, "holds", "full"),
            ],
        ),
        (
            "Turkey and its allies captured a 30-km-deep zone along the border from Tal Abyad "
            "to Ras al-Ain.",
            [
                ("Turkey/SNA", _TAL_ABYAD, "holds", "full"),
                ("Turkey/SNA", _RAS_AL_AIN, "holds", "full"),
            ],
        ),
        (
            "Turkey and its Syrian proxies control a strip between Tal Abyad and Ras al-Ain.",
            [
                ("Turkey/SNA", _TAL_ABYAD, "holds", "full"),
                ("Turkey/SNA", _RAS_AL_AIN, "holds", "full"),
            ],
        ),
        (
            "Russia and its allied militias seized a swathe of land around Palmyra.",
            [("Russia", "Tadmur", "holds", "partial")],
        ),
        (
            "Turkish soldiers and their Syrian allies captured Afrin in March 2018.",
            [("Turkey/SNA", "‘Afrīn", "holds", "full")],
        ),
        # ------------------------------------------------ contest: the sides of the fight
        (
            "Saraqeb changed hands several times as regime forces and HTS battled for the town.",
            [
                ("Syrian government", _SARAQIB, "contested", "partial"),
                ("HTS", _SARAQIB, "contested", "partial"),
            ],
        ),
        (
            "Maarat al-Numan changed hands twice, with government forces and rebels trading "
            "control.",
            [
                ("Syrian government", "Ma‘arrat an Nu‘mān", "contested", "partial"),
                ("rebels", "Ma‘arrat an Nu‘mān", "contested", "partial"),
            ],
        ),
        (
            "The town of Ain Issa changed hands twice while the SDF and Turkish-backed fighters "
            "battled for it, the Observatory said.",
            [
                ("SDF", "‘Ayn ‘Īsá", "contested", "partial"),
                ("Turkey/SNA", "‘Ayn ‘Īsá", "contested", "partial"),
            ],
        ),
        (
            "Government troops and rebels traded control of Saraqeb several times in February.",
            [
                ("Syrian government", _SARAQIB, "contested", "partial"),
                ("rebels", _SARAQIB, "contested", "partial"),
            ],
        ),
        (
            "Rebels and jihadists battled on Monday for control of Latamneh, the Observatory said.",
            [
                ("rebels", "Al Lataminah", "contested", "partial"),
                ("IS", "Al Lataminah", "contested", "partial"),
            ],
        ),
        (
            "Pro-Turkish factions and the SDF are fighting over the village of Um al-Kaif.",
            [
                ("Turkey/SNA", "Um al-Kaif", "contested", "partial"),
                ("SDF", "Um al-Kaif", "contested", "partial"),
            ],
        ),
        # ------------------------------------------------ other verbs and objects
        (
            "Government forces took the town of Saraqeb on Saturday.",
            [("Syrian government", _SARAQIB, "holds", "full")],
        ),
        (
            "The SDF handed over Deir Hafer to government troops.",
            [
                ("SDF", "Dayr Ḩāfir", "lost", "full"),
                ("Syrian government", "Dayr Ḩāfir", "holds", "full"),
            ],
        ),
        (
            "The SDF withdrew from Manbij and handed it to the Syrian army, the Kremlin said.",
            [("SDF", _MANBIJ, "lost", "full"), ("Syrian government", _MANBIJ, "holds", "full")],
        ),
        (
            "Units of the Syrian Arab Army restored security and stability to the town of Khan "
            "Sheikhoun after eliminating the last terrorist gatherings there, SANA reported.",
            [("Syrian government", "Khān Shaykhūn", "regained", "full")],
        ),
        (
            "Turkish forces and the Syrian National Army have neutralised 15 terrorists and "
            "taken control of Ras al-Ain's town centre, the Turkish defence ministry said.",
            [("Turkey/SNA", _RAS_AL_AIN, "holds", "partial")],
        ),
        (
            "Syrian government forces on Sunday wrested back control of the town of Khan "
            "Sheikhun from jihadists and rebels, the Observatory said.",
            [("Syrian government", "Khān Shaykhūn", "regained", "full")],
        ),
        (
            "Assad's forces retook the last rebel-held pocket of Eastern Ghouta in April 2018.",
            [("Syrian government", "Eastern Ghouta", "regained", "partial")],
        ),
        (
            "Government troops and allied militias pushed IS fighters out of the last pockets "
            "they held around Deir ez-Zor.",
            [
                ("Syrian government", "Deir ez-Zor", "holds", "partial"),
                ("IS", "Deir ez-Zor", "lost", "partial"),
            ],
        ),
        (
            "Government troops, supported by Russian warplanes, were driven back from the edges "
            "of Saraqeb by rebels on Tuesday.",
            [
                ("Syrian government", _SARAQIB, "lost", "partial"),
                ("rebels", _SARAQIB, "holds", "partial"),
            ],
        ),
        (
            "The regime's forces were forced to withdraw from the town of Khan Tuman.",
            [("Syrian government", "Khan Tuman", "lost", "full")],
        ),
    ],
)
def test_more_english_control_phrasings(corpus_gaz: geo.Gazetteer, text: str, claims: list) -> None:  # type: ignore[type-arg]
    assert _claims(corpus_gaz, text) == claims


@pytest.mark.parametrize(
    "text",
    [
        # no side named: no actor, no claim
        "Fighting continues for control of the town of Tadif, residents said.",
        "Fighting raged on Sunday for control of the strategic town of Saraqeb.",
        "Tal Tamr changed hands as IS attacked.",
        # entering by a deal, patrolling, shelling, repelling, trying: not control
        "The Syrian army entered Tal Tamr under a deal with the Kurdish-led forces.",
        "Russian military police began patrols in Kobani on Wednesday.",
        "The SDF said it had repelled an IS attack on the town of Hajin.",
        "The rebels were trying to capture the town of Mhardeh.",
        "The army advanced towards Saraqeb on Monday.",
        # "took" with no place, "took part in"
        "The army took 20 prisoners near Hama.",
        "Russian soldiers will be deployed to Manbij, Moscow said.",
        "Army units were deployed to protect the residents of Manbij.",
        "The SDF said it captured 50 IS fighters in a raid near Shaddadi.",
        "It took the army two weeks to reach Aleppo.",
        "Turkey took in millions of refugees from Aleppo.",
        "Rebels took up positions in the hills around Latakia.",
        "Syria's army said it had entered the town of Manbij, and raised the national flag there.",
        # an area that lies between two towns holds neither; an agent that only backs
        "The SDF and its allies took a pocket between Hajin and Baghouz.",
        "HTS fighters seized a string of villages between Saraqeb and Maarat al-Numan.",
        "Jihadists seized a strip of desert between Palmyra and Deir ez-Zor.",
        "Government forces captured a 20-kilometre stretch of the M5 highway between "
        "Maarat al-Numan and Saraqeb.",
        # a handover with no one receiving it, a demand that someone withdraw
        "The SDF handed over the bodies of 20 IS fighters on Monday.",
        "The SDF handed over 20 IS suspects to Iraq on Monday.",
        "Civilians were forced out of Afrin in March 2018 by the Turkish offensive.",
        "The rebels agreed to withdraw from Daraa al-Balad under a Russian-brokered deal.",
    ],
)
def test_no_control_claim_where_the_text_makes_none(corpus_gaz: geo.Gazetteer, text: str) -> None:
    assert _claims(corpus_gaz, text) == []


def test_an_agent_that_only_backs_the_offensive_holds_nothing(corpus_gaz: geo.Gazetteer) -> None:
    text = (
        "IS was driven out of Kobani in January 2015 in an offensive backed by the US-led "
        "coalition."
    )
    assert [(a, s) for a, _, s, _ in _claims(corpus_gaz, text)] == [("IS", "lost")]


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists led by HTS overran the town of Saraqeb on Saturday.",
        "Rebels, led by HTS, overran the town of Saraqeb on Saturday.",
        "Fighters headed by HTS overran the town of Saraqeb on Saturday.",
    ],
)
def test_a_group_led_by_an_actor_is_that_actors(corpus_gaz: geo.Gazetteer, text: str) -> None:
    """'Jihadists led by HTS' took Saraqeb for HTS, not for IS (what 'jihadists' alone means)."""
    assert _claims(corpus_gaz, text) == [("HTS", _SARAQIB, "holds", "full")]


def test_a_backer_is_still_not_the_actor(corpus_gaz: geo.Gazetteer) -> None:
    text = "Government forces backed by Russia overran the town of Saraqeb on Saturday."
    assert _claims(corpus_gaz, text) == [("Syrian government", _SARAQIB, "holds", "full")]


@pytest.mark.parametrize(
    ("text", "actor", "place"),
    [
        ("Damascus considers the Turkish troops in Idlib an occupation force, the foreign "
         "minister said.", "Turkey/SNA", "Idlib"),
        ("Damascus describes the US forces at al-Tanf as occupiers.", "US-led coalition", "Tanf"),
        ("The Syrian foreign ministry said the presence of US forces at al-Tanf was an "
         "occupation.", "US-led coalition", "Tanf"),
        ("Damascus calls the presence of US troops in Syria an occupation.", "US-led coalition",
         "Syria"),
    ],
)  # fmt: skip
def test_an_occupation_disputes_the_presence_where_it_is_named(
    corpus_gaz: geo.Gazetteer, text: str, actor: str, place: str
) -> None:
    (claim,) = _en(corpus_gaz, text).control_claims
    assert (claim.actor, claim.status, claim.disputed_by, claim.claimant) == (
        actor, "disputed", "Syrian government", "Syrian government"
    )  # fmt: skip
    assert place in claim.place


def test_the_rebels_took_part_is_no_capture(corpus_gaz: geo.Gazetteer) -> None:
    claims = _claims(corpus_gaz, "The rebels took part in the offensive on Raqqa in 2017.")
    assert not [c for c in claims if c[2] == "holds"]


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Russian soldiers", "Russia"),
        ("Russia", "Russia"),
        ("regime soldiers", "Syrian government"),
        ("Syrian soldiers", "Syrian government"),
        ("government soldiers", "Syrian government"),
        ("Turkish soldiers", "Turkey/SNA"),
        ("Turkish-backed fighters", "Turkey/SNA"),
        ("Turkish-backed rebels", "Turkey/SNA"),
        ("Turkish proxies", "Turkey/SNA"),
        ("the opposition", "rebels"),
    ],
)
def test_party_aliases(alias: str, canonical: str) -> None:
    hits = parties().find(f"On Monday {alias} said so.")
    assert [h.canonical for h in hits] == [canonical]
