"""Reading articles: the seed format, Markdown, JSON Lines, HTML, encodings and bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import corpus
from corpus import ReadProblem, read_articles

SEED_000 = "000_a5c7e7062c862599.txt"
SEED_003 = "003_06dbcd00bc08db20.txt"


def _one(path: Path, problems: list[ReadProblem] | None = None) -> corpus.Article:
    arts = list(read_articles([path], problems=problems))
    assert len(arts) == 1, arts
    return arts[0]


def test_seed_000_header_date_credits_and_outlet(seeds_dir: Path) -> None:
    a = _one(seeds_dir / SEED_000)
    assert a.published == date(2022, 1, 31)
    assert not a.published_inferred
    assert a.published_source == "header"
    assert a.agencies == ("ANI", "Sputnik")
    assert a.outlet == "ANI"
    assert a.text.startswith("Washington urges its coalition partners")
    assert a.text.endswith("(ANI/Sputnik)")
    assert a.language == "en"
    assert len(a.id) == 16


def test_seed_003_title_footers_and_inferred_date(seeds_dir: Path) -> None:
    a = _one(seeds_dir / SEED_003)
    assert a.title == "In Syria, slow progress of Kurds in a prison attacked by IS"
    assert a.text.startswith("For six days, jihadists")
    assert "Any reproduction prohibited" not in a.text
    assert "Source link" not in a.text
    assert a.text.endswith("told AFP on Wednesday.")
    # footers are stripped from the text but never from disk
    assert "Source link" in (seeds_dir / SEED_003).read_text(encoding="utf-8")
    assert a.published == date(2022, 1, 26)
    assert a.published.weekday() == 2  # a Wednesday
    assert a.published_inferred
    assert a.published_source == "inferred: 'on Wednesday' after 'since January 20' (6 days)"
    assert a.outlet == "AFP"
    assert a.agencies == ("AFP",)


def test_directory_is_read_recursively_and_once(seeds_dir: Path, tmp_path: Path) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    data = (seeds_dir / SEED_000).read_bytes()
    (tmp_path / "one.txt").write_bytes(data)
    # the same article with CRLF line ends and a BOM is the same article
    (nested / "copy.txt").write_bytes(b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n"))
    (nested / "ignored.bin").write_bytes(b"\x00\x01")
    problems: list[ReadProblem] = []
    arts = list(read_articles([tmp_path, seeds_dir], problems=problems))
    assert [Path(a.path).name for a in arts] == ["one.txt", SEED_003]
    assert problems == []


# ------------------------------------------------------------------ other formats
MD = """---
title: SDF retakes the prison
published: 2022-01-26
outlet: Example Wire
agencies: [AFP, Reuters]
url: https://example.org/a
language: en
---
The SDF said on Wednesday that the prison was back under its control.

