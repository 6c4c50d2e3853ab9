"""Counts of people in text: digits or words, with qualifiers kept as low/high bounds.

Examples
--------
>>> [(c.number, c.low, c.high, c.qualifier) for c in find_counts("More than a hundred jihadists")]
[(100, 101, None, 'more than')]
>>> [(c.number, c.low, c.high) for c in find_counts("hundreds of minors and 1,000 others")]
[(200, 200, 999), (1000, 1000, 1000)]

French (``language="fr"``): number words, "une centaine", "des dizaines de", qualifiers such as
"plus de" and "environ", digits grouped with spaces ("1 000", "3\u202f500"):

>>> [(c.number, c.low, c.high, c.qualifier)
...  for c in find_counts("plus d'un millier", language="fr")]
[(1000, 1001, None, 'plus de')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from corpus._text import ascii_safe, ascii_twin, lower, trie_regex

__all__ = ["Count", "find_counts", "parse_number", "parse_number_fr"]

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

#: Vague quantities: surface -> (best, low, high).
VAGUE = {
    "dozens": (24, 24, 99),
    "scores": (40, 40, 99),
    "hundreds": (200, 200, 999),
    "thousands": (2000, 2000, 9999),
    "tens of thousands": (20000, 20000, 99999),
    "hundreds of thousands": (200000, 200000, 999999),
    "several": (3, 3, 9),
    "a few": (2, 2, 5),
    "a handful": (2, 2, 5),
    "half a million": (500_000, 500_000, 500_000),
}

#: Qualifier -> how it turns a number N into bounds (low, high); None = open.
QUALIFIERS = {
    "about": "eq", "around": "eq", "approximately": "eq", "roughly": "eq", "some": "eq",
    "an estimated": "eq", "estimated": "eq", "nearly": "near", "almost": "near",
    "close to": "near", "at least": "min", "no fewer than": "min", "no less than": "min",
    "a minimum of": "min", "more than": "gt", "over": "gt", "upwards of": "gt",
    "in excess of": "gt", "up to": "max", "as many as": "max", "at most": "max",
    "no more than": "max", "fewer than": "lt", "less than": "lt", "under": "lt",
}  # fmt: skip

_NUMBER_WORDS = [*_UNITS, *_TENS, *_SCALES, "a", "and"]
_WORDNUM = rf"(?!and\b)(?:{trie_regex(_NUMBER_WORDS)})(?:[\s-]+(?:{trie_regex(_NUMBER_WORDS)}))*\b"
_QUAL = trie_regex(QUALIFIERS)
_VAGUE = trie_regex(VAGUE)
_COUNT = re.compile(
    rf"(?<![\w$€£.,/-])(?:(?P<qual>{_QUAL})\s+)?(?:"
    rf"(?P<vague>{_VAGUE})(?:\s+of)?(?=\s|[,.;:!?)]|$)"
    rf"|(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<frac>\d+))?(?:\s*(?P<scale>million|thousand))?"
    rf"|(?P<words>{_WORDNUM}))",
    re.IGNORECASE,
)
#: The same pattern for lower-cased text, without re.IGNORECASE (much faster in ``re``).
_COUNT_LOW = re.compile(_COUNT.pattern.lower().replace("(?p<", "(?P<"))


def _starts(words: Iterable[str]) -> re.Pattern[str]:
    r"""Where a count can start: a digit or one of ``words``, not inside a word or a figure.

    The words all start with a word character, so "no ``\w`` before" is ``\b``, which ``re``
    tests far faster than a look-behind; the look-behind keeps only the other characters.
    """
    if not all(re.match(r"\w", w) for w in words):
        raise ValueError("a count start word must start with a word character")
    return re.compile(r"\b(?<![$€£.,/-])(?:\d|" + trie_regex(sorted(words)) + ")")


def _starts_after(words: Iterable[str]) -> re.Pattern[str]:
    r"""Match the starts of :func:`_starts` with the character before each, in ``" " + text``.

    A match begins at the character before a start (neither a word character nor one of
    ``$€£.,/-``), so ``re`` skips to such characters with a set scan instead of trying the
    pattern at every offset; the space put before the text stands for its beginning, so a
    match begins at the start's offset in the text itself. The words must end with a word
    character too: a start's match then never takes the character before the next start, and
    the starts found are those :func:`_starts` finds.
    """
    if not all(re.fullmatch(r"\w(?:.*\w)?", w) for w in words):
        raise ValueError("a count start word must start and end with a word character")
    return re.compile(r"[^\w$€£.,/-](?:\d|" + trie_regex(sorted(words)) + ")")


#: Where a count can start: a digit or the first word of a qualifier, vague quantity or number
#: word. The full pattern is tried only there (one cheap scan instead of a costly one).
#: "a" and "and" open a count only before a number word ("a hundred"; "and" never does):
#: as starts on their own they sent the full pattern to every "a", "and", "at", "as" ...
#: Searched in ``" " + text`` (see :func:`_starts_after`).
_START_WORDS = frozenset(
    {
        *QUALIFIERS,
        *VAGUE,
        *(w for w in _NUMBER_WORDS if w not in ("a", "and")),
        *(f"a{sep}{w}" for sep in (" ", "-") for w in _NUMBER_WORDS),
    }
)
_STARTS = _starts_after(_START_WORDS)
_TRAILING_AND = re.compile(r"(?:[\s-]+and)+$", re.I)
#: The same two for text :func:`~corpus._text.ascii_safe` says ``re.ASCII`` reads alike.
_STARTS_A, _COUNT_LOW_A = ascii_twin(_STARTS), ascii_twin(_COUNT_LOW)


# ---------------------------------------------------------------- French
_UNITS_FR = {
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16,
}  # fmt: skip
_TENS_FR = {
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
_SCALES_FR = {
    "cent": 100, "cents": 100, "mille": 1000, "million": 1_000_000, "millions": 1_000_000,
    "milliard": 1_000_000_000, "milliards": 1_000_000_000,
}  # fmt: skip
#: "une centaine", "un millier": about that many (the number, with equal bounds).
APPROX_FR = {
    "une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20,
    "une trentaine": 30, "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60,
    "une centaine": 100, "un millier": 1000,
}  # fmt: skip
_DOZENS, _HUNDREDS, _THOUSANDS = VAGUE["dozens"], VAGUE["hundreds"], VAGUE["thousands"]
#: Vague quantities, with the bounds of their English counterparts ("des dizaines de" is
#: "dozens of", "des centaines de" "hundreds of").
VAGUE_FR = {
    **{f"{det} dizaines": _DOZENS for det in ("des", "plusieurs", "quelques")},
    "des douzaines": _DOZENS,
    **{f"{det} centaines": _HUNDREDS for det in ("des", "plusieurs", "quelques")},
    **{f"{det} milliers": _THOUSANDS for det in ("des", "plusieurs", "quelques")},
    **{f"{det} dizaines de milliers": VAGUE["tens of thousands"] for det in ("des", "plusieurs")},
    "des centaines de milliers": VAGUE["hundreds of thousands"],
    "plusieurs": VAGUE["several"],
    "quelques": VAGUE["a few"],
    "une poignée": VAGUE["a handful"],
}
#: French qualifiers and their English rule ("plus de" is "more than"); an elided form
#: ("plus d'un millier") is read as the full one.
QUALIFIERS_FR = {
    "environ": "eq", "quelque": "eq", "autour de": "eq", "approximativement": "eq",
    "à peu près": "eq", "près de": "near", "presque": "near", "quasiment": "near",
    "pas loin de": "near", "au moins": "min", "pas moins de": "min", "au minimum": "min",
    "plus de": "gt", "jusqu'à": "max", "au plus": "max", "au maximum": "max",
    "pas plus de": "max", "moins de": "lt",
}  # fmt: skip
_QUAL_KEYS_FR = [
    *QUALIFIERS_FR,
    "jusqu’à",
    *(q[:-2] + a for q in QUALIFIERS_FR if q.endswith(" de") for a in ("d'", "d’")),
]
_QUAL_FR = trie_regex(_QUAL_KEYS_FR)
_NUMBER_WORDS_FR = [*_UNITS_FR, *_TENS_FR, *_SCALES_FR]
_WORD_FR = trie_regex(_NUMBER_WORDS_FR)
#: Words joined by hyphens or spaces; "et" only inside a number ("vingt et un").
_WORDNUM_FR = rf"(?:{_WORD_FR})(?:(?:[\s-]+et[\s-]+(?=(?:une?|onze)\b)|[\s-]+)(?:{_WORD_FR}))*\b"
_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+"  # "1 000", "3 500" (no-break spaces too)
_DE = r"(?:\s+de\b|\s+d['’])?"
_COUNT_FR = re.compile(
    rf"(?<![\w$€£.,/-])(?:(?P<qual>{_QUAL_FR})(?:(?<=['’])|\s+))?(?:"
    rf"(?P<vague>{trie_regex(VAGUE_FR)}){_DE}(?:(?<=['’])|(?![\w-]))"
    rf"|(?P<approx>{trie_regex(APPROX_FR)}){_DE}(?:(?<=['’])|(?![\w-]))"
    rf"|(?P<digits>{_GROUPED}|\d+)(?:,(?P<frac>\d+))?(?:\s*(?P<scale>millions?|milliards?))?\b"
    rf"|(?P<words>{_WORDNUM_FR}))"
)
#: Read at every word boundary (:func:`_starts`): the elided qualifiers ("plus d'") end with an
#: apostrophe, which :func:`_starts_after` cannot tell from the character before a start.
_STARTS_FR = _starts({*_QUAL_KEYS_FR, *VAGUE_FR, *APPROX_FR, *_NUMBER_WORDS_FR})
_SPACES = str.maketrans("", "", " \u00a0\u202f,")


def parse_number_fr(words: str) -> int | None:
    """Read a French number written in words ("sept", "cent vingt-quatre", "quatre-vingts")."""
    total, current, seen, prev = 0, 0, False, ""
    for w in re.split(r"[\s-]+", words.lower().strip()):
        if not w or w == "et":
            continue
        if w in ("vingt", "vingts") and prev == "quatre":
            current += 76  # "quatre-vingt(s)": the four already counted
        elif w in _UNITS_FR:
            current += _UNITS_FR[w]
        elif w in _TENS_FR:
            current += _TENS_FR[w]
        elif w in _SCALES_FR:
            scale = _SCALES_FR[w]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen, prev = True, w
    return total + current if seen else None


class Count(NamedTuple):
    """A number in text with the bounds its qualifier gives.

    ``start`` is where the qualifier (or the number) begins, ``num_end`` where the number
    ends; ``surface`` is the text between them.
    """

    number: int
    low: int
    high: int | None
    qualifier: str
    surface: str
    start: int
    num_start: int
    num_end: int
    is_words: bool


#: ``_new(Count, (...))`` makes a count without the named tuple's Python ``__new__``.
_new = tuple.__new__


def parse_number(words: str) -> int | None:
    """Read a number written in words ("seven", "a hundred", "two hundred and fifty")."""
    total, current, seen = 0, 0, False
    for w in re.split(r"[\s-]+", words.lower().strip()):
        if not w or w == "and":
            continue
        if w in ("a", "one") and not seen:
            current, seen = 1, True
        elif w in _UNITS:
            current += _UNITS[w]
            seen = True
        elif w in _TENS:
            current += _TENS[w]
            seen = True
        elif w in _SCALES:
            scale = _SCALES[w]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _bounds(n: int, qual: str) -> tuple[int, int | None]:
    rule = (QUALIFIERS.get(qual) or QUALIFIERS_FR.get(qual) or "eq") if qual else "eq"
    if rule == "min":
        return n, None
    if rule == "gt":
        return n + 1, None
    if rule == "max":
        return 0, n
    if rule == "lt":
        return 0, max(n - 1, 0)
    if rule == "near":
        return n - max(1, n // 10), n
    return n, n


def _qualifier(surface: str | None) -> str:
    """Return the qualifier as the tables key it: lower case, one space, elision undone."""
    if not surface:
        return ""
    qual = " ".join(surface.lower().split())
    if "d" not in qual and "’" not in qual:
        return qual  # English, and French with no elision: as written
    qual = qual.replace("’", "'")
    return qual[:-1] + "e" if qual.endswith(" d'") else qual


#: The groups ``find_counts`` reads from a match, fetched in one call.
_GROUPS = ("qual", "vague", "digits", "frac", "scale", "words")


def find_counts(text: str, lowered: str | None = None, *, language: str = "en") -> list[Count]:
    """Every number in ``text`` with its qualifier and bounds (no filtering of dates/units).

    ``lowered`` is ``corpus._text.lower(text)`` when the caller already has it. With
    ``language="fr"`` the French words, qualifiers and digit grouping are read instead of the
    English ones ("plus de 1 000", "sept", "une centaine", "des dizaines de").
    """
    out: list[Count] = []
    lowered = lowered if lowered is not None else lower(text)
    french = language == "fr"
    if french:
        starts, count, scanned = _STARTS_FR, _COUNT_FR, lowered
    else:
        starts, count = (_STARTS_A, _COUNT_LOW_A) if ascii_safe(lowered) else (_STARTS, _COUNT_LOW)
        scanned = " " + lowered  # a match starts at the text offset of the count start
    vague_table = VAGUE_FR if french else VAGUE
    end = 0
    for start in starts.finditer(scanned):
        if start.start() < end:
            continue
        m = count.match(lowered, start.start())
        if m is None:
            continue
        end = m.end()
        qual_s, vague_s, digits, frac_s, scale, words_s = m.group(*_GROUPS)
        qual = _qualifier(qual_s)
        if vague_s:
            vague = " ".join(vague_s.split())
            best, low, vague_high = vague_table[vague]
            high: int | None = vague_high
            if qual:
                low, high = _bounds(best, qual)
                low = min(low, best)
            out.append(
                _new(
                    Count,
                    (
                        best,
                        low,
                        high,
                        _qualifier(lowered[m.start() : m.end()]),  # "hundreds of"
                        text[m.start() : m.end()],
                        m.start(),
                        m.start("vague"),
                        m.end(),
                        True,
                    ),
                )
            )
            continue
        if french and m["approx"]:
            # "une centaine de": about a hundred; the qualifier, if none is written
            n = APPROX_FR[" ".join(m["approx"].split())]
            low, high = _bounds(n, qual)
            qual = qual or _qualifier(lowered[m.start("approx") : m.end()])
            surface, num_start = text[m.start() : m.end()], m.start("approx")
            out.append(
                _new(Count, (n, low, high, qual, surface, m.start(), num_start, m.end(), True))
            )
            continue
        if digits:
            num_start = m.start("digits")
            n = int(digits.translate(_SPACES)) if french else int(digits.replace(",", ""))
            if scale:
                frac = float(f"0.{frac_s}") if frac_s else 0.0
                n = int((n + frac) * (_SCALES_FR[scale] if french else _SCALES[scale]))
            elif frac_s:
                continue  # a decimal that is no count ("3.5 km", "3,5 km")
            is_words = False
            num_end = m.end()
        else:
            num_start = m.start("words")
            words = words_s.rstrip(" -")
            if french:
                parsed = parse_number_fr(words)
            else:
                if "and" in words:  # the text is lower-cased: no "And" to strip otherwise
                    words = _TRAILING_AND.sub("", words)
                if words.lower() in ("a", "an", "and", ""):
                    continue
                parsed = parse_number(words)
            if parsed is None:
                continue
            n, is_words = parsed, True
            num_end = m.start("words") + len(words)
        low, high = _bounds(n, qual)
        out.append(
            _new(
                Count,
                (
                    n,
                    low,
                    high,
                    qual,
                    text[m.start() : num_end],
                    m.start(),
                    num_start,
                    num_end,
                    is_words,
                ),
            )
        )
    return out
