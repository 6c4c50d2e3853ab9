"""Control claims: who holds, regained, lost, contests or disputes which place, says whom.

Patterns (each sentence; the actor comes from the party alias table):

- "a prison controlled by / held by / run by / overseen by / under the control of ACTOR"
  -> holds, full;
- "back under (ACTOR's) control" -> regained, full (actor: the speaker when it is a party,
  else the subject);
- "regained / retook / recaptured (full) control of X" -> regained, full; "working / trying
  to regain (full) control" or "regaining ground" -> contested, partial;
- "ACTOR ... entrenched / holed up / barricaded in X" -> contested, partial;
- "ACTOR controls / holds parts of the provinces of A, B, C and D" -> one claim per place,
  partial ("parts of", "most of" ...) or full;
- "ACTOR seized / captured / took control of X" -> holds; "lost control of / withdrew from X"
  -> lost;
- "Y does not recognize ACTOR ..." and "calls the presence of ACTOR ... an occupation" ->
  disputed (``disputed_by`` = Y); the same actor's other claims in the article get
  ``disputed_by`` too.

"the prison", "the facility", "the area" stand for the last facility or place named.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from corpus._context import NON_ACTORS, Context, gated
from corpus.aliases import AliasMatch, parties
from corpus.records import ControlClaim
from corpus.typing import ControlStatus, Extent
from geo.records import Place

__all__ = ["extract_control"]

_FACILITY = (
    r"prison|jail|facility|establishment|detention\s+cent(?:er|re)|penitentiary|camp|base|"
    r"airport|air\s+base|dam|oil\s+field|field|checkpoint|compound|building|school"
)
_GENERIC_FACILITY = frozenset(
    {"establishment", "facility", "penitentiary", "detention center", "detention centre", "jail"}
)
_Loc = tuple[str, Place | None]
_FEATURE_CODES = {
    "prison": "PRN", "jail": "PRN", "penitentiary": "PRN", "detention center": "PRN",
    "detention centre": "PRN", "facility": "PRN", "establishment": "PRN", "airport": "AIRP",
    "air base": "AIRB", "dam": "DAM",
}  # fmt: skip
_FACILITY_RE = re.compile(rf"\b(?:{_FACILITY})\b", re.I)
#: The same, for lower-cased text (``Context.lowered``): several times faster than re.I.
_FACILITY_LOW = re.compile(rf"\b(?:{_FACILITY})\b")
_ANAPHOR = re.compile(
    rf"\b(?:the|this|that|its)\s+(?:(?:{_FACILITY})|area|site|city|town|neighbou?rhood|district)\b",
    re.I,
)
_NAMED_FACILITY = re.compile(
    rf"\b(?:al-|el-|Al-)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:{_FACILITY})\b"
)
_MOST_OF = re.compile(r"\b(?:most|much|parts?|half|areas)\s+of\s+$", re.I)
_ZONE = re.compile(
    r"\b(?:still\s+)?(?:holds?|held|controls?|controlled|keeps?|kept|retains?)\s+(?:a|an|the)\s+"
    r"(?:small\s+|large\s+|narrow\s+)?(?:security\s+zone|zone|land|(?:west|east)\s+bank|bank|"
    r"pocket|enclave|strip|neighbou?rhoods?|districts?|positions|areas?)\b",
    re.I,
)
_DEPLOYED = re.compile(
    r"\b(?:deployed|stationed|based|keeps?\b[^.;]{0,40}?\btroops|has\b[^.;]{0,40}?\btroops)"
    r"[^.;]{0,25}?\b(?:in|around|at|near)\s+",
    re.I,
)
_AS_BASE = re.compile(r"\buses?\s+(?P<what>[^,.;]{3,50}?)\s+as\s+a\s+base\b", re.I)
_LEAVE = re.compile(
    r"\b(?:demand\w*|call\w*\s+on|urg\w*|insist\w*)\b[^.;]{0,30}?\b(?:that\s+)?"
    r"(?P<who>[^.;]{2,40}?)\s+(?:to\s+)?(?:leave|withdraw\s+from|pull\s+out\s+of|quit)\s+",
    re.I,
)
_HELD_BY = re.compile(
    r"\b(?:controlled|held|run|overseen|administered|managed|guarded|operated)\s+by\b|"
    r"\bunder\s+the\s+control\s+of\b|\bin\s+the\s+hands\s+of\b",
    re.I,
)
_UNDER_X_CONTROL = re.compile(r"\bunder\s+(?P<who>[\w\s'.-]{2,40}?)\s+control\b", re.I)
_BACK = re.compile(r"\bback\s+under\s+(?:(?P<who>[\w\s'.-]{2,40}?)\s+)?control\b", re.I)
_REGAIN = re.compile(
    r"\b(?P<verb>regain(?:ed|ing|s)?|retook|retake|retaking|recaptur(?:ed|e|ing)|took\s+back|"
    r"take\s+back|seized\s+back|restored|retaken)\s+(?P<full>full\s+|complete\s+|total\s+)?"
    r"(?:control\s+(?:of|over)\s+|ground\b|(?<=retook\s)|(?<=retaken\s)|(?<=recaptured\s))",
    re.I,
)
_ATTEMPT = re.compile(
    r"\b(?:working|trying|seeking|attempting|efforts?|bid|fighting|struggling|battling|"
    r"continu\w*|advancing|push\w*)\b[^.]{0,30}$",
    re.I,
)
_BATTLING = re.compile(
    r"\b(?:battl\w*|fight\w*|fought|clash\w*|vying|struggl\w*)\s+(?:for|over)\s+"
    r"(?:(?:full\s+)?control\s+of\s+)?",
    re.I,
)
_EXTENT_WORDS = re.compile(
    r"\b(?:parts?|most|much|areas|swathes|pockets|sections?|portions?|half|wings?|blocks?|"
    r"dormitor\w*|positions|zone|several|some)\b",
    re.I,
)
_FACILITY_HOLD = re.compile(
    r"\b(?P<verb>still\s+(?:hold|holds|held|control|controls|controlled)|seized|captured|"
    r"took\s+control\s+of|overran)\s+(?P<extent>(?:(?:parts?|most|much|several|some|one|two)\s+"
    r"(?:\w+\s+){0,2}(?:of|in)\s+))?(?:the\s+)?(?=(?:{fac})\b)".replace("{fac}", _FACILITY),
    re.I,
)
_OWN_FORCES = re.compile(
    r"\b(?:our|its|their)\s+(?:own\s+)?(?:forces|fighters|troops|units)\b", re.I
)
_ILLEGAL_PRESENCE = re.compile(
    r"\b(?P<who>[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)(?:'s|’s)?\s+illegal\s+(?:presence|occupation)"
    r"(?:\s+(?:in|on)\s+(?P<where>[^,.;]{2,40}))?",
    re.I,
)
_ENTRENCHED = re.compile(
    r"\b(?:entrenched|holed\s+up|barricaded|dug\s+in)\b(?:\s+(?:in|inside|at)\s+)?", re.I
)
_NAME = (
    r"[A-Z][\w'’-]*(?:[\s-]+(?:(?:al|el|ez|ed|es|ad|as|ar|az|ash|an|ul|de)[\s-]+)?[A-Z][\w'’-]*)*"
)
_CONTROLS = re.compile(
    r"\b(?P<verb>controls?|controlled|holds?|held|occup(?:y|ies)|administers?|runs)\s+"
    r"(?P<extent>(?:large\s+|small\s+)?(?:parts?|most|much|areas|swathes|pockets|sections|"
    r"portions|half)\s+(?:of|in)\s+)?"
    r"(?P<kind>(?:the\s+)?(?:provinces?|governorates?|regions?|cities|towns|districts)\s+of\s+)?"
    r"(?P<list>{n}(?:\s*,\s*(?:and\s+)?{n})*(?:\s*,?\s+and\s+{n})?)".replace("{n}", _NAME),
)
_SEIZED = re.compile(
    r"\b(?P<verb>seized|captured|took\s+control\s+of|took\s+over|overran|stormed\s+and\s+seized)\s+"
    r"(?:the\s+)?",
    re.I,
)
_LOST = re.compile(r"\b(?:lost\s+control\s+of|withdrew\s+from|"
                   r"lost\s+(?:their|its)\s+(?:last\s+)?positions\s+in|was\s+driven\s+out\s+of|"
                   r"were\s+driven\s+out\s+of|pulled\s+out\s+of)\s+", re.I)  # fmt: skip
_NOT_RECOGNIZE = re.compile(
    r"\b(?:does\s+not|do\s+not|doesn't|don't|refuses\s+to|never)\s+recogni[sz]es?\b", re.I
)
_OCCUPATION = re.compile(
    r"\bcalls?\s+the\s+(?:presence\s+of\s+)?(?P<who>.{2,60}?)\s+(?:presence\s+)?(?:(?:on|in)\s+"
    r"(?:its|their)\s+(?:territory|soil|land)\s+|in\s+(?:the\s+country|Syria)\s+)?(?:an?\s+)?"
    r"(?:illegal\s+)?(?:occupation|illegal)\b",
    re.I,
)
_SUPPORT = re.compile(
    r"(?:support\s+of|backed\s+by|led\s+by|supported\s+by|aided\s+by)\s+(?:the\s+)?$", re.I
)
_PARTIAL_WORDS = re.compile(
    r"\b(?:parts?|most|much|areas|swathes|pockets|sections|portions|half)\b", re.I
)
_SURRENDER = re.compile(r"\bsurrender", re.I)
_LIST_END = re.compile(r"[.;]|\s+(?:since|where|while|but)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|the|a|an|his|her)\s+$", re.I)
_DISPUTE_END = re.compile(r"\s+and\s+calls?\b|[;.]")
_SYRIA_FIRST = re.compile(r"\s*(?:Syria|Damascus)\b")
_THAT_LEAVE = re.compile(r"\bthat\s+(?P<who>[^.;]{2,40}?)\s+(?:to\s+)?leave\s+")
_PROPER = re.compile(r"[A-Z][\w'’-]+(?:[\s-]+[A-Z][\w'’-]+)*")
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_REGION = re.compile(
    r"\b(?P<r>northern\s+and\s+eastern|north\s+and\s+east|(?:north|south)[-\s]?(?:east|west)(?:ern)?|"
    r"north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?)\s+Syria\b|"
    r"\bthe\s+(?P<r2>north|south|north-?east|north-?west|south-?east|south-?west|east|west)"
    r"(?:\s+of\s+(?:the\s+country|Syria)\b|(?=\s*(?:[.;,]|$)))",
    re.I,
)

# Key words each pattern needs: sentences without them are skipped (speed).
gated(_HELD_BY, "controlled by", "held by", "run by", "overseen by", "administered by",
      "managed by", "guarded by", "operated by", "control of", "hands of")  # fmt: skip
gated(_UNDER_X_CONTROL, "under")
gated(_BACK, "back under")
gated(
    _REGAIN,
    "regain",
    "retook",
    "retak",
    "recaptur",
    "took back",
    "take back",
    "seized back",
    "restored",
)
gated(_BATTLING, "battl", "fight", "fought", "clash", "vying", "struggl")
gated(_FACILITY_HOLD, "still", "seized", "captured", "took control", "overran")
gated(_ENTRENCHED, "entrenched", "holed", "barricaded", "dug in")
gated(_CONTROLS, "control", "hold", "held", "occup", "administer", "runs")
gated(_SEIZED, "seized", "captured", "took control", "took over", "overran")
gated(_LOST, "lost", "withdrew", "driven out", "pulled out")
gated(_NOT_RECOGNIZE, "recogni")
gated(_OCCUPATION, "occupation", "illegal")
gated(_ILLEGAL_PRESENCE, "illegal")
gated(_LEAVE, "leave", "withdraw", "pull out", "quit")
gated(
    _ZONE,
    "zone",
    "land",
    "bank",
    "pocket",
    "enclave",
    "strip",
    "neighbo",
    "district",
    "positions",
    "area",
)
gated(_DEPLOYED, "deployed", "stationed", "based", "troops")
gated(_AS_BASE, "as a base")


def _region_name(m: re.Match[str]) -> str:
    """Canonical region name: "northern and eastern Syria" -> "north-east Syria"."""
    r = (m["r"] or m["r2"] or "").lower()
    r = re.sub(r"ern\b", "", r.replace("northern and eastern", "north-east"))
    r = r.replace("north and east", "north-east").replace(" ", "-")
    r = re.sub(r"^(north|south)-?(east|west)$", r"\1-\2", r)
    return f"{r} Syria"


def _armed(hits: list[AliasMatch]) -> list[AliasMatch]:
    return [h for h in hits if h.canonical not in NON_ACTORS]


class _Builder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.claims: list[ControlClaim] = []
        self.focus: tuple[str, Place | None] | None = None  # last facility / place named
        self.is_prison_story = "prison" in ctx.article.text.lower()
        self._only: dict[str, Place | None] = {}

    def add(
        self,
        i: int,
        actor: str,
        place: tuple[str, Place | None],
        status: ControlStatus,
        extent: Extent,
        disputed_by: str | None = None,
        claimant: str | None = None,
        claimant_surface: str | None = None,
    ) -> None:
        att = self.ctx.attributions[i]
        d, _, prec = self.ctx.date_fields(i)
        self.claims.append(
            ControlClaim(
                actor=actor,
                place=place[0],
                place_ref=place[1],
                extent=extent,
                status=status,
                claimant=claimant or att.claimant,
                claimant_surface=claimant_surface if claimant_surface is not None else att.surface,
                date=d,
                date_precision=prec,  # type: ignore[arg-type]
                quote=self.ctx.sents[i].text,
                disputed_by=disputed_by,
            )
        )

    # ---------------------------------------------------------------- places
    def place_at(
        self, i: int, start: int, end: int, *, province: bool = False
    ) -> tuple[str, Place | None] | None:
        """Resolve the place named in sentence ``i`` between offsets ``start``-``end``."""
        s = self.ctx.sents[i]
        frag = s.text[start:end]
        region = _REGION.search(frag)
        if region:
            return _region_name(region), self.ctx.lookup("Syria")
        if _ANAPHOR.match(frag.strip()):
            if self.focus is not None:
                return self.focus
            near = self.ctx.place_near(i, start)
            if near is not None:
                return self.ctx.place_name(near) or near.surface, near.place
        fac = _FACILITY_RE.search(frag)
        mentions = [
            m for m in self.ctx.mentions_in(s.start + start, s.start + end) if not m.metonymy
        ]
        if mentions:
            m = mentions[0]
            if fac and m.precision != "site":
                return self.facility(m.surface, fac.group(), m.place)
            name = self.ctx.place_name(m) or m.surface
            return name, m.place
        if fac:
            named = _NAMED_FACILITY.search(frag)
            if named is not None:
                site = self.ctx.lookup(named.group())
                if site is not None and site.precision == "site":
                    return site.name, site
            return self.facility_near(i, start, fac.group())
        proper = _proper(frag)
        if proper and _party_lookup(proper) is None:
            return proper, self.ctx.lookup(f"{proper} province" if province else proper)
        return None

    def facility(self, town: str, noun: str, town_place: Place | None) -> tuple[str, Place | None]:
        noun = " ".join(noun.lower().split())
        if noun in _GENERIC_FACILITY and self.is_prison_story:
            noun = "prison"
        site = self.ctx.lookup(f"{town} {noun}")
        if site is not None and site.precision == "site":
            return site.name, site
        base = town_place.name if town_place is not None else town
        return f"{base} {noun}", town_place

    def facility_near(self, i: int, pos: int, noun: str) -> tuple[str, Place | None]:
        """Place a nameless facility: by the town nearest in the sentence, else the focus."""
        s = self.ctx.sents[i]
        here = [m for m in self.ctx.mentions_in(s.start, s.end) if not m.metonymy and m.place]
        here = [m for m in here if m.precision != "country"]
        if here:
            m = min(here, key=lambda m: abs(m.start - s.start - pos))
            if m.precision == "site":
                return self.ctx.place_name(m) or m.surface, m.place
            return self.facility(m.surface, noun, m.place)
        if self.focus is not None:
            return self.focus
        m2 = self.ctx.place_near(i, pos)
        if m2 is not None:
            return self.facility(m2.surface, noun, m2.place)
        only = self.only_site(noun)
        if only is not None:
            return only.name, only
        return noun.lower(), None

    def only_site(self, noun: str) -> Place | None:
        """Return the one site of this kind the gazetteer knows in the focus country, if just one.

        An article that says only "the prison" and names no town can still be placed when
        the gazetteer (its overlay) has a single prison in the country; with two or more, the
        place stays unresolved.
        """
        code = _FEATURE_CODES.get(" ".join(noun.lower().split()))
        gaz = self.ctx.gazetteer
        if code is None or gaz is None:
            return None
        if code not in self._only:
            centre = self.ctx.lookup("Syria")
            sites = (
                gaz.sites_near(centre.lat, centre.lon, radius_km=600, feature_codes=(code,))
                if centre is not None
                else []
            )
            self._only[code] = sites[0] if len(sites) == 1 else None
        return self._only[code]

    def update_focus(self, i: int) -> None:
        """Remember the last facility (or town with a facility noun) named in sentence ``i``."""
        s = self.ctx.sents[i]
        for m in self.ctx.mentions_in(s.start, s.end):
            if m.metonymy or m.place is None:
                continue
            if m.precision == "site":
                self.focus = (self.ctx.place_name(m) or m.surface, m.place)
        fac = _FACILITY_LOW.search(self.ctx.lowered[i])
        if fac is not None and (self.focus is None or self.focus[1] is None
                                or self.focus[1].precision != "site"):  # fmt: skip
            here = [
                m
                for m in self.ctx.mentions_in(s.start, s.end)
                if not m.metonymy and m.place and m.precision not in ("country", "admin1")
            ]
            if here:
                m = min(here, key=lambda m: abs(m.start - s.start - fac.start()))
                self.focus = self.facility(m.surface, s.text[fac.start() : fac.end()], m.place)

    # ---------------------------------------------------------------- actors
    def actor_after(self, i: int, pos: int, limit: int = 60) -> AliasMatch | None:
        s = self.ctx.sents[i]
        own = _OWN_FORCES.match(s.text, pos) or _OWN_FORCES.match(s.text, pos + 1)
        if own:  # "under the control of their fighters": the speaker's forces
            return self.speaker(i, own.start(), own.end())
        hits = _armed(self.ctx.parties_in(s.start + pos, s.start + pos + limit))
        # the actor is the phrase's object, right after it, not a party further on
        return hits[0] if hits and hits[0].start - s.start - pos <= 30 else None

    def speaker(self, i: int, start: int = 0, end: int = 0) -> AliasMatch | None:
        """Return the claimant as the actor ("our forces", "they"), when the claimant is a party."""
        att = self.ctx.attributions[i]
        if att.claimant in _party_canonicals() and att.claimant not in NON_ACTORS:
            s = self.ctx.sents[i]
            return AliasMatch(
                att.claimant, s.text[start:end], s.start + start, s.start + end, "org"
            )
        return None

    def actor_before(self, i: int, pos: int, *, first: bool = False) -> AliasMatch | None:
        """Return the subject (``first``) or the nearest actor before ``pos`` in its clause.

        Supporters ("with the support of the coalition", "backed by Russia") are skipped.
        """
        s = self.ctx.sents[i]
        clause = max(s.text.rfind(w, 0, pos) for w in (" where ", " while ", ";", " whereas "))
        begin = s.start + (clause + 1 if clause >= 0 and not first else 0)
        hits = [
            h
            for h in _armed(self.ctx.parties_in(begin, s.start + pos))
            if not _SUPPORT.search(self.ctx.article.text[max(0, h.start - 30) : h.start])
        ]
        if not hits:
            return None
        return hits[0] if first else hits[-1]


def extract_control(ctx: Context) -> list[ControlClaim]:
    """All control claims of the article, deduplicated, disputes applied."""
    b = _Builder(ctx)
    disputes: dict[str, str] = {}
    for i, s in enumerate(ctx.sents):
        t = s.text
        opened = ctx.open_patterns(i)
        for handler, patterns in _HANDLERS:
            if not opened.isdisjoint(patterns):
                handler(b, i, t)
        if not opened.isdisjoint(_DISPUTE_PATTERNS) or "occup" in ctx.lowered[i]:
            _disputes(b, i, t, disputes)
        b.update_focus(i)
    claims = _dedupe(b.claims)
    if disputes:
        claims = [
            replace(c, disputed_by=disputes[c.actor])
            if c.actor in disputes and c.disputed_by is None and c.status != "disputed"
            else c
            for c in claims
        ]
    return claims


def _held_by(b: _Builder, i: int, t: str) -> None:
    for m in b.ctx.matches(_HELD_BY, i):
        actor = b.actor_after(i, m.end(), 70)
        if actor is None:
            continue
        # the thing held: a facility noun or place just before the phrase
        start = max(0, m.start() - 60)
        head = t[start : m.start()]
        fac = list(_FACILITY_RE.finditer(head))
        if fac:
            f = fac[-1]
            after_actor = t[
                actor.end - b.ctx.sents[i].start : actor.end - b.ctx.sents[i].start + 60
            ]
            place: _Loc | None = _place_after_in(
                b, i, actor.end - b.ctx.sents[i].start, after_actor
            )
            if place is not None and (place[1] is None or place[1].precision != "site"):
                place = b.facility(_surface_of(b, i, place), f.group(), place[1])
            elif place is None:
                place = b.facility_near(i, start + f.start(), f.group())
        else:
            s = b.ctx.sents[i]
            listed = [
                mm
                for mm in b.ctx.mentions_in(s.start + start, s.start + m.start())
                if not mm.metonymy and mm.place is not None
            ]
            if len(listed) > 1:
                for mm in listed:
                    b.add(i, actor.canonical, (b.ctx.place_name(mm) or mm.surface, mm.place),
                          "holds", "full")  # fmt: skip
                continue
            place = b.place_at(i, start, m.start())
            if place is not None and listed:
                lead = t[: listed[0].start - s.start]
                if _MOST_OF.search(lead):
                    b.add(i, actor.canonical, place, "holds", "partial")
                    continue
        if place is not None:
            b.add(i, actor.canonical, place, "holds", "full")
    for m in b.ctx.matches(_UNDER_X_CONTROL, i):
        if t[max(0, m.start() - 5) : m.start()].lower().strip().endswith("back"):
            continue
        who = b.ctx.parties_in(
            b.ctx.sents[i].start + m.start("who"), b.ctx.sents[i].start + m.end("who")
        )
        who = _armed(who)
        if not who:
            continue
        place = b.place_at(i, max(0, m.start() - 60), m.start())
        if place is not None:
            b.add(i, who[0].canonical, place, "holds", "full")


def _surface_of(b: _Builder, i: int, place: tuple[str, Place | None]) -> str:
    s = b.ctx.sents[i]
    for m in b.ctx.mentions_in(s.start, s.end):
        if (
            m.place is not None
            and place[1] is not None
            and m.place.gazetteer_id == place[1].gazetteer_id
        ):
            return m.surface
    return place[0]


def _place_after_in(b: _Builder, i: int, pos: int, frag: str) -> tuple[str, Place | None] | None:
    m = re.search(
        r"\b(?:in|at|near)\s+(?:the\s+)?(?:Syrian\s+)?(?:city|town|village|province)?\s*(?:of\s+)?",
        frag,
    )
    if m is None:
        return None
    return b.place_at(i, pos + m.end(), pos + min(len(frag), m.end() + 40))


def _back_under(b: _Builder, i: int, t: str) -> None:
    for m in b.ctx.matches(_BACK, i):
        s = b.ctx.sents[i]
        actor: str | None = None
        if m["who"]:
            who = _armed(b.ctx.parties_in(s.start + m.start("who"), s.start + m.end("who")))
            actor = who[0].canonical if who else None
        att = b.ctx.attributions[i]
        if actor is None and att.named and att.claimant in _party_canonicals():
            actor = att.claimant
        if actor is None:
            hit = b.actor_before(i, m.start(), first=True)
            actor = hit.canonical if hit else None
        if actor is None:
            continue
        subj = t[max(0, m.start() - 50) : m.start()]
        fac = list(_FACILITY_RE.finditer(subj))
        if fac:
            place: _Loc | None = b.facility_near(
                i, m.start() - 50 + fac[-1].start(), fac[-1].group()
            )
        else:
            place = b.place_at(i, max(0, m.start() - 50), m.start())
        if place is not None:
            b.add(i, actor, place, "regained", "full")


def _party_lookup(name: str) -> str | None:
    return parties().lookup(name)


def _party_canonicals() -> frozenset[str]:
    return parties().canonicals


def _regain(b: _Builder, i: int, t: str) -> None:
    for m in b.ctx.matches(_REGAIN, i):
        hit = b.actor_before(i, m.start()) or b.speaker(i)
        if hit is None:
            continue
        attempt = bool(_ATTEMPT.search(t[: m.start()])) or m["verb"].lower().endswith("ing")
        ground = t[m.end() - 6 : m.end()].lower().endswith("ground")
        if attempt or ground:
            status: ControlStatus = "contested"
            extent: Extent = "partial"
        else:
            status, extent = "regained", "full"
            if _EXTENT_WORDS.search(t[m.end() : m.end() + 25]):
                extent = "partial"
        if ground:
            place: _Loc | None = b.place_at(i, 0, m.start()) or b.focus
        else:
            place = b.place_at(i, m.end(), min(len(t), m.end() + 50))
        if place is not None:
            b.add(i, hit.canonical, place, status, extent)


def _entrenched(b: _Builder, i: int, t: str) -> None:
    """Entrenched / holed up in X: holds; partial for a wing, or beside another armed actor."""
    for m in b.ctx.matches(_ENTRENCHED, i):
        if _SURRENDER.search(t, m.end()):
            continue  # "20 members holed up in the prison surrendered": the holding is over
        where = t.rfind("where", 0, m.start())
        hit = b.actor_before(i, m.start())
        if hit is None:
            continue
        s = b.ctx.sents[i]
        others = {h.canonical for h in _armed(b.ctx.parties_in(s.start, s.end))} - {hit.canonical}
        extent: Extent = (
            "partial" if others or _EXTENT_WORDS.search(t[m.end() : m.end() + 30]) else "full"
        )
        if m.group().rstrip().lower().endswith(("in", "inside", "at")):
            place: _Loc | None = b.place_at(i, m.end(), min(len(t), m.end() + 40))
        elif where >= 0:
            place = b.place_at(i, max(0, where - 50), where)
        else:
            place = b.focus
        if place is not None:
            b.add(i, hit.canonical, place, "holds", extent)


def _zones(b: _Builder, i: int, t: str) -> None:
    """ACTOR holds a security zone / the land east of ... in X: holds, partial."""
    s = b.ctx.sents[i]
    for m in b.ctx.matches(_ZONE, i):
        hit = b.actor_before(i, m.start())
        if hit is None or m.start() - (hit.end - s.start) > 25:
            continue
        after = [
            mm for mm in b.ctx.mentions_in(s.start + m.end(), s.start + m.end() + 40)
            if not mm.metonymy and mm.place is not None
        ]  # fmt: skip
        ms = after or [
            mm for mm in b.ctx.mentions_in(s.start, s.end) if not mm.metonymy and mm.place
        ]
        near = b.ctx.place_near(i, m.start()) if not ms else None
        mm = ms[0] if ms else near
        if mm is None:
            continue
        b.add(i, hit.canonical, (b.ctx.place_name(mm) or mm.surface, mm.place), "holds", "partial")


def _deployed(b: _Builder, i: int, t: str) -> None:
    """ACTOR deployed around A, B and C / keeps troops in X / uses X as a base: holds, partial."""
    s = b.ctx.sents[i]
    for m in b.ctx.matches(_DEPLOYED, i):
        hit = b.actor_before(i, m.start())
        if hit is None:
            continue
        end = _LIST_END.search(t[m.end() :])
        stop = m.end() + (end.start() if end else len(t) - m.end())
        ms = [
            mm for mm in b.ctx.mentions_in(s.start + m.end(), s.start + stop)
            if not mm.metonymy and mm.place is not None
        ]  # fmt: skip
        fine = [mm for mm in ms if mm.precision != "country"]
        for mm in fine or ms:
            place: _Loc = (b.ctx.place_name(mm) or mm.surface, mm.place)
            b.add(i, hit.canonical, place, "holds", "partial")
    for m in b.ctx.matches(_AS_BASE, i):
        hit = b.actor_before(i, m.start())
        base = b.place_at(i, m.start("what"), m.end("what"))
        if hit is not None and base is not None:
            b.add(i, hit.canonical, base, "holds", "partial")


def _battling(b: _Builder, i: int, t: str) -> None:
    """Fighting for (control of) X: one contested, partial claim per side."""
    for m in b.ctx.matches(_BATTLING, i):
        s = b.ctx.sents[i]
        sides = []
        for h in _armed(b.ctx.parties_in(s.start, s.start + m.start())):
            if h.canonical not in sides:
                sides.append(h.canonical)
        place: _Loc | None = b.place_at(i, m.end(), min(len(t), m.end() + 40))
        if place is None or not sides:
            continue
        for actor in sides:
            b.add(i, actor, place, "contested", "partial")


def _facility_hold(b: _Builder, i: int, t: str) -> None:
    """ACTOR (still) holds / seized (parts of) the prison."""
    for m in b.ctx.matches(_FACILITY_HOLD, i):
        hit = b.actor_before(i, m.start())
        if hit is None:
            continue
        fac = _FACILITY_RE.match(t, m.end())
        if fac is None:
            continue
        place: _Loc = b.place_at(i, m.end(), min(len(t), fac.end() + 40)) or b.facility_near(
            i, m.end(), fac.group()
        )
        extent: Extent = "partial" if m["extent"] else "full"
        b.add(i, hit.canonical, place, "holds", extent)


def _controls(b: _Builder, i: int, t: str) -> None:
    for m in b.ctx.matches(_CONTROLS, i):
        hit = b.actor_before(i, m.start())
        if hit is None or m.start() - (hit.end - b.ctx.sents[i].start) > 25:
            continue
        extent: Extent = "partial" if m["extent"] and _PARTIAL_WORDS.search(m["extent"]) else "full"
        province = (bool(m["kind"]) and "provinc" in m["kind"].lower()) or bool(
            m["kind"] and "governorate" in m["kind"].lower()
        )
        pos = m.start("list")
        for name in _LIST_SPLIT.split(m["list"]):
            name = name.strip()
            if not name:
                continue
            start = t.find(name, pos)
            pos = start + len(name)
            place = _list_place(b, i, start, pos, name, province)
            b.add(i, hit.canonical, place, "holds", extent)


def _list_place(
    b: _Builder, i: int, start: int, end: int, name: str, province: bool
) -> tuple[str, Place | None]:
    s = b.ctx.sents[i]
    ms = [m for m in b.ctx.mentions_in(s.start + start, s.start + end) if m.place is not None]
    place = ms[0].place if ms else b.ctx.lookup(f"{name} province" if province else name)
    if province and place is not None and place.precision != "admin1" and place.admin1_pcode:
        gaz = b.ctx.gazetteer
        adm = gaz.admin1_place(place.admin1_pcode) if gaz is not None else None
        place = adm or place
    return (place.name if place is not None else name), place


def _seized_lost(b: _Builder, i: int, t: str) -> None:
    for pat, status in ((_SEIZED, "holds"), (_LOST, "lost")):
        for m in b.ctx.matches(pat, i):
            if _DETERMINER_BEFORE.search(t[max(0, m.start() - 8) : m.start()]):
                continue  # "its captured territory": an adjective, not a capture
            hit = b.actor_before(i, m.start())
            if hit is None or m.start() - (hit.end - b.ctx.sents[i].start) > 40:
                continue
            if pat is _SEIZED and _FACILITY_HOLD.search(t, max(0, m.start() - 7)):
                continue  # done by _facility_hold
            tail = t[m.end() : m.end() + 70]
            extent: Extent = "partial" if _EXTENT_WORDS.search(m.group() + tail[:30]) else "full"
            place: _Loc | None = b.place_at(i, m.end(), min(len(t), m.end() + 70))
            if place is not None:
                b.add(i, hit.canonical, place, status, extent)  # type: ignore[arg-type]


def _disputes(b: _Builder, i: int, t: str, disputes: dict[str, str]) -> None:
    s = b.ctx.sents[i]
    place: _Loc | None
    for m in b.ctx.matches(_NOT_RECOGNIZE, i):
        subj = b.actor_before(i, m.start(), first=True)
        if subj is None:
            continue
        clause_end = _DISPUTE_END.search(t[m.end() :])
        end = m.end() + (clause_end.start() if clause_end else len(t) - m.end())
        obj = _armed(b.ctx.parties_in(s.start + m.end(), s.start + end))
        if not obj:
            continue
        place = b.place_at(i, m.end(), end) or ("Syria", b.ctx.lookup("Syria"))
        disputes[obj[0].canonical] = subj.canonical
        b.add(i, obj[0].canonical, place, "disputed", "full", disputed_by=subj.canonical,
              claimant=subj.canonical, claimant_surface=t[: m.end()].strip())  # fmt: skip
    for m in b.ctx.matches(_OCCUPATION, i):
        subj = b.actor_before(i, m.start(), first=True)
        who = _armed(b.ctx.parties_in(s.start + m.start("who"), s.start + m.end("who")))
        if subj is None or not who:
            continue
        disputes[who[0].canonical] = subj.canonical
        place = ("Syria", b.ctx.lookup("Syria"))
        b.add(i, who[0].canonical, place, "disputed", "partial", disputed_by=subj.canonical,
              claimant=subj.canonical, claimant_surface=subj.surface + " " + m.group())  # fmt: skip
    occupying = [
        h for h in _armed(b.ctx.parties_in(s.start, s.end)) if "occup" in h.surface.lower()
    ]
    if not (occupying or b.ctx.hit(_LEAVE, i) or b.ctx.hit(_ILLEGAL_PRESENCE, i)):
        return
    att = b.ctx.attributions[i]
    by_default = att.claimant if att.named else None
    if by_default is None:
        first = b.actor_before(i, len(t), first=True)
        if _SYRIA_FIRST.match(t):
            by_default = "Syrian government"
        elif first is not None:
            by_default = first.canonical
    for h in occupying:
        if by_default is None:
            continue
        rel = h.end - s.start
        ms = [
            mm for mm in b.ctx.mentions_in(h.end, h.end + 70) if not mm.metonymy and mm.place
        ]  # fmt: skip
        place = (b.ctx.place_name(ms[0]) or ms[0].surface, ms[0].place) if ms else None
        if place is not None and ms[0].precision != "admin1" and "province" in t[rel : rel + 80]:
            place = _list_place(
                b, i, ms[0].start - s.start, ms[0].end - s.start, ms[0].surface, True
            )
        place = place or ("Syria", b.ctx.lookup("Syria"))
        disputes.setdefault(h.canonical, by_default)
        b.add(i, h.canonical, place, "disputed", "partial", disputed_by=by_default,
              claimant=by_default)  # fmt: skip
    for m in b.ctx.matches(_LEAVE, i):
        who = _armed(b.ctx.parties_in(s.start + m.start("who"), s.start + m.end("who")))
        if not who or by_default is None:
            continue
        place = b.place_at(i, m.end(), min(len(t), m.end() + 40)) or (
            "Syria",
            b.ctx.lookup("Syria"),
        )
        disputes.setdefault(who[0].canonical, by_default)
        b.add(i, who[0].canonical, place, "disputed", "partial", disputed_by=by_default,
              claimant=by_default)  # fmt: skip
        # "... and that Turkish forces leave the north-west": the same demand, repeated
        rest = t[m.end() :]
        for m2 in _THAT_LEAVE.finditer(rest):
            off = m.end()
            who2 = _armed(
                b.ctx.parties_in(s.start + off + m2.start("who"), s.start + off + m2.end("who"))
            )
            if not who2:
                continue
            p2 = b.place_at(i, off + m2.end(), min(len(t), off + m2.end() + 40))
            if p2 is not None:
                disputes.setdefault(who2[0].canonical, by_default)
                b.add(i, who2[0].canonical, p2, "disputed", "partial", disputed_by=by_default,
                      claimant=by_default)  # fmt: skip
        break
    for m in b.ctx.matches(_ILLEGAL_PRESENCE, i):
        who = _armed(b.ctx.parties_in(s.start + m.start("who"), s.start + m.end("who")))
        if not who:
            continue
        by = att.claimant if att.named else None
        if by is None:
            subj = b.actor_before(i, m.start(), first=True)
            by = subj.canonical if subj is not None else b.ctx.outlet
        place = None
        if m["where"]:
            place = b.place_at(i, m.start("where"), m.end("where"))
        place = place or ("Syria", b.ctx.lookup("Syria"))
        if place[0].lower() in ("the country", "country"):
            place = ("Syria", b.ctx.lookup("Syria"))
        disputes.setdefault(who[0].canonical, by)
        b.add(i, who[0].canonical, place, "disputed", "partial", disputed_by=by, claimant=by)


def _proper(frag: str) -> str | None:
    m = _PROPER.search(frag)
    return m.group() if m else None


#: Each handler runs on a sentence only when one of its patterns' key words is there.
_HANDLERS: list[tuple[Callable[[_Builder, int, str], None], frozenset[re.Pattern[str]]]] = [
    (_held_by, frozenset({_HELD_BY, _UNDER_X_CONTROL})),
    (_back_under, frozenset({_BACK})),
    (_regain, frozenset({_REGAIN})),
    (_entrenched, frozenset({_ENTRENCHED})),
    (_battling, frozenset({_BATTLING})),
    (_zones, frozenset({_ZONE})),
    (_deployed, frozenset({_DEPLOYED, _AS_BASE})),
    (_facility_hold, frozenset({_FACILITY_HOLD})),
    (_controls, frozenset({_CONTROLS})),
    (_seized_lost, frozenset({_SEIZED, _LOST})),
]
_DISPUTE_PATTERNS = frozenset({_NOT_RECOGNIZE, _OCCUPATION, _LEAVE, _ILLEGAL_PRESENCE})


def _dedupe(claims: list[ControlClaim]) -> list[ControlClaim]:
    """Drop repeats: an unattributed copy of an attributed claim gives way to it.

    Claims are the same when actor, place, status and extent agree. A lede that repeats the
    body unattributed is dropped in favour of the attributed sentence; the same claim from
    two sentences with their own attribution both stay (two pieces of evidence).
    """
    out: list[ControlClaim] = []
    for c in claims:
        key = (c.actor, c.place, c.status, c.extent)
        same = [k for k, e in enumerate(out) if (e.actor, e.place, e.status, e.extent) == key]
        if not same:
            out.append(c)
            continue
        if any(out[k].claimant == c.claimant and out[k].quote == c.quote for k in same):
            continue
        if not c.claimant_surface:
            if not any(out[k].claimant_surface for k in same):
                out.append(c)
            continue
        unnamed = [k for k in same if not out[k].claimant_surface]
        if unnamed:
            out[unnamed[0]] = c
        else:
            out.append(c)
    return out
