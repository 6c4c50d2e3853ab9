"""Every figure, claimant, date and control claim of the two seed articles, with its value.

Seed 000 (ANI/Sputnik, 31 January 2022) and seed 003 (AFP, no date given: inferred as
Wednesday 26 January 2022) are read from ../shared/seeds and extracted with the real gazetteer.
"""

from __future__ import annotations

from datetime import date

import pytest

from corpus import ControlClaim, Extraction, Figure

SEED_000 = "000_a5c7e7062c862599.txt"
SEED_003 = "003_06dbcd00bc08db20.txt"
D = date


def _fig(ex: Extraction, number: int, category: str) -> Figure:
    found = [f for f in ex.figures if f.number == number and f.category == category]
    assert len(found) == 1, [(f.number, f.category) for f in ex.figures]
    return found[0]


def _claims(ex: Extraction, actor: str, status: str) -> list[ControlClaim]:
    return [c for c in ex.control_claims if c.actor == actor and c.status == status]


# ------------------------------------------------------------------ seed 000 (ANI/Sputnik)
@pytest.fixture(scope="module")
def ex000(seed_extractions: dict[str, Extraction]) -> Extraction:
    return seed_extractions[SEED_000]


@pytest.fixture(scope="module")
def ex003(seed_extractions: dict[str, Extraction]) -> Extraction:
    return seed_extractions[SEED_003]


def test_000_figures_exactly(ex000: Extraction) -> None:
    got = [(f.number, f.low, f.high, f.qualifier, f.category, f.party, f.claimant, f.part_of)
           for f in ex000.figures]  # fmt: skip
    assert got == [
        (200, 200, 200, "about", "escaped", "IS", "ANI", None),
        (1000, 1000, 1000, "about", "surrendered", "IS", "SDF", None),
        (175, 175, 175, "", "killed", "IS", "ANI", None),
        (27, 27, 27, "", "killed", "SDF", "ANI", None),
    ]


def test_000_figure_dates_places_and_quotes(ex000: Extraction) -> None:
    escaped = _fig(ex000, 200, "escaped")
    # "In mid-January" of the year published: 11-20 January 2022, a week-wide window
    assert (escaped.date, escaped.date_end, escaped.date_precision) == (
        D(2022, 1, 11), D(2022, 1, 20), "week")  # fmt: skip
    assert escaped.quote.startswith("In mid-January, about 200 terrorists affiliated with the IS")
    surrendered = _fig(ex000, 1000, "surrendered")
    # "On Wednesday" before Monday 31 January 2022 is 26 January
    assert (surrendered.date, surrendered.date_precision) == (D(2022, 1, 26), "day")
    assert surrendered.claimant_surface == "SDF said"
    for n in (175, 27):
        f = _fig(ex000, n, "killed")
        assert f.date == D(2022, 1, 26)  # carried from "On Wednesday" in the same paragraph
        assert f.claimant_surface == "According to the latest data"  # no one named: the outlet
    for f in ex000.figures:
        assert f.place is not None
        assert "asakah" in f.place.lower()


def test_000_claimants_of_statements(ex000: Extraction) -> None:
    from corpus._context import Context
    from corpus.attribution import attribute

    ctx = Context(ex000.article, None, [])
    by_start = {s.text[:40]: a for s, a in zip(ctx.sents, attribute(ctx), strict=True)}
    expect = {
        "Washington urges its coalition partners ": "US State Department",  # Ned Price said
        "In mid-January, about 200 terrorists aff": "ANI",  # unattributed: the outlet
        "On Wednesday, the SDF said that the pris": "SDF",
        '"We call on our partners in the Global C': "US State Department",  # Price said
        "The US remains committed to efforts cont": "US State Department",  # he added
        '"The United States commends the Syrian D': "US State Department",  # the statement
        "On Thursday, the Syrian Military Prosecu": "Syrian Military Prosecutor",
        "According to the Syrian authorities, the": "Syrian government",
    }
    for head, claimant in expect.items():
        assert by_start[head].claimant == claimant, head


