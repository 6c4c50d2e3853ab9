"""geoparse on the real seed articles and on sentences built to trip it up."""

from __future__ import annotations

from pathlib import Path

import pytest

import geo

SEED_000 = "000_a5c7e7062c862599.txt"
SEED_003 = "003_06dbcd00bc08db20.txt"
HASAKAH_CITY = "geonames:173811"
PRISON = "overlay:ghwayran-prison"
SYRIA = "geonames:163843"
US = "geonames:6252001"
WASHINGTON = "geonames:4140963"
DAMASCUS = "geonames:170654"


def _read(seeds_dir: Path, name: str) -> str:
    return (seeds_dir / name).read_text(encoding="utf-8")


def _table(mentions):
    return [(m.surface, m.place.gazetteer_id, m.precision, m.metonymy) for m in mentions]


@pytest.fixture(scope="module")
def seed000(seeds_dir, gaz):
    text = _read(seeds_dir, SEED_000)
    return text, geo.geoparse(text, gaz)


@pytest.fixture(scope="module")
def seed003(seeds_dir, gaz):
    text = _read(seeds_dir, SEED_003)
    return text, geo.geoparse(text, gaz)


def test_offsets_point_at_the_surface(seed000, seed003):
    for text, mentions in (seed000, seed003):
        assert mentions
        for m in mentions:
            assert text[m.start : m.end] == m.surface
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_seed000_provinces_are_four_admin1_mentions(seed000):
    text, mentions = seed000
    cue = text.index("the provinces of Al-Hasakah")
    listed = [m for m in mentions if cue < m.start < cue + 80]
    assert [(m.surface, m.place.admin1_pcode, m.precision) for m in listed] == [
        ("Al-Hasakah", "SY08", "admin1"),
        ("Raqqa", "SY11", "admin1"),
        ("Aleppo", "SY02", "admin1"),
        ("Deir Ez-Zor", "SY09", "admin1"),
    ]
    assert all(m.place.gazetteer_id == f"admin1:{m.place.admin1_pcode}" for m in listed)
    assert not any(m.metonymy for m in listed)


def test_seed000_syrian_city_of_al_hasakah_is_the_town(seed000):
    text, mentions = seed000
    at = text.index("the Syrian city of Al-Hasakah") + len("the Syrian city of ")
    m = next(m for m in mentions if m.start == at)
    assert (m.surface, m.place.gazetteer_id, m.precision) == ("Al-Hasakah", HASAKAH_CITY, "town")
    assert (m.place.admin1, m.place.admin1_pcode) == ("Al-Hasakeh", "SY08")


def test_seed000_detention_center_is_the_prison_site(seed000):
    _, mentions = seed000
    m = next(m for m in mentions if "detention center" in m.surface)
    assert (m.surface, m.place.gazetteer_id, m.precision) == (
        "Hasakah detention center",
        PRISON,
        "site",
    )


def test_seed000_governments_are_metonymy(seed000):
    text, mentions = seed000
    by_start = {m.start: m for m in mentions}
    for phrase in (
        "Washington urges",
        "Washington backs",
        "Damascus does not recognize",
        "Washington's illegal presence",
        "The United States commends",
        "The US remains",
        "US military currently",
    ):
        at = text.index(phrase)
        at += 4 if phrase.startswith("The ") else 0
        m = by_start[at]
        assert m.metonymy, phrase
        assert m.place is not None  # kept for the record
    washington = [m for m in mentions if m.surface == "Washington"]
    assert len(washington) == 3
    assert all(m.place.gazetteer_id == WASHINGTON and m.metonymy for m in washington)
    damascus = [m for m in mentions if m.surface == "Damascus"]
    assert [(m.place.gazetteer_id, m.metonymy) for m in damascus] == [(DAMASCUS, True)]


def test_seed000_locations_are_not_metonymy(seed000):
    _, mentions = seed000
    located = [m for m in mentions if not m.metonymy]
    assert {m.place.gazetteer_id for m in located} == {
        SYRIA,
        "geonames:99237",
        HASAKAH_CITY,
        PRISON,
        "admin1:SY08",
        "admin1:SY11",
        "admin1:SY02",
        "admin1:SY09",
    }
    assert all(m.place.country in {"SY", "IQ"} for m in located)


