"""Who said it: one claimant per sentence, resolved through the claimant alias table.

Cues, in order: "according to X"; an anonymous source ("on condition of anonymity a senior
Kurdish official" -> "anonymous Kurdish official"); a speech verb next to a claimant ("the
SDF said", "said SDF spokesman Farhad Shami", "reports the Syrian Observatory (OSDH)",
"told AFP the director of the OSDH, Rami Abdel Rahman"); a pronoun or a description ("he
said", "said the NGO", "the statement said") stands for the last claimant named; a person
named once in full is later known by surname ("Price said"). A sentence with no cue is
attributed to the article's outlet.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from corpus._context import Attribution, Context, gated, twin_of
from corpus._text import trie_regex
from corpus.aliases import AliasMatch

__all__ = ["attribute"]

_ACCORDING = re.compile(r"\baccording\s+to\b|\bselon\b", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:which|who|that|where|while)\b")
_SPEECH_WORDS = [
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "indicated",
    "indicates", "announced", "announces", "stated", "states", "added", "adds", "claimed",
    "claims", "confirmed", "confirms", "assured", "assures", "warned", "warns", "declared",
    "noted", "insisted", "denied", "affirmed", "explained", "estimated", "documented", "wrote",
    "tweeted", "counted", "recorded", "quoted", "revealed", "alleged", "accused", "stressed",
    "urged", "statement", "condemned", "condemns", "denounced", "demanded",
]  # fmt: skip
_COREF = re.compile(  # on lower-cased text
    r"\b(?:he|she|they|the\s+(?:ngo|statement|spokesman|spokeswoman|spokesperson|organi[sz]ation|"
    r"group|official|source|ministry|monitor|office|command|agency|report))\b"
)
#: The speech verbs as a prefix tree on lower-cased text (no re.I: several times faster).
_SPEECH = re.compile(r"\b(?:" + trie_regex(_SPEECH_WORDS) + r")\b")
_ANON_CUE = re.compile(
    r"condition\s+of\s+anonymity|declined\s+to\s+be\s+(?:named|identified)|requested\s+anonymity|"
    r"spoke\s+anonymously|not\s+authori[sz]ed\s+to\s+speak",
    re.I,
)
_ANON_WHO = re.compile(
    r"\b(?:a|an|one)\s+(?:(?:senior|local|high-ranking|military|security|top|western|"
    r"humanitarian|prison)\s+)*(?P<adj>Kurdish|Syrian|US|U\.S\.|American|Iraqi|Turkish|"
    r"Russian|Western|SDF|UN)?\s*(?:(?:senior|local|military|security|government)\s+)?"
    r"(?P<who>official|source|commander|officer|diplomat)\b",
    re.I,
)
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
_MAX_GAP = 60
_HAS_QUOTE = re.compile(r"[\"“«]")
gated(_ACCORDING, "according", "selon")
gated(_ANON_CUE, "anonym", "declined", "authori")
gated(_SPEECH, "said", "say", "told", "tell", "report", "indicat", "announc", "stat", "add",
      "claim", "confirm", "assur", "warn", "declar", "noted", "insist", "denied", "affirm",
      "explain", "estimat", "document", "wrote", "tweet", "count", "record", "quot", "reveal",
      "alleg", "accus", "stress", "urged", "condemn", "denounc", "demand")  # fmt: skip


# ---------------------------------------------------------------- French
#: "selon X", "d'après X" (on the article text; lower-case words, so no re.I needed there).
_ACCORDING_FR = re.compile(r"\b(?:selon|d['’]apr[eè]s)\b", re.I)
_CLAUSE_END_FR = re.compile(r"[,;:.!?]|\s(?:qui|que|où|dont|tandis|alors)\b")
_SPEECH_WORDS_FR = [
    "annoncé", "annonce", "annoncent", "indiqué", "indique", "indiquent", "déclaré", "déclare",
    "déclarent", "affirmé", "affirme", "affirment", "rapporté", "rapporte", "rapportent",
    "précisé", "précise", "précisent", "ajouté", "ajoute", "ajoutent", "assuré", "assure",
    "assurent", "souligné", "souligne", "expliqué", "explique", "estimé", "estime", "estiment",
    "confirmé", "confirme", "confirment", "démenti", "dément", "dit", "disent", "dénoncé",
    "dénonce", "dénoncent", "accusé", "accuse", "accusent", "averti", "avertit", "signalé",
    "signale", "fait savoir", "fait état", "communiqué", "écrit", "tweeté", "recensé", "recense",
    "documenté", "dénombré", "comptabilisé", "révélé", "insisté", "réclamé", "exigé", "condamné",
    "condamne", "condamnent", "rapport",
]  # fmt: skip
_SPEECH_WORDS_FR += [w + "e" for w in _SPEECH_WORDS_FR if w.endswith("é")]  # "annoncée par"
_SPEECH_FR = re.compile(r"\b(?:" + trie_regex(_SPEECH_WORDS_FR) + r")\b")
_COREF_FR = re.compile(  # on lower-cased text
    r"\b(?:il(?!\s+(?:y\b|s['’]agit|faut|est\b|était\b))|elle|ils|elles|lui|eux|"
    r"l['’](?:ong|observatoire|organisation|agence|administration)|"
    r"le\s+(?:communiqué|porte-parole|responsable|commandement|ministère|bureau|rapport|groupe|"
    r"texte)|la\s+(?:source|porte-parole|déclaration)|cette\s+(?:source|ong|organisation))\b"
)
#: "le nouveau bilan de l'OSDH", "un décompte des FDS": the toll's author is the claimant.
_TOLL_FR = re.compile(
    r"\b(?:bilan|décompte|comptage|chiffres?|rapport|communiqué)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])",
    re.I,
)
#: "a indiqué leur porte-parole": the spokesman of the claimant named earlier in the sentence.
_POSSESSIVE_FR = re.compile(
    r"\b(?:leur|son|sa)\s+(?:porte-parole|commandant|chef|dirigeant|responsable|président|"
    r"directeur|commandement)\b"
)
_ANON_CUE_FR = re.compile(
    r"sous\s+(?:le\s+)?couvert\s+(?:de\s+l['’]|d['’])anonymat|"
    r"(?:requis|demandé|souhaité\s+garder|gardé)\s+l['’]anonymat|anonymement|"
    r"\bde\s+sources?\s+(?=\w)",
    re.I,
)
_ADJ_FR = (
    r"(?P<adj>kurdes?|syrien(?:ne)?s?|américain(?:e)?s?|irakien(?:ne)?s?|turc(?:que)?s?|turques?|"
    r"russes?|occidenta(?:l|le|les|ux)|onusien(?:ne)?s?|des\s+FDS|de\s+l['’]ONU)"
)
_ANON_WHO_FR = re.compile(
    r"\b(?:un|une|l['’]une?|des)\s+(?:(?:haut|haute|hauts)\s+)?"
    r"(?P<who>responsable|source|commandant|officier|diplomate|dirigeant|cadre|membre)s?\b"
    r"(?:\s+(?:haut\s+placée?|locale?|militaire|sécuritaire|de\s+sécurité|gouvernementale?|"
    r"humanitaire|pénitentiaire))*(?:\s+" + _ADJ_FR + r")?|"
    r"\bde\s+(?P<who2>source)s?\b(?:\s+(?:militaires?|sécuritaires?|locales?|officielles?|"
    r"proches?\s+(?:de\s+|du\s+|des\s+)?\w+))*(?:\s+" + _ADJ_FR.replace("<adj>", "<adj2>") + ")?",
    re.I,
)
_ADJ_EN = {
    "kurde": "Kurdish", "syrien": "Syrian", "américain": "US", "irakien": "Iraqi",
    "turc": "Turkish", "turque": "Turkish", "russe": "Russian", "occidenta": "Western",
    "onusien": "UN", "des fds": "SDF", "de l'onu": "UN",
}  # fmt: skip


def _toll_fr(text: str, hits: list[AliasMatch]) -> tuple[str | None, str] | None:
    """Read "le bilan de l'OSDH" (a toll named after its author) as the OSDH's claim."""
    for m in _TOLL_FR.finditer(text):
        h = next((h for h in hits if m.end() <= h.start <= m.end() + 2), None)
        if h is not None:
            return h.canonical, text[m.start() : h.end]
    return None


