# ruff: noqa: E501
"""Fixtures for the dashboard tests: a small Sitrep built directly from contract columns."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import Point, box

from corpus.records import Article, Extraction

try:  # the real one once layers has landed
    from layers import Sitrep
except ImportError:  # pragma: no cover - only before layers exists

    @dataclasses.dataclass
    class Sitrep:  # type: ignore[no-redef]
        extractions: list[Any]
        incidents: gpd.GeoDataFrame
        reports: pd.DataFrame
        control: gpd.GeoDataFrame
        provinces: gpd.GeoDataFrame | None
        countries: gpd.GeoDataFrame | None
        problems: list[Any]
        unlocated: list[Any]
        warnings: list[str]


def _article(aid: str, outlet: str, day: date, text: str = "Body.") -> Article:
    return Article(
        id=aid, path=f"/x/{aid}.txt", title=f"Title {aid}", text=text, published=day,
        published_inferred=False, published_source="header", outlet=outlet, agencies=("AFP",),
        url=None, language="en",
    )  # fmt: skip


def _fig(category: str, number: int, claimant: str, part_of: int | None = None) -> dict[str, Any]:
    return {"number": number, "low": number, "high": number, "qualifier": "", "category": category,
            "party": None, "claimant": claimant, "quote": "q", "part_of": part_of}  # fmt: skip


def make_sitrep() -> Any:
    """Six incidents over January 2022 in two provinces, two control claims, one unlocated."""
    arts = {
        "a1": _article("a1", "AFP", date(2022, 1, 21), "Full text of a1: fighting at Ghwayran."),
        "a2": _article("a2", "Sputnik", date(2022, 1, 22)),
        "a3": _article("a3", "AFP", date(2022, 1, 30)),
    }
    unlocated = [_article("u1", "Le Point", date(2022, 1, 25), "Nothing to locate.")]
    rows = [
        # id, event_type, actors, outlets, claimants, admin1, pcode, start, end, killed lo/best/hi
        ("i1", "Battles", ["IS", "SDF"], ["AFP", "Sputnik"], ["SOHR", "SDF"], "Al-Hasakeh", "SY08",
         "2022-01-20", "2022-01-26", 150, 181, 200, True),
        ("i2", "Strategic developments", ["IS"], ["AFP"], ["SDF"], "Al-Hasakeh", "SY08",
         "2022-01-21", "2022-01-21", None, None, None, False),
        ("i3", "Explosions/Remote violence", ["US-led coalition"], ["Sputnik"], ["US-led coalition"],
         "Deir-ez-Zor", "SY09", "2022-01-05", "2022-01-05", 3, 3, 3, False),
        ("i4", "Battles", ["SDF", "Turkey/SNA"], ["AFP"], ["SOHR"], "Aleppo", "SY02",
         "2022-01-28", "2022-01-30", 10, 12, 12, False),
        ("i5", "Violence against civilians", ["IS", "civilians"], ["AFP", "Sputnik"],
         ["SOHR", "Syrian government"], "Deir-ez-Zor", "SY09", "2022-01-10", "2022-01-10", 2, 5, 7,
         True),
        ("i6", "Protests", ["civilians"], ["Sputnik"], ["Sputnik"], "Aleppo", "SY02", None, None,
         None, None, None, False),
    ]  # fmt: skip
    recs, reports = [], []
    for i, (iid, et, actors, outlets, claimants, a1, pc, ds, de, klo, kbest, khi, dis) in enumerate(
        rows
    ):
        rep_rows = []
        for j, (outlet, claimant) in enumerate(zip(outlets, claimants, strict=False)):
            aid = "a1" if outlet == "AFP" else "a2"
            figs = []
            if kbest is not None:
                n = klo if j == 0 else khi
                figs = [_fig("killed", n, claimant)]
            rep = {"incident_id": iid, "article_id": aid, "outlet": outlet, "agencies": ["AFP"],
                   "claimant": claimant, "published": pd.Timestamp(arts[aid].published),
                   "figures": figs, "quote": f"{outlet} says {iid}", "title": arts[aid].title}  # fmt: skip
            rep_rows.append(rep)
        reports += rep_rows
        recs.append({
            "incident_id": iid, "label": et.lower(), "event_type": et, "sub_event_type": "",
            "place": f"place {iid}", "admin1": a1, "admin1_pcode": pc, "precision": "town",
            "date_start": pd.Timestamp(ds) if ds else pd.NaT,
            "date_end": pd.Timestamp(de) if de else pd.NaT,
            "actors": actors, "outlets": outlets, "claimants": claimants,
            "n_reports": len(rep_rows), "killed_low": klo, "killed_best": kbest, "killed_high": khi,
            "disagree": dis, "reports": rep_rows, "geometry": Point(40.0 + i / 10, 36.0 + i / 10),
        })  # fmt: skip
    inc = gpd.GeoDataFrame(recs, geometry="geometry", crs="EPSG:4326")
    for c in ("killed_low", "killed_best", "killed_high"):
        inc[c] = inc[c].astype("Int64")
    inc["date_start"] = pd.to_datetime(inc["date_start"])
    inc["date_end"] = pd.to_datetime(inc["date_end"])
    control = gpd.GeoDataFrame(
        [
            {
                "claim_id": "c1",
                "actor": "SDF",
                "place": "Al-Hasakeh",
                "admin1_pcode": "SY08",
                "precision": "admin1",
                "extent": "partial",
                "status": "holds",
                "claimant": "AFP",
                "outlet": "AFP",
                "agencies": ["AFP"],
                "article_id": "a1",
                "date_start": pd.Timestamp("2022-01-26"),
                "date_end": pd.Timestamp("2022-01-26"),
                "quote": "The SDF control parts of Hasakeh",
                "contested": True,
                "disputed_by": "Syrian government",
                "geometry": box(40, 35, 42, 37),
            },
            {
                "claim_id": "c2",
                "actor": "Syrian government",
                "place": "Aleppo",
                "admin1_pcode": "SY02",
                "precision": "admin1",
                "extent": "full",
                "status": "holds",
                "claimant": "Syrian government",
                "outlet": "Sputnik",
                "agencies": [],
                "article_id": "a2",
                "date_start": pd.Timestamp("2022-01-05"),
                "date_end": pd.Timestamp("2022-01-05"),
                "quote": "Damascus holds Aleppo",
                "contested": False,
                "disputed_by": None,
                "geometry": box(36, 35, 38, 37),
            },
        ],
        geometry="geometry",
        crs="EPSG:4326",
    )
    provinces = gpd.GeoDataFrame(
        {
            "admin1": ["Al-Hasakeh", "Deir-ez-Zor", "Aleppo"],
            "admin1_pcode": ["SY08", "SY09", "SY02"],
            "country": ["SY"] * 3,
            "geometry": [box(40, 35, 42, 37), box(39, 34, 41, 35), box(36, 35, 38, 37)],
        },
        crs="EPSG:4326",
    )
    fields = {f.name for f in dataclasses.fields(Sitrep)}
    kwargs = {
        "extractions": [Extraction(article=a) for a in arts.values()],
        "incidents": inc,
        "reports": pd.DataFrame(reports),
        "control": control,
        "provinces": provinces,
        "countries": None,
        "problems": [],
        "unlocated": unlocated,
        "warnings": [],
    }
    return Sitrep(**{k: v for k, v in kwargs.items() if k in fields})


@pytest.fixture()
def sitrep() -> Any:
    return make_sitrep()
