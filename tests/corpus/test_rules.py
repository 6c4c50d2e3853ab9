"""Every rule kept as data (corpus/rules/figures*.yaml, attribution*.yaml) on its own examples.

An example's ``figure`` lists the fields some figure of its text must have; a trap's
``no_figure`` the fields no figure of its text may have (no ``no_figure``: no figure at all).
"""

from __future__ import annotations

from typing import Any

import pytest

from corpus import _rules, extraction_to_dict
from tests.corpus.one_article import extract_text

FILES = [n for n in _rules.names() if n.startswith(("figures", "attribution"))]


def _cases(kind: str) -> list[Any]:
    out = []
    for name in FILES:
        for rule in _rules.load(name).get("rules") or []:
            for k, case in enumerate(rule.get(kind) or []):
                out.append(pytest.param(case, id=f"{name}:{rule['id']}:{k}"))
    return out


def _figures(case: dict[str, Any]) -> list[dict[str, Any]]:
    outlet = case.get("outlet", "AFP")
    return extraction_to_dict(extract_text(case["text"], outlet=outlet))["figures"]


def _has(fig: dict[str, Any], fields: dict[str, Any]) -> bool:
    return all(fig.get(k) == v for k, v in fields.items())


def test_every_rule_has_an_id_examples_and_traps() -> None:
    assert FILES, "no rule files found in corpus/rules"
    ids = []
    for name in FILES:
        for rule in _rules.load(name).get("rules") or []:
            ids.append(rule["id"])
            assert rule.get("examples"), f"{name}:{rule['id']} has no examples"
            assert rule.get("traps"), f"{name}:{rule['id']} has no traps"
    assert len(ids) == len(set(ids)), "rule ids must be unique"


@pytest.mark.parametrize("case", _cases("examples"))
def test_rule_example(case: dict[str, Any]) -> None:
    figs = _figures(case)
    assert any(_has(f, case["figure"]) for f in figs), figs


@pytest.mark.parametrize("case", _cases("traps"))
def test_rule_trap(case: dict[str, Any]) -> None:
    figs = _figures(case)
    if "no_figure" in case:
        assert not any(_has(f, case["no_figure"]) for f in figs), figs
    else:
        assert figs == []
