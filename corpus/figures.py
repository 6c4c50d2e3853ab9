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
from corpus._text import ascii_twin, trie_regex
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


class _Cues:
    """Category cue words: the category of the first (or last) cue in a text.

    ``re`` tries a pattern's top-level alternatives one by one at every word. One prefix
    tree over all the words (one alternative per first letter) finds where a cue is; only
    there is the pattern with a group per category (one tree each, earlier categories win
    where cues overlap) run, to tell which category it is.
    """

    def __init__(self, pats: list[tuple[Category, list[str]]]) -> None:
        self._any = re.compile(rf"\b(?:{trie_regex(w for _, words in pats for w in words)})\b")
        self._which = re.compile(
            r"\b(?:" + "|".join(f"(?P<{cat}>{trie_regex(words)})" for cat, words in pats) + r")\b"
        )

    def ascii_twin(self) -> _Cues:
        """Return the same cues compiled with ``re.ASCII`` (see :func:`corpus._text.ascii_twin`)."""
        twin = object.__new__(_Cues)
        twin._any, twin._which = ascii_twin(self._any), ascii_twin(self._which)
        return twin

    def first(self, text: str) -> Category | None:
        """Return the category of the first cue in ``text`` (None without one)."""
        m = self._any.search(text)
        if m is None:
            return None
        return self._which.match(text, m.start()).lastgroup  # type: ignore[union-attr,return-value]

    def last(self, text: str) -> Category | None:
        """Return the category of the last cue in ``text``, cues read as ``finditer`` would."""
        found = None
        pos = 0
        while (m := self._any.search(text, pos)) is not None:
            found = self._which.match(text, m.start())
            pos = found.end()  # type: ignore[union-attr]
        return found.lastgroup if found is not None else None  # type: ignore[return-value]


_PEOPLE = _words(_PEOPLE_WORDS)
_NOUN_STRONG = _Cues(_NOUN_WORDS[:5])
_NOUN_WEAK = _Cues(_NOUN_WORDS[5:])
_VERBS = _Cues(_VERB_WORDS)
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


def _ends_before(months: list[str], letters: str, words: list[str]) -> re.Pattern[str]:
    r"""Match the reversed text before a number when it ends in a month, one of ``words`` or a sign.

    The text ends in a month ("Jan. 20", "March 20"), a word ("on 20") or a sign ("-5", "#3")
    before spaces: ``(?:jan|...)[a-z]*\.?\s*$|\bon\s*$|[-/#№]\s*$``. ``re`` has no search from
    the end, and tries such a pattern at every offset; read backwards, it is one ``match`` at
    the start of ``text[::-1]`` (``\b`` reads the same both ways).
    """
    backwards = "|".join(re.escape(m[::-1]) for m in months)
    words_backwards = "|".join(re.escape(w[::-1]) for w in words)
    return re.compile(rf"\s*(?:\.?[{letters}]*(?:{backwards})|(?:{words_backwards})\b|[-/#№])")


_MONTH_BEFORE = _ends_before(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
    "a-z",
    ["on"],
)
_UNIT_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:days?|weeks?|months?|years?|hours?|minutes?|km|kilomet|miles?|percent|per\s*cent|%|times|a\.?m\b|p\.?m\b|o'clock|met(?:er|re)s?|tons?|tonnes?|dollars|kg|st\b|nd\b|rd\b|th\b|january|february|march|april|may|june|july|august|september|october|november|december)"
)
_YEARISH = re.compile(r"(?:in|since|of|late|early|mid|until|by|from|to|and|year)[-\s]*$")


