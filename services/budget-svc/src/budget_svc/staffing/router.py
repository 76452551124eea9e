"""Staff ceilings (plafond d'emplois) in ETPT, compared with the ETPT hr-svc reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response, status

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
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.errors import problem_responses

router = APIRouter(prefix="/staff-ceilings", tags=["staff-ceilings"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Set a unit's staff ceiling (ETPT) for a year",
    responses=problem_responses(409),
)
async def create_staff_ceiling(
    body: StaffCeilingCreate,
    session: SessionDep,
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
) -> StaffCeilingPublic:
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
    tree: OrgTreeDep,
    _r: Caller,
    unit_code: Line | None = None,
    fiscal_year: int | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> StaffCeilingPage:
    rows, next_cursor = await service.page_ceilings(
        session,
        scope,
        listing,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        limit=limit,
        cursor=cursor,
    )
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
    tree: OrgTreeDep,
    response: Response,
    _r: Caller,
) -> StaffCeilingPublic:
    ceiling = await service.CEILINGS.get(session, ceiling_id, scope)
    set_etag(response, ceiling.version)
    return await service.to_public(session, ceiling, tree)


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
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> StaffCeilingPublic:
    ceiling = await service.CEILINGS.get(session, ceiling_id, scope)
    check_if_match(if_match, ceiling.version)
    ceiling = await service.update_ceiling(session, ceiling=ceiling, body=body, by=actor(principal))
    set_etag(response, ceiling.version)
    return await service.to_public(session, ceiling, tree)
