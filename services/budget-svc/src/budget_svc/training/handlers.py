"""What training commitments consume from hr: ``training_session.confirmed`` / ``.cancelled`` /
``.completed``: a session's cost is committed on T3, action 09, of the organising unit before it
happens (or refused), released when it is cancelled, certified as service fait for the actual
cost when it is held, the rest released (``budget_svc.training.service``). hr's
``training.completed`` (one agent's completion) is not booked here."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.training import service as training_service
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.hr import (
    TrainingSessionCancelledV1,
    TrainingSessionCompletedV1,
    TrainingSessionConfirmedV1,
)

HANDLERS = EventHandlers()


@HANDLERS.on(TrainingSessionConfirmedV1)
async def handle_training_session_confirmed(
    session: AsyncSession, data: TrainingSessionConfirmedV1, _event: EventEnvelope
) -> None:
    """Commit (or revise) a training session's estimated cost, or refuse it; answer hr."""
    await training_service.confirm(session, data)


@HANDLERS.on(TrainingSessionCancelledV1)
async def handle_training_session_cancelled(
    session: AsyncSession, data: TrainingSessionCancelledV1, _event: EventEnvelope
) -> None:
    """Release the whole commitment of a cancelled training session."""
    await training_service.cancel(session, data)


@HANDLERS.on(TrainingSessionCompletedV1)
async def handle_training_session_completed(
    session: AsyncSession, data: TrainingSessionCompletedV1, _event: EventEnvelope
) -> None:
    """Service fait for the session's actual cost; the unused AE returns to the line."""
    await training_service.complete(session, data)
