"""Read articles from disk: seed text, Markdown with YAML front matter, JSON Lines and HTML.

Reading is streaming (one file, or one JSON line, at a time) and forgiving: a file that
cannot be read becomes one :class:`~corpus.records.ReadProblem` and one logged warning that
name the file (and line), and the rest of the batch is read as usual. Nothing here raises
for a bad input, and nothing is held in memory past its budget: the limits (sizes, depths,
dates) are the constants below, listed with what happens past them in the README's "Bad
input" section. HTML is parsed by libxml2 (lxml: linear time, no network access, no entity
expansion); YAML front matter by PyYAML's safe loader without aliases.

Examples
--------
>>> problems = []
>>> for article in read_articles(["../shared/seeds"], problems=problems):  # doctest: +SKIP
...     print(article.id, article.published, article.outlet)
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml
from charset_normalizer import from_bytes
from lxml import etree

from corpus._text import normalise, text_id
from corpus.dates import infer_published, parse_iso_date
from corpus.records import Article, ReadProblem

__all__ = [
    "EARLIEST_PUBLISHED",
    "MAX_ARTICLE_BYTES",
    "MAX_FRONT_MATTER_BYTES",
    "MAX_HTML_DEPTH",
    "MAX_YAML_DEPTH",
    "SUFFIXES",
    "article_from_fields",
    "article_from_text",
    "display_path",
    "latest_published",
    "read_articles",
]

logger = logging.getLogger(__name__)

#: Largest single-article file read (a news article is rarely over 200 kB, an HTML page
#: with its scripts rarely over 5 MB). Larger files are reported and skipped, so memory
#: stays flat. JSON Lines files may be any size: the limit applies to each line.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
#: Largest YAML front matter read (a real one is a few hundred bytes). Larger: the file is
#: reported and skipped.
MAX_FRONT_MATTER_BYTES = 64 * 1024
#: Deepest nesting of lists and mappings in front matter. Aliases (``*name``) are refused
#: outright: a few hundred bytes of nested aliases expand to gigabytes (a "billion laughs").
MAX_YAML_DEPTH = 20
#: Deepest element nesting read in HTML (libxml2's own limit; real pages stay under 60).
#: Past it the page's remaining text is not read, and the file gets one ReadProblem.
MAX_HTML_DEPTH = 256
#: Earliest publication date believed. Earlier dates, and dates after :func:`latest_published`,
#: are dropped with a ReadProblem (the date is then inferred from the text, or unknown):
#: they are typing errors, and pandas cannot even hold years past 2262.
EARLIEST_PUBLISHED = date(1900, 1, 1)
#: Days after today a publication date may lie (time zones, embargoed wires).
FUTURE_SLACK_DAYS = 2
#: Languages whose single-byte files are Windows code pages, by the stop words of
#: :data:`_STOPWORDS`: a short file of Western European text is read as cp1252, not as
#: whatever a statistical detector guesses from a few accented letters (cp1250 reads
#: French "èves" as "čves").
LANGUAGE_CODEPAGES = {"en": "cp1252", "fr": "cp1252", "de": "cp1252", "es": "cp1252",
                      "tr": "cp1254"}  # fmt: skip

#: File suffixes read when walking a directory, by format.
SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
}

#: Wire agencies recognised in credits ("(ANI/Sputnik)") and in "told AFP".
AGENCIES = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "ani": "ANI",
    "sputnik": "Sputnik",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "anadolu": "Anadolu",
    "aa": "Anadolu",
    "xinhua": "Xinhua",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "irna": "IRNA",
    "kuna": "KUNA",
    "upi": "UPI",
    "sana": "SANA",
    "syrian arab news agency": "SANA",
    "hawar": "ANHA",
    "anha": "ANHA",
    "rudaw": "Rudaw",
    "ians": "IANS",
    "pti": "PTI",
}

_NOT_ARTICLE = re.compile(r"(?:readme|license|licence|changelog|contributing)\b", re.I)
_DATE_HEADER = re.compile(r"\A\s*date\s+(\d{4}-\d{1,2}-\d{1,2})[ \t]*\n?", re.I)
_FOOTER = re.compile(
    r"^\s*(?:any reproduction (?:is )?prohibited|all rights reserved|source link\b.*|"
    r"©.*|copyright\b.*|read more\b.*|related:.*)\s*$",
    re.I,
)
_CREDIT = re.compile(r"\(\s*([A-Za-z][\w.&'-]*(?:\s*[/,]\s*[A-Za-z][\w.&'-]*)*)\s*\)\s*$")
#: Agencies a statement can be told to; each match of ``_TOLD`` contains one of them.
_TOLD_NAMES = ("AFP", "Reuters", "AP", "ANI", "Sputnik", "TASS", "Anadolu", "Xinhua", "dpa",
               "EFE", "ANSA", "Agence France-Presse", "Associated Press")  # fmt: skip
_TOLD = re.compile(
    r"\b(?:told|to|said to|according to|reported by|quoted by|contacted by)\s+(?:the\s+)?"
    r"(" + "|".join((*_TOLD_NAMES[:-1], "the Associated Press", _TOLD_NAMES[-1])) + r")\b"
)
_BINARY_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "said", "is", "that", "was", "with"},
    "fr": {"le", "la", "les", "des", "et", "du", "est", "dans", "une", "selon"},
    "de": {"der", "die", "und", "das", "nicht", "ist", "mit", "den", "sich", "von"},
    "es": {"el", "los", "las", "del", "que", "y", "por", "una", "según", "con"},
    "tr": {"ve", "bir", "bu", "ile", "için", "olarak", "da", "de", "göre", "olan"},
}
_WORD = re.compile(r"[^\W\d_]+")
#: Every ASCII byte that is not a letter made a space (the letters kept): on ASCII text,
#: translating with it and splitting gives the words ``_WORD`` finds (see :func:`_words`).
_LETTERS_ONLY = bytes(c if chr(c).isalpha() else 0x20 for c in range(128)) + b" " * 128
_ARABIC = re.compile(r"[\u0600-\u06ff]")
#: For each stop word, the languages it counts for.
_STOP_LANGS: dict[str, tuple[str, ...]] = {
    w: tuple(lang for lang, stops in _STOPWORDS.items() if w in stops)
    for w in set().union(*_STOPWORDS.values())
}


def read_articles(
    paths: Iterable[str | Path], *, problems: list[ReadProblem] | None = None
) -> Iterator[Article]:
    """Read every article under ``paths``, once each.

    Parameters
    ----------
    paths
        Files or directories (read recursively, hidden entries skipped, files in sorted
        order). In a directory only known suffixes are read (:data:`SUFFIXES`); a file named
        directly is read whatever its suffix (as seed text unless it looks like another
        format).
    problems
        When given, every input that could not be read (or only in part) is appended here as
        a :class:`~corpus.records.ReadProblem`; each is also logged as a warning.

    Yields
    ------
    Article
        One per article; an article whose normalised text was already yielded in this call
        is skipped (logged at INFO).

    Examples
    --------
    >>> arts = list(read_articles(["../shared/seeds"]))  # doctest: +SKIP
    >>> [a.published.isoformat() for a in arts]  # doctest: +SKIP
    ['2022-01-31', '2022-01-26']
    """
    seen: set[int] = set()  # ids as integers: the only memory that grows with the corpus
    sink = problems if problems is not None else []
    for raw in paths:
        path = Path(raw)
        for file, fmt in _walk(path, sink):
            for article in _read_file(file, fmt, sink):
                key = int(article.id, 16)
                if key in seen:
                    logger.info(
                        "%s: same article as one already read (id %s), skipped",
                        article.path,
                        article.id,
                    )
                    continue
                seen.add(key)
                yield article


def latest_published() -> date:
    """Return the latest publication date believed: today plus :data:`FUTURE_SLACK_DAYS`."""
    latest = date.today() + timedelta(days=FUTURE_SLACK_DAYS)
    _LATEST_SEEN[0] = max(_LATEST_SEEN[0], latest)
    return latest


#: The latest :func:`latest_published` answered so far: a date up to it is believed without
#: asking the clock again (``date.today()`` costs more than the rest of the date check).
_LATEST_SEEN = [date.min]


_UNSAFE_CHARS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def display_path(path: str | Path) -> str:
    r"""Return ``path`` as printable text: safe in a log line, a table cell or UTF-8 JSON.

    A byte that is not UTF-8 (kept by Python as a lone surrogate) is written ``\\xff`` and a
    control character (newline, tab, escape ...) as its ``\\n`` / ``\\x1b`` escape, so a
    crafted file name cannot forge a log line or write invalid UTF-8 into an output.

    Examples
    --------
    >>> display_path("a\\nb.txt")
    'a\\\\nb.txt'
    """
    name = str(path)
    if not _UNSAFE_CHARS.search(name):
        return name
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _UNSAFE_CHARS.sub(lambda m: repr(m.group(0))[1:-1], name)


def _problem(sink: list[ReadProblem], path: str, message: str) -> None:
    logger.warning("%s: %s", path, message)
    sink.append(ReadProblem(path, message))


class _Unreadable(Exception):
    """The input (file, or one JSON line) cannot give an article; the message says why."""


def _walk(path: Path, sink: list[ReadProblem]) -> Iterator[tuple[Path, str]]:
    if path.is_dir():

        def unreadable(e: OSError) -> None:
            where = display_path(e.filename if e.filename is not None else path)
            _problem(
                sink, where, f"folder cannot be read ({e.strerror or e}); check its permissions"
            )

        for root, dirs, files in os.walk(path, onerror=unreadable):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            folder = Path(root)
            for name in sorted(files):
                if name.startswith(".") or _NOT_ARTICLE.match(name):
                    continue  # hidden files, and a folder's README / LICENSE / CHANGELOG
                fmt = SUFFIXES.get(_suffix(name).lower())
                if fmt is not None:
                    yield folder / name, fmt
    elif path.is_file():
        yield path, SUFFIXES.get(path.suffix.lower(), "text")
    else:
        _problem(sink, display_path(path), "no such file or folder; check the path")


def _suffix(name: str) -> str:
    """Return ``Path(name).suffix`` for a file name (without making a path of it)."""
    at = name.rfind(".")
    return name[at:] if 0 < at < len(name) - 1 else ""


def _read_file(path: Path, fmt: str, sink: list[ReadProblem]) -> Iterator[Article]:
    """Read one file: its articles, and at most one ReadProblem (notes and failure joined)."""
    name = display_path(path)
    if fmt == "jsonl":
        yield from _read_jsonl(path, name, sink)
        return
    notes: list[str] = []
    try:
        article = _parse_file(path, fmt, name, notes)
    except _Unreadable as e:
        _problem(sink, name, "; ".join([str(e), *notes]))
        return
    if notes:
        _problem(sink, name, "; ".join(notes))
    yield article


def _parse_file(path: Path, fmt: str, name: str, notes: list[str]) -> Article:
    try:
        with open(path, "rb") as fh:  # the builtin: Path.open costs a call more
            data = fh.read(MAX_ARTICLE_BYTES + 1)  # never more than the budget in memory
    except OSError as e:
        msg = f"cannot be read ({e.strerror or e}); check its permissions"
        raise _Unreadable(msg) from e
    if not data:
        msg = "empty file (0 bytes); nothing to read"
        raise _Unreadable(msg)
    if len(data) > MAX_ARTICLE_BYTES:
        try:
            size = f"{path.stat().st_size / 1e6:.1f} MB is "
        except OSError:
            size = ""
        msg = (
            f"{size}larger than the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit for one article; "
            "skipped (split it into one file per article, or use JSON Lines)"
        )
        raise _Unreadable(msg)
    text = _decode(data, notes)
    if fmt == "text" and text.lstrip().startswith("---\n"):
        fmt = "markdown"
    elif fmt == "text" and re.match(r"\s*<(?:!doctype html|html)\b", text, re.I):
        fmt = "html"
    try:
        if fmt == "markdown":
            article = _from_markdown(text, name, notes)
        elif fmt == "html":
            article = _from_html(text, name, notes)
        else:
            article = article_from_text(text, name, notes=notes)
    except (ValueError, yaml.YAMLError) as e:
        msg = f"cannot be parsed as {fmt}: {e}"
        raise _Unreadable(msg) from e
    if article is None:
        msg = "no article text found (only a title, footers or markup)"
        raise _Unreadable(msg)
    return article


def _decode(data: bytes, notes: list[str]) -> str:
    """Bytes -> text: BOM, then UTF-8, then a code page (noted); binary raises _Unreadable."""
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
        (codecs.BOM_UTF32_LE, "utf-32"),
    ):
        if data.startswith(bom):
            try:
                return _newlines(data.decode(enc))
            except UnicodeDecodeError:
                break
    head = data[:8192]
    if b"\x00" in head:
        msg = "looks like a binary file (NUL bytes), not text; skipped"
        raise _Unreadable(msg)
    try:
        return _newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    encoding, why = _codepage(data)
    if encoding is None:
        msg = "not text in any known encoding (binary?); skipped"
        raise _Unreadable(msg)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("cp1252", errors="replace")
    if len(_BINARY_CHARS.findall(text[:8192])) > 8:
        msg = "looks like a binary file (control characters), not text; skipped"
        raise _Unreadable(msg)
    notes.append(
        f"not UTF-8: read as {encoding} ({why}); check accented letters, or save it as UTF-8"
    )
    return _newlines(text)


def _codepage(data: bytes) -> tuple[str | None, str]:
    """Return the single-byte encoding of non-UTF-8 ``data``, and why it was chosen.

    The language is read first from the Windows-1252 reading (stop words are ASCII, so any
    Latin code page shows them): a language of :data:`LANGUAGE_CODEPAGES` decides the code
    page. Otherwise the statistical detector (charset-normalizer) guesses.
    """
    sample = data[:200_000]
    western = sample.decode("cp1252", errors="replace")
    lang = _language(western)
    if lang in LANGUAGE_CODEPAGES:
        return LANGUAGE_CODEPAGES[lang], f"{lang} stop words"
    best = from_bytes(sample).best()
    if best is None or best.encoding is None:
        return None, ""
    return best.encoding, "detected"


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def _strip_footers(lines: list[str]) -> list[str]:
    end = len(lines)
    while end and (not lines[end - 1].strip() or _FOOTER.match(lines[end - 1])):
        end -= 1
    return lines[:end]


def _credits(text: str) -> tuple[str, ...]:
    """Wire agencies credited at the end of the text ("(ANI/Sputnik)") or told ("told AFP")."""
    found: list[str] = []
    tail = text[-200:]
    m = _CREDIT.search(tail) if ")" in tail else None  # the search is slow, the test is not
    if m:
        for part in re.split(r"\s*[/,]\s*", m.group(1)):
            canon = AGENCIES.get(part.lower())
            if canon and canon not in found:
                found.append(canon)
    at = [i for i in map(text.find, _TOLD_NAMES) if i >= 0]
    if not at:
        return tuple(found)
    # a match ends at an agency name: start a little before the first one ("told the ")
    for t in _TOLD.finditer(text, max(0, min(at) - 200)):
        canon = AGENCIES.get(re.sub(r"^the\s+", "", t.group(1).lower()), t.group(1))
        if canon not in found:
            found.append(canon)
    return tuple(found)


def _words(text: str) -> list[str]:
    """Return the runs of letters in ``text`` (``_WORD.findall(text)``), in order.

    ASCII text is read by a byte table and ``split`` (both in C, several times cheaper than
    the regex, whose Unicode letter test is a look-up per character); other text by ``_WORD``.
    """
    if text.isascii():
        return text.encode("ascii").translate(_LETTERS_ONLY).decode("ascii").split()
    return _WORD.findall(text)


def _language(text: str) -> str:
    sample = text[:3000]
    if not sample.isascii() and len(_ARABIC.findall(sample)) > len(sample) / 4:
        return "ar"
    # only the stop words are counted: filtering in C first is several times faster
    counts = Counter(filter(_STOP_LANGS.__contains__, _words(sample[:1500].lower())))
    if not counts:
        return "und"
    scores = dict.fromkeys(_STOPWORDS, 0)
    for word, n in counts.items():
        for lang in _STOP_LANGS.get(word, ()):
            scores[lang] += n
    lang, score = max(scores.items(), key=lambda kv: kv[1])
    return lang if score else "und"


def _checked_date(
    published: date | None, source: str, notes: list[str] | None
) -> tuple[date | None, str]:
    """Drop a publication date outside [EARLIEST_PUBLISHED, latest_published()] (noted)."""
    if published is None or EARLIEST_PUBLISHED <= published <= _LATEST_SEEN[0]:
        return published, source  # the clock only moves on: still believed
    if EARLIEST_PUBLISHED <= published <= latest_published():
        return published, source
    if notes is not None:
        notes.append(
            f"publication date {published.isoformat()} ({source or 'given'}) is outside "
            f"{EARLIEST_PUBLISHED.isoformat()} .. {latest_published().isoformat()}; ignored "
            "(fix the date in the file)"
        )
    return None, ""


def article_from_fields(
    *,
    path: str,
    title: str,
    text: str,
    published: date | None = None,
    published_source: str = "",
    outlet: str | None = None,
    agencies: Iterable[str] = (),
    url: str | None = None,
    language: str | None = None,
    notes: list[str] | None = None,
) -> Article | None:
    """Build an :class:`Article` from fields, filling what the text can tell.

    Footers are stripped from ``text``; wire agencies credited in the text are added to
    ``agencies``; the outlet defaults to the first agency; a missing publication date is
    inferred from the text (and flagged); the language is guessed when not given. A
    publication date before :data:`EARLIEST_PUBLISHED` or after :func:`latest_published`
    (given or inferred) is dropped.

    Parameters
    ----------
    notes
        When given, what was ignored (an impossible date) is appended here, in words.

    Returns
    -------
    Article or None
        None when there is no body text.
    """
    lines = _strip_footers(text.replace("\r\n", "\n").split("\n"))
    body = "\n".join(lines).strip()
    if not body:
        return None
    agency_list = [a for a in agencies if a]
    for a in _credits(body):
        if a not in agency_list:
            agency_list.append(a)
    published, published_source = _checked_date(published, published_source, notes)
    inferred = False
    if published is None:
        guess = infer_published(body)
        if guess is not None:
            published, published_source = _checked_date(guess[0], guess[1], notes)
            inferred = published is not None
    return Article(
        id=text_id(body),
        path=path,
        title=normalise(title),
        text=body,
        published=published,
        published_inferred=inferred,
        published_source=published_source if published is not None else "",
        outlet=outlet or (agency_list[0] if agency_list else None),
        agencies=tuple(agency_list),
        url=url or None,
        language=language or _language(body),
    )


def article_from_text(
    text: str, path: str = "<text>", *, notes: list[str] | None = None
) -> Article | None:
    """Parse one article in the seed text format.

    The format: an optional first line `` date YYYY-MM-DD`` (the body may go on on the same
    line), an optional title line (short, no final full stop, followed by a blank line), the
    body, optional wire credits at the very end (``(ANI/Sputnik)``) and footers such as
    "Any reproduction prohibited" / "Source link ..." (stripped from the text; the file on
    disk is never changed). ``notes`` collects what was ignored (see
    :func:`article_from_fields`).
    """
    text = _newlines(text)
    published = None
    source = ""
    m = _DATE_HEADER.match(text)
    if m:
        published = parse_iso_date(m.group(1))
        source = "header" if published else ""
        text = text[m.end() :]
    title = ""
    stripped = text.lstrip("\n")
    first, sep, rest = stripped.partition("\n")
    if (
        sep
        and rest.startswith("\n")
        and 0 < len(first.strip()) <= 200
        and not first.rstrip().endswith((".", "!", "?", ":", ";", ","))
    ):
        title, text = first.strip(), rest
    return article_from_fields(
        path=path,
        title=title,
        text=text,
        published=published,
        published_source=source,
        notes=notes,
    )


#: Field names read from front matter and JSON objects, first found wins, by meaning.
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "published": ("published", "date", "published_at"),
    "outlet": ("outlet", "source", "publisher"),
    "agencies": ("agencies", "agency"),
    "url": ("url", "link"),
    "language": ("language", "lang"),
}
#: Longest value kept for a one-line field (an outlet, a URL); longer values are ignored.
MAX_FIELD_CHARS = 2000


def _field(meta: dict[str, Any], what: str) -> tuple[str, object]:
    for key in FIELD_NAMES[what]:
        if meta.get(key) not in (None, ""):
            return key, meta[key]
    return FIELD_NAMES[what][0], None


def _text_field(meta: dict[str, Any], what: str, bad: list[str]) -> str | None:
    """One text field: a string (numbers are taken as text); anything else is noted."""
    key, value = _field(meta, what)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        bad.append(f"{key} ({_kind(value)}, expected text)")
        return None
    text = _clean(str(value).strip())
    if len(text) > MAX_FIELD_CHARS:
        bad.append(f"{key} ({len(text):,} characters, over {MAX_FIELD_CHARS:,})")
        return None
    return text or None


_SURROGATES = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Replace lone surrogates (from a JSON escape of U+D800..U+DFFF): valid UTF-8 out."""
    return _SURROGATES.sub("\ufffd", text) if not text.isascii() else text


