"""Figures: counts of people with bounds, category, party, claimant, place, date and quote.

A number is a figure when it counts people:

- a people word or "X of its fighters" / "X of them" follows it ("27 SDF soldiers", "seven
  civilians", "181 dead", "40 of them civilians");
- a casualty verb governs it with no noun after it ("wounded more than 30, according to",
  "killed 4 and wounded 7", "arrested five on Monday"; not "carried out 12 strikes");
- it is the subject of a casualty verb ("Four were killed", "nine died", "294 Turkish-backed
  factions were killed"); not when the people speak ("two officials said").

Its category comes, first to last, from:

1. a category word in its noun phrase ("181 dead", "30 wounded", "the 12 people killed");
2. the verb or noun that governs it ("killed 19 people", "freed 32", "evacuated 200", "the
   deaths of 224 civilians", "claimed the lives of 37", "raising the toll to 40", "the death
   toll ... had risen to 25"), which wins over a category word used as an adjective ("killed
   11 displaced people") unless it only displaces ("evacuated 25 wounded");
3. the verb of its clause ("were killed", "had died", "escaped", "took part in"); after a
   relative pronoun the main verb, not the relative clause's ("five fighters who had fled
   Baghuz were arrested"); a verb that governs the next count is not this count's ("blew
   themselves up, killing 2 SDF members");
4. the last verb before it ("released 32 employees", "home to 3,500").

Lists share their verb both ways ("40 of its fighters, 77 guards and four civilians were
killed"; "killed 11 SDF fighters and 23 jihadists"); a total takes the category of its parts
("Fourteen people, among them three children, were wounded"). Numbers listed after
"including" / "among them" / "of whom" are parts of the total before them
(:attr:`Figure.part_of`); so is N in "N X were among the M Y killed" ("Three children were
among the 12 people killed": the 12, then the three as its part, both killed). "N of the M
people ...": N takes the verb, M its own noun ("300 of the 3,500 inmates took part").

The party is an alias in the noun phrase, which ends at a verb, a relative pronoun, a
subordinate clause or an agent ("11 others wounded when IS cells ambushed": no party), and,
after its people word, at a reduced relative clause or the event ("12 people killed in a
Turkish drone strike", "seven others wounded in an IS ambush": the attacker named there is
never the victims' party). With no alias: "its fighters" are the claimant's; "N others" / "N
more" are of the count before ("Four members of the SDF were killed and seven others
wounded": SDF); a part is of its whole ("Five civilians, including two women": civilians);
soldiers or troops with no nationality are the Syrian government's when it is the claimant
("Syrian state media said 17 soldiers had died"), nobody's otherwise; the displaced are
civilians. "one" after a preposition is a count only before people or "of" ("seven people
from one family": seven).

With no alias in the noun phrase, the words around the count name the side
(:func:`_people_named_around`; the words are ``people_of`` in ``corpus/rules/figures.yaml``):
a sponsor ("fighters loyal to Ankara", "pro-Ankara rebels", "Tehran-backed gunmen", "people
working for the organization", "21 of the organization's members"); "N of its X" (the side
just before the count in its clause, else the one that speaks, else the claimant, else a
ministry of the data by era, else the side the sentence before ends on); an apposition or a
bracket ("16 security personnel, most of them from the General Security", "described as IS
cadres", "(all of them civilians)"); "N of the attackers" (the side told as attacking here or
in the sentence before); a claimant's word for the other side (the SDF's "mercenaries": the
side it fights in the article); after the fall of the former government (``fall``), bare
security personnel and police are the General Security's and "loyal to Assad" the Assad
loyalists'; people killed in a displacement camp with no side named are its residents.
"The dead were (all) X" after a toll names the toll's side; a bare count ("Two were
killed") takes the side the sentence before names as struck or carried.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache
from typing import Any, NamedTuple

from corpus import _rules
from corpus._context import NON_ACTORS, Context, gated_later
from corpus._text import ascii_twin, list_item, lower, trie_regex
from corpus.aliases import AliasMatch, parties
from corpus.attribution import clause_attribution, has_contrast
from corpus.dates import MONTHS
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
    "mercenaries", "tribesmen",
    "displaced", "refugees", "elements", "recruits", "foreigners", "militiamen", "servicemen",
    "captives", "escapees", "fugitives", "kurds", "fighter", "soldier", "civilian", "person",
    "member", "child", "detainee", "prisoner", "lives", "citizens", "morts", "civils",
    "jihadistes", "membres", "blessés", "combattants", "soldats", "personnes", "enfants",
    "villagers", "farmers", "shepherds", "journalists", "medics", "paramedics", "doctors",
    "nurses", "patients", "students", "pupils", "teachers", "worshippers", "passengers",
    "migrants", "volunteers", "rescuers", "babies", "infants", "teenagers", "relatives",
    "survivors", "leaders", "commanders", "mercenaries", "operatives", "cadres", "guerrillas",
    "defectors", "cooks", "aides", "bodyguards", "brothers", "sisters", "sons", "daughters",
    "wives", "husbands", "fathers", "mothers", "siblings", "cousins", "forces", "killings",
    "murders", "loyalists", "supporters", "woman", "man", "boy", "girl", "refugee", "resident",
    "druze", "bedouins", "alawites", "service members",
    "shepherd", "farmer", "teenager", "journalist", "policeman", "officer", "guard", "worker",
]  # fmt: skip
#: Category words inside the noun phrase ("181 dead"); the first five are strong cues.
_NOUN_WORDS: list[tuple[Category, list[str]]] = [
    (
        "killed",
        [
            "dead",
            "killed",
            "deaths",
            "fatalities",
            "bodies",
            "lives",
            "morts",
            "tués",
            "killings",
            "murders",
        ],
    ),
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
                "neutralised", "massacred", "death toll", "toll", "shot dead", "beheaded",
                "gunned down", "succumbed", "claimed the lives", "mourned", "mourns",
                "eulogised", "eulogized", "funerals of"]),
    ("injured", ["wounded", "wounding", "injured", "injuring", "hurt", "maimed",
                 "sustained injuries", "sustained wounds", "suffered injuries", "suffered wounds"]),
    ("escaped", ["escaped", "escape", "escaping", "fled the prison", "fled the jail",
                 "fled the facility", "broke out", "on the run", "at large", "on the loose"]),
    ("surrendered", ["surrendered", "surrender", "surrendering", "gave themselves up",
                     "given themselves up", "handed themselves over", "handed themselves in",
                     "laid down their arms", "turned themselves in"]),
    ("released", ["released", "releasing", "freed", "freeing", "rescued", "liberated", "set free"]),
    ("detained", ["detained", "detaining", "arrested", "arresting", "captured", "capturing",
                  "imprisoned", "jailed", "in custody", "taken prisoner", "abducted", "kidnapped",
                  "held", "recaptured",
                  "rounded up", "apprehended", "hostage", "captive"]),
    ("displaced", ["displaced", "fled their homes", "left their homes", "driven from their homes",
                   "forced from their homes", "driven", "forced to flee", "fled", "uprooted",
                   "evacuated"]),
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
    where cues overlap) run, to tell which category it is. "held" at the end of a
    hyphenated word is no cue ("IS-held", "rebel-held" hold nobody).
    """

    def __init__(self, pats: list[tuple[Category, list[str]]]) -> None:
        self._any = re.compile(rf"\b(?:{trie_regex(w for _, words in pats for w in words)})\b")
        self._which = re.compile(
            r"\b(?:" + "|".join(f"(?P<{cat}>{trie_regex(words)})" for cat, words in pats) + r")\b"
        )
        self._held = any("held" in words for _, words in pats)

    def ascii_twin(self) -> _Cues:
        """Return the same cues compiled with ``re.ASCII`` (see :func:`corpus._text.ascii_twin`)."""
        twin = object.__new__(_Cues)
        twin._any, twin._which = ascii_twin(self._any), ascii_twin(self._which)
        twin._held = self._held
        return twin

    def _search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Find the next cue from ``pos`` ("held" in "IS-held" is none)."""
        m = self._any.search(text, pos)
        while m is not None and self._held and text.startswith("-held", m.start() - 1):
            m = self._any.search(text, m.end())
        return m

    def first(self, text: str) -> Category | None:
        """Return the category of the first cue in ``text`` (None without one)."""
        m = self._any.search(text)
        if m is not None and self._held and text.startswith("-held", m.start() - 1):
            m = self._search(text, m.end())
        if m is None:
            return None
        return self._which.match(text, m.start()).lastgroup  # type: ignore[union-attr,return-value]

    def find(self, text: str) -> tuple[Category, int, int] | None:
        """Return the category of the first cue in ``text``, where the cue starts and ends."""
        m = self._any.search(text)
        if m is not None and self._held and text.startswith("-held", m.start() - 1):
            m = self._search(text, m.end())
        if m is None:
            return None
        which = self._which.match(text, m.start())
        return which.lastgroup, m.start(), which.end()  # type: ignore[union-attr,return-value]

    def every(self, text: str) -> list[Category]:
        """Return the categories of all cues in ``text``, in order, as :meth:`last` reads them."""
        found: list[Category] = []
        pos = 0
        while (m := self._any.search(text, pos)) is not None:
            if self._held and text.startswith("-held", m.start() - 1):
                pos = m.end()
                continue
            which = self._which.match(text, m.start())
            found.append(which.lastgroup)  # type: ignore[union-attr,arg-type]
            pos = which.end()  # type: ignore[union-attr]
        return found

    def last(self, text: str) -> Category | None:
        """Return the category of the last cue in ``text``, cues read as ``finditer`` would."""
        found = None
        pos = 0
        while (m := self._any.search(text, pos)) is not None:
            if self._held and text.startswith("-held", m.start() - 1):
                pos = m.end()
                continue
            found = self._which.match(text, m.start())
            pos = found.end()  # type: ignore[union-attr]
        return found.lastgroup if found is not None else None  # type: ignore[return-value]


_PEOPLE = _words(_PEOPLE_WORDS)
_NOUN_STRONG = _Cues(_NOUN_WORDS[:5])
_NOUN_WEAK = _Cues(_NOUN_WORDS[5:])
_VERBS = _Cues(_VERB_WORDS)
#: Where the noun phrase after a number ends: punctuation, a verb, a relative pronoun, a
#: subordinate clause ("when IS cells ambushed") or the agent ("by Turkish shelling").
_NP_STOP = re.compile(
    r"[,;:!?()“”\"]|\.(?<!\b[A-Z]\.)|\b(?:"
    + trie_regex(
        ["were", "was", "have", "has", "had", "are", "is", "will", "would", "who", "which",
         "that", "since", "on", "when", "while", "where", "after", "before", "because", "as",
         "but", "during", "near", "by", "in the attack", "in attack", "in the clashes",
         "in clashes", "in the fighting", "in fighting"]
    )
    + r")\b"
)  # fmt: skip
_OPEN_QUOTE = re.compile(r"\s?[\"“‘'«]")
_PARTS = re.compile(
    r"\b(?:including|among\s+them|of\s+whom|among\s+whom|among\s+those|among\s+the\s+dead|"
    r"dont)\b|:"
)
_OF_THEM = re.compile(r"^\s*of\s+(?:them|whom)\b")
_ASIDE = re.compile(r",\s*(?:including|who|which|among\s+them|some|most\s+of\s+them)\b[^,]*,")
_LIST_GO_ON = re.compile(
    r"^[^.;:!?]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+et\s+)$"
)
_OWN = re.compile(
    r"\b(?:its|our|their\s+own)\s+(?:fighters|forces|members|soldiers|men|troops|personnel)\b"
)
#: "seven others", "two more": the party of the count before ("four SDF members were killed
#: and seven others wounded").
_OTHERS = re.compile(
    r"^\s*(?:(?:others|more)\b|other\s+(?!(?:people|persons|individuals|civilians|children)\b)"
    r"(?=[a-z]))"
)
_LINKED = re.compile(
    r"\b(?:suspected\s+of|affiliated\s+with|linked\s+to|members\s+of|loyal\s+to)\b"
)


def _governs(pats: list[tuple[str, list[str]]], fillers: list[str]) -> re.Pattern[str]:
    r"""Match the reversed text before a count when it ends in a verb that governs the count.

    "killed 19 people", "wounded more than 30", "arrested five", "the deaths of 224 civilians",
    "raising the toll to 40": the verb (or noun with "of") right before the count, with only
    spaces and one of ``fillers`` ("a total of", "another") between, says what happened to
    the people counted. Read backwards, as :func:`_ends_before` explains: one ``match`` at the
    start of ``before[::-1]``; the group that matched (``lastgroup``) is the category.
    """
    fill = trie_regex(w[::-1] for w in fillers)
    groups = "|".join(f"(?P<{cat}>{trie_regex(w[::-1] for w in words)})" for cat, words in pats)
    return re.compile(rf"\s+(?:(?:{fill})\s+)?(?:{groups})\b")


#: Transitive verbs, and nouns with "of", whose object is the count that follows them. Only
#: verbs whose object is people or a toll: not "held" or "launched" ("held 3 meetings").
_GOVERN_WORDS: list[tuple[str, list[str]]] = [
    ("killed", ["killed", "killing", "kills", "executed", "executing", "massacred", "slew",
                "martyred", "martyring",
                "neutralized", "neutralised", "neutralizing", "neutralising", "eliminated",
                "eliminating", "beheaded", "gunned down", "shot dead", "deaths of", "death of",
                "killing of", "killings of", "bodies of", "remains of", "lives of", "execution of",
                "executions of", "massacre of", "toll rose to", "toll has risen to",
                "toll had risen to", "toll climbed to", "toll reached", "toll stood at",
                "toll stands at", "toll to", "toll of", "toll at", "lost", "elimination of",
                "losses rose to", "losses have risen to", "losses had risen to", "losses to",
                "losses climbed to", "losses reached", "losses stood at", "losses at"]),
    ("injured", ["wounded", "wounding", "wounds", "injured", "injuring", "injures", "maimed",
                 "injury of", "injuries of", "wounding of"]),
    ("detained", ["arrested", "arresting", "arrests", "arrest of", "detained", "detaining",
                  "detains", "detention of", "captured", "capturing", "captures", "capture of",
                  "recaptured", "recapturing", "apprehended", "abducted", "abducting",
                  "abduction of", "kidnapped", "kidnapping", "kidnapping of", "rounded up"]),
    ("released", ["released", "releasing", "releases", "release of", "freed", "freeing", "frees",
                  "rescued", "rescuing", "rescue of", "liberated", "set free"]),
    ("displaced", ["displaced", "displacing", "displacement of", "uprooted", "evacuated",
                   "evacuating", "evacuation of"]),
    ("escaped", ["escape of"]),
    ("surrendered", ["surrender of"]),
    # a toll or number that rose: the category of the cue before it (see _governor)
    ("rise", ["rose to", "risen to", "climbed to", "increased to", "jumped to", "rising to",
              "bringing it to", "reached"]),
    # "the number of civilians killed ... are 11", "stands at 40": only after "number of"
    ("copula", ["are", "is", "was", "were", "stands at", "stood at"]),
]  # fmt: skip
_GOVERN_FILLERS = ["a total of", "another", "a further", "an additional", "the remaining", "all",
                   "only", "his", "her", "their", "its", "our"]  # fmt: skip
_GOVERNS = _governs(_GOVERN_WORDS, _GOVERN_FILLERS)
#: What may follow a count with no people word when a verb governs it ("wounded more than
#: 30, according to", "killed 4 and wounded 7", "arrested five on Monday"): punctuation, the
#: end, a conjunction or a preposition; never a noun ("carried out 12 strikes").
_BARE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$|(?:and|or|in|on|at|near|during|when|while|after|before|as|including|"
    r"among|across|from|with|since|over|of\s+(?:them|whom))\b)"
)
#: A count as the subject of a casualty verb, with no people word: "Four were killed", "21
#: were wounded", "nine died", "three others had been arrested"; or with up to four words
#: between when the verb is said of people only: "294 Turkish-backed factions were killed"
#: (not "5 IS attacks killed 30": an object after the verb makes it active).
_SUBJECT = re.compile(
    r"\s+(?:(?:were|was|are|have|has|had)\s+(?:(?:been|also|later|reportedly|all|since)\s+)*)?"
    r"(?:killed|died|dead|wounded|injured|hurt|arrested|detained|captured|abducted|kidnapped|"
    r"freed|released|rescued|escaped|surrendered|missing|executed)\b"
    r"|\s+(?:[\w'’-]+\s+){1,4}?(?:(?:were|was|are|have|has|had)\s+(?:(?:been|also|later|"
    r"reportedly|all|since)\s+)*)?(?:killed|died|dead|wounded|injured|hurt|arrested|detained|"
    r"abducted|kidnapped|executed)\b(?!\s+(?:\d|a|an|the|some|more|dozens|hundreds|several)\b)"
)
#: People who speak are sources, not figures: "Fifteen people were killed, two officials said".
_SPEAKERS = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?(?:said|say|says|told|stated)\b(?!\s+to\b)")
#: A relative pronoun opens a clause about the people counted ("five IS fighters who had
#: fled"): its verb is not the main one when another follows.
_RELATIVE = re.compile(r"who|which|that")
#: "300 of the 3,500 inmates": the text between a part and the whole it is taken from.
_PARTITIVE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?$")
#: Where the party of a count can no longer be named, after its people word: a reduced
#: relative clause ("12 people killed in a Turkish drone strike", "seven others wounded in an
#: IS ambush") or a prepositional phrase of the event ("in an IS attack", "in the Russian
#: raids"). What follows is the event and its attacker, never the victims' party.
_PARTY_END = re.compile(
    r"\s(?:killed|wounded|injured|hurt|dead|died|arrested|detained|captured|abducted|kidnapped|"
    r"executed|displaced|freed|released|rescued|missing|evacuated|surrendered|fled|escaped|"
    r"in\s+(?:a|an|the)\s(?!ranks\b)|"
    r"(?:in|during|over|amid|since)\s+(?:two|three|four|five|six|seven|several|recent|past|"
    r"clashes|battles|fighting|attacks|raids|strikes|shelling|\d))"
)
#: "N X were among the M Y killed": N is a part of M ("Three children were among the 12
#: people killed"); the text between N's noun phrase and M.
_AMONG = re.compile(r"\s*(?:were|was|are|is)\s+(?:(?:also|reportedly|all)\s+)?among\s+(?:the\s+)?$")
#: Soldiers named by no nationality ("17 soldiers"): whose they are is decided by
#: :func:`_soldiers_of` (the claiming state's, else the Syrian army's unless the sentence
#: names another country's forces).
_TROOPS = re.compile(
    r"\s*(?:(?:army|military)\s+)?(?:soldiers?|troops|servicemen|conscripts)\b"
    r"|\s*(?:army|military)\s+personnel\b"
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
_PARTY_END_FR = re.compile(
    r"\s(?:tu[ée]e?s?|bless[ée]e?s?|mort[es]*|arr[êe]t[ée]e?s?|enlev[ée]e?s?|d[ée]plac[ée]e?s?|"
    r"(?:dans|lors)\s+(?:d['’]une?|une?|la|le|les|l['’]))"
)
_AMONG_FR = re.compile(r"\s*(?:figurent|figuraient|sont|étaient)\s+parmi\s+(?:les\s+)?$")
_TROOPS_FR = re.compile(r"\s*(?:soldats?|militaires)\b")
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
#: "ont tué 19 personnes", "blessant plus de 30", "la libération de 32 employés".
_GOVERN_WORDS_FR: list[tuple[str, list[str]]] = [
    ("killed", ["tué", "tuant", "exécuté", "abattu", "la mort de", "le décès de", "les corps de",
                "la vie à", "bilan à"]),
    ("injured", ["blessé", "blessant"]),
    ("detained", ["arrêté", "arrêtant", "interpellé", "capturé", "capturant", "enlevé", "kidnappé",
                  "arrestation de"]),
    ("released", ["libéré", "libérant", "relâché", "secouru", "libération de"]),
    ("displaced", ["déplacé", "évacué", "évacuant", "évacuation de"]),
]  # fmt: skip
_GOVERN_FILLERS_FR = ["au total", "encore"]
_GOVERNS_FR = _governs(_GOVERN_WORDS_FR, _GOVERN_FILLERS_FR)
#: How every governing word and filler ends, with the space after it: text before a count
#: that ends otherwise has none (a quick test before the pattern, in :func:`_governor`).
_GOVERN_ENDS = tuple(
    sorted(
        {w[-2:] + " " for words in (_GOVERN_FILLERS, _GOVERN_FILLERS_FR) for w in words}
        | {w[-2:] + " " for _, ws in (*_GOVERN_WORDS, *_GOVERN_WORDS_FR) for w in ws}
    )
)
_BARE_AFTER_FR = re.compile(
    r"\s*(?:[,.;:!?)»]|$|(?:et|ou|dans|à|près|lors|selon|dont|parmi|en|au|aux|sur|depuis|"
    r"pendant)\b)"
)
_NEVER = re.compile(r"(?!)")
_AND = re.compile(r"\s(?:and|or|et|ou)\s")
#: A bare "un"/"une" counts only right before the people it counts ("un civil", "l'un des
#: gardiens"): elsewhere it is the article ("une attaque contre la prison où ... détenus").
_ONE_FR = re.compile(
    r"\s*(?:des\s+|d['’]entre\s+(?:eux|elles)\s+)?(?:" + trie_regex(_PEOPLE_WORDS_FR) + r")\b"
)
#: "one" after a preposition counts only the people right after it ("from one family", "in
#: one day" count nobody; "killed one of them", "including one child" do).
_AFTER_LINK = re.compile(r"\b(?:of|from|in|on|at|for|with|to|into)\s+$")
_ONE_EN = re.compile(r"\s+(?:of\b|(?:" + trie_regex(_PEOPLE_WORDS) + r")\b)")
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
    governs: re.Pattern[str]
    bare_after: re.Pattern[str]
    subject: re.Pattern[str]
    speakers: re.Pattern[str]
    relative: re.Pattern[str]
    partitive: re.Pattern[str]
    party_end: re.Pattern[str]
    among: re.Pattern[str]
    troops: re.Pattern[str]


_EN = _Lang(_PEOPLE, _NOUN_STRONG, _NOUN_WEAK, _VERBS, _NP_STOP, _PARTS, _OF_THEM, _ASIDE,
            _LIST_GO_ON, _OWN, _OTHERS, _LINKED, _MONTH_BEFORE, _UNIT_AFTER, _YEARISH,
            _GOVERNS, _BARE_AFTER, _SUBJECT, _SPEAKERS, _RELATIVE, _PARTITIVE, _PARTY_END,
            _AMONG, _TROOPS)  # fmt: skip
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
    _GOVERNS_FR,
    _BARE_AFTER_FR,
    _NEVER,
    _NEVER,
    re.compile(r"qui|que"),
    re.compile(r"\s+(?:sur|parmi)\s+(?:les\s+)?$"),
    _PARTY_END_FR,
    _AMONG_FR,
    _TROOPS_FR,
)


def extract_figures(ctx: Context) -> list[Figure]:
    """All figures of the article, totals before their parts, in text order."""
    figures: list[Figure] = []
    vague: set[int] = set()  # figures of "people", which name no side
    armed: set[int] = set()  # figures of fighters or members of no side named: never civilians
    lang = ctx.article.language
    pats = _FR if lang == "fr" else _EN_A if ctx.plain else _EN
    for i, s in enumerate(ctx.sents):
        text = s.text
        low = ctx.lowered[i]  # same offsets as text; the word patterns are lower-case
        if figures and pats is not _FR and " were " in low:
            _dead_were(ctx, i, figures)  # "The dead were all members of X": the toll before
        counts = [c for c in find_counts(text, low, language=lang) if not _not_count(low, c, pats)]
        if pats is not _FR:
            was = " was " in low or " has been " in low or " had been " in low
            # "the death of a shepherd"; "killing three SDF members and a civilian"
            listed_one = (
                " of a " in low
                or " of an " in low
                or (bool(counts) and (" and a " in low or " and an " in low))
            )
            if was or listed_one:
                # "An Iraqi woman was found dead"
                counts = _one_person(low, counts, was, listed_one)
        if not counts:
            continue
        att = ctx.attributions[i]
        d, d_end, prec = ctx.date_fields(i)
        # a span of the sentence's own ("in four days", "since Monday"), not its paragraph's
        cum = _cumulative_cues(
            low,
            d_end is not None and bool(ctx.dates[i]),
            id(_cumulative()[2]) in ctx.open_patterns(i),
        )
        item = list_item(text)
        contrast = has_contrast(low)
        # pass 1: noun phrase, own category, and whether the list goes on to the next count
        befores: list[str] = []
        govs: list[tuple[Category | None, int]] = []
        whole: list[bool] = []  # "300 of the 3,500 inmates": the count before is part of it
        prev_end = 0
        for c in counts:
            bef = low[max(prev_end, c.start - 70) : c.start]
            befores.append(bef)
            # a quick test before the pattern: no governing word ends otherwise
            # "rose to" looks back through its clause: "the number of people killed by
            # Turkish drone strikes in areas of north and east Syria has risen to 41"
            govs.append(
                _governor(low[max(prev_end, c.start - 300) : c.start], pats)
                if bef.endswith(_GOVERN_ENDS)
                else _NO_GOVERNOR
            )
            whole.append(prev_end > 0 and len(bef) < 16 and pats.partitive.match(bef) is not None)
            prev_end = c.num_end
        n = len(counts)
        rows = [
            _read_count(
                text,
                low,
                c,
                counts[k + 1].start if k + 1 < n else len(text),
                befores[k],
                govs[k][0],
                govs[k + 1][1] if k + 1 < n else 0,
                k + 1 == n,
                whole[k],
                pats,
            )
            for k, c in enumerate(counts)
        ]
        if True in whole:
            _partitives(rows, whole, low, pats)
        cont: dict[int, int] = {}  # "... and 11 were foreign fighters": the breakdown it goes on
        if pats is not _FR and n > 1 and (" were " in low or " was " in low):
            cont = _copula_goes_on(rows)
        # pass 2: lists take the category of their verb, a total that of its parts
        ppl = [k for k, r in enumerate(rows) if r.people]
        cats: list[Category | None] = [r.category for r in rows]
        if ppl and cats[ppl[0]] is None and figures and _BREAKDOWN.match(low):
            # "Among the casualties were 15 SNA fighters ...": the toll told just before
            cats[ppl[0]] = _breakdown_category(ctx, i, figures[-1])
        next_people = dict(itertools.pairwise(ppl))
        for a, b in zip(reversed(ppl[:-1]), reversed(ppl[1:]), strict=True):
            # "40 of its fighters, 77 guards and four civilians were killed"; "Fourteen
            # people, among them three children, were wounded"
            if cats[a] is None and (
                rows[a].goes_on or pats.parts.search(low, rows[a].number.num_end, counts[b].start)
            ):
                cats[a] = cats[b]
        for a, b in next_people.items():
            # "killed 11 SDF fighters and 23 jihadists"
            if cats[b] is None and rows[a].goes_on:
                cats[b] = cats[a]
        # "Three children were among the 12 people killed": the 12 first, the three its part
        among: dict[int, int] = {}
        order: list[int] | range = range(n)
        if "among" in low or "parmi" in low:
            order = list(order)
            for a, b in next_people.items():
                if (
                    b == a + 1
                    and a not in among.values()
                    and pats.among.fullmatch(rows[a].after, len(rows[a].np_text))
                ):
                    among[a] = b
                    cats[a] = cats[b] or cats[a]
                    order[a], order[b] = b, a
        placed: dict[int, int] = {}  # row -> index of its figure (for "among")
        shared: dict[int, int] = {}  # row -> index of its figure
        # pass 3: totals, parts and records
        total_index: int | None = None
        total_category: Category | None = None
        last_party: str | None = None
        for k in order:
            row = rows[k]
            if not row.people:
                continue
            c, after, np_text, own_noun = row.number, row.after, row.np_text, row.own_noun
            cat = cats[k]
            whole_at = placed.get(among[k]) if among and k in among else None
            in_list = whole_at is not None or (
                total_index is not None
                and (
                    cat is None
                    or cat == total_category
                    # "arrested 16 suspects and killed two of them": a verb of its own
                    or (
                        pats.of_them.match(after) is not None
                        and govs[k][0] in (None, total_category)
                    )
                )
            )
            if whole_at is None and in_list and (own_noun is None or own_noun == total_category):
                cat = total_category
            if cat is None and k == 0 and item:
                # "• 27 members of the SDF" after "killed:"; "- 37 gunmen from the tribes"
                # after "The dead are as follows:" (the list's category before the noun's)
                cat = _list_category(ctx, i, pats)
            if cat is None:
                cat = pats.noun_weak.first(np_text)
            if cat is None:
                continue
            if (
                "of" in np_text[:6]
                and pats.of_them.match(np_text)
                and (verb := pats.verbs.find(np_text)) is not None
            ):
                # "1,000 of them gave themselves up to our forces": "them" is not "our forces"
                np_text = np_text[: verb[1]]
            abs_np = s.start + c.num_end
            hits = ctx.parties_in(abs_np, abs_np + len(np_text))
            if hits and hits[-1].start > abs_np + 1 and pats.party_end.search(np_text):
                # an alias after the noun phrase's first word may be past its end
                reach = _party_reach(np_text, pats)
                hits = [h for h in hits if h.end <= abs_np + reach]
            party = _pick_party(hits, np_text, pats)
            if party is not None and hits:
                party = _named_by_claimant(
                    party,
                    hits[0].surface,
                    att.claimant,
                    low if len(hits) == 1 else "",
                )
            if party is not None and hits:
                party = _named_by_article(ctx, party, hits[0].surface)  # "jihadists" in Idlib
            if (
                hits
                and party == hits[-1].canonical
                and hits[-1].surface.lower() in _people_of().security_nouns
                and ctx.article.published is not None
                and ctx.article.published < _people_of().fall
            ):
                # an alias that is a bare security noun of the rules ("security forces")
                # before the fall, in an article whose only security side is the SDF: the
                # Asayish (else the side the alias table gives)
                party = _security_side(ctx, _people_of()) or party
            if party is None and k in cont:
                # "22 of those killed were Syrians and 11 were foreign fighters", "and five
                # were from the SDF": the copula's complement, else the victims counted before
                party = _copula_party(ctx, i, c.num_end, after) or next(
                    (f.party for f in reversed(figures) if f.category == cat and f.quote != text),
                    None,
                )
            if party is None and pats is not _FR:
                party = _people_named_around(
                    ctx, i, c, np_text, pats, att.claimant,
                    counts[k + 1].start if k + 1 < n else len(low),
                )  # fmt: skip
            if party is None and pats is not _FR and (poss := _POSSESSED.match(np_text)):
                # "27 of the force's own members", "11 dead among the Legion's fighters"
                party = _descriptor_side(ctx, s.start + c.start, poss["d"] or poss["d2"])
                if party is None and poss["p"] in ("soldiers", "troops"):
                    # "nine of the position's soldiers" after "a regime position"
                    party = _soldiers_of(att.claimant, ctx.lowered[i - 1] + " " + low if i else low)
            if party is None and (pats.own.search(np_text) or _THEIR.match(np_text)):
                # "its fighters", "two of our personnel": the claimant's own; "11 of their
                # men", said a source from a side: the source's side
                party = _speaker_side(ctx, i, att.surface)
                if party is None and not _THEIR.match(np_text):
                    party = _own_party(att.claimant)
            if party is None and (
                pats.others.match(np_text)
                or (last_party is not None and _bare_after_and(befores[k], np_text))
            ):
                party = last_party  # "12 SDF fighters were killed and 20 wounded"
                if party is None and pats.others.match(np_text) and figures:
                    # "Six others were wounded": of the figure of a sentence just before
                    party = _recent_party(figures)
                if pats.others.match(np_text):
                    party = _others_of().get(party or "", party)  # children, then others
            if party is None and pats is not _FR and _OF_THEM_EN.match(np_text):
                party = _them_party(ctx, i, c.start)  # "carrying SDF members, killing 4 of them"
                if party is None and _THE_ATTACKERS.search(low, max(0, c.start - 80), c.start):
                    party = _attackers_party(ctx, i, c.start)  # "the attackers; 2 of them"
                if party is None and (w := _ENEMY_THEM.search(low, max(0, c.start - 150), c.start)):
                    # "the mercenaries suffered heavy losses, with 24 of them killed" (per the SDF)
                    party = _enemy_party(ctx, i, c.start, w["w"], att.claimant)
            if party is None and pats is not _FR:
                party = _position_owner(ctx, i, c.start)
                if party is None and i > 0 and not pats.people.search(np_text[:60]):
                    party = _victims_before(ctx, i, c.start)  # "... an SDF vehicle. Two died."
                    if party is None and _OF_THEM.match(np_text):
                        party = _them_before(ctx, i, c.start)  # "army units confronted them"
            if party is None and pats is not _FR and _BARE_FIGHTERS.match(np_text):
                party = _scene_party(ctx, i, c.start)  # "US strikes on X killed 8 fighters"
                if (
                    party is not None
                    and party == _own_party(att.claimant)
                    and _ENEMY_WORD.match(np_text)
                ):
                    party = None  # "the SDF said 41 gunmen were killed": its enemies, not its own
            if party is None and figures and _OF_THOSE.match(np_text):
                # "six of those killed were Syrians": of the victims counted before
                party = next((f.party for f in reversed(figures) if f.category == cat), None)
            if party is None and "number of" in low:
                party = _number_of_party(ctx, i, c.start, counts)
            if party is None and befores[k].endswith("lost "):
                party = _loser(ctx, s.start + c.start)  # "the SDF lost 12 fighters"
                if party is None and _OWN_LOST.search(befores[k]):
                    # "our forces lost 6 fighters", "we lost four members," said X, a
                    # commander of the SDF
                    party = _own_party(att.claimant) or _speaker_side(ctx, i, att.surface)
            if party is None and pats is not _FR and _TOLL_WORD.search(low, 0, c.start):
                # "the SDF's losses rose to 19"; "the casualties of the factions ... rose to 17"
                party = _toll_side(ctx, i, c.start, counts[k - 1].num_end if k else 0)
            if party is None and (
                c.surface == "another" or (_ANOTHER_BEFORE.search(befores[k]) and _bare_np(np_text))
            ):
                # "another", "had captured another 12": the side of the count before
                party = last_party or _recent_party(figures)
            if party is None and pats is not _FR and (" were " in after or " was " in after):
                party = _copula_party(ctx, i, c.num_end, after)  # "44 of the dead were civilians"
            if party is None and pats is not _FR and k + 1 < n and whole[k + 1]:
                # "Six of the 10 people killed were members of X": the copula after the whole
                nxt = rows[k + 1]
                m = _WHOLE_NP.match(nxt.after)
                if m is not None:
                    at = nxt.number.num_end + m.end()
                    party = _copula_party(ctx, i, at, nxt.after[m.end() :])
            if party is None and pats is _FR and _CIVIL_FR.match(np_text):
                party = "civilians"
            if party is None and in_list:
                # "Five civilians, including two women": a part no party names is of its whole
                party = figures[total_index if whole_at is None else whole_at].party  # type: ignore[index]
            if party is None and pats is not _FR and (bare := _BARE_SIDE_NOUN.match(np_text)):
                party = _named_before_as(ctx, s.start + c.start, bare["n"])  # "28 gunmen"
            if party is None and not in_list and pats is not _FR and _GENERIC_ARMED.match(np_text):
                # "Three gunmen were killed" after "the Hamza Division clashed with the
                # Sultan Murad Division"; "14 fighters" under "Iran-backed militias suffer
                # losses": the one side the sentence before, else the headline, names
                party = _carried_side(ctx, i, c.start)
            if (
                party is None
                and item
                and pats is not _FR
                and (_GENERIC_ARMED.match(np_text) or _NO_NOUN.match(np_text))
            ):
                party = _list_topic_side(ctx, i)  # "Losses of the regime forces:\n- 6 killed"
            if party is None and pats.troops.match(np_text):
                # "Syrian state media said 17 soldiers had died"; "the Turkish defence
                # ministry said two soldiers were wounded"; elsewhere bare soldiers are the
                # Syrian army's unless the sentence names another country's forces
                party = _soldiers_of(att.claimant, ctx.lowered[i - 1] + " " + low if i else low)
            if party is None and cat == "displaced":
                party = "civilians"
            if (
                party in _people_of().after_fall_from
                and ctx.article.published is not None
                and ctx.article.published >= _people_of().fall
            ):
                # "members of the security forces" in 2025, by any rule: the new government's
                party = _people_of().after_fall_party
            if contrast:
                att = clause_attribution(ctx, i, c.start)
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
                    part_of=(total_index if whole_at is None else whole_at) if in_list else None,
                    **_period(cum, c, d, d_end, ctx.article.published),
                )
            )
            if party is None and _VAGUE_PEOPLE.match(np_text):
                vague.add(len(figures) - 1)
            elif party is None and _ARMED_NOUN.match(np_text):
                armed.add(len(figures) - 1)
            if among:
                placed[k] = len(figures) - 1
            shared[k] = len(figures) - 1
            last_party = party or last_party
            # parts follow up to the next count of people ("five members of one family,
            # including three children")
            span_end = counts[next_people[k]].start if k in next_people else len(low)
            if not in_list and (
                pats.parts.search(low, c.num_end, span_end) or _has_of_them_next(rows, k, pats)
            ):
                total_index, total_category = len(figures) - 1, cat
        if n > 1 and pats is not _FR:
            _share_the_side(rows, shared, figures)
    if vague and ctx.article.title and pats is not _FR:
        _title_party(ctx.article.title, figures, vague)
    return _same_count_party(figures, vague, armed)


#: Between a count of a headline and its side: up to two words, none that ends the noun
#: phrase ("kills seven IRGC officers"; not "Seven killed in IS attack").
_TITLE_GAP = re.compile(
    r"\s+(?:(?!(?:killed|wounded|injured|dead|died|die|in|by|after|as|at|near|"
    r"from|with|on|during|when)\b)[a-z-]+\s+){0,2}"
)


def _title_party(title: str, figures: list[Figure], vague: set[int]) -> None:
    """Give a figure of "people" the side its headline names for the same count.

    "Israeli strike kills seven IRGC officers" over "the strike killed seven people": the
    seven are the IRGC's; only when the headline names one side for that number, right
    after it.
    """
    low = title.lower()
    found: dict[Any, set[str]] = {}
    hits = parties().find(title, low)
    for c in find_counts(title, low):
        gap = _TITLE_GAP.match(low, c.num_end)
        end = gap.end() if gap else c.num_end
        # the first side that starts within the gap, at a word
        hit = next(
            (h for h in hits if c.num_end < h.start <= end and low[h.start - 1] == " "), None
        )
        if hit is not None:
            found.setdefault(c.number, set()).add(str(hit.canonical))
    for k in sorted(vague):
        sides = found.get(figures[k].number)
        if sides and len(sides) == 1 and figures[k].party is None:
            figures[k] = replace(figures[k], party=next(iter(sides)))


def _same_count_party(figures: list[Figure], vague: set[int], armed: set[int]) -> list[Figure]:
    """Give a figure no party names the party of the same count told elsewhere in the article.

    Real reporting repeats a count from several sources, naming its people once: "150 IS
    fighters surrendered, the Observatory said ... an SDF source said 150 fighters had
    surrendered"; "the six injured were taken to hospital". A figure with no party takes the
    party of the other figures of the same number and category when they all agree on one;
    not one of "people" (indices in ``vague``: "an explosion that killed six people" is not
    the "six Syrian soldiers" of another attack), nor a non-combatant party for fighters or
    members (indices in ``armed``: "three of its members" are not the three children of
    another sentence).
    """
    if len(figures) < 2:
        return figures
    known: dict[tuple[Any, str], set[str]] = {}
    for f in figures:
        if f.party is not None:
            known.setdefault((f.number, f.category), set()).add(f.party)
    if not known:
        return figures
    out = []
    for k, f in enumerate(figures):
        found = known.get((f.number, f.category)) if f.party is None and k not in vague else None
        if found and k in armed:
            found = found - NON_ACTORS
        out.append(replace(f, party=next(iter(found))) if found and len(found) == 1 else f)
    return out


class _Row(NamedTuple):
    """One count of a sentence while its figures are being read."""

    number: Count
    after: str  # text up to the next count (lower-cased)
    np_text: str  # the noun phrase after the number (lower-cased)
    category: Category | None
    goes_on: bool  # a list continues to the next count ("40 fighters, 77 guards and ...")
    people: bool  # the number counts people
    own_noun: Category | None  # a category word in the noun phrase itself ("dead")
    verb: Category | None  # the category its verb gives (governing, of its clause, or before)


#: A count with no noun of its own after "and" ("... were killed and 20 wounded", ", and six
#: were injured"): the first word of its noun phrase, if any, is one of these.
_BARE_WORDS = frozenset(("", "wounded", "injured", "hurt", "dead", "killed", "missing"))
_BARE_NEXT = frozenset(("in", "on", "by", "when", "with", "during", "after", "near", "as"))
_AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+$")
#: "struck an SDF military position, killing two": the position's owner lost the people.
_POSITION = re.compile(
    r"\b(?:struck|targeted|targeting|hit|hitting|attacked|attacking|shelled|shelling|bombed|"
    r"stormed|ambushed|ambushing|(?:attacks?|ambush|assault|raid|(?:air|drone\s+)?strikes?)\s+(?:on|against|targeting)|"
    r"bombing\s+of)\s+(?:(?:a|an|the|one\s+of\s+the|two|three|several)\s+)?(?P<who>[^,;.]{2,40}?)\s+"
    r"(?:military\s+)?"
    r"(?:positions?|checkpoints?|posts?|bases?|outposts?|headquarters|vehicles?|patrols?|"
    r"convoys?|bus(?:es)?|barracks)\b[^.;]{0,40}$"
)


#: "attacked positions of the SDF, killing two": the side after "of" owns the position.
_POSITION_OF = re.compile(
    r"\b(?:struck|targeted|targeting|hit|hitting|attacked|attacking|shelled|shelling|bombed|"
    r"stormed|ambushed|ambushing|(?:attacks?|ambush|assault|raid|(?:air|drone\s+)?strikes?)\s+(?:on|against|targeting)|"
    r"bombing\s+of)\s+(?:(?:a|an|the|one\s+of\s+the|two|three|several)\s+)?(?:military\s+)?"
    r"(?:positions?|checkpoints?|posts?|bases?|outposts?|headquarters|vehicles?|patrols?|"
    r"convoys?|bus(?:es)?|barracks)\s+(?:of|belonging\s+to|held\s+by|manned\s+by|run\s+by)\s+"
    r"(?:the\s+)?(?=[^.;]{0,90}$)"
)


_STRUCK = (
    "struck",
    "target",
    "hit",
    "attack",
    "shell",
    "bomb",
    "storm",
    "ambush",
    "assault",
    "raid",
    "strike",
)
_POSITION_WORDS = (
    *("position", "checkpoint", "post", "base", "headquarters", "vehicle", "patrol", "convoy"),
    *("bus", "barracks"),
)


def _list_category(ctx: Context, i: int, pats: _Lang) -> Category | None:
    """Return the category the sentence introducing the list item ``i`` gives its items.

    "The dead are as follows:", "SOHR documented the deaths of:" then "• 27 members of the
    SDF": the items take the category of the introduction (the last cue in it), which ends
    with a colon or announces what follows.
    """
    j = i - 1
    while j >= 0 and list_item(ctx.sents[j].text):
        j -= 1
    if j < 0 or i - j > 12:
        return None
    intro = ctx.lowered[j]
    if not intro.endswith(":") and "follow" not in intro and "breakdown" not in intro:
        return None
    return pats.verbs.last(intro) or pats.noun_strong.first(intro)


#: "the number of casualties in the ranks of the SDF ... rose to 29": the people counted.
_NUMBER_OF = re.compile(
    r"(?<!\ba\s)\b(?:the\s+)?(?:total\s+)?number\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in\s+the\s+ranks\s+of|among|from|of)\s+(?:the\s+)?"
)


_NUMBER_OF_DIRECT = re.compile(r"(?<!\ba\s)\b(?:the\s+)?(?:total\s+)?number\s+of\s+")


def _number_of_party(ctx: Context, i: int, at: int, counts: list[Count]) -> str | None:
    """Return X in "the number of dead in the ranks of X ... rose to N" (the count at ``at``)."""
    low = ctx.lowered[i]
    found = None
    for m in _NUMBER_OF.finditer(low, 0, at):
        found = m
    if found is None:
        # "the number of regime soldiers and loyalists killed ... has risen to 1,402"
        found = _NUMBER_OF_DIRECT.search(low, 0, at)
        while found is not None and (nxt := _NUMBER_OF_DIRECT.search(low, found.end(), at)):
            found = nxt
    if found is None or any(found.end() <= c.start < at for c in counts):
        return None  # another count stands between: "the number of" is not this count's
    s = ctx.sents[i]
    hits = ctx.parties_in(s.start + found.end(), s.start + min(found.end() + 60, at))
    return str(hits[0].canonical) if hits and hits[0].start == s.start + found.end() else None


#: People counted with no side ("six people", "40 persons"): their party is never inferred.
_VAGUE_PEOPLE = re.compile(r"\s*(?:[a-z-]+\s+)?(?:people|persons|individuals|personnes)\b")
#: "N of the dead were X", "N were members of X": a copula, then the people counted.
_COPULA = re.compile(
    r"^\s*(?:of\s+(?:the\s+)?(?:[a-z]+\s+)?(?:dead|killed|victims|casualties|fatalities|"
    r"wounded|injured|them|those)\s+)?(?:were|was)\s+(?:(?:also|all|mostly)\s+)?"
)
#: The whole of "N of the M people killed were X" up to its copula.
_WHOLE_NP = re.compile(
    r"\s*(?:(?:people|persons|victims|civilians)\s+)?(?:killed|dead|wounded|injured)"
    r"(?=\s+(?:were|was)\b)"
)
#: A count going on with a breakdown by a copula: "... and 11 were foreign fighters".
_WERE_NEXT = re.compile(
    r"\s+(?:were|was)\s+(?!(?:also\s+|later\s+|reportedly\s+)?(?:killed|wounded|injured|hurt|"
    r"arrested|detained|captured|missing|released|freed|abducted|executed|dead|not|no)\b)"
)
#: A definite plural standing for a side named before ("were from the factions").
_THE_SIDE_NOUN = re.compile(
    r"(?:from\s+|of\s+)?the\s+(?P<n>factions|militias|tribes|rebels|mercenaries)\b"
)


def _copula_goes_on(rows: list[_Row]) -> dict[int, int]:
    """Mark the counts that go on with a breakdown by a copula ("N of those killed were X").

    "22 of those killed were Syrians and 11 were foreign fighters, while three were members
    of Hezbollah": the later counts, with no people word of their own, are people too, of
    the breakdown's category. Returns row -> row of the breakdown it goes on with.
    """
    out: dict[int, int] = {}
    head: int | None = None
    for k, r in enumerate(rows):
        if r.people and _OF_THOSE.match(r.after) and _COPULA.match(r.after):
            head = k
        elif head is not None and not r.people and _WERE_NEXT.match(r.after):
            rows[k] = r._replace(people=True, category=rows[head].category)
            out[k] = head
    return out


#: Words that may stand between the copula and the alias ("were members of the SNA").
_COPULA_FILL = re.compile(
    r"(?:(?:members?|fighters?|elements?|militants?|personnel|soldiers?|of|from|the|an?|local|"
    r"foreign|armed|former)\s+)*"
)


def _copula_party(ctx: Context, i: int, num_end: int, after: str) -> str | None:
    """Return X in "N of the dead were X" / "N were X fighters" (the count ending at ``num_end``).

    The alias must open the complement of the copula ("were civilians", "were members of
    the SDF", "were SDF fighters"), so "were killed by IS" gives none.
    """
    m = _COPULA.match(after)
    if m is None:
        return None
    s = ctx.sents[i]
    at = s.start + num_end + m.end()
    hits = ctx.parties_in(at, at + 60)
    low = ctx.lowered[i]
    if not hits or not _COPULA_FILL.fullmatch(low, at - s.start, hits[0].start - s.start):
        side = _THE_SIDE_NOUN.match(low, at - s.start)
        return _side_of_noun(ctx, s.start, side["n"]) if side else None
    return str(hits[0].canonical)


#: A count's noun that stands for a side the article named before with the same noun
#: ("Gunmen loyal to the former regime ambushed ... 28 gunmen were killed", "Turkish-backed
#: factions attacked ... five members of the factions").
_BARE_SIDE_NOUN = re.compile(
    r"\s*(?:armed\s+|(?:fighters|members|militants|elements|gunmen)\s+of\s+the\s+)?"
    r"(?P<n>gunmen|militiamen|factions|militias)\b(?!\s+(?:of|from|loyal|backed|affiliated))"
)


_OF_SIDE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _named_before_as(ctx: Context, at: int, noun: str) -> str | None:
    """Return the one side the article named before ``at`` as ``noun`` with its side.

    With an alias ending in the noun ("pro-Assad gunmen") or a sponsor after it ("gunmen
    loyal to the ousted president"); none when those name two sides.
    """
    sides: set[str] = set()
    low = lower(ctx.article.text[: at + 80])
    for m in re.compile(rf"\b{noun}\b").finditer(low, 0, at):
        head = low.rfind(" ", 0, max(0, m.start() - 1)) + 1  # "pro-Turkish gunmen"
        party = _sponsored(low[head : m.end() + 60], ctx.article.published)
        if party is None and (of := _OF_SIDE.match(low, m.end())) is not None:
            # "gunmen of Arab tribes", "gunmen from the SDF"
            hits = ctx.parties_in(of.end(), of.end() + 40)
            if hits and hits[0].start == of.end() and hits[0].canonical not in NON_ACTORS:
                party = str(hits[0].canonical)
        if party is not None:
            sides.add(party)
    named = _side_of_noun(ctx, at, noun)
    if named is not None:
        sides.add(named)
    return sides.pop() if len(sides) == 1 else None


def _side_of_noun(ctx: Context, before: int, noun: str) -> str | None:
    """Return the one side named before ``before`` with an alias ending in ``noun``.

    "were from the factions" after "Turkish-backed factions": Turkey/SNA; none when the
    aliases ending so name two sides.
    """
    sides = {
        str(h.canonical)
        for h in ctx.party_hits
        if h.start < before and h.surface.lower().endswith(noun) and h.canonical not in NON_ACTORS
    }
    return sides.pop() if len(sides) == 1 else None


#: A sentence breaking down a toll with a word that names no category ("casualties").
_BREAKDOWN = re.compile(r"among\s+the\s+(?:[a-z]+\s+)?(?:casualties|victims)\s+(?:were|are)\b")


def _breakdown_category(ctx: Context, i: int, last: Figure) -> Category | None:
    """Return the category of the toll a breakdown sentence ``i`` goes on with.

    "The clashes killed 50 people ... Among the casualties were 15 SNA fighters": killed,
    when the last figure was read in the sentence just before.
    """
    return last.category if i > 0 and ctx.sents[i - 1].text == last.quote else None


def _recent_party(figures: list[Figure]) -> str | None:
    """Return the party of the last figure read before: "N others" go on with it.

    No figure stands between, however far back it was read: "Three civilians were killed ...
    [background on the town] ... At least six others were injured in the attack" are civilians.
    """
    return figures[-1].party if figures else None


@cache
def _one_person_pattern() -> re.Pattern[str]:
    """Return the pattern of "a/an <person> was <casualty verb>" (nouns and verbs are data)."""
    data = _rules.load("figures")["one_person"]
    return re.compile(
        r"\b(?:(?P<a>an?|one)\s+(?:[\w'’-]+\s+){0,3}?(?:"
        + trie_regex(data["nouns"])
        + r")|(?P<another>another)(?:\s+(?:one|person|"
        + trie_regex(data["nouns"])
        + r"))?)\s+(?:was|has\s+been|had\s+been)\s+(?:(?:also|later|reportedly)\s+)?(?:"
        + trie_regex(data["verbs"])
        + r")\b"
    )


#: Parts of a total follow ("..., among them three women and an elderly man").
_PARTS_CUE = re.compile(r"\b(?:including|among|of\s+whom)\b")


@cache
def _one_person_after() -> re.Pattern[str]:
    """Return the pattern of "a/an <person>" after "the death of" or after "... N X and"."""
    data = _rules.load("figures")["one_person"]
    return re.compile(
        r"\b(?:(?P<of>(?:death|killing|martyrdom|murder|injury|injuring|wounding|arrest|"
        r"abduction|kidnapping|execution)\s+of)|(?P<and>and))\s+(?P<a>an?)\s+"
        r"(?:[\w'’-]+\s+){0,2}?(?:" + trie_regex(data["nouns"]) + r")\b"
        # after "and": the list ends there ("... and a civilian who was with them.")
        r"(?(and)(?=\s*(?:[,.;]|$|who\b|whose\b)))"
    )


def _one_person(low: str, counts: list[Count], was: bool = True, after: bool = True) -> list[Count]:
    """Add a count of one for "a/an <person> was killed" ("A shepherd was shot dead").

    Also after a casualty noun ("the martyrdom of a civilian") and after a count of people
    it is listed with ("killing three SDF members and a civilian").
    """
    found = (
        [
            Count(
                1,
                1,
                1,
                "",
                m["a"] or "another",
                m.start(),
                m.start(),
                m.end(m.lastgroup or 0),
                True,
            )
            for m in _one_person_pattern().finditer(low)
            if m["a"] != "one" and not any(c.start <= m.start() < c.num_end for c in counts)
        ]
        if was
        else []
    )
    if after:
        for m in _one_person_after().finditer(low):
            a = m.start("a")
            if any(c.start <= a < c.num_end for c in counts) or any(f.start == a for f in found):
                continue
            if m["and"] and (
                not any(0 < a - c.num_end < 80 for c in counts)
                or _PARTS_CUE.search(low, max(0, a - 80), a)
            ):
                continue  # "and a civilian" lists one more after a count of people, not a part
            found.append(Count(1, 1, 1, "", m["a"], a, a, a + len(m["a"]), True))
    if not found:
        return counts
    return sorted([*counts, *found], key=lambda c: c.start)


def _bare_after_and(before: str, np_text: str) -> bool:
    """Tell whether a count is a bare one going on with the count before it.

    Right after "and" ("... and 20 wounded"), after "and" and a verb of its own ("killed
    three YPG fighters and wounded five in the attack"), or after a comma with a category
    word ("12 casualties among the YPG, four dead and eight wounded").
    """
    words = np_text.split(None, 2)
    first = words[0] if words else ""
    if _AND_VERB_BEFORE.search(before):
        return first == "" or not first[:1].isalpha() or first in _BARE_NEXT
    return (
        (bool(_AND_BEFORE.search(before)) or (first != "" and before.endswith(", ")))
        and first in _BARE_WORDS
        and (
            len(words) < 2
            or not words[1][:1].isalpha()
            or words[1] in _BARE_NEXT
            or (first != "" and words[1] == "and")  # "four dead and eight wounded"
        )
    )


#: Between a bare count and the next one whose noun phrase it shares: "killed three [and
#: wounded] five members of X", "left eight dead [and] 14 wounded among X".
_SHARED_GAP = re.compile(
    r"\s*(?:dead|killed|wounded|injured)?\s*,?\s*and\s+(?:(?:also\s+)?(?:wounded|injured|"
    r"killed|arrested|detained|captured)\s+)?"
)


def _share_the_side(rows: list[_Row], placed: dict[int, int], figures: list[Figure]) -> None:
    """Give a bare count the side of the count after it that shares its noun phrase.

    "Turkish drones killed three and wounded five members of the Asayish": the three are
    the Asayish's too; "the raid left eight dead and 14 wounded among the regime forces".
    Only a count with no noun of its own, right before "and" (and a casualty verb).
    """
    for k in range(len(rows) - 2, -1, -1):
        if k not in placed or k + 1 not in placed:
            continue
        here, there = figures[placed[k]], figures[placed[k + 1]]
        if here.party is None and there.party is not None and _SHARED_GAP.fullmatch(rows[k].after):
            figures[placed[k]] = replace(here, party=there.party)


#: Before a bare count that goes on with the count before: "had captured another 12".
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further|an\s+additional)\s+$")


def _bare_np(np_text: str) -> bool:
    """Tell whether a count has no noun of its own ("another 12.", "another 12 on Monday")."""
    first = np_text.split(None, 1)[0] if np_text.strip() else ""
    return first == "" or not first[:1].isalpha() or first in _BARE_NEXT


#: "... and wounded five": a bare count after "and" and a casualty verb of its own.
_AND_VERB_BEFORE = re.compile(
    r"\sand\s+(?:also\s+)?(?:wounded|injured|killed|arrested|detained|captured)\s+$"
)


#: A count of the victims already counted ("six of those killed", "two of the dead").
_OF_THOSE = re.compile(
    r"\s*of\s+(?:those|the)\s+(?:killed|dead|wounded|injured|victims|casualties|detained|"
    r"arrested)\b"
)
#: A count's noun naming fighters of no side ("eight fighters", "12 militants").
_BARE_FIGHTERS = re.compile(
    r"\s*(?:(?:armed|local|foreign|allied)\s+)?(?:fighters|militants|gunmen|militiamen|"
    r"combatants|members|elements|operatives|mercenaries)\b(?!\s+(?:of|from|with|in\s+the\s+ranks)\b)"
)
#: After an alias: the side is the attacker ("Turkish drone", "US strikes", "IS attacked").
_ATTACKER_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:air\s*strikes?|strikes?|drones?|shelling|bombardment|"
    r"bombing|warplanes|jets|aircraft|artillery|raids?|attacks?|fire|missiles?|rockets?|"
    r"ambush(?:ed)?|offensive|operation|sniper|killed|attacked|targeted|struck|shelled|"
    r"launched|carried|stormed|hit)\b"
)
#: After an alias: the side speaks ("citing an SDF military source", "a YPG spokesman").
_SPEAKER_AFTER = re.compile(
    r"\s+(?:(?:military|security|media|press|official)\s+)?(?:sources?|officials?|"
    r"spokes(?:man|woman|person)|media|statement|press|commanders?|leaders?)\b"
)
#: Before an alias: the side is the agent ("by the SDF", "carried out by IS").
_AGENT_BEFORE = re.compile(
    r"\b(?<!used )(?<!held )(?<!run )(?<!controlled )(?<!manned )(?:by|from)\s+(?:the\s+)?$"
)


#: What a side calls its enemies, never its own people ("the SDF said 41 gunmen were killed").
_ENEMY_WORD = re.compile(r"\s*(?:armed\s+)?(?:gunmen|militants|mercenaries|terrorists|attackers)\b")


def _scene_party(ctx: Context, i: int, at: int) -> str | None:
    """Return the side bare fighters before ``at`` belong to when their sentence names one.

    "U.S. airstrikes on facilities linked to Iran-backed militias killed eight fighters":
    of the sides the sentence names before the count, those that act (an alias before a
    strike, an attack or a verb of attack, or after "by") are the attackers; when exactly
    one other side is left, the fighters are its.
    """
    s = ctx.sents[i]
    low = ctx.lowered[i]
    if " between " in low[:at]:
        return None  # "clashes between the SDF and the factions killed nine fighters"
    sides: set[str] = set()
    for h in ctx.parties_in(s.start, s.start + at):
        if h.canonical in NON_ACTORS:
            continue
        a, b = h.start - s.start, h.end - s.start
        if (
            _ATTACKER_AFTER.match(low, b)
            or _SPEAKER_AFTER.match(low, b)
            or _AGENT_BEFORE.search(low, max(0, a - 12), a)
            or _SAYS_IT_KILLED.search(low, b, at)
        ):
            continue
        sides.add(str(h.canonical))
    return sides.pop() if len(sides) == 1 else None


#: Between a side and a count: the side says it killed them ("the SDF said it killed 12").
_SAYS_IT_KILLED = re.compile(
    r"\b(?:it|they|we|its\s+[a-z]+|their\s+[a-z]+|our\s+[a-z]+)\s+(?:(?:had|have|has)\s+)?"
    r"(?:killed|neutrali[sz]ed|eliminated)\s+(?:[a-z]+\s+){0,2}$"
)


def _position_owner(ctx: Context, i: int, at: int) -> str | None:
    """Return X in "struck an X position, killing N" (the people of X's position)."""
    s = ctx.sents[i]
    low = ctx.lowered[i]
    if not any(w in low for w in _POSITION_WORDS) or not any(w in low for w in _STRUCK):
        return None
    m = _POSITION.search(low, 0, at)
    if m is None:
        m = _POSITION_OF.search(low, 0, at)
        if m is None:
            return None
        # "attacked positions of the SDF, killing three": the side right after "of"
        hits = ctx.parties_in(s.start + m.end(), s.start + m.end() + 50)
        if hits and hits[0].start == s.start + m.end() and hits[0].canonical not in NON_ACTORS:
            return str(hits[0].canonical)
        return None
    hits = ctx.parties_in(s.start + m.start("who"), s.start + m.end("who"))
    armed = [h for h in hits if h.canonical not in NON_ACTORS]
    if armed:
        return str(armed[-1].canonical)
    who = m["who"].rsplit(None, 1)[-1]
    if who in ("army", "military"):  # "an army bus": the claiming state's, else Syria's
        return _soldiers_of(ctx.attributions[i].claimant, low)
    data = _people_of()
    published = ctx.article.published
    if published is not None and published >= data.fall and data.after_fall.fullmatch(who):
        return data.after_fall_party  # 2025: "ambushed a police patrol"
    return None


def _named_by_claimant(party: str, surface: str, claimant: str, before: str = "") -> str:
    """Return the party a claimant's own word names ("terrorists" in Ankara's mouth: the SDF).

    The words are data: ``party_by_claimant`` in ``corpus/rules/figures.yaml``. ``before``
    is the sentence before the count when the word is the only alias of its noun phrase: a
    claimant's word there also names the agent ("The Turkish army neutralized nine
    terrorists, the ministry said").
    """
    low_claimant = claimant.lower()
    for rule in _party_by_claimant():
        if (
            party == rule["from"]
            and surface.lower() in rule["aliases"]
            and any(w in low_claimant or w in before for w in rule["claimant_words"])
        ):
            return str(rule["party"])
    return party


def _named_by_article(ctx: Context, party: str, surface: str) -> str:
    """Return the party a generic word names in an article about another side.

    "jihadists" are the Islamic State's, but in an article that names Hayat Tahrir al-Sham
    and never the Islamic State by name they are HTS's (data: ``party_by_article`` in
    ``corpus/rules/figures.yaml``).
    """
    low = surface.lower()
    for rule in _party_by_article():
        if party != rule["from"] or low not in rule["aliases"]:
            continue
        named = {h.canonical for h in ctx.party_hits if h.surface.lower() not in rule["aliases"]}
        if rule["party"] in named and rule["from"] not in named:
            return str(rule["party"])
    return party


@cache
def _party_by_article() -> list[dict[str, Any]]:
    rules = _rules.load("figures").get("party_by_article") or []
    return [{**r, "aliases": frozenset(a.lower() for a in r["aliases"])} for r in rules]


@cache
def _others_of() -> dict[str, str]:
    """Return the party "N others" take after a figure of a party (``others_of`` data)."""
    table = _rules.load("figures").get("others_of") or {}
    return {str(k): str(v) for k, v in table.items()}


@cache
def _party_by_claimant() -> list[dict[str, Any]]:
    rules = _rules.load("figures").get("party_by_claimant") or []
    return [{**r, "aliases": frozenset(a.lower() for a in r["aliases"])} for r in rules]


#: The count before was of a side too: "[50] of them from HTS and [40 from the SNA]".
_FROM_THEN_AND = re.compile(r"\s*(?:of\s+(?:them|whom)\s+)?from\s+[^,;:]{1,60}\sand\s$")
_FROM = re.compile(r"\s+(?:from|among)\s+(?:the\s+)?(?:ranks\s+of\s+)?[a-z]")
#: A count of a toll's part told by its place: "including 6 in the town of Dhiban".
_IN_PLACE = re.compile(
    r"\s+(?:in|at|near)\s+(?:the\s+)?(?:town|village|city|countryside|area|camp|vicinity|"
    r"outskirts|district|neighbou?rhood|province|governorate)\b"
)
#: Just before such a part: the cue of the parts, or the part before it ("and 6 in ...").
_PARTS_JUST_BEFORE = re.compile(
    r"\b(?:including|among\s+them|of\s+whom)\s+$|^\s+(?:in|at|near)\s[^.;:]{0,60}?(?:,\s*|\s)and\s+$"
)


@cache
def _cumulative() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Return the cues of a running total (rules data) as one pattern, the perfect, the keys.

    The pattern's groups say what a cue is: ``b`` holds for a count after it ("the toll
    rose to"), ``a`` for one before it ("so far"), ``ba`` both ("in total"), ``s`` is
    "since", ``d`` "N days of fighting". The perfect ("have now been killed") holds for a
    sentence dated by a span. The keys are a quick test: most sentences have none.
    """
    data = _rules.load("figures")["cumulative"]
    before, after = set(data["before"]), set(data["after"])
    pattern = re.compile(
        r"\b(?:(?P<ba>"
        + trie_regex(before & after)
        + r")|(?P<b>"
        + trie_regex(before - after)
        + r")|(?P<a>"
        + trie_regex(after - before)
        + r")|(?P<s>since)|(?P<d>(?:days|weeks|months|years)\s+of\s+(?:"
        + trie_regex(data["spans_of"])
        + r")))\b"
    )
    perfect = re.compile(r"\b(?:" + trie_regex(data["with_a_span"]) + r")\b")
    return pattern, perfect, re.compile(trie_regex(_cumulative_keys()))


@cache
def _cumulative_keys() -> list[str]:
    """Return the key words of the cues of a running total: one of them is in every cue."""
    data = _rules.load("figures")["cumulative"]
    cues = [*data["before"], *data["after"], "since"]
    found = {"toll" if "toll" in c else c if len(c) < 8 else max(c.split(), key=len) for c in cues}
    found |= {"days of", "weeks of", "months of", "years of"}  # "six days of fighting"
    return sorted(found)


# the keys are found by the article's one key scan (Context.open_patterns), not per sentence
gated_later(lambda: [(_cumulative()[2], _cumulative_keys())])


class _Cumul(NamedTuple):
    """Where a sentence's cues of a running total are (offsets in the sentence)."""

    before: int  # the first cue that holds for a count after it (-1: none)
    after: tuple[int, ...]  # cues that hold for a count up to 80 characters before them
    since: tuple[int, ...]  # "since": before or after the count (a start, "since January 20")
    span: bool  # a span in the perfect ("have now been killed in four days", "days of fighting")


def _cumulative_cues(low: str, ranged: bool, keyed: bool = True) -> _Cumul:
    """Find the cues of a running total in a lower-cased sentence (``ranged``: dated by a span).

    ``keyed``: False when the sentence has none of the keys (``Context.open_patterns``).
    """
    pattern, perfect, keys = _cumulative()
    span = ranged and perfect.search(low) is not None  # (rare: a sentence dated by a span)
    if not span and (not keyed or keys.search(low) is None):
        return _NO_CUES
    before = -1
    after: list[int] = []
    since: list[int] = []
    for m in pattern.finditer(low):
        kind, at = m.lastgroup, m.start()
        if kind == "s":
            since.append(at)
        elif kind == "d":
            span = True
        else:
            if kind != "a" and before < 0:
                before = at
            if kind != "b":
                after.append(at)
    if before < 0 and not after and not since and not span:
        return _NO_CUES
    return _Cumul(before, tuple(after), tuple(since), span)


_NO_CUES = _Cumul(-1, (), (), span=False)
_NOT_CUMULATIVE: dict[str, Any] = {}


def _period(cues: _Cumul, c: Count, d: Any, d_end: Any, published: Any) -> dict[str, Any]:
    """Return the cumulative fields of the figure of count ``c`` (see :class:`Figure`).

    A count is a running total after a cue ("the toll rose to", "a total of"), before one
    ("so far", "to date"), near "since" ("since January 20", "the deaths of 373 people since
    the attack on January 20"), or in a sentence telling of a span in the perfect. Its
    period runs from the date "since" gives (else the start of the sentence's span, else
    unknown) to the end of the span, else the publication date for "since", else the
    sentence's date.
    """
    if cues is _NO_CUES:
        return _NOT_CUMULATIVE
    since = any(at < c.start or c.num_end <= at <= c.num_end + 80 for at in cues.since)
    if not (
        since
        or cues.span
        or 0 <= cues.before < c.start
        or any(c.num_end <= at <= c.num_end + 80 for at in cues.after)
    ):
        return _NOT_CUMULATIVE
    if d_end is not None:
        return {"cumulative": True, "period_start": d, "period_end": d_end}
    if since:
        return {"cumulative": True, "period_start": d, "period_end": published or d}
    return {"cumulative": True, "period_start": None, "period_end": d}


_NO_GOVERNOR: tuple[Category | None, int] = (None, 0)
#: The claimant whose soldiers need no nationality (see ``_TROOPS``).
_STATE = "Syrian government"


#: "the number of (the) ... " opening the subject of a count that rose or is.
_NUMBER_OF_HEAD = re.compile(r"(?<!\ba\s)\b(?:the\s+)?(?:total\s+)?number\s+of\b[^.;:]{0,200}$")


def _governor(before: str, pats: _Lang) -> tuple[Category | None, int]:
    """Return the category of the verb governing a count, and that verb's length in ``before``.

    ``before`` is the text before the count. "rose to" / "had risen to" take the category of
    the cue before them in the same clause ("the death toll from Tuesday's bombing had risen
    to 25": killed; "the number of displaced rose to 300,000": displaced).
    """
    m = pats.governs.match(before[-40:][::-1])
    if m is None:
        return None, 0
    if m.lastgroup in ("rise", "copula"):
        head = before[: len(before) - m.end()]
        number_of = _NUMBER_OF_HEAD.search(head)
        if m.lastgroup == "copula" and number_of is None:
            return None, 0  # "the victims were 11 ...": no count of a number
        clause = head[max(head.rfind(","), head.rfind(";"), head.rfind(":")) + 1 :]
        found = pats.verbs.last(clause)
        if found is None and number_of is not None:
            # "the number of fighters who were killed in the shelling, reached nine": the
            # subject's clause, past the comma
            found = pats.verbs.last(head[number_of.start() :])
        return found, m.end()
    return m.lastgroup, m.end()  # type: ignore[return-value]


def _read_count(
    text: str,
    low: str,
    c: Count,
    nxt: int,
    before: str,
    gov: Category | None,
    next_gov: int,
    last: bool,
    want_verb: bool,
    pats: _Lang,
) -> _Row:
    """Read one count: its noun phrase, whether it counts people, and its own category.

    ``before`` is the text before the count (from the count before it), ``gov`` the category
    of the verb governing it (:func:`_governor`), ``next_gov`` the length of the verb
    governing the next count, which is not this count's verb ("Four IS fighters blew
    themselves up, killing 2 SDF members": the four were not killed). ``want_verb``: read the
    verb even when the noun gives the category (for :func:`_partitives`).

    The category comes, in this order, from a category noun in the noun phrase ("181 dead",
    "30 wounded"), from the verb that governs the count ("killed 19 people", "the deaths of
    224 civilians"; it wins over a category word used as an adjective, "killed 11 displaced
    people", unless it only displaces), from the verb of the count's clause ("were killed",
    "died"; after a relative pronoun the last one: "five fighters who had fled Baghuz were
    arrested"), else from the last verb before it in the sentence.

    A count is of people when a people word is in its noun phrase ("27 SDF soldiers"), when
    it is "X of its fighters" or "X of them", or with no noun at all, when a verb governs it
    ("wounded more than 30", "killed 4 and wounded 7") or it is the subject of a casualty
    verb ("Four were killed"). Counts of people who speak are sources ("two officials said").
    """
    # case matters: "is" but not "IS"; a quote opening right after the count is the
    # reporter's distance from the claimant's word ('killed 12 "terrorists"'), not its end
    quoted = _OPEN_QUOTE.match(text, c.num_end, nxt)
    stop = pats.np_stop.search(text, quoted.end() if quoted else c.num_end, nxt)
    after = low[c.num_end : nxt]
    if next_gov:
        after = after[: max(0, len(after) - next_gov)]
    np_text = after[: (stop.start() - c.num_end) if stop else len(after)][:90]
    people = (
        pats.people.search(np_text[:60]) is not None
        or pats.own.search(after[:40]) is not None
        or pats.of_them.match(after) is not None
        or (gov is not None and pats.bare_after.match(low, c.num_end) is not None)
        or pats.subject.match(low, c.num_end) is not None
        # a part of a toll named by its side: "300 dead, including 183 from the rebels"
        or (
            _FROM.match(after) is not None
            and (
                pats.parts.search(before) is not None
                or (before.endswith(" and ") and _FROM_THEN_AND.match(before) is not None)
            )
        )
        # a part of a toll by place: "19 killed, including 6 in the town of X and 13 in Y"
        or (_IN_PLACE.match(after) is not None and _PARTS_JUST_BEFORE.search(before) is not None)
    )
    head = after[:48]  # a quick test before the speakers pattern
    if not people or (
        ("said" in head or "told" in head or "say" in head or "stated" in head)
        and pats.speakers.match(after)
    ):
        return _Row(c, after, np_text, None, False, False, None, None)
    noun = pats.noun_strong.find(np_text)
    if noun and _AND.search(np_text, 0, noun[1]):
        noun = None  # the category noun is before any "and": "killed four civilians and wounded"
    own_noun = cat = noun[0] if noun else None
    if noun and gov is not None and gov != "displaced" and _adjective(np_text, noun[2], pats):
        own_noun = cat = gov  # "killed 11 displaced people", "freed 20 detained fighters"
    elif (
        cat == "injured"
        and ("wounds" in after or "injuries" in after)
        and _DIED_OF_WOUNDS.search(after, 0, 90)
    ):
        own_noun = cat = "killed"  # "two of the wounded later died of their wounds"
    verb = gov
    if verb is None and (cat is None or want_verb):
        # the verb of this count's clause: up to the next count, or past a list
        clause = pats.aside.sub(",", low[c.num_end :] if last else after)
        if stop is not None and pats.relative.fullmatch(stop.group()):
            verb = _main_verb(clause, pats)
        else:
            verb = pats.verbs.first(clause[len(np_text) :] if own_noun else clause)
    if verb is None and (cat is None or want_verb):
        verb = pats.verbs.last(before)
    # a list goes on to the next count unless a verb of its own governs that one
    goes_on = not last and not next_gov and bool(pats.list_go_on.match(after))
    return _Row(c, after, np_text, cat or verb, goes_on, True, own_noun, verb)


#: The wounded counted who then died: "two of the wounded died of their wounds".
_DIED_OF_WOUNDS = re.compile(
    r"\b(?:died|succumbed)\s+(?:(?:later|since|overnight)\s+)?(?:of|from|to)\s+"
    r"(?:their|his|her|the)\s+(?:wounds|injuries)\b"
)


def _adjective(np_text: str, end: int, pats: _Lang) -> bool:
    """Whether the category word ending at ``end`` qualifies a people word ("wounded civilians")."""
    return np_text[end : end + 1] == " " and pats.people.match(np_text, end + 1) is not None


def _main_verb(clause: str, pats: _Lang) -> Category | None:
    """Return the category of the main verb after a relative clause, up to the clause's end.

    "five IS fighters who had fled across the border were arrested" -> detained (the last
    cue); "40 people who were wounded in the blast were evacuated" -> injured (a verb that
    only displaces does not win over an earlier one). Past the clause, the first cue.
    """
    end = next((i for i, ch in enumerate(clause) if ch in ",;.:"), len(clause))
    found = pats.verbs.every(clause[:end])
    if not found:
        return pats.verbs.first(clause)
    strong = [f for f in found if f != "displaced"]
    return strong[-1] if strong else found[-1]


def _partitives(rows: list[_Row], whole: list[bool], low: str, pats: _Lang) -> None:
    """Read "N of the M people ...": N takes the verb of the clause, M its own noun.

    "300 of the 3,500 inmates took part" -> 300 attackers, 3,500 detained; "Eleven of the 15
    people killed were civilians" -> both killed (no verb: the noun of M). ``whole[k]``: the
    count before count k is a part of it.
    """
    for k in range(1, len(rows)):
        of = rows[k]
        if not whole[k] or not of.people:
            continue
        noun = of.own_noun or pats.noun_weak.first(of.np_text)
        verb = of.verb if of.verb != noun else None
        part = rows[k - 1].number
        np_text = low[part.num_end : of.number.num_end + len(of.np_text)]  # for its party
        rows[k - 1] = rows[k - 1]._replace(
            category=verb or noun, people=True, verb=verb, np_text=np_text
        )
        rows[k] = of._replace(category=noun or verb)


def _has_of_them_next(rows: list[_Row], k: int, pats: _Lang) -> bool:
    return k + 1 < len(rows) and pats.of_them.match(rows[k + 1].after) is not None


def _party_reach(np_text: str, pats: _Lang) -> int:
    """Return how far into ``np_text`` the party of its count may be named.

    Up to the end of the noun phrase, or before a reduced relative clause or the event
    after the people word ("12 people [killed in a Turkish drone strike]", "seven others
    [wounded in an IS ambush]"): an attacker named there is not the victims' party.
    """
    people = pats.people.search(np_text)
    if people is None:
        return len(np_text)
    cut = pats.party_end.search(np_text, people.end())
    return cut.start() if cut else len(np_text)


#: "our forces lost 6 fighters", "its units have lost 12": the claimant's own people.
_OWN_LOST = re.compile(
    r"\b(?:(?:our|its|their)\s+(?:forces|fighters|units|ranks|troops)|we)\s+"
    r"(?:(?:has|have|had)\s+)?lost\s+$"
)
#: After a person who speaks: the apposition naming the side he speaks for.
_ROLE_OF = re.compile(
    r",?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:commander|spokes(?:man|woman|person)|head|"
    r"official|leader|member|chief|officer|fighter)\s+(?:in|of|for|with|at)\s+(?:the\s+)?$"
)


#: "N of their men": the people of the side a source speaks for.
_THEIR = re.compile(r"\s*of\s+their\s+(?:own\s+)?(?:men|fighters|members|comrades)\b")


def _speaker_side(ctx: Context, i: int, surface: str) -> str | None:
    """Return the side a source speaks for: named in its words or in the apposition after it.

    '"We lost four fighters," said Abu Ali, a commander of the SDF': SDF; "a source from the
    tribal fighters said 11 of their men": the tribes.
    """
    if not surface:
        return None
    s = ctx.sents[i]
    at = ctx.article.text.find(surface, s.start, s.end)
    if at < 0:
        return None
    inside = [h for h in ctx.parties_in(at, at + len(surface)) if h.canonical not in NON_ACTORS]
    if " " in surface and inside:
        return str(inside[-1].canonical)  # "a source from the tribal fighters"
    for h in ctx.parties_in(at + len(surface), min(s.end, at + len(surface) + 70)):
        gap = ctx.article.text[at + len(surface) : h.start].lower()
        if h.canonical not in NON_ACTORS and _ROLE_OF.fullmatch(gap):
            return str(h.canonical)
    return None


_OF_THEM_EN = re.compile(r"\s*of\s+(?:them|those)\b")
#: People of a side named before "N of them": "members of the SDF", "SDF fighters", "civilians".
_MEMBERS_OF = re.compile(
    r"(?:(?:members|fighters|soldiers|personnel|elements|militants|troops|officers|gunmen)\s+of|"
    r"(?:groups|cells|factions|militias|units|brigades)\s+(?:affiliated\s+(?:to|with)|linked\s+to|"
    r"loyal\s+to|belonging\s+to|of))\s+(?:the\s+)?$"
)
_SIDE_PEOPLE = re.compile(
    r"\s+(?:fighters|members|soldiers|troops|forces|militants|personnel|elements|gunmen|militiamen|"
    r"terrorists|jihadists|insurgents|rebels|mercenaries|suspects)\b"
)
#: Before an alias: the side fought ("clashed with ISIS terrorists, killing 11 of them").
_FOUGHT = re.compile(
    r"\b(?:clashed\s+with|clashes\s+with|fought|fighting|engaged|confronted|repelled|ambushed|"
    r"attacked|pursued|targeted|struck)\s+(?:the\s+)?$"
)


#: After an alias: the side did something to the people "N of them" counts ("Regime forces
#: arrested 23 young men and killed two of them"), so they are not its people.
_SEIZED_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:arrested|detained|captured|abducted|kidnapped|executed|rounded\s+up|"
    r"seized|besieged|surrounded|intercepted|evacuated|expelled|deported)\b"
)


#: After an alias: the side suffered what follows ("SDF fighters were ambushed").
_PASSIVE_AFTER = re.compile(r"\s+(?:was|were|(?:had|has|have)\s+been|came\s+under)\s")


def _them_party(ctx: Context, i: int, at: int) -> str | None:
    """Return the side of the people "N of them" counts, named before it in its sentence.

    "a vehicle carrying members of the SDF, killing four of them": SDF; the last people
    named before the count, only when named as people of a side ("members of X", "X
    fighters") or as civilians, never a bare actor ("IS attacked the town, killing 4 of them").
    """
    s = ctx.sents[i]
    hits = ctx.parties_in(s.start, s.start + at)
    if not hits:
        return None
    h = hits[-1]
    text = ctx.article.text
    low = ctx.lowered[i]
    a, b = h.start - s.start, h.end - s.start
    if _FOUGHT.search(low, max(0, a - 20), a):
        return str(h.canonical)  # "clashed with ISIS terrorists, killing 11 of them"
    people = _SIDE_PEOPLE.match(low, b)
    pos = people.end() if people else b
    if _PASSIVE_AFTER.match(low, pos):
        return str(h.canonical)  # "a patrol of SDF fighters was ambushed, killing two of them"
    if not low.startswith(" and ", pos) and (
        _ATTACKER_AFTER.match(low, pos) or _SEIZED_AFTER.match(low, pos)
    ):
        return None  # "IS terrorists attacked the village, killing three of them"
    if (
        h.canonical in NON_ACTORS
        or _MEMBERS_OF.search(text, max(s.start, h.start - 30), h.start)
        or people
        or _SIDE_PEOPLE.match(" " + h.surface.lower().rsplit(None, 1)[-1])  # "X militiamen"
    ):
        return str(h.canonical)
    return None


def _victims_before(ctx: Context, i: int, at: int) -> str | None:
    """Return the side a bare count ("Two were killed") takes from the sentence before.

    "A drone struck an SDF vehicle near Tal Tamr. Two were killed": the owner of the
    position struck, or the one side named as people carried or hit ("a car carrying
    members of the Asayish"), when the count's own sentence names no side before it.
    """
    s = ctx.sents[i]
    if ctx.parties_in(s.start, s.start + at):
        return None
    j = i - 1
    low = ctx.lowered[j]
    if " between " in low:
        return None
    end = len(low.rstrip(" .;!?\"”'"))
    found = _position_owner(ctx, j, end)
    if found is not None:
        return found
    prev = ctx.sents[j]
    named = [
        h for h in ctx.parties_in(prev.start, prev.start + end) if h.canonical not in NON_ACTORS
    ]
    hurt = {str(h.canonical) for h in named if _SUFFERED_AFTER.match(low, h.end - prev.start)}
    if len(hurt) == 1 and all(
        h.canonical in hurt
        or _AGENT_BEFORE.search(low, max(0, h.start - prev.start - 12), h.start - prev.start)
        for h in named
    ):
        # "A patrol of the SDF came under fire. Two were killed"; "SDF fighters were
        # ambushed by IS cells. Two were killed"
        return hurt.pop()
    speaker, sides = _side_named_before(ctx, j, end)
    if speaker is not None or len(set(sides)) != 1:
        return None
    last = ctx.parties_in(prev.start, prev.start + end)[-1]
    if not _VICTIM_BEFORE.search(
        low, max(0, last.start - prev.start - 50), last.start - prev.start
    ):
        return None  # "SDF fighters raided a house. Two were arrested": not the raiders
    return _them_party(ctx, j, end)


#: After the side a bare count of the next sentence takes: the side suffered ("SDF fighters
#: were ambushed", "an SDF convoy was hit", "a patrol of the SDF came under fire").
_SUFFERED_AFTER = re.compile(
    r"(?:\s+[a-z-]+){0,2}?\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:[a-z]+\s+)?(?:ambushed|attacked|hit|struck|targeted|shelled|bombed|killed|wounded|"
    r"injured)\b|(?:\s+[a-z-]+){0,2}?\s+came\s+under\s+(?:fire|attack)\b"
)
#: Before the side a bare count of the next sentence takes: the side was carried or hit.
_VICTIM_BEFORE = re.compile(
    r"\b(?:carrying|transporting|targeting|targeted|against|ambushed|attacked|struck|hit|"
    r"shelled|bombed)\b[^.;]{0,45}$"
)
#: After an alias: the side did something to "them" ("army units confronted them"), so
#: it is not who "them" stands for.
_AGENT_OF_THEM = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z]+(?:ed|s)\s+(?:them|against\s+them)\b")
#: Before an alias: the side is told something, not a side ("a source told SANA").
_TOLD_BEFORE = re.compile(r"\b(?:told|to|by|according\s+to)\s+(?:the\s+)?$")


def _them_before(ctx: Context, i: int, at: int) -> str | None:
    """Return the side "N of them" opening a sentence counts, from the sentence before.

    "The terrorists, affiliated to HTS, tried to infiltrate, but army units confronted
    them. Nine of them were killed": the one organisation the sentence before names that
    neither speaks, is spoken to, nor does something to "them".
    """
    s = ctx.sents[i]
    if ctx.lowered[i][:at].strip(" \"“'‘") or ctx.parties_in(s.start, s.start + at):
        return None
    prev = ctx.sents[i - 1]
    low = ctx.lowered[i - 1]
    if " between " in low:
        return None
    sides: set[str] = set()
    for h in ctx.parties_in(prev.start, prev.end):
        a, b = h.start - prev.start, h.end - prev.start
        if (
            h.canonical in NON_ACTORS
            or (" " not in h.surface and h.surface.islower() and _LINK_AFTER.match(low, b))
            or _SPEAKS_AFTER.match(low, b)
            or _SPEAKER_AFTER.match(low, b)
            or _AGENT_OF_THEM.match(low, b)
            or _TOLD_BEFORE.search(low, max(0, a - 16), a)
        ):
            continue  # "the terrorists, affiliated to HTS": HTS names them
        sides.add(str(h.canonical))
    return sides.pop() if len(sides) == 1 else None


#: After a common noun the party table maps: a link to the side that names it better.
_LINK_AFTER = re.compile(
    r",?\s+(?:affiliated|linked|loyal|belonging|allied|aligned)\s+(?:to|with)\b"
)


#: Another country's forces named in a sentence: its bare "soldiers" may be theirs.
_FOREIGN_FORCES = re.compile(
    r"\b(?:turk(?:ish|ey|iye)|türkiye|russian?|american|u\.?s\.?|israeli?|iraqi?|iranian?|"
    r"jordanian|lebanese|coalition|french|british)\b"
)
#: Claimants that are states with an army of their own.
_STATE_CLAIMANTS = frozenset(("Syrian government", "Turkey/SNA", "Russia", "US-led coalition"))


def _soldiers_of(claimant: str, low: str) -> str | None:
    """Return whose are soldiers the text names by no nationality ("17 soldiers were killed").

    A state's claim counts its own soldiers (the Syrian or Turkish defence ministry, the
    Turkish army); in any other sentence naming no other country's forces they are the
    Syrian army's (the reports are about Syria); with another country named, nobody's.
    """
    own = _own_party(claimant)
    if own in _STATE_CLAIMANTS:
        return own
    return None if _FOREIGN_FORCES.search(low) else _STATE


def _own_party(claimant: str) -> str | None:
    """Return the party a claimant is ("its fighters" of the SDF: SDF), if it is one."""
    if claimant in parties().canonicals:
        return claimant
    # "Turkish Ministry of National Defence", "SANA (Syrian state news agency)": the
    # country's army
    found = parties().lookup(claimant)
    if found is None:
        for word in claimant.replace("(", " ").split():
            if word[:1].isupper() and (found := parties().lookup(word + " army")) is not None:
                break
    return found


#: Between an actor and "lost" before its count ("the SDF has lost 12 fighters").
_LOST = re.compile(
    r"(?:['’]s?)?(?:\s+(?!(?:who|which|that|and|while|but|as)\b)[a-z-]+){0,2}?"
    r"\s+(?:(?:has|had|have)\s+)?lost\s+$"
)


def _loser(ctx: Context, at: int) -> str | None:
    """Return the party that "lost" the count at ``at`` ("the SDF lost 12 fighters": SDF)."""
    hits = ctx.parties_in(at - 40, at)
    text = ctx.article.text
    if hits and _LOST.match(text, hits[-1].end, at):
        return str(hits[-1].canonical)
    return None


def _pick_party(hits: list[AliasMatch], np_text: str, pats: _Lang) -> str | None:
    if not hits:
        return None
    if len(hits) > 1 and pats.linked.search(np_text):
        armed = [h for h in hits if h.canonical not in NON_ACTORS]
        if armed:
            return str(armed[0].canonical)
    return str(hits[0].canonical)


#: A count's noun naming fighters or members of a side ("three of its members", "five
#: gunmen"): never civilians or children by another count's party.
_ARMED_NOUN = re.compile(
    r"\s*(?:of\s+(?:its|their|our|the)\s+)?(?:[a-z-]+\s+)?(?:fighters|members|soldiers|troops|"
    r"personnel|elements|militants|gunmen|militiamen|combatants|officers|recruits|cadres|"
    r"mercenaries)\b"
)


#: "backed by", "funded by": the noun phrase stops at "by" before the sponsor.
_BACKED = ("backed ", "supported ", "funded ", "sponsored ", "armed ", "financed ", "paid ")
_BY_WHOM = re.compile(r"by\s+(?:[\w'’.-]+\s+){0,2}[\w'’.-]+")


def _people_named_around(
    ctx: Context, i: int, c: Count, np_text: str, pats: _Lang, claimant: str, end: int
) -> str | None:
    """Return the side of a count no alias of its noun phrase names, from the words around it.

    In order: a sponsor ("fighters loyal to Ankara", "pro-Ankara rebels", "people working
    for the organization"); "its" people ("Kataib Hezbollah said two of its fighters"); an
    apposition or bracket after the noun phrase ("16 security personnel, most of them from
    the General Security"); "N of the attackers" (the side that attacked); a claimant's word
    for the other side ("mercenaries" per the SDF).
    """
    reach = _party_reach(np_text, pats) if pats.party_end.search(np_text) else len(np_text)
    sponsored = np_text[:reach]
    if reach == len(np_text) and np_text.endswith(_BACKED):
        # "seven gunmen backed by Tehran": the noun phrase stopped at "by"
        by = _BY_WHOM.match(ctx.lowered[i], c.num_end + len(np_text))
        sponsored += by.group() if by else ""
    party = _sponsored(sponsored, ctx.article.published)
    if party is None and _ITS.search(np_text, 0, 50):
        party = _its_owner(ctx, i, c.start, claimant)
    if party is None:
        party = _apposition_party(ctx, i, c.num_end, end)
    if party is None and _OF_ATTACKERS.match(np_text):
        party = _attackers_party(ctx, i, c.start)
    if party is None and "merc" in np_text[:12]:
        party = _enemy_party(ctx, i, c.start, np_text, claimant)
    if party is None:
        data = _people_of()
        published = ctx.article.published
        if data.after_fall.match(np_text):
            if published is not None and published >= data.fall:
                party = data.after_fall_party  # 2025: "16 security personnel", "policemen"
            elif not _FOREIGN_FORCES.search(ctx.lowered[i]) and "ankara" not in ctx.lowered[i]:
                party = _security_side(ctx, data)  # the Asayish in Hasakah or al-Hol
        elif "camp" in ctx.lowered[i] and data.camp_people.match(np_text):
            party = _camp_party(ctx, i, data)
    return party


def _security_side(ctx: Context, data: _PeopleOf) -> str | None:
    """Return the side whose security forces an article before the fall can only mean.

    The SDF's (the Asayish) when the article names the SDF and neither the Syrian
    government nor Turkey; else nobody's.
    """
    side, unless = data.before_fall
    sides = {h.canonical for h in ctx.party_hits}
    return side if side in sides and not sides & unless else None


def _camp_party(ctx: Context, i: int, data: _PeopleOf) -> str | None:
    """Return the party of people killed in a displacement camp, when no side is named.

    "The camp recorded 79 killings", "12 people were killed inside the camp": its residents
    (civilians), when the sentence names no armed side but the Islamic State (whose cells
    kill in the camps).
    """
    low = ctx.lowered[i]
    if not any(w.search(low) for w in data.camp_where):
        return None
    s = ctx.sents[i]
    if any(
        h.canonical not in NON_ACTORS and h.canonical != "IS"
        for h in ctx.parties_in(s.start, s.end)
    ):
        return None
    return data.camp_party


# --- Whose people a count is when no alias in its noun phrase names them -------------------
# (data: ``people_of`` in corpus/rules/figures.yaml)


class _PeopleOf(NamedTuple):
    """The compiled ``people_of`` data of ``corpus/rules/figures.yaml``."""

    fall: Any  # the date the former government fell
    linked: re.Pattern[str]  # "loyal to" ... sponsor within a few words
    prefixed: re.Pattern[str]  # "pro-ankara", "tehran-backed"
    sponsors: dict[str, tuple[str, str]]  # word -> (party, party after the fall)
    organisations: re.Pattern[str]
    org_party: dict[str, tuple[str, str]]
    enemies: list[dict[str, Any]]
    after_fall: re.Pattern[str]  # "security personnel" of the new government
    after_fall_party: str
    camp_people: re.Pattern[str]  # "people", "killings" of a camp
    camp_where: tuple[re.Pattern[str], ...]
    camp_party: str
    before_fall: tuple[str, frozenset[str]]  # the security side before the fall, and its exceptions
    security_nouns: frozenset[str]  # the bare security nouns ("security forces", "police")
    after_fall_from: frozenset[str]  # parties of the table that are the state's security forces


def _before_after(table: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {
        str(k).lower(): (str(v["party"]), str(v.get("after_fall") or v["party"]))
        for k, v in table.items()
    }


@cache
def _people_of() -> _PeopleOf:
    data = _rules.load("figures")["people_of"]
    sponsors = _before_after(data["sponsors"])
    words = trie_regex(sponsors)
    orgs = _before_after(data["organisations"])
    fall, camps = data["after_fall_nouns"], data["camps"]
    return _PeopleOf(
        data["fall"],
        re.compile(
            rf"\b(?:{trie_regex(data['links'])})\s+(?:[\w'’.-]+\s+){{0,3}}?(?P<w>{words})\b"
        ),
        re.compile(
            rf"\b(?:pro-(?P<p>{words})|(?P<b>{words})-(?:{trie_regex(data['prefixes'])}))\b|"
            rf"^\s*of\s+(?:the\s+)?(?P<o>{words})['’]s?\s"
        ),
        sponsors,
        re.compile(rf"\b(?:{trie_regex(orgs)})\b"),
        orgs,
        [
            {
                **e,
                "words": frozenset(e["words"]),
                "not": frozenset(e["not"]),
            }
            for e in data["enemy_words"]
        ],
        re.compile(
            rf"\s*(?:(?:{trie_regex(fall['before'])})\s+)?(?:{trie_regex(fall['nouns'])})\b"
        ),
        str(fall["party"]),
        re.compile(rf"\s*(?:[a-z-]+\s+)?(?:{trie_regex(camps['nouns'])})\b"),
        tuple(re.compile(w) for w in camps["where"]),
        str(camps["party"]),
        (str(fall["before_fall"]["party"]), frozenset(fall["before_fall"]["unless"])),
        frozenset(str(n).lower() for n in fall["nouns"]),
        frozenset(str(n) for n in fall["from_parties"]),
    )


def _era(pair: tuple[str, str], published: Any, data: _PeopleOf) -> str:
    """Return the party of ``pair`` (before, after) for an article published on ``published``."""
    return pair[1] if published is not None and published >= data.fall else pair[0]


_TERROR_BEFORE = re.compile(r"terror\w*\s+$")


def _sponsored(np_text: str, published: Any) -> str | None:
    """Return the party a noun phrase names by its backer or allegiance.

    "fighters loyal to Ankara", "gunmen backed by Tehran", "41 people working for the
    organization", "pro-Ankara Syrian rebels", "Tehran-backed gunmen": the sponsor word
    after a link (within a few words) or before "-backed" / after "pro-".
    """
    data = _people_of()
    m = data.linked.search(np_text) or data.prefixed.search(np_text)
    if m is None:
        return None
    groups = m.groupdict()
    at = next(g for g in ("w", "p", "b", "o") if groups.get(g))
    word = m[at]
    if word in ("organization", "organisation") and _TERROR_BEFORE.search(np_text, 0, m.start(at)):
        return None  # "the terrorist organization": whose, the claimant says (Ankara: the PKK)
    return _era(data.sponsors[word], published, data)


#: After a count's noun phrase: who the people are, told in an apposition or a bracket
#: ("16 security personnel, most of them from the General Security", "22 suspects,
#: described as IS cadres", "104 killings, with most of the victims residents", "(police)").
_APPOSITION = re.compile(
    r"[^,(;.]{0,60}?(?:,\s*(?:(?:most|all|many|some|half|nearly\s+all|almost\s+all|the\s+majority|"
    r"the\s+bulk)\s+of\s+(?:them|whom)|with\s+(?:most|all|many|the\s+majority)\s+of\s+the\s+"
    r"(?:victims|dead|casualties)|described\s+as|identified\s+as|said\s+to\s+be|believed\s+to\s+be)"
    r"|\s*\(\s*(?:(?:all|most|mostly|mainly)\s+(?:of\s+them\s+)?)?)"
    r"\s*(?:(?:were|are|being|as)\s+)?(?:(?:members|fighters|elements|personnel|cadres)\s+"
    r"of\s+|from\s+(?:the\s+ranks\s+of\s+)?|belonging\s+to\s+|of\s+)?(?:the\s+)?[\"“']?"
)


def _apposition_party(ctx: Context, i: int, num_end: int, end: int) -> str | None:
    """Return the party an apposition or bracket after the count at ``num_end`` names.

    The alias must open what the apposition says of the people ("most of them from the
    General Security", "described as IS 'cadres'", "(police)" names none), before ``end``.
    """
    low = ctx.lowered[i]
    m = _APPOSITION.match(low, num_end, end)
    if m is None:
        return None
    s = ctx.sents[i]
    fill = _NATIONALITIES.match(low, m.end(), end)
    hits = ctx.parties_in(s.start + m.end(), s.start + min(end, m.end() + 60))
    if not hits or not s.start + m.end() <= hits[0].start <= s.start + fill.end():  # type: ignore[union-attr]
        return None
    return str(hits[0].canonical)


#: Adjectives of nationality before the people an apposition names ("Iraqi and Syrian
#: residents"): they may stand before the alias.
_NATIONALITIES = re.compile(r"(?:(?:[a-z]+(?:i|ian|ese|ish)|and)\s+){0,4}")


#: "its" before the people counted: "14 of its personnel", "its fighters".
_ITS = re.compile(
    r"\bits\s+(?:own\s+)?(?:[a-z-]+\s+)?(?:fighters|forces|members|soldiers|men|"
    r"troops|personnel|elements|staff|officers|guards|employees|recruits)\b"
)


#: After an alias: the side speaks ("Kataib Hezbollah, one of the groups targeted, said").
_SPEAKS_AFTER = re.compile(
    r"(?:,[^,.;]{0,60},)?\s+(?:(?:also|later|separately|then)\s+)?(?:said|says|stated|announced|"
    r"added|reported|told|confirmed|claimed|acknowledged|admitted|mourned)\b"
)


def _side_named_before(ctx: Context, j: int, end: int) -> tuple[str | None, list[str]]:
    """Return the sides sentence ``j`` names before offset ``end`` that are organisations.

    Not an attacker ("a Turkish drone struck"), a non-combatant or a common noun the party
    table maps ("militants"): the side that speaks ("Kataib Hezbollah ... said"), if any,
    and the others in order.
    """
    s = ctx.sents[j]
    low = ctx.lowered[j]
    found: list[str] = []
    for h in ctx.parties_in(s.start, s.start + end):
        if h.canonical in NON_ACTORS or (" " not in h.surface and h.surface.islower()):
            continue
        a, b = h.start - s.start, h.end - s.start
        if _SPEAKS_AFTER.match(low, b):
            return str(h.canonical), found
        if _ATTACKER_AFTER.match(low, b) or _AGENT_BEFORE.search(low, max(0, a - 12), a):
            continue
        found.append(str(h.canonical))
    return None, found


#: Between a subject and its count: no punctuation, no clause boundary.
_CLAUSE_BREAK = re.compile(r"[,;:\"“”()]|\b(?:that|which|who|while|and|after|when)\b")


def _subject_before(ctx: Context, i: int, at: int) -> str | None:
    """Return the side named just before the count at ``at`` in the same clause, if any.

    "ISIS has lost 1,154 of its members": ISIS; not across a comma, a quotation or a new
    clause ("Kataib Hezbollah, one of the groups hit, said that two of its fighters").
    """
    s = ctx.sents[i]
    low = ctx.lowered[i]
    hits = ctx.parties_in(s.start + max(0, at - 45), s.start + at)
    if not hits:
        return None
    h = hits[-1]
    b = h.end - s.start
    if h.canonical in NON_ACTORS or _CLAUSE_BREAK.search(low, b, at):
        return None
    if _ATTACKER_AFTER.match(low, b):
        return None  # "Turkish drones killed two of its fighters": not the drones'
    return str(h.canonical)


def _its_owner(ctx: Context, i: int, at: int, claimant: str) -> str | None:
    """Return whose people "N of its X" counts: the organisation "its" stands for.

    The side that speaks before the count in its sentence ("Kataib Hezbollah said two of
    its fighters"), else the claimant when it is a party, else the first side named before
    the count that does not attack ("a Turkish drone struck" does not); else an
    organisation of the data ("The Interior Ministry said 14 of its personnel": the police
    of the government of the day); else the side named last in the sentence before ("a
    patrol of the General Security came under fire. Three of its members were killed").
    """
    subject = _subject_before(ctx, i, at)
    if subject is not None:
        return subject  # "ISIS has lost 1,154 of its members"
    speaker, sides = _side_named_before(ctx, i, at)
    own = speaker or _own_party(claimant) or (sides[0] if sides else None)
    if own is not None:
        return own
    data = _people_of()
    low = ctx.lowered[i]
    orgs = list(data.organisations.finditer(low, 0, at))
    if orgs:
        return _era(data.org_party[orgs[-1].group()], ctx.article.published, data)
    org = data.organisations.search(claimant.lower())
    if org is not None:
        # "the ministry said ... one of its members": the claimant named before in full
        return _era(data.org_party[org.group()], ctx.article.published, data)
    if i > 0 and not low[:at].strip(" \"“'"):
        speaker, sides = _side_named_before(ctx, i - 1, len(ctx.lowered[i - 1]))
        return sides[-1] if sides else speaker
    return None


#: "five of the attackers", "the assailants": people named by what they did.
_OF_ATTACKERS = re.compile(
    r"\s*(?:of\s+the\s+(?:attackers|assailants|raiders|gunmen)|attackers|assailants|raiders)\b"
)
#: After an alias: the side attacked ("IS cells ambushed", "gunmen ... opened fire").
_ATTACKED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:attack(?:ed|s)?|ambush(?:ed)?|opened\s+fire|stormed|raided|"
    r"assaulted|infiltrated|offensive|assault)\b"
)
#: Before an alias: "an attack by", "an ambush carried out by".
_ATTACK_BY = re.compile(
    r"\b(?:attacks?|assault|ambush|raid|offensive)\s+(?:(?:launched|carried\s+out)\s+)?by\s+"
    r"(?:the\s+|an?\s+)?$"
)
#: A claimant's word for the other side named before "N of them" in the same sentence.
_ENEMY_THEM = re.compile(r"\bthe\s+(?P<w>mercenaries)\b[^.]*$")
#: "the attackers" named before "N of them" in the same sentence.
_THE_ATTACKERS = re.compile(r"\bthe\s+(?:attackers|assailants|raiders)\b[^.]*$")
#: How many sentences back the side that attacked may be named ("two of the attackers").
_ATTACKERS_BACK = 8
#: Before an alias: attackers named by what they are ("gunmen from X", "militants of X").
_ATTACKERS_OF = re.compile(
    r"(?:gunmen|attackers|assailants|militants|cells?)\s+(?:from|of|belonging\s+to|"
    r"loyal\s+to|affiliated\s+with)\s+(?:the\s+)?$"
)


def _attackers_party(ctx: Context, i: int, at: int) -> str | None:
    """Return the side of "N of the attackers": the attacker named here or in a sentence before.

    An alias before a verb of attack ("IS cells ambushed", "gunmen from the remnants of the
    former regime opened fire") or after "gunmen from" / "an attack by"; only one side, in
    the nearest sentence (up to a few back) that names an attacker.
    """
    sides: list[str] = []
    back = [(j, None) for j in range(i - 1, max(-1, i - 1 - _ATTACKERS_BACK), -1)]
    for j, end in [(i, at), *back]:
        s = ctx.sents[j]
        low = ctx.lowered[j]
        stop = s.start + (end if end is not None else len(low))
        for h in ctx.parties_in(s.start, stop):
            if h.canonical in NON_ACTORS:
                continue
            a, b = h.start - s.start, h.end - s.start
            if (
                _ATTACKED_AFTER.match(low, b)
                or _ATTACK_BY.search(low, max(0, a - 30), a)
                or _ATTACKERS_OF.search(low, max(0, a - 40), a)
            ):
                sides.append(str(h.canonical))
        if sides:
            break
    return sides[0] if sides and len(set(sides)) == 1 else None


def _enemy_party(ctx: Context, i: int, at: int, np_text: str, claimant: str) -> str | None:
    """Return whom a claimant's word for the other side names ("mercenaries" per the SDF).

    The side named last before the count in the article (this sentence first) that is not
    the claimant's own, its ally or a non-combatant; else the side named after it in the
    sentence ("20 mercenaries were wounded, among them a commander of a regime-backed
    militia"); else the rule's default.
    """
    word = np_text.split(None, 1)[0] if np_text.strip() else ""
    low_claimant = claimant.lower()
    for rule in _people_of().enemies:
        if word not in rule["words"] or not any(w in low_claimant for w in rule["claimant_words"]):
            continue
        s = ctx.sents[i]
        before = [h for h in ctx.parties_in(0, s.start + at) if h.canonical not in rule["not"]]
        if before:
            return str(before[-1].canonical)
        after = [h for h in ctx.parties_in(s.start + at, s.end) if h.canonical not in rule["not"]]
        return str(after[0].canonical) if after else str(rule["default"])
    return None


#: "The dead were all members of pro-Iran militias": the sentence after a toll names its people.
_THE_DEAD_WERE = re.compile(
    r"\bthe\s+(?P<n>dead|killed|slain|victims|wounded|injured)\s+(?:were|are)\s+"
    r"(?:(?:all|mostly|mainly|largely|all\s+of\s+them)\s+)?(?:(?:members|fighters|elements)\s+of\s+)?"
    r"(?:the\s+)?"
)


def _dead_were(ctx: Context, i: int, figures: list[Figure]) -> None:
    """Give the toll of the sentence before ``i`` the side "the dead were X" names in ``i``.

    Only a figure with no party, of the category the noun says, the only one of that
    sentence of that category.
    """
    if i == 0 or not figures:
        return
    low = ctx.lowered[i]
    m = _THE_DEAD_WERE.search(low)
    if (
        m is None
        or low.endswith(("of ", "among "), 0, m.start())
        or any(ch.isdigit() for ch in low[: m.start()])
    ):
        return  # "44 of the dead were civilians" is a part of its own
    s = ctx.sents[i]
    hits = ctx.parties_in(s.start + m.end(), s.start + m.end() + 60)
    if not hits or hits[0].start != s.start + m.end() or hits[0].canonical in ("children",):
        return
    cat = "injured" if m["n"] in ("wounded", "injured") else "killed"
    prev = ctx.sents[i - 1].text
    mine = [k for k, f in enumerate(figures) if f.quote == prev and f.category == cat]
    if len(mine) == 1 and figures[mine[0]].party is None:
        figures[mine[0]] = replace(figures[mine[0]], party=str(hits[0].canonical))


_BULLETS = frozenset(("-", "–", "—"))
#: Quantities too vague to be a figure ("freed several fellow fighters").
_TOO_VAGUE = frozenset(("several", "a few", "a handful", "plusieurs"))
#: Plurals of round numbers ("dozens of", "hundreds", "thousands of", "des centaines de"):
#: an order of magnitude, not a count; real reporting's tallies never rest on them.
_VAGUE_PLURAL = re.compile(
    r"(?:(?:des|plusieurs|quelques)\s+)?(?:tens\s+of\s+|hundreds\s+of\s+|dizaines\s+de\s+|"
    r"centaines\s+de\s+)?(?:dozens|scores|hundreds|thousands|douzaines|dizaines|centaines|"
    r"milliers)(?:\s+(?:of|de|d['’]))?$",
    re.I,
)


@cache
def _population_before() -> re.Pattern[str]:
    """Return the pattern of a population cue ending right before a count ("housing some")."""
    data = _rules.load("figures")["population"]
    return re.compile(
        rf"\b(?:{trie_regex(data['before'])})\s+(?:(?:{trie_regex(data['qualifiers'])})\s+)?$"
    )


#: A word that starts like a month but is none ("martyred 33", "declared 40", "mayor"):
#: the month test reads only a word's first letters.
_NOT_A_MONTH = re.compile(
    rf"\b(?!(?:{trie_regex(MONTHS)})\b)(?:{trie_regex({m[:3] for m in MONTHS})})[a-z]+\.?\s*$"
)


def _not_count(text: str, c: Count, pats: _Lang) -> bool:
    """Dates, years, durations, measures and populations: numbers that count no victims.

    In French a bare "un"/"une" is a count only right before the people it counts; in
    English "one" after a preposition only before people or "of" ("from one family").
    """
    before = text[max(0, c.num_start - 16) : c.num_start]  # the patterns look only at the end
    if (
        not c.is_words
        and pats.month_before.match(before[::-1])
        and text[: c.num_start].strip() not in _BULLETS  # "- 48 fighters": a bullet, no sign
        and (pats is _FR or not _NOT_A_MONTH.search(before))
    ):
        return True
    if c.surface.lower() in _TOO_VAGUE or (c.is_words and _VAGUE_PLURAL.match(c.surface)):
        return True  # "freed several fellow fighters", "hundreds were recaptured": no count
    if _population_before().search(text, max(0, c.num_start - 40), c.num_start):
        return True  # "a prison housing some 3,500 suspects": a population
    if pats.unit_after.match(text, c.num_end):
        return True
    if pats is _FR and c.surface.lower() in ("un", "une") and not _ONE_FR.match(text, c.num_end):
        return True
    if (
        c.surface == "one"  # lower-cased text
        and pats is not _FR
        and _AFTER_LINK.search(before)
        and not _ONE_EN.match(text, c.num_end)
    ):
        return True  # "seven people from one family", "in one day": a determiner
    return (
        not c.is_words
        and 1900 <= c.number <= 2099
        and (
            bool(pats.yearish.search(before))
            or not pats.people.search(text[c.num_end : c.num_end + 40])
        )
    )


# --- Sides named elsewhere than the count's noun phrase (parties round 6) ---------------

#: Words that stand for an organisation or a post of one named before ("the group's
#: fighters", "of the council's fighters", "two of the checkpoint's members").
_DESCRIPTORS = (
    "group|organi[sz]ation|alliance|forces?|council|militia|faction|movement|legion|division|"
    "brigade|battalion|regiment|coalition|army|front|checkpoint|position|post|outpost|base|"
    "convoy|patrol|unit|cell|headquarters"
)
#: A count's noun phrase that names its people by a descriptor: "of the group's fighters",
#: "dead among the Legion's fighters", "27 of the force's own members", "members of the
#: alliance".
_POSSESSED = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:of|among|from)\s+the\s+(?P<d>" + _DESCRIPTORS + r")['’]s?\s+"
    r"(?:own\s+)?(?:[a-z-]+\s+)?(?P<p>fighters|members|personnel|elements|militants|soldiers|"
    r"troops|men|defenders|guards|ranks|gunmen|cadres|recruits|officers|staff|crew)\b"
    r"|\s*(?:fighters|members|personnel|elements|militants|ranks)\s+(?:of|from)\s+the\s+"
    r"(?P<d2>" + _DESCRIPTORS + r")\b(?!['’]|\s+of\b)"
)
#: Between a side and its descriptor: "the ISIS terror group", "an SDF position".
_SIDE_THEN_WORD = re.compile(r"(?:['’]s?)?(?:\s+[a-z-]+){0,2}?\s+$")


def _descriptor_side(ctx: Context, at: int, word: str) -> str | None:
    """Return the side the descriptor ``word`` ("the council", "the checkpoint") stands for.

    The side named last before ``at`` with that word: an alias ending in it ("the Manbij
    Military Council" for "the council's fighters"), the word after a side ("the ISIS terror
    group", "an SDF position") or before one ("a checkpoint of the Asayish", "the Third
    Legion of the Syrian National Army"); none when nothing before names it.
    """
    word = word.removesuffix("s")
    low = lower(ctx.article.text[:at])
    best: tuple[int, str] | None = None
    for h in ctx.party_hits:
        if h.start >= at:
            break
        if h.canonical not in NON_ACTORS and h.surface.lower().rsplit(None, 1)[-1] in (
            word,
            word + "s",
        ):
            best = (h.start, str(h.canonical))
    for m in re.finditer(rf"\b{word}s?\b", low):
        of = _OF_SIDE.match(low, m.end())
        if of is not None:
            hits = ctx.parties_in(of.end(), of.end() + 60)
            if hits and hits[0].start == of.end() and hits[0].canonical not in NON_ACTORS:
                if best is None or m.start() > best[0]:
                    best = (m.start(), str(hits[0].canonical))
                continue
        hits = ctx.parties_in(max(0, m.start() - 50), m.start())
        if (
            hits
            and hits[-1].canonical not in NON_ACTORS
            and _SIDE_THEN_WORD.fullmatch(low, hits[-1].end, m.start())
            and (best is None or m.start() > best[0])
        ):
            best = (m.start(), str(hits[-1].canonical))
    return best[1] if best else None


#: A side's toll before its count: "the SDF's losses rose to 19", "the number of casualties
#: in the ranks of the factions ... increased to 17", "the group's dead reached 12".
_TOLL_NOUNS = r"(?:losses|(?:death\s+)?toll|casualties|fatalities|dead|deaths)"
#: The verb of a toll right before its count ("rose to", "has reached", "stood at").
_RISE_END = re.compile(
    r"\b(?:rose|risen|climbed|reached|increased|jumped|stood|stands)(?:\s+(?:to|at))?"
    r"(?:\s+(?:at\s+least|more\s+than|about|around|nearly|some|over|almost))?\s+$"
)
#: Before a side right after its toll noun: a prefix or up to two words ("pro-", "Syrian").
_NEAR_SIDE = re.compile(r"(?:[a-z]+-|[a-z-]+\s+){0,2}")
_TOLL_WORD = re.compile(r"\b" + _TOLL_NOUNS + r"\b")  # a toll noun anywhere before the count
#: A toll noun and the side it is of: "losses among the", "casualties in the ranks of".
_TOLL_HEAD = re.compile(
    r"\b" + _TOLL_NOUNS + r"\s+(?:among|of|within|in\s+the\s+ranks\s+of)\s+(?:the\s+)?"
    r"(?:ranks\s+of\s+(?:the\s+)?)?"
)
#: A side's toll with a possessive: "the SDF's losses" (after the alias), "the group's toll".
_TOLL_OWN = re.compile(r"['’]s?\s+(?:own\s+)?(?:human\s+)?" + _TOLL_NOUNS + r"\b")
_TOLL_OF_WORD = re.compile(
    r"\bthe\s+(?P<d>" + _DESCRIPTORS + r")['’]s?\s+(?:own\s+)?(?:human\s+)?" + _TOLL_NOUNS
    + r"\b"
)  # fmt: skip


def _toll_side(ctx: Context, i: int, at: int, since: int) -> str | None:
    """Return the side whose toll rose to the count at ``at`` ("the SDF's losses rose to 19").

    The toll named last between ``since`` (the count before) and the count: a toll noun
    then its side ("the casualties among the tribal fighters reached 12"), a side's toll
    ("the SDF's losses"), or a descriptor's ("the group's dead": the side it stands for).
    """
    low = ctx.lowered[i]
    if not _RISE_END.search(low, max(since, at - 40), at):
        return None
    s = ctx.sents[i]
    start = max(since, at - 320)
    best: tuple[int, str] | None = None
    for m in _TOLL_HEAD.finditer(low, start, at):
        hits = ctx.parties_in(s.start + m.end(), s.start + m.end() + 30)
        if (
            hits
            and hits[0].canonical not in NON_ACTORS
            and _NEAR_SIDE.fullmatch(low, m.end(), hits[0].start - s.start)
        ):
            best = (m.start(), str(hits[0].canonical))  # "the casualties of the pro-Turkey cells"
    for h in ctx.parties_in(s.start + start, s.start + at):
        b = h.end - s.start
        if (
            h.canonical not in NON_ACTORS
            and _TOLL_OWN.match(low, b, at)
            and (best is None or b > best[0])
        ):
            best = (b, str(h.canonical))
    for m in _TOLL_OF_WORD.finditer(low, start, at):
        if best is None or m.start() > best[0]:
            side = _descriptor_side(ctx, s.start + m.start(), m["d"])
            if side is not None:
                best = (m.start(), side)
    return best[1] if best else None


#: A count's noun naming armed people of no side: "14 fighters", "three gunmen", "two
#: members"; the side may be named in the sentence before or the headline.
_GENERIC_ARMED = re.compile(
    r"\s*(?:of\s+the\s+)?(?:(?:armed|local|foreign|other)\s+)?(?:fighters|militants|gunmen|militiamen|combatants|"
    r"members|elements|operatives|personnel|cadres)\b(?!\s+(?:of|from|with|in\s+the\s+ranks)\b)"
)
#: After an alias: the side strikes from afar ("Israeli warplanes", "a Turkish drone"), so
#: its own people are not the ones counted.
_REMOTE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:air\s*strikes?|strikes?|drones?|warplanes|jets|aircraft|"
    r"planes|artillery|shelling|bombardment|bombing|missiles?|rockets?|air\s+force)\b"
)


