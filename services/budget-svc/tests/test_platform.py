"""budget-svc stands on the platform: health, metrics, org read, auth, migrations, and routers
that never touch the session (``sg_common.testing.platform``); below them, its own migrations."""

import asyncio
from pathlib import Path

from sg_common.app import ServiceDefinition
from sg_common.testing import TestDatabase
from sg_common.testing.platform import PlatformTests


class TestPlatform(PlatformTests):
    """The platform tests, on budget-svc."""


async def test_replicas_migrating_together_take_turns(test_db: TestDatabase) -> None:
    """Three replicas migrate one empty database at once (``sg-service budget migrate``).

    All succeed and the schema is at head once: PostgreSQL takes an advisory lock, SQLite a lock
    file beside the database. Without them, two create the same tables and fail at start.
    """
    import os
    import sys
    from pathlib import Path

    from sqlalchemy import text

    from sg_common.db import Database

    env = {k: v for k, v in os.environ.items() if not k.startswith("SG_")}
    env.update(SG_ENV="development", SG_DATABASE_URL=test_db.url, SG_EVENTS_ENABLED="false")
    sg_service = str(Path(sys.executable).parent / "sg-service")
    procs = [
        await asyncio.create_subprocess_exec(
            sg_service,
            "budget",
            "migrate",
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        for _ in range(3)
    ]
    outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in procs)), 120)
    for proc, (out, _) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, out.decode()[-2000:]
    db = Database(test_db.url)
    try:
        async with db.engine.connect() as conn:
            versions = (await conn.execute(text("SELECT version_num FROM alembic_version"))).all()
    finally:
        await db.dispose()
    assert len(versions) == 1


def _migrate_a_ledger(migrations_dir: Path, url: str) -> list[tuple]:
    """A line with movements written before lines kept their sums, then upgraded."""
    from sqlalchemy import create_engine, pool, text

    from sg_common.db import sync_url
    from sg_common.migrations import upgrade

    upgrade(migrations_dir, url, "a1c3e5f70b21")  # the revision before the kept sums
    engine = create_engine(sync_url(url), poolclass=pool.NullPool)
    try:
        with engine.begin() as conn:
            line_ids = [
                conn.execute(
                    text(
                        "INSERT INTO budget_line (unit_code, fiscal_year, action, title, "
                        "availability_sequence) VALUES ('DR-BRE', 2026, '08', :t, 0) RETURNING id"
                    ),
                    {"t": title},
                ).scalar_one()
                for title in ("T3", "T5")
            ]
            for ae, cp, frozen, committed, paid in (
                ("1000.00", "800.00", "0", "0", "0"),
                ("0", "0", "100.10", "0", "0"),
                ("0", "0", "0", "250.25", "0"),
                ("0", "0", "0", "-50.05", "0.10"),
            ):
                conn.execute(
                    text(
                        "INSERT INTO budget_movement (line_id, kind, allocated_ae, allocated_cp, "
                        "frozen_ae, frozen_cp, committed_ae, paid_cp, occurred_at, recorded_by) "
                        "VALUES (:l, 'x', :ae, :cp, :f, 0, :c, :p, CURRENT_TIMESTAMP, 'r')"
                    ),
                    {"l": line_ids[0], "ae": ae, "cp": cp, "f": frozen, "c": committed, "p": paid},
                )
        upgrade(migrations_dir, url)
        with engine.connect() as conn:
            return [
                tuple(str(v) for v in row)
                for row in conn.execute(
                    text(
                        "SELECT title, allocated_ae, allocated_cp, frozen_ae, frozen_cp, "
                        "committed_ae, paid_cp FROM budget_line ORDER BY title"
                    )
                )
            ]
    finally:
        engine.dispose()


async def test_migration_fills_the_kept_sums_from_the_ledger(
    service_definition: ServiceDefinition, test_db: TestDatabase
) -> None:
    rows = await asyncio.to_thread(
        _migrate_a_ledger, service_definition.migrations_dir, test_db.url
    )
    # T3: 1 000.00 / 800.00 allocated, 100.10 frozen, 250.25 − 50.05 = 200.20 committed, 0.10
    # paid; T5 has no movement: zeros
    normalized = [(r[0], *(f"{float(v):.2f}" for v in r[1:])) for r in rows]
    assert normalized == [
        ("T3", "1000.00", "800.00", "100.10", "0.00", "200.20", "0.10"),
        ("T5", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00"),
    ]
