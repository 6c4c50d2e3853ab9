"""Control claims: who holds, regained, lost, contests or disputes which place, says whom.

Patterns (each sentence; the actor comes from the party alias table):

- "a prison controlled by / held by / run by / overseen by / under the control of / in the
  hands of ACTOR" -> holds, full ("largely / mostly controlled by", "most of X is ..." ->
  partial);
- "back under (ACTOR's) control" -> regained, full (actor: the speaker when it is a party,
  else the subject); the place before it, or after it ("took back under their control the
  town of X");
- "regained / retook / recaptured (full) control of X", "retook / regained X" -> regained,
  full; "working / trying to regain (full) control" or "regaining ground" -> contested,
  partial; "X was recaptured / retaken by ACTOR" -> regained; "wrested / won back (control
  of) X", SANA's "restored security (and stability) to X" -> regained;
- "ACTOR ... entrenched / holed up / barricaded in X" -> contested, partial;
- "ACTOR controls / holds parts of the provinces of A, B, C and D" -> one claim per place,
  partial ("parts of", "most of" ...) or full; "ACTOR (now) controls / holds / has run X"
  -> holds;
- acquisition: "ACTOR captured / seized / overran / liberated / took over / took X", "took
  (full) control of", "gained / wrested / assumed / secured / imposed control of X" -> holds;
  "... from Y" -> Y lost X;
- loss: "ACTOR lost (control of) X (to Y)", "withdrew / pulled out / retreated from X" (also
  "was forced to withdraw from"), "abandoned / evacuated X", "was driven / pushed out of X (by
  Y)", "was expelled by Y from X", "handed over / ceded X (it) to Y" -> lost (Y holds; a
  handover names its receiver or gives nothing); "ACTOR drove / expelled / pushed Y out of
  X" -> ACTOR holds, Y lost;
- "X fell to / into the hands of ACTOR", "X (, which) was captured / taken / overrun by
  ACTOR", "the last IS holdout, the village of X, was overrun by the US-backed SDF" -> holds;
  "X was lost by ACTOR" -> lost;
- the agent or receiver may follow a time or place adjunct: "driven out of Manbij in August
  2016 by the SDF", "was captured in 2017 by", "lost Raqqa last year to", "after weeks of
  fighting by" (not a supporter: "in an offensive backed by the coalition");
- state: "ACTOR is / remains in (full) control of X", "has / keeps / retains control of X",
  "the SDF-held / regime-controlled / Kurdish-run town of X" -> holds;
- contest: "fighting (on Monday) for control of X (between A and B)", "A and B traded
  control of X", "X changed hands / is (has been) contested between A and B", "X changed
  hands as / while A and B fought over it", "... with A and B trading control" -> contested,
  partial, one claim per side (no side named, no claim);
- zones: "ACTOR holds a security zone / the eastern bank / the outskirts / territory east of
  ... in X" -> holds, partial;
- areas named by their ends: "seized / controls a 120-kilometre strip between A and B", "a
  30-km-deep zone along the border from A to B" -> A and B, full (a band runs from one town
  to the other; partial when they are provinces); "a swathe of land around A" -> A,
  partial; "a pocket / an area between A and B" lies between them: no claim;
- "Y does not recognize ACTOR ..." and "calls the presence of ACTOR ... an occupation" ->
  disputed (``disputed_by`` = Y); the same actor's other claims in the article get
  ``disputed_by`` too.

The verb families (acquisition, loss, state, "controls X") take their object strictly: only
descriptive words may stand between the verb and the place ("the strategic town of", "most
of", "several villages in the south of", "the eastern bank of the Euphrates in"), so
"captured 20 soldiers near Palmyra" or "seized weapons in Raqqa" give no claim; a negation or
modal before the verb ("failed to take control of", "has not taken") gives none either;
advancing or besieging are not control (entering is: rule "enter", holds, partial). Extent is
partial for "most / parts / half of", "several villages in", "40 percent of", "the outskirts /
countryside / eastern bank of", "east of", "the centre of", "the edges of", a part after the
name ("Aleppo's eastern districts", "Ras al-Ain's town centre"), and for a province "east of
the Euphrates".
The first of two coordinated actors stands for both when the second is its ally ("Turkish
forces and allied Syrian factions now hold Afrin", "Turkey and its Syrian proxies / allies /
backers seized"); an actor that is the object of a verb coordinated before ("have neutralised
15 terrorists and taken control of") is not the subject.

"the prison", "the facility", "the area" stand for the last facility or place named.

Families of real reporting read since the third own-words batch (realstyle_control3): a subject
parted from its verb by a describing apposition ("The SDF, backed by X, on Sunday seized") or
an "including ..." list; a pronoun or bare-noun subject ("They captured", "The group now
controls") standing for the first actor of the sentence before; "which they captured" (the
sentence's subject); leaving said with a noun ("the army's withdrawal from X", "the withdrawal
of ACTOR from X", "the liberation of X from Y"); headline present tense and bare passives
("retakes", "pushes Y out of X", "IS driven from X", "ACTOR in control of X"); "declared
victory over Y in X"; "after capturing X"; "X was liberated from / cleared of Y"; a fight
between two named sides in a named place (contested); an armed side's posts in a place
("SDF positions in X": partial hold); lists before "which remain under X control", after a
region ("the northeast, including A and B"), with "as well as" or a date after each name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from corpus import _control_rules, _rules
from corpus._context import (
    GATES,
    NON_ACTORS,
    Attribution,
    Context,
    gated,
    gated_later,
    ids,
    twin_of,
)
from corpus.aliases import AliasMatch, claimants, parties
from corpus.records import ControlClaim
from corpus.typing import ControlStatus, Extent
from geo import geoparse
from geo.records import Mention, Place

__all__ = ["extract_control"]

_FACILITY = (
    r"prison|jail|facility|establishment|detention\s+cent(?:er|re)|penitentiary|camp|base|"
    r"airport|air\s*base|airfield|dam|oil\s+field|gas\s+field|field|border\s+crossing|checkpoint|"
    r"compound|bridge|"
    r"building|school"
)
_Loc = tuple[str, Place | None]
_FACILITY_RE = re.compile(rf"\b(?:{_FACILITY})\b", re.I)
#: The same, for lower-cased text (``Context.lowered``): several times faster than re.I.
_FACILITY_LOW = re.compile(rf"\b(?:{_FACILITY})\b")
#: an adjective an anaphor may carry ("the ancient city", "the strategic town")
_ANAPHOR_ADJ = (
    r"(?:(?:ancient|strategic|besieged|embattled|key|border|desert|coastal|historic|provincial|"
    r"frontline|northern|southern|eastern|western|central|contested|military|main|"
    r"international)\s+)?"
)
_ANAPHOR = re.compile(
    rf"\b(?:the|this|that|its)\s+{_ANAPHOR_ADJ}(?:(?:{_FACILITY})|area|site|city|town|village|"
    r"neighbou?rhood|district)\b",
    re.I,
)
#: a sentence that asks ("Will the SDF hold Raqqa?", "Qui contrôle Alep ?"): no claim
_QUESTION = re.compile(r"\?[\"'”’»)\s]*$")
#: a town named only to locate another ("east of Al-Bab", "near Hama"): not "the town"
_BEARING_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern\s+(?:outskirts|countryside))?"
    r"\s+of|near|outside|towards?)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
#: an apposition between commas after the subject ("Army units, in cooperation with the
#: supporting forces, liberated"): it does not part the subject from its verb
_APPOSITION_EN = re.compile(r"\s*,[^,;()\"“”]{1,120},\s*")
#: what may follow that apposition before the verb: a time adjunct or an auxiliary ("The
#: SDF, backed by coalition jets, on Sunday seized"; "Rebels, who attacked at dawn, have taken")
_AFTER_APPOSITION = re.compile(
    r"(?:(?:(?:early|late)\s+)?on\s+(?:[A-Z]\w+day|the\s+same\s+day)(?:\s+(?:morning|night|evening|"
    r"afternoon))?|(?:last|this)\s+(?:week|month|night|year|weekend)|overnight|at\s+dawn|later|"
    r"then|have|has|had|now|also|quickly|finally|eventually|reportedly)(?:\s+|\s*,\s*)",
)
#: an apposition that describes the subject before it ("who launched an attack", "backed
#: by Russia"): an actor named inside it is not the verb's subject
_DESCRIBING = re.compile(
    r"\s*,\s*(?!(?:led|headed|spearheaded)\b)"  # "Rebels, led by HTS,": HTS leads them
    r"(?:who|which|whose|backed|supported|aided|assisted|helped|having|after|[a-z]+ed\s+by|"
    r"[a-z]+ing)\b"
)
#: a participle opening a clause after a comma ("..., handing X over to Y"): its subject is
#: the subject of the clause before
_PARTICIPLE_AT = re.compile(r"[a-z]+ing\b")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.I)
#: an anaphor standing for a town ("the town", "the village"): never for a province
_TOWN_ANAPHOR = re.compile(
    rf"\b(?:the|this|that)\s+{_ANAPHOR_ADJ}(?:city|town|village)\b"
    r"(?!\s+(?:of|centre|center|council)\b)",
    re.I,
)
#: the noun a place is brought in with ("the strategic town of", "the village of")
_NOUN_OF_BEFORE = re.compile(r"\b(?P<noun>city|town|village)\s+of\s+$", re.I)
_NAMED_FACILITY = re.compile(
    rf"\b(?:al-|el-|Al-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-|ad-|ar-|as-|ash-|az-|ez-)?[A-Z][\w'’-]+)?"
    # a unit's number: "the Brigade 93 base", "the Division 17 base"
    rf"(?:\s+\d{{1,3}}(?=\s+(?:base|camp|headquarters)\b))?"
    rf"\s+(?:{_FACILITY})\b"
)
_MOST_OF = re.compile(r"\b(?:most|much|parts?|half|areas)\s+of\s+$", re.I)
_ZONE = re.compile(
    r"\b(?:still\s+)?(?:holds?|held|holding|controls?|controlled|controlling|keeps?|kept|keeping|"
    r"retains?|retained|retaining)\s+(?:(?:a|an|the)\s+(?:small\s+|large\s+|narrow\s+|rural\s+|(?:north|south|east|west)(?:ern)?\s+)?"
    r"(?:security\s+zone|zone|land|bank|side|half|pocket|enclave|strip|neighbou?rhoods?|"
    r"districts?|positions|areas?|outskirts|countryside|suburbs|territory)"
    r"|(?:territory|territories|land|positions|swathes\s+of\s+(?:territory|land))\s+"
    r"(?=(?:in|east|west|north|south|around|near|along|on)\b)"
    r"|(?:pockets|swathes|stretches|strips)\s+of\b)\b",
    re.I,
)
_DEPLOYED = re.compile(
    r"\b(?:(?:deployed|deploying|stationed|based|keeps?\b[^.;]{0,40}?\btroops|"
    r"has\b[^.;]{0,40}?\btroops)[^.;]{0,25}?|deployment\s+of\s+(?P<dwho>[^.;]{2,40}?)\s+|"
    r"deployment\s+)\b(?P<prep>in|around|at|near|to|into)\s+",
    re.I,
)
#: what may stand between "deployed to" and its place ("the town of", "the coastal city of")
_TO_PLACE_GAP = re.compile(
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town|village|area|countryside|province|"
    r"governorate|region|neighbou?rhoods?|districts?|outskirts|centre|center)\s+of\s+)?",
    re.I,
)
#: a deployment still to come, asked for or refused ("will be deployed in", "called for the
#: deployment of", "an agreement on deploying"): no one is there yet
_DEPLOY_NOT_YET = re.compile(
    r"\b(?:will|would|could|might|may|shall|should|must|to|plans?|planned|expected|set|"
    r"agreed?|agreement|deal|calls?|called|calling|demand\w*|propos\w*|possible|future|"
    r"await\w*|prepar\w*|ahead\s+of|before|allow\w*|reject\w*|oppos\w*|refus\w*|against|"
    r"talks|negotiat\w*|provid\w*|stipulat\w*|envisag\w*|foresees?|requir\w*|request\w*|"
    r"seek\w*|urg\w*|wants?|wanted|not|no|never)\s+(?:(?:the|a|be|been|being|for|on|of|its|their|"
    r"further|new|more|also|soon|eventually|troops|forces)\s+)*$",
    re.I,
)
_AS_BASE = re.compile(r"\buses?\s+(?P<what>[^,.;]{3,50}?)\s+as\s+a\s+base\b", re.I)
_LEAVE = re.compile(
    r"\b(?:demand\w*|call\w*\s+on|urg\w*|insist\w*)\b[^.;]{0,30}?\b(?:that\s+)?"
    r"(?P<who>[^.;]{2,40}?)\s+(?:to\s+)?(?:leave|withdraw\s+from|pull\s+out\s+of|quit)\s+",
    re.I,
)
_HELD_BY = re.compile(
    r"\b(?:controlled|held|run|overseen|administered|managed|guarded|operated|occupied)\s+"
    r"(?:(?:mostly|largely|mainly|partly|partially|jointly|still|now)\s+)?by\b|"
    r"\bunder\s+the\s+(?:control|protection|administration|authority|rule)\s+of\b|"
    r"\bin\s+the\s+hands\s+of\b",
    re.I,
)
#: "under SDF control", "under Kurdish control", "in rebel hands", "in IS hands"
_UNDER_X_CONTROL = re.compile(
    r"\b(?:(?P<back>returned\s+to|reverted\s+to|came\s+back\s+under|back\s+to)\s+|under\s+)"
    r"(?P<who>[\w\s'.-]{2,40}?)\s+(?:control|occupation|rule)\b"
    r"|\bin\s+(?P<hands>[\w\s'’.-]{2,30}?)\s+hands\b",
    re.I,
)
_BACK = re.compile(r"\bback\s+under\s+(?:(?P<who>[\w\s'.-]{2,40}?)\s+)?control\b", re.I)
_REGAIN = re.compile(
    r"\b(?P<verb>regain(?:ed|ing|s)?|retook|retakes?|retaking|recaptur(?:ed|es?|ing)|took\s+back|"
    r"takes?\s+back|seized\s+back|wrested\s+back|won\s+back|restored|retaken)\s+(?P<full>full\s+|complete\s+|total\s+)?"
    r"(?:control\s+(?:of|over)\s+|(?P<ground>ground)\b|(?<=retook\s)|(?<=retaken\s)|(?<=recaptured\s)|"
    # headlines: "Army retakes / recaptures / regains X"
    r"(?<=retakes\s)|(?<=recaptures\s)|(?<=regains\s)|"
    r"(?<=regained\s)|(?<=back\s)"
    # SANA: "restored security and stability to the town of X"
    r"|(?<=restored\s)(?:security(?:\s+and\s+stability)?|stability|(?:state|government)\s+"
    r"authority)\s+(?:to|in|over)\s+)",
    re.I,
)
_ATTEMPT = re.compile(
    r"\b(?:working|trying|seeking|attempting|efforts?|bid|fighting|struggling|battling|"
    r"continu\w*|advancing|push\w*)\b[^.]{0,30}$",
    re.I,
)
_BATTLING = re.compile(
    r"\b(?:(?:battl\w*|fight\w*|fought|clash\w*|vying|vied|struggl\w*)"
    r"(?:\s+(?:on|in|since|overnight|again|fiercely|heavily)(?:\s+[\w-]+){0,2}?)?\s+(?:for|over)\s+"
    r"(?:(?:full\s+)?control\s+(?:of|over)\s+)?|(?:trad(?:ed|ing|e)|swapp(?:ed|ing)|"
    r"exchang(?:ed|ing))\s+control\s+(?:of|over)\s+)",
    re.I,
)
_EXTENT_WORDS = re.compile(
    r"\b(?:parts?|most|much|areas|swathes|pockets|sections?|portions?|half|wings?|blocks?|"
    r"dormitor\w*|positions|zone|several|some|percent|per\s+cent|villages|towns|"
    r"neighbou?rhoods|districts|hills|outskirts|countryside)\b",
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
#: the speaker's forces as an agent ("was seized by his forces", "by our fighters")
_SPEAKER_FORCES = re.compile(r"(?:his|our|their)\s+(?:own\s+)?(?:forces|fighters|troops|units)\b")
_ILLEGAL_PRESENCE = re.compile(
    r"\b(?P<who>[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)(?:'s|’s)?\s+illegal\s+(?:presence|occupation)"
    r"(?:\s+(?:in|on)\s+(?P<where>[^,.;]{2,40}))?",
    re.I,
)
_ENTRENCHED = re.compile(
    r"\b(?:(?:entrenched|holed\s+up|barricaded|dug\s+in)\b(?:\s+(?:in|inside|at)\s+)?"
    # "the fighters besieged in Baghuz": still there, holding out (not "besieged Baghuz")
    r"|(?<!\bhave\s)(?<!\bhas\s)(?:besieged|encircled|trapped|surrounded)\s+(?:in|inside)\s+)",
    re.I,
)
_NAME = (
    r"(?:(?:al|el|ad|ar|as|ash|az|an|at|ath)-)?"  # "al-Mayadeen": the article in lower case
    r"[A-Z][\w'’-]*(?:[\s-]+(?:(?:al|el|ez|ed|es|ad|as|ar|az|ash|an|ul|de)[\s-]+)?[A-Z][\w'’-]*)*"
)
_NAME_RE = re.compile(_NAME)
#: "Idlib is largely under the control of HTS": partial, said between the place and the phrase
_PARTLY = re.compile(
    r"\b(?:largely|mostly|partly|partially|mainly|in\s+part|for\s+the\s+most\s+part)\b", re.I
)
_SAID = (" said", " says", " reported", " reports", " announced", " added", " told", " stated")
_NOUN_BEFORE = re.compile(r"(?<!\w)(?:its|their|his|her|our|the|under|of|full|total)\s+$")
_CONTROLS = re.compile(
    r"\b(?P<verb>controls?|controlled|holds?|held|occup(?:y|ies)|administers?|runs)\s+"
    r"(?P<extent>(?:large\s+|small\s+)?(?:parts?|most|much|areas|swathes|pockets|sections|"
    r"portions|half)\s+(?:of|in)\s+(?:the\s+)?|(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?"
    r"(?:part|half|side|countryside|outskirts|suburbs)\s+of\s+(?:the\s+)?|all\s+of\s+)?"
    r"(?P<kind>(?:the\s+)?(?:provinces?|governorates?|regions?|cities|towns|districts|city|town|"
    r"village|district)\s+of\s+)?"
    r"(?P<list>{n}(?:\s*,\s*(?:and\s+)?{n})*(?:\s*,?\s+and\s+{n})?)".replace("{n}", _NAME),
)
_NOT_RECOGNIZE = re.compile(
    r"\b(?:does\s+not|do\s+not|doesn't|don't|refuses\s+to|never)\s+recogni[sz]es?\b", re.I
)
_OCCUPATION = re.compile(
    r"\b(?:calls?|called|considers?|considered|regards?|regarded|describes?|described|views?|"
    r"viewed|deems?|deemed|brands?|branded|labels?|labell?ed)\s+the\s+(?:presence\s+of\s+)?"
    r"(?P<who>.{2,60}?)\s+(?:presence\s+)?(?:(?:on|in)\s+(?:its|their|Syrian|Syria['’]s)\s+(?:territory|soil|land)"
    r"\s+|in\s+(?:the\s+country|Syria)\s+)?(?:as\s+)?(?:an?\s+)?(?:illegal\s+)?"
    r"(?:occupation|occupying|occupiers|illegal)\b"
    # "the presence of US forces at al-Tanf was an occupation": the speaker disputes
    r"|\bpresence\s+of\s+(?P<who2>.{2,60}?)\s+(?:is|was|amounts?\s+to|amounted\s+to|"
    r"constitutes?|constituted)\s+(?:an?\s+)?(?:illegal\s+)?(?:occupation|occupying)\b",
    re.I,
)
_SUPPORT = re.compile(
    r"(?:support\s+of|backed\s+by|supported\s+by|aided\s+by)\s+(?:the\s+)?"
    r"(?:[\w-]+(?:\s+[\w-]+)?\s*,?\s+and\s+(?:the\s+)?)?$",  # "backed by Russian and Iranian"
    re.I,
)
#: "Jihadists led by HTS", "rebels, led by HTS,": the leader is the actor
#: "HTS-led", "Hayat Tahrir al-Sham (HTS)-led": the actor before leads the one after
_LED_ADJ = re.compile(r"(?:\s*\([\w\s-]{2,12}\))?\)?\s*-\s*led\s+(?:\w+\s+){0,2}?", re.I)
_LED_BY = re.compile(r"\s*,?\s+(?:led|headed|spearheaded)\s+by\s+(?:the\s+)?$", re.I)
_PARTIAL_WORDS = re.compile(
    r"\b(?:parts?|most|much|areas|swathes|pockets|sections|portions|half|side|countryside|"
    r"outskirts|suburbs)\b",
    re.I,
)
_SURRENDER = re.compile(r"\bsurrender", re.I)
_LIST_END = re.compile(r"[.;]|\s+(?:since|where|while|but)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:its|their|the|a|an|his|her)\s+$", re.I)
_DISPUTE_END = re.compile(r"\s+and\s+calls?\b|[;.]")
_SYRIA_FIRST = re.compile(r"\s*(?:Syria|Damascus)\b")
_THAT_LEAVE = re.compile(r"\bthat\s+(?P<who>[^.;]{2,40}?)\s+(?:to\s+)?leave\s+")
#: a capitalised name, with its lower-case particles ("Um al-Kaif", "Deir ez-Zor")
_PROPER = re.compile(
    r"[A-Z][\w'’-]+(?:[\s-]+(?:(?:al|el|ez|ed|es|ad|as|ar|az|ash|an|ul)-)?[A-Z][\w'’-]+)*"
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_REGION = re.compile(
    r"\b(?P<r>northern\s+and\s+eastern|north\s+and\s+east|(?:north|south)[-\s]?(?:east|west)(?:ern)?|"
    r"north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?)\s+Syria\b|"
    r"(?<!\bto\s)(?<!\bfrom\s)(?<!\btowards\s)"  # "pulled back to the west": a direction
    r"\bthe\s+(?P<r2>north|south|north-?east|north-?west|south-?east|south-?west|east|west)"
    r"(?:\s+of\s+(?:the\s+country|Syria)\b|(?=\s*(?:[.;,]|$)))",
    re.I,
)

# Key words each pattern needs: sentences without them are skipped (speed).
gated(_HELD_BY, "controlled by", "held by", "run by", "occupied by", "overseen by",
      "administered by", "managed by", "guarded by", "operated by", "ly by", "still by",
      "now by", "control of", "hands of", "protection of", "administration of", "authority of",
      "rule of")  # fmt: skip
gated(_UNDER_X_CONTROL, "under", "hands", "returned to", "reverted to", "back to")
gated(_BACK, "back under")
gated(
    _REGAIN,
    "wrested back",
    "won back",
    "regain",
    "retook",
    "retak",
    "recaptur",
    "took back",
    "take back",
    "seized back",
    "restored",
)
gated(_BATTLING, "battl", "fight", "fought", "clash", "vying", "vied", "struggl", "traded control",
      "trading control", "trade control", "swapped control", "swapping control",
      "exchanged control", "exchanging control")  # fmt: skip


def _first_words(alternation: str) -> set[str]:
    """Return the first word of each top-level alternative of a regex alternation."""
    words, depth, start = set(), 0, 0
    for k, ch in enumerate(alternation + "|"):
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            words.add(re.match(r"\w+", alternation[start:k]).group())  # type: ignore[union-attr]
            start = k + 1
    return words


# every facility match begins with the first word of one of the facility nouns
gated(_FACILITY_LOW, *_first_words(_FACILITY))
gated(_FACILITY_HOLD, "still", "seized", "captured", "took control", "overran")
gated(_ENTRENCHED, "entrenched", "holed", "barricaded", "dug in", "besieged", "encircled",
      "trapped", "surrounded")  # fmt: skip
gated(_CONTROLS, "control", "hold", "held", "occup", "administer", "runs")
gated(_NOT_RECOGNIZE, "recogni")
gated(_OCCUPATION, "occupation", "occupying", "occupiers", "illegal")
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
    "side",
    "half",
    "outskirts",
    "countryside",
    "suburbs",
    "territor",
)
gated(_DEPLOYED, "deployed", "deploying", "deployment", "stationed", "based", "troops")
gated(_AS_BASE, "as a base")

# ---------------------------------------------------------------- English: verb families
# These find their object place strictly (``_objects``): only descriptive words may stand
# between the verb and the place ("the strategic town of", "most of", "several villages in
# the south of"), so "captured 20 soldiers near Palmyra" or "seized weapons in Raqqa" give
# no claim.
#: a time or place adjunct between a verb's object and its agent ("driven out of Manbij in
#: August 2016 by the SDF", "captured on Tuesday by", "lost Raqqa last year to", "after weeks
#: of fighting by"): a preposition or time word and up to five words, none a conjunction, a
#: relative word, a preposition of agent or a participle that takes its own agent ("in an
#: offensive backed by the coalition" names a supporter, not who took the place)
_ADJUNCT = (
    r"(?:\s*,)?\s+(?:in|on|at|during|after|following|last|earlier|later|this|early|late|"
    r"within|over|amid|since|before|around|near|outside)\b"
    r"(?:\s+(?!(?:and|or|but|as|while|when|which|that|where|who|whose|by|to|from|backed|led|"
    r"supported|aided|helped|assisted|covered|launched|spearheaded)\b)[\w'’-]+){1,5}(?:\s*,)?"
)
_CONTROL_OF = (
    r"(?:(?:its|their|his|the)\s+)?(?P<full>(?:full|complete|total|effective|firm|overall|sole)\s+)?"
    r"control\s+(?:of|over|on)"
)
#: lost (control of) X (to Y) / withdrew, pulled out, retreated from X / were driven out of X
#: (by Y) / handed over, ceded X to Y -> lost
_LOSE = re.compile(
    rf"(?<!\w)(?:(?:lost|loses)\s+{_CONTROL_OF}"
    r"|(?P<lost>lost|loses)"
    # "withdrew from", "pulled out of", "evacuated", "abandoned": rule "withdraw" of control.yaml
    r"|(?:withdrew|withdrawn|withdraws|pulled|pulls)\s+(?:(?:its|their|all|the|most|of|remaining|"
    r"last)\s+){0,3}(?:forces|troops|fighters|units|soldiers|personnel)\s+(?:from|out\s+of)"
    r"|(?P<hand>handed\s+over|hands\s+over|handing\s+over|hand\s+over|handed|handing|ceded|cedes|"
    r"ceding|cede|relinquished|"
    r"turned\s+over)(?:\s+(?:full\s+)?control\s+(?:of|over))?"
    r"|(?P<passive>(?:was|were|been|being|are|is|got)\s+(?:(?:completely|fully|finally|eventually|"
    r"effectively|largely|now)\s+)?(?:driven|pushed|forced|chased|expelled|ousted|ejected|"
    r"evicted|flushed|routed)(?:\s+by\s+(?P<agent>[\w'’-]+(?:\s+[\w'’-]+){0,3}?))?\s+(?:back\s+)?"
    r"(?:out\s+of|from))"
    # a headline or a reduced relative: "Islamic State driven from last stronghold"
    r"|(?P<bare>(?<=[A-Za-z]\s)(?:driven|pushed|chased|expelled|ousted|ejected|evicted|flushed|"
    r"routed)\s+(?:back\s+)?(?:out\s+of|from)))\s+",
)
#: ACTOR drove / expelled / pushed WHO out of X -> ACTOR holds X, WHO lost X
_DRIVE = re.compile(
    r"(?<!\w)(?:drove|pushed|expelled|ousted|chased|forced|flushed|ejected|evicted|routed|"
    r"drives|pushes|expels|ousts|chases|flushes|ejects|evicts|routs|"  # headlines: "pushes"
    r"drive|push|expel|oust|chase|flush|eject|evict|rout)\s+"
    r"(?!by\b)(?P<who>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?:\s+\([\w\s-]{2,12}\))?"  # "(SDF)"
    r"\s+(?:back\s+)?(?:out\s+of|from)\s+",
)
_PEOPLE_AFTER = re.compile(
    r"(?:\s+(?:fighters|militants|members|forces|troops|units|jihadists|militiamen|elements|"
    r"remnants))?"
)
#: X was captured / seized / overrun / retaken / lost by Y -> Y holds (regained, lost) X
_PASSIVE = re.compile(
    r"(?<!\w)(?:was|were|been|being|is|are|got)\s+(?:(?:finally|eventually|quickly|completely|fully|"
    r"now|later|also|reportedly|briefly|swiftly)\s+)?(?P<verb>captured|seized|taken|overrun|overran|conquered|liberated|"
    r"retaken|recaptured|taken\s+back|won\s+back|lost)"
    # "was liberated from IS by the SDF": the previous holder between verb and agent
    r"(?:\s+from\s+(?P<prev>(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?))?"
    r"(?:{adjunct})?\s+by\s+(?:the\s+)?".replace("{adjunct}", _ADJUNCT),
)
#: ACTOR took (full) control of / gained, wrested, assumed, imposed control of X (acquisition,
#: group "take"), is / remains in (full) control of X, has / keeps / retains control of X
#: (state) -> holds; one pattern, so that a sentence with "control of" is read once
_IN_CONTROL = re.compile(
    r"(?<!\w)(?:(?P<take>took|takes|taken|take|seized|seizes|seize|gained|gains|gain|wrested|"
    r"wrests|assumed|assumes|secured|secures|established|establishes|imposed|imposes|impose|"
    r"extended|extends|tightened|consolidated|consolidates|consolidating|expanded|expands|"
    r"cemented|cements|claimed|claims)|(?:is|are|was|were|remains?|remained|stays?|stayed|been|be|now|still|firmly|"
    r"largely|fully)\s+in|(?<=[a-z]\s)in|has|have|had|having|maintains?|maintained|retains?|retained|keeps?|"
    rf"kept|exercises?|exercised|exerts?|exerted|enjoys?)\s+{_CONTROL_OF}\s+",
)
#: "the SDF-held town of Shaddadi", "regime-controlled Aleppo", "Kurdish-run al-Hol camp"
_HELD_ADJ = re.compile(
    r"(?<![\w-])(?P<who>[\w'’.]+)-(?:held|controlled|run|occupied|dominated|administered|governed|"
    r"ruled)\s+"
)
#: actors named by the adjective before "-held" ("regime-held", "Kurdish-held")
_ADJ_ACTOR_EN = {
    "kurdish": "SDF", "regime": "Syrian government", "loyalist": "Syrian government",
    "turkish": "Turkey/SNA", "russian": "Russia", "opposition": "rebels",
    "army": "Syrian government", "rebel": "rebels", "tribal": "Arab tribes",
    "druze": "Druze factions",
}  # fmt: skip
#: a negation a few words before "under X control" / "in X hands" ("had not yet come under
#: government control", "is no longer in rebel hands"): no claim
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer|n['’]t)\b(?:\s+\w+){0,3}\s*$", re.I)
#: ACTOR controls / holds / occupies X, where the place is not a bare name right after the
#: verb (_CONTROLS reads those): "now control the entire city of Aleppo"
_HOLD_VERB = re.compile(
    r"(?<![\w-])(?:controls?|controlled|controlling|holds?|held|holding|occup(?:y|ies|ied|ying)|"
    r"(?<=has\s)run|(?<=have\s)run|(?<=had\s)run)(?:\s+"
    r"(?!(?:by|in|on|at|inside|near|up|out|off|talks|back|of|over)\b)"
    r"|(?=,))",  # "Hasakah, which the SDF controls, ...": the object went before
)
#: "the pockets (that) they held": a relative clause, its object is the noun before it
_RELATIVE_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:and|but|or|said|says|say|that|as|while|when|where|because|if)\b)[a-z]+\s+"
    r"(?:they|it)\s+(?:still\s+|had\s+|have\s+|once\s+|previously\s+)?$"
)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)
#: the same, case-sensitive (not "IS" the group): a passive verb follows
_PASSIVE_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+|also\s+)?$")
#: X changed hands / is contested (between A and B) -> contested, partial (one claim per side)
_CONTESTED = re.compile(
    r"(?<!\w)(?:chang(?:ed|es|ing)\s+hands|(?:is|was|are|were|remains?|remained|been)\s+(?:still\s+|"
    r"hotly\s+|fiercely\s+|heavily\s+|bitterly\s+)?contested)\b",
)
_BETWEEN = re.compile(r"\b(?:between|by|among)\s+", re.I)
_ARTICLE = re.compile(r"\b(?:a|an|the)\s", re.I)
_PRONOUN = re.compile(r"(?:it|them|one\s+another|each\s+other)\b", re.I)
#: "... as A and B fought over it", "with A and B trading control": the sides of a contest
_FIGHT_CLAUSE = re.compile(
    r"(?<!\w)(?:as|with|while|amid|when|after)\s+(?P<sides>[^,;.]{3,80}?)\s+(?:(?:have|had|were|"
    r"are|kept|keep|continued\s+to|continue\s+to)\s+)?(?:fought|fight(?:s|ing)?|"
    r"battl(?:ed|es|e|ing)|clash(?:ed|es|ing)?|trad(?:ed|ing|e)\s+(?:control|blows|places)|"
    r"swapp(?:ed|ing)|exchang(?:ed|ing)\s+control|vied|vying|contest(?:ed|ing|s)?|"
    r"struggl(?:ed|es|e|ing)|wrestl(?:ed|es|e|ing))\b"
)
#: negation or a modal just before a verb: no claim ("failed to take control of")
_NOT_BEFORE = re.compile(  # read in the lower-cased sentence
    r"(?<!\w)(?:not|never|failed\s+to|unable\s+to|no\s+longer|would|could|might|may|will|"
    r"shall|should|must|(?<!forced\s)(?<!compelled\s)(?<!obliged\s)(?<!had\s)(?<!managed\s)"
    # "claimed to have captured", "appear to have fallen": a claim, hedged or not, is said
    r"(?<!claimed\s)(?<!claims\s)(?<!claim\s)(?<!appears\s)(?<!appeared\s)(?<!appear\s)"
    r"(?<!seems\s)(?<!seemed\s)(?<!reported\s)(?<!reportedly\s)(?<!said\s)(?<!believed\s)"
    r"(?<!thought\s)(?<!known\s)(?<!began\s)(?<!begun\s)(?<!started\s)(?<!continued\s)"
    r"(?<!continue\s)(?<!continues\s)to)\s+"
    r"(?:have\s+|be\s+|been\s+|yet\s+|fully\s+|completely\s+)*$"
)
#: words that may stand between a verb and the place it takes ("the strategic town of")
_LEAD_WORD = re.compile(
    # "the positions used by the gunmen in", "the checkpoints of the militia near": whose
    # posts they were, then the place they are in (first: "of" alone is a lead word too)
    r"(?:(?:(?<=positions\s)|(?<=checkpoints\s)|(?<=posts\s)|(?<=outposts\s)|(?<=headquarters\s))"
    r"(?:(?:(?:previously|formerly|once|until\s+now)\s+)?(?:used|held|manned|abandoned|vacated|"
    r"occupied|set\s+up)\s+by|of|belonging\s+to)\s+"
    r"(?:[\w'’-]+\s+){1,4}?(?=(?:in|at|near|around|on)\s)|"
    r"the|a|an|its|their|his|her|all|much|most|part|parts|large|larger|vast|small|big|"
    r"several|some|many|swathes|swaths|areas?|pockets?|sections?|portions?|half|rest|remainder|"
    r"edges?|fringes?|gates|periphery|approaches|piece|pieces|patch|patches|series|string|"
    r"handful|dozens|scores|buffer|demilitari[sz]ed|security|safe|zones?|belt|near|outside|"
    # "at least 12 positions and checkpoints in": posts of an armed side in the places
    r"at\s+least|checkpoints?|outposts|posts|barracks|"
    r"and(?=\s+(?:checkpoints|positions|outposts|posts|bases)\b)|"
    r"desert|steppe|badia|"
    r"bulk|majority|of|in|on|inside|around|about|nearly|almost|roughly|approximately|over|"
    r"third|quarter|fifth|two-thirds|three-quarters|state|official|public|administrative|"
    r"headquarters|institutions|offices|"
    r"more\s+than|less\s+than|"
    r"key|strategic|ancient|historic|northern|southern|eastern|"
    r"western|central|north|south|east|west|(?:north|south)-?(?:east|west)(?:ern)?|border|"
    r"frontier|nearby|neighbou?ring|surrounding|remaining|last|entire|whole|former|de\s+facto|"
    r"capital|stronghold|bastion|towns?|city|cities|villages?|provinces?|governorates?|regions?|"
    r"districts?|countryside|outskirts|suburbs?|neighbou?rhoods?|quarters?|bank|side|positions|"
    r"territory|territories|land|enclave|hills?|hilltops?|heights|farmland|flashpoint|jihadist|"
    r"rebel|Kurdish|Arab|Syrian|oil-rich|wings?|blocks?|dormitor(?:y|ies)|buildings?|centre|"
    r"center|old|besieged|embattled|contested|adjacent|mainly|predominantly|Kurdish-majority|"
    r"Arab-majority|[\w'’]+-(?:held|controlled|run|occupied|producing)"
    # "the oil fields of Rmelan", "the gas field near": only before the field itself
    r"|oil(?=\s+(?:and\s+gas\s+)?fields?\b)|gas(?=\s+fields?\b)"
    r"|fields?(?=\s+(?:of|in|near|around|outside)\b)"
    # "15 villages", "dozens of villages"; "the desert town of": up to two words before a
    # place noun
    r"|\d+\s*(?:percent|per\s+cent|%)\s+of"
    # a relative clause: "the last pockets (that) they held around Deir ez-Zor"
    r"|(?:that\s+|which\s+)?(?:they|it)\s+(?:still\s+|had\s+|once\s+|previously\s+)?"
    r"(?:held|controlled|occupied)\s+(?=(?:in|around|near|on|across)\b)"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|a\s+number\s+of|"
    r"a\s+string\s+of|a\s+series\s+of)\s+(?=(?:villages|towns|cities|neighbou?rhoods|districts|hills|"
    r"hilltops|positions|checkpoints|outposts|posts|farms|localities|hamlets)\b)|hamlets?"
    # "the Islamic State group's last stronghold in": an owner's stronghold
    r"|(?:[\w-]+\s+){0,3}?[\w-]+['’]s?\s+(?:(?:last|main|remaining|final|key|major)\s+)*"
    r"(?=(?:stronghold|strongholds|bastion|holdout|enclave)\b)"
    r"|(?:[a-z][\w'’-]*\s+){1,2}(?=(?:towns?|city|cities|villages?|provinces?|regions?|districts?|"
    r"neighbou?rhoods?|enclave|stronghold|bastion|hometown|birthplace)\b)"
    r"|hometown|birthplace|including"  # "swathes of territory, including the city of X"
    r"|following(?=\s+(?:towns|villages|areas|positions|neighbou?rhoods|districts|localities)\s*:)"
    r")\b(?!-)[\s,]*(?<=s)?:?\s*",  # "rebel-held": one word; "the following villages: A, B"
    re.I,
)
#: lead words saying the object is a place ("the town of X") or a part of one ("most of X")
_PLACE_NOUNS = re.compile(
    r"\b(?:towns?|city|cities|villages?|provinces?|governorates?|regions?|districts?|enclave|"
    r"neighbou?rhoods?|quarters?|stronghold|capital|bastion|hometown|birthplace|areas)\b",
    re.I,
)
#: "the towns of A, B and C": every name of the list is a place, known to the gazetteer or not
_PLURAL_PLACE_OF = re.compile(r"\b(?:towns|cities|villages|areas|neighbou?rhoods)\s+of\s+$", re.I)
_PARTIAL_LEAD = re.compile(
    r"\b(?:parts?|most|much|areas?|swathes|swaths|pockets?|sections?|portions?|half|several|some|"
    r"third|quarter|fifth|two-thirds|three-quarters|buildings|headquarters|institutions|offices|"
    r"edges?|fringes?|gates|periphery|approaches|pieces?|patch(?:es)?|villages|neighbou?rhoods|districts|outskirts|suburbs?|countryside|bank|side|territory|"
    r"positions|checkpoints|outposts|posts|wings?|blocks?|dormitor(?:y|ies)|bulk|majority|old|"
    r"centre|center|villages|hamlets|"
    r"towns|hills|hilltops|farms|localities|percent|per\s+cent|%|zones?|belt|near|outside|"
    r"(?:(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern)?\s+of)\b",
    re.I,
)
#: "a military base near Hama", "the airport outside Qamishli": a facility named by its town
_FACILITY_OF = re.compile(
    rf"(?:a|an|the)\s+(?:(?:military|main|key|strategic|large|small|former|central|old|new|"
    rf"international)\s+)?"
    rf"(?P<noun>{_FACILITY})\s+(?:near|in|outside|at|of|north\s+of|south\s+of|east\s+of|"
    rf"west\s+of)\s+(?:the\s+(?:town|city|village)\s+of\s+)?",
    re.I,
)
#: "the entire area of X", "the whole of X": the place whole
_WHOLE_LEAD = re.compile(r"(?:the\s+)?(?:entire|whole)\s+(?:area\s+|region\s+)?(?:of\s+)?", re.I)
#: "the two towns of A and B": places named one by one, each whole
_NAMED_LIST_LEAD = re.compile(
    r"\b(?:(?:the|two|three|four|five|six|\d+)\s+)+(?:towns|cities|villages|districts|"
    r"neighbou?rhoods)\s+of\s+$",
    re.I,
)
#: "Deir ez-Zor province east of the Euphrates": a province cut by a river or line, partial
_CUT_AFTER = re.compile(r"\s+(?:province\s+|governorate\s+)?(?:east|west|north|south)\s+of\s+the\b")
#: "Hama's military airport", "the city's airport": the facility of the place just named
_OWN_FACILITY = re.compile(
    rf"['’]s\s+(?:(?:military|main|international|civil|civilian|old|new|central)\s+)?"
    rf"(?P<noun>{_FACILITY})\b"
)
#: "Aleppo's eastern districts", "Raqqa's outskirts": a part of the place just named
_PART_AFTER = re.compile(
    r"['’]s\s+(?:(?:(?:north|south)-?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|east(?:ern)?|"
    r"west(?:ern)?|old|rural|central|outer)\s+)?(?:districts|neighbou?rhoods|quarters|outskirts|"
    r"countryside|suburbs|parts?|half|side|bank|cent(?:re|er)|(?:town|city)\s+cent(?:re|er)|"
    r"old\s+city|periphery|edges?)\b"
)
#: an area the verb takes as object, named by the places it lies between or around ("a
#: 120-kilometre strip between", "a 30-km-deep zone along the border from", "a swathe of land
#: around"); read by _area_objects
_AREA = re.compile(
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:(?P<band>strip|zone|swathe|swath|belt|stretch|corridor|"
    r"band|tract)|pocket|area|enclave|triangle|salient)"
    r"(?:\s+of\s+(?:land|territory))?"
    r"(?:\s+(?:along|on|near)\s+(?:the\s+)?(?:Turkish\s+|Syrian\s+|Iraqi\s+|Jordanian\s+)?"
    r"(?:border|frontier|river|Euphrates))?"
    r"\s+(?:(?:stretching|running|extending|reaching)\s+)?(?P<prep>between|from|around)\s+",
    re.I,
)
_AREA_END = re.compile(
    r"\s+(?:and|(?P<to>to|up\s+to|as\s+far\s+as))\s+(?:the\s+(?:towns?|city|village)\s+of\s+)?"
)
_LIST_NEXT = re.compile(
    # "Afrin city and", "Ras al-Ain (Serekaniye) and"
    r"(?:\s+(?:city|town|village))?(?:\s*\([^()]{1,40}\))?"
    r"(?:\s+(?:in|on)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?))?"  # "Raqqa in 2017 and Baghouz"
    r"(?:\s*,?\s+(?:as\s+well\s+as|in\s+addition\s+to|along\s+with)\s+|\s*,\s*(?:and\s+)?|\s+and\s+)"
    # "and the town of", "in Idlib and neighbouring Aleppo province", "and the nearby village of"
    r"(?:the\s+(?=(?:(?:nearby|neighbou?ring|adjacent)\s+)?(?:towns?|cities|city|villages?)\s+of\b)"
    r"(?:(?:neighbou?ring|nearby|adjacent)\s+)?(?:towns?|cities|city|villages?)\s+of\s+"
    r"|(?:neighbou?ring|nearby|adjacent)\s+(?=[A-Z]))?"
)
#: a place noun with no name, then the region it is in ("a town in northeast Syria")
_UNNAMED_IN = re.compile(
    r"\b(?:town|village|city|base|airport|dam|field|prison|camp|hamlet|outpost)\s+in\s+(?:the\s+)?$",
    re.I,
)
#: the article before a named site in a list ("and the nearby Qara Qozak bridge")
_NEXT_SITE = re.compile(r"the\s+(?:nearby\s+|adjacent\s+|strategic\s+|key\s+)?(?=[A-Z0-9])")
_FACILITY_AFTER = re.compile(
    rf"\s+(?:(?:military|main|central|international|civil|civilian|old|new)\s+)?(?:{_FACILITY})\b",
    re.I,
)
#: a place's locator between commas ("Dadat, northwest of Manbij, from the YPG"; "X, 20 km
#: south of Y,"; "X, near Y,"): it parts the object from its "from" or "to"
_LOCATOR_APPO = (
    r"\s*,\s*(?:(?:about|some|around|roughly)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)"
    r"\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west|near|outside)\s+(?:of\s+)?"
    r"(?:the\s+)?[A-Z][^,;.()\"“”]{1,40},"
)
#: a noun phrase in apposition between commas ("the al-Omar field, the largest in the country,
#: to the government"): it parts the object from its "to"
_NP_APPO = r"\s*,\s*(?:the|a|an|its|one\s+of)\s+[^,;()\"“”]{1,60},"
_TO_ACTOR = re.compile(
    rf"(?:{_LOCATOR_APPO}|{_NP_APPO})?(?:{_ADJUNCT})?(?:\s+(?:back|over))?\s+to\s+(?:the\s+)?"
)
_FROM_ACTOR = re.compile(
    rf"(?:{_LOCATOR_APPO})?(?:(?:\s+[\w-]+){{0,3}}?|{_ADJUNCT})\s+from\s+(?:the\s+|an?\s+)?"
    r"(?:(?:rival|other|remaining|retreating)\s+)?"
)
_BY_ACTOR = re.compile(rf"(?:(?:\s+[\w-]+){{0,2}}?|{_ADJUNCT})\s+by\s+(?:the\s+)?")
#: an article about the Kurds' own security forces ("Asayish", "Kurdish security forces", "SDF")
_KURDISH_SECURITY = re.compile(
    r"\bAsayi?sh\b|\bKurdish\b|\bSDF\b|Syrian Democratic Forces|\bAANES\b"
)
#: the command of the offensive that toppled the former government (the new state's army)
_NEW_RULERS = re.compile(
    r"\bmilitary\s+operations\b|\boperations\s+command\b|\bdeterrence\s+of\s+aggression\b", re.I
)
#: Turkey named as the backer right before a rebel alias ("Turkey-backed Syrian rebels")
_TURKEY_BACKED = re.compile(r"\b(?:Turkish|Turkey|Ankara)-(?:backed|supported|sponsored)\s+$", re.I)
#: "by the US-backed SDF": a backer named before the actor (an alias may hold it or not)
_BACKED = re.compile(r"[\w-]+-(?:backed|led|allied|supported)\s+")
#: what may stand between a place and its verb ("Raqqa, the IS capital, finally fell to")
_SUBJECT_GAP = re.compile(
    r"(?:\s*\([^()]{1,40}\))?"  # another name of the place: "Ras al-Ain (Serekaniye)"
    r"(?:\s*,[^,;]{1,80},)?(?:\s*,\s*(?:which|that)\b|\s*,)?"
    r"(?:\s+(?:province|city|town|village|centre|center|has|had|have|was|were|is|are|"
    r"itself|also|already|finally|eventually|quickly|soon|then|later|now|once|again|"
    rf"effectively|(?:{_FACILITY})))*\s*$",
    re.I,
)
#: "a Kurdish base", "Syrian positions": adjectives, not names of places
_DEMONYMS = frozenset({
    "kurdish", "syrian", "turkish", "russian", "american", "iranian", "iraqi", "arab", "israeli",
    "french", "british", "jordanian", "lebanese", "islamist", "jihadist", "rebel", "government",
    "regime", "army", "military",
})  # fmt: skip
_MONTHS_DAYS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
})  # fmt: skip
#: "our forces" as the subject of the verb that follows
_OWN_SUBJECT = re.compile(
    r"\b(?:our|its|their)\s+(?:own\s+)?(?:forces|fighters|troops|units)\s+(?:have\s+|had\s+)?"
    r"(?:\w+ly\s+)?$",
    re.I,
)
#: what may follow "the town", "the prison" when they stand for a place named before
_ANAPHOR_END = re.compile(
    r"\s*(?:[,.;:)\"“”]|$)|\s+(?:on|in|at|after|before|since|from|by|and|last|this|early|late|for|"
    r"during|within|under|with|when|as|amid|following|itself|overnight|yesterday|today|"
    r"again|completely|entirely|fully|over\s+to|back\s+to|to|towards?|ahead\s+of|without|"
    r"shortly|soon)\b"
    r"|\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?)\s+(?:later|after)\b"  # "two days later"
    # "the city's airport", "the town's centre": a part of the place named before
    r"|['’]s\s+(?:[\w-]+\s+){0,2}?(?:airport|airbase|air\s+base|centre|center|outskirts|prison|"
    r"citadel|countryside|neighbou?rhoods|districts|quarters|entrances?|gates|suburbs|old\s+city|"
    r"main\s+square|security\s+square|military\s+academy|police\s+station|government\s+buildings)\b"
)
#: a partner named by its tie to the actor before it: "allied Syrian factions", "its
#: (Syrian) proxies / allies / backers / partners"
_ALLY = (
    r"(?:(?:allied|affiliated|proxy|loyal|loyalist|local)\b"
    r"|(?:(?:their|its)\s+)(?:[\w-]+\s+){0,2}?(?:allies|proxies|partners|backers|affiliates|"
    r"auxiliaries|surrogates|allied\s+(?:factions|forces|militias|groups|fighters))\b)"
)
#: the first of two coordinated actors stands for both when the second is its ally
#: ("Turkish forces and allied Syrian factions", "the army and its allies", "Turkey and its
#: Syrian proxies")
_ALLY_GAP = re.compile(
    r"(?:['’]s\s+\w+)?\s*,?\s*(?:and|with|alongside|along\s+with|together\s+with)\s+"
    r"(?:(?:their|its)\s+(?=allied|affiliated|proxy|loyal|loyalist|local))?" + _ALLY + r"\s*,?\s*",
    re.I,
)
_THEIR_GAP = re.compile(r"\s*,?\s*(?:and|with|alongside)\s+(?:their|its)\s+(?:[\w-]+\s+)?", re.I)
_ALLY_AFTER = re.compile(r"\s+(?:allies|proxies|partners|auxiliaries|affiliates|surrogates)\b")
#: "A have neutralised 15 terrorists and taken control of X": the actor before "and" is the
#: object of the verb before it, not the subject of the one after (see _subject)
_AND_GAP = re.compile(r"\s*,?\s+and\s+(?:then\s+|later\s+|also\s+)?(?:have\s+|has\s+|had\s+)?")
_VERB_BEFORE = re.compile(  # read in the lower-cased sentence
    r"(?<![\w-])[a-z]+(?:ed|ised|ized)\s+(?:(?:the|some|about|around|at\s+least|more\s+than|"
    r"nearly|over|\d[\d,]*|dozens\s+of|scores\s+of|several|many|a\s+number\s+of)\s+)*$"
)
#: adverbs and an allied partner between a subject and its verb do not make it far
_FAR_SKIP = re.compile(
    r"\b(?:now|still|currently|already|effectively|largely|also|jointly|together|firmly|fully|"
    r"have|has|had)\b|\s*,?\s+(?:and|with|alongside|along\s+with|together\s+with)\s+"
    r"(?:(?:(?:their|its)\s+)?(?:allied|affiliated|proxy|loyal|local)(?:\s+[\w-]+){1,3}|"
    + _ALLY
    + r")(?:\s*,)?",
    re.I,
)

gated(_LOSE, "lost", "loses", "withdr", "pulled", "pulls",
      "driven", "pushed", "forced", "chased", "expelled", "ousted", "ejected", "evicted",
      "flushed", "routed", "handed", "hands over", "hand over", "handing", "ceded", "cedes",
      "ceding", "cede", "relinquished",
      "turned over")  # fmt: skip
gated(_DRIVE, "drove", "pushed", "expelled", "ousted", "chased", "forced", "flushed", "ejected",
      "evicted", "routed", "drive", "push", "expel", "oust", "chase", "flush", "eject", "evict",
      "rout")  # fmt: skip
gated(_PASSIVE, "captured", "seized", "taken", "overrun", "overran", "conquered", "liberated",
      "won back", "lost")  # fmt: skip
gated(_IN_CONTROL, "control of", "control over", "control on")
gated(_HELD_ADJ, "-held", "-controlled", "-run", "-occupied", "-dominated", "-administered",
      "-governed", "-ruled")  # fmt: skip
gated(_CONTESTED, "hands", "contested")
gated(_HOLD_VERB, "control", "hold", "held", "occup", "has run", "have run", "had run")
_PLACE_AFTER = re.compile(
    r"\b(?:in|at|near)\s+(?:the\s+)?(?:Syrian\s+)?(?:city|town|village|province)?\s*(?:of\s+)?"
)

# ---------------------------------------------------------------- French
# Run on French articles only (``Article.language == "fr"``), each handler only on sentences
# holding one of its key words (``_HANDLERS_FR``): English articles never pay for them.
_DE = r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"  # "de la", "du", "d'" ...
_FACILITY_FR = (
    r"prison|centre\s+de\s+détention|établissement(?:\s+pénitentiaire)?|pénitencier|camp|"
    r"base\s+aérienne|base|aéroport|barrage|champ\s+pétrolier|gisement|poste\s+de\s+contrôle|"
    r"complexe|bâtiment|école"
)
#: French facility nouns as the English ones the gazetteer and claim names use.
_NOUN_EN = {
    "centre de détention": "detention centre", "établissement": "establishment",
    "établissement pénitentiaire": "penitentiary", "pénitencier": "penitentiary",
    "aéroport": "airport", "base aérienne": "air base", "barrage": "dam",
    "champ pétrolier": "oil field", "gisement": "field", "poste de contrôle": "checkpoint",
    "complexe": "compound", "bâtiment": "building", "école": "school",
}  # fmt: skip
_FACILITY_RE_FR = re.compile(rf"\b(?:{_FACILITY_FR})\b", re.I)
_FACILITY_LOW_FR = re.compile(rf"\b(?:{_FACILITY_FR})\b")
#: "la prison", "cette zone" (but not "la prison de Ghwayran": a name follows)
_ANAPHOR_FR = re.compile(
    rf"(?:[Ll]a|[Ll]e|[Cc]ette|[Cc]e|[Ss]a|[Ll]eur|[Ll]['’])\s*(?:(?:{_FACILITY_FR})|zone|site|"
    rf"ville|localité|quartier|secteur)\b(?!\s+(?:de|du|d['’])\s*[A-ZÉ])"
)
_NAMED_FACILITY_FR = re.compile(
    rf"\b(?P<noun>{_FACILITY_FR})\s+(?:de\s+|d['’]|du\s+)?(?P<name>(?:al-|el-|Al-)?[A-ZÉ][\w'’-]+)"
)
_MOST_OF_FR = re.compile(
    r"\b(?:la\s+(?:majeure|plus\s+grande)\s+partie|une\s+(?:grande\s+|petite\s+)?partie|"
    r"la\s+plupart|l['’]essentiel|des\s+pans|des\s+quartiers|certains\s+quartiers|la\s+moitié)"
    r"\s+(?:de\s+la\s+ville\s+)?(?:de\s+|d['’]|du\s+|des\s+)$",
    re.I,
)
#: "Hassaké est en grande partie contrôlée par": partial, said between the place and the verb.
_PARTLY_FR = re.compile(
    r"\b(?:en\s+(?:grande|majeure)\s+partie|en\s+partie|partiellement|majoritairement|"
    r"essentiellement|pour\s+l['’]essentiel)\b",
    re.I,
)
_HELD_BY_FR = re.compile(
    r"\b(?:contrôlée?s?|tenue?s?|administrée?s?|gérée?s?|gardée?s?|dirigée?s?|occupée?s?)\s+par\b|"
    rf"\bsous\s+(?:le\s+)?contrôle\s+(?:total\s+|exclusif\s+)?{_DE}|\baux\s+mains\s+{_DE}",
    re.I,
)
_UNDER_X_CONTROL_FR = re.compile(
    r"\bsous\s+(?:un\s+)?contrôle\s+(?P<who>kurde|turc|gouvernemental|russe|américain)\b", re.I
)
#: "sous contrôle kurde": adjectives that name the actor.
_ADJ_ACTOR_FR = {
    "kurde": "SDF", "turc": "Turkey/SNA", "gouvernemental": "Syrian government",
    "russe": "Russia", "américain": "US-led coalition",
}  # fmt: skip
_BACK_FR = re.compile(
    r"\b(?:de\s+nouveau|à\s+nouveau|repassée?s?|revenue?s?|retombée?s?)\s+sous\s+"
    r"(?:le\s+|leur\s+|son\s+)?contrôle(?:\s+(?:total|complet|entier))?"
    rf"(?:\s+(?:{_DE}\s*(?P<who>[^,.;]{{2,40}}?)|(?P<adj>kurde|turc|gouvernemental)))?"
    r"(?=\s*[,.;]|\s+(?:et|mais|depuis|selon)\b|$)",
    re.I,
)
_REGAIN_FR = re.compile(
    r"\b(?i:(?P<verb>repris|reprend|reprennent|reprendre|reprenant|regagné|regagner|regagnent|"
    r"regagne|regagnant|rétabli|rétablir|rétablissent|rétablissant|reconquis|reconquérir|"
    r"reconquièrent|reconquérant|récupéré|récupérer|récupèrent|récupérant)(?:\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|enfin|"
    r"finalement|totalement|entièrement|progressivement|déjà))?\s+(?:(?P<full>(?:le\s+|leur\s+|son\s+)?(?:plein\s+|entier\s+)?contrôle\s+"
    r"(?:total\s+|complet\s+|entier\s+|intégral\s+)?(?:sur\s+)?)" + _DE + r"|"
    r"(?P<ground>du\s+terrain)\b|"
    r"(?:la|le|les|l['’])\s*(?=(?:" + _FACILITY_FR + r"|ville|localité|village|quartier)\b)|"
    r"(?:la|le|les|l['’])\s*(?=[A-ZÉ])|"
    r"(?=[A-ZÉ][a-zé])))"  # "ont repris Palmyre aux jihadistes"
)
_ATTEMPT_FR = re.compile(
    r"\b(?:tent\w*|cherch\w*|effor\w*|tentative|poursui\w*|continu\w*|lutt\w*|bataill\w*|"
    r"travaill\w*|visant|pour|afin\s+de|essay\w*)\b[^.]{0,30}$",
    re.I,
)
_EXTENT_WORDS_FR = re.compile(
    r"\b(?:partie|parties|pans?|quartiers?|secteurs?|ailes?|bâtiments?|dortoirs?|blocs?|"
    r"positions|zones?|plusieurs|certain\w*|plupart|majeure|moitié)\b",
    re.I,
)
_ENTRENCHED_FR = re.compile(
    r"\b(?:retranchée?s?|barricadée?s?|terrée?s?|réfugiée?s?)\b"
    r"(?:\s+(?:dans|à\s+l['’]intérieur\s+d[eu]|à)\s+)?",
    re.I,
)
_SURRENDER_FR = re.compile(r"\b(?:rendus|rendues|rendre|reddition)\b", re.I)
_ZONE_FR = re.compile(
    r"\b(?P<y>y\s+)?(?:conserve(?:nt)?|garde(?:nt)?|maintien(?:nen)?t|contrôle(?:nt)?|tien(?:nen)?t|"
    r"dispose(?:nt)?\s+d['’]|occupe(?:nt)?|possède(?:nt)?)\s+(?:encore\s+|toujours\s+)?"
    r"(?:(?:qu['’])?(?:un|une|des|le|la|les|quelques)\s+)?(?:(?:petite?s?|étroite?s?|vaste)\s+)?"
    r"(?:périmètres?|zones?|secteurs?|poches?|enclaves?|quartiers?|positions|bandes?|réduits?|"
    r"îlots?)\b",
    re.I,
)
_DEPLOYED_FR = re.compile(
    r"\b(?:déployée?s?|stationnée?s?|basée?s?|positionnée?s?|(?:dispose(?:nt)?|maintien(?:nen)?t|a|"
    r"ont)\b[^.;]{0,40}?\btroupes|(?:dispose(?:nt)?|possède(?:nt)?|a|ont)\s+(?:d['’]une|une|des|"
    r"de)\s+bases?)[^.;]{0,25}?\b(?:à|dans|autour\s+de|près\s+de|"
    r"aux\s+abords\s+de|en)\s+",
    re.I,
)
_AS_BASE_FR = re.compile(r"\butilise(?:nt)?\s+(?P<what>[^,.;]{3,50}?)\s+comme\s+base\b", re.I)
_LIST_END_FR = re.compile(r"[.;]|\s+(?:depuis|où|tandis|mais)\b")
_BATTLING_FR = re.compile(
    r"\b(?:(?:se\s+(?:battent|sont\s+battus|battaient)|combatt\w*|lutt\w*|s['’]affront\w*|"
    rf"bataille|combats?|affrontements)\s+pour\s+(?:le\s+contrôle\s+{_DE})?|"
    rf"se\s+disput\w*\s+(?:le\s+contrôle\s+{_DE})?)",
    re.I,
)
_FACILITY_HOLD_FR = re.compile(
    r"\b(?P<verb>(?:contrôl\w+|tien(?:nen)?t|ten(?:aient|ait)|occup\w+)\s+(?:toujours|encore)|"
    r"(?:se\s+sont|s['’]est|s['’]étaient)\s+emparée?s?|(?:ont|a|avaient|avait)\s+pris\s+le\s+"
    r"contrôle)\s+(?P<extent>(?:d['’]une\s+|de\s+)?(?:(?:une\s+|la\s+majeure\s+)?partie|"
    rf"plusieurs\s+\w+|certain\w*\s+\w+|une\s+aile|l['’]une\s+des\s+ailes)\s+{_DE})?"
    rf"(?:{_DE}|la\s+|le\s+|l['’])?(?=(?:{_FACILITY_FR})\b)",
    re.I,
)
_OWN_FORCES_FR = re.compile(
    r"\b(?:nos|ses|leurs)\s+(?:propres\s+)?(?:forces|combattants|troupes|unités)\b", re.I
)
_NAME_FR = (
    r"[A-ZÉ][\w'’-]*(?:[\s-]+(?:(?:al|el|ez|ed|es|ad|as|ar|az|ash|an|ul)[\s-]+)?[A-ZÉ][\w'’-]*)*"
)
_CONTROLS_FR = re.compile(
    r"(?<!le\s)(?<!du\s)\b(?P<verb>contrôle(?:nt)?|contrôlai(?:en)?t|tien(?:nen)?t|tenai(?:en)?t|"
    r"occupe(?:nt)?|administre(?:nt)?)\s+(?:(?:déjà|toujours|encore)\s+)?"
    r"(?P<extent>(?:une\s+(?:grande\s+|petite\s+)?partie|la\s+(?:majeure|plus\s+grande)\s+partie|"
    rf"de\s+larges\s+pans|des\s+pans|des\s+parties|la\s+moitié|la\s+plupart)\s+{_DE})?"
    r"(?P<kind>(?:la\s+|les\s+)?(?:provinces?|gouvernorats?|régions?|villes|localités)\s+"
    r"(?:de\s+|d['’]|du\s+)?)?"
    r"(?:(?P<region>(?:le\s+|la\s+|l['’])?(?:nord-est|nord-ouest|sud-est|sud-ouest|nord|sud|est|"
    r"ouest)\s+(?:de\s+la\s+Syrie|syrien|du\s+pays))|"
    r"(?P<list>{n}(?:\s*,\s*(?:et\s+)?(?:de\s+|d['’])?{n})*(?:\s*,?\s+et\s+(?:de\s+|d['’])?{n})?))".replace(
        "{n}", _NAME_FR
    )
)
_LIST_SPLIT_FR = re.compile(r"\s*,\s*(?:et\s+)?(?:de\s+|d['’])?|\s+et\s+(?:de\s+|d['’])?")
_FACILITY_BEFORE_FR = re.compile(rf"\b(?P<noun>{_FACILITY_FR})\s+(?:de\s+|d['’]|du\s+)$", re.I)
_APPOSITION_FR = re.compile(r",[^,]*,")
_LEAD_PLACE_FR = re.compile(rf"(?:À|A|Dans|En)\s+(?P<name>{_NAME_FR})\s*,")
_ELIDED_DE = re.compile(r"^(?:de\s+|d['’]|du\s+|la\s+|l['’])")
_PARTIAL_WORDS_FR = re.compile(r"\b(?:partie|parties|pans|moitié|plupart)\b", re.I)
_SEIZED_FR = re.compile(
    rf"\b(?P<verb>(?:se\s+sont|s['’]est|s['’]étaient|s['’]être)\s+emparée?s?\s+{_DE}|"
    rf"(?:ont|a|avaient|avait)\s+pris\s+le\s+contrôle\s+(?:total\s+)?{_DE}|"
    r"(?:ont|a)\s+(?:conquis|capturé|investi)|"
    # "ont pris Alep", "a pris la ville de Hama": taken, not "pris part" nor "pris en charge"
    r"(?:ont|a|avaient|avait)\s+pris\s+(?=(?-i:[A-ZÉ])|(?:la|le)\s+(?:ville|village|localité|quartier|"
    r"contrôle)\b))\s*(?:la\s+|le\s+|les\s+|l['’])?",
    re.I,
)
_LOST_FR = re.compile(
    rf"\b(?:perdu\s+le\s+contrôle\s+{_DE}|(?:se\s+sont|s['’]est)\s+(?:(?:complètement|totalement|"
    r"entièrement|finalement|déjà|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)*"
    rf"retirée?s?\s+(?:(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?{_DE}|"
    rf"se\s+retire(?:nt)?\s+{_DE}|(?:ont|a|avaient|avait)\s+(?:\w+ment\s+)?quitté\s+|"
    rf"(?:ont|a)\s+été\s+chassée?s?\s+{_DE}|perdu\s+(?:leurs|ses)\s+(?:dernières\s+)?positions\s+"
    r"(?:à|dans)\s+|(?:ont|a)\s+évacué\s+)(?:la\s+|le\s+|les\s+|l['’])?",
    re.I,
)
_DETERMINER_BEFORE_FR = re.compile(r"\b(?:ses|leurs|sa|son|les|des)\s+$", re.I)
_NOT_RECOGNIZE_FR = re.compile(
    r"\b(?:ne\s+reconna[iî](?:t|ssent|tra)\s+pas|refuse(?:nt)?\s+de\s+reconna[iî]tre|"
    r"n['’](?:a|ont)\s+jamais\s+reconnu)\b",
    re.I,
)
_DISPUTE_END_FR = re.compile(r"\s+et\s+(?:qualifie|appelle|juge)\w*\b|[;.]")
_OCCUPATION_FR = re.compile(
    rf"\b(?:qualifi\w*|consid[eè]r\w*|dénonc\w*)\s+(?:la\s+présence\s+{_DE})?(?P<who>.{{2,60}}?)"
    r"\s+(?:comme\s+)?(?:une\s+)?(?:d['’]|de\s+)?(?:occupation|occupante|illégale)\b",
    re.I,
)
_ILLEGAL_PRESENCE_FR = re.compile(
    rf"\bprésence\s+illégale\s+{_DE}(?P<who>[^,.;]{{2,50}}?)"
    r"(?:\s+(?:en|dans|à|sur)\s+(?P<where>[^,.;]{2,40}))?(?=\s*[,.;]|$)",
    re.I,
)
_LEAVE_FR = re.compile(
    r"\b(?:exig\w*|réclam\w*|demand\w*|appel\w*)\b[^.;]{0,30}?\b(?:le\s+)?(?:retrait|départ)\s+"
    rf"{_DE}(?P<who>[^.;]{{2,40}}?)\s+(?=(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*(?:[A-ZÉ]|"
    r"nord|sud|est|ouest|territoire|pays))(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])",
)
_THAT_LEAVE_FR = re.compile(
    rf"\b(?:celui|ceux|le\s+retrait|le\s+départ)\s+{_DE}(?P<who>[^.;]{{2,40}}?)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
)
_SYRIA_FIRST_FR = re.compile(r"\s*(?:La\s+Syrie|Damas)\b")
_SUPPORT_FR = re.compile(
    rf"(?:soutien\s+{_DE}|appuyée?s?\s+par|soutenue?s?\s+par|menée?s?\s+par|aidée?s?\s+par|"
    rf"avec\s+l['’]appui\s+{_DE})\s*(?:la\s+|le\s+|les\s+|l['’])?$",
    re.I,
)
_REGION_FR = re.compile(
    r"(?P<loc>\b(?:dans|à|au|vers)\s+)?(?:\b(?:le|la)\s+|\bl['’]|\bdu\s+)?"
    r"(?P<r>nord-est|nord-ouest|sud-est|sud-ouest|nord\s+et\s+(?:de\s+)?l['’]est|nord|sud|est|"
    r"ouest)\s+(?:de\s+la\s+Syrie|syrien|du\s+pays)\b"
)
_BACK_BEFORE_FR = re.compile(r"\b(?:nouveau|repass\w*|revenu\w*|retomb\w*)\s+$", re.I)
_REGION_EN = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}
_PLACE_AFTER_FR = re.compile(
    r"\b(?:à|dans|près\s+de)\s+(?:la\s+)?(?:ville|localité|village|province)?\s*(?:de\s+|d['’])?"
)


def _region_name(m: re.Match[str]) -> str:
    """Canonical region name: "northern and eastern Syria" -> "north-east Syria"."""
    if "r2" not in m.re.groupindex:  # French: "le nord-est de la Syrie"
        words = re.findall(r"nord|sud|est|ouest", m["r"].lower())
        return "-".join(_REGION_EN[w] for w in words) + " Syria"
    r = (m["r"] or m["r2"] or "").lower()
    r = re.sub(r"ern\b", "", r.replace("northern and eastern", "north-east"))
    r = r.replace("north and east", "north-east").replace(" ", "-")
    r = re.sub(r"^(north|south)-?(east|west)$", r"\1-\2", r)
    return f"{r} Syria"


class _Lang(NamedTuple):
    """The patterns control claims are read with, in one language (same named groups)."""

    facility: re.Pattern[str]
    facility_low: re.Pattern[str]  # for lower-cased text
    anaphor: re.Pattern[str]
    named_facility: re.Pattern[str]
    most_of: re.Pattern[str]
    partly: re.Pattern[str] | None
    held_by: re.Pattern[str]
    under_x: re.Pattern[str]
    back: re.Pattern[str]
    regain: re.Pattern[str]
    attempt: re.Pattern[str]
    gerund: str
    extent_words: re.Pattern[str]
    entrenched: re.Pattern[str]
    entrenched_in: tuple[str, ...]  # the phrase ends with these when a place follows
    where: str
    surrender: re.Pattern[str]
    zone: re.Pattern[str]
    deployed: re.Pattern[str]
    as_base: re.Pattern[str]
    list_end: re.Pattern[str]
    battling: re.Pattern[str]
    facility_hold: re.Pattern[str]
    own_forces: re.Pattern[str]
    controls: re.Pattern[str]
    list_split: re.Pattern[str]
    partial_words: re.Pattern[str]
    seized: re.Pattern[str]
    lost: re.Pattern[str]
    determiner_before: re.Pattern[str]
    not_recognize: re.Pattern[str]
    dispute_end: re.Pattern[str]
    occupation: re.Pattern[str]
    illegal_presence: re.Pattern[str]
    leave: re.Pattern[str]
    that_leave: re.Pattern[str]
    syria_first: re.Pattern[str]
    support: re.Pattern[str]
    region: re.Pattern[str]
    clause_words: tuple[str, ...]
    place_after: re.Pattern[str]
    country: tuple[str, ...]  # "the country": Syria


#: English acquisitions are the rules of ``corpus/rules/control.yaml`` (not ``_seized_lost``)
_NEVER = re.compile(r"(?!)")
_EN = _Lang(
    _FACILITY_RE, _FACILITY_LOW, _ANAPHOR, _NAMED_FACILITY, _MOST_OF, _PARTLY, _HELD_BY,
    _UNDER_X_CONTROL, _BACK, _REGAIN, _ATTEMPT, "ing", _EXTENT_WORDS, _ENTRENCHED,
    ("in", "inside", "at"), "where", _SURRENDER, _ZONE, _DEPLOYED, _AS_BASE, _LIST_END,
    _BATTLING, _FACILITY_HOLD, _OWN_FORCES, _CONTROLS, _LIST_SPLIT, _PARTIAL_WORDS, _NEVER,
    _LOSE, _DETERMINER_BEFORE, _NOT_RECOGNIZE, _DISPUTE_END, _OCCUPATION, _ILLEGAL_PRESENCE,
    _LEAVE, _THAT_LEAVE, _SYRIA_FIRST, _SUPPORT, _REGION, (" where ", " while ", ";", " whereas "),
    _PLACE_AFTER, ("the country", "country"),
)  # fmt: skip
#: The English set for articles ``re`` reads alike with ``re.ASCII`` (Context.plain).
_EN_A = _Lang._make(twin_of(p) if isinstance(p, re.Pattern) else p for p in _EN)
_FR = _Lang(
    _FACILITY_RE_FR, _FACILITY_LOW_FR, _ANAPHOR_FR, _NAMED_FACILITY_FR, _MOST_OF_FR, _PARTLY_FR,
    _HELD_BY_FR, _UNDER_X_CONTROL_FR, _BACK_FR, _REGAIN_FR, _ATTEMPT_FR, "ant", _EXTENT_WORDS_FR,
    _ENTRENCHED_FR, ("dans", "de", "du", "à"), " où ", _SURRENDER_FR, _ZONE_FR, _DEPLOYED_FR,
    _AS_BASE_FR, _LIST_END_FR, _BATTLING_FR, _FACILITY_HOLD_FR, _OWN_FORCES_FR, _CONTROLS_FR,
    _LIST_SPLIT_FR, _PARTIAL_WORDS_FR, _SEIZED_FR, _LOST_FR, _DETERMINER_BEFORE_FR,
    _NOT_RECOGNIZE_FR, _DISPUTE_END_FR, _OCCUPATION_FR, _ILLEGAL_PRESENCE_FR, _LEAVE_FR,
    _THAT_LEAVE_FR, _SYRIA_FIRST_FR, _SUPPORT_FR, _REGION_FR,
    (" où ", " tandis que ", ";", " alors que ", " mais "), _PLACE_AFTER_FR, ("le pays", "pays"),
)  # fmt: skip


#: the bare nouns IS is known by, which other sides are called too ("YPG militants", "HTS
#: jihadists", "PKK terrorists"): right after another actor's name they are that actor
_GENERIC_NOUNS = frozenset({"militants", "terrorists", "jihadists", "insurgents"})


def _armed(hits: list[AliasMatch]) -> list[AliasMatch]:
    out: list[AliasMatch] = []
    for h in hits:
        if h.canonical in NON_ACTORS:
            continue
        if (
            out
            and h.surface.lower() in _GENERIC_NOUNS
            and 0 <= h.start - out[-1].end <= 1
            and out[-1].canonical != h.canonical
        ):
            continue  # "YPG militants": the YPG
        out.append(h)
    return out


class _Builder:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.claims: list[ControlClaim] = []
        self.focus: tuple[str, Place | None] | None = None  # last facility / place named
        self.is_prison_story = "prison" in ctx.article.text.lower()
        self.fr = ctx.article.language == "fr"
        self.p = _FR if self.fr else _EN_A if ctx.plain else _EN
        self._only: dict[str, Place | None] = {}
        #: where _controls and _zones read a verb, by sentence (_hold_verb leaves those)
        self.verbs_read: dict[int, set[int]] = {}
        #: how many "control of" each sentence's regain claims read (_in_control leaves those)
        self.control_read: dict[int, int] = {}
        #: the last capture whose object named no place ("captured an IS-held town"): its
        #: sentence, taker and previous holder, for "The capture of X" just after
        self.pending: tuple[int, str, str | None] | None = None
        self.language = "fr" if self.fr else "en"

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
        if actor == "rebels" and "backed" in self.ctx.lowered[i]:
            actor = self.backed_rebels(i)
        if actor == "SDF" and "internal security" in self.ctx.lowered[i]:
            actor = self.internal_security(i, d)
        if actor == "rebels" and (
            "operations" in self.ctx.lowered[i] or "deterrence" in self.ctx.lowered[i]
        ):
            actor = self.new_rulers(i, d)
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

    def backed_rebels(self, i: int) -> str:
        """Return Turkey's side when every rebel named in sentence ``i`` is Turkey-backed.

        "Turkey-backed Syrian rebels seized X", "Ankara-backed opposition fighters": the
        Syrian National Army, not the rebels at large.
        """
        s = self.ctx.sents[i]
        rebels = [h for h in self.ctx.parties_in(s.start, s.end) if h.canonical == "rebels"]
        text = self.ctx.article.text
        if rebels and all(
            _TURKEY_BACKED.search(text, max(0, h.start - 24), h.start) for h in rebels
        ):
            return "Turkey/SNA"
        return "rebels"

    def internal_security(self, i: int, d: date | None) -> str:
        """Return General Security for the state's "internal security forces" after the fall.

        Before the fall the words named the SDF's Asayish; after it, the Interior Ministry's
        forces in Suwayda, Latakia or Damascus, unless the article is about the Kurds'
        (it names the Asayish, the SDF or Kurdish security forces).
        """
        when = d or self.ctx.article.published
        if when is None or when < _fall():
            return "SDF"
        s = self.ctx.sents[i]
        hits = [h for h in self.ctx.parties_in(s.start, s.end) if h.canonical == "SDF"]
        if not hits or not all("internal security" in h.surface.lower() for h in hits):
            return "SDF"
        if _KURDISH_SECURITY.search(self.ctx.article.text):
            return "SDF"
        return "General Security"

    def new_rulers(self, i: int, d: date | None) -> str:
        """Return the government when the rebels of sentence ``i`` are its army after the fall.

        After the former government fell, the Military Operations Command that toppled it
        was the new state's army: what it takes from then on, the state holds. "Syrian
        rebels" or "opposition fighters" stay rebels.
        """
        when = d or self.ctx.article.published
        if when is None or when < _fall():
            return "rebels"
        s = self.ctx.sents[i]
        rebels = [h for h in self.ctx.parties_in(s.start, s.end) if h.canonical == "rebels"]
        surfaces = [h.surface for h in rebels] or [self.ctx.attributions[i].surface or ""]
        if all(_NEW_RULERS.search(w) for w in surfaces):
            return "Syrian government"
        return "rebels"

    # ---------------------------------------------------------------- places
    def place_at(
        self, i: int, start: int, end: int, *, province: bool = False
    ) -> tuple[str, Place | None] | None:
        """Resolve the place named in sentence ``i`` between offsets ``start``-``end``."""
        s = self.ctx.sents[i]
        while 0 < end < len(s.text) and (s.text[end].isalnum() or s.text[end] in "-'’"):
            end += 1  # a window that ends inside a name takes the whole name ("Ham|a")
        frag = s.text[start:end]
        region = self.p.region.search(frag)
        if region and not region.groupdict().get("loc"):  # French: not "dans le nord-est"
            return _region_name(region), self.ctx.lookup("Syria")
        town = None if self.fr else _TOWN_ANAPHOR.search(frag)
        if town is not None and not any(
            not m.metonymy and m.place is not None
            for m in self.ctx.mentions_in(s.start + start + town.start(), s.start + end)
        ):  # "the town" ("By evening the town was under army control"): the last town named
            near = self.town_before(i, start + town.start(), town.group().split()[-1].lower())
            if near is not None:
                return self.ctx.place_name(near) or near.surface, near.place
        if self.p.anaphor.match(frag.strip()):
            if self.focus is not None:
                return self.focus
            near = self.ctx.place_near(i, start)
            if near is not None and near.precision != "country":  # "the city" is no country
                return self.ctx.place_name(near) or near.surface, near.place
        fac = self.p.facility.search(frag)
        mentions = [
            m for m in self.ctx.mentions_in(s.start + start, s.start + end) if not m.metonymy
        ]
        if self.fr and not mentions and not fac and self.p.anaphor.match(frag.strip()):
            return None  # "La ville est tombée" with no town named before: not the place "La"
        if mentions and self.fr and mentions[0].precision == "country":
            # "s'être emparées de Baghouz, ... dans l'est de la Syrie": the name comes first
            proper = _proper(frag)
            before = proper is not None and frag.find(proper) < mentions[0].start - s.start - start
            if proper and before and _party_lookup(proper) is None:
                return proper, self.ctx.lookup(proper)
        if mentions:
            m = mentions[0]
            if fac and m.precision != "site":
                return self.facility(m.surface, fac.group(), m.place)
            name = self.ctx.place_name(m) or m.surface
            return name, m.place
        if fac:
            named = self.p.named_facility.search(frag)
            if named is not None:
                site = self.ctx.lookup(_named_key(named))
                if site is not None and site.precision == "site":
                    return site.name, site
            return self.facility_near(i, start, fac.group())
        proper = _proper(frag)
        if proper and not self.fr:
            at = s.start + start + frag.find(proper)
            hits = self.ctx.parties_in(max(0, at - 40), at + len(proper) + 40)
            if any(h.start < at + len(proper) and h.end > at for h in hits):
                return None  # "troops in areas held by": "The US-led coalition" is no place
        if proper and self.fr and parties().find(proper):
            return None  # "Les FDS": an actor, not a place
        if (
            proper
            and _party_lookup(proper) is None
            and proper.lower() not in _MONTHS_DAYS
            and not frag[frag.find(proper) + len(proper) :].startswith(_SAID)
        ):  # "..., the Observatory said": a source, not a place
            return proper, self.ctx.lookup(f"{proper} province" if province else proper)
        return None

    def facility(self, town: str, noun: str, town_place: Place | None) -> tuple[str, Place | None]:
        noun = " ".join(noun.lower().split())
        noun = _NOUN_EN.get(noun, noun)
        if noun in _control_rules.lexicon("generic_facility_nouns") and self.is_prison_story:
            noun = "prison"
        site = self.ctx.lookup(f"{town} {noun}")
        if site is not None and site.precision == "site":
            return site.name, site
        if town_place is not None and town_place.precision == "site":
            return town_place.name, town_place  # "the Rmelan oil fields": the fields already
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
        noun = " ".join(noun.lower().split())
        return _NOUN_EN.get(noun, noun), None

    def only_site(self, noun: str) -> Place | None:
        """Return the one site of this kind the gazetteer knows in the focus country, if just one.

        An article that says only "the prison" and names no town can still be placed when
        the gazetteer (its overlay) has a single prison in the country; with two or more, the
        place stays unresolved.
        """
        noun = " ".join(noun.lower().split())
        code = _control_rules.mapping("facility_feature_codes").get(_NOUN_EN.get(noun, noun))
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

    def town_before(self, i: int, pos: int, noun: str = "") -> Mention | None:
        """Return the last town named before offset ``pos`` of sentence ``i`` ("the town").

        A province or a country named after the town ("Khan Shaykhun in Idlib province") is
        not what "the town" stands for. A place the text brought in with the same noun ("the
        strategic town of X", "the village of Y") in this sentence or the two before comes
        first: the cities named after it only to place it ("on the road between Damascus and
        Aleppo") are not "the town".
        """
        end = self.ctx.sents[i].start + pos
        text = self.ctx.article.text
        if noun:  # a town named before it in its own sentence comes first all the same
            here = self.ctx.sents[i].start
            for m in reversed(self.ctx.mentions_in(here, end)):
                if (
                    m.end <= end
                    and not m.metonymy
                    and m.place is not None
                    and m.precision not in ("country", "admin1")
                    and not _BEARING_BEFORE.search(text, max(0, m.start - 40), m.start)
                ):
                    return m
            since = self.ctx.sents[max(0, i - 2)].start
            for m in reversed(self.ctx.mentions):
                if m.end > end or m.metonymy or m.place is None:
                    continue
                if m.start < since:
                    break
                of = _NOUN_OF_BEFORE.search(text, max(0, m.start - 12), m.start)
                if of is not None and of["noun"].lower() == noun and m.precision != "country":
                    return m
        for m in reversed(self.ctx.mentions):
            if (
                m.end <= end
                and not m.metonymy
                and m.place is not None
                and m.precision not in ("country", "admin1")
                and not _BEARING_BEFORE.search(text, max(0, m.start - 40), m.start)
            ):
                return m
        return None

    def update_focus(self, i: int) -> None:
        """Remember the last facility (or town with a facility noun) named in sentence ``i``."""
        s = self.ctx.sents[i]
        mentions = self.ctx.mentions_in(s.start, s.end)
        for m in mentions:
            if m.metonymy or m.place is None:
                continue
            if m.precision == "site":
                self.focus = (self.ctx.place_name(m) or m.surface, m.place)
        focus = self.focus
        if focus is not None and focus[1] is not None and focus[1].precision == "site":
            return  # a facility known by name stays the focus until another is named
        pat = self.p.facility_low
        if id(pat) in GATES and id(pat) not in self.ctx.open_patterns(i):
            return  # no facility noun's first word: no facility noun
        here = [
            m
            for m in mentions
            if not m.metonymy and m.place and m.precision not in ("country", "admin1")
        ]
        if not here:
            return
        # the facility noun is looked for last: the search costs more than the tests above
        fac = pat.search(self.ctx.lowered[i])
        if fac is not None:
            m = min(here, key=lambda m: abs(m.start - s.start - fac.start()))
            self.focus = self.facility(m.surface, s.text[fac.start() : fac.end()], m.place)

    # ---------------------------------------------------------------- actors
    def actor_after(self, i: int, pos: int, limit: int = 60) -> AliasMatch | None:
        s = self.ctx.sents[i]
        own = self.p.own_forces.match(s.text, pos) or self.p.own_forces.match(s.text, pos + 1)
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
        clause = max(s.text.rfind(w, 0, pos) for w in self.p.clause_words)
        begin = s.start + (clause + 1 if clause >= 0 and not first else 0)
        hits = [
            h
            for h in _armed(self.ctx.parties_in(begin, s.start + pos))
            if not self.p.support.search(self.ctx.article.text[max(0, h.start - 50) : h.start])
        ]
        if not hits:
            return None
        if len(hits) > 1:  # "jihadists led by HTS": the group led gives way to its leader
            text = self.ctx.article.text
            led = [_LED_BY.fullmatch(text, h.end, nxt.start) for h, nxt in pairwise(hits)]
            hits = [h for h, by in zip(hits, [*led, None], strict=True) if by is None]
            # "HTS-led rebels", "Hayat Tahrir al-Sham (HTS)-led forces": the leader
            leads = [_LED_ADJ.fullmatch(text, h.end, nxt.start) for h, nxt in pairwise(hits)]
            hits = [h for h, by in zip(hits, [None, *leads], strict=True) if by is None]
        return hits[0] if first else hits[-1]


def extract_control(ctx: Context, *, title: bool = True) -> list[ControlClaim]:
    """All control claims of the article, deduplicated, disputes applied.

    ``title``: also read the headline when the body does not repeat it (see
    :func:`_title_claims`).
    """
    b = _Builder(ctx)
    disputes: dict[str, str] = {}
    for i, s in enumerate(ctx.sents):
        t = s.text
        if _QUESTION.search(t):  # "Could the army take Saraqib?": asked, not said
            b.update_focus(i)
            continue
        if b.fr:
            low = ctx.lowered[i]
            for handler_fr, keys in _HANDLERS_FR:
                if any(k in low for k in keys):
                    handler_fr(b, i, t)
            _apply_rules(b, i, t, len(b.claims))
            if any(k in low for k in _DISPUTE_KEYS_FR):
                _disputes(b, i, t, disputes)
            b.update_focus(i)
            continue
        opened = ctx.open_patterns(i)
        hit = opened & _HANDLER_PATTERNS  # most sentences open none, the others one or two
        before = len(b.claims)
        if hit:
            for k in sorted({_HANDLER_OF[p] for p in hit}):
                _HANDLERS[k][0](b, i, t)
        _apply_rules(b, i, t, before)
        if id(_control_rules.loose().pattern) in opened:
            _loose(b, i, t, before)
            if len(b.claims) == before and t.endswith(":"):
                _list_items(b, i)
        if len(b.claims) > before and any(k in ctx.lowered[i] for k in _LEFT_KEYS):
            _left_after(b, i, before)
        elif len(b.claims) == before and t.startswith(("In ", "Inside ")):
            _lead_in(b, i, t)
        if not opened.isdisjoint(_DISPUTE_PATTERNS) or "occup" in ctx.lowered[i]:
            _disputes(b, i, t, disputes)
        b.update_focus(i)
    claims = _dedupe([*b.claims, *(_title_claims(ctx) if title else [])])
    if disputes:
        claims = [
            replace(c, disputed_by=disputes[c.actor])
            if c.actor in disputes and c.disputed_by is None and c.status != "disputed"
            else c
            for c in claims
        ]
    return claims


#: "... after the SDF withdrew", "as regime forces fled", "once IS pulled out of it": a
#: leaving with no place of its own, told beside a taking; the place is the one taken
_LEFT_AFTER = re.compile(
    r"\b(?:after|as|when|once|since)\s+(?P<who>[^,;.()]{2,50}?)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:withdrew|withdrawn|pulled\s+(?:out|back)|retreated|fled|evacuated|left|abandoned\s+it)"
    r"(?:\s+(?:from\s+|of\s+)?(?:it|there|its\s+(?P<part>[\w-]+)|the\s+(?:town|city|village|area|"
    r"base|airport|dam|site)))?"
    r"(?=\s*(?:[,.;)\"”]|$)|\s+(?:under|on|in|overnight|early|late|last|at|amid|following|"
    r"towards?|without|hours|days|after|before|and|with|from\s+(?:its|their)\s+positions)\b)",
)
_LEFT_KEYS = ("withdr", "pulled", "retreat", "fled", "evacuat", " left", "abandoned it")


def _left_after(b: _Builder, i: int, since: int) -> None:
    """Read "X took Y after Z withdrew": Z lost the places the sentence's takers now hold."""
    s = b.ctx.sents[i]
    for m in _LEFT_AFTER.finditer(b.ctx.lowered[i]):
        if _NEGATED_BEFORE.search(m["who"]):
            continue
        who = _armed(b.ctx.parties_in(s.start + m.start("who"), s.start + m.end("who")))
        if not who:
            continue
        taken = [c for c in b.claims[since:] if c.status in ("holds", "regained")]
        # "after government troops and Iran-backed fighters withdrew": each of them
        for loser in dict.fromkeys(h.canonical for h in who):
            for c in taken:
                if c.actor != loser and not any(
                    d.actor == loser and d.place == c.place for d in b.claims[since:]
                ):
                    extent: Extent = "partial" if m["part"] else "full"
                    b.add(i, loser, (c.place, c.place_ref), "lost", extent)


#: a sentence opening on its place ("In neighbouring Suwayda, Druze factions still hold the
#: main roads"): the place a hold with no place of its own is in
_LEAD_IN = re.compile(
    r"(?:In|Inside)\s+(?:neighbou?ring\s+|nearby\s+|the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    rf"(?P<name>{_NAME})\s*,\s*"
)
_LEAD_IN_VERB = re.compile(
    r"\b(?:still\s+)?(?:hold|holds|held|control|controls|controlled|took\s+over|"
    r"took\s+control\s+of|deployed|set\s+up\s+checkpoints|"
    r"(?:are|is|remain|remains)\s+in\s+control\s+of)\b"
)


def _lead_in(b: _Builder, i: int, t: str) -> None:
    """Read "In X, ACTOR holds / took over / deployed ..." with no place after the verb: X."""
    m = _LEAD_IN.match(t)
    if m is None:
        return
    s = b.ctx.sents[i]
    ms = [
        x for x in b.ctx.mentions_in(s.start + m.start("name"), s.start + m.end("name"))
        if not x.metonymy and x.place is not None and x.precision != "country"
    ]  # fmt: skip
    verb = _LEAD_IN_VERB.search(t, m.end())
    if not ms or verb is None:
        return
    hit = _subject(b, i, verb.start())
    if hit is None or hit.start - s.start < m.end():
        return
    if _AIM_BETWEEN.search(b.ctx.lowered[i], hit.end - s.start, verb.start()):
        return  # "In X, the army may take over ...": not done
    place: _Loc = (b.ctx.place_name(ms[0]) or ms[0].surface, ms[0].place)
    b.add(i, hit.canonical, place, "holds", "partial")


#: "areas held by", "territory controlled by": the thing held is no place; the place follows
_AREA_BEFORE = re.compile(
    r"\b(?:areas?|territor(?:y|ies)|regions|parts|zones?|lands|positions)\s+$", re.I
)


def _title_claims(ctx: Context) -> list[ControlClaim]:
    """Read the headline ("Rebels capture Saraqib", "Manbij falls to the SNA").

    Only when the body does not open with it; its places come from ``geo.geoparse`` on the
    title, and its claims are unattributed.

    A headline that repeats a body sentence gives way to it (:func:`_dedupe`).
    """
    title = ctx.article.title
    if not title or ctx.article.language == "fr" or title in ctx.article.text[: len(title) + 80]:
        return []
    if not _armed(parties().find(title)):
        return []  # no actor named: no claim ("Report: fighting near Derik")
    low = title.lower()
    if (
        not _control_rules.open_rules(low)
        and not any(k in low for k in _handler_keys())
        and not any(k in " ".join(low.split()) for k in _control_rules.loose().keys)
    ):
        return []
    gaz = ctx.gazetteer
    countries = [m.place.country for m in ctx.mentions if m.place is not None]
    focus = max(set(countries), key=countries.count) if countries else None
    mentions = geoparse(title, gaz, country=focus) if gaz is not None else []
    tctx = Context(replace(ctx.article, text=title), gaz, mentions)
    tctx.attributions = [Attribution(ctx.outlet, "", False) for _ in tctx.sents]
    return extract_control(tctx, title=False)


@cache
def _handler_keys() -> frozenset[str]:
    """Every gate key of the English handlers (derived from their patterns' keys)."""
    return frozenset().union(*(GATES[p] for p in _HANDLER_PATTERNS if p in GATES))


def _held_by(b: _Builder, i: int, t: str) -> None:
    for m in b.ctx.matches(b.p.held_by, i):
        if b.fr and _BACK_BEFORE_FR.search(t, max(0, m.start() - 16), m.start()):
            continue  # "repassée sous le contrôle des FDS": regained, read by _back_under
        actor = b.actor_after(i, m.end(), 70)
        if actor is None:
            continue
        # the thing held: a facility noun or place just before the phrase (before a relative
        # clause: "The prison in Hasakah, where thousands are held, remains under the control of")
        clause = _REL_BEFORE.search(t, max(0, m.start() - 140), m.start())
        cut = clause.start() if clause is not None else m.start()
        start = max(0, cut - 60)
        head = t[start:cut]
        fac = list(b.p.facility.finditer(head))
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
        elif _AREA_BEFORE.search(t, max(0, m.start() - 20), m.start()):
            # "in areas held by Turkey in north-east Syria": the place follows the actor
            rel = actor.end - b.ctx.sents[i].start
            place = _place_after_in(b, i, rel, t[rel : rel + 60])
            if place is not None:
                b.add(i, actor.canonical, place, "holds", "partial")
            continue
        else:
            s = b.ctx.sents[i]
            listed = [
                mm
                for mm in b.ctx.mentions_in(s.start + start, s.start + cut)
                if not mm.metonymy and mm.place is not None
            ]
            named = [mm for mm in listed if not _locator(b, mm)]
            if named and len(named) < len(listed):  # "A and B, north of C, are held by"
                listed = named
            if len(listed) > 1:
                for mm in listed:
                    b.add(i, actor.canonical, (b.ctx.place_name(mm) or mm.surface, mm.place),
                          "holds", "full")  # fmt: skip
                continue
            place = b.place_at(i, start, cut)
            if place is not None and listed:
                lead = t[: listed[0].start - s.start]
                between = (listed[-1].end - s.start, m.end())
                if b.p.most_of.search(lead) or (
                    b.p.partly is not None and b.p.partly.search(t, *between)
                ):
                    b.add(i, actor.canonical, place, "holds", "partial")
                    continue
        if place is not None and (place[1] is None or place[1].precision != "country"):
            # a country is not what "run by" holds ("..., in Syria, a news service run by")
            b.add(i, actor.canonical, place, "holds", "full")
    for m in b.ctx.matches(b.p.under_x, i):
        back = t[max(0, m.start() - 5) : m.start()].lower().strip().endswith("back")
        if (back and (b.fr or m["hands"] is None)) or (
            b.fr and _BACK_BEFORE_FR.search(t, max(0, m.start() - 16), m.start())
        ):
            continue
        if not b.fr and _NEGATED_BEFORE.search(t, max(0, m.start() - 40), m.start()):
            continue
        group = "who" if b.fr or m["who"] is not None else "hands"
        who = b.ctx.parties_in(
            b.ctx.sents[i].start + m.start(group), b.ctx.sents[i].start + m.end(group)
        )
        armed = _armed(who)
        holder = armed[0].canonical if armed else _adj_actor(b, m[group])
        if holder is None and not b.fr and m[group].lower() in ("its", "their", "its full",
                                                                "their full"):  # fmt: skip
            # "The SDF brought the town of X under its control": the subject's
            subject = b.actor_before(i, m.start(), first=True)
            holder = subject.canonical if subject is not None else None
        if holder is None:
            continue
        if not b.fr and m["back"]:  # "returned to government control": regained
            back = True
        locs = [] if b.fr else _listed_before(b, i, m.start())
        if len(locs) > 1:  # "A and B, which remain under jihadist control"
            for loc in locs:
                b.add(i, holder, loc, "regained" if back else "holds", "full")
            continue
        end = m.start()
        before = _REL_BEFORE.search(t, max(0, end - 140), end)
        if before is not None:  # "The prison in Hasakah, where ... are held, remains under"
            end = before.start()
        place = b.place_at(i, max(0, end - 60), end)
        if place is not None:  # "back in rebel hands": regained
            b.add(i, holder, place, "regained" if back else "holds", "full")


#: a relative clause between the subject and its verb ("X, where thousands are held,
#: remains under"): the subject is before it
_REL_BEFORE = re.compile(
    r",\s*(?:where|which|who|whose|in\s+which)\b[^,;:()\"“”]{1,100},\s*(?:(?:still|now|also)\s+)?"
    r"(?:remains?|is|are|was|were|has\s+been|have\s+been|had\s+been|stays?|came|fell|lies|"
    r"remained)?\s*(?:(?:still|now|firmly|largely|fully|back)\s+)*(?:in\s+)?$"
)
#: what joins the names of a list ("A, B and C")
_LIST_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s+as\s+well\s+as\s+")
#: what may stand between a list of places and the phrase after it ("A and B, which remain
#: under", "The towns of A and B remain under", "A and B are now in rebel hands")
_LIST_TO_VERB = re.compile(
    r"\s*(?:,\s*(?:which|that|both\s+of\s+which)\s+)?(?:(?:still|now|also|both|all)\s+)*"
    r"(?:remain|remained|remains|are|were|have\s+been|had\s+been|came|fell|stay|stayed)\s+"
    r"(?:(?:still|now|firmly|largely|fully|back)\s+)*(?:in\s+)?$",
    re.I,
)


def _listed_before(b: _Builder, i: int, pos: int) -> list[_Loc]:
    """Return the places of a list that is the subject of the phrase at ``pos``.

    "Sukhnah and Deir ez-Zor, which remain under jihadist control": both; only when the names
    are joined by commas and "and" and a verb joins the list to the phrase.
    """
    s = b.ctx.sents[i]
    t = s.text
    names = [
        mm
        for mm in b.ctx.mentions_in(s.start + max(0, pos - 120), s.start + pos)
        if not mm.metonymy and mm.place is not None
    ]
    if len(names) < 2 or not _LIST_TO_VERB.fullmatch(t, names[-1].end - s.start, pos):
        return []
    chain = [names[-1]]
    for prev in reversed(names[:-1]):
        if not _LIST_JOIN.fullmatch(t, prev.end - s.start, chain[0].start - s.start):
            break
        chain.insert(0, prev)
    if len(chain) < 2:
        return []
    return [(b.ctx.place_name(mm) or mm.surface, mm.place) for mm in chain]


def _locator(b: _Builder, m: Mention) -> bool:
    """Whether a mention only locates another place: not among the places a claim is about.

    "north of Tal Tamr", "near Hama", "in Idlib province" after a town.
    """
    text = b.ctx.article.text
    if _BEARING_BEFORE.search(text, max(0, m.start - 40), m.start):
        return True
    return (
        m.precision == "admin1"
        and _IN_BEFORE.search(text, max(0, m.start - 8), m.start) is not None
    )


def _adj_actor(b: _Builder, adj: str | None) -> str | None:
    """Return the actor an adjective names ("sous contrôle kurde", "under Kurdish control")."""
    return (_ADJ_ACTOR_FR if b.fr else _ADJ_ACTOR_EN).get((adj or "").lower().strip())


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
    m = b.p.place_after.search(frag)
    if m is None:
        return None
    return b.place_at(i, pos + m.end(), pos + min(len(frag), m.end() + 40))


def _back_under(b: _Builder, i: int, t: str) -> None:
    for m in b.ctx.matches(b.p.back, i):
        s = b.ctx.sents[i]
        actor: str | None = None
        if m["who"]:
            who = _armed(b.ctx.parties_in(s.start + m.start("who"), s.start + m.end("who")))
            actor = who[0].canonical if who else None
        if actor is None and b.fr:
            actor = _adj_actor(b, m["adj"])
        att = b.ctx.attributions[i]
        if actor is None and att.named and att.claimant in _party_canonicals():
            actor = att.claimant
        if actor is None:
            hit = b.actor_before(i, m.start(), first=True)
            actor = hit.canonical if hit else None
        if actor is None:
            continue
        if not b.fr:  # "took back under their control the town of Maadan": the object follows
            objs, _ = _objects(b, i, m.end() + len(t[m.end() :]) - len(t[m.end() :].lstrip()))
            if objs:
                for obj in objs:
                    b.add(i, actor, obj.place, "regained", "full")
                continue
        subj = t[max(0, m.start() - 50) : m.start()]
        fac = list(b.p.facility.finditer(subj))
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
    for m in b.ctx.matches(b.p.regain, i):
        if not b.fr and t.startswith("by ", m.end()):
            continue  # "Palmyra was recaptured by government forces": done by _passive
        if (
            not b.fr
            and not m["verb"].lower().endswith("ing")  # "are regaining ground": active
            and _PASSIVE_BE.search(t, max(0, m.start() - 30), m.start())
        ):
            continue  # "The city, which IS overran, was recaptured": no agent, no claim
        if not b.fr and "control" in m.group().lower():
            b.control_read[i] = b.control_read.get(i, 0) + 1
        hit = b.actor_before(i, m.start()) or b.speaker(i) or _prior_subject(b, i, m.start())
        if hit is None:
            continue
        attempt = bool(b.p.attempt.search(t[: m.start()])) or m["verb"].lower().endswith(b.p.gerund)
        ground = m["ground"] is not None
        if attempt or ground:
            status: ControlStatus = "contested"
            extent: Extent = "partial"
        else:
            status, extent = "regained", "full"
            if b.p.extent_words.search(t[m.end() : m.end() + 25]):
                extent = "partial"
        if not b.fr and not ground and "control" not in m.group().lower():
            # "retook the strategic town of", "regained all of Aleppo": the object, strictly
            objs, partial = _objects(b, i, m.end(), strong=True)
            if not objs:  # "Saraqib, which the army retook in February"
                objs = _relative_object(b, i, hit, m.end())
            for obj in objs:
                b.add(i, hit.canonical, obj.place, status, "partial" if partial else extent)
            loser = _actor_right_after(b, i, _FROM_ACTOR, objs[-1].end) if objs else None
            if (  # "retook Palmyra from IS": IS lost it
                status == "regained"
                and loser is not None
                and loser.canonical != hit.canonical
                and loser.surface.lower() not in _control_rules.lexicon("generic_enemies")
            ):
                for obj in objs:
                    b.add(i, loser.canonical, obj.place, "lost", "partial" if partial else extent)
            continue
        if ground and b.fr:  # "regagnent du terrain autour de la prison"
            place: _Loc | None = b.place_at(i, m.end(), min(len(t), m.end() + 50)) or b.focus
        elif ground:
            place = b.place_at(i, 0, m.start()) or b.focus
        else:
            place = b.place_at(i, m.end(), min(len(t), m.end() + 50))
        if place is not None:
            b.add(i, hit.canonical, place, status, extent)


def _entrenched(b: _Builder, i: int, t: str) -> None:
    """Entrenched / holed up in X: holds; partial for a wing, or beside another armed actor."""
    for m in b.ctx.matches(b.p.entrenched, i):
        if b.p.surrender.search(t, m.end()):
            continue  # "20 members holed up in the prison surrendered": the holding is over
        where = t.rfind(b.p.where, 0, m.start())
        hit = b.actor_before(i, m.start())
        if hit is None:
            continue
        s = b.ctx.sents[i]
        others = {h.canonical for h in _armed(b.ctx.parties_in(s.start, s.end))} - {hit.canonical}
        extent: Extent = (
            "partial" if others or b.p.extent_words.search(t[m.end() : m.end() + 30]) else "full"
        )
        if m.group().rstrip().lower().endswith(b.p.entrenched_in):
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
    for m in b.ctx.matches(b.p.zone, i):
        b.verbs_read.setdefault(i, set()).add(m.start())
        hit = b.actor_before(i, m.start())
        if hit is None or _far(b, i, hit, m.start(), 25):
            continue
        if not b.fr and _NOT_BEFORE.search(b.ctx.lowered[i], max(0, m.start() - 30), m.start()):
            continue  # "no longer holds the west bank"
        art = None if b.fr else _ARTICLE.search(t, m.start(), m.end())
        objs, partial = _area_objects(b, i, art.start()) if art is not None else ([], False)
        if objs:  # "holds a strip between A and B": the towns that end it (see _area_objects)
            for obj in objs:
                b.add(i, hit.canonical, obj.place, "holds", "partial" if partial else "full")
            continue
        after = [
            mm for mm in b.ctx.mentions_in(s.start + m.end(), s.start + m.end() + 40)
            if not mm.metonymy and mm.place is not None
        ]  # fmt: skip
        ms = after or [
            mm for mm in b.ctx.mentions_in(s.start, s.end) if not mm.metonymy and mm.place
        ]
        if b.fr and m["y"]:  # "le régime y conserve ...": the place of the clause before
            ms = [mm for mm in ms if mm.end <= s.start + m.start()][-1:]
        near = b.ctx.place_near(i, m.start()) if not ms else None
        mm = ms[0] if ms else near
        if mm is None:
            lead = _lead_place(b, i) if b.fr else None
            if lead is not None:
                b.add(i, hit.canonical, lead, "holds", "partial")
            continue
        b.add(i, hit.canonical, (b.ctx.place_name(mm) or mm.surface, mm.place), "holds", "partial")


def _far(b: _Builder, i: int, hit: AliasMatch, pos: int, limit: int) -> bool:
    """Tell whether the actor ends more than ``limit`` characters before ``pos``.

    In French an apposition between commas does not count ("Les FDS, soutenues par la
    coalition, contrôlent ...").
    """
    gap = b.ctx.sents[i].text[hit.end - b.ctx.sents[i].start : pos]
    if b.fr:
        gap = _APPOSITION_FR.sub("", gap)
    elif len(gap) > limit:  # "Turkish forces and allied Syrian factions now hold"
        if _APPOSITION_EN.fullmatch(gap):  # "Army units, in cooperation with X, liberated"
            return False
        if _apposition_end(gap, 0, len(gap)) is not None:  # "The SDF, backed by X, on Sunday"
            return False
        gap = _FAR_SKIP.sub("", gap)
        if len(gap) > limit and _COORDINATED.fullmatch(gap):
            return False  # "Army units entered Tabqa on Monday and took over its airport"
    return len(gap) > limit


#: a first predicate of the same subject, then "and" before the verb: "entered the city of
#: Tabqa on Monday and (took over)", "had entered Manbij and (seized)"; no clause or other
#: subject between (no comma, which, that, who, while, as, after)
_COORDINATED = re.compile(
    r"(?:\s+(?:said|says|announced|claimed|reported|confirmed)\s+(?:that\s+)?(?:they|it)\b)?"
    r"\s+(?:(?:have|has|had|also|then|later|reportedly)\s+)*(?:[a-z]+ed|took|rode|swept|drove|"
    r"overran|went|moved|seized|captured)\b(?:(?!\b(?:which|that|who|whom|while|as|after|when|"
    r"before|but|said|says|told|and)\b)[^,;:.()\"“”])"
    r"{3,90}?\s+and\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?(?:have\s+|has\s+|had\s+)?$"
)


def _lead_place(b: _Builder, i: int) -> _Loc | None:
    """Return the town of a French sentence opening "À Qamichli, ..." (unspotted "À X")."""
    m = _LEAD_PLACE_FR.match(b.ctx.sents[i].text)
    place = b.ctx.lookup(m["name"]) if m is not None else None
    if place is None or place.country != "SY" or place.precision == "country":
        return None
    return place.name, place


def _deployed(b: _Builder, i: int, t: str) -> None:
    """ACTOR deployed around A, B and C / keeps troops in X / uses X as a base: holds, partial."""
    s = b.ctx.sents[i]
    for m in b.ctx.matches(b.p.deployed, i):
        if not b.fr and _DEPLOY_NOT_YET.search(t, max(0, m.start() - 40), m.start()):
            continue  # "will be deployed in", "called for the deployment of troops in"
        if not b.fr and m["dwho"]:  # "the deployment of government forces in X"
            who = _armed(b.ctx.parties_in(s.start + m.start("dwho"), s.start + m.end("dwho")))
            own = _OWN_FORCES.match(m["dwho"])  # "of its forces": the speaker's
            hit = who[0] if who else b.speaker(i) if own is not None else None
        else:
            hit = b.actor_before(i, m.start())
        if hit is None:
            continue
        end = b.p.list_end.search(t[m.end() :])
        stop = m.end() + (end.start() if end else len(t) - m.end())
        ms = [
            mm for mm in b.ctx.mentions_in(s.start + m.end(), s.start + stop)
            if not mm.metonymy and mm.place is not None
        ]  # fmt: skip
        fine = [mm for mm in ms if mm.precision != "country"]
        if not b.fr and m["prep"].lower() in ("to", "into"):
            # "deployed to Manbij", "deployed to the town of X": the place right after it;
            # not "deployed to protect the people of X"
            fine = [
                mm for mm in fine[:1]
                if _TO_PLACE_GAP.fullmatch(t, m.end(), mm.start - s.start)
            ]  # fmt: skip
            ms = fine
        if not b.fr:  # "in Deir Hafer east of Aleppo": Aleppo only locates the town
            fine = [
                mm for k, mm in enumerate(fine)
                if not k or not _BEARING_BEFORE.search(b.ctx.article.text, max(0, mm.start - 40),
                                                       mm.start)
            ]  # fmt: skip
            for mm in fine or ms:
                place: _Loc = (b.ctx.place_name(mm) or mm.surface, mm.place)
                b.add(i, hit.canonical, place, "holds", "partial")
            continue
        # French: the listed names, looked up where the place spotter missed them ("d'Aïn
        # Issa" read as "Issa"); the facility before a town ("à l'aéroport de Qamichli")
        for at, surface, where in _listed_fr(b, i, m.end(), stop, fine or ms):
            fac = _FACILITY_BEFORE_FR.search(t, max(m.end(), at - 25), at)
            if fac is not None and (where is None or where.precision != "site"):
                b.add(i, hit.canonical, b.facility(surface, fac["noun"], where), "holds", "partial")
            elif where is not None:
                b.add(i, hit.canonical, (where.name, where), "holds", "partial")
    for m in b.ctx.matches(b.p.as_base, i):
        hit = b.actor_before(i, m.start())
        base = b.place_at(i, m.start("what"), m.end("what"))
        if hit is not None and base is not None:
            b.add(i, hit.canonical, base, "holds", "partial")


def _listed_fr(
    b: _Builder, i: int, start: int, stop: int, spotted: list[Mention]
) -> list[tuple[int, str, Place | None]]:
    """Return the places of a French list ("Tal Tamr, d'Aïn Issa et de Manbij"), in order.

    The list is split on commas and "et", the elided "d'"/"de" dropped. A name the place
    spotter read whole keeps its mention; a name it missed or read in part ("Issa" for "Aïn
    Issa") is looked up whole, and taken when the gazetteer knows it in Syria.
    """
    s = b.ctx.sents[i]
    found = {mm.start - s.start: (mm.surface, mm.place) for mm in spotted}
    pos = start
    for piece in _LIST_SPLIT_FR.split(s.text[start:stop]):
        at = s.text.find(piece, pos)
        pos = at + len(piece)
        name = _proper(_ELIDED_DE.sub("", piece.strip()))
        if not name:
            continue
        at += piece.find(name)
        inside = [k for k in found if at <= k < at + len(name)]
        if any(k == at and len(found[k][0]) >= len(name) for k in inside):
            continue  # spotted whole
        place = b.ctx.lookup(name)
        if place is not None and place.country == "SY" and place.precision != "country":
            for k in inside:
                del found[k]
            found[at] = (name, place)
    return [(k, *found[k]) for k in sorted(found)]


def _battling(b: _Builder, i: int, t: str) -> None:
    """Fighting for (control of) X: one contested, partial claim per side."""
    for m in b.ctx.matches(b.p.battling, i):
        s = b.ctx.sents[i]
        sides = []
        for h in _armed(b.ctx.parties_in(s.start, s.start + m.start())):
            if h.canonical not in sides:
                sides.append(h.canonical)
        if not b.fr and _PRONOUN.match(t, m.end()):
            continue  # "fought for it": the place is told elsewhere (_contested reads it)
        place: _Loc | None = b.place_at(i, m.end(), min(len(t), m.end() + 40))
        if not sides and not b.fr:  # "fighting for control of X raged between A and B"
            sides = _sides(b, i, m.end())
        if place is None or not sides:
            continue
        for actor in sides:
            b.add(i, actor, place, "contested", "partial")


def _facility_hold(b: _Builder, i: int, t: str) -> None:
    """ACTOR (still) holds / seized (parts of) the prison."""
    for m in b.ctx.matches(b.p.facility_hold, i):
        hit = b.actor_before(i, m.start())
        if hit is None:
            continue
        fac = b.p.facility.match(t, m.end())
        if fac is None:
            continue
        place: _Loc = b.place_at(i, m.end(), min(len(t), fac.end() + 40)) or b.facility_near(
            i, m.end(), fac.group()
        )
        extent: Extent = "partial" if m["extent"] else "full"
        b.add(i, hit.canonical, place, "holds", extent)


def _controls(b: _Builder, i: int, t: str) -> None:
    for m in b.ctx.matches(b.p.controls, i):
        b.verbs_read.setdefault(i, set()).add(m.start())
        if not b.fr and (
            t[m.start() - 1 : m.start()] == "-"
            or _NOUN_BEFORE.search(b.ctx.lowered[i], max(0, m.start() - 12), m.start())
            or _NOT_BEFORE.search(b.ctx.lowered[i], max(0, m.start() - 30), m.start())
        ):
            continue  # "the IS-held village of", "under their control the town of": no verb
        hit = b.actor_before(i, m.start())
        if hit is None or _far(b, i, hit, m.start(), 25):
            continue
        partial = m["extent"] and b.p.partial_words.search(m["extent"])
        extent: Extent = "partial" if partial else "full"
        if b.fr and m["region"]:  # "contrôlent la majeure partie du nord-est de la Syrie"
            region = b.p.region.search(m["region"])
            if region is not None:
                b.add(i, hit.canonical, (_region_name(region), b.ctx.lookup("Syria")), "holds",
                      extent)  # fmt: skip
            continue
        kind = (m["kind"] or "").lower()
        province = any(k in kind for k in ("provinc", "governorate", "gouvernorat"))
        pos = m.start("list")
        names = b.p.list_split.split(m["list"])
        for k, name in enumerate(names):
            name = name.strip()
            if not name:
                continue
            if (
                k
                and k == len(names) - 1
                and t.startswith(_SAID, m.end("list"))
                and claimants().lookup(name) is not None
            ):
                break  # "... the town of Maarat al-Numan, SANA said": the attribution
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
    if not ms and place is not None and place.country != "SY":
        return name, None  # "SANA" is not Sanaa: a name the gazetteer knows only abroad
    if province and place is not None and place.precision != "admin1" and place.admin1_pcode:
        gaz = b.ctx.gazetteer
        adm = gaz.admin1_place(place.admin1_pcode) if gaz is not None else None
        place = adm or place
    return (place.name if place is not None else name), place


def _seized_lost(b: _Builder, i: int, t: str) -> None:
    for pat, status in ((b.p.seized, "holds"), (b.p.lost, "lost")):
        for m in b.ctx.matches(pat, i):
            if b.p.determiner_before.search(t[max(0, m.start() - 8) : m.start()]):
                continue  # "its captured territory": an adjective, not a capture
            hit = b.actor_before(i, m.start())
            if hit is None or _far(b, i, hit, m.start(), 40):
                continue
            if pat is b.p.seized and b.p.facility_hold.search(t, max(0, m.start() - 7)):
                continue  # done by _facility_hold
            tail = t[m.end() : m.end() + 70]
            extent: Extent = "partial" if b.p.extent_words.search(m.group() + tail[:30]) else "full"
            place: _Loc | None = b.place_at(i, m.end(), min(len(t), m.end() + 70))
            if place is not None:
                b.add(i, hit.canonical, place, status, extent)  # type: ignore[arg-type]


# ---------------------------------------------------------------- English: verb families
class _Obj(NamedTuple):
    """A place a verb takes as its object, and where it lies in the sentence."""

    place: _Loc
    start: int
    end: int


def _objects(b: _Builder, i: int, pos: int, *, strong: bool = False) -> tuple[list[_Obj], bool]:
    """Return the places a verb at ``pos`` takes as its object, and whether only in part.

    Descriptive words may come first ("the strategic town of", "most of", "several villages
    in the south of", "the eastern bank of the Euphrates in"); the object is then a place the
    place spotter found, a region ("northern Syria"), a facility ("the prison", "Tabqa dam"),
    or a capitalised name the gazetteer knows in Syria (any name after "control of" or a
    place noun: "took full control of Eastern Ghouta"). Anything else ("captured 20
    soldiers", "seized weapons") ends the search with no object. A list ("Ras al-Ain and
    Tal Abyad") gives one object per place.
    """
    t = b.ctx.sents[i].text
    start, p = pos, pos
    for _ in range(12):
        obj = _object_at(
            b, i, p, strong=strong or bool(_PLACE_NOUNS.search(t, start, p)), direct=p == start
        )
        if obj is not None:
            break
        lead = _LEAD_WORD.match(t, p)
        if lead is None or lead.end() == p:
            hop = _NAME_BEFORE_INCLUDING.match(t, p) if p > start else None
            if hop is not None:  # "hamlets on the bank of the Euphrates, including A and B"
                inc = _INCLUDING_AFTER.match(t, hop.end())
                more = _object_at(b, i, inc.end(), strong=True, names_only=True) if inc else None
                found = []
                while more is not None:
                    found.append(more)
                    nxt = _LIST_NEXT.match(t, more.end)
                    more = (
                        _object_at(b, i, nxt.end(), strong=True, names_only=True) if nxt else None
                    )
                if found:
                    return found, True
            return _area_objects(b, i, start)
        p = lead.end()
    else:
        return [], False
    if (
        obj.place[1] is not None
        and obj.place[1].precision == "country"
        and _UNNAMED_IN.search(t, start, obj.start)
    ):
        return [], False  # "an IS-held town in northeast Syria": a town, not the region
    lead = _NAMED_LIST_LEAD.search(t, start, obj.start)  # "the two towns of": named, whole
    partial = bool(_PARTIAL_LEAD.search(t, start, lead.start() if lead else obj.start))
    if partial and _WHOLE_LEAD.match(t, start):  # "the entire area of X": all of it
        partial = False
    own = _OWN_FACILITY.match(t, obj.end)
    if own is not None and obj.place[1] is not None and obj.place[1].precision != "site":
        # "Hama's military airport": the town's facility, not the town
        obj = _Obj(b.facility(obj.place[0], own["noun"], obj.place[1]), obj.start, own.end())
    part = _PART_AFTER.match(t, obj.end)
    if part is not None:  # "Aleppo's eastern districts": a part of the place
        partial, obj = True, obj._replace(end=part.end())
    if not partial and obj.place[1] is not None and obj.place[1].precision == "admin1":
        partial = _CUT_AFTER.match(t, obj.end) is not None
    found = [obj]
    listed = _PLURAL_PLACE_OF.search(t, start, obj.start) is not None  # "the towns of A, B"
    while (nxt := _LIST_NEXT.match(t, found[-1].end)) is not None:
        listed = listed or nxt.group().rstrip().endswith(" of")
        more = _object_at(b, i, nxt.end(), strong=listed, names_only=True)
        if more is not None and _CLAUSE_VERB_AFTER.match(t, more.end):
            break  # "Damascus receives al-Hol camp, Ghuwayran prison remains with": a new clause
        if more is None:  # "the Tishrin Dam and the Qara Qozak bridge": a named site next
            site = _NEXT_SITE.match(t, nxt.end())
            more = _object_at(b, i, site.end(), strong=False) if site is not None else None
            if more is not None and not _FACILITY_RE.search(t, more.start, more.end):
                more = None
        if more is None or _CLAUSE_VERB_AFTER.match(t, more.end):
            break
        found.append(more)
    skip = _BEFORE_INCLUDING.match(t, found[-1].end)
    inc = _INCLUDING_AFTER.match(t, skip.end() if skip else found[-1].end)
    if inc is not None:  # "most of the northeast, including Raqqa and Hasakah": those too
        more = _object_at(b, i, inc.end(), strong=True, names_only=True)
        if more is None and t.startswith("the ", inc.end() - 4):  # "including the Jafra oil field"
            more = _object_at(b, i, inc.end(), strong=True)
        while more is not None:
            found.append(more)
            nxt = _LIST_NEXT.match(t, more.end)
            more = _object_at(b, i, nxt.end(), strong=True, names_only=True) if nxt else None
    return found, partial


#: a name that is no place (a river, a desert) right before "including" ("... of the Euphrates,
#: including A and B")
_NAME_BEFORE_INCLUDING = re.compile(
    r"[A-Z][\w'’-]+(?:\s+(?:River|river|valley|Valley|Desert|desert|Plain|plain))?"
    r"(?=\s*,?\s+(?:including|among\s+them|such\s+as)\b)"
)
#: a capitalised compound adjective ("Turkish-backed", "Kurdish-led"), never a place name
_ADJECTIVE_NAME = re.compile(r"-(?:backed|led|held|allied|supported|controlled|run|affiliated)$")
#: a verb right after a name: the name opens a new clause, it is no item of the list before
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?:remains?|remained|is|are|was|were|stays?|stayed|fell|falls|has|have|had|lies)\b"
)
#: what may stand between the object and "including": a river's or a province's noun, a date
#: ("east of the Euphrates river, including", "in Idlib since December, including")
_BEFORE_INCLUDING = re.compile(
    r"(?:\s+(?:river|River|province|Province|governorate|countryside|desert|valley))?"
    r"(?:\s+(?:since|in|on|during|by)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d{4})(?:\s+\d{4})?)?"
    r"(?=\s*,?\s+(?:including|among\s+them|notably|such\s+as)\b)"
)
#: places named after a region that holds them ("the northeast, including Raqqa and Hasakah")
_INCLUDING_AFTER = re.compile(
    r"\s*,?\s+(?:including|among\s+them|notably|such\s+as)\s+(?:the\s+)?"
    r"(?:(?:key|strategic|provincial|regional|former|de\s+facto)\s+)*(?:(?:[\w-]+\s+)?capital\s+|"
    r"(?:towns?|cities|city|villages?)\s+of\s+)?"
)


