"""Small text helpers: normalisation, paragraphs and sentences with character offsets."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from re import _constants as _re_constants  # type: ignore[attr-defined]
from re import _parser as _re_parser  # type: ignore[attr-defined]
from typing import Any, NamedTuple

from geo.geoparse import COMPOUND_ENDINGS

__all__ = [
    "Sentence",
    "ascii_safe",
    "ascii_twin",
    "dateline_outlet",
    "first_chars",
    "layout",
    "list_item",
    "lower",
    "normalise",
    "sentences",
    "text_id",
    "trie_regex",
]


#: Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset(
    (
        *("mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "st", "jr", "sr"),
        *("prof", "rev", "no", "vs", "etc", "approx", "dept", "gov", "sen", "rep"),
        *("u.s", "u.n", "u.k", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug"),
        *("sep", "sept", "oct", "nov", "dec"),
    )
)
#: A sentence end. It opens with one stop, not ``[.!?]+``: a pattern starting with a
#: character set lets ``re`` skip to the stops, one starting with a repeat is tried at every
#: character (the same matches, several times the cost).
_SENT_END = re.compile(r"[.!?][.!?]*[\"'”’»)]*(?=\s+[\"'“‘«(]?[A-Z0-9À-ÖØ-Þ\u0600-\u06ff])")
_PARA = re.compile(r"[^\n]+")


def normalise(text: str) -> str:
    """NFC-normalise ``text`` and fold every run of whitespace to one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())  # str.split: the same \s


#: Every run of whitespace but a line end (tabs, no-break and other Unicode spaces) that is
#: not one plain space already.
_SPACES = re.compile(r"[^\S\n ][^\S\n]*| [^\S\n]+")
#: Line ends other than ``\n``: CRLF, CR, and the Unicode line and paragraph separators.
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
#: Words a line never ends on unless it is wrapped ("held by" / "Turkish-backed factions").
_GO_ON_WORDS = frozenset(
    (
        *("a", "an", "the", "of", "by", "to", "in", "on", "at", "from", "with", "and", "or"),
        *("for", "as", "that", "which", "who", "whom", "its", "their", "his", "her", "is"),
        *("are", "was", "were", "has", "have", "had", "been", "be", "than", "into", "under"),
        *("de", "du", "des", "la", "le", "les", "et", "en", "par", "à", "au", "aux", "sur"),
    )
)
#: Endings of a compound adjective a line never ends on either ("Turkish-backed" /
#: "Syrian National Army"): it always stands before the noun it qualifies.
_GO_ON_ENDINGS = tuple("-" + ending for ending in COMPOUND_ENDINGS)


def _goes_on(word: str) -> bool:
    """Tell whether a line ending on ``word`` (lower case) is wrapped whatever follows."""
    return word in _GO_ON_WORDS or word.endswith(_GO_ON_ENDINGS)


def layout(text: str) -> str:
    r"""Return ``text`` with its whitespace in one canonical form, every other character kept.

    Extraction reads this form, so whitespace never changes a result: CRLF and CR line ends
    become ``\n``; tabs, no-break spaces and runs of spaces become one space; spaces at
    line ends and blank lines go (a paragraph is a line); a hard-wrapped line is joined to
    the next with one space. A line break is a wrap when the next line starts with a
    lower-case letter ("is held" / "by Turkish-backed factions") or the line ends with a
    comma or a word no heading or sentence ends on ("the", "of", "by", "and", a compound
    adjective such as "Turkish-backed" or "Kurdish-led"). A break
    between any other word and a capital stays a break: it is how a headline, a dateline
    or a photo caption ends. Lines that point to another article ("Read more: ...",
    "Related: ...") go: their figures and places are another article's.

    Examples
    --------
    >>> layout("The town is held\r\nby  Turkish-backed\u00a0factions.\n\nNext.")
    'The town is held by Turkish-backed factions.\nNext.'
    """
    if "\r" in text or not text.isascii():
        text = _LINE_ENDS.sub("\n", text)
    if text.isascii() and not _ascii_odd_spaces(text):
        # spaces and line ends only: the two substitutions below, by str methods (runs of
        # spaces folded, each line's edges stripped, blank lines dropped)
        if "  " in text:
            text = _SPACE_RUNS.sub(" ", text)
        text = "\n".join([line for line in map(str.strip, text.split("\n")) if line])
    elif _ODD_SPACE.search(text) is not None:
        text = _SPACES.sub(" ", text)
        # blank lines and spaces at line ends go
        text = _LINE_EDGES.sub("\n", text).strip(" \n")
    if not _to_join(text):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if _elsewhere(line):
            continue
        if out and _wrapped(out[-1], line):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _ascii_odd_spaces(text: str) -> bool:
    r"""Tell whether ``text`` has an ASCII space but space and line end (``\t``, ``\x1c`` ...).

    These are the ASCII characters ``re`` (``\s``) and ``str.split`` read as whitespace.
    """
    return (
        "\t" in text
        or "\x0b" in text
        or "\x0c" in text
        or "\r" in text
        or "\x1c" in text
        or "\x1d" in text
        or "\x1e" in text
        or "\x1f" in text
    )


