"""Staff ceilings (plafond d'emplois) in ETPT, compared with the ETPT hr-svc reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, Response, status
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.common import actor
from budget_svc.staffing import service
from budget_svc.staffing.models import StaffCeiling
from budget_svc.staffing.schemas import (
    StaffCeilingCreate,
    StaffCeilingPage,
    StaffCeilingPublic,
    StaffCeilingUpdate,
)
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

router = APIRouter(prefix="/staff-ceilings", tags=["staff-ceilings"])


async def _get(session: AsyncSession, ceiling_id: int, scope: OrgScope) -> StaffCeiling:
    stmt = scope.apply(
        select(StaffCeiling).where(StaffCeiling.id == ceiling_id), col(StaffCeiling.unit_code)
    )
    found = (await session.exec(stmt)).first()
    if found is None:
        raise NotFound(f"staff ceiling {ceiling_id} does not exist")
    return found


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Set a unit's staff ceiling (ETPT) for a year",
    responses=problem_responses(409),
)
async def create_staff_ceiling(
    body: StaffCeilingCreate,
    session: SessionDep,
    request: Request,
    response: Response,
    principal: Caller,
) -> StaffCeilingPublic:
    tree = request.app.state.org_tree
    tree.require(body.unit_code)
    ceiling = await service.create_ceiling(session, body=body, by=actor(principal))
    set_etag(response, ceiling.version)
    return await service.to_public(session, ceiling, tree)


CEILING_SORT = Sort(StaffCeiling, "fiscal_year", "unit_code", "etpt_ceiling", "set_at")


@router.get("", summary="Staff ceilings in your scope, with the ETPT consumed")
async def list_staff_ceilings(
    listing: Annotated[Listing, CEILING_SORT],
    session: SessionDep,
    scope: Scope,
    request: Request,
    _r: Caller,
    unit_code: Line | None = None,
    fiscal_year: int | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> StaffCeilingPage:
    stmt = scope.apply(select(StaffCeiling), col(StaffCeiling.unit_code))
    if unit_code is not None:
        stmt = stmt.where(StaffCeiling.unit_code == unit_code)
    if fiscal_year is not None:
        stmt = stmt.where(StaffCeiling.fiscal_year == fiscal_year)
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(StaffCeiling.id)], limit=limit, cursor=cursor, listing=listing
    )
    tree = request.app.state.org_tree
    return StaffCeilingPage(
        items=[await service.to_public(session, r, tree) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/{ceiling_id}", responses=problem_responses(404))
async def get_staff_ceiling(
    ceiling_id: int,
    session: SessionDep,
    scope: Scope,
    request: Request,
    response: Response,
    _r: Caller,
) -> StaffCeilingPublic:
    ceiling = await _get(session, ceiling_id, scope)
    set_etag(response, ceiling.version)
    return await service.to_public(session, ceiling, request.app.state.org_tree)


@router.patch(
    "/{ceiling_id}",
    summary="Change a staff ceiling (If-Match)",
    responses=problem_responses(404, 409, 412, 428),
)
async def update_staff_ceiling(
    ceiling_id: int,
    body: StaffCeilingUpdate,
    session: SessionDep,
    scope: Scope,
    request: Request,
    response: Response,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> StaffCeilingPublic:
    ceiling = await _get(session, ceiling_id, scope)
    check_if_match(if_match, ceiling.version)
    ceiling = await service.update_ceiling(session, ceiling=ceiling, body=body, by=actor(principal))
    set_etag(response, ceiling.version)
    return await service.to_public(session, ceiling, request.app.state.org_tree)
