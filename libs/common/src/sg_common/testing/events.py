"""Event helpers for service tests: read what a request published, hand the service an event.

``service_events`` (a plugin fixture) is bound to the running test app::

    async def test_allocation_publishes(client, auth, service_events):
        await client.post("/allocations", ..., headers=auth(roles="budget.manager"))
        [event] = await service_events.published("budget.allocated")
        assert event.data.unit_code == "DR-BRE"

    async def test_commitment_confirms_the_order(service_events, ...):
        outcome = await service_events.deliver(BudgetCommitmentRecordedV1(...), subject="PO-1")
        assert outcome == "applied"

``deliver`` goes through the same inbox-and-transaction path as the Kafka consumer (the same
envelope delivered twice is applied once). For the real broker, start the app with
``broker_settings(fresh_broker)`` as ``settings_overrides`` and publish with ``produce``.
"""

from __future__ import annotations

from typing import Any, TypeVar

from aiokafka import AIOKafkaProducer
from fastapi import FastAPI
from sqlmodel import col, select

from sg_common.events.broker import Broker
from sg_common.events.catalogue import topic_for
from sg_common.events.consumer import apply_event
from sg_common.events.envelope import EventEnvelope, EventPayload
from sg_common.events.store import OutboxMessage
from sg_common.events.testing import TEST_KAFKA_SETTINGS

P = TypeVar("P", bound=EventPayload)


def payload(event: EventEnvelope, kind: type[P]) -> P:
    """``event.data`` as the payload class its type names (asserted), for typed attribute reads."""
    assert isinstance(event.data, kind), f"{event.type} carries {type(event.data).__name__}"
    return event.data


class ServiceEvents:
    """The outbox and the handler table of one running service app."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app

    @property
    def handlers(self) -> dict[str, Any]:
        return dict(self.app.state.service.event_handlers)

    async def published(self, event_type: str | None = None) -> list[EventEnvelope]:
        """Every event in the outbox (sent or not), oldest first, optionally of one type."""
        stmt = select(OutboxMessage).order_by(col(OutboxMessage.id))
        if event_type is not None:
            stmt = stmt.where(OutboxMessage.event_type == event_type)
        async with self.app.state.database.transaction(write=False) as session:
            rows = (await session.exec(stmt)).all()
        return [EventEnvelope.decode(r.kafka_headers(), r.payload.encode()) for r in rows]

    async def deliver(
        self,
        event: EventPayload | EventEnvelope,
        *,
        subject: str | None = None,
    ) -> str:
        """Apply an event through the service's handler table; return the outcome."""
        envelope = (
            event
            if isinstance(event, EventEnvelope)
            else EventEnvelope.new(event, subject=subject or "test")
        )
        handler = self.handlers.get(envelope.type)
        if handler is None:
            raise AssertionError(
                f"{self.app.state.service.name} has no handler for {envelope.type}"
            )
        return await apply_event(
            self.app.state.database,
            self.app.state.settings.service_name,
            handler,
            envelope,
            topic=topic_for(envelope.type),
            partition=0,
            offset=0,
            org_tree=self.app.state.org_tree,
        )


def broker_settings(broker: Broker, **extra: Any) -> dict[str, Any]:
    """``settings_overrides`` that run the app's relay and consumer against ``broker``."""
    return {
        **TEST_KAFKA_SETTINGS,
        "events_enabled": True,
        **broker.client_settings(),
        **extra,
    }


async def produce(broker: Broker, payload: EventPayload, *, subject: str) -> EventEnvelope:
    """Publish one event to its topic on ``broker`` as its producing service would."""
    envelope = EventEnvelope.new(payload, subject=subject)
    producer = AIOKafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(
            topic_for(envelope.type),
            envelope.value(),
            key=envelope.subject.encode(),
            headers=envelope.headers(),
        )
    finally:
        await producer.stop()
    return envelope
