"""The backbone over a real Kafka-protocol broker (Tansu, and Apache Kafka per SG_TEST_BROKERS)."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from sqlmodel import col, select

from sg_common.clock import utcnow
from sg_common.db import Database
from sg_common.events import EventEnvelope, OutboxMessage, publish
from sg_common.events.broker import Broker
from sg_common.events.consumer import EventConsumer
from sg_common.events.relay import OutboxRelay
from sg_common.events.replay import replay_dead_letters
from sg_common.events.runtime import EventRuntime
from sg_common.events.store import OutboxAck
from sg_common.events.testing import read_topic, wait_for
from sg_common.testing import TestDatabase, create_schema_objects
from sg_contracts.budget import BudgetAllocatedV1, BudgetCommitmentRecordedV1

from .helpers import (
    EvTable,
    allocated,
    applied,
    applied_count,
    assert_once_in_order,
    new_database,
    publish_allocations,
    record,
    settings_for,
)

pytestmark = pytest.mark.broker
TOPIC = "sg.budget.events"


def header(record_: object, name: str) -> str:
    return dict(record_.headers)[name].decode()  # type: ignore[attr-defined]


async def test_events_flow_once_and_in_order_per_key(kafka_broker: Broker, tmp_path: Path) -> None:
    budget_db = await new_database(tmp_path, "budget")
    hr_db = await new_database(tmp_path, "hr")
    budget = EventRuntime(settings_for("budget", kafka_broker, budget_db.url), budget_db, {})
    hr = EventRuntime(
        settings_for("hr", kafka_broker, hr_db.url),
        hr_db,
        {"budget.allocated": record},
    )
    await budget.start()
    await hr.start()
    try:
        await wait_for(lambda: hr.health()["ready"], what="hr consumer ready")
        await asyncio.gather(
            publish_allocations(budget_db, range(10), "DPG"),
            publish_allocations(budget_db, range(10), "DRH"),
            publish_allocations(budget_db, range(10), "DR-BRE"),
        )
        await wait_for(lambda: applied_count(hr_db), timeout=30, what="first event")
        await wait_for(lambda: _count_is(hr_db, 30), timeout=30, what="30 events applied")
        assert budget.health()["relay"]["connected"] is True
    finally:
        await hr.stop()
        await budget.stop()
    assert_once_in_order(
        await applied(hr_db), {u: list(range(10)) for u in ("DPG", "DRH", "DR-BRE")}
    )


async def _count_is(db: object, n: int, subject: str | None = None) -> bool:
    if subject is None:
        return await applied_count(db) == n  # type: ignore[arg-type]
    return len([r for r in await applied(db) if r.subject == subject]) == n  # type: ignore[arg-type]


def _ids(rows: Iterable[OutboxMessage]) -> list[int]:
    """The rows' ids, sorted (a stored row has one)."""
    ids = []
    for row in rows:
        assert row.id is not None
        ids.append(row.id)
    return sorted(ids)


def only(rows: list, subject: str) -> list:
    return [r for r in rows if r.subject == subject]


async def test_relay_wakes_on_commit_not_on_poll(kafka_broker: Broker, tmp_path: Path) -> None:
    db = await new_database(tmp_path, "budget")
    relay = OutboxRelay(settings_for("budget", kafka_broker, db.url, relay_poll_interval_s=60), db)
    relay.start()
    try:
        await wait_for(lambda: relay.connected, what="relay connected")
        await asyncio.sleep(0.3)  # let the relay go idle on its 60 s poll
        await publish_allocations(db, range(1), "DI")
        # well under the 60 s poll interval: only the commit's wake-up can explain delivery
        await wait_for(lambda: _all_sent(db), timeout=10, what="event acknowledged")
    finally:
        await relay.stop()


async def _all_sent(db: object) -> bool:
    """Every outbox row is marked sent and has its offset in exactly one acknowledged batch."""
    async with db.transaction(write=False) as session:  # type: ignore[attr-defined]
        rows = (await session.exec(select(OutboxMessage))).all()
        acks = (await session.exec(select(OutboxAck))).all()
    acked = sorted(i for ack in acks for i in json.loads(ack.ids))
    return (
        bool(rows)
        and all(r.sent_at is not None for r in rows)
        and acked == sorted(r.id for r in rows)
    )


