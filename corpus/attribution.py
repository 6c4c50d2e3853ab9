"""Who said it: one claimant per sentence, resolved through the claimant alias table.

Cues, in order: "according to X"; an anonymous source ("on condition of anonymity a senior
Kurdish official" -> "anonymous Kurdish official"); a speech verb next to a claimant ("the
SDF said", "said SDF spokesman Farhad Shami", "reports the Syrian Observatory (OSDH)",
"told AFP the director of the OSDH, Rami Abdel Rahman"); a pronoun or a description ("he
said", "said the NGO", "the statement said") stands for the last claimant named; a person
named once in full is later known by surname ("Price said"). A sentence with no cue is
attributed to the article's outlet.

Definite descriptions of their own (:func:`_definite`): "the monitor" is the monitor named
last in the article (the SOHR or the SNHR), else the SOHR (the wires' shorthand); "the
army", "the defence ministry" with no country are those of the country last named with its
army or ministry ("the Turkish army": Turkey/SNA; one the table does not know: nobody, so
the outlet), else the Syrian government's, and only as the subject of the speech verb ("the
army said in a statement", "a statement from the army said") or in "..., said the army."
("residents said the army had shelled" is the residents').

A source the table does not know is the claimant as written (:func:`_name_of`), read from
the same cues: "according to the Syrian Civil Defence", "the Asayish said", "Iraqi forces
said", "X told AFP", "..., said Abu Omar, a volunteer", "documented by X", "a spokesman for
X said", "according to figures released by X", "X, a doctor in Idlib, told AFP" (X), and in
French "selon X", "X a indiqué", "a indiqué (à l'AFP) X". The name loses its article and
the description around it ("the Kurdish Hawar news agency" -> "Hawar", "Iraqi Prime
Minister Mustafa al-Kadhimi" -> "Mustafa al-Kadhimi"); a generic source is the phrase
("local activists", "medical sources", "Kurdish officials", "residents of Douma" ->
"residents", "sources médicales"). Never a source: a phrase that is not one (a clause, a
number, "the plan", "the latest toll"), the subject of what is reported ("residents said
the SDF had ..." is the residents'), or "the ministry" / "the group" alone (a description:
the last claimant's, else the outlet's). Such a source is then an antecedent like any other
("he said", "the group said"; a person's surname: "Hassan said"), except that a description
of an organisation never stands for people named by what they are ("residents").

Officials and bodies: a source speaking from a body is the body ("a source in the Deir ez-Zor
Military Council", "a doctor at the Y hospital", "X, a spokesman for the Z Division,", "its
director" of the body the sentence opens on); an office stays with a name ("Health Minister
X", "X, the health minister,"; only an honorific is dropped: "Dr. X"); "the council", "the
interior ministry" stand only for a body named with that head (and modifier), never for an
unrelated last claimant; whom something was told ("told SANA's reporter"), the carrier of a
statement ("according to a statement carried by SANA") and a source acting in what is reported
("said the Syrian army shelled") are not speakers; the outlet's own reporter or witness is the
outlet; a source a quotation names ('said: "The ministry claimed ..., killing nine"') claims
what follows it (:func:`clause_attribution`).

Channels and chains (round 5): an official who "told AFP" or spoke "in a statement carried by
SANA" is the claimant, the outlet only the channel; "According to him / her" and "one of
them" stand for the speaker before; ", saying ..." speaks for the subject of its clause, never
the object of "accused" / "urged"; a person described after the verb or "according to"
("said X, director of the Y hospital"), "X, who heads ... at the Y hospital," and "the X
Ministry's spokesman, Y," speak for the body; a sub-body with a portfolio keeps its name with
the claimant's ("AANES Health Board"); a source cited by what it is keeps its reporter
("military source via SANA (Syrian state news agency)").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from corpus import _rules
from corpus._context import Attribution, Context, gated, twin_of
from corpus._text import list_item, trie_regex
from corpus.aliases import AliasMatch, claimants
from corpus.errors import CorpusError

__all__ = ["attribute", "clause_attribution", "has_contrast", "speech_verbs"]

_ACCORDING = re.compile(
    r"\baccording\s+to\b|\bselon\b|\blearn(?:ed|t)\s+from\b"
    r"|\b(?-i:[Pp]er)(?=\s+the\s+(?-i:[A-Z])|\s+the\s+(?:[a-z-]+\s+)?(?:ministry|monitor|"
    r"observatory|agency|council|directorate|army|military|group|network|authorities)\b"
    r"|\s+(?-i:[A-Z][A-Za-z]+)(?:['’]s?\s+[a-z]+)?\s*[),.;])",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:which|who|that|where|while)\b")
#: Pronouns and descriptions that stand for the last claimant, on lower-cased text: "he",
#: "it" ("It added that ..."), "the group", and a description with one modifier ("the
#: Kurdish official", "the media center", "the general command").
_COREF = re.compile(
    r"\b(?:he|she|they|it|one\s+of\s+them|"
    r"the\s+(?:[a-z-]+\s+)?(?:ngo|statement|spokesman|spokeswoman|"
    r"spokesperson|organi[sz]ation|group|official|source|ministry|monitor|office|command|agency|"
    r"report|force|cent(?:er|re)|council|directorate|hospital|network|committee|administration|"
    r"department|board|commission|authority))\b"
)
_ANON_CUE = re.compile(
    r"condition\s+of\s+anonymity|declined\s+to\s+be\s+(?:named|identified)|requested\s+anonymity|"
    r"spoke\s+anonymously|not\s+authori[sz]ed\s+to\s+speak|"
    r"(?:asked|requested)\s+not\s+to\s+be\s+(?:named|identified)|asked\s+to\s+remain\s+anonymous",
    re.I,
)
#: A speaker named by a bare role: "a source", "an official" stay "anonymous source".
_BARE_ROLE = re.compile(r"(?:an?\s+)?(?:source|sources|official|officials|person)$", re.I)
_ANON_WHO = re.compile(
    r"\b(?:a|an|one)\s+(?:(?:senior|local|high-ranking|military|security|top|western|"
    r"humanitarian|prison)\s+)*(?P<adj>Kurdish|Syrian|US|U\.S\.|American|Iraqi|Turkish|"
    r"Russian|Western|SDF|UN)?\s*(?:(?:senior|local|military|security|government|defen[cs]e|"
    r"intelligence|health|interior|police)\s+)?"
    r"(?P<who>official|source|commander|officer|diplomat)\b",
    re.I,
)
#: Sources named by a definite description only, on lower-cased text: "the monitor" (the
#: monitor named last in the article, else the SOHR, which wires call "the monitor"); "the
#: army", "the defence ministry" with no country (those of the country whose army or
#: ministry was named last, else the Syrian government's: the articles are about Syria);
#: "state media", "state television" with no country (the Syrian government's, unless
#: another country's state media were named before).
_DEFINITE = re.compile(
    r"\b(?:the|a)\s+(?:(?:[a-z.]+-based|conflict|war|rights|syrian|independent)\s+)*"
    r"(?P<monitor>monitor(?:ing\s+group)?)\b"
    r"|\bthe\s+(?:(?P<army>army(?:\s+(?:general\s+)?command)?"
    r"|(?:defen[cs]e|war)\s+ministry|ministry\s+of\s+defen[cs]e))\b"
    r"|\b(?P<state>(?:(?:the\s+)?official\s+)?state(?:-run)?\s+(?:media|television|tv|"
    r"news\s+agency))\b"
)
#: An army or defence ministry named with its country ("the Turkish army", "Russia's defence
#: ministry"), on lower-cased text: what "the army" stands for after it.
_ARMY_NAMED = re.compile(
    r"\b(?P<nat>syrian|syria's|turkish|turkey's|russian|russia's|israeli|israel's|iraqi|iraq's|"
    r"lebanese|jordanian|iranian|iran's|us|u\.s\.|american)\s+(?:army|military|armed\s+forces|"
    r"defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)\b"
    # not as a modifier: "struck Syrian army targets" names no speaker
    r"(?!\s+(?:targets?|positions?|posts?|units?|soldiers|troops|officers|bases?|checkpoints?|"
    r"convoys?|vehicles?|tanks?|outposts?|sites?|depots?|barracks|deployments?)\b)"
)
#: After "state": state media ("Iranian state media", "Turkey's state-run news agency").
_STATE_AFTER = re.compile(r"state(?:-run)?\s+(?:media|television|tv|news)\b")
#: Countries whose state media, once named, leave "state media" alone unresolved.
_FOREIGN = frozenset((
    "iranian", "iran's", "turkish", "turkey's", "russian", "russia's", "iraqi", "iraq's",
    "israeli", "israel's", "lebanese", "lebanon's", "jordanian", "jordan's", "egyptian", "saudi",
    "qatari", "emirati", "chinese", "china's", "us", "u.s.", "american", "british", "french",
    "german",
))  # fmt: skip
_ARMY_OWNER = {
    "syrian": "Syrian government", "syria's": "Syrian government",
    "turkish": "Turkish Ministry of National Defence",
    "turkey's": "Turkish Ministry of National Defence",
    "russian": "Russian Ministry of Defence", "russia's": "Russian Ministry of Defence",
    "us": "US-led coalition", "u.s.": "US-led coalition", "american": "US-led coalition",
}  # fmt: skip
#: A country whose defence ministry and army are claimants of their own.
_MINISTRY_ARMY = {
    "Turkish Ministry of National Defence": "Turkish army",
    "Russian Ministry of Defence": "Russian military",
}
_MONITORS = frozenset(("SOHR", "Syrian Network for Human Rights"))
#: What may stand between "the army" and its speech verb ("the army also said").
_BETWEEN = re.compile(r"\s+(?:(?:also|has|had|have|later|earlier|then)\s+)*")
#: What may follow "..., said the army" to the end of its clause.
_CLAUSE_AFTER = re.compile(r"\s*(?:[,.;:!?)]|$|in\s+a\s+statement\b)")
_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")
_MAX_GAP = 60


def _named_here(c: re.Match[str], hits: list[AliasMatch]) -> str | None:
    """Return the source a description stands for when its sentence named it before.

    "Separately, the Internal Security Forces arrested 11 people, the force said": the
    description's head noun is a word of a source named earlier in the same sentence.
    """
    words = c.group().split()
    if len(words) < 2:
        return None  # a pronoun: the last claimant
    head = words[-1].rstrip("s")
    for h in reversed(hits):
        if h.end <= c.start() and h.kind == "org" and head in h.surface.lower():
            return h.canonical
    if len(words) == 2 and words[1] in _ANY_BODY:
        # "The SDF resumed the assault, and the group's media centre said": "the group"
        # with no word of its own is the organisation the sentence named last
        return next(
            (
                h.canonical
                for h in reversed(hits)
                if h.end <= c.start() and h.kind == "org" and not h.canonical.endswith("government")
            ),
            None,
        )
    return None


#: Heads of a description that fits any organisation ("the group", "the organisation").
_ANY_BODY = frozenset(
    ("group", "organisation", "organization", "alliance", "coalition", "force", "forces")
)


#: A verb right after a source named after the speech verb: the source is the subject of
#: what is reported ("said the Syrian army had shelled"), not the speaker.
_ACTS_NEXT = re.compile(
    r"['’]?s?\s+(?:(?:also|then|later|allegedly|reportedly)\s+)?(?:had|has|have|was|were|is|are|"
    r"would|will|could|did|took|shot|hit|struck|lost|fled|[a-z]+ed)\b"
)
#: Between "told" and whom it was told: "told AFP", "told the SANA reporter".
_TOLD_OBJECT = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?")
#: After a pronoun right after a speech verb: the reported clause goes on ("said they had").
_CLAUSE_GOES_ON = re.compile(r"\s+[a-z]")
#: An apposition between a source and its verb: "X, a Britain-based monitor with sources
#: across the country, said this week".
_APPOSITIVE = re.compile(
    r",[^,;:\"“”()]{2,160},\s*(?:(?:also|has|had|have|later|earlier|this|last|week|on|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+)*"
)
#: Where a source is, between it and its verb: "the Asayish in Sheikh Maqsoud and Ashrafieh,
#: for their part, said".
_WHERE_AFTER = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:al|el|ez|ad|ash|as|ar)-)?[A-Z][\w'’-]*"
    r"(?:\s+(?:and\s+)?(?:(?:al|el|ez|ad|ash|as|ar)-)?[A-Z][\w'’-]*){0,5}"
    r"(?:,[^,;:\"“”()]{2,40},)?\s*(?:(?:also|has|had|have|later|earlier|on|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\s+)*"
)
_HAS_QUOTE = re.compile(r"[\"“«]")
gated(_ACCORDING, "according", "selon", "learned from", "learnt from", "per ")
gated(_ANON_CUE, "anonym", "declined", "authori", "not to be")
gated(_DEFINITE, "monitor", "the army", "defence ministry", "defense ministry",
      "war ministry", "ministry of defen", "state media", "state tele", "state tv",
      "state-run")  # fmt: skip


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
    r"texte)|la\s+(?:même\s+)?(?:source|porte-parole|déclaration)|cette\s+(?:source|ong|organisation))\b"
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
#: An open relative clause just before a point: ", qui dispose d'un réseau de ".
_RELATIVE_BEFORE_FR = re.compile(r",\s+(?:qui|dont|lequel|laquelle)\b[^,;.]*$")
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
    """Read an anonymous French source ("un responsable kurde sous couvert d'anonymat").

    Not in a relative clause describing a named source ("a précisé l'ONG, qui dispose d'un
    réseau de sources en Syrie": the NGO's).
    """
    cue = _ANON_CUE_FR.search(text)
    while cue is not None and _RELATIVE_BEFORE_FR.search(text, 0, cue.start()) is not None:
        cue = _ANON_CUE_FR.search(text, cue.end())
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


# ------------------------------------------------- sources the claimant table does not know
#: Words, punctuation and elided articles ("l'", "d'") of a text, with their offsets.
_TOKEN = re.compile(r"(?:[lLdD]|qu|Qu)['’](?=\w)|\w[\w'’.-]*\w|\w|[^\w\s]")
_TOKEN_EN = re.compile(r"\w[\w'’.-]*\w|\w|[^\w\s]")
#: A name particle written in lower case inside a person's name ("bin" in "Hamza bin Laden").
_PARTICLE = re.compile(r"(?:bin|ibn|bint|de|van|von|al|el)$")


class _Lexicon(NamedTuple):
    """The words a language's source noun phrases are read with (all lower-case)."""

    articles: frozenset[str]  # dropped from the name ("the", "a"; "le", "les", "l'")
    definite: frozenset[str]  # of these, the ones that point back ("the group": coreference)
    heads: frozenset[str]  # nouns a generic source ends on ("activists", "medical sources")
    institutions: frozenset[str]  # heads that need more than "the" ("the ministry": anaphora)
    roles: frozenset[str]  # "spokesman for X", "head of X": X is the source
    docs: frozenset[str]  # "a statement by X", "figures from X": X is the source
    mods: frozenset[str]  # lower-case modifiers a generic source may have ("local", "medical")
    links: frozenset[str]  # prepositions inside a noun phrase ("of", "for", "in")
    stops: frozenset[str]  # words no source name holds (pronouns, verbs, function words)
    boundaries: frozenset[str]  # words a subject follows ("and", "which", "while")
    skip: frozenset[str]  # words between a subject and its verb ("also", "has", "on Monday")
    verbs: frozenset[str]  # the speech verbs an unknown source is read with
    adjectives_after: bool  # French: adjectives follow the noun ("sources médicales")


def _words(*chunks: str) -> frozenset[str]:
    return frozenset(w for c in chunks for w in c.split())


_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_LEX_EN = _Lexicon(
    articles=_words("the a an"),
    definite=_words("the"),
    heads=_words(
        "activist activists resident residents source sources official officials witness",
        "witnesses eyewitness eyewitnesses doctor doctors medic medics nurse nurses paramedic",
        "paramedics rescuer rescuers volunteer volunteers journalist journalists correspondent",
        "correspondents reporter reporters spokesman spokeswoman spokesperson spokesmen",
        "commander commanders officer officers police monitor monitors observer observers",
        "relative relatives survivor survivors inhabitant inhabitants locals elder elders",
        "leader leaders worker workers authorities authority ministry ministries agency",
        "agencies group groups organisation organisations organization organizations council",
        "councils committee committees office command army forces military media hospital",
        "hospitals director chief governor mayor minister envoy diplomat diplomats",
        "researchers investigators ngo ngos charity network administration department",
        "service services directorate television tv channel newspaper radio daily website",
        "sheikh tribesmen staff team teams insiders rebels insurgents militants troops soldiers",
        "fighters jihadists militiamen opposition civilians families people refugees villagers",
        "farmers parents detainees prisoners inmates guards employees traders shopkeepers",
        "mourners students teachers men women board boards commission body bureau co-chair",
        "defence defense",  # "the civil defence" in lower case, as the wires write it
    ),
    institutions=_words(
        "group organisation organization ministry agency army council committee office",
        "command authority administration department network monitor hospital military",
        "service directorate spokesman spokeswoman spokesperson official source commander",
        "officer director chief governor mayor minister envoy channel newspaper website",
        "television tv radio charity ngo daily team board commission bureau",
    ),
    roles=_words(
        "spokesman spokeswoman spokesperson spokesmen head director chief representative",
        "official officials member members commander commanders officer leader leaders",
        "president minister envoy coordinator manager founder chairman governor mayor",
        "co-chair co-chairs co-chairman co-chairwoman co-president",
    ),
    docs=_words(
        "statement statements report reports toll tolls figures figure data count tally",
        "estimate estimates document documents footage video images photos letter study",
        "survey census list message post tweet communique communiqué bulletin record records",
        "assessment update account accounts agreement deal plan law resolution calculations",
        "information",
    ),
    mods=_words(
        "local medical security military senior rescue aid health hospital humanitarian",
        "opposition rebel state official government regime pro-government police prison camp",
        "media news relief civil defence defense army tribal village city town provincial",
        "municipal district regional other several many top high-ranking interior foreign",
        "activist rights monitoring war independent private public kurdish-led displaced",
        "rebel-held government-held medical-aid field frontline front-line site human",
        "main national central general university military-run state-run intelligence",
        "new former acting interim deputy",
    ),
    links=_words("of for at from with in inside near on by"),
    stops=_words(
        "he she they it we i you him her them us this these those there who which what",
        "whom whose that one ones some is are was were be been being has have had do does",
        "did not no its their his our my your any all both each dozens hundreds thousands",
        "scores tens millions one two three four five six seven eight nine ten",
    ),
    boundaries=_words(
        "and but while as which who whom that whereas when after before because since where",
        "so meanwhile however separately also later earlier yesterday today tonight",
        _WEEKDAYS,
    ),
    skip=_words(
        "also later earlier previously separately further then again too meanwhile has have",
        "had would will could may might on night morning evening afternoon late early",
        "yesterday today tonight",
        _WEEKDAYS,
    ),
    verbs=frozenset(),  # the naming verbs of corpus/rules/attribution.yaml (see _english)
    adjectives_after=False,
)
_LEX_FR = _Lexicon(
    articles=_words("le la les l' l’ un une des de d' d’ du"),
    definite=_words("le la l' l’"),
    heads=_words(
        "militant militants militante militantes habitant habitants habitante habitantes",
        "source sources responsable responsables témoin témoins médecin médecins secouriste",
        "secouristes infirmier infirmiers volontaires journaliste journalistes correspondant",
        "correspondants porte-parole commandant commandants officier officiers police policiers",
        "observateur observateurs proches survivants rescapés résidents notables chef chefs",
        "dirigeant dirigeants autorités ministère agence ong organisation groupe conseil comité",
        "bureau commandement armée forces médias hôpital directeur gouverneur maire ministre",
        "émissaire diplomate diplomates chercheurs enquêteurs réseau administration direction",
        "télévision chaîne journal quotidien radio site équipes activistes militaires",
        "rebelles insurgés soldats combattants jihadistes opposants",
    ),
    institutions=_words(
        "ministère agence ong organisation groupe conseil comité bureau commandement armée",
        "hôpital réseau administration direction télévision chaîne journal radio site",
        "porte-parole responsable source commandant officier directeur chef gouverneur maire",
        "ministre émissaire diplomate dirigeant",
    ),
    roles=_words(
        "porte-parole chef directeur directrice responsable responsables membre membres",
        "commandant dirigeant président ministre représentant coordinateur fondateur",
    ),
    docs=_words(
        "communiqué communiqués rapport rapports bilan bilans chiffres chiffre données",
        "décompte comptage estimation estimations document documents vidéo images photos",
        "lettre étude liste message accord plan loi résolution déclaration",
    ),
    mods=frozenset(),  # French adjectives follow the noun: any lower-case word not a stop
    links=_words("de des du d' d’ à au aux en dans pour auprès sur près par"),
    stops=_words(
        "il elle ils elles lui eux on nous vous je tu ce cet cette ces qui que qu' qu’ quoi",
        "dont où est sont était étaient a ont avait avaient été être fait faut y se s' s’ ne",
        "n' n’ pas plus leur leurs son sa ses notre nos votre vos et ou mais car donc or",
        "selon après avant depuis pendant lors alors tandis puis comme si aussi également",
        "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui dizaines",
        "centaines milliers deux trois quatre cinq six sept huit neuf dix",
    ),
    boundaries=_words("et mais tandis alors que qui dont où car puis"),
    skip=_words(
        "a ont avait avaient aussi également encore déjà ensuite lundi mardi mercredi jeudi",
        "vendredi samedi dimanche soir matin hier",
    ),
    verbs=_words(
        "annoncé indiqué déclaré affirmé rapporté précisé ajouté assuré souligné expliqué",
        "estimé confirmé dit signalé écrit tweeté recensé documenté dénombré comptabilisé",
        "révélé averti",
    ),
    adjectives_after=True,
)
#: "told reporters", "told a news conference": the object of "told" that makes it a speech
#: verb (else a name: "told AFP"), not an order ("told residents to leave").
_TOLD_WHOM = _words(
    "reporters journalists media press news conference briefing state agency television tv",
    "channel newspaper radio website station daily outlet correspondent reporter our local",
)
#: Heads that describe a named organisation ("the Hawar news agency", "the X rebel group").
_OUTLETS = _words(
    "group groups agency television tv channel newspaper daily radio website network",
    "organisation organization charity ngo outlet broadcaster",
)
_OUTLETS_FR = _words(
    "groupe agence télévision chaîne journal quotidien radio site réseau organisation ong"
)
#: Titles before a person's name ("Prime Minister", "General"): the name follows them.
_TITLES = _words(
    "president prime minister spokesman spokeswoman spokesperson commander general gen",
    "colonel brigadier major captain envoy ambassador director governor mayor chief head",
    "secretary secretary-general king emir leader chairman official dr mr mrs ms",
)
_NATIONALITY = _words(
    "syrian kurdish turkish iraqi iranian russian american british french german israeli",
    "lebanese jordanian arab saudi qatari emirati western european us u.s un pro-government",
    "pro-turkish pro-iranian state-run official",
)
#: Words of an organisation's name (never a person's), and nationality adjectives.
_ORG_WORDS = _words(
    "forces council crescent cross defence defense network ministry agency army committee",
    "observatory union front party command office authority administration organisation",
    "organization group brigade brigades units guard guards police media news center centre",
    "institute foundation society movement coalition department directorate service",
    "services watch international assembly court hospital helmets rights human health",
    "relief aid syrian kurdish turkish iraqi iranian russian american british french german",
    "israeli lebanese jordanian arab saudi qatari western european national democratic free",
    "islamic syria turkey iraq iran russia us un eu state tv radio daily times post press",
    "reuters afp ap associated agence france-presse hawar rudaw asayish sana",
    "division legion corps battalion battalions regiment faction factions squad operations",
    "room gathering directorate hospital clinic municipality",
)


_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|ar|an|az|ez|es|ed|ul)-")
_NAME_WORD = re.compile(r"[A-Z\u00c0-\u00de]|(?:al|el|ad|ash|as|at|ar|an|az|ez|es|ed|ul)-[A-Z]")


