"""What operations publish: ``operation.scheduled`` (each revision of a plan) and
``operation.phase_completed``, to the outbox in the caller's transaction."""

from __future__ import annotations

from datetime import date

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations.models import Operation, Phase
from sg_common.events import publish
from sg_contracts.production import OperationPhaseCompletedV1, OperationScheduledV1


async def phase_completed(
    session: AsyncSession, operation: Operation, current: Phase, day: date
) -> None:
    """``operation.phase_completed`` (subject: the operation)."""
    await publish(
        session,
        OperationPhaseCompletedV1(
            operation_id=operation.code, phase_code=current.phase_code, completed_on=day
        ),
        subject=operation.code,
    )


async def scheduled(
    session: AsyncSession, operation: Operation, payload: OperationScheduledV1
) -> None:
    """``operation.scheduled``: a new revision of the plan (the consumers keep the latest)."""
    await publish(session, payload, subject=operation.code)
