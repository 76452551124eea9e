"""Allocation requests, arbitration decisions, notification and allocations (dotations)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, Response, status
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

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
from budget_svc.ledger import service as ledger
from sg_common.api import (
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    paginate,
    set_etag,
)
from sg_common.auth import OrgScope
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import SessionDep
from sg_common.errors import NotFound, problem_responses

requests_router = APIRouter(prefix="/allocation-requests", tags=["allocation-requests"])
router = APIRouter(prefix="/allocations", tags=["allocations"])


async def request_in_scope(
    session: AsyncSession, request_id: int, scope: OrgScope
) -> AllocationRequest:
    stmt = scope.apply(
        select(AllocationRequest).where(AllocationRequest.id == request_id),
        col(AllocationRequest.unit_code),
    )
    found = (await session.exec(stmt)).first()
    if found is None:
        raise NotFound(f"allocation request {request_id} does not exist")
    return found


async def allocation_in_scope(
    session: AsyncSession, allocation_id: int, scope: OrgScope
) -> Allocation:
    stmt = scope.apply(
        select(Allocation).where(Allocation.id == allocation_id), col(Allocation.unit_code)
    )
    found = (await session.exec(stmt)).first()
    if found is None:
        raise NotFound(f"allocation {allocation_id} does not exist")
    return found


async def allocation_public(
    session: AsyncSession, allocations: list[Allocation]
) -> list[AllocationPublic]:
    frozen = await ledger.allocations_frozen(session, [a.id for a in allocations if a.id])
    return [
        AllocationPublic.model_validate(
            {
                **a.model_dump(),
                "frozen_ae": frozen[a.id][0],  # type: ignore[index]
                "frozen_cp": frozen[a.id][1],  # type: ignore[index]
            }
        )
        for a in allocations
    ]


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
    request: Request,
    response: Response,
    principal: Caller,
) -> AllocationRequestPublic:
    request.app.state.org_tree.require(body.unit_code)
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
    stmt = scope.apply(select(AllocationRequest), col(AllocationRequest.unit_code))
    if unit_code is not None:
        stmt = stmt.where(AllocationRequest.unit_code == unit_code)
    if fiscal_year is not None:
        stmt = stmt.where(AllocationRequest.fiscal_year == fiscal_year)
    if status is not None:
        stmt = stmt.where(AllocationRequest.status == status.value)
    if decision is not None:
        stmt = stmt.where(AllocationRequest.decision == decision.value)
    rows, next_cursor = await paginate(
        session,
        stmt,
        order_by=[col(AllocationRequest.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return AllocationRequestPage(
        items=[AllocationRequestPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@requests_router.get("/{request_id}", responses=problem_responses(404))
async def get_allocation_request(
    request_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> AllocationRequestPublic:
    found = await request_in_scope(session, request_id, scope)
    set_etag(response, found.version)
    return AllocationRequestPublic.model_validate(found)


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
    found = await request_in_scope(session, request_id, scope)
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
    found = await request_in_scope(session, request_id, scope)
    check_if_match(if_match, found.version)
    allocation = await service.notify(session, request=found, by=actor(principal))
    return (await allocation_public(session, [allocation]))[0]


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Notify a dotation without a request (DPG)",
    responses=problem_responses(409),
)
async def create_allocation(
    body: AllocationCreate, session: SessionDep, request: Request, principal: Caller
) -> AllocationPublic:
    request.app.state.org_tree.require(body.unit_code)
    allocation = await service.allocate_directly(session, body=body, by=actor(principal))
    return (await allocation_public(session, [allocation]))[0]


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
    stmt = scope.apply(select(Allocation), col(Allocation.unit_code))
    if unit_code is not None:
        stmt = stmt.where(Allocation.unit_code == unit_code)
    if fiscal_year is not None:
        stmt = stmt.where(Allocation.fiscal_year == fiscal_year)
    if action is not None:
        stmt = stmt.where(Allocation.action == action)
    if title is not None:
        stmt = stmt.where(Allocation.title == title.value)
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Allocation.id)], limit=limit, cursor=cursor, listing=listing
    )
    return AllocationPage(
        items=await allocation_public(session, list(rows)),
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/{allocation_id}", responses=problem_responses(404))
async def get_allocation(
    allocation_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> AllocationPublic:
    found = await allocation_in_scope(session, allocation_id, scope)
    return (await allocation_public(session, [found]))[0]
