"""Settings refuse development secrets in production; SQLite writers never hit "locked"."""

from __future__ import annotations

import asyncio
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, text
from sqlmodel import SQLModel, select
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.db import Database
from sg_common.settings import DEV_JWKS_FILE, InsecureSettingsError, ServiceSettings
from sg_common.testing import TestDatabase

from .sample_service import Note, SampleTable


def test_production_refuses_default_secret(tmp_path: Path) -> None:
    jwks = tmp_path / "jwks.json"
    jwks.write_text('{"keys": []}')
    with pytest.raises(InsecureSettingsError, match="SG_SECRET_KEY"):
        ServiceSettings(
            _env_file=None, env="production", jwks_file=jwks, jwt_issuer="https://idp/realms/sg"
        )


def test_production_refuses_dev_signing_key() -> None:
    with pytest.raises(InsecureSettingsError, match="development signing key"):
        ServiceSettings(
            _env_file=None,
            env="production",
            secret_key="a-real-secret-from-a-vault",
            jwks_file=DEV_JWKS_FILE,
            jwt_issuer="https://idp/realms/sg",
        )


def test_production_with_real_secrets_starts() -> None:
    settings = ServiceSettings(
        _env_file=None,
        env="production",
        secret_key="a-real-secret-from-a-vault",
        jwks_url="https://idp.example/realms/sg/protocol/openid-connect/certs",
        jwks_file=None,
        jwt_issuer="https://idp.example/realms/sg",
    )
    assert not settings.is_development


def test_settings_come_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SG_PORT", "9911")
    monkeypatch.setenv("SG_DATA_DIR", "/tmp/elsewhere")
    settings = ServiceSettings(_env_file=None, service_name="budget")
    assert settings.port == 9911
    assert settings.effective_database_url == "sqlite+aiosqlite:////tmp/elsewhere/budget.db"


_WRITER = """
import asyncio, sys
from sqlalchemy import text
from sg_common.db import Database

async def main(url, prefix, count):
    db = Database(url, sqlite_busy_timeout_ms=60_000)

    async def one(i):
        async with db.transaction() as session:
            await session.exec(
                text("INSERT INTO note (unit_code, title, version) VALUES ('DPG', :t, 1)"),
                params={"t": f"{prefix}{i}"},
            )

    await asyncio.gather(*(one(i) for i in range(count)))
    await db.dispose()

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
"""


async def test_sixteen_writers_in_four_processes_sqlite(tmp_path: Path) -> None:
    """Separate processes (no shared lock) rely on BEGIN IMMEDIATE + busy timeout."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'w.db'}"
    db = Database(url)
    async with db.engine.begin() as conn:
        await conn.run_sync(SampleTable.metadata.create_all)
        await conn.run_sync(SQLModel.metadata.create_all)
    procs = [
        await asyncio.create_subprocess_exec(sys.executable, "-c", _WRITER, url, f"p{p}-", "4")
        for p in range(4)
    ]
    codes = [await asyncio.wait_for(proc.wait(), 120) for proc in procs]
    assert codes == [0, 0, 0, 0]
    async with db.transaction(write=False) as session:
        count = (await session.exec(select(func.count()).select_from(Note))).one()
    await db.dispose()
    assert count == 16


async def _sqlite_thread_of(session: AsyncSession) -> int:
    """The id of the thread SQLite runs this session's statements on."""
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    driver = raw.driver_connection
    assert driver is not None
    await driver.create_function("sg_thread_id", 0, threading.get_ident)
    return int((await session.exec(text("SELECT sg_thread_id()"))).one()[0])  # type: ignore[call-overload]


async def test_sqlite_reads_run_on_the_loop_and_never_wait_for_a_writer(tmp_path: Path) -> None:
    """Reads run SQLite on the event loop's thread (no hand-off to aiosqlite's worker thread),
    writes keep the worker thread (BEGIN IMMEDIATE may wait for the lock); a read while a write
    transaction is open answers at once, from the last committed state."""
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'r.db'}")
    async with db.engine.begin() as conn:
        await conn.run_sync(SampleTable.metadata.create_all)
        await conn.run_sync(SQLModel.metadata.create_all)
    loop_thread = threading.get_ident()
    insert = text("INSERT INTO note (unit_code, title, version) VALUES ('DPG', :t, 1)")
    async with db.transaction() as write:
        await write.exec(insert, params={"t": "pending"})  # type: ignore[call-overload]
        assert await _sqlite_thread_of(write) != loop_thread
        async with asyncio.timeout(2), db.transaction(write=False) as read:
            assert await _sqlite_thread_of(read) == loop_thread
            seen = (await read.exec(select(func.count()).select_from(Note))).one()
        assert seen == 0  # the open write is not seen
    async with db.transaction(write=False) as read:
        assert (await read.exec(select(Note.title))).all() == ["pending"]
    await db.dispose()


async def test_reads_run_in_autocommit_on_both_databases(
    db_backend: str, test_db: TestDatabase
) -> None:
    """A read transaction sends no BEGIN (a GET is its statements and nothing else),
    and each of its statements reads the last committed state (READ COMMITTED) on SQLite as on
    PostgreSQL: a write committed between two statements of a read is seen by the second."""
    db = Database(test_db.url)
    async with db.engine.begin() as conn:
        await conn.run_sync(SampleTable.metadata.create_all)
    sent: list[str] = []

    def capture(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        sent.append(statement.split()[0].upper())

    event.listen(db.read_engine.sync_engine, "before_cursor_execute", capture)
    insert = text("INSERT INTO note (unit_code, title, version) VALUES ('DPG', :t, 1)")
    count = select(func.count()).select_from(Note)
    try:
        async with db.transaction(write=False) as read:
            before = (await read.exec(count)).one()
            async with db.transaction() as write:
                await write.exec(insert, params={"t": "between"})  # type: ignore[call-overload]
            after = (await read.exec(count)).one()
    finally:
        event.remove(db.read_engine.sync_engine, "before_cursor_execute", capture)
        await db.dispose()
    assert (before, after) == (0, 1)
    assert sent.count("SELECT") == 2
    assert "BEGIN" not in sent, (db_backend, sent)
