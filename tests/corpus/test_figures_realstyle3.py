"""Figures whose claimant or party comes from outside the count's own words (realstyle3 round).

Our own sentences. They pin: the Turkish defence ministry, government and army as claimants
of their own (their people still Turkey/SNA); a masthead line ("SDF Press Centre") making
the page its source's own; a monitor's own page that mentions other parties; soldiers with
no nationality.
"""

from __future__ import annotations

import pytest
from one_article import extract_text

Fig = tuple[int, str, str | None, str]
MOD = "Turkish Ministry of National Defence"


def _figures(text: str, outlet: str = "Wire") -> list[Fig]:
    ex = extract_text(text, outlet=outlet)
    return [(f.number, f.category, f.party, f.claimant) for f in ex.figures]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Turkey's defence ministry said 22 PKK/YPG terrorists were neutralised near Manbij.",
         [(22, "killed", "SDF", MOD)]),
        ("The Turkish National Defense Ministry said two of its soldiers were wounded in Syria.",
         [(2, "injured", "Turkey/SNA", MOD)]),
        ("Ankara said 30 terrorists had been neutralised in the operation.",
         [(30, "killed", "SDF", "Turkish government")]),
        ("The Turkish army said on Friday that three soldiers were killed by a mortar round.",
         [(3, "killed", "Turkey/SNA", "Turkish army")]),
        # soldiers with no nationality: the Syrian army's, unless another country is named
        ("Nine soldiers were killed when their bus was hit near Palmyra, the Observatory said.",
         [(9, "killed", "Syrian government", "SOHR")]),
        ("A drone attack on a base near Kobani wounded four Turkish soldiers and killed "
         "two soldiers, the monitor said.",
         [(4, "injured", "Turkey/SNA", "SOHR"), (2, "killed", None, "SOHR")]),
    ],
)  # fmt: skip
def test_claimant_and_party(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


def test_masthead_line_is_the_source() -> None:
    text = (
        "SDF Media Office\n\nStatement to the public\n\n"
        "Our fighters repelled an attack on the village of Tel Jamal and killed 5 attackers, "
        "while 2 of our fighters were wounded.\n"
    )
    got = _figures(text, outlet="")
    assert (2, "injured", "SDF", "SDF") in got
    assert all(c == "SDF" for *_, c in got)


def test_monitor_page_naming_other_parties() -> None:
    text = (
        "Hama province: Regime forces shelled the village of Kafr Nabudah this morning, "
        "killing two civilians.\n"
        "SOHR activists said that the shells came from positions of the Syrian army.\n"
        "SOHR documented the death of four soldiers in clashes with the factions.\n"
    )
    got = _figures(text, outlet="")
    assert (2, "killed", "civilians", "SOHR") in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a count before the source's noun does not hide it; the outlet told is no source
        ("Rebels killed 12 soldiers near Hama, three military sources told Reuters.",
         [(12, "killed", "Syrian government", "military sources")]),
        # "said they had ...": the pronoun opens what is said, the subject is the source
        ("The army said it shelled the town. Doctors at a clinic in Idlib said they had "
         "treated 14 wounded civilians.",
         [(14, "injured", "civilians", "doctors")]),
        # a description whose head is a word of a source the sentence named before
        ("Separately, the Internal Security Forces detained 9 people suspected of links to IS "
         "in Raqqa, the force said.", [(9, "detained", "IS", "Asayish")]),
        # figures whose compiler is named
        ("The Asayish said the raid went well. Mines have killed 21 people this year, according "
         "to statistics compiled by the Kurdish Red Crescent.",
         [(21, "killed", None, "Kurdish Red Crescent")]),
    ],
)  # fmt: skip
def test_claimant_read_past_its_neighbours(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # bare fighters: the one side the sentence names that does not act
        ("Israeli strikes on a depot used by Hezbollah near Qusayr killed five fighters, the "
         "monitor said.", [(5, "killed", "Hezbollah", "SOHR")]),
        ("A Turkish drone hit a car of the SDF near Amuda, killing two members, the Observatory "
         "said.", [(2, "killed", "SDF", "SOHR")]),
        # the acting side alone, or two sides left: nobody's
        ("Turkish drones killed three fighters near Kobani, the monitor said.",
         [(3, "killed", None, "SOHR")]),
        ("Clashes between the SDF and Turkish-backed factions killed nine fighters, the "
         "monitor said.", [(9, "killed", None, "SOHR")]),
        # the source's own name is no side
        ("Citing an SDF source, the agency reported that 40 fighters had surrendered.",
         [(40, "surrendered", None, "SDF")]),
        # "N of those killed": of the victims counted before
        ("Air strikes killed 11 IS militants, the monitor said. Four of those killed were "
         "foreigners, it added.", [(11, "killed", "IS", "SOHR"), (4, "killed", "IS", "SOHR")]),
    ],
)  # fmt: skip
def test_party_from_the_scene(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of inmates were recaptured after the jailbreak, the SDF said.",
        "The shelling forced thousands of families to flee, local sources said.",
        "Dozens of fighters surrendered near Baghouz, the monitor said.",
        "Scores of people were wounded in the blast.",
    ],
)
def test_plurals_of_round_numbers_are_no_count(text: str) -> None:
    assert _figures(text) == []