def _kind(value: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list",
            dict: "a mapping"}.get(type(value), f"a {type(value).__name__}")  # fmt: skip


def _as_agencies(meta: dict[str, Any], bad: list[str]) -> list[str]:
    """``agencies``: text ("AFP/Reuters") or a list of texts; anything else is noted."""
    key, value = _field(meta, "agencies")
    if value is None:
        return []
    if isinstance(value, str):
        items: list[object] = re.split(r"\s*[/,;]\s*", value)
    elif isinstance(value, list) and all(isinstance(i, str) for i in value):
        items = list(value)
    else:
        bad.append(f"{key} ({_kind(value)}, expected text or a list of texts)")
        return []
    names = [_clean(str(i).strip()) for i in items]
    out = [AGENCIES.get(n.lower(), n) for n in names if n]
    return [a for a in out if len(a) <= MAX_FIELD_CHARS]


def _from_fields(
    meta: dict[str, Any], body: str, path: str, source: str, notes: list[str]
) -> Article | None:
    """Build the article from validated fields; a field of the wrong type is ignored (noted)."""
    bad: list[str] = []
    _key, raw_date = _field(meta, "published")
    published = parse_iso_date(raw_date)
    article = article_from_fields(
        path=path,
        title=_text_field(meta, "title", bad) or "",
        text=body,
        published=published,
        published_source=source if published else "",
        outlet=_text_field(meta, "outlet", bad),
        agencies=_as_agencies(meta, bad),
        url=_text_field(meta, "url", bad),
        language=(_text_field(meta, "language", bad) or "")[:8] or None,
        notes=notes,
    )
    if bad:
        notes.append("ignored field(s) of the wrong type: " + ", ".join(bad))
    return article


