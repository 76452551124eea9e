"""``Idempotency-Key`` on POST: a retried request changes nothing and gets the first answer again.

A client that sends ``Idempotency-Key: <key>`` (1 to 255 visible ASCII characters) with a POST
may send the same request again, after a timeout or a dropped connection, without doing it twice:

* the first request with a key **claims** it (a row in the service's ``idempotency_key`` table,
  per caller: the token's subject and the key), runs, and its answer (status, the headers that
  matter, body) is stored before it is sent; any answer below 500 is kept, so a refusal is
  replayed too. A 5xx or a crash releases the claim: the transaction rolled back, nothing
  happened, a retry runs again;
* a replay (same caller, key, method, path and body) gets the stored answer byte for byte, with
  ``Idempotent-Replayed: true``; the same key with another request is a 422
  (``idempotency-key-reused``);
* a replay that arrives while the first is still running waits for its answer (up to
  ``idempotency_wait_s``) and is then a 409 (``idempotency-key-in-use``, ``Retry-After``): two
  concurrent requests with one key have one effect;
* the write transaction that carries the effect also marks the claim **applied** (a
  ``Database`` commit hook, same transaction), so a claim left by a process that died after its
  commit but before storing its answer is never run a second time: the replay is a 409
  (``idempotency-answer-lost``) telling the client to read the resource. A claim left unapplied
  for ``idempotency_stale_s`` is taken over (the first attempt never committed).

Keys expire ``idempotency_ttl_s`` after their first use (24 h by default); expired rows are
deleted as new keys are claimed. The key is scoped to the caller, so one caller can neither
read another's stored answer nor block their key. Without the header a POST behaves as before.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import random
import re
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import structlog
from sqlalchemy import LargeBinary, delete, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Column, Field, SQLModel, col
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.sqltypes import UTCDateTime
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sg_common.db import on_write_commit
from sg_common.errors import ProblemError, problem_response

if TYPE_CHECKING:
    from sg_common.db import Database

log = structlog.get_logger("sg_common.idempotency")

HEADER = "Idempotency-Key"
_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")
#: The headers of an answer that are stored and replayed (the rest is per response).
_KEPT = frozenset({b"content-type", b"location", b"etag"})


class IdempotencyKey(SQLModel, table=True):
    """One caller's use of one key: the request's fingerprint, then its answer."""

    __tablename__ = "idempotency_key"

    principal: str = Field(primary_key=True, max_length=255)
    key: str = Field(primary_key=True, max_length=255)
    method: str = Field(max_length=10)
    path: str = Field(max_length=2000)
    request_hash: str = Field(max_length=64)
    started_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    applied: bool = False
    status_code: int | None = None
    headers: str | None = Field(default=None, max_length=4000)
    body: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))


@dataclass(frozen=True)
class _Claim:
    principal: str
    key: str


#: The claim the current request holds, marked applied by the write transaction that commits.
_current_claim: ContextVar[_Claim | None] = ContextVar("sg_idempotency_claim", default=None)


async def mark_applied(session: AsyncSession) -> None:
    """In the committing write transaction: the current request's claim has taken effect."""
    claim = _current_claim.get()
    if claim is None:
        return
    await session.exec(
        update(IdempotencyKey)
        .where(col(IdempotencyKey.principal) == claim.principal)
        .where(col(IdempotencyKey.key) == claim.key)
        .values(applied=True)
    )


def request_fingerprint(method: str, path: str, query: bytes, body: bytes) -> str:
    digest = hashlib.sha256()
    for part in (method.encode(), path.encode(), query, body):
        digest.update(len(part).to_bytes(8, "big"))
        digest.update(part)
    return digest.hexdigest()


@dataclass
class _Outcome:
    """What the store says about a claim: run it, replay an answer, or refuse."""

    run: bool = False
    replay: IdempotencyKey | None = None
    refusal: tuple[int, str, str] | None = None  # status, type slug, detail
    busy: bool = False


