"""Budget envelopes: kept from ``budget.allocated`` so the DI sees what its units may spend."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.envelopes.models import BudgetEnvelope
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_contracts.budget import BudgetAllocatedV1


async def on_budget_allocated(
    session: AsyncSession, data: BudgetAllocatedV1, *, notified_at: datetime
) -> None:
    """Record the dotation once (an allocation id is notified once by budget)."""
    if await session.get(BudgetEnvelope, data.allocation_id) is not None:
        return
    session.add(
        BudgetEnvelope(
            allocation_id=data.allocation_id,
            unit_code=data.unit_code,
            fiscal_year=data.fiscal_year,
            action=data.action,
            title=data.title,
            ae=data.ae,
            cp=data.cp,
            notified_at=notified_at,
        )
    )


async def list_envelopes(
    session: AsyncSession,
    *,
    scope: OrgScope,
    unit_code: str | None,
    fiscal_year: int | None,
    limit: int,
    cursor: str | None,
    listing: Listing | None = None,
) -> tuple[list[BudgetEnvelope], str | None]:
    stmt = scope.apply(select(BudgetEnvelope), col(BudgetEnvelope.unit_code))
    if unit_code is not None:
        stmt = stmt.where(BudgetEnvelope.unit_code == unit_code)
    if fiscal_year is not None:
        stmt = stmt.where(BudgetEnvelope.fiscal_year == fiscal_year)
    return await paginate(
        session,
        stmt,
        order_by=[col(BudgetEnvelope.allocation_id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
