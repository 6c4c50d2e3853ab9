"""Keep uploaded articles in the corpus folder, safely, and fingerprint a corpus.

:func:`save_upload` is how the dashboard adds a file a user dropped in the browser:
the name is made safe (no folders, no ``..``, no hidden or control characters), a file
is never overwritten by different bytes, and the same bytes uploaded twice land in one
file. :func:`content_hash` turns a corpus (files and folders) into a short digest of
what it contains, used as a cache key so that results are recomputed only when the
articles change.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

__all__ = ["content_hash", "safe_filename", "save_upload"]

logger = logging.getLogger(__name__)

#: Longest file name :func:`safe_filename` returns (well under every file system's 255 bytes).
MAX_NAME_CHARS = 120

_UNSAFE = re.compile(r"[^\w.\- ()+,@=\[\]]", flags=re.UNICODE)
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"COM{i}" for i in range(10)} | {f"LPT{i}" for i in range(10)}
)

# path -> (size, mtime_ns, sha256 hex): content_hash re-reads a file only when it changed.
_DIGESTS: dict[str, tuple[int, int, str]] = {}


def safe_filename(filename: str, *, default: str = "upload.txt") -> str:
    r"""Return a harmless file name for ``filename`` (a base name, never a path).

    Folders are dropped (both ``/`` and ``\``), the name is NFC-normalised, control
    characters and characters outside a small safe set become ``_``, leading dots and
    spaces are removed (no hidden files, no ``..``), and long names are shortened while
    keeping the extension. Letters of every script are kept (``حلب.txt`` stays).

    Parameters
    ----------
    filename
        The name as the browser sent it.
    default
        Returned when nothing usable is left.

    Returns
    -------
    str
        A name without separators that cannot leave the folder it is joined to.

    Examples
    --------
    >>> safe_filename("../../etc/passwd")
    'passwd'
    >>> safe_filename("C:\\Users\\me\\report 1.txt")
    'report 1.txt'
    """
    name = unicodedata.normalize("NFC", filename or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join("_" if unicodedata.category(ch).startswith("C") else ch for ch in name)
    name = _UNSAFE.sub("_", name).strip(" .")
    if not name or set(name) <= {"_", "."}:
        return default
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    if stem.upper() in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    suffix = suffix[:16]
    room = MAX_NAME_CHARS - len(suffix) - (1 if suffix else 0)
    stem = stem[:room].rstrip(" .") or "upload"
    return f"{stem}.{suffix}" if suffix else stem


def _same_bytes(path: Path, data: bytes) -> bool:
    """Whether the regular file ``path`` (symlinks are never followed) holds ``data``."""
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def save_upload(filename: str, data: bytes, folder: str | Path) -> Path:
    """Save uploaded bytes into ``folder`` under a safe name and return the file.

    * The name is made safe with :func:`safe_filename`: the file always lands directly
      in ``folder`` whatever ``filename`` says (``../x``, absolute paths, NUL bytes).
    * If ``folder`` already holds a file with exactly these bytes (under any name), that
      file is returned and nothing is written: uploading the same article twice keeps one.
    * A different file with the same name is never overwritten: the new one is saved as
      ``<stem>-<first 8 hex digits of its sha256>.<ext>``.
    * The file is written to a temporary name first and then linked into place, so a
      reader never sees half a file and two uploads racing cannot clobber each other.

    Parameters
    ----------
    filename
        The name the user's browser gave the file.
    data
        The file's bytes.
    folder
        The corpus folder (created if missing).

    Returns
    -------
    pathlib.Path
        The saved (or already present) file, inside ``folder``.

    Raises
    ------
    ValueError
        If ``data`` is empty (there is nothing to add).
    OSError
        If the folder cannot be created or written.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> save_upload("../news.txt", b"hello", d) == d.resolve() / "news.txt"
    True
    >>> save_upload("copy.txt", b"hello", d).name
    'news.txt'
    """
    if not data:
        msg = f"{filename!r} is empty: nothing to add to the corpus"
        raise ValueError(msg)
    root = Path(folder).expanduser()
    root.mkdir(parents=True, exist_ok=True)
    root = root.resolve()

    size = len(data)
    for existing in root.iterdir():
        if existing.name.startswith(".") or existing.is_symlink() or not existing.is_file():
            continue
        if existing.stat().st_size == size and _same_bytes(existing, data):
            logger.info("upload %r already in the corpus as %s", filename, existing.name)
            return existing

    name = safe_filename(filename)
    digest = hashlib.sha256(data).hexdigest()
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    ext = f".{suffix}" if suffix else ""
    candidates = [name, f"{stem}-{digest[:8]}{ext}"]
    candidates += [f"{stem}-{digest[:8]}-{i}{ext}" for i in range(2, 100)]

    fd, tmp_name = tempfile.mkstemp(prefix=".upload-", dir=root)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        for candidate in candidates:
            target = root / candidate
            if target.parent != root:  # pragma: no cover - safe_filename makes this impossible
                msg = f"refusing to write {filename!r} outside {root}"
                raise ValueError(msg)
            try:
                os.link(tmp, target)
            except FileExistsError:
                if _same_bytes(target, data):
                    return target
                continue
            if candidate != name:
                logger.warning(
                    "a different %s is already in %s: saved the upload as %s", name, root, candidate
                )
            return target
    finally:
        tmp.unlink(missing_ok=True)
    msg = f"could not find a free name for {filename!r} in {root}: tidy the folder and retry"
    raise FileExistsError(msg)


def _iter_files(paths: Iterable[str | Path]) -> Iterable[tuple[str, Path]]:
    """Yield ``(label, file)`` for every non-hidden regular file under ``paths``."""
    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_file():
            yield p.name, p
        elif p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for fname in sorted(filenames):
                    if fname.startswith("."):
                        continue
                    f = Path(dirpath) / fname
                    yield f.relative_to(p).as_posix(), f
        else:
            yield f"missing:{p}", p


def _file_digest(path: Path) -> str:
    """Sha256 of a file, memoised on (size, mtime) so unchanged files are not re-read."""
    try:
        st = path.stat()
    except OSError:
        return "missing"
    key = str(path.resolve())
    cached = _DIGESTS.get(key)
    if cached is not None and cached[:2] == (st.st_size, st.st_mtime_ns):
        return cached[2]
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    digest = h.hexdigest()
    _DIGESTS[key] = (st.st_size, st.st_mtime_ns, digest)
    return digest


def content_hash(paths: Iterable[str | Path]) -> str:
    """Return a digest of what a corpus contains, for cache keys.

    The digest covers every non-hidden file under ``paths`` (folders recursively): its
    path relative to the folder given and its bytes. Adding, removing, renaming or
    editing an article changes it; touching a file or moving the whole folder does not.
    Unchanged files are not re-read on later calls (memoised on size and mtime).

    Parameters
    ----------
    paths
        Files and folders, as given to ``corpus.read_articles``.

    Returns
    -------
    str
        24 hex digits.
    """
    h = hashlib.sha256()
    for label, path in _iter_files(paths):
        h.update(label.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
        h.update(_file_digest(path).encode("ascii"))
        h.update(b"\n")
    return h.hexdigest()[:24]
