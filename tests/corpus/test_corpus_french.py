"""French extraction: the French sample article value by value, and French numbers, qualifiers,
dates, categories, claimants and control phrasings on short sentences of our own.

Everything runs the real extraction with the real gazetteer (``corpus_gaz`` from conftest).
"""

from __future__ import annotations

from datetime import date

import pytest

import geo
from corpus import SAMPLES_DIR, Extraction, extract, read_articles
from corpus.dates import find_dates
from corpus.numbers import find_counts, parse_number_fr
from corpus.reading import article_from_fields

D = date
PUB = date(2022, 1, 26)  # a Wednesday
SAMPLE = SAMPLES_DIR / "afp_breve_fr_2022-01-26.md"
OSDH = "Selon l'Observatoire syrien des droits de l'homme (OSDH)"
GHWAYRAN = "overlay:ghwayran-prison"
HASAKAH = "geonames:173811"


@pytest.fixture(scope="module")
def sample(corpus_gaz: geo.Gazetteer) -> Extraction:
    (article,) = list(read_articles([SAMPLE]))
    return extract(article, corpus_gaz)


def _fr(gaz: geo.Gazetteer, text: str, published: date = PUB) -> Extraction:
    article = article_from_fields(
        path="fr", title="", text=text, published=published, outlet="AFP", language="fr"
    )
    assert article is not None
    return extract(article, gaz)


# ------------------------------------------------------------------ the French sample
def test_sample_is_read_as_french(sample: Extraction) -> None:
    a = sample.article
    assert (a.language, a.published, a.outlet) == ("fr", PUB, "AFP")


def test_sample_figures_exactly(sample: Extraction) -> None:
    got = [(f.number, f.low, f.high, f.qualifier, f.category, f.party, f.claimant, f.part_of)
           for f in sample.figures]  # fmt: skip
    assert got == [
        # "Plus de 1 000 détenus de l'EI se sont rendus, selon les FDS": more than -> 1001..open
        (1000, 1001, None, "plus de", "surrendered", "IS", "SDF", None),
        # "Selon l'OSDH, les combats ont fait 181 morts : 124 jihadistes, 50 membres des
        # forces kurdes et sept civils": one total, three parts
        (181, 181, 181, "", "killed", None, "SOHR", None),
        (124, 124, 124, "", "killed", "IS", "SOHR", 1),
        (50, 50, 50, "", "killed", "SDF", "SOHR", 1),
        (7, 7, 7, "", "killed", "civilians", "SOHR", 1),
        # "abritait environ 3 500 membres présumés de l'EI ..., d'après l'ONG" (the OSDH)
        (3500, 3500, 3500, "environ", "detained", "IS", "SOHR", None),
    ]


def test_sample_figure_claimants_places_dates_and_quotes(sample: Extraction) -> None:
    surfaces = [f.claimant_surface for f in sample.figures]
    assert surfaces == ["selon les FDS", OSDH, OSDH, OSDH, OSDH, "d'après l'ONG"]
    for f in sample.figures:
        # no sentence with a figure has a date of its own: the publication date, day
        assert (f.date, f.date_end, f.date_precision) == (PUB, None, "day")
        assert f.place == "Al Ḩasakah"  # Hassaké, named earlier in the article
    assert sample.figures[0].quote.startswith("Plus de 1 000 détenus de l'EI se sont rendus")
    assert sample.figures[4].quote.endswith("50 membres des forces kurdes et sept civils.")
    assert sample.figures[5].quote.startswith("La prison, une ancienne école")


def test_sample_control_claims_exactly(sample: Extraction) -> None:
    got = [(c.actor, c.place, c.place_ref.gazetteer_id if c.place_ref else None, c.extent,
            c.status, c.claimant, c.disputed_by) for c in sample.control_claims]  # fmt: skip
    assert got == [
        # "Les FDS ... ont annoncé mercredi avoir repris le contrôle total de la prison de
        # Ghwayran"
        ("SDF", "al-Sina'a prison (Ghwayran)", GHWAYRAN, "full", "regained", "SDF", None),
        # "La ville de Hassaké est en grande partie contrôlée par l'administration
        # semi-autonome kurde": the actor the English path gives that administration
        ("SDF", "Al Ḩasakah", HASAKAH, "partial", "holds", "AFP", None),
        # "mais le régime de Damas y conserve un périmètre de sécurité dans le centre":
        # "y" is Hassaké, the place of the clause before
        ("Syrian government", "Al Ḩasakah", HASAKAH, "partial", "holds", "AFP", None),
    ]


