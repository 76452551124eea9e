"""Kafka client settings (TLS, SASL) reach every aiokafka client; the declared topics."""

from __future__ import annotations

import asyncio
import ssl
import uuid
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from sg_common.events import apache_kafka, cli, kafka
from sg_common.events.apache_kafka import KAFKA_VERSION, repo_root
from sg_common.events.catalogue import all_events, dlq_topic, topic_of_producer
from sg_common.events.testing import close_broker, new_broker, test_brokers
from sg_common.events.topics import PRODUCERS, declared_topics, topics_from_settings
from sg_common.settings import ServiceSettings
from sg_common.testing.forge import self_signed_cert


def _ca_file(tmp_path: Path) -> Path:
    cert = self_signed_cert(ec.generate_private_key(ec.SECP256R1()), "sg-test-ca", ca=True)
    path = tmp_path / "ca.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return path


def _settings(**values: Any) -> ServiceSettings:
    return ServiceSettings(_env_file=None, service_name="budget", **values)


async def test_sasl_ssl_settings_reach_the_producer_the_consumer_and_the_admin_client(
    tmp_path: Path,
) -> None:
    settings = _settings(
        kafka_bootstrap_servers="kafka-0:9093,kafka-1:9093",
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="SCRAM-SHA-512",
        kafka_sasl_username="budget-svc",
        kafka_sasl_password="s3cret",
        kafka_ssl_cafile=_ca_file(tmp_path),
    )
    producer = kafka.producer(settings)
    consumer = kafka.consumer(settings, "sg.budget.events", group_id="hr")
    admin = kafka.admin(settings)
    clients = {"producer": producer.client, "consumer": consumer._client, "admin": admin._client}
    for role, client in clients.items():
        assert client._bootstrap_servers == "kafka-0:9093,kafka-1:9093", role
        assert client._security_protocol == "SASL_SSL", role
        assert client._sasl_mechanism == "SCRAM-SHA-512", role
        assert client._sasl_plain_username == "budget-svc", role
        assert client._sasl_plain_password == "s3cret", role
        context = client._ssl_context
        assert isinstance(context, ssl.SSLContext), role
        assert context.verify_mode == ssl.CERT_REQUIRED, role
        assert [c["subject"] for c in context.get_ca_certs()] == [
            ((("commonName", "sg-test-ca"),),)
        ], role
    assert "s3cret" not in str(settings.safe_dump())


async def test_plaintext_is_the_default_and_ssl_alone_verifies_with_the_system_cas() -> None:
    plain = kafka.client_options(_settings())
    assert plain == {"bootstrap_servers": "127.0.0.1:9092", "security_protocol": "PLAINTEXT"}
    tls = kafka.client_options(_settings(kafka_security_protocol="SSL"))
    assert tls["security_protocol"] == "SSL"
    assert tls["ssl_context"].verify_mode == ssl.CERT_REQUIRED
    assert "sasl_mechanism" not in tls


def test_sasl_without_credentials_is_refused_at_start() -> None:
    with pytest.raises(ValueError, match="SG_KAFKA_SASL_USERNAME"):
        _settings(kafka_security_protocol="SASL_PLAINTEXT")
    with pytest.raises(ValueError, match="SG_KAFKA_SASL_PASSWORD"):
        _settings(kafka_security_protocol="SASL_SSL", kafka_sasl_username="budget-svc")


def test_the_settings_are_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {
        "SG_KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
        "SG_KAFKA_SASL_MECHANISM": "SCRAM-SHA-256",
        "SG_KAFKA_SASL_USERNAME": "hr-svc",
        "SG_KAFKA_SASL_PASSWORD": "pw",
        "SG_KAFKA_SSL_CAFILE": "/etc/kafka/ca.pem",
    }.items():
        monkeypatch.setenv(name, value)
    settings = ServiceSettings(_env_file=None)
    assert settings.kafka_security_protocol == "SASL_PLAINTEXT"
    assert settings.kafka_sasl_mechanism == "SCRAM-SHA-256"
    assert settings.kafka_sasl_username == "hr-svc"
    assert settings.kafka_sasl_password is not None
    assert settings.kafka_sasl_password.get_secret_value() == "pw"
    assert settings.kafka_ssl_cafile == Path("/etc/kafka/ca.pem")
    monkeypatch.setenv("SG_KAFKA_SECURITY_PROTOCOL", "SASL_SCRAM")
    with pytest.raises(ValueError, match="kafka_security_protocol"):
        ServiceSettings(_env_file=None)


