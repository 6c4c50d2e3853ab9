"""Incidents: events one article reports, typed with ACLED event types and sub-types.

Each sentence is scanned for event cues (below); the cues of one article that share an event
type, sub-type and label are one incident, whose date range, actors, figures and place are
gathered from those sentences. A figure whose sentence has no cue joins the incident its
category points to (killed / injured -> the fighting, escaped -> the prison break ...), or
starts one.

ACLED types used: Battles (Armed clash; Government regains territory; Non-state actor
overtakes territory), Explosions/Remote violence (Air/drone strike; Shelling/artillery/missile
attack; Remote explosive/landmine/IED; Suicide bomb), Violence against civilians (Attack;
Abduction/forced disappearance), Strategic developments (Arrests; Other, with labels
"prison break", "surrender", "release"), Protests (Peaceful protest).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from corpus._context import NON_ACTORS, Context, gated, twin_of
from corpus._text import lower_twin
from corpus.records import Figure, Incident
from corpus.typing import DatePrecision, EventType
from geo.records import PRECISION_ORDER, Mention, Place

__all__ = ["extract_incidents"]

_Key = tuple[EventType, str, str]

_CUES: list[tuple[_Key, re.Pattern[str]]] = [
    (("Strategic developments", "Other", "prison break"), re.compile(
        r"\b(?:escaped|escape|prison\s+break|jailbreak|break\s+out|broke\s+out|free\s+"
        r"(?:imprisoned|detained))", re.I)),
    (("Explosions/Remote violence", "Suicide bomb", "suicide bombing"), re.compile(
        r"\bsuicide\s+(?:bomb\w*|attack\w*|car\s+bomb)", re.I)),
    (("Explosions/Remote violence", "Air/drone strike", "air strike"), re.compile(
        r"\b(?:air\s*strikes?|airstrikes?|drone\s+strikes?|air\s+raids?|bombed\s+from\s+the\s+"
        r"air|helicopters?\s+(?:fired|struck)|warplanes?)\b", re.I)),
    (("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelling"), re.compile(
        r"\b(?:shell(?:ing|ed|s)|artillery|mortars?|rockets?|missiles?)\b", re.I)),
    (("Explosions/Remote violence", "Remote explosive/landmine/IED", "explosion"), re.compile(
        r"\b(?:car\s+bomb|IEDs?|landmines?|roadside\s+bomb|explosive\s+device|booby|"
        r"explosions?|blasts?)\b", re.I)),
    (("Battles", "Armed clash", "clashes"), re.compile(
        r"\b(?:clash(?:es|ed)?|fighting|fought|battles?|assault|attack(?:ed|s)?|offensive|"
        r"combat|firefight|gunfight|sporadic|combing|siege|besieged)\b", re.I)),
    (("Battles", "Non-state actor overtakes territory", "territory taken"), re.compile(
        r"\bback\s+under\s+(?:\w+\s+)?control|\b(?:regained|retook|recaptured|seized|"
        r"captured|took\s+(?:back\s+)?control\s+of|overran)\b", re.I)),
    (("Strategic developments", "Other", "surrender"), re.compile(
        r"\bsurrender(?:ed|s)?\b|\bgave\s+themselves\s+up|laid\s+down\s+their\s+arms", re.I)),
    (("Strategic developments", "Other", "release"), re.compile(
        r"\b(?:released|freed|rescued|liberated)\s+(?:\w+\s+){0,3}(?:hostages|employees|staff|"
        r"guards|workers|civilians|\d)", re.I)),
    (("Strategic developments", "Arrests", "arrests"), re.compile(
        r"\b(?:arrested|arrests?|rounded\s+up|detained\s+\d|raids?\s+(?:to\s+)?arrest)", re.I)),
    (("Violence against civilians", "Abduction/forced disappearance", "abduction"), re.compile(
        r"\b(?:abducted|kidnapped|abduction)\b", re.I)),
    (("Violence against civilians", "Attack", "attack on civilians"), re.compile(
        r"\b(?:executed|massacre\w*|killed\s+(?:\w+\s+){0,2}civilians)\b", re.I)),
    (("Protests", "Peaceful protest", "protest"), re.compile(
        r"\b(?:protested|protesters|demonstrators|demonstrations?|took\s+to\s+the\s+streets|"
        r"rall(?:y|ied))\b", re.I)),
]  # fmt: skip

_NOT_EVENT = re.compile(
    r"\b(?:will|would|could|might|may|should|urges?|calls?\s+on|called\s+on|fearing|fears?|"
    r"threat|oppose)\b",
    re.I,
)
#: Dates further back than this from publication are background, not the event's date.
_RECENT_DAYS = 60

_HAPPENED = re.compile(r"\b(?:killed|dead|escaped|surrendered)\b", re.I)
_CUE_GATES = [
    ("escap", "prison break", "jailbreak", "break out", "broke out", "free "),
    ("suicide",),
    ("air", "drone", "helicopter", "warplane", "bombed"),
    ("shell", "artillery", "mortar", "rocket", "missile"),
    ("bomb", "ied", "landmine", "explosi", "booby", "blast"),
    (
        "clash",
        "fight",
        "fought",
        "battle",
        "assault",
        "attack",
        "offensive",
        "combat",
        "firefight",
        "gunfight",
        "sporadic",
        "combing",
        "siege",
        "besieged",
    ),
    (
        "back under",
        "regained",
        "retook",
        "recaptured",
        "seized",
        "captured",
        "took control",
        "took back",
        "overran",
    ),
    ("surrender", "gave themselves up", "laid down"),
    ("released", "freed", "rescued", "liberated"),
    ("arrest", "rounded up", "detained", "raid"),
    ("abduct", "kidnap"),
    ("executed", "massacre", "civilians"),
    ("protest", "demonstrat", "took to the streets", "rall"),
]
for (_key, _pat), _gate in zip(_CUES, _CUE_GATES, strict=True):
    gated(_pat, *_gate)
gated(_NOT_EVENT, "will", "would", "could", "might", "may", "should", "urge", "call", "fear",
      "threat", "oppose")  # fmt: skip
gated(_HAPPENED, "killed", "dead", "escaped", "surrendered")

#: French cues (articles whose ``language`` is "fr"), the same keys as :data:`_CUES`, each
#: with its gate key words.
_CUES_FR: list[tuple[_Key, re.Pattern[str], tuple[str, ...]]] = [
    (("Strategic developments", "Other", "prison break"), re.compile(
        r"\b(?:évad\w*|évasions?|en\s+fuite)", re.I), ("évad", "évasion", "en fuite")),
    (("Explosions/Remote violence", "Suicide bomb", "suicide bombing"), re.compile(
        r"\b(?:attentats?[\s-]+suicides?|kamikazes?)\b", re.I), ("suicide", "kamikaze")),
    (("Explosions/Remote violence", "Air/drone strike", "air strike"), re.compile(
        r"\b(?:frappes?\s+aériennes?|raids?\s+aériens?|bombardements?\s+aériens?|frappes?\s+de"
        r"\s+drones?|avions?\s+de\s+combat)\b", re.I), ("aérien", "drone", "avion")),
    (("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelling"), re.compile(
        r"\b(?:bombardements?(?!\s+aériens?)|bombard(?:é|ée|és|ées|ent)|obus|tirs\s+d['’]artillerie"
        r"|artillerie|roquettes?|missiles?|pilonn\w+)\b", re.I),
     ("bombard", "obus", "artillerie", "roquette", "missile", "pilonn")),
    (("Explosions/Remote violence", "Remote explosive/landmine/IED", "explosion"), re.compile(
        r"\b(?:voitures?\s+piégées?|engins?\s+explosifs?|mines?\s+antipersonnel|explosions?"
        r"|attentats?\s+à\s+la\s+bombe)\b", re.I), ("piégé", "explosi", "antipersonnel", "bombe")),
    (("Battles", "Armed clash", "clashes"), re.compile(
        r"\b(?:combats?|affrontements?|accrochages?|attaques?|attaqu(?:é|ée|és|ées|ent)|assauts?"
        r"|offensives?|heurts|ratissage|siège|assiég\w+)\b", re.I),
     ("combat", "affront", "accroch", "attaqu", "assaut", "offensive", "heurts", "ratissage",
      "siège", "assiég")),
    (("Battles", "Non-state actor overtakes territory", "territory taken"), re.compile(
        r"\b(?:(?:a|ont|avoir)\s+repris|reprennent|reprend|pris\s+le\s+contrôle|"
        r"s['’](?:est|sont)\s+emparée?s?|conquis)\b", re.I),
     ("repris", "reprenn", "reprend", "pris le contrôle", "empar", "conquis")),
    (("Strategic developments", "Other", "surrender"), re.compile(
        r"\b(?:se\s+sont\s+rendu(?:e|s|es)?|s['’]est\s+rendue?|redditions?|se\s+rendre|"
        r"ont\s+déposé\s+les\s+armes)\b", re.I), ("rendu", "reddition", "se rendre", "déposé")),
    (("Strategic developments", "Other", "release"), re.compile(
        r"\b(?:libér(?:é|ée|és|ées|er|ent)|relâch(?:é|ée|és|ées|er|ent))\s+(?:\w+\s+){0,3}"
        r"(?:otages|employés|membres|gardiens|civils|travailleurs|\d)", re.I),
     ("libér", "relâch")),
    (("Strategic developments", "Arrests", "arrests"), re.compile(
        r"\b(?:arrêté(?:e|s|es)?|arrestations?|interpellé(?:e|s|es)?|rafles?)\b", re.I),
     ("arrêt", "arrestation", "interpell", "rafle")),
    (("Violence against civilians", "Abduction/forced disappearance", "abduction"), re.compile(
        r"\b(?:enlevé(?:e|s|es)?|kidnappé(?:e|s|es)?|enlèvements?)\b", re.I),
     ("enlev", "enlèv", "kidnapp")),
    (("Violence against civilians", "Attack", "attack on civilians"), re.compile(
        r"\b(?:exécuté(?:e|s|es)?|massacres?|tué(?:e|s|es)?\s+(?:\w+\s+){0,2}civils)\b", re.I),
     ("exécut", "massacre", "civils")),
    (("Protests", "Peaceful protest", "protest"), re.compile(
        r"\b(?:manifest(?:ants?|ations?|é|ent)|protestataires|descendus?\s+dans\s+la\s+rue)\b",
        re.I), ("manifest", "protestataire", "dans la rue")),
]  # fmt: skip
_NOT_EVENT_FR = re.compile(
    r"\b(?:pourrai(?:t|ent)|devrai(?:t|ent)|appelle(?:nt)?\s+à|craint|craignent|menace(?:nt)?"
    r"|s['’]oppose(?:nt)?)\b",
    re.I,
)
_HAPPENED_FR = re.compile(r"\b(?:tués?|tuées?|morts?|évadés?|rendus?)\b", re.I)
for _key, _pat, _gate in _CUES_FR:
    gated(_pat, *_gate)
gated(_NOT_EVENT_FR, "pourrai", "devrai", "appelle", "craint", "craignent", "menace", "oppose")
gated(_HAPPENED_FR, "tué", "mort", "évadé", "rendu")


class _Cues(NamedTuple):
    """One language's event cues (all gated patterns; ids as Context.open_patterns holds them)."""

    cues: list[tuple[_Key, re.Pattern[str]]]
    cue_of: dict[_Key, re.Pattern[str]]
    patterns: frozenset[int]  # ids of the cue patterns
    not_event: re.Pattern[str]
    happened: re.Pattern[str]
    order: dict[int, int]  # pattern id -> its place in ``cues``
    not_event_id: int
    happened_id: int
    #: pattern id -> its :func:`~corpus._text.lower_twin`, searched in the lower-cased
    #: sentence (the sets of ``re.ASCII`` twins only, for text Context.plain accepts)
    lowered: dict[int, re.Pattern[str]]