def test_seed003_places(seed003):
    _, mentions = seed003
    got = _table(mentions)
    assert ("Ghwayran", PRISON, "site", False) in got
    assert ("Hassaké prison", PRISON, "site", False) in got
    assert ("Hassaké", HASAKAH_CITY, "town", False) in got
    assert ("Hassakeh", HASAKAH_CITY, "town", False) in got
    assert ("Washington", WASHINGTON, "town", True) in got  # "led by Washington"
    assert {g for _, g, _, _ in got} == {SYRIA, PRISON, HASAKAH_CITY, WASHINGTON}
    ghwayran = next(m for m in mentions if m.surface == "Ghwayran")
    assert ghwayran.place.admin1_pcode == "SY08"


def test_no_false_places_from_ordinary_words(seed000, seed003):
    """Every mention in both seeds is one of the places really named there."""
    allowed = {
        SYRIA,
        "geonames:99237",
        US,
        WASHINGTON,
        DAMASCUS,
        HASAKAH_CITY,
        PRISON,
        "admin1:SY08",
        "admin1:SY11",
        "admin1:SY02",
        "admin1:SY09",
    }
    for _, mentions in (seed000, seed003):
        for m in mentions:
            assert m.place.gazetteer_id in allowed, (m.surface, m.place)
        surfaces = {m.surface for m in mentions}
        for word in (
            "Price",
            "Ned",
            "Monday",
            "March",
            "State",
            "IS",
            "SDF",
            "OSDH",
            "AFP",
            "Kurdish",
            "Syrian",
            "Assad",
            "Shami",
            "Omar",
            "Rahman",
            "Westerners",
            "Global",
            "Coalition",
            "UN",
            "Fighting",
        ):
            assert word not in surfaces


def test_common_words_and_people_are_not_places(gaz):
    text = (
        "State Department spokesman Ned Price said on Monday that Price was right. "
        "In March, the Islamic State fought on. Tell them. Many Hope to return. "
        "Mission accomplished, said Colonel Joe Buccino."
    )
    assert geo.geoparse(text, gaz, country="SY") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkish drones struck the provinces of Homs and Hama.",
            [("Homs", "admin1:SY04", "admin1"), ("Hama", "admin1:SY05", "admin1")],
        ),
        (
            "Idlib and Aleppo provinces were shelled.",
            [("Idlib", "admin1:SY07", "admin1"), ("Aleppo", "admin1:SY02", "admin1")],
        ),
        (
            "Shelling in Raqqa province and in the Deir ez-Zor countryside.",
            [("Raqqa", "admin1:SY11", "admin1"), ("Deir ez-Zor", "admin1:SY09", "admin1")],
        ),
        (
            "Shelling hit the city of Raqqa and Hasakah city.",
            [("Raqqa", "geonames:172955", "town"), ("Hasakah", HASAKAH_CITY, "town")],
        ),
        (
            "Women were moved to the al-Hol camp and to Roj camp.",
            [
                ("al-Hol camp", "overlay:al-hol-camp", "site"),
                ("Roj camp", "overlay:roj-camp", "site"),
            ],
        ),
        (
            "Fighting near the Tishrin dam and the Tabqa Dam.",
            [
                ("Tishrin dam", "overlay:tishrin-dam", "site"),
                ("Tabqa Dam", "overlay:tabqa-dam", "site"),
            ],
        ),
        (
            "The SDF entered the Ghuwayran neighbourhood of Hasakah.",
            [
                ("Ghuwayran neighbourhood", "overlay:ghwayran-neighbourhood", "neighbourhood"),
                ("Hasakah", HASAKAH_CITY, "town"),
            ],
        ),
        (
            "Shelling across the Ras al-Ain district and the district of Tal Abyad.",
            [
                ("Ras al-Ain", "geonames:165509", "district"),
                ("Tal Abyad", "geonames:163750", "district"),
            ],
        ),
        (
            "Protests in Kobanê, Qamişlo and Serê Kaniyê.",
            [
                ("Kobanê", "geonames:172256", "town"),
                ("Qamişlo", "geonames:173377", "town"),
                ("Serê Kaniyê", "geonames:165509", "town"),
            ],
        ),
    ],
)
def test_precision_cues(gaz, text, expected):
    got = [(m.surface, m.place.gazetteer_id, m.precision) for m in geo.geoparse(text, gaz)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ankara said it would respond.", "Ankara"),
        ("Moscow backs the offensive.", "Moscow"),
        ("Russia backs Damascus.", "Damascus"),
        ("Tehran disagreed.", "Tehran"),
        ("The coalition led by the United States struck.", "United States"),
        ("Turkey's military operation continued.", "Turkey"),
        ("Talks with Damascus stalled.", "Damascus"),
        ("Ras al-Ain, held since October 2019 by Turkey and its allies.", "Turkey"),
        ("The prosecutor blamed the United States for the bloodshed.", "United States"),
        ("Damascus regards the presence of American troops as illegal.", "Damascus"),
        ("Syria's demand that US forces leave was renewed.", "Syria"),
        ("The US occupation forces were condemned.", "US"),
        ("la coalition internationale menée par Washington", "Washington"),
        ("mais le régime de Damas y conserve un périmètre", "Damas"),
        # a state in an outlet position speaks
        ("Fighting in Raqqa, according to Damascus.", "Damascus"),
        ("Clashes in Raqqa, Moscow reported.", "Moscow"),
    ],
)
def test_metonymy(gaz, text, surface):
    m = next(m for m in geo.geoparse(text, gaz) if m.surface == surface)
    assert m.metonymy


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Fighters crossed from Iraq into Syria.", "Syria"),
        ("Displaced families arrived in Damascus.", "Damascus"),
        ("The armed conflict in Syria has been going on since 2011.", "Syria"),
        ("He flew to Ankara on Monday.", "Ankara"),
    ],
)
def test_locations_are_not_metonymy(gaz, text, surface):
    m = next(m for m in geo.geoparse(text, gaz) if m.surface == surface)
    assert not m.metonymy


