"""The relay's own report of the broker is what readiness shows: it must not outlive the loop.

A production run once showed a service ``ready`` with the broker ``ok`` half a minute after
Apache Kafka had stopped. Whatever stalls or ends the relay's loop, its health falls back to
"not connected": a cancellation that is not the relay's own is a failure like another (the loop
lives on), and a last successful exchange with the broker older than ``stale_after_s`` counts
as the broker gone.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import col, func, select

from sg_common.db import Database
from sg_common.events import OutboxMessage, kafka
from sg_common.events.broker import Broker
from sg_common.events.relay import OutboxRelay
from sg_common.events.testing import wait_for

from .helpers import new_database, publish_allocations, settings_for

pytestmark = pytest.mark.broker


async def test_a_stray_cancellation_is_a_failure_and_the_loop_lives_on(
    kafka_broker: Broker, tmp_path: Path
) -> None:
    db = await new_database(tmp_path, "budget")
    settings = settings_for("budget", kafka_broker, db.url, relay_backoff_max_s=0.2)
    starts = 0

    class CancelledOnce:
        """A producer whose first start lets out a CancelledError, as aiokafka may."""

        def __init__(self, inner: Any) -> None:
            self.inner = inner

        async def start(self) -> None:
            nonlocal starts
            starts += 1
            if starts == 1:
                raise asyncio.CancelledError
            await self.inner.start()

        def __getattr__(self, name: str) -> Any:
            return getattr(self.inner, name)

    relay = OutboxRelay(settings, db, producer_factory=lambda s: CancelledOnce(kafka.producer(s)))
    relay.start()
    try:
        await wait_for(lambda: relay.health()["connected"], timeout=30, what="relay connected")
        assert starts >= 2  # the first start failed, the loop tried again
        assert relay.health()["running"] is True
        assert relay.metrics.failures._value.get() >= 1  # counted as a failure
        await publish_allocations(db, range(3), "DPG")
        await wait_for(lambda: _unsent(db, 0), timeout=30, what="the three events sent")
    finally:
        await relay.stop()
    assert relay.health()["running"] is False
    assert relay.health()["connected"] is False


async def _unsent(db: Database, expected: int) -> bool:
    async with db.transaction(write=False) as session:
        count = (
            await session.exec(select(func.count()).where(col(OutboxMessage.sent_at).is_(None)))
        ).one()
    return int(count) == expected


async def test_a_stalled_check_reports_the_broker_gone(
    kafka_broker: Broker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = await new_database(tmp_path, "budget")
    settings = settings_for("budget", kafka_broker, db.url, relay_verify_interval_s=0.2)
    relay = OutboxRelay(settings, db)
    relay.start()
    try:
        await wait_for(lambda: relay.health()["connected"], timeout=30, what="relay connected")
        stalled = asyncio.Event()

        async def never_answers(partitions: list[Any]) -> dict[Any, int]:  # noqa: ARG001 (stands in for the consumer's end_offsets)
            stalled.set()
            await asyncio.Event().wait()  # a round trip that never comes back
            return {}

        monkeypatch.setattr(relay, "_high_watermarks", never_answers)
        await asyncio.wait_for(stalled.wait(), 10)
        # the loop is stuck in the check; while the last contact is recent it is still trusted
        assert relay.health()["connected"] is True
        assert relay.stale_after_s == pytest.approx(2 * 0.2 + settings.relay_ack_timeout_s + 10)
        # ... and once it is older than the bound, readiness says the broker is gone
        relay._last_contact = time.monotonic() - relay.stale_after_s - 1  # as time goes by
        health = relay.health()
        assert health["connected"] is False
        assert health["running"] is True
    finally:
        monkeypatch.undo()  # the stuck check returns to the real one, so the relay can stop
        await relay.stop()
