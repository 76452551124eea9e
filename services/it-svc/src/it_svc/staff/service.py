"""IT staff rules: the registry follows HR, skills follow training, allocations ≤ 100 %."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import structlog
from sqlalchemy import func
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.common import it_units
from it_svc.staff.models import StaffAllocation, StaffMember, StaffSkill
from it_svc.staff.schemas import AllocationCreate, AllocationUpdate, SkillCreate, SkillSource
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation, UnprocessableEntity
from sg_common.months import month_end, month_start
from sg_common.org import OrgTree, org_tree_of
from sg_common.repository import Repository
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1, TrainingCompletedV1

log = structlog.get_logger("it_svc.staff")

FULL = Decimal("1.00")

#: The IT staff registry, by agent (404 "IT staff member A123 does not exist").
MEMBERS = Repository(StaffMember, what="IT staff member", key="agent_id")
#: Allocations, scoped by the centre they are allocated to.
ALLOCATIONS = Repository(StaffAllocation, what="allocation", unit="centre_code")


class OverAllocation(BusinessRuleViolation):
    type_slug = "over-allocation"
    title = "An agent cannot be allocated above 100 % of a month"


class NotItStaff(BusinessRuleViolation):
    type_slug = "not-it-staff"
    title = "The agent is not IT staff in that month"


class NotAnItUnit(UnprocessableEntity):
    type_slug = "not-an-it-unit"
    title = "Staff are allocated to IT units (DI, CNI) only"


# --- registry ------------------------------------------------------------------------------


async def list_members(
    session: AsyncSession,
    *,
    scope: OrgScope,
    unit_code: str | None,
    active: bool | None,
    skill: str | None,
    limit: int,
    cursor: str | None,
    listing: Listing | None = None,
) -> tuple[list[StaffMember], str | None]:
    stmt = scope.apply(select(StaffMember), col(StaffMember.unit_code))
    if unit_code:
        stmt = stmt.where(StaffMember.unit_code == unit_code)
    if active is not None:
        stmt = stmt.where(StaffMember.active == active)
    if skill:
        stmt = stmt.where(
            col(StaffMember.agent_id).in_(
                select(StaffSkill.agent_id).where(func.lower(StaffSkill.skill) == skill.lower())
            )
        )
    return await paginate(
        session,
        stmt,
        order_by=[col(StaffMember.agent_id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )


async def skills_of(session: AsyncSession, agent_id: str) -> list[StaffSkill]:
    stmt = select(StaffSkill).where(StaffSkill.agent_id == agent_id).order_by(col(StaffSkill.id))
    return list((await session.exec(stmt)).all())


async def _upsert_skill(
    session: AsyncSession,
    *,
    agent_id: str,
    skill: str,
    source: SkillSource,
    acquired_on: date,
    expires_on: date | None,
    course_code: str | None = None,
    completion_id: str | None = None,
) -> StaffSkill:
    stmt = select(StaffSkill).where(StaffSkill.agent_id == agent_id, StaffSkill.skill == skill)
    row = (await session.exec(stmt)).first()
    if row is None:
        row = StaffSkill(
            agent_id=agent_id,
            skill=skill,
            source=source.value,
            acquired_on=acquired_on,
            expires_on=expires_on,
            course_code=course_code,
            completion_id=completion_id,
        )
    else:  # renewed: the latest acquisition wins
        row.source = source.value
        row.acquired_on = acquired_on
        row.expires_on = expires_on
        row.course_code = course_code
        row.completion_id = completion_id
    session.add(row)
    await session.flush()
    return row


async def add_skill(session: AsyncSession, *, member: StaffMember, body: SkillCreate) -> StaffSkill:
    """Record a qualification assessed by the DI (not from a training course)."""
    return await _upsert_skill(
        session,
        agent_id=member.agent_id,
        skill=body.skill.strip().lower(),
        source=SkillSource.manual,
        acquired_on=body.acquired_on,
        expires_on=body.expires_on,
    )


async def on_agent_assigned(session: AsyncSession, data: AgentAssignedV1) -> None:
    """An assignment to an IT unit enters the registry; one elsewhere takes the agent out."""
    tree = org_tree_of(session)
    member = await session.get(StaffMember, data.agent_id)
    if member is not None and member.start_date > data.start_date:
        log.info("older_assignment_ignored", agent_id=data.agent_id)
        return
    is_it = data.unit_code in it_units(tree, data.start_date)
    now = utcnow()
    if is_it:
        active = data.end_date is None or data.end_date >= today()
        if member is None:
            member = StaffMember(
                agent_id=data.agent_id,
                unit_code=data.unit_code,
                assignment_id=data.assignment_id,
                start_date=data.start_date,
                end_date=data.end_date,
                quotite=data.quotite,
                category=data.category,
                active=active,
                updated_at=now,
            )
        else:
            MEMBERS.update(
                member,
                unit_code=data.unit_code,
                assignment_id=data.assignment_id,
                start_date=data.start_date,
                end_date=data.end_date,
                quotite=data.quotite,
                category=data.category,
                active=active,
                updated_at=now,
            )
        session.add(member)
    elif member is not None and member.active:
        MEMBERS.update(
            member, active=False, end_date=data.start_date - timedelta(days=1), updated_at=now
        )
    await session.flush()


async def on_agent_left(session: AsyncSession, data: AgentLeftV1) -> None:
    """The agent left their IT unit: out of the registry (history kept)."""
    member = await session.get(StaffMember, data.agent_id)
    if member is None or member.unit_code != data.unit_code:
        return
    MEMBERS.update(member, active=False, end_date=data.left_on, updated_at=utcnow())
    await session.flush()


async def on_training_completed(session: AsyncSession, data: TrainingCompletedV1) -> None:
    """A course completed by IT staff adds its skills (the course code when it lists none)."""
    member = await session.get(StaffMember, data.agent_id)
    if member is None:
        tree = org_tree_of(session)
        if data.unit_code not in it_units(tree, data.completed_on):
            return
    skills = [s.strip().lower() for s in data.skills if s.strip()] or [data.course_code.lower()]
    for skill in dict.fromkeys(skills):
        await _upsert_skill(
            session,
            agent_id=data.agent_id,
            skill=skill[:80],
            source=SkillSource.training,
            acquired_on=data.completed_on,
            expires_on=data.certificate_expires_on,
            course_code=data.course_code,
            completion_id=data.completion_id,
        )


# --- allocations ---------------------------------------------------------------------------


async def _allocated(
    session: AsyncSession, agent_id: str, month: str, exclude_id: int | None = None
) -> Decimal:
    stmt = select(func.coalesce(func.sum(StaffAllocation.share), 0)).where(
        StaffAllocation.agent_id == agent_id, StaffAllocation.month == month
    )
    if exclude_id is not None:
        stmt = stmt.where(StaffAllocation.id != exclude_id)
    return Decimal(str((await session.exec(stmt)).one()))


def _check_total(agent_id: str, month: str, already: Decimal, share: Decimal) -> None:
    if already + share > FULL:
        free = max(FULL - already, Decimal("0"))
        raise OverAllocation(
            f"agent {agent_id} is allocated {already * 100:.0f} % in {month}: at most "
            f"{free * 100:.0f} % more can be allocated",
            extra={"allocated": f"{already:.2f}", "requested": f"{share:.2f}"},
        )


async def create_allocation(
    session: AsyncSession, *, tree: OrgTree, scope: OrgScope, body: AllocationCreate
) -> StaffAllocation:
    """Allocate a share of an agent's month to a centre; never above 100 % in total."""
    first, last = month_start(body.month), month_end(body.month)
    tree.require(body.centre_code, first)
    if body.centre_code not in it_units(tree, first):
        raise NotAnItUnit(f"{body.centre_code} is not an IT unit (DI, its divisions, the CNI)")
    scope.check(body.centre_code)
    stmt = select(StaffMember).where(StaffMember.agent_id == body.agent_id).with_for_update()
    member = (await session.exec(stmt)).first()
    if (
        member is None
        or member.start_date > last
        or (member.end_date is not None and member.end_date < first)
    ):
        raise NotItStaff(f"agent {body.agent_id} is not assigned to an IT unit in {body.month}")
    already = await _allocated(session, body.agent_id, body.month)
    _check_total(body.agent_id, body.month, already, body.share)
    now = utcnow()
    allocation = StaffAllocation(**body.model_dump(), created_at=now, updated_at=now)
    session.add(allocation)
    await session.flush()
    return allocation


