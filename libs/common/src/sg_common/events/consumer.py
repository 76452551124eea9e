"""The idempotent consumer: one group per service, one transaction per event, an inbox.

For each message: decode and validate (failure → dead-letter topic at once); skip types this
service has no handler for; otherwise, in one database transaction, insert
``(consumer, event_id)`` into the inbox (already there → a redelivery, skipped) and run the
handler, which may publish events through the outbox in that same transaction. The offset is
committed only after that transaction committed, for assigned partitions only. A failing handler
is retried with backoff, then the message goes to ``<topic>.dlq`` with headers naming the
original topic, partition, offset, consumer, error and attempts; the consumer goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord, TopicPartition
from aiokafka.errors import CommitFailedError, KafkaError
from prometheus_client import CollectorRegistry, Counter
from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.audit.context import acting
from sg_common.clock import utcnow
from sg_common.db import Database
from sg_common.events import kafka
from sg_common.events.catalogue import dlq_topic, topics_for_types
from sg_common.events.envelope import EnvelopeError, EventEnvelope, current_traceparent
from sg_common.events.store import InboxMessage
from sg_common.org.tree import SESSION_TREE_KEY, OrgTree
from sg_common.settings import ServiceSettings
from sg_common.tracing import consume_span

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider

log = structlog.get_logger("sg_common.events.consumer")

Handler = Callable[[AsyncSession, EventEnvelope], Awaitable[None]]

DLQ_PREFIX = "sg_dlq_"
H_ORIGINAL_TOPIC = "sg_dlq_original_topic"
H_ORIGINAL_PARTITION = "sg_dlq_original_partition"
H_ORIGINAL_OFFSET = "sg_dlq_original_offset"
H_CONSUMER = "sg_dlq_consumer"
H_ERROR_CLASS = "sg_dlq_error_class"
H_ERROR_MESSAGE = "sg_dlq_error_message"
H_ATTEMPTS = "sg_dlq_attempts"
H_FAILED_AT = "sg_dlq_failed_at"


class ConsumerMetrics:
    def __init__(self, service: str, registry: CollectorRegistry | None) -> None:
        kw: dict[str, Any] = {"registry": registry if registry is not None else CollectorRegistry()}
        self.handled = Counter(
            "sg_events_consumed",
            "Events consumed, by type and outcome",
            ["service", "type", "outcome"],
            **kw,
        )
        self.service = service

    def count(self, event_type: str, outcome: str) -> None:
        self.handled.labels(self.service, event_type, outcome).inc()


class EventConsumer:
    """Consumes the topics of a handler table into a service's database."""

    def __init__(
        self,
        settings: ServiceSettings,
        database: Database,
        handlers: Mapping[str, Handler],
        *,
        registry: CollectorRegistry | None = None,
        group_id: str | None = None,
        handler_timeout_s: float = 30.0,
        tracer_provider: TracerProvider | None = None,
        org_tree: OrgTree | None = None,
    ) -> None:
        self.settings = settings
        self.db = database
        self.handlers = dict(handlers)
        self.group_id = group_id or settings.service_name
        self.topics = topics_for_types(self.handlers)
        self.metrics = ConsumerMetrics(settings.service_name, registry)
        self.handler_timeout_s = handler_timeout_s
        self.tracer_provider = tracer_provider
        self.org_tree = org_tree
        self._consumer: AIOKafkaConsumer | None = None
        self._producer: AIOKafkaProducer | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._stop_event = asyncio.Event()
        self.running = False
        self.last_error: str | None = None
        self.processed = 0

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name=f"{self.group_id}-consumer")

    async def stop(self, grace_s: float = 10.0) -> None:
        self._stopping = True
        self._stop_event.set()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(BaseException):
                await asyncio.wait_for(self._task, grace_s)
        await self._close()

    async def _close(self) -> None:
        self.running = False
        for client in (self._consumer, self._producer):
            if client is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(client.stop(), 5)
        self._consumer = None
        self._producer = None

    async def run(self) -> None:
        backoff = 0.2
        while not self._stopping:
            try:
                await self._connect()
                backoff = 0.2
                await self._poll_forever()
            except asyncio.CancelledError as exc:
                task = asyncio.current_task()
                if self._stopping or (task is not None and task.cancelling()):
                    raise
                await self._failed(exc, backoff)  # aiokafka's, not ours: the loop lives on
                backoff = min(backoff * 2, self.settings.relay_backoff_max_s)
            except Exception as exc:
                await self._failed(exc, backoff)
                backoff = min(backoff * 2, self.settings.relay_backoff_max_s)

    async def _failed(self, exc: BaseException, backoff: float) -> None:
        self.last_error = f"{type(exc).__name__}: {exc}"[:500]
        log.warning("consumer_error", error=self.last_error, retry_in_s=round(backoff, 2))
        await self._close()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop_event.wait(), backoff)

    async def _connect(self) -> None:
        await kafka.ensure_topics(
            self.settings, [*self.topics, *(dlq_topic(t) for t in self.topics)]
        )
        producer = kafka.producer(self.settings)
        await producer.start()
        self._producer = producer
        consumer = kafka.consumer(self.settings, *self.topics, group_id=self.group_id)
        await consumer.start()
        self._consumer = consumer
        self.running = True
        self.last_error = None

    async def _poll_forever(self) -> None:
        assert self._consumer is not None
        consumer = self._consumer
        while not self._stopping:
            batch = await consumer.getmany(timeout_ms=500)
            for tp, records in batch.items():
                for record in records:
                    if self._stopping:
                        return
                    await self.process(record)
                    await self._commit(consumer, tp, record.offset + 1)

    async def _commit(self, consumer: AIOKafkaConsumer, tp: TopicPartition, offset: int) -> None:
        if tp not in consumer.assignment():
            return  # revoked during handling: the next owner redelivers, the inbox absorbs it
        try:
            await consumer.commit({tp: offset})
        except CommitFailedError as exc:
            log.warning("commit_failed", partition=str(tp), error=str(exc))

    async def process(self, record: ConsumerRecord[Any, Any]) -> str:
        """Apply one record; return the outcome (applied, duplicate, skipped, dead_lettered)."""
        try:
            envelope = EventEnvelope.decode(record.headers, record.value)
        except EnvelopeError as exc:
            await self._dead_letter(record, exc, attempts=0)
            self.metrics.count(_header(record, "ce_type") or "?", "invalid")
            return "dead_lettered"
        handler = self.handlers.get(envelope.type)
        if handler is None:
            self.metrics.count(envelope.type, "skipped")
            return "skipped"
        delay = self.settings.consumer_retry_backoff_s
        last: BaseException | None = None
        for attempt in range(1, self.settings.consumer_max_attempts + 1):
            try:
                outcome = await self._apply(handler, envelope, record)
                self.processed += 1
                self.metrics.count(envelope.type, outcome)
                return outcome
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                last = exc
                log.warning(
                    "handler_failed",
                    type=envelope.type,
                    event_id=envelope.id,
                    attempt=attempt,
                    error=repr(exc),
                )
                if attempt < self.settings.consumer_max_attempts:
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, self.settings.consumer_retry_backoff_max_s)
        assert last is not None
        await self._dead_letter(record, last, attempts=self.settings.consumer_max_attempts)
        self.metrics.count(envelope.type, "dead_lettered")
        return "dead_lettered"

    async def _apply(
        self, handler: Handler, envelope: EventEnvelope, record: ConsumerRecord[Any, Any]
    ) -> str:
        return await apply_event(
            self.db,
            self.group_id,
            handler,
            envelope,
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            timeout_s=self.handler_timeout_s,
            tracer_provider=self.tracer_provider,
            org_tree=self.org_tree,
        )

    async def _dead_letter(
        self, record: ConsumerRecord[Any, Any], error: BaseException, *, attempts: int
    ) -> None:
        headers = [(k, v) for k, v in (record.headers or ()) if not k.startswith(DLQ_PREFIX)]
        headers += [
            (H_ORIGINAL_TOPIC, record.topic.encode()),
            (H_ORIGINAL_PARTITION, str(record.partition).encode()),
            (H_ORIGINAL_OFFSET, str(record.offset).encode()),
            (H_CONSUMER, self.group_id.encode()),
            (H_ERROR_CLASS, type(error).__name__.encode()),
            (H_ERROR_MESSAGE, str(error)[:1000].encode()),
            (H_ATTEMPTS, str(attempts).encode()),
            (H_FAILED_AT, utcnow().isoformat().encode()),
        ]
        log.error(
            "dead_lettered", topic=record.topic, offset=record.offset, error=repr(error)[:300]
        )
        delay = 0.2
        while True:  # never commit past a message that is neither applied nor parked
            try:
                if self._producer is None:
                    raise KafkaError("no producer")
                await self._producer.send_and_wait(
                    dlq_topic(record.topic), value=record.value, key=record.key, headers=headers
                )
                return
            except KafkaError as exc:
                if self._stopping:
                    raise
                log.warning("dlq_send_failed", error=str(exc))
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.settings.relay_backoff_max_s)

    def health(self) -> dict[str, Any]:
        assigned = (
            sorted(f"{tp.topic}:{tp.partition}" for tp in self._consumer.assignment())
            if self._consumer
            else []
        )
        loop_alive = self._task is None or not self._task.done()  # None: driven by a test
        return {
            "running": self.running and loop_alive,
            "group": self.group_id,
            "topics": self.topics,
            "assigned": assigned,
            "processed": self.processed,
            "last_error": self.last_error,
        }