def _cap(word: str) -> bool:
    """Tell whether ``word`` is written as part of a name ("Asayish", "al-Hassan")."""
    return _NAME_WORD.match(word) is not None


def _person_shaped(name: str) -> bool:
    """Tell whether a name read from the text is a person's ("Ahmed al-Hassan", "Omar").

    Two to five capitalised words (particles such as "bin" inside), none of an
    organisation's name or a nationality ("Kurdish Red Crescent", "Syrian Civil Defence").
    """
    words = name.split()
    return (
        2 <= len(words) <= 5
        and _cap(words[0])
        and _cap(words[-1])
        and all(_cap(w) or _PARTICLE.match(w) for w in words)
        and not any(w.lower() in _ORG_WORDS or "'" in w or "’" in w for w in words)
    )


#: Bodies named by their portfolio ("the ministry of health", "the directorate of health").
_PORTFOLIO_HEADS = _words("ministry minister directorate department office")
_PORTFOLIOS = _words(
    "health interior defence defense justice information foreign affairs education",
    "agriculture finance awqaf endowments emergency emergencies disaster management",
    "reconciliation social labour labor and",
)
#: Titles that say nothing of whom a person speaks for: dropped before the name.
_HONORIFICS = frozenset(("dr", "mr", "mrs", "ms", "mister", "doctor"))
#: Heads of bodies a source may speak from ("a source in the Military Council", "a doctor
#: at the national hospital"), and whose place stays in their name ("the hospital in Homs").
_BODY_HEADS = _words(
    "hospital hospitals clinic council ministry directorate command office department",
    "committee administration authority forces police network organisation organization",
    "agency army crescent helmets defence defense centre center morgue municipality service",
    "services unit units headquarters board commission bureau",
)
#: People who speak from a body they are at ("a source in X", "a doctor at X").
_STAFF = _words(
    "source sources doctor doctors medic medics nurse nurses surgeon surgeons physician",
    "official officials staff employee employees worker workers volunteer volunteers",
    "rescuer rescuers paramedic paramedics",
)


def _is_body(words: list[str]) -> bool:
    """Tell whether a phrase names a body rather than a place ("the X Council", "Y hospital").

    A body may be followed by where it is ("the health authority in Kobani").
    """
    if not words:
        return False
    if words[-1].lower() in _BODY_HEADS:
        return True
    if words[0].lower() in ("a", "an", "un", "une"):
        return False  # "medics at a hospital in Latakia": no body named
    at = next(
        (j for j in range(1, len(words) - 1) if words[j] in _PLACE_LINKS or words[j] == "of"), None
    )
    return at is not None and words[at - 1].lower() in _BODY_HEADS and _cap(words[at + 1])


def _person_part(name: str) -> str | None:
    """Return the person a name ends on ("Health Minister Ahmed al-Hassan": Ahmed al-Hassan)."""
    words = name.split()
    for k in range(max(0, len(words) - 5), len(words) - 1):
        if _person_shaped(" ".join(words[k:])):
            return " ".join(words[k:])
    return None


#: Offices held over a place: "the governor of Homs" speaks as the governor, not Homs.
_OFFICES = _words("governor governors mayor mayors")
_OF_LINKS = frozenset(("of", "for", "de", "des", "du", "d'", "d’"))
_PLACE_LINKS = frozenset(("in", "inside", "near", "at", "on", "à", "en", "dans", "sur", "près"))
_BY_LINKS = frozenset(("by", "from", "of", "par", "de", "des", "du", "d'", "d’"))


def _name_goes_on(words: list[str], low: list[str], j: int, lex: _Lexicon) -> bool:
    """Tell whether the "of"/"for" at ``words[j]`` is inside a proper name."""
    if lex.adjectives_after:  # French names: a capital, then lower case
        return _cap(words[0]) and low[0] not in lex.heads | lex.roles | lex.docs
    return (
        all(map(_cap, words[:j]))
        and j + 1 < len(words)
        and _cap(words[j + 1])
        # "Residents of Douma" opening a sentence: a common noun, not a name
        and not (j == 1 and low[0] in lex.heads | lex.roles and low[0].endswith("s"))
        # "Director of Aleppo University Hospital" opening a sentence: an office of a body
        and not (j == 1 and low[0] in lex.roles and low[0] not in _PORTFOLIO_HEADS)
    )


