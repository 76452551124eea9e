"""Lists: keyset (cursor) pagination with a bounded page size, a sort, a count and ``Link``.

A list endpoint orders by a unique key (e.g. ``(created_at, id)``), returns at most ``limit``
items and an opaque ``next_cursor`` holding the last item's key. The next page is the rows
strictly after that key: stable under inserts, and O(page) however deep the client goes.

Every list also takes a ``sort`` from a whitelist of its fields (``Sort``), an optional total
(``count=true``) and answers ``Link: <...>; rel="next"`` (RFC 8288) while there is a next page:

    NOTE_SORT = Sort({"title": col(Note.title), "priority": col(Note.priority)})

    async def list_notes(..., listing: Annotated[Listing, NOTE_SORT], limit: Limit = 50,
                         cursor: Cursor = None) -> NotePage:
        rows, next_cursor = await paginate(session, stmt, order_by=[col(Note.id)], limit=limit,
                                           cursor=cursor, listing=listing)
        return NotePage(items=..., next_cursor=next_cursor, total=listing.total)

A sort is ``sort=-amount,created_at`` (``-``: descending). The list's own order (``order_by``,
unique: it ends with the id) follows the sort fields and breaks their ties, so the key stays
unique and the cursor exact. NULLs sort after every value (``NULLS LAST`` ascending, ``NULLS
FIRST`` descending, on SQLite as on PostgreSQL), and the cursor's condition says the same. A
sorted cursor carries its sort: reused with another one (or none) it is refused (400).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar
from uuid import UUID

from fastapi import Depends, Query, Request, Response
from pydantic import BaseModel, Field, WithJsonSchema
from sqlalchemy import Select, and_, false, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.errors import BadRequest, UnprocessableEntity

T = TypeVar("T")

MAX_PAGE = 200
DEFAULT_PAGE = 50
#: At most this many sort fields (a sort is a short list of the list's columns).
MAX_SORT_FIELDS = 5

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
    total: int | None = Field(
        default=None,
        description=(
            "How many items the list holds with its filters, over every page: given when the "
            "request says `count=true`, null otherwise."
        ),
    )


class InvalidCursor(BadRequest):
    type_slug = "invalid-cursor"
    title = "Invalid cursor"


class InvalidSort(UnprocessableEntity):
    type_slug = "invalid-sort"
    title = "Invalid sort"


@dataclass
class Listing:
    """What a list request asks beyond its filters: an order, a total; where to say ``Link``.

    ``keys`` are the sort's (column, descending) pairs, empty for the list's own order;
    ``sort`` their normalised text (carried by the cursor). ``paginate`` fills ``total``.
    """

    keys: tuple[tuple[Any, bool], ...] = ()
    sort: str = ""
    count: bool = False
    request: Request | None = None
    response: Response | None = None
    total: int | None = field(default=None)

    @classmethod
    def parse(
        cls,
        sort: str | None,
        fields: Mapping[str, Any],
        *,
        count: bool = False,
        request: Request | None = None,
        response: Response | None = None,
    ) -> Listing:
        """The listing a ``sort`` text asks among ``fields`` (422 ``invalid-sort`` otherwise)."""
        keys = parse_sort(sort, fields)
        text = ",".join(("-" if d else "") + _key_name(c) for c, d in keys)
        return cls(keys=keys, sort=text, count=count, request=request, response=response)


def _sort_pattern(names: Sequence[str]) -> str:
    one = "-?(?:" + "|".join(re.escape(n) for n in names) + ")"
    return f"^{one}(?:,{one}){{0,{MAX_SORT_FIELDS - 1}}}$"


def parse_sort(text: str | None, fields: Mapping[str, Any]) -> tuple[tuple[Any, bool], ...]:
    """``-amount,created_at`` → ((amount, True), (created_at, False)); 422 on a stranger.

    A field named twice keeps its first direction (``a,-a`` is ``a``). No ``sort`` is the list's
    own order; an empty one names no field and is refused, as the document's pattern says.
    """
    if text is None:
        return ()
    allowed = sorted(fields)
    parts = text.split(",")
    if len(parts) > MAX_SORT_FIELDS:
        raise InvalidSort(
            f"a sort names at most {MAX_SORT_FIELDS} fields", extra={"allowed": allowed}
        )
    keys: list[tuple[Any, bool]] = []
    seen: set[str] = set()
    for part in parts:
        descending = part.startswith("-")
        name = part[1:] if descending else part
        if name not in fields:
            raise InvalidSort(
                f"cannot sort by {name!r}: this list sorts by {', '.join(allowed)} "
                "(prefix a field with '-' to sort it descending)",
                extra={"allowed": allowed},
            )
        if name not in seen:
            seen.add(name)
            keys.append((fields[name], descending))
    return tuple(keys)


def Sort(fields: Mapping[str, Any] | type, *names: str) -> Any:  # noqa: N802 (like Query, Depends)
    """The dependency of a list: its ``sort`` (among ``fields``: public name → column) and
    ``count`` query parameters, and the request and response (for ``Link``) → ``Listing``.

    ``Sort(Model, "a", "b")`` is ``Sort({"a": Model.a, "b": Model.b})`` (the public name is the
    attribute's, as in the response). Use as ``listing: Annotated[Listing, Sort(...)]`` and pass
    ``listing`` to ``paginate``.
    """
    if isinstance(fields, type):
        fields = {name: getattr(fields, name) for name in names}
    elif names:
        raise TypeError("Sort takes a mapping, or a model and its field names")
    allowed = sorted(fields)
    if not allowed:
        raise ValueError("a sort needs at least one field")
    pattern = _sort_pattern(allowed)
    listed = ", ".join(f"`{n}`" for n in allowed)
    description = (
        f"Order of the list: comma-separated fields among {listed}; `-` before a field sorts it "
        "descending (`-a,b`). The list's default order breaks ties (its id last), so paging is "
        "exact; NULLs come after every value (first when descending). Without it, the list's "
        "default order. A cursor belongs to the sort it was given with."
    )
    SortText = Annotated[  # noqa: N806 (a type)
        str, WithJsonSchema({"type": "string", "pattern": pattern, "maxLength": 512})
    ]

    async def listing(
        request: Request,
        response: Response,
        sort: str | None = None,
        count: bool = False,
    ) -> Listing:
        return Listing.parse(sort, fields, count=count, request=request, response=response)

    # The annotations name this call's own types: give FastAPI the objects, not their names.
    listing.__annotations__ = {
        "request": Request,
        "response": Response,
        "sort": Annotated[SortText | None, Query(description=description, max_length=512)],
        "count": Annotated[
            bool,
            Query(description="`true` adds `total`: how many items the filtered list holds."),
        ],
        "return": Listing,
    }

    listing.sort_fields = dict(fields)  # type: ignore[attr-defined]  # for the checks
    return Depends(listing)


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | UUID):
        return str(value)
    if hasattr(value, "value"):  # enums
        return value.value
    return value


def encode_cursor(values: Sequence[Any], sort: str = "") -> str:
    """The list's own order: the JSON array of the key; a sort: ``{"sort": ..., "key": [...]}``."""
    key = [_to_json(v) for v in values]
    payload: Any = {"sort": sort, "key": key} if sort else key
    raw = json.dumps(payload, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, columns: Sequence[Any], sort: str = "") -> list[Any]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        payload = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError, binascii.Error) as exc:
        raise InvalidCursor("the cursor is malformed or belongs to another list") from exc
    given = payload.get("sort") if isinstance(payload, dict) else ""
    if given != sort:
        raise InvalidCursor(
            f"the cursor was given for sort={given or '(default)'!s}, "
            f"not sort={sort or '(default)'}: start again from the first page",
            extra={"cursor_sort": given or None},
        )
    values = payload.get("key") if isinstance(payload, dict) else payload
    try:
        if not isinstance(values, list) or len(values) != len(columns):
            raise ValueError("wrong arity")
        return [_coerce(value, column) for value, column in zip(values, columns, strict=True)]
    except (ValueError, TypeError, ArithmeticError) as exc:
        raise InvalidCursor("the cursor is malformed or belongs to another list") from exc


