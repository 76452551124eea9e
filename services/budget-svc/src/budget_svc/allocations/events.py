"""What allocations publish: ``budget.allocated``, to the outbox in the caller's transaction."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.allocations.models import Allocation
from sg_common.events import publish
from sg_contracts.budget import BudgetAllocatedV1


async def allocated(session: AsyncSession, allocation: Allocation) -> None:
    """``budget.allocated``: a dotation notified (subject: the allocation id)."""
    await publish(
        session,
        BudgetAllocatedV1(
            allocation_id=str(allocation.id),
            unit_code=allocation.unit_code,
            fiscal_year=allocation.fiscal_year,
            action=allocation.action,
            title=allocation.title,
            ae=allocation.ae,
            cp=allocation.cp,
        ),
        subject=f"allocation-{allocation.id}",
    )
