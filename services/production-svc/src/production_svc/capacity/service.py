"""Capacity risk: operations' IT needs against the published plan de charge, staff needs against
the staff assigned to the units. Also applies the events that feed them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, exists, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.capacity.models import PlanLine, StaffAssignment
from production_svc.capacity.schemas import (
    CentreRisk,
    MonthColour,
    MonthRisk,
    OperationRisk,
    OperationRiskSummary,
    PhaseRisk,
    PlanLinePublic,
    RiskColour,
    StaffRisk,
    UnitStaff,
    worst,
)
from production_svc.common import overlap
from production_svc.operations.access import visible_operations
from production_svc.operations.models import ItNeed, Operation, Phase, StaffNeed
from production_svc.operations.schemas import OperationStatus, PhaseCode, PhaseStatus
from production_svc.operations.views import phases_of
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.months import months_between
from sg_common.org import OrgTree
from sg_common.repository import Repository
from sg_common.workdays import working_days
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1
from sg_contracts.it import WorkloadPlannedV1

RATIO = Decimal("0.0001")
CENTS = Decimal("0.01")

#: The plan de charge received from IT (a centre's line, not scoped by unit).
PLAN_LINES = Repository(PlanLine, what="plan line", unit=None)


# --- lists ------------------------------------------------------------------------------------
async def list_plan_lines(
    session: AsyncSession,
    listing: Listing,
    *,
    centre_code: str | None,
    month_from: str | None,
    month_to: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[PlanLinePublic], str | None]:
    """The latest published line per centre and month, by id (or the client's sort)."""
    where = []
    if month_from is not None:
        where.append(col(PlanLine.month) >= month_from)
    if month_to is not None:
        where.append(col(PlanLine.month) <= month_to)
    return await PLAN_LINES.page(
        session,
        None,
        listing,
        PlanLinePublic,
        limit=limit,
        cursor=cursor,
        where=where,
        centre_code=centre_code,
    )


async def scheduled_between(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    first: date,
    last: date,
    limit: int,
    cursor: str | None,
) -> tuple[list[Operation], str | None]:
    """A page of the scheduled operations the scope sees with a phase in [first, last]."""
    active = exists().where(
        and_(
            col(Phase.operation_id) == col(Operation.id),
            col(Phase.start) <= last,
            col(Phase.end) >= first,
        )
    )
    stmt = visible_operations(scope).where(
        col(Operation.status) == OperationStatus.scheduled.value, active
    )
    return await paginate(
        session, stmt, order_by=[col(Operation.id)], limit=limit, cursor=cursor, listing=listing
    )


# --- events in --------------------------------------------------------------------------------
async def apply_workload_planned(session: AsyncSession, data: WorkloadPlannedV1) -> None:
    """Keep the latest plan line per centre and month (an older version of a plan is ignored)."""
    stmt = select(PlanLine).where(
        col(PlanLine.centre_code) == data.centre_code, col(PlanLine.month) == data.month
    )
    line = (await session.exec(stmt)).first()
    if line is not None and line.plan_id == data.plan_id and line.plan_version > data.plan_version:
        return
    line = line or PlanLine(centre_code=data.centre_code, month=data.month)  # type: ignore[call-arg]
    line.plan_id = data.plan_id
    line.plan_version = data.plan_version
    line.capacity = data.capacity
    line.demand = data.demand
    line.load = data.load
    line.received_at = utcnow()
    session.add(line)


async def apply_agent_assigned(session: AsyncSession, data: AgentAssignedV1) -> None:
    """Record (or correct) an assignment: staff available per unit."""
    stmt = select(StaffAssignment).where(col(StaffAssignment.assignment_id) == data.assignment_id)
    row = (await session.exec(stmt)).first() or StaffAssignment(
        assignment_id=data.assignment_id,
        agent_id=data.agent_id,
        unit_code=data.unit_code,
        start_date=data.start_date,
        quotite=data.quotite,
    )
    row.agent_id = data.agent_id
    row.unit_code = data.unit_code
    row.start_date = data.start_date
    row.end_date = data.end_date
    row.quotite = data.quotite
    session.add(row)


async def apply_agent_left(session: AsyncSession, data: AgentLeftV1) -> None:
    """End the agent's open assignments in the unit on the day they left."""
    stmt = select(StaffAssignment).where(
        col(StaffAssignment.agent_id) == data.agent_id,
        col(StaffAssignment.unit_code) == data.unit_code,
        or_(col(StaffAssignment.end_date).is_(None), col(StaffAssignment.end_date) > data.left_on),
    )
    for row in (await session.exec(stmt)).all():
        row.end_date = max(data.left_on, row.start_date)
        session.add(row)


# --- staff ------------------------------------------------------------------------------------
async def unit_staff(
    session: AsyncSession, *, tree: OrgTree, unit_code: str, start: date, end: date
) -> UnitStaff:
    """Staff of a unit and its sub-units over a window: FTE and available staff days."""
    codes = sorted(tree.subtree_codes([unit_code], start) | {unit_code})
    stmt = select(StaffAssignment).where(
        col(StaffAssignment.unit_code).in_(codes),
        col(StaffAssignment.start_date) <= end,
        or_(col(StaffAssignment.end_date).is_(None), col(StaffAssignment.end_date) >= start),
    )
    rows = (await session.exec(stmt)).all()
    available = Decimal(0)
    fte = Decimal(0)
    for row in rows:
        window = overlap(row.start_date, row.end_date or end, start, end)
        if window is None:
            continue
        fte += row.quotite
        available += row.quotite * working_days(*window)
    return UnitStaff(
        unit_code=unit_code,
        start=start,
        end=end,
        assignments=len(rows),
        fte=fte,
        available_staff_days=available.quantize(CENTS, rounding=ROUND_HALF_UP),
    )


def staff_risk(need: Decimal, available: Decimal, amber_share: Decimal) -> tuple[RiskColour, str]:
    """Colour of a staff need against the staff days the unit has in the phase."""
    if available <= 0:
        return RiskColour.red, "no staff assigned to the unit during the phase"
    share = (need / available).quantize(RATIO, rounding=ROUND_HALF_UP)
    percent = f"{share * 100:.0f}%"
    if need > available:
        return RiskColour.red, (
            f"need {need} staff days exceeds the {available} available ({percent})"
        )
    if share >= amber_share:
        return RiskColour.amber, (
            f"need {need} staff days takes {percent} of the {available} available"
        )
    return RiskColour.green, f"need {need} staff days is {percent} of the {available} available"


# --- IT ---------------------------------------------------------------------------------------
def centre_risk(
    centre_code: str, month: str, need: Decimal, line: PlanLine | None, amber_load: Decimal
) -> CentreRisk:
    """Colour of one IT need (centre × month) against the published plan line.

    red: no capacity, or max(plan demand, need) exceeds capacity; amber: no published plan,
    the plan counts less demand than this need (not yet in the plan), or the projected load
    reaches ``amber_load``; green otherwise.
    """
    if line is None:
        return CentreRisk(
            centre_code=centre_code,
            need=need,
            plan_id=None,
            plan_version=None,
            capacity=None,
            demand=None,
            projected_load=None,
            colour=RiskColour.amber,
            reason=f"no published plan de charge for {centre_code} in {month}",
        )
    projected = max(line.demand, need)
    base = {
        "centre_code": centre_code,
        "need": need,
        "plan_id": line.plan_id,
        "plan_version": line.plan_version,
        "capacity": line.capacity,
        "demand": line.demand,
    }
    where = f"{centre_code} in {month} (plan {line.plan_id} v{line.plan_version})"
    if line.capacity <= 0:
        return CentreRisk(
            **base,
            projected_load=None,
            colour=RiskColour.red,
            reason=f"{where}: no capacity for a need of {need} person-days",
        )
    load = (projected / line.capacity).quantize(RATIO, rounding=ROUND_HALF_UP)
    percent = f"{load * 100:.0f}%"
    if projected > line.capacity:
        colour, reason = (
            RiskColour.red,
            (f"{where}: demand {projected} exceeds capacity {line.capacity} ({percent})"),
        )
    elif line.demand < need:
        colour, reason = (
            RiskColour.amber,
            (
                f"{where}: the plan counts {line.demand} person-days of demand, less than this "
                f"operation's {need}: the need is not (fully) in the plan yet"
            ),
        )
    elif load >= amber_load:
        colour, reason = (
            RiskColour.amber,
            (
                f"{where}: load {percent} of capacity {line.capacity}, at or above "
                f"{amber_load * 100:.0f}%"
            ),
        )
    else:
        colour, reason = (
            RiskColour.green,
            (f"{where}: load {percent}, headroom {line.capacity - projected} person-days"),
        )
    return CentreRisk(**base, projected_load=load, colour=colour, reason=reason)


async def _plan_lines(
    session: AsyncSession, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], PlanLine]:
    wanted = set(keys)
    if not wanted:
        return {}
    centres = sorted({c for c, _m in wanted})
    months = sorted({m for _c, m in wanted})
    stmt = select(PlanLine).where(
        col(PlanLine.centre_code).in_(centres), col(PlanLine.month).in_(months)
    )
    return {
        (line.centre_code, line.month): line
        for line in (await session.exec(stmt)).all()
        if (line.centre_code, line.month) in wanted
    }


