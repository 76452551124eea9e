"""Allocation requests, arbitration decisions, notification and allocations (dotations)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response, status

from budget_svc.allocations import service
from budget_svc.allocations.models import Allocation, AllocationRequest
from budget_svc.allocations.schemas import (
    AllocationCreate,
    AllocationPage,
    AllocationPublic,
    AllocationRequestCreate,
    AllocationRequestPage,
    AllocationRequestPublic,
    DecisionCreate,
    DecisionOutcome,
    RequestStatus,
)
from budget_svc.common import Title, actor
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

requests_router = APIRouter(prefix="/allocation-requests", tags=["allocation-requests"])
router = APIRouter(prefix="/allocations", tags=["allocations"])


@requests_router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Submit an allocation request (AE, CP, justification)",
    responses=problem_responses(409),
)
async def submit_request(
    body: AllocationRequestCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
) -> AllocationRequestPublic:
    tree.require(body.unit_code)
    scope.check(body.unit_code)
    created = await service.submit_request(session, body=body, by=actor(principal))
    set_etag(response, created.version)
    return AllocationRequestPublic.model_validate(created)


REQUEST_SORT = Sort(
    AllocationRequest,
    "fiscal_year",
    "unit_code",
    "action",
    "title",
    "requested_ae",
    "requested_cp",
    "status",
    "submitted_at",
    "decided_at",
)


@requests_router.get("", summary="List allocation requests in your scope")
async def list_allocation_requests(
    listing: Annotated[Listing, REQUEST_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    fiscal_year: int | None = None,
    status: RequestStatus | None = None,
    decision: DecisionOutcome | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AllocationRequestPage:
    items, next_cursor = await service.REQUESTS.page(
        session,
        scope,
        listing,
        AllocationRequestPublic,
        limit=limit,
        cursor=cursor,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        status=status,
        decision=decision,
    )
    return AllocationRequestPage(
        items=items,
        next_cursor=next_cursor,
        total=listing.total,
    )


@requests_router.get("/{request_id}", responses=problem_responses(404))
async def get_allocation_request(
    request_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> AllocationRequestPublic:
    found = await service.REQUESTS.read(session, request_id, scope, AllocationRequestPublic)
    set_etag(response, found.version)
    return found


@requests_router.post(
    "/{request_id}/decision",
    summary="Decide a request: grant, reduce or refuse, with a reason (DPG)",
    responses=problem_responses(404, 409, 412, 428),
)
async def decide_request(
    request_id: int,
    body: DecisionCreate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> AllocationRequestPublic:
    found = await service.REQUESTS.get(session, request_id, scope)
    check_if_match(if_match, found.version)
    decided = await service.decide(session, request=found, body=body, by=actor(principal))
    set_etag(response, decided.version)
    return AllocationRequestPublic.model_validate(decided)


@requests_router.post(
    "/{request_id}/notification",
    status_code=status.HTTP_201_CREATED,
    summary="Notify the decision: creates the allocation and emits budget.allocated (DPG)",
    responses=problem_responses(404, 409, 412, 428),
)
async def notify_request(
    request_id: int,
    session: SessionDep,
    scope: Scope,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> AllocationPublic:
    found = await service.REQUESTS.get(session, request_id, scope)
    check_if_match(if_match, found.version)
    allocation = await service.notify(session, request=found, by=actor(principal))
    return (await service.allocation_public(session, [allocation]))[0]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Notify a dotation without a request (DPG)",
    responses=problem_responses(409),
)
async def create_allocation(
    body: AllocationCreate, session: SessionDep, tree: OrgTreeDep, principal: Caller
) -> AllocationPublic:
    tree.require(body.unit_code)
    allocation = await service.allocate_directly(session, body=body, by=actor(principal))
    return (await service.allocation_public(session, [allocation]))[0]


ALLOCATION_SORT = Sort(
    Allocation, "fiscal_year", "unit_code", "action", "title", "ae", "cp", "notified_at"
)


@router.get("", summary="List allocations in your scope")
async def list_allocations(
    listing: Annotated[Listing, ALLOCATION_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    fiscal_year: int | None = None,
    action: Line | None = None,
    title: Title | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AllocationPage:
    rows, next_cursor = await service.page_allocations(
        session,
        scope,
        listing,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        action=action,
        title=title,
        limit=limit,
        cursor=cursor,
    )
    return AllocationPage(
        items=await service.allocation_public(session, rows),
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/{allocation_id}", responses=problem_responses(404))
async def get_allocation(
    allocation_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> AllocationPublic:
    found = await service.ALLOCATIONS.get(session, allocation_id, scope)
    return (await service.allocation_public(session, [found]))[0]
