"""Figures and their claimants in phrasings the patterns were not tuned on (second set).

Our own sentences, in the styles of wire reports, the Syrian Observatory, SDF statements,
SANA, the Turkish ministry, UN agencies and the White Helmets, written blind and checked
after. They pin the general rules of corpus/figures.py and corpus/attribution.py: a part
with no party is of its whole, "N others" are of the count before, an attacker named after
the victims is never their party, "N X were among the M Y killed", soldiers of the Syrian
government when it speaks, and the claimants "the monitor" and "the army".
"""

from __future__ import annotations

import pytest
from one_article import article, extract_text

from corpus import Extraction
from corpus._context import Context
from corpus.attribution import attribute

Fig = tuple[int, str, str | None, str]


def _read(text: str, language: str = "en") -> Extraction:
    return extract_text(text, outlet="Wire", language=language)


def _figures(text: str, language: str = "en") -> list[Fig]:
    return [(f.number, f.category, f.party, f.claimant) for f in _read(text, language).figures]


KRC, SOHR, GOV, UN = (
    "Kurdish Red Crescent",
    "SOHR",
    "Syrian government",
    "UN and human rights groups",
)
WH = "Syrian Civil Defence"
STC = "Save the Children"  # a named charity keeps its own name


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a part whose noun names no party is of its whole
        ("Five civilians, including two women, were killed by Turkish shelling on the outskirts "
         "of Tal Tamr, the Kurdish Red Crescent said.",
         [(5, "killed", "civilians", KRC), (2, "killed", "civilians", KRC)]),
        ("Eight civilians, among them three women and an elderly man, died in a Russian air "
         "strike on Maaret al-Numan, the White Helmets said.",
         [(8, "killed", "civilians", WH), (3, "killed", "civilians", WH)]),
        ("SOHR documented the deaths of 15 civilians, including three women and five children, "
         "in the shelling.",
         [(15, "killed", "civilians", SOHR), (3, "killed", "civilians", SOHR),
          (5, "killed", "children", SOHR)]),
        ("The death toll from the Turkish bombardment has risen to 21 civilians, among them four "
         "women, the Observatory said.",
         [(21, "killed", "civilians", SOHR), (4, "killed", "civilians", SOHR)]),
        # a part that names its own party keeps it; a whole with none gives none
        ("Eleven people were killed, including eight fighters from the SDF, the Observatory said.",
         [(11, "killed", None, SOHR), (8, "killed", "SDF", SOHR)]),
        ("Eight people were wounded in Turkish drone strikes on Qamishli, including three women, "
         "the Asayish said.",
         [(8, "injured", None, "Asayish"), (3, "injured", "civilians", "Asayish")]),
        # "N others" / "N more" are of the count before, not of the attacker after them
        ("Four members of the SDF were killed and seven others wounded in an IS ambush near "
         "Hajin, the Observatory reported.",
         [(4, "killed", "SDF", SOHR), (7, "injured", "SDF", SOHR)]),
        ("Nine pro-government fighters were killed and 12 more wounded in an IS attack in the "
         "Badia desert, the Britain-based monitor said.",
         [(9, "killed", GOV, SOHR), (12, "injured", GOV, SOHR)]),
        # the attacker is never the victims' party
        ("Seven people were killed in a Turkish drone strike near Kobane, the SDF said in a "
         "statement.", [(7, "killed", None, "SDF")]),
        ("Twelve people were killed by Turkish shelling on Tal Rifaat, the Kurdish Red Crescent "
         "said.", [(12, "killed", None, KRC)]),
        # "N X were among the M Y killed": M, then N as its part
        ("Three children were among the 12 people killed in the bombardment of Idlib, Save the "
         "Children said.", [(12, "killed", None, STC), (3, "killed", "children", STC)]),
        ("Two women were among the nine civilians killed in the strike, the Observatory said.",
         [(9, "killed", "civilians", SOHR), (2, "killed", "civilians", SOHR)]),
        ("Two children were among the seven people killed in Russian air strikes on a village in "
         "Idlib province, the White Helmets said.",
         [(7, "killed", None, WH), (2, "killed", "children", WH)]),
        ("Five soldiers were among the 14 people wounded in the blast, the army said in a "
         "statement.", [(14, "injured", None, GOV), (5, "injured", GOV, GOV)]),
        # soldiers with no nationality: the Syrian government's when it speaks, else nobody's
        ("Syrian state media said 17 soldiers had died in an IS attack on a bus near Palmyra.",
         [(17, "killed", GOV, GOV)]),
        ("At least 20 soldiers were killed in an ambush by IS jihadists in the desert, SANA "
         "reported.", [(20, "killed", GOV, "SANA (Syrian state news agency)")]),
        ("Syria's defence ministry said 16 soldiers were wounded in a terrorist attack on a "
         "military bus in Damascus.", [(16, "injured", GOV, GOV)]),
        ("Twenty-six soldiers were killed in an attack by IS jihadists on an army convoy, the "
         "Observatory said.", [(26, "killed", GOV, SOHR)]),
        ("At least 30 IS fighters and 11 soldiers were killed in the clashes, the monitor said.",
         [(30, "killed", "IS", SOHR), (11, "killed", GOV, SOHR)]),
        # "one" after a preposition is no count of its own
        ("Seven people from one family were killed in an air strike on Sarmada, the White "
         "Helmets said.", [(7, "killed", None, WH)]),
        ("Six members of one family, among them an elderly woman, were killed in shelling on "
         "Atareb, rescuers said.", [(6, "killed", None, "rescuers")]),
        ("Gunmen killed one and wounded two others in Daraa, the Observatory said.",
         [(1, "killed", None, SOHR), (2, "injured", None, SOHR)]),
        # the army and the defence ministry with no country; the monitor with no name
        ("The defence ministry said three soldiers were wounded in a rebel attack on an army "
         "post in Hama.", [(3, "injured", GOV, GOV)]),
        ("According to the army, 14 soldiers were killed when terrorists attacked a checkpoint.",
         [(14, "killed", GOV, GOV)]),
        ("A statement from the army said 25 terrorists were killed near Idlib.",
         [(25, "killed", "IS", GOV)]),
        ("The Turkish army shelled Tal Rifaat on Monday. The army said it had killed 14 YPG "
         "militants.", [(14, "killed", "SDF", "Turkish army")]),
        ("The Israeli army said it struck Syrian army targets. The army said two soldiers were "
         "wounded.", [(2, "injured", None, "Wire")]),
        ("Residents said the army had arrested 20 young men in Daraa.",
         [(20, "detained", None, "residents")]),
        ("Rebels killed 11 soldiers and wounded 20 others in an attack in southern Idlib, the "
         "monitor said.", [(11, "killed", GOV, SOHR), (20, "injured", GOV, SOHR)]),
        ("The SNHR said at least 70 civilians were killed in January. According to the monitor, "
         "15 of them were killed by Russian forces.",
         [(70, "killed", "civilians", "Syrian Network for Human Rights"),
          (15, "killed", None, "Syrian Network for Human Rights")]),
        ("The SDF said four of its fighters were killed. The monitor said 23 soldiers were "
         "killed in the ambush near Sukhnah.",
         [(4, "killed", "SDF", "SDF"), (23, "killed", GOV, SOHR)]),
        ("Turkish drone strikes killed three SDF fighters and two civilians near Qamishli on "
         "Sunday, the Kurdish-led force said.",
         [(3, "killed", "SDF", "SDF"), (2, "killed", "civilians", "SDF")]),
        ("The Turkish defence ministry said 31 PKK/YPG terrorists had been neutralised in "
         "northern Syria.", [(31, "killed", "SDF", "Turkish Ministry of National Defence")]),
    ],
)  # fmt: skip
def test_figures_and_claimants(text: str, want: list[Fig]) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Cinq civils, dont deux femmes, ont été tués par des tirs turcs près de Tal Tamr, selon "
         "le Croissant-Rouge kurde.",
         [(5, "killed", "civilians", KRC), (2, "killed", "civilians", KRC)]),
        ("Quatre membres des FDS ont été tués et sept autres blessés dans une embuscade de l'EI, "
         "a indiqué l'OSDH.",
         [(4, "killed", "SDF", SOHR), (7, "injured", "SDF", SOHR)]),
    ],
)  # fmt: skip
def test_figures_and_claimants_in_french(text: str, want: list[Fig]) -> None:
    assert _figures(text, "fr") == want


