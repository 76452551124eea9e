"""Real-broker test support: a broker per test session (or per test), bounded waits, readers.

``SG_TEST_BROKERS`` chooses the brokers the real-broker fixtures run on: ``tansu`` (the
default: no Java needed), ``apache`` (Apache Kafka 4 in KRaft mode, Java 17 and Maven) or
``tansu,apache`` (CI: every test using ``kafka_broker`` or ``fresh_broker`` runs on each).
On Apache Kafka the declared topics are created by ``ensure_declared_topics`` right after
the broker starts (auto-creation is off), and clients take ``broker.client_settings()``
(idempotent producer).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer

from sg_common.events.broker import Broker, EmbeddedBroker

#: Consumer settings that suit Tansu in tests (see DEVELOPERS.md: join held session/2).
TEST_KAFKA_SETTINGS: dict[str, Any] = {
    "kafka_session_timeout_ms": 2000,
    "kafka_heartbeat_interval_ms": 500,
    "kafka_fetch_max_wait_ms": 10,
    "kafka_request_timeout_ms": 5000,
    "relay_backoff_max_s": 1.0,
    "relay_ack_timeout_s": 6.0,
    "relay_verify_interval_s": 1.0,
    "consumer_retry_backoff_s": 0.02,
    "consumer_retry_backoff_max_s": 0.1,
    "kafka_topic_partitions": 3,
}


BROKER_KINDS = ("tansu", "apache")


def test_brokers() -> list[str]:
    """The brokers of ``SG_TEST_BROKERS`` (comma-separated; default ``tansu``)."""
    kinds = [k.strip() for k in os.environ.get("SG_TEST_BROKERS", "tansu").split(",") if k.strip()]
    unknown = [k for k in kinds if k not in BROKER_KINDS]
    if unknown or not kinds:
        raise ValueError(f"SG_TEST_BROKERS: unknown broker(s) {unknown}; use {BROKER_KINDS}")
    return kinds


test_brokers.__test__ = False  # type: ignore[attr-defined]  # not a test


def new_broker(kind: str) -> Broker:
    if kind == "apache":
        from sg_common.events.apache_kafka import ApacheKafkaBroker

        return ApacheKafkaBroker(partitions=int(TEST_KAFKA_SETTINGS["kafka_topic_partitions"]))
    return EmbeddedBroker()


def start_broker(broker: Broker) -> Broker:
    """Start ``broker``; on Apache Kafka, create the declared topics (auto-creation is off)."""
    broker.start()
    if broker.kind == "apache":
        from sg_common.events.kafka import ensure_declared_topics
        from sg_common.settings import ServiceSettings

        settings = ServiceSettings(
            _env_file=None,
            **{**TEST_KAFKA_SETTINGS, **broker.client_settings()},
        )
        asyncio.run(ensure_declared_topics(settings, timeout_s=30))
    return broker


def close_broker(broker: Broker) -> None:
    close = getattr(broker, "close", None)
    if close is not None:
        close()  # Apache Kafka: stop, then remove its log directory
    else:
        broker.stop()


@pytest.fixture(scope="session", params=test_brokers())
def kafka_broker(request: pytest.FixtureRequest) -> Iterator[Broker]:
    """A broker for the whole test session, per ``SG_TEST_BROKERS`` (Tansu: memory storage)."""
    broker = start_broker(new_broker(request.param))
    try:
        yield broker
    finally:
        close_broker(broker)


@pytest.fixture(params=test_brokers())
def fresh_broker(request: pytest.FixtureRequest) -> Iterator[Broker]:
    """A broker of this test's own, which the test may stop and start again."""
    broker = start_broker(new_broker(request.param))
    try:
        yield broker
    finally:
        close_broker(broker)


async def wait_for(
    condition: Callable[[], Awaitable[object]] | Callable[[], object],
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
        from sg_common.events.kafka import topic_partitions

        partitions = await topic_partitions(consumer, [topic])
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
