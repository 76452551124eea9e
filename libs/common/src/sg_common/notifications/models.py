"""The notification tables, :func:`notify` (idempotent by key) and who sees what.

A notification is addressed to **one audience**: the holders of a ``role`` whose units (with
their sub-units) contain ``unit_code`` (``unit_code`` None: every holder of the role, for a role
that serves every unit, such as the CPF's accountants or the DPG), or one person (``subject``,
the token's ``sub``, e.g. the requester of a decision). Recipients are resolved when someone
reads, from their token (roles and units), never stored: a person who takes up a role sees
what is pending for it. Read state is per person (``notification_read``).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import Text, and_, exists, false, or_
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Column, Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.sqltypes import UTCDateTime

from sg_common.clock import utcnow

#: A service's periodic check: turns its state on ``today`` into notifications (returns how
#: many it created); run by ``sg-notify digest SERVICE`` before the digest.
NotificationCheck = Callable[[AsyncSession, date], Awaitable[int]]


class Notification(SQLModel, table=True):
    """Something that needs a person, addressed to a role (within a unit) or to one person."""

    __tablename__ = "notification"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(max_length=200, unique=True, description="What makes it unique (replays).")
    kind: str = Field(max_length=64, index=True)
    title: str = Field(max_length=300)
    body: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    resource: str = Field(max_length=100)
    resource_id: str = Field(max_length=200)
    role: str | None = Field(default=None, max_length=100, index=True)
    unit_code: str | None = Field(default=None, max_length=32, index=True)
    subject: str | None = Field(default=None, max_length=255, index=True)
    due_on: date | None = None
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))


class NotificationRead(SQLModel, table=True):
    """That one person has read one notification (and when)."""

    __tablename__ = "notification_read"

    notification_id: int = Field(foreign_key="notification.id", primary_key=True)
    subject: str = Field(max_length=255, primary_key=True)
    read_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class NotificationSubscription(SQLModel, table=True):
    """A person's subscription to the e-mail digest: their address (the token's ``email``) and
    their roles and units as their token said when they subscribed (the digest's audience)."""

    __tablename__ = "notification_subscription"

    subject: str = Field(max_length=255, primary_key=True)
    email: str = Field(max_length=320)
    roles: str = Field(sa_column=Column(Text, nullable=False), description="JSON list")
    units: str = Field(sa_column=Column(Text, nullable=False), description="JSON list")
    subscribed_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    #: the last notification id a digest sent (the next digest sends those after it)
    last_sent_id: int = 0


async def notify(
    session: AsyncSession,
    *,
    key: str,
    kind: str,
    title: str,
    resource: str,
    resource_id: str,
    role: str | None = None,
    unit_code: str | None = None,
    subject: str | None = None,
    body: str | None = None,
    due_on: date | None = None,
) -> bool:
    """Record a notification in the caller's transaction, once per ``key``: a replayed event
    or a check run twice creates nothing more. Returns whether it was created."""
    if (role is None) == (subject is None):
        raise ValueError("a notification is addressed to a role or to one person")
    values: dict[str, Any] = {
        "key": key,
        "kind": kind,
        "title": title[:300],
        "body": body,
        "resource": resource,
        "resource_id": resource_id,
        "role": role,
        "unit_code": unit_code,
        "subject": subject,
        "due_on": due_on,
        "created_at": utcnow(),
    }
    table = Notification.__table__  # type: ignore[attr-defined]
    dialect = session.bind.dialect.name if session.bind is not None else "sqlite"
    module: Any = postgresql if dialect == "postgresql" else sqlite
    stmt = (
        module.insert(table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=["key"])
        .returning(table.c.id)
    )
    result = await session.exec(stmt)
    return result.first() is not None


def addressed_to(subject: str, roles: Iterable[str], visible: frozenset[str] | None) -> Any:
    """The condition on :class:`Notification` rows addressed to this person: to them by name,
    or to a role they hold for a unit they see (``visible`` None: every unit)."""
    held = sorted(set(roles))
    if visible is None:
        unit_ok: Any = True
    elif visible:
        unit_ok = or_(
            col(Notification.unit_code).is_(None), col(Notification.unit_code).in_(sorted(visible))
        )
    else:
        unit_ok = col(Notification.unit_code).is_(None)
    by_role = and_(col(Notification.role).in_(held), unit_ok) if held else false()
    return or_(col(Notification.subject) == subject, by_role)


def read_by(subject: str) -> Any:
    """The condition: this person has read the notification."""
    return exists().where(
        col(NotificationRead.notification_id) == col(Notification.id),
        col(NotificationRead.subject) == subject,
    )


async def unread_for(
    session: AsyncSession,
    *,
    subject: str,
    roles: Iterable[str],
    visible: frozenset[str] | None,
    after_id: int = 0,
) -> list[Notification]:
    """The unread notifications addressed to a person, after ``after_id``, oldest first."""
    stmt = (
        select(Notification)
        .where(addressed_to(subject, roles, visible), ~read_by(subject))
        .where(col(Notification.id) > after_id)
        .order_by(col(Notification.id))
    )
    return list((await session.exec(stmt)).all())


def json_list(values: Iterable[str]) -> str:
    return json.dumps(sorted(set(values)))
