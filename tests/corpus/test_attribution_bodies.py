"""Officials and bodies as claimants: the speaker of a figure, not the outlet nor a carrier.

Sentences of our own in wire, state-media and local-outlet styles. Each pins one kind of
phrasing: a source speaking from a body ("a source in the X Military Council", "a doctor at
the Y hospital"), an office before or around a name, a description that points back only to
a body named with its head noun ("the council", "the interior ministry"), "its director",
"X issued a statement saying", "according to its report", a carrier of a statement
("according to a statement carried by SANA"), whom something was told ("told SANA's
reporter"), and the outlet's own reporter or witness.
"""

from __future__ import annotations

import pytest
from one_article import article, extract_text

from corpus._context import Context
from corpus.attribution import attribute


def _claimants(text: str, outlet: str | None = "AFP") -> list[tuple[int, str]]:
    ex = extract_text(text, outlet=outlet)  # type: ignore[arg-type]
    return [(f.number, f.claimant) for f in ex.figures]


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        # a source, a doctor, an official speaking from a body: the body
        ("Fighting near Tabqa killed 8 fighters, a source in the Raqqa Military Council told "
         "reporters.", 8, "Raqqa Military Council"),
        ("A doctor at the Afrin military hospital said 13 wounded men had been brought in.",
         13, "Afrin military hospital"),
        ("Staff at the Qamishli national hospital said 6 bodies arrived overnight.", 6,
         "Qamishli national hospital"),
        ("Khalil Omar, a surgeon at the Idlib university hospital, told AFP that 21 people "
         "had died.", 21, "Idlib university hospital"),
        ('"We counted 17 dead," the director of the Jableh national hospital told AFP.', 17,
         "Jableh national hospital"),
        # a body named with its place keeps it
        ("The health directorate in Raqqa province said 5 children were wounded.", 5,
         "health directorate in Raqqa province"),
        # an office before or around a name
        ("Health Minister Samir Haddad said 27 people were wounded in the blast.", 27,
         "Health Minister Samir Haddad"),
        ("The governor of Hama, Nabil Khoury, said on television that 4 people were killed.", 4,
         "governor of Hama"),
        # a statement issued by an unknown body; an aside between subject and verb
        ("The health ministry issued a statement saying 12 people died in the shelling.", 12,
         "health ministry"),
        ("The Kurdish Red Crescent put out a statement on Sunday, saying its teams treated 40 "
         "wounded.", 40, "Kurdish Red Crescent"),
        ("The monitor said 40 were killed. The health ministry, however, put the toll at 28.",
         28, "health ministry"),
        # a portfolio in lower case, an office in an apposition, an aside before the verb
        ("Seven people died, the ministry of health said, adding that 22 were wounded.", 22,
         "ministry of health"),
        ('"There are 15 dead," Rami Nasser, the health minister, told state TV.', 15,
         "health minister Rami Nasser"),
        ("Hadi Ayoub, a spokesman for the Sultan Murad Division, said 5 of its fighters died.",
         5, "Sultan Murad Division"),
        ("Syria's Health Ministry, in an updated toll, said 61 people had died.", 61,
         "Syria's Health Ministry"),
        ("Health Minister Rami Nasser told the state-run Ikhbariya TV that 19 people died.",
         19, "Health Minister Rami Nasser"),
        # a toll raised, figures shown, "per", posted on a channel, quoted as saying
        ("The Syrian health ministry raised the toll to 34 dead on Tuesday.", 34,
         "Syrian health ministry"),
        ("Figures from the Raqqa health directorate showed 52 people were wounded.", 52,
         "Raqqa health directorate"),
        ("Per the interior ministry, 19 people were arrested at checkpoints.", 19,
         "interior ministry"),
        ("The Syrian Interior Ministry posted on Telegram that 7 policemen were killed.", 7,
         "Syrian Interior Ministry"),
        ("The state news agency quoted a source at the Daraa national hospital as saying 6 "
         "people were killed.", 6, "Daraa national hospital"),
        # a name with a number in it
        ("The Suwayda 24 news network reported that 14 members of local factions were killed.",
         14, "Suwayda 24 news network"),
    ],
)  # fmt: skip
def test_a_body_is_the_claimant(text: str, number: int, claimant: str) -> None:
    assert (number, claimant) in _claimants(text)


def test_according_to_its_report_is_the_sentences_speaker() -> None:
    text = (
        "The Syrian Network for Human Rights recorded the killing of 58 civilians in March, "
        "according to its monthly report."
    )
    assert _claimants(text) == [(58, "Syrian Network for Human Rights")]


def test_a_carrier_of_a_statement_is_not_its_author() -> None:
    text = (
        "The Kurdish Red Crescent announced that 9 of its volunteers were wounded, according "
        "to a statement carried by the Hawar news agency."
    )
    assert _claimants(text) == [(9, "Kurdish Red Crescent")]


def test_whom_it_was_told_is_not_the_speaker() -> None:
    text = "Health Minister Samir Haddad told SANA's reporter that 31 people were wounded."
    assert _claimants(text) == [(31, "Health Minister Samir Haddad")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # the council named before, not the monitor named last
        ("The Manbij Civil Council said shelling hit a school. The Syrian Observatory for Human "
         "Rights said two fighters died. In all, 66 civilians have been killed this month, the "
         "council said.", "Manbij Civil Council"),
        # a description with a modifier of its own names a new body
        ("The Syrian Observatory for Human Rights said two fighters died. The interior ministry "
         "said 66 people had been arrested.", "interior ministry"),
    ],
)  # fmt: skip
def test_a_description_points_back_only_to_a_body_of_its_kind(text: str, claimant: str) -> None:
    assert _claimants(text)[-1] == (66, claimant)


