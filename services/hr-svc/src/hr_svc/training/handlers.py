"""What training consumes from budget: its answers to a session's commitment."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.training import service as training_service
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.budget import (
    BudgetTrainingCommitmentRecordedV1,
    BudgetTrainingCommitmentRejectedV1,
)

HANDLERS = EventHandlers()


@HANDLERS.on(BudgetTrainingCommitmentRecordedV1)
async def handle_training_commitment_recorded(
    session: AsyncSession, data: BudgetTrainingCommitmentRecordedV1, _event: EventEnvelope
) -> None:
    """Budget committed a session's estimate: the session may take place (an answer no
    session waits for, e.g. after a cancellation, changes nothing)."""
    await training_service.record_commitment(session, data=data)


@HANDLERS.on(BudgetTrainingCommitmentRejectedV1)
async def handle_training_commitment_rejected(
    session: AsyncSession, data: BudgetTrainingCommitmentRejectedV1, _event: EventEnvelope
) -> None:
    """Budget refused a session's estimate: its reason and figures are shown on the session."""
    await training_service.record_refusal(session, data=data)
