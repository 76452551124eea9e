"""Agents, assignments (affectations), movements (mobilité) and career history."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, or_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents import events
from hr_svc.agents.models import Agent, Assignment, CareerEvent
from hr_svc.agents.schemas import (
    AgentCreate,
    AgentUpdate,
    AssignmentCreate,
    CareerKind,
    DepartureCreate,
    MovementCreate,
)
from hr_svc.staffing.service import POSTS
from sg_common.api import Listing, paginate
from sg_common.auth import OrgScope
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation, NotFound
from sg_common.org import OrgTree
from sg_common.repository import Repository

FULL_TIME = Decimal("1.00")

AGENTS = Repository(Agent, what="agent")
ASSIGNMENTS = Repository(Assignment, what="assignment")
#: career events; in scope when their unit moved to is (the movements list)
CAREER_EVENTS = Repository(CareerEvent, what="career event", unit="to_unit_code")


class DuplicateMatricule(BusinessRuleViolation):
    type_slug = "duplicate-matricule"
    title = "An agent with this matricule or login exists"


class QuotiteExceeded(BusinessRuleViolation):
    type_slug = "quotite-exceeded"
    title = "Overlapping assignments exceed 100 %"


class AgentAlreadyLeft(BusinessRuleViolation):
    type_slug = "agent-already-left"
    title = "The agent has left"


class AssignmentBeforeHire(BusinessRuleViolation):
    type_slug = "assignment-before-hire"
    title = "The assignment starts before the agent was hired"


class AssignmentAlreadyEnded(BusinessRuleViolation):
    type_slug = "assignment-already-ended"
    title = "The assignment already ends on or before that date"


class InvalidPeriod(BusinessRuleViolation):
    type_slug = "invalid-period"
    title = "The end date is before the start date"


class PostUnitMismatch(BusinessRuleViolation):
    type_slug = "post-unit-mismatch"
    title = "The post belongs to another unit or is not open"


class PostAlreadyFilled(BusinessRuleViolation):
    type_slug = "post-already-filled"
    title = "The post is filled over that period"


def _overlaps(start: date, end: date | None) -> list[ColumnElement[bool]]:
    """SQL conditions: an assignment overlapping [start, end] (end None = open)."""
    conditions: list[ColumnElement[bool]] = [
        or_(col(Assignment.end_date).is_(None), col(Assignment.end_date) >= start)
    ]
    if end is not None:
        conditions.append(col(Assignment.start_date) <= end)
    return conditions


def peak_quotite(existing: list[Assignment], start: date, end: date | None) -> Decimal:
    """The highest total quotité of ``existing`` on any day of [start, end]."""
    points = {start} | {a.start_date for a in existing if a.start_date > start}
    if end is not None:
        points = {p for p in points if p <= end}
    peak = Decimal(0)
    for day in points:
        total = sum(
            (
                a.quotite
                for a in existing
                if a.start_date <= day and (a.end_date is None or day <= a.end_date)
            ),
            Decimal(0),
        )
        peak = max(peak, total)
    return peak


async def list_agents(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    tree: OrgTree,
    unit_code: str | None,
    include_descendants: bool,
    active: bool | None,
    name: str | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[Agent], str | None]:
    """A page of the agents in ``scope``: of a unit (and its descendants), active or not on
    today, whose last name starts with ``name``."""
    stmt = scope.apply(select(Agent), col(Agent.unit_code))
    if unit_code is not None:
        if include_descendants:
            codes = tree.subtree_codes([unit_code])
            stmt = stmt.where(col(Agent.unit_code).in_(sorted(codes)))
        else:
            stmt = stmt.where(Agent.unit_code == unit_code)
    if active is True:
        stmt = stmt.where(or_(col(Agent.left_on).is_(None), col(Agent.left_on) >= today()))
    elif active is False:
        stmt = stmt.where(col(Agent.left_on) < today())
    if name:
        stmt = stmt.where(col(Agent.last_name).startswith(name))
    return await paginate(
        session, stmt, order_by=[col(Agent.id)], limit=limit, cursor=cursor, listing=listing
    )


def active_on(as_of: date) -> list[ColumnElement[bool]]:
    """SQL conditions: an assignment running on ``as_of``."""
    return [
        col(Assignment.start_date) <= as_of,
        or_(col(Assignment.end_date).is_(None), col(Assignment.end_date) >= as_of),
    ]


def movements_between(from_date: date | None, to_date: date | None) -> list[ColumnElement[bool]]:
    """SQL conditions: a movement (mobilité) effective within [from_date, to_date]."""
    conditions: list[ColumnElement[bool]] = [col(CareerEvent.kind) == CareerKind.moved.value]
    if from_date is not None:
        conditions.append(col(CareerEvent.effective_date) >= from_date)
    if to_date is not None:
        conditions.append(col(CareerEvent.effective_date) <= to_date)
    return conditions


async def get_agent_by_login(session: AsyncSession, *, login: str) -> Agent | None:
    """The agent whose directory login is ``login`` (the token's ``Principal.login``)."""
    return (await session.exec(select(Agent).where(Agent.login == login))).first()


async def own_agent(session: AsyncSession, *, login: str) -> Agent:
    """The caller's own agent record, by their login (404 when none is linked to it)."""
    agent = await get_agent_by_login(session, login=login)
    if agent is None:
        raise NotFound("no agent record is linked to your login")
    return agent


def _career(agent: Agent, kind: CareerKind, day: date, actor: str, **extra: object) -> CareerEvent:
    assert agent.id is not None
    return CareerEvent(
        agent_id=agent.id,
        kind=kind.value,
        effective_date=day,
        category=agent.category,
        corps=agent.corps,
        grade=agent.grade,
        echelon=agent.echelon,
        status=agent.status,
        created_at=utcnow(),
        created_by=actor,
        **extra,  # type: ignore[arg-type]
    )


async def create_agent(
    session: AsyncSession, *, data: AgentCreate, tree: OrgTree, scope: OrgScope, actor: str
) -> Agent:
    """Recrutement: record a new agent in a managing unit."""
    tree.require(data.unit_code, data.hired_on)
    scope.check(data.unit_code)
    conditions = [col(Agent.matricule) == data.matricule]
    if data.login:
        conditions.append(col(Agent.login) == data.login)
    clash = select(Agent).where(or_(*conditions))
    if (await session.exec(clash)).first() is not None:
        raise DuplicateMatricule(f"matricule {data.matricule} or login {data.login} is taken")
    agent = Agent(**data.model_dump(), created_at=utcnow())
    session.add(agent)
    await session.flush()
    session.add(
        _career(agent, CareerKind.hired, data.hired_on, actor, to_unit_code=agent.unit_code)
    )
    return agent


async def update_agent(
    session: AsyncSession, *, agent: Agent, data: AgentUpdate, actor: str
) -> Agent:
    """Change identity fields; a change of category, corps, grade, échelon or status is
    recorded in the career history at ``effective_date``."""
    changes = data.model_dump(exclude_unset=True, exclude={"effective_date"})
    if "login" in changes and changes["login"] and changes["login"] != agent.login:
        other = await get_agent_by_login(session, login=changes["login"])
        if other is not None:
            raise DuplicateMatricule(f"login {changes['login']} is taken")
    career_kind: CareerKind | None = None
    if any(
        k in changes and changes[k] != getattr(agent, k) for k in ("category", "corps", "grade")
    ):
        career_kind = CareerKind.promoted
    elif "echelon" in changes and changes["echelon"] != agent.echelon:
        career_kind = CareerKind.echelon
    elif "status" in changes and changes["status"] != agent.status:
        career_kind = CareerKind.status_changed
    AGENTS.patch(agent, data, exclude={"effective_date"})
    session.add(agent)
    if career_kind is not None:
        session.add(_career(agent, career_kind, data.effective_date or today(), actor))
    await session.flush()
    return agent


async def _agent_assignments(
    session: AsyncSession, agent_id: int, start: date, end: date | None
) -> list[Assignment]:
    stmt = select(Assignment).where(Assignment.agent_id == agent_id, *_overlaps(start, end))
    return list((await session.exec(stmt)).all())


async def _check_post(
    session: AsyncSession, post_id: int, unit_code: str, start: date, end: date | None
) -> None:
    post = await POSTS.get(session, post_id, lock=True)
    if (
        post.unit_code != unit_code
        or post.opened_on > start
        or (post.closed_on is not None and (end is None or end > post.closed_on))
    ):
        raise PostUnitMismatch(
            f"post {post.code} belongs to {post.unit_code} and is open from {post.opened_on}"
            f" to {post.closed_on or 'open-ended'}"
        )
    stmt = select(Assignment).where(Assignment.post_id == post_id, *_overlaps(start, end))
    holder = (await session.exec(stmt)).first()
    if holder is not None:
        raise PostAlreadyFilled(
            f"post {post.code} is held by agent {holder.agent_id} from {holder.start_date}"
            f" to {holder.end_date or 'open-ended'}"
        )


async def create_assignment(
    session: AsyncSession,
    *,
    agent: Agent,
    data: AssignmentCreate,
    tree: OrgTree,
    scope: OrgScope,
    actor: str,
) -> Assignment:
    """Affecter: add an assignment; overlapping assignments may not exceed 100 % in total."""
    assert agent.id is not None
    tree.require(data.unit_code, data.start_date)
    scope.check(data.unit_code)
    if agent.left_on is not None and (data.end_date is None or data.end_date > agent.left_on):
        raise AgentAlreadyLeft(f"agent {agent.id} left on {agent.left_on}")
    if data.start_date < agent.hired_on:
        raise AssignmentBeforeHire(
            f"agent {agent.id} was hired on {agent.hired_on}, after {data.start_date}"
        )
    await AGENTS.get(session, agent.id, lock=True)
    quotite = data.quotite if data.quotite is not None else agent.quotite
    existing = await _agent_assignments(session, agent.id, data.start_date, data.end_date)
    peak = peak_quotite(existing, data.start_date, data.end_date)
    if peak + quotite > FULL_TIME:
        raise QuotiteExceeded(
            f"agent {agent.id} is already assigned at {peak * 100:.0f} % over that period;"
            f" at most {(FULL_TIME - peak) * 100:.0f} % remains"
        )
    if data.post_id is not None:
        await _check_post(session, data.post_id, data.unit_code, data.start_date, data.end_date)
    assignment = Assignment(
        agent_id=agent.id,
        unit_code=data.unit_code,
        post_id=data.post_id,
        start_date=data.start_date,
        end_date=data.end_date,
        quotite=quotite,
        reason=data.reason,
        created_at=utcnow(),
        created_by=actor,
    )
    session.add(assignment)
    await session.flush()
    await events.agent_assigned(session, assignment, agent)
    return assignment


async def end_assignment(
    session: AsyncSession, *, assignment: Assignment, end_date: date, reason: str | None
) -> Assignment:
    """Fin d'affectation: set the last day (only ever brought forward) → ``agent.left``."""
    if end_date < assignment.start_date:
        raise InvalidPeriod(f"assignment {assignment.id} starts on {assignment.start_date}")
    if assignment.end_date is not None and assignment.end_date <= end_date:
        raise AssignmentAlreadyEnded(
            f"assignment {assignment.id} already ends on {assignment.end_date}"
        )
    assignment.end_date = end_date
    assignment.end_reason = reason
    session.add(assignment)
    await session.flush()
    await events.agent_left(session, assignment)
    return assignment


async def _end_open_assignments(
    session: AsyncSession, agent_id: int, last_day: date, reason: str | None
) -> None:
    stmt = (
        select(Assignment)
        .where(
            Assignment.agent_id == agent_id,
            or_(col(Assignment.end_date).is_(None), col(Assignment.end_date) > last_day),
        )
        .order_by(col(Assignment.id))
    )
    for assignment in (await session.exec(stmt)).all():
        if assignment.start_date > last_day:
            raise AssignmentAlreadyEnded(
                f"assignment {assignment.id} starts on {assignment.start_date}, after {last_day};"
                " end it first"
            )
        await end_assignment(session, assignment=assignment, end_date=last_day, reason=reason)


async def record_departure(
    session: AsyncSession, *, agent: Agent, data: DepartureCreate, actor: str
) -> Agent:
    """Départ (retraite, démission, fin de contrat): open assignments end on ``left_on``."""
    assert agent.id is not None
    if agent.left_on is not None:
        raise AgentAlreadyLeft(f"agent {agent.id} left on {agent.left_on}")
    if data.left_on < agent.hired_on:
        raise InvalidPeriod(f"agent {agent.id} was hired on {agent.hired_on}")
    await _end_open_assignments(session, agent.id, data.left_on, data.reason)
    AGENTS.update(agent, left_on=data.left_on, departure_reason=data.reason)
    session.add(agent)
    session.add(
        _career(
            agent,
            CareerKind.left,
            data.left_on,
            actor,
            from_unit_code=agent.unit_code,
            note=data.reason,
        )
    )
    await session.flush()
    return agent


async def move_agent(
    session: AsyncSession,
    *,
    agent: Agent,
    data: MovementCreate,
    tree: OrgTree,
    scope: OrgScope,
    actor: str,
) -> Assignment:
    """Mobilité: end the open assignments the day before, assign to the new unit."""
    assert agent.id is not None
    if agent.left_on is not None:
        raise AgentAlreadyLeft(f"agent {agent.id} left on {agent.left_on}")
    tree.require(data.to_unit_code, data.effective_date)
    scope.check(data.to_unit_code)
    await _end_open_assignments(
        session, agent.id, data.effective_date - timedelta(days=1), data.reason or "mobilité"
    )
    assignment = await create_assignment(
        session,
        agent=agent,
        data=AssignmentCreate(
            unit_code=data.to_unit_code,
            start_date=data.effective_date,
            quotite=data.quotite,
            post_id=data.post_id,
            reason=data.reason or "mobilité",
        ),
        tree=tree,
        scope=scope,
        actor=actor,
    )
    from_unit = agent.unit_code
    AGENTS.update(agent, unit_code=data.to_unit_code)
    session.add(agent)
    session.add(
        _career(
            agent,
            CareerKind.moved,
            data.effective_date,
            actor,
            from_unit_code=from_unit,
            to_unit_code=data.to_unit_code,
            note=data.reason,
        )
    )
    await session.flush()
    return assignment
