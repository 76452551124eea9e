"""Plan de charge endpoints: capacity entries, demand lines, the live load, plan versions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response, status

from it_svc.workload import service
from it_svc.workload.models import CentreCapacity, DemandLine, WorkloadPlan
from it_svc.workload.schemas import (
    CapacityCreate,
    CapacityPage,
    CapacityPublic,
    CapacityUpdate,
    DemandCreate,
    DemandPage,
    DemandPublic,
    DemandSource,
    DemandUpdate,
    LoadLine,
    PlanCreate,
    PlanDetail,
    PlanPage,
    PlanPublic,
    PlanStatus,
    PlanUpdate,
)
from sg_common.api import (
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.errors import problem_responses
from sg_common.months import Month

router = APIRouter(prefix="/workload", tags=["workload"])


def _plan_public(plan: WorkloadPlan, over: int) -> PlanPublic:
    return PlanPublic(
        id=plan.id or 0,
        code=plan.code,
        number=plan.number,
        first_month=plan.first_month,
        last_month=plan.last_month,
        centre_codes=service.centres_of(plan),
        status=PlanStatus(plan.status),
        note=plan.note,
        supersedes_id=plan.supersedes_id,
        created_by=plan.created_by,
        created_at=plan.created_at,
        computed_at=plan.computed_at,
        published_at=plan.published_at,
        published_by=plan.published_by,
        over_capacity_lines=over,
        version=plan.version,
    )


async def _plan_detail(session: SessionDep, plan: WorkloadPlan) -> PlanDetail:
    lines = [LoadLine.model_validate(x) for x in await service.plan_lines(session, plan.id or 0)]
    public = _plan_public(plan, sum(1 for x in lines if x.over_capacity))
    return PlanDetail(**public.model_dump(), lines=lines)


# --- capacity ------------------------------------------------------------------------------


@router.post("/capacities", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_capacity(
    body: CapacityCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _p: Caller,
) -> CapacityPublic:
    """Extra person-days and infrastructure headroom of a centre in a month."""
    entry = await service.create_capacity(session, tree=tree, scope=scope, body=body)
    set_etag(response, entry.version)
    return CapacityPublic.model_validate(entry)


CAPACITY_SORT = Sort(CentreCapacity, "centre_code", "month", "extra_person_days")


@router.get("/capacities", summary="Capacity entries of the centres")
async def list_capacities(
    listing: Annotated[Listing, CAPACITY_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    centre_code: Line | None = None,
    month: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CapacityPage:
    rows, next_cursor = await service.list_capacities(
        session,
        scope=scope,
        centre_code=centre_code,
        month=month,
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return CapacityPage(
        items=[CapacityPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/capacities/{capacity_id}", responses=problem_responses(404))
async def get_capacity(
    capacity_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> CapacityPublic:
    entry = await service.CAPACITIES.get(session, capacity_id, scope)
    set_etag(response, entry.version)
    return CapacityPublic.model_validate(entry)


@router.patch("/capacities/{capacity_id}", responses=problem_responses(404, 412, 428))
async def update_capacity(
    capacity_id: int,
    body: CapacityUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> CapacityPublic:
    entry = await service.CAPACITIES.get(session, capacity_id, scope)
    check_if_match(if_match, entry.version)
    entry = await service.update_capacity(session, entry=entry, body=body)
    set_etag(response, entry.version)
    return CapacityPublic.model_validate(entry)


# --- demand --------------------------------------------------------------------------------


@router.post("/demands", status_code=status.HTTP_201_CREATED)
async def create_demand(
    body: DemandCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _p: Caller,
) -> DemandPublic:
    """A project's demand on a centre in a month (operations' demand arrives by event)."""
    line = await service.create_demand(session, tree=tree, scope=scope, body=body)
    set_etag(response, line.version)
    return DemandPublic.model_validate(line)


DEMAND_SORT = Sort(DemandLine, "centre_code", "month", "person_days", "source", "project")


@router.get("/demands", summary="Demand lines of the centres")
async def list_demands(
    listing: Annotated[Listing, DEMAND_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    centre_code: Line | None = None,
    month: Line | None = None,
    source: DemandSource | None = None,
    operation_id: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> DemandPage:
    rows, next_cursor = await service.list_demands(
        session,
        scope=scope,
        centre_code=centre_code,
        month=month,
        source=source,
        operation_id=operation_id,
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return DemandPage(
        items=[DemandPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/demands/{demand_id}", responses=problem_responses(404))
async def get_demand(
    demand_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> DemandPublic:
    line = await service.DEMANDS.get(session, demand_id, scope)
    set_etag(response, line.version)
    return DemandPublic.model_validate(line)


@router.patch("/demands/{demand_id}", responses=problem_responses(404, 409, 412, 428))
async def update_demand(
    demand_id: int,
    body: DemandUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> DemandPublic:
    line = await service.DEMANDS.get(session, demand_id, scope)
    check_if_match(if_match, line.version)
    line = await service.update_demand(session, line=line, body=body)
    set_etag(response, line.version)
    return DemandPublic.model_validate(line)


@router.delete(
    "/demands/{demand_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404, 409),
)
async def delete_demand(demand_id: int, session: SessionDep, scope: Scope, _p: Caller) -> None:
    line = await service.DEMANDS.get(session, demand_id, scope)
    await service.delete_demand(session, line=line)


# --- live load -----------------------------------------------------------------------------


@router.get("/load", summary="Capacity, demand and load now", responses=problem_responses(422))
async def current_load(
    session: SessionDep,
    tree: OrgTreeDep,
    _p: Caller,
    first_month: Month,
    last_month: Month,
    centre_code: Line | None = None,
) -> list[LoadLine]:
    """The load computed from today's data, without creating a plan version."""
    months = service.plan_period(first_month, last_month)
    centres = service.plan_centres(tree, [centre_code] if centre_code else None, first_month)
    return await service.compute(session, centres=centres, months=months)