def _name_of(words: list[str], lex: _Lexicon, people: dict[str, str], depth: int = 0) -> str | None:
    """Return the source a noun phrase names, cleaned to a name, or None when it names none.

    ``words`` are the phrase's tokens, punctuation excluded. A capitalised name is kept as
    written without its article ("the Syrian Civil Defence" -> "Syrian Civil Defence",
    "the Syrian Network for Human Rights" whole); a generic source is the phrase ("local
    activists", "Kurdish officials", "residents of Douma" -> "residents"); "a spokesman for
    X", "the head of X", "a statement by X", "figures from X" name X; "the group", "the
    ministry" alone name nobody (they point back: coreference handles them), nor do a
    document with no author ("the latest toll"), a pronoun or a clause ("people killed").
    ``people`` maps the surname of a person named earlier in full to the full name.
    """
    if not words or depth > 2:
        return None
    art = ""
    if words[0].lower() in lex.articles:
        art = words[0].lower()
        words = words[1:]
    if not words or len(words) > 11:
        return None
    if not lex.adjectives_after and len(words) > 1 and ("'" in words[0] or "’" in words[0]):
        stem = _POSSESSIVE.sub("", words[0])
        if stem != words[0] and stem in lex.mods:  # "the camp's administration"
            words = [stem, *words[1:]]
    low = [w.lower() for w in words]
    # a proper name runs on through "of"/"for" ("Syrian Network for Human Rights", "Ministry
    # of Health"; French: "Réseau syrien des droits de l'homme"); else the core ends at the
    # first link word, and what follows it is the tail ("residents [of Douma]")
    k, link = len(words), ""
    for j in range(1, len(words)):
        if low[j] not in lex.links:
            continue
        if low[j] in _OF_LINKS and _name_goes_on(words, low, j, lex):
            continue
        k, link = j, low[j]
        break
    core, tail, lcore = words[:k], words[k + 1 :], low[:k]
    if not core or any(
        lw in lex.stops and not (len(w) > 1 and w.isupper())  # "us", not "US"
        for w, lw in zip(core, lcore, strict=True)
    ):
        return None
    head = lcore[0] if lex.adjectives_after else lcore[-1]
    owner = _owner_part(core, lcore, lex) if not lex.adjectives_after else None
    if owner is not None:
        # "the interior ministry's media office", "the health directorate's latest figures":
        # the body that owns the office or the document
        return _name_of([art, *owner] if art else owner, lex, people, depth + 1)
    if (
        not lex.adjectives_after
        and head in lex.roles
        and len(core) >= 3
        and lcore[-2] in _BODY_HEADS
        and all(w in lex.mods or w in _PORTFOLIOS or _cap(w) for w in lcore[:-2])
    ):
        # "a local council member in Tal Tamr", "a provincial health directorate official":
        # the body the member speaks for, with where it is
        body = core[:-1]
        if link in _PLACE_LINKS and 0 < len(tail) <= 4 and _cap(tail[0]):
            body = [*body, link, *tail]
        return " ".join(body)
    if (
        not lex.adjectives_after
        and head in _PORTFOLIO_HEADS
        and len(core) == 1
        and link in _OF_LINKS
        and 0 < len(tail) <= 3
        and all(w.lower() in lex.mods or w.lower() in _PORTFOLIOS or _cap(w) for w in tail)
    ):
        return " ".join([*core, link, *tail])  # "the ministry of health": a body of its own
    if (
        art in lex.definite
        and len(core) == 1
        and head in lex.institutions
        and not (tail and head in lex.roles and link in _OF_LINKS)
    ):
        return None  # "the ministry", "l'ONG": the last claimant's (coreference), or nobody's
    if head in lex.docs or (link in _BY_LINKS and any(w in lex.docs for w in lcore)):
        # "a statement by X", "figures released by X", "an AFP tally", "SANA's report"
        by = next((j for j, w in enumerate(low) if w in _BY_LINKS), None)
        if by is not None and by + 1 < len(words):
            return _name_of(words[by + 1 :], lex, people, depth + 1)
        named = core[:-1]
        if named and all(map(_cap, named)) and not lex.adjectives_after:
            return _name_of([_POSSESSIVE.sub("", w) for w in named], lex, people, depth + 1)
        if (
            len(named) >= 2
            and not lex.adjectives_after
            and lcore[-2] in _BODY_HEADS
            and all(w in lex.mods or w in _PORTFOLIOS or _cap(w) for w in named[:-1])
        ):
            return " ".join(named)  # "health ministry figures show": the body's
        return None
    if (
        not lex.adjectives_after
        and head in lex.roles
        and len(core) >= 2
        and _POSSESSIVE.search(core[-2]) is not None
        and _cap(core[-2])
    ):
        # "the Interior Ministry's spokesman", "the Ministry of Health's director of
        # emergency affairs": whom they speak for
        return _name_of([*core[:-2], _POSSESSIVE.sub("", core[-2])], lex, people, depth + 1)
    at_body = (
        not lex.adjectives_after
        and (link in _PLACE_LINKS or (link == "with" and head in _STAFF))
        and (_is_body(tail) or (link == "with" and bool(tail) and all(map(_cap, tail[-2:]))))
    )
    if (
        (head in lex.roles or (at_body and head in _STAFF))
        and tail
        and (link not in _PLACE_LINKS or at_body)
    ):
        # "a spokesman for the Asayish"; "a source in the X Military Council", "a doctor at
        # the Y hospital": the body they speak for
        org = _name_of(tail, lex, people, depth + 1)
        if org is not None and (person := _person_part(org)) is not None:
            body = org[: -len(person)].split()
            if _is_body(body):  # "the head of the X Directorate Omar Khalil": the body
                org = " ".join(body)
        if org is not None and head in _OFFICES and not _is_body(org.split()):
            return " ".join([*core, link, org])  # "the governor of Homs": the office
        if org is not None:
            return org
    if lex.adjectives_after:  # [name or head] [adjectives, "de ..."]
        generic = head in lex.heads and not _cap(core[0])  # "Médecins sans frontières": a name
        if not (generic or _cap(core[0])) or not all(
            w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in core[1:]
        ):
            return None
    else:  # [capitalised or known modifiers] [name or head]
        # a head in capitals is still a common noun ("Syrian state TV")
        generic = head in lex.heads and (len(core) == 1 or not _cap(core[-1]) or core[-1].isupper())
        if not all(
            _cap(w)
            or lw in lex.mods
            or lw in lex.heads
            or lw in _OF_LINKS
            or _PARTICLE.match(lw)
            or _PRO_NAME.match(w)
            or (w.isdigit() and n > 0 and _cap(core[n - 1]))  # "Kurdistan 24", "Suwayda 24"
            for n, (w, lw) in enumerate(zip(core, lcore, strict=True))
        ):
            return None
        if not generic and not _cap(core[-1]):
            return None
    if generic:
        if _cap(core[0]) and lcore[0] in lex.heads | lex.mods and not any(map(_cap, core[1:])):
            core = [lcore[0], *core[1:]]  # "Local activists said" opening a sentence
        if (
            head in _BODY_HEADS
            and (link in _PLACE_LINKS or link == "of")
            and 0 < len(tail) <= 4
            and _cap(tail[0])
            and not lex.adjectives_after
        ):
            core = [*core, link, *tail]  # "the health directorate in Deir ez-Zor": where
        if head in _OUTLETS and not lex.adjectives_after:
            core = _proper_part(core, lex)  # "the Jaish al-Islam rebel group"
        elif head in _OUTLETS_FR and lex.adjectives_after:  # "l'agence kurde Hawar"
            at = next((j for j in range(1, len(core)) if _cap(core[j])), None)
            core = core if at is None else core[at:]
    elif len(core) == 1 and core[0] in people:
        return people[core[0]]  # "Hassan said": the person named in full before
    elif not lex.adjectives_after:
        if not (
            any(w.lower() in lex.roles for w in core[:-2]) and _person_part(" ".join(core))
        ):  # "Hospital director Ahmad Khalil" keeps the office before the name
            core = _proper_part(core, lex)
        title = max((j for j, w in enumerate(core[:-1]) if w.lower() in _TITLES), default=-1)
        if (
            title >= 0
            and _person_shaped(" ".join(core[title + 1 :]))
            and all(w.lower().rstrip(".") in _HONORIFICS for w in core[: title + 1])
        ):
            core = core[title + 1 :]  # "Dr. Ahmed al-Hassan": the person
        # an office stays: "Health Minister Ahmed al-Hassan" speaks for the ministry
    return _ELISION.sub(r"\1", " ".join(core))


#: What a body owns that speaks or counts for it: "its media office", "its latest toll".
_OWNED_PARTS = _words(
    "media press office centre center unit information public relations emergency operations",
    "crisis coordination monitoring documentation statistics",
)


def _owner_part(core: list[str], lcore: list[str], lex: _Lexicon) -> list[str] | None:
    """Return the owner of "X's media office" / "X's latest statement" in lower case, or None.

    The owner is a body ("interior ministry", "health directorate in Idlib"): its last word
    heads a body (:data:`_BODY_HEADS`) and another word says which ("the ministry's" alone is
    coreference); what it owns is a role, a document or an office, with at most two
    modifiers ("media office", "latest statement", "spokesman").
    """
    if "'" in core or "’" in core:  # "Forces ' media office": a plural's apostrophe alone
        at = core.index("'") if "'" in core else core.index("’")
        if at == 0:
            return None
        core = [*core[: at - 1], core[at - 1] + core[at], *core[at + 1 :]]
        lcore = [w.lower() for w in core]
    p = next((j for j in range(len(core) - 1) if _POSSESSIVE.search(core[j])), None)
    if p is None or len(core) - p - 1 > 3:
        return None
    stem = _POSSESSIVE.sub("", lcore[p])
    owned = lcore[p + 1 :]
    if not (owned[-1] in lex.roles or owned[-1] in lex.docs or owned[-1] in _OWNED_PARTS) or any(
        _cap(w) for w in core[p + 1 :]
    ):
        return None
    if not all(w in lex.mods or w in _OWNED_PARTS or w in _OWN_MODS for w in owned[:-1]):
        return None
    if stem in _OFFICES and owned[-1] in _OWNED_PARTS and p > 0:
        # "the Sanliurfa governor's office announced": the office of the governor
        if all(_cap(w) or w.lower() in lex.mods for w in core[:p]):
            return [*core[:p], stem]
        return None
    if _cap(core[p]):  # "the Afrin Liberation Forces' media office": a name of a body
        if not all(_cap(w) or _PARTICLE.match(w.lower()) for w in core[:p]):
            return None
        if owned[-1] in lex.roles or not (owned[-1] in lex.docs or _is_body([*core[:p], stem])):
            return None  # "the Interior Ministry's spokesman" (below); a person's office
        return [*core[:p], _POSSESSIVE.sub("", core[p])]
    if p == 0 or stem not in _BODY_HEADS:
        return None
    if not all(w in lex.mods or w in _PORTFOLIOS for w in lcore[:p]):
        return None
    return [*core[:p], stem]


#: The last word of an apposition that says what kind of body a name is ("Airwars, a
#: monitoring group, said"): the name speaks, not the description.
_KINDS_OF_BODY = _OUTLETS | _words("monitor watchdog observatory ngo charity initiative project")


#: Modifiers of what a body owns ("its latest toll", "its daily statement").
_OWN_MODS = _words("latest new updated final own previous last daily monthly weekly death casualty")


def _proper_part(core: list[str], lex: _Lexicon) -> list[str]:
    """Return the name inside a described name: "daily Al-Watan" -> "Al-Watan".

    When a phrase mixes a description in lower case ("rebel group", "news agency") with a
    proper name, the name is its last run of capitalised words, without nationality
    adjectives and possessive owners before it ("the Kurdish Hawar news agency" -> "Hawar",
    "Hezbollah's Al-Manar television" -> "Al-Manar", "the Jaish al-Islam rebel group" ->
    "Jaish al-Islam"); "Syrian health ministry", with no such name, stays whole.
    """
    if all(map(_cap, core)):
        return core
    end = len(core)
    while end and (
        not (_cap(core[end - 1]) or (core[end - 1].isdigit() and end > 1 and _cap(core[end - 2])))
        or core[end - 1].lower() in _OUTLETS
    ):
        end -= 1  # the description after the name ("news agency", "TV")
    start = end
    while start and (_cap(core[start - 1]) or core[start - 1].lower() in _OF_LINKS):
        start -= 1
    while start < end and (
        core[start].lower() in _NATIONALITY or _POSSESSIVE.search(core[start]) is not None
    ):
        start += 1
    name = core[start:end]
    if not name or (name[0].lower() in lex.heads | lex.mods and start == 0):
        return core
    return name


#: "pro-Kurdish", "anti-IS": a modifier made of a name.
_PRO_NAME = re.compile(r"(?:pro|anti|non)-[A-Z]")
_POSSESSIVE = re.compile(r"['’]s?$")
_ELISION = re.compile(r"\b([lLdD]['’]) ")


#: Punctuation a parenthetical "..., said X." opens after, and the openers of an apposition.
_OPENERS = frozenset(',"”“«»:;—–(')
_APPOSITION = frozenset(
    ("a", "an", "the", "who", "which", "whose", "one", "un", "une", "le", "la", "qui")
)
_OUTLET_OBJECT_FR = re.compile(r"\s*(?:à|a)\s+(?:l['’]AFP|l['’]agence\s+\w+|la\s+presse|\w+)\b")


#: "X's office said", "X's press office said": X, an alias, owns the subject and is the source.
_OWNED = re.compile(r"['’]s(?:\s+[a-z][\w-]*){1,3}\s+")


def _told_outlet(text: str, ve: int) -> bool:
    """Tell whether "told" at ``ve`` reports speech: "told AFP", "told reporters"."""
    words = _TOLD_WORDS.findall(text, ve, ve + 50)[:4]
    if words[:1] and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if len(words) > 1 and words[1] == "to":
        return False  # "told residents to leave": an order
    # "told AFP", "told reporters", "told the state-run Ikhbariya TV"
    return any(_cap(w) or w.lower() in _TOLD_WHOM for w in words[:3])


_TOLD_WORDS = re.compile(r"[\w-]+")


def _tokens(text: str, start: int, end: int, lex: _Lexicon) -> list[re.Match[str]]:
    return list((_TOKEN if lex.adjectives_after else _TOKEN_EN).finditer(text, start, end))


def _clause_source(
    text: str, start: int, end: int, lex: _Lexicon, people: dict[str, str]
) -> tuple[int, int, str] | None:
    """Read the source named by the phrase opening ``text[start:end]`` (up to punctuation)."""
    words: list[re.Match[str]] = []
    for t in _tokens(text, start, end, lex):
        if t.group() == "." and words and _abbreviation(words[-1].group()):
            continue  # "said Dr. Ahmed Hassan"
        if not t.group()[0].isalnum() and t.group()[0] not in "'’":
            break
        if words and t.group().lower() in lex.boundaries:
            break
        words.append(t)
        if len(words) > 12:
            return None
    name = _name_of([t.group() for t in words], lex, people) if words else None
    return (words[0].start(), words[-1].end(), name) if name else None


#: Offices an apposition gives a person ("X, the health minister, said").
_OFFICE_TITLES = _words(
    "minister spokesman spokeswoman spokesperson director governor mayor chief head commander",
    "official president envoy ambassador secretary chairman co-chair",
)
#: Asides between a subject and its verb: "the ministry, however, said".
_ASIDES = frozenset((
    "however", "meanwhile", "though", "in turn", "for its part", "for their part",
    "in a statement", "separately", "instead", "too", "also", "in contrast", "in response",
    "later", "earlier", "for his part", "for her part", "in a separate statement",
))  # fmt: skip
_ASIDE_PHRASE = re.compile(r"(?:in|on|at|for|with|after|during|via|through|citing|quoting)\s", re.I)
_WEEKDAY_WORDS = _words(_WEEKDAYS, "night morning evening afternoon")
_ABBREVIATIONS = _words("dr mr mrs ms gen col lt maj brig capt sgt cpt adm prof eng sen rep")


def _abbreviation(word: str) -> bool:
    """Tell whether ``word`` before a full stop is an abbreviation ("Dr.", "Gen.", "A.")."""
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


#: Verbs of a relative clause that puts a person at the head of a body ("X, who heads Y,").
_HEADS_A_BODY = _words("heads runs leads directs chairs manages headed ran led directed chaired")
#: Counts that may open a source named by what it is ("two security sources").
_COUNTS = _words("two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10")


def _subject(
    text: str, vs: int, lex: _Lexicon, people: dict[str, str], apposition: bool = True
) -> tuple[int, int, str] | None:
    """Read the source that is the subject of the speech verb at ``vs`` ("the Asayish said").

    The phrase runs back from the verb (past "also", "has", "on Monday") to an article, a
    punctuation mark, a conjunction or the sentence's start; "X, a doctor in Idlib, told"
    and "X, who ..., said" name X.
    """
    toks = _tokens(text, max(0, vs - 200), vs, lex)
    j = len(toks) - 1
    while j >= 0 and toks[j].group().lower() in lex.skip:
        j -= 1
    if j < 0:
        return None
    if toks[j].group() == ",":  # an apposition or a relative clause before the verb
        if not apposition:
            return None
        k = j - 1
        while k >= 0 and toks[k].group() != "," and j - k < 16:
            k -= 1
        if k >= 0 and toks[k].group() == "," and toks[k + 1].group().lower() in _APPOSITION:
            named = _subject(text, toks[k].start(), lex, people, apposition=False)
            if (
                named is not None
                and toks[k + 1].group().lower() == "who"
                and toks[k + 2].group().lower() in _HEADS_A_BODY
            ):
                # "X, who heads the surgical department at the Y hospital, told": the body
                for p in range(k + 2, j):
                    if p > k + 2 and toks[p].group().lower() not in ("at", "of", "in"):
                        continue
                    desc = _clause_source(text, toks[p + 1].start(), toks[j].start(), lex, people)
                    if desc is not None and _is_body(desc[2].split()):
                        return named[0], desc[1], desc[2]
            if named is not None and (_cap(named[2]) or _is_body(named[2].split())):
                if (
                    toks[k + 1].group().lower() in lex.articles
                    and toks[j - 1].group().lower() not in _KINDS_OF_BODY
                ):
                    # "X, a doctor at the Y hospital, told", "X, a spokesman for the Z
                    # Division, said": the body X speaks for; "X, the health minister,
                    # told": the office with the name
                    desc = _clause_source(text, toks[k + 1].start(), toks[j].start(), lex, people)
                    if desc is not None:
                        desc_words = desc[2].split()
                        if _is_body(desc_words) or (
                            _cap(desc_words[0]) and not _person_shaped(desc[2])
                        ):
                            return named[0], desc[1], desc[2]
                        if desc_words[-1].lower() in _OFFICE_TITLES:
                            return named[0], desc[1], f"{desc[2]} {named[2]}"
                return named
            if toks[k + 1].group().lower() in lex.articles:  # "..., a local doctor, said"
                desc = _clause_source(text, toks[k + 1].start(), toks[j].start(), lex, people)
                return desc
        if k >= 0 and toks[k].group() == "," and toks[k + 1].group().lower() in lex.roles:
            # "X, commander of the Y Military Council, said": the body, else X
            desc = _clause_source(text, toks[k + 1].start(), toks[j].start(), lex, people)
            if desc is not None and _is_body(desc[2].split()):
                return toks[k + 1].start(), desc[1], desc[2]
            named = _subject(text, toks[k].start(), lex, people, apposition=False)
            if named is not None and _cap(named[2]):
                return named
        if k >= 0 and toks[k].group() == ",":
            between = " ".join(t.group() for t in toks[k + 1 : j] if t.group() != ".")
            if not between:
                return None
            if (
                between.lower() in _ASIDES
                or between.lower().split()[-1] in _WEEKDAY_WORDS
                or (_ASIDE_PHRASE.match(between) and len(between.split()) <= 6)
                or (between.lower().startswith("speaking ") and len(between.split()) <= 10)
            ):
                # "The ministry, however, put the toll at", "X, on Monday, said": an aside
                return _subject(text, toks[k].start(), lex, people, apposition=False)
            person = _person_part(between) if " " in between else None
            if person is not None:  # "The governor of Homs, Ahmed al-Ali, said": the office
                role = _subject(text, toks[k].start(), lex, people, apposition=False)
                if role is not None and (not _cap(role[2]) or _is_body(role[2].split())):
                    return role[0], toks[j - 1].end(), role[2]
                if role is not None and any(w.lower() in lex.roles for w in role[2].split()[1:]):
                    # "General Security commander in Latakia, X, told": the office with the name
                    return role[0], toks[j - 1].end(), f"{role[2]} {person}"
                if role is None and k > 0 and toks[k - 1].group().lower() in lex.roles:
                    return None  # "the directorate's head, Dr. X, told": the directorate's
                return toks[k + 1].start(), toks[j - 1].end(), person
        return None
    words: list[re.Match[str]] = []
    while j >= 0:
        t = toks[j]
        w = t.group()
        lw = w.lower()
        if w == "." and j > 0 and words and _abbreviation(toks[j - 1].group()):
            j -= 1  # "Health Minister Dr. Ahmed Hassan told"
            continue
        if not (w[0].isalnum() or w[0] in "'’") or lw in lex.boundaries:
            break
        words.append(t)
        if lw in lex.articles:  # the phrase opens here, unless in "spokesman for the X"
            if j > 0 and toks[j - 1].group().lower() in lex.links:
                j -= 1
                continue
            break
        if len(words) > 12:
            return None
        j -= 1
    else:
        if toks and toks[0].start() > 0 and text[: toks[0].start()].strip():
            return None  # the look-back window ended inside a longer phrase
    if not words:
        return None
    words.reverse()
    while len(words) > 1 and words[0].group().lower() in _COUNTS:
        words.pop(0)  # "two security sources told Reuters": the sources
    if lex.adjectives_after and not (
        words[0].group().lower() in lex.articles or _cap(words[0].group())
    ):
        return None
    name = _name_of([t.group() for t in words], lex, people)
    return (words[0].start(), words[-1].end(), name) if name else None