_SPACE_RUNS = re.compile(r"  +")


#: Lines that point to another article ("Read more: ...", "Related: ..."): site chrome,
#: whose headline figures and places are not this article's.
_ELSEWHERE = re.compile(
    r"(?:read\s+(?:more|also)|also\s+read|related(?:\s+(?:articles?|stories|news))?|"
    r"see\s+also|recommended|more\s+on\s+this|lire\s+aussi|à\s+lire\s+aussi)\b\s*[:|>»-]?",
    re.I,
)


def _elsewhere(line: str) -> bool:
    """Tell whether ``line`` points to another article ("Read more: ...")."""
    return line[:1] in "RrAaSsMmLlÀà" and _ELSEWHERE.match(line) is not None


#: A dateline that credits the outlet: "ERBIL (Kurdistan 24) –", "QAMISHLI, Syria (North
#: Press) –", "BEIRUT (AFP) -"; or a byline "Shafaq News/ ...".
_DATELINE = re.compile(
    r"[A-Z][A-Za-z'’.-]+(?:[ ,]+[A-Z][A-Za-z'’.-]+){0,3}\s*\((?P<outlet>[A-Z][\w .&'’-]{1,30})\)"
    r"\s*[-–—:]|(?P<byline>[A-Z][\w]+(?:\s[A-Z][\w]+){0,2}\s(?:News|Agency|Network|Press))\s?/"
)


def dateline_outlet(text: str) -> str | None:
    r"""Return the outlet a dateline or byline in the first lines of ``text`` credits, if any.

    Examples
    --------
    >>> dateline_outlet("Title\nHASAKAH, Syria (North Press) – Four were killed.")
    'North Press'
    >>> dateline_outlet("Shafaq News/ Gunmen attacked a post.")
    'Shafaq News'
    """
    for line in text.split("\n", 6)[:6]:
        m = _DATELINE.match(line)
        if m is not None:
            return m["outlet"] or m["byline"]
    return None


#: An item of a list: a bullet ("• 27 members of the SDF", "- Six civilians", "1) ..."), or a
#: short label and a colon before a number ("Deir ez-Zor: 12 fighters", "Killed: 40").
_LIST_ITEM = re.compile(
    r"(?:[•·▪●◦‣*–—-]|\d{1,2}[.)])\s|[A-Z][^:.!?]{0,38}:\s*(?:\d|(?:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|a|an)\b)",
    re.I,
)


def list_item(sentence: str) -> bool:
    """Tell whether ``sentence`` is an item of a list (a bullet, or "Label: N ...").

    Examples
    --------
    >>> [list_item(s) for s in ("• 27 members of the SDF", "Aleppo: 12 civilians", "He said.")]
    [True, True, False]
    """
    head = sentence[:40]  # a label's colon is among its first 40 characters
    if ":" not in head and not (head[:1] in _BULLETS or head[:1].isdigit()):
        return False  # the common case, told without the pattern's backtracking
    return _LIST_ITEM.match(sentence) is not None


#: The bullets ``_LIST_ITEM`` opens with (else a digit or a label).
_BULLETS = frozenset("•·▪●◦‣*–—-")
_LINE_EDGES = re.compile(r" ?\n[\n ]*")
#: Whitespace that is not one plain space or one line end between two lines.
_ODD_SPACE = re.compile(r"[^\S\n ]| [ \n]|\n[\n ]|^[ \n]|[ \n]$")


def _to_join(text: str) -> bool:
    """Tell whether a text with canonical spaces has a wrap to join or a line to drop."""
    if _elsewhere(text):
        return True
    at = text.find("\n")
    while at >= 0:
        start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
        if (
            text[at + 1 : at + 2].islower()
            or text[at - 1] == ","
            or _goes_on(text[start:at].lower())
            or _elsewhere(text[at + 1 : at + 40])
        ):
            return True
        at = text.find("\n", at + 1)
    return False