def test_focus_country_given_or_inferred(gaz):
    text = "Clashes were reported in Tadmur."  # no country named: inferred from the match
    (m,) = geo.geoparse(text, gaz)
    assert m.place.country == "SY"
    (m,) = geo.geoparse("Jets flew over Damascus.", gaz, country="SY")
    assert m.place.gazetteer_id == DAMASCUS


def test_co_mentions_pick_the_nearby_namesake(gaz_wof):
    # two villages are called As Suwar: one in Al-Hasakah, one in Deir ez-Zor
    text = "Clashes in Dhiban, Al-Suwar and Al-Hawayij."
    got = {m.surface: m.place for m in geo.geoparse(text, gaz_wof)}
    assert got["Al-Suwar"].admin1_pcode == "SY09"
    assert got["Al-Suwar"].gazetteer_id == "wof:1209812331"
    text = "Clashes in Qamishli, Al-Suwar and Al-Yarubiyah."
    got = {m.surface: m.place for m in geo.geoparse(text, gaz_wof)}
    assert got["Al-Suwar"].admin1_pcode == "SY08"


def test_wof_villages_in_text(gaz_wof, gaz):
    text = "Attacks near Tal Tamr, Ain Issa and Markada; an IED in Dhiban."
    got = [(m.surface, m.place.admin1_pcode) for m in geo.geoparse(text, gaz_wof)]
    assert got == [
        ("Tal Tamr", "SY08"),
        ("Ain Issa", "SY11"),
        ("Markada", "SY08"),
        ("Dhiban", "SY09"),
    ]


