"""Database access: one async engine per service, transactions owned by the caller's boundary.

SQLite (development, tests) runs in WAL mode with a busy timeout and foreign keys on. Writes are
serialised: write transactions start with ``BEGIN IMMEDIATE`` (so SQLite takes its write lock up
front instead of failing mid-transaction with "database is locked") and, inside one process, an
asyncio lock queues writers fairly on the event loop. Read transactions use a separate engine
with deferred transactions, so WAL readers never wait for writers; its connections run SQLite on
the event loop's thread (:class:`InlineSqliteConnection`) rather than through aiosqlite's worker
thread, whose hand-offs cost more than an indexed read itself.

PostgreSQL runs on psycopg 3 (``postgresql+psycopg://``), async; read transactions run in
autocommit (one round trip per statement, no BEGIN and COMMIT): at the default READ COMMITTED
isolation each statement of a transaction takes its own snapshot anyway.

A decimal written to a model's ``Numeric(p, s)`` column is put at scale ``s`` when the session
flushes (:func:`_decimals_at_column_scale`): a record reads the same in the answer to the request
that wrote it as in every later read (``1200`` sent, ``1200.00`` stored and answered).

The rule: **services never commit.** The HTTP request dependency
(:func:`sg_common.deps.get_session`), the event consumer and the outbox relay open a
transaction with :meth:`Database.transaction`; it commits when the block succeeds and rolls back
when it raises.

Each transaction is recorded, while it is open, in a context variable of the task that opened
it (:func:`open_transaction`): :mod:`sg_common.service_clients` refuses a call to another
service made while one is open (CONVENTIONS.md, "a call to another service").
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from decimal import ROUND_HALF_UP, Decimal
from functools import partial
from typing import Any

import aiosqlite
from sqlalchemy import Float, Numeric, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.orm import Mapper, Session
from sqlalchemy.pool import AsyncAdaptedQueuePool
from sqlmodel.ext.asyncio.session import AsyncSession

AfterCommitHook = Callable[[AsyncSession], None]
WriteCommitHook = Callable[[AsyncSession], Awaitable[None]]

#: Called in every write transaction the current task commits, just before the commit (so what
#: it writes commits with the rest): e.g. the request's Idempotency-Key marked applied.
_write_commit_hook: ContextVar[WriteCommitHook | None] = ContextVar(
    "sg_write_commit_hook", default=None
)


@contextmanager
def on_write_commit(hook: WriteCommitHook) -> Iterator[None]:
    """Run ``hook(session)`` before each write commit made by this task while the block runs."""
    token = _write_commit_hook.set(hook)
    try:
        yield
    finally:
        _write_commit_hook.reset(token)


#: Per mapped class, its ``Numeric`` columns with a scale: (attribute, quantum).
_SCALED: dict[type, tuple[tuple[str, Decimal], ...]] = {}


@event.listens_for(Mapper, "mapper_configured")
def _note_scaled_columns(mapper: Mapper[Any], class_: type) -> None:
    scaled = []
    for prop in mapper.column_attrs:
        column_type = prop.columns[0].type
        if (
            isinstance(column_type, Numeric)
            and not isinstance(column_type, Float)
            and column_type.asdecimal
            and column_type.scale is not None
        ):
            scaled.append((prop.key, Decimal(1).scaleb(-column_type.scale)))
    if scaled:
        _SCALED[class_] = tuple(scaled)


@event.listens_for(Session, "before_flush")
def _decimals_at_column_scale(session: Session, _context: Any, _instances: Any) -> None:
    """Decimals written to a ``Numeric(p, s)`` column are put at scale ``s`` on the object too.

    The database stores them so; without this the object written keeps the places it was sent
    with (``1200``) in the answer to the request, and every later read says ``1200.00``. Inputs
    are validated to at most the column's places, so this pads and never rounds a valid value
    (beyond the scale it rounds half away from zero, as PostgreSQL does). At flush, not when set:
    SQLModel sets a field in pydantic's dict after SQLAlchemy's attribute events have run.
    """
    for obj in (*session.new, *session.dirty):
        for key, quantum in _SCALED.get(type(obj), ()):
            value = getattr(obj, key)
            if (
                isinstance(value, Decimal)
                and value.is_finite()
                and value.as_tuple().exponent != quantum.as_tuple().exponent
            ):
                setattr(obj, key, value.quantize(quantum, rounding=ROUND_HALF_UP))


#: The transactions the current task (and the tasks it started meanwhile) holds open,
#: innermost last, e.g. ``("write transaction on facilities.db",)``.
_open_transactions: ContextVar[tuple[str, ...]] = ContextVar("sg_open_transactions", default=())


def open_transaction() -> str | None:
    """The innermost database transaction the current task holds open, or None."""
    held = _open_transactions.get()
    return held[-1] if held else None


@contextmanager
def _held(what: str) -> Iterator[None]:
    previous = _open_transactions.get()
    token = _open_transactions.set((*previous, what))
    try:
        yield
    finally:
        try:
            _open_transactions.reset(token)
        except ValueError:  # closed from another context than the one that opened it
            _open_transactions.set(previous)


#: Advisory lock taken while a starting process loads reference data (org tree, nomenclatures):
#: replicas starting together take turns, and the second finds the rows already there.
REFERENCE_DATA_LOCK_KEY = 0x53475F52  # "SG_R"


async def lock_for_transaction(session: AsyncSession, key: int) -> None:
    """Hold a PostgreSQL advisory lock until the session's transaction ends.

    On SQLite nothing is needed: its write transactions already exclude each other.
    """
    bind = session.bind
    if bind is not None and bind.dialect.name == "postgresql":
        await session.exec(text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=key))  # type: ignore[call-overload]


def is_sqlite_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sync_url(url: str) -> str:
    """The synchronous driver URL for the same database (Alembic runs synchronously)."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed.set(drivername="sqlite").render_as_string(hide_password=False)
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def async_url(url: str) -> str:
    """The async driver URL (aiosqlite / psycopg) for a database URL."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed.set(drivername="sqlite+aiosqlite").render_as_string(hide_password=False)
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


class _InlineQueue:
    """Stands for aiosqlite's queue to its worker thread: runs each call at once, in the caller's
    thread, and settles its future (aiosqlite and SQLAlchemy's adapter put some calls there
    directly, e.g. setting the isolation level)."""

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as exc:
            if future is not None and not future.done():
                future.set_exception(exc)
            return
        if future is not None and not future.done():
            future.set_result(result)


class InlineSqliteConnection(aiosqlite.Connection):
    """An aiosqlite connection that runs SQLite on the event loop's thread, without a thread.

    aiosqlite hands every call (BEGIN, execute, each fetch, COMMIT, the pool's reset) to a worker
    thread and back: about 50 µs of hand-off each, some 18 per read, more than SQLite itself takes
    to answer an indexed read from its page cache. For the read engine only (WAL readers never
    wait for a lock; writes keep aiosqlite's thread, since ``BEGIN IMMEDIATE`` may wait out the
    busy timeout and must not hold up the loop). A read's SQLite time is spent on the loop, as its
    ORM work already is; lists are paged and filters go through an index (CONVENTIONS.md).
    """

    def __init__(self, connector: Callable[[], sqlite3.Connection]) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._tx = _InlineQueue()  # type: ignore[assignment]

    def __await__(self) -> Generator[Any, None, aiosqlite.Connection]:
        return self._connect().__await__()  # no worker thread to start

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if not self._running or not self._connection:
            raise ValueError("Connection closed")
        return fn(*args, **kwargs)


def _inline_sqlite_creator(url: str, connect_args: dict[str, Any]) -> Callable[[], Any]:
    """The ``async_creator`` of an engine whose connections are :class:`InlineSqliteConnection`
    (``connect_args`` go to ``sqlite3.connect``, as aiosqlite passes them)."""
    parsed = make_url(url)
    options = {"uri": parsed.query.get("uri") in ("true", "1"), "check_same_thread": False}
    options.update(connect_args)
    database = parsed.database or ":memory:"

    async def create() -> InlineSqliteConnection:
        connector = partial(sqlite3.connect, database, **options)
        connection = InlineSqliteConnection(connector)
        await connection  # opens the SQLite connection
        return connection

    return create


def _configure_sqlite(engine: AsyncEngine, *, busy_timeout_ms: int, write: bool) -> None:
    """The pragmas of every connection; a write engine's transactions begin ``IMMEDIATE`` (the
    write lock taken up front), a read engine's statements run in autocommit, as on PostgreSQL
    (no ``BEGIN`` and ``COMMIT`` around a GET: each statement reads the last committed state,
    like READ COMMITTED)."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, emit BEGIN (the documented pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    if write:

        @event.listens_for(engine.sync_engine, "begin")
        def _on_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """The engine(s) of one service database and the transaction boundary."""

    def __init__(
        self,
        url: str,
        *,
        echo: bool = False,
        pool_size: int = 10,
        sqlite_busy_timeout_ms: int = 30_000,
        connect_args: dict[str, Any] | None = None,
    ) -> None:
        self.url = async_url(url)
        self.is_sqlite = is_sqlite_url(self.url)
        self.name = (make_url(self.url).database or "").rsplit("/", 1)[-1] or "database"
        # what open_transaction() says while one is open (built once, not per transaction)
        self._held_as = {
            w: f"{'write' if w else 'read'} transaction on {self.name}" for w in (1, 0)
        }
        self._after_commit_hooks: list[AfterCommitHook] = []
        #: Put in ``info`` of every write session (e.g. the audit policy, sg_common.audit).
        self.write_session_info: dict[str, Any] = {}
        self._last_write_hooks: list[WriteCommitHook] = []
        self._write_lock: asyncio.Lock | None = None
        if self.is_sqlite:
            # Pooled connections (opening an aiosqlite connection starts a thread: ~ms each).
            # Writes are serialised by the lock, so one write connection suffices; its
            # BEGIN IMMEDIATE ends with each session's commit or rollback.
            self.engine = create_async_engine(
                self.url,
                echo=echo,
                poolclass=AsyncAdaptedQueuePool,
                pool_size=1,
                max_overflow=2,
                connect_args=connect_args or {},
            )
            _configure_sqlite(self.engine, busy_timeout_ms=sqlite_busy_timeout_ms, write=True)
            self.read_engine = create_async_engine(
                self.url,
                echo=echo,
                poolclass=AsyncAdaptedQueuePool,
                pool_size=pool_size,
                max_overflow=pool_size,
                async_creator=_inline_sqlite_creator(self.url, connect_args or {}),
            )
            _configure_sqlite(self.read_engine, busy_timeout_ms=sqlite_busy_timeout_ms, write=False)
        else:
            self.engine = create_async_engine(
                self.url,
                echo=echo,
                pool_size=pool_size,
                max_overflow=pool_size,
                pool_pre_ping=True,
                connect_args=connect_args or {},
            )
            # Reads in autocommit: no BEGIN and COMMIT round trips. Under READ COMMITTED (the
            # default) each statement takes its own snapshot inside a transaction too, so a read
            # sees exactly what it would in one; the pool is the write engine's.
            self.read_engine = self.engine.execution_options(isolation_level="AUTOCOMMIT")

    @property
    def write_lock(self) -> asyncio.Lock:
        # Created lazily so it binds to the running loop.
        if self._write_lock is None:
            self._write_lock = asyncio.Lock()
        return self._write_lock

    def add_after_commit_hook(self, hook: AfterCommitHook) -> None:
        """Call ``hook(session)`` after every successful commit (e.g. wake the outbox relay)."""
        self._after_commit_hooks.append(hook)

    def add_last_write_hook(self, hook: WriteCommitHook) -> None:
        """Await ``hook(session)`` last before every write commit (e.g. append the audit rows:
        after every other write of the transaction, so it records them all)."""
        self._last_write_hooks.append(hook)

    @asynccontextmanager
    async def transaction(self, *, write: bool = True) -> AsyncIterator[AsyncSession]:
        """A session in one transaction: commit if the block succeeds, roll back if it raises."""
        what = self._held_as[write]
        if self.is_sqlite and write:
            async with self.write_lock, self._session(self.engine, write) as session:
                with _held(what):
                    yield session
        else:
            engine = self.engine if write else self.read_engine
            async with self._session(engine, write) as session:
                with _held(what):
                    yield session

    @asynccontextmanager
    async def _session(self, engine: AsyncEngine, write: bool) -> AsyncIterator[AsyncSession]:
        session = AsyncSession(engine, expire_on_commit=False)
        if write:
            session.info.update(self.write_session_info)
        try:
            yield session
            before_commit = _write_commit_hook.get() if write else None
            if before_commit is not None:
                await before_commit(session)
            if write:
                for last in self._last_write_hooks:
                    await last(session)
            await session.commit()
        except BaseException:
            await session.rollback()
            raise
        finally:
            await session.close()
        for hook in self._after_commit_hooks:
            hook(session)

    async def ping(self) -> None:
        """Raise if the database cannot answer a trivial query."""
        from sqlalchemy import text

        async with self.read_engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self.is_sqlite:  # its own pool (on PostgreSQL, the write engine's)
            await self.read_engine.dispose()
