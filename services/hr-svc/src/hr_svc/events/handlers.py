"""The handler table of hr-svc: event type → handler, in one visible place."""

from __future__ import annotations

from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.staffing.models import BudgetEnvelope
from hr_svc.training import service as training_service
from sg_common.clock import utcnow
from sg_common.contracts.budget import (
    BudgetAllocatedV1,
    BudgetTrainingCommitmentRecordedV1,
    BudgetTrainingCommitmentRejectedV1,
)
from sg_common.events import EventEnvelope, EventHandlers

#: The handler table: one handler per payload class.
EVENT_HANDLERS = EventHandlers()


@EVENT_HANDLERS.on(BudgetAllocatedV1)
async def handle_budget_allocated(
    session: AsyncSession, data: BudgetAllocatedV1, event: EventEnvelope
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


@EVENT_HANDLERS.on(BudgetTrainingCommitmentRecordedV1)
async def handle_training_commitment_recorded(
    session: AsyncSession, data: BudgetTrainingCommitmentRecordedV1, event: EventEnvelope
) -> None:
    """Budget committed a session's estimate: the session may take place (an answer no
    session waits for, e.g. after a cancellation, changes nothing)."""
    await training_service.record_commitment(session, data=data)


@EVENT_HANDLERS.on(BudgetTrainingCommitmentRejectedV1)
async def handle_training_commitment_rejected(
    session: AsyncSession, data: BudgetTrainingCommitmentRejectedV1, event: EventEnvelope
) -> None:
    """Budget refused a session's estimate: its reason and figures are shown on the session."""
    await training_service.record_refusal(session, data=data)
