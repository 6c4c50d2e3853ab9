"""Figures whose noun phrase holds punctuation wire copy uses every day.

Our own sentences. Two marks used to end a count's noun phrase before its noun, so the
count was dropped as "not people":

* the full stops of an initialism ("Five U.S. soldiers", "three U.N. staff");
* the reporter's quotation marks around a claimant's word ('killed 12 "terrorists"',
  "9 “terrorists” were neutralized", "15 'mercenaries'"), the way agencies quote a
  ministry's or an armed group's vocabulary without adopting it.

A full stop that ends a sentence, and a quote that does not open right after the count, still
end the noun phrase.
"""

from __future__ import annotations

import pytest
from one_article import extract_text

Fig = tuple[int, str, str | None]


def _figures(text: str) -> list[Fig]:
    return [(f.number, f.category, f.party) for f in extract_text(text, outlet="Wire").figures]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Five U.S. soldiers were wounded in a rocket attack on a base in Hasakah, officials said.",
         (5, "injured", "US-led coalition")),
        ("Two U.S. service members were hurt when a drone hit the Conoco base, officials said.",
         (2, "injured", "US-led coalition")),
        ("A strike near Deir ez-Zor wounded four U.S. troops, a defense official said.",
         (4, "injured", "US-led coalition")),
    ],
)  # fmt: skip
def test_initialism_inside_the_noun_phrase(text: str, want: Fig) -> None:
    assert want in _figures(text)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('Turkey\'s defence ministry said its forces had killed 12 "terrorists" near Tal Rifaat.',
         (12, "killed", "SDF")),
        ("Turkey's ministry said 9 “terrorists” were neutralized in the Peace Spring area.",
         (9, "killed", "SDF")),
        ("The SDF said its fighters killed 15 'mercenaries' of the Turkish occupation.",
         (15, "killed", "Turkey/SNA")),
        ('Turkish forces "neutralized" 7 "PKK/YPG terrorists" in northern Syria, Ankara said.',
         (7, "killed", "SDF")),
    ],
)  # fmt: skip
def test_scare_quotes_around_the_noun(text: str, want: Fig) -> None:
    assert want in _figures(text)


def test_a_sentence_end_still_ends_the_noun_phrase() -> None:
    # "five" ends its sentence; the next sentence's people are not its noun
    text = "The convoy had five. Soldiers guarding it were not hurt, the army said."
    assert _figures(text) == []


def test_a_quote_later_in_the_phrase_is_still_a_stop() -> None:
    # the quotation opens on the speaker's words, not on the count's noun
    text = 'Rescuers pulled 3 "from the rubble alive", the civil defence said.'
    assert [f for f in _figures(text) if f[1] == "killed"] == []


def test_every_us_alias_has_its_initialism_twin() -> None:
    # wire copy writes "U.S. troops", the Observatory's English "US troops": both must name
    # the same side, so a row added for one spelling needs the other
    from corpus.aliases import DATA_DIR, load_table

    aliases = {alias for _, alias, _ in load_table(DATA_DIR / "parties.csv")}
    missing = [
        twin + alias[len(own) :]
        for alias in aliases
        for own, twin in (("US ", "U.S. "), ("U.S. ", "US "))
        if alias.startswith(own) and twin + alias[len(own) :] not in aliases
    ]
    assert missing == [], f"add these rows to corpus/data/parties.csv: {missing}"
