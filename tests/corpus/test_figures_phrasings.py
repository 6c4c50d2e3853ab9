"""Figures read from ordinary wire phrasings: category, people count and party.

The sentences are our own words in the styles of wire reports, the Syrian Observatory, SDF
statements, SANA, the Turkish ministry and UN agencies; most were written before the rules
that read them (see corpus/figures.py) and checked after.
"""

from __future__ import annotations

import pytest
from one_article import extract_text

from corpus.numbers import find_counts

Fig = tuple[int, str, str | None]


def _figures(text: str, language: str = "en") -> list[Fig]:
    figures = extract_text(text, outlet="Wire", language=language).figures
    return [(f.number, f.category, f.party) for f in figures]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a transitive verb governs the count, with or without a noun after it
        ("A car bomb in Azaz killed 19 people and wounded more than 30, according to the "
         "Syrian Civil Defence.", [(19, "killed", None), (30, "injured", None)]),
        ("Turkish shelling killed four civilians and wounded seven others in Tal Tamr, the SDF "
         "said.", [(4, "killed", "civilians"), (7, "injured", "civilians")]),
        ("A car bomb killed 5 and injured 20 in Ras al-Ain on Saturday.",
         [(5, "killed", None), (20, "injured", None)]),
        ("The shelling killed two and wounded 9, SANA said.",
         [(2, "killed", None), (9, "injured", None)]),
        ("Car bomb kills 8, wounds 20 in northern Syria town of Tal Abyad",
         [(8, "killed", None), (20, "injured", None)]),
        ("The bombardment wounded dozens, the White Helmets said.", []),  # no count
        ("Authorities evacuated 200 families from the neighbourhood around the prison.",
         [(200, "displaced", "civilians")]),
        ("Kurdish forces have recaptured 20 of the escaped prisoners, a spokesman said.",
         [(20, "detained", "IS")]),
        ("The raid killed 3 IS leaders and detained 5 others, the coalition said.",
         [(3, "killed", "IS"), (5, "detained", "IS")]),
        # the governing verb wins over a relative clause after the noun
        ("Iraqi forces said they had arrested five IS fighters who had fled across the border "
         "from Syria.", [(5, "detained", "IS")]),
        ("The army said it had freed 32 soldiers who had been held by the militants.",
         [(32, "released", "Syrian government")]),
        ("Kurdish forces arrested five men who had escaped from the prison.",
         [(5, "detained", None)]),
        ("Security forces released 25 people held in the wake of the protests, SANA reported.",
         [(25, "released", None)]),
        # ... and over a category word used as an adjective, unless it only displaces
        ("An airstrike on a displacement camp killed 11 displaced people, the UN said.",
         [(11, "killed", None)]),
        ("The Kurdish Red Crescent evacuated 25 wounded people from the prison area.",
         [(25, "injured", None)]),
        # nouns that govern the count, and tolls
        ("The Syrian Network for Human Rights documented the deaths of 224 civilians in "
         "January.", [(224, "killed", "civilians")]),
        ("The Observatory said the fighting had claimed the lives of 37 fighters.",
         [(37, "killed", None)]),
        ("The SDF announced the capture of 13 IS members, including a senior commander.",
         [(13, "detained", "IS")]),
        ("The Syrian Observatory said the death toll from Tuesday's bombing had risen to 25, "
         "including nine children.", [(25, "killed", None), (9, "killed", "children")]),
        # relative clauses with no governing verb: the main verb, not the relative one
        ("Medics treated 40 people who were wounded in the blast.", [(40, "injured", None)]),
        ("Five IS fighters who had fled Baghuz were arrested in Iraq, officials said.",
         [(5, "detained", "IS")]),
        # passive and intransitive verbs, bare subjects
        ("Four were killed and seven wounded, the Observatory said.",
         [(4, "killed", None), (7, "injured", None)]),
        ("Two Turkish soldiers were killed and three were wounded in an attack near Al-Bab.",
         [(2, "killed", "Turkey/SNA"), (3, "injured", "Turkey/SNA")]),
        ("The SDF said 9 of its fighters died and 21 were wounded.",
         [(9, "killed", "SDF"), (21, "injured", "SDF")]),
        ("At least 13 people died when a bomb-laden motorcycle exploded in Al-Bab.",
         [(13, "killed", None)]),
        ("Nearly a million people have been uprooted by the fighting in Idlib since December.",
         [(1_000_000, "displaced", "civilians")]),
        ("More than 1,000 IS suspects were rounded up in the operation, the SDF said.",
         [(1000, "detained", "IS")]),
        ("The attackers took 23 guards hostage, the SDF said.",
         [(23, "detained", "prison staff")]),
        # category nouns
        ("An explosion at a market in Afrin left 40 people dead and 47 wounded.",
         [(40, "killed", None), (47, "injured", None)]),
        ("An ambush in the Palmyra desert left 13 soldiers dead and 18 injured.",
         [(13, "killed", "Syrian government"), (18, "injured", "Syrian government")]),
        ("Among the 12 people killed were three women, the monitor said.",
         [(12, "killed", None), (3, "killed", "civilians")]),
        # lists, totals and parts
        ("Clashes between the SDF and IS killed 11 SDF fighters and 23 jihadists, the monitor "
         "said.", [(11, "killed", "SDF"), (23, "killed", "IS")]),
        ("Four soldiers were killed and 11 others wounded when IS cells ambushed an army bus.",
         [(4, "killed", "Syrian government"), (11, "injured", "Syrian government")]),
        ("Fourteen people, among them three children, were wounded by shrapnel.",
         [(14, "injured", None), (3, "injured", "children")]),
        ("The strike killed five members of one family, including three children.",
         [(5, "killed", None), (3, "killed", "children")]),
        ("The strikes wounded 14 people, among them four paramedics.",
         [(14, "injured", None), (4, "injured", None)]),
        ("In all, 47 fighters were killed on both sides, 26 of them from the regime forces.",
         [(47, "killed", None), (26, "killed", "Syrian government")]),
        ("UN agencies said about 180,000 people, among them 80,000 children, had been forced to "
         "flee.", [(180_000, "displaced", "civilians"), (80_000, "displaced", "children")]),
        # "N of the M ...": N takes the verb, M its own noun
        ("The SDF said 300 of the 3,500 inmates took part in the mutiny.",
         [(300, "attackers", "IS"), (3500, "detained", "IS")]),
        # a verb that governs the next count is not this one's
        ("Four IS fighters blew themselves up, killing 2 SDF members, the SDF said.",
         [(2, "killed", "SDF")]),
        ("The ISIS members holding out have surrendered; more than 1,000 of them gave "
         "themselves up to our forces, the SDF said.", [(1000, "surrendered", "IS")]),
        # possessives between the verb and the count; people words of all kinds
        ("A mortar round wounded a girl and killed her two brothers in Ariha, rescuers said.",
         [(2, "killed", None)]),
        ("The coalition said it had killed an IS leader and captured two of his aides.",
         [(2, "detained", None)]),
        ("A Turkish drone strike near Qamishli killed two SDF commanders, a Kurdish source said.",
         [(2, "killed", "SDF")]),
        ("Ten civilians, four of them children, died in the airstrikes, the monitor said.",
         [(10, "killed", "civilians"), (4, "killed", "children")]),
        ("The explosion wounded 11 people, three of them seriously, the civil defence said.",
         [(11, "injured", None), (3, "injured", None)]),
        # not counts of people
        ("The White Helmets said its volunteers had pulled 9 survivors from the rubble.", []),
        ("The SDF said it had handed over 50 Iraqi IS suspects to Baghdad.", []),
        ("The coalition said its aircraft carried out 12 strikes on IS fighters near Hajin.", []),
        ("Fifteen people were killed, two officials said.", [(15, "killed", None)]),
        ("Some 2,000 people have returned to their homes in Ras al-Ain, the ministry said.", []),
        ("Five IS attacks killed 30 people in the desert.", [(30, "killed", None)]),
    ],
)  # fmt: skip
def test_category_and_people_of_a_figure(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("L'attaque a tué 19 personnes et blessé plus de 30, selon l'OSDH.",
         [(19, "killed", None), (30, "injured", None)]),
        ("Les FDS ont arrêté cinq jihadistes qui avaient fui vers l'Irak.",
         [(5, "detained", "IS")]),
    ],
)  # fmt: skip
def test_french_governing_verbs(text: str, want: list[Fig]) -> None:
    assert _figures(text, "fr") == want


def test_a_vague_count_before_punctuation() -> None:
    assert [(c.number, c.low, c.high) for c in find_counts("wounded dozens, the NGO said")] == [
        (24, 24, 99)
    ]
