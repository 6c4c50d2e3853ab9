"""Where the dashboard reads articles from and keeps its files (no Streamlit here).

The corpus folder comes from, in order: ``--corpus DIR`` on the command line
(``streamlit run dashboard/app.py -- --corpus DIR``), the ``SITREP_CORPUS`` environment
variable, else the built-in samples. ``--db DB`` (or ``SITREP_DB``) reads a store instead,
after adding the folder's new or changed articles to it. The disk cache lives in
``SITREP_CACHE_DIR`` (default
``.sitrep-cache/`` at the repository root, git-ignored). Files uploaded while the built-in
samples are open go to ``SITREP_UPLOADS_DIR`` (default ``<cache dir>/uploads``) so the
package's own samples are never modified; with a user corpus they go into that folder.
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


def corpus_from_args(argv: Sequence[str] | None = None) -> Path | None:
    """Return the ``--corpus DIR`` given after ``--`` on the ``streamlit run`` line."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--corpus", default=None)
    args, _ = parser.parse_known_args(list(argv) if argv is not None else None)
    return Path(args.corpus).expanduser() if args.corpus else None


def default_corpus(argv: Sequence[str] | None = None) -> Path:
    """Corpus folder from the command line, then ``$SITREP_CORPUS``, then the samples."""
    chosen = corpus_from_args(argv)
    if chosen is None and os.environ.get("SITREP_CORPUS"):
        chosen = Path(os.environ["SITREP_CORPUS"]).expanduser()
    return (chosen or samples_dir()).resolve()


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
