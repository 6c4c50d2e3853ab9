"""Control phrasings of the fifth round: takeovers by the post-2024 state, sites, lists.

Written after the blind batch ``benchmarks/data/realstyle_control5`` showed what was missed:
the new government's forces taking over what the SDF held under the 2025 deals, a second
predicate of one subject ("entered X and took over its airport"), a site's running handed
over ("took over the administration of the camp"), positions and garrisons kept, a
handover's receiver after an apposition, places named after "including" behind a date or a
river's noun, and quantifiers taken for place names. Every sentence is our own; each case
asserts every claim (actor, place, status, extent) and the traps assert that none is made.
"""

from __future__ import annotations

from datetime import date

import pytest
from one_article import extract_text

import geo
from corpus import extract
from corpus.reading import article_from_fields

Claim = tuple[str, str, str, str]


def _claims(gaz: geo.Gazetteer, text: str) -> list[Claim]:
    return [(c.actor, c.place, c.status, c.extent) for c in extract_text(text, gaz).control_claims]


def _claims_on(gaz: geo.Gazetteer, text: str, published: date) -> list[Claim]:
    art = article_from_fields(path="t", title="", text=text, published=published, outlet="AFP")
    assert art is not None
    return [(c.actor, c.place, c.status, c.extent) for c in extract(art, gaz).control_claims]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a second predicate of the same subject, and "its airport": the town's
        (
            "Army units rolled into Tabqa at dawn and took over its military airport.",
            [
                ("Syrian government", "Al-Tabqa", "holds", "partial"),
                ("Syrian government", "Tabqa airbase", "holds", "full"),
            ],
        ),
        (
            "Turkish-backed factions said they had entered Manbij and seized the Menagh airbase.",
            [
                ("Turkey/SNA", "Manbij", "holds", "partial"),
                ("Turkey/SNA", "Menagh airbase", "holds", "full"),
            ],
        ),
        # the running of a site passes to a side
        (
            "Damascus took over the administration of the Roj camp last week.",
            [("Syrian government", "Roj camp", "holds", "full")],
        ),
        (
            "Interior Ministry forces assumed the protection of the Tishrin dam on Friday.",
            [("General Security", "Tishrin Dam", "holds", "full")],
        ),
        # kept positions, a garrison
        (
            "Under the accord the SDF kept its positions in the oil fields of Rmelan.",
            [("SDF", "Rumaylan oil fields", "holds", "partial")],
        ),
        (
            "US troops still keep a garrison at al-Tanf, the Pentagon said.",
            [("US-led coalition", "At Tanf", "holds", "partial")],
        ),
        # the receiver of a handover after an apposition
        (
            "The Kurdish-led SDF handed over the Conoco field, a major gas plant, to Damascus.",
            [
                ("SDF", "Conoco gas field", "lost", "full"),
                ("Syrian government", "Conoco gas field", "holds", "full"),
            ],
        ),
        # the named facility, not the town that locates it
        (
            "The Tabqa Dam near Raqqa fell to the Kurdish-led SDF in 2017.",
            [("SDF", "Tabqa Dam", "holds", "full")],
        ),
        (
            "The Conoco field in Deir ez-Zor was handed over to government forces.",
            [("Syrian government", "Conoco gas field", "holds", "full")],
        ),
        (
            "The Ghwayran prison in Hasakah, where IS suspects are held, is under the control of"
            " the SDF.",
            [("SDF", "al-Sina'a prison (Ghwayran)", "holds", "full")],
        ),
        (
            "Security forces took control of the central prison in Aleppo.",
            [("government security forces", "Aleppo prison", "holds", "full")],
        ),
        (
            "The SDF seized the Division 17 base on Friday.",
            [("SDF", "Division 17 base", "holds", "full")],
        ),
        # another name in brackets, and a party's passive
        (
            "Tal Abyad (Gire Spi) had been captured, the Turkish Defence Ministry said.",
            [("Turkey/SNA", "Tall Abyaḑ", "holds", "full")],
        ),
        # an anaphoric subject named by its noun, after a sentence adverb
        (
            "The SDF repelled an attack by Turkish-backed factions near Manbij."
            " Later, the factions recaptured the village of Arima.",
            [("Turkey/SNA", "Al ‘Arīmah", "regained", "full")],
        ),
        # the new government's "state control", and a relative clause saying who left
        (
            "The army extended state control over Maskanah, which the SDF had left over the"
            " weekend.",
            [
                ("Syrian government", "Maskanah", "holds", "full"),
                ("SDF", "Maskanah", "lost", "full"),
            ],
        ),
        # "occupied by": the occupier holds it
        (
            "Tal Abyad, occupied by Turkey and its proxies since 2019, lacks water.",
            [("Turkey/SNA", "Tall Abyaḑ", "holds", "full")],
        ),
        # a headline of two clauses: the second name opens its own clause
        (
            "Damascus receives Roj camp, Ghwayran prison remains with SDF",
            [
                ("Syrian government", "Roj camp", "holds", "full"),
                ("SDF", "al-Sina'a prison (Ghwayran)", "holds", "full"),
            ],
        ),
        # a town's facility named with the possessive
        (
            "Rebels stormed into Hama and captured Hama's military airport on Thursday.",
            [("rebels", "Ḩamāh", "holds", "partial"), ("rebels", "Ḩamāh airport", "holds", "full")],
        ),
        # "and the nearby village of" goes on with the list
        (
            "The SNA captured the Tishrin dam and the nearby village of Abu Qalqal.",
            [
                ("Turkey/SNA", "Tishrin Dam", "holds", "full"),
                ("Turkey/SNA", "Abū Qalqal", "holds", "full"),
            ],
        ),
        # "including" after a date or a river's noun
        (
            "The army captured dozens of villages in Hama province since May, including Kafr Zita.",
            [
                ("Syrian government", "Hama", "holds", "partial"),
                ("Syrian government", "Kafr Zaytā", "holds", "partial"),
            ],
        ),
    ],
)
def test_round5_phrasings(corpus_gaz: geo.Gazetteer, text: str, claims: list[Claim]) -> None:
    assert sorted(_claims(corpus_gaz, text)) == sorted(claims)


