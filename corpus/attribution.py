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

from corpus._context import Attribution, Context, gated
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
    for i, s in enumerate(ctx.sents):
        speech = _SPEECH in ctx.open_patterns(i) and _SPEECH.search(ctx.lowered[i]) is not None
        if not (speech or ctx.hit(_ACCORDING, i) or ctx.hit(_ANON_CUE, i)):
            out.append(Attribution(ctx.outlet, "", False))  # no cue: the outlet's own words
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
        found = (
            _according(masked, low, hits, last)
            or _anonymous(masked)
            or _speech(masked, low, hits, last)
        )
        if found is None:
            out.append(Attribution(ctx.outlet, "", False))
            continue
        claimant, surface = found
        at = masked.find(surface)
        span = (at, at + len(surface)) if at >= 0 else None
        if claimant is None:
            out.append(Attribution(ctx.outlet, surface, False, span))
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
    text: str, low: str, hits: list[AliasMatch], last: str | None
) -> tuple[str | None, str] | None:
    m = _ACCORDING.search(text)
    if m is None:
        return None
    rest = text[m.end() :]
    stop = _CLAUSE_END.search(rest, 1)
    end = m.end() + (stop.start() if stop else len(rest))
    # the clause may go on past "which"/"established by": look a little further for a name
    window_end = min(len(text), end + 40)
    inside = [h for h in hits if m.end() <= h.start < window_end]
    surface = text[m.start() : end].strip()
    if inside:
        h = inside[0]
        return h.canonical, text[m.start() : max(end, h.end)].strip()
    co = _COREF.search(low, m.end(), end)
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
    text: str, low: str, hits: list[AliasMatch], last: str | None
) -> tuple[str | None, str] | None:
    verbs = list(_SPEECH.finditer(low))
    if not verbs:
        return None
    cands: list[tuple[int, int, int, str]] = [(h.start, h.end, 0, h.canonical) for h in hits]
    if last is not None:
        cands += [(c.start(), c.end(), 1, last) for c in _COREF.finditer(low)]
    best: tuple[int, int, int, int, str, int, int] | None = None
    for v in verbs:
        for start, end, is_coref, canonical in cands:
            if end <= v.start():
                gap = v.start() - end
            elif start >= v.end():
                gap = start - v.end()
            else:
                continue
            if gap > _MAX_GAP or '"' in text[min(end, v.end()) : max(start, v.start())]:
                continue
            key = (gap, is_coref, start, end, canonical, v.start(), v.end())
            if best is None or key < best:
                best = key
    if best is None:
        return None
    _, _, start, end, canonical, vs, ve = best
    return canonical, text[min(start, vs) : max(end, ve)].strip()
