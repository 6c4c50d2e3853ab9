"""Property-based fuzzing of every article reader (issue 16), bounded in time and memory.

Each example writes a batch of three files: a good article, one fuzzed input, another good
article. Whatever the fuzzed input is (random bytes, random Unicode, random YAML front
matter, random JSON lines, randomly nested and broken HTML):

* no exception escapes ``read_articles``;
* the fuzzed file gives at most one ReadProblem (one per line for JSON Lines), naming it;
* both good articles of the batch are still read;
* each example stays within a memory budget, and hypothesis' deadline bounds its time.

The whole module runs in well under a minute (``max_examples`` per reader below).
"""

from __future__ import annotations

import json
import os
import string
import tracemalloc
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus import ReadProblem, read_articles

#: Per example: hypothesis fails one slower than this (it is a bound, not a benchmark).
DEADLINE_MS = 3000
#: Python memory one example may allocate at its peak (inputs are kilobytes).
MEMORY_BUDGET = 64 * 1024 * 1024
EXAMPLES = int(os.environ.get("SITREP_FUZZ_EXAMPLES", "120"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=DEADLINE_MS,
    database=None,
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
GOOD_A = "The SDF said 5 fighters were killed near Raqqa on Monday. Marker qzxa-7781.\n"
GOOD_B = "Four people died in shelling of Idlib, the observatory said. Marker qzxb-9902.\n"
SUFFIXES = ["txt", "md", "jsonl", "html", "htm", "text", "markdown", "ndjson"]


def _batch(folder: Path, name: str, data: bytes) -> None:
    """Read good / fuzzed / good, and check the properties of the module docstring."""
    for old in folder.iterdir():
        old.unlink()
    (folder / "0_good.txt").write_text(GOOD_A, encoding="utf-8")
    bad = folder / name
    bad.write_bytes(data)
    (folder / "2_good.txt").write_text(GOOD_B, encoding="utf-8")
    problems: list[ReadProblem] = []
    tracemalloc.start()
    try:
        articles = list(read_articles([folder], problems=problems))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_BUDGET, f"{peak / 1e6:.0f} MB for a {len(data)}-byte input"
    texts = [a.text for a in articles]
    assert GOOD_A.strip() in texts
    assert GOOD_B.strip() in texts
    bad_name = str(bad)
    for p in problems:
        assert p.path == bad_name or p.path.startswith(bad_name + ":"), p
        assert p.message
    per_place = [p.path for p in problems]
    assert len(per_place) == len(set(per_place)), problems  # one problem per file (or line)
    from_bad = [a for a in articles if a.path.startswith(bad_name)]
    assert from_bad or problems, "a fuzzed file gave neither an article nor a problem"


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "batch"
    d.mkdir()
    return d


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes(folder: Path, data: bytes, suffix: str) -> None:
    _batch(folder, f"1_fuzz.{suffix}", data)


@FUZZ
@given(text=st.text(max_size=2000), suffix=st.sampled_from(SUFFIXES))
def test_random_unicode(folder: Path, text: str, suffix: str) -> None:
    _batch(folder, f"1_fuzz.{suffix}", text.encode("utf-8", "surrogatepass"))


_SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
    | st.dates().map(str) | st.sampled_from(["2300-01-01", "0001-01-01", "2022-02-30"])
)  # fmt: skip
_JSONISH = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
_KEYS = st.sampled_from(
    ["title", "date", "published", "outlet", "source", "agencies", "agency", "url", "lang",
     "text", "body", "content", "headline", "link", "language"]
) | st.text(max_size=8)  # fmt: skip


@FUZZ
@given(meta=st.dictionaries(_KEYS, _JSONISH, max_size=6), body=st.text(max_size=300))
def test_random_yaml_front_matter(folder: Path, meta: dict, body: str) -> None:
    try:
        head = yaml.safe_dump(meta, allow_unicode=True)
    except yaml.YAMLError:
        head = "title: x\n"
    _batch(folder, "1_fuzz.md", f"---\n{head}---\n{body}\n".encode("utf-8", "surrogatepass"))


@FUZZ
@given(
    head=st.text(alphabet=string.printable + "&*[]{}:-!|>'\"é", max_size=300),
    body=st.text(max_size=200),
)
def test_random_yaml_text(folder: Path, head: str, body: str) -> None:
    _batch(folder, "1_fuzz.md", f"---\n{head}\n---\n{body}\n".encode("utf-8", "surrogatepass"))


@FUZZ
@given(
    lines=st.lists(
        st.dictionaries(_KEYS, _JSONISH, max_size=6)
        | _JSONISH
        | st.fixed_dictionaries(
            {"text": st.text(max_size=200)}, optional={"agencies": _JSONISH, "date": _JSONISH}
        ),
        min_size=1,
        max_size=6,
    )
)  # fmt: skip
def test_random_json_lines(folder: Path, lines: list) -> None:
    data = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines)
    _batch(folder, "1_fuzz.jsonl", data.encode("utf-8", "surrogatepass"))


_TAGS = ["div", "p", "span", "b", "i", "article", "main", "nav", "script", "style", "h1",
         "title", "head", "body", "html", "br", "table", "td", "tr", "li", "ul", "footer",
         "meta", "a", "template", "svg", "iframe", "pre"]  # fmt: skip
_PIECE = (
    st.sampled_from(_TAGS).map(lambda t: f"<{t}>")
    | st.sampled_from(_TAGS).map(lambda t: f"</{t}>")
    | st.sampled_from(['<meta property="article:published_time" content="9999-01-01">',
                       '<meta property="og:title" content="&amp;&lt;x">', "<!--", "-->",
                       "<![CDATA[", "<?php", "&#0;", "&nbsp;", "<", ">", "</", "<html lang='xx'>"])
    | st.text(max_size=30)
)  # fmt: skip


@FUZZ
@given(pieces=st.lists(_PIECE, max_size=400), depth=st.integers(0, 600))
def test_random_html_nesting(folder: Path, pieces: list[str], depth: int) -> None:
    page = "<html><body>" + "<div>" * depth + "".join(pieces) + "</div>" * (depth // 2)
    _batch(folder, "1_fuzz.html", page.encode("utf-8", "surrogatepass"))
