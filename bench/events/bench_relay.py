"""Relay throughput against a raw aiokafka producer, and commit-to-commit latency.

    make bench                   # or: uv run python bench/events/bench_relay.py --events 5000
    make bench BROKER=apache     # the same on Apache Kafka 4 (KRaft; Java 17 and Maven)

Starts its own broker on a free loopback port (Tansu, or with ``--broker apache`` Apache Kafka
with the full JIT, producers idempotent as the services' are there) and SQLite files in a
temporary directory, then measures, in one run (compare ratios, not absolute numbers across
machines or brokers):

1. raw: an ``AIOKafkaProducer`` (acks=all) sending N events with ``producer.send``, already
   encoded (keys, values and headers built before the clock starts), every ack awaited each
   500 — the baseline of the ratio;
2. raw through the producer's record-batch API, same messages: the producer's ceiling, which
   a relay cannot pass (reported as ``ratio_to_batch_api``);
3. relay: the same N events already committed to an outbox, drained by :class:`OutboxRelay`
   (read, encode, send, await every ack, mark sent) — ratio relay/raw, on SQLite and, when a
   PostgreSQL URL is given, on PostgreSQL;
4. latency: one event per transaction at a steady pace, after 200 paced warm-up events have
   all arrived; the time from the producing commit to the consuming commit (inbox row +
   handler) in another service's database, p50/p95/p99/max.

Results are printed and appended as JSON lines to ``bench/results/events.jsonl``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import tempfile
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.partitioner import DefaultPartitioner
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel

from sg_common.db import Database
from sg_common.events import EventEnvelope, publish
from sg_common.events.broker import Broker, EmbeddedBroker
from sg_common.events.consumer import EventConsumer
from sg_common.events.kafka import ensure_topics
from sg_common.events.relay import OutboxRelay
from sg_common.events.testing import TEST_KAFKA_SETTINGS
from sg_common.serve import freeze_startup_heap
from sg_common.settings import ServiceSettings
from sg_common.testing import create_schema_objects, test_database
from sg_contracts.budget import BudgetAllocatedV1

RESULTS = Path(__file__).resolve().parents[1] / "results" / "events.jsonl"


class BenchTable(SQLModel, registry=registry()):
    pass


class Seen(BenchTable, table=True):
    id: str = Field(primary_key=True)


def payload(i: int, unit: str) -> BudgetAllocatedV1:
    return BudgetAllocatedV1(
        allocation_id=f"{unit}-{i}",
        unit_code=unit,
        fiscal_year=2026,
        action="09",
        title="T3",
        ae=Decimal("1000.00") + i,
        cp=Decimal("500.00"),
    )


#: set by main(): True on Apache Kafka (idempotent producers, as the services run there)
IDEMPOTENT = False


def settings(service: str, bootstrap: str, url: str, **extra: Any) -> ServiceSettings:
    values = {
        **TEST_KAFKA_SETTINGS,
        "service_name": service,
        "kafka_bootstrap_servers": bootstrap,
        "kafka_enable_idempotence": IDEMPOTENT,
        "database_url": url,
        "log_json": False,
        "log_level": "WARNING",
        "relay_verify_interval_s": 60.0,  # the production default (tests check every second)
        **extra,
    }
    return ServiceSettings(_env_file=None, **values)  # type: ignore[call-arg]


UNITS = ["DPG", "DRH", "DSG", "DI", "DOMP", "DR-BRE", "DR-OCC", "CNI-NANTES"]


def raw_messages(n: int) -> list[tuple[bytes, bytes, list[tuple[str, bytes]]]]:
    """The events as (key, value, headers), encoded before the clock starts."""
    envelopes = [
        EventEnvelope.new(payload(i, UNITS[i % 8]), subject=UNITS[i % 8]) for i in range(n)
    ]
    return [(e.subject.encode(), e.value(), e.headers()) for e in envelopes]


def raw_producer(bootstrap: str) -> AIOKafkaProducer:
    return AIOKafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        enable_idempotence=IDEMPOTENT,
        linger_ms=1,
        max_batch_size=256 * 1024,
    )


async def bench_raw(bootstrap: str, topic: str, n: int, batch: int = 500) -> float:
    """``producer.send`` per message, already encoded; every ack awaited each ``batch``."""
    messages = raw_messages(n)
    producer = raw_producer(bootstrap)
    await producer.start()
    try:
        start = time.perf_counter()
        for k in range(0, n, batch):
            futures = [
                await producer.send(topic, value, key=key, headers=headers)
                for key, value, headers in messages[k : k + batch]
            ]
            await asyncio.gather(*futures)
        return n / (time.perf_counter() - start)
    finally:
        await producer.stop()


async def bench_raw_batches(bootstrap: str, topic: str, n: int, batch: int = 500) -> float:
    """The producer's ceiling: the same messages through its record-batch API, no database."""
    messages = raw_messages(n)
    producer = raw_producer(bootstrap)
    await producer.start()
    partitioner = DefaultPartitioner()
    try:
        partitions = list(await producer.partitions_for(topic))
        start = time.perf_counter()
        for k in range(0, n, batch):
            builders: dict[int, Any] = {}
            futures = []
            for key, value, headers in messages[k : k + batch]:
                partition = partitioner(key, partitions, partitions)
                builder = builders.get(partition)
                if builder is None:
                    builder = builders[partition] = producer.create_batch()
                if builder.append(timestamp=None, key=key, value=value, headers=headers) is None:
                    futures.append(await producer.send_batch(builder, topic, partition=partition))
                    builder = builders[partition] = producer.create_batch()
                    builder.append(timestamp=None, key=key, value=value, headers=headers)
            for partition, builder in builders.items():
                futures.append(await producer.send_batch(builder, topic, partition=partition))
            await asyncio.gather(*futures)
        return n / (time.perf_counter() - start)
    finally:
        await producer.stop()