def test_sample_control_claim_dates_and_attribution(sample: Extraction) -> None:
    regained, kurds, government = sample.control_claims
    # "mercredi" in a Wednesday article is that same day
    assert (regained.date, regained.date_precision) == (PUB, "day")
    assert regained.claimant_surface.endswith("ont annoncé")
    assert regained.quote.startswith("Les Forces démocratiques syriennes (FDS)")
    for c in (kurds, government):  # no date in the sentence: the publication date
        assert (c.date, c.date_precision, c.claimant_surface) == (PUB, "day", "")
        assert c.quote.startswith("La ville de Hassaké est en grande partie contrôlée")


def test_sample_dates(sample: Extraction) -> None:
    refs = find_dates(sample.article.text, PUB)
    assert [(r.surface, r.start, r.end, r.precision) for r in refs] == [
        ("mercredi", PUB, PUB, "day"),
        ("le 20 janvier", D(2022, 1, 20), D(2022, 1, 20), "day"),
    ]


def test_sample_incidents_carry_the_french_figures(sample: Extraction) -> None:
    got = {(i.label, i.figures, i.date_start, i.date_end) for i in sample.incidents}
    assert got == {
        ("surrender", (0,), PUB, PUB),
        ("clashes", (1, 2, 3, 4), PUB, PUB),
        ("territory taken", (), PUB, PUB),  # "avoir repris le contrôle total"
        ("air strike", (), PUB, PUB),  # "des frappes aériennes"
    }


# ------------------------------------------------------------------ numbers and qualifiers
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("un", 1),
        ("une", 1),
        ("sept", 7),
        ("dix-sept", 17),
        ("vingt et un", 21),
        ("vingt-deux", 22),
        ("trente", 30),
        ("soixante-dix", 70),
        ("quatre-vingts", 80),
        ("quatre-vingt-dix-sept", 97),
        ("cent", 100),
        ("cent vingt-quatre", 124),
        ("deux cents", 200),
        ("mille", 1000),
        ("trois mille cinq cents", 3500),
        ("deux cent mille", 200_000),
        ("un million", 1_000_000),
    ],
)
def test_parse_french_number_words(text: str, expected: int) -> None:
    assert parse_number_fr(text) == expected


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("sept civils", (7, 7, 7, "")),
        ("un civil", (1, 1, 1, "")),
        ("vingt et un jihadistes", (21, 21, 21, "")),
        ("1 000 détenus", (1000, 1000, 1000, "")),
        ("3\u202f500 membres", (3500, 3500, 3500, "")),  # narrow no-break space
        ("3\u00a0500 membres", (3500, 3500, 3500, "")),  # no-break space
        ("1,5 million de personnes", (1_500_000, 1_500_000, 1_500_000, "")),
        ("environ 3 500 membres", (3500, 3500, 3500, "environ")),
        ("quelque 200 combattants", (200, 200, 200, "quelque")),
        ("au moins 3 500 membres", (3500, 3500, None, "au moins")),
        ("plus de 1 000 détenus", (1000, 1001, None, "plus de")),
        ("plus d'un millier de détenus", (1000, 1001, None, "plus de")),
        ("plus d’une centaine de jihadistes", (100, 101, None, "plus de")),
        ("près de 850 enfants", (850, 765, 850, "près de")),
        ("jusqu'à 45 000 personnes", (45000, 0, 45000, "jusqu'à")),
        ("moins de 20 civils", (20, 0, 19, "moins de")),
        ("une centaine de combattants", (100, 100, 100, "une centaine de")),
        ("une dizaine de détenus", (10, 10, 10, "une dizaine de")),
        ("un millier de détenus", (1000, 1000, 1000, "un millier de")),
        ("des dizaines de civils", (24, 24, 99, "des dizaines de")),
        ("des dizaines d'autres", (24, 24, 99, "des dizaines de")),
        ("des centaines de détenus", (200, 200, 999, "des centaines de")),
        ("des milliers de déplacés", (2000, 2000, 9999, "des milliers de")),
        (
            "des dizaines de milliers de déplacés",
            (20000, 20000, 99999, "des dizaines de milliers de"),
        ),
        ("plusieurs civils", (3, 3, 9, "plusieurs")),
        ("quelques civils", (2, 2, 5, "quelques")),
    ],
)
def test_french_counts_and_qualifier_bounds(text: str, bounds: tuple) -> None:  # type: ignore[type-arg]
    (c,) = find_counts(text, language="fr")
    assert (c.number, c.low, c.high, c.qualifier) == bounds