def _anonymous_fr(text: str) -> tuple[str | None, str] | None:
    """Read an anonymous French source ("un responsable kurde sous couvert d'anonymat")."""
    cue = _ANON_CUE_FR.search(text)
    if cue is None:
        return None
    who = _ANON_WHO_FR.search(text)
    if who is None:
        return "anonymous source", cue.group().strip()
    role = (who["who"] or who["who2"]).lower()
    role = {"source": "source", "diplomate": "diplomat"}.get(role, "official")
    adj_fr = (who["adj"] or who["adj2"] or "").lower().replace("’", "'")
    adj = next((en for fr, en in _ADJ_EN.items() if adj_fr.startswith(fr)), "")
    return f"anonymous {adj + ' ' if adj else ''}{role}", who.group().strip()


class _Lang(NamedTuple):
    """The patterns a sentence's claimant is read with, in one language."""

    according: re.Pattern[str]
    clause_end: re.Pattern[str]
    speech: re.Pattern[str]
    coref: re.Pattern[str]
    anonymous: Callable[[str], tuple[str | None, str] | None]


def _mask_quotes(text: str) -> str:
    return _QUOTE.sub(lambda m: " " * len(m.group()), text)


def attribute(ctx: Context) -> list[Attribution]:
    """Attribute every sentence of the article (``ctx.sents``), in order."""
    out: list[Attribution] = []
    last: str | None = None
    surnames: dict[str, str] = {}
    for h in ctx.claimant_hits:
        if h.kind == "person":
            surnames.setdefault(h.surface.split()[-1], h.canonical)
    surname_re = (
        re.compile(r"\b(?:" + "|".join(map(re.escape, surnames)) + r")\b") if surnames else None
    )
    fr = ctx.article.language == "fr"
    pats = _FR if fr else _EN_A if ctx.plain else _EN
    # the gated English cues, each run only when its key words are in the sentence
    speech_re, according_re, anonymous_re = pats.speech, pats.according, ctx.fast(_ANON_CUE)
    outlet = ctx.outlet
    verbs: list[re.Match[str]] = []  # French: read by _speech itself
    for i, s in enumerate(ctx.sents):
        if fr:  # French patterns are not gated: French articles only pay for them
            cue = (
                _SPEECH_FR.search(ctx.lowered[i]) is not None
                or _ACCORDING_FR.search(s.text) is not None
                or _ANON_CUE_FR.search(s.text) is not None
                or _TOLL_FR.search(s.text) is not None
            )
        else:
            opened = ctx.open_patterns(i)
            # all the verbs at once: _speech needs them too (unless quotes are masked)
            verbs = list(speech_re.finditer(ctx.lowered[i])) if _SPEECH_ID in opened else []
            speech = bool(verbs)
            according = _ACCORDING_ID in opened and according_re.search(s.text) is not None
            anonymous = _ANON_CUE_ID in opened and anonymous_re.search(s.text) is not None
            cue = speech or according or anonymous
        if not cue:
            out.append(Attribution(outlet, "", False))  # no cue: the outlet's own words
            continue
        quoted = _HAS_QUOTE.search(s.text) is not None
        masked = _mask_quotes(s.text) if quoted else s.text
        low = _mask_quotes(ctx.lowered[i]) if quoted else ctx.lowered[i]
        hits = [
            AliasMatch(h.canonical, h.surface, h.start - s.start, h.end - s.start, h.kind)
            for h in ctx.claimants_in(s.start, s.end)
            if masked[h.start - s.start : h.end - s.start].strip()
        ]
        if surname_re is not None:
            taken = [(h.start, h.end) for h in hits]
            for m in surname_re.finditer(masked):
                if all(m.end() <= a or m.start() >= b for a, b in taken):
                    hits.append(
                        AliasMatch(surnames[m.group()], m.group(), m.start(), m.end(), "person")
                    )
        # an English pattern whose key words are not in the sentence is not run (the text
        # with quotes masked has no match the sentence lacks)
        found = _according(masked, low, hits, last, pats) if fr or according else None
        if fr and found is not None and found[0] is None:
            found = _anonymous_fr(masked) or found  # "selon un responsable ... sous couvert"
        found = (
            found
            or (pats.anonymous(masked) if fr or anonymous else None)
            or (
                _speech(masked, low, hits, last, pats, None if fr or quoted else verbs)
                if fr or speech
                else None
            )
        )
        if fr and (found is None or found[0] is None):
            found = _toll_fr(masked, hits) or found
        if found is None:
            out.append(Attribution(outlet, "", False))
            continue
        claimant, surface = found
        at = masked.find(surface)
        span = (at, at + len(surface)) if at >= 0 else None
        if claimant is None:
            out.append(Attribution(outlet, surface, False, span))
            continue
        last = claimant
        out.append(Attribution(claimant, surface, True, span))
    return _quote_groups(ctx, out)