#: Before an alias: the side is a source or is told something ("told SANA", "according to").
_SOURCE_BEFORE = re.compile(r"\b(?:told|according\s+to)\s+(?:the\s+)?$")


def _sides_of(ctx: Context, hits: list[AliasMatch], low: str, base: int) -> set[str] | None:
    """Return the sides ``hits`` name that may have lost people; None across "between"."""
    sides: set[str] = set()
    for h in hits:
        if h.canonical in NON_ACTORS or (" " not in h.surface and h.surface.islower()):
            continue
        a, b = h.start - base, h.end - base
        if (
            _REMOTE_AFTER.match(low, b)
            or _REMOTE_AFTER.match(" " + h.surface.lower().rsplit(None, 1)[-1])  # "Israeli jets"
            or _SPEAKS_AFTER.match(low, b)
            or _SPEAKER_AFTER.match(low, b)
            or _SOURCE_BEFORE.search(low, max(0, a - 16), a)
        ):
            continue
        sides.add(str(h.canonical))
    return sides


#: How many sentences back generic fighters may take their side (further back, the side
#: named is as often the other one: measured on the real-style batches).
_CARRY_BACK = 1


#: A count with no noun of its own: "- 6 killed near X", "- 3:", "- 4 wounded".
_NO_NOUN = re.compile(
    r"\s*(?:$|[^\w\s]|(?:killed|dead|died|wounded|injured|hurt|missing|detained|arrested|"
    r"captured|abducted)\b)"
)


