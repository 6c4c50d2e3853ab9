"""English control phrasings in ordinary wire style: acquisition, loss, state, contest, extent.

Each sentence is our own, in the style of AFP / Reuters / AP wires, the Syrian Observatory,
SDF statements, SANA or the Turkish defence ministry, carrying real facts of the war. Every
case runs the real extraction with the real gazetteer (``corpus_gaz`` from conftest) and
asserts actor, place, status and extent of every claim; the traps assert that no claim is
made where the text makes none ("captured 20 soldiers near Palmyra", "entered Manbij").
"""

from __future__ import annotations

import pytest
from one_article import extract_text

import geo
from corpus import Extraction
from corpus.aliases import parties

Claim = tuple[str, str, str, str]


def _en(gaz: geo.Gazetteer, text: str) -> Extraction:
    return extract_text(text, gaz)


def _claims(gaz: geo.Gazetteer, text: str) -> list[Claim]:
    return [(c.actor, c.place, c.status, c.extent) for c in _en(gaz, text).control_claims]


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # ------------------------------------------------ acquisition -> holds
        (
            "Syrian government forces gained control of the town of Maadan on Monday, the "
            "state news agency SANA said.",
            [("Syrian government", "Ma‘dān", "holds", "full")],
        ),
        (
            "The Kurdish-led SDF took full control of Raqqa after a four-month battle, the "
            "US-led coalition said.",
            [("SDF", "Ar Raqqah", "holds", "full")],
        ),
        (
            "Government troops wrested control of Al-Bukamal on Thursday, the Syrian army said.",
            [("Syrian government", "Ālbū Kamāl", "holds", "full")],
        ),
        (
            "The Syrian army has assumed control of Tal Tamr under a deal with the SDF.",
            [("Syrian government", "Tall Tamr", "holds", "full")],
        ),
        (
            "Islamic State militants have overrun the desert town of Qaryatayn, the "
            "Observatory said.",
            [("IS", "Al Qaryatayn", "holds", "full")],
        ),
        (
            "Government forces and their allies took over Mayadin on Saturday, according to "
            "the Syrian Observatory.",
            [("Syrian government", "Al Mayādīn", "holds", "full")],
        ),
        (  # an unknown name after "control of" is a place, as written
            "The regime took full control of Eastern Ghouta in April 2018, the Observatory said.",
            [("Syrian government", "Eastern Ghouta", "holds", "full")],
        ),
        (  # the subject's allies give way to it
            "Turkish troops and allied rebels have seized Ras al-Ain, the Turkish defence "
            "ministry said.",
            [("Turkey/SNA", "Ra’s al ‘Ayn", "holds", "full")],
        ),
        (  # "from Y": Y lost it
            "The Syrian army wrested control of the Sukhnah gas field from IS in August 2017.",
            [
                ("Syrian government", "As Sukhnah gas field", "holds", "full"),
                ("IS", "As Sukhnah gas field", "lost", "full"),
            ],
        ),
        (  # "terrorists" is what each side calls its enemies: nobody is credited the loss
            "The Syrian army said its units had liberated the town of Khan Sheikhoun from "
            "terrorists.",
            [("Syrian government", "Khān Shaykhūn", "holds", "full")],
        ),
        (  # "our forces": the speaker
            "Our forces have liberated the village of Baghuz from ISIS terrorists, the SDF said "
            "in a statement.",
            [("SDF", "Baghuz Fawqani", "holds", "full"), ("IS", "Baghuz Fawqani", "lost", "full")],
        ),
        (
            "Government troops seized 15 villages in the countryside of Hama, the Observatory "
            "said.",
            [("Syrian government", "Ḩamāh", "holds", "partial")],
        ),
        (
            "The Turkish army and its Syrian allies took control of the centre of Afrin on "
            "Sunday, the Turkish defence ministry said.",
            [("Turkey/SNA", "‘Afrīn", "holds", "partial")],
        ),
        (
            "HTS took over the Bab al-Hawa border crossing in 2017, the Observatory said.",
            [("HTS", "Bab al-Hawa border crossing", "holds", "full")],
        ),
        (  # the adjective "IS-held" tells the state before the capture: no IS claim
            "The SDF captured the last IS-held village of Baghuz, the coalition said.",
            [("SDF", "Baghuz Fawqani", "holds", "full")],
        ),
        # ------------------------------------------------ drove X out of Y
        (
            "Kurdish fighters drove IS out of Kobani in January 2015, the SDF said.",
            [("SDF", "‘Ayn al ‘Arab", "holds", "full"), ("IS", "‘Ayn al ‘Arab", "lost", "full")],
        ),
        (
            "Rebels expelled Nusra Front fighters from Maarat al-Numan, the Observatory said.",
            [
                ("rebels", "Ma‘arrat an Nu‘mān", "holds", "full"),
                ("Nusra Front", "Ma‘arrat an Nu‘mān", "lost", "full"),
            ],
        ),
        # ------------------------------------------------ loss
        (
            "IS lost control of Baghuz Fawqani, its last pocket on the Euphrates, the SDF "
            "announced.",
            [("IS", "Baghuz Fawqani", "lost", "full")],
        ),
        (
            "The jihadists lost Raqqa to the Syrian Democratic Forces in October 2017, the "
            "Observatory said.",
            [("IS", "Ar Raqqah", "lost", "full"), ("SDF", "Ar Raqqah", "holds", "full")],
        ),
        (  # a name the gazetteer lacks, between "lost" and "to ACTOR"
            "IS lost Dabiq to Turkish-backed rebels in October 2016, the Observatory said.",
            [("IS", "Dabiq", "lost", "full"), ("Turkey/SNA", "Dabiq", "holds", "full")],
        ),
        (  # "the southern city of" describes; it is not a part
            "Rebels have lost control of the southern city of Daraa, the Observatory said.",
            [("rebels", "Dar‘ā", "lost", "full")],
        ),
        (
            "IS lost control of most of Deir ez-Zor province in 2017, the coalition said.",
            [("IS", "Deir-ez-Zor", "lost", "partial")],
        ),
        (
            "Kurdish fighters pulled out of Afrin city on Sunday, the SDF said.",
            [("SDF", "‘Afrīn", "lost", "full")],
        ),
        (
            "IS militants retreated from Tal Abyad after days of fighting, according to the "
            "Observatory.",
            [("IS", "Tall Abyaḑ", "lost", "full")],
        ),
        (
            "HTS fighters abandoned their positions in Khan Sheikhoun on Tuesday, the "
            "Observatory said.",
            [("HTS", "Khān Shaykhūn", "lost", "partial")],
        ),
        (
            "Rebels withdrew from the Old City of Homs in May 2014 under a deal with the "
            "government, the Observatory said.",
            [("rebels", "Homs", "lost", "partial")],
        ),
        (
            "Hayat Tahrir al-Sham fighters were pushed out of Khan Sheikhoun on Monday, the "
            "Observatory said.",
            [("HTS", "Khān Shaykhūn", "lost", "full")],
        ),
        (
            "The jihadists were driven out of Tal Abyad by Kurdish forces in June 2015, the "
            "Observatory said.",
            [("IS", "Tall Abyaḑ", "lost", "full"), ("SDF", "Tall Abyaḑ", "holds", "full")],
        ),
        # ------------------------------------------------ fell to, passives
        (
            "Tabqa fell to the Syrian Democratic Forces after weeks of fighting, according to "
            "the Syrian Observatory for Human Rights.",
            [("SDF", "Al-Tabqa", "holds", "full")],
        ),
        (
            "Raqqa, the de facto IS capital, fell to the US-backed SDF in October 2017.",
            [("SDF", "Ar Raqqah", "holds", "full")],
        ),
        (
            "Palmyra was recaptured by government forces in March 2016, the Russian defence "
            "ministry said.",
            [("Syrian government", "Tadmur", "regained", "full")],
        ),
        (
            "Jarablus was taken by Turkish-backed rebels within hours, the Turkish army said.",
            [("Turkey/SNA", "Jarābulus", "holds", "full")],
        ),
        # ------------------------------------------------ state
        (
            "The SDF remains in control of most of Deir ez-Zor province east of the "
            "Euphrates, the Observatory said.",
            [("SDF", "Deir-ez-Zor", "holds", "partial")],
        ),
        (
            "Government troops are in full control of Douma, the Russian military said.",
            [("Syrian government", "Dūmā", "holds", "full")],
        ),
        (
            "The SDF retains control over the Tabqa dam, a spokesman said.",
            [("SDF", "Tabqa Dam", "holds", "full")],
        ),
        (
            "Turkish forces and allied Syrian factions now hold Afrin, the Turkish defence "
            "ministry said.",
            [("Turkey/SNA", "‘Afrīn", "holds", "full")],
        ),
        (
            "Government forces and allied militias now control the entire city of Aleppo, "
            "state media said.",
            [("Syrian government", "Aleppo", "holds", "full")],
        ),
        (
            "Hayat Tahrir al-Sham controls most of Idlib province, the UN said.",
            [("HTS", "Idleb", "holds", "partial")],
        ),
        (
            "Idlib province is largely under the control of Hayat Tahrir al-Sham, the UN said.",
            [("HTS", "Idleb", "holds", "partial")],
        ),
        (
            "The town of Ras al-Ain is now in the hands of Turkish-backed rebels, a Kurdish "
            "official said on condition of anonymity.",
            [("Turkey/SNA", "Ra’s al ‘Ayn", "holds", "full")],
        ),
        (
            "The town of Tal Rifaat is held by Kurdish fighters, the Observatory said.",
            [("SDF", "Tall Rif‘at", "holds", "full")],
        ),
        (
            "The SDF-held town of Shaddadi was hit by shelling on Tuesday, the Observatory said.",
            [("SDF", "Ash Shaddādah", "holds", "full")],
        ),
        (
            "The rebel-held town of Douma came under heavy bombardment, the Observatory said.",
            [("rebels", "Dūmā", "holds", "full")],
        ),
        (
            "The Kurdish YPG militia controls Kobani and Qamishli, the Turkish defence ministry "
            "said.",
            [("SDF", "‘Ayn al ‘Arab", "holds", "full"), ("SDF", "Al Qāmishlī", "holds", "full")],
        ),
        (
            "Iran-backed militias control Al-Bukamal, the Observatory said.",
            [("Iran", "Ālbū Kamāl", "holds", "full")],
        ),
        # ------------------------------------------------ partial extent
        (
            "Pro-government militias hold the western bank of the Euphrates in Deir ez-Zor, "
            "while the SDF holds the eastern bank, the Observatory said.",
            [
                ("Syrian government", "Deir ez-Zor", "holds", "partial"),
                ("SDF", "Deir ez-Zor", "holds", "partial"),
            ],
        ),
        (
            "The SDF controls territory east of the Euphrates in Deir ez-Zor province, the "
            "coalition said.",
            [("SDF", "Deir-ez-Zor", "holds", "partial")],
        ),
        (
            "Turkish forces hold the outskirts of Tal Tamr, the Observatory said.",
            [("Turkey/SNA", "Tall Tamr", "holds", "partial")],
        ),
        (
            "IS still holds pockets of desert east of Palmyra, the Observatory said.",
            [("IS", "Tadmur", "holds", "partial")],
        ),
        (
            "The Observatory said regime forces had retaken 40 percent of Eastern Ghouta.",
            [("Syrian government", "Eastern Ghouta", "regained", "partial")],
        ),
        # ------------------------------------------------ contested
        (
            "Fighting for control of Saraqeb raged on Tuesday between government forces and "
            "HTS, the Observatory said.",
            [
                ("Syrian government", "Saraqib", "contested", "partial"),
                ("HTS", "Saraqib", "contested", "partial"),
            ],
        ),
        (
            "Maarat al-Numan has changed hands several times between rebels and government "
            "forces, the Observatory said.",
            [
                ("rebels", "Ma‘arrat an Nu‘mān", "contested", "partial"),
                ("Syrian government", "Ma‘arrat an Nu‘mān", "contested", "partial"),
            ],
        ),
        # ------------------------------------------------ back under control: place after
        (
            "Syrian army units have taken back under their control the town of Maarat "
            "al-Numan, SANA said.",
            [("Syrian government", "Ma‘arrat an Nu‘mān", "regained", "full")],
        ),
    ],
)
def test_english_control_phrasings(corpus_gaz: geo.Gazetteer, text: str, claims: list) -> None:  # type: ignore[type-arg]
    assert _claims(corpus_gaz, text) == claims


