"""The control rule engine: ``corpus/rules/control.yaml`` compiled once, matched per sentence.

Each rule of the file is a phrasing (``verbs``) with the roles around it (``shape``) and the
claim it makes (``status``, ``extent``). This module compiles every rule into one pattern
read in the lower-cased sentence, derives the rule's gate keys from its phrases (a sentence
without any key is never searched), and resolves overlapping matches in one place
(:func:`hits`). Reading the roles (who is the actor, which places) is the job of
``corpus.control``, one reader per shape.

Examples
--------
>>> from corpus import _control_rules as cr
>>> [h.rule.id for h in cr.hits("the sdf seized manbij on monday.")]
['acquire']
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any, NamedTuple

from corpus import _rules
from corpus._text import ascii_twin
from corpus.errors import CorpusError

__all__ = [
    "SHAPES", "Hit", "Loose", "LooseFamily", "Rule", "hits", "lexicon", "loose", "mapping",
    "open_rules", "rules",
]  # fmt: skip

#: The shapes a rule may have (see ``corpus/rules/control.yaml``).
SHAPES = frozenset(
    {
        "ACTOR VERB PLACE",
        "PLACE VERB ACTOR",
        "PLACE VERB SPEAKER",
        "ACTOR DECLARES PLACE",
        "NOUN OF PLACE",
        "HOLDER NOUN PLACE",
        "PLACE VERB SIDES",
        "DENIAL",
    }
)
_STATUSES = frozenset({"holds", "regained", "lost", "contested", "disputed"})
_EXTENTS = frozenset({"full", "partial"})
_FIELDS = frozenset(
    {"id", "shape", "verbs", "not_followed_by", "status", "extent", "loser", "receiver",
     "strong", "then", "unless_before", "unless_after", "language", "examples", "traps"}
)  # fmt: skip
_FILE = "control"


class Rule(NamedTuple):
    """One compiled rule of ``corpus/rules/control.yaml``."""

    id: str
    language: str  # "en" or "fr": the articles the rule reads
    shape: str
    status: str
    extent: str | None  # None: read from the words before the place
    pattern: re.Pattern[str]  # read in the lower-cased sentence
    twin: re.Pattern[str]  # the same with re.ASCII, for text read alike (Context.plain)
    keys: frozenset[str]  # every match holds one of them (derived from ``verbs``)
    loser: str | None
    receiver: str | None
    strong: bool
    then: re.Pattern[str] | None
    unless_before: re.Pattern[str] | None
    unless_after: re.Pattern[str] | None  # searched in the 80 characters after the phrase
    examples: tuple[Mapping[str, Any], ...]
    traps: tuple[str, ...]


class Hit(NamedTuple):
    """A match of one rule in a sentence (offsets within the sentence)."""

    rule: Rule
    start: int
    end: int


def _fail(rule_id: object, what: str) -> CorpusError:
    return CorpusError(f"corpus/rules/{_FILE}.yaml, rule {rule_id!r}: {what}")


def _words(entry: Mapping[str, Any], key: str) -> list[str]:
    words = entry.get(key) or []
    if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
        raise _fail(entry.get("id"), f"'{key}' must be a list of non-empty strings")
    return [" ".join(w.lower().split()) for w in words]


def _alternation(phrases: list[str]) -> str:
    """Return one alternation of literal phrases, longest first; a space matches any spaces."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, p.split(" "))) for p in ordered)


def _key(phrase: str) -> str:
    """Return the gate key of a phrase: the phrase itself, spaces folded.

    Every match holds it once its whitespace is folded to single spaces, as the article key
    scan (``corpus._context``) reads keys: a space in a key matches any run of whitespace.
    """
    return " ".join(phrase.split())


def _entry_id(entry: Mapping[str, Any], allowed: frozenset[str] | set[str], what: str) -> str:
    """Return the entry's id once its fields are known ones (a rule and a loose family alike)."""
    rid = entry.get("id")
    if not isinstance(rid, str) or not rid:
        raise _fail(rid, f"every {what} needs an 'id'")
    unknown = set(entry) - allowed
    if unknown:
        raise _fail(rid, f"unknown fields {sorted(unknown)}; allowed: {sorted(allowed)}")
    return rid