async def bench_relay(bootstrap: str, workdir: Path, n: int, url: str | None = None) -> float:
    url = url or f"sqlite+aiosqlite:///{workdir / 'relay.db'}"
    await create_schema_objects(url, [BenchTable.metadata])
    db = Database(url)
    for k in range(0, n, 500):
        async with db.transaction() as session:
            for i in range(k, min(n, k + 500)):
                await publish(session, payload(i, UNITS[i % 8]), subject=UNITS[i % 8])
    relay = OutboxRelay(settings("budget", bootstrap, url), db)
    await relay._connect()  # connect outside the timed part, as the raw producer does
    start = time.perf_counter()
    sent = 0
    while sent < n:
        sent += await relay.relay_once()
    elapsed = time.perf_counter() - start
    await relay.stop()
    await db.dispose()
    return n / elapsed


class TimedConsumer(EventConsumer):
    committed_at: dict[str, float]

    async def process(self, record: Any) -> str:
        outcome = await super().process(record)
        envelope = EventEnvelope.decode(record.headers, record.value)
        self.committed_at[envelope.data.allocation_id] = time.perf_counter()  # type: ignore[attr-defined]
        return outcome


async def bench_latency(
    bootstrap: str, workdir: Path, n: int, gap_s: float, warmup: int = 200
) -> list[float]:
    p_url = f"sqlite+aiosqlite:///{workdir / 'producer.db'}"
    c_url = f"sqlite+aiosqlite:///{workdir / 'consumer.db'}"
    for url in (p_url, c_url):
        await create_schema_objects(url, [BenchTable.metadata])
    pdb, cdb = Database(p_url), Database(c_url)

    async def handle(session: Any, event: EventEnvelope) -> None:
        session.add(Seen(id=event.data.allocation_id))  # type: ignore[attr-defined]

    relay = OutboxRelay(settings("budget", bootstrap, p_url, relay_poll_interval_s=5), pdb)
    consumer = TimedConsumer(
        settings("hr", bootstrap, c_url), cdb, {"budget.allocated": handle}, group_id="bench-lat"
    )
    consumer.committed_at = {}
    relay.start()
    consumer.start()
    produced_at: dict[str, float] = {}
    try:
        deadline = time.monotonic() + 60
        while not (relay.connected and consumer.running and consumer.health()["assigned"]):
            if time.monotonic() > deadline:
                raise TimeoutError("relay or consumer did not connect")
            await asyncio.sleep(0.05)
        # warm-up, not measured: paced like the measured events, until all of them arrived
        # (a freshly started JVM broker compiles its hot paths in the first seconds)
        for i in range(warmup):
            async with pdb.transaction() as session:
                await publish(session, payload(i, "WARM"), subject="WARM")
            await asyncio.sleep(gap_s)
        deadline = time.monotonic() + 60
        while len([k for k in consumer.committed_at if k.startswith("WARM-")]) < warmup:
            if time.monotonic() > deadline:
                raise TimeoutError("warm-up events did not all arrive")
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)
        for i in range(n):
            unit = UNITS[i % 8]
            async with pdb.transaction() as session:
                await publish(session, payload(i, unit), subject=unit)
            produced_at[f"{unit}-{i}"] = time.perf_counter()
            await asyncio.sleep(gap_s)
        deadline = time.monotonic() + 60
        while len([k for k in produced_at if k in consumer.committed_at]) < n:
            if time.monotonic() > deadline:
                raise TimeoutError("events did not all arrive")
            await asyncio.sleep(0.05)
    finally:
        await consumer.stop()
        await relay.stop()
        await pdb.dispose()
        await cdb.dispose()
    return [(consumer.committed_at[k] - t) * 1000 for k, t in produced_at.items()]


