"""How conflict datasets write a location: "Town - Quarter", "X (Province)", "X district"."""

from __future__ import annotations

import json

import pytest

from geo import cli


@pytest.mark.parametrize(
    ("query", "pcode", "name"),
    [
        ("Aleppo - Sheikh Maqsoud", "SY02", "Sheikh Maqsoud"),
        ("Aleppo – Hanano", "SY02", "Hanano"),
        ("Deir ez Zor - Hawiqa", "SY09", "Huweiqa"),
        ("Tishreen (Deir ez Zor)", "SY09", "Tishrin"),
        ("Manbij district", "SY02", "Manbij"),
        ("Jarablus area", "SY02", "Jar"),
        ("Kobani countryside", "SY02", "Arab"),
        ("Sheikh Maqsoud neighbourhood", "SY02", "Sheikh Maqsoud"),
    ],
)
def test_dataset_location_forms_find_the_place(gaz, query, pcode, name):
    place = gaz.lookup(query, country="SY", limit=1)[0]
    assert place.admin1_pcode == pcode
    assert name in place.name


def test_an_unknown_quarter_of_a_known_town_is_the_town(gaz):
    place = gaz.lookup("Raqqa - Qwzxyq", country="SY", limit=1)[0]
    assert place.admin1_pcode == "SY11"
    assert place.precision in ("town", "admin1")


def test_a_bracketed_province_without_that_place_gives_nothing(gaz):
    """No Tishrin in Quneitra: not the Tishrin of another governorate either."""
    assert gaz.lookup("Tishreen (Quneitra)", country="SY") == []


def test_a_bracket_that_is_no_place_leaves_the_name(gaz):
    place = gaz.lookup("Manbij (reported)", country="SY", limit=1)[0]
    assert "Manbij" in place.name


def test_geocode_command_answers_within_the_named_governorate(capsys):
    names = ["Sabhah, Deir ez-Zor", "Tishreen (Deir ez Zor)", "Aleppo - Sheikh Maqsoud"]
    assert cli.main(["geocode", "--country", "SY", *names]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["admin1_pcode"] for r in rows] == ["SY09", "SY09", "SY02"]