@pytest.mark.parametrize(
    ("french", "english"),
    [
        ("environ 200 combattants", "about 200 fighters"),
        ("au moins 3 500 membres", "at least 3,500 members"),
        ("plus d'une centaine de jihadistes", "more than a hundred jihadists"),
        ("près de 850 enfants", "nearly 850 children"),
        ("jusqu'à 45 000 personnes", "up to 45,000 people"),
        ("des centaines de mineurs", "hundreds of minors"),
        ("des dizaines de personnes", "dozens of people"),
        ("sept civils", "seven civilians"),
    ],
)
def test_french_bounds_are_the_english_ones(french: str, english: str) -> None:
    (fr,) = find_counts(french, language="fr")
    (en,) = find_counts(english)
    assert (fr.number, fr.low, fr.high) == (en.number, en.low, en.high)


def test_french_words_and_grouping_stay_off_in_english() -> None:
    assert find_counts("sept civils") == []
    assert [c.number for c in find_counts("1 000 detainees")] == [1, 0]
    assert [c.number for c in find_counts("1 000 détenus", language="fr")] == [1000]


def test_french_counts_skip_ordinals_and_decimals() -> None:
    assert find_counts("le 20e jour", language="fr") == []
    assert find_counts("à 3,5 km", language="fr") == []
    assert find_counts("quelques-uns", language="fr") == []


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("lundi", D(2022, 1, 24), D(2022, 1, 24), "day"),
        ("mercredi", PUB, PUB, "day"),
        ("mercredi dernier", D(2022, 1, 19), D(2022, 1, 19), "day"),
        ("jeudi soir", D(2022, 1, 20), D(2022, 1, 20), "day"),
        ("le 20 janvier", D(2022, 1, 20), D(2022, 1, 20), "day"),
        ("le 1er février", D(2021, 2, 1), D(2021, 2, 1), "day"),
        ("jeudi 20 janvier 2022", D(2022, 1, 20), D(2022, 1, 20), "day"),
        ("depuis le 20 janvier", D(2022, 1, 20), PUB, "day"),
        ("depuis lundi", D(2022, 1, 24), PUB, "day"),
        ("à la mi-janvier", D(2022, 1, 11), D(2022, 1, 20), "week"),
        ("mi-janvier", D(2022, 1, 11), D(2022, 1, 20), "week"),
        ("début janvier", D(2022, 1, 1), D(2022, 1, 10), "week"),
        ("fin décembre", D(2021, 12, 21), D(2021, 12, 31), "week"),
        ("depuis six jours", D(2022, 1, 20), PUB, "day"),
        ("pendant trois jours", D(2022, 1, 23), PUB, "day"),
        ("depuis une semaine", D(2022, 1, 19), PUB, "day"),
        ("en janvier", D(2022, 1, 1), D(2022, 1, 31), "month"),
        ("en mars 2019", D(2019, 3, 1), D(2019, 3, 31), "month"),
        ("en décembre", D(2021, 12, 1), D(2021, 12, 31), "month"),
        ("hier", D(2022, 1, 25), D(2022, 1, 25), "day"),
        ("aujourd'hui", PUB, PUB, "day"),
        ("la semaine dernière", D(2022, 1, 19), PUB, "week"),
        ("depuis 2011", D(2011, 1, 1), PUB, "year"),
        ("en 2019", D(2019, 1, 1), D(2019, 12, 31), "year"),
    ],
)
def test_french_dates(text: str, start: date, end: date, precision: str) -> None:
    (ref,) = find_dates(text, PUB)
    assert (ref.start, ref.end, ref.precision) == (start, end, precision)