# --- plan versions -------------------------------------------------------------------------


@router.post("/plans", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_plan(
    body: PlanCreate, session: SessionDep, tree: OrgTreeDep, response: Response, principal: Caller
) -> PlanDetail:
    """A new draft version of a plan, computed from today's capacity and demand."""
    plan = await service.create_plan(session, tree=tree, body=body, author=principal.subject)
    set_etag(response, plan.version)
    return await _plan_detail(session, plan)


PLAN_SORT = Sort(
    WorkloadPlan, "code", "number", "first_month", "status", "created_at", "published_at"
)


@router.get("/plans", summary="Plan versions")
async def list_plans(
    listing: Annotated[Listing, PLAN_SORT],
    session: SessionDep,
    _p: Caller,
    code: Line | None = None,
    status: PlanStatus | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> PlanPage:
    rows, next_cursor = await service.list_plans(
        session, code=code, status=status, limit=limit, cursor=cursor, listing=listing
    )
    over = await service.over_counts(session, [r.id for r in rows if r.id is not None])
    return PlanPage(
        items=[_plan_public(r, over.get(r.id or 0, 0)) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/plans/{plan_id}", responses=problem_responses(404))
async def get_plan(plan_id: int, session: SessionDep, response: Response, _p: Caller) -> PlanDetail:
    plan = await service.PLANS.get(session, plan_id)
    set_etag(response, plan.version)
    return await _plan_detail(session, plan)


@router.patch("/plans/{plan_id}", responses=problem_responses(404, 409, 412, 428))
async def update_plan(
    plan_id: int,
    body: PlanUpdate,
    session: SessionDep,
    tree: OrgTreeDep,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> PlanDetail:
    """Change a draft (409 ``published-plan-immutable`` on a published version)."""
    plan = await service.PLANS.get(session, plan_id)
    check_if_match(if_match, plan.version)
    plan = await service.update_plan(session, tree=tree, plan=plan, body=body)
    set_etag(response, plan.version)
    return await _plan_detail(session, plan)


@router.post("/plans/{plan_id}/recompute", responses=problem_responses(404, 409, 412, 428))
async def recompute_plan(
    plan_id: int,
    session: SessionDep,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> PlanDetail:
    plan = await service.PLANS.get(session, plan_id)
    check_if_match(if_match, plan.version)
    plan = await service.recompute_plan(session, plan=plan)
    set_etag(response, plan.version)
    return await _plan_detail(session, plan)


@router.post("/plans/{plan_id}/publish", responses=problem_responses(404, 409, 412, 428))
async def publish_plan(
    plan_id: int,
    session: SessionDep,
    response: Response,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> PlanDetail:
    """Publish the draft: ``workload.planned`` per line, ``it.capacity_alert`` above 100 %."""
    plan = await service.PLANS.get(session, plan_id)
    check_if_match(if_match, plan.version)
    plan = await service.publish_plan(session, plan=plan, author=principal.subject)
    set_etag(response, plan.version)
    return await _plan_detail(session, plan)


@router.delete(
    "/plans/{plan_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404, 409),
)
async def delete_plan(plan_id: int, session: SessionDep, _p: Caller) -> None:
    plan = await service.PLANS.get(session, plan_id)
    await service.delete_plan(session, plan=plan)
