"""Reading articles: the seed format, Markdown, JSON Lines, HTML, encodings and bad input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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
