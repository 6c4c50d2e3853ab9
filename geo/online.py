"""Optional online geocoding through geopy, behind the same small interface as the gazetteer.

Nothing here runs unless a user builds an :class:`OnlineGeocoder`. Every answer (a "no result"
included) is stored in a persistent cache keyed on the normalised query, so a query is never
sent twice; Nominatim is never asked more than once a second; a network failure falls back to
the offline gazetteer with a warning and never raises.

A reply is untrusted input: it is read up to :data:`MAX_REPLY_BYTES` (a Nominatim answer
for one place is a few kilobytes), its shape and coordinates are checked, and only the few
fields :func:`place_from_answer` reads are kept and cached (:data:`RAW_FIELDS`). A reply
that is too large, not the expected JSON, or without usable coordinates is a warning and
an offline answer, and is not cached (the next run asks again).
"""

from __future__ import annotations

import functools
import logging
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo._response_cache import MISS, ResponseCache
from geo.boundaries import assign_admin1, load_admin1
from geo.errors import BoundaryDataUnavailable
from geo.gazetteer import Gazetteer, cache_dir
from geo.normalize import name_key
from geo.records import Place
from geo.typing import GeocoderLike, Precision

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["MAX_REPLY_BYTES", "OnlineGeocoder", "answer_from_reply", "place_from_answer"]

logger = logging.getLogger(__name__)

#: Largest reply read from the service; larger ones are refused (and never cached).
MAX_REPLY_BYTES = 1024 * 1024
#: The fields of a service's record kept in the cache (what :func:`place_from_answer` reads).
RAW_FIELDS = ("addresstype", "type", "class", "osm_type", "osm_id", "place_id", "id", "name")
#: Longest text kept for one field of a reply.
MAX_FIELD_CHARS = 300


class _BadReply(ValueError):
    """The service answered, but not with a usable place (shape, coordinates, size)."""


def _short(value: object) -> str | int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return str(value)[:MAX_FIELD_CHARS]


def answer_from_reply(lat: object, lon: object, address: object, raw: object) -> dict[str, Any]:
    """Return the cacheable answer for one reply, or raise ``ValueError`` when unusable.

    Coordinates must be numbers (or numeric text) within -90..90 / -180..180; of ``raw``
    only :data:`RAW_FIELDS` and the address's ``country_code`` are kept, each cut to
    :data:`MAX_FIELD_CHARS`, so a cached answer stays small whatever the service sent.
    """
    try:
        lat_f, lon_f = float(lat), float(lon)  # type: ignore[arg-type]
    except (TypeError, ValueError) as e:
        msg = f"coordinates {str(lat)[:40]!r}, {str(lon)[:40]!r} are not numbers"
        raise _BadReply(msg) from e
    if not (math.isfinite(lat_f) and math.isfinite(lon_f)) or abs(lat_f) > 90 or abs(lon_f) > 180:
        msg = f"coordinates {lat_f}, {lon_f} are not on Earth"
        raise _BadReply(msg)
    record = raw if isinstance(raw, dict) else {}
    kept: dict[str, Any] = {k: _short(record.get(k)) for k in RAW_FIELDS if k in record}
    addr = record.get("address")
    if isinstance(addr, dict) and isinstance(addr.get("country_code"), str):
        kept["address"] = {"country_code": addr["country_code"][:8]}
    return {"lat": lat_f, "lon": lon_f, "address": str(address or "")[:MAX_FIELD_CHARS],
            "raw": kept}  # fmt: skip


# Nominatim's addresstype/type -> how exact the point is
_PRECISION: dict[str, Precision] = {
    "country": "country",
    "state": "admin1",
    "province": "admin1",
    "region": "admin1",
    "county": "district",
    "district": "district",
    "state_district": "district",
    "municipality": "district",
    "city": "town",
    "town": "town",
    "village": "town",
    "hamlet": "town",
    "locality": "town",
    "isolated_dwelling": "town",
    "suburb": "neighbourhood",
    "neighbourhood": "neighbourhood",
    "quarter": "neighbourhood",
    "city_district": "neighbourhood",
    "borough": "neighbourhood",
}


def place_from_answer(answer: dict[str, Any], service: str) -> Place:
    """Turn a cached geocoder answer into a :class:`~geo.records.Place` (pure; no admin-1).

    Parameters
    ----------
    answer
        ``{"lat", "lon", "address", "raw"}`` as stored by :class:`OnlineGeocoder`; ``raw`` is
        the service's own record (Nominatim JSON for Nominatim).
    service
        geopy service name, used in ``gazetteer_id``.
    """
    raw = answer.get("raw") or {}
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    precision = _PRECISION.get(
        kind, "site" if raw.get("class") not in (None, "place", "boundary") else "town"
    )
    address = raw.get("address") or {}
    country = address.get("country_code")
    if raw.get("osm_type") and raw.get("osm_id"):
        ident = f"{raw['osm_type']}/{raw['osm_id']}"
    else:
        ident = str(raw.get("place_id") or raw.get("id") or f"{answer['lat']},{answer['lon']}")
    name = str(raw.get("name") or str(answer.get("address") or "").split(",")[0]).strip()
    return Place(
        name=name or str(answer.get("address")),
        lat=float(answer["lat"]),
        lon=float(answer["lon"]),
        country=country.upper() if isinstance(country, str) else None,
        admin1=None,
        admin1_pcode=None,
        precision=precision,
        gazetteer_id=f"{service}:{ident}",
        feature_code=None,
        population=0,
    )