class _FrontMatterLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses aliases and nesting deeper than MAX_YAML_DEPTH."""

    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            msg = "aliases (*name) are not allowed in front matter; write the value out"
            raise yaml.composer.ComposerError(None, None, msg, event.start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                msg = f"front matter nested deeper than {MAX_YAML_DEPTH} levels"
                raise yaml.composer.ComposerError(None, None, msg, self.peek_event().start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def _front_matter(head: str) -> dict[str, Any]:
    if len(head.encode("utf-8", "replace")) > MAX_FRONT_MATTER_BYTES:
        msg = (
            f"front matter is over the {MAX_FRONT_MATTER_BYTES // 1024} kB limit; keep only "
            "title, date, outlet, agencies, url, language there"
        )
        raise ValueError(msg)
    loaded = yaml.load(head, Loader=_FrontMatterLoader) or {}  # noqa: S506 - safe loader subclass
    if not isinstance(loaded, dict):
        msg = f"front matter is {_kind(loaded)}, expected 'key: value' lines"
        raise ValueError(msg)
    return {str(k).lower(): v for k, v in loaded.items()}


def _from_markdown(text: str, path: str, notes: list[str]) -> Article | None:
    meta: dict[str, Any] = {}
    body = text.lstrip()
    if body.startswith("---\n"):
        head, sep, rest = body[4:].partition("\n---")
        if not sep:
            msg = "front matter opened with '---' is never closed with a '---' line"
            raise ValueError(msg)
        meta = _front_matter(head)
        body = rest.partition("\n")[2]
    heading = re.match(r"\s*#\s+(.+)\n", body)
    if heading:
        meta.setdefault("title", heading.group(1).strip())
        body = body[heading.end() :]
    return _from_fields(meta, _clean(body), path, "front-matter", notes)


def _lines(fh: Any, limit: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield ``(number, line, size)`` of a binary file; ``line`` None when over ``limit`` bytes.

    A line over the limit is skipped in chunks, so memory never holds more than ``limit``.
    """
    lineno = 0
    while True:
        raw = fh.readline(limit + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield lineno, raw, len(raw)
            continue
        size = len(raw)
        del raw
        while True:
            chunk = fh.readline(1 << 20)
            size += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
        yield lineno, None, size


def _read_jsonl(path: Path, name: str, sink: list[ReadProblem]) -> Iterator[Article]:
    try:
        fh = path.open("rb")
    except OSError as e:
        _problem(sink, name, f"cannot be read ({e.strerror or e}); check its permissions")
        return
    with fh:
        any_line = False
        try:
            for lineno, raw, size in _lines(fh, MAX_ARTICLE_BYTES):
                if raw is not None and lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                    raw = raw[len(codecs.BOM_UTF8) :]
                if raw is not None and not raw.strip():
                    continue
                any_line = True
                where = f"{name}:{lineno}"
                notes: list[str] = []
                try:
                    article = _json_line(raw, size, lineno, where, notes)
                except _Unreadable as e:
                    _problem(sink, where, "; ".join([str(e), *notes]))
                    continue
                if notes:
                    _problem(sink, where, "; ".join(notes))
                if article is not None:
                    yield article
        except OSError as e:
            _problem(sink, name, f"cannot be read to the end ({e.strerror or e})")
        if not any_line:
            _problem(sink, name, "empty file (no JSON lines); nothing to read")


def _json_line(
    raw: bytes | None, size: int, lineno: int, where: str, notes: list[str]
) -> Article | None:
    if raw is None:
        msg = (
            f"line {lineno} is {size / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB "
            "limit for one article; skipped"
        )
        raise _Unreadable(msg)
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError:
        line = raw.decode("cp1252", errors="replace")
        notes.append(f"line {lineno} is not UTF-8: read as cp1252")
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        msg = (
            f"line {lineno} is not valid JSON ({e.msg} at column {e.colno}); fix or remove "
            "that line, the other lines were read"
        )
        raise _Unreadable(msg) from e
    except (ValueError, RecursionError) as e:  # a 5,000-digit number; [[[[... nested too deep
        msg = f"line {lineno} cannot be read as JSON ({type(e).__name__}: {str(e)[:100]})"
        raise _Unreadable(msg) from e
    if not isinstance(obj, dict):
        msg = (
            f"line {lineno} is {_kind(obj)}, expected an object such as "
            '{"title": ..., "text": ...}'
        )
        raise _Unreadable(msg)
    meta = {str(k).lower(): v for k, v in obj.items()}
    body = meta.get("text") or meta.get("body") or meta.get("content") or ""
    if not isinstance(body, str) or not body.strip():
        msg = f'line {lineno} has no "text" field; skipped'
        raise _Unreadable(msg)
    return _from_fields(meta, _newlines(_clean(body)), where, "json", notes)


#: Elements whose text is never article text.
_HTML_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "nav",
                        "header", "footer", "aside", "form", "button", "select", "figure",
                        "head", "title"})  # fmt: skip
