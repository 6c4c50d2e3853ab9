"""A tiny persistent cache of geocoder answers (sqlite), so no query is ever sent twice."""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any

__all__ = ["MAX_ANSWER_BYTES", "ResponseCache"]

logger = logging.getLogger(__name__)

_MISS = object()
#: Largest answer stored (as JSON text); an answer for one place is well under 1 kB.
MAX_ANSWER_BYTES = 64 * 1024


class ResponseCache:
    """Key -> JSON answer (``None`` is a cached "no result"), stored in one sqlite file.

    Parameters
    ----------
    path
        The sqlite file; its folder is created if needed.
    """

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False)
        with self._lock, self._db:
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, answer TEXT NOT NULL)"
            )

    def get(self, key: str, default: Any = _MISS) -> Any:
        """Return the cached answer for ``key``, or ``default`` (:data:`MISS`) if none."""
        with self._lock:
            row = self._db.execute("SELECT answer FROM answers WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def put(self, key: str, answer: Any) -> None:
        """Store ``answer`` (anything JSON-serialisable, None included) under ``key``.

        An answer over :data:`MAX_ANSWER_BYTES` is not stored (logged): the cache is read
        whole per query, and no service answer for one place is that large.
        """
        text = json.dumps(answer, ensure_ascii=False)
        if len(text.encode("utf-8", "surrogatepass")) > MAX_ANSWER_BYTES:
            logger.warning(
                "answer for %r is %s bytes, over the %s-byte limit: not cached",
                key[:200], len(text), MAX_ANSWER_BYTES,
            )  # fmt: skip
            return
        with self._lock, self._db:
            self._db.execute(
                "INSERT OR REPLACE INTO answers (key, answer) VALUES (?, ?)", (key, text)
            )

    def __len__(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()


MISS = _MISS
