"""Per-article context shared by the extraction steps: sentences, dates, places, aliases."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from corpus._text import Sentence, ascii_safe, ascii_twin, lower, sentences, trie_regex
from corpus.aliases import AliasMatch, claimants, parties
from corpus.dates import DateRef, find_dates
from corpus.records import Article
from geo.records import Mention, Place

if TYPE_CHECKING:
    from geo import Gazetteer

#: the gazetteer's match tier of a fuzzy look-alike (``geo.gazetteer.Candidate.tier``)
_FUZZY_TIER = 3

#: Key words a pattern needs (lower-case substrings), by ``id(pattern)``; see :func:`gated`.
#: Patterns are kept by id, never as dict keys or set members: hashing a compiled pattern
#: hashes its whole compiled program (2 µs for a large word list), on every look-up.
GATES: dict[int, frozenset[str]] = {}
_GATED: dict[int, re.Pattern[str]] = {}  # keeps each gated pattern alive, so its id stays its own
#: Each gated pattern compiled with ``re.ASCII``, for text :func:`ascii_safe` accepts.
_TWINS: dict[int, re.Pattern[str]] = {}


def gated(pattern: re.Pattern[str], *keys: str) -> re.Pattern[str]:
    """Register ``keys``: every match of ``pattern`` contains one of them (lower-cased).

    :meth:`Context.hit` then skips the pattern on sentences without any key, which keeps
    extraction fast: most sentences lack the few words a given pattern is about.
    """
    _register(pattern, keys)
    _key_scan.cache_clear()
    _all_keys.cache_clear()
    return pattern


def _register(pattern: re.Pattern[str], keys: Iterable[str]) -> None:
    words = frozenset(k.lower() for k in keys)
    twin = _TWINS[id(pattern)] = ascii_twin(pattern)  # gated with the same words
    for p in (pattern, twin):
        GATES[id(p)] = words
        _GATED[id(p)] = p


#: Functions giving more gated patterns, ``[(pattern, keys), ...]``, called when the first
#: article is scanned: patterns compiled from rule files (``corpus/rules``) are gated like
#: the others without reading any file at import time.
_LAZY_GATES: list[Callable[[], Iterable[tuple[re.Pattern[str], Iterable[str]]]]] = []


def gated_later(provider: Callable[[], Iterable[tuple[re.Pattern[str], Iterable[str]]]]) -> None:
    """Register ``provider``, called once before the first scan for its gated patterns."""
    _LAZY_GATES.append(provider)
    _all_keys.cache_clear()
    _key_scan.cache_clear()


def twin_of(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` compiled with ``re.ASCII`` (for a gated one, its gated twin)."""
    return _TWINS.get(id(pattern)) or ascii_twin(pattern)


def ids(*patterns: re.Pattern[str]) -> frozenset[int]:
    """Return the ids of ``patterns``, as :meth:`Context.open_patterns` holds them."""
    return frozenset(map(id, patterns))


@lru_cache(maxsize=1)
def _key_scan() -> tuple[re.Pattern[str], dict[str, frozenset[int]]]:
    """One pattern for every gate key, and for each key the ids of the patterns it opens.

    The article is scanned once; a key found inside a longer one ("fight" in "firefight")
    counts as found too. :meth:`Context._open_sets` finds the key this pattern matches at
    every offset, also where it begins inside the key found before: in "took back under
    their control", both "took back" and "back under" (a scan that skipped past each match
    found only the first, and the pattern gated on the second never ran); it finds them by
    the parts of :func:`_split_scan`, not by searching this pattern at every character.
    """
    while _LAZY_GATES:
        for pattern, keys_of in _LAZY_GATES.pop(0)():
            _register(pattern, keys_of)
    keys = sorted({k for ks in GATES.values() for k in ks})
    opens = {k: frozenset(p for p, ks in GATES.items() if any(j in k for j in ks)) for k in keys}
    _split_scan.cache_clear()
    return re.compile(trie_regex(keys)), opens


