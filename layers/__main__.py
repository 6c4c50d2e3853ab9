"""Command line: ``python -m layers build [PATH...] [--db DB] --out DIR [--boundaries FILE]``."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m layers", description=__doc__)
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser(
        "build",
        help="articles -> incidents.geojson, control.geojson, sitrep.gpkg, map.html",
    )
    b.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    b.add_argument(
        "--db",
        metavar="DB",
        help="read the records from this store (SQLite file or database URL); PATHs given "
        "too are ingested into it first",
    )
    b.add_argument("--out", required=True, metavar="DIR", help="output folder")
    b.add_argument("--boundaries", metavar="FILE", help="your own admin-1 file (any GDAL format)")
    b.add_argument("--country", metavar="ISO2", help="focus country, e.g. SY")
    b.add_argument("--tiles", action="store_true", help="offer online OpenStreetMap tiles too")
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    b.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    return p


class _Logged(logging.Filter):
    """Remember every message the log handlers print, so the summary does not repeat one."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        self.messages.add(record.getMessage())
        return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.paths and not args.db:
        parser.error("give article files or folders (PATH...), or a store with --db DB")
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    logged = _Logged()
    for handler in logging.getLogger().handlers:
        handler.addFilter(logged)
    from tqdm import tqdm

    from layers.errors import ExportError
    from layers.export import write_outputs
    from layers.sitrep import build_sitrep

    bar: tqdm | None = None

    def progress(done: int, total: int | None, label: str) -> None:
        nonlocal bar
        if args.quiet or not total:
            return
        if bar is None:
            bar = tqdm(total=total, unit="article", desc=label, file=sys.stderr)
        if total is not None and bar.total != total:
            bar.total = total
        bar.set_description(label)
        bar.n = done
        bar.refresh()

    try:
        if args.db:
            from corpus.db import StoreError
            from layers.store import sitrep_from_store

            try:
                sitrep = sitrep_from_store(
                    args.db, paths=args.paths, boundaries=args.boundaries, country=args.country
                )
            except StoreError as e:
                print(f"error: {e}", file=sys.stderr)
                return 2
        else:
            sitrep = build_sitrep(
                args.paths, boundaries=args.boundaries, progress=progress, country=args.country
            )
    finally:
        if bar is not None:
            bar.close()
    for problem in sitrep.problems:  # each once: those the log already printed are not repeated
        if f"{problem.path}: {problem.message}" not in logged.messages:
            print(f"skipped {problem.path}: {problem.message}", file=sys.stderr)
    if not sitrep.extractions:
        where = args.db if args.db else ", ".join(args.paths)
        print(
            f"error: no articles read from {where}: give article files (.txt seed format, .md, "
            ".jsonl, .html) or folders holding them; nothing written",
            file=sys.stderr,
        )
        return 1
    try:
        paths = write_outputs(sitrep, args.out, tiles=args.tiles)
    except ExportError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    for warning in sitrep.warnings:
        if warning not in logged.messages:
            print(f"warning: {warning}", file=sys.stderr)
    n_art = len(sitrep.extractions)
    print(
        f"{n_art} article(s), {len(sitrep.incidents)} incident(s) from "
        f"{len(sitrep.reports)} report(s), {len(sitrep.control)} control claim(s), "
        f"{len(sitrep.unlocated)} article(s) with nothing locatable"
    )
    for key, path in paths.items():
        print(f"{key}: {path}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
