"""Counts of people in text: digits or words, with qualifiers kept as low/high bounds.

Examples
--------
>>> [(c.number, c.low, c.high, c.qualifier) for c in find_counts("More than a hundred jihadists")]
[(100, 101, None, 'more than')]
>>> [(c.number, c.low, c.high) for c in find_counts("hundreds of minors and 1,000 others")]
[(200, 200, 999), (1000, 1000, 1000)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus._text import lower, trie_regex

__all__ = ["Count", "find_counts", "parse_number"]

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
    rf"(?P<vague>{_VAGUE})(?:\s+of)?(?=\s)"
    rf"|(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.(?P<frac>\d+))?(?:\s*(?P<scale>million|thousand))?"
    rf"|(?P<words>{_WORDNUM}))",
    re.IGNORECASE,
)
#: The same pattern for lower-cased text, without re.IGNORECASE (much faster in ``re``).
_COUNT_LOW = re.compile(_COUNT.pattern.lower().replace("(?p<", "(?P<"))
#: Where a count can start: a digit or the first word of a qualifier, vague quantity or number
#: word. The full pattern is tried only there (one cheap scan instead of a costly one).
#: "a" and "and" open a count only before a number word ("a hundred"; "and" never does):
#: as starts on their own they sent the full pattern to every "a", "and", "at", "as" ...
_STARTS = re.compile(
    r"(?<![\w$€£.,/-])(?:\d|"
    + trie_regex(
        sorted(
            {
                *QUALIFIERS,
                *VAGUE,
                *(w for w in _NUMBER_WORDS if w not in ("a", "and")),
                *(f"a{sep}{w}" for sep in (" ", "-") for w in _NUMBER_WORDS),
            }
        )
    )
    + ")"
)


@dataclass(frozen=True, slots=True)
class Count:
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
    rule = QUALIFIERS.get(qual.lower(), "eq") if qual else "eq"
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


def find_counts(text: str, lowered: str | None = None) -> list[Count]:
    """Every number in ``text`` with its qualifier and bounds (no filtering of dates/units).

    ``lowered`` is ``corpus._text.lower(text)`` when the caller already has it.
    """
    out: list[Count] = []
    lowered = lowered if lowered is not None else lower(text)
    end = 0
    for start in _STARTS.finditer(lowered):
        if start.start() < end:
            continue
        m = _COUNT_LOW.match(lowered, start.start())
        if m is None:
            continue
        end = m.end()
        qual = " ".join((m["qual"] or "").lower().split())
        num_start = (
            m.start("vague")
            if m["vague"]
            else m.start("digits")
            if m["digits"]
            else m.start("words")
        )
        if m["vague"]:
            vague = " ".join(m["vague"].lower().split())
            best, low, vague_high = VAGUE[vague]
            high: int | None = vague_high
            if qual:
                low, high = _bounds(best, qual)
                low = min(low, best)
            out.append(
                Count(
                    best,
                    low,
                    high,
                    " ".join(lowered[m.start() : m.end()].split()),  # "hundreds of"
                    text[m.start() : m.end()],
                    m.start(),
                    num_start,
                    m.end(),
                    True,
                )
            )
            continue
        if m["digits"]:
            n = int(m["digits"].replace(",", ""))
            if m["scale"]:
                frac = float(f"0.{m['frac']}") if m["frac"] else 0.0
                n = int((n + frac) * _SCALES[m["scale"].lower()])
            elif m["frac"]:
                continue  # a decimal that is no count ("3.5 km")
            is_words = False
            num_end = m.end()
        else:
            words = m["words"].rstrip(" -")
            words = re.sub(r"(?:[\s-]+and)+$", "", words, flags=re.I)
            if words.lower() in ("a", "an", "and", ""):
                continue
            parsed = parse_number(words)
            if parsed is None:
                continue
            n, is_words = parsed, True
            num_end = m.start("words") + len(words)
        low, high = _bounds(n, qual)
        out.append(
            Count(
                n,
                low,
                high,
                qual,
                text[m.start() : num_end],
                m.start(),
                num_start,
                num_end,
                is_words,
            )
        )
    return out
