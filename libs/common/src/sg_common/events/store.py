"""The outbox and inbox tables, and ``publish``: an event commits with the state change.

``publish(session, payload, subject=...)`` adds an ``outbox`` row in the caller's transaction:
if it rolls back, no event exists; once it commits, the relay sends it. Sent rows stay for a
retention window, and ``outbox_ack`` keeps the partition and offset the broker acknowledged for
each of them (one row per record batch: the batch's row ids and its first offset), so events a
broker forgets can be sent again. Consumers record ``(consumer, event_id)`` in ``inbox`` in the
handler's transaction: a redelivered event finds its row and is skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import BigInteger, Column, Index, Integer, Text, text
from sqlmodel import Field, SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.clock import utcnow
from sg_common.events.catalogue import topic_for
from sg_common.events.envelope import EventEnvelope, EventPayload

OUTBOX_FLAG = "sg_outbox_written"

#: Called with every envelope published (the test plugin validates each one against the
#: committed JSON Schema of its type and version).
publish_hooks: list[Callable[[EventEnvelope], None]] = []


_UNSENT = text("sent_at IS NULL")


class OutboxMessage(SQLModel, table=True):
    """An event waiting for (or kept after) the broker's acknowledgement.

    ``attempts`` and ``last_error`` count and describe failed sends. The partial index holds
    only unsent rows: marking a row sent removes one index entry instead of moving it.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_unsent", "id", sqlite_where=_UNSENT, postgresql_where=_UNSENT),
    )

    id: int | None = Field(
        default=None,
        sa_column=Column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    )
    event_id: str = Field(max_length=64, unique=True)
    event_type: str = Field(max_length=100)
    topic: str = Field(max_length=200)
    key: str = Field(max_length=200)
    headers: str = Field(sa_column=Column(Text, nullable=False))
    payload: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime
    sent_at: datetime | None = None
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=500)

    def kafka_headers(self) -> list[tuple[str, bytes]]:
        return [(k, v.encode()) for k, v in json.loads(self.headers)]


class OutboxAck(SQLModel, table=True):
    """One record batch the broker acknowledged: outbox row ``ids[i]`` is at ``first_offset + i``.

    Kept as long as the rows (retention), so that where a partition's high-water mark falls
    below ``last_offset`` the relay knows exactly which rows to send again.
    """

    __tablename__ = "outbox_ack"
    __table_args__ = (Index("ix_outbox_ack_partition", "topic", "partition", "last_offset"),)

    id: int | None = Field(
        default=None,
        sa_column=Column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True),
    )
    topic: str = Field(max_length=200)
    partition: int
    first_offset: int = Field(sa_column=Column(BigInteger, nullable=False))
    last_offset: int = Field(sa_column=Column(BigInteger, nullable=False))
    ids: str = Field(sa_column=Column(Text, nullable=False))  # JSON array, in offset order
    sent_at: datetime


class InboxMessage(SQLModel, table=True):
    """An event a consumer has applied (unique per consumer and event id)."""

    __tablename__ = "inbox"

    consumer: str = Field(primary_key=True, max_length=100)
    event_id: str = Field(primary_key=True, max_length=64)
    event_type: str = Field(max_length=100)
    topic: str = Field(max_length=200)
    partition: int
    offset: int = Field(sa_column=Column(BigInteger, nullable=False))
    received_at: datetime


async def publish(
    session: AsyncSession,
    payload: EventPayload,
    *,
    subject: str,
    source_service: str | None = None,
    event_id: str | None = None,
    time: datetime | None = None,
) -> EventEnvelope:
    """Record ``payload`` as an event of aggregate ``subject`` in the current transaction."""
    envelope = EventEnvelope.new(
        payload, subject=subject, source_service=source_service, event_id=event_id, time=time
    )
    session.add(
        OutboxMessage(
            event_id=envelope.id,
            event_type=envelope.type,
            topic=topic_for(envelope.type),
            key=envelope.subject,
            headers=json.dumps([(k, v.decode()) for k, v in envelope.headers()]),
            payload=envelope.value().decode(),
            created_at=utcnow(),
        )
    )
    session.info[OUTBOX_FLAG] = True
    for hook in publish_hooks:
        hook(envelope)
    return envelope