#: The types a cursor carries and reads back exactly (JSON and back): a sort field is one of them.
CURSOR_TYPES = (datetime, date, Decimal, UUID, int, float, str, bool)


def _python_type(column: Any) -> Any:
    """The Python type of a column's values; a decorated type (``UTCDateTime``, ``AutoString``)
    says ``object``: its underlying type knows."""
    kind = column.type
    for candidate in (kind, getattr(kind, "impl_instance", None)):
        try:
            python_type = candidate.python_type  # type: ignore[union-attr]
        except (AttributeError, NotImplementedError):
            continue
        if python_type is not object:
            return python_type
    return None


def _coerce(value: Any, column: Any) -> Any:
    if value is None:
        return None
    python_type = _python_type(column)
    if python_type is None:
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
    listing: Listing | None = None,
) -> tuple[list[Any], str | None]:
    """Run ``stmt`` ordered by ``listing``'s sort then the unique key ``order_by``; return
    (rows, next_cursor). With a ``listing``, also its ``total`` (when asked) and ``Link``."""
    keys = _keys(order_by, descending, listing)
    columns = [c for c, _ in keys]
    sort = listing.sort if listing is not None else ""
    filtered = stmt
    if cursor:
        after = decode_cursor(cursor, columns, sort)
        stmt = stmt.where(_after(keys, after))
    ordering = [_ordering(c, d) for c, d in keys]
    result = await session.exec(stmt.order_by(*ordering).limit(limit + 1))  # type: ignore[call-overload]
    rows = list(result.all())
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = encode_cursor([_key_value(last, c) for c in columns], sort)
    if listing is not None:
        if listing.count:
            counted = select(func.count()).select_from(filtered.order_by(None).subquery())
            listing.total = int(await session.scalar(counted) or 0)
        if next_cursor is not None and listing.request is not None and listing.response is not None:
            url = listing.request.url.include_query_params(cursor=next_cursor)
            listing.response.headers["Link"] = f'<{url}>; rel="next"'
    return rows, next_cursor