def _no_retry_adapter() -> Any:
    """Return a geopy adapter factory: no re-sent request, replies read within a budget."""
    import functools

    from geopy.adapters import RequestsAdapter, URLLibAdapter

    if RequestsAdapter.is_available:
        return functools.partial(_bounded_adapter_class(), max_retries=0)
    return URLLibAdapter


@functools.cache
def _bounded_adapter_class() -> type:
    """Return geopy's RequestsAdapter made to read at most :data:`MAX_REPLY_BYTES`."""
    import json

    import requests
    from geopy.adapters import AdapterHTTPError, RequestsAdapter
    from geopy.exc import (
        GeocoderParseError,
        GeocoderServiceError,
        GeocoderTimedOut,
        GeocoderUnavailable,
    )

    class BoundedRequestsAdapter(RequestsAdapter):
        def get_json(self, url: str, *, timeout: float, headers: dict[str, str]) -> Any:
            body = self._bounded(url, timeout=timeout, headers=headers)
            try:
                return json.loads(body)
            except (ValueError, RecursionError) as e:
                msg = f"reply is not JSON ({type(e).__name__})"
                raise GeocoderParseError(msg) from e

        def get_text(self, url: str, *, timeout: float, headers: dict[str, str]) -> str:
            return self._bounded(url, timeout=timeout, headers=headers).decode("utf-8", "replace")

        def _bounded(self, url: str, *, timeout: float, headers: dict[str, str]) -> bytes:
            try:
                resp = self.session.get(url, timeout=timeout, headers=headers, stream=True)
            except requests.Timeout as e:
                raise GeocoderTimedOut("Service timed out") from e
            except requests.ConnectionError as e:
                raise GeocoderUnavailable(str(e)) from e
            except requests.RequestException as e:
                raise GeocoderServiceError(str(e)) from e
            with resp:
                chunks: list[bytes] = []
                size = 0
                try:
                    for chunk in resp.iter_content(64 * 1024):
                        size += len(chunk)
                        if size > MAX_REPLY_BYTES:
                            msg = f"reply is over the {MAX_REPLY_BYTES // 1024} kB limit; ignored"
                            raise GeocoderParseError(msg)
                        chunks.append(chunk)
                except requests.RequestException as e:
                    raise GeocoderServiceError(str(e)) from e
            body = b"".join(chunks)
            if resp.status_code >= 400:
                raise AdapterHTTPError(
                    f"Non-successful status code {resp.status_code}",
                    status_code=resp.status_code, headers=resp.headers,
                    text=body[:2000].decode("utf-8", "replace"),
                )  # fmt: skip
            return body

    return BoundedRequestsAdapter