def _cue_set(
    cues: list[tuple[_Key, re.Pattern[str]]],
    not_event: re.Pattern[str],
    happened: re.Pattern[str],
    *,
    ascii_twins: bool = False,
) -> _Cues:
    """Gather one language's cues; with ``ascii_twins``, their ``re.ASCII`` twins.

    The twins find the same on text Context.plain accepts, faster (see Context.fast).
    """
    if ascii_twins:
        cues = [(k, twin_of(p)) for k, p in cues]
        not_event, happened = twin_of(not_event), twin_of(happened)
    order = {id(p): k for k, (_, p) in enumerate(cues)}
    lowered = {}
    if ascii_twins:
        for p in (*(p for _, p in cues), not_event, happened):
            twin = lower_twin(p)
            if twin is not None:
                lowered[id(p)] = twin
    return _Cues(
        cues,
        dict(cues),
        frozenset(order),
        not_event,
        happened,
        order,
        id(not_event),
        id(happened),
        lowered,
    )


_EN = _cue_set(_CUES, _NOT_EVENT, _HAPPENED)
_FR = _cue_set([(k, p) for k, p, _ in _CUES_FR], _NOT_EVENT_FR, _HAPPENED_FR)
#: The same, for articles ``re`` reads alike with ``re.ASCII`` (Context.plain).
_EN_A = _cue_set(_CUES, _NOT_EVENT, _HAPPENED, ascii_twins=True)
_FR_A = _cue_set([(k, p) for k, p, _ in _CUES_FR], _NOT_EVENT_FR, _HAPPENED_FR, ascii_twins=True)
#: How a claimant is introduced; a party named inside that clause is not an actor.
_ACCORDING = ("according", "selon", "d'après", "d’après")