def _is_word(ch: str) -> bool:
    r"""Tell whether ``re`` counts ``ch`` as a word character (``\w``, Unicode mode)."""
    return ch.isalnum() or ch == "_"


class _SplitScan(NamedTuple):
    """:func:`_key_scan` split by the character a key starts with, each part found cheaply.

    A key starting with another character than a word character ("-held") is searched for
    as before (``other``: few keys, opening with few characters ``re`` skips to). A key
    starting with a word character starts inside a whitespace-free token of the text, and
    either lies in that token (found in the token alone, once per distinct token, see
    :func:`_token_hits`) or runs on over the whitespace after it, when the rest of the
    token is the key's part before its first space (``heads``: that part, and the
    characters that can follow the space; tried at that offset when one follows it).
    """

    other: re.Pattern[str] | None
    other_a: re.Pattern[str] | None  # the same with re.ASCII, for plain text
    word_keys: re.Pattern[str] | None  # the keys starting with a word character
    heads: dict[str, frozenset[str]]  # such a key's part before its first space -> next


@lru_cache(maxsize=1)
def _split_scan() -> _SplitScan:
    _, opens = _key_scan()
    word_led = [k for k in opens if _is_word(k[0])]
    other = [k for k in opens if not _is_word(k[0])]
    heads: dict[str, set[str]] = {}
    for k in word_led:
        if " " in k:
            cut = k.index(" ")
            heads.setdefault(k[:cut], set()).add(k[cut + 1 : cut + 2])
    rest = re.compile(trie_regex(other)) if other else None
    _TOKENS.clear()
    return _SplitScan(
        rest,
        ascii_twin(rest) if rest is not None else None,
        re.compile(trie_regex(word_led)) if word_led else None,
        {head: frozenset(after) for head, after in heads.items()},
    )


#: The keys in a token, ``(offset, key)``; where one can run on, ``(offset, next characters)``.
_TokenHits = tuple[tuple[tuple[int, str], ...], tuple[tuple[int, frozenset[str]], ...]]
#: For each token seen (a whitespace-free run of the lower-cased text): the keys starting
#: with a word character it holds, ``(offset, key)``, and the offsets where such a key can
#: run on past it. Kept across articles (the vocabulary of news is small), dropped when it
#: grows past _VOCABULARY.
_TOKENS: dict[str, _TokenHits] = {}
_VOCABULARY = 200_000
_SPACE_RUN = re.compile(r"\s+")
#: Whitespace other than the space and the line end (``\s``, as ``str.split`` reads it).
_ODD_WHITESPACE = re.compile(r"[^\S \n]")


def _tokens(low: str) -> list[str]:
    """``low`` cut at every whitespace character: tokens, each one character after the last.

    Empty strings stand for whitespace characters following another (the offset of a
    token is the sum of the lengths before it, plus one for each cut).
    """
    if "\n" in low:
        low = low.replace("\n", " ")
    if not low.isascii() or not low.isprintable():
        low = _ODD_WHITESPACE.sub(" ", low)
    return low.split(" ")


def _token_hits(token: str, scan: _SplitScan) -> _TokenHits:
    """Return the keys starting with a word character in ``token``, and where one runs on.

    At each offset, the key :func:`_key_scan`'s pattern finds there when it ends in the
    token (the token holds no whitespace, where a key's space would match); and the offsets
    where a key can run on past the token, with the characters that can follow its space.
    """
    inside: list[tuple[int, str]] = []
    run_on: list[tuple[int, frozenset[str]]] = []
    match = scan.word_keys.match if scan.word_keys is not None else None
    for j, ch in enumerate(token):
        if match is None or not _is_word(ch):
            continue
        m = match(token, j)
        if m is not None:
            inside.append((j, m.group()))
        after = scan.heads.get(token[j:])
        if after is not None:
            run_on.append((j, after))
    return tuple(inside), tuple(run_on)