def _area_objects(b: _Builder, i: int, pos: int) -> tuple[list[_Obj], bool]:
    """Return the places named in an area object at ``pos``, and whether only in part.

    "a 120-kilometre strip between Tal Abyad and Ras al-Ain", "a 30-km-deep zone along the
    border from A to B": a band runs from one town to the other, which are in it: full
    (two provinces, "a strip between Hama and Idlib", only in part); "a swathe of land
    around Palmyra": the land about the town, partial. A pocket, area or enclave "between" A
    and B lies between them and holds neither: no claim; nor does an area named by nothing
    the gazetteer knows ("a strip between the two villages").
    """
    m = _AREA.match(b.ctx.sents[i].text, pos)
    if m is None:
        return [], False
    t = b.ctx.sents[i].text
    first = _object_at(b, i, m.end(), strong=True)
    if first is None:
        return [], False
    prep = m["prep"].lower()
    if prep == "around":
        return [first], True
    if m["band"] is None:
        return [], False  # "a pocket between Hajin and Baghouz": lies between, holds neither
    nxt = _AREA_END.match(t, first.end)
    second = _object_at(b, i, nxt.end(), strong=True) if nxt else None
    if second is None or (nxt is not None and (nxt["to"] is None) != (prep == "between")):
        return [], False  # "between A" alone, "from A and B": not the span of an area
    provinces = any(o.place[1] is not None and o.place[1].precision == "admin1"
                    for o in (first, second))  # fmt: skip
    return [first, second], provinces  # "a pocket between Hama and Idlib": within provinces


