"""An in-memory bus for unit tests: the outbox-to-handler path without a broker.

Unit tests only — the proof that events flow is the real-broker suite. The bus takes what the
attached services' transactions wrote to their outboxes, marks it sent, and hands each event to
every attached service with a handler for its type, through :func:`apply_event` (the same
inbox-and-transaction path as the Kafka consumer). Events published by handlers are delivered
in later rounds, until nothing is left::

    bus = InMemoryBus()
    bus.attach("budget", budget_db, budget_handlers)
    bus.attach("facilities", facilities_db, facilities_handlers)
    ... # HTTP calls that publish
    await bus.deliver()
    await bus.inject(BudgetAllocatedV1(...), subject="DPG")  # an event from outside
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlmodel import col, select

from sg_common.clock import utcnow
from sg_common.db import Database
from sg_common.events.catalogue import topic_for
from sg_common.events.consumer import Handler, apply_event
from sg_common.events.envelope import EventEnvelope, EventPayload
from sg_common.events.store import OutboxMessage


@dataclass
class _Attached:
    name: str
    db: Database
    handlers: dict[str, Handler]


@dataclass
class DeadLetter:
    consumer: str
    envelope: EventEnvelope
    error: BaseException


@dataclass
class InMemoryBus:
    """Delivers outbox events between attached databases (unit tests only)."""

    #: raise a handler's error at once (default) instead of parking it in ``dead_letters``
    strict: bool = True
    delivered: list[EventEnvelope] = field(default_factory=list)
    dead_letters: list[DeadLetter] = field(default_factory=list)
    _services: list[_Attached] = field(default_factory=list)
    _offsets: itertools.count[int] = field(default_factory=itertools.count)

    def attach(self, name: str, db: Database, handlers: Mapping[str, Handler]) -> None:
        self._services.append(_Attached(name, db, dict(handlers)))

    async def deliver(self, *, max_rounds: int = 50) -> list[EventEnvelope]:
        """Deliver every pending outbox event (and the ones they cause); return them in order."""
        out: list[EventEnvelope] = []
        for _ in range(max_rounds):
            batch = await self._drain_outboxes()
            if not batch:
                return out
            for envelope in batch:
                await self.dispatch(envelope)
            out += batch
        raise RuntimeError(f"events still flowing after {max_rounds} rounds (a cycle?)")

    async def inject(self, payload: EventPayload, *, subject: str) -> EventEnvelope:
        """Deliver an event as if another service had published it, then what it causes."""
        envelope = EventEnvelope.new(payload, subject=subject)
        await self.dispatch(envelope)
        await self.deliver()
        return envelope

    async def dispatch(self, envelope: EventEnvelope) -> None:
        # a redelivery of the same envelope is absorbed by the inbox, as with Kafka
        envelope = EventEnvelope.decode(envelope.headers(), envelope.value())
        self.delivered.append(envelope)
        offset = next(self._offsets)
        for service in self._services:
            handler = service.handlers.get(envelope.type)
            if handler is None:
                continue
            try:
                await apply_event(
                    service.db,
                    service.name,
                    handler,
                    envelope,
                    topic=topic_for(envelope.type),
                    partition=0,
                    offset=offset,
                )
            except Exception as exc:
                if self.strict:
                    raise
                self.dead_letters.append(DeadLetter(service.name, envelope, exc))

    async def _drain_outboxes(self) -> list[EventEnvelope]:
        envelopes: list[EventEnvelope] = []
        for service in self._services:
            async with service.db.transaction() as session:
                rows = (
                    await session.exec(
                        select(OutboxMessage)
                        .where(col(OutboxMessage.sent_at).is_(None))
                        .order_by(col(OutboxMessage.id))
                    )
                ).all()
                for row in rows:
                    envelopes.append(
                        EventEnvelope.decode(row.kafka_headers(), row.payload.encode())
                    )
                    row.sent_at = utcnow()
                    session.add(row)
        return envelopes
