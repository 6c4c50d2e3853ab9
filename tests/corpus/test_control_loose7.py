"""The clause-level reader, seventh round: structure that carries over between outlets.

Sentences of our own for what the verb families of ``loose:`` (corpus/rules/control.yaml)
read beyond the words of the verb: a time adjunct anywhere in the clause, a plural place
object named by an "including" list, the subject of a second verb, the subject before a
relative clause or an apposition, and denials (a denied loss is disputed; a denied taking
is no claim).
"""

from __future__ import annotations

import pytest
from one_article import extract_text

import geo

Claim = tuple[str, str, str, str]


def _claims(text: str, gaz: geo.Gazetteer) -> list[Claim]:
    return sorted(
        (c.actor, c.place, c.status, c.extent) for c in extract_text(text, gaz).control_claims
    )


_STRUCTURES = [
    pytest.param(  # a time adjunct inside the verb phrase, supporters after "backed by"
        "Syrian government troops backed by Russian and Iranian forces took control on "
        "Tuesday of the strategic town of Saraqeb.",
        [("Syrian government", "Saraqib", "holds", "full")],
        id="adjunct-in-verb-phrase",
    ),
    pytest.param(  # a time adjunct before a quantified object
        "The army has recaptured in recent weeks dozens of villages in the countryside of Hama.",
        [("Syrian government", "Ḩamāh", "regained", "partial")],
        id="adjunct-before-object",
    ),
    pytest.param(  # a plural place object, its members listed after "among them"
        "Opposition factions captured within hours more than 20 villages west of Aleppo, among "
        "them Khan al-Assal and Urum al-Kubra.",
        [
            ("rebels", "Khan al `Asal", "holds", "full"),
            ("rebels", "Urum al Kubra", "holds", "full"),
        ],
        id="among-them-list",
    ),
    pytest.param(  # a second verb of a subject far before it
        "The army, supported by allied forces, continued its advance in the countryside of Deir "
        "Ezzor and took control of the villages of al-Jafra and al-Husseiniya.",
        [
            ("Syrian government", "Al Husayniyah", "holds", "full"),
            ("Syrian government", "Jafrah", "holds", "full"),
        ],
        id="coordinated-verb",
    ),
    pytest.param(  # the subject before a relative clause
        "The Turkish-backed factions, which launched an offensive last week under a new name, "
        "captured Tal Rifaat on Sunday.",
        [("Turkey/SNA", "Tall Rif‘at", "holds", "full")],
        id="relative-clause-subject",
    ),
    pytest.param(  # an actor inside an apposition is not the subject
        "The SDF, an alliance that has fought IS since 2015, on Saturday captured the town of "
        "Hajin.",
        [("SDF", "Hajīn", "holds", "full")],
        id="apposition-subject",
    ),
    pytest.param(  # a denied loss: the denier disputes it
        "The SDF denied losing Tal Tamr and said its fighters were still in the town.",
        [("SDF", "Tall Tamr", "disputed", "full")],
        id="denied-losing",
    ),
    pytest.param(  # a denied fall: the denier disputes it
        "The Syrian army denied that Palmyra had fallen to the Islamic State.",
        [("Syrian government", "Tadmur", "disputed", "full")],
        id="denied-fall",
    ),
    pytest.param(  # an auxiliary between the place and "fallen to"
        "Palmyra had fallen to the Islamic State by then.",
        [("IS", "Tadmur", "holds", "full")],
        id="had-fallen-to",
    ),
    pytest.param(  # "province" after a name names the province itself
        "HTS dominates Idlib province and parts of western Aleppo.",
        [("HTS", "Aleppo", "holds", "partial"), ("HTS", "Idleb", "holds", "full")],
        id="province-after-name",
    ),
    pytest.param(  # a declared control, no verb of taking
        "The SDF announced full control over the town of Hajin.",
        [("SDF", "Hajīn", "holds", "full")],
        id="announced-control",
    ),
    pytest.param(  # authority restored: regained
        "The Syrian government has re-established its authority over Daraa.",
        [("Syrian government", "Dar‘ā", "regained", "full")],
        id="authority-over",
    ),
    pytest.param(  # posts of a kind named before the place: held in part
        "Government forces abandoned their security posts in the town of Sanamayn.",
        [("Syrian government", "Aş Şanamayn", "lost", "partial")],
        id="security-posts",
    ),
    pytest.param(  # a passive participle after the place, its agent after "by"
        "Saraqeb, captured by rebels on Friday, is a key junction on the highway.",
        [("rebels", "Saraqib", "holds", "full")],
        id="reduced-passive",
    ),
    pytest.param(  # a loss told by a noun, its loser the possessive
        "The regime's loss of Idlib city in 2015 shocked Damascus.",
        [("Syrian government", "Idlib", "lost", "full")],
        id="loss-of",
    ),
    pytest.param(  # a first-person subject in a quote: the side of the one quoted
        '"We have liberated Manbij," an SNA commander told reporters.',
        [("Turkey/SNA", "Manbij", "holds", "full")],
        id="first-person-quote",
    ),
    pytest.param(  # a list goes on past a name the gazetteer does not know
        "The rebels seized Kafr Nabudah, Zzzqara and Karnaz on Monday.",
        [("rebels", "Kafr Nabudah", "holds", "full"), ("rebels", "Kurnāz", "holds", "full")],
        id="unknown-name-in-list",
    ),
    pytest.param(  # ... but not past words that are no names
        "The rebels seized Kafr Nabudah, killing 20 soldiers and Karnaz residents.",
        [("rebels", "Kafr Nabudah", "holds", "full")],
        id="no-name-ends-list",
    ),
    pytest.param(  # a side of a place: held in part
        "Israeli forces seized the Syrian side of the town of Quneitra.",
        [("Israel", "Al Qunayţirah", "holds", "partial")],
        id="side-of",
    ),
    pytest.param(  # a perfect participle clause: its subject follows
        "Having captured Saraqeb on Friday, the rebels pushed south towards Hama.",
        [("rebels", "Saraqib", "holds", "full")],
        id="having-captured",
    ),
    pytest.param(  # a time adjunct between the subject's verb and a list
        "Members of the Kurdish-led SDF on Wednesday seized the last neighbourhoods of Raqqa "
        "still held by the jihadists.",
        [("IS", "Ar Raqqah", "holds", "full"), ("SDF", "Ar Raqqah", "holds", "partial")],
        id="adjunct-after-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _STRUCTURES)
def test_structure(corpus_gaz: geo.Gazetteer, text: str, expected: list[Claim]) -> None:
    assert _claims(text, corpus_gaz) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Turkish-backed factions denied they had captured Tal Tamr.",
        "The rebels denied that they had entered Saraqeb.",
        "The army sent reinforcements to Saraqeb on Tuesday.",
        "Government forces reached the outskirts of Saraqeb on Tuesday.",
        "The rebels plan to take control on Friday of the town of Saraqeb.",
        "Rebels seized within hours dozens of weapons, including rockets, in Saraqeb.",
        "The SDF, which Turkey calls a terrorist group, said civilians fled Manbij.",
        "Displaced families entered Idlib after the army's advance in the countryside.",
        "Saraqeb, visited by a UN delegation on Friday, is a key junction.",
        '"We have entered Manbij to deliver aid," a UN official said.',
        "Having failed to take Saraqeb, the rebels pulled back.",
    ],
)
def test_no_claim(corpus_gaz: geo.Gazetteer, text: str) -> None:
    assert _claims(text, corpus_gaz) == []


