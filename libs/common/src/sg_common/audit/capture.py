"""Capture the writes of a session: rows inserted, updated and deleted, before and after.

Two listeners on every SQLAlchemy ``Session``, active only on the write sessions of a database
that has an :class:`AuditPolicy` (``session.info``):

* ``after_flush``: the unit of work's new, dirty and deleted objects, while their attribute
  history still holds the values before the flush;
* ``do_orm_execute``: bulk ``update(Model)`` / ``delete(Model)`` statements, which bypass the
  unit of work: the matching rows are read before (and, for an update, after) the statement.

Only the service's own tables are captured, and of the shared ones only ``document`` (a file
attached to a record is a write of that service; its bytes, ``document_blob``, are not copied
into the trail, their SHA-256 is): the other shared tables (``outbox``, ``inbox``,
``idempotency_key``, ``org_unit``, ``audit_log``) are the platform's own bookkeeping.
What was captured waits in ``session.info`` until :func:`append_pending` writes it to the
chain just before the commit, so a transaction that rolls back leaves no audit row either.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

from sqlalchemy import MetaData, event, inspect, select, tuple_
from sqlalchemy.engine import Result
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, UOWTransaction
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.audit.chain import Change, append

POLICY_KEY = "sg_audit_policy"
PENDING_KEY = "sg_audit_pending"
#: What a masked value reads as (the field's name stays: one sees that it changed).
REDACTED = "[redacted]"
#: Every column of the table is masked.
ALL_COLUMNS = "*"


#: Shared tables (``SQLModel.metadata``) whose writes are the service's business.
AUDITED_SHARED_TABLES = frozenset({"document"})


@dataclass(frozen=True)
class AuditPolicy:
    """Which tables are audited and which of their columns are masked."""

    tables: frozenset[str]
    redacted: Mapping[str, frozenset[str]]

    @classmethod
    def of(
        cls, metadata: MetaData, redacted: Mapping[str, Collection[str]] | None = None
    ) -> AuditPolicy:
        masked = {table: frozenset(columns) for table, columns in (redacted or {}).items()}
        if unknown := sorted(set(masked) - set(metadata.tables)):
            raise ValueError(f"audit_redacted names unknown tables {unknown}")
        return cls(tables=frozenset(metadata.tables) | AUDITED_SHARED_TABLES, redacted=masked)

    def masks(self, table: str, column: str) -> bool:
        masked = self.redacted.get(table, frozenset())
        return ALL_COLUMNS in masked or column in masked


def jsonable(value: Any) -> Any:
    """A column value as JSON (amounts and dates as strings, as the API writes them)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if isinstance(value, Enum):
        return jsonable(value.value)
    if isinstance(value, bytes):
        return {"base64": base64.b64encode(value).decode()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return str(value)


def _value(policy: AuditPolicy, table: str, column: str, value: Any) -> Any:
    if value is not None and policy.masks(table, column):
        return REDACTED
    return jsonable(value)


def _delegation(values: Mapping[str, Any]) -> str | None:
    """``by_delegation_of`` (or ``*_by_delegation_of``) recorded on the row, if any."""
    for name, value in values.items():
        if value and (name == "by_delegation_of" or name.endswith("_by_delegation_of")):
            return str(value)
    return None


def _pending(session: Session) -> list[Change]:
    pending: list[Change] = session.info.setdefault(PENDING_KEY, [])
    return pending


def _columns(mapper: Mapper[Any]) -> list[tuple[str, str]]:
    """(attribute key, column name) of the mapper's column attributes."""
    return [(prop.key, prop.columns[0].name) for prop in mapper.column_attrs]


def _identity(mapper: Mapper[Any], values: Mapping[str, Any]) -> str:
    return "/".join(str(values.get(column.name)) for column in mapper.primary_key)


def _record(
    session: Session,
    mapper: Mapper[Any],
    identity: str,
    action: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
) -> None:
    table = mapper.local_table.name  # type: ignore[attr-defined]
    names = list((after or before or {}).keys())
    changes: dict[str, dict[str, Any]] = {}
    for name in names:
        old = None if before is None else before.get(name)
        new = None if after is None else after.get(name)
        if action == "update" and old == new:
            continue
        changes[name] = {"before": old, "after": new}  # raw: masked when appended
    if not changes:
        return
    _pending(session).append(
        Change(
            resource=table,
            resource_id=identity,
            action=action,
            changes=changes,
            by_delegation_of=_delegation(after or {}),
        )
    )


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: UOWTransaction) -> None:
    policy: AuditPolicy | None = session.info.get(POLICY_KEY)
    if policy is None:
        return
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        state = inspect(obj)
        mapper = state.mapper
        if mapper.local_table.name not in policy.tables:
            continue
        columns = _columns(mapper)
        current = {name: state.dict.get(key) for key, name in columns}
        identity = _identity(mapper, current)
        if obj in session.new:
            _record(session, mapper, identity, "insert", None, current)
        elif obj in session.deleted:
            before = {name: state.dict.get(key) for key, name in columns if key in state.dict}
            _record(session, mapper, identity, "delete", before, None)
        else:
            before, after = {}, {}
            for key, name in columns:
                history = state.attrs[key].history
                if not history.has_changes():
                    continue
                before[name] = history.deleted[0] if history.deleted else None
                after[name] = history.added[0] if history.added else None
            _record(session, mapper, identity, "update", before, after)


