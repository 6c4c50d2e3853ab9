"""Helpers for tests/layers: seed-like extractions built directly from the shared records.

These mirror what the two seed articles say (same outlets, claimants, figures and quotes), so
merging, frames, map and exports can be tested without depending on the extractor's output;
the integration tests (test_seeds.py) then run the real pipeline on ../shared/seeds.
"""

from __future__ import annotations

from datetime import date

from corpus.records import Article, ControlClaim, Extraction, Figure, Incident
from geo.records import Place

PRISON = Place(
    name="Ghwayran prison",
    lat=36.4836,
    lon=40.7306,
    country="SY",
    admin1="Al-Hasakeh",
    admin1_pcode="SY08",
    precision="site",
    gazetteer_id="overlay:ghwayran-prison",
    feature_code="PRN",
)
HASAKAH_CITY = Place(
    name="Al-Hasakah",
    lat=36.5024,
    lon=40.7477,
    country="SY",
    admin1="Al-Hasakeh",
    admin1_pcode="SY08",
    precision="town",
    gazetteer_id="geonames:173811",
    feature_code="PPLA",
)


def province(name: str, pcode: str, lat: float, lon: float) -> Place:
    return Place(
        name=name,
        lat=lat,
        lon=lon,
        country="SY",
        admin1=name,
        admin1_pcode=pcode,
        precision="admin1",
        gazetteer_id=f"admin1:{pcode}",
        feature_code="ADM1",
    )


HASAKEH = province("Al-Hasakeh", "SY08", 36.6, 40.9)
RAQQA = province("Ar-Raqqa", "SY11", 35.9, 38.9)
ALEPPO = province("Aleppo", "SY02", 36.2, 37.6)
DEIR = province("Deir-ez-Zor", "SY09", 35.0, 40.4)


def article(
    aid: str,
    *,
    title: str,
    outlet: str,
    agencies: tuple[str, ...],
    published: date,
) -> Article:
    return Article(
        id=aid,
        path=f"{aid}.txt",
        title=title,
        text="",
        published=published,
        published_inferred=False,
        published_source="header",
        outlet=outlet,
        agencies=agencies,
        url=None,
        language="en",
    )


def fig(
    number: int,
    category: str,
    claimant: str,
    quote: str,
    *,
    party: str | None = None,
    part_of: int | None = None,
    low: int | None = None,
    high: int | None = None,
    qualifier: str = "",
    when: date | None = None,
) -> Figure:
    return Figure(
        number=number,
        low=number if low is None else low,
        high=number if high is None and not qualifier else high,
        qualifier=qualifier,
        category=category,  # type: ignore[arg-type]
        party=party,
        claimant=claimant,
        claimant_surface=claimant,
        place="Ghwayran prison",
        date=when,
        date_precision="day" if when else None,
        date_end=None,
        quote=quote,
        part_of=part_of,
    )


SPUTNIK_QUOTE = (
    "According to the latest data, 175 terrorists were eliminated and 27 SDF soldiers were killed."
)
AFP_QUOTE = (
    "In total, the clashes since January 20 have left 181 dead, including 124 jihadists, "
    "50 Kurdish soldiers and seven civilians, according to the latest report established "
    "by the OSDH."
)


