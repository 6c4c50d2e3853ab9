"""Boundary files: a verified download registry, readers, and the admin-1 spatial join.

Files come through a :mod:`pooch` registry (pinned URLs and sha256, as listed in
``../shared/geodata/README.md``) into :func:`data_dir`. Nothing is read or
downloaded at import time; geopandas itself is imported only when a reader runs.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import BoundaryDataUnavailable, UnknownDataFile

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd
    import pooch as pooch_t

__all__ = [
    "ATTRIBUTION",
    "DATA_ENV",
    "GOLAN_POLICY",
    "REGISTRY",
    "URLS",
    "assign_admin1",
    "data_dir",
    "fetch",
    "load_admin1",
    "load_countries",
]

logger = logging.getLogger(__name__)

#: Environment variable naming the folder boundary files are cached in.
DATA_ENV = "SITREP_DATA_DIR"

OCHA_ADMIN1 = "syr_admbnda_adm1_uncs_unocha.json"
NE_COUNTRIES = "ne_50m_admin_0_countries.zip"
NE_ADMIN1 = "ne_10m_admin_1_states_provinces.zip"

#: File name -> sha256 (exactly as in ../shared/geodata/README.md).
REGISTRY: dict[str, str] = {
    OCHA_ADMIN1: "sha256:751109a724d639c44102dab01e493dfe333791d2aa331c67127b3ff62aaf6799",
    NE_COUNTRIES: "sha256:4919f1d35d4526b08f07cd3b8d7351d25328e063b180ca5036f6d1b3ed2ac3e3",
    NE_ADMIN1: "sha256:efc59726337323058f9446210adc96673179cd344e053666ee3d28cb58ba2b05",
}

#: File name -> pinned URL serving exactly those bytes.
URLS: dict[str, str] = {
    OCHA_ADMIN1: (
        "https://raw.githubusercontent.com/yongjoonp/syrian_war_turkey_airquality/"
        "b7fe371623b5f032b08a65c76f03d46cdee6aa8f/data/syr_adm_unocha/"
        "syr_admbnda_adm1_uncs_unocha.json"
    ),
    NE_COUNTRIES: (
        "https://raw.githubusercontent.com/geree24/lego_world-map_maker/"
        "36b9d0065427d20e692a60b6c38f4c94b860621d/ne_50m_admin_0_countries.zip"
    ),
    NE_ADMIN1: (
        "https://naciscdn.org/naturalearth/5.1.1/10m/cultural/ne_10m_admin_1_states_provinces.zip"
    ),
}

#: Source -> credit line. The OCHA line must appear on every map that shows provinces.
ATTRIBUTION: dict[str, str] = {
    "ocha": (
        "Administrative boundaries: UN Cartographic Section and UN OCHA (COD-AB Syria, "
        "2020-12-17), via HDX, licensed CC BY 3.0 IGO. The boundaries and names shown and the "
        "designations used do not imply official endorsement or acceptance by the United Nations."
    ),
    "naturalearth": "Made with Natural Earth (public domain).",
    "geonames": "Place names: GeoNames (geonames.org), CC BY 4.0.",
    "whosonfirst": "Place names: Who's On First (CC0) and GeoNames (CC BY 4.0).",
    "overlay": "Sites: Sitrep overlay (sources noted per row in geo/data/overlay.csv).",
    "nominatim": "Geocoding: Data © OpenStreetMap contributors, ODbL 1.0 (Nominatim).",
}

#: How the map treats the Golan Heights (stated on every map).
GOLAN_POLICY = (
    "Golan Heights: governorates follow the UN/OCHA position (the occupied Golan is part of "
    "Quneitra, Syria), while the Natural Earth country outlines show the de facto line, "
    "so a point there is assigned to Quneitra."
)

_CRS = "EPSG:4326"
_TIMEOUT_S = 30  # seconds without an answer before a download is given up


def data_dir() -> Path:
    """Return the folder boundary files are cached in.

    Returns
    -------
    Path
        ``$SITREP_DATA_DIR`` when set, else the OS cache folder ``pooch.os_cache("sitrep")``.
        The folder is not created here.
    """
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env).expanduser()
    import pooch

    return Path(pooch.os_cache("sitrep"))


def _registry() -> pooch_t.Pooch:
    import pooch

    return pooch.create(
        path=data_dir(),
        base_url="",
        registry=dict(REGISTRY),
        urls=dict(URLS),
    )


def fetch(name: str) -> Path:
    """Return the local path of a registered boundary file, downloading it if needed.

    A cached copy whose sha256 matches is used without touching the network.

    Parameters
    ----------
    name
        A registry file name, e.g. ``"syr_admbnda_adm1_uncs_unocha.json"``.

    Returns
    -------
    Path
        The verified file in :func:`data_dir`.

    Raises
    ------
    UnknownDataFile
        ``name`` is not in :data:`REGISTRY`.
    BoundaryDataUnavailable
        The file is not cached and cannot be downloaded (offline, or the hash did not match).
    """
    if name not in REGISTRY:
        msg = f"unknown data file {name!r}; expected one of {sorted(REGISTRY)}"
        raise UnknownDataFile(msg)
    folder = data_dir().resolve()
    import pooch

    try:
        return Path(_registry().fetch(name, downloader=pooch.HTTPDownloader(timeout=_TIMEOUT_S)))
    except Exception as e:  # requests/OSError/ValueError(hash) all mean "not available"
        msg = (
            f"boundary file {name} is not available: it is not in {folder} and downloading "
            f"{URLS[name]} failed ({type(e).__name__}: {e}). Download it from that URL into "
            f"{folder} (or set {DATA_ENV} to a folder that has it)."
        )
        raise BoundaryDataUnavailable(msg) from e


# Candidate attribute names, most specific first (OCHA 2020, OCHA v02, geoBoundaries, NE).
_NAME_FIELDS = ("ADM1_EN", "adm1_name", "shapeName", "name_en", "name", "NAME_1", "NAME")
_PCODE_FIELDS = ("ADM1_PCODE", "adm1_pcode", "ADM1_CODE")
_COUNTRY_FIELDS = ("ADM0_PCODE", "adm0_pcode", "iso_a2", "ISO_A2", "ISO")


def _pick(
    columns: list[str], wanted: str | None, candidates: tuple[str, ...], what: str, path: Path
) -> str | None:
    if wanted is not None:
        if wanted not in columns:
            msg = f"{path}: no field {wanted!r} for the {what}; the file has {columns}"
            raise ValueError(msg)
        return wanted
    return next((c for c in candidates if c in columns), None)


def load_admin1(
    path: str | Path | None = None,
    *,
    name_field: str | None = None,
    pcode_field: str | None = None,
) -> gpd.GeoDataFrame:
    """Read first-level administrative units (governorates, provinces).

    Parameters
    ----------
    path
        Any file GDAL reads (GeoJSON, GeoPackage, shapefile, zip). None: the OCHA COD-AB
        Syria admin-1 file through :func:`fetch`.
    name_field
        Attribute holding the unit's name; guessed (``ADM1_EN``, ``shapeName``, ``name``...)
        when None.
    pcode_field
        Attribute holding a P-code; guessed (``ADM1_PCODE``...) when None. A file without
        one gets ``admin1_pcode`` = None.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``admin1``, ``admin1_pcode``, ``country`` (ISO2 or None), ``geometry``,
        in EPSG:4326.

    Raises
    ------
    BoundaryDataUnavailable
        The default file is neither cached nor downloadable, or ``path`` does not exist.
    ValueError
        No name field can be found, or a named field is missing.
    """
    import geopandas as gpd

    if path is None:
        src = fetch(OCHA_ADMIN1)
    else:
        src = Path(path)
        if not src.exists():
            msg = f"admin-1 boundary file {src} does not exist"
            raise BoundaryDataUnavailable(msg)
    gdf = gpd.read_file(src)
    cols = [c for c in gdf.columns if c != "geometry"]
    name_col = _pick(cols, name_field, _NAME_FIELDS, "unit name", src)
    if name_col is None:
        msg = f"{src}: cannot tell which field holds the unit name; pass name_field (one of {cols})"
        raise ValueError(msg)
    pcode_col = _pick(cols, pcode_field, _PCODE_FIELDS, "P-code", src)
    country_col = _pick(cols, None, _COUNTRY_FIELDS, "country", src)
    out = gpd.GeoDataFrame(
        {
            "admin1": gdf[name_col].astype(str),
            "admin1_pcode": gdf[pcode_col].astype(str) if pcode_col else None,
            "country": (
                gdf[country_col].astype(str).str[:2]
                if country_col
                else (gdf[pcode_col].astype(str).str[:2] if pcode_col else None)
            ),
        },
        geometry=gdf.geometry.values,
        crs=gdf.crs or _CRS,
    )
    if out.crs is not None and not out.crs.equals(_CRS):
        out = out.to_crs(_CRS)
    out["geometry"] = out.geometry.make_valid()
    return out


def load_countries() -> gpd.GeoDataFrame:
    """Read Natural Earth 1:50m admin-0 countries (the map's base layer).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``name``, ``iso_a2``, ``iso_a3``, ``geometry`` in EPSG:4326. ``iso_a2``
        uses Natural Earth's ``ISO_A2_EH`` where ``ISO_A2`` is ``-99`` (France, Norway...).

    Raises
    ------
    BoundaryDataUnavailable
        The file is neither cached nor downloadable.
    """
    import geopandas as gpd

    raw = gpd.read_file(fetch(NE_COUNTRIES))
    iso2 = raw["ISO_A2"].where(raw["ISO_A2"] != "-99", raw.get("ISO_A2_EH", raw["ISO_A2"]))
    iso3 = raw["ISO_A3"].where(raw["ISO_A3"] != "-99", raw.get("ISO_A3_EH", raw["ISO_A3"]))
    out = gpd.GeoDataFrame(
        {"name": raw["NAME"], "iso_a2": iso2, "iso_a3": iso3},
        geometry=raw.geometry.values,
        crs=raw.crs or _CRS,
    )
    return out.to_crs(_CRS)


def assign_admin1(
    points: gpd.GeoDataFrame,
    provinces: gpd.GeoDataFrame,
    *,
    max_distance_m: float = 5000,
) -> gpd.GeoDataFrame:
    """Give each point the admin-1 unit it lies in (or the nearest one within a cap).

    Points inside a polygon take it (``sjoin``, predicate ``within``); a point just outside
    every polygon (coast, river, border sliver) takes the nearest one within
    ``max_distance_m`` (``sjoin_nearest`` in a local UTM projection); others get None.

    Parameters
    ----------
    points
        Point geometries (any CRS).
    provinces
        Output of :func:`load_admin1` (columns ``admin1``, ``admin1_pcode``).
    max_distance_m
        Largest distance, in metres, at which a point outside every polygon is still
        assigned to the nearest one.

    Returns
    -------
    geopandas.GeoDataFrame
        A copy of ``points`` (same index and order) with ``admin1`` and ``admin1_pcode``.
    """
    import geopandas as gpd

    missing = {"admin1", "admin1_pcode", "geometry"} - set(provinces.columns)
    if missing:
        msg = f"provinces lacks columns {sorted(missing)}: pass the output of geo.load_admin1()"
        raise ValueError(msg)
    if points.crs is None:
        msg = "points has no CRS; set it (e.g. points.set_crs('EPSG:4326'))"
        raise ValueError(msg)
    out = points.drop(columns=["admin1", "admin1_pcode"], errors="ignore").copy()
    if out.empty:
        out["admin1"] = _object_column([], out.index)
        out["admin1_pcode"] = _object_column([], out.index)
        return out
    polys = provinces[["admin1", "admin1_pcode", "geometry"]].to_crs(out.crs)
    pts = gpd.GeoDataFrame(geometry=out.geometry.values, index=range(len(out)), crs=out.crs)
    inside = gpd.sjoin(pts, polys, how="left", predicate="within")
    inside = inside[~inside.index.duplicated(keep="first")]
    admin1 = inside["admin1"].reindex(pts.index)
    pcode = inside["admin1_pcode"].reindex(pts.index)
    lost = admin1.isna() & pts.geometry.notna() & ~pts.geometry.is_empty
    if lost.any() and max_distance_m > 0:
        utm = pts[lost].estimate_utm_crs()
        near = gpd.sjoin_nearest(
            pts[lost].to_crs(utm),
            polys.to_crs(utm),
            how="left",
            max_distance=max_distance_m,
            distance_col="_dist_m",
        )
        near = near[~near.index.duplicated(keep="first")]
        admin1.loc[near.index] = near["admin1"]
        pcode.loc[near.index] = near["admin1_pcode"]
    out["admin1"] = _object_column(admin1.tolist(), out.index)
    out["admin1_pcode"] = _object_column(pcode.tolist(), out.index)
    return out


def _object_column(values: list[object], index: pd.Index) -> pd.Series:
    """Return an object column of strings with None for missing (pandas 3 would infer NaN)."""
    import pandas as pd

    return pd.Series([v if isinstance(v, str) else None for v in values], index=index, dtype=object)
