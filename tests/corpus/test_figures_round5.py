"""Figures of the fifth round (realstyle5_parties): counts easily missed and their parties.

Our own sentences. They pin: a verb whose name starts like a month ("martyred 33") is no
date; "two of the wounded died of their wounds" are killed; "regime" before a people word;
the state's security forces after the fall of the former government (2024-12-08) are the
new government's General Security.
"""

from __future__ import annotations

from datetime import date

import pytest

from corpus import extract
from corpus.reading import article_from_fields

Fig = tuple[int, str, str | None]


def _figures(text: str, published: date = date(2022, 1, 26)) -> list[Fig]:
    art = article_from_fields(
        path="t", title="", text=text, published=published, outlet="Wire", language=None
    )
    assert art is not None
    return [(f.number, f.category, f.party) for f in extract(art, None).figures]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The shelling that martyred 14 Turkish soldiers was condemned by Ankara.",
         [(14, "killed", "Turkey/SNA")]),
        ("Officials decided 30 families would be moved.", []),
        ("On March 12 the convoy was hit and nine soldiers were killed.",
         [(9, "killed", "Syrian government")]),
        ("Three of the wounded later died of their wounds in hospital, the monitor said.",
         [(3, "killed", None)]),
        ("The clashes killed 12 jihadists and 9 regime fighters near the town.",
         [(12, "killed", "IS"), (9, "killed", "Syrian government")]),
    ],
)  # fmt: skip
def test_counts_and_categories(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("Gunmen ambushed a patrol near Jableh, killing 11 members of the security forces.",
         date(2025, 3, 8), [(11, "killed", "government security forces")]),
        ("Four Syrian security forces personnel were wounded in the blast.",
         date(2025, 6, 1), [(4, "injured", "government security forces")]),
        # an agency the source names keeps its name
        ("Four members of the General Security were wounded in the blast.",
         date(2025, 6, 1), [(4, "injured", "General Security")]),
    ],
)  # fmt: skip
def test_security_forces_after_the_fall(text: str, published: date, want: list[Fig]) -> None:
    assert _figures(text, published) == want


def test_security_forces_before_the_fall_keep_their_table_party() -> None:
    got = _figures("Two members of the security forces were killed in Daraa.", date(2021, 5, 2))
    assert got and got[0][2] != "General Security"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "N of them" opening a sentence: the one side before that is not the agent of "them"
        ("Fighters of the Islamic State tried to storm the base, but the guards drove them "
         "back. Six of them were killed.",
         [(6, "killed", "IS")]),
        ("A security source told SANA that gunmen of the Islamic State had raided the farm "
         "before troops surrounded them. Four of them were killed.",
         [(4, "killed", "IS")]),
        # trap: two sides before, none said to be "them"
        ("SDF fighters and Turkish-backed factions exchanged fire near the village all night. "
         "Three of them were killed.",
         [(3, "killed", None)]),
        # "the attackers ... N of them", the attackers named in an earlier sentence
        ("An Islamic State cell ambushed a police car near Mayadin on Sunday.\n"
         "The police said they fought off the attackers and that two of them were killed.",
         [(2, "killed", "IS")]),
        ("An attack by an IS cell hit the checkpoint at dawn.\n"
         "Reinforcements arrived within minutes.\n"
         "The army said three of the attackers were killed.",
         [(3, "killed", "IS")]),
    ],
)  # fmt: skip
def test_them_and_the_attackers(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


def test_its_members_of_the_ministry_named_before() -> None:
    text = (
        "The Interior Ministry said its forces arrested a cell leader in Deir ez-Zor.\n"
        "The ministry added that one of its members was wounded during the raid."
    )
    assert _figures(text, date(2025, 9, 1)) == [(1, "injured", "General Security")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a breakdown by a copula goes on: the later counts are people of the same category
        ("The monitor said 14 of those killed were Syrians and nine were Fatemiyoun "
         "fighters, while two were members of Hezbollah.",
         [(14, "killed", None), (9, "killed", "Iran"), (2, "killed", "Hezbollah")]),
        ("Clashes between SDF fighters and Turkish-backed factions killed 40 fighters. "
         "Of them, 30 of those killed were from the factions and ten were from the SDF.",
         [(40, "killed", None), (30, "killed", "Turkey/SNA"), (10, "killed", "SDF")]),
        # the copula after the whole of "N of the M people killed"
        ("Seven of the 12 people killed were members of the Asayish, the statement said.",
         [(7, "killed", "SDF"), (12, "killed", None)]),
        # trap: a verb of its own after "were" is no breakdown
        ("Twenty of those killed were civilians, and 2019 was the worst year.",
         [(20, "killed", "civilians")]),
    ],
)  # fmt: skip
def test_breakdowns_by_a_copula(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        ("Gunmen loyal to the former regime attacked a checkpoint near Baniyas. Security "
         "sources said 9 gunmen were killed.",
         date(2025, 4, 2), [(9, "killed", "Assad loyalists")]),
        ("Pro-Turkish gunmen raided the village overnight. The monitor said four gunmen died.",
         date(2021, 4, 2), [(4, "killed", "Turkey/SNA")]),
        ("Factions loyal to Ankara attacked SDF posts near Ain Issa. The monitor said "
         "seven members of the factions were killed.",
         date(2021, 4, 2), [(7, "killed", "Turkey/SNA")]),
        # trap: gunmen of two sides before
        ("Gunmen backed by Iran clashed with gunmen loyal to Ankara. Six gunmen were killed.",
         date(2021, 4, 2), [(6, "killed", None)]),
    ],
)  # fmt: skip
def test_gunmen_named_before(text: str, published: date, want: list[Fig]) -> None:
    assert _figures(text, published) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A drone strike on a checkpoint of the Asayish killed three members of the force.",
         [(3, "killed", "SDF")]),
        ("An air strike on a post of the Syrian army near Saraqib killed two.",
         [(2, "killed", "Syrian government")]),
        # trap: a strike on a place that is no side's
        ("A strike on a bakery in Kobani killed five people.", [(5, "killed", None)]),
    ],
)  # fmt: skip
def test_strike_on_a_position(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # "them" after a sentence naming one side (a generic word the table maps counts)
        ("The spokesman said the jihadists were trapped along the river bank. Twenty of them "
         "were killed, he said.",
         date(2019, 3, 20), [(20, "killed", "IS")]),
        # "them" after an alias that is people of a side itself ("regime forces")
        ("A commander said regime forces lost many soldiers and that 40 of them were captured.",
         date(2019, 3, 20), [(40, "detained", "Syrian government")]),
        # a breakdown after the fall: the state's security forces by the copula too
        ("The monitor said 12 of the dead were members of the security forces and four were "
         "local Druze fighters.",
         date(2025, 5, 1),
         [(12, "killed", "government security forces"), (4, "killed", "Druze factions")]),
    ],
)  # fmt: skip
def test_them_and_copulas_b(text: str, published: date, want: list[Fig]) -> None:
    assert _figures(text, published) == want