def _quote_groups(ctx: Context, out: list[Attribution]) -> list[Attribution]:
    """Sentences inside one quotation share the attribution of the sentence that closes it.

    ``"We call on ... northeast Syria. The U.S. government will ... efforts," Price said.``
    is split into two sentences; both are Price's.
    """
    sents = ctx.sents
    k = 0
    while k < len(sents):
        t = sents[k].text
        opened = t.count("“") - t.count("”") > 0 or (
            t.count('"') % 2 == 1 and t.lstrip().startswith('"')
        )
        if not opened:
            k += 1
            continue
        j = k + 1
        while j < len(sents) and sents[j].paragraph == sents[k].paragraph:
            tj = sents[j].text
            if "”" in tj or tj.count('"') % 2 == 1:
                break
            j += 1
        if j < len(sents) and sents[j].paragraph == sents[k].paragraph and out[j].named:
            for m in range(k, j):
                if not out[m].named:
                    out[m] = Attribution(out[j].claimant, out[j].surface, True, None)
        k = j + 1
    return out


def _according(
    text: str, low: str, hits: list[AliasMatch], last: str | None, pats: _Lang
) -> tuple[str | None, str] | None:
    m = pats.according.search(text)
    if m is None:
        return None
    rest = text[m.end() :]
    stop = pats.clause_end.search(rest, 1)
    end = m.end() + (stop.start() if stop else len(rest))
    # the clause may go on past "which"/"established by": look a little further for a name
    window_end = min(len(text), end + 40)
    inside = [h for h in hits if m.end() <= h.start < window_end]
    surface = text[m.start() : end].strip()
    if inside:
        h = inside[0]
        return h.canonical, text[m.start() : max(end, h.end)].strip()
    co = pats.coref.search(low, m.end(), end)
    if co is not None and last is not None:
        return last, surface
    return None, surface


