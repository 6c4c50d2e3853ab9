"""Every rule of ``corpus/rules/control.yaml``: its examples, its traps, its gate keys.

One parametrised test runs each rule's examples (sentences of our own with every claim
expected) and traps (sentences that must give no claim of the rule's status), by rule id, so
a failure names the rule. The gate keys the engine derives from a rule's phrases are checked
by a property test: every match of the rule's pattern, in any text, holds one of its keys.
"""

from __future__ import annotations

import random
import re

import pytest
from one_article import extract_text

import geo
from corpus import _control_rules as cr
from corpus import _rules
from corpus._context import _all_keys
from corpus.errors import CorpusError

_RULES = cr.rules()
_EXAMPLES = [
    pytest.param(r.id, ex["text"], [tuple(c) for c in ex["claims"]], id=f"{r.id}-example{k}")
    for r in _RULES
    for k, ex in enumerate(r.examples)
]
_TRAPS = [
    pytest.param(r.id, text, id=f"{r.id}-trap{k}") for r in _RULES for k, text in enumerate(r.traps)
]


@pytest.mark.parametrize(("rule_id", "text", "expected"), _EXAMPLES)
def test_rule_example(
    corpus_gaz: geo.Gazetteer, rule_id: str, text: str, expected: list[tuple[str, ...]]
) -> None:
    language = next(r.language for r in _RULES if r.id == rule_id)
    ex = extract_text(text, corpus_gaz, language=language)
    got = [(c.actor, c.place, c.status, c.extent) for c in ex.control_claims]
    assert sorted(got) == sorted(expected), f"rule {rule_id}: {text!r}"


@pytest.mark.parametrize(("rule_id", "text"), _TRAPS)
def test_rule_trap(corpus_gaz: geo.Gazetteer, rule_id: str, text: str) -> None:
    rule = next(r for r in _RULES if r.id == rule_id)
    got = [
        (c.actor, c.place, c.status, c.extent)
        for c in extract_text(text, corpus_gaz, language=rule.language).control_claims
        if c.status == rule.status
    ]
    assert got == [], f"rule {rule_id} trap gave claims: {text!r}"


def test_rule_ids_are_unique_and_every_rule_has_examples() -> None:
    ids = [r.id for r in _RULES]
    assert len(ids) == len(set(ids))
    assert all(r.examples for r in _RULES)


def _phrases(rule: cr.Rule) -> list[str]:
    entry = next(e for e in _rules.load("control")["rules"] if e["id"] == rule.id)
    return [" ".join(v.lower().split()) for v in entry["verbs"]]


def _random_texts(n: int, seed: int = 13) -> list[str]:
    """Texts built of the rules' own phrases, other words, odd spaces and punctuation."""
    rnd = random.Random(seed)
    atoms = [p for r in _RULES for p in _phrases(r)]
    atoms += ["the", "of", "to", "manbij", "sdf", "x", "took", "fell", "in", "that", "as"]
    seps = [" ", "  ", "\n", ", ", ". ", "-", "", "\u00a0"]
    texts = []
    for _ in range(n):
        parts = [rnd.choice(atoms) + rnd.choice(seps) for _ in range(rnd.randint(1, 12))]
        texts.append("".join(parts).lower())
    return texts


def test_every_match_holds_a_gate_key() -> None:
    """Property: in any text, every match of a rule holds one of its derived gate keys."""
    for text in _random_texts(3000) + [ex["text"].lower() for r in _RULES for ex in r.examples]:
        matched = set()
        for r in _RULES:
            for m in r.pattern.finditer(text):
                folded = " ".join(m.group().split())  # as the article key scan reads keys
                assert any(k in folded for k in r.keys), (r.id, m.group())
                matched.add(r.id)
        # the gate never hides a match: the article key scan (corpus._context) opens every
        # rule that matches, and so does open_rules (headlines)
        scan, opens = _all_keys()
        ids: set[int] = set()
        for m in scan.finditer(text):
            ids |= opens.get(m.group(1)) or opens[" ".join(m.group(1).split())]
        assert matched <= {r.id for r in _RULES if id(r.pattern) in ids}, text
        opened = {_RULES[n].id for lang in ("en", "fr") for n in cr.open_rules(text, lang)}
        assert matched <= opened, (text, matched - opened)


@pytest.mark.parametrize("rule", _RULES, ids=lambda r: r.id)
def test_gate_keys_come_from_the_phrases(rule: cr.Rule) -> None:
    phrases = _phrases(rule)
    assert all(any(k in p for k in rule.keys) for p in phrases)
    assert all(k in phrases for k in rule.keys)


def test_overlaps_resolved_once_longer_wins() -> None:
    # "took over" (take_over) and "took" (take) overlap: only the longer is kept
    got = [h.rule.id for h in cr.hits("the army took over manbij.")]
    assert got == ["take_over"]


def test_a_malformed_rule_names_itself() -> None:
    with pytest.raises(CorpusError, match=r"rule 'x'.*shape"):
        cr._compile({"id": "x", "shape": "VERB", "verbs": ["took"], "status": "holds"})
    with pytest.raises(CorpusError, match=r"rule 'y'.*example"):
        cr._compile({"id": "y", "shape": "DENIAL", "verbs": ["denied"], "status": "disputed"})


def test_phrases_match_across_any_whitespace() -> None:
    assert [h.rule.id for h in cr.hits("rebels swept\ninto  saraqib")] == ["enter"]
    assert re.search(r"\\s", next(r for r in _RULES if r.id == "enter").pattern.pattern)