# ---------------------------------------------------------------- French
_PEOPLE_WORDS_FR = [
    "combattants", "combattant", "jihadistes", "jihadiste", "djihadistes", "djihadiste",
    "terroristes", "soldats", "soldat", "militaires", "civils", "civil", "civiles", "civile",
    "personnes", "personne", "membres", "membre", "employés", "personnels", "gardiens",
    "gardiens", "gardes", "prisonniers", "prisonnier", "détenus", "détenu", "enfants", "enfant",
    "mineurs", "femmes", "hommes", "militants", "insurgés", "rebelles", "troupes", "policiers",
    "habitants", "familles", "individus", "assaillants", "attaquants", "suspects", "étrangers",
    "ressortissants", "corps", "cadavres", "victimes", "otages", "travailleurs", "morts", "mort",
    "tués", "tué", "blessés", "blessé", "décès", "autres", "garçons", "adolescents", "déplacés",
    "réfugiés", "éléments", "recrues", "miliciens", "captifs", "évadés", "fugitifs", "kurdes",
    "disparus", "agents", "vies", "jeunes",
]  # fmt: skip
_NOUN_WORDS_FR: list[tuple[Category, list[str]]] = [
    ("killed", ["morts", "mort", "tués", "tué", "décès", "cadavres", "corps", "vies"]),
    ("injured", ["blessés", "blessé", "blessées"]),
    ("displaced", ["déplacés", "réfugiés"]),
    ("missing", ["disparus"]),
    ("escaped", ["évadés", "fugitifs", "en fuite", "en cavale"]),
    ("attackers", ["assaillants", "attaquants", "hommes armés"]),
    ("detained", ["prisonniers", "détenus", "captifs", "prisonnières", "détenues"]),
]
_VERB_WORDS_FR: list[tuple[Category, list[str]]] = [
    ("killed", ["tués", "tuées", "tué", "tuée", "tuant", "tuer", "sont morts", "est mort",
                "morts", "péri", "décédés", "perdu la vie", "exécutés", "abattus", "bilan",
                "massacrés", "succombé", "neutralisés", "éliminés", "décès", "corps de"]),
    ("injured", ["blessés", "blessées", "blessé", "blessée", "blessant"]),
    ("escaped", ["évadés", "évadé", "évadées", "évasion", "évader", "en fuite", "échappés",
                 "échappé", "fui la prison", "fui le centre", "en cavale", "fuir la prison"]),
    ("surrendered", ["se sont rendus", "se sont rendues", "s'est rendu", "s’est rendu",
                     "se rendre", "se rendent", "reddition", "déposé les armes", "rendu les armes",
                     "livrés", "se sont livrés"]),
    ("released", ["libérés", "libérées", "libéré", "libérée", "libérant", "libérer", "relâchés",
                  "relâché", "secourus", "remis en liberté", "délivrés"]),
    ("detained", ["été détenus", "sont détenus", "étaient détenus", "restent détenus",
                  "toujours détenus", "arrêtés", "arrêtées", "arrêté", "interpellés", "capturés",
                  "capturé", "capturant", "emprisonnés", "incarcérés", "enlevés", "kidnappés",
                  "abritait", "abrite", "abritent", "abritaient", "accueille", "accueillait",
                  "renferme", "renfermait", "détient", "détenait", "détiennent", "détenaient",
                  "retenus", "faits prisonniers", "pris en otage", "en détention"]),
    ("displaced", ["déplacés", "déplacées", "ont fui", "fui leurs", "dû fuir", "chassés de leurs",
                   "contraints de fuir", "forcés de fuir", "quitté leurs", "fuyant", "fui"]),
    ("missing", ["disparus", "disparues", "introuvables", "disparu"]),
    ("attackers", ["pris part", "participé", "attaqué", "lancé l'assaut", "lancé l’assaut",
                   "mené l'attaque", "mené l’attaque", "pris d'assaut", "pris d’assaut"]),
]  # fmt: skip


def _feminine(pats: list[tuple[Category, list[str]]]) -> list[tuple[Category, list[str]]]:
    """Add the feminine of every participle ("tués" -> "tuées", "arrêté" -> "arrêtée")."""
    out: list[tuple[Category, list[str]]] = []
    for cat, words in pats:
        more = {w[:-2] + "ées" for w in words if w.endswith("és")}
        more |= {w + "e" for w in words if w.endswith("é")}
        out.append((cat, sorted({*words, *more})))
    return out


