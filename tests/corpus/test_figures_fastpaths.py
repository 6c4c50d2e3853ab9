"""Fast paths of figures and counts: each finds exactly what the plain reading finds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from corpus import SAMPLES_DIR, read_articles
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


def _texts() -> list[str]:
    paths = [SAMPLES_DIR, *([SEEDS] if SEEDS.is_dir() else [])]
    texts = [a.text for a in read_articles(paths) if a.language != "fr"]
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
