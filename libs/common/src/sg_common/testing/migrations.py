"""Check that a service's migrations, applied from empty, give exactly its models' schema."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, inspect, pool

from sg_common.db import sync_url
from sg_common.migrations import downgrade, target_metadata, upgrade


def assert_migrations_match_models(migrations_dir: Path, metadata: MetaData, url: str) -> None:
    """Upgrade an empty database to head, then assert autogenerate finds no difference; then
    downgrade to base (every table gone) and upgrade again, so downgrades are proven too."""
    upgrade(migrations_dir, url)
    upgrade(migrations_dir, url)  # idempotent: a second run is a no-op
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            # alembic annotates one MetaData; it compares a list too (AutogenContext), as env.py's
            diff = compare_metadata(context, target_metadata(metadata))  # type: ignore[arg-type]
    finally:
        engine.dispose()
    assert not diff, f"models and migrations differ; run `make migration`: {diff}"
    downgrade(migrations_dir, url)
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            left = set(inspect(conn).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()
    assert not left, f"downgrade to base left tables behind: {sorted(left)}"
    upgrade(migrations_dir, url)