def _object_at(
    b: _Builder, i: int, p: int, *, strong: bool, names_only: bool = False, direct: bool = False
) -> _Obj | None:
    """Return the place named right at offset ``p`` of sentence ``i`` (see :func:`_objects`).

    A name the gazetteer does not know in Syria is taken as written when ``strong`` (after
    "control of", "the town of"), or when it stands alone right after the verb ("recaptured
    Palmyra in March": the gazetteer's first Palmyra is in the US).
    """
    s = b.ctx.sents[i]
    t = s.text
    for m in b.ctx.mentions_in(s.start + p, s.start + p + 60):
        if m.start != s.start + p or m.metonymy or m.place is None:
            continue
        if m.precision == "country":
            return None  # "lost its last territory in Syria": not a claim on the country
        end = m.end - s.start
        fac = _FACILITY_AFTER.match(t, end)
        if fac is not None and not names_only:
            place = b.place_at(i, p, fac.end())
            return _Obj(place, p, fac.end()) if place is not None else None
        return _Obj((b.ctx.place_name(m) or m.surface, m.place), p, end)
    if not names_only:
        fac = _FACILITY_OF.match(t, p)
        if fac is not None:  # "a military base near Hama": the town's facility
            ms = [
                m for m in b.ctx.mentions_in(s.start + fac.end(), s.start + fac.end() + 40)
                if m.start == s.start + fac.end() and not m.metonymy and m.place is not None
                and m.precision not in ("country", "admin1")
            ]  # fmt: skip
            if ms:
                m = ms[0]
                place = b.facility(m.surface, fac["noun"], m.place)
                return _Obj(place, p, m.end - s.start)
        region = b.p.region.match(t, p)
        if region is not None:
            return _Obj((_region_name(region), b.ctx.lookup("Syria")), p, region.end())
        anaphor = b.p.anaphor.match(t, p)
        if anaphor is not None and _ANAPHOR_END.match(t, anaphor.end()):
            place = b.place_at(i, p, anaphor.end())
            noun = _FACILITY_RE.search(anaphor.group())
            if noun is not None and anaphor.group().lower().startswith("its"):
                # "entered Tabqa and took over its military airport": the town's airport
                towns = [
                    m for m in b.ctx.mentions_in(s.start, s.start + p)
                    if not m.metonymy and m.place is not None
                    and m.precision not in ("site", "country", "admin1")
                ]  # fmt: skip
                if towns:
                    place = b.facility(towns[-1].surface, noun.group(), towns[-1].place)
                elif place is not None and place[1] is None:
                    place = None  # "its airport" with no town named before: no place
            own = _OWN_FACILITY.match(t, anaphor.end())
            if (
                own is not None
                and place is not None
                and place[1] is not None
                and place[1].precision not in ("site", "country", "admin1")
            ):  # "the city's military airport": the facility of the town meant
                place = b.facility(place[0], own["noun"], place[1])
                return _Obj(place, p, own.end())
            return _Obj(place, p, anaphor.end()) if place is not None else None
        named = b.p.named_facility.match(t, p)
        if named is not None and named.group().split()[0].lower() not in _DEMONYMS:
            site = b.ctx.lookup(_named_key(named))
            if site is not None and site.precision == "site":
                return _Obj((site.name, site), p, named.end())
            # "the Omar oil field"; "the Brigade 93 base near Ain Issa": at the town's point
            return _Obj((named.group(), _locating_town(b, i, named.end())), p, named.end())
    name = _NAME_RE.match(t, p)
    if name is None:
        return None
    proper = name.group()
    if proper.lower() in _MONTHS_DAYS or _party_lookup(proper) is not None:
        return None
    if _ADJECTIVE_NAME.search(proper):
        return None  # "Turkish-backed factions", "Kurdish-led": an adjective, no place
    if b.ctx.parties_in(s.start + p, s.start + p + len(proper)):
        return None
    if proper.split()[0].lower() in _DEMONYMS:
        return None  # "the northeastern Syrian city of Manbij": an adjective before the name
    found = b.ctx.lookup(proper)
    if found is not None and found.country == "SY" and found.precision != "country":
        return _Obj((found.name, found), p, p + len(proper))
    if (names_only and not strong) or (found is not None and found.precision == "country"):
        return None
    if found is None and proper.split()[0].lower() in _DEMONYMS:
        return None  # "on Syrian soil", "the Kurdish positions": adjectives, no place
    alone = (
        direct
        and _ANAPHOR_END.match(t, p + len(proper)) is not None
        and proper.split()[0].lower() not in _DEMONYMS
    )
    if strong or alone:
        return _Obj((proper, None), p, p + len(proper))
    return None


