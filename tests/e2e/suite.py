"""The whole suite as separate processes: one broker, five services, fresh data.

The broker is Tansu, or Apache Kafka (its topics created by ``ensure-topics`` first, the
services' producers idempotent), per the suite fixture's parameter (``SG_TEST_BROKERS``).

Started as ``make run`` starts it (``sg-service <name> run``), on free loopback ports, each
service with its own database (a SQLite file, or a PostgreSQL schema of its own), and driven only
over HTTP. Processes are started and stopped by PID; every wait has a deadline.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psycopg
from sqlalchemy.engine import make_url

from sg_common.auth.dev import mint_token
from sg_common.events.broker import Broker, free_port
from sg_common.events.testing import close_broker, new_broker, start_broker
from sg_common.processes import terminate

SERVICES = ["budget", "hr", "facilities", "it", "production"]
BIN = Path(sys.executable).parent

#: Gives the bearer token of a person: (roles, units, subject) → token.
TokenSource = Callable[[list[str], list[str], str], str]


def dev_token(roles: list[str], units: list[str], sub: str) -> str:
    """A development token signed with the repository's dev key (development mode only)."""
    return mint_token(subject=sub, roles=roles, units=units)


#: Consumer timings that suit Tansu (see DEVELOPERS.md), as SG_* variables.
FAST_EVENTS = {
    "SG_KAFKA_SESSION_TIMEOUT_MS": "2000",
    "SG_KAFKA_HEARTBEAT_INTERVAL_MS": "500",
    "SG_KAFKA_FETCH_MAX_WAIT_MS": "10",
    "SG_KAFKA_REQUEST_TIMEOUT_MS": "5000",
    "SG_RELAY_BACKOFF_MAX_S": "1.0",
    "SG_RELAY_ACK_TIMEOUT_S": "6.0",
    "SG_RELAY_VERIFY_INTERVAL_S": "2.0",
    "SG_CONSUMER_RETRY_BACKOFF_S": "0.05",
    "SG_CONSUMER_RETRY_BACKOFF_MAX_S": "0.2",
}


@dataclass
class ServiceProcess:
    name: str
    port: int
    env: dict[str, str]
    log: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        out = self.log.open("ab")
        self.process = subprocess.Popen(
            [str(BIN / "sg-service"), self.name, "run"],
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        out.close()

    def stop(self, timeout: float = 20.0) -> None:
        terminate(self.process, timeout)
        self.process = None

    def tail(self, lines: int = 40) -> str:
        if not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])


@dataclass
class Suite:
    """The running suite; ``client(name, roles=..., units=...)`` talks to one service."""

    workdir: Path
    backend: str
    broker: Broker
    services: dict[str, ServiceProcess] = field(default_factory=dict)
    schemas: list[str] = field(default_factory=list)
    token_source: TokenSource = dev_token
    #: every process of a replicated service (``services[name]`` is the first)
    replicas: dict[str, list[ServiceProcess]] = field(default_factory=dict)
    #: round-robin proxies in front of replicated services (production mode)
    proxies: dict[str, Any] = field(default_factory=dict)
    on_stop: list[Callable[[], None]] = field(default_factory=list)

    @property
    def production(self) -> bool:
        return self.backend == "production"

    def url(self, name: str) -> str:
        proxy = self.proxies.get(name)
        return str(proxy.url) if proxy is not None else self.services[name].url

    def processes(self) -> list[ServiceProcess]:
        """Every service process, replicas included."""
        found = {id(s): s for s in self.services.values()}
        for group in self.replicas.values():
            found.update({id(s): s for s in group})
        return list(found.values())

    def headers(
        self, roles: list[str] | str, units: list[str] | str = "SG", sub: str = "e2e"
    ) -> dict[str, str]:
        token = self.token_source(
            [roles] if isinstance(roles, str) else list(roles),
            [units] if isinstance(units, str) else list(units),
            sub,
        )
        return {"Authorization": f"Bearer {token}"}

    def subject(
        self, roles: list[str] | str, units: list[str] | str = "SG", sub: str = "e2e"
    ) -> str:
        """The ``sub`` the token of ``headers(roles, units, sub)`` carries: ``sub`` itself with
        development tokens, the provider's own (opaque) subject in production mode, where
        ``sub`` is the person's login (``preferred_username``) instead. The services record
        the subject as who acted; they match a person to hr's agent ``login`` by the login."""
        token = self.headers(roles, units, sub)["Authorization"].removeprefix("Bearer ")
        payload = token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        return str(claims["sub"])

    def client(
        self,
        name: str,
        roles: list[str] | str = "sg.admin",
        units: list[str] | str = "SG",
        sub: str = "e2e",
    ) -> httpx.Client:
        return httpx.Client(
            base_url=self.url(name), headers=self.headers(roles, units, sub), timeout=15.0
        )

    def wait_ready(self, names: list[str] | None = None, timeout: float = 240.0) -> None:
        """Wait until every running process of ``names`` (default: all) answers ready.

        Five services migrating and starting at once take ~20 s on an idle two-core machine
        and over 90 s on a loaded one (CI sharing the cores): the bound is generous, and costs
        nothing when they start sooner (readiness is polled)."""
        wanted = set(names or self.services)
        pending = {
            f"{svc.name}:{svc.port}": svc
            for svc in self.processes()
            if svc.name in wanted and svc.process is not None
        }
        deadline = time.monotonic() + timeout
        last: dict[str, str] = {}
        while pending:
            for key, svc in list(pending.items()):
                if svc.process is not None and svc.process.poll() is not None:
                    raise RuntimeError(f"{key} exited ({svc.process.returncode}):\n{svc.tail()}")
                try:
                    r = httpx.get(f"{svc.url}/health/ready", timeout=2.0)
                    # ready (database) and nothing degraded: the relay and consumer connected
                    if r.status_code == 200 and r.json().get("degraded") == []:
                        del pending[key]
                    else:
                        last[key] = r.text[:300]
                except httpx.HTTPError as exc:
                    last[key] = repr(exc)
            if pending and time.monotonic() > deadline:
                details = "\n".join(f"{k}: {last.get(k)}\n{s.tail()}" for k, s in pending.items())
                raise TimeoutError(f"not ready after {timeout}s: {sorted(pending)}\n{details}")
            time.sleep(0.2)

    def stop(self) -> None:
        for svc in self.processes():
            svc.stop()
        for proxy in self.proxies.values():
            proxy.stop()
        close_broker(self.broker)
        for hook in self.on_stop:
            hook()