_NP_STOP_FR = re.compile(
    r"[,;:.!?()“”\"«»]|\b(?:ont|a|sont|est|étaient|était|avaient|avait|seront|qui|que|dont|selon|"
    r"depuis|lors|dans\s+(?:l['’]attaque|les\s+combats|les\s+affrontements))\b"
)
_PARTS_FR = re.compile(
    r"\b(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles|les\s+morts|les\s+victimes)|"
    r"y\s+compris|notamment)\b|:"
)
_OF_THEM_FR = re.compile(r"^\s*d['’]entre\s+(?:eux|elles)\b")
_ASIDE_FR = re.compile(
    r",\s*(?:dont|qui|parmi\s+(?:eux|lesquels)|certains|la\s+plupart\s+d['’]entre\s+eux)\b[^,]*,"
)
_LIST_GO_ON_FR = re.compile(r"^[^.;:!?]{0,60}?(?:,\s*(?:et\s+)?|\s+et\s+)$")
_OWN_FR = re.compile(
    r"\b(?:ses|leurs|nos)\s+(?:propres\s+)?(?:combattants|forces|membres|soldats|hommes|troupes)\b"
)
_OTHERS_FR = re.compile(r"^\s*autres\b")
_LINKED_FR = re.compile(
    r"\b(?:soupçonnés\s+d['’]appartenir\s+à|affiliés\s+à|liés\s+à|membres\s+(?:de|du|des|d['’])|"
    r"fidèles\s+à|proches\s+de)"
)
_MONTH_BEFORE_FR = _ends_before(
    ["janv", "févr", "fevr", "mars", "avr", "mai", "juin", "juil", "août", "aout", "sept", "oct",
     "nov", "déc", "dec"],
    "a-zéû",
    ["le", "du", "au"],
)  # fmt: skip
_UNIT_AFTER_FR = re.compile(
    r"\s*(?:-\s*)?(?:jours?\b|semaines?\b|mois\b|ans\b|an\b|années?\b|heures?\b|h\b|minutes?\b|km\b|"
    r"kilom|mètres?\b|metres?\b|pour\s*cent|%|fois\b|tonnes?\b|dollars|euros|kg\b|er\b|e\b|ème\b|"
    r"janvier|février|fevrier|mars|avril|mai\b|juin|juillet|août|aout|septembre|octobre|novembre|"
    r"décembre|decembre)"
)
_YEARISH_FR = re.compile(
    r"(?:en|depuis|de|fin|début|mi|jusqu['’]en|année|et|à|avant|après|dès)[-\s]*$"
)
#: A bare "un"/"une" counts only right before the people it counts ("un civil", "l'un des
#: gardiens"): elsewhere it is the article ("une attaque contre la prison où ... détenus").
_ONE_FR = re.compile(
    r"\s*(?:des\s+|d['’]entre\s+(?:eux|elles)\s+)?(?:" + trie_regex(_PEOPLE_WORDS_FR) + r")\b"
)
#: Singulars with no party alias of their own ("civil" is an English word too).
_CIVIL_FR = re.compile(r"^\s*civile?\b")


class _Lang(NamedTuple):
    """The patterns figures are read with, in one language."""

    people: re.Pattern[str]
    noun_strong: _Cues
    noun_weak: _Cues
    verbs: _Cues
    np_stop: re.Pattern[str]
    parts: re.Pattern[str]
    of_them: re.Pattern[str]
    aside: re.Pattern[str]
    list_go_on: re.Pattern[str]
    own: re.Pattern[str]
    others: re.Pattern[str]
    linked: re.Pattern[str]
    month_before: re.Pattern[str]
    unit_after: re.Pattern[str]
    yearish: re.Pattern[str]


_EN = _Lang(_PEOPLE, _NOUN_STRONG, _NOUN_WEAK, _VERBS, _NP_STOP, _PARTS, _OF_THEM, _ASIDE,
            _LIST_GO_ON, _OWN, _OTHERS, _LINKED, _MONTH_BEFORE, _UNIT_AFTER, _YEARISH)  # fmt: skip
#: The English set for text :func:`~corpus._text.ascii_safe` says ``re.ASCII`` reads alike.
_EN_A = _Lang._make(p.ascii_twin() if isinstance(p, _Cues) else ascii_twin(p) for p in _EN)
_FR = _Lang(
    _words(_PEOPLE_WORDS_FR),
    _Cues(_NOUN_WORDS_FR[:5]),
    _Cues(_NOUN_WORDS_FR[5:]),
    _Cues(_feminine(_VERB_WORDS_FR)),
    _NP_STOP_FR,
    _PARTS_FR,
    _OF_THEM_FR,
    _ASIDE_FR,
    _LIST_GO_ON_FR,
    _OWN_FR,
    _OTHERS_FR,
    _LINKED_FR,
    _MONTH_BEFORE_FR,
    _UNIT_AFTER_FR,
    _YEARISH_FR,
)