class IdempotencyStore:
    """The ``idempotency_key`` table of one service."""

    def __init__(self, db: Database, *, ttl: timedelta, stale_after: timedelta) -> None:
        self.db = db
        self.ttl = ttl
        self.stale_after = stale_after

    async def claim(
        self, principal: str, key: str, *, method: str, path: str, fingerprint: str
    ) -> _Outcome:
        now = datetime.now(UTC)
        try:
            async with self.db.transaction() as session:
                row = await session.get(IdempotencyKey, (principal, key), with_for_update=True)
                if row is None or row.expires_at <= now:
                    if row is not None:
                        await session.delete(row)
                        await session.flush()
                    session.add(self._new(principal, key, method, path, fingerprint, now))
                    if random.random() < 0.05:  # now and then, sweep what has expired
                        await session.exec(
                            delete(IdempotencyKey).where(col(IdempotencyKey.expires_at) <= now)
                        )
                    return _Outcome(run=True)
                if (row.method, row.path, row.request_hash) != (method, path, fingerprint):
                    return _Outcome(
                        refusal=(
                            422,
                            "idempotency-key-reused",
                            f"this {HEADER} was used for another request "
                            f"({row.method} {row.path}); use a new key for a new request",
                        )
                    )
                if row.status_code is not None:
                    return _Outcome(replay=row)
                if now - row.started_at < self.stale_after:
                    return _Outcome(busy=True)
                if row.applied:
                    return _Outcome(
                        refusal=(
                            409,
                            "idempotency-answer-lost",
                            "the first request with this key took effect but its answer was "
                            "lost; read the resource instead of sending it again",
                        )
                    )
                row.started_at = now  # the first attempt never committed: run it now
                session.add(row)
                return _Outcome(run=True)
        except IntegrityError:  # another request inserted the same key meanwhile
            return _Outcome(busy=True)

    def _new(
        self, principal: str, key: str, method: str, path: str, fingerprint: str, now: datetime
    ) -> IdempotencyKey:
        return IdempotencyKey(
            principal=principal,
            key=key,
            method=method,
            path=path,
            request_hash=fingerprint,
            started_at=now,
            expires_at=now + self.ttl,
        )

    async def answer(self, principal: str, key: str) -> IdempotencyKey | None:
        async with self.db.transaction(write=False) as session:
            row = await session.get(IdempotencyKey, (principal, key))
            return row if row is not None and row.status_code is not None else None

    async def store(
        self, principal: str, key: str, status: int, headers: list[tuple[bytes, bytes]], body: bytes
    ) -> None:
        kept = [[k.decode("latin-1"), v.decode("latin-1")] for k, v in headers if k in _KEPT]
        async with self.db.transaction() as session:
            await session.exec(
                update(IdempotencyKey)
                .where(col(IdempotencyKey.principal) == principal)
                .where(col(IdempotencyKey.key) == key)
                .values(status_code=status, headers=json.dumps(kept), body=body)
            )

    async def release(self, principal: str, key: str) -> None:
        async with self.db.transaction() as session:
            await session.exec(
                delete(IdempotencyKey)
                .where(col(IdempotencyKey.principal) == principal)
                .where(col(IdempotencyKey.key) == key)
            )