def _client_env(broker: Broker) -> dict[str, str]:
    """The broker's client settings as SG_* variables (booleans as "true"/"false")."""
    return {
        f"SG_{name.upper()}": str(value).lower() if isinstance(value, bool) else str(value)
        for name, value in broker.client_settings().items()
    }


def _pg_schema_url(base: str, schema: str) -> str:
    dsn = (
        make_url(base).set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    )
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    url = make_url(base).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


def _drop_schemas(base: str, schemas: list[str]) -> None:
    dsn = (
        make_url(base).set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    )
    with psycopg.connect(dsn, autocommit=True) as conn:
        for schema in schemas:
            conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def start_suite(
    workdir: Path,
    backend: str,
    postgres_url: str | None = None,
    *,
    broker_kind: str = "tansu",
    names: list[str] | None = None,
    extra_env: Mapping[str, Mapping[str, str]] | None = None,
) -> Suite:
    """The broker and the services (``names``: a subset), ``extra_env[name]`` added to one's
    environment (e.g. ``SG_OIDC_ISSUER``)."""
    broker = start_broker(new_broker(broker_kind))
    suite = Suite(workdir=workdir, backend=backend, broker=broker)
    ports = {name: free_port() for name in names or SERVICES}
    base_env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SG_") or k == "SG_TEST_POSTGRES_URL"
    }
    urls = {f"SG_{n.upper()}_URL": f"http://127.0.0.1:{p}" for n, p in ports.items()}
    run = uuid.uuid4().hex[:8]
    try:
        for name in ports:
            env = {
                **base_env,
                **FAST_EVENTS,
                **urls,
                "SG_ENV": "development",
                "SG_PORT": str(ports[name]),
                "SG_HOST": "127.0.0.1",
                "SG_DATA_DIR": str(workdir / "data"),
                **_client_env(broker),
                "SG_LOG_JSON": "true",
                "SG_LOG_LEVEL": "INFO",
                **(extra_env or {}).get(name, {}),
            }
            if backend == "postgresql":
                assert postgres_url is not None
                schema = f"e2e_{run}_{name}"
                suite.schemas.append(schema)
                env["SG_DATABASE_URL"] = _pg_schema_url(postgres_url, schema)
            svc = ServiceProcess(name, ports[name], env, workdir / f"{name}.log")
            suite.services[name] = svc
            svc.start()
        suite.wait_ready()
    except BaseException:
        suite.stop()
        if suite.schemas and postgres_url:
            _drop_schemas(postgres_url, suite.schemas)
        raise
    return suite


def stop_suite(suite: Suite, postgres_url: str | None = None) -> None:
    suite.stop()
    if suite.schemas and postgres_url:
        _drop_schemas(postgres_url, suite.schemas)


def eventually(
    check: Callable[[], Any], *, timeout: float = 30.0, interval: float = 0.2, what: str = ""
) -> Any:
    """Call ``check`` until it returns a truthy value (returned) or stops raising AssertionError.

    Fails with the last assertion after ``timeout`` seconds: a bounded wait, never a fixed sleep.
    """
    deadline = time.monotonic() + timeout
    last: BaseException | None = None
    while True:
        try:
            result = check()
            if result:
                return result
            last = AssertionError(f"{what or check.__name__} returned {result!r}")
        except (AssertionError, httpx.HTTPError) as exc:
            last = exc
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}: {last}") from last
        time.sleep(interval)
