"""Faster forms of the per-article scans find exactly what the plain forms find."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

import pytest

from corpus import _text as text_mod
from corpus import dates as dates_mod
from corpus import reading as reading_mod
from corpus._text import ascii_safe, ascii_twin
from corpus.aliases import AliasTable, claimants, parties

_SEPARATORS = [" ", "  ", "\n", "(", "-", ".", ", ", '"', "’", "_", "x", "1", "\xa0", "é", ""]


def _texts(words: list[str], seed: int, n: int = 3000) -> list[str]:
    """Random strings of ``words`` and separators (aliases next to letters, digits, ...)."""
    rng = random.Random(seed)
    return [
        "".join(
            rng.choice(words) if rng.random() < 0.55 else rng.choice(_SEPARATORS)
            for _ in range(rng.randint(1, 9))
        )
        for _ in range(n)
    ]


def test_ascii_words_are_the_regex_words() -> None:
    rng = random.Random(0)
    chars = [chr(c) for c in range(128)] + list("abcxyz ") * 4
    for _ in range(5000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 40)))
        assert reading_mod._words(text) == reading_mod._WORD.findall(text)
    assert reading_mod._words("fin de l'été, l'armée") == ["fin", "de", "l", "été", "l", "armée"]


def test_sentence_end_is_the_one_with_a_leading_repeat() -> None:
    plain = re.compile(text_mod._SENT_END.pattern.replace("[.!?][.!?]*", "[.!?]+", 1))
    stops = ["Yes", ".", "!", "?", "...", "?!", '"', "”", ")", " ", "  ", "\n", "A", "9", "«"]
    for text in _texts(stops, seed=1):
        got = [m.span() for m in text_mod._SENT_END.finditer(text)]
        assert got == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("table", [parties, claimants], ids=["parties", "claimants"])
def test_led_alias_pattern_finds_what_the_word_boundary_one_finds(
    table: Callable[[], AliasTable],
) -> None:
    t = table()
    assert t._folded is not None and t._folded_led is not None
    pairs = [(t._folded, t._folded_led), (ascii_twin(t._folded), ascii_twin(t._folded_led))]
    for text in _texts(list(t.folded), seed=2):
        for plain, led in pairs:
            if plain.flags & re.ASCII and not ascii_safe(text):
                continue
            got = [(m.start(1) - 1, m.end() - 1, m.group(1)) for m in led.finditer(" " + text)]
            assert got == [(*m.span(), m.group()) for m in plain.finditer(text)]


def test_aliases_not_led_by_a_word_character_keep_the_word_boundary_pattern() -> None:
    t = AliasTable([("US", "u.s.", "org"), ("IS", "islamic state", "org")])
    assert t._folded_led is None  # "u.s." ends with a full stop
    assert [h.canonical for h in t.find("the U.S. and Islamic State")] == ["US", "IS"]


def test_led_date_starts_are_the_word_boundary_starts() -> None:
    words = ["in", "the", "mid", "march", "on", "monday", "for", "three", "days", "from", "20",
             "jan", "this", "week", "end", "of", "à", "fin", "la", "mi", "dès", "janvier", "le",
             "aujourd", "hier"]  # fmt: skip
    for led in (dates_mod._STARTS, dates_mod._STARTS_FR):
        plain = re.compile(r"\b(?:" + led.pattern.removeprefix(r"\W(?:"))
        for p, q in ((plain, led), (ascii_twin(plain), ascii_twin(led))):
            for text in _texts(words, seed=3):
                if p.flags & re.ASCII and not ascii_safe(text):
                    continue
                assert [m.start() for m in q.finditer(" " + text)] == [
                    m.start() for m in p.finditer(text)
                ]


def test_date_start_words_must_be_led_and_ended_by_word_characters() -> None:
    with pytest.raises(ValueError, match="start and end"):
        dates_mod._starts(["mid-"])


def test_gate_scan_opens_a_key_that_begins_inside_the_key_before() -> None:
    """In "took back under their control" the gate keys "took back" and "back under" overlap:
    both must open their patterns (a scan that skipped past each key found only the first)."""
    from corpus import _context as context_mod
    from corpus.control import extract_control  # noqa: F401  (registers the control gates)
    from corpus.reading import article_from_fields

    _, opens = context_mod._all_keys()
    keys = sorted(opens)
    checked = 0
    for a in keys:
        for b in keys:
            if b in a:
                continue
            for n in range(1, min(len(a), len(b))):
                if a[-n:] == b[:n] and a[-n - 1] == " ":  # b begins at a word of a
                    text = f"They {a}{b[n:]} it."
                    art = article_from_fields(path="t", title="", text=text)
                    assert art is not None
                    ctx = context_mod.Context(art, None, [])
                    assert opens[b] <= ctx.open_patterns(0), (a, b)
                    checked += 1
                    break
    assert checked >= 5  # "took back under", "took control of", ...
