"""Read articles from disk: seed text, Markdown with YAML front matter, JSON Lines and HTML.

Reading is streaming (one file, or one JSON line, at a time) and forgiving: a file that
cannot be read becomes one :class:`~corpus.records.ReadProblem` and one logged warning that
name the file (and line), and the rest of the batch is read as usual. Nothing here raises
for a bad input.

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
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import yaml
from charset_normalizer import from_bytes

from corpus._text import normalise, text_id
from corpus.dates import infer_published, parse_iso_date
from corpus.records import Article, ReadProblem

__all__ = [
    "MAX_ARTICLE_BYTES",
    "SUFFIXES",
    "article_from_fields",
    "article_from_text",
    "read_articles",
]

logger = logging.getLogger(__name__)

#: Largest single-article file read (a news article is rarely over 200 kB, an HTML page
#: with its scripts rarely over 5 MB). Larger files are reported and skipped, so memory
#: stays flat. JSON Lines files may be any size: the limit applies to each line.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

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


def _problem(sink: list[ReadProblem], path: str, message: str) -> None:
    logger.warning("%s: %s", path, message)
    sink.append(ReadProblem(path, message))


def _walk(path: Path, sink: list[ReadProblem]) -> Iterator[tuple[Path, str]]:
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(".") or _NOT_ARTICLE.match(name):
                    continue  # hidden files, and a folder's README / LICENSE / CHANGELOG
                fmt = SUFFIXES.get(Path(name).suffix.lower())
                if fmt is not None:
                    yield Path(root) / name, fmt
    elif path.is_file():
        yield path, SUFFIXES.get(path.suffix.lower(), "text")
    else:
        _problem(sink, str(path), "no such file or folder; check the path")


def _read_file(path: Path, fmt: str, sink: list[ReadProblem]) -> Iterator[Article]:
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        _problem(sink, name, f"cannot be read ({e.strerror or e}); check its permissions")
        return
    if fmt == "jsonl":
        yield from _read_jsonl(path, sink)
        return
    if size == 0:
        _problem(sink, name, "empty file (0 bytes); nothing to read")
        return
    if size > MAX_ARTICLE_BYTES:
        _problem(
            sink,
            name,
            f"{size / 1e6:.1f} MB is larger than the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit for "
            "one article; skipped (split it into one file per article, or use JSON Lines)",
        )
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        _problem(sink, name, f"cannot be read ({e.strerror or e}); check its permissions")
        return
    text = _decode(data, name, sink)
    if text is None:
        return
    if fmt == "text" and text.lstrip().startswith("---\n"):
        fmt = "markdown"
    elif fmt == "text" and re.match(r"\s*<(?:!doctype html|html)\b", text, re.I):
        fmt = "html"
    try:
        if fmt == "markdown":
            article = _from_markdown(text, name)
        elif fmt == "html":
            article = _from_html(text, name)
        else:
            article = article_from_text(text, name)
    except (ValueError, yaml.YAMLError) as e:
        _problem(sink, name, f"cannot be parsed as {fmt}: {e}")
        return
    if article is None:
        _problem(sink, name, "no article text found (only a title, footers or markup)")
        return
    yield article


def _decode(data: bytes, name: str, sink: list[ReadProblem]) -> str | None:
    """Bytes -> text: BOM, then UTF-8, then detected encoding (reported); binary refused."""
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
        _problem(sink, name, "looks like a binary file (NUL bytes), not text; skipped")
        return None
    try:
        return _newlines(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        _problem(sink, name, "not text in any known encoding (binary?); skipped")
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        text = data.decode("cp1252", errors="replace")
    if len(_BINARY_CHARS.findall(text[:8192])) > 8:
        _problem(sink, name, "looks like a binary file (control characters), not text; skipped")
        return None
    _problem(
        sink,
        name,
        f"not UTF-8: read as {best.encoding} (detected); check accented letters, or save it "
        "as UTF-8",
    )
    return _newlines(text)


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
) -> Article | None:
    """Build an :class:`Article` from fields, filling what the text can tell.

    Footers are stripped from ``text``; wire agencies credited in the text are added to
    ``agencies``; the outlet defaults to the first agency; a missing publication date is
    inferred from the text (and flagged); the language is guessed when not given.

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
    inferred = False
    if published is None:
        guess = infer_published(body)
        if guess is not None:
            published, published_source = guess
            inferred = True
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


