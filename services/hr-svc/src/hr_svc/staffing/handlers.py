"""What staffing consumes from budget: ``budget.allocated``, the units' dotations (the T3 one is
the training envelope of the plan)."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.staffing import service as staffing
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.budget import BudgetAllocatedV1

HANDLERS = EventHandlers()


@HANDLERS.on(BudgetAllocatedV1)
async def handle_budget_allocated(
    session: AsyncSession, data: BudgetAllocatedV1, _event: EventEnvelope
) -> None:
    """Keep the dotation of a unit (the T3 one is the training envelope of the plan)."""
    await staffing.keep_envelope(
        session,
        allocation_id=data.allocation_id,
        unit_code=data.unit_code,
        fiscal_year=data.fiscal_year,
        action=data.action,
        title=data.title,
        ae=data.ae,
        cp=data.cp,
    )
