"""The Alembic migrations build exactly the schema the models declare, and can be undone."""

from __future__ import annotations

from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from corpus.db import open_engine
from corpus.db.engine import _alembic_config, head_revision
from corpus.db.models import Base

SPATIAL = {"ix_places_geom", "ix_incidents_geom", "ix_control_claims_geom"}


def _ours(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Leave out what PostGIS owns (spatial_ref_sys, its topology tables) and our GiST
    indexes, which the migration adds on PostgreSQL only."""
    if type_ == "table":
        return name in Base.metadata.tables
    return not (type_ == "index" and name in SPATIAL)


def test_the_migrated_schema_is_the_models_schema(db: str) -> None:
    engine = open_engine(db)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": _ours, "compare_type": True})
        assert ctx.get_current_revision() == head_revision()
        diffs = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diffs == [], f"models and migrations differ: write a migration for {diffs}"


def test_downgrade_to_nothing_and_up_again(db: str) -> None:
    engine = open_engine(db)
    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), "base")
    assert not set(inspect(engine).get_table_names()) & set(Base.metadata.tables)
    engine.dispose()
    engine = open_engine(db)  # opening migrates it back to head
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()
