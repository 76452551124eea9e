"""What the budget view consumes: budget's ``budget.availability_changed`` snapshots."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.budgetview import service as budget_view
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.budget import BudgetAvailabilityChangedV1

HANDLERS = EventHandlers()


@HANDLERS.on(BudgetAvailabilityChangedV1)
async def handle_availability_changed(
    session: AsyncSession, data: BudgetAvailabilityChangedV1, event: EventEnvelope
) -> None:
    """Budget's figures of a line after a change: kept unless an as recent one is held."""
    await budget_view.apply_snapshot(session, snapshot=data, as_of=event.time)
