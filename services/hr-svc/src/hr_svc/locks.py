"""Row locks for the rules that count (quotité, capacity, credits): two concurrent requests
on PostgreSQL serialise on the row; SQLite already serialises write transactions."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

T = TypeVar("T")


async def lock(session: AsyncSession, model: type[T], pk: Any) -> T:
    """Lock the row ``pk`` of ``model`` until the transaction ends; return it refreshed."""
    stmt = (
        select(model)
        .where(model.id == pk)  # type: ignore[attr-defined]
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    row = (await session.exec(stmt)).first()
    assert row is not None, f"{model.__name__} {pk} vanished"
    return row