def _anonymous(text: str) -> tuple[str | None, str] | None:
    if not _ANON_CUE.search(text):
        return None
    who = _ANON_WHO.search(text)
    if who is None:
        return "anonymous source", _ANON_CUE.search(text).group()  # type: ignore[union-attr]
    adj = (who["adj"] or "").replace("U.S.", "US").replace("American", "US")
    role = (
        "official"
        if who["who"].lower() in ("official", "officer", "commander")
        else who["who"].lower()
    )
    canonical = f"anonymous {adj + ' ' if adj else ''}{role}"
    return canonical, who.group().strip()


def _speech(
    text: str,
    low: str,
    hits: list[AliasMatch],
    last: str | None,
    pats: _Lang,
    verbs: list[re.Match[str]] | None = None,
) -> tuple[str | None, str] | None:
    """Read "X said" / "said X" (``verbs``: the matches of ``pats.speech`` in ``low``, if known)."""
    if verbs is None:
        verbs = list(pats.speech.finditer(low))
    if not verbs:
        return None
    cands: list[tuple[int, int, int, str]] = [(h.start, h.end, 0, h.canonical) for h in hits]
    if last is not None:
        cands += [(c.start(), c.end(), 1, last) for c in pats.coref.finditer(low)]
    if pats.coref is _COREF_FR and hits:  # "leur porte-parole": the claimant named before
        cands += [
            (c.start(), c.end(), 1, hits[0].canonical)
            for c in _POSSESSIVE_FR.finditer(low)
            if hits[0].end <= c.start()
        ]
    best: tuple[int, int, int, int, str, int, int] | None = None
    for v in verbs:
        vs, ve = v.span()
        for start, end, is_coref, canonical in cands:
            if end <= vs:  # the claimant, then the verb
                gap = vs - end
                if gap > _MAX_GAP or '"' in text[end:vs]:
                    continue
            elif start >= ve:  # the verb, then the claimant
                gap = start - ve
                if gap > _MAX_GAP or '"' in text[ve:start]:
                    continue
            else:
                continue
            key = (gap, is_coref, start, end, canonical, vs, ve)
            if best is None or key < best:
                best = key
    if best is None:
        return None
    _, _, start, end, canonical, vs, ve = best
    return canonical, text[min(start, vs) : max(end, ve)].strip()


_EN = _Lang(_ACCORDING, _CLAUSE_END, _SPEECH, _COREF, _anonymous)
#: The English set for articles ``re`` reads alike with ``re.ASCII`` (Context.plain).
_EN_A = _Lang._make(twin_of(p) if isinstance(p, re.Pattern) else p for p in _EN)
_FR = _Lang(_ACCORDING_FR, _CLAUSE_END_FR, _SPEECH_FR, _COREF_FR, _anonymous_fr)
#: Ids of the gated English cues, as :meth:`Context.open_patterns` holds them.
_SPEECH_ID, _ACCORDING_ID, _ANON_CUE_ID = id(_SPEECH), id(_ACCORDING), id(_ANON_CUE)