#: a town right after a facility that locates it ("... base near Ain Issa", "... east of Aleppo")
_LOCATOR_AFTER = re.compile(
    r"\s+(?:near|in|outside|at|(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of)\s+"
    r"(?:the\s+(?:(?:town|city|village)\s+of\s+)?)?"
)


def _locating_town(b: _Builder, i: int, end: int) -> Place | None:
    """Return the town that locates a facility unknown to the gazetteer, named right after it."""
    s = b.ctx.sents[i]
    loc = _LOCATOR_AFTER.match(s.text, end)
    if loc is None:
        return None
    for m in b.ctx.mentions_in(s.start + loc.end(), s.start + loc.end() + 40):
        if m.start == s.start + loc.end() and not m.metonymy and m.place is not None:
            return m.place if m.precision not in ("country", "admin1") else None
    return None


def _subject(b: _Builder, i: int, pos: int, limit: int = 40) -> AliasMatch | None:
    """Return the actor of the verb at ``pos``: the nearest before it in its clause.

    An ally coordinated with it gives way to it ("Turkish forces and allied rebels": the
    Turkish forces), and an actor further than ``limit`` characters is nobody's subject.
    """
    s = b.ctx.sents[i]
    t = s.text
    if _NOT_BEFORE.search(b.ctx.lowered[i], max(0, pos - 30), pos):
        return None
    if _CONDITIONAL.search(b.ctx.lowered[i], max(0, pos - 80), pos):
        return None  # "If the rebels capture Hama, ...": not said to be done
    rel = None if b.fr else _WHICH_THEY.search(b.ctx.lowered[i], max(0, pos - 30), pos)
    if rel is not None:  # "Regime forces control X, including Y, which they captured in 2020"
        first = b.actor_before(i, rel.start(), first=True)
        if first is None:
            return None
        they = rel.start("pro")  # the pronoun stands for the subject (relative clause reading)
        return AliasMatch(first.canonical, t[they : rel.end("pro")], s.start + they,
                          s.start + rel.end("pro"), first.kind)  # fmt: skip
    if not b.fr and _PREP_ING.match(b.ctx.lowered[i], pos):
        # "The SDF announced the end of IS after capturing Baghouz": the clause's subject
        first = b.actor_before(i, pos, first=True)
        if first is not None and not _far(b, i, first, pos, 3 * limit):
            after_first = first.end - s.start
            if _AIM_BETWEEN.search(b.ctx.lowered[i], after_first, pos):
                return None  # "The army would cut the road before seizing X": not done
            return first
    hit = b.actor_before(i, pos)
    low = b.ctx.lowered[i]
    rc = _REL_CLOSED.search(low, max(0, pos - 200), pos) if hit is not None and not b.fr else None
    if rc is not None and hit is not None and hit.start - s.start > rc.start():
        # "The SDF, an alliance that has fought IS since 2015, captured X": not IS
        near = b.actor_before(i, rc.start())
        if near is not None and rc.start() - (near.end - s.start) <= 12:
            hit = near
    if hit is None:  # "Our forces have liberated ...": the speaker's forces
        own = _OWN_SUBJECT.search(t, max(0, pos - 40), pos)
        if own is not None:
            return b.speaker(i, own.start(), own.end())
        return _prior_subject(b, i, pos)
    before = [h for h in _armed(b.ctx.parties_in(s.start, hit.start)) if h.end <= hit.start]
    if before and (
        _ALLY_GAP.fullmatch(t[before[-1].end - s.start : hit.start - s.start])
        or (  # "Turkish forces and their Syrian rebel allies": the ally's kind named in it
            _THEIR_GAP.fullmatch(t, before[-1].end - s.start, hit.start - s.start)
            and _ALLY_AFTER.match(t, hit.end - s.start)
        )
    ):
        hit = before[-1]
    if _AND_GAP.fullmatch(t, hit.end - s.start, pos):
        verb = _VERB_BEFORE.search(
            b.ctx.lowered[i], max(0, hit.start - s.start - 50), hit.start - s.start
        )
        if verb is not None:  # "have neutralised 15 terrorists and taken control of": an object
            return _subject(b, i, verb.start(), limit)
    low = b.ctx.lowered[i]
    inc = (
        _INCLUDING_APPO.search(t, max(0, pos - 160), pos)
        if not b.fr and any(w in low for w in _INCLUDING_WORDS)
        else None
    )
    if inc is not None:  # "government forces, including the governor and police, have withdrawn"
        head = [
            h
            for h in _armed(b.ctx.parties_in(s.start, s.start + inc.start()))
            if h.end <= s.start + inc.start()
        ]
        if head and not _far(b, i, head[-1], inc.start(), limit):
            return head[-1]
    hit = _before_apposition(b, i, hit, pos)
    if _far(b, i, hit, pos, limit):
        if not (_PARTICIPLE_AT.match(t, pos) and t[:pos].rstrip().endswith(",")):
            return None
        if _far(b, i, hit, pos, 3 * limit):
            return None  # "X withdrew from A and B, handing C to Y": the clause's subject
    return hit