def _after_verb(
    text: str, vs: int, ve: int, lex: _Lexicon, people: dict[str, str]
) -> tuple[int, int, str] | None:
    """Read the source after a speech verb: "..., said the Asayish", "reported by residents".

    The verb must open a parenthetical (after a comma, a quote or at the sentence's start)
    and the source must run to the clause's end, so that "residents said the SDF had ..."
    never takes the SDF; "by X" after the verb is its agent anywhere.
    """
    rest = text[ve : ve + 160]
    by = re.match(r"\s+(?:by|par)\s+", rest)
    if by is None:
        before = text[:vs].rstrip()
        if lex.adjectives_after:  # "..., a indiqué X": the auxiliary opens it
            before = re.sub(r"\s(?:a|ont|avait|avaient)$", "", " " + before)[1:].rstrip()
        if before and before[-1] not in _OPENERS:
            return None
        if re.match(r"\s+(?:to|that|in|on|it|he|she|they|we|there)\b", rest):
            return None
    at = ve + (by.end() if by else 0)
    toks = _tokens(text, at, min(len(text), at + 160), lex)
    j = 0
    while j < len(toks) and toks[j].group().lower() in lex.skip:
        j += 1
    if by is None and j < len(toks):
        first = toks[j].group()
        if lex.adjectives_after:
            obj = _OUTLET_OBJECT_FR.match(text, toks[j].start() - 1)
            if first.lower() in ("à", "au") and obj is not None:
                while j < len(toks) and toks[j].end() <= obj.end():
                    j += 1
        elif text[vs:ve] in ("told", "tells") and first.lower() in _TOLD_WHOM:
            return None  # "X, the minister, told reporters that": whom, not who
        elif text[vs:ve] in ("told", "tells") and _cap(first):  # "told AFP X" / "told AFP."
            j += 1
            while j < len(toks) and (_cap(toks[j].group()) or toks[j].group().isdigit()):
                j += 1  # "told North Press", "told Kurdistan 24": the whole name
    if j >= len(toks):
        return None
    # the phrase runs to the clause's end (punctuation or a conjunction), all of it read
    return _described(
        text, _clause_source(text, toks[j].start(), len(text), lex, people), lex, people
    )


#: After a person named as a source: the description that follows ("X, the director of Y").
_DESCRIPTION = re.compile(r",\s+(?=(?:the|a|an)\s|[A-Za-z-]+\s+(?:of|for|at)\s)")


def _described(
    text: str, found: tuple[int, int, str] | None, lex: _Lexicon, people: dict[str, str]
) -> tuple[int, int, str] | None:
    """Read a person source with the description that follows it.

    "said X, director of Y", "according to X, a doctor at the Y hospital": the body Y; "X,
    the health minister": the office with the name; any other description: X.
    """
    if found is None or lex.adjectives_after or not _person_shaped(found[2]):
        return found
    m = _DESCRIPTION.match(text, found[1])
    if m is None or text[m.end() :].split(None, 1)[0].lower() not in lex.articles | lex.roles:
        return found
    desc = _clause_source(text, m.end(), len(text), lex, people)
    if desc is None:
        return found
    words = desc[2].split()
    if _is_body(words) or (_cap(words[0]) and not _person_shaped(desc[2])):
        return found[0], desc[1], desc[2]
    if words[-1].lower() in _OFFICE_TITLES:
        return found[0], desc[1], f"{desc[2]} {found[2]}"
    return found


def _is_crowd(name: str, lex: _Lexicon) -> bool:
    """Tell whether a source read from the text is people named by what they are.

    "residents", "local activists", "Kurdish officials", "sources médicales": a pronoun
    ("they") may stand for them later, a description of an organisation ("the ministry",
    "the group") may not.
    """
    words = name.split()
    head = words[0] if lex.adjectives_after else words[-1]
    return (
        not _cap(head)
        and head.lower() in lex.heads
        and head.lower() not in lex.institutions
        and head.lower() not in _OUTLETS | _OUTLETS_FR
    )


class _Antecedent(NamedTuple):
    """The last claimant named, for the pronouns and descriptions that stand for it."""

    claimant: str | None
    crowd: bool  # see _is_crowd
    #: the claimants named before, oldest first, each with its surface (lower-cased)
    history: tuple[tuple[str, str], ...] = ()
    #: the bodies of the table named before, claimants or not, oldest first (as history)
    mentioned: tuple[tuple[str, str], ...] = ()

    def stands_for(self, mention: str) -> bool:
        """Tell whether ``mention`` ("he", "the group", "l'ONG") stands for the claimant."""
        return self.resolve(mention) is not None

    def resolve(self, mention: str) -> str | None:
        """Return the claimant ``mention`` ("he", "the council", "l'ONG") stands for.

        A description whose head names a kind of body ("the council", "the health
        directorate") stands for the last claimant named with that head (and its modifier);
        with none such it stands for nobody when the head is of :data:`_STRICT_HEADS` or the
        modifier names a body of its own ("the interior ministry" after the Observatory),
        else for the last claimant.
        """
        words = mention.split()
        if len(words) >= 2 and words[0] == "the":
            head = words[-1].replace("centre", "center")
            mods = [w for w in words[1:-1] if w not in _LOOSE_MODS]
            stem = head[:6] if len(head) >= 8 else head  # "the ministry" after its minister
            for name, surface in reversed(self.history):
                said = (name + " " + surface).lower().replace("centre", "center")
                if stem in said and all(w in said for w in mods):
                    return name
            if head in _MENTIONED_HEADS:
                # "Turkey's defence ministry sent reinforcements. ..., the ministry said":
                # the body named before with that head, though it made no claim then
                for name, surface in reversed(self.mentioned):
                    said = (name + " " + surface).lower()
                    if stem in said and all(w in said for w in mods):
                        return name
            if mods or head in _STRICT_HEADS:
                return None
        if self.claimant is None:
            return None
        if not self.crowd or mention in _PRONOUNS:
            return self.claimant
        # "the source added" after "a local source told ...": the same head noun
        head, own = mention.rsplit(None, 1)[-1], self.claimant.rsplit(None, 1)[-1].lower()
        return self.claimant if own in (head, head + "s") else None


#: Heads of descriptions that may stand for a body named before that made no claim yet.
_MENTIONED_HEADS = frozenset(("ministry", "directorate", "council", "command"))
#: Heads of descriptions that stand only for a claimant named with them ("the council").
_STRICT_HEADS = frozenset(
    (
        "ministry",
        "council",
        "directorate",
        "hospital",
        "network",
        "committee",
        "department",
        "board",
        "commission",
        "authority",
    )
)
#: Modifiers that leave a description pointing back ("the Kurdish official", "the media
#: center"); any other ("the interior ministry") names a body of its own.
_LOOSE_MODS = frozenset((
    "kurdish", "syrian", "turkish", "russian", "iraqi", "iranian", "american", "us", "u.s.",
    "israeli", "media", "general", "same", "local", "senior", "press", "official", "military",
    "security", "rights", "war", "news", "monitoring", "activist", "human", "opposition",
    "kurdish-led", "uk-based", "britain-based", "london-based", "syrian-kurdish", "defense",
    "defence", "national", "main", "state",
))  # fmt: skip


_PRONOUNS = frozenset(
    ("he", "she", "they", "one of them", "il", "elle", "ils", "elles", "lui", "eux")
)


class _Lang(NamedTuple):
    """The patterns a sentence's claimant is read with, in one language."""

    according: re.Pattern[str]
    clause_end: re.Pattern[str]
    speech: re.Pattern[str]
    coref: re.Pattern[str]
    anonymous: Callable[[str], tuple[str | None, str] | None]
    lexicon: _Lexicon  # for sources the claimant table does not know


class _Mention(NamedTuple):
    """A source named by a definite description ("the monitor", "the army") in a sentence."""

    start: int
    end: int
    canonical: str | None
    strict: bool  # only as the subject of a speech verb or in "..., said X."


class _Named:
    """What the sentences read so far named: the country of the last army, foreign state media."""

    def __init__(self) -> None:
        self.read_to = 0  # sentences before this one are read
        self.army: str | None = "Syrian government"
        self.foreign_media = False

    def read(self, low: str) -> None:
        """Read one lower-cased sentence (or the part of one before a mention)."""
        if "army" in low or "military" in low or "ministry" in low or "forces" in low:
            for named in _ARMY_NAMED.finditer(low):
                self.army = _ARMY_OWNER.get(named["nat"])
        at = low.find("state")
        while at > 0 and not self.foreign_media:
            if _STATE_AFTER.match(low, at):
                start = low.rfind(" ", 0, at - 1) + 1
                self.foreign_media = low[start : at - 1] in _FOREIGN
            at = low.find("state", at + 5)


def _definite(
    ctx: Context,
    i: int,
    text: str,
    low: str,
    hits: list[AliasMatch],
    monitor: str,
    named: _Named,
) -> list[_Mention]:
    """Read "the monitor", "the army", "the defence ministry", "state media" in sentence ``i``.

    ``text`` and ``low`` are the sentence and its lower-cased twin (quotes masked). "the
    monitor" is ``monitor``, the monitor named last before the sentence (the SOHR when none
    was: the wires' shorthand). "the army" and "the defence ministry" are those of the
    country named last with its army or ministry ("the Turkish army"), before the mention,
    else the Syrian government's; of a country the claimant table does not know, nobody's
    (the sentence is then read as if they were not there). "state media" / "state
    television" are the Syrian government's unless another country's were named before;
    with a country of their own ("Iranian state media") they are not read here. They name a
    source only where one is expected (:func:`_speech`): "residents said the army had
    shelled" is the residents'. ``named`` reads the sentences before once per article.
    """
    found: list[_Mention] = []
    for m in _DEFINITE.finditer(low):
        if m["monitor"]:
            if (
                _NAME_BEFORE.search(text, 0, m.start()) is None
                or _APPOSITION_ENDS.match(text, m.end()) is None
            ):
                # not "Airwars, a London-based monitoring group,": an apposition to a name
                # describes that name, which speaks for itself
                found.append(_Mention(m.start(), m.end(), monitor, False))
            continue
        if any(h.start < m.end() and m.start() < h.end for h in hits):
            continue  # "state news agency SANA", "the army of X": the table's alias
        while named.read_to < i:
            named.read(ctx.lowered[named.read_to])
            named.read_to += 1
        here = _Named()  # this sentence up to the mention, on top of the sentences before
        here.army, here.foreign_media = named.army, named.foreign_media
        here.read(low[: m.start()])
        if m["state"]:
            before = text[: m.start()].rstrip()
            word = before[before.rfind(" ") + 1 :]
            if word[:1].isupper() and word not in ("The", "Official"):
                continue  # "Iranian state media", "Iran's state TV": not read here
            if not here.foreign_media:
                found.append(_Mention(m.start(), m.end(), "Syrian government", True))
        elif here.army is not None:
            owner = here.army
            if owner in _MINISTRY_ARMY and "ministry" not in m.group():
                owner = _MINISTRY_ARMY[owner]  # "the army" of Turkey: the Turkish army
            found.append(_Mention(m.start(), m.end(), owner, True))
    return found


#: A body and a preposition before a capital that stands for its government: "a doctor at
#: the main hospital in Damascus said" names where the body is, not Damascus as a speaker
#: ("officials in Ankara said" are Turkey's).
_WHERE_BEFORE = re.compile(
    r"\b(?:hospitals?|clinic|council|directorate|morgue|office|centre|center|prison|camp|"
    r"committee|branch|headquarters|department)\s+(?:in|at|near|outside|inside)\s+(?:the\s+)?$",
    re.I,
)


def _describes_a_name(text: str, h: AliasMatch) -> bool:
    """Tell whether an alias that is a description stands in apposition to a name.

    "Airwars, a UK-based monitoring group, said": the description ("UK-based monitoring
    group", an alias of the SOHR) only says what the name before it is.
    """
    return (
        (h.surface[:1].islower() or "-based" in h.surface)
        and _DESC_AFTER_NAME.search(text, 0, h.start) is not None
        and (_APPOSITION_ENDS.match(text, h.end) is not None)
    )


_DESC_AFTER_NAME = re.compile(
    r"(?:^|\s)(?:[A-Z][\w'’.-]*|\d+)(?:\s+\([A-Z]{2,8}\))?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$"
)
#: A name right before a description in apposition: "Airwars, a monitoring group".
_APPOSITION_ENDS = re.compile(r"[^,;:.\"“”]{0,60},")
_NAME_BEFORE = re.compile(r"(?:^|\s)(?:[A-Z][\w'’.-]*|\d+)(?:\s+\([A-Z]{2,8}\))?,\s*$")


def _mask_quotes(text: str) -> str:
    return _QUOTE.sub(lambda m: _masked(m, text), text)


#: A quoted name, then what it names: 'the "Syria Response Coordinators" team said'.
_QUOTED_NAME = re.compile(r"[\"“«][^\W\d_][\w'’ -]{1,50}[\"”»]$")
_NAME_HEAD = re.compile(
    r"\s+(?:team|group|network|organi[sz]ation|operations\s+room|committee|council|"
    r"movement|brigade|faction|platform|campaign|centre|center|agency|coalition)\b",
    re.I,
)


