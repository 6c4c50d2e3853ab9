"""Alias tables: every spelling of a party or claimant mapped onto one canonical name.

The tables are CSV files users can extend: ``corpus/data/parties.csv`` (columns
``canonical,alias``) and ``corpus/data/claimants.csv`` (``canonical,alias,kind``). Lines
starting with ``#`` are comments. To add aliases without editing the package, put files with
the same names and columns in a folder and point ``SITREP_ALIAS_DIR`` at it: their rows are
added to the built-in ones (and win on a clash).

Matching ignores case, except for aliases of up to five characters written with capitals
("IS", "SDF"), which match only as written, so "is" never becomes Islamic State. Where two
aliases overlap, the longer wins ("terrorists affiliated with the IS" over "terrorists").

Examples
--------
>>> parties().find("about 200 terrorists affiliated with the IS escaped")[0].canonical
'IS'
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from corpus._text import ascii_safe, ascii_twin, lower, trie_regex
from corpus.errors import AliasTableError

__all__ = ["AliasMatch", "AliasTable", "claimants", "load_table", "parties"]

DATA_DIR = Path(__file__).resolve().parent / "data"
ENV_DIR = "SITREP_ALIAS_DIR"


#: ``_new(AliasMatch, (...))`` makes a match without the named tuple's Python ``__new__``.
_new = tuple.__new__


class AliasMatch(NamedTuple):
    """One alias found in a text."""

    canonical: str
    surface: str
    start: int
    end: int
    kind: str


class AliasTable:
    """A compiled alias table: ``find(text)`` returns non-overlapping matches, in text order.

    Parameters
    ----------
    rows
        ``(canonical, alias, kind)`` triples; later rows win over earlier ones for the same
        alias.
    """

    def __init__(self, rows: list[tuple[str, str, str]]) -> None:
        self.exact: dict[str, tuple[str, str]] = {}
        self.folded: dict[str, tuple[str, str]] = {}
        for canonical, alias, kind in rows:
            alias = " ".join(alias.split())
            if len(alias) <= 5 and alias != alias.lower():
                self.exact[alias] = (canonical, kind)
            else:
                self.folded[alias.lower()] = (canonical, kind)
        self.canonicals: frozenset[str] = frozenset(
            c for c, _ in (*self.exact.values(), *self.folded.values())
        )
        self._exact = _compile(self.exact)
        # the same without the leading \b: a pattern opening with its alternatives lets
        # ``re`` skip to the letters an alias can start with (capitals: few places)
        self._exact_open = (
            re.compile(self._exact.pattern[2:])
            if self._exact is not None and all(a[0].isalnum() or a[0] == "_" for a in self.exact)
            else None
        )
        self._folded = _compile(self.folded)  # matched against lower-cased text
        self._folded_led = _compile_led(self.folded)  # the same, faster (None: cannot be)
        # the same four for text re reads alike with re.ASCII (faster there)
        self._ascii = tuple(
            ascii_twin(p) if p is not None else None
            for p in (self._exact, self._exact_open, self._folded, self._folded_led)
        )

    def find(
        self, text: str, lowered: str | None = None, *, plain: bool | None = None
    ) -> list[AliasMatch]:
        """All aliases in ``text``, longest first on overlap, returned in text order.

        ``lowered`` is ``corpus._text.lower(text)`` when the caller already has it; ``plain``
        whether :func:`corpus._text.ascii_safe` holds for both, when the caller knows it
        (None: tested here; False: the Unicode patterns, the same matches).
        """
        lowered = lower(text) if lowered is None else lowered
        if plain is None:
            plain = ascii_safe(text) and ascii_safe(lowered)
        exact, exact_open, folded, folded_led = (
            self._ascii
            if plain
            else (self._exact, self._exact_open, self._folded, self._folded_led)
        )
        found: list[tuple[int, int, str, tuple[str, str]]] = []
        if exact is not None:
            matches = (
                _word_matches(exact_open, text) if exact_open is not None else exact.finditer(text)
            )
            table = self.exact
            for m in matches:
                (start, end), key = m.span(), m.group()
                found.append((start, end, key, table[key]))
        n_exact = len(found)
        if folded is not None:
            table = self.folded
            if folded_led is not None:
                # the led pattern reads the text after a space, its alias is group 1
                for m in folded_led.finditer(" " + lowered):
                    start, end = m.span(1)
                    start, end, key = start - 1, end - 1, m.group(1)
                    hit = table.get(key) or table[" ".join(key.split())]
                    found.append((start, end, text[start:end], hit))
            else:
                for m in folded.finditer(lowered):
                    (start, end), key = m.span(), m.group()
                    hit = table.get(key) or table[" ".join(key.split())]
                    found.append((start, end, text[start:end], hit))
        if len(found) > n_exact > 0:  # both kinds found: each list is in text order already
            found.sort(key=lambda f: (f[0], -f[1]))
        kept: list[AliasMatch] = []
        last_start = last_end = -1
        for start, end, surface, (canonical, kind) in found:
            if start < last_end:  # overlap: the longer one stays
                if end - start > last_end - last_start:
                    kept[-1] = _new(AliasMatch, (canonical, surface, start, end, kind))
                    last_start, last_end = start, end
                continue
            kept.append(_new(AliasMatch, (canonical, surface, start, end, kind)))
            last_start, last_end = start, end
        return kept

    def lookup(self, name: str) -> str | None:
        """Canonical name of exactly ``name`` (an alias or a canonical), or None."""
        key = " ".join(name.split())
        hit = self.exact.get(key) or self.folded.get(key.lower())
        if hit:
            return hit[0]
        return key if key in self.canonicals else None


def _word_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    r"""Yield what ``\b`` + ``pattern`` finds with ``finditer``, for a pattern without it.

    Every alias starts with a word character, so a match counts where the character before
    it is not one (``str.isalnum`` or ``_`` is ``re``'s ``\w``); elsewhere the search goes on
    from the next character, as ``finditer`` would.
    """
    pos = 0
    search = pattern.search
    while (m := search(text, pos)) is not None:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            pos = start + 1
            continue
        yield m
        pos = max(m.end(), start + 1)


def _compile(table: dict[str, tuple[str, str]]) -> re.Pattern[str] | None:
    """Return the table's aliases as one pattern, factored into a prefix tree."""
    if not table:
        return None
    return re.compile(rf"\b(?:{trie_regex(table)})(?![\w])")


def _compile_led(table: dict[str, tuple[str, str]]) -> re.Pattern[str] | None:
    r"""Return :func:`_compile`'s pattern led by one non-word character instead of ``\b``.

    ``re`` tries a pattern that opens with ``\b`` at every character of the text; one that
    opens with a character set (``\W``) only where the text has such a character, here the
    spaces and punctuation before words. Searched in ``" " + text``, it finds the aliases
    :func:`_compile`'s pattern finds in ``text`` as group 1, one character further on, when
    every alias starts and ends with a word character (an alias is then preceded by a
    non-word character or the text's start, and a match never takes the non-word character
    the next one needs). None for an empty table or other aliases.
    """
    if not table or not all(_is_word(a[0]) and _is_word(a[-1]) for a in table):
        return None
    return re.compile(rf"\W({trie_regex(table)})(?![\w])")


def _is_word(ch: str) -> bool:
    r"""Tell whether ``re`` counts ``ch`` as a word character (``\w``, Unicode mode)."""
    return ch.isalnum() or ch == "_"


def load_table(path: str | Path) -> list[tuple[str, str, str]]:
    """Read an alias CSV (``canonical,alias[,kind]``, ``#`` comments) into rows.

    Raises
    ------
    AliasTableError
        When the file has no ``canonical`` and ``alias`` columns or a row lacks either.
    """
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.DictReader(lines)
    if not reader.fieldnames or not {"canonical", "alias"} <= set(reader.fieldnames):
        msg = (
            f"{path}: expected a header line 'canonical,alias' (optionally ',kind'), "
            f"got {reader.fieldnames}"
        )
        raise AliasTableError(msg)
    rows: list[tuple[str, str, str]] = []
    for n, row in enumerate(reader, start=2):
        canonical, alias = (row.get("canonical") or "").strip(), (row.get("alias") or "").strip()
        if not canonical or not alias:
            msg = f"{path}: data row {n} needs both a canonical name and an alias: {row}"
            raise AliasTableError(msg)
        rows.append((canonical, alias, (row.get("kind") or "org").strip() or "org"))
    return rows


def _rows(name: str) -> list[tuple[str, str, str]]:
    rows = load_table(DATA_DIR / name)
    extra = os.environ.get(ENV_DIR)
    if extra and (Path(extra) / name).is_file():
        rows += load_table(Path(extra) / name)
    return rows


@lru_cache(maxsize=4)
def _cached(name: str, extra: str | None) -> AliasTable:
    return AliasTable(_rows(name))


#: ``ENV_DIR`` as ``os.environ`` keys its underlying dict (bytes on POSIX), when it has one.
_ENV_KEY = os.environ.encodekey(ENV_DIR) if hasattr(os.environ, "encodekey") else None


def _env_dir() -> str | None:
    """Return ``$SITREP_ALIAS_DIR`` (None when unset), asked several times per article.

    ``os.environ.get`` of an unset variable raises and catches a ``KeyError``; a look at
    the environment's own dict first tells "unset" without it.
    """
    data = getattr(os.environ, "_data", None)
    if _ENV_KEY is not None and type(data) is dict and _ENV_KEY not in data:
        return None
    return os.environ.get(ENV_DIR)


def parties() -> AliasTable:
    """Return the party / actor table (built-in plus ``$SITREP_ALIAS_DIR/parties.csv``)."""
    return _cached("parties.csv", _env_dir())


def claimants() -> AliasTable:
    """Return the claimant table (built-in plus ``$SITREP_ALIAS_DIR/claimants.csv``)."""
    return _cached("claimants.csv", _env_dir())
