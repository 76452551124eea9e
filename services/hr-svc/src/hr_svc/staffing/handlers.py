"""What staffing consumes from budget: ``budget.allocated``, the units' dotations (the T3 one is
the training envelope of the plan)."""

from __future__ import annotations

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.staffing.models import BudgetEnvelope
from sg_common.clock import utcnow
from sg_common.contracts.budget import BudgetAllocatedV1
from sg_common.events import EventEnvelope, EventHandlers

HANDLERS = EventHandlers()


@HANDLERS.on(BudgetAllocatedV1)
async def handle_budget_allocated(
    session: AsyncSession, data: BudgetAllocatedV1, _event: EventEnvelope
) -> None:
    """Keep the dotation of a unit (the T3 one is the training envelope of the plan).

    A later notification of the same allocation replaces the amounts (revised dotation).
    """
    stmt = select(BudgetEnvelope).where(BudgetEnvelope.allocation_id == data.allocation_id)
    row = (await session.exec(stmt)).first()
    if row is None:
        row = BudgetEnvelope(
            allocation_id=data.allocation_id,
            unit_code=data.unit_code,
            fiscal_year=data.fiscal_year,
            action=data.action,
            title=data.title,
            ae=data.ae,
            cp=data.cp,
            received_at=utcnow(),
        )
    else:
        row.unit_code, row.fiscal_year = data.unit_code, data.fiscal_year
        row.action, row.title, row.ae, row.cp = data.action, data.title, data.ae, data.cp
        row.received_at = utcnow()
    session.add(row)
