"""Scheduling: new phase dates applied at once, the plan checked, a new revision."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations.access import OPERATIONS, PHASES
from production_svc.operations.models import Operation
from production_svc.operations.phases import move_phase, validate_dependencies
from production_svc.operations.revisions import ensure_open, publish_revision
from production_svc.operations.rules import OperationWithoutPhases, UnknownPhase
from production_svc.operations.schemas import OperationStatus, ScheduleRequest
from production_svc.operations.views import phases_of


async def schedule(
    session: AsyncSession, *, operation: Operation, body: ScheduleRequest
) -> Operation:
    """(Re)schedule: new phase dates applied at once, plan checked → ``operation.scheduled``."""
    ensure_open(operation)
    phases = await phases_of(session, operation)
    if not phases:
        raise OperationWithoutPhases(f"add phases to {operation.code} before scheduling it")
    by_code = {p.phase_code: p for p in phases}
    for change in body.phases:
        phase = by_code.get(change.phase_code.value)
        if phase is None:
            raise UnknownPhase(f"operation {operation.code} has no phase {change.phase_code}")
        if (change.start, change.end) != (phase.start, phase.end):
            await move_phase(session, operation, phase, change.start, change.end)
            PHASES.update(phase)
    validate_dependencies(phases)
    operation.status = OperationStatus.scheduled.value
    OPERATIONS.update(operation)
    await publish_revision(session, operation, body.reason)
    return operation