async def operation_risk(
    session: AsyncSession,
    *,
    tree: OrgTree,
    operation: Operation,
    amber_load: Decimal,
    amber_staff_share: Decimal,
) -> OperationRisk:
    """Risk per phase and month of one operation, with the reasons."""
    phases: list[Phase] = await phases_of(session, operation)
    ids = [p.id for p in phases if p.id is not None]
    it_needs: dict[int, list[ItNeed]] = defaultdict(list)
    staff_needs: dict[int, list[StaffNeed]] = defaultdict(list)
    if ids:
        for i in (await session.exec(select(ItNeed).where(col(ItNeed.phase_id).in_(ids)))).all():
            it_needs[i.phase_id].append(i)
        for s in (
            await session.exec(select(StaffNeed).where(col(StaffNeed.phase_id).in_(ids)))
        ).all():
            staff_needs[s.phase_id].append(s)
    lines = await _plan_lines(
        session, ((i.centre_code, i.month) for v in it_needs.values() for i in v)
    )
    phase_risks: list[PhaseRisk] = []
    for phase in phases:
        pid = phase.id or 0
        done = phase.status == PhaseStatus.completed
        months: list[MonthRisk] = []
        for month in months_between(phase.start, phase.end):
            if done:
                months.append(
                    MonthRisk(
                        month=month,
                        colour=RiskColour.green,
                        reasons=["phase completed"],
                        centres=[],
                    )
                )
                continue
            per_centre: dict[str, Decimal] = defaultdict(Decimal)
            for need in it_needs.get(pid, []):
                if need.month == month:
                    per_centre[need.centre_code] += need.person_days
            centres = [
                centre_risk(code, month, total, lines.get((code, month)), amber_load)
                for code, total in sorted(per_centre.items())
            ]
            colour = worst([c.colour for c in centres])
            reasons = [c.reason for c in centres if c.colour == colour] or ["no IT workload"]
            months.append(MonthRisk(month=month, colour=colour, reasons=reasons, centres=centres))
        staff: list[StaffRisk] = []
        if not done:
            per_unit: dict[str, Decimal] = defaultdict(Decimal)
            for s in staff_needs.get(pid, []):
                per_unit[s.unit_code] += s.staff_days
            for unit_code, total in sorted(per_unit.items()):
                available = (
                    await unit_staff(
                        session, tree=tree, unit_code=unit_code, start=phase.start, end=phase.end
                    )
                ).available_staff_days
                colour, reason = staff_risk(total, available, amber_staff_share)
                staff.append(
                    StaffRisk(
                        unit_code=unit_code,
                        staff_days=total,
                        available_staff_days=available,
                        colour=colour,
                        reason=reason,
                    )
                )
        phase_risks.append(
            PhaseRisk(
                phase_code=PhaseCode(phase.phase_code),
                start=phase.start,
                end=phase.end,
                colour=worst([m.colour for m in months] + [s.colour for s in staff]),
                months=months,
                staff=staff,
            )
        )
    assert operation.id is not None
    return OperationRisk(
        operation_id=operation.id,
        code=operation.code,
        colour=worst([p.colour for p in phase_risks]),
        phases=phase_risks,
    )


def summarise(risk: OperationRisk, name: str, months: list[str]) -> OperationRiskSummary:
    """The operation's worst colour per month of a window, with the reasons of the worst."""
    per_month: dict[str, list[RiskColour]] = defaultdict(list)
    reasons: dict[RiskColour, list[str]] = defaultdict(list)
    wanted = set(months)
    for phase in risk.phases:
        for month in phase.months:
            if month.month in wanted:
                per_month[month.month].append(month.colour)
                reasons[month.colour].extend(month.reasons)
        for staff in phase.staff:
            reasons[staff.colour].append(f"{phase.phase_code} {staff.unit_code}: {staff.reason}")
            for month_risk in phase.months:
                if month_risk.month in wanted:
                    per_month[month_risk.month].append(staff.colour)
    colours = [MonthColour(month=m, colour=worst(per_month[m])) for m in months if m in per_month]
    overall = worst([c.colour for c in colours])
    return OperationRiskSummary(
        operation_id=risk.operation_id,
        code=risk.code,
        name=name,
        colour=overall,
        months=colours,
        reasons=list(dict.fromkeys(reasons[overall])) if overall != RiskColour.green else [],
    )