def extract_figures(ctx: Context) -> list[Figure]:
    """All figures of the article, totals before their parts, in text order."""
    party_names = parties().canonicals
    figures: list[Figure] = []
    lang = ctx.article.language
    pats = _FR if lang == "fr" else _EN_A if ctx.plain else _EN
    for i, s in enumerate(ctx.sents):
        text = s.text
        low = ctx.lowered[i]  # same offsets as text; the word patterns are lower-case
        counts = [c for c in find_counts(text, low, language=lang) if not _not_count(low, c, pats)]
        if not counts:
            continue
        att = ctx.attributions[i]
        d, d_end, prec = ctx.date_fields(i)
        # pass 1: noun phrase, own category, and whether the list goes on to the next count
        rows: list[_Row] = []
        prev_end = 0
        for k, c in enumerate(counts):
            nxt = counts[k + 1].start if k + 1 < len(counts) else len(text)
            stop = pats.np_stop.search(text, c.num_end, nxt)  # case matters: "is" but not "IS"
            after = low[c.num_end : nxt]
            np_text = after[: (stop.start() - c.num_end) if stop else len(after)][:90]
            if not pats.people.search(after[:60]) and not pats.own.search(after[:40]):
                rows.append(_Row(c, after, np_text, None, False, False, None))
                prev_end = c.num_end
                continue
            own_noun = cat = pats.noun_strong.first(np_text)
            if cat is None:
                # the verb of this count's clause: up to the next count, or past a list
                clause = pats.aside.sub(",", after if k + 1 < len(counts) else low[c.num_end :])
                cat = pats.verbs.first(clause)
            if cat is None:
                before = low[max(prev_end, c.start - 70) : c.start]
                cat = pats.verbs.last(before)
            goes_on = k + 1 < len(counts) and bool(pats.list_go_on.match(after))
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
                cat is None or cat == total_category or pats.of_them.match(after) is not None
            )
            if in_list and (own_noun is None or own_noun == total_category):
                cat = total_category
            if cat is None:
                cat = pats.noun_weak.first(np_text)
            if cat is None:
                continue
            abs_np = s.start + c.num_end
            hits = ctx.parties_in(abs_np, abs_np + len(np_text))
            party = _pick_party(hits, np_text, pats)
            if party is None and pats.own.search(np_text) and att.claimant in party_names:
                party = att.claimant
            if party is None and pats.others.match(np_text):
                party = last_party
            if party is None and pats is _FR and _CIVIL_FR.match(np_text):
                party = "civilians"
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
            if not in_list and (pats.parts.search(after) or _has_of_them_next(rows, k, pats)):
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


def _has_of_them_next(rows: list[_Row], k: int, pats: _Lang) -> bool:
    return k + 1 < len(rows) and pats.of_them.match(rows[k + 1].after) is not None


def _pick_party(hits: list[AliasMatch], np_text: str, pats: _Lang) -> str | None:
    if not hits:
        return None
    if len(hits) > 1 and pats.linked.search(np_text):
        armed = [h for h in hits if h.canonical not in NON_ACTORS]
        if armed:
            return str(armed[0].canonical)
    return str(hits[0].canonical)


def _not_count(text: str, c: Count, pats: _Lang) -> bool:
    """Dates, years, durations and measures: numbers that count no people.

    In French a bare "un"/"une" is a count only right before the people it counts.
    """
    before = text[max(0, c.num_start - 16) : c.num_start]  # the patterns look only at the end
    if not c.is_words and pats.month_before.match(before[::-1]):
        return True
    if pats.unit_after.match(text, c.num_end):
        return True
    if pats is _FR and c.surface.lower() in ("un", "une") and not _ONE_FR.match(text, c.num_end):
        return True
    return (
        not c.is_words
        and 1900 <= c.number <= 2099
        and (
            bool(pats.yearish.search(before))
            or not pats.people.search(text[c.num_end : c.num_end + 40])
        )
    )
