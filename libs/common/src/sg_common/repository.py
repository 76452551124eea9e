"""What every service does with its rows, once: fetch within the caller's scope or 404, lock for
update, read straight into a public schema, apply a patch with one null policy and the version bump.

A service declares one :class:`Repository` per table it serves (``COMMITMENTS =
Repository(Commitment, what="commitment")``) and its routers and services call it with the
request's session and scope::

    found = await COMMITMENTS.get(session, commitment_id, scope)              # ORM row or 404
    line = await LINES.get(session, line_id, scope, lock=True)                # SELECT … FOR UPDATE
    public = await COMMITMENTS.read(session, commitment_id, scope, CommitmentPublic)
    items, next_cursor = await COMMITMENTS.page(                               # a list, lean
        session, scope, listing, CommitmentPublic, limit=limit, cursor=cursor,
        fiscal_year=fiscal_year, status=status,                                # None: no filter
    )
    changed = COMMITMENTS.patch(item, body)                                    # version + 1
    COMMITMENTS.update(item, status="cancelled", ae=Decimal(0))                # version + 1
    created = await COMMITMENTS.add(session, Commitment(...))                  # id assigned

* **Scope in the query.** A row outside the caller's org-unit scope is not found (404, which
  does not reveal that it exists), as ``OrgScope.apply`` has it; a table without a unit column
  (``unit=None``) is read unscoped.
* **The lean read.** :meth:`Repository.read` selects the table's columns and validates the row
  mapping into the response schema, without building an ORM instance (no identity map, no
  attribute instrumentation): about a third less CPU than an ORM load for a get by id, measured in
  ``docs/performance.md``. For reads only: a row to change is fetched with :meth:`get`.
  :meth:`Repository.page` is the same for a list: the scope, the filters (a keyword per column
  compared for equality, ``None`` meaning "not filtered"; any other condition in ``where``), the
  client's sort and keyset pagination (``sg_common.api.pagination``), the rows validated into the
  schema all at once.
* **One null policy for PATCH.** Only the fields the client sent are applied
  (``exclude_unset``). An explicit ``null`` empties a field whose column may be empty; on a column
  that may not (``NOT NULL``), it is refused with a 422 problem ``null-not-allowed`` naming the
  fields, before anything is changed. ``version`` goes up by one when anything was sent.
* **Every change bumps the version once.** A state change that is not a client's PATCH (a
  cancellation, an approval) is :meth:`Repository.update`: the columns set and ``version`` + 1,
  so an ``If-Match`` taken before it no longer matches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, TypeAdapter
from sqlalchemy import ColumnElement, Select, Table, bindparam, false
from sqlalchemy import select as select_columns
from sqlmodel import SQLModel, select
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.api.pagination import Listing, paginate
from sg_common.auth.scope import OrgScope
from sg_common.errors import NotFound, UnprocessableEntity

ModelT = TypeVar("ModelT", bound=SQLModel)
SchemaT = TypeVar("SchemaT", bound=BaseModel)
StmtT = TypeVar("StmtT", bound=Select[Any])


class NullNotAllowed(UnprocessableEntity):
    """A PATCH sent ``null`` for a field that cannot be empty."""

    type_slug = "null-not-allowed"
    title = "A required field cannot be emptied"


class Repository(Generic[ModelT]):
    """The rows of one table (``model``), read and changed within an org-unit scope.

    ``what`` names a row in problem details ("commitment 12 does not exist"); ``unit`` is the
    column holding the row's org unit (``None``: the table is not scoped by unit); ``key`` the
    primary-key column looked up by id.
    """

    def __init__(
        self,
        model: type[ModelT],
        *,
        what: str | None = None,
        unit: str | None = "unit_code",
        key: str = "id",
    ) -> None:
        table: Table = model.__table__  # type: ignore[attr-defined]
        self.model = model
        self.table = table
        self.what = what or str(table.name)
        self._key = table.c[key]
        self._unit = table.c[unit] if unit is not None else None
        self._columns = tuple(table.c)
        self._lists: dict[type[BaseModel], TypeAdapter[list[Any]]] = {}
        self._by_id: dict[str, Select[Any]] = {}

    def _by_id_statement(
        self, record_id: Any, scope: OrgScope | None
    ) -> tuple[Select[Any], dict[str, Any]]:
        """The lean read of one row by id, built once per shape of scope (every unit, none, a
        list of units: an expanding parameter) and its parameters: building a statement and
        its cache key costs more than SQLite takes to answer it."""
        params: dict[str, Any] = {"record_id": record_id}
        visible = None if scope is None or self._unit is None else scope.visible
        shape = "all" if visible is None else "in" if visible else "none"
        stmt = self._by_id.get(shape)
        if stmt is None:
            stmt = select_columns(*self._columns).where(self._key == bindparam("record_id"))
            if shape == "in":
                assert self._unit is not None
                stmt = stmt.where(self._unit.in_(bindparam("units", expanding=True)))
            elif shape == "none":
                stmt = stmt.where(false())
            self._by_id[shape] = stmt
        if visible:
            params["units"] = sorted(visible)
        return stmt, params

    def _scoped(self, stmt: StmtT, record_id: Any, scope: OrgScope | None) -> StmtT:
        stmt = stmt.where(self._key == record_id)
        if scope is not None and self._unit is not None:
            stmt = scope.apply(stmt, self._unit)
        return stmt

    def missing(self, record_id: Any) -> NotFound:
        """The 404 problem of a row that does not exist (or is out of scope)."""
        return NotFound(f"{self.what} {record_id} does not exist")

    async def get(
        self,
        session: AsyncSession,
        record_id: Any,
        scope: OrgScope | None = None,
        *,
        lock: bool = False,
    ) -> ModelT:
        """The row with this id in ``scope`` (404 otherwise), row-locked until the transaction
        ends with ``lock`` (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's write transaction
        already excludes other writers), its values read again if the session held it already."""
        stmt = self._scoped(select(self.model), record_id, scope)
        if lock:
            # the row as locked, not an older copy this session already holds
            stmt = stmt.with_for_update().execution_options(populate_existing=True)
        row = (await session.exec(stmt)).first()
        if row is None:
            raise self.missing(record_id)
        return row

    async def exists(
        self, session: AsyncSession, record_id: Any, scope: OrgScope | None = None
    ) -> None:
        """404 unless the row exists in ``scope`` (for sub-resources of a row)."""
        stmt = self._scoped(select_columns(self._key), record_id, scope)
        connection = await session.connection()
        if (await connection.execute(stmt)).first() is None:
            raise self.missing(record_id)

    async def read(
        self,
        session: AsyncSession,
        record_id: Any,
        scope: OrgScope | None,
        schema: type[SchemaT],
    ) -> SchemaT:
        """The row with this id in ``scope``, validated into ``schema`` (404 otherwise), read
        without an ORM instance (the lean read path: see the module's doc)."""
        connection = await session.connection()
        stmt, params = self._by_id_statement(record_id, scope)
        row = (await connection.execute(stmt, params)).first()
        if row is None:
            raise self.missing(record_id)
        return schema.model_validate(row._asdict())

    def select(self, scope: OrgScope | None = None) -> Select[Any]:
        """``SELECT`` of the table's columns within ``scope``: for a service's own list query
        (a join, an aggregate) that :meth:`page` does not cover."""
        stmt: Select[Any] = select_columns(*self._columns)
        if scope is not None and self._unit is not None:
            stmt = scope.apply(stmt, self._unit)
        return stmt

    async def page(
        self,
        session: AsyncSession,
        scope: OrgScope | None,
        listing: Listing | None,
        schema: type[SchemaT],
        *,
        limit: int,
        cursor: str | None,
        where: Iterable[ColumnElement[bool]] = (),
        order_by: Sequence[Any] | None = None,
        descending: bool = False,
        **equals: Any,
    ) -> tuple[list[SchemaT], str | None]:
        """A page of the rows in ``scope`` (``listing``'s sort, then ``order_by``, the key by
        default), filtered by ``where`` and by ``column=value`` for every value that is not
        ``None``; validated into ``schema`` without ORM instances. Returns (items, next cursor).
        """
        stmt = self.select(scope)
        for name, value in equals.items():
            if value is not None:
                stmt = stmt.where(self.table.c[name] == getattr(value, "value", value))
        for condition in where:
            stmt = stmt.where(condition)
        rows, next_cursor = await paginate(
            session,
            stmt,
            order_by=list(order_by) if order_by is not None else [self._key],
            limit=limit,
            cursor=cursor,
            descending=descending,
            listing=listing,
        )
        adapter = self._lists.get(schema)
        if adapter is None:
            adapter = self._lists[schema] = TypeAdapter(list[schema])  # type: ignore[valid-type]
        # dicts, not RowMappings: pydantic reads a mapping that is not a dict field by field
        # through the Mapping ABC (about 18 calls a field)
        items: list[SchemaT] = adapter.validate_python([row._asdict() for row in rows])
        return items, next_cursor

    async def add(self, session: AsyncSession, row: ModelT) -> ModelT:
        """Insert ``row`` and flush, so its generated key and defaults are known."""
        session.add(row)
        await session.flush()
        return row

    def update(self, row: ModelT, **values: Any) -> ModelT:
        """Set these columns on ``row`` and bump its ``version`` (a state change)."""
        unknown = sorted(name for name in values if name not in self.table.c)
        if unknown:
            raise AttributeError(f"{self.what} has no column {', '.join(map(repr, unknown))}")
        for name, value in values.items():
            setattr(row, name, value)
        if hasattr(row, "version"):
            row.version += 1
        return row

    def patch(self, row: ModelT, body: BaseModel, *, exclude: Iterable[str] = ()) -> dict[str, Any]:
        """Apply the fields ``body`` sets (the null policy of the module's doc) to ``row``, bump
        its ``version`` when any was sent, and return what was applied, by field."""
        changes = body.model_dump(exclude_unset=True, exclude=set(exclude))
        refused = sorted(
            name
            for name, value in changes.items()
            if value is None and name in self.table.c and not self.table.c[name].nullable
        )
        if refused:
            raise NullNotAllowed(
                f"{', '.join(refused)} cannot be emptied: send a value or leave the field out",
                extra={"fields": refused},
            )
        for name, value in changes.items():
            setattr(row, name, value)
        if changes and hasattr(row, "version"):
            row.version += 1
        return changes
