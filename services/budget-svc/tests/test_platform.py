"""budget-svc stands on the platform: health, metrics, org read, auth, migrations."""

import asyncio

import httpx

from sg_common.app import ServiceDefinition
from sg_common.testing import TestDatabase, assert_migrations_match_models


async def test_health_and_metrics(client: httpx.AsyncClient) -> None:
    assert (await client.get("/health/live")).status_code == 200
    assert (await client.get("/health/ready")).status_code == 200
    assert "sg_http_requests_total" in (await client.get("/metrics")).text


async def test_reads_the_org_tree(client: httpx.AsyncClient, auth) -> None:
    response = await client.get("/org/units/DG", headers=auth(roles=["sg.auditor"], units=["SG"]))
    assert response.status_code == 200, response.text
    assert "SG" in response.json()["children"]


async def test_refuses_anonymous_calls(client: httpx.AsyncClient) -> None:
    response = await client.get("/org/units")
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_migrations_from_empty_match_models(
    service_definition: ServiceDefinition, test_db: TestDatabase
) -> None:
    await asyncio.to_thread(
        assert_migrations_match_models,
        service_definition.migrations_dir,
        service_definition.metadata,
        test_db.url,
    )


async def test_replicas_migrating_together_take_turns(
    service_definition: ServiceDefinition, test_db: TestDatabase
) -> None:
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
