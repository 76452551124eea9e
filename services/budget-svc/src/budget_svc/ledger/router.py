"""Availability (disponible) per budget line and the ledger of movements."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from budget_svc.common import Title
from budget_svc.ledger import service
from budget_svc.ledger.models import BudgetLine, BudgetMovement
from budget_svc.ledger.schemas import (
    AvailabilityPage,
    AvailabilityPublic,
    MovementPage,
    MovementPublic,
)
from budget_svc.structure import service as structure_service
from sg_common.api import Cursor, Limit, Line, Listing, Sort
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.errors import problem_responses

router = APIRouter(tags=["availability"])


def to_public(line: BudgetLine, balance: service.Balance) -> AvailabilityPublic:
    return AvailabilityPublic(
        unit_code=line.unit_code,
        fiscal_year=line.fiscal_year,
        action=line.action,
        title=line.title,
        allocated_ae=balance.allocated_ae,
        allocated_cp=balance.allocated_cp,
        frozen_ae=balance.frozen_ae,
        frozen_cp=balance.frozen_cp,
        committed_ae=balance.committed_ae,
        paid_cp=balance.paid_cp,
        available_ae=balance.available_ae,
        available_cp=balance.available_cp,
    )


AVAILABILITY_SORT = Sort(BudgetLine, "fiscal_year", "unit_code", "action", "title")


@router.get("/availability", summary="Available AE and CP per line, in your scope")
async def list_availability(
    listing: Annotated[Listing, AVAILABILITY_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    fiscal_year: int | None = None,
    action: Line | None = None,
    title: Title | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AvailabilityPage:
    rows, next_cursor = await service.page_lines(
        session,
        scope,
        listing,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        action=action,
        title=title,
        limit=limit,
        cursor=cursor,
    )
    sums = await service.balances(session, [r.id for r in rows])
    return AvailabilityPage(
        items=[to_public(r, sums[r.id]) for r in rows], next_cursor=next_cursor, total=listing.total
    )


@router.get(
    "/availability/{unit_code}/{fiscal_year}/{action}/{title}",
    summary="How much AE and CP unit U can still use for action A, title T, year Y",
    responses=problem_responses(404),
)
async def get_availability(
    unit_code: Line,
    fiscal_year: int,
    action: Line,
    title: Title,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    _r: Caller,
) -> AvailabilityPublic:
    scope.check(unit_code, not_found=True, what="budget line")
    tree.require(unit_code)
    await structure_service.require_action(session, action)
    await structure_service.require_year(session, fiscal_year, open_only=False)
    line = await service.find_line(
        session, unit_code=unit_code, fiscal_year=fiscal_year, action=action, title=title.value
    )
    if line is None:
        line = BudgetLine(unit_code=unit_code, fiscal_year=fiscal_year, action=action, title=title)
        return to_public(line, service.Balance())
    assert line.id is not None
    return to_public(line, await service.balance(session, line.id))


MOVEMENT_SORT = Sort(
    BudgetMovement, "kind", "occurred_at", "allocated_ae", "allocated_cp", "committed_ae", "paid_cp"
)


@router.get("/ledger/movements", summary="Credit movements (the ledger), newest first")
async def list_movements(
    listing: Annotated[Listing, MOVEMENT_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    fiscal_year: int | None = None,
    kind: Line | None = Query(default=None, max_length=32),
    allocation_id: int | None = None,
    commitment_id: int | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> MovementPage:
    rows, next_cursor = await service.page_movements(
        session,
        scope,
        listing,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        kind=kind,
        allocation_id=allocation_id,
        commitment_id=commitment_id,
        limit=limit,
        cursor=cursor,
    )
    return MovementPage(
        items=[MovementPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )
