"""Command line: ``python -m corpus extract|ingest PATH...``.

``extract`` prints one JSON object per article; ``ingest --db DB`` stores new or changed
articles and their records in a store (:mod:`corpus.db`).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence

from corpus.extract import extract_paths, extraction_to_dict
from corpus.records import ReadProblem


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (1 when nothing could be read)."""
    parser = argparse.ArgumentParser(prog="python -m corpus", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser(
        "extract",
        help="read articles and print one JSON object per article per line",
        description="Read articles (files or folders) and print one JSON object per article "
        "per line: id, path, title, published, published_inferred, outlet, agencies, places, "
        "figures, incidents, control_claims (schema in corpus/README.md).",
    )
    ex.add_argument("paths", nargs="+", metavar="PATH")
    ex.add_argument(
        "--country", default=None, help="theatre country, ISO2 (default SY; auto: per article)"
    )
    ex.add_argument(
        "--no-places", action="store_true", help="skip the gazetteer (no place resolution)"
    )
    ex.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")
    _add_ingest(sub)
    args = parser.parse_args(argv)
    if args.command == "ingest":
        return _ingest(args)
    logging.basicConfig(
        level=logging.ERROR if args.quiet else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    gazetteer = None
    if not args.no_places:
        from geo import Gazetteer

        gazetteer = Gazetteer.default()
        for warning in gazetteer.warnings:
            logging.getLogger("corpus").warning("%s", warning)
    problems: list[ReadProblem] = []
    n = 0
    out = sys.stdout
    try:
        for extraction in extract_paths(
            args.paths, gazetteer, problems=problems, country=args.country
        ):
            out.write(json.dumps(extraction_to_dict(extraction), ensure_ascii=False) + "\n")
            n += 1
        out.flush()
    except BrokenPipeError:  # the reader went away (`| head`): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    if problems:
        print(f"{len(problems)} input(s) could not be read fully (warnings above)", file=sys.stderr)
    return 0 if n or not problems else 1


def _add_ingest(sub: argparse._SubParsersAction) -> None:
    ing = sub.add_parser(
        "ingest",
        help="store new or changed articles and their records in a database",
        description="Read articles (files or folders) into a store: a SQLite file (created on "
        "first use) or a database URL such as postgresql://user@host/db. Only new or changed "
        "articles are extracted; articles stored by another extractor version are re-extracted "
        "from their stored text. Prints how many were new, unchanged, re-extracted and "
        "unreadable.",
    )
    ing.add_argument("paths", nargs="+", metavar="PATH")
    ing.add_argument(
        "--db", required=True, metavar="DB", help="SQLite file path, or a database URL"
    )
    ing.add_argument("--country", default=None, help="focus country, ISO2 (default: from the text)")
    ing.add_argument(
        "--dask",
        metavar="CLUSTER",
        help="extract on Dask: local:N (a local cluster of N processes) or tcp://host:8786",
    )
    ing.add_argument(
        "--force", action="store_true", help="re-extract every article, whatever its version"
    )
    ing.add_argument(
        "--batch-size", type=int, default=256, metavar="N", help="articles per transaction"
    )
    ing.add_argument("-q", "--quiet", action="store_true", help="no progress, only errors")


def _ingest(args: argparse.Namespace) -> int:
    logging.basicConfig(
        level=logging.ERROR if args.quiet else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    from tqdm import tqdm

    from corpus.db import StoreError, ingest

    if args.dask:  # distributed sets its loggers to INFO when imported: quieter here
        import distributed  # noqa: F401

        logging.getLogger("distributed").setLevel(logging.ERROR if args.quiet else logging.WARNING)

    bar: tqdm | None = None

    def progress(done: int, label: str) -> None:
        nonlocal bar
        if args.quiet:
            return
        if bar is None:
            bar = tqdm(unit="article", desc=label, file=sys.stderr)
        bar.n = done
        bar.refresh()

    try:
        report = ingest(
            args.paths,
            args.db,
            country=args.country,
            dask=args.dask,
            force=args.force,
            batch_size=args.batch_size,
            progress=progress,
        )
    except StoreError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    print(f"{report.summary()} ({report.records} records, {report.seconds:.1f} s)")
    read = report.new + report.unchanged + report.reextracted
    return 0 if read or not report.problems else 1


if __name__ == "__main__":
    raise SystemExit(main())