async def test_acks_record_where_each_event_landed(kafka_broker: Broker, tmp_path: Path) -> None:
    """outbox_ack maps every sent row to the partition and offset holding it on the broker."""
    db = await new_database(tmp_path, "budget")
    relay = OutboxRelay(settings_for("budget", kafka_broker, db.url, relay_batch_size=7), db)
    for unit in ("ACK-A", "ACK-B", "ACK-C", "ACK-D"):  # keys no other test reads
        await publish_allocations(db, range(12), unit)
    relay.start()
    try:
        await wait_for(lambda: _all_sent(db), timeout=20, what="all acknowledged")
    finally:
        await relay.stop()
    async with db.transaction(write=False) as session:
        event_ids = {r.id: r.event_id for r in (await session.exec(select(OutboxMessage))).all()}
        acks = (await session.exec(select(OutboxAck))).all()
    on_broker = {
        (r.partition, r.offset): header(r, "ce_id")
        for r in await read_topic(kafka_broker.bootstrap, TOPIC)
    }
    landed = {}
    for ack in acks:
        ids = json.loads(ack.ids)
        assert ack.last_offset - ack.first_offset == len(ids) - 1
        for i, row_id in enumerate(ids):
            landed[row_id] = on_broker[(ack.partition, ack.first_offset + i)]
    assert landed == event_ids
    assert len(acks) >= 48 // 7  # batches of 7 rows at most: at least one ack row per batch
    assert len({ack.partition for ack in acks}) > 1  # four keys spread over the partitions


async def test_a_failed_batch_stops_the_marking_at_its_first_row(tmp_path: Path) -> None:
    """Rows after the first failure (in id order) stay unsent, even if their batch was acked:
    they go again, in order, behind the failed one, so no key's later event overtakes it."""
    from types import SimpleNamespace

    from aiokafka.errors import KafkaTimeoutError

    from sg_common.events.relay import _Round, _Submitted

    db = await new_database(tmp_path, "budget")
    relay = OutboxRelay(settings_for("budget", "127.0.0.1:1", db.url), db)
    await publish_allocations(db, range(3), "DPG")
    await publish_allocations(db, range(3), "DRH")
    rows = await relay._read_pending(after_id=0)
    assert [r.id for r in rows] == [1, 2, 3, 4, 5, 6]
    round_ = _Round(
        rows,
        [
            _Submitted(None, TOPIC, 0, [(0, 0), (2, 1), (4, 2)]),  # type: ignore[arg-type]
            _Submitted(None, TOPIC, 1, [(1, 0), (3, 1), (5, 2)]),  # type: ignore[arg-type]
        ],
        [SimpleNamespace(offset=40), KafkaTimeoutError("no leader")],
    )
    with pytest.raises(KafkaTimeoutError):
        await relay._mark([round_])
    async with db.transaction(write=False) as session:
        outbox = {r.id: r for r in (await session.exec(select(OutboxMessage))).all()}
        acks = (await session.exec(select(OutboxAck))).all()
    assert [i for i, r in outbox.items() if r.sent_at is not None] == [1]
    assert [(a.partition, a.first_offset, a.last_offset, a.ids) for a in acks] == [
        (0, 40, 40, "[1]")
    ]
    assert outbox[2].attempts == 1
    assert outbox[2].last_error is not None
    assert outbox[2].last_error.startswith("KafkaTimeoutError:")
    assert "no leader" in outbox[2].last_error
    assert all(outbox[i].attempts == 0 for i in (1, 3, 4, 5, 6))


