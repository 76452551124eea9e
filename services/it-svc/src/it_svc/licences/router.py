"""Licence endpoints: licences, seat assignments, expiry and over-use reports."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from it_svc.licences import service
from it_svc.licences.models import Licence
from it_svc.licences.schemas import (
    AssignmentCreate,
    AssignmentPublic,
    ExpiringLicence,
    LicenceCreate,
    LicencePage,
    LicencePublic,
    LicenceUpdate,
    LicenceUsage,
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

router = APIRouter(prefix="/licences", tags=["licences"])


def _public(licence: Licence, used: int) -> LicencePublic:
    return LicencePublic.model_validate(licence).model_copy(update={"seats_used": used})


@router.post("", status_code=status.HTTP_201_CREATED)
async def create_licence(
    body: LicenceCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    _w: Caller,
) -> LicencePublic:
    licence = await service.create_licence(session, tree=tree, scope=scope, body=body)
    set_etag(response, licence.version)
    return _public(licence, 0)


LICENCE_SORT = Sort(
    Licence,
    "unit_code",
    "software",
    "publisher",
    "licence_type",
    "seats",
    "expires_on",
    "created_at",
)


@router.get("", summary="List licences in scope")
async def list_licences(
    listing: Annotated[Listing, LICENCE_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    software: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> LicencePage:
    rows, next_cursor = await service.list_licences(
        session,
        scope=scope,
        unit_code=unit_code,
        software=software,
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    used = await service.seats_used(session, [r.id for r in rows if r.id is not None])
    return LicencePage(
        items=[_public(r, used.get(r.id or 0, 0)) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/reports/expiring", summary="Licences expiring soon")
async def expiring_licences(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    within_days: Annotated[int, Query(ge=0, le=3660)] = 90,
) -> list[ExpiringLicence]:
    return await service.expiring(session, scope=scope, within_days=within_days)


@router.get("/reports/over-use", summary="Licences used beyond their seats")
async def over_used_licences(
    session: SessionDep, scope: Scope, tree: OrgTreeDep, _r: Caller
) -> list[LicenceUsage]:
    return await service.over_use(session, tree=tree, scope=scope)


@router.get("/{licence_id}", responses=problem_responses(404))
async def get_licence(
    licence_id: int,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _r: Caller,
) -> LicencePublic:
    licence = await service.LICENCES.get(session, licence_id, scope)
    used = await service.seats_used(session, [licence_id])
    set_etag(response, licence.version)
    return _public(licence, used[licence_id])


@router.patch("/{licence_id}", responses=problem_responses(404, 409, 412, 428))
async def update_licence(
    licence_id: int,
    body: LicenceUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _w: Caller,
    if_match: IfMatchHeader = None,
) -> LicencePublic:
    licence = await service.LICENCES.get(session, licence_id, scope, lock=True)
    check_if_match(if_match, licence.version)
    licence = await service.update_licence(session, licence=licence, body=body)
    used = await service.seats_used(session, [licence_id])
    set_etag(response, licence.version)
    return _public(licence, used[licence_id])


@router.post(
    "/{licence_id}/assignments",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
)
async def assign_seat(
    licence_id: int,
    body: AssignmentCreate,
    session: SessionDep,
    scope: Scope,
    _w: Caller,
) -> AssignmentPublic:
    """Give a seat to an agent or a machine (409 ``licence-seats-exhausted`` when full)."""
    licence = await service.LICENCES.get(session, licence_id, scope, lock=True)
    assignment = await service.assign(session, scope=scope, licence=licence, body=body)
    return AssignmentPublic.model_validate(assignment)


@router.get("/{licence_id}/assignments", responses=problem_responses(404))
async def list_assignments(
    licence_id: int,
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    active_only: bool = True,
) -> list[AssignmentPublic]:
    licence = await service.LICENCES.get(session, licence_id, scope)
    rows = await service.list_assignments(session, licence=licence, active_only=active_only)
    return [AssignmentPublic.model_validate(r) for r in rows]


@router.delete(
    "/{licence_id}/assignments/{assignment_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=problem_responses(404),
)
async def release_seat(
    licence_id: int,
    assignment_id: int,
    session: SessionDep,
    scope: Scope,
    _w: Caller,
) -> None:
    """Free a seat (the assignment stays in the history with its release date)."""
    licence = await service.LICENCES.get(session, licence_id, scope, lock=True)
    await service.release(session, licence=licence, assignment_id=assignment_id)