def test_an_exact_count_beside_a_vague_one_stays() -> None:
    got = _figures("Dozens were hurt and 14 people were killed in the blast, medics said.")
    assert got == [(14, "killed", None, "medics")]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Russia's defence ministry said 30 militants were killed in Idlib.",
         "Russian Ministry of Defence"),
        ("The Kremlin said 30 militants were killed in Idlib.", "Russian government"),
        ("Eight soldiers were killed near Deraa, the Syrian Arab News Agency reported.",
         "SANA (Syrian state news agency)"),
        ("Rami Abdurrahman said 19 fighters were killed near Tabqa.", "SOHR"),
        ("Mustafa Bali said 19 IS fighters were killed near Hajin.", "SDF"),
    ],
)  # fmt: skip
def test_institutions_as_claimants(text: str, claimant: str) -> None:
    assert {c for *_, c in _figures(text)} == {claimant}


def test_a_toll_rising_after_a_long_clause() -> None:
    text = (
        "With this, the number of people killed by Turkish drone strikes on villages and towns "
        "in the areas of north and east Syria since early 2024 has risen to 41, SOHR said."
    )
    assert _figures(text) == [(41, "killed", None, "SOHR")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A Turkish drone hit a car near Amuda, killing two SDF fighters and a civilian who "
         "was with them, the monitor said.",
         [(2, "killed", "SDF", "SOHR"), (1, "killed", "civilians", "SOHR")]),
        ("SOHR documented the death of a farmer by a landmine in the Raqqa countryside.",
         [(1, "killed", "civilians", "SOHR")]),
        ("A shepherd was martyred in the shelling, local sources said.",
         [(1, "killed", "civilians", "local sources")]),
    ],
)  # fmt: skip
def test_one_person_counts(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "The SDF arrested 12 suspects and a woman in a raid near Raqqa.",  # "in a raid": no end
        "Clashes erupted between the army and a militia near Daraa.",  # no count before
    ],
)
def test_one_person_traps(text: str) -> None:
    assert all(n != 1 for n, *_ in _figures(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Among the dead were 14 Druze and six Bedouins, the monitor said.",
         [(14, "killed", "Druze factions", "SOHR"), (6, "killed", "Arab tribes", "SOHR")]),
        ("A rocket attack on the base wounded three US service members, CENTCOM said.",
         [(3, "injured", "US-led coalition", "US-led coalition")]),
        ("A Turkish soldier was killed and three others were wounded near Afrin, the monitor said.",
         [(1, "killed", "Turkey/SNA", "SOHR"), (3, "injured", "Turkey/SNA", "SOHR")]),
    ],
)  # fmt: skip
def test_people_named_by_community_or_service(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


def test_a_quoted_name_before_what_it_names_is_a_source() -> None:
    text = (
        'The "Idlib Response Network" team said shelling had killed 9 civilians in Ariha '
        "this month."
    )
    assert _figures(text) == [(9, "killed", "civilians", "Idlib Response Network team")]


def test_a_quotation_before_its_speaker_is_still_masked() -> None:
    text = '"Five fighters were killed in the raid," the SDF said.'
    assert _figures(text) == [(5, "killed", None, "SDF")]
