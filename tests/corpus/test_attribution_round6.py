"""Claimants, round 6: the source named inside the figure's own sentence.

Sentences of our own. Each pins one kind of construction in which a body gives a figure
without an ordinary speech verb, or behind a possessive: the owner of an office or a
document ("the interior ministry's media office said", "the X Forces' spokesman", "the
group's press office" after the group is named), record-keeping verbs (listed, registered,
tallied, released figures, cited, posted on their channel, published the names, eulogised),
a label before a colon ("Health Ministry: ..."), a member named by the body ("a local council
member in X"), a name with its apposition or a relative clause before the verb, a source
first described then named ("A Syrian rights group says ... The Syrian Network for Human
Rights ..."). Traps: a thing a body did ("the army's shelling"), people who mourn, a place
or a party before a colon, a body releasing prisoners.
"""

from __future__ import annotations

import pytest
from one_article import extract_text


def _claimants(text: str, outlet: str | None = "AFP") -> list[tuple[int, str]]:
    ex = extract_text(text, outlet=outlet)  # type: ignore[arg-type]
    return [(f.number, f.claimant) for f in ex.figures]


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        # an owner speaks through its office, spokesman or document
        (
            "The health ministry's media office said 13 people were wounded when a shell hit "
            "the bus station in Masyaf.",
            13,
            "health ministry",
        ),
        (
            "The local council's spokesman said 4 children were among the dead in Sarmada.",
            4,
            "local council",
        ),
        (
            "The Kurdish Red Crescent's latest figures show 57 people were wounded by shelling "
            "in Hasakah.",
            57,
            "Kurdish Red Crescent",
        ),
        (
            "Nine farmers were wounded by shelling on Ain Issa, the Raqqa Military Council's "
            "press office said.",
            9,
            "Raqqa Military Council",
        ),
        (
            "The Manbij Military Council repelled the attack near Arima, and the group's media "
            "centre said its fighters killed 11 of the attackers.",
            11,
            "Manbij Military Council",
        ),
        # record-keeping verbs
        (
            "The Latakia Martyrs Office listed 19 people killed in the city in May.",
            19,
            "Latakia Martyrs Office",
        ),
        (
            "The Hasakah health board registered 38 wounded at the national hospital.",
            38,
            "Hasakah health board",
        ),
        (
            "The Free Idlib Army posted on their channel that 6 of their men were wounded near "
            "Saraqib.",
            6,
            "Free Idlib Army",
        ),
        (
            "The Tabqa Military Council eulogised three fighters killed by a roadside bomb.",
            3,
            "Tabqa Military Council",
        ),
        # labels before a colon
        ("Health Directorate: 23 people killed in strikes on Ariha", 23, "Health Directorate"),
        (
            "Quneitra governor Ahmed Sheikh: 2 shepherds wounded by Israeli fire",
            2,
            "Quneitra governor Ahmed Sheikh",
        ),
        # members named by their body
        (
            "A municipal council member in Kobani said 12 families had fled the shelling.",
            12,
            "municipal council in Kobani",
        ),
        # a name with its apposition, a relative clause, an aside
        (
            "Airwars, a UK-based monitoring group, cited local reports of 27 civilians killed in "
            "the strike.",
            27,
            "Airwars",
        ),
        (
            "The Afrin local council, which is backed by Ankara, published a list of 15 people "
            "killed in the blast.",
            15,
            "Afrin local council",
        ),
        (
            "The Sweida 24 network, quoting relatives, reported that 5 men were detained at a "
            "checkpoint.",
            5,
            "Sweida 24 network",
        ),
        # a toll with its author
        (
            "The toll released by the Interior Ministry rose to 21 dead after the ambush.",
            21,
            "Interior Ministry",
        ),
        (
            "Figures compiled by the Raqqa health directorate show 17 people were wounded.",
            17,
            "Raqqa health directorate",
        ),
        (
            "Civil defence figures show 8 people were killed in the strike on Binnish.",
            8,
            "Syrian Civil Defence",
        ),
        (
            "Five civilians were killed in the shelling (per SNHR).",
            5,
            "Syrian Network for Human Rights",
        ),
        # the civil defence in lower case, with an office and a name
        (
            "Barrel bombs killed 14 people in Daraya, the head of the civil defence in the "
            "town, Omar Hamdan, told AFP.",
            14,
            "Syrian Civil Defence",
        ),
        # an office with a country's possessive and a name; whom it was told is no source
        (
            "Syria's new interior minister, Anas Khattab, told reporters that 22 gunmen were "
            "detained in Jableh.",
            22,
            "Syria's new interior minister Anas Khattab",
        ),
        # described first, named next
        (
            "A Syrian rights group says 61 people died in detention in March. The Syrian "
            "Network for Human Rights' report, released on Monday, lists the deaths by "
            "province.",
            61,
            "Syrian Network for Human Rights",
        ),
    ],
)
def test_source_in_the_sentence(text: str, number: int, claimant: str) -> None:
    assert (number, claimant) in _claimants(text)


@pytest.mark.parametrize(
    ("text", "number", "not_claimant"),
    [
        # what a body did speaks for nobody
        ("The army's shelling of Kafr Nabl killed 8 people, residents said.", 8, "army"),
        ("The ministry's warehouse burned and 3 guards were wounded.", 3, "ministry"),
        # people who mourn or publish are no body
        ("Relatives mourned 9 people killed in the strike on the bakery.", 9, "Relatives"),
        ("The newspaper published photos of 16 bodies found near the dam.", 16, "newspaper"),
        # a place, a party or a newsroom word before a colon
        ("Homs: 5 civilians killed in shelling on al-Waer district", 5, "Homs"),
        ("Update: 14 people killed in the blast in Jarablus", 14, "Update"),
        ("Hama: 3 soldiers killed in an ambush near Suran", 3, "Syrian government"),
        ("SDF fighters: 6 killed and 2 wounded in the attack near the silos", 6, "SDF"),
        # a description right before a verb is still the monitor
        ("Airwars, a UK-based monitoring group, cited reports of 27 civilians killed.", 27, "SOHR"),
        # a name inside the relative clause
        (
            "The Afrin local council, which is backed by Ankara, published a list of 15 people "
            "killed in the blast.",
            15,
            "Turkish government",
        ),
        # a toll from an event, "per" before a common noun
        ("The toll from the car bomb in Afrin rose to 13 dead.", 13, "car bomb"),
        ("Aid came at 3 parcels per family, and 4 children were hurt in the crush.", 4, "family"),
        (
            "Syria's new interior minister, Anas Khattab, told reporters that 22 gunmen were "
            "detained in Jableh.",
            22,
            "reporters",
        ),
        # a body releasing people is not a source
        ("The Asayish released 31 detainees after tribal mediation.", 31, "Asayish"),
        # a description followed by another source
        (
            "A Syrian rights group says 61 people died in detention in March. The Syrian "
            "government said the report was false.",
            61,
            "Syrian government",
        ),
    ],
)
def test_not_the_source(text: str, number: int, not_claimant: str) -> None:
    assert (number, not_claimant) not in _claimants(text)


@pytest.mark.parametrize(
    "text",
    [
        "Breaking: 7 people killed in car bomb in al-Bab",
        "Damascus: 4 people wounded in mortar fire on Bab Sharqi",
    ],
)
def test_labels_that_are_not_sources_leave_the_outlet(text: str) -> None:
    assert all(c == "AFP" for _, c in _claimants(text))