class OnlineGeocoder:
    """Geocode names with an online service (Nominatim by default), cached and rate-limited.

    Parameters
    ----------
    service
        Any geopy service name (``"nominatim"``, ``"arcgis"``, ...), looked up with
        ``geopy.geocoders.get_geocoder_for_service``.
    user_agent
        Required: identifies the application to the service (Nominatim's usage policy).
    timeout
        Seconds to wait for one answer.
    cache_path
        sqlite file of answers; default ``cache_dir() / "online-<service>.sqlite"``.
    gazetteer
        Offline fallback (network failure, or no online answer); None: no fallback.
    provinces
        Admin-1 polygons for the answers' ``admin1``/``admin1_pcode``: ``"auto"`` (OCHA via
        :func:`geo.load_admin1`, skipped with a warning when unavailable), a GeoDataFrame, or
        None.
    min_delay_seconds
        Least delay between two requests; never below 1 s for Nominatim.
    geocoder
        A ready geopy geocoder to use instead of building one from ``service``.
    **service_options
        Passed to the geopy geocoder class (``domain``, ``scheme``, ``api_key``...).

    Examples
    --------
    >>> online = OnlineGeocoder(user_agent="sitrep/0.1 (you@example.org)")  # doctest: +SKIP
    >>> online.geocode("Tall Tamr", country="SY").admin1_pcode  # doctest: +SKIP
    'SY08'
    """

    def __init__(
        self,
        service: str = "nominatim",
        *,
        user_agent: str,
        timeout: float = 10.0,
        cache_path: str | Path | None = None,
        gazetteer: Gazetteer | None = None,
        provinces: gpd.GeoDataFrame | str | None = "auto",
        min_delay_seconds: float = 1.0,
        geocoder: GeocoderLike | None = None,
        **service_options: Any,
    ) -> None:
        if not user_agent or not user_agent.strip():
            msg = "user_agent must name your application, e.g. 'sitrep/0.1 (you@example.org)'"
            raise ValueError(msg)
        self.service = service.lower()
        self.user_agent = user_agent
        self.timeout = timeout
        self.gazetteer = gazetteer
        self.min_delay_seconds = (
            max(1.0, min_delay_seconds) if self.service == "nominatim" else min_delay_seconds
        )
        self._options = service_options
        self._geocoder = geocoder
        self._limited: Any = None
        self._provinces_arg = provinces
        self._provinces: gpd.GeoDataFrame | None = None
        self._provinces_loaded = False
        path = Path(cache_path) if cache_path else cache_dir() / f"online-{self.service}.sqlite"
        self.cache = ResponseCache(path)
        #: Problems met (network failures, missing boundaries), in order.
        self.warnings: list[str] = []
        #: Requests actually sent to the service by this object.
        self.requests_sent = 0

    # ------------------------------------------------------------------ public
    def geocode(self, name: str, *, country: str | None = None) -> Place | None:
        """Resolve one name online (once per normalised query), else offline.

        Parameters
        ----------
        name
            The place name.
        country
            ISO2 code restricting the search (Nominatim ``countrycodes``).

        Returns
        -------
        Place or None
            The online answer with its admin-1 unit, the offline gazetteer's answer when the
            service failed or found nothing, or None.
        """
        from geopy.exc import GeopyError

        key = self._key(name, country)
        answer = self.cache.get(key, MISS)
        if answer is not MISS and answer is not None:
            try:  # an answer cached by an older version is checked like a new reply
                answer = answer_from_reply(
                    answer["lat"], answer["lon"], answer.get("address"), answer.get("raw")
                )
            except (_BadReply, TypeError, KeyError, AttributeError):
                answer = MISS
        if answer is MISS:
            try:
                answer = self._ask(name, country)
            except (GeopyError, OSError, ValueError, TypeError, KeyError, IndexError,
                    AttributeError) as e:  # fmt: skip
                # network or service failure, or a reply of the wrong shape (geopy parses
                # it with plain indexing): the offline answer, and nothing cached
                msg = (
                    f"online geocoding of {name!r} with {self.service} failed "
                    f"({type(e).__name__}: {str(e)[:300]}); using the offline gazetteer"
                )
                logger.warning("%s", msg)
                self.warnings.append(msg)
                return self._offline(name, country)
            self.cache.put(key, answer)
        if answer is None:
            return self._offline(name, country)
        return self._with_admin1(place_from_answer(answer, self.service))

    def close(self) -> None:
        """Close the answer cache."""
        self.cache.close()

    # ------------------------------------------------------------------ internals
    def _key(self, name: str, country: str | None) -> str:
        return f"{self.service}|{(country or '').upper()}|{name_key(name)}"

    def _rate_limited(self) -> Any:
        if self._limited is None:
            from geopy.extra.rate_limiter import RateLimiter

            if self._geocoder is None:
                from geopy.geocoders import get_geocoder_for_service

                cls = get_geocoder_for_service(self.service)
                options = {"adapter_factory": _no_retry_adapter(), **self._options}
                self._geocoder = cls(user_agent=self.user_agent, timeout=self.timeout, **options)
            self._limited = RateLimiter(
                self._geocoder.geocode,
                min_delay_seconds=self.min_delay_seconds,
                max_retries=0,
                swallow_exceptions=False,
            )
        return self._limited

    def _ask(self, name: str, country: str | None) -> dict[str, Any] | None:
        kwargs: dict[str, Any] = {"exactly_one": True, "timeout": self.timeout}
        if self.service == "nominatim":
            kwargs["addressdetails"] = True
            if country:
                kwargs["country_codes"] = country.lower()
        geocode = self._rate_limited()
        self.requests_sent += 1
        location = geocode(name, **kwargs)
        if location is None:
            return None
        raw = getattr(location, "raw", None)
        lat, lon = location.latitude, location.longitude
        if self.service == "nominatim":  # geopy reads a missing "lat" as 0.0: check the reply
            lat, lon = (raw.get("lat"), raw.get("lon")) if isinstance(raw, dict) else (None, None)
        return answer_from_reply(lat, lon, getattr(location, "address", ""), raw)

    def _offline(self, name: str, country: str | None) -> Place | None:
        if self.gazetteer is None:
            return None
        found = self.gazetteer.lookup(name, country=country, limit=1)
        return found[0] if found else None

    def _with_admin1(self, place: Place) -> Place:
        provinces = self._load_provinces()
        if provinces is None:
            return place
        import dataclasses

        import geopandas as gpd
        from shapely.geometry import Point

        pts = gpd.GeoDataFrame(geometry=[Point(place.lon, place.lat)], crs="EPSG:4326")
        row = assign_admin1(pts, provinces).iloc[0]
        return dataclasses.replace(place, admin1=row["admin1"], admin1_pcode=row["admin1_pcode"])

    def _load_provinces(self) -> gpd.GeoDataFrame | None:
        if not self._provinces_loaded:
            self._provinces_loaded = True
            arg = self._provinces_arg
            if isinstance(arg, str) and arg == "auto":
                try:
                    self._provinces = load_admin1()
                except BoundaryDataUnavailable as e:
                    self.warnings.append(f"online answers get no province: {e}")
            elif arg is not None and not isinstance(arg, str):
                self._provinces = arg
        return self._provinces