async def list_allocations(
    session: AsyncSession,
    *,
    scope: OrgScope,
    agent_id: str | None,
    month: str | None,
    centre_code: str | None,
    limit: int,
    cursor: str | None,
    listing: Listing | None = None,
) -> tuple[list[StaffAllocation], str | None]:
    stmt = scope.apply(select(StaffAllocation), col(StaffAllocation.centre_code))
    if agent_id:
        stmt = stmt.where(StaffAllocation.agent_id == agent_id)
    if month:
        stmt = stmt.where(StaffAllocation.month == month)
    if centre_code:
        stmt = stmt.where(StaffAllocation.centre_code == centre_code)
    return await paginate(
        session,
        stmt,
        order_by=[col(StaffAllocation.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )


async def update_allocation(
    session: AsyncSession, *, allocation: StaffAllocation, body: AllocationUpdate
) -> StaffAllocation:
    """Change the share (still ≤ 100 % in total) or the project."""
    changes = body.model_dump(exclude_unset=True)
    if changes.get("share") is not None:
        lock = select(StaffMember).where(StaffMember.agent_id == allocation.agent_id)
        await session.exec(lock.with_for_update())
        already = await _allocated(session, allocation.agent_id, allocation.month, allocation.id)
        _check_total(allocation.agent_id, allocation.month, already, changes["share"])
    if ALLOCATIONS.patch(allocation, body):
        allocation.updated_at = utcnow()
    await session.flush()
    return allocation


async def delete_allocation(session: AsyncSession, *, allocation: StaffAllocation) -> None:
    await session.delete(allocation)
    await session.flush()
