"""Extraction rules and lexicons kept as data (``corpus/rules/*.yaml``).

Each file is a mapping. Lexicons are lists of words or phrases under a key (``speech_verbs:``);
rule files hold ``rules:``, a list of entries, each with an ``id``, its pattern fields, and its
``examples`` (sentences of our own that must give the rule's result) and ``traps`` (sentences
that must give nothing). The modules that use a file compile it once; one parametrised test
runs every rule's examples and traps by rule id.

Examples
--------
>>> from corpus import _rules
>>> sorted(_rules.names())  # doctest: +SKIP
['control', 'lexicon']
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

import yaml

from corpus.errors import CorpusError


def _folder() -> Any:
    return resources.files("corpus").joinpath("rules")


def names() -> list[str]:
    """Return the names of the rule files shipped in ``corpus/rules``."""
    return sorted(p.name[:-5] for p in _folder().iterdir() if p.name.endswith(".yaml"))


@cache
def load(name: str) -> Mapping[str, Any]:
    """Return the parsed rule file ``corpus/rules/<name>.yaml`` (read once per process).

    Raises
    ------
    CorpusError
        When the file is missing or is not a YAML mapping; the message names the file.
    """
    path = _folder().joinpath(f"{name}.yaml")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        msg = f"rule file corpus/rules/{name}.yaml cannot be read ({e}); reinstall Sitrep"
        raise CorpusError(msg) from e
    if not isinstance(data, Mapping):
        msg = f"rule file corpus/rules/{name}.yaml must hold a mapping, got {type(data).__name__}"
        raise CorpusError(msg)
    return data


def lexicon(name: str, key: str) -> tuple[str, ...]:
    """Return the word list ``key`` of rule file ``name`` as a tuple of strings."""
    words = load(name).get(key)
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        msg = f"corpus/rules/{name}.yaml: '{key}' must be a list of strings"
        raise CorpusError(msg)
    return tuple(words)
