"""Claimants the alias table does not know: the source is named as written, not the outlet.

Sentences of our own in wire, Observatory, UN and French AFP styles. Every source below but
the few marked "table" is missing from ``corpus/data/claimants.csv``, so these pin the general
mechanism (:func:`corpus.attribution._name_of` and the cues that feed it), not alias rows.
"""

from __future__ import annotations

import pytest
from one_article import article, extract_text

from corpus import Article, Extraction
from corpus._context import Context
from corpus.aliases import claimants
from corpus.attribution import attribute


def _article(text: str, language: str = "en") -> Article:
    return article(text, language=language)


def _ex(text: str, language: str = "en") -> Extraction:
    return extract_text(text, language=language)


def _claims(text: str, language: str = "en") -> list[tuple[int | None, str, str]]:
    """``(None, claimant, surface)`` for every sentence of ``text``."""
    ctx = Context(_article(text, language), None, [])
    return [(None, a.claimant, a.surface) for a in attribute(ctx)]


@pytest.mark.parametrize(
    ("text", "claimant", "surface"),
    [
        # "according to X": a name without its article, a generic source as the phrase
        ("Eight civilians died in shelling on Ariha, according to the Syrian American Medical "
         "Society.", "Syrian American Medical Society",
         "according to the Syrian American Medical Society"),
        ("At least 40 people were killed in Afrin, according to local activists.",
         "local activists", "according to local activists"),
        ("According to Kurdish security sources, 60 IS members escaped from the camp.",
         "Kurdish security sources", "According to Kurdish security sources"),
        ("Nine people died, according to a doctor at the Bab al-Hawa hospital.",
         "Bab al-Hawa hospital", "according to a doctor at the Bab al-Hawa hospital"),
        ("Nine people died, according to a doctor in Idlib.", "doctor",
         "according to a doctor in Idlib"),
        # whose statement, figures or spokesman: the organisation behind them
        ("According to figures released by the Norwegian Refugee Council, 200 families fled.",
         "Norwegian Refugee Council",
         "According to figures released by the Norwegian Refugee Council"),
        ("According to the head of the local council, 30 families returned to Kobani.",
         "local council", "According to the head of the local council"),
        ("A spokesman for the Norwegian Refugee Council said 12 camps were flooded.",
         "Norwegian Refugee Council", "A spokesman for the Norwegian Refugee Council said"),
        # "X said", "said X", "X told AFP", "documented by X"
        ("Some 200 families fled Tal Tamr, the Norwegian Refugee Council said on Tuesday.",
         "Norwegian Refugee Council", "the Norwegian Refugee Council said"),
        ("Iraqi forces said they had arrested five IS fighters near the border.",
         "Iraqi forces", "Iraqi forces said"),
        ("Five civilians were killed in Maarat al-Numan, medical sources said.",
         "medical sources", "medical sources said"),
        ("Witnesses said 10 bodies lay in the street.", "witnesses", "Witnesses said"),
        ("Some 20 people were killed, a resident told AFP.", "resident", "a resident told"),
        ("Officials in Afrin said 3 people were killed.", "officials", "Officials in Afrin said"),
        ('"We have counted 40 bodies," said Abu Omar, a volunteer in Saraqeb.', "Abu Omar",
         "said Abu Omar"),
        ("The deaths of 1,032 civilians were documented by the Syrian American Medical Society.",
         "Syrian American Medical Society", "documented by the Syrian American Medical Society"),
        # a description around a name: the name
        ("The Jaish al-Islam rebel group said it had captured 40 government soldiers.",
         "Jaish al-Islam", "The Jaish al-Islam rebel group said"),
        ("Seven civilians were killed, the Kurdish Hawar news agency said.", "Hawar",
         "the Kurdish Hawar news agency said"),
        ("Pro-government daily Al-Watan reported that 200 fighters had left Daraa al-Balad.",
         "Al-Watan", "Pro-government daily Al-Watan reported"),
        # an office before the name stays: whom the person speaks for
        ("Iraqi Prime Minister Mustafa al-Kadhimi said 5 IS members were arrested.",
         "Iraqi Prime Minister Mustafa al-Kadhimi", "Iraqi Prime Minister Mustafa al-Kadhimi said"),
        ("Dr. Mustafa al-Kadhimi said 5 IS members were arrested.",
         "Mustafa al-Kadhimi", "Dr. Mustafa al-Kadhimi said"),
        ("Two people were wounded, the pro-Kurdish ANHA news agency reported.", "ANHA",
         "the pro-Kurdish ANHA news agency reported"),
        ("Syrian state TV said 8 people died in the Israeli strike.", "Syrian state TV",
         "Syrian state TV said"),
        ("Civilians told AFP that 3 houses were destroyed.", "civilians", "Civilians told"),
        # "X, a description, told": X
        ("Ahmed al-Hassan, a doctor in Idlib, told AFP that 14 people had died.",
         "Ahmed al-Hassan", "Ahmed al-Hassan, a doctor in Idlib, told"),
        # known aliases still resolve to their canonical names (table)
        ("More than 370 people died, according to a new toll from the Observatory.", "SOHR",
         "according to a new toll from the Observatory"),
        ("The White Helmets said its volunteers pulled 11 bodies from the rubble.",
         "Syrian Civil Defence", "White Helmets said"),
    ],
)  # fmt: skip
def test_a_source_the_table_lacks_is_the_claimant(text: str, claimant: str, surface: str) -> None:
    (got,) = {(c, s) for _, c, s in _claims(text)}
    assert got == (claimant, surface)


