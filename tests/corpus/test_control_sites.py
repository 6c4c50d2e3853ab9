"""Control claims on sites (dams, bridges, fields, airports) and handovers to a ministry.

Written for the control4 work: reporting lists sites one after another ("the X Dam and the Y
bridge"), puts an adjective before the facility noun ("the Z military airport") and hands
ground to a ministry of defence. Every sentence is our own. Each case asserts every claim
(actor, place, status, extent); the traps assert that no claim is made where none is.
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
        # a named site after another in a list: each is taken
        (
            "Turkish-backed factions captured the Tishrin Dam and the Qara Qozak bridge.",
            [
                ("Turkey/SNA", "Tishrin Dam", "holds", "full"),
                ("Turkey/SNA", "Qarah Qawzaq bridge", "holds", "full"),
            ],
        ),
        (
            "The army seized the Shaer gas field and the nearby Jazal oil field at dawn.",
            [
                # the overlay knows this field: the claim takes its name there
                ("Syrian government", "al-Shaer gas field", "holds", "full"),
                ("Syrian government", "Jazal oil field", "holds", "full"),
            ],
        ),
        # a bridge is a site
        (
            "SNA fighters took control of the Qarqozak bridge over the Euphrates.",
            [("Turkey/SNA", "Qarqozak bridge", "holds", "full")],
        ),
        # an adjective before the facility noun: still the town's facility
        (
            "Kurdish fighters handed over the Deir ez-Zor military airport to government troops.",
            [
                ("SDF", "Deir ez-Zor airport", "lost", "full"),
                ("Syrian government", "Deir ez-Zor airport", "holds", "full"),
            ],
        ),
        # ground handed to a ministry of defence: its forces hold it, the giver's posts are gone
        (
            "The former rebel Eighth Brigade handed its positions in Busra al-Sham to the "
            "Ministry of Defence.",
            [
                ("rebels", "Buşrá ash Shām", "lost", "partial"),
                ("General Security", "Buşrá ash Shām", "holds", "partial"),
            ],
        ),
        # a backer before any wording of its side ("Turkish-backed armed groups")
        (
            "Turkish-backed armed groups seized the village of Arima on Friday.",
            [("Turkey/SNA", "Al ‘Arīmah", "holds", "full")],
        ),
        (
            "Russian-backed Syrian forces recaptured the town of Souran.",
            [("Syrian government", "Şūrān", "regained", "full")],
        ),
        # IS's bare nouns right after another side's name are that side ("YPG militants")
        (
            "Turkish troops seized the village of Arima from YPG militants.",
            [("Turkey/SNA", "Al ‘Arīmah", "holds", "full"), ("SDF", "Al ‘Arīmah", "lost", "full")],
        ),
        (
            "HTS jihadists overran the town of Souran at dawn.",
            [("HTS", "Şūrān", "holds", "full")],
        ),
        (
            "Gunmen loyal to the former regime seized the town of Qardaha.",
            [("Assad loyalists", "Al Qardāḩah", "holds", "full")],
        ),
        # "cleared of terrorists" in the Turkish defence ministry's words: the PKK/YPG's loss
        (
            "Ras al-Ain city centre was cleared of terrorists, Turkey's defence ministry said.",
            [
                ("SDF", "Ra’s al ‘Ayn", "lost", "full"),
                ("Turkey/SNA", "Ra’s al ‘Ayn", "holds", "full"),
            ],
        ),
        (
            "Pro-Ankara fighters captured the village of Arima at dawn.",
            [("Turkey/SNA", "Al ‘Arīmah", "holds", "full")],
        ),
        # a sentence opening on its place, the hold after it naming none
        (
            "In neighbouring Suwayda, Druze factions still hold the main roads, locals said.",
            [("Druze factions", "As-Suwayda", "holds", "partial")],
        ),
        # a place written with a lower-case article ("al-Mayadeen")
        (
            "Government forces entered al-Mayadeen on Monday.",
            [("Syrian government", "Al Mayādīn", "holds", "partial")],
        ),
    ],
)
def test_sites_and_handovers(corpus_gaz: geo.Gazetteer, text: str, claims: list[Claim]) -> None:
    assert _claims(corpus_gaz, text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "The Ministry of Defence said it would send engineers to the Tishrin Dam.",
        "Rebels shelled the Qara Qozak bridge and the Tishrin Dam overnight.",
        "The Turkish Defence Ministry said talks on the Tishrin Dam were going well.",
        "In Aleppo, rebels seized weapons and ammunition from a depot.",
        "In Hama, residents said the army would deploy more troops.",
        "In Latakia, security forces arrested three men.",
    ],
)
def test_site_traps(corpus_gaz: geo.Gazetteer, text: str) -> None:
    assert _claims(corpus_gaz, text) == []
