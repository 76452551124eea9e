"""Replaying dead letters: ``sg-events replay-dlq --service budget [--type purchase.ordered]``.

Reads ``<topic>.dlq`` for the topics the service consumes, keeps the letters that service parked
(and of the type asked), and puts each back on its original topic with its original key and
headers. Other services' inboxes already hold the event and skip it; the fixed service applies it
once. The replay commits its own offsets (group ``<service>.dlq-replay``) so a letter is replayed
once.
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiokafka import TopicPartition

from sg_common.events import kafka
from sg_common.events.catalogue import dlq_topic
from sg_common.events.consumer import DLQ_PREFIX, H_CONSUMER, H_ORIGINAL_TOPIC
from sg_common.settings import ServiceSettings


def _h(headers: Any, name: str) -> str | None:
    for key, value in headers or ():
        if key == name:
            return value.decode() if isinstance(value, bytes) else str(value)
    return None


async def replay_dead_letters(
    settings: ServiceSettings,
    topics: list[str],
    *,
    service: str,
    event_type: str | None = None,
    dry_run: bool = False,
) -> int:
    """Put back the dead letters ``service`` parked; return how many."""
    dlqs = [dlq_topic(t) for t in topics]
    await kafka.ensure_topics(settings, dlqs)
    consumer = kafka.consumer(settings, group_id=f"{service}.dlq-replay")
    producer = kafka.producer(settings)
    await consumer.start()
    await producer.start()
    replayed = 0
    try:
        partitions = await kafka.topic_partitions(consumer, dlqs)
        consumer.assign(partitions)
        # Snapshot where each partition ends *now*: letters parked again while we replay (the
        # fix did not cover them) are left for the next run instead of looping forever.
        buffered: list[tuple[TopicPartition, Any]] = []
        deadline = asyncio.get_running_loop().time() + 30
        while any(consumer.highwater(tp) is None for tp in partitions):
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("could not read the dead-letter topics' high-water marks")
            batch = await consumer.getmany(timeout_ms=200)
            buffered += [(tp, r) for tp, recs in batch.items() for r in recs]
        ends = {tp: consumer.highwater(tp) or 0 for tp in partitions}

        async def handle(tp: TopicPartition, record: Any) -> None:
            nonlocal replayed
            if record.offset >= ends[tp]:
                return
            if _h(record.headers, H_CONSUMER) != service:
                return
            if event_type and _h(record.headers, "ce_type") != event_type:
                return
            original = _h(record.headers, H_ORIGINAL_TOPIC) or tp.topic.removesuffix(".dlq")
            headers = [(k, v) for k, v in record.headers if not k.startswith(DLQ_PREFIX)]
            if not dry_run:
                await producer.send_and_wait(
                    original, value=record.value, key=record.key, headers=headers
                )
            replayed += 1

        async def done() -> bool:
            for tp in partitions:
                if await consumer.position(tp) < ends[tp]:
                    return False
            return True

        for tp, record in buffered:
            await handle(tp, record)
        while not await done():
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("dead-letter topics could not be read to their end")
            batch = await consumer.getmany(timeout_ms=200)
            if batch:
                deadline = asyncio.get_running_loop().time() + 30  # progress: keep going
            for tp, records in batch.items():
                for record in records:
                    await handle(tp, record)
        if not dry_run:
            await consumer.commit({tp: ends[tp] for tp in partitions if ends[tp] > 0})
    finally:
        await producer.stop()
        await consumer.stop()
    return replayed