async def apply_event(
    db: Database,
    consumer: str,
    handler: Handler,
    envelope: EventEnvelope,
    *,
    topic: str,
    partition: int,
    offset: int,
    timeout_s: float = 30.0,
    tracer_provider: TracerProvider | None = None,
    org_tree: OrgTree | None = None,
) -> str:
    """Run ``handler`` and record ``(consumer, event id)`` in the inbox, in one transaction.

    Returns ``"applied"``, or ``"duplicate"`` when the inbox already holds the event (nothing
    is run). The handler's writes, its outbox events and the inbox row commit or roll back
    together.
    """
    token = current_traceparent.set(envelope.traceparent)
    try:
        with (
            consume_span(tracer_provider, envelope, consumer=consumer, topic=topic),
            acting(f"event:{envelope.type}", request_id=envelope.id),  # the audit trail's "who"
        ):
            return await _apply_in_transaction(
                db, consumer, handler, envelope, topic, partition, offset, timeout_s, org_tree
            )
    finally:
        current_traceparent.reset(token)


async def _apply_in_transaction(
    db: Database,
    consumer: str,
    handler: Handler,
    envelope: EventEnvelope,
    topic: str,
    partition: int,
    offset: int,
    timeout_s: float,
    org_tree: OrgTree | None,
) -> str:
    try:
        async with db.transaction() as session:
            if org_tree is not None:
                session.info[SESSION_TREE_KEY] = org_tree  # org_tree_of(session) in handlers
            if await session.get(InboxMessage, (consumer, envelope.id)) is not None:
                return "duplicate"
            session.add(
                InboxMessage(
                    consumer=consumer,
                    event_id=envelope.id,
                    event_type=envelope.type,
                    topic=topic,
                    partition=partition,
                    offset=offset,
                    received_at=utcnow(),
                )
            )
            await session.flush()
            await asyncio.wait_for(handler(session, envelope), timeout_s)
        return "applied"
    except IntegrityError:
        # another consumer instance applied it concurrently
        return "duplicate"


def _header(record: ConsumerRecord[Any, Any], name: str) -> str | None:
    for key, value in record.headers or ():
        if key == name:
            return value.decode() if isinstance(value, bytes) else str(value)
    return None
