"""Records shared by every package: places and the mentions of places in text.

These are defined once here and imported everywhere else (``corpus`` re-exports
:class:`Mention`). They are frozen so that a record, once made, can be cached,
hashed and passed between threads without anyone changing it under our feet.
"""

from __future__ import annotations

from dataclasses import dataclass

from geo.typing import Precision

__all__ = ["PRECISION_ORDER", "Mention", "Place"]

#: Precision levels from the most exact to the vaguest (in the spirit of UCDP's
#: ``where_prec``). A lower index is more precise.
PRECISION_ORDER: tuple[Precision, ...] = (
    "site",
    "neighbourhood",
    "town",
    "district",
    "admin1",
    "country",
)


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: a point, what it is, and the province it lies in.

    Parameters
    ----------
    name
        Canonical name of the place (English, as the gazetteer spells it).
    lat, lon
        WGS84 latitude and longitude in degrees.
    country
        ISO 3166-1 alpha-2 code (``"SY"``), or None when unknown.
    admin1
        Name of the first-level unit (governorate / province) the point lies in,
        as the boundary file spells it (OCHA: ``"Al-Hasakeh"``), or None.
    admin1_pcode
        P-code of that unit where the boundaries have one (``"SY08"``), else None.
    precision
        How exact the point is: site, neighbourhood, town, district, admin1, country.
    gazetteer_id
        Where the record came from, as ``source:id`` (``"geonames:173811"``,
        ``"wof:1327435755"``, ``"overlay:ghwayran-prison"``, ``"admin1:SY08"``,
        ``"nominatim:relation/123"``).
    feature_code
        GeoNames feature code (``"PPLA"``, ``"ADM1"``, ``"PRN"`` ...) when known.
    population
        Population from the gazetteer (0 when unknown); used as a prior.
    """

    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    admin1_pcode: str | None
    precision: Precision
    gazetteer_id: str
    feature_code: str | None = None
    population: int = 0


@dataclass(frozen=True, slots=True)
class Mention:
    """One place name as it appears in a text, and what it was resolved to.

    Parameters
    ----------
    surface
        The text exactly as written (``"Hassaké"``).
    start, end
        Character offsets of ``surface`` in the text (``text[start:end] == surface``).
    place
        The resolved place, or None when the name could not be resolved.
    precision
        Precision the *text* gives the mention (``"the province of X"`` ->
        ``"admin1"``, ``"X prison"`` -> ``"site"``); None when unresolved.
    metonymy
        True when the name stands for a government or organisation rather than
        a location (``"Washington urges"``, ``"Damascus does not recognize"``).
        Metonymic mentions are kept for the record but never mapped.
    """

    surface: str
    start: int
    end: int
    place: Place | None
    precision: Precision | None
    metonymy: bool = False
