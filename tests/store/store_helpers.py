"""Helpers of the store tests: the CLI in a subprocess, store checks, synthetic corpora."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from corpus.db import open_engine
from corpus.db.models import RECORD_TABLES, ArticleRow, ExtractionRow

ROOT = Path(__file__).resolve().parents[2]


def env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "corpus", "ingest", *args, "-q"],
        capture_output=True,
        text=True,
        env=env(),
        timeout=300,
        check=False,
    )


def counts(db: str) -> dict[str, int]:
    """Rows per table, and a check that the store is whole: every article has its
    extraction row, and each table holds exactly the records its extraction row counts."""
    engine = open_engine(db)
    with engine.connect() as conn:
        out = {"articles": conn.scalar(select(func.count()).select_from(ArticleRow)) or 0}
        out["extractions"] = conn.scalar(select(func.count()).select_from(ExtractionRow)) or 0
        for kind, table in RECORD_TABLES.items():
            out[kind] = conn.scalar(select(func.count()).select_from(table)) or 0
            expected = conn.scalar(select(func.sum(getattr(ExtractionRow, f"n_{kind}")))) or 0
            assert out[kind] == expected, f"{kind}: {out[kind]} rows, extractions say {expected}"
            dupes = conn.execute(
                select(table.article_id, table.seq).group_by(table.article_id, table.seq)
                .having(func.count() > 1)
            ).all()  # fmt: skip
            assert not dupes, f"duplicate {kind} records: {dupes[:3]}"
    engine.dispose()
    assert out["articles"] == out["extractions"], "an article without its records"
    return out


def write_articles(folder: Path, items: list[tuple[str, str]]) -> None:
    """Articles of our own, one .jsonl file: (title, text) pairs."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        json.dumps({"title": t, "text": x, "published": f"2023-03-0{i + 1}", "outlet": "AFP"})
        for i, (t, x) in enumerate(items)
    ]
    (folder / "ours.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def synthetic(tmp_path: Path, n: int) -> Path:
    out = tmp_path / "synthetic"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "gen_corpus.py"), str(n), str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return out
