"""Claimants, round 5: who gives a figure when the outlet is only the channel.

Sentences of our own. Each pins one kind of phrasing: "according to him / her" for the
speaker named before; a participle (", saying ...") whose speaker is the subject of the
clause it hangs on, never the object of "accused" / "condemned"; a person described after
the verb or after "according to" ("said X, director of the Y hospital"); an office or a
relative clause that puts a person at a body ("Director of X Hospital, Dr. Y,", "X, who
heads the ward at the Y hospital,"); a body with its place ("the health authority in
Kobani").
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
        # "according to him / her / them": the speaker named before
        (
            "The director of the Tal Abyad health directorate, Ahmed Nasser, said the roads were "
            "cut. According to him, 16 people were wounded.",
            16,
            "Tal Abyad health directorate",
        ),
        (
            "Local activists said the raid began at dawn. According to them, 7 men were detained.",
            7,
            "local activists",
        ),
        # a participle: the subject of its clause
        (
            "The health ministry condemned the strike on the clinic, saying 5 people were killed.",
            5,
            "health ministry",
        ),
        (
            "Damascus accused Israel of the raid, saying 3 soldiers were wounded.",
            3,
            "Syrian government",
        ),
        (
            "HASAKAH, Syria (North Press) – The Asayish denied the reports, saying 4 of its "
            "members were wounded.",
            4,
            "Asayish",
        ),
        # a person described after the verb or "according to"
        (
            "Thirteen bodies were brought in on Monday, said Walid Hamad, the director of the "
            "national hospital in Tartus.",
            13,
            "national hospital in Tartus",
        ),
        (
            "Thirteen bodies were brought in on Monday, according to Walid Hamad, a doctor at "
            "the Tartus military hospital.",
            13,
            "Tartus military hospital",
        ),
        # an office or a relative clause at a body, a body with its place
        (
            "Director of Banias Hospital, Dr. Fadi Issa, said 20 wounded were admitted.",
            20,
            "Banias Hospital",
        ),
        (
            "Fadi Issa, who heads the trauma unit at the Latakia university hospital, told AFP "
            "that 20 wounded were admitted.",
            20,
            "Latakia university hospital",
        ),
        (
            "Rojda Ahmed, the co-chair of the health board in Serekaniye, said 9 civilians were "
            "wounded.",
            9,
            "health board in Serekaniye",
        ),
    ],
)
def test_claimant(text: str, number: int, claimant: str) -> None:
    assert (number, claimant) in _claimants(text)


@pytest.mark.parametrize(
    ("text", "number", "not_claimant"),
    [
        # the object of "accused" / "urged" is not the speaker
        ("Ankara urged the SDF to withdraw, saying 2 Turkish soldiers were killed.", 2, "SDF"),
        (
            "The SDF condemned the Turkish Defence Ministry on Monday after 2 fighters were "
            "killed.",
            2,
            "Turkish Ministry of National Defence",
        ),
        # "according to her brother": not the speaker named before
        (
            "The co-chair of the health board in Amuda, Hevin Ali, said the road was closed. "
            "According to her cousin, 5 people died.",
            5,
            "health board in Amuda",
        ),
        # a person with a description that is no body keeps the person
        ("Eleven people were wounded, said Samir Khalil, a trader from the market.", 11, "market"),
        # a relative clause about something else than a body
        (
            "Samir Khalil, who runs a shop near the Hama national hospital, said 11 people were "
            "wounded.",
            11,
            "Hama national hospital",
        ),
    ],
)
def test_not_claimant(text: str, number: int, not_claimant: str) -> None:
    assert (number, not_claimant) not in _claimants(text)


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        # names the claimant table knows since round 5
        ("The Kurdish-run administration said 3 of its employees were wounded.", 3, "AANES"),
        ("Kurdish-led security forces said they had arrested 19 suspects in Raqqa.", 19, "Asayish"),
        (
            "The U.S. Central Command said its forces had killed 2 militants in a raid.",
            2,
            "US-led coalition",
        ),
        # a description with a body's head points back only to a body named with it
        (
            "The Raqqa Health Commission said roads were closed. The commission said 5 children "
            "were wounded.",
            5,
            "Raqqa Health Commission",
        ),
        (
            "The AANES education committee said schools were shut. The committee added that 3 "
            "teachers were killed.",
            3,
            "AANES education committee",
        ),
    ],
)
def test_named_body(text: str, number: int, claimant: str) -> None:
    assert (number, claimant) in _claimants(text)


def test_authority_alone_is_not_the_last_claimant() -> None:
    text = "The SDF said the hospital was hit. The authority said 5 civilians were killed."
    assert (5, "SDF") not in _claimants(text)
