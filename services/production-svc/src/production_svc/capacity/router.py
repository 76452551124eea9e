"""HTTP routes of capacity risk: per operation, the plan de charge received, staff per unit."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from fastapi import APIRouter, Query, Request
from sqlalchemy import and_, exists
from sqlmodel import col, select

from production_svc.capacity import service
from production_svc.capacity.models import PlanLine
from production_svc.capacity.schemas import (
    OperationRisk,
    PlanLinePage,
    PlanLinePublic,
    RiskColour,
    RiskPage,
    UnitStaff,
)
from production_svc.operations import service as operations
from production_svc.operations.models import Operation, Phase
from production_svc.operations.schemas import OperationStatus
from sg_common.api import BusinessDate, Cursor, Limit, Line, Listing, Sort, paginate
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import SessionDep
from sg_common.errors import UnprocessableEntity, problem_responses
from sg_common.months import MONTH_PATTERN, month_bounds, months_apart, months_between
from sg_common.org import OrgTree

router = APIRouter(tags=["capacity"])


@router.get("/operations/{operation_id}/risk", responses=problem_responses(404))
async def get_operation_risk(
    operation_id: int, session: SessionDep, scope: Scope, request: Request, _r: Caller
) -> OperationRisk:
    """IT capacity risk (green/amber/red) per phase and month, with staff risk per unit."""
    operation = await operations.get_operation(session, operation_id, scope)
    settings = request.app.state.settings
    tree: OrgTree = request.app.state.org_tree
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
    request: Request,
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
    active = exists().where(
        and_(
            col(Phase.operation_id) == col(Operation.id),
            col(Phase.start) <= last,
            col(Phase.end) >= first,
        )
    )
    stmt = operations.visible_operations(scope).where(
        col(Operation.status) == OperationStatus.scheduled.value, active
    )
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Operation.id)], limit=limit, cursor=cursor, listing=listing
    )
    settings = request.app.state.settings
    tree: OrgTree = request.app.state.org_tree
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
    stmt = select(PlanLine)
    if centre_code is not None:
        stmt = stmt.where(col(PlanLine.centre_code) == centre_code)
    if month_from is not None:
        stmt = stmt.where(col(PlanLine.month) >= month_from)
    if month_to is not None:
        stmt = stmt.where(col(PlanLine.month) <= month_to)
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(PlanLine.id)], limit=limit, cursor=cursor, listing=listing
    )
    return PlanLinePage(
        items=[PlanLinePublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/capacity/staff/{unit_code}", responses=problem_responses(404))
async def get_unit_staff(
    unit_code: Line,
    session: SessionDep,
    scope: Scope,
    request: Request,
    _r: Caller,
    start: BusinessDate,
    end: BusinessDate,
) -> UnitStaff:
    """Staff assigned to a unit (and its sub-units) over a window (``agent.assigned``)."""
    if end < start:
        raise UnprocessableEntity("end must be on or after start")
    if (end - start).days > 3 * 366:
        raise UnprocessableEntity("the window is limited to three years")
    tree: OrgTree = request.app.state.org_tree
    tree.require(unit_code, start)
    scope.check(unit_code, not_found=True, what="unit")
    return await service.unit_staff(session, tree=tree, unit_code=unit_code, start=start, end=end)
