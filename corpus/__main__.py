"""Command line: ``python -m corpus extract PATH...`` prints one JSON object per article."""

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
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    raise SystemExit(main())