def new_broker(kind: str) -> Broker:
    if kind == "apache":
        from sg_common.events.apache_kafka import JVM_OPTIONS_THROUGHPUT, ApacheKafkaBroker

        return ApacheKafkaBroker(jvm_options=JVM_OPTIONS_THROUGHPUT)
    return EmbeddedBroker()


def stop_broker(broker: Broker) -> None:
    close = getattr(broker, "close", None)
    if close is not None:
        close()
    else:
        broker.stop()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _throughput(
    broker: Broker,
    args: argparse.Namespace,
    raw: list[float],
    raw_batches: list[float],
    relay: list[float],
    relay_pg: list[float],
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        base = settings("bench", broker.bootstrap, "sqlite+aiosqlite://")
        await ensure_topics(base, ["bench.raw", "sg.budget.events"])
        batch = base.relay_batch_size  # the raw producer awaits its acks as often as the relay
        for r in range(args.rounds):
            raw.append(await bench_raw(broker.bootstrap, "bench.raw", args.events, batch))
            raw_batches.append(
                await bench_raw_batches(broker.bootstrap, "bench.raw", args.events, batch)
            )
            (workdir / f"r{r}").mkdir()
            relay.append(await bench_relay(broker.bootstrap, workdir / f"r{r}", args.events))
            if args.postgres_url:
                async with test_database("postgresql", workdir) as reserved:
                    relay_pg.append(
                        await bench_relay(broker.bootstrap, workdir, args.events, reserved.url)
                    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=20000, help="events for the throughput runs")
    parser.add_argument("--latency-events", type=int, default=500)
    parser.add_argument("--gap-ms", type=float, default=20.0, help="pause between latency events")
    parser.add_argument("--rounds", type=int, default=3, help="throughput rounds (best kept)")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("SG_TEST_POSTGRES_URL"),
        help="also measure the relay on PostgreSQL (a schema per round, dropped after)",
    )
    parser.add_argument("--broker", choices=["tansu", "apache"], default="tansu")
    args = parser.parse_args()
    global IDEMPOTENT
    IDEMPOTENT = args.broker == "apache"
    freeze_startup_heap()  # as ``sg-service NAME run`` does once the app is built
    raw: list[float] = []
    raw_batches: list[float] = []
    relay: list[float] = []
    relay_pg: list[float] = []

    broker = new_broker(args.broker)
    broker.start()
    try:
        await _throughput(broker, args, raw, raw_batches, relay, relay_pg)
    finally:
        stop_broker(broker)
    # latency on a broker of its own: the throughput runs left thousands of events behind
    broker = new_broker(args.broker)
    broker.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            await ensure_topics(
                settings("bench", broker.bootstrap, "sqlite+aiosqlite://"), ["sg.budget.events"]
            )
            latencies = await bench_latency(
                broker.bootstrap, Path(tmp), args.latency_events, args.gap_ms / 1000
            )
    finally:
        stop_broker(broker)
    batch = settings("bench", broker.bootstrap, "sqlite+aiosqlite://").relay_batch_size

    result = {
        "bench": "events.relay",
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.system()} py{platform.python_version()}",
        "broker": "apache-kafka-4.1.1 (KRaft, idempotent producers)"
        if args.broker == "apache"
        else "tansu (memory)",
        "events": args.events,
        "raw_baseline": "producer.send of pre-encoded messages",
        "batch": batch,
        "raw_per_s": round(max(raw)),
        "raw_batch_api_per_s": round(max(raw_batches)),
        "relay_per_s": round(max(relay)),
        "ratio": round(max(relay) / max(raw), 2),
        "ratio_median": round(statistics.median(relay) / statistics.median(raw), 2),
        "ratio_to_batch_api": round(max(relay) / max(raw_batches), 2),
        "relay_postgres_per_s": round(max(relay_pg)) if relay_pg else None,
        "ratio_postgres": round(max(relay_pg) / max(raw), 2) if relay_pg else None,
        "ratio_postgres_median": (
            round(statistics.median(relay_pg) / statistics.median(raw), 2) if relay_pg else None
        ),
        "latency_events": args.latency_events,
        "latency_gap_ms": args.gap_ms,
        "latency_ms": {
            "p50": round(pct(latencies, 0.50), 2),
            "p95": round(pct(latencies, 0.95), 2),
            "p99": round(pct(latencies, 0.99), 2),
            "max": round(max(latencies), 2),
        },
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    with RESULTS.open("a") as f:
        f.write(json.dumps(result) + "\n")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    asyncio.run(main())
