"""Plan de charge of the national computing centres: capacity vs demand per centre × month,
load = demand / capacity, versions draft → published → superseded."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import structlog
from sqlalchemy import func
from sqlmodel import col, delete, select
from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.common import computing_centres, working_days
from it_svc.staff.models import StaffAllocation, StaffMember
from it_svc.workload import events
from it_svc.workload.models import CentreCapacity, DemandLine, PlanLine, WorkloadPlan
from it_svc.workload.schemas import (
    CapacityCreate,
    CapacityUpdate,
    DemandCreate,
    DemandSource,
    DemandUpdate,
    LoadLine,
    PlanCreate,
    PlanStatus,
    PlanUpdate,
)
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import utcnow
from sg_common.errors import BusinessRuleViolation, UnprocessableEntity
from sg_common.months import month_end, month_start, months_between
from sg_common.org import OrgTree, org_tree_of
from sg_common.repository import Repository
from sg_contracts.production import OperationScheduledV1

log = structlog.get_logger("it_svc.workload")

CENT = Decimal("0.01")
LOAD_PLACES = Decimal("0.0001")
#: Load reported when a centre has demand but no capacity at all in a month.
LOAD_WITHOUT_CAPACITY = Decimal("999.9999")
MAX_PLAN_MONTHS = 36

CAPACITIES = Repository(CentreCapacity, what="capacity entry", unit="centre_code")
DEMANDS = Repository(DemandLine, what="demand line", unit="centre_code")
#: Plan versions (not scoped: a plan de charge covers the centres it names).
PLANS = Repository(WorkloadPlan, what="plan version", unit=None)


class NotAComputingCentre(UnprocessableEntity):
    type_slug = "not-a-computing-centre"
    title = "The plan de charge covers the national computing centres (CNI) only"


class InvalidPlanPeriod(UnprocessableEntity):
    type_slug = "invalid-plan-period"
    title = "The plan period is empty or too long"


class DuplicateCapacity(BusinessRuleViolation):
    type_slug = "duplicate-capacity"
    title = "The centre has a capacity entry for that month already"


class OperationDemandReadOnly(BusinessRuleViolation):
    type_slug = "operation-demand-read-only"
    title = "Demand from a statistical operation follows production's schedule"


class DraftExists(BusinessRuleViolation):
    type_slug = "draft-exists"
    title = "This plan has a draft version already"


class PublishedPlanImmutable(BusinessRuleViolation):
    type_slug = "published-plan-immutable"
    title = "A published plan version is never edited: create a new version"


def _require_centre(tree: OrgTree, code: str, month: str) -> None:
    day = month_start(month)
    tree.require(code, day)
    if code not in computing_centres(tree, day):
        raise NotAComputingCentre(f"{code} is not a national computing centre (CNI)")


# --- capacity entries ----------------------------------------------------------------------


async def create_capacity(
    session: AsyncSession, *, tree: OrgTree, scope: OrgScope, body: CapacityCreate
) -> CentreCapacity:
    _require_centre(tree, body.centre_code, body.month)
    scope.check(body.centre_code)
    stmt = select(CentreCapacity.id).where(
        CentreCapacity.centre_code == body.centre_code, CentreCapacity.month == body.month
    )
    if (await session.exec(stmt)).first() is not None:
        raise DuplicateCapacity(f"{body.centre_code} has an entry for {body.month}: update it")
    entry = CentreCapacity(**body.model_dump(), updated_at=utcnow())
    session.add(entry)
    await session.flush()
    return entry


async def list_capacities(
    session: AsyncSession,
    *,
    scope: OrgScope,
    centre_code: str | None,
    month: str | None,
    limit: int,
    cursor: str | None,
    listing: Listing | None = None,
) -> tuple[list[CentreCapacity], str | None]:
    stmt = scope.apply(select(CentreCapacity), col(CentreCapacity.centre_code))
    if centre_code:
        stmt = stmt.where(CentreCapacity.centre_code == centre_code)
    if month:
        stmt = stmt.where(CentreCapacity.month == month)
    return await paginate(
        session,
        stmt,
        order_by=[col(CentreCapacity.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )


async def update_capacity(
    session: AsyncSession, *, entry: CentreCapacity, body: CapacityUpdate
) -> CentreCapacity:
    if CAPACITIES.patch(entry, body):
        entry.updated_at = utcnow()
    await session.flush()
    return entry


# --- demand lines --------------------------------------------------------------------------


async def create_demand(
    session: AsyncSession, *, tree: OrgTree, scope: OrgScope, body: DemandCreate
) -> DemandLine:
    """A project's demand on a centre in a month (own entry of the DI)."""
    _require_centre(tree, body.centre_code, body.month)
    scope.check(body.centre_code)
    now = utcnow()
    line = DemandLine(
        **body.model_dump(), source=DemandSource.project.value, created_at=now, updated_at=now
    )
    session.add(line)
    await session.flush()
    return line