def test_them_after_the_enemy_word_of_the_claimant() -> None:
    text = (
        "The SDF said in a statement that the mercenaries attacked its posts near Ain Issa "
        "and suffered heavy losses, with 9 of them killed."
    )
    assert _figures(text) == [(9, "killed", "Turkey/SNA")]
    trap = "The monitor said the mercenaries suffered heavy losses, with 9 of them killed."
    assert _figures(trap) == [(9, "killed", None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "number of X ... are N" / "reached N" past a comma (monitor translations)
        ("According to the monitor, number of civilians who were killed by the shelling of "
         "the town are 14 including five children.",
         [(14, "killed", "civilians"), (5, "killed", "children")]),
        ("The number of SDF fighters who died in the battles with the factions, reached 23.",
         [(23, "killed", "SDF")]),
        # traps: "a number of", and a copula with no "number of"
        ("A number of fighters were 12 kilometres away when the shelling began.", []),
        ("The victims were 30 years old on average.", []),
    ],
)  # fmt: skip
def test_number_of_with_a_copula(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Shelling killed 9 civilians, including 4 in the village of Tal Rifaat.",
         [(9, "killed", "civilians"), (4, "killed", "civilians")]),
        ("The raids led to the arrest of 30 IS suspects, among them 12 in the town of Busayrah.",
         [(30, "detained", "IS"), (12, "detained", "IS")]),
        # trap: no parts cue just before
        ("Shelling killed 9 civilians; 4 in the village of Tal Rifaat lost their homes.",
         [(9, "killed", "civilians")]),
    ],
)  # fmt: skip
def test_parts_by_place(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


def test_french_names_of_iraqi_militias_and_turkish_troops() -> None:
    art = article_from_fields(
        path="t",
        title="",
        text=(
            "Des frappes ont tué sept combattants des Hachd al-Chaabi près de Boukamal. "
            "Trois soldats turcs ont été blessés près d'Afrine."
        ),
        published=date(2024, 2, 3),
        outlet="AFP",
        language="fr",
    )
    assert art is not None
    got = [(f.number, f.category, f.party) for f in extract(art, None).figures]
    assert got == [(7, "killed", "Iran"), (3, "injured", "Turkey/SNA")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('"We lost six fighters near the dam," said Heval Rojhat, a commander of the SDF.',
         [(6, "killed", "SDF")]),
        ('"Three of our fighters were wounded," said Abu Omar, a spokesman for Hayat Tahrir '
         'al-Sham.',
         [(3, "injured", "HTS")]),
        # trap: a person with no side named after him
        ('"We lost five fighters," said Abu Omar, speaking from Idlib.', [(5, "killed", None)]),
    ],
)  # fmt: skip
def test_we_lost_said_a_commander_of_x(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the second part by place, after "and"
        ("Shelling killed 8 soldiers, including 5 in the town of Jasim and 3 in the vicinity "
         "of Nawa.",
         [(8, "killed", "Syrian government"), (5, "killed", "Syrian government"),
          (3, "killed", "Syrian government")]),
        # "gunmen of X" named before a bare count of gunmen
        ("Gunmen of the Arab tribes attacked SDF posts. The SDF said it killed 12 gunmen.",
         [(12, "killed", "Arab tribes")]),
        # "N of their men" said by a source of a side
        ("A source from the tribal fighters said 7 of their men had been killed.",
         [(7, "killed", "Arab tribes")]),
    ],
)  # fmt: skip
def test_round5_third_batch_kinds(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want
