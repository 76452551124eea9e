"""A local Apache Kafka 4.x broker (KRaft, one node), from Maven Central jars.

The jars come from ``deploy/kafka-local/pom.xml`` (``mvn -q dependency:copy-dependencies``) and
are cached under ``.tools/kafka/libs`` (gitignored): a second run resolves nothing. The broker
runs as ``java -cp ... kafka.Kafka server.properties`` with a small heap, after a one-time
``kafka.tools.StorageTool format`` of its log directory. Unlike Tansu it keeps its log on disk:
:class:`ApacheKafkaBroker` stopped and started again finds its topics, records and committed
offsets where it left them (``forget()`` wipes them, for tests of a broker that lost its data).

Settings: ``auto.create.topics.enable=false`` (topics come from ``sg-events ensure-topics``),
replication factor 1 for the internal topics, ``group.initial.rebalance.delay.ms=0`` and a
minimum session timeout low enough for the tests' 2 s sessions. With ``scram_users`` a second,
SASL_PLAINTEXT listener (SCRAM-SHA-256 and -512) is opened on ``sasl_port``.

``sg-broker --kafka apache --port 9092`` runs it in the foreground for ``make run KAFKA=apache``.
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

from sg_common.events.broker import _port_open, free_port
from sg_common.processes import terminate

KAFKA_VERSION = "4.1.1"  # deploy/kafka-local/pom.xml's; a test checks they agree
#: a small heap and a fast start (C1 only): what tests and ``make run`` want
JVM_OPTIONS = [
    "-Xms128m",
    "-Xmx512m",
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",
    "-Xss512k",
    "-Djava.awt.headless=true",
]
#: the same heap with the full JIT: slower to start, faster once warm (the benchmark)
JVM_OPTIONS_THROUGHPUT = [o for o in JVM_OPTIONS if not o.startswith("-XX:TieredStopAtLevel")]


def repo_root() -> Path:
    """The checkout holding ``deploy/kafka-local/pom.xml`` (the library is installed editable)."""
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "deploy" / "kafka-local" / "pom.xml").is_file():
            return parent
    raise RuntimeError("deploy/kafka-local/pom.xml not found above " + str(here))


def tools_dir() -> Path:
    return Path(os.environ.get("SG_KAFKA_TOOLS_DIR") or repo_root() / ".tools" / "kafka")


def ensure_jars(*, quiet: bool = True) -> Path:
    """The directory of the broker's jars, resolved from Maven Central on the first call only."""
    libs = tools_dir() / "libs"
    marker = libs / "COMPLETE"  # the pom's digest: editing the pom resolves again
    pom = repo_root() / "deploy" / "kafka-local" / "pom.xml"
    digest = hashlib.sha256(pom.read_bytes()).hexdigest()
    if marker.is_file() and marker.read_text().strip() == digest:
        return libs
    mvn = shutil.which("mvn")
    if mvn is None:
        raise RuntimeError("Apache Kafka needs Maven (mvn) the first time, to fetch its jars")
    if libs.exists():
        shutil.rmtree(libs)
    libs.mkdir(parents=True)
    command = [
        mvn,
        *(["-q"] if quiet else []),
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        f"-DoutputDirectory={libs}",
    ]
    subprocess.run(command, check=True, timeout=600)  # noqa: S603
    marker.write_text(digest + "\n")
    return libs


def _api_versions_answer(host: str, port: int, timeout: float = 1.0) -> bool:
    """True when the broker answers an ApiVersions request (it is serving, not just bound)."""
    client_id = b"sg-probe"
    body = struct.pack(">hhih", 18, 0, 7, len(client_id)) + client_id
    try:
        with socket.create_connection((host, port), timeout=timeout) as s:
            s.settimeout(timeout)
            s.sendall(struct.pack(">i", len(body)) + body)
            header = s.recv(8)
            return len(header) == 8 and struct.unpack(">ii", header)[1] == 7
    except OSError:
        return False


