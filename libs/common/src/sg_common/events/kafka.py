"""aiokafka clients configured from settings, and topic creation.

Every producer, consumer and admin client of the suite is built here, so the connection
settings (bootstrap servers, TLS and SASL from ``SG_KAFKA_SECURITY_PROTOCOL`` and friends) are
applied in one place: :func:`client_options`.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
from collections.abc import Iterable
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError
from aiokafka.helpers import create_ssl_context

from sg_common.events.topics import TopicSpec, topics_from_settings
from sg_common.settings import ServiceSettings

log = structlog.get_logger("sg_common.events")


def ssl_context(settings: ServiceSettings) -> ssl.SSLContext:
    """Verifies the broker against ``SG_KAFKA_SSL_CAFILE``, else the system's CAs."""
    # aiokafka is untyped: its helper returns ssl.create_default_context's context
    context: ssl.SSLContext
    if settings.kafka_ssl_cafile is not None:
        context = create_ssl_context(cafile=str(settings.kafka_ssl_cafile))
    else:
        context = create_ssl_context()
    return context


def client_options(settings: ServiceSettings) -> dict[str, Any]:
    """Connection options shared by every client: bootstrap servers, TLS and SASL."""
    protocol = settings.kafka_security_protocol
    options: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap_servers,
        "security_protocol": protocol,
    }
    if protocol in ("SSL", "SASL_SSL"):
        options["ssl_context"] = ssl_context(settings)
    if protocol in ("SASL_PLAINTEXT", "SASL_SSL"):
        # the settings refuse SASL without credentials (ServiceSettings._sasl_needs_credentials)
        assert settings.kafka_sasl_password is not None
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        options["sasl_plain_password"] = settings.kafka_sasl_password.get_secret_value()
    return options


def producer(settings: ServiceSettings) -> AIOKafkaProducer:
    """acks=all; idempotence from settings (on for Apache Kafka, off for the embedded Tansu)."""
    return AIOKafkaProducer(
        **client_options(settings),
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
        **client_options(settings),
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


async def topic_partitions(
    consumer: AIOKafkaConsumer, topics: Iterable[str]
) -> list[TopicPartition]:
    """Every partition of ``topics``, from a metadata request for all topics.

    ``consumer.topics()`` does not refresh what ``partitions_for_topic`` reads: that cache holds
    the topics a consumer subscribed or was assigned to. (On Tansu it happened to hold every
    topic, which hid this; on Apache Kafka ``replay-dlq`` found no partition at all.)
    """
    cluster = await consumer._client.fetch_all_metadata()
    return [
        TopicPartition(t, p) for t in topics for p in sorted(cluster.partitions_for_topic(t) or ())
    ]


def admin(settings: ServiceSettings) -> AIOKafkaAdminClient:
    return AIOKafkaAdminClient(
        **client_options(settings),
        client_id=settings.kafka_client_id or f"{settings.service_name}-admin",
        request_timeout_ms=settings.kafka_request_timeout_ms,
    )


def _spec_for(settings: ServiceSettings, topic: str) -> TopicSpec:
    declared = {spec.name: spec for spec in topics_from_settings(settings)}
    return declared.get(
        topic,
        TopicSpec(topic, settings.kafka_topic_partitions, settings.kafka_replication_factor),
    )


async def ensure_topics(settings: ServiceSettings, topics: Iterable[str]) -> list[str]:
    """Create the missing topics (as declared in ``topics.py``); return those created.

    Existing topics are kept as they are (never altered, never recreated).
    """
    wanted = sorted(set(topics))
    if not wanted:
        return []
    client = admin(settings)
    await client.start()
    try:
        existing = set(await client.list_topics())
        missing = [t for t in wanted if t not in existing]
        if missing:
            specs = [_spec_for(settings, t) for t in missing]
            with contextlib.suppress(TopicAlreadyExistsError):
                await client.create_topics(
                    [
                        NewTopic(
                            name=s.name,
                            num_partitions=s.partitions,
                            replication_factor=s.replication_factor,
                            topic_configs=s.kafka_config(),
                        )
                        for s in specs
                    ]
                )
            await _wait_for_leaders(client, specs)
            log.info("topics_created", topics=missing)
        return missing
    finally:
        await client.close()


async def _wait_for_leaders(
    client: AIOKafkaAdminClient, specs: list[TopicSpec], timeout_s: float = 10.0
) -> None:
    """Until every partition of the new topics has a leader (producers then never see
    NOT_LEADER on their first sends); bounded, and harmless if it runs out."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while loop.time() < deadline:
        cluster = await client._client.fetch_all_metadata()
        if all(
            len(cluster.partitions_for_topic(s.name) or ()) == s.partitions
            and all(
                (cluster.leader_for_partition(TopicPartition(s.name, p)) or -1) >= 0
                for p in range(s.partitions)
            )
            for s in specs
        ):
            return
        await asyncio.sleep(0.05)


async def ensure_declared_topics(
    settings: ServiceSettings,
    *,
    timeout_s: float = 60.0,
) -> list[str]:
    """Every declared topic, created where missing; retried until the broker answers."""
    names = [spec.name for spec in topics_from_settings(settings)]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    delay = 0.2
    while True:
        try:
            return await ensure_topics(settings, names)
        except Exception as exc:
            if loop.time() + delay > deadline:
                raise
            if delay == 0.2:  # once: the broker is usually still starting
                log.info("waiting_for_broker", error=f"{type(exc).__name__}: {exc}"[:300])
            await asyncio.sleep(delay)
            delay = min(delay * 2, 2.0)
