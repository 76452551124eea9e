"""Budget structure (programme 220) and fiscal years."""

from __future__ import annotations

from fastapi import APIRouter, Response, status

from budget_svc.structure import service
from budget_svc.structure.schemas import (
    FiscalYearCreate,
    FiscalYearPublic,
    FiscalYearUpdate,
    ProgrammePublic,
)
from sg_common.api import IfMatchHeader, check_if_match, set_etag
from sg_common.auth.permissions import Caller
from sg_common.deps import SessionDep
from sg_common.errors import problem_responses

router = APIRouter(tags=["structure"])


@router.get("/structure", summary="Programme 220: actions, sub-actions and budget titles")
async def get_structure(session: SessionDep, _r: Caller) -> ProgrammePublic:
    return await service.programme(session)


@router.get("/fiscal-years", summary="Fiscal years with their status and reserve rates")
async def list_fiscal_years(session: SessionDep, _r: Caller) -> list[FiscalYearPublic]:
    return [FiscalYearPublic.model_validate(y) for y in await service.list_years(session)]


@router.post(
    "/fiscal-years",
    status_code=status.HTTP_201_CREATED,
    summary="Open a fiscal year",
    responses=problem_responses(409),
)
async def create_fiscal_year(
    body: FiscalYearCreate, session: SessionDep, response: Response, _m: Caller
) -> FiscalYearPublic:
    year = await service.create_year(session, body=body)
    set_etag(response, year.version)
    return FiscalYearPublic.model_validate(year)


@router.get("/fiscal-years/{year}", responses=problem_responses(404))
async def get_fiscal_year(
    year: int, session: SessionDep, response: Response, _r: Caller
) -> FiscalYearPublic:
    found = await service.YEARS.get(session, year)
    set_etag(response, found.version)
    return FiscalYearPublic.model_validate(found)


@router.patch(
    "/fiscal-years/{year}",
    summary="Close or reopen a year, change its reserve rates",
    responses=problem_responses(404, 412, 428),
)
async def update_fiscal_year(
    year: int,
    body: FiscalYearUpdate,
    session: SessionDep,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> FiscalYearPublic:
    found = await service.YEARS.get(session, year)
    check_if_match(if_match, found.version)
    found = await service.update_year(session, year=found, body=body)
    set_etag(response, found.version)
    return FiscalYearPublic.model_validate(found)
