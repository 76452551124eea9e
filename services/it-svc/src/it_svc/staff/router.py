"""IT staff endpoints: the registry, skills, and allocations to centres and projects."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response, status

from it_svc.staff import service
from it_svc.staff.models import StaffAllocation, StaffMember
from it_svc.staff.schemas import (
    AllocationCreate,
    AllocationPage,
    AllocationPublic,
    AllocationUpdate,
    SkillCreate,
    SkillPublic,
    StaffDetail,
    StaffPage,
    StaffPublic,
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

router = APIRouter(prefix="/staff", tags=["staff"])
allocations = APIRouter(prefix="/staff-allocations", tags=["staff"])


MEMBER_SORT = Sort(StaffMember, "unit_code", "start_date", "end_date", "quotite", "category")


@router.get("", summary="The IT staff registry")
async def list_staff(
    listing: Annotated[Listing, MEMBER_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    active: bool | None = None,
    skill: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> StaffPage:
    rows, next_cursor = await service.list_members(
        session,
        scope=scope,
        unit_code=unit_code,
        active=active,
        skill=skill,
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return StaffPage(
        items=[StaffPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/{agent_id}", responses=problem_responses(404))
async def get_staff_member(
    agent_id: Line, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> StaffDetail:
    member = await service.MEMBERS.get(session, agent_id, scope)
    skills = await service.skills_of(session, agent_id)
    set_etag(response, member.version)
    return StaffDetail.model_validate(member).model_copy(
        update={"skills": [SkillPublic.model_validate(s) for s in skills]}
    )


@router.post(
    "/{agent_id}/skills", status_code=status.HTTP_201_CREATED, responses=problem_responses(404)
)
async def add_skill(
    agent_id: Line, body: SkillCreate, session: SessionDep, scope: Scope, _m: Caller
) -> SkillPublic:
    """Record a qualification assessed by the DI (skills from training arrive by event)."""
    member = await service.MEMBERS.get(session, agent_id, scope)
    return SkillPublic.model_validate(await service.add_skill(session, member=member, body=body))


@allocations.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_allocation(
    body: AllocationCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _p: Caller,
) -> AllocationPublic:
    """Allocate a share of an agent's month to a centre (409 ``over-allocation`` above 100 %)."""
    allocation = await service.create_allocation(session, tree=tree, scope=scope, body=body)
    set_etag(response, allocation.version)
    return AllocationPublic.model_validate(allocation)


STAFF_ALLOCATION_SORT = Sort(
    StaffAllocation, "agent_id", "month", "centre_code", "project", "share"
)


@allocations.get("", summary="Allocations of IT staff")
async def list_allocations(
    listing: Annotated[Listing, STAFF_ALLOCATION_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    agent_id: Line | None = None,
    month: Line | None = None,
    centre_code: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AllocationPage:
    rows, next_cursor = await service.list_allocations(
        session,
        scope=scope,
        agent_id=agent_id,
        month=month,
        centre_code=centre_code,
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return AllocationPage(
        items=[AllocationPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@allocations.get("/{allocation_id}", responses=problem_responses(404))
async def get_allocation(
    allocation_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> AllocationPublic:
    allocation = await service.ALLOCATIONS.get(session, allocation_id, scope)
    set_etag(response, allocation.version)
    return AllocationPublic.model_validate(allocation)


@allocations.patch("/{allocation_id}", responses=problem_responses(404, 409, 412, 428))
async def update_allocation(
    allocation_id: int,
    body: AllocationUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> AllocationPublic:
    allocation = await service.ALLOCATIONS.get(session, allocation_id, scope)
    check_if_match(if_match, allocation.version)
    allocation = await service.update_allocation(session, allocation=allocation, body=body)
    set_etag(response, allocation.version)
    return AllocationPublic.model_validate(allocation)


@allocations.delete(
    "/{allocation_id}", status_code=status.HTTP_204_NO_CONTENT, responses=problem_responses(404)
)
async def delete_allocation(
    allocation_id: int, session: SessionDep, scope: Scope, _p: Caller
) -> None:
    allocation = await service.ALLOCATIONS.get(session, allocation_id, scope)
    await service.delete_allocation(session, allocation=allocation)
