"""Extraction reads a canonical layout but never changes the article the user gave us."""

from __future__ import annotations

from corpus import extract
from corpus._text import layout
from tests.corpus.one_article import article, extract_text

TEXT = (
    "QAMISHLI (Local Wire) -\r\nTwo  fighters of the Syrian Democratic Forces were\r\n"
    "killed near Hasakah on Sunday, the\u00a0Asayish said.\r\n\r\n"
    "Read more: an older story about the dam\r\n"
)


def test_the_returned_article_keeps_the_text_it_was_given_byte_for_byte(corpus_gaz):
    given = article(TEXT)
    ex = extract(given, corpus_gaz)
    assert ex.article.text == given.text
    assert layout(given.text) != given.text  # the steps did read another layout


def test_mention_offsets_refer_to_the_canonical_layout(corpus_gaz):
    given = article(TEXT)
    ex = extract(given, corpus_gaz)
    laid = layout(given.text)
    assert ex.places, "Hasakah should be found"
    for m in ex.places:
        assert laid[m.start : m.end] == m.surface


def test_the_wrapped_figure_is_still_read(corpus_gaz):
    ex = extract_text(TEXT, corpus_gaz)
    assert any(f.number == 2 and f.category == "killed" for f in ex.figures)
