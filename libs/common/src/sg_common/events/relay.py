"""The outbox relay: a standing loop that sends committed events until the broker acks them.

* Wakes at once after a commit that wrote outbox rows (after-commit hook), else polls.
* Reads unsent rows in id order, encodes them into record batches (one per partition, where
  ``producer.send`` would put each key), hands them to the producer, awaits every
  acknowledgement, then marks the rows sent and records each batch's offsets in
  ``outbox_ack``, in separate short transactions so writers never wait on the broker. On
  PostgreSQL a session-level advisory lock elects one sender per service among replicas
  (per-key order across replicas); SQLite has one process per file. Pipelined: a batch goes to
  the producer only once the previous one is fully acknowledged, and the reading and encoding
  of the next batch and the marking of the previous ones overlap that wait. On the first
  failure it stops there: that row and the ones after it are sent again, in order.
* Broker down: exponential backoff capped at ``relay_backoff_max_s``, retried forever.
* A broker that forgets (memory storage restarted, unclean election, topic recreated): at start,
  after every reconnect and every ``relay_verify_interval_s``, each partition's high-water mark
  is compared with the highest offset recorded; where the broker holds less, the rows of the
  batches from there on are sent again (consumers' inboxes absorb any duplicate this causes).
* Sent rows and their acknowledgements are deleted after ``outbox_retention_hours``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import time
from datetime import timedelta
from typing import Any, NamedTuple

import structlog
from aiokafka import AIOKafkaProducer, TopicPartition
from aiokafka.partitioner import DefaultPartitioner
from aiokafka.producer.message_accumulator import BatchBuilder
from prometheus_client import CollectorRegistry, Counter, Gauge
from sqlalchemy import delete, func, or_, update
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.clock import utcnow
from sg_common.db import Database
from sg_common.events import kafka
from sg_common.events.store import OUTBOX_FLAG, OutboxAck, OutboxMessage
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


_READ_SQLITE = (
    "SELECT id, topic, key, headers, payload FROM outbox "
    "WHERE sent_at IS NULL AND id > ? ORDER BY id LIMIT ?"
)
_READ_POSTGRESQL = _READ_SQLITE.replace("?", "%s")
_LATE_POSTGRESQL = (
    "SELECT id FROM outbox WHERE sent_at IS NULL AND id < %s AND id <> ALL(%s::bigint[]) "
    "ORDER BY id LIMIT 1"
)
_MARK_SQLITE = "UPDATE outbox SET sent_at = ? WHERE id IN (SELECT value FROM json_each(?))"
_MARK_POSTGRESQL = "UPDATE outbox SET sent_at = %s WHERE id = ANY(%s::bigint[])"
_ACK_SQLITE = (
    'INSERT INTO outbox_ack (topic, "partition", first_offset, last_offset, ids, sent_at) '
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_ACK_POSTGRESQL = _ACK_SQLITE.replace("?", "%s")


class _Pending(NamedTuple):
    id: int
    topic: str
    key: str
    headers: list[list[str]]  # [[name, value], ...] as stored
    payload: str


class _Batch(NamedTuple):
    topic: str
    partition: int
    builder: BatchBuilder
    members: list[tuple[int, int]]  # (row index in the round, offset relative to the batch)


class _Submitted(NamedTuple):
    future: asyncio.Future[Any]
    topic: str
    partition: int
    members: list[tuple[int, int]]


class _Round(NamedTuple):
    """One batch of rows handed to the producer, and what became of each record batch."""

    rows: list[_Pending]
    submitted: list[_Submitted]
    outcomes: list[Any]  # per submitted batch: its RecordMetadata or the exception

    def first_failure(self) -> tuple[int, BaseException] | None:
        """The lowest row index whose batch failed, with the error (None if all acked)."""
        failed = [
            (index, outcome)
            for sent, outcome in zip(self.submitted, self.outcomes, strict=True)
            if isinstance(outcome, BaseException)
            for index, _ in sent.members
        ]
        return min(failed, key=lambda f: f[0]) if failed else None


_PARTITIONER = DefaultPartitioner()


@functools.lru_cache(maxsize=65536)
def _partition_of(key: bytes, partitions: tuple[int, ...]) -> int:
    """The partition ``producer.send`` would choose for ``key`` (murmur2, as the Java client)."""
    return int(_PARTITIONER(key, list(partitions), list(partitions)))


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
        #: time.monotonic() of the last exchange with the broker that succeeded (a connection,
        #: an acknowledged batch, the periodic high-water check): readiness counts the broker
        #: as gone when it is older than ``stale_after_s``, whatever state the loop is in
        self._last_contact = 0.0
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
                # cleared before the round, not after: a commit while it runs wakes the next
                self._wake.clear()
                sent = await self.relay_once()
                backoff = 0.1
                self.last_error = None
                await self._housekeeping()
                if sent >= self.settings.relay_batch_size:
                    continue
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.settings.relay_poll_interval_s)
            except asyncio.CancelledError as exc:
                task = asyncio.current_task()
                if self._stopping or (task is not None and task.cancelling()):
                    raise
                # Not a cancellation of this loop: aiokafka lets one out of a request whose
                # connection closed under it. Ending the loop here would leave the relay
                # reporting itself connected with nothing sending; it is a failure like another.
                await self._failed(exc, backoff)
                backoff = min(backoff * 2, self.settings.relay_backoff_max_s)
            except Exception as exc:  # broker or database unavailable: back off, retry forever
                await self._failed(exc, backoff)
                backoff = min(backoff * 2, self.settings.relay_backoff_max_s)

    async def _failed(self, exc: BaseException, backoff: float) -> None:
        self.metrics.failures.inc()
        self.last_error = f"{type(exc).__name__}: {exc}"[:500]
        log.warning("relay_error", error=self.last_error, retry_in_s=round(backoff, 2))
        await self._close_producer()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop_event.wait(), backoff)

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
        self._last_contact = time.monotonic()
        await self.recover_forgotten()

    async def relay_once(self) -> int:
        """Send what is pending (up to a few batches); return how many the broker acknowledged."""
        if self.db.is_sqlite:
            return await self._relay_pipelined()
        return await self._relay_once_leader()

    async def _relay_pipelined(self, max_batches: int = 10) -> int:
        # One sender per outbox (one process per SQLite file; the elected leader on
        # PostgreSQL). A batch is handed to the producer only once the previous one is fully
        # acknowledged, so a failure never lets a later event of a key overtake an earlier
        # one; everything else overlaps the acknowledgement wait: while a batch is in flight
        # the next one is read and encoded, and acknowledged batches are marked sent in the
        # background (those that pile up while a marking runs go together in the next one).
        # A row whose marking failed is sent again: the inboxes absorb the repeat.
        rows = await self._read_pending(after_id=0)
        if not rows:
            return 0
        built = await self._build(rows)
        read_ids: list[int] = []
        total = 0
        marking: asyncio.Task[int] | None = None
        unmarked: list[_Round] = []
        try:
            for round_ in range(max_batches):
                submitted = await self._submit(built)
                next_rows: list[_Pending] = []
                next_built: list[_Batch] = []
                if len(rows) >= self.settings.relay_batch_size and round_ + 1 < max_batches:
                    next_rows, next_built = await self._read_ahead(rows, read_ids)
                # Bounded: an idempotent producer retries a batch for as long as the broker is
                # away (Apache Kafka), so the wait would never end and the relay would go on
                # reporting itself connected. Past the bound the round fails as a send would:
                # the producer is closed, the rows stay unsent and go again in order.
                outcomes = await asyncio.wait_for(
                    asyncio.gather(*(s.future for s in submitted), return_exceptions=True),
                    self.settings.relay_ack_timeout_s,
                )
                unmarked.append(_Round(rows, submitted, list(outcomes)))
                if unmarked[-1].first_failure() is None:
                    self._last_contact = time.monotonic()
                if marking is not None and marking.done():
                    total += marking.result()  # raises if the marking failed
                    marking = None
                if unmarked[-1].first_failure() is not None:
                    break  # marked below, up to the failure, which is then raised
                if marking is None:
                    marking = asyncio.create_task(self._mark(unmarked))
                    unmarked = []
                rows, built = next_rows, next_built
                if not rows:
                    break
            if marking is not None:
                total += await marking
                marking = None
            if unmarked:
                total += await self._mark(unmarked)
        finally:
            if marking is not None and not marking.done():
                marking.cancel()
                with contextlib.suppress(BaseException):
                    await marking
        return total

    def _reader(self) -> AsyncEngine:
        """The engine the relay reads the outbox with: SQLite's read engine; on PostgreSQL the
        write engine, whose connections open a transaction (``SET LOCAL`` pins the plan for
        it; the read engine is in autocommit)."""
        return self.db.read_engine if self.db.is_sqlite else self.db.engine

    async def _read_ahead(
        self, rows: list[_Pending], read_ids: list[int]
    ) -> tuple[list[_Pending], list[_Batch]]:
        """While ``rows`` are in flight: the rows after them, built. None when a row below them
        committed late (``_committed_late``): the next call reads from the lowest id again."""
        read_ids += [r.id for r in rows]
        next_rows = await self._read_pending(after_id=rows[-1].id)
        if not next_rows:
            return [], []
        if await self._committed_late(read_ids, next_rows[0].id):
            self._wake.set()
            return [], []
        return next_rows, await self._build(next_rows)

    async def _read_pending(self, *, after_id: int) -> list[_Pending]:
        """The next unsent rows in id order, their stored headers decoded.

        On SQLite the rows are fetched in one call on the raw connection (SQLite builds the
        tuples; SQLAlchemy's result rows cost more than the fetch itself). On
        PostgreSQL the plan is pinned to an ordered scan of the partial index of unsent rows:
        with stale statistics (a queue table's usual state) the planner otherwise bitmap-scans
        every pending row and sorts them, for each batch. The headers of the whole batch are
        decoded by one ``json.loads``.
        """
        params = (int(after_id), int(self.settings.relay_batch_size))
        async with self._reader().connect() as conn:
            if self.db.is_sqlite:
                driver = (await conn.get_raw_connection()).driver_connection
                assert driver is not None  # the aiosqlite connection
                rows = await driver.execute_fetchall(_READ_SQLITE, params)
            else:
                await conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
                rows = (await conn.exec_driver_sql(_READ_POSTGRESQL, params)).all()
        if not rows:
            return []
        headers = json.loads("[" + ",".join([r[3] for r in rows]) + "]")
        return [_Pending(r[0], r[1], r[2], h, r[4]) for r, h in zip(rows, headers, strict=True)]

    async def _committed_late(self, read_ids: list[int], next_id: int) -> bool:
        """Whether a row below ``next_id`` that this call has not read became visible meanwhile.

        PostgreSQL takes an outbox id at insert and shows the row at commit, so a transaction
        may commit after rows with higher ids were read. Reading on from the last id read would
        skip it and send after it the events of transactions that began once it had committed
        (the next read runs after that commit, so this check, after the read, sees it). Then
        the call stops there and the next one reads from the lowest unsent id. SQLite writers
        are serialized: its ids are in commit order.
        """
        if self.db.is_sqlite:
            return False
        async with self._reader().connect() as conn:
            await conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
            late = (await conn.exec_driver_sql(_LATE_POSTGRESQL, (next_id, read_ids))).first()
        return late is not None

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

    async def _build(self, rows: list[_Pending]) -> list[_Batch]:
        """Encode the rows into record batches, one open batch per topic and partition.

        Rows go in id order; a key always maps to the partition ``producer.send`` would choose,
        so each key's events keep their order. One acknowledgement future per batch instead
        of one per row, and the records of a batch get consecutive offsets from its base.
        Nothing is handed to the producer here: this runs while the previous batch is in flight.
        """
        assert self._producer is not None
        producer = self._producer
        partitions = {
            topic: tuple(await producer.partitions_for(topic)) for topic in {r.topic for r in rows}
        }
        batches: list[_Batch] = []
        open_batches: dict[tuple[str, int], _Batch] = {}
        for index, (_, topic, key_text, stored_headers, payload) in enumerate(rows):
            if index and not index % 128:
                await asyncio.sleep(0)  # let acknowledgements and markings progress
            key = key_text.encode()
            partition = _partition_of(key, partitions[topic])
            value = payload.encode()
            headers = [(k, v.encode()) for k, v in stored_headers]
            batch = open_batches.get((topic, partition))
            meta = None
            if batch is not None:
                meta = batch.builder.append(timestamp=None, key=key, value=value, headers=headers)
            if batch is None or meta is None:  # none yet for this partition, or full: start one
                batch = _Batch(topic, partition, producer.create_batch(), [])
                open_batches[topic, partition] = batch
                batches.append(batch)
                meta = batch.builder.append(timestamp=None, key=key, value=value, headers=headers)
            batch.members.append((index, meta.offset))
        return batches

    async def _submit(self, batches: list[_Batch]) -> list[_Submitted]:
        """Hand the built batches to the producer, in order; a partition's go one at a time."""
        assert self._producer is not None
        producer = self._producer
        submitted: list[_Submitted] = []
        for position, batch in enumerate(batches):
            batch.builder.close()  # nothing else may join it once submitted
            try:
                future = await producer.send_batch(
                    batch.builder, batch.topic, partition=batch.partition
                )
            except Exception as exc:  # the rows not handed to the producer fail with it
                submitted += [
                    _Submitted(_failed(exc), b.topic, b.partition, b.members)
                    for b in batches[position:]
                ]
                break
            submitted.append(_Submitted(future, batch.topic, batch.partition, batch.members))
        return submitted

    async def _mark(self, rounds: list[_Round]) -> int:
        """Mark the acknowledged rows sent and record their batches' offsets, in one transaction.

        Up to the first failure only (in id order): that row and the ones after it are sent
        again, in order, on the next round; the failure is then raised.
        """
        now = utcnow()
        ids: list[int] = []
        acks: list[tuple[str, int, int, int, str, Any]] = []
        failure: tuple[_Pending, BaseException] | None = None
        for round_ in rounds:
            first_failure = round_.first_failure()
            limit = first_failure[0] if first_failure else len(round_.rows)
            for sent, outcome in zip(round_.submitted, round_.outcomes, strict=True):
                if isinstance(outcome, BaseException):
                    continue
                members = [m for m in sent.members if m[0] < limit]
                if not members:
                    continue
                batch_ids = [round_.rows[index].id for index, _ in members]
                first, last = outcome.offset + members[0][1], outcome.offset + members[-1][1]
                acks.append((sent.topic, sent.partition, first, last, json.dumps(batch_ids), now))
                ids += batch_ids
            if first_failure is not None:
                failure = (round_.rows[first_failure[0]], first_failure[1])
                break
        async with self.db.transaction() as session:
            if ids:
                # driver level, one UPDATE for all the rows (aiosqlite's executemany would take
                # the GIL back from the event loop at every row)
                conn = await session.connection()
                dialect = conn.dialect
                sent_at_column = sa_inspect(OutboxMessage).local_table.c.sent_at
                sent_at_type = sent_at_column.type.dialect_impl(dialect)
                bind = sent_at_type.bind_processor(dialect)
                sent_at = bind(now) if bind else now
                acks = [(*ack[:5], sent_at) for ack in acks]
                if self.db.is_sqlite:
                    await conn.exec_driver_sql(_MARK_SQLITE, (sent_at, json.dumps(ids)))
                    await conn.exec_driver_sql(_ACK_SQLITE, acks)
                else:
                    # losing this commit in a server crash only sends the rows again (the
                    # inboxes absorb it), so it need not wait for the WAL flush
                    await conn.exec_driver_sql("SET LOCAL synchronous_commit = off")
                    await conn.exec_driver_sql(_MARK_POSTGRESQL, (sent_at, ids))
                    await conn.exec_driver_sql(_ACK_POSTGRESQL, acks)
            if failure is not None:
                row, error = failure
                await session.exec(
                    update(OutboxMessage)
                    .where(col(OutboxMessage.id) == row.id)
                    .values(
                        attempts=OutboxMessage.attempts + 1,
                        last_error=f"{type(error).__name__}: {error}"[:500],
                    )
                )
        self.metrics.sent.inc(len(ids))
        if failure is not None:
            raise failure[1]
        return len(ids)

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
            await self.delete_expired()

    async def delete_expired(self) -> int:
        """Delete the rows sent before the retention window, and their acknowledgements.

        Walks the primary key from the oldest row and stops at the first row still unsent or
        sent within the window, so it reads only what it deletes (no index on ``sent_at``).
        """
        cutoff = utcnow() - timedelta(hours=self.settings.outbox_retention_hours)
        async with self.db.transaction() as session:
            keep_from = (
                await session.exec(
                    select(OutboxMessage.id)
                    .where(
                        or_(
                            col(OutboxMessage.sent_at).is_(None),
                            col(OutboxMessage.sent_at) >= cutoff,
                        )
                    )
                    .order_by(col(OutboxMessage.id))
                    .limit(1)
                )
            ).first()
            expired = (
                col(OutboxMessage.id) < keep_from
                if keep_from is not None
                else col(OutboxMessage.sent_at).is_not(None)
            )
            deleted = (await session.exec(delete(OutboxMessage).where(expired))).rowcount or 0
            await session.exec(delete(OutboxAck).where(col(OutboxAck.sent_at) < cutoff))
        return deleted

    async def recover_forgotten(self) -> int:
        """Mark unsent again the retained rows a broker no longer holds; return how many.

        Where a partition's high-water mark is at or below the last offset acknowledged in it,
        the rows of every batch acknowledged from that mark on are sent again, in id order (a
        key's later events are in those batches too, so order per key is kept).
        """
        self._last_verify = asyncio.get_running_loop().time()
        async with self.db.transaction(write=False) as session:
            recorded = (
                await session.exec(
                    select(
                        OutboxAck.topic, OutboxAck.partition, func.max(OutboxAck.last_offset)
                    ).group_by(col(OutboxAck.topic), col(OutboxAck.partition))
                )
            ).all()
        if not recorded:
            # Nothing acknowledged to check, but the check is also how an idle relay learns the
            # broker is gone (readiness, sg_broker_connected): a round trip all the same.
            await self._high_watermarks([])
            return 0
        marks = await self._high_watermarks([TopicPartition(t, p) for t, p, _ in recorded])
        republished = 0
        for topic, partition, last_offset in recorded:
            high = marks.get(TopicPartition(topic, partition))
            if high is None or high > last_offset:
                continue
            async with self.db.transaction() as session:
                lost = (
                    await session.exec(
                        select(OutboxAck).where(
                            col(OutboxAck.topic) == topic,
                            col(OutboxAck.partition) == partition,
                            col(OutboxAck.last_offset) >= high,
                        )
                    )
                ).all()
                ids = sorted({i for ack in lost for i in json.loads(ack.ids)})
                for start in range(0, len(ids), 10_000):  # under SQLite's variable limit
                    result = await session.exec(
                        update(OutboxMessage)
                        .where(
                            col(OutboxMessage.id).in_(ids[start : start + 10_000]),
                            col(OutboxMessage.sent_at).is_not(None),
                        )
                        .values(sent_at=None)
                    )
                    republished += result.rowcount or 0
                await session.exec(
                    delete(OutboxAck).where(col(OutboxAck.id).in_([a.id for a in lost]))
                )
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
            known = await consumer.topics()  # a metadata round trip: the broker answered
            self._last_contact = time.monotonic()
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

    @property
    def stale_after_s(self) -> float:
        """How old the last broker exchange may be before readiness counts the broker as gone.

        An idle relay reaches the broker once per ``relay_verify_interval_s`` (the high-water
        check, bounded to a few seconds) and a busy one at every acknowledged batch (bounded by
        ``relay_ack_timeout_s``): two missed checks and a slow batch are past any healthy wait.
        """
        return 2 * self.settings.relay_verify_interval_s + self.settings.relay_ack_timeout_s + 10

    def health(self) -> dict[str, Any]:
        running = self._task is not None and not self._task.done()
        fresh = time.monotonic() - self._last_contact <= self.stale_after_s
        return {
            "connected": self.connected and running and fresh,
            "running": running,
            "pending": self.pending,
            "oldest_pending_age_s": round(self.oldest_pending_age_s, 3),
            "last_error": self.last_error,
            "leader": self.leader,
        }