def _laid_out(text: str) -> bool:
    """Tell whether ``text`` is already in the layout of :func:`layout` (a quick test)."""
    return (
        "\r" not in text
        and _LINE_ENDS.search(text) is None
        and _ODD_SPACE.search(text) is None
        and not _to_join(text)
    )


def _wrapped(line: str, nxt: str) -> bool:
    """Tell whether the break between ``line`` and the next line ``nxt`` is a hard wrap."""
    if nxt[0].islower() or line[-1] == ",":
        return True
    cut = line.rfind(" ")
    return _goes_on(line[cut + 1 :].lower())


def lower(text: str) -> str:
    """Lower-case ``text`` keeping every offset (a letter whose lower case is longer stays)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


#: Characters outside ASCII, and the ASCII ones that are ``\s`` only in Unicode mode.
_NOT_ASCII_READ = re.compile(r"[^\x00-\x1b\x20-\x7f]")


def ascii_safe(text: str) -> bool:
    r"""Tell whether ``re`` reads ``text`` the same with and without ``re.ASCII``.

    True when every word character (``\w``, hence ``\d`` and ``\b``) and every space
    (``\s``) in the text is ASCII: case-insensitive matching then differs on no character
    either (the letters it folds beyond ASCII are word characters). On such a text a pattern
    compiled with :func:`ascii_twin` finds exactly what the original finds, faster: ``re``
    tests an ASCII class with a table, a Unicode one with a look-up per character. English
    articles are usually such texts (curly quotes and dashes are neither words nor spaces).
    """
    if text.isascii():  # four memchr scans, no generator (this is asked for every sentence)
        return not ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text)
    return not any(
        ch.isalnum() or ch == "_" or ch.isspace() for ch in set(_NOT_ASCII_READ.findall(text))
    )


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` compiled with ``re.ASCII``; use it only on :func:`ascii_safe` text."""
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


def text_id(text: str) -> str:
    """Stable id of a text: the first 16 hex digits of the sha256 of :func:`normalise`."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


class Sentence(NamedTuple):
    """One sentence of a text and where it lies.

    Parameters
    ----------
    text
        The sentence, verbatim.
    start, end
        Character offsets in the article text.
    paragraph
        Index of the paragraph (line block) the sentence belongs to.
    """

    text: str
    start: int
    end: int
    paragraph: int


#: ``_new(Sentence, (...))`` makes one without the named tuple's Python ``__new__``.
_new = tuple.__new__


def sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences, keeping offsets and paragraph numbers.

    Every non-empty line is a paragraph; inside a paragraph a sentence ends at ``.``, ``!``
    or ``?`` (plus closing quotes) followed by a capital, unless the word before the stop is a
    known abbreviation ("U.S.", "Gen.") or a single capital letter.
    """
    out: list[Sentence] = []
    p_index, start = -1, 0
    # the lines _PARA finds (str.split is several times cheaper than the regex); each
    # non-empty line is a paragraph, counted also when it holds only spaces
    for chunk in text.split("\n"):
        base, start = start, start + len(chunk) + 1
        if not chunk:
            continue
        p_index += 1
        if not chunk.strip():
            continue
        begin = 0
        for m in _SENT_END.finditer(chunk):
            # the word before the stop (a window: an abbreviation is short, and a longer
            # word cut by the window is still no abbreviation)
            before = chunk[max(0, m.start() - 40) : m.start()]
            word = before.rsplit(None, 1)[-1] if before.strip() else ""
            word = word.lower().strip("\"'“‘(")
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
            _add(out, chunk, base, begin, m.end(), p_index)
            begin = m.end()
        _add(out, chunk, base, begin, len(chunk), p_index)
    return out


