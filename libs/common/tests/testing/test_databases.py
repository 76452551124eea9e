"""`create_schema_objects` on SQLite copies a template built once per set of tables: the copy is
the same schema as creating the tables, a table added later gets a template of its own, and a
database that already exists is never overwritten. On PostgreSQL an empty schema gets the DDL
as one script, which makes the schema `create_all` makes; a schema in use gets `create_all`."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import (
    Column,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    UniqueConstraint,
)

from sg_common.testing.databases import _SQLITE_TEMPLATES, _create_all, create_schema_objects


def _schema(path: Path) -> list[tuple[str, str, str | None]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())


def _metadata() -> MetaData:
    metadata = MetaData()
    Table(
        "ledger_line",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("label", String(40), nullable=False, index=True),
    )
    return metadata


def _url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


async def test_a_copied_database_has_the_schema_the_tables_would_create(tmp_path: Path) -> None:
    metadata = _metadata()
    templates = len(_SQLITE_TEMPLATES)
    await create_schema_objects(_url(tmp_path / "first.db"), [metadata])
    await create_schema_objects(_url(tmp_path / "second.db"), [metadata])
    assert len(_SQLITE_TEMPLATES) == templates + 1, "one template for the two databases"

    from sqlmodel import SQLModel

    await _create_all(_url(tmp_path / "created.db"), [SQLModel.metadata, metadata])
    created = _schema(tmp_path / "created.db")
    assert ("table", "ledger_line") in {(kind, name) for kind, name, _ in created}
    assert _schema(tmp_path / "first.db") == created
    assert _schema(tmp_path / "second.db") == created
    with sqlite3.connect(tmp_path / "second.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        conn.execute("INSERT INTO ledger_line (label) VALUES ('a')")
    with sqlite3.connect(tmp_path / "first.db") as conn:
        assert conn.execute("SELECT count(*) FROM ledger_line").fetchone() == (0,), "copies apart"


async def test_a_table_defined_later_gets_a_template_of_its_own(tmp_path: Path) -> None:
    metadata = _metadata()
    await create_schema_objects(_url(tmp_path / "before.db"), [metadata])
    Table("ledger_note", metadata, Column("id", Integer, primary_key=True))
    await create_schema_objects(_url(tmp_path / "after.db"), [metadata])
    names = {name for kind, name, _ in _schema(tmp_path / "after.db") if kind == "table"}
    assert {"ledger_line", "ledger_note"} <= names
    assert "ledger_note" not in {name for _, name, _ in _schema(tmp_path / "before.db")}


async def test_an_existing_database_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "kept.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE kept (id INTEGER PRIMARY KEY)")
        conn.execute("INSERT INTO kept VALUES (7)")
    await create_schema_objects(_url(path), [_metadata()])
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT id FROM kept").fetchall() == [(7,)]
        assert conn.execute("SELECT count(*) FROM ledger_line").fetchone() == (0,)


async def _pg_schema(url: str) -> list[tuple[object, ...]]:
    from sg_common.db import Database

    db = Database(url)
    try:
        async with db.engine.connect() as conn:
            columns = await conn.exec_driver_sql(
                "SELECT table_name, column_name, data_type, is_nullable, column_default"
                " FROM information_schema.columns WHERE table_schema = current_schema()"
            )
            indexes = await conn.exec_driver_sql(
                "SELECT tablename, indexname, regexp_replace(indexdef, ' ON \\S+\\.', ' ON ')"
                " FROM pg_indexes WHERE schemaname = current_schema()"
            )
            types = await conn.exec_driver_sql(
                "SELECT typname FROM pg_type WHERE typnamespace = current_schema()::regnamespace"
            )
            return sorted([*columns.all(), *indexes.all(), *types.all()], key=repr)
    finally:
        await db.dispose()


async def test_postgresql_gets_the_schema_create_all_makes(tmp_path: Path) -> None:
    """On an empty schema the DDL goes as one script; the schema is the one create_all makes
    (an enum type, indexes, a foreign key, a default, and the shared audit and outbox tables)."""
    from sqlmodel import SQLModel

    from sg_common.testing.databases import postgres_test_url, test_database

    if postgres_test_url() is None:
        pytest.skip("SG_TEST_POSTGRES_URL is not set")
    metadata = _metadata()
    Table(
        "ledger_entry",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("line_id", ForeignKey("ledger_line.id"), nullable=False, index=True),
        Column("kind", Enum("debit", "credit", name="entry_kind"), nullable=False),
        Column("amount", Numeric(14, 2), nullable=False, server_default="0"),
        UniqueConstraint("line_id", "kind"),
    )
    async with test_database("postgresql", tmp_path) as scripted:
        await create_schema_objects(scripted.url, [metadata])
        async with test_database("postgresql", tmp_path) as created:
            await _create_all(created.url, [SQLModel.metadata, metadata])
            made = await _pg_schema(created.url)
            assert ("entry_kind",) in made
            assert any(row[:2] == ("ledger_entry", "amount") for row in made)
            assert await _pg_schema(scripted.url) == made
            # A schema that has tables already gets only the missing ones (create_all).
            extra = MetaData()
            Table("ledger_note", extra, Column("id", Integer, primary_key=True))
            await create_schema_objects(created.url, [metadata, extra])
            after = await _pg_schema(created.url)
            assert set(made) < set(after)
            assert any(row[0] == "ledger_note" for row in after)