def _compile(entry: Mapping[str, Any]) -> Rule:
    rid = _entry_id(entry, _FIELDS, "rule")
    shape = entry.get("shape")
    if shape not in SHAPES:
        raise _fail(rid, f"shape {shape!r} is not one of {sorted(SHAPES)}")
    status = entry.get("status")
    if status not in _STATUSES:
        raise _fail(rid, f"status {status!r} is not one of {sorted(_STATUSES)}")
    extent = entry.get("extent")
    if extent is not None and extent not in _EXTENTS:
        raise _fail(rid, f"extent {extent!r} is not one of {sorted(_EXTENTS)} (or left out)")
    verbs = _words(entry, "verbs")
    if not verbs:
        raise _fail(rid, "'verbs' must list at least one phrase")
    source = rf"(?<![\w-])(?:{_alternation(verbs)})"
    not_followed = _words(entry, "not_followed_by")
    if not_followed:
        source += rf"(?!\s+(?:{_alternation(not_followed)})\b)"
    source += {
        "PLACE VERB ACTOR": r"\s+(?:the\s+)?",
        "PLACE VERB SPEAKER": r"\b",
        # "Hajin, the last IS holdout, ...": the noun may close an apposition
        "HOLDER NOUN PLACE": r"(?:\s+|(?=[,;:.)]))",
    }.get(shape, r"\s+")
    then = entry.get("then")
    unless = _words(entry, "unless_before")
    after = _words(entry, "unless_after")
    try:
        pattern = re.compile(source)
        then_re = re.compile(then) if then else None
    except re.error as e:
        raise _fail(rid, f"a pattern does not compile ({e})") from e
    traps = entry.get("traps") or []
    examples = entry.get("examples") or []
    if not examples:
        raise _fail(rid, "every rule needs at least one example sentence of our own")
    language = entry.get("language", "en")
    if language not in ("en", "fr"):
        raise _fail(rid, f"language {language!r} is not 'en' or 'fr' (or left out: 'en')")
    return Rule(
        id=rid,
        language=language,
        shape=shape,
        status=status,
        extent=extent,
        pattern=pattern,
        twin=ascii_twin(pattern),
        keys=frozenset(_key(v) for v in verbs),
        loser=entry.get("loser"),
        receiver=entry.get("receiver"),
        strong=bool(entry.get("strong")),
        then=then_re,
        unless_before=(
            re.compile(
                rf"\b(?:{_alternation(unless)})\s+(?:(?:of|for|to|on|about|de|du|des|à|sur|pour)\s+)?"
                r"(?:(?:a|an|the|its|their|le|la|les|un|une|son|sa|ses|leur)\s+|l['’]\s*)?$"
            )
            if unless
            else None
        ),
        unless_after=re.compile(rf"\b(?:{_alternation(after)})\b") if after else None,
        examples=tuple(examples),
        traps=tuple(traps),
    )


@cache
def rules() -> tuple[Rule, ...]:
    """Return the compiled rules of ``corpus/rules/control.yaml`` (read once per process).

    Raises
    ------
    CorpusError
        When a rule is malformed; the message names the rule and the field to fix.
    """
    entries = _rules.load(_FILE).get("rules")
    if not isinstance(entries, list):
        raise CorpusError(f"corpus/rules/{_FILE}.yaml: 'rules' must be a list of rule entries")
    compiled = tuple(_compile(e) for e in entries)
    seen: set[str] = set()
    for r in compiled:
        if r.id in seen:
            raise _fail(r.id, "two rules have this id; ids must be unique")
        seen.add(r.id)
    return compiled


@cache
def lexicon(key: str) -> tuple[str, ...]:
    """Return the word list ``key`` under ``lexicons:`` of ``corpus/rules/control.yaml``."""
    words = (_rules.load(_FILE).get("lexicons") or {}).get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise CorpusError(f"corpus/rules/{_FILE}.yaml: lexicon '{key}' must be a list of strings")
    return tuple(words)


@cache
def mapping(key: str) -> dict[str, str]:
    """Return the mapping ``key`` under ``lexicons:`` of ``corpus/rules/control.yaml``."""
    table = (_rules.load(_FILE).get("lexicons") or {}).get(key)
    if not isinstance(table, Mapping):
        raise CorpusError(f"corpus/rules/{_FILE}.yaml: lexicon '{key}' must be a mapping")
    return {str(k): str(v) for k, v in table.items()}


def open_rules(lowered: str, language: str = "en") -> frozenset[int]:
    """Return the indices of the rules of ``language`` whose gate keys occur in ``lowered``.

    For a short text (a headline, a test sentence); articles are scanned once for the keys
    of every gated pattern by ``corpus._context`` (the rules' patterns are gated there too).
    """
    folded = " ".join(lowered.split())
    return frozenset(
        n
        for n, r in enumerate(rules())
        if r.language == language and any(k in folded for k in r.keys)
    )


def hits(
    lowered: str,
    *,
    plain: bool = False,
    shapes: frozenset[str] = SHAPES,
    opened: frozenset[int] | set[int] | list[int] | None = None,
    language: str = "en",
) -> list[Hit]:
    """Return the rule matches in a lower-cased sentence, in order, overlaps resolved.

    Where two matches overlap, the longer wins, and of two as long the rule listed first in
    the file (the one place overlaps are decided). ``plain``: the text reads alike with
    ``re.ASCII`` (see :func:`corpus._text.ascii_safe`), so the faster twin patterns are used.
    ``opened``: the rules the sentence's keys open, when already known (:func:`open_rules_at`).
    """
    if opened is None:
        opened = open_rules(lowered, language)
    if not opened:
        return []
    table = rules()
    found: list[tuple[int, int, int]] = []  # (start, -length, rule index)
    for n in sorted(opened):
        r = table[n]
        if r.shape not in shapes or r.language != language:
            continue
        for m in (r.twin if plain else r.pattern).finditer(lowered):
            found.append((m.start(), m.start() - m.end(), n))
    if not found:
        return []
    kept: list[Hit] = []
    for start, neg_len, n in sorted(found, key=lambda f: (f[1], f[2])):
        end = start - neg_len
        if all(end <= h.start or start >= h.end for h in kept):
            kept.append(Hit(table[n], start, end))
    return sorted(kept, key=lambda h: h.start)


