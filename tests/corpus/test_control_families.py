"""Control phrasing families of real reporting, each shown with sentences of our own.

Each case lists claims that must be among the sentence's claims ([actor, place, status]);
each trap lists a sentence that must give no claim of the given status.
"""

from __future__ import annotations

import pytest
from one_article import extract_text

import geo

# (text, expected claims as (actor, place, status))
_CASES = [
    # the subject parted from its verb by a describing apposition and a time adjunct
    ("The SDF, backed by coalition jets and artillery, on Sunday seized the town of Shaddadi.",
     [("SDF", "Ash Shaddādah", "holds")]),
    ("Rebel fighters, who launched their push last week, have seized the town of Saraqib.",
     [("rebels", "Saraqib", "holds")]),
    ("Rebel fighters, who drove the army out of Idlib last year, on Monday seized Saraqib.",
     [("rebels", "Saraqib", "holds")]),
    ("The army, which lost dozens of men, on Friday recaptured Kafr Nabl.",
     [("Syrian government", "Kafranbel", "regained")]),
    # headlines in the present tense, and a previous holder after "from"
    ("Syrian army retakes Maarat al-Numan from rebels",
     [("Syrian government", "Ma‘arrat an Nu‘mān", "regained"),
      ("rebels", "Ma‘arrat an Nu‘mān", "lost")]),
    ("SDF pushes IS out of Hajin", [("SDF", "Hajīn", "holds"), ("IS", "Hajīn", "lost")]),
    ("Kurdish forces expel jihadists from Tal Abyad",
     [("SDF", "Tall Abyaḑ", "holds"), ("IS", "Tall Abyaḑ", "lost")]),
    ("Regime forces retook Palmyra from the jihadists on Sunday.",
     [("Syrian government", "Tadmur", "regained"), ("IS", "Tadmur", "lost")]),
    # an enemy named by what it is: the subject holds the place
    ("Government forces pushed the gunmen out of the city of Baniyas on Saturday.",
     [("Syrian government", "Bāniyās", "holds")]),
    # leaving said with a noun
    ("The rebels' pullout from Khan Shaykhun came after a week of bombing.",
     [("rebels", "Khān Shaykhūn", "lost")]),
    ("The withdrawal of Kurdish fighters from Tal Abyad was completed on Tuesday.",
     [("SDF", "Tall Abyaḑ", "lost")]),
    ("The campaign ended with the liberation of Dabiq from IS.", [("IS", "Dabiq", "lost")]),
    # a pronoun or a bare noun subject stands for the actor of the sentence before
    ("The SDF launched an assault on Hajin on Monday. They captured the town two days later.",
     [("SDF", "Hajīn", "holds")]),
    ("HTS fighters reached Aleppo on Friday. The group now controls most of the city.",
     [("HTS", "Aleppo", "holds")]),
    ("The SDF attacked Hajin on Monday. The US-backed force captured the town on Wednesday.",
     [("SDF", "Hajīn", "holds")]),
    # a drive verb's object with its abbreviation in brackets
    ("Tribal fighters drove the Syrian Democratic Forces (SDF) out of Dhiban and al-Shuhail.",
     [("SDF", "Dhībān", "lost"), ("SDF", "Ash Shuhayl", "lost")]),
    # the speaker's forces as the agent of a passive
    ("The stadium in Raqqa was also seized by his forces, an SDF spokesman said.",
     [("SDF", "Ar Raqqah", "holds")]),
    # a list before "which remain under X control" / "remain under X control": every place
    ("IS fighters fell back to Sukhnah and Deir ez-Zor, which remain under jihadist control.",
     [("IS", "As Sukhnah", "holds"), ("IS", "Deir ez-Zor", "holds")]),
    ("The towns of Dhiban and al-Busayrah remain under SDF control.",
     [("SDF", "Dhībān", "holds"), ("SDF", "Al Buşayrah", "holds")]),
    # "its / their stronghold": the subject's
    ("The attack let IS push towards Al-Bahra from its holdout around Hajin.",
     [("IS", "Hajīn", "holds")]),
    # a subject parted from its verb by a list in apposition, commas and all
    ("Government forces, including elite units, the Republican Guard and allied militias, have "
     "withdrawn from Homs.", [("Syrian government", "Homs", "lost")]),
    # a noun of taking among an actor's gains
    ("The SDF's gains, among them the capture of Tabqa, alarmed Ankara.",
     [("SDF", "Al-Tabqa", "holds")]),
    # places named after a region or a part ("..., including A and B")
    ("The Kurdish-led SDF holds most of the northeast, including Raqqa and Hasakah.",
     [("SDF", "Ar Raqqah", "holds"), ("SDF", "Al Ḩasakah", "holds")]),
    ("Druze factions took over state buildings in Suwayda city.",
     [("Druze factions", "As-Suwayda", "holds")]),
    # a holder noun closing an apposition
    ("Hajin, the last IS holdout, came under fire.", [("IS", "Hajīn", "holds")]),
    # "declared victory over Y in X": X won, Y lost it
    ("The SDF-led forces declared victory over IS in Baghouz.",
     [("SDF", "Baghuz Fawqani", "holds"), ("IS", "Baghuz Fawqani", "lost")]),
    # actors of the later war (corpus/data/parties.csv)
    ("The Suwayda Military Council took over state buildings in Suwayda city.",
     [("Druze factions", "As-Suwayda", "holds")]),
    ("Defence Ministry forces captured the town of Jableh on Sunday.",
     [("General Security", "Jablah", "holds")]),
    # a fight between two named sides in a named place: both contest it
    ("Clashes broke out between the SDF and IS in Hajin on Monday.",
     [("SDF", "Hajīn", "contested"), ("IS", "Hajīn", "contested")]),
    ("Government troops clashed with opposition fighters inside Daraa al-Balad.",
     [("Syrian government", "Dar‘ā", "contested"), ("rebels", "Dar‘ā", "contested")]),
    ("The SDF and IS fought street battles in the centre of Raqqa.",
     [("SDF", "Ar Raqqah", "contested"), ("IS", "Ar Raqqah", "contested")]),
    # an armed side's posts in a place: it holds part of it (annotators count "an attack on
    # SDF headquarters" as the SDF's); taken posts: their side lost the place
    ("Government forces shelled rebel positions in the town of Kafranbel.",
     [("rebels", "Kafranbel", "holds")]),
    ("Turkish drones struck SDF positions near Kobani, the SDF said.",
     [("SDF", "‘Ayn al ‘Arab", "holds")]),
    ("The SDF repelled an IS attack on its positions in Hajin.", [("SDF", "Hajīn", "holds")]),
    ("Rebels captured regime checkpoints in Nasib on Monday.",
     [("Syrian government", "Nasib", "lost")]),
    # more holder adjectives and nouns; a relative clause whose verb is "controls"
    ("The SDF-administered al-Hol camp holds 40,000 people.", [("SDF", "al-Hol camp", "holds")]),
    ("Hasakah, which the SDF controls, was calm.", [("SDF", "Al Ḩasakah", "holds")]),
    ("Kobani, under the administration of the Kurds since 2012, is calm.",
     [("SDF", "‘Ayn al ‘Arab", "holds")]),
    # "which they captured": the pronoun is the sentence's subject
    ("Regime forces hold the south of the region, including the town of Kafr Nabl, which they "
     "captured in early 2020.", [("Syrian government", "Kafranbel", "holds")]),
    # hamlets, and places named after a river that is no place
    ("IS still holds a string of hamlets on the eastern bank of the Euphrates, including Sousa "
     "and al-Shaafa.", [("IS", "As Sūsah", "holds"), ("IS", "Ash Sha`fah", "holds")]),
    # an owner's stronghold as the object of a capture
    ("SDF fighters have captured the Islamic State group's last stronghold in Raqqa.",
     [("SDF", "Ar Raqqah", "holds"), ("IS", "Ar Raqqah", "lost")]),
    # headlines: a base verb, a bare passive, "in control of" with no verb
    ("Syria's Kurds hand over Tal Rifaat to government",
     [("SDF", "Tall Rif‘at", "lost"), ("Syrian government", "Tall Rif‘at", "holds")]),
    ("Rebels storm Hama as army collapses", [("rebels", "Ḩamāh", "contested")]),
    ("Islamic State driven from last Syrian stronghold in Baghouz",
     [("IS", "Baghuz Fawqani", "lost")]),
    ("Syrian rebels in control of Damascus, Assad flees", [("rebels", "Damascus", "holds")]),
    # an anaphor with an adjective, or with a part of the place after it
    ("IS attacked Palmyra in December. The jihadists seized the ancient city two days later.",
     [("IS", "Tadmur", "holds")]),
    ("Rebels attacked Hama on Tuesday. By Thursday they had seized the city's airport.",
     [("rebels", "Ḩamāh airport", "holds")]),
    # lists: "as well as", a date after each name, a colon after "the following villages"
    ("Rebels captured Kafr Nabl and Hish, as well as the town of Maarat Harma.",
     [("rebels", "Ma`arrat Hurmah", "holds")]),
    ("The SDF captured Raqqa in 2017 and Baghouz in 2019.",
     [("SDF", "Ar Raqqah", "holds"), ("SDF", "Baghuz Fawqani", "holds")]),
    ("Rebels captured the following villages: Kafr Nabl, Hish and Maarat Harma.",
     [("rebels", "Kafranbel", "holds"), ("rebels", "Ma`arrat Hurmah", "holds")]),
    # "X was liberated from / cleared of / declared free of Y": Y lost X (a party speaking holds it)
    ("Baghouz was declared free of IS on Saturday.", [("IS", "Baghuz Fawqani", "lost")]),
    ("Hajin was fully liberated from IS, the SDF said.",
     [("IS", "Hajīn", "lost"), ("SDF", "Hajīn", "holds")]),
]  # fmt: skip