def _masked(m: re.Match[str], text: str) -> str:
    """Return a quotation masked, or a quoted name with its quote marks only masked."""
    q = m.group()
    if _QUOTED_NAME.match(q) and _NAME_HEAD.match(text, m.end()):
        return " " + q[1:-1] + " "
    return " " * len(q)


def attribute(ctx: Context) -> list[Attribution]:
    """Attribute every sentence of the article (``ctx.sents``), in order."""
    out: list[Attribution] = []
    last: str | None = None
    history: list[tuple[str, str]] = []  # the claimants named so far, with their surfaces
    crowd = False  # the last claimant is people named by what they are ("residents")
    surnames: dict[str, str] = {}
    for h in ctx.claimant_hits:
        if h.kind == "person":
            surnames.setdefault(h.surface.split()[-1], h.canonical)
    surname_re = (
        re.compile(r"\b(?:" + "|".join(map(re.escape, surnames)) + r")\b") if surnames else None
    )
    fr = ctx.article.language == "fr"
    en, en_a, speech_id = _english()
    pats = _FR if fr else en_a if ctx.plain else en
    # the gated English cues, each run only when its key words are in the sentence
    speech_re, according_re, anonymous_re = pats.speech, pats.according, ctx.fast(_ANON_CUE)
    outlet = ctx.outlet if ctx.article.outlet else (_voice(ctx) or ctx.outlet)
    known = claimants().canonicals
    people: dict[str, str] = {}  # surname -> full name, for people the table does not know
    verbs: list[re.Match[str]] = []  # French: read by _speech itself
    hit_at = 0  # the claimant hits before the sentence read, for the monitor named last
    seen_at = 0  # the same, for the bodies named before (claimants or not)
    mentioned: list[tuple[str, str]] = []
    monitor = "SOHR"
    named = _Named()  # armies and state media named so far
    acronyms: dict[str, str] | None = None  # read when a source the table lacks is found
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
            verbs = list(speech_re.finditer(ctx.lowered[i])) if speech_id in opened else []
            speech = bool(verbs)
            according = _ACCORDING_ID in opened and according_re.search(s.text) is not None
            anonymous = _ANON_CUE_ID in opened and anonymous_re.search(s.text) is not None
            cue = speech or according or anonymous or "citing " in ctx.lowered[i]
            cue = cue or "quoting " in ctx.lowered[i]
            cue = cue or (
                any(w in ctx.lowered[i] for w in _TOLL_KEYS)
                and (
                    (
                        ("'s " in ctx.lowered[i] or "’s " in ctx.lowered[i])
                        and _OWNED_TOLL.search(ctx.lowered[i]) is not None
                    )
                    or (
                        (" by " in ctx.lowered[i] or " from " in ctx.lowered[i])
                        and _TOLL_BY.search(ctx.lowered[i]) is not None
                    )
                )
            )
        labelled = (
            not fr and ":" in s.text and _LABEL.match(s.text) is not None and not _in_a_list(ctx, i)
        )
        if not cue and not labelled:
            subject = None if fr else _subject_of(ctx, i)
            if subject is None:
                out.append(Attribution(outlet, "", False))  # no cue: the outlet's own words
                continue
            last = subject[0]
            history.append((subject[0], subject[1].lower()))
            crowd = False
            out.append(Attribution(subject[0], subject[1], True, None))
            continue
        quoted = _HAS_QUOTE.search(s.text) is not None
        masked = _mask_quotes(s.text) if quoted else s.text
        low = _mask_quotes(ctx.lowered[i]) if quoted else ctx.lowered[i]
        if "(" in masked and (spans := [m.span() for m in _ACRONYM_PAREN.finditer(masked)]):
            # "North Press Agency (NPA) said": the acronym stands between source and verb
            masked, low = _mask_acronyms(masked, spans), _mask_acronyms(low, spans)
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
        # "the ministry", "the group" never stand for "residents": only pronouns do
        while seen_at < len(ctx.claimant_hits) and ctx.claimant_hits[seen_at].start < s.start:
            h = ctx.claimant_hits[seen_at]
            if h.kind == "org":
                mentioned.append((h.canonical, h.surface.lower()))
            seen_at += 1
        ante = _Antecedent(last, crowd, tuple(history[-8:]), tuple(mentioned[-8:]))
        definite: list[_Mention] = []
        if not fr and _DEFINITE_ID in opened:
            while hit_at < len(ctx.claimant_hits) and ctx.claimant_hits[hit_at].start < s.start:
                if ctx.claimant_hits[hit_at].canonical in _MONITORS:
                    monitor = ctx.claimant_hits[hit_at].canonical
                hit_at += 1
            definite = _definite(ctx, i, masked, low, hits, monitor, named)
        found = (
            _according(masked, low, hits, ante, pats, people, definite) if fr or according else None
        )
        if found is None and not fr and ("citing " in low or "quot" in low):
            found = _citing(masked, low, hits, pats.lexicon, people)
        if fr and found is not None and found[0] is None:
            found = _anonymous_fr(masked) or found  # "selon un responsable ... sous couvert"
        if not fr and speech and found is not None and (found[0] is None or _carrier(found[1])):
            # "X documented ..., according to its report"; "X announced ..., according to a
            # statement carried by SANA": the speaker of the sentence, not the phrase
            spoken = _speech(
                masked, low, hits, ante, pats, people, None if quoted else verbs, definite
            )
            if spoken is not None and spoken[0] is not None:
                found = spoken
        anon = pats.anonymous(masked) if found is None and (fr or anonymous) else None
        if anon is not None and anon[0] == "anonymous source" and not fr and speech:
            # "the head of the local council told X, speaking on condition of anonymity":
            # the speaker the sentence describes, not a bare "anonymous source"
            spoken = _speech(
                masked, low, hits, ante, pats, people, None if quoted else verbs, definite
            )
            if spoken is not None and spoken[0] is not None and not _BARE_ROLE.match(spoken[0]):
                anon = spoken
        elif anon is not None and anon[0] is not None and not fr and speech:
            # "an official in the health directorate of X, who asked not to be named, said":
            # the body the anonymous source speaks from
            spoken = _speech(
                masked, low, hits, ante, pats, people, None if quoted else verbs, definite
            )
            if spoken is not None and spoken[0] is not None and _is_body(spoken[0].split()):
                anon = spoken
        found = (
            found
            or anon
            or (
                _speech(
                    masked, low, hits, ante, pats, people, None if fr or quoted else verbs, definite
                )
                if fr or speech
                else None
            )
        )
        if fr and (found is None or found[0] is None):
            found = _toll_fr(masked, hits) or found
        if found is None and not fr and _TOLL_WORDS.search(low) is not None:
            found = _owned_toll(masked, hits, pats.lexicon, people)
        if found is None and labelled:
            found = _label_source(masked, hits, pats.lexicon, people)
        if found is None and not fr:
            # "The SDF mourned 23 of its fighters"; "..., the monitor has learned."
            found = _subject_source(masked, hits, _armed_in(ctx, s.start)) or _tag_source(
                masked, hits
            )
        if found is None:
            out.append(Attribution(outlet, "", False))
            continue
        claimant, surface = found
        if claimant is not None and _own_reporter(surface, ctx):
            # "a Reuters witness said", "Rudaw's reporter in Hasakah said": the outlet's own
            out.append(Attribution(outlet, surface, False, None))
            continue
        if claimant is not None and claimant not in known:
            claimant = _owner_named_before(claimant, ante, pats.lexicon)
        if claimant is not None and claimant not in known:
            if acronyms is None:
                acronyms = _acronyms(ctx.article.text)
            claimant = _known_as(ctx, s.start, acronyms.get(claimant, claimant))
        at = masked.find(surface)
        span = (at, at + len(surface)) if at >= 0 else None
        if claimant is None:
            out.append(Attribution(outlet, surface, False, span))
            continue
        last = claimant
        history.append((claimant, surface.lower()))
        crowd = claimant not in known and _is_crowd(claimant, pats.lexicon)
        if claimant not in known and (person := _person_part(claimant)):  # "Hassan said"
            surname = person.split()[-1]
            people.setdefault(surname, claimant)
            people.setdefault(_NAME_PARTICLE.sub("", surname), claimant)  # al-Hassan: Hassan
        if claimant in known and (described := _named_next(out, claimant)) is not None:
            # "A Syrian rights group says ... The Syrian Network for Human Rights' report
            # lists ...": the description was this source, for what follows too
            history = [(claimant if c == described else c, w) for c, w in history]
        out.append(Attribution(claimant, surface, True, span))
    if not ctx.article.outlet and outlet == ctx.outlet:
        out = _sole_monitor(ctx, out)
    return _carried(ctx, _quote_groups(ctx, out))


#: A source first described, not named: "A Syrian rights group says ...".
_INDEFINITE_BODY = re.compile(
    r"(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|monitor|watchdog|network|ngo|"
    r"charity)\b",
    re.I,
)


def _named_next(out: list[Attribution], claimant: str) -> str | None:
    """Rename a source first described as the organisation the next sentences name.

    "A Syrian rights group says 224 civilians were killed. The Syrian Network for Human
    Rights' monthly report lists ...": the wires' order of introduction; the description is
    renamed ``claimant`` (of the table) in the two sentences before; return it, or None.
    """
    if claimant.endswith("government"):
        return None
    for i in range(len(out) - 1, max(-1, len(out) - 3), -1):
        a = out[i]
        if not a.named:
            continue
        if a.claimant == claimant or not _INDEFINITE_BODY.match(a.surface):
            return None
        if claimant in claimants().canonicals and a.claimant in claimants().canonicals:
            return None
        described = a.claimant
        for k in range(i, len(out)):
            if out[k].claimant == described:
                out[k] = out[k]._replace(claimant=claimant)
        return described
    return None


#: A headline or a paragraph opening on its source and a colon: "Health Ministry: 14 killed
#: in ...", "SDF: nine fighters wounded ...", "Idlib governor X: ..." (group 1: the label).
_LABEL = re.compile(r"([A-Z][^:;,.!?\"“”()]{1,68}?)\s*:\s+(?=\S+\s+\S+\s+\S)")
#: What a label names when it is a source: a body, an office or a spokesman.
_LABEL_HEADS = _BODY_HEADS | _OFFICE_TITLES | _words("official officials source sources")


def _in_a_list(ctx: Context, i: int) -> bool:
    """Tell whether sentence ``i`` is an item among others, not a headline naming its source.

    "Regime forces: 142 civilians" after "The deaths by party:" or before "Russian forces:
    38 civilians" is a line of a breakdown.
    """
    before = ctx.sents[i - 1].text.rstrip() if i else ""
    return (
        before.endswith(":")
        or (bool(before) and list_item(before))
        or (i + 1 < len(ctx.sents) and list_item(ctx.sents[i + 1].text))
    )


def _label_source(
    text: str, hits: list[AliasMatch], lex: _Lexicon, people: dict[str, str]
) -> tuple[str, str] | None:
    """Read the source of a line "<source>: <what it says>", or None.

    The label is an alias of the table all of it (an organisation or a person: "SDF:",
    "Syrian Observatory:"; not a country or a city standing for its government, a dateline's
    job), or a source read as written that names a body or an office ("Health Ministry:",
    "Daraa governor Louay Khraita:", "Medical sources:"); a place ("Idlib: 78"), a party of a
    breakdown ("SDF fighters: 12") or a word of a newsroom ("Breaking:") is no source.
    """
    m = _LABEL.match(text)
    if m is None:
        return None
    label = m[1]
    lead = 4 if label.lower().startswith("the ") else 0
    for h in hits:
        if h.start == lead and h.end == m.end(1):
            if h.kind == "org" and h.canonical.endswith(" government"):
                return None  # "Damascus: ...", "Ankara: ...": a place, or metonymy
            return h.canonical, label
    words = label.split()
    if any(h.start < m.end(1) for h in hits) and not _cap(words[-1]):
        return None  # "SDF fighters:", "Turkish soldiers:": who the figures are about
    name = _name_of(words, lex, people)
    if name is None:
        return None
    low = [w.lower() for w in name.split()]
    if not any(w in _LABEL_HEADS for w in low) or low[-1] in lex.stops:
        return None
    return name, label


def _owner_named_before(name: str, ante: _Antecedent, lex: _Lexicon) -> str:
    """Return the body named before that "Ministry spokesman X" speaks for, else ``name``.

    A bare institution, a role and a person ("Ministry spokesman Noureddine al-Baba",
    "Council head X") speak for the claimant named before with that head ("the Syrian
    Interior Ministry said ..."); with none such, the name stays as written.
    """
    words = name.split()
    if (
        len(words) < 3
        or not _cap(words[0])
        or words[0].lower() not in lex.institutions
        or words[1].lower() not in lex.roles
        or _person_part(name) is None
    ):
        return name
    head = words[0].lower()
    stem = head[:6] if len(head) >= 8 else head
    for owner, surface in reversed(ante.history):
        if stem in owner.lower() or stem in surface:
            return owner
    return name


#: "a statement carried by SANA", "a report published by X": X only relays the claim.
_CARRIED_BY = re.compile(
    r"\b(?:carried|published|broadcast|relayed|circulated|run|aired|posted)\s+(?:on|by)\b", re.I
)


#: A toll named after its owner: "the ministry's latest toll", "the Observatory's tally".
_OWNED_TOLL = re.compile(
    r"['’]s?\s+(?:(?:latest|new|updated|final|own|previous|last|daily|monthly|weekly|death|"
    r"casualty|official)\s+){0,2}(?:toll|tally|count|figures|statistics|data)\b"
)
_TOLL_KEYS = ("toll", "tally", "count", "figures", "statistics", "data")
_TOLL_WORDS = re.compile(r"\b(?:toll|tally|count|figures|statistics|data)\b")


def _owned_toll(
    text: str, hits: list[AliasMatch], lex: _Lexicon, people: dict[str, str]
) -> tuple[str, str] | None:
    """Read "X's latest toll stands at 34": X, an alias or a source read as written."""
    m = _OWNED_TOLL.search(text)
    if m is None:
        return _toll_by(text, hits, lex, people)
    h = next((h for h in hits if h.end == m.start()), None)
    if h is not None:
        return h.canonical, text[h.start : m.end()]
    named = _subject(text, m.start(), lex, people, apposition=False)
    if named is None:
        return None
    return named[2], text[named[0] : m.end()]


#: A toll with its author after it: "the toll given by the Health Ministry", "a tally by X",
#: "figures compiled by X", "data from X" (on lower-cased text, or as written).
_TOLL_BY = re.compile(
    r"\b(?:toll|tally|count|figures|statistics|data)\s+(?:(?:given|issued|provided|compiled|"
    r"released|published|announced|gathered|kept|collected|updated)\s+)?(?:by|from)\s+",
    re.I,
)


def _toll_by(
    text: str, hits: list[AliasMatch], lex: _Lexicon, people: dict[str, str]
) -> tuple[str, str] | None:
    """Read "the toll given by the Health Ministry rose to 12": the author of the toll."""
    m = _TOLL_BY.search(text)
    if m is None:
        return None
    at = m.end() + (4 if text[m.end() : m.end() + 4].lower() == "the " else 0)
    h = next((h for h in hits if h.start in (m.end(), at)), None)
    if h is not None:
        return h.canonical, text[m.start() : h.end]
    named = _body_phrase(text, m.end(), min(len(text), m.end() + 100), lex, people)
    if named is None:
        return None
    last = named.split()[-1]
    end = text.find(last, m.end())
    return named, text[m.start() : end + len(last)] if end >= 0 else text[m.start() : m.end()]


def _carrier(surface: str) -> bool:
    """Tell whether an "according to" phrase names who relays a claim, not who makes it."""
    return _CARRIED_BY.search(surface) is not None


