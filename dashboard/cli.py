"""The ``sitrep`` command: one entry point for what the four packages do.

``sitrep ingest`` (``python -m corpus ingest``), ``sitrep extract`` (``python -m corpus
extract``), ``sitrep build`` (``python -m layers build``), ``sitrep dashboard``
(``python -m dashboard``), ``sitrep geocode`` and ``sitrep fetch`` (``python -m geo``).
Every argument after the subcommand is passed on unchanged; ``sitrep SUBCOMMAND --help``
shows its options. It lives here because ``dashboard`` is the one package that may import
the other three.

Examples::

    sitrep ingest corpus/samples --db sitrep.db
    sitrep build --db sitrep.db --out build/
    sitrep dashboard -- --db sitrep.db
    sitrep geocode --country SY Raqqa
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

__all__ = ["main"]


def _corpus(cmd: str) -> Callable[[list[str]], int]:
    def run(rest: list[str]) -> int:
        from corpus.__main__ import main as corpus_main

        return corpus_main([cmd, *rest])

    return run


def _layers(rest: list[str]) -> int:
    from layers.__main__ import main as layers_main

    return layers_main(["build", *rest])


def _geo(cmd: str) -> Callable[[list[str]], int]:
    def run(rest: list[str]) -> int:
        from geo.cli import main as geo_main

        return geo_main([cmd, *rest])

    return run


def _dashboard(rest: list[str]) -> int:
    from dashboard.__main__ import main as dashboard_main

    dashboard_main(rest)
    return 0


#: Subcommand -> (what it does, how it runs).
COMMANDS: dict[str, tuple[str, Callable[[list[str]], int]]] = {
    "ingest": ("store new or changed articles and their records (--db DB)", _corpus("ingest")),
    "extract": ("print the records of articles as JSON lines", _corpus("extract")),
    "build": ("write map.html, GeoJSON and GeoPackage from articles or a store", _layers),
    "dashboard": ("open the dashboard (arguments go to streamlit run)", _dashboard),
    "geocode": ("geocode place names, as JSON lines", _geo("geocode")),
    "fetch": ("download and verify the boundary files", _geo("fetch")),
}


def _usage() -> str:
    lines = ["usage: sitrep COMMAND [ARGS...]", "", "commands:"]
    lines += [f"  {name:<10} {what}" for name, (what, _) in COMMANDS.items()]
    lines += ["", "sitrep COMMAND --help shows the options of one command."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``sitrep COMMAND ARGS...``; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(_usage())
        return 0 if args else 2
    name, rest = args[0], args[1:]
    if name not in COMMANDS:
        print(
            f"sitrep: unknown command {name!r}; choose one of {', '.join(COMMANDS)}\n\n{_usage()}",
            file=sys.stderr,
        )
        return 2
    return COMMANDS[name][1](rest)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