def test_000_control_claims(ex000: Extraction) -> None:
    holds = _claims(ex000, "SDF", "holds")
    assert len(holds) == 1  # "a prison controlled by the Kurdish-led SDF"
    assert holds[0].place_ref is not None and holds[0].place_ref.precision == "site"
    assert holds[0].place_ref.admin1_pcode == "SY08"
    assert (holds[0].extent, holds[0].claimant, holds[0].date) == ("full", "ANI", D(2022, 1, 11))

    back = _claims(
        ex000, "SDF", "regained"
    )  # "the SDF said that the prison was back under control"
    assert len(back) == 1
    assert (back[0].extent, back[0].claimant, back[0].date) == ("full", "SDF", D(2022, 1, 26))
    assert back[0].place == holds[0].place

    # "The US military currently controls parts of the provinces of A, B, C and D": four claims
    us = _claims(ex000, "US-led coalition", "holds")
    assert [
        (c.place_ref.admin1_pcode, c.place_ref.precision, c.extent, c.claimant) for c in us
    ] == [
        ("SY08", "admin1", "partial", "ANI"),
        ("SY11", "admin1", "partial", "ANI"),
        ("SY02", "admin1", "partial", "ANI"),
        ("SY09", "admin1", "partial", "ANI"),
    ]
    assert all(c.date == D(2022, 1, 31) and c.disputed_by == "Syrian government" for c in us)

    # "Damascus does not recognize ... and calls the presence of the US military ... an occupation"
    sdf_disputed = _claims(ex000, "SDF", "disputed")
    assert len(sdf_disputed) == 1
    assert (sdf_disputed[0].place, sdf_disputed[0].disputed_by, sdf_disputed[0].claimant) == (
        "north-east Syria", "Syrian government", "Syrian government")  # fmt: skip
    us_disputed = _claims(ex000, "US-led coalition", "disputed")
    quotes = [c.quote for c in us_disputed]
    assert any(q.startswith("Damascus does not recognize") for q in quotes)
    assert any("illegal presence" in q for q in quotes)  # the Syrian authorities' claim
    assert all(c.disputed_by == "Syrian government" and c.place == "Syria" for c in us_disputed)


def test_000_incidents(ex000: Extraction) -> None:
    kinds = {(i.event_type, i.sub_event_type, i.label): i for i in ex000.incidents}
    pb = kinds[("Strategic developments", "Other", "prison break")]
    assert (pb.date_start, pb.date_end) == (D(2022, 1, 11), D(2022, 1, 20))
    assert set(pb.actors) >= {"IS", "SDF"}
    assert [ex000.figures[k].number for k in pb.figures] == [200]
    clash = kinds[("Battles", "Armed clash", "clashes")]
    assert sorted(ex000.figures[k].number for k in clash.figures) == [27, 175]
    assert "Syrian government" not in clash.actors  # "since 2011 ... Assad's forces" is background
    assert clash.date_end == D(2022, 1, 26)
    surrender = kinds[("Strategic developments", "Other", "surrender")]
    assert [ex000.figures[k].number for k in surrender.figures] == [1000]
    assert ("Battles", "Non-state actor overtakes territory", "territory taken") in kinds
    assert not any(k[0] == "Protests" for k in kinds)  # "despite protests from" is no protest
    for inc in ex000.incidents:
        assert inc.place is not None and inc.place.admin1_pcode == "SY08"


# ------------------------------------------------------------------ seed 003 (AFP)
def test_003_published_inferred(ex003: Extraction) -> None:
    a = ex003.article
    assert (a.published, a.published_inferred) == (D(2022, 1, 26), True)
    assert a.published_source == "inferred: 'on Wednesday' after 'since January 20' (6 days)"


def test_003_figures_exactly(ex003: Extraction) -> None:
    got = [(f.number, f.low, f.high, f.qualifier, f.category, f.party, f.claimant, f.part_of)
           for f in ex003.figures]  # fmt: skip
    assert got == [
        (100, 101, None, "more than", "attackers", "IS", "AFP", None),
        (181, 181, 181, "", "killed", None, "SOHR", None),
        (124, 124, 124, "", "killed", "IS", "SOHR", 1),
        (50, 50, 50, "", "killed", "SDF", "SOHR", 1),
        (7, 7, 7, "", "killed", "civilians", "SOHR", 1),
        (32, 32, 32, "", "released", "prison staff", "SOHR", None),
    ]  # the prison's 3,500 inmates are a population, never a casualty figure; "hundreds of
    # children" is an order of magnitude, no count


