"""Parties of figures named outside the count's noun phrase (parties round 6).

Our own sentences. They pin: the side a descriptor stands for ("of the council's fighters",
"among the legion's fighters", "of the checkpoint's members"); a side's toll ("the SDF's
losses rose to N", "the casualties of the X ... increased to N"); "X <descriptor> has lost
N"; generic fighters carried from the one side of the sentence before or the headline
(not a remote striker, not a source, never across a side named in the count's sentence);
bare counts going on after "and wounded" or a comma; "N of them from X and M from Y".
"""

from __future__ import annotations

from datetime import date

import pytest

from corpus import extract
from corpus.reading import article_from_fields

Fig = tuple[int, str, str | None]


def _figures(text: str, title: str = "", published: date = date(2021, 6, 1)) -> list[Fig]:
    art = article_from_fields(
        path="t", title=title, text=text, published=published, outlet="Wire", language=None
    )
    assert art is not None
    return [(f.number, f.category, f.party) for f in extract(art, None).figures]


EXAMPLES = [
    # a descriptor for a side named before
    (
        "Fighters of the Deir ez-Zor Military Council took the village. Nine of the council's "
        "fighters died in the assault, a spokesman said.",
        (9, "killed", "SDF"),
    ),
    (
        "Gunmen opened fire on a position of the SDF near Hajin. Two of the position's members "
        "were wounded, the monitor said.",
        (2, "injured", "SDF"),
    ),
    (
        "The Hamza Division shelled the village. The monitor counted six dead among the "
        "division's fighters after a counter-attack.",
        (6, "killed", "Turkey/SNA"),
    ),
    (
        "The Sultan Murad Division entered the town at dawn. Local sources said 12 members of "
        "the division were killed in the fighting.",
        (12, "killed", "Turkey/SNA"),
    ),
    # a side's toll
    (
        "The monitor said Hezbollah's losses had risen to 17 in a week of strikes.",
        (17, "killed", "Hezbollah"),
    ),
    (
        "The monitor said the number of casualties in the ranks of the SDF who were killed "
        "in the Turkish shelling since Tuesday rose to 26.",
        (26, "killed", "SDF"),
    ),
    # a descriptor between the side and "lost"
    (
        "The Islamic State group has lost more than 50 fighters in Baghouz since Friday, "
        "the SDF said.",
        (50, "killed", "IS"),
    ),
    # generic people carried from the sentence before
    (
        "Fighters of the Levant Front clashed with members of the Hamza Division in al-Bab. "
        "Two gunmen were killed, a local source said.",
        (2, "killed", "Turkey/SNA"),
    ),
    (
        "Tribal fighters gathered in Dhiban to bury their dead. Seven members were wounded "
        "when a mortar round hit the funeral, the monitor said.",
        (7, "injured", "Arab tribes"),
    ),
    # a bare count after the one side that suffered
    (
        "SDF fighters were ambushed by IS cells near Hajin on Monday. Two were killed, the "
        "monitor said.",
        (2, "killed", "SDF"),
    ),
    (
        "A patrol of the SDF came under fire near Busayrah. Three were wounded.",
        (3, "injured", "SDF"),
    ),
    # bare counts going on with the count before
    (
        "Turkish drones killed three SDF fighters and wounded two in the strike near Tal Tamr.",
        (2, "injured", "SDF"),
    ),
    (
        "The shelling caused 11 casualties among the YPG, five dead and six wounded.",
        (5, "killed", "SDF"),
    ),
    (
        "Clashes killed 70 fighters, with 45 of them from HTS and 25 from the SNA, the monitor "
        "said.",
        (25, "killed", "Turkey/SNA"),
    ),
]


@pytest.mark.parametrize(("text", "want"), EXAMPLES)
def test_side_named_outside_the_noun_phrase(text: str, want: Fig) -> None:
    assert want in _figures(text)