_LIST = (
    "The Turkish Armed Forces and the Free Syrian Army cleared three more villages of "
    "terrorists on Monday, the General Staff said. The villages liberated on Monday:\n"
    "• Kafr Safra\n• Deir Ballut village\n• 12 terrorists neutralised near Bulbul\n\n"
    "The operation continues."
)


def test_list_after_an_intro(corpus_gaz: geo.Gazetteer) -> None:
    """Items of places after an intro that ends with a colon take its verb and its actor."""
    got = _claims(_LIST, corpus_gaz)
    assert got == [
        ("Turkey/SNA", "Dayr Ballut", "holds", "full"),
        ("Turkey/SNA", "Kafr Safrah", "holds", "full"),
    ]


def test_list_after_an_aim_gives_none(corpus_gaz: geo.Gazetteer) -> None:
    text = "The rebels said they aim to capture the following towns:\n- Kafr Nabudah\n- Karnaz\n"
    assert _claims(text, corpus_gaz) == []


def test_including_the_districts_of(corpus_gaz: geo.Gazetteer) -> None:
    """The plural noun may follow "including the": the list after it is the object's."""
    text = (
        "The army seized more than a third of the east, including the districts of "
        "Masaken Hanano, Jabal Badro and al-Sakhour."
    )
    assert ("Syrian government", "Sukhur", "holds", "full") in _claims(text, corpus_gaz)