def test_a_part_among_a_total_points_to_it() -> None:
    figs = _read("Three children were among the 12 people killed in the bombardment.").figures
    assert [(f.number, f.part_of) for f in figs] == [(12, None), (3, 0)]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Government forces are in full control of Aleppo city, the army said in a statement.",
         GOV),
        ("Saraqeb changed hands several times in February as government troops and rebels "
         "fought over the town, the monitor said.", SOHR),
        ("The Syrian Network for Human Rights said the strikes hit a school. Government forces "
         "control Khan Sheikhun, the monitor said.", "Syrian Network for Human Rights"),
        ("Government forces control Khan Sheikhun, said the army.", GOV),
        ("Turkish forces hold Ras al-Ain, the Turkish army said.", "Turkish army"),
        ("Residents said the army had shelled the village for three days.", "residents"),
        ("The Israeli army struck targets near Quneitra. The army said the strikes hit Iranian "
         "positions.", "Wire"),
        ("Russia's defence ministry said its jets hit IS positions. The ministry of defence "
         "later said the strikes had killed dozens.", "Russian Ministry of Defence"),
    ],
)  # fmt: skip
def test_claimant_of_the_last_sentence(text: str, claimant: str) -> None:
    ctx = Context(article(text, outlet="Wire"), None, [])
    assert attribute(ctx)[-1].claimant == claimant