_CATEGORY_EVENT: dict[str, _Key] = {
    "killed": ("Battles", "Armed clash", "clashes"),
    "injured": ("Battles", "Armed clash", "clashes"),
    "attackers": ("Battles", "Armed clash", "clashes"),
    "escaped": ("Strategic developments", "Other", "prison break"),
    "surrendered": ("Strategic developments", "Other", "surrender"),
    "released": ("Strategic developments", "Other", "release"),
}


@dataclass
class _Acc:
    key: _Key
    sentences: list[int] = field(default_factory=list)
    starts: list[date] = field(default_factory=list)
    ends: list[date] = field(default_factory=list)
    precisions: list[DatePrecision] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    figures: list[int] = field(default_factory=list)
    mention: Mention | None = None
    cued: bool = False  # its first sentence holds its cue (else a figure brought it in)


def extract_incidents(ctx: Context, figures: list[Figure]) -> list[Incident]:
    """Incidents of the article, in the order their first cue appears."""
    accs: dict[_Key, _Acc] = {}
    fr = ctx.article.language == "fr"
    cues = (_FR_A if fr else _EN_A) if ctx.plain else (_FR if fr else _EN)
    fig_by_sentence: dict[str, list[int]] = {}
    for n, f in enumerate(figures):
        fig_by_sentence.setdefault(f.quote, []).append(n)
    pub = ctx.article.published
    facts: dict[int, _Facts] = {}  # by sentence, for the cues and figures that share one
    for i, s in enumerate(ctx.sents):
        own = ctx.dates[i][0] if ctx.dates[i] else None
        if (
            own is not None
            and pub is not None
            and (own.precision == "year" or (pub - own.start).days > _RECENT_DAYS)
        ):
            continue  # background: "has been going on since 2011", "declared defeated in 2017"
        keys = _cues(ctx, i, cues)
        figs = fig_by_sentence.get(s.text, [])
        if not keys and not figs:
            continue
        for key in keys:
            _touch(ctx, accs, key, i, facts, carry=False)
        for n in figs:
            f = figures[n]
            target = _target(keys, f, figures)
            if target is None:
                continue
            acc = _touch(ctx, accs, target, i, facts, carry=True)
            if n not in acc.figures:
                acc.figures.append(n)
    out: list[Incident] = []
    sites: dict[str, Place | None] = {}  # look-ups by name, for incidents at one town
    for k, acc in enumerate(accs.values(), start=1):
        if not acc.starts and pub is not None:
            acc.starts.append(pub)
            acc.ends.append(pub)
            acc.precisions.append("day")
        first = acc.sentences[0]
        cue = cues.cue_of[acc.key]  # the quote: the first sentence holding the cue
        quote_i = (
            first
            if acc.cued
            else next((j for j in acc.sentences if cue.search(ctx.sents[j].text)), first)
        )
        m = acc.mention
        place = m.place if m is not None else None
        if m is not None and m.precision in ("town", "neighbourhood", "district"):
            place = _site_in(ctx, acc, m, sites) or place
        prec = _coarsest(acc.precisions)
        out.append(
            Incident(
                id=f"{ctx.article.id}-{k}",
                article_id=ctx.article.id,
                event_type=acc.key[0],
                sub_event_type=acc.key[1],
                label=acc.key[2],
                place=place,
                place_surface=m.surface if m is not None else None,
                date_start=min(acc.starts) if acc.starts else None,
                date_end=max(acc.ends) if acc.ends else None,
                date_precision=prec,
                actors=tuple(acc.actors),
                figures=tuple(acc.figures),
                quote=ctx.sents[quote_i].text,
            )
        )
    return out


