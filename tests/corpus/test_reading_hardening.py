"""Bad input to the readers (issue 16): each is one ReadProblem naming the file, never a crash.

Every text here is our own. Each test names the numbered item of the issue it covers.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

import corpus
from corpus import ReadProblem, read_articles
from corpus.reading import MAX_ARTICLE_BYTES, MAX_FRONT_MATTER_BYTES

ROOT = Path(__file__).resolve().parents[2]
GOOD = "The SDF said 5 fighters were killed in Raqqa on Monday.\n"


def _read(*paths: Path) -> tuple[list[corpus.Article], list[ReadProblem]]:
    problems: list[ReadProblem] = []
    return list(read_articles(list(paths), problems=problems)), problems


# ---------------------------------------------------------------- item 1: dates out of range


@pytest.mark.parametrize("day", ["2300-01-22", "0001-01-03", "1066-10-14", "9999-12-31"])
def test_item1_publication_year_out_of_range_is_dropped_with_a_problem(
    tmp_path: Path, day: str
) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"date {day}\nT\n\n{GOOD}", encoding="utf-8")
    arts, problems = _read(f)
    assert len(arts) == 1
    assert arts[0].published is None or (
        corpus.reading.EARLIEST_PUBLISHED <= arts[0].published <= corpus.reading.latest_published()
    )
    assert [p.path for p in problems] == [str(f)]
    assert day in problems[0].message


def test_item1_dates_in_range_are_kept(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text(f"---\ndate: 1999-03-04\n---\n{GOOD}", encoding="utf-8")
    arts, problems = _read(f)
    assert arts[0].published == date(1999, 3, 4)
    assert problems == []


# ---------------------------------------------------------------- item 2: YAML alias bomb

_LEVELS = [("a", "x")] + [(c, f"*{p}") for p, c in zip("abcdefgh", "bcdefghi", strict=True)]
_ANCHORS = [f"{name}: &{name} [{', '.join([item] * 9)}]" for name, item in _LEVELS]
_BOMB = "\n".join(["---", *_ANCHORS, "title: *i", "---", GOOD])


def test_item2_yaml_alias_bomb_is_refused_fast_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "bomb.md").write_text(_BOMB, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    tracemalloc.start()
    arts, problems = _read(tmp_path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [a.path for a in arts] == [str(tmp_path / "good.txt")]
    assert [p.path for p in problems] == [str(tmp_path / "bomb.md")]
    assert "alias" in problems[0].message
    assert peak < 50e6, "the bomb was expanded"


def test_item2_any_alias_in_front_matter_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_text(f"---\nx: &name Raqqa today\ntitle: *name\n---\n{GOOD}", encoding="utf-8")
    arts, problems = _read(f)
    assert arts == []
    assert len(problems) == 1
    assert "alias" in problems[0].message


def test_item2_deep_or_huge_front_matter_is_refused(tmp_path: Path) -> None:
    deep = tmp_path / "deep.md"
    deep.write_text("---\ntitle: " + "[" * 5000 + "]" * 5000 + f"\n---\n{GOOD}", encoding="utf-8")
    big = tmp_path / "big.md"
    big.write_text(
        "---\ntitle: x\n" + "k: " + "y" * (MAX_FRONT_MATTER_BYTES + 10) + f"\n---\n{GOOD}",
        encoding="utf-8",
    )
    arts, problems = _read(deep, big)
    assert arts == []
    assert [p.path for p in problems] == [str(deep), str(big)]
    assert "deep" in problems[0].message
    assert "front matter" in problems[1].message


# ---------------------------------------------------------------- item 3: field types


@pytest.mark.parametrize("value", ["5", "true", "{a: 1}", "[1, [2]]"])
def test_item3_non_text_agencies_in_front_matter_is_one_problem(tmp_path: Path, value: str) -> None:
    (tmp_path / "a.md").write_text(f"---\nagencies: {value}\n---\n{GOOD}", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Another report: 3 died in Homs.\n", encoding="utf-8")
    arts, problems = _read(tmp_path)
    assert len(arts) == 2  # the bad field is ignored, the article and the batch are read
    assert [p.path for p in problems] == [str(tmp_path / "a.md")]
    assert "agencies" in problems[0].message


def test_item3_wrong_types_in_json_lines_are_one_problem_per_line(tmp_path: Path) -> None:
    rows = [
        {"text": GOOD, "agencies": 5},
        {"text": "A second text: 2 shells hit Idlib.", "agencies": True, "title": ["x"]},
        {"text": "A third text about Aleppo.", "outlet": {"name": "x"}, "date": 20220101},
        {"text": "A fourth text about Hama.", "agencies": ["AFP", "Reuters"]},
    ]
    f = tmp_path / "a.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    arts, problems = _read(f)
    assert len(arts) == 4
    assert arts[3].agencies == ("AFP", "Reuters")
    assert [p.path for p in problems] == [f"{f}:1", f"{f}:2", f"{f}:3"]
    assert "title" in problems[1].message and "agencies" in problems[1].message
    assert "outlet" in problems[2].message


# ---------------------------------------------------------------- item 4: HTML


def test_item4_thousands_of_open_and_stray_tags_are_read_to_the_depth_limit(tmp_path: Path) -> None:
    """The old parser spent 13-18 s on such a page; benchmarks/bench_hostile_html.py times it."""
    junk = "<div><span><b>" * 16_000 + "</i></em></p>" * 16_000  # ~440 kB
    large = tmp_path / "large.html"
    large.write_text(
        f"<html><body><p>{GOOD}</p>{junk}<p>Closing words on Deir ez-Zor.</p></body></html>",
        encoding="utf-8",
    )
    (a_large,), problems = _read(large)
    assert "5 fighters were killed in Raqqa" in a_large.text
    # past MAX_HTML_DEPTH the rest is not read, and the file says so once
    assert [p.path for p in problems] == [str(large)]
    assert f"deeper than {corpus.reading.MAX_HTML_DEPTH}" in problems[0].message


def test_item4_stray_end_tags_without_depth_keep_all_text(tmp_path: Path) -> None:
    junk = "<b>x</b></i></em></p></div>" * 20_000
    f = tmp_path / "stray.html"
    f.write_text(
        f"<html><body><p>{GOOD}</p>{junk}<p>Closing words on Deir ez-Zor.</p></body></html>"
    )
    (a,), problems = _read(f)
    assert "Closing words" in a.text
    assert problems == []


def test_item4_html_main_text_title_meta_and_skipped_parts(tmp_path: Path) -> None:
    f = tmp_path / "a.html"
    f.write_text(
        '<!doctype html><html lang="fr"><head><title>Site</title>'
        '<meta property="og:site_name" content="Le Courrier">'
        '<meta property="article:published_time" content="2022-02-03T10:00:00Z">'
        '<link rel="canonical" href="https://example.org/a"></head><body>'
        "<nav>Menu Accueil</nav><h1>Un titre</h1><script>var x = 1;</script>"
        "<article><p>Selon l'OSDH, 4 civils ont été tués à Alep.</p><!-- note -->"
        "<p>Les combats <b>continuent</b> dans la région.</p></article>"
        "<footer>Tous droits réservés</footer></body></html>",
        encoding="utf-8",
    )
    (a,), problems = _read(f)
    assert problems == []
    assert a.title == "Un titre"
    assert a.outlet == "Le Courrier"
    assert a.published == date(2022, 2, 3)
    assert a.url == "https://example.org/a"
    assert a.language == "fr"
    assert a.text == (
        "Selon l'OSDH, 4 civils ont été tués à Alep.\n\nLes combats continuent dans la région."
    )


def test_item4_very_deep_html_is_read(tmp_path: Path) -> None:
    f = tmp_path / "deep.html"
    f.write_text(
        "<html><body>" + "<div>" * 3000 + f"<p>{GOOD}</p>" + "</div>" * 3000 + "</body></html>",
        encoding="utf-8",
    )
    arts, problems = _read(f)
    assert len(arts) + len(problems) >= 1
    assert all(p.path == str(f) for p in problems)
    assert len(problems) <= 1


# ---------------------------------------------------------------- item 8: huge JSON line


def test_item8_a_huge_json_line_is_never_held_whole(tmp_path: Path) -> None:
    f = tmp_path / "big.jsonl"
    with f.open("wb") as fh:
        fh.write(json.dumps({"text": GOOD}).encode() + b"\n")
        fh.write(b'{"text": "' + b"a" * (4 * MAX_ARTICLE_BYTES) + b'"}\n')
        fh.write(json.dumps({"text": "After the big one: 7 were hurt in Daraa."}).encode() + b"\n")
    tracemalloc.start()
    arts, problems = _read(f)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert len(arts) == 2
    assert [p.path for p in problems] == [f"{f}:2"]
    assert "limit" in problems[0].message
    assert peak < 2.5 * MAX_ARTICLE_BYTES, f"peak {peak / 1e6:.0f} MB"


def test_item8_deep_or_huge_number_json_is_one_problem(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(
        "[" * 100_000 + "]" * 100_000 + "\n" + '{"text": "x", "n": ' + "9" * 5000 + "}\n"
        + json.dumps({"text": GOOD}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    arts, problems = _read(f)
    assert len(arts) == 1
    assert [p.path for p in problems] == [f"{f}:1", f"{f}:2"]


# ---------------------------------------------------------------- item 12: smaller ones


def test_item12_unreadable_subfolder_is_reported(tmp_path: Path) -> None:
    """As root the reader runs without the capability to read any folder (``setpriv``)."""
    corpus_dir = tmp_path / "c"
    locked = corpus_dir / "locked"
    locked.mkdir(parents=True)
    (locked / "x.txt").write_text(GOOD, encoding="utf-8")
    (corpus_dir / "ok.txt").write_text(GOOD.replace("5", "6"), encoding="utf-8")
    os.chmod(locked, 0)
    for p in (tmp_path, corpus_dir):
        os.chmod(p, 0o755)
    code = (
        "import json, sys; from corpus import read_articles\n"
        "probs = []\n"
        "arts = list(read_articles([sys.argv[1]], problems=probs))\n"
        "print(json.dumps([len(arts), [[p.path, p.message] for p in probs]]))\n"
    )
    prefix: list[str] = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv: every folder is readable")
        caps = "-dac_override,-dac_read_search"
        prefix = ["setpriv", "--bounding-set", caps, "--inh-caps", caps]
    try:
        out = subprocess.run(
            [*prefix, sys.executable, "-c", code, str(corpus_dir)],
            capture_output=True, text=True, check=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )  # fmt: skip
    finally:
        os.chmod(locked, 0o755)
    n, problems = json.loads(out.stdout)
    assert n == 1
    assert [p for p, _ in problems] == [str(locked)]
    assert "permission" in problems[0][1].lower()


@pytest.mark.parametrize(
    "text",
    [
        "Trois élèves blessés près de l'école.\n",
        "Les élèves et les professeurs ont fui.\n",
        "Deux élèves tués à Idleb, selon des témoins.\n",
    ],
)
def test_item12_short_latin1_french_is_read_as_western_european(tmp_path: Path, text: str) -> None:
    f = tmp_path / "fr.txt"
    f.write_bytes(text.encode("latin-1"))
    (a,), problems = _read(f)
    assert a.text == text.strip()
    assert len(problems) == 1 and "not UTF-8" in problems[0].message


def test_item12_turkish_single_byte_text_keeps_its_letters(tmp_path: Path) -> None:
    f = tmp_path / "tr.txt"
    text = "Suriye'de bir saldırı ve çatışma oldu, İdlib için şimdi bu ağır bir gün.\n"
    f.write_bytes(text.encode("cp1254"))
    (a,), _ = _read(f)
    assert "saldırı" in a.text and "şimdi" in a.text


def test_item12_filename_with_newline_or_bad_byte_is_escaped(tmp_path: Path, caplog) -> None:
    bad = os.fsencode(tmp_path) + b"/evil\nWARNING forged line \xff.txt"
    with open(bad, "wb") as fh:
        fh.write(b"\x00\x01binary")
    with open(os.fsencode(tmp_path) + b"/ok \xe9.txt", "wb") as fh:
        fh.write(GOOD.encode())
    arts, problems = _read(tmp_path)
    assert len(problems) == 1
    for text in (problems[0].path, arts[0].path, caplog.text):
        assert "\nWARNING forged" not in text
        text.encode("utf-8")  # no lone surrogates: valid UTF-8 everywhere
    assert "\\n" in problems[0].path and "\\xff" in problems[0].path
    assert json.dumps(arts[0].path, ensure_ascii=False).encode("utf-8")


def test_one_problem_per_bad_file_even_when_decoding_was_noted(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_bytes("---\ntitle: [é\n---\nCorps.\n".encode("latin-1"))
    arts, problems = _read(f)
    assert arts == []
    assert len(problems) == 1
    assert "not UTF-8" in problems[0].message and "cannot be parsed" in problems[0].message


def test_item12_json_output_is_valid_utf8_for_bad_names_and_lone_surrogates(tmp_path: Path) -> None:
    with open(os.fsencode(tmp_path) + b"/bad \xff name.txt", "wb") as fh:
        fh.write(GOOD.encode())
    (tmp_path / "wires.jsonl").write_text(
        '{"text": "Shelling hit Homs \\ud800 on Friday, 3 died.", "title": "T \\udfff"}\n',
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-m", "corpus", "extract", "--no-places", "-q", str(tmp_path)],
        capture_output=True, check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    rows = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]  # strict
    assert len(rows) == 2
    assert any(r["path"].endswith("bad \\xff name.txt") for r in rows)
    assert any("Homs \ufffd on Friday" in json.dumps(r, ensure_ascii=False) for r in rows)
