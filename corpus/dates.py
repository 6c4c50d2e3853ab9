"""Dates in news text: explicit, relative to the publication date, and the publication date itself.

Everything here is a few compiled regular expressions and date arithmetic, so it is fast
enough to run on every sentence of every article (no ``dateparser``).

Examples
--------
>>> from datetime import date
>>> [d.start for d in find_dates("On Wednesday, the SDF said", date(2022, 1, 31))]
[datetime.date(2022, 1, 26)]
>>> infer_published("They attacked on January 20 and have held out for six days. On Wednesday ...")
(datetime.date(2022, 1, 26), "inferred: 'On Wednesday' after 'on January 20' (6 days)")
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from typing import Any, NamedTuple

from corpus._text import ascii_safe, ascii_twin, first_chars, lower, trie_regex
from corpus.typing import DatePrecision

__all__ = ["DateRef", "find_dates", "infer_published", "parse_iso_date"]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1, "several": 3,
    "a few": 3, "few": 3,
}  # fmt: skip

_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_MD = (
    _MON
    + r"\s+"
    + _DAY
    + r"|"
    + r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MON.replace("?P<mon>", "?P<mon2>")
)
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMW = r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a|an)"  # noqa: E501

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    (
        "since_md",
        re.compile(rf"\b(?P<since>since|from)\s+(?:the\s+)?(?:{_MD})(?:,?\s+{_YEAR})?\b", re.I),
    ),
    ("mdy", re.compile(rf"\b(?:{_MD})(?:,?\s+{_YEAR})?\b(?!\s*(?:%|percent))", re.I)),
    ("since_wd", re.compile(rf"\bsince\s+(?:last\s+)?{_WD}\b", re.I)),
    (
        "wd",
        re.compile(
            rf"\b(?:(?:on|last|this)\s+)?{_WD}\b(?:\s+(?:night|morning|evening|afternoon))?", re.I
        ),
    ),
    (
        "part_month",
        re.compile(
            rf"\b(?:in\s+)?(?P<part>mid|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|end)[-\s]+(?:of\s+)?{_MON}(?:\s+{_YEAR})?\b",
            re.I,
        ),
    ),
    ("month_year", re.compile(rf"\b(?:in\s+|since\s+)?{_MON}\s+{_YEAR}\b", re.I)),
    ("part_year", re.compile(rf"\b(?:in\s+)?(?P<part>mid|early|late)[-\s]+{_YEAR}\b", re.I)),
    ("in_month", re.compile(rf"\b(?P<pre>in|since|during|last)\s+{_MON}\b(?!\s+\d)", re.I)),
    (
        "for_days",
        re.compile(
            rf"\b(?:for|over|in)\s+(?:the\s+(?:past|last)\s+)?{_NUMW}\s+(?P<unit>days?|weeks?)\b",
            re.I,
        ),
    ),
    ("rel_day", re.compile(r"\b(?P<rel>yesterday|today|tonight|last\s+night)\b", re.I)),
    ("rel_period", re.compile(r"\b(?P<rel>(?:last|this|past)\s+(?:week|month))\b", re.I)),
    ("year", re.compile(rf"\b(?P<pre>in|since|during)\s+{_YEAR}\b", re.I)),
]


#: The same patterns, lower-cased, run without re.I on lower-cased text (several times faster
#: with Python's ``re``); offsets are the same, surfaces are read from the original text.
#: (None of the patterns uses an upper-case escape such as ``\S`` or ``\B``.) They are
#: joined into one pattern, in order of precedence, so the text is scanned once: a scan costs
#: the same whatever the pattern, and thirteen of them were most of the time spent on dates.
def _combine() -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{kind}>{body})" for kind, body in _PARTS))


_PARTS = [(kind, pat.pattern.lower().replace("(?p<", f"(?P<{kind}__")) for kind, pat in _PATTERNS]
_COMBINED = _combine()
_KINDS = [kind for kind, _ in _PATTERNS]
#: For each kind, its groups: (short name, name in the combined pattern).
_GROUPS = {
    kind: [
        (name.split("__", 1)[1], name)
        for name in _COMBINED.groupindex
        if "__" in name and name.split("__", 1)[0] == kind
    ]
    for kind in _KINDS
}


def _starts(words: list[str]) -> re.Pattern[str]:
    r"""Where a date can start: a digit or one of ``words``, after a non-word character.

    Search it in ``" " + text``: a match starts where a date may start in ``text`` (its
    non-word character is the one before the date, the added space at the text's start).
    ``\b(?:\d|...)`` in ``text`` finds the same starts, but ``re`` tries a pattern opening
    with ``\b`` at every character, one opening with a character set (``\W``) only at spaces
    and punctuation. The same because every word starts and ends with a word character: a
    match never takes the non-word character the next one needs.
    """
    if not all(w[0].isalnum() and w[-1].isalnum() for w in words):
        raise ValueError("a date start word must start and end with a letter or digit")
    return re.compile(r"\W(?:\d|" + trie_regex(words) + ")")


#: Every date expression starts with a digit or one of these words (or word starts): the
#: combined pattern is tried only there (one cheap scan instead of a costly one). Common
#: words open a date only before certain words ("in mid-", "in March", "in 2019", "in the
#: past six days", "on Monday", "for three days", "from 20 January", "this week", "the end
#: of"), so they are keys only with those (a space matches any run of whitespace).
_MON3 = sorted({m[:3] for m in MONTHS})
_NUM_START = [*"0123456789", *(w for w in _SMALL if " " not in w)]
_STARTS = _starts(
    [
        *_MON3,
        *WEEKDAYS,
        "since",
        "last",
        "mid",
        "early",
        "late",
        "yesterday",
        "today",
        "tonight",
        "past",
        "during",
        "end",
        *(f"the {w}" for w in ("end", "beginning", "start")),
        *(f"in {w}" for w in ("mid", "early", "late", "the", "end", *_MON3, *_NUM_START)),
        *(f"on {w}" for w in WEEKDAYS),
        *(f"{p} {w}" for p in ("for", "over") for w in ("the", *_NUM_START)),
        *(f"from {w}" for w in ("the", *_MON3, *"0123456789")),
        *(f"this {w}" for w in (*WEEKDAYS, "week", "month")),
    ]
)

#: The same two for text :func:`~corpus._text.ascii_safe` says ``re.ASCII`` reads alike.
_STARTS_A, _COMBINED_A = ascii_twin(_STARTS), ascii_twin(_COMBINED)
_NEVER = re.compile(r"(?!)")


class _ByFirst:
    """A combined pattern, matched with only the alternatives that can start where it is.

    ``re`` enters every alternative of the combined pattern at a start (each opens with its
    group, so none is skipped by its first character); most cannot start with the
    character there ("on" starts no ISO date). For each character some alternatives start
    with (:func:`~corpus._text.first_chars`), the combined pattern of those alternatives
    only, in the same order and with the same group names: the same match, the same groups.
    """

    __slots__ = ("_rest", "_table")

    def __init__(self, parts: list[tuple[str, str]], flags: int) -> None:
        alts = [(f"(?P<{k}>{body})", first_chars(re.compile(body, flags))) for k, body in parts]
        made: dict[tuple[int, ...], re.Pattern[str]] = {}

        def joined(ch: str | None) -> re.Pattern[str]:
            which = tuple(i for i, (_, f) in enumerate(alts) if f is None or ch in f)
            if which not in made:
                body = "|".join(alts[i][0] for i in which)
                made[which] = re.compile(body, flags) if which else _NEVER
            return made[which]

        chars = {ch for _, f in alts if f is not None for ch in f}
        self._table = {ch: joined(ch) for ch in sorted(chars)}
        self._rest = joined(None)  # other characters: the alternatives of unknown start

    def match(self, text: str, at: int) -> re.Match[str] | None:
        """``combined.match(text, at)`` for ``at`` inside ``text``."""
        return self._table.get(text[at], self._rest).match(text, at)


_BY_FIRST, _BY_FIRST_A = _ByFirst(_PARTS, 0), _ByFirst(_PARTS, re.ASCII)

# ---------------------------------------------------------------- French
#: French month names and abbreviations -> the English name the resolver reads.
_MONTHS_FR = {
    "janvier": "january", "janv": "january", "février": "february", "fevrier": "february",
    "févr": "february", "fevr": "february", "mars": "march", "avril": "april", "avr": "april",
    "mai": "may", "juin": "june", "juillet": "july", "juil": "july", "août": "august",
    "aout": "august", "septembre": "september", "sept": "september", "octobre": "october",
    "oct": "october", "novembre": "november", "nov": "november", "décembre": "december",
    "decembre": "december", "déc": "december", "dec": "december",
}  # fmt: skip
_WEEKDAYS_FR = {
    "lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday",
    "vendredi": "friday", "samedi": "saturday", "dimanche": "sunday",
}  # fmt: skip
_SMALL_FR = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "quelques": 3,
    "plusieurs": 3,
}  # fmt: skip
_PARTS_FR = {"mi": "mid", "la mi": "mid", "début": "early", "le début": "early", "fin": "late",
             "la fin": "late"}  # fmt: skip
_RELS_FR = {"hier": "yesterday", "la nuit dernière": "last night", "aujourd'hui": "today",
            "ce soir": "tonight", "la semaine dernière": "last week", "cette semaine": "this week",
            "le mois dernier": "last month", "ce mois-ci": "this month"}  # fmt: skip
_MON_FR = rf"(?P<mon>{trie_regex(_MONTHS_FR)})\b\.?"
_MD_FR = rf"(?P<day>1er|premier|[0-3]?\d)\s+{_MON_FR}"
_WD_FR = rf"(?P<wd>{trie_regex(_WEEKDAYS_FR)})"
_LAST_FR = r"(?P<last>\s+dernier)?"
_YEAR_FR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS_FR: list[tuple[str, str]] = [
    ("since_md", rf"\b(?:depuis|dès|à\s+partir\s+du)\s+(?:le\s+)?{_MD_FR}(?:\s+{_YEAR_FR})?\b"),
    ("mdy", rf"\b(?:(?:le|du|au)\s+)?(?:{_WD_FR}\s+)?{_MD_FR}(?:\s+{_YEAR_FR})?\b"),
    ("since_wd", rf"\bdepuis\s+{_WD_FR}{_LAST_FR}\b"),
    (
        "wd",
        rf"\b(?:(?:le|ce|dès)\s+)?{_WD_FR}{_LAST_FR}(?:\s+(?:soir|matin|après-midi))?\b",
    ),
    (
        "part_month",
        rf"\b(?:(?:à|en|au|depuis)\s+)?(?P<part>{trie_regex(_PARTS_FR)})[-\s]+"
        rf"(?:(?:de|du\s+mois\s+de)\s+|d['’])?{_MON_FR}(?:\s+{_YEAR_FR})?\b",
    ),
    ("month_year", rf"\b(?:(?:en|depuis)\s+)?{_MON_FR}\s+{_YEAR_FR}\b"),
    ("part_year", rf"\b(?:(?:à\s+la|en|au|depuis)\s+)?(?P<part>mi|début|fin)[-\s]+{_YEAR_FR}\b"),
    (
        "in_month",
        rf"\b(?P<pre>en|depuis|durant|pendant|au\s+mois\s+de|depuis\s+le\s+mois\s+de)\s+"
        rf"{_MON_FR}(?!\s+\d)",
    ),
    (
        "for_days",
        rf"\b(?:depuis|pendant|durant|en|au\s+cours\s+des|ces)\s+(?:les\s+)?"
        rf"(?P<n>\d{{1,3}}|{trie_regex(_SMALL_FR)})\s+(?:derniers\s+|dernières\s+)?"
        rf"(?P<unit>jours?|semaines?)\b",
    ),
    ("rel_day", r"\b(?P<rel>hier|la\s+nuit\s+dernière|aujourd['’]hui|ce\s+soir)\b"),
    (
        "rel_period",
        r"\b(?P<rel>la\s+semaine\s+dernière|cette\s+semaine|le\s+mois\s+dernier|ce\s+mois-ci)\b",
    ),
    ("year", rf"\b(?P<pre>en|depuis|durant|pendant)\s+{_YEAR_FR}\b"),
]
_PARTS_FR_ALL = [(k, body.replace("(?P<", f"(?P<{k}__")) for k, body in _PATTERNS_FR]
_COMBINED_FR = re.compile("|".join(f"(?P<{k}>{body})" for k, body in _PARTS_FR_ALL))
_BY_FIRST_FR = _ByFirst(_PARTS_FR_ALL, 0)
_KINDS_FR = [kind for kind, _ in _PATTERNS_FR]
_GROUPS_FR = {
    kind: [(n.split("__", 1)[1], n) for n in _COMBINED_FR.groupindex if n.startswith(f"{kind}__")]
    for kind in _KINDS_FR
}
_STARTS_WORDS_FR = ["depuis", "dès", "à", "en", "au", "du", "le", "ce", "pendant", "durant",
                    "hier", "la", "aujourd", "cette"]  # fmt: skip
#: Where a French date can start (the combined pattern is tried only there).
_STARTS_FR = _starts([*_MONTHS_FR, *_WEEKDAYS_FR, *_PARTS_FR, *_STARTS_WORDS_FR])
#: A French date needs one of these (lower case): articles without any skip the French scan.
_GATE_FR = (
    "janv", "févr", "fevr", "mars", "avril", "avr.", "mai ", "mai,", "mai.", "juin", "juil",
    "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "depuis", "hier", "aujourd",
    "semaine", "jours", "en 19", "en 20", "pendant 19", "pendant 20",
)  # fmt: skip
#: Words any French text longer than a sentence or two has (checked before the keys above).
_FRENCH_WORDS = (" de ", " la ")


def _maybe_french(low: str) -> bool:
    """Tell whether a text of unknown language can hold a French date (a cheap test).

    English articles are turned away by the French function words they lack, in a few
    substring tests; the date keys are looked for only in the rest (and in short texts).
    """
    if len(low) > 200 and not any(w in low for w in _FRENCH_WORDS):
        return False
    return any(k in low for k in _GATE_FR)


def _english_groups(g: dict[str, Any]) -> dict[str, Any]:
    """French groups as the English resolver reads them ("janvier" -> "january", "1er" -> "1")."""
    if g.get("mon"):
        g["mon"] = _MONTHS_FR[g["mon"].rstrip(".")]
    if g.get("day") in ("1er", "premier"):
        g["day"] = "1"
    if g.get("wd"):
        g["wd"] = _WEEKDAYS_FR[g["wd"]]
    if g.get("part"):
        g["part"] = _PARTS_FR.get(" ".join(g["part"].split()), g["part"])
    if g.get("pre"):
        g["pre"] = "since" if g["pre"].startswith("depuis") else "in"
    if g.get("n") and not g["n"].isdigit():
        g["n"] = str(_SMALL_FR[g["n"]])
    if g.get("unit"):
        g["unit"] = "weeks" if g["unit"].startswith("semaine") else "days"
    if g.get("rel"):
        g["rel"] = _RELS_FR[" ".join(g["rel"].replace("’", "'").split())]
    return g


class DateRef(NamedTuple):
    """A date (or date range) found in text.

    Parameters
    ----------
    start, end
        First and last day (equal for a single day).
    precision
        day, week, month or year.
    surface
        The expression as written.
    offset
        Character offset of ``surface`` in the searched text.
    kind
        Which pattern matched ("wd", "since_md", "for_days" ...).
    """

    start: date
    end: date
    precision: DatePrecision
    surface: str
    offset: int
    kind: str

    @property
    def is_range(self) -> bool:
        """True when the reference spans more than one day."""
        return self.end != self.start


_new = tuple.__new__


def parse_iso_date(value: object) -> date | None:
    """Read ``YYYY-MM-DD`` (optionally followed by a time) from a string, date or datetime."""
    if isinstance(value, date):
        return value if type(value) is date else date(value.year, value.month, value.day)
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _md_parts(g: dict[str, Any]) -> tuple[int, int]:
    mon = g.get("mon") or g.get("mon2") or ""
    day = g.get("day") or g.get("day2") or "0"
    return _month(mon), int(day)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_end(y: int, m: int) -> date:
    return (date(y + (m == 12), m % 12 + 1, 1)) - timedelta(days=1)


def _year_for(month: int, day: int, published: date) -> int:
    """Year of a month-day without year: the latest one not after the publication date."""
    y = published.year
    d = _safe(y, month, min(day, 28) if month == 2 and day == 29 else day)
    return y - 1 if d is not None and d > published + timedelta(days=1) else y


def _weekday_on_or_before(wd: int, published: date) -> date:
    return published - timedelta(days=(published.weekday() - wd) % 7)


def _num(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else _SMALL.get(w, 1)


def find_dates(
    text: str,
    published: date | None,
    *,
    language: str | None = None,
    lowered: str | None = None,
    plain: bool | None = None,
) -> list[DateRef]:
    """Every date expression in ``text`` resolved against ``published``, in text order.

    A weekday is the latest such day on or before ``published``: in wire copy the weekday of
    publication means that same day ("since Monday morning" in a Monday article is today);
    "last Monday" in a Monday article is the week before.

    Parameters
    ----------
    text
        A sentence or any stretch of text.
    published
        Publication date of the article; relative expressions ("on Monday", "for six days",
        "since January 20" without a year) need it and are skipped when it is None.
    language
        "fr" reads French dates too ("mercredi", "le 20 janvier", "depuis six jours"); "en"
        English only; None (unknown) reads French ones where the text looks French.
    lowered
        ``corpus._text.lower(text)``, when the caller has it already.
    plain
        True when the caller knows :func:`corpus._text.ascii_safe` holds for the lower-cased
        text; None tests it here (False: the Unicode patterns, the same dates).

    Returns
    -------
    list[DateRef]
        Non-overlapping references, earliest first.
    """
    low = lower(text) if lowered is None else lowered
    if plain is None:
        plain = ascii_safe(low)
    starts, combined = (_STARTS_A, _BY_FIRST_A) if plain else (_STARTS, _BY_FIRST)
    found = _scan(text, low, published, starts, combined, _KINDS, _GROUPS, french=False)
    if language == "fr" or (language is None and _maybe_french(low)):
        fr = _scan(text, low, published, _STARTS_FR, _BY_FIRST_FR, _KINDS_FR, _GROUPS_FR)
        if fr:
            found = _merge(fr, found)
    return found


def _scan(
    text: str,
    low: str,
    published: date | None,
    starts: re.Pattern[str],
    combined: _ByFirst,
    kinds: list[str],
    groups_of: dict[str, list[tuple[str, str]]],
    *,
    french: bool = True,
) -> list[DateRef]:
    """Return the dates one language's patterns find, resolved, in text order."""
    found: list[DateRef] = []
    end = 0
    for start in starts.finditer(" " + low):  # see _starts
        at = start.start()
        if at < end:
            continue
        m = combined.match(low, at)
        if m is None:
            continue
        end = m.end()
        # each kind's group encloses its whole alternative, so it is the group closed last
        kind = m.lastgroup or next(k for k in kinds if m.start(k) >= 0)
        groups = {short: m.group(full) for short, full in groups_of[kind]}
        if french:
            groups = _english_groups(groups)
        ref = _resolve(kind, groups, m.start(), m.end(), published, text)
        if ref is not None:
            found.append(ref)
    return found


def _merge(first: list[DateRef], second: list[DateRef]) -> list[DateRef]:
    """Both lists in text order; where two overlap, the one starting first (else longer) stays."""
    out: list[DateRef] = []
    for ref in sorted([*first, *second], key=lambda r: (r.offset, -len(r.surface))):
        if out and ref.offset < out[-1].offset + len(out[-1].surface):
            continue
        out.append(ref)
    return out


def _resolve(
    kind: str, g: dict[str, Any], start: int, end: int, pub: date | None, text: str
) -> DateRef | None:
    surface, off = text[start:end], start

    def ref(a: date | None, b: date | None, prec: DatePrecision) -> DateRef | None:
        if a is None or b is None:
            return None
        return _new(DateRef, (a, b, prec, surface, off, kind))  # DateRef(...), faster

    if kind == "iso":
        d = _safe(int(g["y"]), int(g["m"]), int(g["d"]))
        return ref(d, d, "day")
    if kind in ("mdy", "since_md"):
        mon, day = _md_parts(g)
        if not 1 <= day <= 31:
            return None
        if g.get("year"):
            year = int(g["year"])
        elif pub is not None:
            year = _year_for(mon, day, pub)
        else:
            return None
        d = _safe(year, mon, day)
        if kind == "since_md":
            return ref(d, max(pub, d) if pub and d else d, "day")
        return ref(d, d, "day")
    if kind == "since_wd":
        if pub is None:
            return None
        d = _weekday_on_or_before(WEEKDAYS[g["wd"].lower()], pub)
        # in wire copy the publication weekday is today ("since Monday morning" in a Monday
        # article); only "since last Monday" reaches back a week
        if d == pub and ("last" in surface.lower() or g.get("last")):
            d -= timedelta(days=7)
        return ref(d, pub, "day")
    if kind == "wd":
        if pub is None:
            return None
        d = _weekday_on_or_before(WEEKDAYS[g["wd"].lower()], pub)
        if (surface.lower().startswith("last") or g.get("last")) and d == pub:
            d -= timedelta(days=7)
        return ref(d, d, "day")
    if kind == "part_month":
        mon = _month(g["mon"])
        if g.get("year"):
            year = int(g["year"])
        elif pub is not None:
            year = _year_for(mon, 1, pub)
        else:
            return None
        part = g["part"].lower()
        last = _month_end(year, mon).day
        if part == "mid":
            a, b = 11, 20
        elif part in ("early", "the beginning of", "the start of"):
            a, b = 1, 10
        else:
            a, b = 21, last
        return ref(date(year, mon, a), date(year, mon, b), "week")
    if kind == "month_year":
        y, mon = int(g["year"]), _month(g["mon"])
        return ref(date(y, mon, 1), _month_end(y, mon), "month")
    if kind == "part_year":
        y, part = int(g["year"]), g["part"].lower()
        spans: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
            "early": ((1, 1), (4, 30)),
            "mid": ((5, 1), (8, 31)),
        }
        (m1, d1), (m2, d2) = spans.get(part, ((9, 1), (12, 31)))
        return ref(date(y, m1, d1), date(y, m2, d2), "year")
    if kind == "in_month":
        if pub is None or g["mon"].lower() == "may":  # "may" is mostly the verb
            return None
        mon = _month(g["mon"])
        year = _year_for(mon, 1, pub)
        if g["pre"].lower() == "since":
            return ref(date(year, mon, 1), pub, "month")
        return ref(date(year, mon, 1), _month_end(year, mon), "month")
    if kind == "for_days":
        if pub is None:
            return None
        n = _num(g["n"]) * (7 if g["unit"].lower().startswith("week") else 1)
        if n > 366:
            return None
        return ref(pub - timedelta(days=n), pub, "day")
    if kind == "rel_day":
        if pub is None:
            return None
        d = pub - timedelta(days=1) if g["rel"].lower() in ("yesterday", "last night") else pub
        return ref(d, d, "day")
    if kind == "rel_period":
        if pub is None:
            return None
        rel = g["rel"].lower()
        if rel.endswith("week"):
            return ref(pub - timedelta(days=7), pub, "week")
        return ref(pub - timedelta(days=31), pub, "month")
    if kind == "year":
        y = int(g["year"])
        if g["pre"].lower() == "since":
            return ref(date(y, 1, 1), pub or date(y, 12, 31), "year")
        return ref(date(y, 1, 1), date(y, 12, 31), "year")
    return None  # pragma: no cover


