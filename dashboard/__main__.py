"""``python -m dashboard``: start the dashboard with the server warmed up.

The same as ``streamlit run dashboard/app.py`` (every argument is passed on to it), plus a
background warm-up that starts with the server: the heavy imports (geopandas, folium,
the ``layers`` and ``corpus`` packages) and, when the disk cache already
holds the chosen corpus, its Sitrep and derived tables are loaded before anybody opens the
page. The first visitor to a freshly started server then waits only for the page itself,
not for the first script run. On a corpus never built before, the gazetteer is loaded
instead and the build runs on the first visit, with its progress bar, as usual.

Examples::

    python -m dashboard                                   # the built-in sample corpus
    python -m dashboard --server.port 8600 -- --corpus DIR
    python -m dashboard -- --db sitrep.db [--corpus DIR]   # a store (SQLite file or URL)
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

APP = Path(__file__).resolve().parent / "app.py"

logger = logging.getLogger("dashboard")


def script_args(argv: Sequence[str]) -> list[str]:
    """Return the arguments meant for ``app.py``: those after ``--``."""
    argv = list(argv)
    return argv[argv.index("--") + 1 :] if "--" in argv else []


def warm_up(args: Sequence[str]) -> str:
    """Import what the first page needs and load the corpus's cache; say what was done."""
    # not streamlit_folium: a component declared outside a script run is never registered
    # with the server (its frame would stay empty); it is small and imported by the page
    import folium  # noqa: F401
    import geopandas  # noqa: F401

    import layers  # noqa: F401
    from dashboard import _cache, _config, _map, _ui  # noqa: F401

    plan = _config.plan_for(_config.default_corpus(args))
    if not plan.folder.is_dir():
        return f"corpus folder {plan.folder} does not exist (the page will say so)"
    db = _config.store_from_args(args)
    if db:
        import corpus.db  # noqa: F401 - the page's ingest check and article texts need it
        from corpus.store import content_hash
        from dashboard import _store

        paths = _store.folder_paths(plan.read_paths)
        seen = _store.last_seen(db, paths, content_hash(plan.read_paths))
        if seen is None:
            return "store (--db) not shown before with this folder: the first page ingests it"
        return "store: " + _cache.warm_key(_cache.build_key(seen))
    return _cache.warm(plan.read_paths)


def _warm_in_background(args: Sequence[str]) -> None:
    try:
        print(f"  Sitrep warm-up: {warm_up(args)}", flush=True)
    except Exception:  # the page still works, only its first run is slower
        logger.exception("Sitrep warm-up failed; the first page will load everything itself")


def main(argv: Sequence[str] | None = None) -> None:
    """Start the warm-up thread, then ``streamlit run dashboard/app.py ARGV...``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    threading.Thread(
        target=_warm_in_background, args=(script_args(argv),), name="sitrep-warm-up", daemon=True
    ).start()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(APP), *argv]
    cli.main()


if __name__ == "__main__":
    main()