async def test_sent_rows_expire_after_retention_up_to_the_first_unsent(tmp_path: Path) -> None:
    db = await new_database(tmp_path, "budget")
    relay = OutboxRelay(settings_for("budget", "127.0.0.1:1", db.url), db)
    await publish_allocations(db, range(6), "DPG")
    old, recent = utcnow() - timedelta(days=30), utcnow()
    sent = {1: old, 2: old, 3: None, 4: old, 5: recent, 6: old}  # row 3 still unsent
    async with db.transaction() as session:
        for row in (await session.exec(select(OutboxMessage))).all():
            row.sent_at = sent[row.id]  # type: ignore[index]
            session.add(row)
        session.add(
            OutboxAck(
                topic=TOPIC, partition=0, first_offset=0, last_offset=1, ids="[1, 2]", sent_at=old
            )
        )
        session.add(
            OutboxAck(
                topic=TOPIC, partition=0, first_offset=2, last_offset=2, ids="[5]", sent_at=recent
            )
        )
    assert await relay.delete_expired() == 2
    async with db.transaction(write=False) as session:
        left = _ids((await session.exec(select(OutboxMessage))).all())
        acks = [a.ids for a in (await session.exec(select(OutboxAck))).all()]
    assert left == [3, 4, 5, 6]  # the walk stops at the unsent row: nothing after it goes yet
    assert acks == ["[5]"]
    async with db.transaction() as session:
        row = (await session.exec(select(OutboxMessage).where(OutboxMessage.id == 3))).one()
        row.sent_at = old
        session.add(row)
    assert await relay.delete_expired() == 2  # rows 3 and 4; row 5 is within the window
    async with db.transaction(write=False) as session:
        left = _ids((await session.exec(select(OutboxMessage))).all())
    assert left == [5, 6]


async def test_same_event_three_times_is_applied_once(kafka_broker: Broker, tmp_path: Path) -> None:
    db = await new_database(tmp_path, "hr")
    consumer = EventConsumer(
        settings_for("hr", kafka_broker, db.url),
        db,
        {"budget.allocated": record},
        group_id="hr-dup",
    )
    env = EventEnvelope.new(allocated(7, "DSG"), subject="DSG")
    producer = AIOKafkaProducer(bootstrap_servers=kafka_broker.bootstrap, acks="all")
    await producer.start()
    consumer.start()
    try:
        for _ in range(3):
            await producer.send_and_wait(TOPIC, env.value(), key=b"DSG", headers=env.headers())
        await publish_marker(producer, "DSG", 8)
        await wait_for(lambda: _count_is(db, 2, "DSG"), timeout=30, what="marker applied")
        await asyncio.sleep(0.2)
    finally:
        await consumer.stop()
        await producer.stop()
    rows = only(await applied(db), "DSG")
    assert [r.seq for r in rows] == [7, 8]


async def publish_marker(producer: AIOKafkaProducer, unit: str, seq: int) -> None:
    env = EventEnvelope.new(allocated(seq, unit), subject=unit)
    await producer.send_and_wait(TOPIC, env.value(), key=unit.encode(), headers=env.headers())


async def test_poison_messages_go_to_the_dlq_and_the_stream_goes_on(
    fresh_broker: Broker, tmp_path: Path
) -> None:
    db = await new_database(tmp_path, "hr")

    async def picky(session, event):  # type: ignore[no-untyped-def]
        if event.data.allocation_id.endswith("-1"):
            raise ValueError("allocation 1 cannot be applied")
        await record(session, event)

    settings = settings_for("hr", fresh_broker, db.url, consumer_max_attempts=3)
    consumer = EventConsumer(settings, db, {"budget.allocated": picky})
    producer = AIOKafkaProducer(bootstrap_servers=fresh_broker.bootstrap, acks="all")
    await producer.start()
    consumer.start()
    try:
        good = EventEnvelope.new(allocated(0, "DG"), subject="DG")
        bad = EventEnvelope.new(allocated(1, "DG"), subject="DG")
        await producer.send_and_wait(TOPIC, good.value(), key=b"DG", headers=good.headers())
        await producer.send_and_wait(TOPIC, bad.value(), key=b"DG", headers=bad.headers())
        await producer.send_and_wait(
            TOPIC, b"{definitely not json", key=b"DG", headers=good.headers()
        )
        v9 = [(k, b"9" if k == "ce_sgschemaversion" else v) for k, v in good.headers()]
        await producer.send_and_wait(TOPIC, good.value(), key=b"DG", headers=v9)
        await publish_marker(producer, "DG", 2)
        await wait_for(lambda: _count_is(db, 2), timeout=30, what="good events applied")
        letters: list[Any] = []

        async def three_letters() -> bool:
            letters[:] = await read_topic(fresh_broker.bootstrap, TOPIC + ".dlq")
            return len(letters) == 3

        await wait_for(three_letters, timeout=20, what="three dead letters")
        # the fixed handler gets the letter back once
        await consumer.stop()
        fixed = EventConsumer(settings, db, {"budget.allocated": record})
        fixed.start()
        replayed = await replay_dead_letters(
            settings, [TOPIC], service="hr", event_type="budget.allocated"
        )
        await wait_for(lambda: _count_is(db, 3), timeout=30, what="replayed event applied")

        async def five_letters() -> bool:  # the two unfixable ones are parked again
            return len(await read_topic(fresh_broker.bootstrap, TOPIC + ".dlq")) == 5

        await wait_for(five_letters, timeout=20, what="two letters parked again")
        # a second run replays only what is parked now (the two re-parked letters), then stops
        again = await replay_dead_letters(
            settings, [TOPIC], service="hr", event_type="budget.allocated"
        )
        await fixed.stop()
    finally:
        await consumer.stop()
        await producer.stop()
    by_error = {header(r, "sg_dlq_error_class"): r for r in letters}
    assert set(by_error) == {"ValueError", "EnvelopeError", "UnknownEventVersion"}
    failed = by_error["ValueError"]
    assert header(failed, "sg_dlq_original_topic") == TOPIC
    assert header(failed, "sg_dlq_consumer") == "hr"
    assert header(failed, "sg_dlq_attempts") == "3"
    assert "allocation 1 cannot be applied" in header(failed, "sg_dlq_error_message")
    assert int(header(failed, "sg_dlq_original_offset")) >= 0
    assert header(failed, "sg_dlq_failed_at")
    assert header(by_error["EnvelopeError"], "sg_dlq_attempts") == "0"
    assert replayed == 3  # every letter hr parked for budget.allocated (two fail again)
    assert again == 2
    assert sorted(r.seq for r in await applied(db)) == [0, 1, 2]