_ANCHOR = re.compile(
    rf"\b(?P<cue>since|began\s+on|started\s+on|on|from)\s+(?:the\s+(?:night|morning|evening)\s+of\s+)?"
    rf"(?:{_WD},?\s+)?(?:{_MD})\b(?!,?\s+(?:19|20)\d\d)",
    re.I,
)
#: "Thursday, January 20": a weekday and a day of the month pin the year down.
_WD_MD = re.compile(rf"\b{_WD},?\s+(?:the\s+)?(?:{_MD})\b(?!,?\s+(?:19|20)\d\d)", re.I)
_DURATION = re.compile(
    rf"\b(?:for|over|in)\s+(?:the\s+(?:past|last)\s+)?{_NUMW}\s+(?P<unit>days?|weeks?)\b", re.I
)
_ON_WD = re.compile(rf"\b(?:on|this)\s+{_WD}\b", re.I)
_ANY_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_FULL = re.compile(
    rf"\b(?:(?:{_MD}),?\s+{_YEAR})\b|\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)\b",
    re.I,
)


def _candidate_years(text: str, floor_year: int | None) -> list[int]:
    """Years the text can be from: pinned by "Thursday, January 20", else after its latest year.

    Without either, none: a weekday alone fits a date in every few years, so no guess is made.
    """
    pinned = None
    for m in _WD_MD.finditer(text):
        mon, day = _md_parts(m.groupdict())
        wd = WEEKDAYS[m["wd"].lower()]
        fits = {
            y
            for y in range(1990, date.today().year + 2)
            if (d := _safe(y, mon, day)) is not None and d.weekday() == wd
        }
        pinned = fits if pinned is None else pinned & fits
    if pinned:
        years = sorted((y for y in pinned if floor_year is None or y >= floor_year), reverse=True)
        past = [y for y in years if y <= date.today().year]
        return past or years
    return list(range(floor_year, floor_year + 12)) if floor_year else []