def _list_topic_side(ctx: Context, i: int) -> str | None:
    """Return the one side the lead-in of the list holding sentence ``i`` names.

    "Losses of the regime forces in the Badia:" over "- 6 killed near Sukhnah": an item
    with no people of its own counts the people its list is about; only when the sentence
    that opens the list ends on a colon and names exactly one side that may have lost
    people (not one striking from afar, not a source; never across "between").
    """
    j = i - 1
    while j >= 0 and list_item(ctx.sents[j].text):
        j -= 1
    if j < 0 or not ctx.sents[j].text.rstrip().endswith(":"):
        return None
    lead = ctx.sents[j]
    sides = _sides_of(ctx, ctx.parties_in(lead.start, lead.end), ctx.lowered[j], lead.start)
    return sides.pop() if sides and len(sides) == 1 else None


def _carried_side(ctx: Context, i: int, at: int) -> str | None:
    """Return the side of generic fighters named by the sentence before or the headline.

    "Fighters of the Hamza Division clashed with members of the Sultan Murad Division ...
    Three gunmen were killed": both factions are the SNA's, so the three are. Only when
    the count's own sentence names no side (never across a change of side), the sentence
    before names exactly one side that may have lost people (not one striking from afar,
    not a source), else, when it names none, the headline does.
    """
    s = ctx.sents[i]
    low = ctx.lowered[i]
    if " between " in low or any(
        h.canonical not in NON_ACTORS for h in ctx.parties_in(s.start, s.end)
    ):
        return None  # "150 fighters surrendered to SDF officials, an SDF source said"
    for j in range(i - 1, max(-1, i - 1 - _CARRY_BACK), -1):
        prev = ctx.sents[j]
        plow = ctx.lowered[j]
        if " between " in plow:
            return None
        hits = ctx.parties_in(prev.start, prev.end)
        if any(
            h.canonical not in NON_ACTORS
            and (
                _ATTACKED_AFTER.match(plow, h.end - prev.start)
                or _ATTACK_BY.search(plow, max(0, h.start - prev.start - 40), h.start - prev.start)
            )
            for h in hits
        ):
            return None  # "IS cells attacked a checkpoint. Three fighters were killed": whose?
        sides = _sides_of(ctx, hits, plow, prev.start)
        if sides:
            return sides.pop() if len(sides) == 1 else None
    title = ctx.article.title
    if not title:
        return None
    tlow = title.lower()
    if " between " in tlow:
        return None
    sides = _sides_of(ctx, parties().find(title, tlow), tlow, 0)
    return sides.pop() if sides and len(sides) == 1 else None