def sputnik_extraction(
    *,
    title: str = "Washington urges coalition partners to repatriate IS detainees",
    outlet: str = "Sputnik",
    quote: str = SPUTNIK_QUOTE,
) -> Extraction:
    art = article(
        "a5c7e7062c862599",
        title=title,
        outlet=outlet,
        agencies=("ANI", "Sputnik"),
        published=date(2022, 1, 31),
    )
    figures = (
        fig(175, "killed", "SDF", quote, party="IS"),
        fig(27, "killed", "SDF", quote, party="SDF"),
        fig(
            200,
            "escaped",
            outlet,
            "about 200 terrorists ... escaped",
            party="IS",
            qualifier="about",
            high=200,
        ),
    )
    inc = Incident(
        id=f"{art.id}-1",
        article_id=art.id,
        event_type="Battles",
        sub_event_type="Armed clash",
        label="prison attack",
        place=PRISON,
        place_surface="prison ... Al-Hasakah",
        date_start=date(2022, 1, 20),
        date_end=date(2022, 1, 26),
        date_precision="day",
        actors=("IS", "SDF"),
        figures=(0, 1, 2),
        quote=quote,
    )
    us_claims = tuple(
        ControlClaim(
            actor="US-led coalition",
            place=p.name,
            place_ref=p,
            extent="partial",
            status="holds",
            claimant=outlet,
            claimant_surface="(ANI/Sputnik)",
            date=date(2022, 1, 31),
            date_precision="day",
            quote="The US military currently controls parts of the provinces of Al-Hasakah, Raqqa, "
            "Aleppo and Deir Ez-Zor.",
            disputed_by="Syrian government",
        )
        for p in (HASAKEH, RAQQA, ALEPPO, DEIR)
    )
    claims = (
        *us_claims,
        ControlClaim(
            actor="SDF",
            place="Ghwayran prison",
            place_ref=PRISON,
            extent="full",
            status="regained",
            claimant="SDF",
            claimant_surface="the SDF said",
            date=date(2022, 1, 26),
            date_precision="day",
            quote="On Wednesday, the SDF said that the prison was back under control.",
        ),
    )
    return Extraction(article=art, figures=figures, incidents=(inc,), control_claims=claims)


def afp_extraction() -> Extraction:
    art = article(
        "06dbcd00bc08db20",
        title="In Syria, slow progress of Kurds in a prison attacked by IS",
        outlet="AFP",
        agencies=("AFP",),
        published=date(2022, 1, 26),
    )
    figures = (
        fig(181, "killed", "SOHR", AFP_QUOTE, when=date(2022, 1, 26)),
        fig(124, "killed", "SOHR", AFP_QUOTE, party="IS", part_of=0, when=date(2022, 1, 26)),
        fig(50, "killed", "SOHR", AFP_QUOTE, party="SDF", part_of=0, when=date(2022, 1, 26)),
        fig(7, "killed", "SOHR", AFP_QUOTE, party="civilians", part_of=0, when=date(2022, 1, 26)),
        fig(
            32,
            "released",
            "SOHR",
            "the Kurdish forces have released 32 employees",
            party="prison staff",
        ),
    )
    inc = Incident(
        id=f"{art.id}-1",
        article_id=art.id,
        event_type="Battles",
        sub_event_type="Armed clash",
        label="clashes",
        place=HASAKAH_CITY,
        place_surface="Hassaké",
        date_start=date(2022, 1, 20),
        date_end=date(2022, 1, 26),
        date_precision="day",
        actors=("IS", "SDF", "US-led coalition"),
        figures=(0, 1, 2, 3, 4),
        quote="Kurdish forces are advancing slowly on Wednesday inside a prison in Hassaké.",
    )
    claims = (
        ControlClaim(
            actor="IS",
            place="Ghwayran prison",
            place_ref=PRISON,
            extent="partial",
            status="contested",
            claimant="SOHR",
            claimant_surface="according to the OSDH",
            date=date(2022, 1, 26),
            date_precision="day",
            quote="jihadists from the Islamic State (IS) group have been entrenched for six days",
        ),
    )
    return Extraction(article=art, figures=figures, incidents=(inc,), control_claims=claims)


def far_extraction() -> Extraction:
    """An unrelated, earlier event elsewhere (Deir ez-Zor province, admin-1 precision)."""
    art = article(
        "ffff000011112222",
        title="Shelling in Deir ez-Zor",
        outlet="Reuters",
        agencies=(),
        published=date(2022, 1, 5),
    )
    inc = Incident(
        id=f"{art.id}-1",
        article_id=art.id,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        label="shelling",
        place=DEIR,
        place_surface="Deir ez-Zor province",
        date_start=date(2022, 1, 4),
        date_end=date(2022, 1, 4),
        date_precision="day",
        actors=("Syrian government",),
        figures=(0,),
        quote="Shelling hit villages in Deir ez-Zor province on Tuesday, killing three.",
    )
    figures = (fig(3, "killed", "Reuters", inc.quote, party="civilians"),)
    return Extraction(article=art, figures=figures, incidents=(inc,))
