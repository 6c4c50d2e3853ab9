"""Spot place names in running text and resolve them with their context.

The pipeline is small and rule-based, so every decision can be explained:

1. **Spotting.** Runs of capitalised words (with lower-case article prefixes such as
   ``al-Hol``) are matched longest-first against the gazetteer. A match must cover its
   whole capitalised run ("Ned Price" is a person, so "Price" is not a place), must not be
   a common English word, an acronym (``IS``, ``SDF``) or a month.
2. **Theatre.** The country the corpus is about: given (``country=``), else the
   gazetteer's focus country, else :data:`DEFAULT_THEATRE` (Syria). It is never taken from
   an article's dateline, actors or outlet; ``country="auto"`` infers it per text from the
   unambiguous matches and demonyms.
3. **Disambiguation.** Places in the theatre win; elsewhere only countries, capitals,
   major cities (>= 1,000,000), towns of the neighbouring border strip by their exact name
   ("Akcakale", "Nusaybin"), or towns whose country the text names ("in X, Egypt", "the
   Egyptian city of X") are accepted. Among namesakes, the place that locates a name
   decides ("X, Y", "X in the Y countryside", "X, east of Y"), then the distance to the
   other places mentioned; an unknown quarter ("the X neighbourhood") is placed in the
   article's main town.
   People and groups are not places: a name after a title or relative ("Sheikh X", "loyal
   to X", "her son X"), before a verb of saying, an age or a person apposition ("X said",
   "X, 40,", "X, a resident"), or before a group noun ("the X tribe", "the X Military
   Council") gives none (cues in ``geo/data/person_cues.txt``).
   Outlets are not places: a name listed in ``geo/data/outlets.txt`` ("Al-Shorouk", "Al
   Jazeera") or in an outlet position ("reported by X", "told X", "according to X", "X
   reported", "the X newspaper") gives none (a country or capital there is a state
   speaking: metonymy).
4. **Precision cues.** "the provinces of A, B and C", "X province" -> admin1;
   "the city of X", "X city" -> town; "the X neighbourhood" -> neighbourhood;
   "X prison" / "the X detention center" / "X camp" -> the matching site near X (site).
5. **Metonymy.** "Washington urges", "Damascus does not recognize", "led by Washington",
   "Washington's presence", "the US military": the place is kept with ``metonymy=True``.
   A foreign country or capital outside a locative phrase ("fled to Turkey", "the border
   with Iraq") is an actor too, and a list of states shares its members' reading.
"""

from __future__ import annotations

import itertools
import math
import re
import weakref
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from geo._sources import REGION
from geo.gazetteer import DEFAULT_THEATRE, SITE_NOUN_PATTERN, Candidate, Gazetteer, site_codes
from geo.normalize import name_key, spelling
from geo.records import Mention, Place
from geo.typing import Precision

__all__ = ["DEFAULT_THEATRE", "geoparse"]

_TOKEN = re.compile(r"U\.S\.(?:A\.)?|U\.K\.|\w+(?:['’ʿʾ‘`\-]\w+)*['’]?", re.UNICODE)
#: The tokens of ``_TOKEN`` that can be part of a name (capitalised, ``al-`` prefixed or a
#: connector such as "al", "ibn"), found in one scan without visiting the others: a token
#: starts at a word character that does not continue a word or a joined word ("al-Hol").
#: Names are runs of these separated by a space or a hyphen, so dropping the other tokens
#: changes nothing: a dropped word between two kept ones breaks the run as before.
#: The pattern consumes the first character before any test, from a plain superset of the
#: characters a token starts with (capitals, non-ASCII, the first letters of "al-", "ibn",
#: "bin", "abu", "umm"): ``re`` then skips to those characters instead of trying the
#: lookbehinds at every offset. The tests on that character are lookbehinds one further back.
#: A French elision starts a name too: "le camp d'Al-Hol", "l'Euphrate".
_NAME_TOKEN = re.compile(
    r"[A-Zabeiu\x80-\U0010ffff]"
    r"(?<!\w[\s\S])(?:(?<!\w['’ʿʾ‘`\-][\s\S])|(?<=[dlDL]['’][\s\S])(?<!\w[dlDL]['’][\s\S]))"
    r"(?:(?<=U)\.(?:S\.(?:A\.)?|K\.)"
    r"|(?:(?<=[^\W\d_a-z])"
    r"|(?<=a)(?=(?:l|d|r|s|z|sh|t|n|th|dh)[-‑]|(?:l|z|d|r|s|sh|t|n|bu)(?![\w'’ʿʾ‘`\-]\w))"
    r"|(?<=e)(?=(?:l|d|r|s|z)[-‑]|(?:l|z|d|s|r|n)(?![\w'’ʿʾ‘`\-]\w))"
    r"|(?<=i)(?=bn(?![\w'’ʿʾ‘`\-]\w))|(?<=b)(?=in(?![\w'’ʿʾ‘`\-]\w))"
    r"|(?<=u)(?=mm(?![\w'’ʿʾ‘`\-]\w)))"
    r"\w*(?:['’ʿʾ‘`\-]\w+)*['’]?)"
)
#: The same with ``re.ASCII``, for text of ASCII characters only, where it finds the same
#: tokens (``\w`` and the classes built on it agree on every ASCII character) and tests
#: ``\w`` with a table instead of a Unicode look-up.
_NAME_TOKEN_ASCII = re.compile(_NAME_TOKEN.pattern, re.ASCII)
_ARTICLE_PREFIX = re.compile(r"(?i)^(?:al|el|ad|ar|as|az|ash|at|an|ath|adh|ed|er|es|ez)[-‑]")
_DASHES = ("-", "‑")
_CONNECTORS = frozenset(
    {
        "al",
        "el",
        "ez",
        "ad",
        "ar",
        "as",
        "az",
        "ash",
        "at",
        "an",
        "ed",
        "es",
        "er",
        "en",
        "ibn",
        "bin",
        "abu",
        "umm",
    }
)
_ACRONYM_OK = frozenset({"US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE"})
_DEMONYMS = {
    "syrian": "SY",
    "iraqi": "IQ",
    "turkish": "TR",
    "lebanese": "LB",
    "jordanian": "JO",
    "israeli": "IL",
    "iranian": "IR",
    "russian": "RU",
    "american": "US",
    "yemeni": "YE",
    "libyan": "LY",
    "afghan": "AF",
    "ukrainian": "UA",
    "sudanese": "SD",
    "malian": "ML",
}
#: The demonyms as capitalised words (what ``\b[A-Z][a-z]+\b`` finds of them).
_DEMONYM_WORDS = tuple(d.capitalize() for d in _DEMONYMS)
_MAX_TOKENS = 5
_MIN_SIMILARITY = 0.7
#: How close a misspelt name of several words must be to a place's spelling.
_FUZZY_MIN_SIMILARITY = 0.8
_FOREIGN_MIN_POP = 50_000

#: Characters other than its two cases that match a letter ignoring case (``re``, Unicode).
_CASE_FOLDS = {"i": "İı", "k": "K", "s": "ſ"}


def _initials(alternatives: str) -> frozenset[str]:
    """Return the characters a match of ``alternatives`` can start with, ignoring case.

    ``alternatives`` is a regex alternation of words ("city|town|air ?base"). A pattern
    reading such a word after some spaces need not run when another character follows them:
    most names are followed by an ordinary word.
    """
    initials: set[str] = set()
    depth, first = 0, True
    for ch in alternatives:
        if first:
            if not ch.isalpha():
                raise ValueError(f"an alternative does not start with a letter: {alternatives}")
            initials.update((ch.lower(), ch.upper(), *_CASE_FOLDS.get(ch.lower(), "")))
        first = ch == "|" and depth == 0
        depth += (ch == "(") - (ch == ")")
    return frozenset(initials)


def _next_char(after: str) -> str:
    """Return the character after the spaces ``after`` starts with ("" if it starts otherwise)."""
    return after.lstrip()[:1] if after[:1].isspace() else ""


_SITE_AFTER = re.compile(r"^\s+((?:" + SITE_NOUN_PATTERN + r")s?)\b", re.IGNORECASE)
_SITE_INITIALS = _initials(SITE_NOUN_PATTERN)
#: A site named by a place and a generic head ("the Ain Issa silos", "the Tabqa military
#: airport", "Kobani hospital"): the head, after up to two modifiers. The canonical English
#: noun of each head is the lower-cased head itself, or :data:`_HEAD_NOUN`'s.
_SITE_MODIFIERS = (
    r"military|national|central|naval|air|suspension|water|power|thermal|defen[cs]e|border"
    r"|international|civil|old|new|main|oil|gas|grain|cement|sugar|police|displacement"
    r"|refugee|IDP|detention|US|U\.S\.|American|Russian|Turkish|Iranian|coalition|army"
)
_SITE_HEADS = (
    r"air ?base|airport|airfield|dam|base|oil ?field|gas ?field|field|gas plant|power plant"
    r"|water plant|border crossing|crossing|bridge|prison|jail|camp|hospital|roundabout"
    r"|checkpoint|silos|silo|factory|factories|station|refinery|garrison|barracks|depot|port"
)
_SITE_PHRASE_AFTER = re.compile(
    r"\s+(?P<mods>(?:(?:" + _SITE_MODIFIERS + r")\s+){0,2})(?P<head>(?:" + _SITE_HEADS + r")s?)\b",
    re.IGNORECASE,
)
_SITE_PHRASE_INITIALS = _initials(_SITE_MODIFIERS + "|" + _SITE_HEADS)
#: Heads that name no site without a modifier ("the Raqqa field"? a sports ground)
_BARE_NOT_SITE = frozenset({"field", "fields", "plant", "station", "port"})
#: Head first: "the Dam of al-Baath", "Camp X", "Sadd Tishreen", "le barrage de Tichrine"
_SITE_BEFORE_EN = re.compile(
    r"\b(?:the\s+)?(?P<head>dam|prison|camp|air ?base|base|airport|bridge|crossing|hospital"
    r"|silos|refinery)\s+of\s+(?:the\s+)?$|(?P<cap>\b(?:Camp|Base|Fort))\s+$",
    re.IGNORECASE,
)
#: Arabic heads written in Latin letters before the name ("Sadd Tishreen", "Qaidat Hmeimim")
_ARABIC_HEADS = {
    "Sadd": "dam",
    "Qaidat": "base",
    "Qa'idat": "base",
    "Mukhayyam": "camp",
    "Mukhayam": "camp",
    "Matar": "airport",
    "Sijn": "prison",
    "Maabar": "crossing",
    "Ma'bar": "crossing",
    "Haql": "field",
    "Mashfa": "hospital",
    "Mustashfa": "hospital",
    "Duwwar": "roundabout",
}
_SITE_BEFORE_AR = re.compile(r"\b(?P<head>" + "|".join(map(re.escape, _ARABIC_HEADS)) + r")\s+$")
_SITE_BEFORE_FR = re.compile(
    r"\b(?P<head>barrage|base(?:\s+(?:aérienne|militaire|navale|russe|américaine|turque"
    r"|iranienne))?|prison|camp|aéroport(?:\s+militaire)?|champ\s+(?:pétrolier|gazier)|pont"
    r"|poste[- ]frontière|point\s+de\s+passage|hôpital|raffinerie|silos|centrale(?:\s+électrique)?"
    r"|rond-point)\s+(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+)$",
    re.IGNORECASE,
)
_HEAD_NOUN = {
    "barrage": "dam",
    "base aérienne": "airbase",
    "aéroport": "airport",
    "aéroport militaire": "airport",
    "champ pétrolier": "oil field",
    "champ gazier": "gas field",
    "pont": "bridge",
    "poste-frontière": "border crossing",
    "poste frontière": "border crossing",
    "point de passage": "crossing",
    "hôpital": "hospital",
    "raffinerie": "refinery",
    "centrale": "power station",
    "centrale électrique": "power station",
    "rond-point": "roundabout",
    "air base": "airbase",
    "oilfield": "oil field",
    "gasfield": "gas field",
    "fort": "base",
}
_CUE_NOUNS = (
    r"detention (?:center|centre|facility)|air ?base|prison|jail|camp|dam|airport|base"
    r"|neighbou?rhood|quarter|district|oil ?field|gas ?field|bridge|crossing|roundabout"
    r"|border (?:crossing|gate)|field|gas plant"
)
_CUE_NOUN = re.compile(r"\s+(?:" + _CUE_NOUNS + r")s?\b", re.IGNORECASE)
_CUE_INITIALS = _initials(_CUE_NOUNS)
#: The same with a modifier between: "Roj IDP camp", "Mennagh military airbase"
_CUE_NOUN_MODIFIED = re.compile(
    r"\s+(?:military|IDP|displacement|refugee|central|international|naval)\s+(?P<noun>"
    + _CUE_NOUNS
    + r")s?\b",
    re.IGNORECASE,
)
_ADMIN1_NOUNS = r"provinces?|governorates?|countryside|muhafazah?"
_ADMIN1_AFTER = re.compile(r"^\s+(?:" + _ADMIN1_NOUNS + r")\b", re.IGNORECASE)
_ADMIN1_INITIALS = _initials(_ADMIN1_NOUNS)
_ADMIN1_BEFORE = re.compile(r"\b(?:provinces?|governorates?)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TOWN_NOUNS = r"city|town|village"
_TOWN_AFTER = re.compile(r"^\s+(?:" + _TOWN_NOUNS + r")\b", re.IGNORECASE)
_TOWN_INITIALS = _initials(_TOWN_NOUNS)
_TOWN_BEFORE = re.compile(r"\b(?:city|town|village)\s+of\s+$", re.IGNORECASE)
_HOOD_NOUNS = r"neighbou?rhoods?|quarters?"
_HOOD = re.compile(r"^\s+(?:" + _HOOD_NOUNS + r")\b", re.IGNORECASE)
_HOOD_INITIALS = _initials(_HOOD_NOUNS)
_DISTRICT_NOUNS = r"district|sub-?district|region|area"
_DISTRICT = re.compile(r"^\s+(?:" + _DISTRICT_NOUNS + r")\b", re.IGNORECASE)
_DISTRICT_INITIALS = _initials(_DISTRICT_NOUNS)
_DISTRICT_BEFORE = re.compile(r"\b(?:sub-?district|district)\s+of\s+$", re.IGNORECASE)
#: "the Gweiran district of al-Hasakah": a named quarter of the city that follows
_NAMED_DISTRICT_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:sub-?)?district\s+of\s+$")
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)$", re.IGNORECASE)
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|to|into|across|outside|inside|around|towards?|of|on|onto)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

