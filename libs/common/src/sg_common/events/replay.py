"""Replaying dead letters: ``sg-events replay-dlq --service budget [--type purchase.ordered]``.

Reads ``<topic>.dlq`` for the topics the service consumes, keeps the letters that service parked
(and of the type asked), and puts each back on its original topic with its original key and
headers. Other services' inboxes already hold the event and skip it; the fixed service applies it
once. The replay commits its own offsets (group ``<service>.dlq-replay``) so a letter is replayed
once.
"""

from __future__ import annotations

import asyncio
import functools
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


#: How long a replay waits for the broker without progress (seconds).
_PATIENCE_S = 30


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
        ends, buffered, deadline = await _ends_now(consumer, partitions)
        put_back = functools.partial(
            _put_back, producer, ends=ends, service=service, event_type=event_type, dry_run=dry_run
        )
        for tp, record in buffered:
            replayed += await put_back(tp, record)
        while not await _read_to_ends(consumer, partitions, ends):
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError("dead-letter topics could not be read to their end")
            batch = await consumer.getmany(timeout_ms=200)
            if batch:
                deadline = asyncio.get_running_loop().time() + _PATIENCE_S  # progress: go on
            for tp, records in batch.items():
                for record in records:
                    replayed += await put_back(tp, record)
        if not dry_run:
            await consumer.commit({tp: ends[tp] for tp in partitions if ends[tp] > 0})
    finally:
        await producer.stop()
        await consumer.stop()
    return replayed


async def _ends_now(
    consumer: Any, partitions: list[TopicPartition]
) -> tuple[dict[TopicPartition, int], list[tuple[TopicPartition, Any]], float]:
    """Where each partition ends *now*, the records read while waiting to know, and the deadline
    of the replay's next step.

    Letters parked again while we replay (the fix did not cover them) are left for the next run
    instead of looping forever."""
    buffered: list[tuple[TopicPartition, Any]] = []
    deadline = asyncio.get_running_loop().time() + _PATIENCE_S
    while any(consumer.highwater(tp) is None for tp in partitions):
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("could not read the dead-letter topics' high-water marks")
        batch = await consumer.getmany(timeout_ms=200)
        buffered += [(tp, r) for tp, recs in batch.items() for r in recs]
    return {tp: consumer.highwater(tp) or 0 for tp in partitions}, buffered, deadline


async def _read_to_ends(
    consumer: Any, partitions: list[TopicPartition], ends: dict[TopicPartition, int]
) -> bool:
    for tp in partitions:
        if await consumer.position(tp) < ends[tp]:
            return False
    return True


def _parked_by(
    record: Any,
    tp: TopicPartition,
    ends: dict[TopicPartition, int],
    service: str,
    event_type: str | None,
) -> bool:
    """Whether ``record`` is a letter of this replay: before the end, parked by ``service``, of
    the type asked."""
    if record.offset >= ends[tp] or _h(record.headers, H_CONSUMER) != service:
        return False
    return not event_type or _h(record.headers, "ce_type") == event_type


async def _put_back(
    producer: Any,
    tp: TopicPartition,
    record: Any,
    *,
    ends: dict[TopicPartition, int],
    service: str,
    event_type: str | None,
    dry_run: bool,
) -> int:
    """Send a letter of this replay back on its original topic (not when ``dry_run``): 1 if it
    is one, else 0."""
    if not _parked_by(record, tp, ends, service, event_type):
        return 0
    original = _h(record.headers, H_ORIGINAL_TOPIC) or tp.topic.removesuffix(".dlq")
    headers = [(k, v) for k, v in record.headers if not k.startswith(DLQ_PREFIX)]
    if not dry_run:
        await producer.send_and_wait(original, value=record.value, key=record.key, headers=headers)
    return 1