_LOOSE_FIELDS = frozenset(
    {
        "id",
        "status",
        "extent",
        "places",
        "side",
        "passive",
        "verbs",
        "nouns",
        "examples",
        "traps",
        "possessive",
    }
)


class LooseFamily(NamedTuple):
    """One verb family of the clause-level reader (``loose:`` of control.yaml)."""

    id: str
    status: str
    extent: str
    places: str  # "after" (the object) or "before" (the subject: "X fell to Y")
    side: str | None  # "from": "... from Y" lost the places; "to": "... to Y" holds them
    passive: bool  # a participle after "was / had been": the places before it
    phrases: tuple[str, ...]
    nouns: tuple[str, ...]  # the nouns among the phrases ("capture of")
    examples: tuple[Mapping[str, Any], ...]
    traps: tuple[str, ...]
    possessive: bool = False  # a noun read only after its owner ("the SDF's control of X")


class Loose(NamedTuple):
    """The compiled clause-level reader: one pattern for every family's phrases."""

    families: tuple[LooseFamily, ...]
    pattern: re.Pattern[str]  # read in the lower-cased sentence
    twin: re.Pattern[str]
    keys: frozenset[str]  # every match holds one (derived from the phrases)
    family_of: dict[str, LooseFamily]  # a phrase, spaces folded -> its family
    gap_words: frozenset[str]
    partial_words: frozenset[str]
    position_nouns: frozenset[str]  # "captured 18 positions in X": X held in part
    time_words: frozenset[str]
    not_before: re.Pattern[str]  # searched in the clause before the verb


def _loose_family(entry: Mapping[str, Any]) -> LooseFamily:
    fid = _entry_id(entry, _LOOSE_FIELDS, "loose family")
    status = entry.get("status")
    if status not in _STATUSES:
        raise _fail(fid, f"status {status!r} is not one of {sorted(_STATUSES)}")
    extent = entry.get("extent", "full")
    if extent not in _EXTENTS:
        raise _fail(fid, f"extent {extent!r} is not one of {sorted(_EXTENTS)}")
    places = entry.get("places", "after")
    if places not in ("after", "before"):
        raise _fail(fid, f"places {places!r} is not 'after' or 'before'")
    side = entry.get("side")
    if side not in (None, "from", "to"):
        raise _fail(fid, f"side {side!r} is not 'from' or 'to' (or left out)")
    verbs = _words(entry, "verbs")
    if not verbs:
        raise _fail(fid, "'verbs' must list at least one phrase")
    nouns = tuple(_key(v.lower()) for v in _words(entry, "nouns"))
    examples = entry.get("examples") or []
    if not examples:
        raise _fail(fid, "every loose family needs at least one example sentence of our own")
    return LooseFamily(
        fid, status, extent, places, side, bool(entry.get("passive")),
        tuple(_key(v.lower()) for v in verbs) + nouns, nouns, tuple(examples),
        tuple(entry.get("traps") or []), bool(entry.get("possessive")),
    )  # fmt: skip


@cache
def loose() -> Loose:
    """Return the compiled clause-level reader of ``loose:`` in control.yaml (read once).

    Raises
    ------
    CorpusError
        When a family or a word list is malformed; the message names it.
    """
    section = _rules.load(_FILE).get("loose")
    if not isinstance(section, Mapping) or not isinstance(section.get("families"), list):
        raise CorpusError(f"corpus/rules/{_FILE}.yaml: 'loose' must hold a list 'families'")
    families = tuple(_loose_family(e) for e in section["families"])
    family_of: dict[str, LooseFamily] = {}
    for f in families:
        for p in f.phrases:
            if p in family_of:
                raise _fail(f.id, f"phrase {p!r} is also in family {family_of[p].id}")
            family_of[p] = f
    words = {}
    for key in ("gap_words", "partial_words", "position_nouns", "time_words", "not_before"):
        listed = section.get(key)
        if not isinstance(listed, list) or not all(isinstance(w, str) for w in listed):
            raise CorpusError(f"corpus/rules/{_FILE}.yaml: loose '{key}' must list strings")
        words[key] = [" ".join(w.lower().split()) for w in listed]
    pattern = re.compile(rf"(?<![\w-])(?:{_alternation(list(family_of))})(?![\w-])")
    return Loose(
        families=families,
        pattern=pattern,
        twin=ascii_twin(pattern),
        keys=frozenset(family_of),
        family_of=family_of,
        gap_words=frozenset(words["gap_words"]),
        partial_words=frozenset(words["partial_words"]),
        position_nouns=frozenset(words["position_nouns"]),
        time_words=frozenset(words["time_words"]),
        not_before=re.compile(rf"(?<![\w-])(?:{_alternation(words['not_before'])})(?![\w-])"),
    )