Any reproduction prohibited
"""


def test_markdown_front_matter(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(MD, encoding="utf-8")
    a = _one(tmp_path / "a.md")
    assert a.title == "SDF retakes the prison"
    assert a.published == date(2022, 1, 26)
    assert (a.published_inferred, a.published_source) == (False, "front-matter")
    assert (a.outlet, a.agencies, a.url, a.language) == (
        "Example Wire", ("AFP", "Reuters"), "https://example.org/a", "en")  # fmt: skip
    assert a.text == "The SDF said on Wednesday that the prison was back under its control."


def test_markdown_heading_is_the_title_without_front_matter(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("# Heading here\n\nBody text about Raqqa.\n", encoding="utf-8")
    a = _one(tmp_path / "b.md")
    assert (a.title, a.text, a.published) == ("Heading here", "Body text about Raqqa.", None)


def test_jsonl_one_article_per_line_with_line_paths(tmp_path: Path) -> None:
    lines = [
        '{"title": "One", "text": "First story, in Raqqa.", "published": "2022-01-20", '
        '"outlet": "AFP", "agencies": "AFP/Reuters"}',
        "",
        '{"title": "Two", "body": "Second story.", "date": "2022-01-21T10:00:00Z"}',
    ]
    (tmp_path / "w.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    arts = list(read_articles([tmp_path / "w.jsonl"]))
    assert [a.path for a in arts] == [f"{tmp_path / 'w.jsonl'}:1", f"{tmp_path / 'w.jsonl'}:3"]
    assert arts[0].agencies == ("AFP", "Reuters")
    assert arts[1].published == date(2022, 1, 21)
    assert arts[1].published_source == "json"


HTML = """<!doctype html><html lang="en"><head>
<title>Page title | Site</title>
<meta property="og:title" content="Kurdish forces regain the prison">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-01-27T08:00:00+00:00">
<link rel="canonical" href="https://example.org/story">
<style>p { color: red }</style><script>var tracking = "dead 999";</script>
</head><body>
<nav><p>Home | World | Sport</p></nav>
<article><h1>Kurdish forces regain the prison</h1>
<p>Kurdish forces said on Wednesday they had regained control of the prison.</p>
<script>document.write("ad")</script>
<p>At least 12 jihadists were killed, the Observatory said.</p></article>
<footer><p>© Example News</p></footer>
</body></html>"""


def test_html_main_text_only(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(HTML, encoding="utf-8")
    a = _one(tmp_path / "p.html")
    assert a.title == "Kurdish forces regain the prison"
    assert a.published == date(2022, 1, 27)
    assert (a.outlet, a.url, a.language) == ("Example News", "https://example.org/story", "en")
    assert a.text == (
        "Kurdish forces said on Wednesday they had regained control of the prison.\n\n"
        "At least 12 jihadists were killed, the Observatory said."
    )


def test_encodings_bom_crlf_and_latin1(tmp_path: Path) -> None:
    text = " date 2022-01-26 Les forces kurdes ont repris la prison de Hassaké, selon l'OSDH.\n"
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    (tmp_path / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-8-sig"))
    problems: list[ReadProblem] = []
    arts = list(read_articles([tmp_path / "u16.txt", tmp_path / "crlf.txt"], problems=problems))
    assert len(arts) == 1  # the same article in two encodings is read once
    assert arts[0].text.endswith("Hassaké, selon l'OSDH.")
    assert arts[0].language == "fr"
    assert problems == []
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(
        ("Les forces kurdes ont repris la prison de Hassaké, où les combats ont duré "
         "six jours, selon l'Observatoire syrien des droits de l'homme à Londres.\n").encode(
            "cp1252"
        )
    )  # fmt: skip
    a = _one(latin, problems)
    assert "Hassaké" in a.text and "où" in a.text
    assert len(problems) == 1 and "not UTF-8" in problems[0].message
    assert problems[0].path == str(latin)


# ------------------------------------------------------------------ bad input
def test_bad_inputs_each_give_one_warning_and_the_rest_is_read(
    tmp_path: Path, seeds_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 40)
    big = bad / "big.txt"
    with big.open("wb") as fh:  # a 50 MB file, written in chunks
        chunk = b"The SDF said 12 fighters were killed. " * 27_000
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    (bad / "scripts.html").write_text(
        "<html><head><script>"
        + "var x = 1;" * 5000
        + "</script></head><body>"
        + "<script>alert(1)</script>" * 200
        + "</body></html>",
        encoding="utf-8",
    )
    (bad / "wires.jsonl").write_text(
        '{"title": "ok", "text": "Seven civilians were killed in Raqqa, the SOHR said."}\n'
        '{"title": "broken", "text": "unterminated\n'
        '{"title": "ok too", "text": "The SDF said 20 IS members surrendered."}\n',
        encoding="utf-8",
    )
    (bad / "good.txt").write_bytes((seeds_dir / SEED_000).read_bytes())
    problems: list[ReadProblem] = []
    with caplog.at_level("WARNING", logger="corpus"):
        arts = list(read_articles([bad, tmp_path / "missing.txt"], problems=problems))
    assert sorted(Path(a.path.split(":")[0]).name for a in arts) == [
        "good.txt", "wires.jsonl", "wires.jsonl"]  # fmt: skip
    by_path = {Path(p.path).name: p.message for p in problems}
    assert set(by_path) == {
        *("empty.txt", "binary.txt", "big.txt", "scripts.html", "wires.jsonl:2", "missing.txt")
    }
    assert "empty" in by_path["empty.txt"]
    assert "binary" in by_path["binary.txt"]
    assert "MB is larger than the 10 MB limit" in by_path["big.txt"]
    assert "no article text" in by_path["scripts.html"]
    assert "line 2 is not valid JSON" in by_path["wires.jsonl:2"]
    assert "no such file" in by_path["missing.txt"]
    # one logged warning per problem, naming the file (and line)
    warned = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warned) == len(problems)
    assert any("wires.jsonl:2" in w for w in warned)


def test_large_jsonl_streams_with_flat_memory(tmp_path: Path) -> None:
    import tracemalloc

    line = '{"text": "Story %d: the SOHR said %d fighters were killed in Raqqa."}\n'
    path = tmp_path / "many.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for k in range(20_000):
            fh.write(line % (k, k % 90 + 2))
    tracemalloc.start()
    n = 0
    for _ in read_articles([path]):
        n += 1
        if n == 1000:
            tracemalloc.reset_peak()
            base = tracemalloc.get_traced_memory()[0]
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert n == 20_000
    # 19,000 more articles cost only their entries in the seen-id set (~200 bytes each: the
    # duplicate check), never the articles themselves (each is over 1 kB as objects)
    assert (peak - base) / 19_000 < 400
