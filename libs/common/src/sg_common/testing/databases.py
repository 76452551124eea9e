"""Isolated databases for tests: a SQLite file, or a PostgreSQL schema of its own.

Each test gets a database nobody else uses (a fresh file, or a fresh schema selected through
``search_path`` in the URL), so reruns and parallel runs never collide, and code under test can
really commit (the outbox relay and consumers run against it as in production).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
from sqlalchemy import MetaData
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from sg_common.db import Database

POSTGRES_ENV = "SG_TEST_POSTGRES_URL"
BACKENDS = ("sqlite", "postgresql")


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
    """Create every table of ``metadatas`` (and the shared ones) in the database at ``url``."""
    db = Database(url)
    try:
        async with db.engine.begin() as conn:
            await conn.run_sync(SQLModel.metadata.create_all)
            for metadata in metadatas:
                if metadata is not SQLModel.metadata:
                    await conn.run_sync(metadata.create_all)
    finally:
        await db.dispose()


test_database.__test__ = False  # type: ignore[attr-defined]