async def _replay(row: IdempotencyKey, send: Send) -> None:
    headers = [
        (k.encode("latin-1"), v.encode("latin-1")) for k, v in json.loads(row.headers or "[]")
    ]
    body = row.body or b""
    headers += [
        (b"content-length", str(len(body)).encode()),
        (b"idempotent-replayed", b"true"),
    ]
    await send({"type": "http.response.start", "status": row.status_code, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class IdempotencyMiddleware:
    """Apply ``Idempotency-Key`` to every POST of the app (see the module's docstring)."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        ttl_s: float = 86_400,
        stale_s: float = 60,
        wait_s: float = 5,
    ) -> None:
        self.app = app
        self.ttl = timedelta(seconds=ttl_s)
        self.stale_after = timedelta(seconds=stale_s)
        self.wait_s = wait_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        raw = dict(scope.get("headers") or []).get(HEADER.lower().encode())
        if raw is None:
            await self.app(scope, receive, send)
            return
        key = raw.decode("latin-1").strip()
        if not _KEY.match(key):
            await self._problem(
                scope,
                receive,
                send,
                400,
                "invalid-idempotency-key",
                f"{HEADER} must be 1 to 255 visible ASCII characters",
            )
            return
        principal = await self._principal(scope)
        if principal is None:  # no valid token: the app answers 401 as it would anyway
            await self.app(scope, receive, send)
            return
        body = await _read_body(receive)
        app_state = scope["app"].state
        store = IdempotencyStore(app_state.database, ttl=self.ttl, stale_after=self.stale_after)
        fingerprint = request_fingerprint(
            scope["method"], scope["path"], scope.get("query_string", b""), body
        )
        outcome = await store.claim(
            principal, key, method=scope["method"], path=scope["path"], fingerprint=fingerprint
        )
        if outcome.busy:
            outcome = await self._wait(store, principal, key)
        if outcome.replay is not None:
            await _replay(outcome.replay, send)
            return
        if outcome.refusal is not None:
            status, slug, detail = outcome.refusal
            await self._problem(scope, receive, send, status, slug, detail)
            return
        await self._run(scope, body, send, store, _Claim(principal, key))

    async def _wait(self, store: IdempotencyStore, principal: str, key: str) -> _Outcome:
        deadline = asyncio.get_running_loop().time() + self.wait_s
        while asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.05)
            row = await store.answer(principal, key)
            if row is not None:
                return _Outcome(replay=row)
        return _Outcome(
            refusal=(
                409,
                "idempotency-key-in-use",
                "a request with this key is still running; send it again in a moment",
            )
        )

    async def _run(
        self, scope: Scope, body: bytes, send: Send, store: IdempotencyStore, claim: _Claim
    ) -> None:
        sent_body = False

        async def replay_receive() -> Message:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": body, "more_body": False}
            return {"type": "http.disconnect"}

        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        try:
            token = _current_claim.set(claim)
            try:
                with on_write_commit(mark_applied):
                    await self.app(scope, replay_receive, capture)
            finally:
                _current_claim.reset(token)
        except BaseException:
            await store.release(claim.principal, claim.key)
            raise
        if start is None:
            await store.release(claim.principal, claim.key)
            return
        answer = b"".join(chunks)
        headers = list(start.get("headers", []))
        if start["status"] < 500:
            await store.store(claim.principal, claim.key, start["status"], headers, answer)
        else:
            await store.release(claim.principal, claim.key)
        await send(start)
        await send({"type": "http.response.body", "body": answer})

    async def _principal(self, scope: Scope) -> str | None:
        authorization = dict(scope.get("headers") or []).get(b"authorization", b"").decode()
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        try:
            principal = await scope["app"].state.token_verifier.verify(token.strip())
        except ProblemError:  # invalid, expired…: the app's own 401
            return None
        return str(principal.subject)

    async def _problem(
        self, scope: Scope, receive: Receive, send: Send, status: int, slug: str, detail: str
    ) -> None:
        headers = {"Retry-After": "1"} if slug == "idempotency-key-in-use" else None
        response = problem_response(
            status, type_slug=slug, detail=detail, instance=scope["path"], headers=headers
        )
        await response(scope, receive, send)


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def idempotency_settings_kwargs(settings: Any) -> dict[str, Any]:
    """The middleware's options from a service's settings."""
    return {
        "ttl_s": settings.idempotency_ttl_s,
        "stale_s": settings.idempotency_stale_s,
        "wait_s": settings.idempotency_wait_s,
    }