def article_from_text(text: str, path: str = "<text>") -> Article | None:
    """Parse one article in the seed text format.

    The format: an optional first line `` date YYYY-MM-DD`` (the body may go on on the same
    line), an optional title line (short, no final full stop, followed by a blank line), the
    body, optional wire credits at the very end (``(ANI/Sputnik)``) and footers such as
    "Any reproduction prohibited" / "Source link ..." (stripped from the text; the file on
    disk is never changed).
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
        path=path, title=title, text=text, published=published, published_source=source
    )


def _as_agencies(value: object) -> list[str]:
    if value is None:
        return []
    items = re.split(r"\s*[/,;]\s*", value) if isinstance(value, str) else list(value)  # type: ignore[call-overload]
    return [AGENCIES.get(str(i).strip().lower(), str(i).strip()) for i in items if str(i).strip()]


def _from_fields(meta: dict[str, object], body: str, path: str, source: str) -> Article | None:
    raw_date = meta.get("published", meta.get("date", meta.get("published_at")))
    published = parse_iso_date(raw_date)
    outlet = meta.get("outlet") or meta.get("source") or meta.get("publisher")
    url = meta.get("url") or meta.get("link")
    lang = meta.get("language") or meta.get("lang")
    return article_from_fields(
        path=path,
        title=str(meta.get("title") or ""),
        text=body,
        published=published,
        published_source=source if published else "",
        outlet=str(outlet) if outlet else None,
        agencies=_as_agencies(meta.get("agencies", meta.get("agency"))),
        url=str(url) if url else None,
        language=str(lang) if lang else None,
    )


def _from_markdown(text: str, path: str) -> Article | None:
    meta: dict[str, object] = {}
    body = text.lstrip()
    if body.startswith("---\n"):
        head, sep, rest = body[4:].partition("\n---")
        if not sep:
            msg = "front matter opened with '---' is never closed with a '---' line"
            raise ValueError(msg)
        loaded = yaml.safe_load(head) or {}
        if not isinstance(loaded, dict):
            msg = f"front matter is a {type(loaded).__name__}, expected 'key: value' lines"
            raise ValueError(msg)
        meta = {str(k).lower(): v for k, v in loaded.items()}
        body = rest.partition("\n")[2]
    heading = re.match(r"\s*#\s+(.+)\n", body)
    if heading:
        meta.setdefault("title", heading.group(1).strip())
        body = body[heading.end() :]
    return _from_fields(meta, body, path, "front-matter")


def _read_jsonl(path: Path, sink: list[ReadProblem]) -> Iterator[Article]:
    name = str(path)
    try:
        fh = path.open("rb")
    except OSError as e:
        _problem(sink, name, f"cannot be read ({e.strerror or e}); check its permissions")
        return
    with fh:
        any_line = False
        for lineno, raw in enumerate(fh, start=1):
            where = f"{name}:{lineno}"
            if lineno == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8) :]
            if not raw.strip():
                continue
            any_line = True
            if len(raw) > MAX_ARTICLE_BYTES:
                _problem(
                    sink,
                    where,
                    f"line {lineno} is {len(raw) / 1e6:.1f} MB, over the "
                    f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB limit for one article; skipped",
                )
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("cp1252", errors="replace")
                _problem(sink, where, f"line {lineno} is not UTF-8: read as cp1252")
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                _problem(
                    sink,
                    where,
                    f"line {lineno} is not valid JSON ({e.msg} at column "
                    f"{e.colno}); fix or remove that line, the other lines were read",
                )
                continue
            if not isinstance(obj, dict):
                _problem(
                    sink,
                    where,
                    f"line {lineno} is a JSON {type(obj).__name__}, expected "
                    'an object such as {"title": ..., "text": ...}',
                )
                continue
            meta = {str(k).lower(): v for k, v in obj.items()}
            body = meta.get("text") or meta.get("body") or meta.get("content") or ""
            if not isinstance(body, str) or not body.strip():
                _problem(sink, where, f'line {lineno} has no "text" field; skipped')
                continue
            article = _from_fields(meta, _newlines(body), where, "json")
            if article is not None:
                yield article
        if not any_line:
            _problem(sink, name, "empty file (no JSON lines); nothing to read")


class _MainText(HTMLParser):
    """Collect an HTML page's main text, title and metadata (scripts, styles, menus dropped)."""

    SKIP = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "nav",
                      "header", "footer", "aside", "form", "button", "select", "figure",
                      "head"})  # fmt: skip
    BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td",
                       "blockquote", "section", "article", "main", "pre", "dd", "dt"})  # fmt: skip
    VOID = frozenset({"br", "img", "meta", "link", "input", "hr", "area", "base", "col",
                      "embed", "source", "track", "wbr", "param"})  # fmt: skip

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[str] = []
        self.main_depth = 0
        self.has_main = False
        self.parts: list[str] = []
        self.main_parts: list[str] = []
        self.title = ""
        self.h1 = ""
        self.meta: dict[str, str] = {}
        self.lang = ""
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang", "")[:2].lower()
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
        elif tag == "link" and a.get("rel", "").lower() == "canonical":
            self.meta.setdefault("canonical", a.get("href", ""))
        elif tag == "time" and a.get("datetime"):
            self.meta.setdefault("time", a["datetime"])
        if tag == "title":
            self._in_title = True
        if tag in self.VOID:
            if tag == "br":
                self._text("\n")
            return
        if tag in self.SKIP or self.skip_depth:
            self.skip_depth += 1
            self.stack.append(tag)
            return
        if tag in ("article", "main") or a.get("role") == "main":
            self.main_depth += 1
            self.has_main = True
        if tag == "h1":
            self._in_h1 = True
        if tag in self.BLOCK:
            self._text("\n\n")
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self.VOID or tag not in self.stack:
            return
        while self.stack:
            top = self.stack.pop()
            if self.skip_depth:
                self.skip_depth -= 1
            elif top in ("article", "main") and self.main_depth:
                self.main_depth -= 1
            if top == tag:
                break
        if tag == "h1":
            self._in_h1 = False
        if tag in self.BLOCK:
            self._text("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self.skip_depth:
            return
        if self._in_h1:
            self.h1 += data
            return
        self._text(data)

    def _text(self, data: str) -> None:
        self.parts.append(data)
        if self.main_depth:
            self.main_parts.append(data)


def _from_html(text: str, path: str) -> Article | None:
    p = _MainText()
    p.feed(text)
    p.close()
    raw = "".join(p.main_parts if p.has_main and "".join(p.main_parts).strip() else p.parts)
    paras = [re.sub(r"[ \t\u00a0]+", " ", x).strip() for x in re.split(r"\n\s*\n", raw)]
    body = "\n\n".join(x for x in paras if x)
    meta = p.meta
    published = None
    for key in (
        "article:published_time",
        "og:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publish-date",
        "dc.date",
        "dc.date.issued",
        "sailthru.date",
        "time",
    ):
        published = parse_iso_date(meta.get(key))
        if published:
            break
    title = meta.get("og:title") or p.h1.strip() or p.title.strip()
    return article_from_fields(
        path=path,
        title=title,
        text=body,
        published=published,
        published_source="html-meta" if published else "",
        outlet=meta.get("og:site_name") or meta.get("publisher") or meta.get("application-name"),
        url=meta.get("canonical") or meta.get("og:url"),
        language=p.lang or None,
    )
