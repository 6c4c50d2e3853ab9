"""Places come from geo.geoparse only: corpus never guesses a name a second time."""

from __future__ import annotations

from tests.corpus.one_article import extract_text


def test_an_unknown_village_in_a_list_keeps_its_name_and_no_far_guess(corpus_gaz):
    ex = extract_text(
        "Turkish-backed factions captured the towns of Jindires, Qurbat Zelko and Rajo.",
        corpus_gaz,
    )
    claims = {c.place: c for c in ex.control_claims}
    assert "Qurbat Zelko" in claims
    assert claims["Qurbat Zelko"].place_ref is None  # not a look-alike in another province
    assert claims["Jindayris"].place_ref is not None


def test_a_person_geoparse_rejected_is_not_made_a_place_by_control(corpus_gaz):
    ex = extract_text(
        "Rebels seized the town of Saraqib on Monday, Murad, a local commander, said.",
        corpus_gaz,
    )
    assert all(m.surface != "Murad" for m in ex.places)
    assert all(c.place != "Murad" for c in ex.control_claims)