#: Outlet positions: "reported by X", "told X", "according to X", "X reported", "X newspaper".
#: A name there is a newspaper, agency or organisation, not where something happened. The
#: words before a name are read from its end (a regex search anchored at the end of a window
#: tries every position of the window, and this runs for every name in every article).
_OUTLET_LAST = frozenset({"told", "selon"})
_OUTLET_BY = [
    "reported",
    "quoted",
    "cited",
    "interviewed",
    "published",
    "broadcast",
    "aired",
    "carried",
    "report",
]
_OUTLET_PAIRS = frozenset(
    [(w, "to") for w in ("according", "speaking", "said", "says", "spoke", "talking")]
    + [(w, "by") for w in _OUTLET_BY]
    + [("report", "from"), ("wrote", "in"), ("writing", "in"), ("interview", "with")]
    + [
        (w, p)
        for w in ("reporter", "correspondent", "journalist", "editor")
        for p in ("for", "with", "of", "at")
    ]
    + [(w, p) for w in ("indiqué", "indique", "déclaré", "affirmé", "confié") for p in ("à", "a")]
)
_OUTLET_SKIP = frozenset(
    {
        "the", "la", "le", "l'", "l’", "daily", "newspaper", "paper", "weekly", "channel",
        "broadcaster", "agency", "website", "outlet", "journal", "quotidien",
    }
)  # fmt: skip
_AGENCY_NOUNS = frozenset({"agency", "agence", "l'agence", "l’agence"})
_AGENCY_ADJECTIVES = frozenset(
    {
        "officielle", "officiel", "de", "presse", "d'état", "d’état", "étatique", "syrienne",
        "turque", "kurde", "gouvernementale", "publique",
    }
)  # fmt: skip
#: Every word an outlet cue can end on (see :func:`_outlet_before`).
_OUTLET_ENDS = frozenset(
    _AGENCY_ADJECTIVES | _AGENCY_NOUNS | _OUTLET_SKIP | _OUTLET_LAST | {b for _, b in _OUTLET_PAIRS}
)
_OUTLET_AFTER = re.compile(
    r"^(?:['’]s)?[\s-]+(?:daily|newspaper|paper|weekly|news(?:\s+agency|paper|\s+website"
    r"|\s+channel|\s+network)?|agency|TV|television|channel|radio|website|broadcaster"
    r"|reported|reports|quoted|cited|correspondent|journalist|reporter|editor)\b"
    # "Suwayda 24 said", "according to Daraa 24": the local news networks named "<place> 24"
    r"|^[ ]24\b(?![ ]*(?:-|hours?|people|persons|civilians|fighters|members|km|kilomet|miles"
    r"|of|or|and|to|killed|dead|wounded|injured|were|have|had)\b)",
    re.IGNORECASE,
)
#: "according to Raqqa residents": the name qualifies the source, and is a place.
_SOURCE_NOUN_AFTER = re.compile(
    r"^\s+(?:residents?|officials?|sources?|activists?|locals?|people|authorities|council"
    r"|hospitals?|doctors?|health|security|police|military|tribal|civil|medical|local)\b",
    re.IGNORECASE,
)


_GOV_VERBS = (
    r"urges?|urged|said|says|say|backs?|backed|supports?|supported|recogni[sz]es?|recogni[sz]ed"
    r"|accuses?|accused|condemns?|condemned|calls?|called|announce[sd]?|warns?|warned|demands?"
    r"|demanded|rejects?|rejected|denies|denied|welcome[sd]?|insists?|insisted|wants?|wanted"
    r"|claims?|claimed|believes?|believed|commends?|commended|remains?|remained|stated?|states"
    r"|responded|considers?|considered|plans?|planned|agreed?|agrees|refuses?|refused"
    r"|threatens?|threatened|blames?|blamed|sends?|sent|deploy(?:s|ed)?|imposed?|imposes"
    r"|sanction(?:s|ed)?|oppos(?:es?|ed)|continues?|continued|stressed|emphasi[sz]ed"
    r"|reiterated|hopes?|hoped|expects?|expected|intends?|intended|vowed|pledged|decided"
    r"|ordered|allowed|allows|seeks?|sought|fears?|feared|is\s+committed|disagreed?|disagrees"
    r"|argued?|argues|retaliated?|retaliates|protested|objected|summoned|recalled|expelled"
    r"|critici[sz]ed|critici[sz]es|praised?|praises|signed|negotiated?|proposed?|offered?"
    r"|requested|asked|told|informed|declared|approved|vetoed|voted|pushed|pushes|pressed"
    r"|hit\s+back|struck|launched|responded|mediated|brokered|keeps|kept|maintains|maintained"
    r"|started|starts|began|begins|reached|reaches|withdrew|withdraws|pulled\s+out|operates"
    r"|(?:a|ont|avait|avaient|auraient|aurait)\s+(?:men|effectu|frapp|lanc|annonc|bombard|cibl"
    r"|attaqu|d[ée]clar|accus|d[ée]ploy|d[ée]cid|condamn)[ée]e?s?|m[èe]nent|accusent|affirment"
    r"|disput(?:es|ed|ing)|calling|demanding|accusing|urging|backing|supporting|rejecting"
    r"|denying|blaming|insisting|regards|regarded|views|viewed|sees|saw"
    r"|fail(?:s|ed)|declined?|declines|tried|tries|managed|dispatched|reopened|restored|handed"
    r"|acknowledged|admitted|confirmed|dismissed|downplayed|slammed"
    r"|denounced|denounces|ignored|ignores|refrained|agreed|approved|authori[sz]ed"
    # French: "Damas a rejeté", "Ankara n'a pas réagi", "Damas dément", "Téhéran accuse"
    r"|(?:n['’])?(?:a|ont|avait|avaient|aurait|auraient)\s+(?:(?:pas|déjà|aussi|également"
    r"|encore|jamais|toujours|fermement|vivement|formellement|officiellement|aussitôt"
    r"|immédiatement|catégoriquement)\s+)*(?!été\b)(?:[a-zàâçéèêëîïôûù]+(?:é|ée|és|ées)"
    r"|dit|fait|pris|mis|répondu|réagi|averti|soutenu|promis|reconnu|conclu|démenti|prévenu"
    r"|obtenu|interdit|permis|choisi|repris|admis|exigé)"
    r"|rejett?e(?:nt)?|dément(?:ent)?|accusen?t?|affirme(?:nt)?|dénonce(?:nt)?|condamne(?:nt)?"
    r"|exige(?:nt)?|estime(?:nt)?|assure(?:nt)?|menace(?:nt)?|réclame(?:nt)?|appelle(?:nt)?"
    r"|annonce(?:nt)?|refuse(?:nt)?|nie(?:nt)?|soutien(?:t|nent)|répond(?:ent)?|réagit"
    r"|insiste(?:nt)?|salue(?:nt)?|juge(?:nt)?|considère(?:nt)?|prévient|avertit|déclare(?:nt)?"
)
_METONYMY_AFTER = re.compile(
    # a parenthesis between ("Damascus, for its part, denied"; "Damascus, in turn, rejected")
    r"^(?:\s*,\s*(?:for\s+(?:its|their|his|her)\s+part|in\s+turn|however|meanwhile|too"
    r"|in\s+response|for\s+its\s+side|de\s+son\s+côté|pour\s+sa\s+part|quant\s+à\s+elle)\s*,)?"
    r"\s+(?:(?:has|had|have|will|would|does|did|do|also|has\s+also|is|was|still|now|yet\s+to"
    r"|repeatedly|long|already|previously|reportedly|officially|publicly|recently|again|swiftly"
    r"|quickly|has\s+yet\s+to|is\s+yet\s+to|so\s+far|thus\s+far|until\s+now|in\s+turn"
    r"|[a-z]+ly)(?:\s+not|n['’]t)?\s+)*(?:"
    + _GOV_VERBS
    + r"|respond|responds|react(?:s|ed)?|repl(?:y|ies|ied)|comment(?:s|ed)?)\b",
    re.IGNORECASE,
)
#: Verbs of force that are an actor's only in the active voice ("Turkey shelled", not
#: "Damascus was shelled"): no "is"/"was" before them.
_ACTION_AFTER = re.compile(
    r"^\s+(?:(?:has|had|have|will|would|also|now|still|then|again|reportedly)\s+)*"
    r"(?:controls?|controlled|carried\s+out|conducted|conducts|launched|launches|waged"
    r"|wages|mounted|mounts|carries\s+out|shell(?:s|ed)|bomb(?:s|ed)"
    r"|attack(?:s|ed)|seized?|seizes|captured?|captures|invaded?|invades|intervened?"
    r"|intervenes|occupie[sd]|targets?|targeted|hit|hits|killed|kills|armed|arms|funds|funded"
    r"|trains|trained|struck|strikes|bombarded|bombards|pounded|pounds|shot\s+down)\b",
    re.IGNORECASE,
)
_METONYMY_POSSESSIVE = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:government|presence|policy|policies|forces|troops|military"
    r"|support|allies|partners|position|decision|administration|officials?|envoy|ambassador"
    r"|embassy|strategy|backing|occupation|role|withdrawal|sanctions|stance|approach|plan"
    r"|interests?|proxies|project|intervention|leadership|regime|demands?|requests?|calls?"
    r"|plans?|grip|allies|delegation|foreign\s+ministry|ministry|operations?|offensive"
    r"|campaign|attacks?|strikes?|air\s*strikes?|army|drones?|incursion|invasion|patrols?"
    r"|proxies|militias?|soldiers|jets|warplanes|bombardment|shelling|army|navy|air\s+force"
    r"|agency|media|television|broadcaster|press|news|defen[cs]e\s+ministry|intelligence)\b",
    re.IGNORECASE,
)
_METONYMY_BEFORE = re.compile(
    r"(?:\b(?:led|backed|supported|sponsored|funded|armed|supplied|brokered|mediated|"
    r"pressured|sanctioned|condemned|recognized|recognised|held|controlled|occupied|run)"
    r"\b[^.;:\n]{0,40}?\bby"
    r"|\b(?:backs|supports|urged|urges|accused|accuses|pressured|pressures|warned|warns"
    r"|condemned|condemns|criticized|criticised|sanctioned|recognized|recognised|blamed|blames"
    r"|blaming|accusing)"
    r"|\b(?:talks|relations|ties|deal|deals|agreements?|negotiations|dialogue|rapprochement)"
    r"\s+with"
    r"|\b(?:men[ée]e?s?|dirig[ée]e?s?|soutenu(?:e|s|es)?|appuy[ée]e?s?|financ[ée]e?s?)\s+par"
    r"|\b(?:r[ée]gime|gouvernement|pouvoir)\s+de"
    r"|\b(?:frappes?|raids?|forces|troupes|arm[ée]e|soutien|bombardements?|drones?|avions"
    r"|gouvernement|r[ée]gime|alli[ée]s?)\s+(?:des|du|de\s+la|de\s+l['’]|d['’])"
    r"|\b(?:loyal|loyalists?|allied|close|hostile|opposed)\s+to|\ballied\s+with"
    r"|\b(?:ceasefire|truce|war|conflict|fighting|clashes|tensions|talks|deal|agreement"
    r"|hostilities|confrontation|rivalry|escalation)\b[^.;:\n]{0,30}?\bbetween"
    r"|\b(?:alliance|axis|allies|coalition)\s+of"
    # "talks between the SDF and Damascus": the second party of a negotiation too
    r"|\b(?:ceasefire|truce|talks|deal|agreements?|negotiations|dialogue|rapprochement|meetings?"
    r"|tensions|rivalry)\b[^.;:\n]{0,30}?\bbetween\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+)?\s+and"
    r"|\b(?:attacks?|strikes?|shelling|bombing|bombardment|raids?|incursions?|operations?"
    r"|offensive|game|pressure|intervention|aggression|violations?|drones?)\s+by"
    r"|\b(?:pressure|support|backing|approval|consent|permission|objections?|demands?"
    r"|warnings?|messages?|overtures?|concessions?)\s+(?:from|on|by)"
    r"|\bpro-"
    # ties and answers to a state: "linked to Ankara", "allegiance to Damascus", "handed the
    # posts over to Damascus", "a message to Washington" (not "fled to", "returned to")
    r"|\b(?:ties|links?|linked|loyalty|allegiance|answerable|affiliated|beholden"
    r"|subordinate|accountable|message|messages|letter|appeal|ultimatum|overtures?|requests?"
    r"|handover|surrendered|ceded|cede|submitted|submit)\s+to"
    r"|\bhand(?:ed|s|ing)\s+(?:over\s+(?:[\w-]+\s+){0,4}?|(?:[\w-]+\s+){1,4}?over\s+)to"
    r"|\b(?:orders|instructions|directives|funding|salaries|money|approval|green\s+light"
    r"|guarantees|assurances)\s+from"
    r")\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$",
    re.IGNORECASE,
)
_STATE_NOUN_AFTER = re.compile(
    r"^[\s-]+(?:military|forces|troops|government|project|officials?|administration|occupation"
    r"|State\s+"
    r"Department|army|soldiers|envoy|president|authorities|regime|embassy|diplomats?|sanctions"
    r"|policy|strikes?|air\s*strikes?|aircraft|drones?|-?led|-?backed|-?supported|-?allied"
    r"|-?sponsored|-?funded|-?affiliated|-?aligned|-?linked|commission|congress|senate"
    r"|treasury|central\s+command|special\s+envoy|navy|air\s+force|coalition|intelligence"
    r"|warplanes|jets|patrols?|base|bases|operation|offensive|proxies|militias?|ally|allies"
    r"|intervention|involvement|invasion|incursion)\b",
)


@lru_cache(maxsize=1)
def _word_sections() -> dict[str, frozenset[str]]:
    """Return the words of each "## section:" of ``geo/data/common_words.txt``, read once."""
    text = (
        resources.files("geo")
        .joinpath("data")
        .joinpath("common_words.txt")
        .read_text(encoding="utf-8")
    )
    sections: dict[str, set[str]] = {"function": set(), "common": set(), "organisation": set()}
    current = "common"
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:].split(":")[0].strip()
            continue
        if not line.startswith("#"):
            sections.setdefault(current, set()).update(line.split())
    return {name: frozenset(words) for name, words in sections.items()}


@lru_cache(maxsize=1)
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Return (function words, all common words) from ``geo/data/common_words.txt``."""
    sections = _word_sections()
    return sections["function"], sections["function"] | sections["common"]


def _organisation_names() -> frozenset[str]:
    """Return the group names of ``common_words.txt``'s "organisation" section ("qaeda")."""
    return _word_sections()["organisation"]


def _organisation_name(surface: str) -> bool:
    """Tell whether ``surface``, its article aside, is an armed group's name ("Al Qaeda")."""
    words = _ARTICLE_PREFIX.sub("", surface).lower().split()
    if len(words) == 2 and words[0] in ("al", "el"):
        words = words[1:]
    return len(words) == 1 and words[0] in _organisation_names()


@lru_cache(maxsize=1)
def _person_cues() -> tuple[re.Pattern[str], frozenset[str]]:
    """Return the patterns of ``geo/data/person_cues.txt``: (after a name, before a name).

    After: a verb of saying ("Murad said"), an age ("Jasim, 40,"), or an apposition with a
    person noun ("Jasim, a resident of ..."). Before: a title or a relation ("Sheikh Murad",
    "loyal to Murad", "a man named Murad").
    """
    text = (
        resources.files("geo")
        .joinpath("data")
        .joinpath("person_cues.txt")
        .read_text(encoding="utf-8")
    )
    sections: dict[str, list[str]] = {}
    current = ""
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:].split(":")[0].strip()
            continue
        if line.strip() and not line.startswith("#"):
            sections.setdefault(current, []).extend(e for e in line.strip().split("|") if e)

    def alternation(entries: list[str]) -> str:
        ordered = sorted(set(entries), key=len, reverse=True)
        return "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in ordered)

    after = re.compile(
        r"(?:\s+(?:also\s+|then\s+|later\s+|had\s+|has\s+)?(?:"
        + alternation(sections["speech"])
        + r")\b|\s*,\s*(?:(?:who|whose)\b|(?:aged\s+)?\d{1,3}\s*,|(?:a|an|the|his|her|their)\s+"
        r"(?:[\w-]+\s+){0,2}?(?:" + alternation(sections["apposition"]) + r")\b"
        # "X, head of the media centre", "X, spokesman for the SDF": no article needed
        r"|(?:" + alternation(sections["apposition"]) + r")\s+(?:of|for)\s)"
        r"|\s*\(\d{1,3}\))",
        re.IGNORECASE,
    )
    before = frozenset(" ".join(e.split()) for e in sections["before"])
    return after, before


