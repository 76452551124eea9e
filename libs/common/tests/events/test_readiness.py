"""Readiness follows the database, not the broker: the outbox keeps the API writing while Kafka is
down, so a broker outage must not take the pods out of their Service.

Over a real broker (Tansu) that the test stops: ``/health/ready`` stays 200, reports the broker as
degraded, ``sg_broker_connected`` drops to 0, and a write is accepted into the outbox. With the
database gone, readiness answers 503.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import APIRouter, FastAPI
from sqlmodel import func, select

from sg_common.app import ServiceDefinition
from sg_common.db import Database
from sg_common.deps import SessionDep
from sg_common.events import publish
from sg_common.events.broker import EmbeddedBroker
from sg_common.events.store import OutboxMessage
from sg_common.events.testing import wait_for
from sg_common.settings import ServiceSettings
from sg_common.testing import broker_settings

from .helpers import Allocation, EvTable, allocated


class AllocSettings(ServiceSettings):
    service_name: str = "budget"
    port: int = 8097


router = APIRouter(prefix="/allocations", tags=["allocations"])


@router.post("/{seq}", status_code=201)
async def allocate(seq: int, session: SessionDep) -> dict[str, str]:
    session.add(Allocation(id=f"DPG-{seq}", unit_code="DPG"))
    await publish(session, allocated(seq), subject="DPG")
    return {"id": f"DPG-{seq}"}


ALLOC = ServiceDefinition(
    name="budget",
    title="Allocations",
    description="publishes an event per write",
    settings_class=AllocSettings,
    metadata=EvTable.metadata,
    migrations_dir=Path(__file__).parent / "no-migrations",
    routers=[router],
)


@pytest.fixture
def service_definition() -> ServiceDefinition:
    return ALLOC


@pytest.fixture
def settings_overrides(fresh_broker: EmbeddedBroker) -> dict[str, Any]:
    return {**broker_settings(fresh_broker), "relay_verify_interval_s": 0.5}


async def _outbox_size(database: Database) -> int:
    async with database.transaction(write=False) as session:
        return int((await session.exec(select(func.count()).select_from(OutboxMessage))).one())


def _gauge(text: str, name: str) -> float:
    [line] = [ln for ln in text.splitlines() if ln.startswith(name + "{")]
    return float(line.rsplit(" ", 1)[1])


@pytest.mark.broker
@pytest.mark.sqlite_only
async def test_ready_while_the_broker_is_down_and_writes_go_to_the_outbox(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker
) -> None:
    await wait_for(lambda: app.state.events.health()["ready"], what="events ready")
    ready = await client.get("/health/ready")
    assert ready.status_code == 200
    assert ready.json()["checks"]["broker"]["status"] == "ok"
    assert _gauge((await client.get("/metrics")).text, "sg_broker_connected") == 1.0

    fresh_broker.stop()
    before = await _outbox_size(app.state.database)
    assert (await client.post("/allocations/1")).status_code == 201
    assert await _outbox_size(app.state.database) == before + 1

    await wait_for(lambda: not app.state.events.health()["ready"], what="relay sees the outage")
    ready = await client.get("/health/ready")
    assert ready.status_code == 200, ready.text
    body = ready.json()
    assert body["status"] == "ready"
    assert body["checks"]["database"]["status"] == "ok"
    assert body["checks"]["broker"]["status"] == "degraded"
    assert body["degraded"] == ["broker"]
    assert _gauge((await client.get("/metrics")).text, "sg_broker_connected") == 0.0
    assert (await client.get("/health/live")).status_code == 200
    assert (await client.post("/allocations/2")).status_code == 201
    assert await _outbox_size(app.state.database) == before + 2


@pytest.mark.broker
@pytest.mark.sqlite_only
async def test_an_idle_service_that_never_published_sees_the_outage(
    app: FastAPI, client: httpx.AsyncClient, fresh_broker: EmbeddedBroker
) -> None:
    # Nothing written, nothing ever acknowledged: the relay's periodic check must still reach
    # the broker (it used to check only partitions it had written to, so it saw nothing).
    await wait_for(lambda: app.state.events.health()["ready"], what="events ready")
    fresh_broker.stop()
    await wait_for(
        lambda: not app.state.events.health()["ready"], timeout=20, what="relay sees the outage"
    )
    body = (await client.get("/health/ready")).json()
    assert body["degraded"] == ["broker"]
    assert await _outbox_size(app.state.database) == 0


@pytest.mark.sqlite_only
async def test_not_ready_without_the_database(app: FastAPI, client: httpx.AsyncClient) -> None:
    class Gone:
        async def ping(self) -> None:
            raise ConnectionRefusedError("database down")

    real = app.state.database
    app.state.database = Gone()
    try:
        ready = await client.get("/health/ready")
    finally:
        app.state.database = real
    assert ready.status_code == 503
    assert ready.json()["checks"]["database"]["status"] == "error"
