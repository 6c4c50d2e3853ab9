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