@pytest.mark.parametrize(
    "text",
    [
        "IS captured 20 soldiers near Palmyra, the Observatory said.",
        "The SDF captured three IS commanders in a raid near Shaddadi, the coalition said.",
        "IS fighters seized weapons and ammunition in Raqqa, the Observatory said.",
        "Twelve IS fighters captured by the SDF in Hajin were handed over to Iraq.",
        "Dozens of IS fighters were captured by the SDF near Hajin, the coalition said.",
        "Government forces are seeking to capture Saraqeb, the Observatory said.",
        "The SDF has not taken control of Baghuz yet, a commander said.",
        "The army failed to take control of Saraqeb, the Observatory said.",
        # (a threat to seize Manbij "from the SDF" says the SDF holds it: rule "acquire")
        "The offensive to take Raqqa began in November 2016, the coalition said.",
        # entering by a deal, advancing, crossing: not controlling (entering after a fight is:
        # rule "enter" of corpus/rules/control.yaml)
        "Government forces entered the town of Kobani on Monday under a deal with the SDF.",
        "Government forces advanced towards Saraqeb on Thursday, the Observatory said.",
        "Turkish troops crossed into Syria near Tal Abyad on Wednesday.",
        "Syrian government forces reached the outskirts of Raqqa province.",
        # losses that are not of a place
        "The Syrian army lost 12 soldiers in the fighting near Palmyra, the Observatory said.",
        "At least 30 civilians fled Raqqa as IS lost ground, the UN said.",
        "IS has lost nearly all the territory it once held in Syria, the coalition said.",
        "The SDF withdrew from the talks with Damascus, a Kurdish official said.",
        "Civilians were driven out of Afrin by the fighting, the UN said.",
        # a place that changed hands, with nobody named
        "Saraqeb has changed hands several times since January, the Observatory said.",
        # held people, not places
        "Thousands of IS suspects are held in Hasakah, the SDF said.",
    ],
)
def test_no_control_claim_where_the_text_makes_none(corpus_gaz: geo.Gazetteer, text: str) -> None:
    assert _claims(corpus_gaz, text) == []


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Hayat Tahrir al-Sham", "HTS"),
        ("Tahrir al-Sham", "HTS"),
        ("HTS", "HTS"),
        ("HTC", "HTS"),
        ("jihadist group Hayat Tahrir al-Sham", "HTS"),
        ("the regime", "Syrian government"),
        ("pro-government militias", "Syrian government"),
        ("Turkish-backed rebels", "Turkey/SNA"),
        ("YPG", "SDF"),
        ("PKK/YPG terrorists", "SDF"),
        ("rebels", "rebels"),
        ("Hezbollah", "Hezbollah"),
        ("Iran-backed militias", "Iran"),
    ],
)
def test_party_aliases_of_the_conflict_actors(alias: str, canonical: str) -> None:
    hits = parties().find(f"On Monday {alias} said")
    assert [(h.canonical, h.surface) for h in hits] == [(canonical, alias)]


def test_ypg_led_is_the_sdf(corpus_gaz: geo.Gazetteer) -> None:
    text = "The YPG-led SDF remains in control of Manbij, the coalition said."
    assert _claims(corpus_gaz, text) == [("SDF", "Manbij", "holds", "full")]
