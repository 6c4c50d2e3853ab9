"""The faster forms used per article give what the forms they replace gave."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import random
import re

import pytest

from corpus import _context as context_mod
from corpus import _text as text_mod
from corpus import dates as dates_mod
from corpus import records

_PIECES = [" ", "  ", "   ", "\n", "\n\n", " \n ", "a", "Bc", "the", ",", ".", "of", "x y"]


def _regex_spaces(text: str) -> str:
    """What layout's two substitutions make of a text (the form before the str fast path)."""
    if text_mod._ODD_SPACE.search(text) is not None:
        text = text_mod._SPACES.sub(" ", text)
        text = text_mod._LINE_EDGES.sub("\n", text).strip(" \n")
    return text


def test_layout_str_path_is_the_regex_path() -> None:
    rng = random.Random(0)
    for _ in range(5000):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 14)))
        assert text.isascii() and not text_mod._ascii_odd_spaces(text)
        folded = text_mod._SPACE_RUNS.sub(" ", text) if "  " in text else text
        fast = "\n".join([line for line in map(str.strip, folded.split("\n")) if line])
        assert fast == _regex_spaces(text), repr(text)


@pytest.mark.parametrize("odd", ["\t", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f"])
def test_odd_ascii_spaces_are_the_regex_spaces(odd: str) -> None:
    assert odd.isspace() and text_mod._ascii_odd_spaces(f"a{odd}b")
    assert text_mod.layout(f"a{odd}{odd}b") == "a b"


def test_key_scan_finds_every_key_the_lookahead_finds() -> None:
    lookahead, _ = context_mod._all_keys()
    scan, _ = context_mod._key_scan()
    keys = sorted(context_mod._all_keys()[1])
    rng = random.Random(1)
    for _ in range(2000):
        text = "".join(
            rng.choice(keys) if rng.random() < 0.4 else rng.choice([" ", "\n", "re", "x", ". "])
            for _ in range(rng.randint(1, 10))
        )
        expected = [(m.start(), m.group(1)) for m in lookahead.finditer(text)]
        found, pos = [], 0
        while (m := scan.search(text, pos)) is not None:
            found.append((m.start(), m.group()))
            pos = m.start() + 1
        assert found == expected, text


def test_date_kind_is_the_group_closed_last() -> None:
    text = (
        "On Monday, since January 20, 2022-01-25, in March 2019, for six days, last week, "
        "early February, since last Tuesday, yesterday, mid-2020, le 20 janvier, depuis lundi"
    ).lower()
    seen = set()
    for starts, combined, kinds in (
        (dates_mod._STARTS, dates_mod._COMBINED, dates_mod._KINDS),
        (dates_mod._STARTS_FR, dates_mod._COMBINED_FR, dates_mod._KINDS_FR),
    ):
        for start in starts.finditer(" " + text):
            m = combined.match(text, start.start())
            if m is not None:
                assert m.lastgroup == next(k for k in kinds if m.start(k) >= 0)
                seen.add(m.lastgroup)
    assert len(seen) >= 8


@pytest.mark.parametrize(
    "cls",
    [records.Article, records.Figure, records.Incident, records.ControlClaim, records.Extraction],
    ids=lambda c: c.__name__,
)
def test_quick_init_takes_the_dataclass_fields(cls: type) -> None:
    fields = dataclasses.fields(cls)
    params = list(inspect.signature(cls).parameters.values())
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        assert p.default == (
            inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default
        )


def test_quick_init_keeps_records_frozen_and_replaceable() -> None:
    fig = records.Figure(
        12, 12, 12, "", "killed", "IS", "SOHR", "the monitor", "Raqqa", dt.date(2022, 1, 2),
        "day", None, "Twelve were killed.",
    )  # fmt: skip
    assert fig.part_of is None and fig.cumulative is False and fig.period_end is None
    with pytest.raises(dataclasses.FrozenInstanceError):
        fig.number = 3  # type: ignore[misc]
    assert dataclasses.replace(fig, number=3).number == 3
    assert fig == dataclasses.replace(fig) and hash(fig) == hash(dataclasses.replace(fig))
    with pytest.raises(TypeError):
        records.Figure(12)  # type: ignore[call-arg]


def _open_sets_by_search(ctx: context_mod.Context) -> list[set[int]]:
    """:meth:`Context.open_patterns` as the key pattern searched at every character finds it."""
    import bisect
    import re

    pattern, opens = context_mod._key_scan()
    found: list[set[int]] = [set() for _ in ctx.sents]
    low, pos = ctx.lowered_text, 0
    starts = [s.start for s in ctx.sents]
    while (m := pattern.search(low, pos)) is not None:
        at = pos = m.start()
        pos += 1
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and at < ctx.sents[k].end:
            found[k] |= opens[re.sub(r"\s+", " ", m.group())]
    return found


def test_split_key_scan_opens_what_the_search_at_every_character_opens() -> None:
    from corpus.attribution import attribute  # noqa: F401  (registers its gates)
    from corpus.control import extract_control  # noqa: F401
    from corpus.figures import extract_figures  # noqa: F401
    from corpus.incidents import extract_incidents  # noqa: F401
    from corpus.reading import article_from_fields

    keys = sorted(context_mod._key_scan()[1])
    pieces = [" ", "\n", "re", "x", ". ", "fire", "-", "é", "É", "counter", "A", "_", "9", "\t"]
    rng = random.Random(5)
    checked = 0
    for _ in range(3000):
        text = "".join(
            rng.choice(keys) if rng.random() < 0.4 else rng.choice(pieces)
            for _ in range(rng.randint(1, 14))
        )
        art = article_from_fields(path="t", title="", text=text)
        if art is None:
            continue
        ctx = context_mod.Context(art, None, [])
        assert ctx._open_sets() == _open_sets_by_search(ctx), repr(text)
        checked += 1
    assert checked > 2000


def _sentences_by_regex(text: str) -> list[text_mod.Sentence]:
    """:func:`corpus._text.sentences` with the paragraphs found by ``_PARA`` (the regex)."""
    out: list[text_mod.Sentence] = []
    for p_index, para in enumerate(text_mod._PARA.finditer(text)):
        if not para.group().strip():
            continue
        chunk, begin = para.group(), 0
        for m in text_mod._SENT_END.finditer(chunk):
            before = chunk[max(0, m.start() - 40) : m.start()]
            word = before.rsplit(None, 1)[-1] if before.strip() else ""
            word = word.lower().strip("\"'“‘(")
            if word in text_mod._ABBREV or (len(word) == 1 and word.isalpha()):
                continue
            text_mod._add(out, chunk, para.start(), begin, m.end(), p_index)
            begin = m.end()
        text_mod._add(out, chunk, para.start(), begin, len(chunk), p_index)
    return out


def test_sentences_cut_lines_as_the_paragraph_regex_does() -> None:
    pieces = ["\n", "\n\n", " ", "  ", "A", "b", ". ", "Mr. ", "x", "? ", "!", "\t", "\r"]
    pieces += ["\u2028", "\x85", "é", "7", '"', "”"]
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        assert text_mod.sentences(text) == _sentences_by_regex(text), repr(text)


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        (r"\b(?P<y>(?:19|20)\d\d)-", re.ASCII, set("12")),
        (r"\b(?:(?:on|last)\s+)?(?P<wd>monday|tuesday)\b", 0, set("olmt")),
        (r"(?<![\w-])(?:fled|took)\s+", 0, set("ft")),
        (r"[0-3]?\d", re.ASCII, set("0123456789")),
        (r"\d+", 0, None),  # Unicode digits: too many to list
        (r"x?", 0, None),  # may be empty
        (r"[^a]b", 0, None),
        (r"(?i)ab", 0, None),
    ],
)
def test_first_chars(pattern: str, flags: int, expected: set[str] | None) -> None:
    found = text_mod.first_chars(re.compile(pattern, flags))
    assert (None if found is None else set(found)) == expected