#: Elements that end a paragraph.
_HTML_BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                         "td", "blockquote", "section", "article", "main", "pre", "dd",
                         "dt"})  # fmt: skip
#: ``<meta>`` names and properties that may carry the publication date, most trusted first.
_HTML_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "date",
                   "pubdate", "publish-date", "dc.date", "dc.date.issued", "sailthru.date",
                   "time")  # fmt: skip


def _html_tree(text: str, notes: list[str]) -> Any:
    """Parse HTML with libxml2 (lxml): linear time, no network, no entity expansion."""
    parser = etree.HTMLParser(
        encoding="utf-8", recover=True, no_network=True, remove_comments=True, remove_pis=True,
        huge_tree=False, default_doctype=False,
    )  # fmt: skip
    root = etree.fromstring(text.encode("utf-8", "replace"), parser)
    if any("Excessive depth" in err.message for err in parser.error_log):
        notes.append(
            f"HTML nested deeper than {MAX_HTML_DEPTH} elements; the text after that point "
            "was not read"
        )
    return root


def _from_html(text: str, path: str, notes: list[str]) -> Article | None:
    """Read an HTML page's main text, title and metadata (scripts, menus, footers dropped)."""
    root = _html_tree(text, notes)
    if root is None:
        return None
    meta: dict[str, str] = {}
    title = h1 = ""
    for el in root.iter("meta", "link", "time", "title", "h1"):
        tag, get = el.tag, el.get
        if tag == "meta":
            key = (get("property") or get("name") or get("itemprop") or "").lower()
            if key and get("content"):
                meta.setdefault(key, get("content"))
        elif tag == "link" and (get("rel") or "").lower() == "canonical":
            meta.setdefault("canonical", get("href") or "")
        elif tag == "time" and get("datetime"):
            meta.setdefault("time", get("datetime"))
        elif tag == "title" and not title:
            title = "".join(el.itertext())
        elif tag == "h1" and not h1:
            h1 = "".join(el.itertext())
    parts: list[str] = []
    main_parts: list[str] = []
    # per open element: (skipped, opened a main part, is an h1); only text outside all three
    # counts, and text inside <article>/<main> also goes to main_parts
    state: list[tuple[bool, bool, bool]] = []
    skip = main = in_h1 = 0

    def add(data: str) -> None:
        parts.append(data)
        if main:
            main_parts.append(data)

    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            skipped = bool(skip) or tag in _HTML_SKIP
            opens_main = not skipped and (tag in ("article", "main") or el.get("role") == "main")
            state.append((skipped, opens_main, tag == "h1"))
            skip += skipped
            main += opens_main
            in_h1 += tag == "h1"
            if skip:
                continue
            if tag == "br":
                add("\n")
            elif tag in _HTML_BLOCK:
                add("\n\n")
            if el.text and not in_h1:
                add(el.text)
        else:
            skipped, opens_main, is_h1 = state.pop()
            if not skip and tag in _HTML_BLOCK and tag != "br":
                add("\n\n")
            skip -= skipped
            main -= opens_main
            in_h1 -= is_h1
            if el.tail and not skip and not in_h1:
                add(el.tail)
    has_main = "".join(main_parts).strip()
    raw = "".join(main_parts if has_main else parts)
    paras = [re.sub(r"[ \t\u00a0]+", " ", x).strip() for x in re.split(r"\n\s*\n", raw)]
    body = "\n\n".join(x for x in paras if x)
    published = None
    for key in _HTML_DATE_KEYS:
        published = parse_iso_date(meta.get(key))
        if published:
            break
    lang = (root.get("lang") or "")[:2].lower()
    return article_from_fields(
        path=path,
        title=meta.get("og:title") or h1.strip() or title.strip(),
        text=body,
        published=published,
        published_source="html-meta" if published else "",
        outlet=meta.get("og:site_name") or meta.get("publisher") or meta.get("application-name"),
        url=meta.get("canonical") or meta.get("og:url"),
        language=lang or None,
        notes=notes,
    )