def test_french_dates_need_a_publication_date_when_relative() -> None:
    assert find_dates("mercredi", None) == []
    assert [r.start for r in find_dates("le 20 janvier 2022", None)] == [D(2022, 1, 20)]


# ------------------------------------------------------------------ categories
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trois civils ont été tués lundi.", (3, "killed", "civilians")),
        ("Les combats ont fait 181 morts.", (181, "killed", None)),
        ("Deux décès ont été enregistrés dans la prison.", (2, "killed", None)),
        ("Cinq gardiens ont été blessés.", (5, "injured", "prison staff")),
        ("Une dizaine de détenus se sont évadés.", (10, "escaped", "IS")),
        ("24 jihadistes sont toujours en fuite.", (24, "escaped", "IS")),
        ("Plus de 1 000 détenus de l'EI se sont rendus.", (1000, "surrendered", "IS")),
        ("La reddition de 300 jihadistes a été obtenue.", (300, "surrendered", "IS")),
        ("La prison abritait 3 500 détenus.", (3500, "detained", "IS")),
        ("Les FDS ont arrêté 15 membres présumés de l'EI.", (15, "detained", "IS")),
        ("200 personnes ont été emprisonnées.", (200, "detained", None)),
        (
            "Les forces kurdes ont libéré 32 employés de la prison.",
            (32, "released", "prison staff"),
        ),
        ("Près de 45 000 personnes ont été déplacées.", (45000, "displaced", "civilians")),
        ("2 000 habitants ont fui leurs maisons.", (2000, "displaced", "civilians")),
        ("Quatre gardiens sont portés disparus.", (4, "missing", "prison staff")),
        ("Un civil a été tué mercredi.", (1, "killed", "civilians")),
    ],
)
def test_french_categories(corpus_gaz: geo.Gazetteer, text: str, expected: tuple) -> None:  # type: ignore[type-arg]
    (f,) = _fr(corpus_gaz, text).figures
    assert (f.number, f.category, f.party) == expected


def test_french_articles_and_units_are_no_figures(corpus_gaz: geo.Gazetteer) -> None:
    text = (
        "Une attaque a visé la prison où sont détenus des jihadistes depuis 2019. "
        "Les combats ont duré six jours et un couvre-feu de sept jours a été imposé."
    )
    assert _fr(corpus_gaz, text).figures == ()


# ------------------------------------------------------------------ claimants
@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Selon l'OSDH, 12 jihadistes ont été tués.", "SOHR"),
        ("D'après les FDS, 12 jihadistes ont été tués.", "SDF"),
        ("12 jihadistes ont été tués, a indiqué l'OSDH.", "SOHR"),
        ("12 jihadistes ont été tués, a annoncé l'OSDH.", "SOHR"),
        ("12 jihadistes ont été tués, a déclaré l'OSDH.", "SOHR"),
        ("12 jihadistes ont été tués, a affirmé l'OSDH.", "SOHR"),
        ("Les FDS ont annoncé que 12 jihadistes avaient été tués.", "SDF"),
        (
            "12 jihadistes ont été tués, a rapporté l'agence Sana.",
            "SANA (Syrian state news agency)",
        ),
        ("12 jihadistes ont été tués, a-t-on appris de source kurde.", "anonymous Kurdish source"),
        (
            "12 jihadistes ont été tués, a indiqué un responsable kurde sous couvert d'anonymat.",
            "anonymous Kurdish official",
        ),
        ("Le bilan de l'OSDH fait état de 12 jihadistes tués.", "SOHR"),
        ("12 jihadistes ont été tués.", "AFP"),
    ],
)
def test_french_claimant_cues(corpus_gaz: geo.Gazetteer, text: str, claimant: str) -> None:
    (f,) = _fr(corpus_gaz, text).figures
    assert (f.number, f.category, f.claimant) == (12, "killed", claimant)


