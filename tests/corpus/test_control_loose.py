"""The clause-level reader of ``loose:`` in ``corpus/rules/control.yaml``.

Each verb family's examples (every claim expected) and traps (no claim of the family's
status) run by family id; the gate keys derived from the phrases are checked by a property
test; more sentences of our own check the structures read at clause level (lists, passives,
relative clauses, participles, pronoun subjects, nouns, handovers) and the non-claims
(aims, questions, conditions, negations, denials, objects that are no place).
"""

from __future__ import annotations

import random

import pytest
from one_article import extract_text

import geo
from corpus import _control_rules as cr
from corpus._context import _all_keys
from corpus.errors import CorpusError

_FAMILIES = cr.loose().families
_EXAMPLES = [
    pytest.param(f.id, ex["text"], [tuple(c) for c in ex["claims"]], id=f"{f.id}-example{k}")
    for f in _FAMILIES
    for k, ex in enumerate(f.examples)
]
_TRAPS = [
    pytest.param(f.id, text, id=f"{f.id}-trap{k}")
    for f in _FAMILIES
    for k, text in enumerate(f.traps)
]


def _claims(text: str, gaz: geo.Gazetteer) -> list[tuple[str, ...]]:
    return sorted(
        (c.actor, c.place, c.status, c.extent) for c in extract_text(text, gaz).control_claims
    )


@pytest.mark.parametrize(("family", "text", "expected"), _EXAMPLES)
def test_family_example(
    corpus_gaz: geo.Gazetteer, family: str, text: str, expected: list[tuple[str, ...]]
) -> None:
    assert _claims(text, corpus_gaz) == sorted(expected), f"family {family}: {text!r}"


@pytest.mark.parametrize(("family", "text"), _TRAPS)
def test_family_trap(corpus_gaz: geo.Gazetteer, family: str, text: str) -> None:
    status = next(f.status for f in _FAMILIES if f.id == family)
    got = [c for c in _claims(text, corpus_gaz) if c[2] == status]
    assert got == [], f"family {family} trap gave claims: {text!r}"


# structures of real reporting, in sentences of our own
_STRUCTURES = [
    (  # a list of villages, then the countryside that places them
        "Syrian army units stormed and captured the villages of Tal Mardikh and Abu Dhuhur "
        "in the southern Idlib countryside overnight.",
        [("Syrian government", "Abū az̧ Z̧uhūr", "holds", "full"),
         ("Syrian government", "Tal Mardikh", "holds", "full")],
    ),
    (  # a passive with its agent
        "The village of Khirbet Ghazaleh was overrun by opposition factions after a short battle.",
        [("rebels", "Khirbat Ghazālah", "holds", "full")],
    ),
    (  # the place before a relative clause, the previous holder after "from"
        "Manbij, which the SDF wrested from the Islamic State in 2016, is home to 400,000 people.",
        [("SDF", "Manbij", "holds", "full")],
    ),
    (  # a pronoun subject after a speech verb
        "The rebels said they were now in control of the Kuweires airbase, east of Aleppo.",
        [("rebels", "Kuweires military airport", "holds", "full")],
    ),
    (  # a participle clause opening the sentence: its subject comes after it
        "After seizing Saraqib on Friday, the rebels pushed south towards Hama.",
        [("rebels", "Saraqib", "holds", "full")],
    ),
    (  # a handover: the giver lost, the receiver holds
        "The SDF handed over Deir Hafer and Maskanah to government forces on Sunday.",
        [("SDF", "Dayr Ḩāfir", "lost", "full"), ("SDF", "Maskanah", "lost", "full"),
         ("Syrian government", "Dayr Ḩāfir", "holds", "full"),
         ("Syrian government", "Maskanah", "holds", "full")],
    ),
    (  # a headline in the present tense
        "Turkish-backed fighters push into Tal Abyad",
        [("Turkey/SNA", "Tall Abyaḑ", "holds", "partial")],
    ),
    (  # the state's forces of 2025
        "General Security forces took over the town of Jableh on Friday after clashes with "
        "gunmen loyal to the former regime.",
        [("General Security", "Jablah", "holds", "full")],
    ),
    (  # a taking, and the side that left it before
        "Russian military police took over the Tabqa airbase after the US-led coalition "
        "pulled out of it.",
        [("Russia", "Tabqa airbase", "holds", "full"),
         ("US-led coalition", "Tabqa airbase", "lost", "full")],
    ),
    (  # the 2024 offensive's command: rebels
        "Opposition factions of the Military Operations Command captured the towns of "
        "Kafr Nabl and Hazarin on Wednesday.",
        [("rebels", "Hazzarin", "holds", "full"), ("rebels", "Kafranbel", "holds", "full")],
    ),
    (  # a list before "fell into the hands of"
        "Kafr Nabl and Hazarin fell into the hands of the rebels on Tuesday.",
        [("rebels", "Hazzarin", "holds", "full"), ("rebels", "Kafranbel", "holds", "full")],
    ),
    (  # a long object list, the previous holder after "from"
        "The SDF said on Monday it had taken the town of Dhiban and the nearby villages of "
        "Hawaij and al-Tayyana from tribal gunmen.",
        [("Arab tribes", "Al Hawayij", "lost", "full"), ("Arab tribes", "Dhībān", "lost", "full"),
         ("Arab tribes", "Tayyani", "lost", "full"), ("SDF", "Al Hawayij", "holds", "full"),
         ("SDF", "Dhībān", "holds", "full"), ("SDF", "Tayyani", "holds", "full")],
    ),
    (  # a passive leaving
        "Islamic State militants were bussed out of Hajar al-Aswad overnight, a monitor said.",
        [("IS", "Al Ḩajar al Aswad", "lost", "full")],
    ),
    (  # a noun of taking, its agent after "by"
        "The capture of Homs by the rebels cut Damascus off from the coast.",
        [("rebels", "Homs", "holds", "full")],
    ),
    (  # a bare passive: the taker of the sentence before
        "Rebels overran the village of Kafr Nabl on Monday. Hazarin was seized on Tuesday.",
        [("rebels", "Hazzarin", "holds", "full"), ("rebels", "Kafranbel", "holds", "full")],
    ),
    (  # positions taken in a list of places: each held in part
        "Rebels captured at least 18 positions since morning in Nasib, al-Tayba and Sayda, "
        "the Observatory said.",
        [("rebels", "At Tayyibah", "holds", "partial"), ("rebels", "Nasib", "holds", "partial"),
         ("rebels", "Sayda", "holds", "partial")],
    ),
    (  # positions retaken from a side on the edge of a town
        "The SDF recaptured many positions from ISIS on the outskirts of Hajin.",
        [("IS", "Hajīn", "lost", "partial"), ("SDF", "Hajīn", "regained", "partial")],
    ),
    (  # a deployment of the 2025 state's forces
        "General Security forces were deployed in Jableh and Baniyas after the clashes.",
        [("General Security", "Bāniyās", "holds", "partial"),
         ("General Security", "Jablah", "holds", "partial")],
    ),
    (  # a noun of entering, its actor before it
        "The army's entry into Busra al-Harir followed heavy fighting.",
        [("Syrian government", "Busra al Hariri", "holds", "partial")],
    ),
    (  # a taking of an unknown name gives way to the facility reading
        "Rebels overran a military base near Hama on Sunday.",
        [("rebels", "Ḩamāh base", "holds", "full")],
    ),
    (  # a name that only describes the town after it ("the Idlib town of X")
        "Rebels captured Kafr Nabl and the Idlib town of Saraqib.",
        [("rebels", "Kafranbel", "holds", "full"), ("rebels", "Saraqib", "holds", "full")],
    ),
]  # fmt: skip

