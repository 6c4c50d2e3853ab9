"""The ``python -m geo`` command line (a contract used by scripts outside the project).

``python -m geo fetch [NAME...]``
    Download and verify the boundary files (all registered files by default) into
    ``$SITREP_DATA_DIR``; prints one ``name<TAB>path`` line per file.
``python -m geo geocode [--country SY] NAME [NAME ...]``
    One JSON object per NAME per line with keys ``query``, ``name``, ``lat``, ``lon``,
    ``admin1``, ``admin1_pcode``, ``country``, ``precision``, ``gazetteer_id``; an
    unresolved name gets ``"name": null`` and the run still exits 0.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import Any

from geo.boundaries import NE_COUNTRIES, OCHA_ADMIN1, REGISTRY, fetch, load_admin1
from geo.errors import GeoError
from geo.gazetteer import Gazetteer
from geo.records import Place

__all__ = ["geocode_record", "main"]

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
        found = gaz.lookup(name, country=args.country, limit=1)
        print(json.dumps(geocode_record(name, found[0] if found else None), ensure_ascii=False))
    return 0