@pytest.mark.parametrize(
    "name",
    ["Syrian American Medical Society", "Norwegian Refugee Council", "Jaish al-Islam", "Hawar",
     "Iraqi forces", "local activists", "Abu Omar", "Mustafa al-Kadhimi"],
)  # fmt: skip
def test_those_sources_are_not_in_the_table(name: str) -> None:
    assert claimants().lookup(name) is None


@pytest.mark.parametrize(
    "text",
    [
        "Nine fighters were killed in Hajin.",  # no cue at all
        "The ceasefire, according to the plan, should see 300 fighters leave.",  # not a source
        "In all, 40 people died according to the latest figures.",  # a toll with no author
        "According to Islamic tradition, the 3 bodies were buried the same day.",
        "The fighters told residents to leave before 12 houses were burned.",  # an order
        "A man said to be an IS commander was among the 7 killed.",  # "said to be"
        "Jihadists said to be linked to IS killed 4 soldiers.",
        "The ministry said 3 soldiers were wounded.",  # a description with no one before it
        "Those killed included 6 children, the report said.",
        "Hundreds of displaced people said 3 camps had flooded.",  # a number, not a source
    ],
)
def test_no_source_named_stays_the_outlets(text: str) -> None:
    assert {c for _, c, _ in _claims(text)} == {"AFP"}


def test_residents_said_the_x_had_never_takes_x() -> None:
    # the source after the verb must end its clause: here it is the subject of what was said
    got = _claims("Residents said the Norwegian Refugee Council had counted 40 tents.")
    assert [c for _, c, _ in got] == ["residents"]


def test_figures_carry_the_source_named_as_written() -> None:
    ex = _ex(
        "A car bomb in Azaz killed 19 people, according to the Syrian American Medical "
        "Society. Security forces arrested 12 suspected IS members, the Asayish said."
    )
    assert [(f.number, f.claimant) for f in ex.figures] == [
        (19, "Syrian American Medical Society"),
        (12, "Asayish"),
    ]


def test_coreference_and_surnames_follow_a_source_named_as_written() -> None:
    got = _claims(
        "Ahmed al-Hassan, a doctor in Idlib, told AFP that 14 people had been brought in. "
        "Hassan said six of them were children. He said 3 were in a critical state. "
        "The Syrian American Medical Society said 18 health workers were killed in 2019. "
        "The group said 4 of its hospitals were hit."
    )
    assert [(c, s) for _, c, s in got] == [
        ("Ahmed al-Hassan", "Ahmed al-Hassan, a doctor in Idlib, told"),
        ("Ahmed al-Hassan", "Hassan said"),  # the surname of a person named in full
        ("Ahmed al-Hassan", "He said"),
        ("Syrian American Medical Society", "The Syrian American Medical Society said"),
        ("Syrian American Medical Society", "The group said"),
    ]


def test_a_generic_source_is_no_one_to_come_back_to_for_a_description() -> None:
    # "the ministry" with no ministry named before: nobody's, so the outlet's
    got = _claims("Residents said 5 people died. The ministry said 3 soldiers were wounded.")
    assert [c for _, c, _ in got] == ["residents", "AFP"]


def test_a_capitalised_common_noun_opening_a_sentence_is_lower_cased() -> None:
    assert _claims("Local activists said 11 people had been killed.")[0][1] == "local activists"
    assert _claims("Human rights activists said 30 people were executed.")[0][1] == (
        "human rights activists"
    )


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Au moins 50 personnes ont été tuées, selon des militants locaux.", "militants locaux"),
        ("Cinq civils ont été tués, selon des sources médicales à Idleb.", "sources médicales"),
        ("Quinze combattants ont été tués, a indiqué à l'AFP un responsable local.",
         "responsable local"),
        ("Des habitants ont affirmé que 10 civils avaient été tués.", "habitants"),
        ("Les forces irakiennes ont annoncé avoir arrêté cinq combattants de l'EI.",
         "forces irakiennes"),
        ("Sept civils ont péri, a affirmé l'agence kurde Hawar.", "Hawar"),
        ("Selon Médecins sans frontières, 40 blessés ont été soignés.",
         "Médecins sans frontières"),
        ("Selon le Conseil norvégien pour les réfugiés, 200 familles ont fui.",
         "Conseil norvégien"),
        ("Trente civils ont été tués, a déclaré Ahmed al-Hassan, médecin à Idleb.",
         "Ahmed al-Hassan"),
        # no source named: the outlet's
        ("Selon un bilan officiel, 20 soldats sont morts.", "AFP"),
        ("Selon l'accord, 200 combattants doivent partir.", "AFP"),
        ("Le ministère a indiqué que 3 soldats étaient morts.", "AFP"),
        # table rows, French spellings
        ("Douze membres de l'EI ont été arrêtés, ont indiqué les Assayech.", "Asayish"),
        ("Selon le Réseau syrien des droits de l'homme, 3 476 civils ont été tués.",
         "Syrian Network for Human Rights"),
    ],
)  # fmt: skip
def test_french_sources_named_as_written(text: str, claimant: str) -> None:
    assert {c for _, c, _ in _claims(text, "fr")} == {claimant}