async def test_broker_down_while_writing_then_back(fresh_broker: Broker, tmp_path: Path) -> None:
    budget_db = await new_database(tmp_path, "budget")
    hr_db = await new_database(tmp_path, "hr")
    budget = EventRuntime(settings_for("budget", fresh_broker, budget_db.url), budget_db, {})
    hr = EventRuntime(
        settings_for("hr", fresh_broker, hr_db.url), hr_db, {"budget.allocated": record}
    )
    await budget.start()
    await hr.start()
    try:
        await publish_allocations(budget_db, range(5), "DPG")
        await wait_for(lambda: _count_is(hr_db, 5), timeout=30, what="first five")
        fresh_broker.stop()
        await publish_allocations(budget_db, range(5, 15), "DPG")  # writes go on
        await asyncio.sleep(1.0)
        # nothing written while the broker is down can have been acknowledged
        assert not await _all_sent(budget_db)
        fresh_broker.start()  # a new, empty broker on the same port
        await wait_for(lambda: _count_is(hr_db, 15), timeout=60, what="all fifteen")
        await asyncio.sleep(0.5)
    finally:
        await hr.stop()
        await budget.stop()
    assert_once_in_order(await applied(hr_db), {"DPG": list(range(15))})


async def test_forgetful_broker_loses_nothing(fresh_broker: Broker, tmp_path: Path) -> None:
    """Acknowledged events no consumer had read yet, lost by a broker restart, still arrive once."""
    budget_db = await new_database(tmp_path, "budget")
    hr_db = await new_database(tmp_path, "hr")
    budget = EventRuntime(settings_for("budget", fresh_broker, budget_db.url), budget_db, {})
    await budget.start()
    try:
        await publish_allocations(budget_db, range(8), "DOMP")
        await wait_for(lambda: _all_sent(budget_db), timeout=20, what="acknowledged")
        fresh_broker.stop()
        fresh_broker.forget()  # Tansu forgets anyway; Apache Kafka's log is wiped
        fresh_broker.start()
        hr = EventRuntime(
            settings_for("hr", fresh_broker, hr_db.url),
            hr_db,
            {"budget.allocated": record},
        )
        await hr.start()
        try:
            await wait_for(lambda: _count_is(hr_db, 8), timeout=60, what="eight applied")
            await asyncio.sleep(0.5)
        finally:
            await hr.stop()
    finally:
        await budget.stop()
    assert_once_in_order(await applied(hr_db), {"DOMP": list(range(8))})


