"""A close-spelling guess at an unknown name must agree with the article's other places."""

from __future__ import annotations

import geo


def _places(text: str, gaz: geo.Gazetteer) -> dict[str, tuple[str, str | None]]:
    return {m.surface: (m.place.name, m.place.admin1) for m in geo.geoparse(text, gaz) if m.place}


def test_an_unknown_name_between_two_afrin_villages_is_no_village_in_raqqa(gaz):
    got = _places("Turkish-backed factions captured Jindires, Qurbat Zelko and Rajo.", gaz)
    assert got["Jindires"][1] == "Aleppo" and got["Rajo"][1] == "Aleppo"
    assert "Qurbat Zelko" not in got


def test_a_misspelt_town_near_the_articles_other_places_is_still_found(gaz):
    got = _places("Government forces shelled Khan Sheihkoun and Maarat al-Numan on Monday.", gaz)
    assert got["Khan Sheihkoun"] == ("Khān Shaykhūn", "Idleb")
