"""Mise en réserve: apply the year's rates, dégel, surgel, annulation; the operations list."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, status

from budget_svc.allocations.service import ALLOCATIONS
from budget_svc.common import actor
from budget_svc.reserve import service
from budget_svc.reserve.models import ReserveOperation
from budget_svc.reserve.schemas import (
    ReserveApply,
    ReserveKind,
    ReserveOperationCreate,
    ReserveOperationPage,
    ReserveOperationPublic,
)
from sg_common.api import Cursor, Limit, Line, Listing, Sort
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import SessionDep
from sg_common.errors import problem_responses

router = APIRouter(tags=["reserve"])


@router.post(
    "/fiscal-years/{fiscal_year}/reserve",
    status_code=status.HTTP_201_CREATED,
    summary="Apply the mise en réserve: freeze the year's rate of every allocation (DPG)",
    responses=problem_responses(409),
)
async def apply_reserve(
    fiscal_year: int, body: ReserveApply, session: SessionDep, principal: Caller
) -> list[ReserveOperationPublic]:
    operations = await service.apply_reserve(
        session, fiscal_year=fiscal_year, reason=body.reason, by=actor(principal)
    )
    return [ReserveOperationPublic.model_validate(o) for o in operations]


@router.post(
    "/allocations/{allocation_id}/reserve-operations",
    status_code=status.HTTP_201_CREATED,
    summary="Dégel (release), surgel (extra freeze) or annulation (cancellation) (DPG)",
    responses=problem_responses(404, 409),
)
async def record_reserve_operation(
    allocation_id: int,
    body: ReserveOperationCreate,
    session: SessionDep,
    scope: Scope,
    principal: Caller,
) -> ReserveOperationPublic:
    allocation = await ALLOCATIONS.get(session, allocation_id, scope)
    operation = await service.record_operation(
        session,
        allocation=allocation,
        kind=body.kind,
        ae=body.ae,
        cp=body.cp,
        reason=body.reason,
        effective_on=body.effective_on,
        by=actor(principal),
    )
    return ReserveOperationPublic.model_validate(operation)


RESERVE_SORT = Sort(
    ReserveOperation, "fiscal_year", "unit_code", "kind", "ae", "cp", "effective_on", "recorded_at"
)


@router.get("/reserve-operations", summary="Reserve operations in your scope")
async def list_reserve_operations(
    listing: Annotated[Listing, RESERVE_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    allocation_id: int | None = None,
    unit_code: Line | None = None,
    fiscal_year: int | None = None,
    kind: ReserveKind | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> ReserveOperationPage:
    items, next_cursor = await service.OPERATIONS.page(
        session,
        scope,
        listing,
        ReserveOperationPublic,
        limit=limit,
        cursor=cursor,
        allocation_id=allocation_id,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        kind=kind,
    )
    return ReserveOperationPage(
        items=items,
        next_cursor=next_cursor,
        total=listing.total,
    )