TRAPS = [
    # the descriptor names the other side than an alias nearby
    (
        "An SDF patrol came under fire from the Hamza Division near Manbij. Three of the "
        "division's fighters were killed, the monitor said.",
        (3, "killed", "SDF"),
    ),
    # two sides in the sentence before: no guess
    (
        "The SDF repelled an attack by IS cells near Hajin on Monday. Six fighters were "
        "killed, the monitor said.",
        (6, "killed", "SDF"),
    ),
    (
        "The SDF repelled an attack by IS cells near Hajin on Monday. Six fighters were "
        "killed, the monitor said.",
        (6, "killed", "IS"),
    ),
    # a side that attacks on the ground: the attackers' or the attacked's, no guess
    (
        "Tribal fighters ambushed a convoy near Dhiban. Seven members were wounded.",
        (7, "injured", "Arab tribes"),
    ),
    ("IS cells attacked a checkpoint near Hajin. Three fighters were killed.", (3, "killed", "IS")),
    # a side that strikes from afar does not lose the fighters counted
    (
        "Israeli jets struck a weapons depot near Palmyra. Seven fighters were killed, the "
        "monitor said.",
        (7, "killed", "Israel"),
    ),
    (
        "A Turkish drone hit a car near Qamishli. Two members were killed, a source said.",
        (2, "killed", "Turkey/SNA"),
    ),
    # a source is not a side that lost people
    (
        "The SDF said on Monday that the clashes went on. Five fighters were killed, the "
        "monitor said.",
        (5, "killed", "SDF"),
    ),
    # a side named in the count's own sentence: nothing carried from before
    (
        "Tribal fighters ambushed a convoy near Dhiban. Nine fighters later surrendered to "
        "SDF officials, the monitor said.",
        (9, "surrendered", "Arab tribes"),
    ),
    (
        "Tribal fighters ambushed a convoy near Dhiban. Nine fighters later surrendered to "
        "SDF officials, the monitor said.",
        (9, "surrendered", "SDF"),
    ),
    # a noun of its own after "and wounded"
    (
        "Gunmen killed two SDF fighters and wounded four civilians near Raqqa.",
        (4, "injured", "SDF"),
    ),
    # places people came from are not sides
    (
        "Of the 200 families who fled, 50 came from Raqqa and 30 from Hasakah.",
        (30, "displaced", None),
    ),
    # a toll of another side named after the count's own toll
    (
        "The SDF said the losses of the pro-Turkish factions rose to 40 on Monday.",
        (40, "killed", "SDF"),
    ),
]


@pytest.mark.parametrize(("text", "never"), TRAPS)
def test_side_not_guessed(text: str, never: Fig) -> None:
    assert never not in _figures(text)


def test_headline_names_the_side_of_generic_fighters() -> None:
    figs = _figures(
        "Israeli warplanes struck depots and a gathering near Palmyra at dawn.\n\n"
        "The monitor said 14 fighters were killed and 20 others wounded.",
        title="Iran-backed militias suffer losses in Israeli strikes near Palmyra",
    )
    assert (14, "killed", "Iran") in figs
    assert (20, "injured", "Iran") in figs


@pytest.mark.parametrize(
    "title",
    [
        "SDF and IS trade fire near Hajin",  # two sides: no guess
        "Israeli strikes hit Palmyra desert",  # only the striker
        "Fighters killed in Palmyra desert",  # no side
    ],
)
def test_headline_with_no_single_side(title: str) -> None:
    figs = _figures(
        "Warplanes struck depots near Palmyra at dawn.\n\n"
        "The monitor said 14 fighters were killed.",
        title=title,
    )
    assert figs == [(14, "killed", None)]


def test_side_of_the_count_sentence_is_not_crossed() -> None:
    # the count's own sentence names a side before it: nothing carried from before
    figs = _figures(
        "Tribal fighters ambushed a convoy near Dhiban. The SDF said it lost two members "
        "while nine fighters were wounded."
    )
    assert (9, "injured", "Arab tribes") not in figs


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bare count shares the noun phrase of the count after "and (verb)"
        (
            "Turkish drones killed two and wounded six members of the Asayish near Amuda.",
            [(2, "killed", "SDF"), (6, "injured", "SDF")],
        ),
        (
            "The ambush left five dead and nine wounded among the regime forces, the monitor said.",
            [(5, "killed", "Syrian government"), (9, "injured", "Syrian government")],
        ),
        (
            "The shelling killed four and wounded eleven civilians in Maarat al-Numan.",
            [(4, "killed", "civilians"), (11, "injured", "civilians")],
        ),
        # "N of them": the people a side did something to are not its own
        (
            "Regime forces rounded up 30 young men in Tafas and executed three of them.",
            [(30, "detained", None), (3, "killed", None)],
        ),
        # ... and the people a passive says suffered are
        (
            "A convoy of SDF fighters was ambushed near Shaddadi, killing four of them.",
            [(4, "killed", "SDF")],
        ),
    ],
)
def test_lists_and_of_them(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "another N" with no noun goes on with the count before it
        (
            "The SDF said 20 IS militants were killed, and that its units had arrested another "
            "nine.",
            (9, "detained", "IS"),
        ),
        # soldiers of a post no alias names: the army's (the claiming state's, else Syria's)
        (
            "Gunmen stormed an army post near Palmyra. The attack killed six of the post's "
            "soldiers, the monitor said.",
            (6, "killed", "Syrian government"),
        ),
    ],
)
def test_counts_going_on(text: str, want: Fig) -> None:
    assert want in _figures(text)


def test_of_the_fighters_under_a_headline() -> None:
    figs = _figures(
        "A drone struck the convoy near Albu Kamal at night.\n\n"
        "The monitor said the strike killed eight of the fighters.",
        title="Iran-backed fighters reinforce Deir ez-Zor front",
    )
    assert figs == [(8, "killed", "Iran")]