@lru_cache(maxsize=1)
def _all_keys() -> tuple[re.Pattern[str], dict[str, frozenset[int]]]:
    """:func:`_key_scan` as a look-ahead, whose ``finditer`` finds a key at every offset.

    The plain statement of what :meth:`Context._open_sets` finds (group 1 is the key); the
    scan itself uses :func:`_key_scan`, since a look-ahead is tried at every character.
    """
    keys, opens = _key_scan()
    return re.compile("(?=(" + keys.pattern + "))"), opens


#: Parties that are people a figure counts, not armed actors.
NON_ACTORS = frozenset({"civilians", "children", "prison staff"})


class Attribution(NamedTuple):
    """Who a sentence's statements are attributed to."""

    claimant: str
    surface: str
    named: bool
    span: tuple[int, int] | None = None  # offsets of ``surface`` in the sentence


@dataclass
class Context:
    """Everything the steps need about one article, computed once."""

    article: Article
    gazetteer: Gazetteer | None
    mentions: list[Mention]
    sents: list[Sentence] = field(init=False)
    party_hits: list[AliasMatch] = field(init=False)
    claimant_hits: list[AliasMatch] = field(init=False)
    dates: list[list[DateRef]] = field(init=False)
    attributions: list[Attribution] = field(init=False, default_factory=list)
    _party_starts: list[int] = field(init=False)
    _sent_starts: list[int] = field(init=False)
    _hits: dict[tuple[int, int], bool] = field(init=False)
    lowered: list[str] = field(init=False)
    _lowered_text: str = field(init=False)
    #: ``re`` reads the text alike with ``re.ASCII`` (see :func:`corpus._text.ascii_safe`)
    plain: bool = field(init=False)
    _open: list[set[int]] | None = field(init=False)
    _claim_starts: list[int] = field(init=False)
    _mention_starts: list[int] = field(init=False)
    _near: dict[int, tuple[list[Mention], Mention | None]] = field(init=False)
    _surfaces: dict[str, Mention] | None = field(init=False)

    def __post_init__(self) -> None:
        text = self.article.text
        self.sents = sentences(text)
        self._lowered_text = lower(text)
        self.plain = ascii_safe(text) and ascii_safe(self._lowered_text)
        self.party_hits = parties().find(text, self._lowered_text, plain=self.plain)
        self.claimant_hits = claimants().find(text, self._lowered_text, plain=self.plain)
        self._party_starts = [h.start for h in self.party_hits]
        self._claim_starts = [h.start for h in self.claimant_hits]
        pub = self.article.published
        self._sent_starts = [s.start for s in self.sents]
        self._hits: dict[tuple[int, int], bool] = {}
        self.lowered = [self._lowered_text[s.start : s.end] for s in self.sents]
        self._open: list[set[int]] | None = None
        self.dates = [[] for _ in self.sents]
        # one pass over the article, then by sentence
        dates = find_dates(
            text, pub, language=self.article.language, lowered=self._lowered_text, plain=self.plain
        )
        for ref in dates:
            k = self.sentence_at(ref.offset)
            if k is not None:
                self.dates[k].append(ref)
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self._near: dict[int, tuple[list[Mention], Mention | None]] = {}
        self._surfaces: dict[str, Mention] | None = None

    @property
    def lowered_text(self) -> str:
        """The whole article lower-cased (same offsets as the text)."""
        return self._lowered_text

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence containing article offset ``offset`` (None between them)."""
        k = bisect_right(self._sent_starts, offset) - 1
        if k >= 0 and offset < self.sents[k].end:
            return k
        return None

    def hit(self, pattern: re.Pattern[str], i: int) -> bool:
        """Tell whether ``pattern`` matches somewhere in sentence ``i``.

        A pattern registered with :func:`gated` is only run when the lower-cased sentence
        contains one of its key words (a substring test, far cheaper than a regex scan).
        """
        pid = id(pattern)
        if pid in GATES and pid not in (self._open or self._open_sets())[i]:
            return False
        key = (pid, i)
        found = self._hits.get(key)
        if found is None:
            fast = _TWINS.get(pid, pattern) if self.plain else pattern  # self.fast(pattern)
            found = self._hits[key] = fast.search(self.sents[i].text) is not None
        return found

    def fast(self, pattern: re.Pattern[str]) -> re.Pattern[str]:
        """Return the ``re.ASCII`` twin of a gated pattern when the article reads alike with it.

        Same matches, faster (see :func:`corpus._text.ascii_safe`); else ``pattern`` itself.
        """
        return _TWINS.get(id(pattern), pattern) if self.plain else pattern

    def open_patterns(self, i: int) -> set[int]:
        """Ids of the gated patterns whose key words occur in sentence ``i`` (one scan for all).

        Test a pattern with ``id(pattern) in ctx.open_patterns(i)``, a set of them with
        ``ctx.open_patterns(i).isdisjoint(ids(...))``.
        """
        return (self._open or self._open_sets())[i]

    def _open_sets(self) -> list[set[int]]:
        """Compute :meth:`open_patterns` for every sentence (one scan of the article).

        A key at every offset, as :func:`_all_keys`'s look-ahead finds them (see
        :func:`_key_scan`), found by the parts of :func:`_split_scan`.
        """
        pattern, opens = _key_scan()
        scan = _split_scan()
        found: list[set[int]] = [set() for _ in self.sents]
        starts, sents = self._sent_starts, self.sents
        low = self._lowered_text
        hits: list[tuple[int, str]] = []
        other = scan.other_a if self.plain else scan.other
        if other is not None:
            search, pos = other.search, 0
            while (m := search(low, pos)) is not None:
                pos = m.start() + 1
                hits.append((pos - 1, m.group()))
        if scan.word_keys is not None:
            get, match, at = _TOKENS.get, pattern.match, 0
            for token in _tokens(low):
                known = get(token)
                if known is None:
                    if len(_TOKENS) > _VOCABULARY:
                        _TOKENS.clear()
                    known = _TOKENS[token] = _token_hits(token, scan) if token else ((), ())
                if known[0]:
                    for j, key in known[0]:
                        hits.append((at + j, key))
                if known[1]:
                    # the character after the whitespace that ends the token: a key runs
                    # on only into the characters it has after its space (or more spaces)
                    nxt = low[at + len(token) + 1 : at + len(token) + 2]
                    for j, after in known[1]:
                        if nxt in after or "" in after or (nxt and nxt.isspace()):
                            m = match(low, at + j)
                            if m is not None:
                                hits.append((at + j, m.group()))
                at += len(token) + 1
        for at, key in hits:
            k = bisect_right(starts, at) - 1  # self.sentence_at(at), inlined
            if k >= 0 and at < sents[k].end:
                # a key's space matches any run of whitespace ("free " in "free\nThe")
                found[k] |= opens.get(key) or opens[_SPACE_RUN.sub(" ", key)]
        self._open = found
        return found

    def matches(self, pattern: re.Pattern[str], i: int) -> list[re.Match[str]]:
        """Return the matches of ``pattern`` in sentence ``i`` (offsets within the sentence)."""
        pid = id(pattern)
        if pid in GATES and pid not in (self._open or self._open_sets())[i]:
            return []
        fast = _TWINS.get(pid, pattern) if self.plain else pattern  # self.fast(pattern)
        return list(fast.finditer(self.sents[i].text))

    @property
    def outlet(self) -> str:
        """The claimant of unattributed statements: the outlet, else 'unattributed'."""
        return self.article.outlet or "unattributed"

    def parties_in(self, start: int, end: int) -> list[AliasMatch]:
        """Party aliases between two article offsets."""
        starts = self._party_starts  # the hits starting in [start, end), those ending there
        hits = self.party_hits[bisect_left(starts, start) : bisect_left(starts, end)]
        return [h for h in hits if h.end <= end]

    def claimants_in(self, start: int, end: int) -> list[AliasMatch]:
        """Claimant aliases between two article offsets."""
        starts = self._claim_starts  # as in parties_in
        hits = self.claimant_hits[bisect_left(starts, start) : bisect_left(starts, end)]
        return [h for h in hits if h.end <= end]

    def sentence_date(self, i: int) -> DateRef | None:
        """Return the sentence's first date, else the last one earlier in its paragraph."""
        if self.dates[i]:
            return self.dates[i][0]
        para = self.sents[i].paragraph
        j = i - 1
        while j >= 0 and self.sents[j].paragraph == para:
            if self.dates[j]:
                return self.dates[j][-1]
            j -= 1
        return None

    def date_fields(self, i: int) -> tuple[date | None, date | None, str | None]:
        """``(date, date_end, precision)`` for sentence ``i`` (publication date as fallback)."""
        ref = self.sentence_date(i)
        if ref is not None:
            return ref.start, (ref.end if ref.is_range else None), ref.precision
        pub = self.article.published
        return pub, None, ("day" if pub else None)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Place mentions between two offsets (metonymic ones included)."""
        starts = self._mention_starts  # the mentions starting in [start, end], those ending there
        ms = self.mentions[bisect_left(starts, start) : bisect_right(starts, end)]
        return [m for m in ms if m.end <= end]

    def place_near(self, i: int, pos: int | None = None) -> Mention | None:
        """Return the place a statement in sentence ``i`` (at ``pos``) is about.

        The closest located mention in the sentence (country-level ones only when nothing
        finer is there), else the last one earlier in the paragraph, else earlier in the
        article.
        """
        s = self.sents[i]
        cached = self._near.get(i)  # figures, incidents and claims ask about one sentence
        if cached is None:
            here = [m for m in self.mentions_in(s.start, s.end) if _mappable(m)]
            fine = [m for m in here if m.precision != "country"]
            cached = self._near[i] = (fine or here, None if here else self._place_before(s))
        pool, earlier = cached
        if len(pool) == 1:
            return pool[0]
        if pool:
            ref = pos if pos is not None else s.start
            return min(pool, key=lambda m: abs(m.start - ref))
        return earlier

    def _place_before(self, s: Sentence) -> Mention | None:
        """Return the place for a sentence naming none (earlier in its paragraph, then article)."""
        before = [m for m in self.mentions if m.end <= s.start and _mappable(m)]
        fine_before = [m for m in before if m.precision != "country"]
        para_start = self._para_start(s.paragraph)  # once, not once per mention
        same_para = [m for m in fine_before if m.start >= para_start]
        for pool in (same_para, fine_before, before):
            if pool:
                return pool[-1]
        return None

    def _para_start(self, para: int) -> int:
        for s in self.sents:
            if s.paragraph == para:
                return s.start
        return 0

    def place_name(self, m: Mention | None) -> str | None:
        """Return the resolved name of a mention, or its surface when unresolved."""
        if m is None:
            return None
        return m.place.name if m.place is not None else m.surface

    def lookup(self, name: str) -> Place | None:
        """Resolve a bare name: as ``geo.geoparse`` resolved it in this article, if it did.

        A name geoparse mapped is its place; a name it found and left unresolved (a
        person, a guess too far from the article's places) stays unresolved. Only a name
        geoparse never spotted is looked up, by its own spelling (no close-spelling guess).
        None without a gazetteer.
        """
        if self.gazetteer is None or not name.strip():
            return None
        key = name.strip().lower()
        if self._surfaces is None:  # the first mention of each spelling, made when first asked
            self._surfaces = {}
            for m in self.mentions:
                self._surfaces.setdefault(m.surface.lower(), m)
        seen = self._surfaces.get(key)
        if seen is not None:
            return seen.place if seen.place is not None and not seen.metonymy else None
        try:
            hits = self.gazetteer.candidates(name, country=None, limit=1, fuzzy=False)
        except (ValueError, LookupError):
            return None
        return hits[0].place if hits and hits[0].tier < _FUZZY_TIER else None


def _mappable(m: Mention) -> bool:
    return not m.metonymy and m.place is not None
