"""The outbox relay: a standing loop that sends committed events until the broker acks them.

* Wakes at once after a commit that wrote outbox rows (after-commit hook), else polls.
* Claims a batch in id order, sends it all, awaits every acknowledgement, then marks rows sent
  with their partition and offset (one executemany), in separate short transactions so writers
  never wait on the broker. On PostgreSQL a session-level advisory lock elects one sender per
  service among replicas (per-key order across replicas); SQLite has one process per file.
  Pipelined: the next batch is read while one is sent, and a fully acknowledged batch is marked
  while the next is sent. On the first failure it stops there: that row and the ones after it
  are sent again, in order, on the next round.
* Broker down: exponential backoff capped at ``relay_backoff_max_s``, retried forever.
* A broker that forgets (memory storage restarted, unclean election, topic recreated): at start,
  after every reconnect and every ``relay_verify_interval_s``, each partition's high-water mark
  is compared with the highest offset recorded; where the broker holds less, the retained rows
  from there on are sent again (consumers' inboxes absorb any duplicate this causes).
* Sent rows are deleted after ``outbox_retention_hours``.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
from datetime import timedelta
from typing import Any, NamedTuple

import structlog
from aiokafka import AIOKafkaProducer, TopicPartition
from prometheus_client import CollectorRegistry, Counter, Gauge
from sqlalchemy import delete, func, update
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.clock import utcnow
from sg_common.db import Database
from sg_common.events import kafka
from sg_common.events.store import OUTBOX_FLAG, OutboxMessage
from sg_common.settings import ServiceSettings

log = structlog.get_logger("sg_common.events.relay")


class RelayMetrics:
    def __init__(self, service: str, registry: CollectorRegistry | None) -> None:
        kw: dict[str, Any] = {"registry": registry if registry is not None else CollectorRegistry()}
        self.pending = Gauge(
            "sg_outbox_pending", "Outbox rows not yet acknowledged", ["service"], **kw
        ).labels(service)
        self.oldest_age = Gauge(
            "sg_outbox_oldest_pending_age_seconds",
            "Age of the oldest unsent outbox row",
            ["service"],
            **kw,
        ).labels(service)
        self.sent = Counter(
            "sg_outbox_sent", "Events acknowledged by the broker", ["service"], **kw
        ).labels(service)
        self.failures = Counter(
            "sg_outbox_send_failures",
            "Failed relay rounds (broker unavailable...)",
            ["service"],
            **kw,
        ).labels(service)
        self.republished = Counter(
            "sg_outbox_republished",
            "Events sent again because the broker lost them",
            ["service"],
            **kw,
        ).labels(service)


def _lock_key(service: str) -> int:
    """A stable signed 64-bit advisory-lock key per service."""
    digest = hashlib.blake2b(f"sg-outbox-relay:{service}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class _Pending(NamedTuple):
    id: int
    topic: str
    key: str
    headers: str
    payload: str


def _failed(exc: BaseException) -> asyncio.Future[Any]:
    future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
    future.set_exception(exc)
    return future


class OutboxRelay:
    """Publishes a service's outbox to Kafka."""

    def __init__(
        self,
        settings: ServiceSettings,
        database: Database,
        *,
        registry: CollectorRegistry | None = None,
        producer_factory: Any = None,
    ) -> None:
        self.settings = settings
        self.db = database
        self.metrics = RelayMetrics(settings.service_name, registry)
        self._producer_factory = producer_factory or kafka.producer
        self._producer: AIOKafkaProducer | None = None
        self._wake = asyncio.Event()
        self._stopping = False
        self._stop_event = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self.connected = False
        self.last_error: str | None = None
        self.pending = 0
        self.oldest_pending_age_s = 0.0
        self._last_cleanup = 0.0
        self._last_verify = 0.0
        self._leader_conn: Any = None
        self.leader = database.is_sqlite  # one process per SQLite file: always the sender
        database.add_after_commit_hook(self._after_commit)

    # lifecycle ------------------------------------------------------------------------------
    def _after_commit(self, session: AsyncSession) -> None:
        if session.info.pop(OUTBOX_FLAG, False):
            self._wake.set()

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name=f"{self.settings.service_name}-relay")

    async def stop(self, grace_s: float = 10.0) -> None:
        self._stopping = True
        self._stop_event.set()
        self._wake.set()
        if self._task is not None:
            try:
                await asyncio.wait_for(self._task, grace_s)
            except (TimeoutError, asyncio.CancelledError):
                self._task.cancel()
                with contextlib.suppress(BaseException):
                    await self._task
        await self._close_producer()
        if not self.db.is_sqlite:
            await self._release_leadership()

    async def _close_producer(self) -> None:
        if self._producer is not None:
            producer, self._producer = self._producer, None
            with contextlib.suppress(Exception):
                await asyncio.wait_for(producer.stop(), 5)
        self.connected = False

    # the loop ---------------------------------------------------------------------------------
    async def run(self) -> None:
        backoff = 0.1
        while not self._stopping:
            try:
                if self._producer is None:
                    await self._connect()
                sent = await self.relay_once()
                backoff = 0.1
                self.last_error = None
                await self._housekeeping()
                if sent >= self.settings.relay_batch_size:
                    continue
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.settings.relay_poll_interval_s)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # broker or database unavailable: back off, retry forever
                self.metrics.failures.inc()
                self.last_error = f"{type(exc).__name__}: {exc}"[:500]
                log.warning("relay_error", error=self.last_error, retry_in_s=round(backoff, 2))
                await self._close_producer()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._stop_event.wait(), backoff)
                backoff = min(backoff * 2, self.settings.relay_backoff_max_s)

    async def _connect(self) -> None:
        from sg_common.events.catalogue import dlq_topic, topic_of_producer

        topic = topic_of_producer(self.settings.service_name)
        await kafka.ensure_topics(self.settings, [topic, dlq_topic(topic)])
        producer = self._producer_factory(self.settings)
        try:
            await producer.start()
        except BaseException:
            with contextlib.suppress(Exception):
                await producer.stop()
            raise
        self._producer = producer
        self.connected = True
        await self.recover_forgotten()

    async def relay_once(self) -> int:
        """Send what is pending (up to a few batches); return how many the broker acknowledged."""
        if self.db.is_sqlite:
            return await self._relay_pipelined()
        return await self._relay_once_leader()

    async def _relay_pipelined(self, max_batches: int = 10) -> int:
        # One relay per SQLite file (one process): read, send and mark in separate short
        # transactions, so the service's writers never wait on the broker. Pipelined: while a
        # batch is sent and acknowledged the next batch is read, and while a fully
        # acknowledged batch is marked sent the next one is sent. A batch is sent only after
        # the previous one was fully acknowledged, so a failure never lets a later event of a
        # key overtake an earlier one (a row whose marking failed is sent again: the inboxes
        # absorb the repeat).
        rows = await self._read_pending(after_id=0)
        total = 0
        recording: asyncio.Task[int] | None = None
        next_rows: asyncio.Task[list[Any]] | None = None
        try:
            for _ in range(max_batches):
                if not rows:
                    break
                if len(rows) >= self.settings.relay_batch_size:  # read ahead while sending
                    next_rows = asyncio.create_task(self._read_pending(after_id=rows[-1].id))
                acks = await self._send(rows)
                results = await asyncio.gather(*acks, return_exceptions=True)
                if recording is not None:
                    total += await recording
                    recording = None
                if any(isinstance(r, BaseException) for r in results):
                    total += await self._record_batch(rows, results)  # raises the failure
                recording = asyncio.create_task(self._record_batch(rows, results))
                rows = await next_rows if next_rows is not None else []
                next_rows = None
            if recording is not None:
                total += await recording
                recording = None
        finally:
            for task in (recording, next_rows):
                if task is not None and not task.done():
                    task.cancel()
                    with contextlib.suppress(BaseException):
                        await task
        return total

    async def _record_batch(self, rows: list[Any], results: list[Any]) -> int:
        async with self.db.transaction() as session:
            return await self._record(session, rows, results)

    async def _read_pending(self, *, after_id: int) -> list[Any]:
        # driver-level: plain tuples, no result processing (all columns are ints and text)
        sql = (
            "SELECT id, topic, key, headers, payload FROM outbox "  # noqa: S608  (ints only)
            f"WHERE sent_at IS NULL AND id > {int(after_id)} "
            f"ORDER BY id LIMIT {int(self.settings.relay_batch_size)}"
        )
        async with self.db.read_engine.connect() as conn:
            return [_Pending(*r) for r in (await conn.exec_driver_sql(sql)).all()]

    async def _relay_once_leader(self) -> int:
        # PostgreSQL, several replicas: one sender per service at a time, elected by a
        # session-level advisory lock held on a dedicated connection; the leader relays exactly
        # as on SQLite (pipelined, short transactions). Claiming batches with FOR UPDATE SKIP
        # LOCKED in every replica would let two replicas send interleaved batches and break
        # per-key order; the election keeps order and the throughput of one pipelined sender.
        if not await self._hold_leadership():
            return 0
        return await self._relay_pipelined()

    async def _hold_leadership(self) -> bool:
        """True while this relay holds its service's advisory lock (re-checked each round)."""
        conn = self._leader_conn
        if conn is not None:
            try:
                await conn.exec_driver_sql("SELECT 1")
                await conn.rollback()
                return True
            except Exception:  # connection lost: so is the lock; another replica may take over
                log.warning("relay_leadership_lost", service=self.settings.service_name)
                await self._release_leadership()
        conn = await self.db.engine.connect()
        try:
            key = _lock_key(self.settings.service_name)
            got = bool((await conn.execute(select(func.pg_try_advisory_lock(key)))).scalar_one())
            await conn.rollback()  # ends the implicit transaction; the session lock stays
        except BaseException:
            await conn.invalidate()
            raise
        if not got:
            await conn.close()
            return False
        self._leader_conn = conn
        self.leader = True
        log.info("relay_leader", service=self.settings.service_name)
        return True

    async def _release_leadership(self) -> None:
        conn, self._leader_conn = self._leader_conn, None
        self.leader = False
        if conn is None:
            return
        with contextlib.suppress(Exception):
            await conn.execute(
                select(func.pg_advisory_unlock(_lock_key(self.settings.service_name)))
            )
        with contextlib.suppress(Exception):
            await conn.invalidate()  # never back to the pool holding a session lock

    async def _send(self, rows: list[Any]) -> list[asyncio.Future[Any]]:
        """Hand the rows to the producer in order; return one acknowledgement future per row."""
        assert self._producer is not None
        producer = self._producer
        futures: list[asyncio.Future[Any]] = []
        try:
            for row in rows:
                futures.append(
                    await producer.send(
                        row.topic,
                        value=row.payload.encode(),
                        key=row.key.encode(),
                        headers=[(k, v.encode()) for k, v in json.loads(row.headers)],
                    )
                )
        except Exception as exc:  # the rows not handed to the producer fail with it
            futures += [_failed(exc) for _ in range(len(rows) - len(futures))]
        return futures

    async def _record(self, session: AsyncSession, rows: list[Any], results: list[Any]) -> int:
        """Mark acknowledged rows sent, up to the first failure (the rest go again, in order)."""
        now = utcnow()
        acked: list[tuple[int, int, int]] = []
        failure: BaseException | None = None
        for row, result in zip(rows, results, strict=True):
            if isinstance(result, BaseException):
                failure = result
                await session.exec(
                    update(OutboxMessage)
                    .where(col(OutboxMessage.id) == row.id)
                    .values(
                        attempts=OutboxMessage.attempts + 1,
                        last_error=f"{type(result).__name__}: {result}"[:500],
                    )
                )
                break
            acked.append((result.partition, result.offset, row.id))
        if acked:
            # driver-level executemany: SQLAlchemy's per-row parameter processing dominated
            conn = await session.connection()
            dialect = conn.dialect
            bind = OutboxMessage.__table__.c.sent_at.type.bind_processor(dialect)
            sent_at = bind(now) if bind else now
            mark = "?" if dialect.paramstyle == "qmark" else "%s"
            await conn.exec_driver_sql(
                f'UPDATE outbox SET sent_at = {mark}, "partition" = {mark}, "offset" = {mark}, '  # noqa: S608
                f"attempts = attempts + 1 WHERE id = {mark}",
                [(sent_at, p, o, i) for p, o, i in acked],
            )
        self.metrics.sent.inc(len(acked))
        if failure is not None:
            await session.commit()
            raise failure
        return len(acked)

    async def _housekeeping(self) -> None:
        loop_time = asyncio.get_running_loop().time()
        async with self.db.transaction(write=False) as session:
            pending, oldest = (
                await session.exec(
                    select(func.count(), func.min(OutboxMessage.created_at)).where(
                        col(OutboxMessage.sent_at).is_(None)
                    )
                )
            ).one()
        self.pending = int(pending)
        if oldest is not None and oldest.tzinfo is None:
            from datetime import UTC

            oldest = oldest.replace(tzinfo=UTC)
        self.oldest_pending_age_s = (utcnow() - oldest).total_seconds() if oldest else 0.0
        self.metrics.pending.set(self.pending)
        self.metrics.oldest_age.set(self.oldest_pending_age_s)
        if loop_time - self._last_verify > self.settings.relay_verify_interval_s:
            await self.recover_forgotten()
        if loop_time - self._last_cleanup > 60:
            self._last_cleanup = loop_time
            cutoff = utcnow() - timedelta(hours=self.settings.outbox_retention_hours)
            async with self.db.transaction() as session:
                await session.exec(
                    delete(OutboxMessage).where(
                        col(OutboxMessage.sent_at).is_not(None), col(OutboxMessage.sent_at) < cutoff
                    )
                )

    async def recover_forgotten(self) -> int:
        """Mark unsent again the retained rows a broker no longer holds; return how many."""
        self._last_verify = asyncio.get_running_loop().time()
        async with self.db.transaction(write=False) as session:
            recorded = (
                await session.exec(
                    select(
                        OutboxMessage.topic, OutboxMessage.partition, func.max(OutboxMessage.offset)
                    )
                    .where(col(OutboxMessage.sent_at).is_not(None))
                    .group_by(OutboxMessage.topic, OutboxMessage.partition)
                )
            ).all()
        if not recorded:
            return 0
        marks = await self._high_watermarks(
            [TopicPartition(t, p) for t, p, _ in recorded if p is not None]
        )
        republished = 0
        for topic, partition, max_offset in recorded:
            if partition is None or max_offset is None:
                continue
            high = marks.get(TopicPartition(topic, partition))
            if high is None or high > max_offset:
                continue
            async with self.db.transaction() as session:
                result = await session.exec(
                    update(OutboxMessage)
                    .where(
                        col(OutboxMessage.topic) == topic,
                        col(OutboxMessage.partition) == partition,
                        col(OutboxMessage.offset) >= high,
                    )
                    .values(sent_at=None, partition=None, offset=None)
                )
                republished += result.rowcount or 0
        if republished:
            from sg_common.events.catalogue import dlq_topic

            topics = sorted({t for t, _, _ in recorded})
            await kafka.ensure_topics(self.settings, [*topics, *(dlq_topic(t) for t in topics)])
            self.metrics.republished.inc(republished)
            log.warning("broker_forgot_events", republishing=republished)
            self._wake.set()
        return republished

    async def _high_watermarks(self, partitions: list[TopicPartition]) -> dict[TopicPartition, int]:
        """High-water marks read from fetch responses (Tansu's ListOffsets under-reports)."""
        consumer = kafka.consumer(self.settings, group_id=None, auto_offset_reset="earliest")
        await consumer.start()
        try:
            known = await consumer.topics()
            existing = [tp for tp in partitions if tp.topic in known]
            marks = {tp: 0 for tp in partitions if tp.topic not in known}
            if not existing:
                return marks
            consumer.assign(existing)
            await consumer.seek_to_end(*existing)
            deadline = asyncio.get_running_loop().time() + 5
            while asyncio.get_running_loop().time() < deadline:
                await consumer.getmany(timeout_ms=100)
                values = {tp: consumer.highwater(tp) for tp in existing}
                if all(v is not None for v in values.values()):
                    marks.update({tp: int(v) for tp, v in values.items() if v is not None})
                    break
            else:
                for tp in existing:
                    hw = consumer.highwater(tp)
                    if hw is not None:
                        marks[tp] = hw
            return marks
        finally:
            await consumer.stop()

    def health(self) -> dict[str, Any]:
        return {
            "connected": self.connected,
            "pending": self.pending,
            "oldest_pending_age_s": round(self.oldest_pending_age_s, 3),
            "last_error": self.last_error,
            "leader": self.leader,
        }