def _cluster_id() -> str:
    """A random cluster id as Kafka's ``Uuid.randomUuid`` makes them.

    Like Kafka, never one that starts with ``-``: ``StorageTool`` would read it as an option
    (one id in 64 did, and the format failed).
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


class ApacheKafkaBroker:
    """One Apache Kafka KRaft node (broker and controller) on 127.0.0.1:port, run by PID."""

    kind = "apache"

    def __init__(
        self,
        port: int | None = None,
        host: str = "127.0.0.1",
        log_file: Path | None = None,
        data_dir: Path | None = None,
        scram_users: dict[str, str] | None = None,
        partitions: int = 3,
        jvm_options: list[str] | None = None,
    ):
        self.host = host
        self.port = port or free_port()
        self.controller_port = free_port()
        self.scram_users = dict(scram_users or {})
        self.sasl_port = free_port() if self.scram_users else None
        self.partitions = partitions
        self.jvm_options = list(jvm_options if jvm_options is not None else JVM_OPTIONS)
        self._own_dir = data_dir is None
        self.data_dir = Path(data_dir or tempfile.mkdtemp(prefix="sg-kafka-"))
        self.log_file = log_file or self.data_dir / "server.log"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def sasl_bootstrap(self) -> str:
        assert self.sasl_port is not None, "no SASL listener: pass scram_users"
        return f"{self.host}:{self.sasl_port}"

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "kraft-logs"

    def client_settings(self) -> dict[str, object]:
        """Settings overrides for clients of this broker (idempotent producer, acks=all)."""
        return {"kafka_bootstrap_servers": self.bootstrap, "kafka_enable_idempotence": True}

    # configuration ----------------------------------------------------------------------------
    def _properties(self) -> str:
        listeners = [
            f"PLAINTEXT://{self.host}:{self.port}",
            f"CONTROLLER://{self.host}:{self.controller_port}",
        ]
        advertised = [f"PLAINTEXT://{self.host}:{self.port}"]
        protocols = ["PLAINTEXT:PLAINTEXT", "CONTROLLER:PLAINTEXT"]
        extra: list[str] = []
        if self.sasl_port is not None:
            listeners.append(f"SASL_PLAINTEXT://{self.host}:{self.sasl_port}")
            advertised.append(f"SASL_PLAINTEXT://{self.host}:{self.sasl_port}")
            protocols.append("SASL_PLAINTEXT:SASL_PLAINTEXT")
            module = "org.apache.kafka.common.security.scram.ScramLoginModule required;"
            extra += [
                "sasl.enabled.mechanisms=SCRAM-SHA-256,SCRAM-SHA-512",
                f"listener.name.sasl_plaintext.scram-sha-256.sasl.jaas.config={module}",
                f"listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config={module}",
            ]
        lines = [
            "process.roles=broker,controller",
            "node.id=1",
            f"controller.quorum.voters=1@{self.host}:{self.controller_port}",
            f"listeners={','.join(listeners)}",
            f"advertised.listeners={','.join(advertised)}",
            f"listener.security.protocol.map={','.join(protocols)}",
            "controller.listener.names=CONTROLLER",
            "inter.broker.listener.name=PLAINTEXT",
            f"log.dirs={self.log_dir}",
            f"num.partitions={self.partitions}",
            "auto.create.topics.enable=false",
            "offsets.topic.replication.factor=1",
            "offsets.topic.num.partitions=5",
            "transaction.state.log.replication.factor=1",
            "transaction.state.log.min.isr=1",
            "transaction.state.log.num.partitions=5",
            "share.coordinator.state.topic.replication.factor=1",
            "share.coordinator.state.topic.min.isr=1",
            "min.insync.replicas=1",
            "group.initial.rebalance.delay.ms=0",
            "group.min.session.timeout.ms=500",
            "num.network.threads=2",
            "num.io.threads=4",
            "log.retention.hours=168",
            *extra,
        ]
        return "\n".join(lines) + "\n"

    _LOG4J2 = (
        "status = warn\n"
        "appender.out.type = Console\nappender.out.name = OUT\n"
        "appender.out.layout.type = PatternLayout\n"
        "appender.out.layout.pattern = [%d] %p %m (%c)%n\n"
        "rootLogger.level = WARN\nrootLogger.appenderRef.out.ref = OUT\n"
        "logger.server.name = kafka.server.KafkaRaftServer\nlogger.server.level = INFO\n"
        "logger.broker.name = kafka.server.BrokerServer\nlogger.broker.level = INFO\n"
    )

    def _java(self, main: str, *args: str) -> list[str]:
        java = shutil.which("java")
        if java is None:
            raise RuntimeError("Apache Kafka needs Java (17 or later) on PATH")
        libs = ensure_jars()
        return [
            java,
            *self.jvm_options,
            f"-Dlog4j2.configurationFile={self.data_dir / 'log4j2.properties'}",
            "-cp",
            str(libs / "*"),
            main,
            *args,
        ]

    def prepare(self) -> list[str]:
        """Write the configuration, format the log directory once; the command that runs it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        config = self.data_dir / "server.properties"
        config.write_text(self._properties())
        (self.data_dir / "log4j2.properties").write_text(self._LOG4J2)
        if not (self.log_dir / "meta.properties").is_file():
            self._format(config)
        return self._java("kafka.Kafka", str(config))

    def _format(self, config: Path) -> None:
        """``StorageTool format`` the log directory (a JVM start, 1–2 s).

        Without SCRAM users the result depends on nothing but the version (one node, id 1,
        static quorum), so the first format is kept under ``.tools/kafka`` and copied after.
        """
        template = tools_dir() / f"kraft-formatted-{KAFKA_VERSION}"
        if not self.scram_users and (template / "meta.properties").is_file():
            shutil.copytree(template, self.log_dir, dirs_exist_ok=True)
            return
        fmt = ["format", "-t", _cluster_id(), "-c", str(config), "--ignore-formatted"]
        for user, password in self.scram_users.items():
            for mechanism in ("SCRAM-SHA-256", "SCRAM-SHA-512"):
                fmt += ["--add-scram", f"{mechanism}=[name={user},password={password}]"]
        subprocess.run(  # noqa: S603
            self._java("kafka.tools.StorageTool", *fmt),
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=120,
        )
        if not self.scram_users:
            staging = Path(tempfile.mkdtemp(dir=tools_dir(), prefix="kraft-formatting-"))
            shutil.copytree(self.log_dir, staging, dirs_exist_ok=True)
            try:
                staging.rename(template)  # atomic; another process may have won the race
            except OSError:
                shutil.rmtree(staging, ignore_errors=True)

    # lifecycle --------------------------------------------------------------------------------
    def start(self, timeout: float = 60.0) -> ApacheKafkaBroker:
        command = self.prepare()
        out = open(self.log_file, "ab")  # noqa: SIM115
        try:
            self.process = subprocess.Popen(  # noqa: S603
                command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        finally:
            out.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                code = self.process.returncode
                self.process = None
                raise RuntimeError(f"kafka exited with {code}:\n{self.tail()}")
            if _api_versions_answer(self.host, self.port):
                return self
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"kafka did not answer on {self.bootstrap} within {timeout}s")

    def stop(self, timeout: float = 30.0) -> None:
        """A clean shutdown (SIGTERM): the log stays for the next ``start()``."""
        if self.process is None:
            return
        terminate(self.process, timeout)
        self.process = None
        deadline = time.monotonic() + 10
        while _port_open(self.host, self.port) and time.monotonic() < deadline:
            time.sleep(0.05)

    def forget(self) -> None:
        """Wipe the log (topics, records, offsets); the next ``start()`` formats a new cluster."""
        assert self.process is None, "stop the broker first"
        shutil.rmtree(self.log_dir, ignore_errors=True)

    def close(self) -> None:
        """Stop, and remove the data directory if this object created it."""
        self.stop()
        if self._own_dir:
            shutil.rmtree(self.data_dir, ignore_errors=True)

    def tail(self, lines: int = 30) -> str:
        if not self.log_file.exists():
            return ""
        return "\n".join(self.log_file.read_text(errors="replace").splitlines()[-lines:])

    def __enter__(self) -> ApacheKafkaBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
