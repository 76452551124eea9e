"""Isolated databases for tests: a SQLite file, or a PostgreSQL schema of its own.

Each test gets a database nobody else uses (a fresh file, or a fresh schema selected through
``search_path`` in the URL), so reruns and parallel runs never collide, and code under test can
really commit (the outbox relay and consumers run against it as in production).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg
from sqlalchemy import MetaData, create_mock_engine
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import SQLModel

from sg_common.db import Database

POSTGRES_ENV = "SG_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgresql")

# A set of tables: each metadata (the key holds it, so its identity is never reused by another
# while cached) and its table names (a table defined later, e.g. by a test module, makes a new set).
_TablesKey = tuple[tuple[MetaData, tuple[str, ...]], ...]


def postgres_test_url() -> str | None:
    """The PostgreSQL URL tests may use (``SG_TEST_POSTGRES_URL``), or None."""
    return os.environ.get(POSTGRES_ENV) or None


@dataclass(frozen=True)
class TestDatabase:
    """A database reserved for one test."""

    __test__ = False  # not a test class

    backend: str
    url: str
    schema: str | None = None


def _libpq_dsn(url: str) -> str:
    parsed = make_url(url)
    return parsed.set(drivername="postgresql", query={}).render_as_string(hide_password=False)


@asynccontextmanager
async def test_database(backend: str, tmp_path: Path) -> AsyncIterator[TestDatabase]:
    """Reserve an empty database on ``backend`` ("sqlite" or "postgresql") for the block."""
    if backend == "sqlite":
        yield TestDatabase("sqlite", f"sqlite+aiosqlite:///{tmp_path / f'{uuid.uuid4().hex}.db'}")
        return
    base = postgres_test_url()
    if base is None:
        raise RuntimeError(f"{POSTGRES_ENV} is not set")
    schema = f"t_{uuid.uuid4().hex[:16]}"
    dsn = _libpq_dsn(base)
    async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
        await conn.execute(f'CREATE SCHEMA "{schema}"')
    url = make_url(base).set(drivername="postgresql+psycopg")
    options = quote(f"-csearch_path={schema}")
    rendered = url.render_as_string(hide_password=False)
    sep = "&" if "?" in rendered else "?"
    try:
        yield TestDatabase("postgresql", f"{rendered}{sep}options={options}", schema)
    finally:
        async with await psycopg.AsyncConnection.connect(dsn, autocommit=True) as conn:
            await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


async def create_schema_objects(url: str, metadatas: Iterable[MetaData]) -> None:
    """Create every table of ``metadatas`` (and the shared ones) in the database at ``url``.

    Every database test of a service does this, so it is made cheap where the database is new:
    a SQLite file that does not exist yet is copied from a template built once per process and
    set of tables (under a millisecond, against 50-80 ms to create a service's tables), and an
    empty PostgreSQL schema gets the tables' DDL, compiled once, in one round trip (about 60 %
    of ``create_all``'s time). Anywhere else the tables missing are created by ``create_all``."""
    tables = [SQLModel.metadata, *(m for m in metadatas if m is not SQLModel.metadata)]
    key = tuple((m, tuple(sorted(m.tables))) for m in tables)
    if make_url(url).get_backend_name() == "postgresql":
        await _run_ddl(url, key, tables)
        return
    target = _new_sqlite_file(url)
    if target is None:
        await _create_all(url, tables)
        return
    template = _SQLITE_TEMPLATES.get(key)
    if template is None:
        folder = tempfile.mkdtemp(prefix="sg-schema-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        template = Path(folder) / "template.db"
        await _create_all(f"sqlite+aiosqlite:///{template}", tables)
        _SQLITE_TEMPLATES[key] = template
    shutil.copyfile(template, target)


async def _run_ddl(url: str, key: _TablesKey, metadatas: list[MetaData]) -> None:
    """Create the tables on PostgreSQL: in an empty schema, their DDL compiled once per set of
    tables and sent as one script (``create_all`` compiles it each time and asks whether each
    table exists first, a round trip each); in a schema that has objects, ``create_all``."""
    script = _POSTGRES_DDL.get(key)
    if script is None:
        statements: list[str] = []
        tables: set[str] = set()

        def record(ddl: Any, *_args: Any, **_kwargs: Any) -> None:
            statement = str(ddl.compile(dialect=mock.dialect)).strip()
            if statement not in statements:
                statements.append(statement)

        mock = create_mock_engine(make_url(url), record)
        for metadata in metadatas:
            fresh = [table for table in metadata.sorted_tables if table.name not in tables]
            metadata.create_all(mock, tables=fresh, checkfirst=False)
            tables |= {table.name for table in fresh}
        script = _POSTGRES_DDL[key] = ";\n".join(statements)
    db = Database(url)
    try:
        async with db.engine.begin() as conn:
            used = await conn.exec_driver_sql(_SCHEMA_IN_USE)
            if used.scalar():
                await _create_tables(conn, metadatas)
            else:
                await conn.exec_driver_sql(script)
    finally:
        await db.dispose()


# Whether the search path's schema holds a table, index, sequence or type already.
_SCHEMA_IN_USE = (
    "SELECT EXISTS (SELECT FROM pg_class WHERE relnamespace = current_schema()::regnamespace)"
    " OR EXISTS (SELECT FROM pg_type WHERE typnamespace = current_schema()::regnamespace)"
)

# The DDL script of each set of tables on PostgreSQL.
_POSTGRES_DDL: dict[_TablesKey, str] = {}

# The template file of each set of tables on SQLite.
_SQLITE_TEMPLATES: dict[_TablesKey, Path] = {}


def _new_sqlite_file(url: str) -> Path | None:
    """The file of a SQLite ``url`` when it does not exist yet (so a copy loses nothing)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    path = Path(parsed.database)
    if parsed.database == ":memory:" or path.exists():
        return None
    return path


async def _create_tables(conn: AsyncConnection, metadatas: list[MetaData]) -> None:
    """The tables of ``metadatas`` that do not exist yet (``create_all`` asks first)."""
    for metadata in metadatas:
        await conn.run_sync(metadata.create_all)


async def _create_all(url: str, metadatas: list[MetaData]) -> None:
    db = Database(url)
    try:
        async with db.engine.begin() as conn:
            await _create_tables(conn, metadatas)
    finally:
        # Closing the last connection checkpoints the write-ahead log into the file and removes
        # it, so the file alone is the whole database (the template is copied as one file).
        await db.dispose()


test_database.__test__ = False  # type: ignore[attr-defined]
