"""Figures: counts of people with bounds, category, party, claimant, place, date and quote.

A number is a figure when a people word or a party follows it ("27 SDF soldiers", "seven
civilians", "181 dead"). Its category comes from words in the noun phrase ("dead",
"wounded"), else from the verb after it ("were killed", "escaped", "took part in"), else
from the verb before it ("released 32 employees", "home to 3,500"). Numbers listed after
"including" / "among them" / "of whom" are parts of the total before them
(:attr:`Figure.part_of`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from corpus._context import NON_ACTORS, Context
from corpus._text import trie_regex
from corpus.aliases import AliasMatch, parties
from corpus.numbers import Count, find_counts
from corpus.records import Figure
from corpus.typing import Category

__all__ = ["extract_figures"]

#: Words after a number that make it a count of people. All word lists below are matched
#: as prefix trees on lower-cased text (no re.IGNORECASE): that is what keeps figures fast.
_PEOPLE_WORDS = [
    "fighters", "jihadist", "jihadists", "jihadis", "terrorists", "soldiers", "civilians",
    "people", "persons", "members", "employees", "staff", "guards", "prisoners", "inmates",
    "detainees", "children", "minors", "women", "men", "militants", "insurgents", "rebels",
    "troops", "personnel", "officers", "policemen", "police", "residents", "families",
    "individuals", "combatants", "gunmen", "attackers", "assailants", "suspects", "westerners",
    "nationals", "bodies", "casualties", "victims", "hostages", "workers", "dead", "killed",
    "wounded", "injured", "deaths", "fatalities", "others", "boys", "girls", "juveniles",
    "displaced", "refugees", "elements", "recruits", "foreigners", "militiamen", "servicemen",
    "captives", "escapees", "fugitives", "kurds", "fighter", "soldier", "civilian", "person",
    "member", "child", "detainee", "prisoner", "lives", "citizens", "morts", "civils",
    "jihadistes", "membres", "blessés", "combattants", "soldats", "personnes", "enfants",
]  # fmt: skip
#: Category words inside the noun phrase ("181 dead"); the first five are strong cues.
_NOUN_WORDS: list[tuple[Category, list[str]]] = [
    ("killed", ["dead", "killed", "deaths", "fatalities", "bodies", "lives", "morts", "tués"]),
    ("injured", ["wounded", "injured", "blessés"]),
    ("displaced", ["displaced", "refugees"]),
    ("missing", ["missing"]),
    ("escaped", ["escapees", "fugitives"]),
    ("attackers", ["attackers", "assailants", "gunmen"]),
    ("detained", ["prisoners", "detainees", "inmates", "captives"]),
]
#: Verbs (and phrases) that give a count its category, in order of precedence.
_VERB_WORDS: list[tuple[Category, list[str]]] = [
    ("killed", ["killed", "killing", "kill", "died", "die", "dead", "martyred", "bodies of",
                "eliminated", "lost their lives", "slain", "executed", "perished", "neutralized",
                "neutralised", "massacred", "death toll", "toll", "shot dead"]),
    ("injured", ["wounded", "wounding", "injured", "injuring", "hurt"]),
    ("escaped", ["escaped", "escape", "escaping", "fled the prison", "fled the jail",
                 "fled the facility", "broke out", "on the run", "at large"]),
    ("surrendered", ["surrendered", "surrender", "surrendering", "gave themselves up",
                     "given themselves up", "handed themselves over", "handed themselves in",
                     "laid down their arms"]),
    ("released", ["released", "releasing", "freed", "freeing", "rescued", "liberated"]),
    ("detained", ["detained", "detaining", "arrested", "arresting", "captured", "capturing",
                  "imprisoned", "jailed", "in custody", "taken prisoner", "abducted", "kidnapped",
                  "home to", "housed", "houses", "held", "holds", "holding"]),
    ("displaced", ["displaced", "fled their homes", "left their homes", "driven from their homes",
                   "forced from their homes", "driven", "forced to flee", "fled"]),
    ("missing", ["missing", "disappeared", "unaccounted"]),
    ("attackers", ["took part", "taking part", "attacked", "stormed", "launched", "participated",
                   "carried out"]),
]  # fmt: skip


def _words(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{trie_regex(words)})\b")


def _combined(pats: list[tuple[Category, list[str]]]) -> re.Pattern[str]:
    """One pattern with a named group per category (earlier categories win ties)."""
    return re.compile(
        r"\b(?:" + "|".join(f"(?P<{cat}>{trie_regex(words)})" for cat, words in pats) + r")\b"
    )


_PEOPLE = _words(_PEOPLE_WORDS)
_NOUN_STRONG = _combined(_NOUN_WORDS[:5])
_NOUN_WEAK = _combined(_NOUN_WORDS[5:])
_VERBS = _combined(_VERB_WORDS)
_NP_STOP = re.compile(
    r"[,;:.!?()“”\"]|\b(?:were|was|have|has|had|are|is|will|would|who|which|that|since|on|in\s+(?:the\s+)?(?:attack|clashes|fighting))\b"
)
_PARTS = re.compile(
    r"\b(?:including|among\s+them|of\s+whom|among\s+whom|among\s+those|among\s+the\s+dead|"
    r"dont)\b|:"
)
_OF_THEM = re.compile(r"^\s*of\s+(?:them|whom)\b")
_ASIDE = re.compile(r",\s*(?:including|who|which|among\s+them|some|most\s+of\s+them)\b[^,]*,")
_LIST_GO_ON = re.compile(r"^[^.;:!?]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+et\s+)$")
_OWN = re.compile(
    r"\b(?:its|our|their\s+own)\s+(?:fighters|forces|members|soldiers|men|troops|personnel)\b"
)
_OTHERS = re.compile(r"^\s*others\b")
_LINKED = re.compile(
    r"\b(?:suspected\s+of|affiliated\s+with|linked\s+to|members\s+of|loyal\s+to)\b"
)
_MONTH_BEFORE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$|\bon\s*$|[-/#№]\s*$"
)
_UNIT_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:days?|weeks?|months?|years?|hours?|minutes?|km|kilomet|miles?|percent|per\s*cent|%|times|a\.?m\b|p\.?m\b|o'clock|met(?:er|re)s?|tons?|tonnes?|dollars|kg|st\b|nd\b|rd\b|th\b|january|february|march|april|may|june|july|august|september|october|november|december)"
)
_YEARISH = re.compile(r"(?:in|since|of|late|early|mid|until|by|from|to|and|year)[-\s]*$")


def _category_from(pat: re.Pattern[str], text: str, last: bool = False) -> Category | None:
    """Return the category of the first (or ``last``) cue in ``text``."""
    if not last:
        m = pat.search(text)
        return m.lastgroup if m is not None else None  # type: ignore[return-value]
    found = None
    for m in pat.finditer(text):
        found = m
    return found.lastgroup if found is not None else None  # type: ignore[return-value]


def extract_figures(ctx: Context) -> list[Figure]:
    """All figures of the article, totals before their parts, in text order."""
    party_names = parties().canonicals
    figures: list[Figure] = []
    for i, s in enumerate(ctx.sents):
        text = s.text
        low = ctx.lowered[i]  # same offsets as text; the word patterns are lower-case
        counts = [c for c in find_counts(text, low) if not _not_count(low, c)]
        if not counts:
            continue
        att = ctx.attributions[i]
        d, d_end, prec = ctx.date_fields(i)
        # pass 1: noun phrase, own category, and whether the list goes on to the next count
        rows: list[_Row] = []
        prev_end = 0
        for k, c in enumerate(counts):
            nxt = counts[k + 1].start if k + 1 < len(counts) else len(text)
            stop = _NP_STOP.search(text, c.num_end, nxt)  # case matters: "is" but not "IS"
            after = low[c.num_end : nxt]
            np_text = after[: (stop.start() - c.num_end) if stop else len(after)][:90]
            if not _PEOPLE.search(after[:60]) and not _OWN.search(after[:40]):
                rows.append(_Row(c, after, np_text, None, False, False, None))
                prev_end = c.num_end
                continue
            own_noun = cat = _category_from(_NOUN_STRONG, np_text)
            if cat is None:
                # the verb of this count's clause: up to the next count, or past a list
                clause = _ASIDE.sub(",", after if k + 1 < len(counts) else low[c.num_end :])
                cat = _category_from(_VERBS, clause)
            if cat is None:
                cat = _category_from(_VERBS, low[max(prev_end, c.start - 70) : c.start], last=True)
            goes_on = k + 1 < len(counts) and bool(_LIST_GO_ON.match(after))
            rows.append(_Row(c, after, np_text, cat, goes_on, True, own_noun))
            prev_end = c.num_end
        # pass 2 (right to left): "40 of its fighters, 77 guards and four civilians were killed"
        cats: list[Category | None] = [r.category for r in rows]
        for k in range(len(rows) - 2, -1, -1):
            if cats[k] is None and rows[k].goes_on and rows[k].people:
                cats[k] = cats[k + 1]
        # pass 3: totals, parts and records
        total_index: int | None = None
        total_category: Category | None = None
        last_party: str | None = None
        for k, row in enumerate(rows):
            if not row.people:
                continue
            c, after, np_text, own_noun = row.number, row.after, row.np_text, row.own_noun
            cat = cats[k]
            in_list = total_index is not None and (
                cat is None or cat == total_category or _OF_THEM.match(after) is not None
            )
            if in_list and (own_noun is None or own_noun == total_category):
                cat = total_category
            if cat is None:
                cat = _category_from(_NOUN_WEAK, np_text)
            if cat is None:
                continue
            abs_np = s.start + c.num_end
            hits = ctx.parties_in(abs_np, abs_np + len(np_text))
            party = _pick_party(hits, np_text)
            if party is None and _OWN.search(np_text) and att.claimant in party_names:
                party = att.claimant
            if party is None and _OTHERS.match(np_text):
                party = last_party
            if party is None and cat == "displaced":
                party = "civilians"
            mention = ctx.place_near(i, c.start)
            figures.append(
                Figure(
                    number=c.number,
                    low=c.low,
                    high=c.high,
                    qualifier=c.qualifier,
                    category=cat,
                    party=party,
                    claimant=att.claimant,
                    claimant_surface=att.surface,
                    place=ctx.place_name(mention),
                    date=d,
                    date_precision=prec,  # type: ignore[arg-type]
                    date_end=d_end,
                    quote=text,
                    part_of=total_index if in_list else None,
                )
            )
            last_party = party or last_party
            if not in_list and (_PARTS.search(after) or _has_of_them_next(rows, k)):
                total_index, total_category = len(figures) - 1, cat
    return figures


class _Row(NamedTuple):
    """One count of a sentence while its figures are being read."""

    number: Count
    after: str  # text up to the next count (lower-cased)
    np_text: str  # the noun phrase after the number (lower-cased)
    category: Category | None
    goes_on: bool  # a list continues to the next count ("40 fighters, 77 guards and ...")
    people: bool  # the number counts people
    own_noun: Category | None  # a category word in the noun phrase itself ("dead")


def _has_of_them_next(rows: list[_Row], k: int) -> bool:
    return k + 1 < len(rows) and _OF_THEM.match(rows[k + 1].after) is not None


def _pick_party(hits: list[AliasMatch], np_text: str) -> str | None:
    if not hits:
        return None
    if len(hits) > 1 and _LINKED.search(np_text):
        armed = [h for h in hits if h.canonical not in NON_ACTORS]
        if armed:
            return str(armed[0].canonical)
    return str(hits[0].canonical)


def _not_count(text: str, c: Count) -> bool:
    """Dates, years, durations and measures: numbers that count no people."""
    before = text[max(0, c.num_start - 16) : c.num_start]  # the patterns look only at the end
    if not c.is_words and _MONTH_BEFORE.search(before):
        return True
    if _UNIT_AFTER.match(text, c.num_end):
        return True
    return (
        not c.is_words
        and 1900 <= c.number <= 2099
        and (bool(_YEARISH.search(before)) or not _PEOPLE.search(text[c.num_end : c.num_end + 40]))
    )
