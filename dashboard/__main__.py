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

import importlib
import inspect
import logging
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

APP = Path(__file__).resolve().parent / "app.py"

logger = logging.getLogger("dashboard")

#: What the first page imports before its map is drawn, in the order it needs them.
_FIRST_PAGE_MODULES = (
    # st.set_page_config(page_icon=<an emoji>) checks the icon against Streamlit's
    # catalogue of every emoji, one huge pattern compiled on import (0.15-0.3 s). A
    # Material icon name would skip that, but the browser fetches those from a font
    # server, and the dashboard makes no request outside the machine.
    "streamlit.emojis",
    "geopandas",
    "layers",
    "dashboard._cache",
    "dashboard._config",
    "dashboard._store",
    "dashboard._ui",
    "dashboard._map",
    # what streamlit_folium imports. Not streamlit_folium itself: a component declared
    # outside a script run is never registered with the server (its frame would stay empty)
    "folium.plugins",
    "branca.colormap",
)


def script_args(argv: Sequence[str]) -> list[str]:
    """Return the arguments meant for ``app.py``: those after ``--``."""
    argv = list(argv)
    return argv[argv.index("--") + 1 :] if "--" in argv else []


def warm_up(args: Sequence[str]) -> str:
    """Import what the first page needs and load the corpus's cache; say what was done.

    Only what the page needs before its map is drawn: the store's database layer
    (SQLAlchemy, ``corpus.db``) is left to the page, which first needs it below the map
    (the check for other writers' ingests); importing it here would take the processor
    from the first page's script while it builds the map. Except for a store never shown
    with this folder: then the first page's work (ingest, read the store, derive the
    tables) is done here, before anybody opens the page, and a page that comes meanwhile
    waits for it (``dashboard._store.warm``).
    """
    from dashboard import _cache, _config

    plan = _config.plan_for(_config.default_corpus(args))
    if not plan.folder.is_dir():
        return f"corpus folder {plan.folder} does not exist (the page will say so)"
    db = _config.store_from_args(args)
    if db:
        from corpus.store import content_hash
        from dashboard import _store

        paths = _store.folder_paths(plan.read_paths)
        digest = content_hash(plan.read_paths)
        seen = _store.last_seen(db, paths, digest)
        if seen is None:  # first: a page that comes meanwhile must find it under way
            done = _store.warm(db, paths, digest)
            _import_first_page_modules()
        else:
            _import_first_page_modules()
            done = "store: " + _cache.warm_key(_cache.build_key(seen))
    else:
        _import_first_page_modules()
        done = _cache.warm(plan.read_paths)
    _index_modules()
    return done


def _import_first_page_modules() -> None:
    for name in _FIRST_PAGE_MODULES:
        importlib.import_module(name)


def _index_modules() -> None:
    """Fill ``inspect``'s table of which file is which module, for every module loaded.

    Declaring a Streamlit component (``streamlit_folium`` does when the page imports it)
    asks ``inspect.getmodule`` for the caller's module, which resolves the path of every
    module not in that table yet: 0.1-0.3 s with the 1,500 modules loaded by now, paid by
    the first page. Filled here, the page resolves only the few modules loaded after.
    """
    inspect.getmodule(sys._getframe())


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