#: a condition whose clause the verb is in ("If the rebels capture Hama", ", unless the army
#: retakes it")
_CONDITIONAL = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:if|unless|even\s+if)\s+[^,;:]*$")
#: a preposition opening a participle clause ("after capturing", "before seizing")
_PREP_ING = re.compile(r"(?:after|before|upon|by|since|while)\s+[a-z]+ing\b")
#: a modal or an aim in the main clause: what follows is not done
_AIM_BETWEEN = re.compile(
    r"\b(?:would|could|might|will|may|shall|should|must|not|never|(?:plans?|planned|aims?|"
    r"aimed|wants?|wanted|intends?|intended|hopes?|hoped|seeks?|sought|vowed|vows|threatened|"
    r"threatens|tried|tries|attempted|attempts|failed|fails)\s+to)\b"
)
_INCLUDING_WORDS = ("including", "among them", "such as", "notably")
#: a list in apposition after the subject, commas and all ("government forces and officials,
#: including the governor, police and security chiefs, have withdrawn")
_INCLUDING_APPO = re.compile(
    r",\s*(?:including|among\s+them|such\s+as|notably)\b[^;:()\"“”]{1,140}?,\s*"
    r"(?:(?:have|has|had|now|also|reportedly|all)\s+)*$"
)
#: a subject that stands for an actor named before ("They captured", "The group now
#: controls", "the US-backed force seized"), opening its sentence or clause
_ANAPHOR_SUBJECT = re.compile(
    r"(?:^|[;:]\s*|,\s*(?:and|but|then)\s+|\b(?:and|but|then|before|after|when)\s+"
    r"|\b(?:said|says|added|reported|stated|confirmed|announced)\s+(?:that\s+)?)"
    r"(?:(?:meanwhile|later|separately|elsewhere|however|earlier|overnight|subsequently)\s*,?\s*)?"
    r"(?:(?:on\s+[A-Z]\w+day|by\s+(?:evening|nightfall|dawn|morning|[A-Z]\w+day))\s*,?\s*)?"
    r"(?:they|it|the\s+(?:[\w-]+\s+){0,2}?(?:group|force|forces|militants|fighters|militia|"
    r"militias|organi[sz]ation|alliance|jihadists|insurgents|attackers|factions?))\s+"
    r"(?:(?:have|has|had|now|also|then|later|quickly|eventually|finally|swiftly|reportedly|"
    r"subsequently|soon)\s+)*$",
    re.I,
)


#: a relative clause whose subject is a pronoun ("which they captured"): the sentence's subject
_WHICH_THEY = re.compile(
    r"\bwhich\s+(?P<pro>they|it)\s+(?:(?:had|have|has|later|then|eventually|finally)\s+)*$"
)


def _prior_subject(b: _Builder, i: int, pos: int) -> AliasMatch | None:
    """Return the actor a pronoun or a bare noun subject stands for ("They captured X").

    The first armed actor of the sentence before (or the one before that, when it names
    none) that is not a supporter: "The SDF attacked Hajin. They captured the town".
    """
    t = b.ctx.sents[i].text
    if b.fr:
        return None
    ana = _ANAPHOR_SUBJECT.search(t, max(0, pos - 70), pos)
    if ana is None:
        return None
    # "the factions", "the militia": an actor named by that noun before, if there is one
    noun = _ANAPHOR_NOUN.search(ana.group())
    stem = noun.group(1).lower() if noun is not None else None
    first: AliasMatch | None = None
    for j in (i - 1, i - 2):
        if j < 0:
            break
        sj = b.ctx.sents[j]
        hits = [
            h
            for h in _armed(b.ctx.parties_in(sj.start, sj.end))
            if not b.p.support.search(b.ctx.article.text[max(0, h.start - 50) : h.start])
        ]
        if stem is not None:
            named = [h for h in hits if stem in h.surface.lower()]
            if named:
                return named[0]
        if hits and first is None:
            first = hits[0]
            if stem is None:
                return first
    return first


#: the noun of an anaphoric subject that names a kind of actor ("the factions": faction)
_ANAPHOR_NOUN = re.compile(r"\b(faction|militia|jihadist|insurgent|militant)s?\b", re.I)


def _apposition_end(t: str, start: int, pos: int) -> int | None:
    """Return the end of an apposition and its lead-in at ``start``, or None.

    ``t[start:pos]`` must be an apposition plus a time adjunct or an auxiliary (", backed
    by coalition jets, on Sunday ").
    """
    m = _APPOSITION_EN.match(t, start)
    if m is None:
        return None
    at = m.end()
    while at < pos:
        adj = _AFTER_APPOSITION.match(t, at)
        if adj is None or adj.end() > pos:
            break
        at = adj.end()
    return at if at >= pos or not t[at:pos].strip() else None


def _before_apposition(b: _Builder, i: int, hit: AliasMatch, pos: int) -> AliasMatch:
    """Return the subject named before a describing apposition that holds ``hit``.

    "Rebel fighters, who drove the army out of Idlib, on Monday seized X": the rebels, not
    the army named inside the clause that describes them.
    """
    if b.fr:
        return hit
    s = b.ctx.sents[i]
    t = s.text
    comma = t.rfind(",", 0, hit.start - s.start)
    if comma < 0:
        return hit
    start = t.rfind(",", 0, comma)  # the clause before the apposition
    # the apposition opens at the comma before ``hit`` and closes before the verb
    if _apposition_end(t, comma, pos) is None or not _DESCRIBING.match(t, comma):
        return hit
    before = [
        h
        for h in _armed(b.ctx.parties_in(s.start + max(0, start + 1), s.start + comma))
        if h.end <= s.start + comma
    ]
    if before and len(t[before[-1].end - s.start : comma]) <= 25:
        return before[-1]
    return hit


def _subject_place(b: _Builder, i: int, pos: int) -> _Loc | None:
    """Return the place that is the subject of the verb at ``pos`` ("Tabqa fell to ...").

    The nearest place before the verb counts when only an apposition, an auxiliary or a
    facility noun stands between ("Raqqa, the IS capital, fell to"; "Tabqa dam has fallen
    to"); "The town fell" is the town last named.
    """
    s = b.ctx.sents[i]
    t = s.text
    anaphor = re.search(r"\b(?:the|this|that)\s+\w+(?:\s+\w+)?\s*$", t[:pos], re.I)
    if anaphor is not None and b.p.anaphor.match(t, anaphor.start()):
        return b.place_at(i, anaphor.start(), pos)
    ms = [
        m for m in b.ctx.mentions_in(s.start, s.start + pos)
        if not m.metonymy and m.place is not None and m.precision != "country"
    ]  # fmt: skip
    for m in reversed(ms):
        end = m.end - s.start
        if _SUBJECT_GAP.fullmatch(t, end, pos):
            head = _located_facility(b, i, m.start - s.start)
            return head if head is not None else b.place_at(i, m.start - s.start, pos)
    # a name the place spotter missed ("Al-Bab fell to ..."), when the gazetteer knows it
    for name in reversed(list(_NAME_RE.finditer(t, 0, pos))):
        if not _SUBJECT_GAP.fullmatch(t, name.end(), pos):
            continue
        obj = _object_at(b, i, name.start(), strong=False, names_only=True)
        return obj.place if obj is not None else None
    return None


#: a non-place head noun, then a place in a prepositional phrase, right before the verb
#: ("Responsibility for the attack in Manbij remains with")
_PREP_HEAD = re.compile(
    r"^(?:The\s+)?(?:responsibility|decision|future|fate|question|file|issue|management of the "
    r"crisis|blame)\b[^,;]{0,60}?\b(?:in|of|for|on|over)\s+(?=[A-Z])",
    re.I,
)
#: a named facility, then the town that locates it ("the Conoco gas field in", "The
#: Ghwayran prison in the city of"): the facility is the head of the noun phrase
_LOCATED_FACILITY = re.compile(
    rf"(?P<np>(?:(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w'’-]*\s+){{1,3}}(?i:{_FACILITY}))"
    r"\s+(?:in|near|outside|at|of|"
    r"(?:north|south|east|west)\s+of)\s+(?:the\s+)?(?:(?:city|town|province|countryside)\s+of\s+)?$"
)