async def list_demands(
    session: AsyncSession,
    *,
    scope: OrgScope,
    centre_code: str | None,
    month: str | None,
    source: DemandSource | None,
    operation_id: str | None,
    limit: int,
    cursor: str | None,
    listing: Listing | None = None,
) -> tuple[list[DemandLine], str | None]:
    stmt = scope.apply(select(DemandLine), col(DemandLine.centre_code))
    if centre_code:
        stmt = stmt.where(DemandLine.centre_code == centre_code)
    if month:
        stmt = stmt.where(DemandLine.month == month)
    if source:
        stmt = stmt.where(DemandLine.source == source.value)
    if operation_id:
        stmt = stmt.where(DemandLine.operation_id == operation_id)
    return await paginate(
        session, stmt, order_by=[col(DemandLine.id)], limit=limit, cursor=cursor, listing=listing
    )


def _own(line: DemandLine) -> None:
    if line.source == DemandSource.operation.value:
        raise OperationDemandReadOnly(
            f"demand line {line.id} comes from operation {line.operation_id}: it changes when "
            "production reschedules the operation"
        )


async def update_demand(
    session: AsyncSession, *, line: DemandLine, body: DemandUpdate
) -> DemandLine:
    _own(line)
    if DEMANDS.patch(line, body):
        line.updated_at = utcnow()
    await session.flush()
    return line


async def delete_demand(session: AsyncSession, *, line: DemandLine) -> None:
    _own(line)
    await session.delete(line)
    await session.flush()


async def on_operation_scheduled(session: AsyncSession, data: OperationScheduledV1) -> None:
    """The IT needs of an operation's phases become demand lines; a new revision replaces
    the previous one's lines, an older revision is ignored."""
    stmt = select(func.max(DemandLine.operation_revision)).where(
        DemandLine.operation_id == data.operation_id
    )
    known = (await session.exec(stmt)).one()
    if known is not None and known > data.revision:
        log.info("stale_operation_revision", operation_id=data.operation_id, revision=data.revision)
        return
    tree = org_tree_of(session)
    now = utcnow()
    lines: list[DemandLine] = []
    for phase in data.phases:
        for need in phase.it_workload:
            if need.person_days <= 0:
                continue
            if tree.get(need.centre_code, month_start(need.month)) is None:
                raise ValueError(
                    f"operation {data.operation_id} asks work of unknown centre {need.centre_code}"
                )
            lines.append(
                DemandLine(
                    centre_code=need.centre_code,
                    month=need.month,
                    person_days=need.person_days.quantize(CENT),
                    source=DemandSource.operation.value,
                    project=data.name[:200],
                    operation_id=data.operation_id,
                    operation_revision=data.revision,
                    phase_code=phase.phase_code[:40],
                    description=f"{data.name} — {phase.name}"[:500],
                    created_at=now,
                    updated_at=now,
                )
            )
    await session.exec(
        delete(DemandLine).where(
            col(DemandLine.operation_id) == data.operation_id,
            col(DemandLine.source) == DemandSource.operation.value,
        )
    )
    session.add_all(lines)
    await session.flush()


# --- load computation ----------------------------------------------------------------------


def load_of(capacity: Decimal, demand: Decimal) -> Decimal:
    """demand / capacity to 4 places (1.0000 = 100 %)."""
    if capacity > 0:
        return (demand / capacity).quantize(LOAD_PLACES, rounding=ROUND_HALF_UP)
    return Decimal("0.0000") if demand == 0 else LOAD_WITHOUT_CAPACITY


