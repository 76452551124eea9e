"""aiokafka clients configured from settings, and topic creation."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from sg_common.settings import ServiceSettings

log = structlog.get_logger("sg_common.events")


def producer(settings: ServiceSettings) -> AIOKafkaProducer:
    """acks=all; idempotence from settings (on for Apache Kafka, off for the embedded Tansu)."""
    return AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        client_id=settings.kafka_client_id or f"{settings.service_name}-relay",
        acks="all",
        enable_idempotence=settings.kafka_enable_idempotence,
        request_timeout_ms=settings.kafka_request_timeout_ms,
        linger_ms=1,
        max_batch_size=256 * 1024,
    )


def consumer(
    settings: ServiceSettings, *topics: str, group_id: str | None, **extra: Any
) -> AIOKafkaConsumer:
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap_servers,
        "client_id": settings.kafka_client_id or f"{settings.service_name}-consumer",
        "group_id": group_id,
        "enable_auto_commit": False,
        "auto_offset_reset": "earliest",
        "session_timeout_ms": settings.kafka_session_timeout_ms,
        "heartbeat_interval_ms": settings.kafka_heartbeat_interval_ms,
        "fetch_max_wait_ms": settings.kafka_fetch_max_wait_ms,
        "max_poll_records": settings.kafka_max_poll_records,
        "request_timeout_ms": max(
            settings.kafka_request_timeout_ms, settings.kafka_session_timeout_ms + 5000
        ),
    }
    options.update(extra)
    return AIOKafkaConsumer(*topics, **options)


async def ensure_topics(settings: ServiceSettings, topics: Iterable[str]) -> None:
    """Create the topics (partitions and replication from settings); existing ones are kept."""
    wanted = sorted(set(topics))
    if not wanted:
        return
    admin = AIOKafkaAdminClient(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        request_timeout_ms=settings.kafka_request_timeout_ms,
    )
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [t for t in wanted if t not in existing]
        if missing:
            with contextlib.suppress(TopicAlreadyExistsError):
                await admin.create_topics(
                    [
                        NewTopic(
                            name=t,
                            num_partitions=settings.kafka_topic_partitions,
                            replication_factor=settings.kafka_replication_factor,
                        )
                        for t in missing
                    ]
                )
            log.info("topics_created", topics=missing)
    finally:
        await admin.close()
