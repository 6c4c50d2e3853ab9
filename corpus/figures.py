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

from corpus._context import Context
from corpus.numbers import Count, find_counts
from corpus.records import Figure
from corpus.typing import Category

__all__ = ["extract_figures"]

_PEOPLE = re.compile(
    r"\b(?:fighters|jihadists?|jihadis|terrorists|soldiers|civilians|people|persons|members|"
    r"employees|staff|guards|prisoners|inmates|detainees|children|minors|women|men|militants|"
    r"insurgents|rebels|troops|personnel|officers|policemen|police|residents|families|"
    r"individuals|combatants|gunmen|attackers|assailants|suspects|Westerners|nationals|bodies|"
    r"casualties|victims|hostages|workers|dead|killed|wounded|injured|deaths|fatalities|"
    r"others|boys|girls|juveniles|displaced|refugees|elements|recruits|foreigners|militiamen|"
    r"servicemen|captives|escapees|fugitives|Kurds|jihadist|fighter|soldier|civilian|"
    r"person|member|child|detainee|prisoner)\b",
    re.I,
)
_NOUN_CATEGORY: list[tuple[Category, re.Pattern[str]]] = [
    ("killed", re.compile(r"\b(?:dead|killed|deaths|fatalities|bodies|lives)\b", re.I)),
    ("injured", re.compile(r"\b(?:wounded|injured)\b", re.I)),
    ("displaced", re.compile(r"\b(?:displaced|refugees)\b", re.I)),
    ("missing", re.compile(r"\bmissing\b", re.I)),
    ("escaped", re.compile(r"\b(?:escapees|fugitives)\b", re.I)),
    ("attackers", re.compile(r"\b(?:attackers|assailants|gunmen)\b", re.I)),
    ("detained", re.compile(r"\b(?:prisoners|detainees|inmates|captives)\b", re.I)),
]
_VERB_CATEGORY: list[tuple[Category, re.Pattern[str]]] = [
    (
        "killed",
        re.compile(
            r"\b(?:killed|killing|kill|died|die|dead|eliminated|lost\s+their\s+lives|slain|executed|perished|neutrali[sz]ed|massacred|death\s+toll|toll|shot\s+dead)\b",
            re.I,
        ),
    ),
    ("injured", re.compile(r"\b(?:wounded|wounding|injured|injuring|hurt)\b", re.I)),
    (
        "escaped",
        re.compile(
            r"\b(?:escaped|escape|escaping|fled\s+the\s+(?:prison|jail|facility)|broke\s+out|on\s+the\s+run|at\s+large)\b",
            re.I,
        ),
    ),
    (
        "surrendered",
        re.compile(
            r"\b(?:surrendered|surrender|surrendering|gave\s+themselves\s+up|handed\s+themselves\s+(?:over|in)|laid\s+down\s+their\s+arms)\b",
            re.I,
        ),
    ),
    ("released", re.compile(r"\b(?:released|releasing|freed|freeing|rescued|liberated)\b", re.I)),
    (
        "detained",
        re.compile(
            r"\b(?:detained|detaining|arrested|arresting|captured|capturing|imprisoned|jailed|in\s+custody|taken\s+prisoner|abducted|kidnapped|home\s+to|housed|houses|held|holding)\b",
            re.I,
        ),
    ),
    (
        "displaced",
        re.compile(r"\b(?:displaced|fled\s+their\s+homes|forced\s+to\s+flee|fled)\b", re.I),
    ),
    ("missing", re.compile(r"\b(?:missing|disappeared|unaccounted)\b", re.I)),
    (
        "attackers",
        re.compile(
            r"\b(?:took\s+part|taking\s+part|attacked|stormed|launched|participated|carried\s+out)\b",
            re.I,
        ),
    ),
]
_NP_STOP = re.compile(
    r"[,;:.!?()“”\"]|\b(?:were|was|have|has|had|are|is|will|would|who|which|that|since|on|in\s+(?:the\s+)?(?:attack|clashes|fighting))\b"
)
_PARTS = re.compile(
    r"\b(?:including|among\s+them|of\s+whom|among\s+whom|among\s+those|of\s+them|among\s+the\s+dead)\b",
    re.I,
)
_MONTH_BEFORE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$|(?:\bon|\bthe)\s*$|[-/:#№]\s*$"
)
_UNIT_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:days?|weeks?|months?|years?|hours?|minutes?|km|kilomet|miles?|percent|per\s*cent|%|times|a\.?m\b|p\.?m\b|o'clock|met(?:er|re)s?|tons?|tonnes?|dollars|kg|st\b|nd\b|rd\b|th\b|January|February|March|April|May|June|July|August|September|October|November|December)",
    re.I,
)
_YEARISH = re.compile(r"(?:in|since|of|late|early|mid|until|by|from|to|and|year)[-\s]*$", re.I)


def _is_count(text: str, c: Count, np_text: str) -> bool:
    before = text[: c.num_start]
    if not c.is_words and _MONTH_BEFORE.search(before):
        return False
    if _UNIT_AFTER.match(text, c.num_end):
        return False
    if (
        not c.is_words
        and 1900 <= c.number <= 2099
        and (_YEARISH.search(before) or not _PEOPLE.search(np_text[:40]))
    ):
        return False
    return bool(_PEOPLE.search(np_text[:60]))


def _category_from(
    pats: list[tuple[Category, re.Pattern[str]]], text: str, last: bool = False
) -> Category | None:
    best: tuple[int, Category] | None = None
    for cat, pat in pats:
        for m in pat.finditer(text):
            pos = -m.start() if last else m.start()
            if best is None or pos < best[0]:
                best = (pos, cat)
            if not last:
                break
    return best[1] if best else None


def extract_figures(ctx: Context) -> list[Figure]:
    """All figures of the article, totals before their parts, in text order."""
    figures: list[Figure] = []
    for i, s in enumerate(ctx.sents):
        counts = find_counts(s.text)
        if not counts:
            continue
        total_index: int | None = None
        total_category: Category | None = None
        prev_end = 0
        att = ctx.attributions[i]
        d, d_end, prec = ctx.date_fields(i)
        for k, c in enumerate(counts):
            nxt = counts[k + 1].start if k + 1 < len(counts) else len(s.text)
            after = s.text[c.num_end : nxt]
            stop = _NP_STOP.search(after)
            np_text = after[: stop.start()] if stop else after
            np_text = np_text[:90]
            if not _is_count(s.text, c, after):
                prev_end = c.num_end
                continue
            cat = _category_from(_NOUN_CATEGORY[:5], np_text)
            in_list = total_index is not None
            if cat is None and not in_list:
                cat = _category_from(_VERB_CATEGORY, after)
            if cat is None and not in_list:
                cat = _category_from(
                    _VERB_CATEGORY, s.text[max(prev_end, c.start - 70) : c.start], last=True
                )
            if cat is None and not in_list:
                cat = _category_from(_NOUN_CATEGORY[5:], np_text)
            if cat is None and in_list:
                cat = total_category
            prev_end = c.num_end
            if cat is None:
                continue
            abs_np = s.start + c.num_end
            party_hits = ctx.parties_in(abs_np, abs_np + len(np_text))
            party = party_hits[0].canonical if party_hits else None
            mention = ctx.place_near(i, c.start)
            fig = Figure(
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
                quote=s.text,
                part_of=total_index if in_list else None,
            )
            figures.append(fig)
            if not in_list and _PARTS.search(after):
                total_index, total_category = len(figures) - 1, cat
    return figures
