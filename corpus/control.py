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
from dataclasses import replace

from corpus._context import NON_ACTORS, Context
from corpus.aliases import AliasMatch
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
_FACILITY_RE = re.compile(rf"\b(?:{_FACILITY})\b", re.I)
_ANAPHOR = re.compile(
    rf"\b(?:the|this|that|its)\s+(?:(?:{_FACILITY})|area|site|city|town|neighbou?rhood|district)\b",
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
    r"take\s+back|seized\s+back|restored)\s+(?P<full>full\s+|complete\s+|total\s+)?"
    r"(?:control\s+(?:of|over)\s+|ground\b)",
    re.I,
)
_ATTEMPT = re.compile(
    r"\b(?:working|trying|seeking|attempting|efforts?|bid|fighting|struggling|battling|"
    r"continu\w*|advancing|push\w*)\b[^.]{0,30}$",
    re.I,
)
_ENTRENCHED = re.compile(
    r"\b(?:entrenched|holed\s+up|barricaded|dug\s+in)\b(?:\s+(?:in|inside|at)\s+)?", re.I
)
_CONTROLS = re.compile(
    r"\b(?P<verb>controls?|controlled|holds?|occup(?:y|ies)|administers?|runs)\s+"
    r"(?P<extent>(?:large\s+|small\s+)?(?:parts?|most|much|areas|swathes|pockets|sections|"
    r"portions|half)\s+(?:of|in)\s+)?"
    r"(?P<kind>(?:the\s+)?(?:provinces?|governorates?|regions?|cities|towns|districts)\s+of\s+)?"
    r"(?P<list>[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*"
    r"(?:\s*,\s*(?:and\s+)?[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*)*"
    r"(?:\s*,?\s+and\s+[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*)?)",
)
_SEIZED = re.compile(
    r"\b(?P<verb>seized|captured|took\s+control\s+of|took\s+over|overran|stormed\s+and\s+seized)\s+"
    r"(?:the\s+)?",
    re.I,
)
_LOST = re.compile(r"\b(?:lost\s+control\s+of|withdrew\s+from|was\s+driven\s+out\s+of|"
                   r"were\s+driven\s+out\s+of|pulled\s+out\s+of)\s+", re.I)  # fmt: skip