def test_every_producer_has_its_topic_and_dead_letter_topic_declared() -> None:
    assert set(PRODUCERS) == {m.producer for m in all_events()}
    names = [s.name for s in topics_from_settings(_settings())]
    assert names == [
        n for p in PRODUCERS for n in (topic_of_producer(p), dlq_topic(topic_of_producer(p)))
    ]


def test_topic_settings_come_from_settings() -> None:
    specs = topics_from_settings(
        _settings(kafka_topic_partitions=6, kafka_replication_factor=3, kafka_retention_days=7)
    )
    events, dlq = specs[0], specs[1]
    assert (events.partitions, events.replication_factor) == (6, 3)
    assert events.kafka_config() == {
        "min.insync.replicas": "2",
        "retention.ms": str(7 * 24 * 3600 * 1000),
        "unclean.leader.election.enable": "false",
    }
    assert dlq.config["retention.ms"] == 90 * 24 * 3600 * 1000
    [single] = declared_topics(partitions=1, replication_factor=1)[:1]
    assert single.config["min.insync.replicas"] == 1  # one replica: it must be enough


@pytest.mark.broker
@pytest.mark.parametrize("kind", test_brokers())
def test_ensure_topics_creates_the_declared_topics_from_the_environment_once(
    kind: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The deploy contract: SG_KAFKA_BOOTSTRAP_SERVERS, SG_KAFKA_TOPIC_PARTITIONS and
    SG_KAFKA_REPLICATION_FACTOR from the environment; a second run changes nothing."""
    names = [s.name for s in topics_from_settings(_settings())]
    broker = new_broker(kind)  # started bare: no topics yet, even on Apache Kafka
    broker.start()
    try:
        monkeypatch.setenv("SG_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrap)
        monkeypatch.setenv("SG_KAFKA_TOPIC_PARTITIONS", "2")
        monkeypatch.setenv("SG_KAFKA_REPLICATION_FACTOR", "1")
        monkeypatch.setenv("SG_ENV", "production")  # a Job without the services' JWT secrets
        assert cli.main(["ensure-topics"]) == 0
        first = [line for line in capsys.readouterr().out.splitlines() if line.startswith("sg.")]
        assert cli.main(["ensure-topics", "--timeout", "10"]) == 0
        second = [line for line in capsys.readouterr().out.splitlines() if line.startswith("sg.")]
        partitions = asyncio.run(_partitions(broker.bootstrap))
    finally:
        close_broker(broker)
    assert first == [f"{n}: created (partitions=2, replication=1)" for n in names]
    assert second == [f"{n}: exists (left as it is)" for n in names]
    assert {n: partitions.get(n) for n in names} == dict.fromkeys(names, 2)


async def _partitions(bootstrap: str) -> dict[str, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await consumer.start()
    try:
        cluster = await consumer._client.fetch_all_metadata()
        return {t: len(cluster.partitions_for_topic(t) or ()) for t in cluster.topics()}
    finally:
        await consumer.stop()


def test_the_launcher_names_the_version_the_pom_resolves() -> None:
    pom = (repo_root() / "deploy" / "kafka-local" / "pom.xml").read_text()
    assert f"<kafka.version>{KAFKA_VERSION}</kafka.version>" in pom
    assert KAFKA_VERSION.startswith("4.")


def test_a_cluster_id_never_starts_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    """StorageTool reads ``-t -mmu0x…`` as an option: the format failed one CI run in 64."""
    uuids = iter([uuid.UUID(bytes=b"\xfa" + bytes(15)), uuid.UUID(bytes=b"\x01" + bytes(15))])
    monkeypatch.setattr(uuid, "uuid4", lambda: next(uuids))
    assert apache_kafka._cluster_id() == "AQAAAAAAAAAAAAAAAAAAAA"
