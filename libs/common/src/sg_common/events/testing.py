"""Real-broker test support: a Tansu per test session (or per test), bounded waits, readers."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition

from sg_common.events.broker import EmbeddedBroker

#: Consumer settings that suit Tansu in tests (see DEVELOPERS.md: join held session/2).
TEST_KAFKA_SETTINGS: dict[str, Any] = {
    "kafka_session_timeout_ms": 2000,
    "kafka_heartbeat_interval_ms": 500,
    "kafka_fetch_max_wait_ms": 10,
    "kafka_request_timeout_ms": 5000,
    "relay_backoff_max_s": 1.0,
    "relay_verify_interval_s": 1.0,
    "consumer_retry_backoff_s": 0.02,
    "consumer_retry_backoff_max_s": 0.1,
    "kafka_topic_partitions": 3,
}


@pytest.fixture(scope="session")
def kafka_broker() -> Iterator[EmbeddedBroker]:
    """A Tansu broker for the whole test session (memory storage)."""
    with EmbeddedBroker() as broker:
        yield broker


@pytest.fixture
def fresh_broker() -> Iterator[EmbeddedBroker]:
    """A broker of this test's own, which the test may stop and start again."""
    broker = EmbeddedBroker()
    broker.start()
    try:
        yield broker
    finally:
        broker.stop()


async def wait_for(
    condition: Callable[[], Awaitable[bool]] | Callable[[], bool],
    *,
    timeout: float = 20.0,  # noqa: ASYNC109  (a polling deadline, not a cancel scope)
    interval: float = 0.05,
    what: str = "condition",
) -> None:
    """Poll ``condition`` until true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if asyncio.iscoroutine(result) or isinstance(result, Awaitable):
            result = await result
        if result:
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(interval)


async def read_topic(bootstrap: str, topic: str, *, timeout: float = 10.0) -> list[Any]:  # noqa: ASYNC109
    """Every record of ``topic`` up to its high-water marks, read without a group."""
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        fetch_max_wait_ms=10,
    )
    await consumer.start()
    records: list[Any] = []
    try:
        await consumer.topics()  # loads metadata
        partitions = [
            TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())
        ]
        if not partitions:
            return []
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=100)
            for recs in batch.values():
                records.extend(recs)
            marks = [consumer.highwater(tp) for tp in partitions]
            if all(m is not None for m in marks):
                positions = [await consumer.position(tp) for tp in partitions]
                if all(pos >= (m or 0) for pos, m in zip(positions, marks, strict=True)):
                    break
        return records
    finally:
        await consumer.stop()


async def started(runtime: Any) -> AsyncIterator[Any]:
    await runtime.start()
    try:
        yield runtime
    finally:
        await runtime.stop()