def _located_facility(b: _Builder, i: int, pos: int) -> _Loc | None:
    """Return the named facility the town at ``pos`` locates, if the town is only its locator.

    "The Conoco gas field in Deir ez-Zor was handed over": the field, not the province.
    """
    t = b.ctx.sents[i].text
    m = _LOCATED_FACILITY.search(t, max(0, pos - 80), pos)
    if m is None:
        return None
    place = b.place_at(i, m.start("np"), m.end("np"))
    if place is None or place[1] is None or place[1].precision != "site":
        named = b.p.named_facility.search(m["np"])
        if named is None or named.group().split()[0].lower() in _DEMONYMS:
            return None
        site = b.ctx.lookup(_named_key(named))
        return (site.name, site) if site is not None else (named.group(), None)
    return place


def _sides(b: _Builder, i: int, pos: int) -> list[str]:
    """Return the sides named after ``pos`` ("... between government forces and HTS")."""
    s = b.ctx.sents[i]
    t = s.text
    m = _BETWEEN.search(t, pos)
    if m is None or m.start() - pos > 40:
        return []
    end = b.p.list_end.search(t, m.end())
    stop = end.start() if end else len(t)
    out: list[str] = []
    for h in _armed(b.ctx.parties_in(s.start + m.end(), s.start + stop)):
        if h.canonical not in out:
            out.append(h.canonical)
    return out


def _low(b: _Builder, pattern: re.Pattern[str], i: int) -> list[re.Match[str]]:
    """Return the matches of a lower-case ``pattern`` in the lower-cased sentence ``i``.

    The verb families are written in lower case and read the lower-cased sentence (same
    offsets): without ``re.I`` and opening with their words, ``re`` skips straight to the
    letters they can start with, several times faster than the same pattern with ``re.I``.
    """
    pid = id(pattern)
    if pid in GATES and pid not in b.ctx.open_patterns(i):
        return []
    return list(b.ctx.fast(pattern).finditer(b.ctx.lowered[i]))


def _actor_right_after(b: _Builder, i: int, pat: re.Pattern[str], pos: int) -> AliasMatch | None:
    """Return the actor ``pat`` leads to right after ``pos`` ("to the SDF", "from IS")."""
    m = pat.match(b.ctx.sents[i].text, pos)
    if m is None:
        return None
    s = b.ctx.sents[i]
    at = s.start + m.end()
    if b.ctx.lowered[i].endswith("the ", 0, m.end()):
        at -= 4  # "to the regime": the alias may hold the article
    return _actor_at(b, i, at, s.start + m.end())


def _actor_at(b: _Builder, i: int, at: int, after_the: int) -> AliasMatch | None:
    """Return the actor starting at article offset ``at`` (or ``after_the``, past "the").

    A backer before it may stand outside the alias ("the US-backed SDF" when only "SDF" is
    one).
    """
    hits = _armed(b.ctx.parties_in(at, at + 64))
    if not hits:
        return None
    h = hits[0]
    if h.start in (at, after_the):
        return h
    s = b.ctx.sents[i]
    backed = _BACKED.match(s.text, after_the - s.start)
    return h if backed is not None and h.start == s.start + backed.end() else None


def _take(
    b: _Builder,
    i: int,
    t: str,
    start: int,
    end: int,
    *,
    strong: bool = False,
    status: ControlStatus = "holds",
    extent_is: Extent | None = None,
    loser_from: bool = True,
) -> None:
    """Read one acquisition: the subject holds the object places; "from Y": Y lost them."""
    if b.p.determiner_before.search(t[max(0, start - 8) : start]):
        return  # "its captured territory": an adjective, not a capture
    if (
        not b.fr
        and not _PARTICIPLE_AT.match(b.ctx.lowered[i], start)  # "are seizing": active
        and _PASSIVE_BE.search(t, max(0, start - 30), start)
    ):
        return  # "The town, which the SDF held, was captured after": a passive, no agent
    if b.p.facility_hold.search(t, max(0, start - 7)):
        return  # "seized parts of the prison": done by _facility_hold
    hit = _subject(b, i, start)
    if (
        hit is not None
        and not b.fr
        and _DENY.search(b.ctx.lowered[i], hit.end - b.ctx.sents[i].start, start)
    ):
        return  # "the factions denied they had captured X": a claim of not holding X
    if hit is not None:
        objs, partial = _objects(b, i, end, strong=strong)
        if not objs:
            objs = _relative_object(b, i, hit, end)
            partial = partial and bool(objs)
        if not objs and status != "contested" and _IT.match(t, end):  # not "stormed it"
            objs = _it_place(b, i, end) or _mention_before(b, i, start)
        if not objs and status == "holds":
            b.pending = (i, hit.canonical, _held_adj_actor(b, i, end))
        extent: Extent = extent_is or ("partial" if partial else "full")
        for obj in objs:
            b.add(i, hit.canonical, obj.place, status, extent)
        loser = _actor_right_after(b, i, _FROM_ACTOR, objs[-1].end) if objs and loser_from else None
        if (
            loser is not None
            and loser.canonical != hit.canonical
            and loser.surface.lower() not in _control_rules.lexicon("generic_enemies")
        ):
            for obj in objs:
                b.add(i, loser.canonical, obj.place, "lost", extent)


def _lose(b: _Builder, i: int, t: str) -> None:
    """ACTOR lost (control of) X (to Y) / withdrew from X / was driven out of X (by Y): lost."""
    for m in _low(b, _LOSE, i):
        if m["lost"] and b.p.determiner_before.search(t[max(0, m.start() - 8) : m.start()]):
            continue
        hit = _subject(b, i, m.start())
        if hit is None:
            continue
        objs, partial = _objects(b, i, m.end(), strong="control" in m.group().lower())
        if not objs and m["lost"]:  # "lost Dabiq to Turkish-backed rebels": a name, then "to"
            name = _NAME_RE.match(t, m.end())
            if (
                name is not None
                and name.group().lower() not in _MONTHS_DAYS
                and _party_lookup(name.group()) is None
                and _actor_right_after(b, i, _TO_ACTOR, name.end()) is not None
            ):
                objs = [_Obj((name.group(), b.ctx.lookup(name.group())), m.end(), name.end())]
                if objs[0].place[1] is not None and objs[0].place[1].country != "SY":
                    objs = [_Obj((name.group(), None), m.end(), name.end())]
        if not objs and m["hand"]:  # "withdrew from Manbij and handed it to": the place before
            objs = _it_place(b, i, m.end())
        extent: Extent = "partial" if partial else "full"
        # "lost Raqqa to the SDF", "were driven out of Kobani by Kurdish fighters", "handed over
        # Deir Hafer to government troops"
        winner = (
            _actor_right_after(
                b, i, _BY_ACTOR if m["passive"] or m["bare"] else _TO_ACTOR, objs[-1].end
            )
            if objs
            else None
        )
        if m["agent"]:  # "were expelled by rival rebels from X"
            s = b.ctx.sents[i]
            agent = _armed(b.ctx.parties_in(s.start + m.start("agent"), s.start + m.end("agent")))
            winner = agent[0] if agent else None
        if m["hand"] and (winner is None or winner.canonical == hit.canonical):
            continue  # "handed over the bodies", "surrendered Raqqa" with no one receiving it
        for obj in objs:
            b.add(i, hit.canonical, obj.place, "lost", extent)
        if (
            winner is not None
            and winner.canonical != hit.canonical
            and (
                m["passive"]
                or m["bare"]
                or m["hand"]
                or "lost" in m.group()
                or "loses" in m.group()
            )
        ):
            for obj in objs:
                b.add(i, winner.canonical, obj.place, "holds", extent)


_IT = re.compile(r"(?:it|them)\b(?!\s+(?:was|is|had|has|were)\b)")


def _mention_before(b: _Builder, i: int, pos: int) -> list[_Obj]:
    """Return the town named last before ``pos`` in the sentence ("stormed X and took it")."""
    s = b.ctx.sents[i]
    ms = [
        m for m in b.ctx.mentions_in(s.start, s.start + pos)
        if not m.metonymy and m.place is not None and m.precision not in ("country", "admin1")
    ]  # fmt: skip
    if not ms:
        return []
    m = ms[-1]
    return [_Obj((b.ctx.place_name(m) or m.surface, m.place), pos, pos)]


def _it_place(b: _Builder, i: int, pos: int) -> list[_Obj]:
    """Return the place "it" at ``pos`` stands for: the last place claimed in the sentence."""
    m = re.compile(r"(?:it|them)\b").match(b.ctx.lowered[i], pos)
    if m is None:
        return []
    quote = b.ctx.sents[i].text
    here = [c for c in b.claims if c.quote == quote]
    if not here:  # "withdrew from Manbij and handed it to": the town named before
        return [o._replace(end=m.end()) for o in _mention_before(b, i, pos)]
    return [_Obj((here[-1].place, here[-1].place_ref), pos, m.end())]


#: an enemy named by what it is, not by an alias ("pushed the gunmen out of X"): the subject
#: holds X, nobody named lost it
_ENEMY_WHO = re.compile(
    r"(?:the\s+)?(?:remaining\s+|last\s+)?(?:gunmen|militants|terrorists|insurgents|attackers|"
    r"assailants|remnants|cells)"
)


#: ACTOR declared victory over Y in X: ACTOR holds X, Y lost it
_VICTORY = re.compile(
    r"(?<!\w)(?:declared|declares|declare|announced|announces|announce|proclaimed|proclaims|"
    r"proclaim)\s+(?:(?:a|its|their|the|final|total|full|complete|military|territorial)\s+)*"
    r"victory\s+(?:over|against)\s+(?P<who>[^,.;()]{2,50}?)\s+in\s+"
)
gated(_VICTORY, "victory over", "victory against")


def _victory(b: _Builder, i: int, t: str) -> None:
    """ACTOR declared victory over Y in X: ACTOR holds X ("full"), Y lost X."""
    s = b.ctx.sents[i]
    for m in _low(b, _VICTORY, i):
        hit = _subject(b, i, m.start())
        if hit is None:
            continue
        objs, partial = _objects(b, i, m.end())
        extent: Extent = "partial" if partial else "full"
        who = _armed(b.ctx.parties_in(s.start + m.start("who"), s.start + m.end("who")))
        for obj in objs:
            b.add(i, hit.canonical, obj.place, "holds", extent)
            if who and who[0].canonical != hit.canonical:
                b.add(i, who[0].canonical, obj.place, "lost", extent)


#: X was liberated from / cleared of / declared free of Y: Y lost X
_FREED = re.compile(
    r"(?<!\w)(?:was|were|is|are|been|being)\s+(?:(?:fully|completely|finally|entirely|now|"
    r"totally|officially|largely)\s+)*(?:(?:liberated|freed|purged)\s+from|(?:cleared|purged|rid)\s+of|"
    r"declared\s+(?:(?:fully|completely|totally)\s+)?(?:free|clear|cleared)\s+of)\s+(?:the\s+)?"
)
gated(_FREED, "liberated from", "freed from", "purged", "cleared of", "rid of", "free of",
      "clear of")  # fmt: skip


def _freed(b: _Builder, i: int, t: str) -> None:
    """X was liberated from / cleared of Y: Y lost X (the place before the verb)."""
    s = b.ctx.sents[i]
    low = b.ctx.lowered[i]
    for m in _low(b, _FREED, i):
        if _NOT_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            continue
        at = s.start + m.end()
        who = _actor_at(b, i, at, at)
        if who is None:
            continue
        place = _subject_place(b, i, m.start())
        if place is None:
            continue
        enemy = who.canonical
        if who.surface.lower() in _control_rules.lexicon("generic_enemies"):
            # "cleared of terrorists", said by the Turkish defence ministry: its enemy's
            party = _speaker_party(b, i)
            enemy = _control_rules.mapping("speaker_enemies").get(party or "", enemy)
        b.add(i, enemy, place, "lost", "full")
        by = _actor_right_after(b, i, _BY_ACTOR, m.end() + len(who.surface)) or b.speaker(i)
        if by is not None and by.canonical != enemy:  # "..., the SDF said": the SDF's
            b.add(i, by.canonical, place, "holds", "full")


def _drive(b: _Builder, i: int, t: str) -> None:
    """ACTOR drove / expelled WHO out of X: ACTOR holds X, WHO lost X."""
    s = b.ctx.sents[i]
    low = b.ctx.lowered[i]
    for m in _low(b, _DRIVE, i):
        if _NOT_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            continue  # "vowed to drive the SDF out of", "did not push": no deed
        who = _armed(b.ctx.parties_in(s.start + m.start("who"), s.start + m.end("who")))
        rest = t[who[-1].end - s.start : m.end("who")] if who else ""
        enemy = not who and _ENEMY_WHO.fullmatch(m["who"]) is not None
        if not enemy and (not who or not _PEOPLE_AFTER.fullmatch(rest)):
            continue  # the object is an armed actor ("drove IS", "expelled Nusra Front fighters")
        hit = _subject(b, i, m.start())
        objs, partial = _objects(b, i, m.end())
        extent: Extent = "partial" if partial else "full"
        for obj in objs:
            if hit is not None and (enemy or hit.canonical != who[-1].canonical):
                b.add(i, hit.canonical, obj.place, "holds", extent)
            if not enemy:
                b.add(i, who[-1].canonical, obj.place, "lost", extent)


def _passive(b: _Builder, i: int, t: str) -> None:
    """X was captured / overrun by Y: Y holds X ("retaken / recaptured by Y": regained)."""
    s = b.ctx.sents[i]
    for m in _low(b, _PASSIVE, i):
        if _NOT_BEFORE.search(b.ctx.lowered[i], max(0, m.start() - 30), m.start()):
            continue
        at = s.start + m.end()
        agent = _actor_at(b, i, at - 4 if b.ctx.lowered[i].endswith("the ", 0, m.end()) else at, at)
        if agent is None:  # "was seized by his forces", a party's spokesman said
            own = _SPEAKER_FORCES.match(t, m.end())
            agent = b.speaker(i, own.start(), own.end()) if own is not None else None
        if agent is None:
            continue
        subj = t[: m.start()]
        clause = max([subj.rfind(w) for w in b.p.clause_words] + [subj.rfind(",")])
        if _armed(b.ctx.parties_in(s.start + clause + 1, s.start + m.start())):
            continue  # "IS fighters were captured by the SDF": people, not a place
        place = _subject_place(b, i, m.start())
        if place is None:
            continue
        verb = m["verb"].lower()
        status: ControlStatus = (
            "lost"
            if verb == "lost"
            else "regained"
            if verb.startswith(("re", "taken back", "won"))
            else "holds"
        )
        b.add(i, agent.canonical, place, status, "full")
        if m["prev"] and status != "lost":
            prev = _armed(b.ctx.parties_in(s.start + m.start("prev"), s.start + m.end("prev")))
            if prev and prev[0].canonical != agent.canonical:
                b.add(i, prev[0].canonical, place, "lost", "full")


def _in_control(b: _Builder, i: int, t: str) -> None:
    """ACTOR took / gained control of X (acquisition), is in / has control of X: holds."""
    low = b.ctx.lowered[i]
    if low.count("control of") + low.count("control over") <= b.control_read.get(i, 0):
        return  # "regained full control of": read by _regain
    for m in _low(b, _IN_CONTROL, i):
        if m["take"]:
            _take(b, i, t, m.start(), m.end(), strong=True)
            continue
        hit = _subject(b, i, m.start())
        if hit is None:
            continue
        objs, partial = _objects(b, i, m.end(), strong=True)
        extent: Extent = "partial" if partial else "full"
        for obj in objs:
            b.add(i, hit.canonical, obj.place, "holds", extent)


def _held_adj(b: _Builder, i: int, t: str) -> None:
    """Read "the SDF-held town of X", "regime-controlled X": holds.

    Not when the sentence says the place was just taken or lost ("captured the IS-held
    town of Hajin"): the adjective then tells the state before.
    """
    for m in _low(b, _HELD_ADJ, i):
        head = b.ctx.lowered[i][: m.start()]
        if any(p.search(head) for p in (_LOSE, _DRIVE, _REGAIN, _BATTLING)) or any(
            h.rule.status in ("holds", "lost") and h.rule.shape != "DENIAL"
            for h in _control_rules.hits(head)
        ):
            continue
        hits = _held_adj_holders(b, i, m)
        actor = hits[-1].canonical if hits else _ADJ_ACTOR_EN.get(m["who"].lower())
        if actor is None:
            continue
        objs, partial = _objects(b, i, m.end())
        extent: Extent = "partial" if partial else "full"
        for obj in objs:
            b.add(i, actor, obj.place, "holds", extent)


def _hold_verb(b: _Builder, i: int, t: str) -> None:
    """ACTOR controls / holds X where _CONTROLS and _zones do not read it: holds."""
    done = b.verbs_read.get(i, ())
    low = b.ctx.lowered[i]
    verbs = sum(map(low.count, ("control", "hold", "held", "occup", "s run", "d run"))) - sum(
        map(low.count, ("control of", "control over", "controlled by", "held by"))
    )
    if verbs <= len(done):
        return  # every verb read already ("controls parts of the provinces of ...")
    for m in _low(b, _HOLD_VERB, i):
        if m.start() in done or _NOUN_BEFORE.search(
            b.ctx.lowered[i], max(0, m.start() - 12), m.start()
        ):
            continue
        if not m.group().rstrip().endswith("ing") and _BE_BEFORE.search(
            t, max(0, m.start() - 20), m.start()
        ):
            continue  # "are held in Hasakah": passive
        if _RELATIVE_BEFORE.search(low, max(0, m.start() - 40), m.start()):
            continue  # "the last pockets they held around X": the pockets, read by the verb before
        hit = _subject(b, i, m.start())
        if hit is None:
            continue
        objs, partial = _objects(b, i, m.end()) if t[m.end() : m.end() + 1] != "," else ([], False)
        if not objs:  # "Hasakah, which the SDF controls,"
            objs = _relative_object(b, i, hit, m.end())
        extent: Extent = "partial" if partial else "full"
        for obj in objs:
            b.add(i, hit.canonical, obj.place, "holds", extent)


def _fight_sides(b: _Builder, i: int, pos: int) -> list[str]:
    """Return the two or more sides of a fight told in the clause after ``pos``.

    "X changed hands as government troops and rebels fought over the town", "... with IS
    and the SDF trading control", "... while A and B battled for it": the subjects of the
    fighting verb. One side alone ("as IS attacked") is no contest.
    """
    m = _FIGHT_CLAUSE.search(b.ctx.lowered[i], pos, pos + 160)
    if m is None or m.start() - pos > 60:
        return []
    s = b.ctx.sents[i]
    out: list[str] = []
    for h in _armed(b.ctx.parties_in(s.start + m.start("sides"), s.start + m.end("sides"))):
        if h.canonical not in out:
            out.append(h.canonical)
    return out if len(out) > 1 else []


#: a fight named by its noun or verb ("clashes between A and B in X", "A clashed with B
#: inside X", "A and B fought street battles in X"): both sides contest X
_CLASH = re.compile(
    r"(?<![\w-])(?:clash(?:es|ed|ing)?|fighting|fought|battles|battled|battling|skirmish(?:es|ed)|"
    r"firefights?|street\s+battles|confrontations)\b"
)
gated(_CLASH, "clash", "fighting", "fought", "battles", "battled", "battling", "skirmish",
      "firefight", "confrontations")  # fmt: skip
#: where a fight is: a preposition before the place ("in", "inside", "around", "for")
_CLASH_WHERE = re.compile(
    r"\b(?:in|inside|around|near|at|on|for(?:\s+(?:full\s+)?control\s+of)?)\s+"
)
_NO_BEFORE = re.compile(r"\b(?:no|any|without|avoid|prevent|end|stop|halt)\s+(?:\w+\s+)?$")
_WITH_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?with\s+(?:the\s+)?")


def _clash_sides(b: _Builder, i: int, m: re.Match[str]) -> list[str]:
    """Return the two or more sides of the fight at ``m``, else []."""
    s = b.ctx.sents[i]
    t = s.text
    sides = _sides(b, i, m.end())  # "clashes (broke out) between A and B"
    if len(sides) < 2:
        w = _WITH_AFTER.match(t, m.end())  # "A clashed with B"
        other = _actor_at(b, i, s.start + w.end(), s.start + w.end()) if w else None
        subject = _subject(b, i, m.start()) if other is not None else None
        sides = [x.canonical for x in (subject, other) if x is not None]
    if len(sides) < 2:  # "A and B fought street battles"
        clause = max(t.rfind(c, 0, m.start()) for c in (",", ";", ":"))
        sides = []
        for h in _armed(b.ctx.parties_in(s.start + clause + 1, s.start + m.start())):
            if h.canonical not in sides:
                sides.append(h.canonical)
        between = t[clause + 1 : m.start()].lower()
        if " and " not in between:
            return []
    out = list(dict.fromkeys(sides))
    return out if len(out) > 1 else []


def _clashes(b: _Builder, i: int, t: str) -> None:
    """Read a fight between two named sides in a named place: each side contests it."""
    low = b.ctx.lowered[i]
    s = b.ctx.sents[i]
    if len({h.canonical for h in _armed(b.ctx.parties_in(s.start, s.end))}) < 2:
        return  # a fight needs two named sides
    done: set[int] = set()
    for m in _low(b, _CLASH, i):
        if m.start() in done or _NO_BEFORE.search(low, max(0, m.start() - 20), m.start()):
            continue
        if _NOT_BEFORE.search(low, max(0, m.start() - 30), m.start()):
            continue
        sides = _clash_sides(b, i, m)
        if not sides:
            continue
        objs: list[_Obj] = []
        for w in _CLASH_WHERE.finditer(low, m.end(), min(len(low), m.end() + 140)):
            if low.startswith(("in which", "at least", "on monday", "on sunday"), w.start()):
                continue
            objs, _ = _objects(b, i, w.end())
            if objs:
                break
        for obj in objs:
            for actor in sides:
                b.add(i, actor, obj.place, "contested", "partial")
        done.add(m.start())


#: an armed side's posts in a place ("SDF positions in Hajin", "rebel checkpoints near Saraqib",
#: "its bases around Qamishli"): the side holds part of it
_POSTS = re.compile(
    r"(?<![\w-])(?:positions|position|posts|outposts|checkpoints|bases|barracks|headquarters|"
    r"front\s+lines?|frontlines?|strongpoints|fortifications)\s+(?:(?:in|inside|near|around|at)\s+|"
    r"on\s+the\s+(?:outskirts|edges?)\s+of\s+|in\s+the\s+(?:countryside|outskirts|centre|center)\s+of\s+)"
    r"(?:the\s+)?"
)
gated(_POSTS, "position", "posts", "checkpoints", "bases", "barracks", "headquarters", "front line",
      "frontline", "strongpoints", "fortifications")  # fmt: skip
#: what stands between the side and its posts ("SDF military positions", "the army's forward
#: positions")
_POST_OWNER_GAP = re.compile(
    r"(?:['’]s?)?\s+(?:(?:military|forward|main|key|remaining|last|former|defensive|advanced|"
    r"fortified|front|new|several|some|two|three|four|many|own)\s+){0,2}$"
)
_FORMER_BEFORE = re.compile(r"\b(?:former|abandoned|old|ex|once|previous|vacated|deserted)\b")
#: taking or leaving the posts: their side lost the place
_POSTS_LOST = re.compile(
    r"\b(?:captured|seized|overran|overrun|stormed|took\s+over|took|taken|withdrew\s+from|"
    r"withdrawn\s+from|abandoned|evacuated|pulled\s+out\s+of|retreated\s+from|lost|"
    r"handed|handing|hands|handed\s+over|surrendered|ceded|vacated)\s+"
    r"(?:\w+\s+){0,5}$"
)


def _posts(b: _Builder, i: int, t: str) -> None:
    """Read an armed side's posts in a place: the side holds part of it (lost when taken)."""
    s = b.ctx.sents[i]
    low = b.ctx.lowered[i]
    for m in _low(b, _POSTS, i):
        gap = _POST_OWNER_GAP.search(t, max(0, m.start() - 40), m.start())
        if gap is None:
            continue
        end = s.start + gap.start()
        hits = [x for x in _armed(b.ctx.parties_in(max(s.start, end - 60), end)) if x.end == end]
        word = re.search(r"([\w-]+)$", t[: gap.start()])
        owner = hits[-1].canonical if hits else _adj_actor(b, word.group(1) if word else None)
        head = (hits[-1].start - s.start) if hits else (word.start() if word else gap.start())
        if _FORMER_BEFORE.search(low, max(0, head - 30), m.start()):
            continue  # "the former SDF positions", "abandoned regime posts": no longer theirs
        if owner is None and word is not None and word.group(1).lower() in ("its", "their"):
            subject = b.actor_before(i, word.start(), first=True)
            owner = subject.canonical if subject is not None else None
        if owner is None:
            continue
        objs, _ = _objects(b, i, m.end())
        lost = _POSTS_LOST.search(low, max(0, head - 60), head) is not None
        for obj in objs[:1]:
            b.add(i, owner, obj.place, "lost" if lost else "holds", "partial")


def _contested(b: _Builder, i: int, t: str) -> None:
    """X changed hands / is contested between A and B: contested, partial, one claim per side."""
    for m in _low(b, _CONTESTED, i):
        sides = _sides(b, i, m.end()) or _fight_sides(b, i, m.end())
        if not sides:
            continue
        place = _subject_place(b, i, m.start())
        if place is None:
            continue
        for actor in sides:
            b.add(i, actor, place, "contested", "partial")


def _disputes(b: _Builder, i: int, t: str, disputes: dict[str, str]) -> None:
    s = b.ctx.sents[i]
    place: _Loc | None
    for m in b.ctx.matches(b.p.not_recognize, i):
        subj = b.actor_before(i, m.start(), first=True)
        if subj is None:
            continue
        clause_end = b.p.dispute_end.search(t[m.end() :])
        end = m.end() + (clause_end.start() if clause_end else len(t) - m.end())
        obj = _armed(b.ctx.parties_in(s.start + m.end(), s.start + end))
        if not obj:
            continue
        place = b.place_at(i, m.end(), end) or ("Syria", b.ctx.lookup("Syria"))
        disputes[obj[0].canonical] = subj.canonical
        b.add(i, obj[0].canonical, place, "disputed", "full", disputed_by=subj.canonical,
              claimant=subj.canonical, claimant_surface=t[: m.end()].strip())  # fmt: skip
    for m in b.ctx.matches(b.p.occupation, i):
        group = "who2" if not b.fr and m["who2"] else "who"
        if group == "who2":  # the speaker disputes: "X said the presence of ... was an ..."
            att = b.ctx.attributions[i]
            canon = _party_lookup(att.claimant) if att.named else None
            subj = AliasMatch(canon, att.claimant, s.start, s.start, "org") if canon else None
        else:
            subj = b.actor_before(i, m.start(), first=True)
        who = _armed(b.ctx.parties_in(s.start + m.start(group), s.start + m.end(group)))
        if subj is None or not who:
            continue
        disputes[who[0].canonical] = subj.canonical
        # "the Turkish troops in Idlib", "US forces at al-Tanf": the place named with them
        place = b.place_at(i, who[0].end - s.start, m.end(group)) if not b.fr else None
        if place is None or (place[1] is None and place[0].split()[0].lower() in _DEMONYMS):
            place = ("Syria", b.ctx.lookup("Syria"))  # "on Syrian soil": the country
        b.add(i, who[0].canonical, place, "disputed", "partial", disputed_by=subj.canonical,
              claimant=subj.canonical, claimant_surface=subj.surface + " " + m.group())  # fmt: skip
    occupying = [
        h for h in _armed(b.ctx.parties_in(s.start, s.end)) if "occup" in h.surface.lower()
    ]
    if not (occupying or b.ctx.hit(b.p.leave, i) or b.ctx.hit(b.p.illegal_presence, i)):
        return
    att = b.ctx.attributions[i]
    by_default = att.claimant if att.named else None
    if by_default is None:
        first = b.actor_before(i, len(t), first=True)
        if b.p.syria_first.match(t):
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
    for m in b.ctx.matches(b.p.leave, i):
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
        for m2 in b.p.that_leave.finditer(rest):
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
    for m in b.ctx.matches(b.p.illegal_presence, i):
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
        if place[0].lower() in b.p.country:
            place = ("Syria", b.ctx.lookup("Syria"))
        disputes.setdefault(who[0].canonical, by)
        b.add(i, who[0].canonical, place, "disputed", "partial", disputed_by=by, claimant=by)


def _named_key(named: re.Match[str]) -> str:
    """Return the name to look a facility up by: "Ghwayran prison", "prison de Ghwayran"."""
    if "name" not in named.re.groupindex:
        return named.group()
    noun = " ".join(named["noun"].lower().split())
    return f"{named['name']} {_NOUN_EN.get(noun, noun)}"


