"""What envelopes consume from budget: ``budget.allocated``."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.envelopes import service as envelopes
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.budget import BudgetAllocatedV1

HANDLERS = EventHandlers()


@HANDLERS.on(BudgetAllocatedV1)
async def handle_budget_allocated(
    session: AsyncSession, data: BudgetAllocatedV1, event: EventEnvelope
) -> None:
    """Dotations notified by budget: the DI sees its units' envelopes."""
    await envelopes.on_budget_allocated(session, data, notified_at=event.time)
