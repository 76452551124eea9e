"""HTTP routes of capacity risk: per operation, the plan de charge received, staff per unit."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query

from production_svc.capacity import service
from production_svc.capacity.models import PlanLine
from production_svc.capacity.schemas import (
    OperationRisk,
    PlanLinePage,
    RiskColour,
    RiskPage,
    UnitStaff,
)
from production_svc.operations.access import get_operation
from production_svc.operations.models import Operation
from sg_common.api import BusinessDate, Cursor, Limit, Line, Listing, Sort
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import OrgTreeDep, SessionDep, SettingsDep
from sg_common.errors import UnprocessableEntity, problem_responses
from sg_common.months import MONTH_PATTERN, month_bounds, months_apart, months_between

router = APIRouter(tags=["capacity"])


@router.get("/operations/{operation_id}/risk", responses=problem_responses(404))
async def get_operation_risk(
    operation_id: int,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    settings: SettingsDep,
    _r: Caller,
) -> OperationRisk:
    """IT capacity risk (green/amber/red) per phase and month, with staff risk per unit."""
    operation = await get_operation(session, operation_id, scope)
    return await service.operation_risk(
        session,
        tree=tree,
        operation=operation,
        amber_load=Decimal(getattr(settings, "risk_amber_load", Decimal("0.90"))),
        amber_staff_share=Decimal(getattr(settings, "risk_amber_staff_share", Decimal("0.50"))),
    )


RISK_SORT = Sort(Operation, "code", "name", "lead_unit", "scheduled_at")


@router.get("/capacity/risk", summary="Capacity risk of the operations in scope, by month")
async def list_operation_risks(
    listing: Annotated[Listing, RISK_SORT],
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    settings: SettingsDep,
    _r: Caller,
    from_: Annotated[str, Query(alias="from", pattern=MONTH_PATTERN)],
    to: Annotated[str, Query(pattern=MONTH_PATTERN)],
    colour: RiskColour | None = Query(default=None, description="Keep operations of this colour."),
    limit: Annotated[int, Query(ge=1, le=50)] = 20,
    cursor: Cursor = None,
) -> RiskPage:
    """Scheduled operations active in the window: worst colour per month, with reasons.

    With `colour`, `total` is null: the colour is worked out page by page, not counted.
    """
    if to < from_ or months_apart(to, from_) >= 36:
        raise UnprocessableEntity("'to' must be within 36 months after 'from'")
    first, _ = month_bounds(from_)
    _, last = month_bounds(to)
    rows, next_cursor = await service.scheduled_between(
        session, scope, listing, first=first, last=last, limit=limit, cursor=cursor
    )
    months = months_between(first, last)
    items = []
    for operation in rows:
        risk = await service.operation_risk(
            session,
            tree=tree,
            operation=operation,
            amber_load=Decimal(getattr(settings, "risk_amber_load", Decimal("0.90"))),
            amber_staff_share=Decimal(getattr(settings, "risk_amber_staff_share", Decimal("0.50"))),
        )
        summary = service.summarise(risk, operation.name, months)
        if colour is None or summary.colour == colour:
            items.append(summary)
    # The colour is worked out per page, not in SQL: with it, no total is known (null).
    total = listing.total if colour is None else None
    return RiskPage(items=items, next_cursor=next_cursor, total=total)


PLAN_LINE_SORT = Sort(PlanLine, "centre_code", "month", "capacity", "demand", "load", "received_at")


@router.get("/capacity/plan-lines", summary="The plan de charge lines received from IT")
async def list_plan_lines(
    listing: Annotated[Listing, PLAN_LINE_SORT],
    session: SessionDep,
    _r: Caller,
    centre_code: Line | None = None,
    month_from: Annotated[str | None, Query(pattern=MONTH_PATTERN)] = None,
    month_to: Annotated[str | None, Query(pattern=MONTH_PATTERN)] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> PlanLinePage:
    """Latest published line per centre and month (``workload.planned``)."""
    items, next_cursor = await service.list_plan_lines(
        session,
        listing,
        centre_code=centre_code,
        month_from=month_from,
        month_to=month_to,
        limit=limit,
        cursor=cursor,
    )
    return PlanLinePage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/capacity/staff/{unit_code}", responses=problem_responses(404))
async def get_unit_staff(
    unit_code: Line,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    _r: Caller,
    start: BusinessDate,
    end: BusinessDate,
) -> UnitStaff:
    """Staff assigned to a unit (and its sub-units) over a window (``agent.assigned``)."""
    if end < start:
        raise UnprocessableEntity("end must be on or after start")
    if (end - start).days > 3 * 366:
        raise UnprocessableEntity("the window is limited to three years")
    tree.require(unit_code, start)
    scope.check(unit_code, not_found=True, what="unit")
    return await service.unit_staff(session, tree=tree, unit_code=unit_code, start=start, end=end)