@lru_cache(maxsize=1)
def _words_before_names() -> tuple[frozenset[str], frozenset[str]]:
    """Return the given names and the group words of ``geo/data/person_cues.txt``.

    A name right after one of them ("Sipan Hemo", "Ahrar al-Sham") is a person's surname or
    part of a group's name, not a place.
    """
    text = (
        resources.files("geo")
        .joinpath("data")
        .joinpath("person_cues.txt")
        .read_text(encoding="utf-8")
    )
    sections: dict[str, set[str]] = {"given": set(), "organisation before": set()}
    current = ""
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:].split(":")[0].strip()
        elif current in sections and line.strip() and not line.startswith("#"):
            sections[current].update(e for e in line.strip().split("|") if e)
    return frozenset(sections["given"]), frozenset(sections["organisation before"])


def _surname_or_group(text: str, s: _Span) -> bool:
    """Tell whether the word right before ``s`` makes it a surname or a group's name.

    "Ahmed al-Khabil": a given name; "Ahrar al-Sham": a group word.
    """
    if s.start < 2 or text[s.start - 1] != " " or not text[s.start - 2].isalpha():
        return False
    at = s.start - 2
    stop = max(0, s.start - 25)
    while at > stop and (text[at - 1].isalnum() or text[at - 1] in "'’"):
        at -= 1
    if not text[at].isupper() or (at > 0 and text[at - 1] in "-‐"):
        return False
    given, groups = _words_before_names()
    word = text[at : s.start - 1].lower()
    return word in given or word in groups


@lru_cache(maxsize=1)
def _organisation_after() -> re.Pattern[str]:
    """Return the pattern of the group nouns of ``geo/data/person_cues.txt`` after a name.

    Lower-case entries match in any case; capitalised ones ("Front", "Army") only so.
    """
    text = (
        resources.files("geo")
        .joinpath("data")
        .joinpath("person_cues.txt")
        .read_text(encoding="utf-8")
    )
    entries: list[str] = []
    current = ""
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:].split(":")[0].strip()
        elif current == "organisation" and line.strip() and not line.startswith("#"):
            entries.extend(e for e in line.strip().split("|") if e)
    alts = [
        (r"(?i:" + re.escape(e).replace(r"\ ", r"\s+") + ")") if e.islower() else re.escape(e)
        for e in sorted(entries, key=len, reverse=True)
    ]
    return re.compile(r"[\s-]+(?:" + "|".join(alts) + r")\b")


def _organisation_context(text: str, s: _Span) -> bool:
    """Tell whether the name at ``s`` is part of a group's name ("the Bani Said tribe")."""
    return _organisation_after().match(text, s.end) is not None


#: "the local council of X said", "the governor of X announced": the verb's subject is the
#: noun before "of", and X is the place it belongs to, not a person speaking.
_OF_PLACE_BEFORE = re.compile(
    r"\b(?:council|councils|city|town|village|residents|people|inhabitants|governor|mayor"
    r"|municipality|administration|countryside|outskirts|authorities|province|governorate"
    r"|district|people|notables|elders|tribes|hospital|markets?|streets)\s+of\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


#: What a text before a name ends with (case-folded, trailing whitespace dropped) when
#: ``_SITE_BEFORE_EN`` or ``_OF_PLACE_BEFORE`` can match it: both end with "of" (and "the"), or
#: a head first ("Camp"); a cheap test first (those searches try every offset of the text).
_OF_ENDS = ("of", "the")
_SITE_BEFORE_EN_ENDS = (*_OF_ENDS, "camp", "base", "fort")
_ARABIC_HEAD_ENDS = tuple(_ARABIC_HEADS)


def _of_place_before(text: str, start: int) -> bool:
    """Tell whether ``_OF_PLACE_BEFORE`` matches the 40 characters before ``start``."""
    before = text[max(0, start - 40) : start]
    return (
        before[-1:].isspace()
        and before.rstrip().casefold().endswith(_OF_ENDS)
        and _OF_PLACE_BEFORE.search(text, max(0, start - 40), start) is not None
    )


def _site_before(before: str) -> bool:
    """Tell whether ``_SITE_BEFORE_AR`` or ``_SITE_BEFORE_EN`` matches ``before``."""
    if not before[-1:].isspace():
        return False  # both end with whitespace
    tail = before.rstrip()
    return bool(
        (tail.endswith(_ARABIC_HEAD_ENDS) and _SITE_BEFORE_AR.search(before))
        or (tail.casefold().endswith(_SITE_BEFORE_EN_ENDS) and _SITE_BEFORE_EN.search(before))
    )


def _person_context(text: str, s: _Span) -> bool:
    """Tell whether the name at ``s`` stands for a person ("Murad said", "loyal to Murad")."""
    after, before = _person_cues()
    head_before = text[max(0, s.start - 30) : s.start]
    if (s.place is not None and s.place.precision == "site") or _site_before(head_before):
        return False  # "an official at Qaidat Hmeimim said": a site's name, not a speaker
    if (
        text[s.end : s.end + 1] in " ,("
        and after.match(text, s.end)
        and not _of_place_before(text, s.start)
        # "activists in X said", "residents near X told": X (its exact name) is where the
        # speakers are; a look-alike spelling there is still a person's or an outlet's name
        and (
            _tier(s) > 1
            or text[max(0, s.start - 12) : s.start].rstrip().rpartition(" ")[2].lower()
            not in _SPATIAL_BEFORE
        )
    ):
        return True
    words = text[max(0, s.start - 30) : s.start].lower().split()[-2:]
    return bool(words) and (words[-1] in before or " ".join(words) in before)


def _may_be_person(place: Place) -> bool:
    """Tell whether a place's name may be a person's: not a country, capital or big city."""
    return not _big(place) and place.precision != "admin1" and place.population < 100_000


@lru_cache(maxsize=1)
def _outlet_names() -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """Return the outlet names of ``geo/data/outlets.txt`` as regex alternatives.

    Each alternative comes with the letters its match can start with. With them, the first
    two letters (lower case) a match can start with, to skip the pattern at most names.
    """
    text = (
        resources.files("geo").joinpath("data").joinpath("outlets.txt").read_text(encoding="utf-8")
    )
    alts = []
    firsts = {"al", "el"}
    for line in text.splitlines():
        name = line.strip()
        if not name or name.startswith("#"):
            continue
        body = re.sub(r"^(?:al|el)[- ]", "", name, flags=re.IGNORECASE)
        firsts.update((name[:2].lower(), body[:2].lower()))
        words = [re.escape(w) for w in re.split(r"[-\s]+", body)]
        prefix = r"(?:(?:al|el)[-\s‑]?)?" if body != name else ""
        alts.append((prefix + r"[-\s‑]+".join(words), ("ae" if prefix else "") + body[:1]))
    alts.sort(key=lambda alt: len(alt[0]), reverse=True)
    return tuple(alts), frozenset(firsts)


@lru_cache(maxsize=64)
def _outlet_pattern(first: str) -> re.Pattern[str] | None:
    """Return the pattern of the outlet names a match starting with ``first`` can be.

    The alternatives keep their order, so a match is the one of the pattern of all names;
    the others are left out: each costs a try at every name start asked.
    """
    alts, _ = _outlet_names()
    kept = [a for a, initials in alts if re.match(f"(?i)[{re.escape(initials)}]", first)]
    if not kept:
        return None
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(kept) + r")(?!\w)")


@dataclass(slots=True)
class _Token:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class _Span:
    start: int  # character offsets
    end: int
    surface: str
    cands: list[Candidate]
    place: Place | None = None
    precision: Precision | None = None
    metonymy: bool = False
    cue_locative: bool = False
    #: where a name covering this span can start: its own start and those of up to two
    #: name words joined to it before ("Al Jazeera", "Asharq Al-Awsat")
    name_starts: tuple[int, ...] = ()
    #: set aside as a person or an organisation ("Murad said", "the Shaitat tribe")
    rejected: bool = False


_POSSESSIVE = re.compile(r"(?<=\w\w\w)['’]s$|['’]$")


def _token(m: re.Match[str]) -> _Token:
    """Make a token, without a possessive ending ("Washington's" -> "Washington")."""
    word = m.group(0)
    if word[-1] in "'’" or (word[-1] == "s" and word[-2:-1] in ("'", "’")):
        word = _POSSESSIVE.sub("", word)
    start = m.start()
    return _Token(word, start, start + len(word))


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _has_article_prefix(word: str) -> bool:
    """Tell whether ``word`` starts with an Arabic article ("al-Hol", "Ash-Shaddadi")."""
    # the prefix has two or three letters: without a dash there, no need to ask the pattern
    return (word[2:3] in _DASHES or word[3:4] in _DASHES) and bool(_ARTICLE_PREFIX.match(word))


def _chainable(tok: str) -> bool:
    """Tell whether a token can be part of a proper-name run."""
    return _is_cap(tok) or _has_article_prefix(tok) or tok.lower() in _CONNECTORS


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?\n:;"


def geoparse(text: str, gazetteer: Gazetteer, *, country: str | None = None) -> list[Mention]:
    """Find and resolve the place names in ``text``.

    Parameters
    ----------
    text
        Running text (an article's title and body).
    gazetteer
        The gazetteer to resolve names with.
    country
        The theatre: the country (ISO2) the corpus is about. A name with a candidate there
        resolves there unless the text places it elsewhere ("the Turkish town of X", "X,
        Turkey"); a dateline, a foreign actor or a foreign outlet never moves it. None: the
        gazetteer's focus country, else :data:`DEFAULT_THEATRE` (Syria). ``"auto"``: the
        country most mentioned in this text (the old per-text guess).

    Returns
    -------
    list[Mention]
        One mention per place name, in text order. ``text[m.start:m.end] == m.surface``.
        Metonymic mentions ("Washington urges") are included with ``metonymy=True``.

    Examples
    --------
    >>> gaz = Gazetteer.default()  # doctest: +SKIP
    >>> [m.place.admin1_pcode for m in geoparse("Clashes in Hassakeh.", gaz)]  # doctest: +SKIP
    ['SY08']
    """
    # the name tokens as three lists (word, start, end): no object per token
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in (_NAME_TOKEN_ASCII if text.isascii() else _NAME_TOKEN).finditer(text):
        word, start = m.group(), m.start()
        if word[-1] in "'’" or (word[-1] == "s" and word[-2:-1] in ("'", "’")):
            word = _POSSESSIVE.sub("", word)  # as _token
        if word[:1].isupper() or _chainable(word):
            words.append(word)
            starts.append(start)
            ends.append(start + len(word))
    theatre = (country or gazetteer.country or DEFAULT_THEATRE).upper()
    local = None if theatre == "AUTO" else theatre
    spotted = _spot(text, words, starts, ends, gazetteer, _LowerWords(text), local)
    outlets = _outlet_positions(text, spotted)
    spans = [s for k, s in enumerate(spotted) if k not in outlets or _big(s.cands[0].place)]
    # a name in an outlet position ("according to Sana", "told Al-Mayadeen") gets no vote
    voters = [s for k, s in enumerate(spotted) if k not in outlets] if outlets else spans
    focus = (_infer_focus(text, voters) or DEFAULT_THEATRE) if theatre == "AUTO" else theatre
    _shared_site_noun(text, spans, gazetteer)
    _resolve(text, spans, gazetteer, focus)
    for s in spans:  # "Murad said", "Jasim, a resident": a person, though a village is so named
        if s.place is not None and _may_be_person(s.place) and _person_context(text, s):
            s.place, s.rejected = None, True
        elif s.place is not None and not _big(s.place) and _organisation_context(text, s):
            s.place, s.rejected = None, True  # "the Shaitat tribe", "the Manbij Military Council"
        elif (
            s.place is not None
            and s.place.precision != "country"
            and (_may_be_person(s.place) or _tier(s) >= 2 or s.place.feature_code == "PPLC")
            and _surname_or_group(text, s)
        ):
            s.place, s.rejected = None, True  # "Sipan Hemo", "Ahrar al-Sham"
    _unknown_villages(text, spans, gazetteer, focus)
    _precision_cues(text, spans, gazetteer)
    _site_phrases(text, spans, gazetteer, focus)
    for s in spans:
        if s.place is not None:
            # "according to Damascus", "told Moscow": a state speaking, kept as metonymy
            # (other places in outlet positions were dropped above)
            s.metonymy = _is_metonymy(text, s) or (_big(s.place) and _in_outlet_position(text, s))
    located = False
    for k, s in enumerate(spans):  # a foreign state named outside a locative phrase is an actor
        if s.place is None or not _big(s.place):
            located = False
            continue
        # "in Syria, Iraq and Turkey": the list shares its first member's preposition
        prev = spans[k - 1] if k else None
        listed = (
            located
            and prev is not None
            and _COORDINATION.match(text[prev.end : s.start]) is not None
        )
        located = listed or _located(text, s)
        if not s.metonymy and _big(s.place) and s.place.country != focus and not located:
            s.metonymy = True
    _coordinated_metonymy(text, spans, focus)
    return [
        Mention(
            surface=text[s.start : s.end],
            start=s.start,
            end=s.end,
            place=s.place,
            precision=s.precision if s.place is not None else None,
            metonymy=s.metonymy,
        )
        for s in spans
        if s.place is not None
    ]