def test_french_description_stands_for_the_last_claimant(corpus_gaz: geo.Gazetteer) -> None:
    text = "L'OSDH a annoncé un nouveau bilan. D'après l'ONG, 12 jihadistes ont été tués."
    (f,) = _fr(corpus_gaz, text).figures
    assert (f.claimant, f.claimant_surface) == ("SOHR", "D'après l'ONG")


# ------------------------------------------------------------------ control claims
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Les FDS ont repris le contrôle de la prison de Ghwayran.",
            ("SDF", "al-Sina'a prison (Ghwayran)", "regained", "full"),
        ),
        (
            "Les FDS tentent de reprendre le contrôle de la prison de Ghwayran.",
            ("SDF", "al-Sina'a prison (Ghwayran)", "contested", "partial"),
        ),
        (
            "La majeure partie de Hassaké est contrôlée par les FDS.",
            ("SDF", "Al Ḩasakah", "holds", "partial"),
        ),
        (
            "La ville de Hassaké est sous le contrôle des FDS.",
            ("SDF", "Al Ḩasakah", "holds", "full"),
        ),
        (
            "Des jihadistes se sont emparés d'une partie de la prison de Ghwayran.",
            ("IS", "al-Sina'a prison (Ghwayran)", "holds", "partial"),
        ),
        (
            "Le régime conserve un périmètre de sécurité dans la ville de Hassaké.",
            ("Syrian government", "Al Ḩasakah", "holds", "partial"),
        ),
        (
            "Les forces kurdes se sont retirées de la ville de Manbij.",
            ("SDF", "Manbij", "lost", "full"),
        ),
        (
            "Le régime syrien exige le retrait des forces américaines du nord-est de la Syrie.",
            ("US-led coalition", "north-east Syria", "disputed", "partial"),
        ),
        (
            "La ville de Hassaké est sous contrôle kurde.",
            ("SDF", "Al Ḩasakah", "holds", "full"),
        ),
        (
            "La prison de Ghwayran est de nouveau sous le contrôle des FDS.",
            ("SDF", "al-Sina'a prison (Ghwayran)", "regained", "full"),
        ),
        (
            "Les FDS regagnent du terrain autour de la prison de Ghwayran.",
            ("SDF", "al-Sina'a prison (Ghwayran)", "contested", "partial"),
        ),
        (
            "Des jihadistes retranchés dans la prison de Ghwayran résistent encore.",
            ("IS", "al-Sina'a prison (Ghwayran)", "holds", "full"),
        ),
        (
            "Les forces kurdes ont perdu le contrôle de Tal Tamr.",
            ("SDF", "Tall Tamr", "lost", "full"),
        ),
        (
            "Les FDS, soutenues par la coalition, contrôlent la majeure partie du nord-est de "
            "la Syrie.",
            ("SDF", "north-east Syria", "holds", "partial"),
        ),
        (
            "La Russie dispose d'une base à l'aéroport de Qamichli.",
            ("Russia", "Qamishli airport", "holds", "partial"),
        ),
        (
            "À Qamichli, les forces du régime conservent un secteur du centre-ville.",
            ("Syrian government", "Al Qāmishlī", "holds", "partial"),
        ),
        (
            "Damas ne reconnaît pas l'administration autonome du nord et de l'est de la Syrie.",
            ("SDF", "north-east Syria", "disputed", "full"),
        ),
    ],
)
def test_french_control_phrasings(corpus_gaz: geo.Gazetteer, text: str, claim: tuple) -> None:  # type: ignore[type-arg]
    got = [(c.actor, c.place, c.status, c.extent) for c in _fr(corpus_gaz, text).control_claims]
    assert got == [claim]