def _match_key(m: re.Match[str] | None) -> object:
    if m is None:
        return None
    return m.span(), m.lastgroup, {k: v for k, v in m.groupdict().items() if v is not None}


def test_dates_by_first_character_is_the_combined_pattern() -> None:
    text = (
        "On Monday, since January 20, 2022-01-25, in March 2019, for six days, last week, "
        "early February, since last Tuesday, yesterday, mid-2020, 3 May 2021, this month, "
        "le 20 janvier, depuis lundi, dès le 4 avril, en mars 2020, ٣ mars, the end of June"
    ).lower()
    pairs = [
        (dates_mod._COMBINED, dates_mod._BY_FIRST),
        (dates_mod._COMBINED_FR, dates_mod._BY_FIRST_FR),
        (dates_mod._COMBINED_A, dates_mod._BY_FIRST_A),
    ]
    for at in range(len(text)):
        for combined, by_first in pairs[:2] if not text.isascii() else pairs:
            assert _match_key(combined.match(text, at)) == _match_key(by_first.match(text, at))
    ascii_text = text.encode("ascii", "ignore").decode()
    for at in range(len(ascii_text)):
        assert _match_key(dates_mod._COMBINED_A.match(ascii_text, at)) == _match_key(
            dates_mod._BY_FIRST_A.match(ascii_text, at)
        )


def test_list_item_quick_test_is_the_pattern() -> None:
    rng = random.Random(1)
    pieces = ["Tabqa", ": ", "12", " fighters", "•", " ", "-", "4.", "4)", "y" * 30, "Dead", ":"]
    pieces += ["two", "an", ".", "²", "٣", "İ", "K", "—", "\n"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert text_mod.list_item(text) == (text_mod._LIST_ITEM.match(text) is not None), text


def test_lower_twin_finds_what_the_pattern_finds() -> None:
    from corpus import incidents as incidents_mod

    patterns = [p for _, p in incidents_mod._EN.cues]
    patterns += [incidents_mod._EN.not_event, incidents_mod._EN.happened]
    patterns += [re.compile(r"\b(?:Air\s+strike|shell(?:ed|ing))\b[^A-Z]*", re.I)]
    rng = random.Random(2)
    pieces = ["Air ", "STRIKES", " strike", "shelled", "Shelling ", "clashes ", "FOUGHT", " ",
              "killed", "Killed ", "civilians", "car bomb", "IEDs", "Prison break", "\u201c",
              "attacked ", "will ", "Could ", "surrender", "X", "9", "-", "\n"]  # fmt: skip
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        low = text_mod.lower(text)
        assert text_mod.ascii_safe(text)
        for p in patterns:
            twin = text_mod.lower_twin(p)
            if twin is None:
                continue
            want = [m.span() for m in p.finditer(text)]
            assert [m.span() for m in twin.finditer(low)] == want, (p.pattern, text)
    assert text_mod.lower_twin(re.compile(r"[A-Z]x", re.I)) is None  # a capital in a class
    assert text_mod.lower_twin(re.compile(r"(?-i:a)b", re.I)) is None  # flags inside
    assert text_mod.lower_twin(re.compile(r"ab")) is None  # case matters