async def compute(
    session: AsyncSession, *, centres: Sequence[str], months: Sequence[str]
) -> list[LoadLine]:
    """Capacity (allocated staff × quotité × jours ouvrés + extra), demand and load."""
    if not centres or not months:
        return []
    staff: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
    stmt = (
        select(  # type: ignore[call-overload]  # 6 columns > sqlmodel overloads
            StaffAllocation.centre_code,
            StaffAllocation.month,
            StaffAllocation.share,
            StaffMember.quotite,
            StaffMember.start_date,
            StaffMember.end_date,
        )
        .join(StaffMember, col(StaffMember.agent_id) == col(StaffAllocation.agent_id))
        .where(
            col(StaffAllocation.centre_code).in_(list(centres)),
            col(StaffAllocation.month).in_(list(months)),
        )
    )
    for centre, month, share, quotite, start, end in (await session.exec(stmt)).all():
        if start > month_end(month) or (end is not None and end < month_start(month)):
            continue
        staff[(centre, month)] += share * quotite * working_days(month)
    entries = {
        (c.centre_code, c.month): c
        for c in (
            await session.exec(
                select(CentreCapacity).where(
                    col(CentreCapacity.centre_code).in_(list(centres)),
                    col(CentreCapacity.month).in_(list(months)),
                )
            )
        ).all()
    }
    demand_stmt = (
        select(DemandLine.centre_code, DemandLine.month, func.sum(DemandLine.person_days))
        .where(
            col(DemandLine.centre_code).in_(list(centres)),
            col(DemandLine.month).in_(list(months)),
        )
        .group_by(col(DemandLine.centre_code), col(DemandLine.month))
    )
    demand = {
        (centre, month): Decimal(str(total))
        for centre, month, total in (await session.exec(demand_stmt)).all()
    }
    lines: list[LoadLine] = []
    for centre in centres:
        for month in months:
            entry = entries.get((centre, month))
            staff_days = staff[(centre, month)].quantize(CENT, rounding=ROUND_HALF_UP)
            extra = entry.extra_person_days if entry else Decimal("0")
            capacity = (staff_days + extra).quantize(CENT)
            asked = demand.get((centre, month), Decimal("0")).quantize(CENT)
            load = load_of(capacity, asked)
            lines.append(
                LoadLine(
                    centre_code=centre,
                    month=month,
                    staff_person_days=staff_days,
                    extra_person_days=Decimal(extra).quantize(CENT),
                    capacity=capacity,
                    demand=asked,
                    load=load,
                    infrastructure_headroom_pct=entry.infrastructure_headroom_pct
                    if entry
                    else None,
                    over_capacity=load > 1,
                )
            )
    return lines


def plan_period(first: str, last: str) -> list[str]:
    months = months_between(first, last)
    if not months:
        raise InvalidPlanPeriod(f"the plan ends ({last}) before it starts ({first})")
    if len(months) > MAX_PLAN_MONTHS:
        raise InvalidPlanPeriod(f"a plan covers at most {MAX_PLAN_MONTHS} months")
    return months


def plan_centres(tree: OrgTree, codes: list[str] | None, first: str) -> list[str]:
    if codes is None:
        return computing_centres(tree, month_start(first))
    for code in codes:
        _require_centre(tree, code, first)
    return sorted(set(codes))


# --- plan versions -------------------------------------------------------------------------


def centres_of(plan: WorkloadPlan) -> list[str]:
    return [c for c in plan.centres.split(",") if c]


async def _recompute(session: AsyncSession, plan: WorkloadPlan) -> None:
    assert plan.id is not None
    await session.exec(delete(PlanLine).where(col(PlanLine.plan_id) == plan.id))
    lines = await compute(
        session,
        centres=centres_of(plan),
        months=months_between(plan.first_month, plan.last_month),
    )
    session.add_all(PlanLine(plan_id=plan.id, **line.model_dump()) for line in lines)
    plan.computed_at = utcnow()
    await session.flush()


async def create_plan(
    session: AsyncSession, *, tree: OrgTree, body: PlanCreate, author: str
) -> WorkloadPlan:
    """A new draft version of the plan ``code``, computed from today's capacity and demand."""
    plan_period(body.first_month, body.last_month)
    centres = plan_centres(tree, body.centre_codes, body.first_month)
    versions = (
        await session.exec(select(WorkloadPlan).where(WorkloadPlan.code == body.code))
    ).all()
    draft = next((v for v in versions if v.status == PlanStatus.draft.value), None)
    if draft is not None:
        raise DraftExists(
            f"plan {body.code} has draft version {draft.number} (id {draft.id}): edit or publish it"
        )
    now = utcnow()
    plan = WorkloadPlan(
        code=body.code,
        number=max((v.number for v in versions), default=0) + 1,
        first_month=body.first_month,
        last_month=body.last_month,
        centres=",".join(centres),
        status=PlanStatus.draft.value,
        note=body.note,
        created_by=author[:120],
        created_at=now,
        computed_at=now,
    )
    session.add(plan)
    await session.flush()
    await _recompute(session, plan)
    return plan