@event.listens_for(Session, "do_orm_execute")
def _bulk_statement(state: ORMExecuteState) -> Any:
    policy: AuditPolicy | None = state.session.info.get(POLICY_KEY)
    if policy is None or not (state.is_update or state.is_delete):
        return None
    mapper = state.bind_mapper
    if mapper is None or mapper.local_table.name not in policy.tables:  # type: ignore[attr-defined]
        return None
    table = mapper.local_table
    where = state.statement.whereclause  # type: ignore[attr-defined]
    query = select(table) if where is None else select(table).where(where)
    session = state.session
    before_rows = [dict(row) for row in session.execute(query).mappings()]
    executed = state.invoke_statement()
    # rows (RETURNING) are read now, before the next statement; a rowcount stays readable
    returns_rows = getattr(executed, "returns_rows", True)
    result: Callable[[], Result[Any]] = executed.freeze() if returns_rows else (lambda: executed)
    if state.is_delete:
        for row in before_rows:
            _record(session, mapper, _identity(mapper, row), "delete", row, None)
        return result()
    keys = [tuple(row[c.name] for c in mapper.primary_key) for row in before_rows]
    if keys:
        pk = tuple_(*[table.c[c.name] for c in mapper.primary_key])
        after_rows = {
            tuple(row[c.name] for c in mapper.primary_key): dict(row)
            for row in session.execute(select(table).where(pk.in_(keys))).mappings()
        }
        for key, before in zip(keys, before_rows, strict=True):
            after = after_rows.get(key)
            if after is not None:
                identity = _identity(mapper, after)
                _record(session, mapper, identity, "update", before, after)
    return result()


def _merge(first: Change, then: Change) -> Change | None:
    """One change for a row written twice in a transaction (several flushes), or None when
    the row did not outlive the transaction (inserted, then deleted)."""
    if first.action == "insert" and then.action == "delete":
        return None
    fields = dict.fromkeys([*first.changes, *then.changes])
    changes = {
        name: {
            "before": (first.changes.get(name) or then.changes[name])["before"],
            "after": (then.changes.get(name) or first.changes[name])["after"],
        }
        for name in fields
    }
    if first.action == "insert":
        action = "insert"
    elif then.action == "delete":
        action = "delete"
    else:  # update then update, or a row deleted then inserted again with its key
        action = "update"
        changes = {n: c for n, c in changes.items() if c["before"] != c["after"]}
    return Change(
        resource=first.resource,
        resource_id=first.resource_id,
        action=action,
        changes=changes,
        by_delegation_of=then.by_delegation_of or first.by_delegation_of,
    )


def coalesce(changes: list[Change]) -> list[Change]:
    """One change per row written by the transaction, in the order rows were first written."""
    merged: dict[tuple[str, str], Change | None] = {}
    for change in changes:
        key = (change.resource, change.resource_id)
        earlier = merged.get(key)
        merged[key] = change if earlier is None else _merge(earlier, change)
    return [c for c in merged.values() if c is not None and (c.changes or c.action != "update")]


def _masked(policy: AuditPolicy, change: Change) -> Change:
    return Change(
        resource=change.resource,
        resource_id=change.resource_id,
        action=change.action,
        changes={
            name: {side: _value(policy, change.resource, name, v) for side, v in values.items()}
            for name, values in change.changes.items()
        },
        by_delegation_of=change.by_delegation_of,
    )


async def append_pending(session: AsyncSession) -> None:
    """Write what the transaction changed to the chain (the last step before its commit)."""
    policy: AuditPolicy | None = session.info.get(POLICY_KEY)
    if policy is None:
        return
    await session.flush()
    pending = session.info.pop(PENDING_KEY, [])
    await append(session, [_masked(policy, change) for change in coalesce(pending)])
