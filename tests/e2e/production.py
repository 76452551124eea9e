"""The suite as it is deployed, for the production-mode e2e run.

What differs from the development run (``suite.py``), and why each piece is real:

* ``SG_ENV=production`` with non-default secrets: the services refuse the development key, the
  development issuer and the default secret, exactly as a misconfigured pod would.
* One PostgreSQL **database and login role per service**, created for the run and dropped after
  it (the role may reach its own database only), as ``deploy/postgres/init-databases.sh`` does.
* **Two replicas** of budget and of facilities: two processes each on the same database and
  consumer group, behind a round-robin TCP proxy that plays the Kubernetes Service (a new
  connection goes to the next live replica; a replica that refuses connections is skipped).
  The other services and the tests reach a replicated service only through its proxy.
* The broker and the token source are given by the caller (Apache Kafka with idempotence and
  pre-created topics, and the OIDC provider, when they are available here).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import signal
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import psycopg
from psycopg import sql
from sqlalchemy.engine import make_url

from sg_common.events.broker import Broker, free_port

from .suite import FAST_EVENTS, SERVICES, ServiceProcess, Suite, TokenSource, _client_env

#: Services run as two replicas in production mode.
REPLICATED = ("budget", "facilities")


class RoundRobinProxy:
    """A loopback TCP proxy spreading connections over backends in turn (a Service's job).

    Runs its own event loop in a daemon thread; ``stop()`` closes it. A backend that refuses the
    connection (a killed replica) is skipped for that connection.
    """

    def __init__(self, backends: list[int], host: str = "127.0.0.1") -> None:
        self.host = host
        self.backends = list(backends)
        self.port = free_port()
        self.connections: dict[int, int] = dict.fromkeys(backends, 0)
        self._next = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.base_events.Server | None = None
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"proxy-{self.port}", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> RoundRobinProxy:
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("proxy did not start")
        return self

    def stop(self) -> None:
        if not self._thread.is_alive():
            return

        async def close() -> None:
            if self._server is not None:
                self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        asyncio.run_coroutine_threadsafe(close(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def serve() -> None:
            self._server = await asyncio.start_server(self._handle, self.host, self.port)
            self._started.set()

        self._loop.run_until_complete(serve())
        self._loop.run_forever()
        with contextlib.suppress(Exception):
            self._loop.close()

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        last: OSError | None = None
        for _ in range(len(self.backends)):
            port = self.backends[self._next % len(self.backends)]
            self._next += 1
            try:
                pair = await asyncio.wait_for(asyncio.open_connection(self.host, port), 2.0)
            except (OSError, TimeoutError) as exc:
                last = OSError(str(exc))
                continue
            self.connections[port] += 1
            return pair
        raise last or OSError("no backend")

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await self._connect()
        except OSError:
            writer.close()
            return

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (OSError, asyncio.CancelledError):
                pass
            finally:
                with contextlib.suppress(Exception):
                    dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


@dataclass
class ServiceDatabase:
    """A database and its owner role, made for one service in one run."""

    name: str
    password: str
    url: str


def create_service_databases(admin_url: str, run: str) -> dict[str, ServiceDatabase]:
    """One database and login role per service (``e2e_<run>_<service>``), reachable only by it."""
    made: dict[str, ServiceDatabase] = {}
    try:
        return _create_service_databases(admin_url, run, made)
    except BaseException:
        drop_service_databases(admin_url, made)
        raise


def _create_service_databases(
    admin_url: str, run: str, made: dict[str, ServiceDatabase]
) -> dict[str, ServiceDatabase]:
    admin = make_url(admin_url)
    dsn = admin.set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        for service in SERVICES:
            name = f"e2e_{run}_{service}"
            password = secrets.token_urlsafe(18)
            made[service] = ServiceDatabase(name, password, "")
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
                    sql.Identifier(name), sql.Literal(password)
                )
            )
            # PostgreSQL 15: a CREATEROLE user must be a member to give the role a database
            conn.execute(sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(name)))
            conn.execute(
                sql.SQL("CREATE DATABASE {} OWNER {}").format(
                    sql.Identifier(name), sql.Identifier(name)
                )
            )
            conn.execute(
                sql.SQL("REVOKE CONNECT ON DATABASE {} FROM PUBLIC").format(sql.Identifier(name))
            )
            url = admin.set(
                drivername="postgresql+psycopg", username=name, password=password, database=name
            ).render_as_string(hide_password=False)
            made[service] = ServiceDatabase(name, password, url)
    return made


def drop_service_databases(admin_url: str, databases: dict[str, ServiceDatabase]) -> None:
    dsn = (
        make_url(admin_url)
        .set(drivername="postgresql", query={})
        .render_as_string(hide_password=False)
    )
    with psycopg.connect(dsn, autocommit=True) as conn:
        for db in databases.values():
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(db.name))
            )
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(db.name)))


def start_production_suite(
    workdir: Path,
    postgres_url: str,
    *,
    broker: Broker,
    token_source: TokenSource,
    auth_env: dict[str, str],
    service_env: Callable[[str], dict[str, str]] | None = None,
    replicas: tuple[str, ...] = REPLICATED,
) -> Suite:
    """Start the five services as deployed; ``broker`` is started, topics already created.

    ``auth_env`` says how services verify tokens (issuer, JWKS); ``service_env(name)`` adds a
    service's own variables (its OIDC client, for instance).
    """
    run = uuid.uuid4().hex[:8]
    databases = create_service_databases(postgres_url, run)
    suite = Suite(workdir=workdir, backend="production", broker=broker, token_source=token_source)
    suite.on_stop.append(lambda: drop_service_databases(postgres_url, databases))
    ports = {name: [free_port() for _ in range(2 if name in replicas else 1)] for name in SERVICES}
    try:
        for name in replicas:
            suite.proxies[name] = RoundRobinProxy(ports[name]).start()
        urls = {
            f"SG_{n.upper()}_URL": (
                suite.proxies[n].url if n in suite.proxies else f"http://127.0.0.1:{p[0]}"
            )
            for n, p in ports.items()
        }
        base_env = {k: v for k, v in os.environ.items() if not k.startswith("SG_")}
        for name in SERVICES:
            for index, port in enumerate(ports[name]):
                env = {
                    **base_env,
                    **FAST_EVENTS,
                    **urls,
                    **auth_env,
                    **(service_env(name) if service_env else {}),
                    "SG_ENV": "production",
                    "SG_SECRET_KEY": secrets.token_urlsafe(32),
                    "SG_PORT": str(port),
                    "SG_HOST": "127.0.0.1",
                    "SG_DATA_DIR": str(workdir / "data"),
                    "SG_DATABASE_URL": databases[name].url,
                    "SG_DB_POOL_SIZE": "5",
                    **_client_env(broker),  # bootstrap, idempotence on Apache Kafka
                    "SG_LOG_JSON": "true",
                    "SG_LOG_LEVEL": "INFO",
                }
                svc = ServiceProcess(name, port, env, workdir / f"{name}-{index}.log")
                suite.replicas.setdefault(name, []).append(svc)
                if index == 0:
                    suite.services[name] = svc
                svc.start()
        suite.wait_ready()
    except BaseException:
        suite.stop()
        raise
    return suite


def kill_replica(suite: Suite, name: str) -> ServiceProcess:
    """SIGKILL the last replica of ``name`` (no shutdown hook runs: a node that dies)."""
    svc = suite.replicas[name][-1]
    if svc.process is None or svc.process.poll() is not None:
        raise AssertionError(f"{name}'s last replica is not running")
    svc.process.send_signal(signal.SIGKILL)
    svc.process.wait(10)
    svc.process = None
    return svc


def restart_replica(suite: Suite, name: str) -> None:
    """Start the last replica of ``name`` again (after :func:`kill_replica`) and wait for it."""
    svc = suite.replicas[name][-1]
    if svc.process is None:
        svc.start()
    suite.wait_ready([name])
