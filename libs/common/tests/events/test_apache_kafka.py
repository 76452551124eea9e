"""What only Apache Kafka does: keep its log across a restart, authenticate with SCRAM.

Run when ``SG_TEST_BROKERS`` names ``apache`` (CI does); each test starts a broker of its own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiokafka.errors import KafkaError

from sg_common.events.apache_kafka import ApacheKafkaBroker
from sg_common.events.catalogue import topic_of_producer
from sg_common.events.kafka import ensure_declared_topics
from sg_common.events.relay import OutboxRelay
from sg_common.events.runtime import EventRuntime
from sg_common.events.testing import (
    close_broker,
    new_broker,
    read_topic,
    start_broker,
    test_brokers,
    wait_for,
)

from .helpers import (
    applied,
    applied_count,
    assert_once_in_order,
    new_database,
    publish_allocations,
    record,
    settings_for,
)

pytestmark = [
    pytest.mark.broker,
    pytest.mark.skipif(
        "apache" not in test_brokers(), reason="Apache Kafka: set SG_TEST_BROKERS=apache"
    ),
]
TOPIC = topic_of_producer("budget")


@pytest.fixture
def apache_broker() -> Iterator[ApacheKafkaBroker]:
    broker = start_broker(new_broker("apache"))
    assert isinstance(broker, ApacheKafkaBroker)
    try:
        yield broker
    finally:
        close_broker(broker)


def _counter(relay: OutboxRelay, name: str) -> float:
    return float(getattr(relay.metrics, name)._value.get())


async def _on_topic(bootstrap: str, subject: str) -> int:
    return sum(r.key == subject.encode() for r in await read_topic(bootstrap, TOPIC))


async def test_a_restart_that_keeps_the_log_duplicates_nothing_and_resends_nothing(
    apache_broker: ApacheKafkaBroker, tmp_path: Path
) -> None:
    """The relay's forgetful-broker recovery must not fire on a broker that kept its data."""
    budget_db = await new_database(tmp_path, "budget")
    hr_db = await new_database(tmp_path, "hr")
    budget = EventRuntime(settings_for("budget", apache_broker, budget_db.url), budget_db, {})
    hr = EventRuntime(
        settings_for("hr", apache_broker, hr_db.url), hr_db, {"budget.allocated": record}
    )
    relay = budget.relay
    await budget.start()
    await hr.start()
    try:
        await publish_allocations(budget_db, range(20), "DSI")
        await wait_for(lambda: _applied_is(hr_db, 20), timeout=30, what="first twenty")
        assert relay._producer is not None
        assert relay._producer._txn_manager is not None  # the idempotent producer sent them
        assert await _on_topic(apache_broker.bootstrap, "DSI") == 20

        apache_broker.stop()  # a clean shutdown: the log stays on disk
        await publish_allocations(budget_db, range(20, 30), "DSI")  # written while it is down
        apache_broker.start()
        await wait_for(lambda: _applied_is(hr_db, 30), timeout=60, what="all thirty")
        # the verification ran after the reconnect (and runs every second in the tests): once
        # more here, explicitly, against the restarted broker
        assert await relay.recover_forgotten() == 0
        await asyncio.sleep(1.5)  # a periodic verification and a consumer poll or two more
    finally:
        await hr.stop()
        await budget.stop()
    assert _counter(relay, "republished") == 0
    assert _counter(relay, "sent") == 30  # each row sent once: nothing re-sent after the restart
    assert await _on_topic(apache_broker.bootstrap, "DSI") == 30  # no duplicate on the topic
    assert_once_in_order(await applied(hr_db), {"DSI": list(range(30))})  # nor in effects


async def _applied_is(db: object, n: int) -> bool:
    return await applied_count(db) == n  # type: ignore[arg-type]


async def test_sasl_scram_clients_authenticate_and_a_wrong_password_is_refused(
    tmp_path: Path,
) -> None:
    broker = ApacheKafkaBroker(scram_users={"sg-budget": "budget-pw", "sg-hr": "hr-pw"})
    broker.start()
    try:
        budget_db = await new_database(tmp_path, "budget")
        hr_db = await new_database(tmp_path, "hr")

        def sasl(service: str, url: str, user: str, password: str, mechanism: str) -> object:
            return settings_for(
                service,
                broker,
                url,
                kafka_bootstrap_servers=broker.sasl_bootstrap,
                kafka_security_protocol="SASL_PLAINTEXT",
                kafka_sasl_mechanism=mechanism,
                kafka_sasl_username=user,
                kafka_sasl_password=password,
            )

        wrong = sasl("budget", budget_db.url, "sg-budget", "not-it", "SCRAM-SHA-256")
        with pytest.raises(KafkaError):
            await ensure_declared_topics(wrong, timeout_s=1)  # type: ignore[arg-type]
        budget_settings = sasl("budget", budget_db.url, "sg-budget", "budget-pw", "SCRAM-SHA-256")
        hr_settings = sasl("hr", hr_db.url, "sg-hr", "hr-pw", "SCRAM-SHA-512")
        assert await ensure_declared_topics(budget_settings, timeout_s=10)  # type: ignore[arg-type]
        budget = EventRuntime(budget_settings, budget_db, {})  # type: ignore[arg-type]
        hr = EventRuntime(hr_settings, hr_db, {"budget.allocated": record})  # type: ignore[arg-type]
        await budget.start()
        await hr.start()
        try:
            await publish_allocations(budget_db, range(5), "DSG")
            await wait_for(lambda: _applied_is(hr_db, 5), timeout=30, what="five over SCRAM")
        finally:
            await hr.stop()
            await budget.stop()
        assert_once_in_order(await applied(hr_db), {"DSG": list(range(5))})
    finally:
        broker.close()
