"""What staffing publishes: ``etpt.reported``, to the outbox in the caller's transaction."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel.ext.asyncio.session import AsyncSession

from sg_common.events import publish
from sg_contracts.hr import EtptReportedV1


async def etpt_reported(
    session: AsyncSession, *, unit_code: str, year: int, month: int, etpt: Decimal
) -> None:
    """``etpt.reported``: the ETPT a unit consumed in a month."""
    await publish(
        session,
        EtptReportedV1(unit_code=unit_code, year=year, month=month, etpt=etpt),
        subject=unit_code,
    )
