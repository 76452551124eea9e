"""HTTP API of the agents domain: agents, assignments, movements, career history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status
from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents import service
from hr_svc.agents.models import Agent, Assignment, CareerEvent
from hr_svc.agents.schemas import (
    AgentCreate,
    AgentPage,
    AgentPublic,
    AgentSummary,
    AgentUpdate,
    AssignmentCreate,
    AssignmentEnd,
    AssignmentPage,
    AssignmentPublic,
    CareerEventPage,
    CareerEventPublic,
    DepartureCreate,
    MovementCreate,
)
from hr_svc.agents.service import AGENTS, ASSIGNMENTS, CAREER_EVENTS
from hr_svc.delegations import service as delegations
from hr_svc.roles import sees_personal_data
from sg_common.api import (
    BusinessDate,
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    set_etag,
)
from sg_common.api.imports import ImportCall, add_import_route
from sg_common.auth.permissions import Caller, Scope
from sg_common.clock import today
from sg_common.deps import OrgTreeDep, SessionDep, get_org_tree
from sg_common.errors import problem_responses

router = APIRouter(tags=["agents"])


def agent_view(agent: Agent, personal: bool) -> AgentPublic | AgentSummary:
    """The HR view with personal data, or the minimal view."""
    active = agent.left_on is None or agent.left_on >= today()
    if personal:
        return AgentPublic.model_validate({**agent.model_dump(), "active": active})
    return AgentSummary(
        id=agent.id or 0,
        last_name=agent.last_name,
        first_name=agent.first_name,
        unit_code=agent.unit_code,
        active=active,
    )


def _public(agent: Agent) -> AgentPublic:
    view = agent_view(agent, True)
    assert isinstance(view, AgentPublic)
    return view


@router.post(
    "/agents",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(409),
    summary="Hire an agent (recrutement)",
)
async def create_agent(
    body: AgentCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
) -> AgentPublic:
    agent = await service.create_agent(
        session,
        data=body,
        tree=tree,
        scope=scope,
        actor=principal.subject,
    )
    set_etag(response, agent.version)
    response.headers["Location"] = f"/agents/{agent.id}"
    return _public(agent)


async def _import_agent(session: AsyncSession, body: AgentCreate, call: ImportCall) -> Agent:
    tree = get_org_tree(call.request)
    return await service.create_agent(
        session, data=body, tree=tree, scope=call.scope, actor=call.caller.subject
    )


add_import_route(
    router,
    "/agents/imports",
    name="import_agents",
    model=AgentCreate,
    create=_import_agent,
    summary="Import agents from a CSV or XLSX file (recrutements: all rows or none)",
    description="Each row is an agent as `POST /agents` takes it, under the same rules.",
)


AGENT_SORT = Sort(Agent, "last_name", "first_name", "unit_code")


@router.get("/agents", summary="List agents (minimal view unless HR)")
async def list_agents(
    listing: Annotated[Listing, AGENT_SORT],
    session: SessionDep,
    scope: Scope,
    request: Request,
    tree: OrgTreeDep,
    principal: Caller,
    unit_code: Annotated[Line | None, Query(max_length=32)] = None,
    include_descendants: bool = False,
    active: bool | None = None,
    name: Annotated[Line | None, Query(max_length=100, description="Last-name prefix.")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AgentPage:
    rows, next_cursor = await service.list_agents(
        session,
        scope,
        listing,
        tree=tree,
        unit_code=unit_code,
        include_descendants=include_descendants,
        active=active,
        name=name,
        limit=limit,
        cursor=cursor,
    )
    personal = sees_personal_data(request, principal)
    return AgentPage(
        items=[agent_view(a, personal) for a in rows], next_cursor=next_cursor, total=listing.total
    )


@router.get("/agents/me", responses=problem_responses(404), summary="My own agent record")
async def get_my_agent_record(session: SessionDep, principal: Caller) -> AgentPublic:
    agent = await service.own_agent(session, login=principal.login)
    return _public(agent)


@router.get(
    "/agents/{agent_id}",
    responses=problem_responses(404),
    summary="Read an agent (minimal view unless HR)",
)
async def get_agent(
    agent_id: int,
    session: SessionDep,
    scope: Scope,
    request: Request,
    response: Response,
    principal: Caller,
) -> AgentPublic | AgentSummary:
    agent = await AGENTS.get(session, agent_id, scope)
    personal = sees_personal_data(request, principal)
    if personal:
        set_etag(response, agent.version)
    return agent_view(agent, personal)


@router.patch("/agents/{agent_id}", responses=problem_responses(404, 409, 412, 428))
async def update_agent(
    agent_id: int,
    body: AgentUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> AgentPublic:
    agent = await AGENTS.get(session, agent_id, scope)
    check_if_match(if_match, agent.version)
    agent = await service.update_agent(session, agent=agent, data=body, actor=principal.subject)
    set_etag(response, agent.version)
    return _public(agent)


@router.post(
    "/agents/{agent_id}/departure",
    responses=problem_responses(404, 409),
    summary="Record a departure (open assignments end, délégations de signature too)",
)
async def record_departure(
    agent_id: int,
    body: DepartureCreate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    principal: Caller,
) -> AgentPublic:
    agent = await AGENTS.get(session, agent_id, scope)
    agent = await service.record_departure(session, agent=agent, data=body, actor=principal.subject)
    await delegations.end_on_departure(session, agent=agent)
    set_etag(response, agent.version)
    return _public(agent)


ASSIGNMENT_SORT = Sort(Assignment, "unit_code", "start_date", "end_date", "quotite")


@router.get("/agents/{agent_id}/assignments", responses=problem_responses(404))
async def list_agent_assignments(
    listing: Annotated[Listing, ASSIGNMENT_SORT],
    agent_id: int,
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AssignmentPage:
    await AGENTS.exists(session, agent_id, scope)
    items, next_cursor = await ASSIGNMENTS.page(
        session, None, listing, AssignmentPublic, limit=limit, cursor=cursor, agent_id=agent_id
    )
    return AssignmentPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.post(
    "/agents/{agent_id}/assignments",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Assign the agent to a unit (affectation)",
)
async def create_assignment(
    agent_id: int,
    body: AssignmentCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    principal: Caller,
) -> AssignmentPublic:
    agent = await AGENTS.get(session, agent_id, scope)
    assignment = await service.create_assignment(
        session,
        agent=agent,
        data=body,
        tree=tree,
        scope=scope,
        actor=principal.subject,
    )
    return AssignmentPublic.model_validate(assignment)


@router.post(
    "/agents/{agent_id}/movements",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Move the agent to another unit on a date (mobilité)",
)
async def move_agent(
    agent_id: int,
    body: MovementCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    principal: Caller,
) -> AssignmentPublic:
    agent = await AGENTS.get(session, agent_id, scope)
    assignment = await service.move_agent(
        session,
        agent=agent,
        data=body,
        tree=tree,
        scope=scope,
        actor=principal.subject,
    )
    return AssignmentPublic.model_validate(assignment)


CAREER_EVENT_SORT = Sort(CareerEvent, "kind", "effective_date", "grade", "echelon")


@router.get(
    "/agents/{agent_id}/career",
    responses=problem_responses(404),
    summary="Career path history (parcours professionnel)",
)
async def list_career_events(
    listing: Annotated[Listing, CAREER_EVENT_SORT],
    agent_id: int,
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CareerEventPage:
    await AGENTS.exists(session, agent_id, scope)
    items, next_cursor = await CAREER_EVENTS.page(
        session, None, listing, CareerEventPublic, limit=limit, cursor=cursor, agent_id=agent_id
    )
    return CareerEventPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/movements", summary="Movements (mobilités) into units in scope")
async def list_movements(
    listing: Annotated[Listing, CAREER_EVENT_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    from_date: BusinessDate | None = None,
    to_date: BusinessDate | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CareerEventPage:
    items, next_cursor = await CAREER_EVENTS.page(
        session,
        scope,
        listing,
        CareerEventPublic,
        limit=limit,
        cursor=cursor,
        where=service.movements_between(from_date, to_date),
    )
    return CareerEventPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/assignments", summary="Assignments in units in scope, optionally as of a date")
async def list_assignments(
    listing: Annotated[Listing, ASSIGNMENT_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    unit_code: Annotated[Line | None, Query(max_length=32)] = None,
    as_of: BusinessDate | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AssignmentPage:
    items, next_cursor = await ASSIGNMENTS.page(
        session,
        scope,
        listing,
        AssignmentPublic,
        limit=limit,
        cursor=cursor,
        where=service.active_on(as_of) if as_of is not None else (),
        unit_code=unit_code,
    )
    return AssignmentPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.post(
    "/assignments/{assignment_id}/end",
    responses=problem_responses(404, 409),
    summary="End an assignment on a date (agent.left)",
)
async def end_assignment(
    assignment_id: int,
    body: AssignmentEnd,
    session: SessionDep,
    scope: Scope,
    _p: Caller,
) -> AssignmentPublic:
    assignment = await ASSIGNMENTS.get(session, assignment_id, scope)
    assignment = await service.end_assignment(
        session, assignment=assignment, end_date=body.end_date, reason=body.reason
    )
    return AssignmentPublic.model_validate(assignment)