def test_003_figure_dates_and_places(ex003: Extraction) -> None:
    f = ex003.figures
    assert (f[0].date, f[0].date_end) == (D(2022, 1, 20), None)  # "which began on January 20"
    for k in (1, 2, 3, 4):  # "the clashes since January 20"
        assert (f[k].date, f[k].date_end, f[k].date_precision) == (
            D(2022, 1, 20), D(2022, 1, 26), "day")  # fmt: skip
    assert (f[5].date, f[5].date_end) == (D(2022, 1, 24), D(2022, 1, 26))  # "since Monday"
    assert f[1].claimant_surface == "according to the latest report established by the OSDH"
    for fig in f[:6]:
        assert fig.place is not None


def test_003_claimants_of_statements(ex003: Extraction) -> None:
    from corpus._context import Context
    from corpus.attribution import attribute

    ctx = Context(ex003.article, None, [])
    pairs = [(s.text, a) for s, a in zip(ctx.sents, attribute(ctx), strict=True)]

    def who(head: str) -> str:
        return next(a.claimant for t, a in pairs if t.startswith(head))

    assert who("Kurdish forces are advancing slowly") == "SOHR"  # reports the ... (OSDH)
    assert who("They “continue on Wednesday") == "SOHR"  # according to the OSDH
    assert who("Fighting also takes place") == "SOHR"  # said the NGO
    assert who("They called on IS members") == "SDF"  # said SDF spokesman Farhad Shami
    assert (
        who("A Syrian leader of the IS") == "SOHR"
    )  # told AFP the director ..., Rami Abdel Rahman
    assert who("Foreign IS fighters would oppose") == "SOHR"  # he said
    assert who("“Militarily, the case is almost settled”, assured") == "anonymous Kurdish official"
    assert who("According to the UN and human rights groups") == "UN and human rights groups"
    assert who("“It’s an international problem") == "AANES"  # Abdel Karim Omar
    assert who("More than a hundred jihadists") == "AFP"  # unattributed: the outlet


def test_003_control_claims(ex003: Extraction) -> None:
    for c in ex003.control_claims:
        assert c.place_ref is not None and c.place_ref.precision == "site"
        assert c.place_ref.admin1_pcode == "SY08"  # the prison in Hassakeh
    # "jihadists ... have been entrenched in Hassaké prison" (repeated, attributed to the OSDH)
    (is_holds,) = _claims(ex003, "IS", "holds")
    assert (is_holds.extent, is_holds.claimant, is_holds.date) == (
        "partial",
        "SOHR",
        D(2022, 1, 26),
    )
    # "the establishment overseen by the semi-autonomous Kurdish administration"
    (overseen,) = _claims(ex003, "SDF", "holds")
    assert (overseen.extent, overseen.claimant, overseen.date) == ("full", "AFP", D(2022, 1, 20))
    assert "overseen by the semi-autonomous Kurdish administration" in overseen.quote
    # "where Kurdish forces are regaining ground"; "working to regain full control of the area"
    contested = _claims(ex003, "SDF", "contested")
    assert {c.extent for c in contested} == {"partial"}
    assert any("working to regain full control" in c.quote for c in contested)
    assert any("regaining ground" in c.quote for c in contested)


def test_003_incidents(ex003: Extraction) -> None:
    kinds = {(i.event_type, i.sub_event_type, i.label): i for i in ex003.incidents}
    clash = kinds[("Battles", "Armed clash", "clashes")]
    assert (clash.date_start, clash.date_end) == (D(2022, 1, 20), D(2022, 1, 26))
    assert set(clash.actors) >= {"IS", "SDF"}
    assert sorted(ex003.figures[k].number for k in clash.figures) == [7, 50, 100, 124, 181]
    assert clash.place is not None and clash.place.precision == "site"
    release = kinds[("Strategic developments", "Other", "release")]
    assert [ex003.figures[k].number for k in release.figures] == [32]
    assert (release.date_start, release.date_end) == (D(2022, 1, 24), D(2022, 1, 26))