def _keys(
    order_by: Sequence[Any], descending: bool, listing: Listing | None
) -> list[tuple[Any, bool]]:
    """The sort's keys, then the list's own (unique) key, a column named once."""
    keys = list(listing.keys) if listing is not None else []
    named = {_key_name(c) for c, _ in keys}
    keys += [(c, descending) for c in order_by if _key_name(c) not in named]
    return keys


def _key_name(column: Any) -> str:
    key = getattr(column, "key", None) or getattr(column, "name", None)
    if key is None:
        raise ValueError(f"cannot paginate on {column!r}")
    return str(key)


def _key_value(row: Any, column: Any) -> Any:
    return getattr(row, _key_name(column))


def _nullable(column: Any) -> bool:
    expression = getattr(column, "expression", column)
    return bool(getattr(expression, "nullable", True))


def _ordering(column: Any, descending: bool) -> Any:
    if not _nullable(column):
        return column.desc() if descending else column.asc()
    # NULL is past every value: last ascending, first descending (both databases alike).
    return column.desc().nulls_first() if descending else column.asc().nulls_last()


def _beyond(column: Any, value: Any, descending: bool) -> Any:
    """Rows strictly after ``value`` in this column's order (NULL after every value)."""
    if not _nullable(column):
        return column < value if descending else column > value
    if value is None:
        return column.is_not(None) if descending else false()
    return column < value if descending else or_(column > value, column.is_(None))


def _equal(column: Any, value: Any) -> Any:
    if value is None:
        return column.is_(None) if _nullable(column) else false()
    return column == value


def _after(keys: list[tuple[Any, bool]], values: list[Any]) -> Any:
    # (a, b) > (x, y)  <=>  a > x OR (a = x AND b > y); portable across SQLite and PostgreSQL.
    clauses = []
    for i, (column, descending) in enumerate(keys):
        equal_prefix = [_equal(keys[j][0], values[j]) for j in range(i)]
        clauses.append(and_(*equal_prefix, _beyond(column, values[i], descending)))
    return or_(*clauses)
