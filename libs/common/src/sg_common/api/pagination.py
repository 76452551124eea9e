"""Keyset (cursor) pagination with a bounded page size.

A list endpoint orders by a unique key (e.g. ``(created_at, id)``), returns at most ``limit``
items and an opaque ``next_cursor`` holding the last item's key. The next page is the rows
strictly after that key: stable under inserts, and O(page) however deep the client goes.

    rows, next_cursor = await paginate(session, stmt, order_by=[Model.id], limit=limit,
                                       cursor=cursor)
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar
from uuid import UUID

from fastapi import Query
from pydantic import BaseModel, Field
from sqlalchemy import Select, and_, or_
from sqlalchemy.orm import InstrumentedAttribute
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.errors import BadRequest

T = TypeVar("T")

MAX_PAGE = 200
DEFAULT_PAGE = 50

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")]
Cursor = Annotated[
    str | None,
    Query(description="Opaque cursor from the previous page's next_cursor.", max_length=512),
]


class Page(BaseModel, Generic[T]):
    """A page of a list. Subclass per resource (``class AgentPage(Page[AgentPublic])``)."""

    items: list[T]
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` to get the next page; null on the last."
    )


class InvalidCursor(BadRequest):
    type_slug = "invalid-cursor"
    title = "Invalid cursor"


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def encode_cursor(values: Sequence[Any]) -> str:
    raw = json.dumps([_to_json(v) for v in values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, columns: Sequence[Any]) -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode()))
        if not isinstance(values, list) or len(values) != len(columns):
            raise ValueError("wrong arity")
        return [_coerce(value, column) for value, column in zip(values, columns, strict=True)]
    except (ValueError, TypeError, binascii.Error, json.JSONDecodeError) as exc:
        raise InvalidCursor("the cursor is malformed or belongs to another list") from exc


def _coerce(value: Any, column: Any) -> Any:
    if value is None:
        return None
    try:
        python_type = column.type.python_type
    except (AttributeError, NotImplementedError):
        return value
    if isinstance(value, python_type):
        return value
    if python_type is datetime:
        return datetime.fromisoformat(value)
    if python_type is date:
        return date.fromisoformat(value)
    if python_type in (Decimal, UUID, int, float, str):
        return python_type(value)
    return value


async def paginate(
    session: AsyncSession,
    stmt: Select[Any],
    *,
    order_by: Sequence[InstrumentedAttribute[Any] | Any],
    limit: int,
    cursor: str | None,
    descending: bool = False,
) -> tuple[list[Any], str | None]:
    """Run ``stmt`` ordered by the unique key ``order_by``; return (rows, next_cursor)."""
    columns = list(order_by)
    if cursor:
        after = decode_cursor(cursor, columns)
        stmt = stmt.where(_after(columns, after, descending))
    ordering = [c.desc() if descending else c.asc() for c in columns]
    result = await session.exec(stmt.order_by(*ordering).limit(limit + 1))  # type: ignore[call-overload]
    rows = list(result.all())
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = encode_cursor([_key_value(last, c) for c in columns])
    return rows, next_cursor


def _key_value(row: Any, column: Any) -> Any:
    key = getattr(column, "key", None) or getattr(column, "name", None)
    if key is None:
        raise ValueError(f"cannot paginate on {column!r}")
    return getattr(row, key)


def _after(columns: list[Any], values: list[Any], descending: bool) -> Any:
    # (a, b) > (x, y)  <=>  a > x OR (a = x AND b > y); portable across SQLite and PostgreSQL.
    clauses = []
    for i, column in enumerate(columns):
        equal_prefix = [columns[j] == values[j] for j in range(i)]
        beyond = column < values[i] if descending else column > values[i]
        clauses.append(and_(*equal_prefix, beyond))
    return or_(*clauses)