def _cues(ctx: Context, i: int, cues: _Cues) -> list[_Key]:
    """Return the event keys sentence ``i`` cues, in table order (none for a mere threat)."""
    opened = ctx.open_patterns(i)
    if opened.isdisjoint(cues.patterns):
        return []
    text, low, lowered = ctx.sents[i].text, ctx.lowered[i], cues.lowered

    def found(pat: re.Pattern[str]) -> bool:
        twin = lowered.get(id(pat))
        return (twin.search(low) if twin is not None else pat.search(text)) is not None

    keys = [
        key
        for key, pat in map(
            cues.cues.__getitem__, sorted(map(cues.order.__getitem__, cues.patterns & opened))
        )
        if found(pat)
    ]
    if not keys:
        return keys
    if (
        cues.not_event_id in opened
        and found(cues.not_event)
        and not (cues.happened_id in opened and found(cues.happened))
    ):
        return []
    # an explosion cue names the fighting more precisely than "attack"
    if any(k[0] == "Explosions/Remote violence" for k in keys):
        keys = [k for k in keys if k[1] != "Armed clash"]
    return keys


def _target(keys: list[_Key], f: Figure, figures: list[Figure]) -> _Key | None:
    if f.part_of is not None:
        f = figures[f.part_of]
    wanted = _CATEGORY_EVENT.get(f.category)
    if wanted is None:
        return None
    if wanted in keys:
        return wanted
    for k in keys:  # killed in an air strike -> the strike
        if k[0] in ("Explosions/Remote violence", "Violence against civilians") and f.category in (
            "killed",
            "injured",
        ):
            return k
    if f.category in ("killed", "injured") and f.party in ("civilians", "children") and not keys:
        return ("Violence against civilians", "Attack", "attack on civilians")
    return wanted


