"""Numbers, dates, aliases, attribution and control patterns on short sentences of our own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import geo
from corpus import SAMPLES_DIR, Extraction, extract, extract_paths, extraction_to_dict
from corpus.aliases import AliasTable, claimants, load_table, parties
from corpus.dates import find_dates, infer_published
from corpus.errors import AliasTableError
from corpus.numbers import find_counts, parse_number
from corpus.reading import article_from_fields

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seven", 7),
        ("a hundred", 100),
        ("two hundred and fifty", 250),
        ("twenty-seven", 27),
        ("one thousand", 1000),
    ],
)
def test_parse_number_words(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("about 200 fighters", (200, 200, 200, "about")),
        ("at least 3,500 members", (3500, 3500, None, "at least")),
        ("more than a hundred jihadists", (100, 101, None, "more than")),
        ("hundreds of minors", (200, 200, 999, "hundreds of")),
        ("dozens of people", (24, 24, 99, "dozens of")),
        ("some 40 people", (40, 40, 40, "some")),
        ("up to 45,000 people", (45000, 0, 45000, "up to")),
        ("nearly 850 children", (850, 765, 850, "nearly")),
        ("1,000 remaining terrorists", (1000, 1000, 1000, "")),
        ("1.5 million people", (1_500_000, 1_500_000, 1_500_000, "")),
    ],
)
def test_counts_and_qualifier_bounds(text: str, bounds: tuple) -> None:  # type: ignore[type-arg]
    (c,) = find_counts(text)
    assert (c.number, c.low, c.high, c.qualifier) == bounds


PUB = date(2022, 1, 26)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("on Monday", date(2022, 1, 24), date(2022, 1, 24), "day"),
        ("on Wednesday", PUB, PUB, "day"),
        ("on Thursday", date(2022, 1, 20), date(2022, 1, 20), "day"),
        ("since January 20", date(2022, 1, 20), PUB, "day"),
        ("since Monday", date(2022, 1, 24), PUB, "day"),
        ("in mid-January", date(2022, 1, 11), date(2022, 1, 20), "week"),
        ("for six days", date(2022, 1, 20), PUB, "day"),
        ("in March 2019", date(2019, 3, 1), date(2019, 3, 31), "month"),
        ("in December", date(2021, 12, 1), date(2021, 12, 31), "month"),
        ("on 24 January", date(2022, 1, 24), date(2022, 1, 24), "day"),
        ("yesterday", date(2022, 1, 25), date(2022, 1, 25), "day"),
        ("2022-01-21", date(2022, 1, 21), date(2022, 1, 21), "day"),
    ],
)
def test_relative_dates(text: str, start: date, end: date, precision: str) -> None:
    (ref,) = find_dates(text, PUB)
    assert (ref.start, ref.end, ref.precision) == (start, end, precision)


MONDAY, TUESDAY = date(2022, 1, 24), date(2022, 1, 25)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        # in wire copy the publication weekday is that same day, not a week earlier
        ("Since Monday morning the SDF have massed tanks", MONDAY, MONDAY, MONDAY),
        ("since Monday", MONDAY, MONDAY, MONDAY),
        ("on Monday", MONDAY, MONDAY, MONDAY),
        ("Monday morning", MONDAY, MONDAY, MONDAY),
        ("last Monday", MONDAY, date(2022, 1, 17), date(2022, 1, 17)),
        ("since last Monday", MONDAY, date(2022, 1, 17), MONDAY),
        ("since Monday", TUESDAY, MONDAY, TUESDAY),
        ("on Monday", TUESDAY, MONDAY, MONDAY),
        ("last Monday", TUESDAY, MONDAY, MONDAY),
    ],
)
def test_weekday_of_publication_is_today(
    text: str, published: date, start: date, end: date
) -> None:
    (ref,) = find_dates(text, published)
    assert (ref.start, ref.end) == (start, end)


def test_since_monday_in_a_monday_wire_is_not_a_week_earlier() -> None:
    """wires_2022-01.jsonl:1 (Monday 24 Jan): the surrender push dates from that Monday."""
    path = SAMPLES_DIR / "wires_2022-01.jsonl"
    ex = next(ex for ex in extract_paths([path], None) if ex.article.path.endswith(":1"))
    assert ex.article.published == MONDAY
    dated = [i for i in ex.incidents if "Since Monday" in i.quote]
    assert dated, [(i.label, i.quote) for i in ex.incidents]
    assert all(i.date_start >= MONDAY for i in dated)
    assert all(f.date is None or f.date >= date(2022, 1, 20) for f in ex.figures)


def test_infer_published_from_latest_full_date() -> None:
    got = infer_published("The SDF said on January 30, 2022 that the prison was calm.")
    assert got == (date(2022, 1, 30), "inferred: latest date in text 'January 30, 2022'")
    assert infer_published("No date here at all.") is None


def test_alias_tables_case_and_longest_match() -> None:
    hits = parties().find("about 200 terrorists affiliated with the IS, and this is IS.")
    assert [(h.canonical, h.surface) for h in hits] == [
        ("IS", "terrorists affiliated with the IS"),
        ("IS", "IS"),
    ]  # "is" is never the Islamic State
    assert claimants().lookup("OSDH") == claimants().lookup("Syrian Observatory for Human Rights")
    assert claimants().lookup("OSDH") == "SOHR"


def test_user_alias_table_extends_the_builtin(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "claimants.csv").write_text(
        "# my additions\ncanonical,alias,kind\nSOHR,the Coventry-based monitor,org\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SITREP_ALIAS_DIR", str(tmp_path))
    assert claimants().lookup("the Coventry-based monitor") == "SOHR"
    monkeypatch.delenv("SITREP_ALIAS_DIR")
    assert claimants().lookup("the Coventry-based monitor") is None
    (tmp_path / "bad.csv").write_text("name,value\nx,y\n", encoding="utf-8")
    with pytest.raises(AliasTableError, match="canonical,alias"):
        load_table(tmp_path / "bad.csv")
    short = AliasTable([("Islamic State", "IS", "org")])  # short capitals: as written only
    assert (short.lookup("IS"), short.lookup("is")) == ("Islamic State", None)


def _ex(text: str, gaz: geo.Gazetteer | None = None, outlet: str = "Wire") -> Extraction:
    art = article_from_fields(
        path="t", title="", text=text, published=PUB, published_source="json", outlet=outlet
    )
    assert art is not None
    return extract(art, gaz)


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Five civilians were killed, according to the Syrian Observatory.", "SOHR"),
        ("State Department spokesman Ned Price said 3 people were detained.",
         "US State Department"),
        ("The Syrian Military Prosecutor's office said 4 fighters escaped.",
         "Syrian Military Prosecutor"),
        ("Six guards were freed, a senior Kurdish official said on condition of anonymity.",
         "anonymous Kurdish official"),
        ("According to the UN and human rights groups, 700 boys are detained.",
         "UN and human rights groups"),
        ("Nine fighters were killed.", "Wire"),
        ("Said the SDF: 20 fighters surrendered.", "SDF"),
    ],
)  # fmt: skip
def test_claimant_of_a_figure(text: str, claimant: str) -> None:
    (f,) = _ex(text).figures
    assert f.claimant == claimant


def test_totals_and_parts() -> None:
    ex = _ex("The clashes left 181 dead, including 124 jihadists, 50 Kurdish soldiers and "
             "seven civilians, the OSDH said.")  # fmt: skip
    assert [(f.number, f.party, f.part_of) for f in ex.figures] == [
        (181, None, None), (124, "IS", 0), (50, "SDF", 0), (7, "civilians", 0)]  # fmt: skip
    assert {f.category for f in ex.figures} == {"killed"}


def test_no_figures_from_dates_years_durations() -> None:
    ex = _ex("Since 2011 the war has gone on; for six days on January 20 some 3 km away.")
    assert ex.figures == ()


def test_control_claims_with_gazetteer(corpus_gaz: geo.Gazetteer) -> None:
    ex = _ex("The SDF has held Raqqa since October 2017. Turkish forces seized Ras al-Ain. "
             "IS fighters lost control of Hajin.", corpus_gaz)  # fmt: skip
    got = {(c.actor, c.status, c.extent) for c in ex.control_claims}
    assert got == {("SDF", "holds", "full"), ("Turkey/SNA", "holds", "full"),
                   ("IS", "lost", "full")}  # fmt: skip
    assert all(c.place_ref is not None and c.place_ref.country == "SY" for c in ex.control_claims)


def test_extraction_to_dict_is_json(seed_extractions: dict[str, Extraction]) -> None:
    for ex in seed_extractions.values():
        d = json.loads(json.dumps(extraction_to_dict(ex)))
        assert {"id", "path", "title", "published", "published_inferred", "outlet", "agencies",
                "places", "figures", "incidents", "control_claims"} <= set(d)  # fmt: skip
        for p in d["places"]:
            assert {"surface", "name", "lat", "lon", "admin1", "admin1_pcode", "precision",
                    "metonymy"} <= set(p)  # fmt: skip
        for f in d["figures"]:
            assert {"number", "low", "high", "category", "party", "claimant", "place", "date",
                    "quote"} <= set(f)  # fmt: skip
        for c in d["control_claims"]:
            assert {"actor", "place", "extent", "status", "claimant", "date", "quote"} <= set(c)


def test_cli_extract_prints_one_json_line_per_article(seeds_dir: Path, tmp_path: Path) -> None:
    broken = tmp_path / "w.jsonl"
    broken.write_text('{"text": "Seven civilians were killed."}\n{oops\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "corpus", "extract", str(seeds_dir), str(broken)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=True,
    )  # fmt: skip
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [Path(r["path"]).name for r in rows] == [
        "000_a5c7e7062c862599.txt", "003_06dbcd00bc08db20.txt", "w.jsonl:1"]  # fmt: skip
    assert rows[1]["published"] == "2022-01-26" and rows[1]["published_inferred"] is True
    assert rows[0]["figures"][0]["number"] == 200
    assert "w.jsonl:2" in out.stderr and "not valid JSON" in out.stderr


def test_infer_published_pins_the_year_with_a_weekday_and_date() -> None:
    text = ("The SDF said on Sunday that the prison was calm again. The assault began on the "
            "night of Thursday, January 20.")  # fmt: skip
    got = infer_published(text)
    assert got is not None and got[0] == date(2022, 1, 23)  # the Sunday after Thu 20 Jan 2022
    # a weekday alone fits a date every few years: no guess
    assert infer_published("The assault began on January 20 and ended on Sunday.") is None


def test_folder_readme_is_not_an_article_and_state_media_is_an_outlet(tmp_path: Path) -> None:
    from corpus import read_articles

    (tmp_path / "README.md").write_text("# About this folder\n\nNotes, not news.\n")
    (tmp_path / "sana.txt").write_text(
        " date 2022-01-22 Damascus demanded that US forces leave the north-east. (SANA)\n"
    )
    (a,) = read_articles([tmp_path])
    assert (a.outlet, a.agencies) == ("SANA", ("SANA",))
    (claim,) = _ex(a.text).control_claims
    assert (claim.actor, claim.status, claim.place, claim.disputed_by) == (
        "US-led coalition", "disputed", "north-east Syria", "Syrian government")  # fmt: skip


def test_odd_text_does_not_break_extraction() -> None:
    # a key phrase split over two paragraphs, letters whose lower case is longer ("İ"),
    # ligatures and other scripts keep every offset right
    ex = _ex(
        "The SDF lost control \n\n of İdlib. ﬁve ΣΑΣ الحسكة: 12 İS fighters were killed in Raqqa."
    )
    assert [(f.number, f.category) for f in ex.figures] == [(12, "killed")]
    assert ex.figures[0].quote.endswith("were killed in Raqqa.")