def test_state_forces_entering_under_a_deal_after_the_fall(corpus_gaz: geo.Gazetteer) -> None:
    text = "General Security forces entered Raqqa on Sunday under the agreement with the SDF."
    assert _claims_on(corpus_gaz, text, date(2026, 1, 25)) == [
        ("General Security", "Ar Raqqah", "holds", "partial")
    ]
    # before the fall, the same words are a deployment beside the SDF
    old = "Government forces entered the town of Raqqa on Sunday under a deal with the SDF."
    assert _claims_on(corpus_gaz, old, date(2019, 10, 14)) == []


def test_the_offensive_command_after_the_fall_is_the_state(corpus_gaz: geo.Gazetteer) -> None:
    text = "The Military Operations Command said its fighters took control of Mayadin."
    assert _claims_on(corpus_gaz, text, date(2025, 1, 3)) == [
        ("Syrian government", "Al Mayādīn", "holds", "full")
    ]
    before = "The Military Operations Command said its fighters took control of Hama."
    assert _claims_on(corpus_gaz, before, date(2024, 12, 5)) == [
        ("rebels", "Ḩamāh", "holds", "full")
    ]


def test_internal_security_after_the_fall_is_the_interior_ministrys(
    corpus_gaz: geo.Gazetteer,
) -> None:
    text = "Internal security forces entered the town of Shahba on Sunday evening."
    assert _claims_on(corpus_gaz, text, date(2025, 7, 20)) == [
        ("General Security", "Shahbā", "holds", "partial")
    ]
    assert _claims_on(corpus_gaz, text, date(2019, 7, 20)) == [
        ("SDF", "Shahbā", "holds", "partial")
    ]
    # an article about the Kurds' own forces keeps them the SDF's
    kurds = "Internal security forces (Asayish) entered the town of Amuda after the SDF left."
    assert ("SDF", "‘Āmūdā", "holds", "partial") in _claims_on(corpus_gaz, kurds, date(2025, 7, 20))
    command = "Units of the Internal Security Command deployed in the town of Jaramana."
    assert _claims_on(corpus_gaz, command, date(2025, 5, 2)) == [
        ("General Security", "Jaramānā", "holds", "partial")
    ]


def test_turkey_backed_rebels_are_turkeys_side(corpus_gaz: geo.Gazetteer) -> None:
    text = "Turkey-backed Syrian rebels captured Tal Rifaat on Sunday, the monitor said."
    assert _claims(corpus_gaz, text) == [("Turkey/SNA", "Tall Rif‘at", "holds", "full")]
    # other rebels in the sentence: which is which is not told, the rebels stay rebels
    mixed = "Turkey-backed Syrian rebels took Tal Rifaat while Syrian rebels in Idlib took Saraqib."
    assert {c[0] for c in _claims(corpus_gaz, mixed)} == {"rebels"}


@pytest.mark.parametrize(
    "text",
    [
        "Both towns have been held by the Kurdish-led SDF since 2016.",
        "A UN agency took over the administration of the school in Raqqa.",
        "The SDF kept its positions in the talks with Damascus, a spokesman said.",
        "The SDF handed over the bodies, the last of the dead, to their families in Qamishli.",
        "The SDF took over its military airport.",
        "The SDF seized oil in Raqqa.",
        "Twelve fighters were captured near Suluk, the Turkish Defence Ministry said.",
        "The ministry vowed to extend state control over all of Syria.",
        "The school in Raqqa was occupied by displaced families.",
        "SDF holds positions, Turkish-backed factions shell villages south of Manbij",
        "Responsibility for the bombing in Manbij remains with IS, officials said.",
    ],
)
def test_round5_traps(corpus_gaz: geo.Gazetteer, text: str) -> None:
    assert _claims(corpus_gaz, text) == []
