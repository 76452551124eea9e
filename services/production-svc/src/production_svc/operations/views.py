"""Loading and public views: participants, phases, needs and milestones of operations,
each loaded for many operations or phases at once."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations.gsbpm import GSBPM_ORDER
from production_svc.operations.models import (
    ItNeed,
    Milestone,
    Operation,
    OperationUnit,
    Phase,
    PurchaseNeed,
    StaffNeed,
)
from production_svc.operations.schemas import (
    ItNeedPublic,
    MilestonePublic,
    OperationPublic,
    PhaseCode,
    PhaseNeedsPublic,
    PhasePublic,
    PhaseStatus,
    PurchaseNeedPublic,
    StaffNeedPublic,
)
from sg_common.clock import today


async def participants_of(session: AsyncSession, ids: Sequence[int]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = defaultdict(list)
    if not ids:
        return result
    stmt = select(OperationUnit).where(col(OperationUnit.operation_id).in_(ids))
    for row in (await session.exec(stmt.order_by(col(OperationUnit.unit_code)))).all():
        result[row.operation_id].append(row.unit_code)
    return result


async def phases_by_operation(session: AsyncSession, ids: Sequence[int]) -> dict[int, list[Phase]]:
    result: dict[int, list[Phase]] = defaultdict(list)
    if not ids:
        return result
    stmt = select(Phase).where(col(Phase.operation_id).in_(ids))
    for row in (await session.exec(stmt)).all():
        result[row.operation_id].append(row)
    for phases in result.values():
        phases.sort(key=lambda p: (p.start, GSBPM_ORDER.get(p.phase_code, 99)))
    return result


async def public_operations(
    session: AsyncSession, operations: Sequence[Operation]
) -> list[OperationPublic]:
    """Public views of operations (participants and calendar loaded in two queries)."""
    ids = [o.id for o in operations if o.id is not None]
    participants = await participants_of(session, ids)
    phases = await phases_by_operation(session, ids)
    result = []
    for op in operations:
        assert op.id is not None
        own = phases.get(op.id, [])
        result.append(
            OperationPublic(
                id=op.id,
                code=op.code,
                name=op.name,
                kind=op.kind,
                lead_unit=op.lead_unit,
                participating_units=participants.get(op.id, []),
                description=op.description,
                status=op.status,
                revision=op.revision,
                start=min((p.start for p in own), default=None),
                end=max((p.end for p in own), default=None),
                version=op.version,
            )
        )
    return result


async def public_operation(session: AsyncSession, operation: Operation) -> OperationPublic:
    """The public view of one operation."""
    return (await public_operations(session, [operation]))[0]


async def phases_of(session: AsyncSession, operation: Operation) -> list[Phase]:
    """The operation's phases, by start date then GSBPM order."""
    assert operation.id is not None
    return (await phases_by_operation(session, [operation.id])).get(operation.id, [])


async def phase_children(
    session: AsyncSession, phase_ids: Sequence[int]
) -> tuple[dict[int, list[StaffNeed]], dict[int, list[ItNeed]], dict[int, list[PurchaseNeed]]]:
    staff: dict[int, list[StaffNeed]] = defaultdict(list)
    it: dict[int, list[ItNeed]] = defaultdict(list)
    purchases: dict[int, list[PurchaseNeed]] = defaultdict(list)
    if phase_ids:
        for s in (
            await session.exec(
                select(StaffNeed)
                .where(col(StaffNeed.phase_id).in_(phase_ids))
                .order_by(col(StaffNeed.id))
            )
        ).all():
            staff[s.phase_id].append(s)
        for i in (
            await session.exec(
                select(ItNeed).where(col(ItNeed.phase_id).in_(phase_ids)).order_by(col(ItNeed.id))
            )
        ).all():
            it[i.phase_id].append(i)
        for pn in (
            await session.exec(
                select(PurchaseNeed)
                .where(col(PurchaseNeed.phase_id).in_(phase_ids))
                .order_by(col(PurchaseNeed.id))
            )
        ).all():
            purchases[pn.phase_id].append(pn)
    return staff, it, purchases


async def needs_by_phase(
    session: AsyncSession, phases: Sequence[Phase]
) -> dict[int, PhaseNeedsPublic]:
    """Needs of each phase, by phase id."""
    ids = [p.id for p in phases if p.id is not None]
    staff, it, purchases = await phase_children(session, ids)
    return {
        pid: PhaseNeedsPublic(
            staff=[StaffNeedPublic.model_validate(s) for s in staff.get(pid, [])],
            it=[ItNeedPublic.model_validate(i) for i in it.get(pid, [])],
            purchases=[PurchaseNeedPublic.model_validate(p) for p in purchases.get(pid, [])],
        )
        for pid in ids
    }


def phase_public(phase: Phase, needs: PhaseNeedsPublic | None) -> PhasePublic:
    """The public view of a phase."""
    assert phase.id is not None
    return PhasePublic(
        id=phase.id,
        operation_id=phase.operation_id,
        phase_code=PhaseCode(phase.phase_code),
        name=phase.name,
        start=phase.start,
        end=phase.end,
        depends_on=[PhaseCode(c) for c in phase.depends_on],
        status=PhaseStatus(phase.status),
        started_on=phase.started_on,
        completed_on=phase.completed_on,
        late=phase.status != PhaseStatus.completed and phase.end < today(),
        needs=needs or PhaseNeedsPublic(staff=[], it=[], purchases=[]),
        version=phase.version,
    )


async def phase_view(session: AsyncSession, phase: Phase) -> PhasePublic:
    """One phase with its needs."""
    needs = await needs_by_phase(session, [phase])
    return phase_public(phase, needs.get(phase.id or 0))


async def milestones_of(session: AsyncSession, operation: Operation) -> list[Milestone]:
    stmt = (
        select(Milestone)
        .where(col(Milestone.operation_id) == operation.id)
        .order_by(col(Milestone.due_on), col(Milestone.id))
    )
    return list((await session.exec(stmt)).all())


def milestone_public(m: Milestone) -> MilestonePublic:
    public = MilestonePublic.model_validate(m)
    public.late = m.reached_on is None and m.due_on < today()
    return public
