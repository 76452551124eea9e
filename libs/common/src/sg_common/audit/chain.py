"""The ``audit_log`` table, its hash chain, the append and the verification.

Row ``n`` carries ``prev_hash`` (the ``hash`` of row ``n - 1``; 64 zeros for row 1) and its own
``hash``: the SHA-256 of the canonical JSON (sorted keys, no spaces, UTF-8) of every other
column, ``prev_hash`` included. Ids are consecutive: appends are serialised (a PostgreSQL
advisory lock held until the commit; SQLite's write transactions already exclude each other),
so the next id is the last one plus one and the chain never forks. Editing a row changes its
hash; deleting one leaves a gap and a ``prev_hash`` that matches nothing: :func:`verify` names
the first row where the chain breaks.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, Integer, Text, insert, text
from sqlmodel import Column, Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.sqltypes import UTCDateTime

from sg_common.audit.context import current_audit_context
from sg_common.clock import utcnow

GENESIS = "0" * 64
#: PostgreSQL advisory lock serialising the appends of one database ("SG_A").
AUDIT_LOCK_KEY = 0x53475F41


class AuditEntry(SQLModel, table=True):
    """One write to one row of a service's table (append-only; never updated or deleted)."""

    __tablename__ = "audit_log"

    id: int = Field(
        sa_column=Column(
            BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=False
        )
    )
    at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    actor: str = Field(max_length=255, index=True)
    by_delegation_of: str | None = Field(default=None, max_length=100)
    request_id: str | None = Field(default=None, max_length=128)
    resource: str = Field(max_length=100, index=True)
    resource_id: str = Field(max_length=200, index=True)
    action: str = Field(max_length=10)
    changes: str = Field(sa_column=Column(Text, nullable=False))
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


@dataclass(frozen=True)
class Change:
    """A captured write, before it becomes a row of the chain."""

    resource: str
    resource_id: str
    action: str  # insert, update, delete
    changes: dict[str, dict[str, Any]]  # field -> {"before": ..., "after": ...}
    by_delegation_of: str | None = None


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _instant(at: Any) -> str:
    assert isinstance(at, datetime)
    return at.astimezone(UTC).isoformat(timespec="microseconds")


#: The columns a row's hash covers (all but ``hash``).
HASHED = (
    "id",
    "at",
    "actor",
    "by_delegation_of",
    "request_id",
    "resource",
    "resource_id",
    "action",
    "changes",
    "prev_hash",
)


def row_hash(row: AuditEntry | dict[str, Any]) -> str:
    """The hash a row must carry: SHA-256 of the canonical JSON of its other columns."""
    content = {name: _get(row, name) for name in HASHED}
    content["at"] = _instant(content["at"])
    return hashlib.sha256(canonical(content).encode()).hexdigest()


async def append(session: AsyncSession, changes: Sequence[Change]) -> None:
    """Append ``changes`` to the chain, in the session's transaction (call last before commit)."""
    if not changes:
        return
    bind = session.bind
    if bind is not None and bind.dialect.name == "postgresql":
        await session.exec(  # type: ignore[call-overload]
            text("SELECT pg_advisory_xact_lock(:key)").bindparams(key=AUDIT_LOCK_KEY)
        )
    last = (
        await session.exec(
            select(col(AuditEntry.id), col(AuditEntry.hash))
            .order_by(col(AuditEntry.id).desc())
            .limit(1)
        )
    ).first()
    last_id, prev_hash = (last[0], last[1]) if last is not None else (0, GENESIS)
    context = current_audit_context()
    at = utcnow()
    rows = []
    for offset, change in enumerate(changes, start=1):
        row: dict[str, Any] = {
            "id": last_id + offset,
            "at": at,
            "actor": (context.actor or "anonymous")[:255],
            "by_delegation_of": change.by_delegation_of,
            "request_id": context.request_id,
            "resource": change.resource,
            "resource_id": change.resource_id[:200],
            "action": change.action,
            "changes": canonical(change.changes),
            "prev_hash": prev_hash,
        }
        row["hash"] = prev_hash = row_hash(row)
        rows.append(row)
    # one statement, compiled once and cached (a multi-row VALUES clause is compiled anew for
    # each write); SQLAlchemy still sends the rows as one INSERT ("insertmanyvalues")
    await session.exec(insert(AuditEntry), params=rows)


@dataclass(frozen=True)
class Verdict:
    """What :func:`verify` found: how many rows, the head hash, the first broken row."""

    rows: int
    head: str
    last_id: int = 0
    broken_id: int | None = None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_id is None


def _fault(prev_id: int, prev_hash: str, row: Any) -> str | None:
    """Why ``row`` does not follow row ``prev_id`` (hash ``prev_hash``) in the chain, or None."""
    row_id = _get(row, "id")
    if row_id != prev_id + 1:
        missing = (
            f"row {prev_id + 1}" if row_id == prev_id + 2 else f"rows {prev_id + 1} to {row_id - 1}"
        )
        return f"{missing} missing before it"
    if _get(row, "prev_hash") != prev_hash:
        return (
            f"its prev_hash does not match the hash of row {prev_id} "
            "(that row was altered, or rows were removed and renumbered)"
        )
    if row_hash(row) != _get(row, "hash"):
        return "its content does not match its hash (edited)"
    return None


def _get(row: Any, name: str) -> Any:
    return row.get(name) if isinstance(row, dict) else getattr(row, name)


def verify_rows(rows: Iterable[Any], *, start: tuple[int, str, int] = (0, GENESIS, 0)) -> Verdict:
    """Walk ``rows`` (in id order, from row 1): rows of the table, or dicts of its columns."""
    prev_id, prev_hash, count = start
    for row in rows:
        reason = _fault(prev_id, prev_hash, row)
        if reason is not None:
            return _broken(count, prev_hash, _get(row, "id"), reason)
        prev_id, prev_hash, count = _get(row, "id"), _get(row, "hash"), count + 1
    return Verdict(rows=count, head=prev_hash, last_id=prev_id)


def public_row(entry: Mapping[str, Any]) -> dict[str, Any]:
    """A row as ``GET /audit`` answers it, back to its columns (to verify a copy of the trail
    read through the API, without access to the database)."""
    return {
        **entry,
        "at": datetime.fromisoformat(str(entry["at"]).replace("Z", "+00:00")),
        "changes": canonical(entry["changes"]),
    }


async def verify(session: AsyncSession, *, batch: int = 1000) -> Verdict:
    """Walk the chain in id order; stop at the first row whose link or hash is wrong."""
    verdict = Verdict(rows=0, head=GENESIS, last_id=0)
    while True:
        rows = (
            await session.exec(
                select(AuditEntry)
                .where(col(AuditEntry.id) > verdict.last_id)
                .order_by(col(AuditEntry.id))
                .limit(batch)
            )
        ).all()
        if not rows:
            return verdict
        verdict = verify_rows(rows, start=(verdict.last_id, verdict.head, verdict.rows))
        if not verdict.ok:
            return verdict
        session.expunge_all()


def _broken(count: int, head: str, row_id: int, reason: str) -> Verdict:
    return Verdict(rows=count, head=head, broken_id=row_id, reason=reason)
