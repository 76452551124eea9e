"""Forecasts (prévisions) of resources and their uses, with revision history and totals."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status
from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.common import Title, actor
from budget_svc.forecasts import service
from budget_svc.forecasts.models import Forecast
from budget_svc.forecasts.schemas import (
    ForecastAxis,
    ForecastCreate,
    ForecastPage,
    ForecastPublic,
    ForecastRevisionPublic,
    ForecastTotal,
    ForecastUpdate,
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
from sg_common.api.imports import ImportCall, add_import_route
from sg_common.auth import OrgScope, Principal
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import OrgTreeDep, SessionDep, get_org_tree
from sg_common.errors import problem_responses
from sg_common.org import OrgTree

router = APIRouter(prefix="/forecasts", tags=["forecasts"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Create a forecast line",
    responses=problem_responses(409),
)
async def create_forecast(
    body: ForecastCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
) -> ForecastPublic:
    forecast = await _create(session, body, tree, scope, principal)
    set_etag(response, forecast.version)
    return ForecastPublic.model_validate(forecast)


async def _create(
    session: AsyncSession,
    body: ForecastCreate,
    tree: OrgTree,
    scope: OrgScope,
    caller: Principal,
) -> Forecast:
    """A forecast line, for a known unit within the caller's scope (one create, two routes)."""
    tree.require(body.unit_code)
    scope.check(body.unit_code)
    return await service.create_forecast(session, body=body, by=actor(caller))


async def _import_forecast(
    session: AsyncSession, body: ForecastCreate, call: ImportCall
) -> Forecast:
    return await _create(session, body, get_org_tree(call.request), call.scope, call.caller)


add_import_route(
    router,
    "/imports",
    name="import_forecasts",
    model=ForecastCreate,
    create=_import_forecast,
    summary="Import forecast lines from a CSV or XLSX file (all rows or none)",
    description="Each row is a line as `POST /forecasts` takes it, under the same rules.",
)


FORECAST_SORT = Sort(
    Forecast, "fiscal_year", "unit_code", "action", "title", "ae", "cp", "created_at"
)


@router.get("", summary="List forecast lines in your scope")
async def list_forecasts(
    listing: Annotated[Listing, FORECAST_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    fiscal_year: int | None = None,
    action: Line | None = None,
    title: Title | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> ForecastPage:
    items, next_cursor = await service.FORECASTS.page(
        session,
        scope,
        listing,
        ForecastPublic,
        limit=limit,
        cursor=cursor,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        action=action,
        title=title,
    )
    return ForecastPage(
        items=items,
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/totals", summary="Forecast totals grouped by any axes")
async def forecast_totals(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    group_by: list[ForecastAxis] = Query(default=[]),
    fiscal_year: int | None = None,
    unit_code: Line | None = None,
) -> list[ForecastTotal]:
    return await service.totals(
        session, scope=scope, group_by=group_by, fiscal_year=fiscal_year, unit_code=unit_code
    )


@router.get("/{forecast_id}", responses=problem_responses(404))
async def get_forecast(
    forecast_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> ForecastPublic:
    found = await service.FORECASTS.read(session, forecast_id, scope, ForecastPublic)
    set_etag(response, found.version)
    return found


@router.patch(
    "/{forecast_id}",
    summary="Revise a forecast line (history kept)",
    responses=problem_responses(404, 409, 412, 428),
)
async def revise_forecast(
    forecast_id: int,
    body: ForecastUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> ForecastPublic:
    forecast = await service.FORECASTS.get(session, forecast_id, scope)
    check_if_match(if_match, forecast.version)
    forecast = await service.revise_forecast(
        session, forecast=forecast, body=body, by=actor(principal)
    )
    set_etag(response, forecast.version)
    return ForecastPublic.model_validate(forecast)


@router.get("/{forecast_id}/revisions", responses=problem_responses(404))
async def list_forecast_revisions(
    forecast_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> list[ForecastRevisionPublic]:
    await service.FORECASTS.exists(session, forecast_id, scope)
    return [
        ForecastRevisionPublic.model_validate(r)
        for r in await service.revisions(session, forecast_id)
    ]
