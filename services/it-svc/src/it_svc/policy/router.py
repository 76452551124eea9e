"""IT policy endpoints: the catalogue of standards and the compliance report per unit."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response, status

from it_svc.inventory.schemas import ItemKind
from it_svc.policy import service
from it_svc.policy.models import CatalogueStandard
from it_svc.policy.schemas import (
    StandardCreate,
    StandardPage,
    StandardPublic,
    StandardStatus,
    StandardUpdate,
    UnitCompliance,
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
from sg_common.deps import SessionDep
from sg_common.errors import problem_responses

router = APIRouter(prefix="/policy", tags=["policy"])


@router.post("/standards", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_standard(
    body: StandardCreate, session: SessionDep, response: Response, _m: Caller
) -> StandardPublic:
    """Add a hardware model or software version to the catalogue (DI only)."""
    standard = await service.create_standard(session, body=body)
    set_etag(response, standard.version)
    return StandardPublic.model_validate(standard)


STANDARD_SORT = Sort(CatalogueStandard, "kind", "model", "status", "created_at")


@router.get("/standards", summary="The catalogue of standards")
async def list_standards(
    listing: Annotated[Listing, STANDARD_SORT],
    session: SessionDep,
    _r: Caller,
    kind: ItemKind | None = None,
    status: StandardStatus | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> StandardPage:
    rows, next_cursor = await service.list_standards(
        session, kind=kind, status=status, limit=limit, cursor=cursor, listing=listing
    )
    return StandardPage(
        items=[StandardPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/standards/{standard_id}", responses=problem_responses(404))
async def get_standard(
    standard_id: int, session: SessionDep, response: Response, _r: Caller
) -> StandardPublic:
    standard = await service.STANDARDS.get(session, standard_id)
    set_etag(response, standard.version)
    return StandardPublic.model_validate(standard)


@router.patch("/standards/{standard_id}", responses=problem_responses(404, 412, 428))
async def update_standard(
    standard_id: int,
    body: StandardUpdate,
    session: SessionDep,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> StandardPublic:
    standard = await service.STANDARDS.get(session, standard_id)
    check_if_match(if_match, standard.version)
    standard = await service.update_standard(session, standard=standard, body=body)
    set_etag(response, standard.version)
    return StandardPublic.model_validate(standard)


@router.get("/compliance", summary="Items outside the catalogue, per unit")
async def compliance_report(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
) -> list[UnitCompliance]:
    return await service.compliance(session, scope=scope, unit_code=unit_code)
