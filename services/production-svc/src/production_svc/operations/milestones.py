"""Milestones: within their phase, reached on a day that is not in the future."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations.access import MILESTONES, OPERATIONS, get_phase
from production_svc.operations.models import Milestone, Operation
from production_svc.operations.revisions import ensure_open
from production_svc.operations.rules import CompletionDateInvalid, MilestoneOutsidePhase
from production_svc.operations.schemas import MilestoneCreate, MilestonePublic, MilestoneUpdate
from production_svc.operations.views import milestone_public, milestones_of
from sg_common.clock import today


async def add_milestone(
    session: AsyncSession, *, operation: Operation, body: MilestoneCreate
) -> MilestonePublic:
    """Add a milestone within its phase's dates."""
    ensure_open(operation)
    phase = await get_phase(session, operation, body.phase_code.value)
    if not phase.start <= body.due_on <= phase.end:
        raise MilestoneOutsidePhase(
            f"phase {phase.phase_code} runs {phase.start}..{phase.end}; {body.due_on} is outside"
        )
    assert operation.id is not None
    milestone = Milestone(
        operation_id=operation.id,
        phase_code=phase.phase_code,
        name=body.name,
        due_on=body.due_on,
    )
    session.add(milestone)
    OPERATIONS.update(operation)
    await session.flush()
    return milestone_public(milestone)


async def update_milestone(
    session: AsyncSession, *, operation: Operation, milestone_id: int, body: MilestoneUpdate
) -> MilestonePublic:
    """Rename, move (within the phase) or mark a milestone reached."""
    milestone = await MILESTONES.get(session, milestone_id)
    if milestone.operation_id != operation.id:
        raise MILESTONES.missing(milestone_id)
    phase = await get_phase(session, operation, milestone.phase_code)
    if body.due_on is not None and not phase.start <= body.due_on <= phase.end:
        raise MilestoneOutsidePhase(
            f"phase {phase.phase_code} runs {phase.start}..{phase.end}; {body.due_on} is outside"
        )
    if body.reached_on is not None and body.reached_on > today():
        raise CompletionDateInvalid(f"reached_on {body.reached_on} is in the future")
    MILESTONES.patch(milestone, body)  # null reached_on: not reached after all
    OPERATIONS.update(operation)
    await session.flush()
    return milestone_public(milestone)


async def list_milestones(session: AsyncSession, operation: Operation) -> list[MilestonePublic]:
    """The operation's milestones by due date."""
    return [milestone_public(m) for m in await milestones_of(session, operation)]
