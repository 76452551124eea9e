"""Revisions of a scheduled operation's plan: each change republished to IT as
``operation.scheduled``; a completed operation changes no more."""

from __future__ import annotations

from collections.abc import Sequence

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations import events
from production_svc.operations.models import Operation, Phase
from production_svc.operations.rules import OperationCompleted
from production_svc.operations.schemas import OperationStatus
from production_svc.operations.views import participants_of, phase_children, phases_of
from sg_common.clock import utcnow
from sg_contracts.production import (
    ItWorkloadNeed,
    OperationScheduledV1,
    ScheduledPhase,
    StaffDaysNeed,
)


def ensure_open(operation: Operation) -> None:
    if operation.status == OperationStatus.completed:
        raise OperationCompleted(f"operation {operation.code} is completed")


async def publish_revision(session: AsyncSession, operation: Operation, reason: str | None) -> None:
    """A new revision of the plan → ``operation.scheduled`` (the consumers keep the latest)."""
    operation.revision += 1
    operation.scheduled_at = utcnow()
    session.add(operation)
    await session.flush()
    phases = await phases_of(session, operation)
    await events.scheduled(
        session, operation, await scheduled_event(session, operation, phases, reason)
    )


async def republish_if_scheduled(session: AsyncSession, operation: Operation, reason: str) -> None:
    """A change to a scheduled operation's plan reaches IT at once, as a new revision."""
    if operation.status == OperationStatus.scheduled:
        await publish_revision(session, operation, reason)


async def scheduled_event(
    session: AsyncSession, operation: Operation, phases: Sequence[Phase], reason: str | None
) -> OperationScheduledV1:
    """The ``operation.scheduled`` payload of the operation as it stands."""
    assert operation.id is not None
    staff, it, _p = await phase_children(session, [p.id for p in phases if p.id is not None])
    participants = (await participants_of(session, [operation.id])).get(operation.id, [])
    return OperationScheduledV1(
        operation_id=operation.code,
        revision=operation.revision,
        name=operation.name,
        kind=operation.kind,
        lead_unit=operation.lead_unit,
        participating_units=participants,
        reason=reason,
        phases=[
            ScheduledPhase(
                phase_code=p.phase_code,
                name=p.name,
                start=p.start,
                end=p.end,
                depends_on=list(p.depends_on),
                status=p.status,
                it_workload=[
                    ItWorkloadNeed(
                        centre_code=i.centre_code, month=i.month, person_days=i.person_days
                    )
                    for i in it.get(p.id or 0, [])
                ],
                staff=[
                    StaffDaysNeed(unit_code=s.unit_code, staff_days=s.staff_days)
                    for s in staff.get(p.id or 0, [])
                ],
            )
            for p in phases
        ],
    )