_NOT_RECOGNIZE = re.compile(
    r"\b(?:does\s+not|do\s+not|doesn't|don't|refuses\s+to|never)\s+recogni[sz]es?\b", re.I
)
_OCCUPATION = re.compile(
    r"\bcalls?\s+the\s+presence\s+of\s+(?P<who>.{2,60}?)\s+(?:on\s+its\s+territory\s+|in\s+"
    r"(?:the\s+country|Syria)\s+)?(?:an?\s+)?(?:illegal\s+)?(?:occupation|illegal)\b",
    re.I,
)
_SUPPORT = re.compile(
    r"(?:support\s+of|backed\s+by|led\s+by|supported\s+by|aided\s+by)\s+(?:the\s+)?$", re.I
)
_PARTIAL_WORDS = re.compile(
    r"\b(?:parts?|most|much|areas|swathes|pockets|sections|portions|half)\b", re.I
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_REGION = re.compile(
    r"\b(?:(?:north|south)(?:ern|-eastern|-western|eastern|western)?|east(?:ern)?|west(?:ern)?|"
    r"northern\s+and\s+eastern|north\s+and\s+east)\s+Syria\b",
    re.I,
)


def _armed(hits: list[AliasMatch]) -> list[AliasMatch]:
    return [h for h in hits if h.canonical not in NON_ACTORS]


class _Builder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.claims: list[ControlClaim] = []
        self.focus: tuple[str, Place | None] | None = None  # last facility / place named
        self.is_prison_story = "prison" in ctx.article.text.lower()

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
            return region.group().strip(), self.ctx.lookup("Syria")
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
            return self.facility_near(i, start, fac.group())
        name = _proper(frag)
        if name:
            return name, self.ctx.lookup(f"{name} province" if province else name)
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
        return noun.lower(), None

    def update_focus(self, i: int) -> None:
        """Remember the last facility (or town with a facility noun) named in sentence ``i``."""
        s = self.ctx.sents[i]
        for m in self.ctx.mentions_in(s.start, s.end):
            if m.metonymy or m.place is None:
                continue
            if m.precision == "site":
                self.focus = (self.ctx.place_name(m) or m.surface, m.place)
        fac = _FACILITY_RE.search(s.text)
        if fac is not None and (self.focus is None or self.focus[1] is None
                                or self.focus[1].precision != "site"):  # fmt: skip
            here = [
                m
                for m in self.ctx.mentions_in(s.start, s.end)
                if not m.metonymy and m.place and m.precision not in ("country", "admin1")
            ]
            if here:
                m = min(here, key=lambda m: abs(m.start - s.start - fac.start()))
                self.focus = self.facility(m.surface, fac.group(), m.place)

    # ---------------------------------------------------------------- actors
    def actor_after(self, i: int, pos: int, limit: int = 60) -> AliasMatch | None:
        s = self.ctx.sents[i]
        hits = _armed(self.ctx.parties_in(s.start + pos, s.start + pos + limit))
        return hits[0] if hits else None

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
        _held_by(b, i, t)
        _back_under(b, i, t)
        _regain(b, i, t)
        _entrenched(b, i, t)
        _controls(b, i, t)
        _seized_lost(b, i, t)
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
    for m in _HELD_BY.finditer(t):
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
            place = _place_after_in(b, i, actor.end - b.ctx.sents[i].start, after_actor)
            if place is not None and (place[1] is None or place[1].precision != "site"):
                place = b.facility(_surface_of(b, i, place), f.group(), place[1])
            elif place is None:
                place = b.facility_near(i, start + f.start(), f.group())
        else:
            place = b.place_at(i, start, m.start())
        if place is not None:
            b.add(i, actor.canonical, place, "holds", "full")
    for m in _UNDER_X_CONTROL.finditer(t):
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
    for m in _BACK.finditer(t):
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
            place = b.facility_near(i, m.start() - 50 + fac[-1].start(), fac[-1].group())
        else:
            place = b.place_at(i, max(0, m.start() - 50), m.start())
        if place is not None:
            b.add(i, actor, place, "regained", "full")


def _party_canonicals() -> set[str]:
    from corpus.aliases import parties

    return parties().canonicals


def _regain(b: _Builder, i: int, t: str) -> None:
    for m in _REGAIN.finditer(t):
        hit = b.actor_before(i, m.start())
        if hit is None:
            continue
        attempt = bool(_ATTEMPT.search(t[: m.start()])) or m["verb"].lower().endswith("ing")
        ground = t[m.end() - 6 : m.end()].lower().endswith("ground")
        if attempt or ground:
            status: ControlStatus = "contested"
            extent: Extent = "partial"
        else:
            status, extent = "regained", "full"
        if ground:
            place = b.place_at(i, 0, m.start()) or b.focus
        else:
            place = b.place_at(i, m.end(), min(len(t), m.end() + 50))
        if place is not None:
            b.add(i, hit.canonical, place, status, extent)


def _entrenched(b: _Builder, i: int, t: str) -> None:
    for m in _ENTRENCHED.finditer(t):
        where = t.rfind("where", 0, m.start())
        hit = b.actor_before(i, m.start())
        if hit is None:
            continue
        if m.group().rstrip().lower().endswith(("in", "inside", "at")):
            place = b.place_at(i, m.end(), min(len(t), m.end() + 40))
        elif where >= 0:
            place = b.place_at(i, max(0, where - 50), where)
        else:
            place = b.focus
        if place is not None:
            b.add(i, hit.canonical, place, "contested", "partial")


def _controls(b: _Builder, i: int, t: str) -> None:
    for m in _CONTROLS.finditer(t):
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
        for m in pat.finditer(t):
            hit = b.actor_before(i, m.start())
            if hit is None or m.start() - (hit.end - b.ctx.sents[i].start) > 40:
                continue
            place = b.place_at(i, m.end(), min(len(t), m.end() + 40))
            if place is not None:
                b.add(i, hit.canonical, place, status, "full")  # type: ignore[arg-type]


def _disputes(b: _Builder, i: int, t: str, disputes: dict[str, str]) -> None:
    s = b.ctx.sents[i]
    for m in _NOT_RECOGNIZE.finditer(t):
        subj = b.actor_before(i, m.start(), first=True)
        if subj is None:
            continue
        clause_end = re.search(r"\s+and\s+calls?\b|[;.]", t[m.end() :])
        end = m.end() + (clause_end.start() if clause_end else len(t) - m.end())
        obj = _armed(b.ctx.parties_in(s.start + m.end(), s.start + end))
        if not obj:
            continue
        place = b.place_at(i, m.end(), end) or ("Syria", b.ctx.lookup("Syria"))
        disputes[obj[0].canonical] = subj.canonical
        b.add(i, obj[0].canonical, place, "disputed", "full", disputed_by=subj.canonical,
              claimant=subj.canonical, claimant_surface=t[: m.end()].strip())  # fmt: skip
    for m in _OCCUPATION.finditer(t):
        subj = b.actor_before(i, m.start(), first=True)
        who = _armed(b.ctx.parties_in(s.start + m.start("who"), s.start + m.end("who")))
        if subj is None or not who:
            continue
        disputes[who[0].canonical] = subj.canonical
        place = ("Syria", b.ctx.lookup("Syria"))
        b.add(i, who[0].canonical, place, "disputed", "full", disputed_by=subj.canonical,
              claimant=subj.canonical, claimant_surface=subj.surface + " " + m.group())  # fmt: skip


def _proper(frag: str) -> str | None:
    m = re.search(r"[A-Z][\w'’-]+(?:[\s-]+[A-Z][\w'’-]+)*", frag)
    return m.group() if m else None


def _dedupe(claims: list[ControlClaim]) -> list[ControlClaim]:
    """One claim per (actor, place, status, extent); a named claimant beats the outlet."""
    out: list[ControlClaim] = []
    index: dict[tuple[str, str, str, str], int] = {}
    for c in claims:
        key = (c.actor, c.place, c.status, c.extent)
        if key not in index:
            index[key] = len(out)
            out.append(c)
        elif not out[index[key]].claimant_surface and c.claimant_surface:
            out[index[key]] = c
    return out
