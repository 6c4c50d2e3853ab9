"""Where the dashboard reads articles from and keeps its files (no Streamlit here).

The corpus folders the dashboard serves are fixed when it starts, from, in order:
``--corpus DIR`` on the command line (``streamlit run dashboard/app.py -- --corpus DIR``,
repeatable), the ``SITREP_CORPUS`` environment variable (several folders separated by
``os.pathsep``), else the built-in samples. A browser user picks among those folders
only: no other folder of the server is read, shown or written by the page. ``--db DB`` (or
``SITREP_DB``) reads a store instead, after adding the folder's new or changed articles to
it. The disk cache lives in ``SITREP_CACHE_DIR`` (default ``.sitrep-cache/`` at the
repository root, git-ignored). Files uploaded while the built-in samples are open go to
``SITREP_UPLOADS_DIR`` (default ``<cache dir>/uploads``) so the package's own samples are
never modified; with a user corpus they go into that folder.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: File types the uploader accepts (what ``corpus.read_articles`` reads).
UPLOAD_TYPES: tuple[str, ...] = ("txt", "md", "jsonl", "html", "htm")


def samples_dir() -> Path:
    """Return the built-in sample corpus (``corpus.SAMPLES_DIR``)."""
    import corpus

    return Path(corpus.SAMPLES_DIR).resolve()


def corpora_from_args(argv: Sequence[str] | None = None) -> list[Path]:
    """Return every ``--corpus DIR`` given after ``--`` on the ``streamlit run`` line."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus", action="append", default=[])
    args, _ = parser.parse_known_args(list(argv) if argv is not None else None)
    return [Path(c).expanduser() for c in args.corpus if c]


def corpus_from_args(argv: Sequence[str] | None = None) -> Path | None:
    """Return the first ``--corpus DIR`` given after ``--`` on the ``streamlit run`` line."""
    found = corpora_from_args(argv)
    return found[0] if found else None


def allowed_corpora(argv: Sequence[str] | None = None) -> tuple[Path, ...]:
    """Return the corpus folders this dashboard serves, the default first (resolved).

    From ``--corpus DIR`` (repeatable), else ``$SITREP_CORPUS`` (``os.pathsep``-separated),
    else the built-in samples. Nothing else is ever read or written by the page.
    """
    chosen = corpora_from_args(argv)
    if not chosen and os.environ.get("SITREP_CORPUS"):
        chosen = [Path(p).expanduser() for p in os.environ["SITREP_CORPUS"].split(os.pathsep) if p]
    return tuple(dict.fromkeys(p.resolve() for p in chosen or [samples_dir()]))


def default_corpus(argv: Sequence[str] | None = None) -> Path:
    """Return the first corpus folder this dashboard serves (see :func:`allowed_corpora`)."""
    return allowed_corpora(argv)[0]


def pick_corpus(choice: str, allowed: Sequence[Path]) -> Path | None:
    """Return the allowed folder ``choice`` names (a path or a folder name), else None.

    The sidebar's text is matched against the configured folders only: ``..``, symbolic
    links and absolute paths elsewhere resolve to a folder that is not in ``allowed``.
    """
    text = choice.strip()
    if not text:
        return allowed[0] if allowed else None
    try:
        wanted = Path(text).expanduser().resolve()
    except (OSError, RuntimeError, ValueError):
        wanted = None
    for folder in allowed:
        if wanted == folder or text == folder.name:
            return folder
    return None


def store_from_args(argv: Sequence[str] | None = None) -> str | None:
    """Return the store given as ``--db DB`` after ``--``, else ``$SITREP_DB``, else None.

    With a store the dashboard shows what the store holds; the corpus folder (and the
    uploads) are ingested into it first, reading only new or changed articles.
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db", default=None)
    args, _ = parser.parse_known_args(list(argv) if argv is not None else None)
    return args.db or os.environ.get("SITREP_DB") or None


def cache_dir() -> Path:
    """Folder of the dashboard's disk cache (``$SITREP_CACHE_DIR`` or ``.sitrep-cache``)."""
    env = os.environ.get("SITREP_CACHE_DIR")
    return Path(env).expanduser() if env else ROOT / ".sitrep-cache"


@dataclass(frozen=True)
class CorpusPlan:
    """What to read and where uploads go, for one chosen corpus folder."""

    folder: Path
    upload_folder: Path
    read_paths: tuple[Path, ...]
    builtin: bool


def plan_for(folder: Path) -> CorpusPlan:
    """Decide the paths to read and the upload folder for ``folder``."""
    folder = Path(folder).expanduser().resolve()
    if folder == samples_dir():
        env = os.environ.get("SITREP_UPLOADS_DIR")
        uploads = Path(env).expanduser() if env else cache_dir() / "uploads"
        paths = (folder, uploads.resolve()) if uploads.is_dir() else (folder,)
        return CorpusPlan(folder, uploads.resolve(), paths, builtin=True)
    return CorpusPlan(folder, folder, (folder,), builtin=False)