async def list_plans(
    session: AsyncSession,
    *,
    code: str | None,
    status: PlanStatus | None,
    limit: int,
    cursor: str | None,
    listing: Listing | None = None,
) -> tuple[list[WorkloadPlan], str | None]:
    stmt = select(WorkloadPlan)
    if code:
        stmt = stmt.where(WorkloadPlan.code == code)
    if status:
        stmt = stmt.where(WorkloadPlan.status == status.value)
    return await paginate(
        session, stmt, order_by=[col(WorkloadPlan.id)], limit=limit, cursor=cursor, listing=listing
    )


async def plan_lines(session: AsyncSession, plan_id: int) -> list[PlanLine]:
    stmt = (
        select(PlanLine)
        .where(PlanLine.plan_id == plan_id)
        .order_by(col(PlanLine.centre_code), col(PlanLine.month))
    )
    return list((await session.exec(stmt)).all())


async def over_counts(session: AsyncSession, plan_ids: list[int]) -> dict[int, int]:
    if not plan_ids:
        return {}
    stmt = (
        select(PlanLine.plan_id, func.count())
        .where(col(PlanLine.plan_id).in_(plan_ids), col(PlanLine.over_capacity).is_(True))
        .group_by(col(PlanLine.plan_id))
    )
    return {pid: int(n) for pid, n in (await session.exec(stmt)).all()}


def _draft_only(plan: WorkloadPlan) -> None:
    if plan.status != PlanStatus.draft.value:
        raise PublishedPlanImmutable(
            f"plan {plan.code} version {plan.number} is {plan.status}: create a new version"
        )


async def update_plan(
    session: AsyncSession, *, tree: OrgTree, plan: WorkloadPlan, body: PlanUpdate
) -> WorkloadPlan:
    """Change a draft's period, centres or note; its lines are recomputed."""
    _draft_only(plan)
    changes = body.model_dump(exclude_unset=True)
    first = changes.get("first_month") or plan.first_month
    last = changes.get("last_month") or plan.last_month
    plan_period(first, last)
    centres = {}
    if "centre_codes" in changes:  # null: the computing centres, as at creation
        centres["centres"] = ",".join(plan_centres(tree, changes["centre_codes"], first))
    if PLANS.patch(plan, body, exclude={"centre_codes"}):
        for name, value in centres.items():
            setattr(plan, name, value)
    else:  # only the centres, or nothing: still a recomputation, version + 1
        PLANS.update(plan, **centres)
    await _recompute(session, plan)
    return plan


async def recompute_plan(session: AsyncSession, *, plan: WorkloadPlan) -> WorkloadPlan:
    """Refresh a draft's lines from today's capacity and demand."""
    _draft_only(plan)
    PLANS.update(plan)
    await _recompute(session, plan)
    return plan


async def delete_plan(session: AsyncSession, *, plan: WorkloadPlan) -> None:
    """Drop a draft (published versions are kept for ever)."""
    _draft_only(plan)
    await session.exec(delete(PlanLine).where(col(PlanLine.plan_id) == plan.id))
    await session.delete(plan)
    await session.flush()


async def publish_plan(session: AsyncSession, *, plan: WorkloadPlan, author: str) -> WorkloadPlan:
    """Freeze the draft as it was computed, supersede the previous published version, emit
    ``workload.planned`` per line and ``it.capacity_alert`` per line above 100 %."""
    _draft_only(plan)
    previous = (
        await session.exec(
            select(WorkloadPlan).where(
                WorkloadPlan.code == plan.code, WorkloadPlan.status == PlanStatus.published.value
            )
        )
    ).all()
    for old in previous:
        PLANS.update(old, status=PlanStatus.superseded.value)
        plan.supersedes_id = old.id
    PLANS.update(
        plan,
        status=PlanStatus.published.value,
        published_at=utcnow(),
        published_by=author[:120],
    )
    await session.flush()
    for line in await plan_lines(session, plan.id or 0):
        await events.workload_planned(
            session,
            plan_code=plan.code,
            plan_version=plan.number,
            centre_code=line.centre_code,
            month=line.month,
            capacity=line.capacity,
            demand=line.demand,
            load=line.load,
        )
        if line.over_capacity:
            await events.capacity_alert(
                session,
                plan_code=plan.code,
                centre_code=line.centre_code,
                month=line.month,
                load=line.load,
            )
    return plan
