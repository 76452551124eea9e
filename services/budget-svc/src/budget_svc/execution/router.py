"""Execution tracking over HTTP (short term per month, retrospective per year)."""

from __future__ import annotations

from fastapi import APIRouter, Query

from budget_svc.common import Title, actor
from budget_svc.execution import service
from budget_svc.execution.schemas import (
    Axis,
    CarryOverPublic,
    ExecutionGroup,
    YearCloseRequest,
    YearEndExecution,
)
from budget_svc.structure import service as structure_service
from sg_common.api import Line
from sg_common.auth.permissions import Caller, Scope
from sg_common.clock import today
from sg_common.deps import SessionDep
from sg_common.errors import UnprocessableEntity, problem_responses

router = APIRouter(prefix="/execution", tags=["execution"])

ALL_AXES = [Axis.UNIT_CODE, Axis.ACTION, Axis.TITLE]


@router.get(
    "/monthly",
    summary="Short-term execution: AE/CP consumed per month, rate, CP to pay, forecast",
    responses=problem_responses(422),
)
async def monthly_execution(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    fiscal_year: int = Query(ge=2000, le=2100),
    group_by: list[Axis] = Query(default=ALL_AXES),
    unit_code: Line | None = None,
    action: Line | None = None,
    title: Title | None = None,
    until_month: int | None = Query(default=None, ge=1, le=12),
) -> list[ExecutionGroup]:
    await structure_service.require_year(session, fiscal_year, open_only=False)
    if until_month is None:
        now = today()
        until_month = 12 if now.year != fiscal_year else now.month
    return await service.monthly(
        session,
        scope=scope,
        fiscal_year=fiscal_year,
        axes=set(group_by),
        unit_code=unit_code,
        action=action,
        title=title.value if title else None,
        until_month=until_month,
    )


@router.get(
    "/year-end",
    summary="Retrospective execution: consumed, carry-over, variance against forecast",
    responses=problem_responses(422),
)
async def year_end_execution(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    fiscal_year: int = Query(ge=2000, le=2100),
    group_by: list[Axis] = Query(default=ALL_AXES),
    unit_code: Line | None = None,
    action: Line | None = None,
    title: Title | None = None,
) -> list[YearEndExecution]:
    await structure_service.require_year(session, fiscal_year, open_only=False)
    return await service.year_end(
        session,
        scope=scope,
        fiscal_year=fiscal_year,
        axes=set(group_by),
        unit_code=unit_code,
        action=action,
        title=title.value if title else None,
    )


@router.post(
    "/{fiscal_year}/close",
    status_code=201,
    summary="Year-end close: carry open commitments' unpaid AE over to next year; close the year",
    responses=problem_responses(409, 422),
)
async def close_year(
    fiscal_year: int, body: YearCloseRequest, session: SessionDep, principal: Caller
) -> list[CarryOverPublic]:
    if not body.confirm:
        raise UnprocessableEntity("set confirm to true to close the year")
    carried = await service.close_year(session, fiscal_year=fiscal_year, by=actor(principal))
    return [CarryOverPublic.model_validate(c) for c in carried]


@router.get("/carry-overs", summary="Carry-overs (reports) made by year-end closes")
async def list_carry_overs(
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    from_year: int | None = None,
    unit_code: Line | None = None,
) -> list[CarryOverPublic]:
    rows = await service.carry_overs(session, scope, from_year=from_year, unit_code=unit_code)
    return [CarryOverPublic.model_validate(r) for r in rows]