async def test_consumer_killed_mid_stream_then_restarted(
    kafka_broker: Broker, tmp_path: Path
) -> None:
    budget_db = await new_database(tmp_path, "budget")
    hr_db = await new_database(tmp_path, "hr")
    settings = settings_for("hr", kafka_broker, hr_db.url)
    slow_seen = asyncio.Event()

    async def slow(session, event):  # type: ignore[no-untyped-def]
        await record(session, event)
        if event.data.allocation_id == "DR-COR-10":
            slow_seen.set()
            await asyncio.sleep(30)  # killed here, its transaction never commits

    budget = EventRuntime(settings_for("budget", kafka_broker, budget_db.url), budget_db, {})
    await budget.start()
    consumer = EventConsumer(settings, hr_db, {"budget.allocated": slow}, group_id="hr-kill")
    consumer.start()
    try:
        await publish_allocations(budget_db, range(20), "DR-COR")
        await asyncio.wait_for(slow_seen.wait(), 30)
        await consumer.stop()  # cancelled mid-handler: nothing committed for DI-10
        restarted = EventConsumer(settings, hr_db, {"budget.allocated": record}, group_id="hr-kill")
        restarted.start()
        await wait_for(lambda: _count_is(hr_db, 20, "DR-COR"), timeout=40, what="all twenty")
        await asyncio.sleep(0.3)
        await restarted.stop()
    finally:
        await consumer.stop()
        await budget.stop()
    assert_once_in_order(only(await applied(hr_db), "DR-COR"), {"DR-COR": list(range(20))})


async def test_handler_publishes_in_the_same_transaction(
    kafka_broker: Broker, tmp_path: Path
) -> None:
    """Consume-transform-produce: an allocation answered by a commitment event, once."""
    db = await new_database(tmp_path, "budget2")

    async def answer(session, event):  # type: ignore[no-untyped-def]
        data: BudgetAllocatedV1 = event.data
        await publish(
            session,
            BudgetCommitmentRecordedV1(
                commitment_id=f"c-{data.allocation_id}",
                unit_code=data.unit_code,
                fiscal_year=data.fiscal_year,
                action=data.action,
                title=data.title,
                ae=data.ae,
            ),
            subject=data.allocation_id,
        )

    runtime = EventRuntime(
        settings_for("budget", kafka_broker, db.url),
        db,
        {"budget.allocated": answer},
    )
    producer = AIOKafkaProducer(bootstrap_servers=kafka_broker.bootstrap, acks="all")
    await producer.start()
    await runtime.start()
    try:
        await publish_marker(producer, "CNI-NANTES", 1)
        await publish_marker(producer, "CNI-NANTES", 1)  # a different event id, same content

        async def answered() -> bool:
            records = await read_topic(kafka_broker.bootstrap, TOPIC)
            return (
                sum(
                    header(r, "ce_type") == "budget.commitment_recorded"
                    and b"CNI-NANTES-1" in r.value
                    for r in records
                )
                == 2
            )

        await wait_for(answered, timeout=30, what="two commitment events")
    finally:
        await runtime.stop()
        await producer.stop()


CHILD = """
import asyncio, json, sys
from aiokafka import AIOKafkaConsumer
from sg_common.events import EventEnvelope

async def main(bootstrap, topic, want):
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, group_id="child-process",
        auto_offset_reset="earliest", session_timeout_ms=2000, heartbeat_interval_ms=500,
        fetch_max_wait_ms=10)
    await consumer.start()
    got = []
    try:
        async with asyncio.timeout(40):
            while len(got) < want:
                batch = await consumer.getmany(timeout_ms=200)
                for recs in batch.values():
                    for rec in recs:
                        env = EventEnvelope.decode(rec.headers, rec.value)
                        if env.subject == "DR-OCC":
                            got.append(env.data.allocation_id)
    finally:
        await consumer.stop()
    print(json.dumps(got))

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
"""


async def test_a_consumer_in_another_process_receives_what_a_service_publishes(
    kafka_broker: Broker, tmp_path: Path
) -> None:
    db = await new_database(tmp_path, "budget")
    runtime = EventRuntime(settings_for("budget", kafka_broker, db.url), db, {})
    await runtime.start()
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        CHILD,
        kafka_broker.bootstrap,
        TOPIC,
        "4",
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        await publish_allocations(db, range(4), "DR-OCC")
        out, _ = await asyncio.wait_for(child.communicate(), 60)
    finally:
        if child.returncode is None:
            child.kill()
        await runtime.stop()
    assert child.returncode == 0
    assert json.loads(out) == [f"DR-OCC-{i}" for i in range(4)]


