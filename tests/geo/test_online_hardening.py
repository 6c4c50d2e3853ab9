"""OnlineGeocoder against hostile replies (issue 16 item 11), from a real server on 127.0.0.1.

A reply of the wrong shape, with coordinates that are not numbers, or far too large is a
warning and the offline answer: never an exception, and never cached whole.
"""

from __future__ import annotations

import copy
import json
import sqlite3

import pytest

import geo
from geo.online import MAX_REPLY_BYTES

PLACE = {
    "place_id": 77, "osm_type": "node", "osm_id": 99, "lat": "35.95", "lon": "39.01",
    "class": "place", "type": "city", "addresstype": "city", "name": "Raqqa",
    "display_name": "Raqqa, Syria", "address": {"city": "Raqqa", "country_code": "sy"},
}  # fmt: skip


def _online(httpserver, tmp_path, **kw):
    return geo.OnlineGeocoder(
        "nominatim", user_agent="sitrep-tests/0.1 (tests@example.org)",
        domain=f"127.0.0.1:{httpserver.port}", scheme="http",
        cache_path=tmp_path / "answers.sqlite", timeout=5, provinces=None, **kw,
    )  # fmt: skip


def _cached(tmp_path) -> list[str]:
    with sqlite3.connect(tmp_path / "answers.sqlite") as db:
        return [row[0] for row in db.execute("SELECT answer FROM answers")]


@pytest.mark.parametrize(
    "reply",
    [
        {"lat": "35.9", "lon": "39.0"},  # an object, not a list
        ["Raqqa"],  # a list of text
        [{"lat": "north", "lon": "39.0", "display_name": "Raqqa"}],  # not a number
        [{"lat": "95", "lon": "39.0", "display_name": "Raqqa"}],  # not on Earth
        [{"display_name": "Raqqa"}],  # no coordinates at all
        [{"lat": None, "lon": [1], "display_name": "Raqqa"}],
        "just text",
    ],
)
def test_item11_wrong_shapes_fall_back_offline_and_are_not_cached(
    httpserver, tmp_path, gaz, reply
) -> None:
    httpserver.expect_request("/search").respond_with_json(reply)
    online = _online(httpserver, tmp_path, gazetteer=gaz)
    place = online.geocode("Raqqa", country="SY")
    assert place is not None and place.gazetteer_id.startswith("geonames")  # offline answer
    assert len(online.warnings) == 1 and "Raqqa" in online.warnings[0]
    assert _cached(tmp_path) == []
    online.close()


def test_item11_a_huge_reply_is_refused_unread(httpserver, tmp_path, gaz) -> None:
    big = copy.deepcopy(PLACE)
    big["extratags"] = {"note": "x" * (5 * MAX_REPLY_BYTES)}
    httpserver.expect_request("/search").respond_with_json([big])
    online = _online(httpserver, tmp_path, gazetteer=gaz)
    place = online.geocode("Raqqa", country="SY")
    assert place is not None and place.gazetteer_id.startswith("geonames")
    assert "limit" in online.warnings[0]
    assert _cached(tmp_path) == []
    online.close()


def test_item11_only_the_fields_used_are_cached(httpserver, tmp_path) -> None:
    padded = copy.deepcopy(PLACE)
    padded["extratags"] = {"note": "y" * (MAX_REPLY_BYTES // 4)}  # under the reply limit
    padded["name"] = "Raqqa" + "z" * 10_000
    httpserver.expect_request("/search").respond_with_json([padded])
    online = _online(httpserver, tmp_path)
    place = online.geocode("Raqqa", country="SY")
    assert place is not None and (place.lat, place.lon) == (35.95, 39.01)
    assert place.country == "SY" and place.gazetteer_id == "nominatim:node/99"
    (stored,) = _cached(tmp_path)
    assert len(stored) < 2000
    assert "extratags" not in json.loads(stored)["raw"]
    online.close()