_NON_CLAIMS = [
    "Could the rebels capture Hama within a week?",
    "The army is preparing to retake Tal Rifaat from the SDF.",
    "The SDF did not withdraw from Manbij despite the ultimatum.",
    "Rebels seized dozens of weapons and tanks in Hama.",
    "Troops captured 20 fighters near Palmyra.",
    "Government troops entered Daraa al-Balad under a Russian-brokered settlement.",
    "The army's withdrawal from Aleppo would be a major blow, analysts said.",
    "Regime troops took refuge in Saraqib after the ambush.",
    "The SDF secured the release of 30 hostages in Raqqa.",
    "The army captured the hill overlooking Kafr Nabl.",
    "The rebels vowed to take Hama by the end of the month.",
    "If the rebels capture Hama, the road to Homs will be open.",
    "Ankara denied that its forces had entered Tal Rifaat.",
    "The rebels took part in talks on Idlib in Astana.",
    "Civilians were evacuated from Douma as the army advanced.",
    "Rebels seized weapons depots in Hama.",
    "Troops shelled the outskirts of Morek overnight.",
    "Turkey plans to deploy troops in Kobani.",
    "Syrian rebels retake key Idlib town as Turkey steps up support",
]


@pytest.mark.parametrize(("text", "expected"), _STRUCTURES, ids=lambda x: str(x)[:40])
def test_structures(corpus_gaz: geo.Gazetteer, text: str, expected: list[tuple[str, ...]]) -> None:
    assert _claims(text, corpus_gaz) == sorted(expected), text


@pytest.mark.parametrize("text", _NON_CLAIMS)
def test_non_claims(corpus_gaz: geo.Gazetteer, text: str) -> None:
    assert _claims(text, corpus_gaz) == [], text


def test_every_match_holds_a_gate_key() -> None:
    """Property: every match of the reader's pattern holds a derived key, and the key scan
    of the article opens it."""
    lex = cr.loose()
    rnd = random.Random(7)
    atoms = [*lex.keys, "the", "of", "to", "manbij", "sdf", "x", "in", "that", "as"]
    seps = [" ", "  ", "\n", ", ", ". ", "-", "", "\u00a0"]
    texts = [
        "".join(rnd.choice(atoms) + rnd.choice(seps) for _ in range(rnd.randint(1, 12))).lower()
        for _ in range(3000)
    ]
    scan, opens = _all_keys()
    for text in texts:
        found = list(lex.pattern.finditer(text))
        for m in found:
            assert " ".join(m.group().split()) in lex.keys, m.group()
        if found:
            ids: set[int] = set()
            for m in scan.finditer(text):
                ids |= opens.get(m.group(1)) or opens[" ".join(m.group(1).split())]
            assert id(lex.pattern) in ids, text


def test_phrases_belong_to_one_family_and_nouns_are_phrases() -> None:
    lex = cr.loose()
    assert sum(len(f.phrases) for f in lex.families) == len(lex.keys)
    assert all(n in f.phrases for f in lex.families for n in f.nouns)


def test_a_malformed_family_names_itself() -> None:
    with pytest.raises(CorpusError, match=r"'z'.*status"):
        cr._loose_family({"id": "z", "status": "won", "verbs": ["took"], "examples": [{}]})
    with pytest.raises(CorpusError, match=r"'w'.*example"):
        cr._loose_family({"id": "w", "status": "holds", "verbs": ["took"]})
    with pytest.raises(CorpusError, match=r"'v'.*places"):
        cr._loose_family(
            {"id": "v", "status": "holds", "verbs": ["took"], "places": "x", "examples": [{}]}
        )