#: The outlet's own people: "a Reuters witness", "Rudaw's reporter", "our correspondent".
_OWN_REPORTER = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?P<who>[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,3})(?P<own>['’]s?)?\s+"
    r"(?:[A-Z][\w-]*\s+)?(?:own\s+)?(?:correspondent|reporter|witness|photographer|cameraman|"
    r"journalist)s?\b"
    r"|^(?:our|its)\s+(?:own\s+)?(?:correspondent|reporter|team|crew)s?\b"
)


def _own_reporter(surface: str, ctx: Context) -> bool:
    """Tell whether ``surface`` is the outlet's own reporter, witness or tally.

    "Enab Baladi's correspondent in Idlib said", "a Reuters witness said": the article's
    outlet (or, when the article names none, the outlet so named) speaks for itself; another
    outlet's reporter ("Al Jazeera's correspondent" in an AFP copy) is a source of its own.
    """
    m = _OWN_REPORTER.match(surface)
    if m is None:
        return False
    who = (m["who"] or "").lower()
    if not who:
        return True
    mine = " ".join([ctx.article.outlet or "", *ctx.article.agencies]).lower()
    if not mine.strip():  # no outlet known: "Rudaw's reporter" names it
        return m["own"] is not None
    return who in mine or any(w in who.split() for w in mine.split())


#: A sentence opening on a contrast: its first comma parts the clauses.
_LEAD_CONTRAST = ("while ", "whereas ", "although ", "though ")
#: Where a sentence's clauses part with a contrast: "..., while Russia said that ...".
_CONTRAST = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+|\s+while\s+")


#: A speech verb that may open a claim inside a quotation ("the ministry claimed that").
_INNER_VERB = re.compile(r"\b(?:claimed|claims|said|says|announced|reported|alleged)\b")


def _inner_speaker(ctx: Context, i: int, at: int) -> Attribution | None:
    """Return the source a quotation itself names for the statement at ``at``.

    'The SDF said: "The Turkish ministry claimed that our fighters attacked, killing nine
    of our fighters."': nine is the ministry's claim, quoted by the SDF.
    """
    s = ctx.sents[i]
    q = next((m.start() for m in _QUOTE.finditer(s.text) if m.start() < at < m.end()), None)
    if q is None:  # a quotation the sentence opens and a later one closes
        t = s.text
        if t.count('"') % 2 == 1 or t.count("“") > t.count("”"):
            q = max(t.rfind('"', 0, at), t.rfind("“", 0, at))
    if q is None or q < 0:
        return None
    low = ctx.lowered[i]
    verb = None
    for v in _INNER_VERB.finditer(low, q, at):
        verb = v
    if verb is None:
        return None
    hits = [
        h
        for h in ctx.claimants_in(s.start + q, s.start + verb.start())
        if h.kind == "org" and verb.start() - (h.end - s.start) <= _MAX_GAP
    ]
    if not hits:
        return None
    h = hits[-1]
    surface = s.text[h.start - s.start : verb.end()]
    return Attribution(h.canonical, surface, True, (h.start - s.start, verb.end()))


def has_contrast(low: str) -> bool:
    """Tell whether a lower-cased sentence parts its clauses with a contrast."""
    return (
        ", while" in low
        or "; " in low
        or " whereas " in low
        or ", but " in low
        or (low.startswith(_LEAD_CONTRAST) and ", " in low)
        or (("“" in low or '"' in low) and _INNER_VERB.search(low) is not None)
    )


def clause_attribution(ctx: Context, i: int, at: int) -> Attribution:
    """Return the attribution of the statement at offset ``at`` of sentence ``i``.

    A sentence whose clauses part with a contrast gives each clause the source its own
    speech verb names before the statement ("State media put the number at 1,500, while
    Russia said that 2,500 had left": 1,500 is state media's, 2,500 Russia's); a clause with
    no source of its own before the statement keeps the sentence's attribution, unless that
    came from another clause's verb (then the outlet's).
    """
    att = ctx.attributions[i]
    low = ctx.lowered[i]
    if not has_contrast(low):
        return att
    inner = _inner_speaker(ctx, i, at)
    if inner is not None:
        return inner
    lead = low.startswith(_LEAD_CONTRAST) and ", " in low
    bounds = [0, *(m.end() for m in _CONTRAST.finditer(low)), len(low) + 1]
    if lead:  # "While the SDF said 12 were killed, the monitor put the toll at 19"
        bounds = sorted({*bounds, low.index(", ") + 2})
    if len(bounds) == 2:
        return att
    k = next(j for j in range(len(bounds) - 1) if bounds[j] <= at < bounds[j + 1])
    start, end = bounds[k], min(bounds[k + 1], len(low))
    own = _clause_source_of(ctx, i, start, at)
    if own is not None:
        return own
    if att.span is not None and _closing_tag(low, att.span[1]):
        return att  # "X, while Y, the source added.": a closing tag covers every clause
    if att.span is not None and not (start <= att.span[0] < end) and att.named:
        verb_clause = next(
            j for j in range(len(bounds) - 1) if bounds[j] <= att.span[0] < bounds[j + 1]
        )
        own_verb = _clause_source_of(
            ctx, i, bounds[verb_clause], bounds[verb_clause + 1], resolve=False
        )
        if own_verb is not None:
            return Attribution(ctx.outlet, "", False)  # another clause's own source
    return att


def _closing_tag(low: str, end: int) -> bool:
    """Tell whether a source ending at ``end`` closes the sentence (", the source added.")."""
    tail = low[end:].rstrip(" .\"”'’")
    return len(tail) <= 25 and "," not in tail and ";" not in tail


def _clause_source_of(
    ctx: Context, i: int, start: int, end: int, resolve: bool = True
) -> Attribution | None:
    """Return the source a speech verb names between ``start`` and ``end`` of sentence ``i``.

    ``resolve``: descriptions ("the monitor") and pronouns ("it") count too, for the claimant
    they stand for; else only the names read in the clause do.
    """
    if ctx.article.language == "fr":
        return None
    s = ctx.sents[i]
    en, en_a, _ = _english()
    pats = en_a if ctx.plain else en
    text = s.text[:end]
    low = ctx.lowered[i][:end]
    verbs = [v for v in pats.speech.finditer(low, start) if v.end() <= end]
    if not verbs:
        return None
    hits = [
        AliasMatch(h.canonical, h.surface, h.start - s.start, h.end - s.start, h.kind)
        for h in ctx.claimants_in(s.start + start, s.start + end)
    ]
    # "The monitor also counted 38 ..., while ...": a description of the clause's own, and
    # "it" / "the group" for the last claimant named before the sentence
    definite: list[_Mention] = []
    if resolve and _DEFINITE.search(low, start) is not None:
        monitor = next(
            (
                h.canonical
                for h in reversed(ctx.claimant_hits)
                if h.start < s.start and h.canonical in _MONITORS
            ),
            "SOHR",
        )
        definite = [
            d for d in _definite(ctx, i, text, low, hits, monitor, _Named()) if start <= d.start
        ]
    prev = (
        next((a.claimant for a in reversed(ctx.attributions[:i]) if a.named), None)
        if resolve
        else None
    )
    found = _speech(text, low, hits, _Antecedent(prev, False), pats, {}, verbs, definite)
    if found is None:
        return None
    name, surface = found
    if name is None:
        return None
    claimant = name if name in claimants().canonicals else _known_as(ctx, s.start, name)
    at = text.find(surface)
    return Attribution(claimant, surface, True, (at, at + len(surface)) if at >= 0 else None)


#: An acronym in brackets after a name: "North Press Agency (NPA)".
_ACRONYM_PAREN = re.compile(r" \([A-Z][A-Za-z]{1,7}\)(?= )")
_ACRONYM = re.compile(r"\(([A-Z]{2,7})\)")
_ACRONYM_DEF = re.compile(
    r"\b((?:[A-Z][\w'’-]*\s+(?:(?:for|of|and|the)\s+)?){1,6}?[A-Z][\w'’-]*)\s+\(([A-Z]{2,7})\)$"
)


def _mask_acronyms(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out ``spans`` of ``text`` (the acronyms in brackets), keeping every offset."""
    out = []
    pos = 0
    for a, b in spans:
        out.append(text[pos:a] + " " * (b - a))
        pos = b
    return "".join(out) + text[pos:]


def _acronyms(text: str) -> dict[str, str]:
    """Return the acronyms an article defines ("North Press Agency (NPA)": NPA -> the name)."""
    out = {}
    for m in _ACRONYM.finditer(text):
        named = _ACRONYM_DEF.search(text, max(0, m.start() - 80), m.end())
        if named is not None:
            out[m[1]] = named[1]
    return out


#: "Citing an SDF military source, X reported": the source cited is the claimant.
_CITING = re.compile(r"\b(?:citing|quoting|quoted|cited)\s+")
#: Sentences that go on with the claim of the sentence before: a demonstrative subject
#: ("These attacks left ...", "This brings ..."), on lower-cased text.
_GOES_ON = re.compile(
    r"(?:these|this|those|such|of\s+(?:these|them|those)|among\s+(?:them|those)|"
    r"among\s+the\s+(?:[a-z]+\s+){0,2}?(?:dead|killed|casualties|victims|fatalities|wounded|"
    r"injured)|the\s+(?:dead|victims|casualties|fatalities)\s+(?:include|included|are|were))\b"
)
#: Anywhere in a sentence, a reference to the victims just counted ("Five children were
#: among the dead", "Four of them were local gunmen", "two of those killed").
_TOLL_BACK = re.compile(
    r"\b(?:of\s+(?:them|those\s+(?:killed|wounded|injured|dead))|among\s+the\s+(?:[a-z]+\s+){0,2}?"
    r"(?:dead|killed|casualties|victims|fatalities|wounded|injured)|of\s+the\s+(?:dead|victims|"
    r"wounded|injured|casualties))\b"
)
#: Sentences that add to the claim of a source named up to three sentences before.
_ADDS = re.compile(
    r"(?:moreover|furthermore|in\s+addition|additionally|on\s+the\s+other\s+hand|accordingly|"
    r"consequently|thus)\b"
)
_OPEN_QUOTES = ('"', "“", "«")


#: A paragraph that opens on its source and a colon, after an optional place line:
#: "Aleppo Province – The Syrian Observatory for Human Rights: ..." (a monitor's own site).
_LABEL_BEFORE = re.compile(r"(?:[A-Z][\w .,'’-]{0,40}\s[–—-]\s+)?(?:the\s+)?", re.I)
_LABEL_AFTER = re.compile(r"\s*(?:\([^)]{1,20}\))?\s*:")


#: The words a masthead line may hold beside its source ("SDF Press Centre", "The official
#: website of the Syrian Observatory for Human Rights").
_MASTHEAD = frozenset((
    "the", "of", "press", "media", "centre", "center", "office", "official", "website", "site",
    "general", "command", "statement", "statements", "information", "public", "relations",
    "department",
))  # fmt: skip
_MASTHEAD_WORD = re.compile(r"[a-z]+")


def _voice(ctx: Context) -> str | None:
    """Return the source whose own site the article is, when it opens a paragraph as a label.

    An article whose outlet is not known, with a paragraph opening "[Place –] <source>:",
    is that source's own report: its unattributed sentences are the source's claims.
    """
    first = {s.paragraph: k for k, s in reversed(list(enumerate(ctx.sents)))}
    for para in sorted(first)[:6]:
        s = ctx.sents[first[para]]
        if para in sorted(first)[:2] and len(s.text) <= 60:
            # a masthead line: "SDF Press Centre", "Syrian Observatory for Human Rights"
            own = [
                h
                for h in ctx.claimants_in(s.start, s.end)
                if h.kind == "org" and not h.canonical.endswith(" government")
            ]  # "ANKARA" alone is a dateline, not the Turkish government's own page
            if len(own) == 1:
                rest = s.text[: own[0].start - s.start] + " " + s.text[own[0].end - s.start :]
                if set(_MASTHEAD_WORD.findall(rest.lower())) <= _MASTHEAD:
                    return own[0].canonical
        for h in ctx.claimants_in(s.start, s.start + 80):
            if (
                h.kind == "org"
                and _LABEL_BEFORE.fullmatch(s.text, 0, h.start - s.start)
                and _LABEL_AFTER.match(s.text, h.end - s.start)
            ):
                return h.canonical
    return None


#: How a wire copy describes a monitor (a monitor's own page never does).
_WIRE_MONITOR = re.compile(r"\bmonitor\b|-based\b|\bbasée?\b")


def _sole_monitor(ctx: Context, out: list[Attribution]) -> list[Attribution]:
    """Give the sentences with no cue of their own to the monitor whose own page the text is.

    A text with no outlet and no wire credit whose every source named as one (the subject of
    a speech verb, "according to") is one monitor, named at least twice ("SOHR activists
    documented ...", "according to SOHR ..."), is that monitor's own report: its other
    sentences are the monitor's claims. The parties it merely mentions do not count, unless
    the text describes the monitor as a wire does ("the UK-based monitor", "a war monitor"):
    a wire copy names no other source only when it names no other claimant at all.
    """
    if ctx.article.agencies:
        return out
    named = [a.claimant for a in out if a.named]
    if len(named) < 2 or len(set(named)) != 1 or named[0] not in _MONITORS:
        return out
    if _WIRE_MONITOR.search(ctx.lowered_text) and any(
        h.canonical != named[0] for h in ctx.claimant_hits
    ):
        return out  # a wire copy describing the monitor ("the Britain-based monitor said")
    return [a if a.named else Attribution(named[0], a.surface, False, a.span) for a in out]


def _citing(
    text: str, low: str, hits: list[AliasMatch], lex: _Lexicon, people: dict[str, str]
) -> tuple[str, str] | None:
    """Read "citing X" / "quoted X as saying": the claimant is X, not the reporter.

    X is an alias of the table ("citing an SDF source"), or a body the phrase names
    ("quoted a source at the Daraa national hospital as saying"); a source with no body
    ("citing a military official") leaves the reporter the claimant.
    """
    m = _CITING.search(low)
    if m is None:
        return None
    cut = _AS_SAYING.search(low, m.end())
    limit = min(m.end() + 30, cut.start() if cut else len(text))
    h = next((h for h in hits if m.end() <= h.start <= limit), None)
    if h is not None:
        return h.canonical, text[m.start() : h.end].strip()
    named = _clause_source(text, m.end(), cut.start() if cut else len(text), lex, people)
    if named is not None and any(w.lower() in _BODY_HEADS for w in named[2].split()):
        return named[2], text[m.start() : named[1]].strip()
    if named is not None and named[2].split()[-1].lower() in _CITED:
        # "SANA reported, citing a military official": the source by what it is, with the
        # reporter that cites it ("military official via SANA (Syrian state news agency)")
        reporter = next((h for h in hits if not m.start() <= h.start < named[1]), None)
        if reporter is not None:
            return f"{named[2]} via {reporter.canonical}", text[m.start() : named[1]].strip()
    return None


#: Sources named by what they are that a report may cite ("citing medical sources").
_CITED = _STAFF | _words(
    "commander commanders officer officers activist activists witness witnesses resident",
    "residents eyewitness eyewitnesses",
)


#: Where the source cited ends: "quoted X as saying", "citing X that".
_AS_SAYING = re.compile(r"\s+as\s+say|\s+(?:that|who)\b|[,;.]")


def _known_as(ctx: Context, before: int, name: str) -> str:
    """Return the claimant an organisation named earlier is, when ``name`` is its short form.

    "The security forces stated ..." after "the Internal Security Forces" is their claim: a
    source read as written whose words end the name of a claimant named before it.
    """
    tail = " " + name.lower()
    for h in ctx.claimant_hits:
        if h.start >= before:
            break
        if h.kind == "org" and (" " + h.surface.lower()).endswith(tail):
            return h.canonical
    return _country_speaker().get(name, name)


@cache
def _country_speaker() -> dict[str, str]:
    """Return countries that speak ("Turkey said") as their governments (rules data)."""
    table = _rules.load("attribution").get("country_speakers") or {}
    return {str(k): str(v) for k, v in table.items()}


#: What may open a sentence before its subject: a dateline ("BEIRUT, Aug 30 (Reuters) - ",
#: "Idleb, SANA- ") and an adverbial ("Meanwhile, ", "On Monday, ", "In its report, ").
_SUBJECT_OPENER = re.compile(
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[\w.'’ -]{1,30}?)?\s*"
    r"(?:\([^)]{1,40}\))?\s*[-–—]+\s+)?"
    r"(?:(?:Meanwhile|Earlier|Later|Separately|Elsewhere|However|Also|On\s+\w+(?:\s+\w+)?|"
    r"In\s+[\w '’-]{1,40}?|Last\s+\w+|This\s+\w+)\s*,\s*)?"
)
#: The words before a source that leave it the subject: an article, names, descriptors
#: ("The U.S.-backed", "A Britain-based war monitor, the", "Syria's"), nothing else (not a
#: count, not "fighters of the", not "clashes between the").
_SUBJECT_PREFIX = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+[\w .'’-]{0,40}?,\s+)?"
    r"(?:(?:the|a|an|[A-Z][\w.'’-]*|[\w.'’]+-(?:based|backed|led|run|affiliated|funded|linked|"
    r"aligned)|war|conflict|rights|human|monitor|monitoring|group|watchdog|organi[sz]ation|"
    r"agency|news|state|state-run|media|official|officials|its|their)\s+)*"
)
#: Between a source and its verb: an acronym, an office or document of it ("'s media
#: office"), an apposition between commas, adverbs ("also", "has", "on Monday"); group v:
#: the verb.
_SUBJECT_GAP = re.compile(
    r"(?:\s*\([^)]{1,40}\))?"
    r"(?:['’]s?(?:\s+[a-z-]+){0,3}?\s+(?:office|centre|center|command|statement|"
    r"spokesman|spokeswoman|spokesperson|account|channel|website|team|department|unit|branch|"
    r"(?P<rec>report|figures|count|tally|toll|data|statistics|records?)))?"
    r"(?:\s*,[^,]{1,120}?,)?"
    r"(?:\s+(?:also|has|had|have|earlier|later|itself|then|further|separately|"
    r"on\s+[A-Z]\w+|last\s+\w+|in\s+(?:a|an|its|their)\s+[\w -]{1,30}?))*"
    r"\s+(?P<v>[a-z]+)\b"
)
#: The head of a side's office that speaks for it ("the Turkish Defence Ministry", "the SDF
#: General Command", "the army's media centre"): a source, not the side acting.
_SOURCE_HEADS = _words("ministry command office agency media centre center directorate bureau")
#: A side's own people after its verb ("23 of its fighters", "their members", "our men").
_OWN_PEOPLE = re.compile(r"\b(?:its|their|our)\s+(?:own\s+)?[a-z]", re.I)
#: Verbs in the past without "-ed" that a source tells a figure with ("put the toll at").
_SUBJECT_IRREGULAR = frozenset(("put", "gave", "wrote", "said", "told", "showed", "shown"))


@cache
def _acting_verbs() -> frozenset[str]:
    """Return the verbs whose subject is an agent of the war, not a source (rules data)."""
    return frozenset(_rules.lexicon("attribution", "acting_verbs"))


def _subject_source(
    text: str, hits: list[AliasMatch], armed: Callable[[AliasMatch], bool] | None = None
) -> tuple[str, str] | None:
    """Return the known source that is the subject of the sentence's main clause, if any.

    "The Syrian Democratic Forces (SDF) mourned 23 of its fighters", "The Kurdish Red
    Crescent treated 31 wounded", "A Britain-based war monitor, the Syrian Observatory ...,
    tallied 62 deaths": a source of the claimant table as the subject of a verb in the past
    is the claimant whatever the verb, unless the verb is what a side does in the war
    (``acting_verbs``: "SDF fighters killed 12 ISIS members", "the army regained the
    village": the outlet's narration). A side of the war (``armed``: an alias of the party
    table too, "the SDF", "the Syrian army") is a source this way only of its own people
    ("mourned 23 of its fighters"), not of what it did. Returns (claimant, surface).
    """
    opener = _SUBJECT_OPENER.match(text)
    start = opener.end() if opener else 0
    for h in hits:
        if h.kind not in ("org", "person") or h.start < start:
            continue
        if _SUBJECT_PREFIX.fullmatch(text, start, h.start) is None:
            return None  # the first source is not the subject: no later one is
        gap = _SUBJECT_GAP.match(text, h.end)
        if gap is None:
            return None
        verb = gap["v"]
        if verb in _acting_verbs() or not (
            (len(verb) > 4 and verb.endswith("ed"))
            or verb in _SUBJECT_IRREGULAR
            or gap["rec"] is not None  # "X's toll stood at 33", "X's figures show"
        ):
            return None
        if (
            armed is not None
            and gap["rec"] is None
            and armed(h)
            and _OWN_PEOPLE.search(text, gap.end()) is None
        ):
            return None  # "the SDF handed over 12 ...": a side acting, not telling its losses
        return h.canonical, text[h.start : gap.end()]
    return None


#: A source that closes its sentence: ", the Syrian Observatory ... has learned." (group
#: v: its verb), or alone in brackets: "... near Sukhnah (SOHR)."
_TAG_BEFORE = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:[\w.'’]+-(?:based|backed|led|run)\s+)*$")
_TAG_AFTER = re.compile(
    r"(?:\s*\([^)]{1,40}\))?(?:\s+(?:has|have|had|also|later))*\s+(?P<v>[a-z]+)"
    r"(?:\s+(?:on|in|late|early|last)\s+\w+)?\s*[.!]?[\"”’']?\s*$"
)
_BRACKET_TAG = re.compile(r"\(\s*$")
_BRACKET_END = re.compile(r"\s*\)\s*[.!]?\s*$")


def _tag_source(text: str, hits: list[AliasMatch]) -> tuple[str, str] | None:
    """Return the known source that closes the sentence as its tag, whatever its verb.

    "Fourteen soldiers were killed near Sukhnah, the Syrian Observatory for Human Rights has
    learned."; "... near Sukhnah (SOHR).": the last source of the sentence, after a comma
    and before its verb and the full stop (not an act of the war), or alone in brackets at
    the end (not the acronym of a name before it). Returns (claimant, surface).
    """
    if not hits:
        return None
    h = hits[-1]
    if h.kind not in ("org", "person"):
        return None
    if _BRACKET_TAG.search(text, max(0, h.start - 3), h.start) and _BRACKET_END.match(text, h.end):
        before = text[: h.start].rstrip(" (")
        if before and before[-1].isalpha() and before[-1].isupper():
            return None  # "the Syrian Democratic Forces (SDF)." : an acronym
        if len(hits) > 1 and hits[-2].end >= len(before) - 1:
            return None
        return h.canonical, text[h.start : h.end]
    if _TAG_BEFORE.search(text, max(0, h.start - 40), h.start) is None:
        return None
    tag = _TAG_AFTER.match(text, h.end)
    if tag is None or tag["v"] in _acting_verbs():
        return None
    verb = tag["v"]
    if not ((len(verb) > 4 and verb.endswith(("ed", "s"))) or verb in _SUBJECT_IRREGULAR):
        return None
    return h.canonical, text[h.start : tag.end()].rstrip(" .!")


#: A body the claimant table lacks, as a capitalised name ending on a body's head ("The
#: Manbij Military Council", "The Idlib Health Directorate"), group n: the name.
_BODY_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?P<n>(?:[A-Z][\w'’.-]*\s+){1,5}(?:Council|Command|Directorate|Hospital|"
    r"Committee|Administration|Authority|Office|Network|Organi[sz]ation|Centre|Center|Board|"
    r"Commission|Bureau|Crescent|Helmets|Municipality|Forces|Army|Units|Police))\b"
)
#: The heads of those names that are sides of the war, sources only of their own people.
_ARMED_HEADS = frozenset(("Forces", "Army", "Units", "Police", "Command"))


def _body_subject(text: str) -> tuple[str, str] | None:
    """Return a body the table lacks that is the subject of the sentence, as written.

    "The Manbij Military Council mourned 5 of its fighters": the rule of
    :func:`_subject_source` for a capitalised name on a body's head; a side of the war
    ("Forces", "Army", "Command") only of its own people.
    """
    opener = _SUBJECT_OPENER.match(text)
    m = _BODY_NAME.match(text, opener.end() if opener else 0)
    if m is None:
        return None
    gap = _SUBJECT_GAP.match(text, m.end())
    if gap is None:
        return None
    verb = gap["v"]
    if verb in _acting_verbs() or not (
        (len(verb) > 4 and verb.endswith("ed")) or verb in _SUBJECT_IRREGULAR or gap["rec"]
    ):
        return None
    if (
        m["n"].rsplit(None, 1)[-1] in _ARMED_HEADS
        and gap["rec"] is None
        and _OWN_PEOPLE.search(text, gap.end()) is None
    ):
        return None
    return m["n"], text[m.start("n") : gap.end()]


def _subject_of(ctx: Context, i: int) -> tuple[str, str] | None:
    """:func:`_subject_source` of sentence ``i`` with no cue, else a body the table lacks."""
    s = ctx.sents[i]
    found = ctx.claimants_in(s.start, s.end)
    if not found:
        return _body_subject(s.text) if "ed " in s.text or "'s " in s.text else None
    hits = [
        AliasMatch(h.canonical, h.surface, h.start - s.start, h.end - s.start, h.kind)
        for h in found
    ]
    return _subject_source(s.text, hits, _armed_in(ctx, s.start)) or _tag_source(s.text, hits)


def _armed_in(ctx: Context, base: int) -> Callable[[AliasMatch], bool]:
    """Tell whether a claimant hit of the sentence at ``base`` is also a side of the war."""

    def armed(h: AliasMatch) -> bool:
        head = h.surface.lower().rsplit(None, 1)[-1]
        return head not in _SOURCE_HEADS and bool(ctx.parties_in(base + h.start, base + h.end))

    return armed


def _carried(ctx: Context, out: list[Attribution]) -> list[Attribution]:
    """Carry a claim on to the sentences that go on with it without a cue of their own.

    A sentence opening on a demonstrative ("These attacks left 115 dead") or a quotation
    with no speaker of its own is the claim of the sentence before it, when that one is
    attributed; one opening "Moreover" / "In addition" adds to the claim of a source named
    up to three sentences before; an item of a list ("• 27 members of the SDF") is the
    claim of the sentence that opens the list.
    """
    for i in range(1, len(out)):
        if out[i].named:
            continue
        low = ctx.lowered[i]
        if (
            _GOES_ON.match(low)
            or ctx.sents[i].text.startswith(_OPEN_QUOTES)
            or (
                ctx.sents[i].paragraph == ctx.sents[i - 1].paragraph
                and _TOLL_BACK.search(low) is not None
            )
        ):
            back = 1
        elif list_item(ctx.sents[i].text):
            # the items of a list are the claims of the sentence that opens it
            j = i - 1
            while j > 0 and list_item(ctx.sents[j].text):
                j -= 1
            if out[j].named:
                out[i] = Attribution(out[j].claimant, out[j].surface, True, None)
            continue
        elif _ADDS.match(low):
            back = 3
        else:
            continue
        for j in range(i - 1, max(-1, i - 1 - back), -1):
            if out[j].named:
                out[i] = Attribution(out[j].claimant, out[j].surface, True, None)
                break
    return out


def _quote_groups(ctx: Context, out: list[Attribution]) -> list[Attribution]:
    """Sentences inside one quotation share the attribution of the sentence that closes it.

    ``"We call on ... northeast Syria. The U.S. government will ... efforts," Price said.``
    is split into two sentences; both are Price's.
    """
    sents = ctx.sents
    k = 0
    while k < len(sents):
        t = sents[k].text
        if '"' not in t and "“" not in t:
            k += 1
            continue
        opened = t.count("“") - t.count("”") > 0 or (
            t.count('"') % 2 == 1 and t.lstrip().startswith('"')
        )
        # 'X said: "We received 12 bodies.' opens a quotation its speaker goes on with
        span = out[k].span
        spoken = (
            not opened
            and out[k].named
            and span is not None
            and t.count('"') % 2 == 1
            and t.rfind('"') > span[1]
        )
        if not (opened or spoken):
            k += 1
            continue
        j = k + 1
        while j < len(sents) and sents[j].paragraph == sents[k].paragraph:
            tj = sents[j].text
            if "”" in tj or tj.count('"') % 2 == 1:
                break
            j += 1
        if spoken:
            end = j + 1 if j < len(sents) and sents[j].paragraph == sents[k].paragraph else j
            for m in range(k + 1, end):
                if not out[m].named:
                    out[m] = Attribution(out[k].claimant, out[k].surface, True, None)
        elif j < len(sents) and sents[j].paragraph == sents[k].paragraph and out[j].named:
            for m in range(k, j):
                if not out[m].named:
                    out[m] = Attribution(out[j].claimant, out[j].surface, True, None)
        k = j + 1
    return out


def _in_speech_slot(text: str, d: _Mention, verb: re.Match[str]) -> bool:
    """Tell whether ``d`` is the source of ``verb``: "the army (also) said", ", said the army."."""
    vs, ve = verb.span()
    if d.end <= vs:
        # "the army said", "the interior ministry's media office said": the owner speaks
        return (
            _BETWEEN.fullmatch(text, d.end, vs) is not None
            or d.end == vs
            or _OWNED.fullmatch(text, d.end, vs) is not None
        )
    if d.start < ve:
        return False
    before = text[:vs].rstrip()
    return (
        text[ve : d.start].isspace()
        and (not before or before[-1] in _OPENERS)
        and _CLAUSE_AFTER.match(text, d.end) is not None
    )


def _according(
    text: str,
    low: str,
    hits: list[AliasMatch],
    ante: _Antecedent,
    pats: _Lang,
    people: dict[str, str],
    definite: list[_Mention] = [],  # noqa: B006 (never changed)
) -> tuple[str | None, str] | None:
    """Read "according to X" / "selon X".

    The claimant is an alias of the table, else a definite description ("the monitor", "the
    army": :func:`_definite`), else the source the phrase names (:func:`_name_of`), else, for
    a pronoun or a description, the last claimant.
    """
    m = pats.according.search(text)
    if m is None:
        return None
    rest = text[m.end() :]
    stop = pats.clause_end.search(rest, 1)
    end = m.end() + (stop.start() if stop else len(rest))
    # the clause may go on past "which"/"established by": look a little further for a name,
    # but never past a punctuation mark ("according to residents, the SDF shelled ...")
    window_end = end if stop is None or not stop.group()[0].isspace() else min(len(text), end + 40)
    inside = [h for h in hits if m.end() <= h.start < window_end]
    surface = text[m.start() : end].strip()
    if inside:
        h = inside[0]
        return h.canonical, text[m.start() : max(end, h.end)].strip()
    for d in definite:
        if d.start == m.end() + 1 and d.end <= end:  # "according to the army"
            return d.canonical, surface
    # a source named in the phrase ("the head of the local council"), else a pronoun or a
    # description ("the group", "him") for the last claimant
    named = _described(
        text, _clause_source(text, m.end(), end, pats.lexicon, people), pats.lexicon, people
    )
    if named is not None:
        return named[2], text[m.start() : max(end, named[1])].strip()
    co = pats.coref.search(low, m.end(), end)
    if co is not None and (meant := ante.resolve(co.group())) is not None:
        return meant, surface
    pronoun = _OBJECT_PRONOUN.match(low, m.end())
    if pronoun is not None and (meant := ante.resolve(_OBJECT_PRONOUN_OF[pronoun[1]])) is not None:
        return meant, surface  # "According to him, 11 suspects were detained"
    figures = _OWN_FIGURES.match(low, m.end())
    if figures is not None and (by := _COMPILED_BY.match(low, figures.end())) is not None:
        # "according to statistics compiled by North Press": the compiler's
        named = _clause_source(text, by.end(), len(text), pats.lexicon, people)
        if named is not None:
            return named[2], text[m.start() : named[1]].strip()
    if ante.claimant is not None and not ante.crowd and figures is not None:
        return ante.claimant, surface  # "according to ministry figures": the ministry's
    return None, surface


#: "according to him / her / them": the speaker named before (lower-cased text).
_OBJECT_PRONOUN = re.compile(r"\s+(him|her|them)\s*(?:[,;:.]|$)")
_OBJECT_PRONOUN_OF = {"him": "he", "her": "she", "them": "they"}


#: "according to ministry figures", "according to the group's data": the figures of the
#: source named last (a description with no article of its own).
_OWN_FIGURES = re.compile(
    r"\s+(?:the\s+|its\s+)?(?:(?:ministry|army|group|monitor|organi[sz]ation|observatory|"
    r"agency)(?:['’]s)?\s+|own\s+)?(?:figures|data|statistics|tally|count|records)\b"
)


#: After figures: their compiler named ("statistics compiled by X", "data released by X").
_COMPILED_BY = re.compile(
    r"\s+(?:compiled|collected|gathered|released|published|issued|kept|provided)\s+by\s+"
)


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
    ante: _Antecedent,
    pats: _Lang,
    people: dict[str, str],
    verbs: list[re.Match[str]] | None = None,
    definite: list[_Mention] = [],  # noqa: B006 (never changed)
) -> tuple[str | None, str] | None:
    """Read "X said" / "said X" (``verbs``: the matches of ``pats.speech`` in ``low``, if known).

    The claimant is the alias or the description (for the last claimant) nearest a verb;
    when none is next to one, a source the table does not know, next to a naming verb
    (:func:`_subject`, :func:`_after_verb`), where it is nearer than any alias. A definite
    description of :func:`_definite` ("the monitor", "the army") is a description of its
    own source; "the army" only as the subject of the verb ("the army said in a statement")
    or after a verb that opens a parenthetical ("..., said the army.").
    """
    if verbs is None:
        verbs = list(pats.speech.finditer(low))
    if not verbs:
        return None
    cands: list[tuple[int, int, int, str]] = [
        _sub_body(text, h) if h.kind == "org" else (h.start, h.end, 0, h.canonical)
        for h in hits
        if not _describes_a_name(text, h)
        and not (h.canonical.endswith(" government") and _WHERE_BEFORE.search(text, 0, h.start))
    ]
    own = {(d.start, d.end) for d in definite} if definite else ()
    for c in pats.coref.finditer(low):
        if c.span() in own:
            continue
        here = _named_here(c, hits) if hits else None
        if here is None and c.group().split()[-1] in _ANY_BODY and c.group().startswith("the "):
            # "The X Military Council repelled ..., and the group's media centre said": the
            # body the sentence opens on, when the table does not know it
            here = _opening_name(text, c.start(), pats.lexicon, people)
        if here is not None:
            cands.append((c.start(), c.end(), 1, here))
        elif (meant := ante.resolve(c.group())) is not None:
            cands.append((c.start(), c.end(), 1, meant))
    if pats.coref is not _COREF_FR and ("its " in low or "their " in low):
        for c in _POSSESSIVE_EN.finditer(low):
            # "its director told Rudaw", "Its media center said": the body it belongs to
            owner = next(
                (h.canonical for h in reversed(hits) if h.end <= c.start() and h.kind == "org"),
                None,
            ) or _opening_body(text, c.start(), pats.lexicon, people)
            if owner is None and not ante.crowd:
                owner = ante.claimant
            if owner is not None:
                cands.append((c.start(), c.end(), 1, owner))
    for d in definite:
        if d.strict and not any(_in_speech_slot(text, d, v) for v in verbs):
            continue
        cands.append((d.start, d.end, 1, d.canonical))  # type: ignore[arg-type]
    if pats.coref is _COREF_FR and hits:  # "leur porte-parole": the claimant named before
        cands += [
            (c.start(), c.end(), 1, hits[0].canonical)
            for c in _POSSESSIVE_FR.finditer(low)
            if hits[0].end <= c.start()
        ]
    if pats.coref is not _COREF_FR:
        for v in verbs:
            if v.group() == "saying" and text[: v.start()].rstrip().endswith(","):
                # "The ministry blamed the SDF, saying ...": the speaker is the subject of
                # the clause the participle hangs on, never its object
                subj = _main_subject(text, v.start(), cands, pats.lexicon, people)
                if subj is not None:
                    return subj[2], text[subj[0] : v.end()].strip()
    best: tuple[int, int, int, int, str, int, int] | None = None
    for v in verbs:
        vs, ve = v.span()
        for start, end, is_coref, canonical in cands:
            if end <= vs:  # the claimant, then the verb
                gap = vs - end
                if (
                    gap > 1
                    and _IN_RELATIVE.search(text, max(0, start - 120), start) is not None
                    and _RELATIVE_ENDS.fullmatch(text, end, vs) is not None
                ):
                    continue  # "X, which is run by Ankara-backed groups, published"
                if gap > 1 and (
                    _APPOSITIVE.fullmatch(text, end, vs) or _WHERE_AFTER.fullmatch(text, end, vs)
                ):
                    gap = 1  # "the Observatory, a UK-based group, said", "the Asayish in X said"
                if gap > _MAX_GAP or '"' in text[end:vs]:
                    continue
            elif start >= ve:  # the verb, then the claimant
                gap = start - ve
                if gap > _MAX_GAP or '"' in text[ve:start] or low[vs:ve] in _OBJECT_VERBS:
                    continue  # "Turkey accused the SDF": whom the verb is about
                if (
                    gap <= 5
                    and low[vs:ve] in ("told", "tells")
                    and _TOLD_OBJECT.fullmatch(low, ve, start)
                ):
                    continue  # "told SANA's reporter", "told the AFP": whom it was told
                if not is_coref and _ACTS_NEXT.match(low, end):
                    continue  # "the governor said the Syrian army shelled": what is reported
                if is_coref and gap <= 1 and _CLAUSE_GOES_ON.match(low, end):
                    continue  # "Medics said they had received": "they" opens what is said
            else:
                continue
            key = (gap, is_coref, start, end, canonical, vs, ve)
            if best is None or key < best:
                best = key
    if best is None or (  # no alias right next to a verb: a source not in the table
        best[0] > 1 and not (best[1] < 2 and _OWNED.fullmatch(text, best[3], best[5]))
    ):
        lex = pats.lexicon
        taken = [(c[0], c[1]) for c in cands]
        for v in verbs:
            vs, ve = v.span()
            body_only = v.group() in _BODY_VERBS
            if (
                (v.group() not in lex.verbs and not body_only)
                or (text.startswith(" to ", ve) and " " not in v.group())  # "said to be"
                or (v.group() in ("told", "tells") and not _told_outlet(text, ve))
            ):
                continue
            for found in (_subject(text, vs, lex, people), _after_verb(text, vs, ve, lex, people)):
                if found is None or any(a < found[1] and found[0] < b for a, b in taken):
                    continue
                start, end, name = found
                if body_only and not _is_body(name.split()):
                    continue  # "the council mourned N", never "villagers mourned N"
                gap = vs - end if end <= vs else start - ve
                key = (max(gap, 1), 2, start, end, name, vs, ve)
                if best is None or key < best:
                    best = key
    if best is None:
        return None
    _, _, start, end, canonical, vs, ve = best
    return canonical, text[min(start, vs) : max(end, ve)].strip()


#: A body of a claimant with a portfolio of its own ("the Health Board of the AANES", "the
#: AANES health authority", "the Autonomous Administration's education committee").
_SUB_BODY_BEFORE = re.compile(
    r"(?:(?<=\s)|^)((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s+(?:of|for)\s+(?:the\s+)?$"
)
_SUB_BODY_AFTER = re.compile(r"(?:['’]s)?\s+((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)")
_OWN_PORTFOLIOS = _words("health education relief humanitarian emergency emergencies justice")


def _sub_body(text: str, h: AliasMatch) -> tuple[int, int, int, str]:
    """Return a claimant's candidate span and name, with a sub-body of its own if named.

    "The Health Board of the Autonomous Administration said": "AANES Health Board"; a media
    office, a command or a spokesman are the claimant itself ("the SDF media center").
    """
    for pat, before in ((_SUB_BODY_BEFORE, True), (_SUB_BODY_AFTER, False)):
        m = pat.search(text, max(0, h.start - 48), h.start) if before else pat.match(text, h.end)
        if m is None:
            continue
        words = m[1].split()
        if not before:  # "the AANES Health Board said": the words up to the body's head
            at = next((j for j, w in enumerate(words) if w.lower() in _BODY_HEADS), None)
            words = words[: at + 1] if at is not None else []
        if (
            not words
            or words[-1].lower() not in _BODY_HEADS
            or not any(w.lower() in _OWN_PORTFOLIOS for w in words[:-1])
        ):
            continue
        while words[0].lower() not in _OWN_PORTFOLIOS:  # "the new health board": the body
            words.pop(0)
        if before:
            return m.start(1), h.end, 0, f"{h.canonical} {' '.join(words)}"
        end = text.index(words[-1], h.end) + len(words[-1])
        return h.start, end, 0, f"{h.canonical} {' '.join(words)}"
    return h.start, h.end, 0, h.canonical


#: A relative clause open before a name ("X, which is run by ...") and closing before the
#: verb: the name inside it is not the verb's subject.
_IN_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^,;:.\"“”]*$")
_RELATIVE_ENDS = re.compile(r"[^,;:.\"“”]*,\s*(?:(?:also|has|had|have|later|earlier)\s+)*")
#: Verbs that name a source the table does not know only when it is a body ("the X Military
#: Council mourned four fighters"; "villagers mourned" is no count of theirs).
_BODY_VERBS = frozenset(("mourned", "mourns", "eulogised", "eulogized", "published"))
#: Speech verbs whose object is never their speaker ("accused the SDF", "urged Turkey").
_OBJECT_VERBS = frozenset((
    "accused", "condemned", "condemns", "denounced", "urged", "warned", "warns", "rejected",
    "demanded",
))  # fmt: skip
#: A phrase opening a sentence before its subject: "In a statement,", "On Monday,".
_LEAD_PHRASE = re.compile(
    r"(?:(?:in|on|at|for|after|during|meanwhile|separately|earlier|later|however|also|last|"
    r"yesterday|today|overnight)\b[^,;:\"“”]{0,50},\s*)+",
    re.I,
)
#: A dateline before a sentence: "DAMASCUS (Reuters) –", "QAMISHLI, Syria (North Press) –".
_LEAD_DATELINE = re.compile(
    r"[^—–\n\"“”]{2,60}?\([^)]{2,30}\)\s*[—–-]+\s+|[A-Z]{3,}[^—–a-z\n]{0,30}[—–-]+\s+"
)


def _main_subject(
    text: str,
    before: int,
    cands: list[tuple[int, int, int, str]],
    lex: _Lexicon,
    people: dict[str, str],
) -> tuple[int, int, str] | None:
    """Return the source opening the sentence, as the subject of its main clause.

    A dateline and a phrase before the subject ("In a statement,", "On Monday,") are passed
    over; the subject is a claimant found there (an alias, a description, a pronoun), else a
    source read as written (:func:`_name_of`) from the words before the main verb.
    """
    s0 = 0
    if (d := _LEAD_DATELINE.match(text)) is not None:
        s0 = d.end()
    if (lead := _LEAD_PHRASE.match(text, s0)) is not None:
        s0 = lead.end()
    if s0 >= before:
        return None
    opening = 4 if text[s0 : s0 + 4].lower() == "the " else 0
    for start, end, _, canonical in sorted(cands):
        if s0 <= start <= s0 + opening and end < before:
            return start, end, canonical
    words: list[re.Match[str]] = []
    for t in _tokens(text, s0, before, lex):
        w, lw = t.group(), t.group().lower()
        if not w[0].isalnum():
            break
        if words and not (_cap(w) or lw in lex.mods or lw in lex.heads or lw in _OF_LINKS):
            break
        words.append(t)
        if len(words) > 10:
            return None
    name = _name_of([t.group() for t in words], lex, people) if words else None
    return (words[0].start(), words[-1].end(), name) if name else None


#: A speaker owned by "its"/"their" ("its director", "their media office"), lower-cased.
_POSSESSIVE_EN = re.compile(
    r"\b(?:its|their)\s+(?:[a-z-]+\s+)?(?:director|head|chief|manager|spokesman|spokeswoman|"
    r"spokesperson|cent(?:er|re)|office|command|commander|officials?|statement|leadership)\b"
)


_DATELINE = re.compile(r"[^—–\n]{2,80}?\s[—–-]\s+")


def _opening_name(text: str, before: int, lex: _Lexicon, people: dict[str, str]) -> str | None:
    """Return the body named by the noun phrase a sentence opens on, if it names one.

    "The Manbij Military Council repelled the attack": the phrase runs while its words are
    capitalised or may be part of a body's name ("the", "local", "council", "of").
    """
    dateline = _DATELINE.match(text, 0, before)
    return _body_phrase(text, dateline.end() if dateline else 0, before, lex, people)


def _body_phrase(
    text: str, start: int, end: int, lex: _Lexicon, people: dict[str, str]
) -> str | None:
    """Return the body a noun phrase opening ``text[start:end]`` names, or None."""
    words: list[str] = []
    for t in _TOKEN_EN.finditer(text, start, end):
        w = t.group()
        lw = w.lower()
        named = _cap(w) or lw in lex.articles or lw in lex.mods or lw in _BODY_HEADS
        if not named and (lw not in _OF_LINKS or not words):
            break
        words.append(w)
        if len(words) > 8:
            return None
    while words and words[-1].lower() in _OF_LINKS:
        words.pop()
    name = _name_of(words, lex, people) if words else None
    if name is None or not _is_body(name.split()):
        return None
    return name


def _opening_body(text: str, before: int, lex: _Lexicon, people: dict[str, str]) -> str | None:
    """Return the body a sentence opens on ("The national hospital in Homs received ...")."""
    words: list[str] = []
    dateline = _DATELINE.match(text, 0, before)  # "ERBIL, Kurdistan Region — The hospital ..."
    for t in _TOKEN_EN.finditer(text, dateline.end() if dateline else 0, before):
        w = t.group()
        if not w[0].isalnum() or w.lower() in lex.stops | lex.skip | lex.boundaries:
            break
        words.append(w)
        if len(words) > 8:
            return None
    name = _name_of(words, lex, people) if words else None
    if name is None or not any(w.lower() in _BODY_HEADS for w in name.split()):
        return None
    return name


@cache
def _english() -> tuple[_Lang, _Lang, int]:
    """Return the English patterns, the same for ``re.ASCII`` text, and the speech verbs' id.

    The speech verbs are data (``speech_verbs`` of ``corpus/rules/attribution.yaml``, read
    on first use): the pattern's gate keys are the verbs themselves; the naming verbs (those
    an unknown source is read with) must be speech verbs.
    """
    words = _rules.lexicon("attribution", "speech_verbs")
    naming = frozenset(_rules.lexicon("attribution", "naming_verbs"))
    if not naming <= set(words):
        msg = (
            "corpus/rules/attribution.yaml: naming_verbs must be speech_verbs too; add "
            f"{sorted(naming - set(words))} to speech_verbs"
        )
        raise CorpusError(msg)
    speech = gated(re.compile(r"\b(?:" + trie_regex(words) + r")\b"), *words)
    en = _Lang(_ACCORDING, _CLAUSE_END, speech, _COREF, _anonymous, _LEX_EN._replace(verbs=naming))
    en_a = _Lang._make(twin_of(p) if isinstance(p, re.Pattern) else p for p in en)
    return en, en_a, id(speech)


def speech_verbs() -> tuple[str, ...]:
    """Return the English speech verbs ("said", "reported", ...), defined once as data."""
    return _rules.lexicon("attribution", "speech_verbs")


_FR = _Lang(_ACCORDING_FR, _CLAUSE_END_FR, _SPEECH_FR, _COREF_FR, _anonymous_fr, _LEX_FR)
#: Ids of the gated English cues, as :meth:`Context.open_patterns` holds them.
_ACCORDING_ID, _ANON_CUE_ID = id(_ACCORDING), id(_ANON_CUE)
_DEFINITE_ID = id(_DEFINITE)
