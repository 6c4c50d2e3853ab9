"""The ``python -m geo`` command line (a contract used by scripts outside the project).

``python -m geo fetch [NAME...]``
    Download and verify the boundary files (all registered files by default) into
    ``$SITREP_DATA_DIR``; prints one ``name<TAB>path`` line per file.
``python -m geo geocode [--country SY] NAME [NAME ...]``
    One JSON object per NAME per line with keys ``query``, ``name``, ``lat``, ``lon``,
    ``admin1``, ``admin1_pcode``, ``country``, ``precision``, ``gazetteer_id``; an
    unresolved name gets ``"name": null`` and the run still exits 0. Without ``--country``,
    an answer outside Syria and its neighbours that ``--country SY`` would not give (a
    look-alike spelling, a village abroad) gets a warning on stderr.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any

from geo._sources import REGION
from geo.boundaries import NE_COUNTRIES, OCHA_ADMIN1, REGISTRY, fetch, load_admin1
from geo.errors import GeoError
from geo.gazetteer import Candidate, Gazetteer, distance_km
from geo.records import Place

__all__ = ["far_answer_warning", "geocode_record", "main"]

logger = logging.getLogger("geo")

#: What ``python -m geo fetch`` gets without arguments: what the map needs.
DEFAULT_FILES = (OCHA_ADMIN1, NE_COUNTRIES)


def geocode_record(query: str, place: Place | None) -> dict[str, Any]:
    """Return the JSON-native record the ``geocode`` command prints for one query."""
    if place is None:
        keys = (
            "name",
            "lat",
            "lon",
            "admin1",
            "admin1_pcode",
            "country",
            "precision",
            "gazetteer_id",
        )
        return {"query": query, **dict.fromkeys(keys)}
    return {
        "query": query,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "admin1": place.admin1,
        "admin1_pcode": place.admin1_pcode,
        "country": place.country,
        "precision": place.precision,
        "gazetteer_id": place.gazetteer_id,
    }


def far_answer_warning(query: str, found: Candidate, gaz: Gazetteer) -> str | None:
    """Return a warning when an answer found without ``--country`` is far from the region.

    Sitrep reads news about Syria. An answer outside Syria and its neighbours is kept
    quietly only when it is an exact name that ``--country SY`` would give too
    (``"Washington"``, ``"Geneva"``); otherwise the warning names the place, its distance
    from Syria and what ``--country SY`` gives (``"Shabhar"`` -> Savar, Bangladesh, a
    look-alike; ``"Al Marj"`` -> Al Marj, Libya).
    """
    place = found.place
    if place.country is None or place.country in REGION:
        return None
    in_syria = gaz.lookup(query, country="SY", limit=1)
    if found.tier == 1 and in_syria and in_syria[0] == place:
        return None
    syria = next((p for p in gaz.lookup("Syria", limit=3) if p.precision == "country"), None)
    far = ""
    if syria is not None:
        far = f", {distance_km(syria.lat, syria.lon, place.lat, place.lon):,.0f} km from Syria"
    how = ", a look-alike spelling" if found.tier > 1 else ""
    alt = f"{in_syria[0].name} ({in_syria[0].country})" if in_syria else "no answer"
    return (
        f"{query!r} -> {place.name} ({place.country}){far}{how}, outside Syria and its "
        f"neighbours; with --country SY: {alt}"
    )


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m geo", description=__doc__.splitlines()[0])
    p.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = p.add_subparsers(dest="command", required=True)
    f = sub.add_parser("fetch", help="download and verify the boundary files")
    f.add_argument(
        "names",
        nargs="*",
        metavar="NAME",
        help=f"files to fetch (default: {', '.join(DEFAULT_FILES)})",
    )
    f.add_argument(
        "--all",
        action="store_true",
        help="also the world-wide Natural Earth 10m admin-1 file (15 MB)",
    )
    g = sub.add_parser("geocode", help="resolve place names offline, one JSON line each")
    g.add_argument("names", nargs="+", metavar="NAME")
    g.add_argument("--country", help="focus country, ISO 3166-1 alpha-2 (e.g. SY)")
    g.add_argument(
        "--gazetteer",
        action="append",
        default=[],
        metavar="SOURCE",
        help="extra source: Who's On First folder, GeoNames dump, overlay CSV",
    )
    g.add_argument(
        "--boundaries",
        default="auto",
        help="admin-1 file (default: OCHA Syria); 'none': gazetteer admin-1 codes",
    )
    g.add_argument("--name-field", help="attribute of --boundaries holding the unit names")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if args.command == "fetch":
        status = 0
        names = args.names or (sorted(REGISTRY) if args.all else list(DEFAULT_FILES))
        for name in names:
            try:
                print(f"{name}\t{fetch(name)}")
            except (GeoError, KeyError) as e:
                print(f"error: {e}", file=sys.stderr)
                status = 1
        return status
    try:
        boundaries: Any = None if args.boundaries.lower() == "none" else args.boundaries
        if boundaries not in (None, "auto") and args.name_field:
            boundaries = load_admin1(boundaries, name_field=args.name_field)
        gaz = Gazetteer.default(extra=args.gazetteer, boundaries=boundaries, country=args.country)
    except (GeoError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for w in gaz.warnings:
        print(f"warning: {w}", file=sys.stderr)
    for name in args.names:
        found = gaz.candidates(name, country=args.country, limit=1)
        best = found[0] if found else None
        note = far_answer_warning(name, best, gaz) if best and not args.country else None
        if note:
            print(f"warning: {note}", file=sys.stderr)
        place = best.place if best else None
        print(json.dumps(geocode_record(name, place), ensure_ascii=False))
    return 0
