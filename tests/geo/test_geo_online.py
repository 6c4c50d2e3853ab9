"""OnlineGeocoder against a real HTTP server on 127.0.0.1 speaking Nominatim's JSON."""

from __future__ import annotations

import json
import time

import pytest
from werkzeug import Request, Response

import geo

TALL_TAMR = [
    {
        "place_id": 1234,
        "osm_type": "node",
        "osm_id": 270151030,
        "lat": "36.6561",
        "lon": "40.3711",
        "class": "place",
        "type": "town",
        "addresstype": "town",
        "name": "Tall Tamr",
        "display_name": "Tall Tamr, Al-Hasakah Governorate, Syria",
        "address": {
            "town": "Tall Tamr",
            "state": "Al-Hasakah Governorate",
            "country": "Syria",
            "country_code": "sy",
        },
        "boundingbox": ["36.6361", "36.6761", "40.3511", "40.3911"],
    }
]


def _online(httpserver, tmp_path, **kw):
    options = {
        "user_agent": "sitrep-tests/0.1 (tests@example.org)",
        "domain": f"127.0.0.1:{httpserver.port}",
        "scheme": "http",
        "cache_path": tmp_path / "answers.sqlite",
        "timeout": 5,
    }
    options.update(kw)
    return geo.OnlineGeocoder("nominatim", **options)


def test_nominatim_answer_with_province_and_cache(httpserver, tmp_path, gaz):
    httpserver.expect_request(
        "/search",
        query_string={
            "q": "Tell Tamer",
            "format": "json",
            "limit": "1",
            "addressdetails": "1",
            "countrycodes": "sy",
        },
    ).respond_with_json(TALL_TAMR)
    online = _online(httpserver, tmp_path, gazetteer=gaz)
    place = online.geocode("Tell Tamer", country="SY")
    assert place.name == "Tall Tamr"
    assert (place.lat, place.lon) == (36.6561, 40.3711)
    assert (place.admin1, place.admin1_pcode) == ("Al-Hasakeh", "SY08")  # OCHA polygon
    assert place.country == "SY"
    assert place.precision == "town"
    assert place.gazetteer_id == "nominatim:node/270151030"
    ((request, _),) = httpserver.log
    assert request.headers["User-Agent"] == "sitrep-tests/0.1 (tests@example.org)"
    # the same normalised query is never sent twice, even from a new object (persistent cache)
    assert online.geocode("tell tamer", country="sy") == place
    again = _online(httpserver, tmp_path, gazetteer=gaz)
    assert again.geocode("Tell Tâmer", country="SY") == place
    assert len(httpserver.log) == 1
    assert again.requests_sent == 0
    online.close()
    again.close()


def test_no_result_is_cached_and_falls_back_offline(httpserver, tmp_path, gaz):
    httpserver.expect_request("/search").respond_with_json([])
    online = _online(httpserver, tmp_path, gazetteer=gaz)
    place = online.geocode("Hassakeh", country="SY")
    assert place.gazetteer_id == "geonames:173811"  # the offline gazetteer's answer
    assert online.geocode("Hassakeh", country="SY") == place
    assert len(httpserver.log) == 1
    assert online.warnings == []
    nothing = _online(httpserver, tmp_path / "other")
    assert nothing.geocode("Nowhere-at-all") is None


def test_server_error_falls_back_with_a_warning(httpserver, tmp_path, gaz):
    httpserver.expect_request("/search").respond_with_data("boom", status=500)
    online = _online(httpserver, tmp_path, gazetteer=gaz)
    place = online.geocode("Qamishli", country="SY")
    assert place.gazetteer_id == "geonames:173377"
    assert len(online.warnings) == 1
    assert "Qamishli" in online.warnings[0] and "offline" in online.warnings[0]
    # a failure is not cached: the next call asks again
    online.geocode("Qamishli", country="SY")
    assert len(httpserver.log) == 2


def test_timeout_falls_back(httpserver, tmp_path, gaz):
    def slow(request: Request) -> Response:
        time.sleep(1.5)
        return Response(json.dumps(TALL_TAMR), content_type="application/json")

    httpserver.expect_request("/search").respond_with_handler(slow)
    online = _online(httpserver, tmp_path, gazetteer=gaz, timeout=0.3)
    place = online.geocode("Raqqa", country="SY")
    assert place.gazetteer_id == "geonames:172955"
    assert "timed out" in online.warnings[0].lower()
    time.sleep(2.0)  # let the server finish the slow answer before the next test uses it
    assert len(httpserver.log) == 1  # sent once: no retry


def test_unreachable_server_never_crashes(tmp_path, gaz):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    online = geo.OnlineGeocoder(
        user_agent="sitrep-tests/0.1",
        domain=f"127.0.0.1:{port}",
        scheme="http",
        cache_path=tmp_path / "a.sqlite",
        gazetteer=gaz,
        timeout=2,
    )
    assert online.geocode("Deir ez-Zor").admin1_pcode == "SY09"
    assert online.warnings


def test_nominatim_is_rate_limited_to_one_request_per_second(httpserver, tmp_path):
    stamps: list[float] = []

    def stamp(request: Request) -> Response:
        stamps.append(time.monotonic())
        return Response(json.dumps(TALL_TAMR), content_type="application/json")

    httpserver.expect_request("/search").respond_with_handler(stamp)
    online = _online(httpserver, tmp_path, min_delay_seconds=0.1, provinces=None)
    assert online.min_delay_seconds == 1.0
    online.geocode("First place")
    online.geocode("Second place")
    assert len(stamps) == 2
    assert stamps[1] - stamps[0] >= 0.95


def test_user_agent_is_required(tmp_path):
    with pytest.raises(ValueError, match="user_agent"):
        geo.OnlineGeocoder(user_agent=" ", cache_path=tmp_path / "a.sqlite")


def test_place_from_answer_is_pure():
    answer = {
        "lat": 36.5,
        "lon": 40.7,
        "address": "Al-Hasakah, Syria",
        "raw": {
            "osm_type": "relation",
            "osm_id": 7,
            "addresstype": "state",
            "address": {"country_code": "sy"},
        },
    }
    place = geo.place_from_answer(answer, "nominatim")
    assert place.precision == "admin1"
    assert place.name == "Al-Hasakah"
    assert place.country == "SY"
    assert place.gazetteer_id == "nominatim:relation/7"
    assert place.admin1 is None