# ---------------------------------------------------------------------- spotting
class _LowerWords:
    """Tell whether a word is written in lower case somewhere in a text (as a whole token).

    Asked for a few capitalised words per text; each answer is one substring test, and a
    boundary check only when the substring is there.
    """

    __slots__ = ("_seen", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._seen: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = bool(word) and word in self._text and self._token_at(word)
        return found

    def _token_at(self, word: str) -> bool:
        r"""Tell whether ``word`` is a token of the text where it starts no word.

        Where ``(?<!\w)(?<!\w[-'’ʿʾ‘`])`` + ``word`` matches, found with ``str.find``: a
        pattern made per word is compiled again whenever ``re``'s cache has dropped it.
        """
        text, n = self._text, len(word)
        at = text.find(word)
        while at >= 0:
            before = text[at - 1] if at else ""
            if (before and _is_word_char(before)) or (
                at >= 2 and before in "-'’ʿʾ‘`" and _is_word_char(text[at - 2])
            ):
                at = text.find(word, at + 1)  # no match here: the next offset
                continue
            t = _TOKEN.match(text, at)
            if t is not None and _token(t).text == word:
                return True
            at = text.find(word, at + n)  # a match: the next one starts after it
        return False


def _spot(
    text: str,
    words: list[str],
    starts: list[int],
    ends: list[int],
    gaz: Gazetteer,
    lower_words: _LowerWords,
    theatre: str | None = None,
) -> list[_Span]:
    """Return the spans of ``text`` that may name places, in text order.

    ``theatre``: the theatre country, whose look-alikes are asked for too when a name has
    only exact namesakes abroad ("Mansoura" is Al Mansurah, Syria, not Mansoura, Algeria).

    Token ``k`` of ``text`` is ``words[k]``, from ``starts[k]`` to ``ends[k]`` (the name
    tokens of :func:`geoparse`, a possessive ending dropped).
    """
    function, common = _word_lists()
    memo = _name_memo(gaz)
    spans: list[_Span] = []
    i = 0
    n = len(words)
    # every token is chainable (see _NAME_TOKEN); joined[k]: token k+1 follows token k after
    # one space or hyphen, so both can be in one name
    joined = [b - a == 1 and text[a] in " -" for a, b in zip(ends, starts[1:], strict=False)]
    while i < n:
        tok = words[i]
        low = tok if tok in _ACRONYM_OK else tok.lower()
        if low in function or (
            low in _CONNECTORS and not (tok[:1].isupper() and i + 1 < n and joined[i])
        ):
            i += 1  # a lower-case "al" starts no name; "Al Hol", "Abu Hamam" do
            continue
        # the run of name-like tokens starting here (same line, separated by spaces only)
        j = i
        while j + 1 < n and j + 1 - i < _MAX_TOKENS and joined[j]:
            j += 1
        found = None
        # "Roj camp", "Tishrin dam", "Ghuwayran neighbourhood": the whole phrase may be a name
        end = ends[j]
        cue = (
            _CUE_NOUN.match(text, end)
            if text[end : end + 1].isspace()
            and (text[end + 1 : end + 2] in _CUE_INITIALS or text[end + 1 : end + 2].isspace())
            else None
        )
        query = None  # the phrase looked up, when modifiers are left out ("Roj IDP camp")
        if (
            cue is None
            and text[end : end + 1].isspace()
            and text[end + 1 : end + 2] in "mMiIdDrRcCnN"
        ):
            cue = _CUE_NOUN_MODIFIED.match(text, end)
            if cue is not None:
                query = f"{text[starts[i] : end]} {cue.group('noun')}"
        lone = cue is None and i == j
        if lone and _rejected(
            tok, low, common, lower_words, tok.isupper() and _dateline(text, starts[i], ends[j])
        ):
            i += 1  # a lone ordinary word, acronym or demonym: the common case, decided early
            continue
        if cue:
            surface = text[starts[i] : cue.end()]
            cands = [
                c
                for c in gaz.candidates(query or surface, limit=12, fuzzy=False)
                if c.tier <= 2 and c.place.precision in ("site", "neighbourhood")
            ]
            bare = gaz.candidates(text[starts[i] : end], limit=1, fuzzy=False) if cands else []
            if cands and not (bare and bare[0].place == cands[0].place):
                # the phrase names a place of its own, not just the bare name's
                found = (j, surface, cands)
        for last in range(j, i - 1, -1) if found is None else ():
            if words[last].lower() in _CONNECTORS:
                continue
            surface = text[starts[i] : ends[last]]
            # only a one-word name can be rejected, and a lone one was checked above
            if (
                last == i
                and not lone
                and _rejected(
                    tok,
                    low,
                    common,
                    lower_words,
                    tok.isupper() and _dateline(text, starts[i], ends[i]),
                )
            ):
                continue
            named = _name_candidates(gaz, memo, surface, i == last, low in common, theatre)
            if named and _organisation_name(surface):
                break  # "al-Qaeda": the group, not the village Kawdah
            if named:
                found = (last, surface, list(named))
                break
        if found is None:
            i += 1
            continue
        last, surface, cands = found
        # the match must cover its capitalised run: "Ned Price", "Islamic State" are not places
        left = i - 1
        if (
            left >= 0
            and joined[left]
            and words[left][:1].isupper()
            and words[left].lower() not in common
            and not _sentence_start(text, starts[left])
            and words[left] not in _HEADS_BEFORE
            and _ACTOR_COMPOUND.search(words[left]) is None  # "an Iranian-run Kiswah base"
        ):
            i = last + 1
            continue
        if (
            last < j
            and any(_is_cap(words[k]) for k in range(last + 1, j + 1))
            and not _site_words(text[ends[last] : ends[j]])
        ):
            i = last + 1  # "Ned Price"; but "Iraq at night": a lower-case "at" is no name
            continue
        name_starts = [starts[i]]
        k = i
        while k > 0 and k > i - 3 and joined[k - 1]:
            k -= 1
            name_starts.append(starts[k])
        start = starts[i]
        spans.append(
            _Span(start, start + len(surface), surface, cands, name_starts=tuple(name_starts))
        )
        i = last + 1
    return spans


#: Per gazetteer, the answers of :func:`_name_candidates` (a name recurs across articles).
_NAME_MEMO: weakref.WeakKeyDictionary[
    Gazetteer, dict[tuple[str, bool, bool, str | None], tuple[Candidate, ...]]
]
_NAME_MEMO = weakref.WeakKeyDictionary()
_NAME_MEMO_MAX = 200_000


def _name_memo(
    gaz: Gazetteer,
) -> dict[tuple[str, bool, bool, str | None], tuple[Candidate, ...]]:
    """Return the memo of :func:`_name_candidates` for ``gaz``.

    Fetched once per text: a look-up in a ``WeakKeyDictionary`` makes a weak reference.
    """
    memo = _NAME_MEMO.get(gaz)
    if memo is None:
        memo = _NAME_MEMO[gaz] = {}
    return memo


def _name_candidates(
    gaz: Gazetteer,
    memo: dict[tuple[str, bool, bool, str | None], tuple[Candidate, ...]],
    surface: str,
    one_word: bool,
    ordinary: bool,
    theatre: str | None = None,
) -> tuple[Candidate, ...]:
    """Return the places a capitalised run may name, filtered as :func:`_spot` needs.

    ``one_word``: the run is one word; ``ordinary``: its first word is a common word. The
    answer depends only on these and the gazetteer, so it is kept per gazetteer in ``memo``
    (from :func:`_name_memo`).
    """
    key = (surface, one_word, ordinary, theatre)
    found = memo.get(key)
    if found is not None:
        return found
    translit = _looks_transliterated(surface)
    cands = gaz.candidates(surface, limit=12, fuzzy=translit)
    if theatre and not cands and not one_word and not ordinary:
        # a misspelt name of two words or more ("Khan Sheihkoun"): a close spelling in the
        # theatre only
        cands = [
            c
            for c in gaz.candidates(surface, country=theatre, limit=3, fuzzy=True)
            if gaz.spelling_similarity(surface, c.place) >= _FUZZY_MIN_SIMILARITY
        ]
        translit = bool(cands)  # keep them below
    elif theatre and cands and all(c.place.country != theatre for c in cands):
        # exact names abroad hid the theatre's look-alikes: ask the theatre too
        seen = {c.place.gazetteer_id for c in cands}
        cands += [
            c
            for c in gaz.candidates(surface, country=theatre, limit=12, fuzzy=translit)
            if c.place.gazetteer_id not in seen
        ]
    if not translit:
        cands = [c for c in cands if c.tier <= 2]
    if one_word and not translit:
        # one plain word matched only by its skeleton must be spelt like the place:
        # "Qamishly" is Qamishli, "Home" is not Hamah
        cands = [
            c
            for c in cands
            if c.tier == 1 or gaz.spelling_similarity(surface, c.place) >= _MIN_SIMILARITY
        ]
    if ordinary:  # "Tall Tamr" yes, "Tall" alone no
        cands = [c for c in cands if c.tier == 1] if not one_word else []
    if len(memo) >= _NAME_MEMO_MAX:
        memo.clear()
    found = memo[key] = tuple(cands)
    return found


def _looks_transliterated(surface: str) -> bool:
    return _has_article_prefix(surface) or not surface.isascii() or "'" in surface


#: After a dateline's place: "HASAKA, Syria (Reuters) -", "RAQQA: ...", "MANBIJ (North Press) -"
#: Agencies written in capitals that open lines as datelines do ("SANA (state media) -")
_AGENCY_ACRONYMS = frozenset({"SANA", "ANHA", "IRNA", "ANSA", "SOHR", "OSDH", "OCHA", "NPA"})
_DATELINE_AFTER = re.compile(r"[ ]?(?:,|:|\(|[ ][-–—/])")


def _dateline(text: str, start: int, end: int) -> bool:
    """Tell whether ``text[start:end]`` opens a line as a dateline does ("HASAKA, Syria")."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        end - start >= 4
        and text[start:end] not in _AGENCY_ACRONYMS
        and not text[line_start:start].strip()
        and _DATELINE_AFTER.match(text, end) is not None
    )


def _rejected(
    word: str, low: str, common: frozenset[str], lower_words: _LowerWords, dateline: bool = False
) -> bool:
    """Tell whether a one-word candidate is an ordinary word, an acronym or a demonym.

    ``low`` is ``word`` in lower case, or ``word`` itself if it is an acceptable acronym.
    ``dateline``: the word opens a line as a dateline's place does ("HOMS, Syria (AFP) -"),
    where capitals are no acronym's.
    """
    if low in common:
        return True
    if word.isupper() and word not in _ACRONYM_OK and len(word) <= 6 and not dateline:
        return True  # IS, SDF, ISIS, OSDH, AFP
    if len(word) < 3 and word not in _ACRONYM_OK:
        return True
    if low in _DEMONYMS:
        return True
    # the same word occurs in lower case: an ordinary word (asked last: a search of the text)
    return word[:1].isupper() and word not in _ACRONYM_OK and low in lower_words


def _outlet_before(before: str) -> bool:
    """Tell whether ``before`` ends with an outlet cue ("reported by the", "told", "selon l'").

    A name right after "agency" / "l'agence" and their adjectives ("l'agence officielle Sana",
    "the state news agency SANA") is the agency's.
    """
    if not before or not (before[-1].isspace() or before[-1] in "'’"):
        return False
    last = before.rsplit(None, 1)  # a cue ends on one of few words: most names stop here
    if not last or last[-1].lower() not in _OUTLET_ENDS:
        return False
    words = before.lower().rsplit(None, 5)[-5:]  # the last five words
    k = len(words)
    while k and words[k - 1] in _AGENCY_ADJECTIVES:
        k -= 1
    if k and words[k - 1] in _AGENCY_NOUNS:
        return True
    while words and words[-1] in _OUTLET_SKIP:
        words.pop()
    if not words:
        return False
    return words[-1] in _OUTLET_LAST or (
        len(words) >= 2 and (words[-2], words[-1]) in _OUTLET_PAIRS
    )


def _in_outlet_position(text: str, s: _Span) -> bool:
    if text.find(" of ", max(0, s.start - 14), s.start) >= 0 and _of_place_before(text, s.start):
        return False  # "residents of the town of X reported": X is where they live
    after = text[s.end : s.end + 40]
    if _OUTLET_AFTER.match(after):
        return True
    return _outlet_before(text[max(0, s.start - 60) : s.start]) and not (
        _SOURCE_NOUN_AFTER.match(after)
    )


def _outlet_positions(text: str, spans: list[_Span]) -> set[int]:
    """Return the indices of spans naming an outlet (a listed name, or an outlet position)."""
    _, firsts = _outlet_names()
    out = set()
    for k, s in enumerate(spans):
        if _in_outlet_position(text, s):
            out.add(k)
            continue
        for a in s.name_starts:  # a loop, not any() over a generator: one per span
            if (
                text[a : a + 2].lower() in firsts
                and (names := _outlet_pattern(text[a])) is not None
                and (m := names.match(text, a)) is not None
                and m.end() > s.start
            ):
                if not _placed_outlet_name(text, s):
                    out.add(k)
                break
    return out


#: Words before a listed outlet's name that make it the place it is named after ("militias
#: left al-Mayadeen", "clashes near Mayadeen"; an outlet is not somewhere things happen).
_SPATIAL_BEFORE = frozenset(
    {"in", "near", "from", "into", "outside", "inside", "around", "toward", "towards", "across"}
)


def _placed_outlet_name(text: str, s: _Span) -> bool:
    """Tell whether a name that an outlet also bears stands as a place here.

    After "in", "near", "from", "the city of" ..., and not followed by an outlet noun ("in
    Al-Mayadeen TV's report").
    """
    before = text[max(0, s.start - 30) : s.start]
    if not before[-1:].isspace():
        return False
    words = before.lower().split()
    if not words:
        return False
    spatial = words[-1] in _SPATIAL_BEFORE or _TOWN_BEFORE.search(before) is not None
    return spatial and _OUTLET_AFTER.match(text[s.end : s.end + 40]) is None


def _big(place: Place) -> bool:
    """Tell whether a place is a country or a capital (in an outlet position: a state)."""
    return place.precision == "country" or place.feature_code == "PPLC"


# ---------------------------------------------------------------------- resolution
def _infer_focus(text: str, spans: list[_Span]) -> str | None:
    votes: Counter[str] = Counter()
    for s in spans:
        if s.cands[0].tier > 1:
            continue  # a look-alike ("Shelling" ~ Shillong) does not get a say
        top = s.cands[0].place
        if top.country:
            votes[top.country] += 2 if top.precision == "country" else 1
    for cc, n in _demonym_counts(text):
        votes[cc] += n
    return votes.most_common(1)[0][0] if votes else None


def _is_word_char(ch: str) -> bool:
    r"""Tell whether ``ch`` is a word character (as ``\w`` in a ``str`` pattern)."""
    return ch.isalnum() or ch == "_"


def _demonym_counts(text: str) -> list[tuple[str, int]]:
    r"""Return the country and count of each demonym written as a word, in order of first use.

    What ``\b(?:Syrian|Iraqi|...)\b`` finds, with substring searches: a pattern starting
    with ``\b`` is tried at every offset of the text.
    """
    found = []
    for word in _DEMONYM_WORDS:
        first, n = -1, 0
        i = text.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or not _is_word_char(text[i - 1])) and (
                end == len(text) or not _is_word_char(text[end])
            ):
                first = i if n == 0 else first
                n += 1
            i = text.find(word, i + 1)
        if n:
            found.append((first, _DEMONYMS[word.lower()], n))
    found.sort()  # a country first voted for earlier comes first among equal votes
    return [(cc, n) for _, cc, n in found]


_LOCATIVE_WORDS = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "to",
        "into",
        "across",
        "outside",
        "inside",
        "around",
        "toward",
        "towards",
        "of",
        "on",
        "onto",
    ]
)


_LOCATIVE_ENDINGS = tuple(sorted(_LOCATIVE_WORDS))  # for str.endswith, made once


def _locative_before(before: str) -> bool:
    """Tell whether ``before`` ends with "in ", "near the ", ... (as ``_LOCATIVE_BEFORE``).

    Read from the last words: a regex search anchored at the end tries every position.
    """
    if not before or not before[-1].isspace():
        return False
    words = before.rsplit(None, 1)
    if not words:
        return False
    last = words[-1].lower()
    if last == "the":
        return _LOCATIVE_BEFORE.search(before) is not None  # rarer: ask the pattern
    return last in _LOCATIVE_WORDS or (
        last.endswith(_LOCATIVE_ENDINGS) and _LOCATIVE_BEFORE.search(before) is not None
    )


_PLURAL_SITE = re.compile(r"(?i)(?:^|\s)(?P<noun>(?:" + SITE_NOUN_PATTERN + r"))s$")
_PLURAL_SITE_AFTER = re.compile(r"(?i)^\s+(?P<noun>(?:" + SITE_NOUN_PATTERN + r"))s\b")


def _shared_site_noun(text: str, spans: list[_Span], gaz: Gazetteer) -> None:
    """Give a plural site noun to every name of the list it ends.

    "the al-Hol and Roj camps", "the Conoco and al-Omar fields": each name is a camp, a
    field, a bridge; a name that is also a town is looked up as "<name> <noun>" (a site of
    that name, or one near the town) and keeps its own candidates when there is none.
    """
    for k in range(len(spans) - 1, 0, -1):
        last = spans[k]
        # most spans are followed by no site noun: two character tests rule them out
        m = _PLURAL_SITE.search(last.surface) if last.surface[-1:] in "sS" else None
        if m is None and _next_char(text[last.end : last.end + 2]) in _SITE_INITIALS:
            m = _PLURAL_SITE_AFTER.match(text[last.end : last.end + 30])
        if m is None:
            continue
        noun = m.group("noun")
        j = k
        while j > 0 and _LIST_GAP.match(text[spans[j - 1].end : spans[j].start]):
            j -= 1
            s = spans[j]
            sites = [
                c
                for c in gaz.candidates(f"{s.surface} {noun}", limit=12, fuzzy=False)
                if c.tier <= 2 and c.place.precision == "site"
            ]
            if sites:
                s.cands = sites


def _resolve(text: str, spans: list[_Span], gaz: Gazetteer, focus: str | None) -> None:
    # each name's place before any context: its first candidate in the theatre
    bare = [
        (c.place if (c := _first_in(s.cands, focus) if focus else None) else None)
        or (s.cands[0].place if s.cands else None)
        for s in spans
    ]
    named = frozenset(  # the countries the text names
        s.cands[0].place.country
        for s in spans
        if s.cands and s.cands[0].tier == 1 and s.cands[0].place.precision == "country"
    )
    for s in spans:
        s.cue_locative = _locative_before(text[max(0, s.start - 40) : s.start])
        if _has_article_prefix(s.surface):
            # "al-Nashwa" is an Arabic name: never Nashua, New Hampshire
            s.cands = [c for c in s.cands if c.place.country == focus or c.place.country in REGION]
            if not s.cands:
                continue
        top = s.cands[0]
        local = _first_in(s.cands, focus) if focus else None
        if local is not None and (
            not _prefer_foreign(top, local, focus)
            or _same_spelt_local(s.surface, top, local, named)
        ):
            s.place = local.place
        elif (
            top.tier == 1
            and _acceptable_foreign(top.place, s.cue_locative)
            and (focus is None or _strong_foreign(text, s, top.place, spans, focus))
        ):
            s.place = top.place
    # co-mentions: among close local candidates, prefer the one nearest the others
    anchors = [
        s.place
        for s in spans
        if s.place is not None and s.place.precision != "country" and s.place.country == focus
    ]
    if not anchors:
        return
    lat0 = sum(p.lat for p in anchors) / len(anchors)
    lon0 = sum(p.lon for p in anchors) / len(anchors)
    for s in spans:
        if s.place is None or s.place.country != focus:
            continue
        best = s.cands[0].score if s.cands else 0.0
        close = [
            c
            for c in s.cands
            if c.place.country == focus
            and c.score >= best - 0.35
            and c.place.precision == s.place.precision
        ]
        if len(close) > 1:
            s.place = min(
                close, key=lambda c: _dist(c.place.lat, c.place.lon, lat0, lon0) - 60 * c.score
            ).place
    _near_namesakes(spans, focus, gaz)
    _drop_far_guesses(spans, focus)
    _relative_context(text, spans, focus, gaz)
    _one_place_per_name(spans, bare, focus)


def _one_place_per_name(spans: list[_Span], bare: list[Place | None], focus: str | None) -> None:
    """Give every mention of a name the place its context chose for one of them.

    "a drone hit Aqraba, west of Daraa ... a second drone hit a house in Aqraba": the second
    mention has no locator and would fall to the namesake the bare name prefers (Aqraba of
    Rif Dimashq); the article means one place. A mention placed by its context more than
    :data:`_HOOD_RADIUS_KM` from the name's first candidate in the theatre gives its place
    to the other mentions of the same name key still at that first candidate, when it is
    among their candidates of the same kind, or is a village of the context and they a
    plain village record (two mentions moved to two places are left alone).
    """
    chosen: dict[str, Place | None] = {}
    for s, top in zip(spans, bare, strict=True):
        p = s.place
        if p is None or top is None or p.country != focus or p is top:
            continue
        if _dist(p.lat, p.lon, top.lat, top.lon) <= _HOOD_RADIUS_KM:
            continue  # another record of the same town, not another place
        key = name_key(s.surface)
        if chosen.setdefault(key, p) is not p:
            chosen[key] = None  # two contexts, two places
    if not chosen:
        return
    for s, top in zip(spans, bare, strict=True):
        p = s.place
        if p is None or p is not top or p.country != focus:
            continue
        want = chosen.get(name_key(s.surface))
        if want is None:
            continue
        if want.precision != p.precision and not want.gazetteer_id.startswith("context:"):
            continue  # "the Afrin region" does not make every "Afrin" the district
        if any(c.place.gazetteer_id == want.gazetteer_id for c in s.cands) or (
            want.gazetteer_id.startswith("context:") and _replaceable_namesake(p, _tier(s))
        ):
            s.place = want


#: A village this far from every firmly placed town of the article, with an exact namesake
#: this near one of them, is that namesake (the article's area), not the one found first.
_AREA_FAR_KM = 100.0
_AREA_NEAR_KM = 40.0
#: ... and a namesake of another spelling there must share its skeleton and be spelt this
#: like the name ("Hader", Hadar), not merely share its consonants ("Maadan", Mihqan).
_AREA_MIN_SIMILARITY = 0.75


def _near_namesakes(spans: list[_Span], focus: str | None, gaz: Gazetteer) -> None:
    """Swap a far village for its exact namesake in the article's area.

    "Clashes in Tal Rifaat, Mare' and X": X found first as a small place in another
    governorate, more than :data:`_AREA_FAR_KM` from every firmly placed town (one local
    record of its name, or a town of 25,000), while an exact namesake lies within
    :data:`_AREA_NEAR_KM` of one of them, is that namesake. Big towns are never swapped.
    """
    firm = [
        (k, s.place)
        for k, s in enumerate(spans)
        if s.place is not None
        and s.place.country == focus
        and s.place.precision in ("town", "site", "neighbourhood")
        and _tier(s) == 1
        and not s.metonymy
        and (
            s.place.population >= _LOOKALIKE_MAX_POP
            or sum(1 for c in s.cands if c.tier == 1 and c.place.country == focus) == 1
        )
    ]
    if not firm:
        return
    for k, s in enumerate(spans):
        p = s.place
        if p is None or p.country != focus or _tier(s) != 1 or not _replaceable_namesake(p, 1):
            continue
        others = [q for j, q in firm if j != k and q.gazetteer_id != p.gazetteer_id]
        if not others or any(_dist(p.lat, p.lon, q.lat, q.lon) <= _AREA_FAR_KM for q in others):
            continue
        near = [
            (min(_dist(c.place.lat, c.place.lon, q.lat, q.lon) for q in others), c.place)
            for c in s.cands
            if c.tier == 1
            and c.place.country == focus
            and c.place is not p
            and c.place.precision == p.precision
        ]
        near = [(d, q) for d, q in near if d <= _AREA_NEAR_KM]
        if near:
            s.place = min(near, key=lambda dq: dq[0])[1]
            continue
        pcodes = {q.admin1_pcode for q in others}
        if len(pcodes) != 1 or (pcode := next(iter(pcodes))) is None or len(s.surface) < 5:
            continue
        # the article's one governorate: the best-spelt place there near its towns ("Hader"
        # among villages of Quneitra is Hadar, not Al Hadir of Aleppo)
        for c in gaz.namesakes_in(s.surface, pcode, min_similarity=_AREA_MIN_SIMILARITY):
            if (
                c.tier <= 2
                and c.place.precision == p.precision
                and any(
                    _dist(c.place.lat, c.place.lon, q.lat, q.lon) <= _AREA_NEAR_KM for q in others
                )
            ):
                s.place = c.place
                break


#: A close spelling (a guess at a misspelt or unknown name) must lie this near one of the
#: article's places found by their own spelling.
_GUESS_RADIUS_KM = 75.0


def _tier(s: _Span) -> int:
    place = s.place
    for c in s.cands:  # a loop, not next() over a generator: asked for every span
        if c.place is place:
            return c.tier
    return 1


def _drop_far_guesses(spans: list[_Span], focus: str | None) -> None:
    """Leave unresolved a close-spelling guess far from every firmly found place.

    "Turkish-backed factions took Jindires, Qurbat Zelko and Rajo": the unknown middle
    name is not a village spelt a little like it 200 km away. A guess stands when the
    article has no firm town to check it against.
    """
    firm = [
        s.place
        for s in spans
        if s.place is not None
        and s.place.country == focus
        and s.place.precision in ("site", "neighbourhood", "town", "district")
        and _tier(s) <= 2
    ]
    if not firm:
        return
    for s in spans:
        if s.place is None or _tier(s) < 3:
            continue
        p = s.place
        if min(_dist(p.lat, p.lon, f.lat, f.lon) for f in firm) > _GUESS_RADIUS_KM:
            s.place = None


#: The words between a name and the place that locates it: "X, Y", "X in Y", "X, east of
#: Y", "X in the southern Y countryside", "X on the outskirts of Y".
_FR_DIRECTION = r"(?:(?:nord|sud|est|ouest)(?:-(?:est|ouest))?\s+)"
_RELATIVE_GAP = re.compile(
    # "X oil field south of Y", "the X gas plant near Y": a site's head between name and locator
    # "X village in the Y countryside", "X town, east of Y": the town noun likewise
    r"^(?:\s+(?:(?:" + _SITE_MODIFIERS + r")\s+){0,2}(?:" + _SITE_HEADS + r")s?(?=[\s,])"
    r"|\s+(?:village|town|hamlet)(?=[\s,]))?"
    r"(?:,\s*(?:an?\s+(?:small\s+)?(?:village|town|hamlet)\s+(?:located\s+|lying\s+)?)?|\s+)"
    r"(?:in\s+|near\s+|outside\s+|around\s+|on\s+the\s+outskirts\s+of\s+"
    r"|(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east"
    r"|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+"
    r"|in\s+the\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+)?(?:countryside|province|governorate|outskirts|suburbs|desert)\s+of\s+"
    # French: "dans la campagne nord-ouest de Y", "au nord-est de Y", "près de Y"
    r"|dans\s+la\s+(?:campagne|région|province|banlieue|périphérie)\s+"
    + _FR_DIRECTION
    + r"?(?:de\s+|d['’])"
    r"|(?:au|à\s+l['’])\s*" + _FR_DIRECTION + r"(?:de\s+|d['’])|près\s+(?:de\s+|d['’]))?"
    r"(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
    r"(?:ern)?\s+|rural\s+)?$",
    re.IGNORECASE,
)
_ADMIN1_CUE_AFTER = re.compile(r"^\s+(?:countryside|province|governorate|region)\b", re.I)
_ADMIN1_CUE_BEFORE = re.compile(
    r"\b(?:(?:countryside|province|governorate)\s+of\s+|(?:campagne|province)\s+"
    + _FR_DIRECTION
    + r"?(?:de\s+|d['’]))$",
    re.I,
)
#: "X, east of Y": X is looked for within this distance of Y.
_RELATIVE_RADIUS_KM = 60.0
#: A neighbourhood this far from every town of the article is a namesake elsewhere.
_HOOD_RADIUS_KM = 20.0


def _relative_context(
    text: str, spans: list[_Span], focus: str | None, gaz: Gazetteer | None = None
) -> None:
    """Pick among namesakes by the place that locates a name, and keep quarters in town.

    "Sabhah, Deir ez-Zor" and "Mansoura in the Raqqa countryside" keep the namesake in that
    governorate; "Sabhah, east of Busayrah" the one nearest Busayrah. "the X neighbourhood"
    is a quarter of a town of the article: the namesake near it, else that town itself.
    """
    for pos in range(1, len(spans)):
        k = spans[pos]
        if k.place is None or k.place.country != focus:
            continue
        gap = text[spans[pos - 1].end : k.start]
        if _RELATIVE_GAP.match(gap) is None:
            continue
        # "A, B and C in the Raqqa countryside": a locator in words ("in", "near", "east
        # of") places every member of the list; a bare comma ("A, B") only the name before
        first = pos - 1
        while (
            first > 0
            and gap.strip(" ,")
            and _LIST_GAP.match(text[spans[first - 1].end : spans[first].start])
        ):
            first -= 1
        by_governorate = (
            k.place.precision == "admin1"
            or bool(_ADMIN1_CUE_AFTER.match(text[k.end : k.end + 20]))
            or _ADMIN1_CUE_BEFORE.search(gap) is not None  # "in the countryside of Raqqa"
        )
        for s in spans[first:pos]:
            if s.place is not None and len(s.cands) >= 2:
                _locate_by(s, k.place, by_governorate, focus)
            if (
                s.place is not None
                and k.place.admin1_pcode
                and (gap.strip(" ,") or k.place.precision == "admin1")  # "A, B": a list
            ):
                _far_namesake(s, k.place, by_governorate, gaz)
    _list_namesakes(text, spans, focus, gaz)
    towns = Counter(
        s.place.gazetteer_id
        for s in spans
        if s.place is not None and s.place.country == focus and s.place.precision == "town"
    )
    if not towns:
        return
    for i, s in enumerate(spans):
        if s.place is None or s.place.precision not in ("town", "neighbourhood"):
            continue
        after = text[s.end : s.end + 30]
        j = i
        # "the al-Tay and Hiko neighbourhoods": the plural noun after a list names each
        while not (_HOOD.match(after) or _DISTRICT.match(after)) and j + 1 < len(spans):
            if _LIST_GAP.match(text[spans[j].end : spans[j + 1].start]) is None:
                break
            j += 1
            after = text[spans[j].end : spans[j].end + 30]
            if _HOOD.match(after) is None:
                after = ""
        if not (_HOOD.match(after) or _DISTRICT.match(after)):
            continue
        hosts = [
            (span.place, n)
            for span in spans
            if span.place is not None
            and span is not s
            and (n := towns.get(span.place.gazetteer_id, 0))
            and span.place.gazetteer_id != s.place.gazetteer_id
        ]
        if not hosts:
            continue
        most = max(n for _, n in hosts)  # the article's main town(s), not a passing name
        hosts = [(h, n) for h, n in hosts if n == most]
        hood = [
            (min(_dist(c.place.lat, c.place.lon, h.lat, h.lon) for h, _ in hosts), c.place)
            for c in s.cands
            if c.place.country == focus and c.place.precision in ("town", "neighbourhood")
        ]
        close = [(d, p) for d, p in hood if d <= _HOOD_RADIUS_KM]
        if close:
            s.place = min(close, key=lambda dp: dp[0])[1]
        elif _DISTRICT.match(after) is None and s.place.population < _LOOKALIKE_MAX_POP:
            # an unknown quarter: the article's main town holds it (a city is never
            # another town's quarter: "New Aleppo neighbourhoods")
            s.place = max(hosts, key=lambda hn: hn[1])[0]


#: A village this small, named by a locator or among list-mates far from it, is an unknown
#: place of that context rather than its namesake elsewhere.
_NAMESAKE_MAX_POP = 10_000
#: A look-alike spelling of a town this big is still that town ("Khan Sheihkoun")
_LOOKALIKE_MAX_POP = 25_000
#: A list member this far from every firmly found list-mate is not the namesake found.
_LIST_NAMESAKE_KM = 100.0


def _replaceable_namesake(p: Place, tier: int) -> bool:
    """Tell whether ``p`` is a plain village record (or a look-alike) the context overrules."""
    return (
        p.precision == "town"
        and p.population < (_NAMESAKE_MAX_POP if tier == 1 else _LOOKALIKE_MAX_POP)
        and not p.gazetteer_id.startswith(("overlay:", "context:", "admin1:"))
        and p.feature_code not in ("PPLC", "PPLA", "PPLA2")
    )


def _context_place(
    s: _Span,
    pcode: str,
    admin1: str | None,
    point: tuple[float, float],
    precision: Precision,
    gaz: Gazetteer | None = None,
) -> None:
    found = (
        _namesake_in(gaz, s.surface, pcode, point if precision == "district" else None)
        if gaz is not None
        else None
    )
    if found is not None:  # a place of that governorate spelt like the name
        s.place, s.cands = found, [Candidate(found, 0.0, 2)]
        return
    place = Place(
        name=s.surface,
        lat=point[0],
        lon=point[1],
        country=s.place.country if s.place is not None else None,
        admin1=admin1,
        admin1_pcode=pcode,
        precision=precision,
        gazetteer_id=f"context:{pcode}",
    )
    s.place, s.cands = place, [Candidate(place, 0.0, 3)]


def _far_namesake(
    s: _Span, where: Place, by_governorate: bool, gaz: Gazetteer | None = None
) -> None:
    """Place a village by its locator ("Saida, near Ain Issa", "X in the Hama countryside").

    A village found only in another governorate (and, for "near"/"east of", farther than
    :data:`_RELATIVE_RADIUS_KM` from the locator) is an unknown place of the locator's
    governorate, not its namesake elsewhere.
    """
    p = s.place
    if p is None or p.admin1_pcode == where.admin1_pcode or not _replaceable_namesake(p, _tier(s)):
        return
    if not by_governorate and _dist(p.lat, p.lon, where.lat, where.lon) <= _RELATIVE_RADIUS_KM:
        return
    pcode = where.admin1_pcode
    if pcode is None:
        return
    if by_governorate or where.precision == "admin1":
        _context_place(s, pcode, where.admin1, (where.lat, where.lon), "admin1", gaz)
    else:
        _context_place(s, pcode, where.admin1, (where.lat, where.lon), "district", gaz)


def _list_namesakes(
    text: str, spans: list[_Span], focus: str | None, gaz: Gazetteer | None = None
) -> None:
    """Place a list member far from its list-mates in their area ("Hamidiyah and Thiban").

    A plain village record more than :data:`_LIST_NAMESAKE_KM` from every firmly found
    list-mate, all of one other governorate, gives way to its namesake there, else to an
    unknown place of that governorate near the mates.
    """
    n = len(spans)
    k = 0
    while k < n:
        j = k
        while j + 1 < n and _LIST_GAP.match(text[spans[j].end : spans[j + 1].start]):
            j += 1
        if j > k:
            members = spans[k : j + 1]
            for s in members:
                p = s.place
                if p is None or p.country != focus or not _replaceable_namesake(p, _tier(s)):
                    continue
                namesakes = sum(1 for c in s.cands if c.tier == 1 and c.place.country == focus)
                if _tier(s) == 1 and not p.gazetteer_id.startswith("wof:") and namesakes < 3:
                    continue  # a GeoNames town ("Sukhnah and Deir ez-Zor") is named for itself
                mates = [
                    m.place
                    for m in members
                    if m is not s
                    and m.place is not None
                    and m.place.country == focus
                    and m.place.precision in ("town", "site", "neighbourhood", "district")
                    and _tier(m) <= 2
                    and not m.place.gazetteer_id.startswith("context:")
                ]
                pcodes = {m.admin1_pcode for m in mates}
                if not mates or len(pcodes) != 1 or p.admin1_pcode in pcodes:
                    continue
                if min(_dist(p.lat, p.lon, m.lat, m.lon) for m in mates) <= _LIST_NAMESAKE_KM:
                    continue
                pcode = next(iter(pcodes))
                if pcode is None:
                    continue
                same = [
                    c
                    for c in s.cands
                    if c.place.country == focus
                    and c.place.admin1_pcode == pcode
                    and c.place.precision == "town"
                ]
                if same:
                    s.place = same[0].place
                else:
                    _context_place(s, pcode, mates[0].admin1, _centroid(mates), "district", gaz)
        k = j + 1


def _locate_by(s: _Span, where: Place, by_governorate: bool, focus: str | None) -> None:
    """Pick the namesake of ``s`` in the governorate of ``where``, or the nearest to it."""
    local = [c for c in s.cands if c.place.country == focus and c.place.precision != "admin1"]
    if by_governorate:
        same = [c for c in local if c.place.admin1_pcode == where.admin1_pcode]
        if same:
            s.place = same[0].place
        return
    near = [
        (_dist(c.place.lat, c.place.lon, where.lat, where.lon), c)
        for c in local
        if c.place is not where
    ]
    near = [(d, c) for d, c in near if d <= _RELATIVE_RADIUS_KM]
    if near:
        s.place = min(near, key=lambda dc: dc[0])[1].place


def _same_spelt_local(
    surface: str, top: Candidate, local: Candidate, named: frozenset[str | None]
) -> bool:
    """Tell whether an Arabic name is the local place spelt like it, not a town abroad.

    "al-Sour" in a Syrian report is As Sur (the same letters, vowels aside), not Tyre, whose
    alternate name it also is; a country, a capital or a major city still wins.
    """
    p = top.place
    if _big(p) or p.population >= _MAJOR_CITY_POP or not _has_article_prefix(surface):
        return False
    if p.country in named:
        return False  # "al-Sour in southern Lebanon": the text names the town's country
    return spelling(name_key(surface)) == spelling(name_key(local.place.name))


def _first_in(cands: list[Candidate], country: str) -> Candidate | None:
    """Return the first candidate in ``country``, or None (the others are not looked at)."""
    for c in cands:
        if c.place.country == country:
            return c
    return None


def _prefer_foreign(top: Candidate, local: Candidate, focus: str | None) -> bool:
    """Tell whether a world capital or country beats a small same-named local place."""
    p = top.place
    if p.country == focus:
        return False
    if (
        top.tier == 1
        and local.tier > 1
        and p.country in REGION
        and p.population >= _BORDER_TOWN_MIN_POP
        and focus is not None
        and _near_theatre(p, focus)
    ):
        return True  # "Akcakale" is the Turkish town, not a Syrian look-alike
    if (
        top.tier == 1
        and local.tier > 1
        and p.country in REGION
        and p.population >= _NEIGHBOUR_MIN_POP
    ):
        return True  # "Erbil" is the Iraqi city, not the look-alike ‘Irbin
    big = p.precision == "country" or p.feature_code == "PPLC"
    # only the exact name: a look-alike of Rabat is no reason to drop the village Rub`at
    return big and top.tier == 1 and local.place.population < 100_000 and local.tier >= top.tier


def _acceptable_foreign(place: Place, locative: bool) -> bool:
    if place.precision == "country" or place.feature_code == "PPLC":
        return True
    return place.population >= _FOREIGN_MIN_POP or (locative and place.population >= 5000)


_MAJOR_CITY_POP = 1_000_000
_NEIGHBOUR_MIN_POP = 50_000
#: A town this big in a neighbouring country's border strip is meant by its exact name.
_BORDER_TOWN_MIN_POP = 10_000
#: The theatre's border strips: a box around each theatre country, in degrees
#: (south, west, north, east), widened by :data:`_BORDER_STRIP_DEG`.
_THEATRE_BOXES = {"SY": (32.3, 35.6, 37.4, 42.4)}
_BORDER_STRIP_DEG = 0.5


def _near_theatre(place: Place, focus: str) -> bool:
    """Tell whether ``place`` lies in the border strip around the theatre ``focus``."""
    box = _THEATRE_BOXES.get(focus)
    if box is None:
        return False
    south, west, north, east = box
    pad = _BORDER_STRIP_DEG
    return south - pad <= place.lat <= north + pad and west - pad <= place.lon <= east + pad


def _strong_foreign(text: str, s: _Span, place: Place, spans: list[_Span], focus: str) -> bool:
    """Tell whether a foreign town in a text about ``focus`` has the evidence it needs.

    A country, a capital or a major city stands on its own; a town in a neighbouring country
    needs a locative cue ("in Nusaybin") and some size; any other town needs its country in
    the text: "in X, Egypt", "Egypt's X", "the Egyptian city of X", or the country named
    elsewhere in the text together with a locative cue. Otherwise no place: "Al-Shorouk" in
    a Syrian story is a newspaper, not El Shorouk, Egypt.
    """
    if _big(place) or place.population >= _MAJOR_CITY_POP:
        return True
    cc = place.country
    if cc in REGION and s.cue_locative and place.population >= _NEIGHBOUR_MIN_POP:
        return True
    if cc in REGION and place.population >= _BORDER_TOWN_MIN_POP and _near_theatre(place, focus):
        return True  # the exact name of a border town: Akcakale is not Tal Abyad
    before = text[max(0, s.start - 40) : s.start]
    m = re.search(r"\b(\w+)\s+(?:city|town|village|capital|port|province)\s+of\s+$", before)
    if m and _DEMONYMS.get(m.group(1).lower()) == cc:
        return True
    named = {
        k.cands[0].place.country
        for k in spans
        if k.cands and k.cands[0].tier == 1 and k.cands[0].place.precision == "country"
    }
    if cc not in named and all(c != cc for c, _ in _demonym_counts(text)):
        return False
    for k in spans:
        p = k.cands[0].place if k.cands else None
        if p is None or p.precision != "country" or p.country != cc:
            continue
        gap = text[s.end : k.start] if k.start >= s.end else text[k.end : s.start]
        if re.fullmatch(r",\s*|['’]s\s+", gap):
            return True  # "El Shorouk, Egypt", "Egypt's El Shorouk"
    return s.cue_locative


def _dist(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    kx = math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot((lat1 - lat2) * 111.2, (lon1 - lon2) * 111.2 * kx)


# ---------------------------------------------------------------------- precision cues
def _with_precision(s: _Span, cands: list[Candidate], kind: Precision) -> Place | None:
    """Return the best candidate of the wanted kind in the current place's country."""
    cc = s.place.country if s.place else None
    for c in cands:
        if c.place.precision == kind and (cc is None or c.place.country == cc):
            return c.place
    return None


def _precision_cues(text: str, spans: list[_Span], gaz: Gazetteer) -> None:
    admin1_list: set[int] = set()
    # "the provinces of A, B and C": A and each span joined to it by a list gap
    for k, s in enumerate(spans):
        before = text[max(0, s.start - 40) : s.start]
        low = before.lower()  # a key word first: a search over every offset costs far more
        if ("provinc" in low or "governorat" in low) and _ADMIN1_BEFORE.search(before):
            admin1_list.add(k)
            m = k
            while m + 1 < len(spans) and _LIST_GAP.match(text[spans[m].end : spans[m + 1].start]):
                m += 1
                admin1_list.add(m)
    # "A, B and C provinces": walk back from the span the cue follows
    nexts = [_next_char(text[s.end : s.end + 40]) for s in spans]
    for k, s in enumerate(spans):
        if (
            nexts[k] in _ADMIN1_INITIALS
            and _ADMIN1_AFTER.match(text[s.end : s.end + 30])
            and re.match(
                r"^\s+(?:provinces|governorates)\b", text[s.end : s.end + 30], re.IGNORECASE
            )
        ):
            m = k
            admin1_list.add(m)
            while m > 0 and _LIST_GAP.match(text[spans[m - 1].end : spans[m].start]):
                m -= 1
                admin1_list.add(m)
    for k, s in enumerate(spans):
        if s.place is None:
            continue
        after = text[s.end : s.end + 40]
        before = text[max(0, s.start - 40) : s.start]
        s.precision = s.place.precision
        # a cue noun after the name starts with one of a few letters: most names skip them
        nxt = nexts[k]
        admin1_after = nxt in _ADMIN1_INITIALS and _ADMIN1_AFTER.match(after) is not None
        if k in admin1_list or admin1_after:
            admin = _with_precision(s, s.cands, "admin1")
            if admin is None and s.place.admin1_pcode:
                admin = gaz.admin1_place(s.place.admin1_pcode)
            if admin is not None:
                s.place, s.precision = admin, "admin1"
            continue
        site = _SITE_AFTER.match(after) if nxt in _SITE_INITIALS else None
        if site:
            codes = site_codes(site.group(1))
            if s.place.precision == "site" and s.place.feature_code in codes:
                s.end += site.end()
                continue
            near = _sites_near(gaz, s.place, codes)
            if near and s.place.precision in ("town", "neighbourhood", "site"):
                s.place, s.precision = near[0], "site"
                s.end += site.end()
                continue
        low = before.lower()
        if (nxt in _TOWN_INITIALS and _TOWN_AFTER.match(after)) or (
            ("city" in low or "town" in low or "village" in low) and _TOWN_BEFORE.search(before)
        ):
            town = _with_precision(s, s.cands, "town")
            if town is not None and s.place.precision != "town":
                s.place = town  # a town its context already chose stays ("X town in Y")
            s.precision = "town"
        elif (
            nxt in _HOOD_INITIALS
            and _HOOD.match(after)
            and s.place.precision in ("town", "neighbourhood", "site")
        ):
            s.precision = "neighbourhood"
        elif (nxt in _DISTRICT_INITIALS and _DISTRICT.match(after)) or (
            "district" in low
            and _DISTRICT_BEFORE.search(before)
            and not _NAMED_DISTRICT_BEFORE.search(before)
        ):
            # "the Ras al-Ain district": the area around the town (Syria's admin-2 units are
            # named after their seats); a city's "district" is one of its neighbourhoods
            if s.place.precision == "town":
                s.precision = "district"
            elif s.place.precision == "neighbourhood":
                s.precision = "neighbourhood"
        if s.place.precision == "admin1" and not admin1_after:
            # a bare governorate name with a same-named city: the city is meant
            town = _with_precision(s, s.cands, "town")
            if town is not None and town.admin1_pcode == s.place.admin1_pcode:
                s.place, s.precision = town, "town"


# ---------------------------------------------------------------------- metonymy
#: Capitalised head words before a site's name ("Camp Roj", "Sadd Tishreen")
_HEADS_BEFORE = frozenset({"Camp", "Base", "Fort", *_ARABIC_HEADS})


def _site_words(rest: str) -> bool:
    """Tell whether the capitalised words after a name are a site head ("National Hospital")."""
    m = _SITE_PHRASE_AFTER.fullmatch(rest)
    if m is None:
        return False
    return bool(m.group("mods")) or m.group("head").lower() not in _BARE_NOT_SITE


#: Modifiers that make one noun with the head ("gas field", "water station")
_KIND_MODIFIERS = frozenset(
    {"oil", "gas", "power", "water", "border", "naval", "military", "police", "suspension"}
    | {"thermal", "cement", "sugar", "grain", "air", "detention", "displacement", "refugee"}
)


def _head_noun(head: str) -> str:
    """Return the English singular noun of a site head ("silos", "barrage" -> "dam")."""
    h = " ".join(head.lower().split())
    h = _HEAD_NOUN.get(h, h)
    if h.startswith("base "):
        return "base"
    if h == "factories":
        return "factory"
    if h.endswith("s") and h not in ("silos", "barracks") and not h.endswith("ss"):
        h = h[:-1]
    return _HEAD_NOUN.get(h, h)


def _site_head(text: str, s: _Span) -> tuple[int, int, str] | None:
    """Return (start, end, noun) of the site phrase around ``s``, or None.

    After the name: "the Ain Issa silos", "Tabqa military airport", "Qamishli National
    Hospital"; before it: "the Dam of al-Baath", "Camp Roj", "Sadd Tishreen", "le barrage de
    Tichrine", "l'aéroport militaire de Kweires".
    """
    after = text[s.end : s.end + 60]
    if after[:1].isspace() and after.lstrip()[:1] in _SITE_PHRASE_INITIALS:
        m = _SITE_PHRASE_AFTER.match(after)
        if m is not None and (m.group("mods") or m.group("head").lower() not in _BARE_NOT_SITE):
            noun = _head_noun(m.group("head"))
            kind = m.group("mods").split()[-1:]
            if kind and kind[0].lower() in _KIND_MODIFIERS:
                noun = f"{kind[0].lower()} {noun}"  # "gas field", "military airport"
            return s.start, s.end + m.end(), noun
    before = text[max(0, s.start - 45) : s.start]
    if not before[-1:].isspace() and not before.endswith(("'", "’")):
        return None
    # the word before the name tells which head-first form may apply (searches anchored at
    # the end try every offset: only run the one that can match)
    tail = before.rstrip()
    last = tail[tail.rfind(" ") + 1 :]
    low = last.lower()
    english = low == "of" or last in ("Camp", "Base", "Fort")
    french = low in ("de", "du") or low.endswith(("d'", "d’", "l'", "l’"))
    if not (english or french or last in _ARABIC_HEADS):
        return None
    m = _SITE_BEFORE_EN.search(before) if english else None
    if m is not None:
        head = m.group("head") or m.group("cap")
        return (
            s.start - len(before) + m.start("head" if m.group("head") else "cap"),
            s.end,
            (_head_noun(head)),
        )
    m = _SITE_BEFORE_AR.search(before) if last in _ARABIC_HEADS else None
    if m is not None:
        return s.start - len(before) + m.start("head"), s.end, _ARABIC_HEADS[m.group("head")]
    if french:
        m = _SITE_BEFORE_FR.search(before)
        if m is not None:
            return s.start - len(before) + m.start("head"), s.end, _head_noun(m.group("head"))
    return None


def _sites_near(gaz: Gazetteer, p: Place, codes: tuple[str, ...]) -> list[Place]:
    """Return the sites of ``codes`` within 15 km of ``p`` in its governorate, nearest first.

    A site across a governorate line is another town's: "the Kiswah base" (Rif Dimashq) is
    not the Mezzeh airport of Damascus, 13 km off.
    """
    near = gaz.sites_near(p.lat, p.lon, radius_km=15, feature_codes=codes)
    return [q for q in near if p.admin1_pcode is None or q.admin1_pcode in (p.admin1_pcode, None)]


def _site_phrases(text: str, spans: list[_Span], gaz: Gazetteer, focus: str | None) -> None:
    """Make a name with a generic site head the site: the whole phrase is the mention.

    The site of that name in the gazetteer ("Hmeimim airbase" is the Russian base, wherever
    a village Hmeimim lies), else a site of that kind within 15 km of the place, else the
    site at the place's point, named by the place and the head noun ("‘Ayn ‘Īsá silos";
    an unknown place of the context as the text writes it), the mention's precision "site",
    the point's that of the place. The mention covers the whole phrase.
    """
    if focus is None:
        return
    gone: set[int] = set()
    for k, s in enumerate(spans):
        if k in gone or (s.place is None and not s.cands) or s.rejected:
            continue
        found = _site_head(text, s)
        if found is None:
            continue
        start, end, noun = found
        p = s.place
        codes = site_codes(noun) or site_codes(noun.rsplit(" ", 1)[-1])
        site = None
        if p is not None and p.precision == "site" and (not codes or p.feature_code in codes):
            site = p
        else:
            for c in gaz.candidates(f"{s.surface} {noun}", limit=5, fuzzy=False):
                if c.tier <= 2 and c.place.precision == "site" and c.place.country == focus:
                    site = c.place
                    break
            if site is None and p is not None and codes and p.country == focus:
                near = _sites_near(gaz, p, codes)
                if near and p.precision in ("town", "neighbourhood", "site"):
                    site = near[0]
        if site is None:
            if (
                p is None
                or p.country != focus
                or not (
                    p.precision in ("site", "neighbourhood", "town", "district")
                    or p.gazetteer_id.startswith("context:")
                )
            ):
                continue
            if p.gazetteer_id.startswith("context:"):
                name = " ".join(text[start:end].split())  # no other name: as written
            else:
                name = f"{p.name} {noun}"  # "Ain Issa silos": the place's name and the head
            slug = re.sub(r"\W+", "-", name.lower()).strip("-")
            site = Place(
                name=name,
                lat=p.lat,
                lon=p.lon,
                country=p.country,
                admin1=p.admin1,
                admin1_pcode=p.admin1_pcode,
                precision=p.precision,
                gazetteer_id=(
                    p.gazetteer_id  # a place of the context stays one ("context:SY08")
                    if p.gazetteer_id.startswith("context:")
                    else f"site:{slug}@{p.admin1_pcode or ''}"
                ),
                feature_code=codes[0] if codes else None,
            )
        for j, other in enumerate(spans):  # a head word spotted as a name of its own
            if other is not s and other.start < end and other.end > start:
                gone.add(j)
        tier = 1 if site.precision == "site" else _tier(s)
        s.place, s.precision = site, "site"
        s.start, s.end, s.surface = start, end, text[start:end]
        s.cands = [Candidate(site, s.cands[0].score if s.cands else 0.0, tier)]
    if gone:
        spans[:] = [s for k, s in enumerate(spans) if k not in gone]


def _is_metonymy(text: str, s: _Span) -> bool:
    p = s.place
    assert p is not None
    if not (p.precision == "country" or p.feature_code == "PPLC"):
        return False
    after = text[s.end : s.end + 80]
    before = text[max(0, s.start - 60) : s.start]
    if _METONYMY_POSSESSIVE.match(after) or _METONYMY_BEFORE.search(before):
        return True
    if p.precision == "country" and _STATE_NOUN_AFTER.match(after):
        return True
    if p.precision != "country" and _CAPITAL_STATE_AFTER.match(after):
        return True  # "the Damascus government", "Damascus forces"
    org = _WITH_ORGANISATION_AFTER.match(after)
    rest = after[org.end() :] if org and not _WHERE_BEFORE.search(before[-40:]) else ""
    if rest and (_METONYMY_AFTER.match(rest) or _ACTION_AFTER.match(rest)):
        return True  # "Damascus and the SDF signed a deal"
    return bool(_METONYMY_AFTER.match(after) or _ACTION_AFTER.match(after))


#: Nouns after a capital that make it its government ("the Damascus government", "Ankara
#: authorities", "Damascus forces"); not "embassy", "airport" or "base", which are places.
_CAPITAL_STATE_AFTER = re.compile(
    r"^\s+(?:government|regime|authorities|administration|officials|forces|troops|army"
    r"|military|leadership)\b",
    re.IGNORECASE,
)
#: "X and the SDF", "X and the Kurdish-led SDF": a state listed with an organisation (the
#: article "the" and capitalised words), before the verb that makes both actors.
_WITH_ORGANISATION_AFTER = re.compile(
    r"^\s+and\s+the\s+(?:[\w-]+\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
)


#: Words before a name that make it a location ("fled to Turkey", "arrived in Ankara",
#: "the border with Iraq", "réfugiés en Turquie").
_WHERE_BEFORE = re.compile(
    r"(?:\b(?:in|at|to|from|into|inside|across|near|towards?|outside|through|via|within"
    r"|throughout|over|entered|entering|reached|reaching|visited|visiting|visit\s+to|trip\s+to"
    r"|border\s+with|borders\s+with|bordering|en|au|aux|vers|depuis|dans|à|a|jusqu['’]au"
    r"|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|parts?|areas?"
    r"|regions?|territory|soil|capital|city|cities|provinces?|side|interior|borders?"
    r"|frontière)\s+(?:of|de|du|des))"
    r"|(?:\s|^)(?:by\s+)?(?:land|air|sea))\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.IGNORECASE,
)
#: Words after a name that make it a location ("the Turkey-Syria border", "Iraq's Sinjar").
_WHERE_AFTER = re.compile(
    r"^(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:border|frontier|territory|soil|north|south|east|west"
    r"|provinces?|cities|city|towns?|capital|airspace|side)\b|\s*[-–]\s*\w+\s+border\b"
    r"|\s+(?:border|frontier|side)\b)",
    re.IGNORECASE,
)


def _located(text: str, s: _Span) -> bool:
    """Tell whether a name is a location by its words: "fled to Turkey", "Iraq's border"."""
    if _WHERE_AFTER.match(text[s.end : s.end + 60]):
        return True
    before = text[max(0, s.start - 40) : s.start]
    # ASCII text (without the separators \x1c-\x1f, which only Unicode \s reads as spaces)
    # reads alike with the ASCII twin, which re tries faster (no Unicode case folding)
    plain = before.isascii() and not any(c in before for c in "\x1c\x1d\x1e\x1f")
    return (_WHERE_BEFORE_A if plain else _WHERE_BEFORE).search(before) is not None


_WHERE_BEFORE_A = re.compile(_WHERE_BEFORE.pattern, re.IGNORECASE | re.ASCII)
_COORDINATION = re.compile(r"^\s*(?:,|and|et|&|,\s*and)\s+(?:the\s+|les?\s+|la\s+|l['’])?$")


def _coordinated_metonymy(text: str, spans: list[_Span], focus: str | None = None) -> None:
    """Extend metonymy along a list of states: "Russia and the US reached a deal".

    A big foreign city listed with a state speaks for its government too: "Baghdad and
    Erbil agreed" (the Kurdistan Region's), never the place of an event.
    """

    def state_like(p: Place) -> bool:
        return _big(p) or (p.country != focus and p.population >= _NEIGHBOUR_MIN_POP)

    for _ in range(2):  # forwards then backwards through a list of up to three
        for a, b in itertools.pairwise(spans):
            if a.place is None or b.place is None or a.metonymy == b.metonymy:
                continue
            if _located(text, a) or _located(text, b):
                continue  # "from Iraq and Turkey": places
            if not (state_like(a.place) and state_like(b.place)):
                continue
            if not (_big(a.place) or _big(b.place)):
                continue  # one of them is a state
            if _COORDINATION.match(text[a.end : b.start]):
                a.metonymy = b.metonymy = True


# ---------------------------------------------------------------------- unknown villages
# "the villages of A, B and C", "A, B and C villages in the eastern Deir ez-Zor countryside",
# "the X base in the countryside of Hasakah": a village or site the gazetteer does not know
# (or knows only by a far look-alike) is still in the governorate its list-mates or its
# locator give. It is kept at that governorate, its point that of the places around it, and
# its precision "district" (ACLED's "geo-precision 2-3": near a named place, not at it).
_ARTICLE_WORD = r"(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh)[-‐]"
_LIST_TOKEN = rf"(?:{_ARTICLE_WORD})?[A-Z][\w'’‘`]*(?:-[\w'’‘`]+){{0,3}}"
_LIST_NAME = rf"{_LIST_TOKEN}(?:[ ](?:{_LIST_TOKEN}|bin|ibn)){{0,3}}"
_LIST = rf"{_LIST_NAME}(?:\s*,\s*(?:and\s+)?{_LIST_NAME}|,?\s+and\s+{_LIST_NAME})*"
_ONE_NAME = re.compile(_LIST_NAME)
_VILLAGES_BEFORE = re.compile(
    rf"(?:villages?|hamlets?|towns?\s+and\s+villages|villages\s+and\s+towns)"
    rf"(?:\s+of|[^.;:\n]{{0,80}}?\b(?:including|such\s+as|among\s+them))\s+(?P<list>{_LIST})"
)
#: French: "les villages de A, B et C", "la base américaine d'X", "le champ pétrolier de X"
_LIST_FR = rf"{_LIST_NAME}(?:\s*,\s*(?:et\s+)?{_LIST_NAME}|,?\s+et\s+{_LIST_NAME})*"
_VILLAGES_BEFORE_FR = re.compile(
    r"(?P<noun>villages?|localités?|hameaux|hameau|base(?:\s+(?:américaine|militaire|russe"
    r"|turque|iranienne|aérienne))?|champ\s+(?:pétrolier|gazier)|aéroport|colline)"
    rf"\s+(?:de\s+|d['’])(?P<list>{_LIST_FR})"
)
_LIST_END = re.compile(rf"(?P<list>{_LIST})[\"”’]?$")
#: Cue nouns after a name ("Hajin and Gharanij villages", "the Tal Baydar base")
_NOUNS_AFTER = (
    "village", "hamlet", "base", "airbase", "airport", "airfield", "area", "hill",
    *("oil field", "gas field", "oilfield", "gasfield", "gas plant", "crossing", "camp"),
    *("garrison", "airstrip", "silos", "checkpoint", "bridge"),
)  # fmt: skip
#: Cue nouns that place an unknown name only by a locator or list-mates of its sentence,
#: never by the article's governorate ("the Newroz camp near Derik", not "the Trump camp")
#: Cue nouns added in round 5: after a name already found they add nothing
_PLACED_SITE_NOUNS = (
    "oil field", "gas field", "oilfield", "gasfield", "gas plant", "crossing", "camp",
    "garrison", "airstrip", "silos", "checkpoint", "bridge",
)  # fmt: skip
_LOCATOR_ONLY_NOUNS = frozenset({"area", "crossing", "camp", "silos", "checkpoint", "bridge"})
#: Words between a name and its cue noun: "the Kharab al-Jir American base"
_SITE_ADJECTIVES = frozenset(
    {
        "American",
        "US",
        "U.S.",
        "Russian",
        "Turkish",
        "Iranian",
        "coalition",
        "military",
        "army",
        "border",
    }
)
_QUOTES = "\"”’“'"
_LOCATOR_GAP_FR = re.compile(
    r"^[^.;\n]{0,100}?\b(?:dans|près|autour|aux\s+environs|à\s+l['’](?:est|ouest)"
    r"|au\s+(?:nord|sud)(?:-(?:est|ouest))?)\s+(?:de\s+|d['’]|du\s+)?(?:la\s+|le\s+|l['’])?"
    r"(?:(?:région|campagne|province|périphérie|banlieue|environs|gouvernorat)\s+"
    r"(?:de\s+|d['’]|du\s+)?(?:la\s+|le\s+|l['’])?)?$",
    re.IGNORECASE,
)
_LOCATOR_GAP = re.compile(
    r"^[^.;\n]{0,100}?\b(?:in|near|outside|around|of|off|by)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern"
    r"|south-?western|rural|countryside|outskirts|vicinity|desert|province|governorate"
    r"|north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+"
    r"(?:of\s+)?(?:the\s+)?){0,2}$",
    re.IGNORECASE,
)
_LIST_REACH = 200
#: A direction from a place right after a name: ", west of Y", " 5 km south of the Y", " in
#: the eastern Y countryside" (group "cs": the place must be followed by "countryside")
#: (two patterns, each starting at a word, so that ``re`` skips to their first letters; a
#: distance before the direction and the name's end are checked by hand)
_DIRECTION_OF = re.compile(
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?"
)
_IN_THE = re.compile(r"in\s+the\s+(?:(?:north|south|east|west)\w*\s+)?")
_DISTANCE_END = re.compile(r"\d+\s*(?:km|kilometres|kilometers|miles)\s+\Z")
_COUNTRYSIDE_AFTER = re.compile(r"\s+(?:countryside|outskirts|desert)\b")
#: Words that start village names: "Tal Baydar", "Khirbet Ghazaleh", "Kafr Nabudah"
_TOPONYM_WORDS = (
    r"Tal|Tall|Tell|Tel|Ain|Ayn|Ein|Deir|Dayr|Kafr|Kfar|Khirbet|Khirbat|Khirbit|Kherbet|Mazraat"
    r"|Qasr|Bir|Jabal|Jebel|Jisr|Tal'at|Talat|Ard"
)
_TOPONYM_NAME = re.compile(
    r"(?:" + _TOPONYM_WORDS + r")[ ](?:(?:al|el|as|ash|ad|ar|az|at)-)?[A-Z][\w'’]+"
    r"(?:-[\w'’]+)?(?:[ ](?:(?:al|el|as|ash|ad|ar|az|at)-)[A-Z][\w'’]+)?"
)
#: Endings of a compound adjective that qualifies the noun after it ("the SDF-held area", "a
#: Turkish-backed base", "Kurdish-majority towns"): never a place name, and never the last
#: word of a line unless the line is wrapped (corpus._text reads the same list)
COMPOUND_ENDINGS = (
    *("held", "controlled", "backed", "led", "run", "occupied", "dominated", "affiliated"),
    *("allied", "linked", "based", "aligned", "sponsored", "supported", "majority"),
)
_ACTOR_COMPOUND = re.compile(r"-(?:" + "|".join(COMPOUND_ENDINGS) + r")\b", re.IGNORECASE)


def _unknown_villages(text: str, spans: list[_Span], gaz: Gazetteer, focus: str | None) -> None:
    """Place the unknown members of village lists and site phrases in their governorate."""
    if focus is None:
        return
    # (start, end, names, whether the article's governorate may place them)
    lists: list[tuple[int, int, list[tuple[int, str]], bool]] = []
    # the cue nouns are found with str.find and the patterns tried there only: a regex
    # alternation tried at every offset of every article costs far more
    for at in _word_starts(text, ("village", "hamlet", "towns and villages")):
        m = _VILLAGES_BEFORE.match(text, at)
        if m is not None:
            names = _list_names(m.group("list"), m.start("list"))
            lists.append((m.start("list"), m.end("list"), names, True))
    if " de " in text or " d'" in text or " d’" in text:  # French
        for at in _word_starts(text, _FRENCH_NOUNS):
            m = _VILLAGES_BEFORE_FR.match(text, at)
            if m is None:
                continue
            names = _list_names(m.group("list"), m.start("list"))
            if not m.group("noun").startswith(("village", "localit", "hameau")):
                names = names[:1]
            lists.append((m.start("list"), m.end("list"), names, True))
    placed_ends = {s.end for s in spans if s.place is not None}
    for noun_start, village in _nouns_after(text):
        name_end = _name_before(text, noun_start)
        if name_end < 0:
            continue  # "the area", "a military base": no name before the noun
        if name_end in placed_ends and text.startswith(_PLACED_SITE_NOUNS, noun_start):
            continue  # "the al-Hol camp": a name found (the site phrases take it from here)
        window_start = max(0, name_end - _LIST_REACH)
        # the list is in the clause of its noun
        stop = max(text.rfind(c, window_start, name_end) for c in ("\n", ". ", ";", ":", "("))
        window_start = max(window_start, stop + 1)
        window = text[window_start:name_end]
        found = _LIST_END.search(window)
        if found is None:
            continue
        names = _list_names(found.group("list"), window_start + found.start("list"))
        if names and not village:
            names = names[-1:]  # "X base", "the X area": one name
        if names:
            area = any(text.startswith(n, noun_start) for n in _LOCATOR_ONLY_NOUNS)
            lists.append((names[0][0], window_start + found.end("list"), names, not area))
    # "Tal Baydar, north of Hasakah": a name that starts with a toponym word is a place;
    # unknown to the gazetteer, it is one of its locator's area (never the article's alone)
    known = {s.start for s in spans if s.place is not None}
    for m in _TOPONYM_NAME.finditer(text):
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "'’-_"):
            continue  # inside a word
        if at not in known:
            lists.append((m.start(), m.end(), [(m.start(), m.group())], False))
    # "Turkish forces shelled Mabrouka, west of Ras al-Ain": an unknown name right before a
    # direction from a place found ("west of Y", "in the eastern Y countryside")
    strict: set[int] = set()
    if " of " in text or "countryside" in text:
        placed = {
            s.start: s
            for s in spans
            if s.place is not None and s.place.country == focus and s.place.precision != "country"
        }
        hits = [(m, False) for m in _DIRECTION_OF.finditer(text)]
        hits += [(m, True) for m in _IN_THE.finditer(text)]
        for m, countryside in hits:
            if m.end() not in placed:
                continue
            begin = m.start()
            if not countryside and (d := _DISTANCE_END.search(text, max(0, begin - 20), begin)):
                begin = d.start()  # "X 5 km west of Y"
            name_end = begin - 1  # "X, west of Y", "X in the Y countryside"
            if name_end < 1 or text[name_end] != " ":
                continue
            if text[name_end - 1] == ",":
                name_end -= 1
            if not _is_word_char(text[name_end - 1]) and text[name_end - 1] not in "'’":
                continue
            if m.end() not in placed or (
                countryside and not _COUNTRYSIDE_AFTER.match(text, placed[m.end()].end)
            ):
                continue
            window_start = max(0, name_end - 80)
            found = _LIST_END.search(text, window_start, name_end)
            if found is None:
                continue
            names = _list_names(found.group("list"), found.start("list"))
            if names and names[0][0] not in known:
                lists.append((names[0][0], name_end, names, False))
                strict.add(names[0][0])
    if not lists:
        return
    function, common = _word_lists()
    by_start = {s.start: s for s in spans}
    added: list[_Span] = []
    article: tuple[str, tuple[float, float], Precision, bool] | None = None
    article_read = False  # the article's governorate is looked up once, when first needed
    for start, end, names, by_article in lists:
        listed = len(names) > 1
        members = [(p, n) for p, n in names if _acceptable_unknown(n, function, common, listed)]
        if start in strict:  # found by a direction alone: no word of it an English word
            members = [(p, n) for p, n in members if _no_common_word(n, common)]
        if not members:
            continue
        where = _list_governorate(text, spans, start, end, focus)
        if where is None and by_article:
            if not article_read:
                article, article_read = _article_governorate(spans, gaz, focus), True
            where = article or _previous_governorate(spans, gaz, focus, start)
        if where is None:
            continue
        pcode, anchor, precision, by_locator = where
        admin = gaz.admin1_place(pcode)
        if admin is None:
            continue
        for pos, name in members:
            s = by_start.get(pos)
            if s is not None and s.place is not None:
                if s.place.country == focus and s.place.admin1_pcode == pcode:
                    continue
                same = [
                    c
                    for c in s.cands
                    if c.place.country == focus
                    and c.place.admin1_pcode == pcode
                    and c.place.precision != "admin1"
                ]
                if same:
                    s.place = same[0].place
                    continue
                if _tier(s) == 1 and not (
                    by_locator
                    and _replaceable_namesake(s.place, 1)
                    and _dist(s.place.lat, s.place.lon, anchor[0], anchor[1]) > _RELATIVE_RADIUS_KM
                ):
                    # an exact name stands (a namesake far off is still possible), unless a
                    # locator puts the list in another governorate ("the villages of Saida,
                    # Mu'allaq and Jahbal in the countryside of Ain Issa")
                    continue
                if _big(s.place):
                    continue
            elif s is not None and s.rejected:
                continue  # a person, an organisation: leave it
            if any(a.start == pos for a in added):
                continue
            # a place of that governorate spelt like the name ("Hader in the Quneitra
            # countryside" is Hadar there, not Al Hadir of Aleppo), near the locator if any
            namesake = _namesake_in(gaz, name, pcode, anchor if precision == "district" else None)
            place = namesake or Place(
                name=name,
                lat=anchor[0],
                lon=anchor[1],
                country=focus,
                admin1=admin.admin1,
                admin1_pcode=pcode,
                precision=precision,
                gazetteer_id=f"context:{pcode}",
            )
            if s is not None:
                s.place, s.cands = place, [Candidate(place, 0.0, 3)]
            else:
                span = _Span(pos, pos + len(name), name, [Candidate(place, 0.0, 3)], place=place)
                added.append(span)
    if added:
        spans.extend(added)
        spans.sort(key=lambda s: s.start)


def _namesake_in(
    gaz: Gazetteer, name: str, pcode: str, anchor: tuple[float, float] | None
) -> Place | None:
    """Return the town or village of governorate ``pcode`` a context-placed name may be.

    Only a name of five letters or more (a shorter one meets a village's key by chance);
    with a locator's point (``anchor``), only a place within :data:`_RELATIVE_RADIUS_KM`
    of it, the nearest of the best-spelt.
    """
    if len(name) < 5:
        return None
    found = [
        c
        for c in gaz.namesakes_in(name, pcode, limit=5)
        if c.place.precision in ("town", "neighbourhood")
        and (
            anchor is None
            or _dist(c.place.lat, c.place.lon, anchor[0], anchor[1]) <= _RELATIVE_RADIUS_KM
        )
    ]
    if not found:
        return None
    best = [
        c for c in found if (c.tier, round(c.score, 1)) == (found[0].tier, round(found[0].score, 1))
    ]
    if anchor is not None and len(best) > 1:
        best.sort(key=lambda c: _dist(c.place.lat, c.place.lon, anchor[0], anchor[1]))
    return best[0].place


#: The governorate that is one city (Damascus), and the one around it (Rif Dimashq).
_CITY_GOVERNORATE = "SY01"
_AROUND_CITY_GOVERNORATE = "SY03"
_INSIDE_GAP = re.compile(r"\b(?:in|inside|dans|à)\s+(?:the\s+|central\s+|la\s+ville\s+de\s+)?$")
#: "the village of X" with nothing around to place it: the governorate of the article, when
#: at least this share of its firmly found places (and two of them) lie there.
_ARTICLE_SHARE = 0.6


def _article_governorate(
    spans: list[_Span], gaz: Gazetteer, focus: str
) -> tuple[str, tuple[float, float], Precision, bool] | None:
    """Return the governorate most of an article's places are in (its point, "admin1")."""
    votes = Counter(
        s.place.admin1_pcode
        for s in spans
        if s.place is not None
        and s.place.country == focus
        and s.place.precision in ("town", "district", "site", "neighbourhood")
        and s.place.admin1_pcode
        and _tier(s) == 1
    )
    if not votes:
        return None
    pcode, n = votes.most_common(1)[0]
    admin = gaz.admin1_place(pcode)
    if n < 2 or n < _ARTICLE_SHARE * sum(votes.values()) or admin is None:
        return None
    return pcode, (admin.lat, admin.lon), "admin1", False


#: "... injured in Kobani. Jets bombed the X hill again.": the town named just before.
_PREVIOUS_REACH = 250


def _previous_governorate(
    spans: list[_Span], gaz: Gazetteer, focus: str, start: int
) -> tuple[str, tuple[float, float], Precision, bool] | None:
    """Return the governorate of the town named last before ``start`` (close before it)."""
    for s in reversed(spans):
        if s.end > start:
            continue
        if start - s.end > _PREVIOUS_REACH:
            return None
        p = s.place
        if (
            p is not None
            and p.country == focus
            and p.precision in ("town", "district")
            and p.admin1_pcode
            and _tier(s) == 1
            and not s.metonymy
        ):
            admin = gaz.admin1_place(p.admin1_pcode)
            return (
                None if admin is None else (p.admin1_pcode, (admin.lat, admin.lon), "admin1", False)
            )
    return None


_FRENCH_NOUNS = ("village", "localit", "hameau", "base", "champ", "aéroport", "colline")


def _word_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Return the offsets where one of ``words`` starts a word of ``text``, in order."""
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            if at == 0 or not text[at - 1].isalnum():
                found.append(at)
            at = text.find(word, at + len(word))
    return sorted(set(found))


def _nouns_after(text: str) -> list[tuple[int, bool]]:
    """Return where each cue noun of :data:`_NOUNS_AFTER` starts, and if it is a village's.

    ``str.find`` per noun: a regex alternation tried at every offset costs far more.
    """
    found = []
    for noun in _NOUNS_AFTER:
        at = text.find(noun)
        while at >= 0:
            end = at + len(noun)
            if noun in ("village", "hamlet") and text[end : end + 1] == "s":
                end += 1
            if (at == 0 or not text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                found.append((at, noun in ("village", "hamlet")))
            at = text.find(noun, end)
    return found


def _name_before(text: str, pos: int) -> int:
    """Return where the capitalised word before ``pos`` ends, or -1 if none is there.

    One site adjective ("American") and a closing quote may stand between.
    """
    end = pos
    for _ in range(2):
        stop = len(text[:end].rstrip())
        if stop == end:
            return -1  # the noun is glued to what comes before
        start = text.rfind(" ", 0, stop) + 1
        word = text[start:stop].strip(_QUOTES)
        if word in _SITE_ADJECTIVES:
            end = start
            continue
        bare = word[3:] if word[2:3] in ("-", "‐") else word[4:] if word[3:4] == "-" else word
        if not bare[:1].isupper():
            return -1
        return len(text[:stop].rstrip(_QUOTES))
    return -1


def _list_names(listed: str, offset: int) -> list[tuple[int, str]]:
    """Return (offset, name) of each name of a list ("A, B and C")."""
    names = []
    for m in _ONE_NAME.finditer(listed):
        name, at = m.group(), offset + m.start()
        if name.startswith("The ") and len(name) > 4:  # "The X crossing near Y was closed"
            name, at = name[4:], at + 4
        if name != "and":
            names.append((at, name))
    return names


def _no_common_word(name: str, common: frozenset[str]) -> bool:
    """Tell whether no word of ``name`` (its article aside) is a common English word."""
    words = name.split()
    return len(words) <= 3 and not any(
        _ARTICLE_PREFIX.sub("", w).lower() in common or w.lower() in _DEMONYMS for w in words
    )


def _acceptable_unknown(
    name: str, function: frozenset[str], common: frozenset[str], listed: bool
) -> bool:
    """Tell whether a name of a village list or site phrase may be an unknown place.

    ``listed``: one of several names of a village list, where a capitalised word that is
    also an English word ("Bark") is a village too.
    """
    words = name.split()
    if len(name) < 3 or name.isupper() or _ACTOR_COMPOUND.search(name):
        return False  # "SDF", "the SDF-held area"
    first = words[0].lower()
    if first in function or (len(words) == 1 and first in common and not listed):
        return False
    if not listed and len(words) > 1 and words[-1].lower() in common:
        return False  # "the Islamic State area", "the Olive Branch area": an English compound
    return first not in _DEMONYMS and not any(w.lower() in _DEMONYMS for w in words)


def _list_governorate(
    text: str, spans: list[_Span], start: int, end: int, focus: str
) -> tuple[str, tuple[float, float], Precision, bool] | None:
    """Return the governorate of a list and a point and precision for its unknown members.

    The fourth value tells whether a locator ("in the countryside of X") gave them; None
    when neither a locator nor a clear majority of the places around decides.
    """
    mates = [
        s
        for s in spans
        if start <= s.start < end
        and s.place is not None
        and s.place.country == focus
        and s.place.precision in ("town", "site", "neighbourhood", "district")
        and _tier(s) <= 2
    ]
    locator, gap = None, ""
    for s in spans:
        if s.start < end or s.start > end + 160:
            continue
        if (
            s.place is not None
            and s.place.country == focus
            and (
                _LOCATOR_GAP.match(text[end : s.start])
                or _LOCATOR_GAP_FR.match(text[end : s.start])
            )
        ):
            locator = s.place
            gap = text[end : s.start]
            break
    if locator is not None and locator.admin1_pcode:
        pcode = locator.admin1_pcode
        if pcode == _CITY_GOVERNORATE and not _INSIDE_GAP.search(gap):
            # Damascus governorate is the city: what lies near or outside it is Rif Dimashq
            pcode = _AROUND_CITY_GOVERNORATE
        near = [s.place for s in mates if s.place is not None and s.place.admin1_pcode == pcode]
        if locator.precision != "admin1":
            return pcode, (locator.lat, locator.lon), "district", True
        if near:
            return pcode, _centroid(near), "district", True
        return pcode, (locator.lat, locator.lon), "admin1", True
    votes: Counter[str] = Counter()
    voters: list[Place] = []
    for s in mates:  # an exact name weighs more than a look-alike
        if s.place is not None and s.place.admin1_pcode:
            votes[s.place.admin1_pcode] += 2 if _tier(s) == 1 else 1
            voters.append(s.place)
    # the towns named in the same sentence outside the list ("..., north of Tall Tamr")
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start))
    right = min(x for x in (text.find(".", end), text.find("\n", end), len(text)) if x >= 0)
    for s in spans:
        if (
            left < s.start < right
            and not start <= s.start < end
            and s.place is not None
            and s.place.country == focus
            and s.place.precision in ("town", "district")
            and _tier(s) == 1
            and s.place.admin1_pcode
        ):
            votes[s.place.admin1_pcode] += 1
            voters.append(s.place)
    if not votes:
        return None
    (pcode, n), *rest = votes.most_common()
    if rest and rest[0][1] * 2 >= n:
        return None
    return pcode, _centroid([p for p in voters if p.admin1_pcode == pcode]), "district", False


def _centroid(places: list[Place]) -> tuple[float, float]:
    return (
        round(sum(p.lat for p in places) / len(places), 5),
        round(sum(p.lon for p in places) / len(places), 5),
    )
