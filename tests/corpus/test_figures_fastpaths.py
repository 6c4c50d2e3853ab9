"""Fast paths of figures and counts: each finds exactly what the plain reading finds."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from corpus import SAMPLES_DIR, read_articles
from corpus import figures as figures_mod
from corpus import numbers as numbers_mod
from corpus._text import ascii_safe, ascii_twin, lower

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"

_EDGES = [
    "5 dead",
    "a hundred fighters",
    "-a hundred fighters",
    ".a hundred, $a hundred and /hundreds of thousands",
    "3.5 km, $5, 1,000 and 1/2 of 40-50 people",
    "(27) soldiers; “seven” civilians—hundreds of them",
    "at least 5, more than a dozen, up to 30,000 and nearly two hundred and fifty",
    "at leastfive tens of thousandsx",
    "٣ civilians and 12\xa0people",
    "",
    " ",
    "one",
]


def _texts(language: str = "en") -> list[str]:
    paths = [SAMPLES_DIR, *([SEEDS] if SEEDS.is_dir() else [])]
    texts = [a.text for a in read_articles(paths) if (a.language == "fr") == (language == "fr")]
    if language == "fr":
        return [lower(t) for t in texts]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from gen_corpus import articles
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return [lower(t) for t in [*_EDGES, *texts, *(a["text"] for a in articles(200))]]


def _offsets(pattern: object, text: str) -> list[int]:
    return [m.start() for m in pattern.finditer(text)]  # type: ignore[attr-defined]


def test_count_starts_read_after_the_character_before_are_the_word_boundary_ones() -> None:
    reference = numbers_mod._starts(numbers_mod._START_WORDS)
    texts = _texts()
    assert len(texts) > 200
    for text in texts:
        want = _offsets(reference, text)
        assert _offsets(numbers_mod._STARTS, " " + text) == want, text[:60]
        if ascii_safe(text):
            assert _offsets(numbers_mod._STARTS_A, " " + text) == want, text[:60]
            assert _offsets(ascii_twin(reference), text) == want, text[:60]


def test_count_start_words_must_end_with_a_word_character() -> None:
    with pytest.raises(ValueError, match="end with a word character"):
        numbers_mod._starts_after({"plus d'"})


#: The month tests as they were written, searched forwards.
_MONTH_BEFORE_FORWARDS = {
    "en": r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$|\bon\s*$|[-/#№]\s*$",
    "fr": r"(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)[a-zéû]*\.?"
    r"\s*$|\b(?:le|du|au)\s*$|[-/#№]\s*$",
}
_MONTH_EDGES = [
    "on ", "(on", "xon", "on", "jan.  ", "janx", "xjan", "- ", "№", "a\n", "may\n", "le  ",
    "sept.", "déc", "au", "beau", "", " ", "jan.\n\n", "8 oct", "x.on", "jan..", "no ",
]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_month_before_a_number_read_backwards_is_the_forward_reading(language: str) -> None:
    lang = figures_mod._FR if language == "fr" else figures_mod._EN
    forwards = re.compile(_MONTH_BEFORE_FORWARDS[language])
    windows = list(_MONTH_EDGES)
    for text in _texts(language)[:300]:
        windows += [text[max(0, k - 16) : k] for k in range(len(text) + 1)]
    for w in windows:
        want = forwards.search(w) is not None
        assert (lang.month_before.match(w[::-1]) is not None) == want, w
        if language == "en" and ascii_safe(w):
            assert (figures_mod._EN_A.month_before.match(w[::-1]) is not None) == want, w