def test_its_director_is_the_body_the_sentence_opens_on() -> None:
    text = (
        "HOMS, Syria – The national hospital in Homs has received 24 bodies since Friday, its "
        "director told reporters."
    )
    assert _claimants(text) == [(24, "national hospital in Homs")]


def test_its_media_center_is_the_body_named_before() -> None:
    text = (
        "The SDF rejected the figure. Its media center said Turkish shelling had killed 7 "
        "civilians near Amuda."
    )
    assert _claimants(text) == [(7, "SDF")]


@pytest.mark.parametrize(
    "text",
    [
        "A Reuters witness said 30 bodies lay in the courtyard of the hospital.",
        "Our correspondent in Idlib said 30 people were killed in the raid.",
    ],
)
def test_the_outlets_own_reporter_is_the_outlet(text: str) -> None:
    ex = extract_text(text, outlet="Reuters")
    assert [(f.number, f.claimant) for f in ex.figures] == [(30, "Reuters")]


def test_another_outlets_reporter_is_a_source_of_its_own() -> None:
    ctx = Context(article("Al Jazeera's correspondent said 30 people were killed."), None, [])
    (att,) = attribute(ctx)
    assert att.claimant != "AFP"


def test_a_place_is_not_a_body() -> None:
    # "medical sources in X", "officials in X": X is where they are, not whom they speak for
    text = "Medical sources in Busayrah said 9 civilians died of their wounds."
    assert _claimants(text) == [(9, "medical sources")]


def test_a_dateline_city_is_not_a_masthead() -> None:
    text = "ANKARA\n\nThe Kurdish Red Crescent said 12 people were wounded."
    ex = extract_text(text, outlet=None)
    assert [(f.number, f.claimant) for f in ex.figures] == [(12, "Kurdish Red Crescent")]
    ex = extract_text("ANKARA\n\nTwelve people were wounded in the blast.", outlet=None)
    assert all(f.claimant != "Turkish government" for f in ex.figures)


@pytest.mark.parametrize(
    "text",
    [
        "The fighters told residents to leave before 12 houses were burned.",  # an order
        "Some 40 soldiers posted on the hill were killed.",  # "posted on" a place
        "Twelve people were wounded, per day, in the clashes.",
    ],
)
def test_not_a_source(text: str) -> None:
    assert {c for _, c in _claimants(text)} <= {"AFP"}


def test_a_speaker_goes_on_to_the_end_of_the_quotation_he_opened() -> None:
    text = (
        'Omar Khalil, head of the Tabqa health directorate, said: "We have received 12 bodies. '
        'Another 20 people are wounded."'
    )
    assert _claimants(text) == [(12, "Tabqa health directorate"), (20, "Tabqa health directorate")]


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("The health ministry's latest toll stands at 34 dead.", 34, "health ministry"),
        ("The Observatory's tally of civilians killed this year reached 412.", 412, "SOHR"),
    ],
)
def test_a_toll_named_after_its_owner_is_its_owners(text: str, number: int, claimant: str) -> None:
    assert _claimants(text) == [(number, claimant)]


def test_a_source_named_after_the_verb_and_acting_is_what_is_reported() -> None:
    # "said the Syrian army shelled": the army is the subject of the report, not its source
    text = "The mayor said the Syrian army shelled the town, killing 6 people."
    assert {c for _, c in _claimants(text)} == {"AFP"}


def test_a_sentence_opening_on_while_parts_its_claimants() -> None:
    text = "While the SDF said 12 attackers were killed, the Observatory put the toll at 19."
    assert _claimants(text) == [(12, "SDF"), (19, "SOHR")]


def test_a_source_a_quotation_names_is_the_claimant_inside_it() -> None:
    text = (
        'The SDF said in a statement: "The Turkish Ministry of Defense claimed that our '
        'fighters shelled its posts, killing 7 soldiers, which is a lie."'
    )
    assert (7, "Turkish Ministry of National Defence") in _claimants(text)
    # a quotation naming no source of its own stays its speaker's
    text = 'The SDF said in a statement: "Our fighters repelled the attack, killing 7 attackers."'
    assert _claimants(text) == [(7, "SDF")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Amnesty International said 30 people were detained in Afrin.", "Amnesty International"),
        ("UNICEF said 30 children were killed this year.", "UNICEF"),
        ("Some 30,000 people fled, the UN humanitarian office (OCHA) said.", "UN OCHA"),
        ("The Rojava Information Center said 30 civilians were wounded.",
         "RIC (Rojava Information Center)"),
        # the phrase naming several bodies stays one claimant
        ("According to the UN and human rights groups, 30 boys are detained.",
         "UN and human rights groups"),
    ],
)  # fmt: skip
def test_a_named_organisation_keeps_its_name(text: str, claimant: str) -> None:
    assert {c for _, c in _claimants(text)} == {claimant}


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The co-chair of the Kobani health board said 6 civilians were killed.",
         "Kobani health board"),
        ("A member of the Hasakah health commission said 6 civilians were wounded.",
         "Hasakah health commission"),
        ("The head of the health committee in Deir ez-Zor Civil Council said 6 people were "
         "injured.", "health committee in Deir ez-Zor Civil Council"),
    ],
)  # fmt: skip
def test_boards_commissions_and_co_chairs(text: str, claimant: str) -> None:
    assert {c for _, c in _claimants(text)} == {claimant}


def test_the_ministry_after_its_minister_is_the_ministers() -> None:
    text = (
        "Health Minister Rami Nasser said the blast hit a market. The ministry said 15 people "
        "were killed."
    )
    assert _claimants(text) == [(15, "Health Minister Rami Nasser")]