async def test_relay_replicas_keep_order_on_each_backend(
    kafka_broker: Broker, test_db: TestDatabase, tmp_path: Path
) -> None:
    """On PostgreSQL two relay replicas share one outbox: each event once, in order per key."""
    await create_schema_objects(test_db.url, [EvTable.metadata])
    budget_db = Database(test_db.url)
    hr_db = await new_database(tmp_path, "hr")
    replicas = 2 if test_db.backend == "postgresql" else 1  # SQLite: one process per file
    unit = f"DR-NOR-{test_db.backend}"
    relays = [
        OutboxRelay(settings_for("budget", kafka_broker, test_db.url), budget_db)
        for _ in range(replicas)
    ]
    consumer = EventConsumer(
        settings_for("hr", kafka_broker, hr_db.url),
        hr_db,
        {"budget.allocated": record},
        group_id=f"hr-replicas-{test_db.backend}",
    )
    for relay in relays:
        relay.start()
    consumer.start()
    spans: dict[int, tuple[float, float]] = {}  # seq: (transaction began, commit returned)

    async def writer(seqs: range) -> None:
        for seq in seqs:
            began = time.monotonic()
            await publish_allocations(budget_db, range(seq, seq + 1), unit)
            spans[seq] = (began, time.monotonic())

    try:
        await asyncio.gather(*(writer(range(k, 60, 3)) for k in range(3)))
        await wait_for(lambda: _count_is(hr_db, 60, unit), timeout=40, what="sixty applied")
        if replicas == 2:
            # one sender at a time; when it stops, the other takes over
            [leader] = [r for r in relays if r.leader]
            await leader.stop()
            await publish_allocations(budget_db, range(60, 66), unit)
            await wait_for(lambda: _count_is(hr_db, 66, unit), timeout=40, what="failover")
            assert [r.leader for r in relays if r is not leader] == [True]
        await asyncio.sleep(0.3)
    finally:
        await consumer.stop()
        for relay in relays:
            await relay.stop()
        await budget_db.dispose()
    rows = only(await applied(hr_db), unit)
    total = 66 if replicas == 2 else 60
    assert len(rows) == total
    assert len({r.event_id for r in rows}) == total
    # Per key, commit order: an event whose transaction committed before another's began comes
    # first, whichever writer made them. Transactions that overlapped have no order between
    # them (on PostgreSQL a row's id is taken at insert, before a commit that may come after
    # the commit of a higher id).
    position = {r.seq: i for i, r in enumerate(rows)}
    overtaken = [
        (earlier, later)
        for earlier, (_, committed) in spans.items()
        for later, (began, _) in spans.items()
        if committed < began and position[earlier] > position[later]
    ]
    assert overtaken == []
    assert sorted(position) == list(range(total))
    if test_db.backend == "sqlite":  # one writer at a time: the ids are the commit order
        async with Database(test_db.url).transaction(write=False) as session:
            outbox = (
                await session.exec(select(OutboxMessage).order_by(col(OutboxMessage.id)))
            ).all()
        expected = [json.loads(m.payload)["allocation_id"] for m in outbox if m.key == unit]
        assert [f"{unit}-{r.seq}" for r in rows] == expected


async def test_an_old_consumer_applies_what_a_newer_producer_sends(
    kafka_broker: Broker, tmp_path: Path
) -> None:
    # budget 1.1 adds an optional field to budget.allocated; hr still runs against 1.0: the event
    # is applied (the field ignored), never dead-lettered.
    db = await new_database(tmp_path, "hr")
    settings = settings_for("hr", kafka_broker, db.url)
    consumer = EventConsumer(settings, db, {"budget.allocated": record}, group_id="hr-newer")
    producer = AIOKafkaProducer(bootstrap_servers=kafka_broker.bootstrap, acks="all")
    await producer.start()
    consumer.start()
    try:
        env = EventEnvelope.new(allocated(41, "DIR"), subject="DIR")
        payload = {**json.loads(env.value()), "reserve_ratio": "0.05"}
        headers = [(k, b"1.1" if k == "ce_sgschemaversion" else v) for k, v in env.headers()]
        await producer.send_and_wait(
            TOPIC, json.dumps(payload).encode(), key=b"DIR", headers=headers
        )
        await wait_for(lambda: _count_is(db, 1, "DIR"), timeout=30, what="the newer event applied")
    finally:
        await consumer.stop()
        await producer.stop()
    assert [r.seq for r in only(await applied(db), "DIR")] == [41]
