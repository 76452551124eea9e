"""A tiny producer (budget) and consumer (hr) pair to exercise the backbone."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.db import Database
from sg_common.events import EventEnvelope, publish
from sg_common.events.broker import Broker
from sg_common.events.testing import TEST_KAFKA_SETTINGS
from sg_common.settings import ServiceSettings
from sg_common.testing import create_schema_objects
from sg_contracts.budget import BudgetAllocatedV1, BudgetCommitmentRecordedV1


class EvTable(SQLModel, registry=registry()):
    pass


class Applied(EvTable, table=True):
    """One row per application of an event (duplicates would show as extra rows)."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: str
    subject: str
    seq: int


class Allocation(EvTable, table=True):
    id: str = Field(primary_key=True)
    unit_code: str


def allocated(seq: int, unit: str = "DPG") -> BudgetAllocatedV1:
    return BudgetAllocatedV1(
        allocation_id=f"{unit}-{seq}",
        unit_code=unit,
        fiscal_year=2026,
        action="09",
        title="T3",
        ae=Decimal("1000.00") + seq,
        cp=Decimal("500.00"),
    )


def settings_for(service: str, broker: Broker | str, url: str, **extra: Any) -> ServiceSettings:
    """Settings of a test service on ``broker`` (a bootstrap string: no broker is reached)."""
    client = (
        {"kafka_bootstrap_servers": broker} if isinstance(broker, str) else broker.client_settings()
    )
    values = {
        **TEST_KAFKA_SETTINGS,
        "service_name": service,
        **client,
        "database_url": url,
        "log_json": False,
        **extra,
    }
    return ServiceSettings(_env_file=None, **values)


async def new_database(tmp_path: Path, name: str) -> Database:
    url = f"sqlite+aiosqlite:///{tmp_path / name}.db"
    await create_schema_objects(url, [EvTable.metadata])
    return Database(url)


async def publish_allocations(db: Database, seqs: range, unit: str = "DPG") -> None:
    for seq in seqs:
        async with db.transaction() as session:
            session.add(Allocation(id=f"{unit}-{seq}", unit_code=unit))
            await publish(session, allocated(seq, unit), subject=unit)


async def record(session: AsyncSession, event: EventEnvelope) -> None:
    data = event.data
    assert isinstance(data, BudgetAllocatedV1)
    seq = int(data.allocation_id.rsplit("-", 1)[1])
    session.add(Applied(event_id=event.id, subject=event.subject, seq=seq))


async def applied(db: Database) -> list[Applied]:
    async with db.transaction(write=False) as session:
        return list((await session.exec(select(Applied).order_by(col(Applied.id)))).all())


async def applied_count(db: Database) -> int:
    async with db.transaction(write=False) as session:
        return int((await session.exec(select(func.count()).select_from(Applied))).one())


def assert_once_in_order(rows: list[Applied], expected: dict[str, list[int]]) -> None:
    by_subject: dict[str, list[int]] = {}
    for row in rows:
        by_subject.setdefault(row.subject, []).append(row.seq)
    assert by_subject == expected
    assert len({r.event_id for r in rows}) == len(rows)


__all__ = ["BudgetCommitmentRecordedV1"]
