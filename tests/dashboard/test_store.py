"""corpus.store: safe upload names, no traversal, no overwrite, same bytes -> same file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus.store import content_hash, safe_filename, save_upload


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("report.txt", "report.txt"),
        ("../../etc/passwd", "passwd"),
        ("/abs/path/news.md", "news.md"),
        ("C:\\Users\\me\\report 1.txt", "report 1.txt"),
        ("..", "upload.txt"),
        ("", "upload.txt"),
        (".hidden.txt", "hidden.txt"),
        ("a\x00b\nc.txt", "a_b_c.txt"),
        ("حلب.txt", "حلب.txt"),
        ("CON.txt", "_CON.txt"),
        ("x<y>|z?.jsonl", "x_y__z_.jsonl"),
    ],
)
def test_safe_filename(raw: str, expected: str) -> None:
    assert safe_filename(raw) == expected


def test_safe_filename_is_short_and_keeps_extension() -> None:
    name = safe_filename("a" * 500 + ".html")
    assert len(name) <= 120
    assert name.endswith(".html")


def test_save_upload_writes_inside_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    out = save_upload("../../escape.txt", b"Title\n\nbody", corpus)
    assert out.parent == corpus.resolve()
    assert out.name == "escape.txt"
    assert out.read_bytes() == b"Title\n\nbody"
    assert not (tmp_path / "escape.txt").exists()
    # no temporary files left behind
    assert sorted(p.name for p in corpus.iterdir()) == ["escape.txt"]


def test_same_bytes_same_file(tmp_path: Path) -> None:
    a = save_upload("a.txt", b"same story", tmp_path)
    b = save_upload("a.txt", b"same story", tmp_path)
    c = save_upload("other-name.txt", b"same story", tmp_path)
    assert a == b == c
    assert len(list(tmp_path.iterdir())) == 1


def test_different_bytes_never_overwrite(tmp_path: Path) -> None:
    first = save_upload("news.txt", b"first", tmp_path)
    second = save_upload("news.txt", b"second", tmp_path)
    assert first != second
    assert first.read_bytes() == b"first"
    assert second.read_bytes() == b"second"
    assert second.name.startswith("news-") and second.suffix == ".txt"
    # and the second one is found again by its bytes
    assert save_upload("news.txt", b"second", tmp_path) == second


def test_symlink_is_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"secret")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    os.symlink(outside, corpus / "news.txt")
    saved = save_upload("news.txt", b"new", corpus)
    assert outside.read_bytes() == b"secret"
    assert saved.read_bytes() == b"new"
    assert not saved.is_symlink()


def test_empty_upload_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"empty\.txt"):
        save_upload("empty.txt", b"", tmp_path)


def test_content_hash_tracks_content(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("one")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.md").write_text("two")
    (tmp_path / ".cache").mkdir()
    h1 = content_hash([tmp_path])
    assert h1 == content_hash([tmp_path])
    (tmp_path / ".cache" / "x.pkl").write_bytes(b"ignored")
    assert content_hash([tmp_path]) == h1  # hidden folders do not count
    (sub / "b.md").write_text("two, edited")
    h2 = content_hash([tmp_path])
    assert h2 != h1
    (tmp_path / "c.txt").write_text("three")
    h3 = content_hash([tmp_path])
    assert h3 not in {h1, h2}
    (tmp_path / "c.txt").rename(tmp_path / "d.txt")
    assert content_hash([tmp_path]) != h3


def test_content_hash_independent_of_location(tmp_path: Path) -> None:
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "a.txt").write_text("same")
    assert content_hash([tmp_path / "x"]) == content_hash([tmp_path / "y"])
