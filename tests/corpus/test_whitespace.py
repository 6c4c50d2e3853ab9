"""Whitespace never changes a result: hard wraps, CRLF, double and no-break spaces.

A property test (hypothesis): an article of our own sentences, laid out in any of the ways
real copy arrives in, gives the same records as the clean article.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geo
from corpus import extraction_to_dict
from corpus._text import _laid_out, layout
from tests.corpus.one_article import extract_text

#: Paragraphs of our own, with figures, claimants, control claims and places.
PARAGRAPHS = [
    "QAMISHLI (Local Wire) - Gunmen attacked a checkpoint east of Raqqa on Sunday, killing "
    "three members of the internal security forces and wounding two civilians, the Asayish "
    "said in a statement.",
    "The village of Tal Tamr is held by Turkish-backed factions since last week, according to "
    "the Syrian Observatory for Human Rights.",
    "The monitor added that 14 fighters of the Syrian Democratic Forces were killed and 9 "
    "wounded in the fighting near Hasakah.",
    "Government forces took full control of the town of Maarat al-Numan on Tuesday, state "
    "media reported.",
    "In total, the clashes since January 20 have left 181 dead, including 120 jihadists and "
    "seven civilians, the monitor said.",
]


def _variants(paras: list[str], data: st.DataObject) -> str:
    """Lay ``paras`` out as real copy may: wraps, CRLF, doubled and no-break spaces."""
    out = []
    for para in paras:
        words = para.split(" ")
        pieces = [words[0]]
        for prev, word in itertools.pairwise(words):
            # a wrap is read as one where a reader can tell: before a lower-case word, or
            # after a comma or a word no line ends on
            wrap_ok = (
                word[:1].islower()
                or prev.endswith((",", "-backed"))
                or prev.lower() in ("of", "by")
            )
            spaces = [" ", "  ", "\u00a0", " \t"]
            gap = data.draw(st.sampled_from([*spaces, "\n", "\r\n"] if wrap_ok else spaces))
            pieces.append(gap + word)
        out.append("".join(pieces) + data.draw(st.sampled_from(["", " ", "\t"])))
    sep = data.draw(st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n"]))
    return sep.join(out)


@pytest.fixture(scope="module")
def clean(corpus_gaz: geo.Gazetteer) -> dict[tuple[int, ...], dict]:
    """Cache of the clean extractions, by paragraph selection."""
    return {}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_whitespace_never_changes_records(
    data: st.DataObject, corpus_gaz: geo.Gazetteer, clean: dict
) -> None:
    pick = tuple(
        data.draw(st.lists(st.sampled_from(range(len(PARAGRAPHS))), min_size=1, max_size=4))
    )
    paras = [PARAGRAPHS[k] for k in pick]
    if pick not in clean:
        clean[pick] = extraction_to_dict(extract_text("\n".join(paras), corpus_gaz))
    messy = _variants(paras, data)
    got = extraction_to_dict(extract_text(messy, corpus_gaz))
    assert got == clean[pick]


def test_a_wrapped_control_statement_is_read() -> None:
    """'is held\\nby' gives the claim it gives on one line (it was dropped)."""
    one = extract_text("The village of Tal Tamr is held by Turkish-backed factions.")
    wrapped = extract_text("The village of Tal Tamr is held\nby Turkish-backed factions.")
    assert one.control_claims
    assert extraction_to_dict(wrapped) == extraction_to_dict(one)


def test_a_line_ending_on_a_compound_adjective_is_wrapped() -> None:
    """'Turkish-backed\\nSyrian National Army' is one phrase: the figure keeps its side."""
    line = (
        "Clashes killed 12 fighters of the Turkish-backed Syrian National Army, the monitor said."
    )
    wrapped = line.replace("Turkish-backed ", "Turkish-backed\n")
    one = extract_text(line)
    assert [(f.number, f.party) for f in one.figures] == [(12, "Turkey/SNA")]
    assert extraction_to_dict(extract_text(wrapped)) == extraction_to_dict(one)
    # a heading that ends on a noun keeps its line
    assert layout("Kurdish-led forces\nHASAKAH (Wire) - Calm.").count("\n") == 1


def test_headlines_datelines_and_captions_keep_their_line() -> None:
    """A line ending on a content word before a capital is a heading, never joined."""
    text = (
        "Clashes in the north\nAFRIN (Wire) - Four were killed.\nPhoto: a damaged house\nIt burned."
    )
    assert layout(text).split("\n") == [
        "Clashes in the north",
        "AFRIN (Wire) - Four were killed.",
        "Photo: a damaged house",
        "It burned.",
    ]


def test_layout_keeps_every_character_but_whitespace() -> None:
    text = "«Ils ont tué\u00a012 civils»,\r\n  a dit   le porte-parole.\u2028Fin."
    got = layout(text)
    assert got == "«Ils ont tué 12 civils», a dit le porte-parole.\nFin."
    assert got.split() == text.split()


_PIECES = st.sampled_from(
    ["The", "town", "is", "held", "by", "of", "and", ",", ".", "Read more:", "É", "é", "lower",
     " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00a0"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_layout_is_stable_and_its_quick_test_agrees(text: str) -> None:
    out = layout(text)
    assert layout(out) == out  # idempotent: the canonical form is its own layout
    if _laid_out(text):  # the quick test says nothing to do: nothing is done
        assert out == text