# (text, status that no claim may have)
_TRAPS: list[tuple[str, str]] = [
    ("Turkey vowed to drive the SDF out of Manbij.", "lost"),
    ("The army said it would push the rebels out of Saraqib.", "lost"),
    ("Government forces did not drive the rebels out of Saraqib.", "lost"),
    ("Police pushed the protesters out of the square in Suwayda.", "holds"),
    ("Moscow called for the withdrawal of Turkish troops from Afrin.", "lost"),
    ("Washington demanded the SDF's withdrawal from Manbij.", "lost"),
    ("The SDF attacked IS near Hajin. They said the town was calm.", "holds"),
    ("Residents fled Manbij on Monday. They reached Raqqa two days later.", "holds"),
    # a list that is not the subject of "under X control"
    ("Jets struck Sukhnah and Palmyra, which are no longer under IS control.", "holds"),
    ("The SDF captured 20 state employees in Raqqa.", "holds"),
    ("Hajin, the once-feared IS holdout, is being rebuilt.", "lost"),
    ("The army has not yet declared victory over the rebels in Daraa.", "holds"),
    ("The president declared victory over terrorism in his speech in Damascus.", "holds"),
    ("There were no clashes between the army and rebels in Daraa.", "contested"),
    ("The talks aim to end the fighting between the SDF and Turkey in Manbij.", "contested"),
    ("The SDF said it killed 20 IS fighters in clashes near Hajin.", "contested"),
    ("Journalists visited the former SDF positions in Manbij.", "holds"),
    ("Rebels captured fighters near the village of Kafr Nabl.", "holds"),
    ("The SDF seized the group's weapons in Raqqa.", "holds"),
    ("The SDF refused to hand over Manbij to Turkey.", "lost"),
    ("The SDF will not cede Raqqa to anyone.", "lost"),
    ("Civilians driven from Afrin live in camps.", "lost"),
    ("Hajin will be liberated from IS soon.", "lost"),
    # a passive without an agent: the actor of the relative clause before did not take it
    (
        "Palmyra is an ancient city. The city, which IS overran in 2015, was recaptured in March.",
        "regained",
    ),
    (
        "Hajin lies on the river. The town, which IS held for years, was captured after a week.",
        "holds",
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CASES, ids=[c[0][:50] for c in _CASES])
def test_family_case(
    corpus_gaz: geo.Gazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    got = {(c.actor, c.place, c.status) for c in extract_text(text, corpus_gaz).control_claims}
    assert set(expected) <= got, f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize(("text", "status"), _TRAPS, ids=[t[0][:50] for t in _TRAPS])
def test_family_trap(corpus_gaz: geo.Gazetteer, text: str, status: str) -> None:
    got = [
        (c.actor, c.place, c.status)
        for c in extract_text(text, corpus_gaz).control_claims
        if c.status == status
    ]
    assert got == [], f"{text!r} gave {got}"


# French: (text, expected claims) and (text, status that no claim may have)
_CASES_FR = [
    ("Les rebelles ont lancé une offensive et ont pris Alep.", [("rebels", "Aleppo", "holds")]),
    ("Les forces gouvernementales ont repris Palmyre aux jihadistes.",
     [("Syrian government", "Tadmur", "regained")]),
    ("La prise de Tabqa par les FDS a ouvert la route de Raqqa.", [("SDF", "Al-Tabqa", "holds")]),
    ("Le retrait des forces gouvernementales de Hama a surpris.",
     [("Syrian government", "Ḩamāh", "lost")]),
    ("Les rebelles sont entrés dans Alep vendredi.", [("rebels", "Aleppo", "holds")]),
]  # fmt: skip
_TRAPS_FR = [
    ("Les rebelles ont pris part aux combats à Alep.", "holds"),
    ("Les rebelles ont pris en charge la sécurité à Alep.", "holds"),
    ("La ville est tombée aux mains des rebelles.", "holds"),  # no town named before: no place
    ("Les zones sous contrôle kurde ont été bombardées.", "holds"),  # "Les" is no place
]


@pytest.mark.parametrize(("text", "expected"), _CASES_FR, ids=[c[0][:50] for c in _CASES_FR])
def test_family_case_fr(
    corpus_gaz: geo.Gazetteer, text: str, expected: list[tuple[str, str, str]]
) -> None:
    ex = extract_text(text, corpus_gaz, language="fr")
    got = {(c.actor, c.place, c.status) for c in ex.control_claims}
    assert set(expected) <= got, f"{text!r}: got {sorted(got)}"


@pytest.mark.parametrize(("text", "status"), _TRAPS_FR, ids=[t[0][:50] for t in _TRAPS_FR])
def test_family_trap_fr(corpus_gaz: geo.Gazetteer, text: str, status: str) -> None:
    ex = extract_text(text, corpus_gaz, language="fr")
    got = [(c.actor, c.place, c.status) for c in ex.control_claims if c.status == status]
    assert got == [], f"{text!r} gave {got}"