def _add(out: list[Sentence], chunk: str, base: int, begin: int, end: int, para: int) -> None:
    piece = chunk[begin:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    start = base + begin + lead
    out.append(_new(Sentence, (stripped, start, start + len(stripped), para)))


def trie_regex(words: Iterable[str]) -> str:
    """One regular expression for many literal strings, factored by common prefixes.

    Python's ``re`` tries the alternatives of ``a|b|c`` one by one at every position; a
    prefix tree makes that one walk down a tree instead, which keeps alias matching fast
    however long the tables grow. Longer strings are preferred where one is a prefix of
    another; a space in an alias matches any run of whitespace.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg,unused-ignore]
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:  # type: ignore[type-arg,unused-ignore]
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"\s+" if ch == " " else re.escape(ch)
            alts.append(piece + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def first_chars(pattern: re.Pattern[str]) -> frozenset[str] | None:
    r"""Return the characters a non-empty match of ``pattern`` can start with, if few.

    Read from the parsed pattern: literals, classes of literals and ranges, ``\d``,
    alternatives, groups, repeats, and zero-width tests (skipped; they never widen the
    set). None when a match may be empty or may start with a character of a larger class
    (``\w``, ``.``, a negated class), or when case is ignored: then nothing is known.
    """
    if pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        found, empty = _first(
            _re_parser.parse(pattern.pattern, pattern.flags).data, bool(pattern.flags & re.ASCII)
        )
    except _Unknown:
        return None
    return None if empty else frozenset(found)


class _Unknown(Exception):
    """A pattern element whose first characters :func:`first_chars` does not enumerate."""


def _first(data: list[tuple[Any, Any]], ascii_only: bool) -> tuple[set[str], bool]:
    """Return the first characters of pattern elements in sequence, and whether all may be empty."""
    c = _re_constants
    found: set[str] = set()
    for op, av in data:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the next element starts the match
        if op is c.LITERAL:
            return found | {chr(av)}, False
        if op is c.IN:
            return found | _class_chars(av, ascii_only), False
        if op is c.SUBPATTERN:
            inner, empty = _first(av[3].data, ascii_only)
        elif op is c.BRANCH:
            inner, empty = set(), False
            for alt in av[1]:
                f, e = _first(alt.data, ascii_only)
                inner |= f
                empty = empty or e
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            lo, _, sub = av
            inner, empty = _first(sub.data, ascii_only)
            empty = empty or lo == 0
        else:
            raise _Unknown(op)
        found |= inner
        if not empty:
            return found, False
    return found, True


def _class_chars(items: list[tuple[Any, Any]], ascii_only: bool) -> set[str]:
    c = _re_constants
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] <= 256:
            out.update(map(chr, range(av[0], av[1] + 1)))
        elif op is c.CATEGORY and av is c.CATEGORY_DIGIT and ascii_only:
            out.update("0123456789")  # (in Unicode mode \d has many more)
        else:
            raise _Unknown(op)
    return out


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Return a case-insensitive ``pattern`` compiled for lower-cased :func:`ascii_safe` text.

    Without ``re.IGNORECASE`` and with ``re.ASCII``: ``re`` then skips to the letters a
    match can start with and past the alternatives whose first letter is not there, which
    it cannot do ignoring case. On :func:`lower` of a text :func:`ascii_safe` accepts, it
    finds the matches ``pattern`` finds in the text, at the same offsets (their groups are
    lower-cased). None when that cannot be told from the pattern: a capital or a character
    beyond ASCII in it, a back-reference, or flags set inside it.
    """
    flags = pattern.flags
    if not flags & re.IGNORECASE or flags & (re.LOCALE | re.VERBOSE):
        return None
    try:
        if not _lower_only(_re_parser.parse(pattern.pattern, flags).data):
            return None
        twin = re.compile(pattern.pattern, (flags & ~(re.IGNORECASE | re.UNICODE)) | re.ASCII)
    except (_Unknown, re.error):
        return None
    return None if twin.flags & re.IGNORECASE else twin


def _lower_char(code: int) -> bool:
    return code < 128 and not chr(code).isupper()


def _lower_only(data: list[tuple[Any, Any]]) -> bool:
    """Tell whether pattern elements read alike with and without ignoring case, on lower case."""
    c = _re_constants
    for op, av in data:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if not _lower_char(av):
                return False
        elif op is c.IN:
            for item, value in av:
                if item in (c.LITERAL, c.NOT_LITERAL):
                    if not _lower_char(value):
                        return False
                elif item is c.RANGE:
                    if value[1] >= 128 or any(map(_lower_char_not, range(value[0], value[1] + 1))):
                        return False
                elif item not in (c.NEGATE, c.CATEGORY):
                    return False
        elif op is c.SUBPATTERN:
            if av[1] or av[2] or not _lower_only(av[3].data):
                return False
        elif op is c.BRANCH:
            if not all(_lower_only(alt.data) for alt in av[1]):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _lower_only(av[2].data):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _lower_only(av[1].data):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _lower_only(av.data):
                return False
        elif op not in (c.AT, c.ANY):
            return False
    return True


def _lower_char_not(code: int) -> bool:
    return not _lower_char(code)
