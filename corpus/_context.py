"""Per-article context shared by the extraction steps: sentences, dates, places, aliases."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from corpus._text import Sentence, sentences
from corpus.aliases import AliasMatch, claimants, parties
from corpus.dates import DateRef, find_dates
from corpus.records import Article
from geo.records import Mention, Place

if TYPE_CHECKING:
    from geo import Gazetteer

#: Parties that are people a figure counts, not armed actors.
NON_ACTORS = frozenset({"civilians", "minors", "prison staff"})


@dataclass(frozen=True, slots=True)
class Attribution:
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
    _claim_starts: list[int] = field(init=False)

    def __post_init__(self) -> None:
        text = self.article.text
        self.sents = sentences(text)
        self.party_hits = parties().find(text)
        self.claimant_hits = claimants().find(text)
        self._party_starts = [h.start for h in self.party_hits]
        self._claim_starts = [h.start for h in self.claimant_hits]
        pub = self.article.published
        self.dates = [find_dates(s.text, pub) for s in self.sents]
        self.mentions = sorted(self.mentions, key=lambda m: m.start)

    @property
    def outlet(self) -> str:
        """The claimant of unattributed statements: the outlet, else 'unattributed'."""
        return self.article.outlet or "unattributed"

    def parties_in(self, start: int, end: int) -> list[AliasMatch]:
        """Party aliases between two article offsets."""
        i = bisect_left(self._party_starts, start)
        out = []
        while i < len(self.party_hits) and self.party_hits[i].start < end:
            if self.party_hits[i].end <= end:
                out.append(self.party_hits[i])
            i += 1
        return out

    def claimants_in(self, start: int, end: int) -> list[AliasMatch]:
        """Claimant aliases between two article offsets."""
        i = bisect_left(self._claim_starts, start)
        out = []
        while i < len(self.claimant_hits) and self.claimant_hits[i].start < end:
            if self.claimant_hits[i].end <= end:
                out.append(self.claimant_hits[i])
            i += 1
        return out

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
        return [m for m in self.mentions if m.start >= start and m.end <= end]

    def place_near(self, i: int, pos: int | None = None) -> Mention | None:
        """Return the place a statement in sentence ``i`` (at ``pos``) is about.

        The closest located mention in the sentence (country-level ones only when nothing
        finer is there), else the last one earlier in the paragraph, else earlier in the
        article.
        """
        s = self.sents[i]
        here = [m for m in self.mentions_in(s.start, s.end) if _mappable(m)]
        fine = [m for m in here if m.precision != "country"]
        if fine or here:
            pool = fine or here
            ref = pos if pos is not None else s.start
            return min(pool, key=lambda m: abs(m.start - ref))
        before = [m for m in self.mentions if m.end <= s.start and _mappable(m)]
        fine_before = [m for m in before if m.precision != "country"]
        same_para = [m for m in fine_before if m.start >= self._para_start(s.paragraph)]
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
        """Resolve a bare name through the gazetteer (None without one)."""
        if self.gazetteer is None or not name.strip():
            return None
        try:
            hits = self.gazetteer.lookup(name, country=None, limit=1)
        except (ValueError, LookupError):
            return None
        return hits[0] if hits else None


def _mappable(m: Mention) -> bool:
    return not m.metonymy and m.place is not None
