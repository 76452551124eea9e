"""The org tree as a table in each service's database (reference data, synced at start)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlmodel import Field, SQLModel, select
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.org.tree import OrgKind, OrgTree


class OrgUnitRecord(SQLModel, table=True):
    """One version of an org unit, as shipped in the library."""

    __tablename__ = "org_unit"

    code: str = Field(primary_key=True, max_length=32)
    valid_from: date = Field(primary_key=True)
    valid_to: date | None = None
    name: str = Field(max_length=200)
    kind: OrgKind = Field(max_length=20)
    parent_code: str | None = Field(default=None, max_length=32, index=True)
    site: str | None = Field(default=None, max_length=80)


async def sync_org_units(session: AsyncSession, tree: OrgTree) -> int:
    """Make the table equal the tree (idempotent); return the number of rows changed."""
    existing = {
        (r.code, r.valid_from): r for r in (await session.exec(select(OrgUnitRecord))).all()
    }
    wanted = {(u.code, u.valid_from): u for u in tree.all_versions()}
    changes = 0
    for key, unit in wanted.items():
        values: dict[str, Any] = {
            "valid_to": unit.valid_to,
            "name": unit.name,
            "kind": unit.kind,
            "parent_code": unit.parent,
            "site": unit.site,
        }
        record = existing.get(key)
        if record is None:
            session.add(OrgUnitRecord(code=unit.code, valid_from=unit.valid_from, **values))
            changes += 1
        elif any(getattr(record, k) != v for k, v in values.items()):
            for k, v in values.items():
                setattr(record, k, v)
            session.add(record)
            changes += 1
    for key, record in existing.items():
        if key not in wanted:
            await session.delete(record)
            changes += 1
    await session.flush()
    return changes
