"""The re.ASCII fast path: taken only where it finds exactly what the Unicode patterns find."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

import pytest

from corpus import SAMPLES_DIR, read_articles
from corpus import _context as context_mod
from corpus import dates as dates_mod
from corpus import figures as figures_mod
from corpus import numbers as numbers_mod
from corpus._text import ascii_safe, ascii_twin, lower
from corpus.aliases import parties
from corpus.dates import find_dates
from corpus.numbers import find_counts

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("27 SDF soldiers were killed in Hasakah.", True),
        ("“We hold the prison,” the SDF said — 124 dead.", True),  # quotes and dashes
        ("Clashes in Hassaké", False),  # a non-ASCII letter is a word character
        ("٣ civilians", False),  # Arabic-Indic digit: \d in Unicode mode only
        ("Islamic\xa0State", False),  # no-break space: \s in Unicode mode only
        ("a\x1cb", False),  # ASCII, but \s in Unicode mode only
        ("under_score", True),
    ],
)
def test_ascii_safe_says_whether_re_ascii_reads_the_text_alike(text: str, safe: bool) -> None:
    assert ascii_safe(text) is safe


def _english_texts() -> list[str]:
    paths = [SAMPLES_DIR, *([SEEDS] if SEEDS.is_dir() else [])]
    texts = [a.text for a in read_articles(paths) if a.language != "fr"]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from gen_corpus import articles
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    texts += [a["text"] for a in articles(200)]
    return texts


def _patterns() -> list[re.Pattern[str]]:
    found = [
        numbers_mod._STARTS,
        numbers_mod._COUNT_LOW,
        dates_mod._STARTS,
        dates_mod._COMBINED,
        parties()._folded,
        parties()._exact_open,
    ]
    for p in figures_mod._EN:
        found += [p._any, p._which] if isinstance(p, figures_mod._Cues) else [p]
    # every gated pattern of attribution, control claims and incidents (Context.fast)
    found += [context_mod._GATED[pid] for pid in context_mod._TWINS]
    return [p for p in found if p is not None]


def test_ascii_twins_find_the_same_as_the_originals_on_safe_text() -> None:
    texts = [t for t in _english_texts() if ascii_safe(t)]
    assert len(texts) > 200
    patterns = _patterns()
    assert len(context_mod._TWINS) > 20  # the gated patterns are covered too
    for pattern in patterns:
        twin = ascii_twin(pattern)
        for text in texts:
            for t in (text, lower(text)):
                got = [(m.span(), m.lastgroup) for m in twin.finditer(t)]
                assert got == [(m.span(), m.lastgroup) for m in pattern.finditer(t)], (
                    pattern.pattern[:60]
                )


def test_text_re_ascii_would_misread_is_read_in_unicode_mode() -> None:
    # each of these is found only by the Unicode patterns
    assert [c.number for c in find_counts("٣ civilians were killed")] == [3]
    assert [h.canonical for h in parties().find("fighters of the Islamic\xa0State")] == ["IS"]
    refs = find_dates("The SDF said on 20\xa0January that it held the prison.", date(2022, 1, 26))
    assert [(r.start, r.surface) for r in refs] == [(date(2022, 1, 20), "20\xa0January")]