def test_sample_corpus_false_friends(gaz):
    text = (
        "Jan. 27 (Reuters) - Home | News. La prison de Hassaké. Residents of al-Nashwa fled. "
        "The largest Syria prison break. Clashes in the Ghweiran neighbourhood."
    )
    got = [(m.surface, m.place.gazetteer_id) for m in geo.geoparse(text, gaz)]
    assert got == [
        ("prison de Hassaké", "overlay:ghwayran-prison"),  # the site phrase is the mention
        ("al-Nashwa", "overlay:hasakah-nashwa"),  # the Hasakah quarter, never Nashua, USA
        ("Syria", SYRIA),
        ("Ghweiran neighbourhood", "overlay:ghwayran-neighbourhood"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The attack on the prison in Hasakah was reported by Al-Shorouk.",
        "The attack on the prison was reported by Al-Shorouk.",
        "An official told Al-Shorouk that Raqqa was calm.",
        "Al-Shorouk reported clashes in Raqqa.",
        "Clashes in Raqqa, according to Al-Shorouk.",
        "Clashes in Raqqa, the Al-Shorouk newspaper said.",
        "Al Jazeera reported clashes in Idlib.",
        "Clashes in Idlib, Kurdistan 24 said.",
        "Shelling in Aleppo was reported by Hawar news agency (ANHA).",
    ],
)
def test_outlets_are_not_places(gaz, text):
    """A newspaper, agency or organisation in an outlet position is never a place."""
    got = [(m.surface, m.place.country) for m in geo.geoparse(text, gaz)]
    assert all(cc == "SY" for _, cc in got), got
    assert not {"Al-Shorouk", "Jazeera", "Al Jazeera", "Kurdistan", "Shelling"} & {
        s for s, _ in got
    }


def test_source_named_after_a_place_keeps_the_place(gaz):
    (m,) = geo.geoparse("The toll rose, according to Raqqa residents.", gaz, country="SY")
    assert m.place.admin1_pcode == "SY11"


def test_small_foreign_town_needs_strong_evidence_in_a_syrian_text(gaz):
    # El Shorouk, Egypt (pop. ~92,000): no cue, no Egypt in the text -> no place
    text = "Clashes in Raqqa. An official in Al-Shorouk said the prison was calm."
    assert [m.surface for m in geo.geoparse(text, gaz)] == ["Raqqa"]
    # capitals, major cities and neighbouring towns after "in" stay
    text = "Fighters in Raqqa fled to Beirut, to Mosul and into Nusaybin."
    got = {m.surface: m.place.country for m in geo.geoparse(text, gaz, country="SY")}
    assert got == {"Raqqa": "SY", "Beirut": "LB", "Mosul": "IQ", "Nusaybin": "TR"}


def test_named_district_of_a_city_keeps_the_city(gaz):
    text = "The attack in the Gweiran district of al-Hasakah."
    got = [(m.surface, m.precision) for m in geo.geoparse(text, gaz)]
    assert got == [("Gweiran district", "neighbourhood"), ("al-Hasakah", "town")]


def test_look_alikes_do_not_set_the_focus(gaz):
    # "Shelling" is spelt like Shillong, India: it must not make India the focus
    (m,) = geo.geoparse("Shelling in Aleppo.", gaz)
    assert (m.surface, m.place.country) == ("Aleppo", "SY")


@pytest.mark.parametrize(
    "text",
    [
        "Des combats ont eu lieu à Manbij, a rapporté l'agence officielle Sana.",
        "D'après l'agence de presse syrienne Sana, l'armée est entrée à Manbij.",
        "The state news agency Sana said troops had entered Manbij.",
    ],
)
def test_a_news_agency_named_like_a_city_is_the_agency(gaz, text):
    """'l'agence officielle Sana' is SANA speaking, not Sanaa in Yemen where something happened."""
    got = {m.surface: (m.place.country, m.metonymy) for m in geo.geoparse(text, gaz)}
    assert got["Manbij"] == ("SY", False)
    assert got.get("Sana", (None, True))[1] is True, got


@pytest.mark.parametrize(
    "text",
    [
        "Selon Sana, des combats ont eu lieu à Raqqa.",
        "According to Sana, clashes took place in Raqqa.",
    ],
)
def test_an_outlet_does_not_choose_the_country_of_the_places(gaz, text):
    """An outlet named like a foreign city gets no vote for the article's country."""
    got = [(m.surface, m.place.country) for m in geo.geoparse(text, gaz) if not m.metonymy]
    assert got == [("Raqqa", "SY")]