def infer_published(text: str) -> tuple[date, str] | None:
    """Infer the publication date of a text that gives none, with the evidence used.

    The rule, in order:

    1. a start date without a year ("since January 20", "began on January 20") plus a
       duration ("for six days") gives the day; the year is the first one, not earlier than
       the latest year the text mentions, whose weekday agrees with the weekday the text
       uses for the present ("on Wednesday");
    2. a start date and a present weekday without a duration: the first such weekday after
       the start date;
    3. otherwise the latest full date written in the text (day precision).

    Returns
    -------
    tuple[date, str] or None
        The date and an evidence string such as
        ``"inferred: 'on Wednesday' after 'since January 20' (6 days)"``, or None.
    """
    # "since January 20" says the state still holds today; prefer it over "began on", "on"
    anchors = sorted(_ANCHOR.finditer(text), key=lambda m: m["cue"].lower() != "since")
    years = [int(y) for y in _ANY_YEAR.findall(text)]
    wd_hits = list(_ON_WD.finditer(text))
    wd_count = Counter(m["wd"].lower() for m in wd_hits)
    weekday = None
    wd_surface = ""
    if wd_count:
        best = max(wd_count.values())
        # most mentioned, ties -> the one mentioned last (the article's "today" tends to be last)
        name = next(m["wd"].lower() for m in reversed(wd_hits) if wd_count[m["wd"].lower()] == best)
        weekday = WEEKDAYS[name]
        wd_surface = next(m.group() for m in wd_hits if m["wd"].lower() == name)
    floor_year = max(years) if years else None
    candidates = _candidate_years(text, floor_year)
    if anchors and candidates:
        a = anchors[0]
        mon, day = _md_parts(a.groupdict())
        dur = _DURATION.search(text)
        n = None
        if dur is not None:
            n = _num(dur["n"]) * (7 if dur["unit"].lower().startswith("week") else 1)
        for y in candidates:
            start = _safe(y, mon, day)
            if start is None:
                continue
            if n is not None:
                d = start + timedelta(days=n)
            elif weekday is not None:
                d = start + timedelta(days=(weekday - start.weekday()) % 7)
            else:
                break
            if weekday is None or d.weekday() == weekday:
                ev = f"'{a.group()}'" + (f" ({n} days)" if n is not None else "")
                if weekday is not None:
                    ev = f"'{wd_surface}' after {ev}"
                return d, f"inferred: {ev}"
    full: list[tuple[date, str]] = []
    for m in _FULL.finditer(text):
        found = (
            parse_iso_date(m["iso"])
            if m["iso"]
            else _safe(int(m["year"]), *_md_parts(m.groupdict()))
        )
        if found is not None:
            full.append((found, m.group()))
    if full:
        d, surface = max(full)
        return d, f"inferred: latest date in text '{surface}'"
    return None
