"""Per-key order on PostgreSQL, where outbox ids are taken at insert and rows become visible at
commit: a row may commit after rows with higher ids. The relay must never let an event overtake
one whose transaction committed before the later event's transaction began."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from sg_common.db import Database
from sg_common.events import kafka, publish
from sg_common.events.broker import Broker
from sg_common.events.consumer import EventConsumer
from sg_common.events.relay import OutboxRelay
from sg_common.events.testing import wait_for
from sg_common.testing import TestDatabase, create_schema_objects

from .helpers import (
    Allocation,
    EvTable,
    allocated,
    applied,
    new_database,
    publish_allocations,
    record,
    settings_for,
)

pytestmark = pytest.mark.broker


class _CommitsDuringFirstSend:
    """A real producer whose first ``send_batch`` first runs ``before_first_send``: the test's way
    to commit rows at the moment the relay's first batch is in flight (when it reads the next)."""

    def __init__(self, producer: Any, before_first_send: Any) -> None:
        self._producer = producer
        self._before = before_first_send

    def __getattr__(self, name: str) -> Any:
        return getattr(self._producer, name)

    async def send_batch(self, *args: Any, **kwargs: Any) -> Any:
        if self._before is not None:
            before, self._before = self._before, None
            await before()
        return await self._producer.send_batch(*args, **kwargs)


async def test_a_late_commit_is_not_overtaken_by_a_later_transaction(
    kafka_broker: Broker, test_db: TestDatabase, tmp_path: Path
) -> None:
    if test_db.backend != "postgresql":
        pytest.skip("SQLite writers are serialized: ids are in commit order")
    await create_schema_objects(test_db.url, [EvTable.metadata])
    budget_db = Database(test_db.url)
    hr_db = await new_database(tmp_path, "hr")
    unit = "DR-LATE"
    # X takes its outbox id first and commits last; 2 and 3 commit meanwhile (a full batch of
    # 2, so the relay reads the next batch while that one is in flight); Y begins after X
    # committed. Commit order: 2, 3, X=1, Y=4 — so Y must not reach hr before X.
    x_flushed, x_go, x_done = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def transaction_x() -> None:
        async with budget_db.transaction() as session:
            session.add(Allocation(id=f"{unit}-1", unit_code=unit))
            await publish(session, allocated(1, unit), subject=unit)
            await session.flush()  # the outbox row has its id, not yet visible
            x_flushed.set()
            await x_go.wait()
        x_done.set()

    async def commit_x_then_y() -> None:
        x_go.set()
        await x_done.wait()
        await publish_allocations(budget_db, range(4, 5), unit)

    settings = settings_for("budget", kafka_broker, test_db.url, relay_batch_size=2)
    relay = OutboxRelay(
        settings,
        budget_db,
        producer_factory=lambda s: _CommitsDuringFirstSend(kafka.producer(s), commit_x_then_y),
    )
    consumer = EventConsumer(
        settings_for("hr", kafka_broker, hr_db.url),
        hr_db,
        {"budget.allocated": record},
        group_id="hr-late-commit",
    )
    x = asyncio.create_task(transaction_x())
    try:
        await asyncio.wait_for(x_flushed.wait(), 10)
        await publish_allocations(budget_db, range(2, 4), unit)
        relay.start()
        consumer.start()
        await wait_for(lambda: _applied_of(hr_db, unit, 4), timeout=40, what="four applied in hr")
        await x
    finally:
        x_go.set()
        await consumer.stop()
        await relay.stop()
        await budget_db.dispose()
    assert [r.seq for r in await applied(hr_db) if r.subject == unit] == [2, 3, 1, 4]


async def _applied_of(db: Database, unit: str, n: int) -> bool:
    return len([r for r in await applied(db) if r.subject == unit]) == n