def _proper(frag: str) -> str | None:
    """Return the first capitalised name in ``frag`` ("The town of Tal Rifaat": Tal Rifaat)."""
    for m in _PROPER.finditer(frag):
        words = m.group().split(" ")
        while words and words[0] in _NOT_NAMES:
            words.pop(0)
        if words:
            return " ".join(words)
    return None


#: capitalised words opening a sentence, not names
_NOT_NAMES = frozenset({
    "The", "A", "An", "This", "That", "Its", "Their", "In", "On", "At",
    # quantifiers opening a sentence ("Both towns are held by", "All three villages")
    "Both", "All", "These", "Those", "Several", "Some", "Many", "Most", "Each", "Other",
    # French determiners opening a sentence ("Les zones sous contrôle kurde")
    "Les", "La", "Le", "Des", "Du", "Un", "Une", "Ces", "Cette", "Ce", "Leurs", "Leur", "Dans",
})  # fmt: skip


# ---------------------------------------------------------------- the rules of control.yaml
# One reader per shape (see corpus/rules/control.yaml and corpus._control_rules).


def _read_svo(b: _Builder, i: int, t: str, h: _control_rules.Hit) -> None:
    """ACTOR VERB PLACE: the subject does ``status`` to the places after the verb."""
    r = h.rule
    if r.loser == "from" and _TO_BEFORE.search(b.ctx.lowered[i], max(0, h.start - 4), h.start):
        _held_before(b, i, h)
        return
    if (
        r.unless_after is not None
        and r.unless_after.search(b.ctx.lowered[i], h.end, h.end + 80)
        and not _state_takeover(b, i, h.start)
    ):
        return  # "entered Tal Tamr under a deal with the SDF": a deployment, not a capture
    _take(b, i, t, h.start, h.end, strong=r.strong, status=r.status,  # type: ignore[arg-type]
          extent_is=r.extent, loser_from=r.loser == "from")  # type: ignore[arg-type]  # fmt: skip


#: the state's forces after the fall of the former government
_STATE_AFTER_FALL = frozenset({"Syrian government", "General Security"})


@cache
def _fall() -> date:
    """Return the day the former government fell (``people_of.fall`` of the figures rules)."""
    fall = _rules.load("figures")["people_of"]["fall"]
    return fall if isinstance(fall, date) else date.fromisoformat(str(fall))


def _state_takeover(b: _Builder, i: int, pos: int) -> bool:
    """Whether the state's forces enter under a deal after the fall: a takeover, not a visit.

    In 2025 the new government's army and General Security took over towns, dams, fields
    and camps held by the SDF "under the agreement": the state then holds them. Before
    the fall, "entered Kobani under a deal with the SDF" was a deployment beside the SDF.
    """
    pub = b.ctx.article.published
    if pub is None or pub < _fall():
        return False
    hit = _subject(b, i, pos)
    return hit is not None and hit.canonical in _STATE_AFTER_FALL


#: "X, which ACTOR captured": a relative pronoun right before the subject
_WHICH_BEFORE = re.compile(r"\s*,?\s*\b(?:which|that)\s+(?:the\s+)?$", re.I)
#: what follows a verb whose object went before it ("which ... captured in 2018,")
_OBJECT_GONE = re.compile(
    r"\s*(?:[,.;)]|$|(?:in|on|over|last|this|early|late|after|during|from|with|two|three|four|"
    r"five|several|weeks|months|years|days)\b)",
    re.I,
)
#: "to" right before a verb: an aim, not a deed ("an offensive to wrest X from Y")
_TO_BEFORE = re.compile(r"\bto\s+$")


def _relative_object(b: _Builder, i: int, hit: AliasMatch, end: int) -> list[_Obj]:
    """Return the place a relative clause's verb takes: the place before "which".

    "Afrin, which Turkish forces captured in 2018", "Saraqib, which the army retook in
    February": only when nothing after the verb ending at ``end`` is its object.
    """
    s = b.ctx.sents[i]
    t = s.text
    which = _WHICH_BEFORE.search(t, max(0, hit.start - s.start - 12), hit.start - s.start)
    if which is None or not _OBJECT_GONE.match(t, end):
        return []
    place = _subject_place(b, i, which.start())
    return [_Obj(place, which.start(), which.start())] if place is not None else []


def _held_before(b: _Builder, i: int, h: _control_rules.Hit) -> None:
    """Read an aim to take a place from someone: that one holds it ("to wrest X from Y").

    Taking a place from someone, even as an aim, says who holds it.
    """
    objs, partial = _objects(b, i, h.end, strong=h.rule.strong)
    holder = _actor_right_after(b, i, _FROM_ACTOR, objs[-1].end) if objs else None
    if holder is None or holder.surface.lower() in _control_rules.lexicon("generic_enemies"):
        return
    for obj in objs:
        b.add(i, holder.canonical, obj.place, "holds", "partial" if partial else "full")


def _held_adj_holders(b: _Builder, i: int, m: re.Match[str]) -> list[AliasMatch]:
    """Return the armed actors an "X-held" adjective names ("Islamic State-held": IS).

    The name may be of several words before the hyphen; it must end there.
    """
    s = b.ctx.sents[i]
    end = s.start + m.end("who")
    hits = _armed(b.ctx.parties_in(max(s.start, s.start + m.start() - 30), end))
    return [h for h in hits if h.end == end]


def _held_adj_actor(b: _Builder, i: int, pos: int) -> str | None:
    """Return the holder an "X-held" adjective names just after ``pos`` ("an IS-held town")."""
    s = b.ctx.sents[i]
    m = _HELD_ADJ.search(b.ctx.lowered[i], pos, pos + 40)
    if m is None:
        return None
    hits = _held_adj_holders(b, i, m)
    begin = hits[-1].start - s.start if hits else m.start()  # "an Islamic State-held town"
    if not re.fullmatch(r"\s*(?:(?:a|an|the|its|their)\s+)?", b.ctx.lowered[i][pos:begin]):
        return None
    return hits[-1].canonical if hits else _ADJ_ACTOR_EN.get(m["who"].lower())


def _read_place_speaker(b: _Builder, i: int, t: str, h: _control_rules.Hit) -> None:
    """PLACE VERB SPEAKER: "the airport is in our hands", said by a party: it holds the place."""
    actor = _speaker_party(b, i)
    if actor is None:
        return
    if _actor_right_after(b, i, _BY_ACTOR, h.end) is not None:
        return  # "was liberated in 2018 by the SDF, the coalition said": the agent's, read apart
    place = _subject_place(b, i, h.start)
    if place is not None:
        b.add(i, actor, place, h.rule.status, h.rule.extent or "full")  # type: ignore[arg-type]


def _read_place_agent(b: _Builder, i: int, t: str, h: _control_rules.Hit) -> None:
    """PLACE VERB ACTOR: the place before the verb, the actor right after it ("fell to")."""
    low = b.ctx.lowered[i]
    if _NOT_BEFORE.search(low, max(0, h.start - 30), h.start):
        return
    s = b.ctx.sents[i]
    at = s.start + h.end
    agent = _actor_at(b, i, at - 4 if low.endswith("the ", 0, h.end) else at, at)
    if agent is None:
        return
    head = t[: h.start]
    clause = max([head.rfind(w) for w in b.p.clause_words] + [head.rfind(",")])
    if _armed(b.ctx.parties_in(s.start + clause + 1, s.start + h.start)):
        return  # "IS fighters were handed over to Iraq": people, not a place
    place = _subject_place(b, i, h.start)
    if place is not None and _PREP_HEAD.search(t, 0, h.start):
        return  # "Responsibility for the attack in Manbij remains with IS": no place subject
    if place is not None:
        b.add(i, agent.canonical, place, h.rule.status, h.rule.extent or "full")  # type: ignore[arg-type]


def _speaker_party(b: _Builder, i: int) -> str | None:
    """Return the party the sentence's claimant speaks for ("an SDF spokesman"), if any."""
    att = b.ctx.attributions[i]
    if not att.named:
        return None
    canon = att.claimant if att.claimant in _party_canonicals() else _party_lookup(att.claimant)
    if canon is None:  # "the Turkish defence ministry said": a claimant speaking for a party
        canon = _control_rules.mapping("speaker_parties").get(att.claimant)
    if canon is None:
        hits = _armed(parties().find(att.surface or att.claimant))
        canon = hits[0].canonical if hits else None
    return canon if canon not in NON_ACTORS else None


def _read_declared(b: _Builder, i: int, t: str, h: _control_rules.Hit) -> None:
    """ACTOR DECLARES PLACE: "declared X liberated": the subject, else the speaker, holds X."""
    r = h.rule
    if _NOT_BEFORE.search(b.ctx.lowered[i], max(0, h.start - 30), h.start):
        return
    objs, partial = _objects(b, i, h.end, strong=r.strong)
    if not objs or r.then is None or r.then.match(b.ctx.lowered[i], objs[-1].end) is None:
        return
    hit = _subject(b, i, h.start)
    actor = hit.canonical if hit is not None else _speaker_party(b, i)
    if actor is None:
        return
    extent: Extent = r.extent or ("partial" if partial else "full")  # type: ignore[assignment]
    for obj in objs:
        b.add(i, actor, obj.place, r.status, extent)  # type: ignore[arg-type]


#: "the SDF's capture of", "their seizure of": the possessor right before the noun
_POSSESSOR = re.compile(
    r"['’]s?\s+(?:(?:swift|rapid|quick|recent|final|eventual|full|total|complete|effective|"
    r"firm|continued)\s+)?$"
)
#: the agent right after a noun's place ("the capture of X by the SDF", "the fall of X to")
_BY_TO_RIGHT = re.compile(
    r"\s+(?:(?:passed|went|reverted|returned|shifted|has\s+passed|was\s+transferred|was\s+handed)"
    r"\s+)?(?:by|to)\s+(?:the\s+)?"
)
#: the same in French: "la prise de X par les FDS", "la chute de X aux mains des rebelles"
_BY_TO_RIGHT_FR = re.compile(
    r"\s+(?:par|aux\s+mains\s+d(?:es|u|e\s+la|e\s+l['’]|e)|au\s+profit\s+d(?:es|u))\s+"
    r"(?:les\s+|la\s+|le\s+|l['’])?"
)
#: "The army announced the capture of X": the noun is the object of a verb of telling
_TOLD_NOUN = re.compile(
    r"\b(?:announced|announces|declared|declares|confirmed|confirms|completed|completes|"
    r"celebrated|celebrates|claimed|claims|began|begun|begins|started|starts|completed)\s+"
    r"(?:the\s+|its\s+|their\s+)?$"
)


def _read_noun(b: _Builder, i: int, t: str, h: _control_rules.Hit) -> None:
    """NOUN OF PLACE: "the capture of X by Y", "Y's capture of X", "the fall of X to Y"."""
    r = h.rule
    low = b.ctx.lowered[i]
    if r.unless_before is not None and r.unless_before.search(low, max(0, h.start - 40), h.start):
        return  # "the possibility of a capture of", "since the fall of"
    owned = _OWNER_BEFORE.search(low, max(0, h.start - 40), h.start)
    if owned is not None and r.unless_before is not None:
        at = owned.start()
        for _ in range(3):  # the possessor may be one to three words ("Turkish forces'")
            if r.unless_before.search(low, max(0, at - 40), at):
                return  # "Ankara demanded the SDF's withdrawal from": an aim, not a deed
            at = low.rfind(" ", 0, max(0, at - 1)) + 1
            if at <= 0:
                break
    if r.loser == "of":  # "the withdrawal of government forces from Palmyra"
        _read_noun_actor_from(b, i, t, h)
        return
    objs, partial = _objects(b, i, h.end, strong=True)
    if not objs:
        return
    end = objs[-1].end
    if _NOT_DONE.match(t, end):  # not "May 2017"
        return  # "the capture of Raqqa would take months": not done
    extent0: Extent = r.extent or ("partial" if partial else "full")  # type: ignore[assignment]
    lost_by = _actor_right_after(b, i, _FROM_ACTOR, end) if r.loser == "from" else None
    if lost_by is not None and lost_by.surface.lower() not in _control_rules.lexicon(
        "generic_enemies"
    ):  # "the liberation of A and B from the YPG": the YPG lost them
        for obj in objs:
            b.add(i, lost_by.canonical, obj.place, "lost", extent0)
    actor = _actor_right_after(b, i, _BY_TO_RIGHT_FR if b.fr else _BY_TO_RIGHT, end)  # "by the SDF"
    taker: str | None = None
    loser: str | None = None
    owner = _POSSESSOR.search(t, max(0, h.start - 24), h.start)
    if r.receiver == "to":  # "the SDF's handover of X to the army": the army holds, the SDF lost
        giver = _owner_hit(b, i, owner) if owner is not None else None
        if actor is None or (giver is not None and giver.canonical == actor.canonical):
            return
        for obj in objs:
            b.add(i, actor.canonical, obj.place, r.status, extent0)  # type: ignore[arg-type]
            if giver is not None:
                b.add(i, giver.canonical, obj.place, "lost", extent0)
        return
    if owner is None and actor is not None:
        taker = actor.canonical
    else:
        s = b.ctx.sents[i]
        if owner is not None:
            hits = [
                x for x in _armed(b.ctx.parties_in(max(s.start, s.start + owner.start() - 60),
                                                   s.start + owner.start()))
                if x.end == s.start + owner.start()
            ]  # fmt: skip
            taker = hits[-1].canonical if hits else None
    told = _TOLD_NOUN.search(low, max(0, h.start - 20), h.start) if taker is None else None
    if told is not None:  # "The army announced the capture of X": the subject took it
        subject = _subject(b, i, told.start())
        taker = subject.canonical if subject is not None else None
    gains = (
        None if taker is not None else _GAINS_INCLUDING.search(t, max(0, h.start - 120), h.start)
    )
    if gains is not None:  # "the rebels' swift advances, including the seizure of X"
        s = b.ctx.sents[i]
        hits = [
            x
            for x in _armed(
                b.ctx.parties_in(s.start + max(0, gains.start() - 60), s.start + gains.start())
            )
            if x.end == s.start + gains.start()
        ]
        taker = hits[-1].canonical if hits else None
    if taker is None and b.pending is not None and i - b.pending[0] <= 1:
        # "X captured an IS-held town. The capture of Y ...": the capture told just before
        _, taker, loser = b.pending
    if taker is None:
        return
    extent: Extent = r.extent or ("partial" if partial else "full")  # type: ignore[assignment]
    if partial:
        extent = "partial"
    for obj in objs:
        b.add(i, taker, obj.place, r.status, extent)  # type: ignore[arg-type]
        if loser is not None and loser != taker:
            b.add(i, loser, obj.place, "lost", extent)


def _owner_hit(b: _Builder, i: int, owner: re.Match[str]) -> AliasMatch | None:
    """Return the armed actor that ends right at a possessive mark ("the SDF's")."""
    s = b.ctx.sents[i]
    hits = [
        x
        for x in _armed(b.ctx.parties_in(max(s.start, s.start + owner.start() - 60),
                                         s.start + owner.start()))
        if x.end == s.start + owner.start()
    ]  # fmt: skip
    return hits[-1] if hits else None


#: a possessor right before a noun ("the SDF's", "Turkish forces'"): the words a rule's
#: ``unless_before`` reads stand before it
_OWNER_BEFORE = re.compile(r"(?<![\w-])[\w-]+['’]s?\s+(?:\w+\s+)?$")
#: an actor's gains and a noun of taking among them ("the rebels' swift advances, including
#: the seizure of X", "the SDF's gains, among them the capture of X")
_GAINS_INCLUDING = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:advances?|gains|offensive|push|campaign|victories|successes|"
    r"operations?|progress|sweep|onslaught)\b[^.;]{0,40}?,?\s+(?:including|among\s+them|such\s+as)"
    r"\s+(?:the\s+)?$"
)
#: a modal after a noun of taking: not done ("the capture of Raqqa would take months",
#: "la prise de Raqqa prendra des mois")
_NOT_DONE = re.compile(
    r"[^.;]{0,30}?\b(?:would|could|might|will|may|prendra|prendrait|pourrait|pourra|devrait|"
    r"devra|serait|sera)\b"
)
#: "from" after the actor of "the withdrawal of ACTOR from X"
_FROM_RIGHT = re.compile(r"\s+(?:\w+\s+){0,2}?from\s+")
_FROM_RIGHT_FR = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’])")


def _read_noun_actor_from(b: _Builder, i: int, t: str, h: _control_rules.Hit) -> None:
    """NOUN OF ACTOR FROM PLACE: "the withdrawal / expulsion of ACTOR from X": ACTOR lost X.

    A taker after the places ("the expulsion of IS from Raqqa by the SDF") holds them.
    """
    s = b.ctx.sents[i]
    past_the = h.end + 4 if b.ctx.lowered[i].startswith("the ", h.end) else h.end
    actor = _actor_at(b, i, s.start + h.end, s.start + past_the)
    if actor is None:
        return
    m = (_FROM_RIGHT_FR if b.fr else _FROM_RIGHT).match(t, actor.end - s.start)
    if m is None:
        return
    objs, partial = _objects(b, i, m.end(), strong=True)
    if not objs:
        return
    end = objs[-1].end
    if _NOT_DONE.match(t, end):
        return  # "the withdrawal of US troops from Syria would ...": not done
    extent: Extent = h.rule.extent or ("partial" if partial else "full")  # type: ignore[assignment]
    taker = _actor_right_after(b, i, _BY_TO_RIGHT_FR if b.fr else _BY_TO_RIGHT, end)
    for obj in objs:
        b.add(i, actor.canonical, obj.place, "lost", extent)
        if taker is not None and taker.canonical != actor.canonical:
            b.add(i, taker.canonical, obj.place, "holds", extent)


def _read_denial(b: _Builder, i: int, t: str, h: _control_rules.Hit, since: int) -> None:
    """DENIAL: the claims read from the rest of the sentence become disputed by the denier."""
    r = h.rule
    if r.then is not None and r.then.match(b.ctx.lowered[i], h.end) is None:
        return  # "denied any losses": no one's claim is denied
    here = [k for k in range(since, len(b.claims)) if b.claims[k].status != "disputed"]
    if not here:
        return
    who = _subject(b, i, h.start, 60)
    by = who.canonical if who is not None else _speaker_party(b, i)
    if by is None:
        att = b.ctx.attributions[i]
        by = att.claimant if att.named else None
    for k in here:
        b.claims[k] = replace(b.claims[k], status="disputed", disputed_by=by)


#: what may stand between a holder and its noun ("the rebels' last", "an IS")
_HOLDER_GAP = re.compile(
    r"(?:['’]s?)?\s+(?:(?:last|main|key|major|remaining|largest|final|biggest|chief|"
    r"principal|only|self-declared|self-styled|so-called|northern|southern|eastern|western)\s+)*$"
)
#: the place a holder noun is about: "of X", "around X", "in X" (a town, not a region)
_HOLDER_PLACE = re.compile(r"\s+(?P<prep>of|around|in|at)\s+")
#: "Idlib, the last rebel bastion": the place in apposition before the noun's phrase
_APPOSITION_BEFORE = re.compile(r"\s*,\s*(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,4}$")


def _read_holder_noun(b: _Builder, i: int, t: str, h: _control_rules.Hit) -> None:
    """HOLDER NOUN PLACE: "the rebel stronghold of Douma", "Idlib, the last rebel bastion"."""
    r = h.rule
    low = b.ctx.lowered[i]
    s = b.ctx.sents[i]
    gap = _HOLDER_GAP.search(t, max(0, h.start - 60), h.start)
    if gap is None or (
        r.unless_before is not None and r.unless_before.search(low, max(0, h.start - 40), h.start)
    ):
        return
    end = s.start + gap.start()
    hits = [x for x in _armed(b.ctx.parties_in(max(s.start, end - 60), end)) if x.end == end]
    word = re.search(r"([\w-]+)$", t[: gap.start()])
    holder = hits[-1].canonical if hits else _adj_actor(b, word.group(1) if word else None)
    at = hits[-1].start - s.start if hits else (word.start() if word else gap.start())
    if r.unless_before is not None and r.unless_before.search(low, max(0, at - 40), at):
        return  # "the former IS stronghold": the words before the holder
    if holder is None and word is not None and word.group(1).lower() in ("its", "their"):
        # "IS advanced from its holdout around Hajin": the subject's
        subject = b.actor_before(i, word.start(), first=True)
        holder = subject.canonical if subject is not None else None
    if holder is None:
        return
    place: _Loc | None = None
    extent: Extent = "full"
    after = _HOLDER_PLACE.match(t, h.end - len(t[: h.end]) + len(t[: h.end].rstrip()))
    if after is not None:
        objs, partial = _objects(b, i, after.end(), strong=after["prep"] == "of")
        fine = [o for o in objs if o.place[1] is None or o.place[1].precision not in
                ("country", "admin1") or after["prep"] == "of"]  # fmt: skip
        if fine and not (after["prep"] == "in" and fine[0].place[0].endswith(" Syria")):
            place = fine[0].place
            extent = "partial" if partial or after["prep"] == "around" else "full"
    if place is None:
        head_end = (hits[-1].start - s.start) if hits else (word.start() if word else gap.start())
        appo = _APPOSITION_BEFORE.search(t, 0, head_end)
        if appo is not None:
            place = _subject_place(b, i, appo.start())
    if place is None:
        return
    quote = s.text
    taken = any(
        c.quote == quote and c.place == place[0] and c.actor != holder and c.status == "holds"
        for c in b.claims
    )  # "the last IS holdout, X, was overrun by the SDF": the holder has lost it
    b.add(i, holder, place, "lost" if taken else r.status, r.extent or extent)  # type: ignore[arg-type]


def _read_sides(b: _Builder, i: int, t: str, h: _control_rules.Hit) -> None:
    """PLACE VERB SIDES: "X is divided between A and B": each side holds part of X."""
    s = b.ctx.sents[i]
    end = b.p.list_end.search(t, h.end)
    stop = end.start() if end else len(t)
    sides: list[str] = []
    for x in _armed(b.ctx.parties_in(s.start + h.end, s.start + stop)):
        if x.canonical not in sides:
            sides.append(x.canonical)
    if len(sides) < 2:
        return
    place = _subject_place(b, i, h.start)
    if place is None:
        return
    for actor in sides:
        b.add(i, actor, place, h.rule.status, h.rule.extent or "partial")  # type: ignore[arg-type]


_READERS: dict[str, Callable[[_Builder, int, str, _control_rules.Hit], None]] = {
    "ACTOR VERB PLACE": _read_svo,
    "PLACE VERB ACTOR": _read_place_agent,
    "PLACE VERB SPEAKER": _read_place_speaker,
    "ACTOR DECLARES PLACE": _read_declared,
    "NOUN OF PLACE": _read_noun,
    "HOLDER NOUN PLACE": _read_holder_noun,
    "PLACE VERB SIDES": _read_sides,
}


def _apply_rules(b: _Builder, i: int, t: str, since: int) -> None:
    """Read sentence ``i`` with the rules of control.yaml; denials come last.

    ``since``: the number of claims before the sentence was read (a denial turns the
    sentence's claims into disputed ones).
    """
    by_id = _rule_index()
    patterns = b.ctx.open_patterns(i)  # the shared key scan of the article
    if by_id.keys().isdisjoint(patterns):
        return
    opened = [by_id[p] for p in patterns if p in by_id]
    found = _control_rules.hits(
        b.ctx.lowered[i], plain=b.ctx.plain, opened=opened, language=b.language
    )
    if not found:
        return
    denials = []
    for h in found:
        if h.rule.shape == "DENIAL":
            denials.append(h)
        else:
            _READERS[h.rule.shape](b, i, t, h)
    for h in denials[:1]:
        _read_denial(b, i, t, h, since)


@cache
def _rule_index() -> dict[int, int]:
    """Return the index of each rule of control.yaml by the id of its pattern (as gated)."""
    return {id(r.pattern): n for n, r in enumerate(_control_rules.rules())}


# the rules' patterns join the one key scan of each article (compiled on first use)
gated_later(lambda: [(r.pattern, r.keys) for r in _control_rules.rules()])


#: Each handler runs on a sentence only when one of its patterns' key words is there.
_HANDLERS: list[tuple[Callable[[_Builder, int, str], None], frozenset[int]]] = [
    (_held_by, ids(_HELD_BY, _UNDER_X_CONTROL)),
    (_back_under, ids(_BACK)),
    (_regain, ids(_REGAIN)),
    (_entrenched, ids(_ENTRENCHED)),
    (_battling, ids(_BATTLING)),
    (_zones, ids(_ZONE)),
    (_deployed, ids(_DEPLOYED, _AS_BASE)),
    (_facility_hold, ids(_FACILITY_HOLD)),
    (_controls, ids(_CONTROLS)),
    (_lose, ids(_LOSE)),
    (_drive, ids(_DRIVE)),
    (_victory, ids(_VICTORY)),
    (_freed, ids(_FREED)),
    (_passive, ids(_PASSIVE)),
    (_in_control, ids(_IN_CONTROL)),
    (_contested, ids(_CONTESTED)),
    (_clashes, ids(_CLASH)),
    (_posts, ids(_POSTS)),
    (_hold_verb, ids(_HOLD_VERB)),
    (_held_adj, ids(_HELD_ADJ)),  # last: skipped where the sentence says the place was taken
]
_HANDLER_PATTERNS = frozenset().union(*(patterns for _, patterns in _HANDLERS))
#: the index in _HANDLERS of the handler each pattern opens (handlers run in that order)
_HANDLER_OF = {p: k for k, (_, patterns) in enumerate(_HANDLERS) for p in patterns}
_DISPUTE_PATTERNS = ids(_NOT_RECOGNIZE, _OCCUPATION, _LEAVE, _ILLEGAL_PRESENCE)
#: French: the same handlers, each run on a sentence holding one of its key words.
_HANDLERS_FR: list[tuple[Callable[[_Builder, int, str], None], tuple[str, ...]]] = [
    (_held_by, (" par ", "contrôle", "mains")),
    (_back_under, ("sous",)),
    (_regain, ("repr", "regagn", "rétabli", "reconq", "récupér")),
    (_entrenched, ("retranch", "barricad", "terré", "réfugi")),
    (_battling, (" pour ", "disput")),
    (_zones, ("périmètre", "zone", "secteur", "poche", "enclave", "quartier", "position", "bande",
              "réduit", "îlot")),
    (_deployed, ("déploy", "stationn", "basé", "positionn", "troupes", "base")),
    (_facility_hold, ("toujours", "encore", "empar", "pris le contrôle")),
    (_controls, ("contrôl", "tien", "occup", "administr")),
    (_seized_lost, ("empar", "pris", "conquis", "capturé", "investi", "perdu",
                    "retir", "chass", "évacué", "quitté")),
]  # fmt: skip
_DISPUTE_KEYS_FR = ("reconn", "occup", "illégal", "retrait", "départ")


def _dedupe(claims: list[ControlClaim]) -> list[ControlClaim]:
    """Drop repeats: an unattributed copy of an attributed claim gives way to it.

    A side's fight for a place gives way to its taking the place in the same sentence.

    Claims are the same when actor, place, status and extent agree. A lede that repeats the
    body unattributed is dropped in favour of the attributed sentence; the same claim from
    two sentences with their own attribution both stay (two pieces of evidence).
    """
    taken = {(c.actor, c.place, c.quote) for c in claims if c.status in ("holds", "regained")}
    out: list[ControlClaim] = []
    for c in claims:
        if c.status == "contested" and (c.actor, c.place, c.quote) in taken:
            continue  # "stormed Saraqib and took control of it": taken, no longer fought over
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


# ------------------------------------------------------------------ the clause-level reader
#: what ends a clause ("; ", "but", "while", a subordinate "after / as / when ..."), read in
#: the lower-cased sentence
_CLAUSE_END = re.compile(
    r"[;:?!]|\s[-–—]\s|,\s+(?:which|who|where|when|while|whereas|but|as|after|before|since|"
    r"following|saying|adding|according)\b|\s(?:but|while|whereas|although|though|after|before|"
    r"as|when|once|amid|following|because|so|unless|if)\s"
)
_CLAUSE_START = re.compile(
    r"[;:?!]|\s[-–—]\s|,\s+(?:which|who|where|while|whereas|but)\b|\s(?:but|while|whereas|"
    r"although|though|as|when|once|since|until|amid|because|so|unless|if)\s"
)
#: a be-form before a participle: the passive ("was seized", "had been completely cleared")
_LOOSE_BE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been)"
    r"(?:\s+[a-z]+ly|\s+also|\s+now|\s+reportedly)*\s+$"
)
#: "managed to / were able to capture": done, not an aim
_DONE_TO = re.compile(
    r"(?:managed|able|succeeded|forced|compelled|began|begun|begin|begins|started|starts|"
    r"continued|continue|continues|continuing|proceeded)\s+to\s+$"
)
#: an agent, a receiver or a previous holder after the places (a time adjunct may precede)
_LOOSE_BY = re.compile(
    r"\s*,?\s*(?:(?:on|in|at|late|early|last|this|overnight|after|within)\b[^,;:()]{0,40}?\s+)?"
    r"(?P<prep>by|to|from|into\s+the\s+hands\s+of)\s+(?:the\s+)?"
)
#: a locator between two places ("Suluk, east of Tal Abyad"): the second only places the first
_LOCATOR = re.compile(
    r"(?<![\w-])(?:(?:north|south|east|west)(?:east|west)?(?:ern)?\s+of|near|outside|in|at|"
    r"inside|around|from|to|towards?|between|along|across|beyond|off|on\s+the)(?![\w-])"
)
_WORD = re.compile(r"[a-z][a-z'’-]*|\d+")
_DEAL = re.compile(r"\b(?:deal|agreement|accord|settlement|truce|arrangement|handover)\b")


