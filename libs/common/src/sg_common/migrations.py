"""Alembic, shared: one ``env.py`` helper for every service and a programmatic upgrade.

A service's ``migrations/env.py`` is two lines::

    from budget_svc.models import metadata
    from sg_common.migrations import run_alembic_env
    run_alembic_env(metadata)

Shared tables (org units, outbox, inbox) live in ``SQLModel.metadata`` and are migrated with
each service's own tables, in each service's own database.
"""

from __future__ import annotations

import fcntl
import time
from pathlib import Path
from typing import Any

import structlog
from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData, create_engine, engine_from_config, pool, text
from sqlmodel import SQLModel

from sg_common.db import is_sqlite_url, sync_url

log = structlog.get_logger("sg_common.migrations")

#: Key of the PostgreSQL advisory lock that serialises migrations of one database: replicas
#: starting together (or a migration Job and a pod with auto-migration) take turns, and the
#: second finds the schema at head instead of creating the same tables again.
MIGRATION_LOCK_KEY = 0x53475F4D  # "SG_M"


def alembic_config(migrations_dir: Path, database_url: str, **attributes: Any) -> Config:
    """An Alembic config for a service's migrations directory and database."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
    cfg.set_main_option("sqlalchemy.url", sync_url(database_url).replace("%", "%%"))
    cfg.set_main_option("path_separator", "os")
    for key, value in attributes.items():
        cfg.attributes[key] = value
    return cfg


def upgrade(migrations_dir: Path, database_url: str, revision: str = "head", **attrs: Any) -> None:
    """Apply migrations up to ``revision`` (synchronous; call through ``asyncio.to_thread``)."""
    config = alembic_config(migrations_dir, database_url, **attrs)
    if is_sqlite_url(database_url):
        path = sync_url(database_url).removeprefix("sqlite:///").split("?", 1)[0]
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            # SQLite runs DDL outside a transaction: processes sharing the file take turns on
            # a lock file beside it (PostgreSQL takes an advisory lock instead, in ``_run``).
            with open(f"{path}.migrate.lock", "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                command.upgrade(config, revision)
            return
    command.upgrade(config, revision)


def downgrade(migrations_dir: Path, database_url: str, revision: str = "base") -> None:
    """Revert migrations down to ``revision`` (synchronous)."""
    command.downgrade(alembic_config(migrations_dir, database_url), revision)


def at_head(migrations_dir: Path, database_url: str) -> bool:
    """True when the database holds every head of ``migrations_dir`` (or is ahead of it: a
    newer release migrated it, and migrations keep the previous release working)."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(migrations_dir, database_url))
    heads = set(script.get_heads())
    engine = create_engine(sync_url(database_url), poolclass=pool.NullPool)
    try:
        with engine.connect() as connection:
            current = set(MigrationContext.configure(connection).get_current_heads())
    finally:
        engine.dispose()
    known = {rev.revision for rev in script.walk_revisions()}
    return heads <= current or bool(current - known)


def wait_migrated(
    migrations_dir: Path, database_url: str, *, timeout_s: float = 600, interval_s: float = 2
) -> bool:
    """Poll :func:`at_head` until true (True) or ``timeout_s`` passes (False); an unreachable
    database counts as not yet migrated."""
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            if at_head(migrations_dir, database_url):
                return True
        except Exception as exc:  # database not up yet: keep waiting
            log.info("wait_migrated_retry", error=type(exc).__name__)
        if time.monotonic() >= deadline:
            return False
        time.sleep(min(interval_s, max(0.0, deadline - time.monotonic())))


def target_metadata(service_metadata: MetaData) -> list[MetaData]:
    import sg_common.audit.chain
    import sg_common.events.store
    import sg_common.notifications.models
    import sg_common.org.models  # noqa: F401  (org_unit)

    return [SQLModel.metadata, service_metadata]


def run_alembic_env(service_metadata: MetaData) -> None:
    """Body of every service's ``migrations/env.py`` (online and offline modes)."""
    from alembic import context

    config = context.config
    url = config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("sqlalchemy.url is not set")
    metadata = target_metadata(service_metadata)
    render_as_batch = is_sqlite_url(url)

    if context.is_offline_mode():
        context.configure(
            url=url,
            target_metadata=metadata,
            literal_binds=True,
            render_as_batch=render_as_batch,
            dialect_opts={"paramstyle": "named"},
        )
        with context.begin_transaction():
            context.run_migrations()
        return

    connectable = config.attributes.get("connection")
    if connectable is None:
        engine_options: dict[str, Any] = {}
        connect_args = config.attributes.get("connect_args")
        if connect_args:
            engine_options["connect_args"] = connect_args
        connectable = engine_from_config(
            config.get_section(config.config_ini_section, {}),
            prefix="sqlalchemy.",
            poolclass=pool.NullPool,
            **engine_options,
        )
        with connectable.connect() as connection:
            _run(context, connection, metadata, render_as_batch)
        connectable.dispose()
    else:
        _run(context, connectable, metadata, render_as_batch)


def _run(context: Any, connection: Any, metadata: list[MetaData], batch: bool) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=batch,
        compare_type=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
            )
        context.run_migrations()