class _Facts(NamedTuple):
    """What every incident a sentence cues takes from it."""

    actors: list[str]  # canonical names of the parties named, in order (repeats kept)
    mention: Mention | None  # the place it is about (Context.place_near)


def _facts(ctx: Context, i: int) -> _Facts:
    """Return the actors and the place of sentence ``i``."""
    s = ctx.sents[i]
    att = ctx.attributions[i]
    span = att.span if att.surface.lower().startswith(_ACCORDING) else None
    actors = [
        h.canonical
        for h in ctx.parties_in(s.start, s.end)
        # "according to the Syrian authorities": the claimant, not an actor
        if span is None or not span[0] <= h.start - s.start < span[1]
    ]
    return _Facts(actors, ctx.place_near(i))


def _touch(
    ctx: Context,
    accs: dict[_Key, _Acc],
    key: _Key,
    i: int,
    facts: dict[int, _Facts],
    *,
    carry: bool,
) -> _Acc:
    """Add sentence ``i`` to the incident ``key`` (dates, actors, place); ``facts`` caches."""
    acc = accs.get(key)
    if acc is None:
        acc = accs[key] = _Acc(key, cued=not carry)
    elif i in acc.sentences:
        return acc
    acc.sentences.append(i)
    ref = ctx.sentence_date(i) if carry else (ctx.dates[i][0] if ctx.dates[i] else None)
    pub = ctx.article.published
    # background ("since 2011", "its defeat in March 2019") does not date the event
    if (
        ref is not None
        and ref.precision != "year"
        and (pub is None or (pub - ref.start).days <= _RECENT_DAYS)
    ):
        acc.starts.append(ref.start)
        acc.ends.append(ref.end)
        acc.precisions.append(ref.precision)
    known = facts.get(i)
    if known is None:
        known = facts[i] = _facts(ctx, i)
    actors = acc.actors
    for a in known.actors:
        if a not in actors and (a not in NON_ACTORS or key[0] == "Violence against civilians"):
            actors.append(a)
    m = known.mention
    if m is not None and (acc.mention is None or _finer(m, acc.mention)):
        acc.mention = m
    return acc


#: On lower-cased text; gated like the other patterns, so most sentences skip it.
_FACILITY = gated(
    re.compile(r"\b(prison|jail|camp|airport|dam)\b"), "prison", "jail", "camp", "airport", "dam"
)


def _site_in(ctx: Context, acc: _Acc, m: Mention, sites: dict[str, Place | None]) -> Place | None:
    """Return the site when the gazetteer knows it ("a prison in Hassaké": "Hassaké prison").

    ``sites`` keeps the article's look-ups by name (several incidents share a town).
    """
    pid, facility = id(_FACILITY), ctx.fast(_FACILITY)
    for i in acc.sentences:
        if pid not in ctx.open_patterns(i):
            continue
        fac = facility.search(ctx.lowered[i])
        if fac is not None:
            name = f"{m.surface} {fac.group(1)}"
            if name not in sites:
                sites[name] = ctx.lookup(name)
            site = sites[name]
            if site is not None and site.precision == "site":
                return site
    return None


def _finer(a: Mention, b: Mention) -> bool:
    order = PRECISION_ORDER
    pa = order.index(a.precision) if a.precision in order else len(order)
    pb = order.index(b.precision) if b.precision in order else len(order)
    return pa < pb


def _coarsest(precs: list[DatePrecision]) -> DatePrecision | None:
    order: list[DatePrecision | None] = ["day", "week", "month", "year"]
    return max(precs, key=lambda p: order.index(p)) if precs else None
