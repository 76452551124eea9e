"""The suite's topics, declared once: ``sg.<producer>.events`` and its dead letters ``.dlq``.

``sg-events ensure-topics`` creates them on a broker (``make run``, the deploy Jobs, the tests
on Apache Kafka, where auto-creation is off); ``deploy/k8s/generate.py`` writes the Strimzi
``KafkaTopic`` manifests from the same declaration. Partitions, replication and retention come
from settings (``SG_KAFKA_TOPIC_PARTITIONS``, ``SG_KAFKA_REPLICATION_FACTOR``,
``SG_KAFKA_RETENTION_DAYS``, ``SG_KAFKA_DLQ_RETENTION_DAYS``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sg_common.settings import ServiceSettings

#: every service publishes on a topic of its own (the catalogue's producers; a test checks it)
PRODUCERS = ("budget", "hr", "facilities", "it", "production")
DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    replication_factor: int
    config: dict[str, int | bool] = field(default_factory=dict)

    def kafka_config(self) -> dict[str, str]:
        """The topic configuration as the admin API takes it (strings, booleans in lowercase)."""
        return {
            k: (str(v).lower() if isinstance(v, bool) else str(v)) for k, v in self.config.items()
        }


def min_insync_replicas(replication_factor: int) -> int:
    """2 when there are 3 replicas or more (one may be down), else 1."""
    return 2 if replication_factor >= 3 else 1


def declared_topics(
    *,
    partitions: int,
    replication_factor: int,
    retention_days: float = 14,
    dlq_retention_days: float = 90,
) -> list[TopicSpec]:
    from sg_common.events.catalogue import dlq_topic, topic_of_producer

    out = []
    for producer in PRODUCERS:
        topic = topic_of_producer(producer)
        for name, days in ((topic, retention_days), (dlq_topic(topic), dlq_retention_days)):
            config: dict[str, int | bool] = {
                "min.insync.replicas": min_insync_replicas(replication_factor),
                "retention.ms": round(days * DAY_MS),
                "unclean.leader.election.enable": False,
            }
            out.append(TopicSpec(name, partitions, replication_factor, config))
    return out


def topics_from_settings(settings: ServiceSettings) -> list[TopicSpec]:
    return declared_topics(
        partitions=settings.kafka_topic_partitions,
        replication_factor=settings.kafka_replication_factor,
        retention_days=settings.kafka_retention_days,
        dlq_retention_days=settings.kafka_dlq_retention_days,
    )
