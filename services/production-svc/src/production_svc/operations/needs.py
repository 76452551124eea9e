"""A phase's needs: staff days per unit, IT person-days per centre and month, purchases."""

from __future__ import annotations

from sqlalchemy import delete
from sqlmodel import col
from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations.access import OPERATIONS, PHASES
from production_svc.operations.models import ItNeed, Operation, Phase, PurchaseNeed, StaffNeed
from production_svc.operations.revisions import ensure_open, republish_if_scheduled
from production_svc.operations.rules import (
    NeedOutsidePhase,
    NotAComputingCentre,
    PhaseCompletedLocked,
    UnitNotParticipating,
)
from production_svc.operations.schemas import PhaseNeeds, PhaseNeedsPublic, PhaseStatus
from production_svc.operations.views import needs_by_phase, participants_of
from sg_common.months import months_between
from sg_common.org import OrgKind, OrgTree


async def set_needs(
    session: AsyncSession,
    *,
    tree: OrgTree,
    operation: Operation,
    phase: Phase,
    body: PhaseNeeds,
) -> PhaseNeedsPublic:
    """Replace the phase's staff, IT and purchase needs."""
    ensure_open(operation)
    if phase.status == PhaseStatus.completed:
        raise PhaseCompletedLocked(f"phase {phase.phase_code} is completed; its needs are final")
    assert phase.id is not None
    assert operation.id is not None
    participants = {
        operation.lead_unit,
        *(await participants_of(session, [operation.id]))[operation.id],
    }
    for s in body.staff:
        tree.require(s.unit_code)
        if s.unit_code not in participants:
            raise UnitNotParticipating(
                f"{s.unit_code} is neither the lead nor a participating unit of {operation.code}: "
                "add it to participating_units first"
            )
    allowed_months = set(months_between(phase.start, phase.end))
    for i in body.it:
        unit = tree.require(i.centre_code)
        if unit.kind != OrgKind.national_centre:
            raise NotAComputingCentre(f"{i.centre_code} is not a national computing centre")
        if i.month not in allowed_months:
            raise NeedOutsidePhase(
                f"phase {phase.phase_code} runs {phase.start}..{phase.end}; month {i.month} "
                "is outside it"
            )
    for model in (StaffNeed, ItNeed, PurchaseNeed):
        await session.exec(delete(model).where(col(model.phase_id) == phase.id))
    for s in body.staff:
        session.add(StaffNeed(phase_id=phase.id, unit_code=s.unit_code, staff_days=s.staff_days))
    for i in body.it:
        session.add(
            ItNeed(
                phase_id=phase.id,
                centre_code=i.centre_code,
                month=i.month,
                person_days=i.person_days,
            )
        )
    for pn in body.purchases:
        session.add(
            PurchaseNeed(
                phase_id=phase.id,
                description=pn.description,
                category=pn.category.value,
                quantity=pn.quantity,
                estimated_amount=pn.estimated_amount,
                needed_by=pn.needed_by,
            )
        )
    PHASES.update(phase)
    OPERATIONS.update(operation)
    await session.flush()
    await republish_if_scheduled(session, operation, f"needs of {phase.phase_code} changed")
    return (await needs_by_phase(session, [phase]))[phase.id]