def test_french_fighting_for_control_is_one_contested_claim_per_side(
    corpus_gaz: geo.Gazetteer,
) -> None:
    text = "Les FDS et l'EI se battent pour le contrôle de la prison de Ghwayran."
    got = [(c.actor, c.status, c.extent) for c in _fr(corpus_gaz, text).control_claims]
    assert got == [("SDF", "contested", "partial"), ("IS", "contested", "partial")]


def test_french_list_after_autour_de_is_placed_whole(corpus_gaz: geo.Gazetteer) -> None:
    text = "L'armée syrienne s'est déployée autour de Tal Tamr, d'Aïn Issa et de Manbij."
    got = [(c.actor, c.place, c.status, c.extent) for c in _fr(corpus_gaz, text).control_claims]
    assert got == [
        ("Syrian government", "Tall Tamr", "holds", "partial"),
        ("Syrian government", "‘Ayn ‘Īsá", "holds", "partial"),
        ("Syrian government", "Manbij", "holds", "partial"),
    ]


# ------------------------------------------------------------------ English untouched
def test_english_article_ignores_french_patterns(corpus_gaz: geo.Gazetteer) -> None:
    """The same words are read only where the article is French."""
    text = "Sept civils ont été tués, selon les FDS, qui ont repris le contrôle de Manbij."
    fr = _fr(corpus_gaz, text)
    assert [(f.number, f.category, f.party, f.claimant) for f in fr.figures] == [
        (7, "killed", "civilians", "SDF")
    ]
    assert [(c.actor, c.place, c.status) for c in fr.control_claims] == [
        ("SDF", "Manbij", "regained")
    ]
    article = article_from_fields(
        path="en", title="", text=text, published=PUB, outlet="AFP", language="en"
    )
    assert article is not None
    en = extract(article, corpus_gaz)
    assert (en.figures, en.control_claims) == ((), ())


def test_sample_incidents_typed_from_french_cues(sample: Extraction) -> None:
    """French cues type the incidents; "selon les FDS" names the claimant, not an actor."""
    got = {(i.event_type, i.sub_event_type, i.label): i for i in sample.incidents}
    clashes = got[("Battles", "Armed clash", "clashes")]
    assert sorted(clashes.actors) == ["IS", "SDF"]
    assert [sample.figures[k].number for k in clashes.figures] == [181, 124, 50, 7]
    assert clashes.place is not None and clashes.place.admin1_pcode == "SY08"
    taken = got[("Battles", "Non-state actor overtakes territory", "territory taken")]
    assert taken.place is not None and taken.place.precision == "site"  # the prison
    surrender = got[("Strategic developments", "Other", "surrender")]
    assert surrender.actors == ("IS",)
    assert [sample.figures[k].number for k in surrender.figures] == [1000]
    strike = got[("Explosions/Remote violence", "Air/drone strike", "air strike")]
    assert "US-led coalition" in strike.actors
    assert all(i.date_start == date(2022, 1, 26) for i in sample.incidents)


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Des frappes aériennes ont visé un village près de Raqqa mardi.", "air strike"),
        ("Des tirs d'artillerie turcs ont touché Tall Tamr lundi.", "shelling"),
        ("Une voiture piégée a explosé à Qamichli lundi.", "explosion"),
        ("Des combats ont opposé les FDS à des cellules de l'EI à Hajine.", "clashes"),
        ("Une centaine de détenus se sont évadés de la prison mardi.", "prison break"),
        ("Les forces kurdes ont arrêté douze suspects lundi à Raqqa.", "arrests"),
        ("Des habitants ont manifesté à Manbij contre la hausse des prix.", "protest"),
    ],
)
def test_french_event_cues(corpus_gaz: geo.Gazetteer, sentence: str, key: str) -> None:
    labels = [i.label for i in _fr(corpus_gaz, sentence).incidents]
    assert key in labels, labels


def test_french_cues_do_not_fire_on_english(corpus_gaz: geo.Gazetteer) -> None:
    art = article_from_fields(
        path="t", title="", text="The combat engineers met in Raqqa on Monday.",
        published=PUB, language="en",
    )  # fmt: skip
    assert art is not None
    assert [i.label for i in extract(art, corpus_gaz).incidents] == ["clashes"]  # English cue