_TIME_NOUN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night|"
    r"afternoon|dawn|dusk|weekend|weeks?|months?|years?|days?|hours?|today|yesterday|january|"
    r"february|march|april|may|june|july|august|september|october|november|december|"
    r"(?:19|20)\d\d)"
)
#: a time adjunct: a preposition and a time noun ("on Tuesday", "in recent weeks", "within
#: hours", "early on Sunday", "in March 2016"), a bare weekday, "overnight", "last week"
_TIME_ADJUNCT = re.compile(
    r"(?<![\w-])(?:(?:early|late|earlier|later)\s+)?(?:(?:on|in|at|during|over|within|since|by|"
    r"for|throughout)\s+(?:the\s+)?(?:(?:past|last|recent|few|previous|early|late|same|"
    rf"following|first|two|three|four|five|six|several|\d+)\s+){{0,3}}{_TIME_NOUN}"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight)"
    r"|(?:last|this)\s+(?:week|month|year|night|morning|weekend))"
    r"(?:\s+(?:morning|evening|night|afternoon|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d))*(?![\w-])"
)


def _blank_time(low: str) -> str:
    """Return ``low`` with its time adjuncts blanked, offsets kept.

    A time adjunct may stand anywhere in a clause without changing who did what where:
    "took control on Tuesday of X" reads as "took control of X", "recaptured in recent weeks
    dozens of villages in X" finds its object.
    """
    return _TIME_ADJUNCT.sub(lambda m: " " * len(m.group()), low)


def _loose_gap(gap: str, words: frozenset[str]) -> tuple[bool, bool]:
    """Tell whether ``gap`` holds only words of ``words`` (and joiners); and a partial word."""
    if _LOCATOR.search(gap):
        return False, False
    rest = gap.replace(",", " ").replace("'s", " ").replace("’s", " ")
    found = _WORD.findall(rest)
    if len(found) > 9 or len(rest.strip(" ,")) > len(" ".join(found)) + 4:
        return False, False
    lex = _control_rules.loose()
    ok = all(
        w in words or w in ("and", "or", "as", "well") or w.endswith(("-held", "ly")) for w in found
    )
    return ok, any(w in lex.partial_words for w in found)


#: a place noun after a name: the name describes it ("an Idlib town", "Aleppo villages")
_DESCRIBER_AFTER = re.compile(
    r"\s+(?:towns?|villages?|countryside)\b|\s+provinces?\s+(?:towns?|villages?|cities|city)\b"
)
#: the prepositions that put taken positions in a place ("18 positions in X")
_POS_PREPS = frozenset({"in", "at", "inside", "on", "within"})
#: counts and describers before a position noun ("at least 18 regime positions")
_POS_LEAD = frozenset({"at", "least", "more", "than", "about", "some", "nearly", "over", "many",
                       "number", "dozens", "series", "further", "other", "regime", "army",
                       "government", "rebel", "opposition", "enemy", "seven", "eight", "nine",
                       "security", "military", "police", "their", "its", "all", "remaining",
                       "ten", "dozen", "up"})  # fmt: skip


#: the particles of Arabic place names, lower case in a name written in Latin letters
_NAME_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "ibn", "bin", "bani",
                             "abu", "umm", "um", "wadi"})  # fmt: skip
_LIST_CUT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _unknown_names(gap: str) -> bool:
    """Tell whether ``gap`` (between two places of a list) holds only separators and names.

    "A, Meidan Ekbis, B": a village the gazetteer does not know stands in the list; it is
    skipped, and the list goes on.
    """
    if not _LIST_CUT.search(gap) or len(gap) > 60:
        return False
    for chunk in _LIST_CUT.split(gap):
        words = chunk.replace("-", " ").split()
        if len(words) > 4:
            return False
        if any(not (w[:1].isupper() or w.lower() in _NAME_PARTICLES) for w in words):
            return False
    return True


def _positions_gap(gap: str) -> bool:
    """Tell whether ``gap`` is "N positions (from Y) (since morning) in (the outskirts of)".

    An armed side's taking of positions, checkpoints or hills in a place holds part of it.
    """
    lex = _control_rules.loose()
    toks = _WORD.findall(gap.replace(",", " "))
    if not toks or len(toks) > 16:
        return False
    p = next((k for k, w in enumerate(toks[:7]) if w in lex.position_nouns), None)
    q = max((k for k, w in enumerate(toks) if w in _POS_PREPS), default=None)
    if p is None or q is None or q <= p:
        return False
    lead = toks[:p]
    if not all(w.isdigit() or w in _POS_LEAD or w in lex.gap_words or "-" in w for w in lead):
        return False
    middle = toks[p + 1 : q]
    if len(middle) > 6 or any(w.endswith("ed") or w in ("by", "to", "for") for w in middle):
        return False  # "positions held by the army in X": whose they are, not a taking
    return all(w in lex.gap_words for w in toks[q + 1 :])


def _loose_places(
    b: _Builder, i: int, start: int, end: int, *, before: bool = False, low: str | None = None
) -> list[tuple[Mention, bool]]:
    """Return the places of a list in sentence ``i`` (offsets ``start``-``end``).

    Each with whether it is partial; ``before``: the list that ends at ``end`` (a passive's
    subject), else the one that starts at ``start`` (a verb's object).
    """
    s = b.ctx.sents[i]
    lex = _control_rules.loose()
    low = b.ctx.lowered[i] if low is None else low
    ms = [
        m for m in b.ctx.mentions_in(s.start + start, s.start + end)
        if not m.metonymy and m.place is not None and m.precision != "country"
    ]  # fmt: skip
    if before:
        ms = ms[::-1]
    out: list[tuple[Mention, bool]] = []
    spread = False
    blank: list[tuple[int, int]] = []
    pos = end if before else start
    for m in ms:
        a, z = m.start - s.start, m.end - s.start
        if b.ctx.parties_in(m.start, m.end):
            break  # "the headquarters of the Faylaq al-Sham faction": a party, not a place
        if not before and _DESCRIBER_AFTER.match(low, z):
            blank.append((a, z))  # "the key Idlib town of X": Idlib only describes the town
            continue
        gap = low[z:pos] if before else low[pos:a]
        for x, y in blank:  # the describers read past, as if they were not there
            if pos <= x and y <= a:
                gap = gap.replace(low[x:y], " ", 1)
        if not out:  # only describing words between the verb and its place
            ok, part = _loose_gap(gap, lex.gap_words)
            if not ok and not before and _positions_gap(gap):
                ok, part = True, True  # "captured 18 positions since morning in X"
                spread = True  # ... "in A, B and C": in part, each of them
        else:
            joined = "," in gap or re.search(r"(?<![\w-])(?:and|or)(?![\w-])", gap) is not None
            ok, part = _loose_gap(gap, lex.gap_words)
            ok = ok and joined
            if not ok and joined and _unknown_names(s.text[z:pos] if before else s.text[pos:a]):
                ok, part = True, False  # "A, Meidan Ekbis, B": a name the gazetteer lacks
        if not ok and before and out and _LOCATOR.search(gap) and len(gap) < 40:
            # "The Tabqa Dam near Raqqa fell": Raqqa only places the dam, the head
            out = [(m, False)]
            pos = a
            continue
        if not ok:
            break
        out.append((m, part or spread))
        pos = a if before else z
    return out[::-1] if before else out


def _loose_side(
    b: _Builder, i: int, pos: int, end: int, low: str | None = None
) -> tuple[str, AliasMatch] | None:
    """Return the preposition and the actor right after offset ``pos`` ("by / to / from X")."""
    s = b.ctx.sents[i]
    m = _LOOSE_BY.match(b.ctx.lowered[i] if low is None else low, pos, end)
    if m is None:
        return None
    hits = _armed(b.ctx.parties_in(s.start + m.end(), s.start + min(end, m.end() + 40)))
    if not hits or hits[0].start - s.start - m.end() > 12:
        return None
    prep = m["prep"] if m["prep"] in ("by", "to", "from") else "to"
    return prep, hits[0]


def _loose_carry(b: _Builder, i: int) -> str | None:
    """Return who took a place in a bare passive ("X was seized on Thursday").

    The party the claimant names ("Turkey's defence ministry said"), else the taker of the
    last taking read in the two sentences before (a capture, not a mere hold).
    """
    surface = b.ctx.attributions[i].surface or ""
    named = _armed(parties().find(surface)) if surface else []
    if named:
        return named[0].canonical
    lex = _control_rules.loose()
    quotes = {b.ctx.sents[j].text for j in (i - 1, i - 2) if j >= 0}
    for c in reversed(b.claims):
        if c.quote in quotes and c.status in ("holds", "regained"):
            verbs = [
                lex.family_of[" ".join(v.group().split())]
                for v in lex.pattern.finditer(c.quote.lower())
            ]
            if any(f.side == "from" for f in verbs):
                return c.actor
    return None


#: a list that names the members of a plural place object ("captured 20 villages west of
#: Aleppo, among them A and B", "seized several towns, including A and B")
_INCLUDING = re.compile(
    r",?\s*(?:including|among\s+them|among\s+which|such\s+as|notably|namely)\s+(?:the\s+)?"
)
_PLURAL_PLACES = re.compile(
    r"(?<![\w-])(?:villages|towns|cities|areas|localities|neighbou?rhoods|districts|hamlets|"
    r"hills|positions|points|sites|settlements|communities|farms|suburbs)(?![\w-])"
)
#: a second verb of the subject ("The army, backed by allies, advanced ... and took X")
_AND_BEFORE = re.compile(
    r"(?:,\s*|\s)and\s+(?:then\s+|later\s+|also\s+|subsequently\s+|quickly\s+|finally\s+)?"
    r"(?:(?:have|has|had)\s+)?$"
)
#: a relative clause or an apposition closed right before the verb ("The SNA factions, which
#: launched an offensive last week, captured X"; "The SDF, an alliance that has fought IS,
#: captured X"): the verb's subject stands before it, and no actor inside it is
_REL_CLOSED = re.compile(
    r",\s+(?:which|who|that|a|an|the|its|their|one|backed|supported)\s+[^,;:()]{3,160},"
    r"\s*(?:[a-z]+ly\s+|also\s+|then\s+|(?:on|in|early|late|last|this)\s+\w+\s+)*$"
)
#: the owner's mark before a noun ("the SDF's full control of", "Turkey’s grip on")
_POSSESSIVE_BEFORE = re.compile(
    r"['’]s?\s+(?:(?:full|total|effective|complete|military|firm|tight|continued|iron|de\s+facto|"
    r"renewed|own)\s+)*$"
)
#: an end told after the owner's hold ("... ended in 2017", "collapsed")
_ENDED = re.compile(
    r"(?<![\w-])(?:ended|ends|collapsed|crumbled|came\s+to\s+an\s+end|was\s+broken|"
    r"was\s+lost)(?![\w-])"
)
#: a first-person subject ("we have liberated", "our heroic forces entered")
_FIRST_PERSON = re.compile(
    r"(?<![\w-])(?:we|our\s+(?:[\w-]+\s+){0,2}?(?:forces|fighters|troops|units|heroes|army|"
    r"men|brigades|factions))\s+(?:(?:have|has|had|now|also|just|successfully|fully|"
    r"completely|finally)\s+)*$"
)


def _speaker_side(b: _Builder, i: int) -> AliasMatch | None:
    """Return the armed side named in the claimant's words ("an SNA commander said")."""
    att = b.ctx.attributions[i]
    if not att.surface:
        return None
    named = _armed(parties().find(att.surface))
    if not named:
        return None
    s = b.ctx.sents[i]
    return AliasMatch(named[0].canonical, named[0].surface, s.start, s.start, named[0].kind)


#: a subject that is no armed side, right before the verb ("civilians fled X")
_CIVIL_SUBJECT = re.compile(
    r"(?<![\w-])(?:civilians|residents|inhabitants|families|people|villagers|locals|children|"
    r"women|thousands|hundreds|refugees|displaced|journalists|reporters|delegation|officials)"
    r"\s+(?:(?:have|has|had|were|was|also|then|later|reportedly|quickly|all)\s+)*$"
)
#: a passive participle opening an apposition right after a name ("Saraqeb, captured by")
_REDUCED_PASSIVE = re.compile(r"(?<=[a-z0-9'’)])\s*,\s*$")
#: an auxiliary before a verb whose places come before it ("Palmyra had fallen to IS")
_AUX_BEFORE = re.compile(r"(?<![\w-])(?:has|have|had)(?:\s+(?:also|now|reportedly))?\s+$")


#: a pronoun or a bare noun standing for an actor named before ("they were now in control")
_LOOSE_PRONOUN = re.compile(
    r"(?<![\w-])(?P<pro>they|it|the\s+(?:[\w-]+\s+){0,2}?(?:group|forces|fighters|militants|"
    r"militia|militias|factions?|insurgents|jihadists|rebels))\s+(?:(?:were|was|are|is|have|has|"
    r"had|now|also|still|then|later|remain|remains|reportedly|had\s+been)\s+)*$"
)
#: a participle clause opening the sentence ("After seizing X, the rebels ..."): its subject
#: is the main clause's, named after it
_LEAD_ING = re.compile(
    r"^(?:[a-z]+,?\s+)?(?:(?:after|upon|on|since|while|before)\s+[a-z]+ing"
    r"|(?:after\s+)?having\s+(?:[a-z]+ly\s+)?[a-z]+(?:\s+(?:control|over|of|back)){0,2})$"
)
#: "A, which ACTOR captured": the place before the relative pronoun
_WHICH = re.compile(r",\s+(?:which|that)\s+")


#: a denial: what follows is the speaker's word against a claim, not a fact
_DENY = re.compile(r"(?<![\w-])(?:den(?:y|ies|ied|ying)|rejected|dismissed)(?![\w-])")
_DOUBLE_NEGATION = re.compile(r"(?<![\w-])(?:not|never|no|n['’]t)(?![\w-])")


def _loose_denied(
    b: _Builder,
    i: int,
    low: str,
    fam: _control_rules.LooseFamily,
    span: tuple[int, int, int, int],
    claimed: set[str],
) -> None:
    """Read a denied loss: "X denied losing P", "X denied that P had fallen to Y".

    X disputes the loss of P (status disputed, the devset's reading of a denial); a denied
    taking by X itself ("X denied it had captured P") is a claim of not holding and gives none.
    """
    _c0, v0, v1, c1 = span
    if fam.status != "lost" and fam.places != "before":
        return
    deny = max(_DENY.finditer(low, 0, v0), key=lambda m: m.start(), default=None)
    if deny is None or v0 - deny.end() > 60 or _DOUBLE_NEGATION.search(low, deny.end(), v0):
        return
    s = b.ctx.sents[i]
    denier = b.actor_before(i, deny.start(), first=True)
    if denier is None:
        return
    inner = _armed(b.ctx.parties_in(s.start + deny.end(), s.start + v0))
    if fam.places == "before":  # "denied that P had fallen to Y": Y is not the denier
        right = _armed(b.ctx.parties_in(s.start + v1, s.start + min(c1, v1 + 50)))
        if inner or not right or right[0].canonical == denier.canonical:
            return
        aux = _AUX_BEFORE.search(low, deny.end(), v0) or _LOOSE_BE.search(low, deny.end(), v0)
        found = _loose_places(
            b, i, deny.end(), aux.start() if aux is not None else v0, before=True, low=low
        )
    else:  # "denied losing P", "denied that its forces withdrew from P": the denier's loss
        if any(h.canonical != denier.canonical for h in inner):
            return
        found = _loose_places(b, i, v1, c1, low=low)
    for m, part in found:
        loc = (b.ctx.place_name(m) or m.surface, m.place)
        if loc[0] not in claimed:
            b.add(i, denier.canonical, loc, "disputed", "partial" if part else "full")
            claimed.add(loc[0])


def _loose(b: _Builder, i: int, t: str, since: int) -> None:
    """Read sentence ``i`` at clause level with the verb families of ``loose:`` (control.yaml).

    A verb (or noun) of a family, its actor (the subject, the agent after "by", the side
    after "to" / "from"), and every place of its object list; places another reader already
    gave a claim for in this sentence are left to it. Aims, modals, negations and denials in
    the clause before the verb make no claim, nor does an infinitive ("to capture").
    """
    lex = _control_rules.loose()
    s = b.ctx.sents[i]
    low = _blank_time(b.ctx.lowered[i])
    claimed = {c.place for c in b.claims[since:]}
    # a place given a claim under another name ("Hama base" for Hama's base) is claimed too
    refs = {id(c.place_ref) for c in b.claims[since:] if c.place_ref is not None}
    pattern = lex.twin if b.ctx.plain else lex.pattern
    for v in pattern.finditer(low):
        phrase = " ".join(v.group().split())
        fam = lex.family_of[phrase]
        noun = phrase in fam.nouns
        v0, v1 = v.start(), v.end()
        c0 = max((m.end() for m in _CLAUSE_START.finditer(low, 0, v0)), default=0)
        nxt = _CLAUSE_END.search(low, v1)
        c1 = nxt.start() if nxt is not None else len(low)
        pre = low[c0:v0]
        owner = None
        if fam.possessive:  # "the SDF's control of X": only after its owner
            own = _POSSESSIVE_BEFORE.search(low, max(0, v0 - 40), v0)
            owner = b.actor_before(i, own.start() + 1) if own is not None else None
            if owner is None or own is None or own.start() - (owner.end - s.start) > 1:
                continue
        if not noun and _DETERMINER_BEFORE.search(low, max(0, v0 - 8), v0):
            continue  # "its advance in X", "the captured town": a noun or an adjective
        if lex.not_before.search(low, c0, v0) or (
            pre.endswith(("to ", "for ")) and not _DONE_TO.search(pre)
        ):
            _loose_denied(b, i, low, fam, (c0, v0, v1, c1), claimed)
            continue  # "aims to capture", "has not taken", "denied that ... seized"
        if noun and lex.not_before.search(low, v1, c1):
            continue  # "the SDF's withdrawal from Manbij would take weeks"
        if lex.not_before.search(low, 0, c0) and re.search(r"\b(?:den|reject)", low[:v0]):
            _loose_denied(b, i, low, fam, (c0, v0, v1, c1), claimed)
            continue
        be = _LOOSE_BE.search(low, c0, v0) if fam.passive else None
        if be is None and fam.places == "before":
            be = _AUX_BEFORE.search(low, c0, v0)  # "Palmyra had fallen to": an auxiliary only
        passive = be is not None and fam.passive
        reduced = (
            fam.passive
            and not passive
            and fam.places == "after"
            and _REDUCED_PASSIVE.search(low, c0, v0) is not None
            and (lead := _loose_side(b, i, v1, c1, low)) is not None
            and lead[0] == "by"
        )
        if reduced:  # "Saraqeb, captured by rebels on Friday, is ...": a passive participle
            be = _REDUCED_PASSIVE.search(low, c0, v0)
            passive = True
        if fam.places == "before" or passive:
            found = _loose_places(
                b, i, c0, be.start() if be is not None else v0, before=True, low=low
            )
            if phrase.endswith(" of") and not b.ctx.parties_in(
                s.start + v1, s.start + min(c1, v1 + 14)
            ):
                continue  # "cleared of mines": of no one
            side = _loose_side(b, i, v1, c1, low)
            actor: str | None = None
            loser: str | None = None
            if fam.places == "before":  # "X fell to Y": the actor right after the phrase
                right = _armed(b.ctx.parties_in(s.start + v1, s.start + min(c1, v1 + 50)))
                if right and right[0].start - s.start - v1 <= 6:
                    actor = right[0].canonical
            elif side is not None and side[0] in ("by", "to"):
                actor = side[1].canonical
            elif side is not None and side[0] == "from":
                loser = side[1].canonical
                after = _loose_side(b, i, side[1].end - s.start, c1, low)
                if after is not None and after[0] == "by":
                    actor = after[1].canonical
            if actor is None and passive:
                spk = b.speaker(i)
                actor = spk.canonical if spk is not None else _loose_carry(b, i)
            if actor is None and loser is None:
                continue
        else:
            found = _loose_places(b, i, v1, c1, low=low)
            rel = _WHICH.search(low, max(0, c0 - 9), c0 + 1) if not found else None
            if rel is not None:  # "Tal Rifaat, which the YPG seized from ... in 2016"
                begin = max((m.end() for m in _CLAUSE_START.finditer(low, 0, rel.start())),
                            default=0)  # fmt: skip
                found = _loose_places(b, i, begin, rel.start(), before=True, low=low)
            inc = _INCLUDING.search(low, v1, c1)
            if inc is not None and _PLURAL_PLACES.search(low, v1, min(c1, inc.end() + 16)):
                got = {id(m) for m, _part in found}
                found += [
                    (m, False)
                    for m, _part in _loose_places(b, i, inc.end(), c1, low=low)
                    if id(m) not in got
                ]
            if not found:
                continue
            if fam.id == "loose_enter" and _DEAL.search(low, v1):
                continue  # "entered Manbij under a deal": not taken
            last = found[-1][0].end - s.start
            side = _loose_side(b, i, last, c1, low)
            hit = owner
            if hit is None and side is not None and side[0] == "by":
                hit = side[1]
            if hit is None and _FIRST_PERSON.search(low, c0, v0):
                # '"We have liberated Manbij," an SNA commander said': the speaker's side
                hit = b.speaker(i) or _speaker_side(b, i)
            if hit is None and _CIVIL_SUBJECT.search(low, c0, v0):
                continue  # "civilians fled X", "residents entered X": no armed side's move
            if hit is None:
                hit = _subject(b, i, v0, limit=70)
            pro = _LOOSE_PRONOUN.search(low, c0, v0)
            if hit is not None and pro is not None and c0 > 0 and hit.start - s.start < c0:
                continue  # "..., as they have captured": not the actor of another clause
            if hit is None and pro is not None:
                hit = _prior_subject(b, i, pro.end("pro") + 1)
            rc = _REL_CLOSED.search(low, max(0, v0 - 200), v0) if hit is None else None
            if rc is not None:  # the actor right before the relative clause or the apposition
                near = b.actor_before(i, rc.start())
                if near is not None and rc.start() - (near.end - s.start) <= 12:
                    hit = near
            if hit is None and _AND_BEFORE.search(low, c0, v0):
                # "The army, backed by allied forces, advanced in X and took Y": the subject
                first = b.actor_before(i, v0, first=True)
                if first is not None and first.start - s.start <= 40:
                    hit = first
            if hit is None and _LEAD_ING.search(low, 0, v1):
                # "After seizing Saraqib on Friday, the rebels pushed south": the main subject
                later = _armed(
                    b.ctx.parties_in(found[-1][0].end, s.start + min(len(low), v1 + 120))
                )
                hit = later[0] if later else None
            if hit is None:
                first = b.actor_before(i, v0, first=True)
                # "the army's capture of", "handing Assad his biggest win since the capture of"
                if first is not None and noun:
                    hit = first
            if hit is None:
                continue
            actor, loser = hit.canonical, None
            if side is not None and side[0] == "from" and fam.side == "from":
                loser = side[1].canonical
            elif fam.side == "from":  # "recaptured many positions from IS at the edges of X"
                cut = low.find(" from ", v1, found[0][0].start - s.start)
                was = _loose_side(b, i, cut, c1, low) if cut >= 0 else None
                if was is not None and was[0] == "from":
                    loser = was[1].canonical
            elif (
                side is not None
                and side[0] == "to"
                and fam.side == "to"
                and side[1].canonical != actor
            ):  # "handed over X to Y": Y holds X
                for m, _part in found:
                    loc: _Loc = (b.ctx.place_name(m) or m.surface, m.place)
                    if loc[0] not in claimed:
                        b.add(i, side[1].canonical, loc, "holds", "full")
        status = fam.status
        if owner is not None and _ENDED.search(low, v1, c1):
            status = "lost"  # "IS's rule over Raqqa ended in 2017"
        for m, part in found:
            loc = (b.ctx.place_name(m) or m.surface, m.place)
            if loc[0] in claimed or id(m.place) in refs:
                continue
            extent: Extent = "partial" if part or fam.extent == "partial" else "full"
            if actor is not None and actor != loser:
                b.add(i, actor, loc, status, extent)  # type: ignore[arg-type]
            if loser is not None and loser != actor:
                b.add(i, loser, loc, "lost", extent)
            claimed.add(loc[0])


#: a list item: a bullet, a dash or a number opening a short line
_ITEM = re.compile(r"^\s*(?:[•·▪●◦*\-–—]|\d{1,2}[.)])\s*")
#: what may stand beside the place of an item ("Bulbul town centre", "Barsaya hill")
_ITEM_WORDS = frozenset(
    {"the", "of", "town", "village", "city", "centre", "center", "hill", "mount", "district",
     "neighbourhood", "neighborhood", "farm", "farms", "camp", "base", "airport", "dam", "and",
     "area", "areas", "hills", "villages", "towns", "countryside", "in", "near", "outskirts"}
)  # fmt: skip


#: a dateline and an article before a subject ("ANKARA (AA) - The ")
_DATELINE_LEAD = re.compile(r"(?:[A-Z][A-Z ,.'-]{2,40}(?:\([^)]{1,40}\))?\s*[-–—:]\s*)?(?:The\s+)?")


def _list_items(b: _Builder, i: int) -> None:
    """Read the list that sentence ``i`` introduces ("The villages liberated on Monday:").

    The intro ends with a colon and holds a verb of a family but no place; the items follow,
    one a line ("• Kafr Safra", "• Bulbul").
    Each item that is a place and little else gets the family's claim; the actor is the
    intro's subject, else the taker of a claim of the three sentences before, else the
    subject opening the sentence before, else the speaker's side.
    """
    lex = _control_rules.loose()
    low = b.ctx.lowered[i]
    pattern = lex.twin if b.ctx.plain else lex.pattern
    v = pattern.search(low)
    if v is None or lex.not_before.search(low, 0, v.start()):
        return
    fam = lex.family_of[" ".join(v.group().split())]
    if fam.status not in ("holds", "regained", "lost"):
        return
    actor: str | None = None
    hit = b.actor_before(i, v.start(), first=True)
    if hit is not None:
        actor = hit.canonical
    else:  # the taker of a claim told in the three sentences before
        quotes = {b.ctx.sents[k].text for k in range(max(0, i - 3), i)}
        actor = next(
            (c.actor for c in reversed(b.claims)
             if c.quote in quotes and c.status in ("holds", "regained")),
            None,
        )  # fmt: skip
    if actor is None and i > 0:  # "ANKARA - The army cleared more villages. Those taken:"
        prev = b.ctx.sents[i - 1]
        lead = _DATELINE_LEAD.match(prev.text)
        at = prev.start + (lead.end() if lead is not None else 0)
        hits = _armed(b.ctx.parties_in(at, min(prev.end, at + 60)))
        actor = hits[0].canonical if hits and hits[0].start - at <= 2 else None
    if actor is None:
        spk = b.speaker(i)
        actor = spk.canonical if spk is not None else None
    if actor is None:
        return
    for j in range(i + 1, min(len(b.ctx.sents), i + 40)):
        s = b.ctx.sents[j]
        item = _ITEM.match(s.text)
        if item is None or len(s.text) > 80:
            break
        ms = [
            m for m in b.ctx.mentions_in(s.start, s.end)
            if not m.metonymy and m.place is not None and m.precision != "country"
        ]  # fmt: skip
        if not ms:
            continue
        rest = s.text[item.end() :]
        for m in ms:
            rest = rest.replace(m.surface, " ")
        if any(w not in _ITEM_WORDS for w in _WORD.findall(rest.lower())):
            continue  # "• 12 terrorists neutralised in Afrin": not an item of places
        m = ms[0]
        loc: _Loc = (b.ctx.place_name(m) or m.surface, m.place)
        b.add(j, actor, loc, fam.status, fam.extent)  # type: ignore[arg-type]


# the reader's phrases join the one key scan of each article (compiled on first use)
gated_later(lambda: [(_control_rules.loose().pattern, _control_rules.loose().keys)])
