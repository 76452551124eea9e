"""A decimal set on a Numeric(p, s) column reads the same before and after it is stored."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel, select

from sg_common.db import Database
from sg_common.testing.databases import TestDatabase, create_schema_objects


class ProbeTable(SQLModel, registry=registry()):
    """Its own metadata: the services' migration checks must not see this table."""


class Measure(ProbeTable, table=True):
    __tablename__ = "scale_probe"
    id: int | None = Field(default=None, primary_key=True)
    cents: Decimal = Field(max_digits=10, decimal_places=2)
    etpt: Decimal | None = Field(default=None, max_digits=8, decimal_places=4)
    ratio: float = 0.5


async def test_what_is_answered_after_a_flush_is_what_is_read_after(
    test_db: TestDatabase,
) -> None:
    await create_schema_objects(test_db.url, [ProbeTable.metadata])
    db = Database(test_db.url)
    try:
        async with db.transaction() as session:
            written = Measure(cents=Decimal("1200"), etpt=Decimal("0.8"))
            session.add(written)
            await session.flush()
            created = (str(written.cents), str(written.etpt), written.ratio)
            written.cents = Decimal("-0.125")  # beyond the scale: rounded as PostgreSQL does
            written.etpt = None
            await session.flush()
            updated = (str(written.cents), written.etpt)
        async with db.transaction(write=False) as session:
            read = (await session.exec(select(Measure))).one()
        assert created == ("1200.00", "0.8000", 0.5)
        assert updated == (str(read.cents), read.etpt) == ("-0.13", None)
    finally:
        await db.dispose()
