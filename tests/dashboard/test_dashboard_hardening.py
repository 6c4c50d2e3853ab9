"""The dashboard against hostile articles and settings (issue 16 items 2, 5, 6, 7, 10, 13).

Every test drives the real page (``streamlit.testing.v1.AppTest``) over the real pipeline,
or calls the very function a download button calls.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import corpus
import layers
from dashboard import _cache, _config
from dashboard._ui import plain
from layers.query import SPREADSHEET_TRIGGERS

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
TIMEOUT = 300
IMAGE = "![b](http://198.51.100.7/x.png)"
FORMULA = '=HYPERLINK("http://198.51.100.7/","open")'
HOSTILE = f"""---
title: '{IMAGE} Shelling near Raqqa'
outlet: '{FORMULA}'
date: 2022-01-24
---
The SDF said 5 fighters were killed in Raqqa on Monday.
"""


@pytest.fixture()
def hostile_dir(tmp_path: Path) -> Path:
    d = tmp_path / "hostile"
    d.mkdir()
    (d / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    return d


def _app(monkeypatch, cache: Path, *corpora: Path) -> AppTest:
    monkeypatch.setenv("SITREP_CACHE_DIR", str(cache))
    monkeypatch.setenv("SITREP_CORPUS", ":".join(map(str, corpora)))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _markdown_texts(at: AppTest) -> list[str]:
    """Every string the page renders as Markdown: markdown, captions, alerts, labels."""
    texts = [m.value for m in at.markdown] + [c.value for c in at.caption]
    texts += [a.value for kind in (at.warning, at.info, at.error, at.success) for a in kind]
    texts += [e.label for e in at.expander]
    return [str(t) for t in texts]


# ---------------------------------------------------------------- item 5: CSV formulas


def test_item5_csv_download_has_no_live_formula(hostile_dir: Path) -> None:
    sitrep = layers.build_sitrep([hostile_dir])
    assert len(sitrep.incidents) == 1
    rows = list(csv.reader(io.StringIO(_cache.csv_bytes(sitrep).decode("utf-8"))))
    cells = [c for row in rows for c in row]
    assert any(FORMULA in c for c in cells)  # the outlet is there, as text
    assert not [c for c in cells if c.startswith(SPREADSHEET_TRIGGERS)]


# ---------------------------------------------------------------- item 6: Markdown


def test_item6_titles_and_outlets_are_plain_text_in_the_panel(
    monkeypatch, tmp_path: Path, hostile_dir: Path
) -> None:
    at = _app(monkeypatch, tmp_path / "cache", hostile_dir)
    # open the full text too (read on opening): its title is Markdown as well
    at.session_state[f"full_text-{at.selectbox(key='incident_choice').value}-0"] = True
    at.run()
    assert not at.exception
    assert next(e for e in at.expander if e.label.startswith("Full text:")).text
    texts = _markdown_texts(at)
    assert any("198" in t and "Shelling near Raqqa" in t for t in texts)  # the title is shown
    assert sum("Shelling near Raqqa" in t for t in texts) >= 2  # label and opened text
    for t in texts:
        if "198.51.100.7" in t:  # no unescaped image or link syntax is left
            assert not re.search(r"(?<!\\)[\[\]!]", t), t


# ---------------------------------------------------------------- item 7: corpus folders


def test_item7_only_the_configured_corpora_are_served(
    monkeypatch, tmp_path: Path, hostile_dir: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "secret.txt").write_text(
        "Planted Secret\n\nA planted file: 9 were killed in Homs on Tuesday.\n", encoding="utf-8"
    )
    mine = tmp_path / "mine"
    shutil.copytree(corpus.SAMPLES_DIR, mine)
    at = _app(monkeypatch, tmp_path / "cache", mine, hostile_dir)
    typed = [w for w in at.text_input if w.key == "corpus_folder"]
    if typed:  # a free text field must not reach another folder of the server
        typed[0].set_value(str(elsewhere)).run()
    picker = [w for w in at.selectbox if w.key == "corpus_folder"]
    assert picker and set(picker[0].options) == {str(mine), str(hostile_dir)}
    picker[0].set_value(str(hostile_dir)).run()
    assert not at.exception
    page = " ".join(_markdown_texts(at))
    assert "Planted" not in page and "planted" not in page
    assert str(elsewhere) not in page
    assert "Shelling near Raqqa" in page


def test_item7_pick_corpus_refuses_anything_not_configured(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "link").symlink_to(tmp_path)
    allowed = (a.resolve(), b.resolve())
    assert _config.pick_corpus(str(b), allowed) == b.resolve()
    assert _config.pick_corpus("a", allowed) == a.resolve()
    for bad in ("/etc", str(tmp_path), f"{a}/..", str(a / "link"), "~", "../b/.."):
        assert _config.pick_corpus(bad, allowed) is None


def test_item2_upload_of_an_alias_bomb_is_refused(
    monkeypatch, tmp_path: Path, hostile_dir: Path
) -> None:
    at = _app(monkeypatch, tmp_path / "cache", hostile_dir)
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"] + [
        f"{c}: &{c} [" + ", ".join([f"*{p}"] * 9) + "]"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    ]
    bomb = "---\n" + "\n".join(levels) + "\ntitle: *i\n---\nBody about Raqqa.\n"
    at.file_uploader[0].set_value([("bomb.md", bomb.encode(), "text/markdown")]).run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert any("bomb" in e and "alias" in e for e in errors), errors
    assert sorted(p.name for p in hostile_dir.iterdir()) == ["hostile.md"]


# ---------------------------------------------------------------- item 10: unwritable cache


def test_item10_unwritable_cache_builds_once_then_keeps_it_in_memory(
    monkeypatch, tmp_path: Path, hostile_dir: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    at = _app(monkeypatch, blocker / "cache", hostile_dir)
    captions = " ".join(c.value for c in at.caption)
    assert " · built in " in captions
    assert any("cannot be written" in i.value for i in at.info)
    at.checkbox(key="only_disagree").check().run()  # a filter click
    assert not at.exception
    captions = " ".join(c.value for c in at.caption)
    assert " · built in " not in captions
    assert "kept in memory" in captions


# ---------------------------------------------------------------- item 13: offline boundaries


def test_item13_missing_boundary_files_are_one_short_warning(
    monkeypatch, tmp_path: Path, hostile_dir: Path
) -> None:
    empty = tmp_path / "no-geodata"
    empty.mkdir()
    monkeypatch.setenv("SITREP_DATA_DIR", str(empty))
    monkeypatch.setattr(_cache, "_environment_key", lambda: "no-geodata")  # a fresh cache key
    at = _app(monkeypatch, tmp_path / "cache", hostile_dir)
    warnings = [w.value for w in at.warning]
    about_files = [w for w in warnings if "missing" in w and "geo fetch" in w]
    assert len(about_files) == 1, warnings
    assert "syr_admbnda_adm1" in about_files[0] and "ne_50m" in about_files[0]
    assert plain(str(empty)) in about_files[0]
    assert not [w for w in warnings if "ConnectionError" in w or "https" in w]
    assert all(len(w) < 600 for w in warnings)
    assert any(e.label.startswith("Details") for e in at.expander)
