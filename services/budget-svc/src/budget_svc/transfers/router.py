"""Transfers of credits between units, actions and titles (DPG)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, status
from sqlalchemy import or_
from sqlmodel import col, select
from sqlmodel.sql.expression import SelectOfScalar

from budget_svc.common import actor
from budget_svc.transfers import service
from budget_svc.transfers.models import Transfer
from budget_svc.transfers.schemas import TransferCreate, TransferPage, TransferPublic
from sg_common.api import Cursor, Limit, Line, Listing, Sort, paginate
from sg_common.auth import OrgScope
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import SessionDep
from sg_common.errors import NotFound, problem_responses

router = APIRouter(prefix="/transfers", tags=["transfers"])


def _in_scope(stmt: SelectOfScalar[Transfer], scope: OrgScope) -> SelectOfScalar[Transfer]:
    """Transfers whose source or destination unit is visible (filtered in the query)."""
    if scope.sees_all:
        return stmt
    visible = sorted(scope.visible or ())
    return stmt.where(or_(col(Transfer.from_unit).in_(visible), col(Transfer.to_unit).in_(visible)))


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Move credits between lines (asymmetric fungibility applies)",
    responses=problem_responses(409),
)
async def create_transfer(
    body: TransferCreate, session: SessionDep, request: Request, principal: Caller
) -> TransferPublic:
    tree = request.app.state.org_tree
    tree.require(body.source.unit_code)
    tree.require(body.destination.unit_code)
    created = await service.transfer(session, body=body, by=actor(principal))
    return TransferPublic.model_validate(created)


TRANSFER_SORT = Sort(Transfer, "fiscal_year", "from_unit", "to_unit", "ae", "cp", "recorded_at")


@router.get("", summary="Transfers touching a unit of your scope")
async def list_transfers(
    listing: Annotated[Listing, TRANSFER_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    fiscal_year: int | None = None,
    unit_code: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> TransferPage:
    stmt = _in_scope(select(Transfer), scope)
    if fiscal_year is not None:
        stmt = stmt.where(Transfer.fiscal_year == fiscal_year)
    if unit_code is not None:
        stmt = stmt.where(
            or_(col(Transfer.from_unit) == unit_code, col(Transfer.to_unit) == unit_code)
        )
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Transfer.id)], limit=limit, cursor=cursor, listing=listing
    )
    return TransferPage(
        items=[TransferPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/{transfer_id}", responses=problem_responses(404))
async def get_transfer(
    transfer_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> TransferPublic:
    stmt = _in_scope(select(Transfer).where(Transfer.id == transfer_id), scope)
    found = (await session.exec(stmt)).first()
    if found is None:
        raise NotFound(f"transfer {transfer_id} does not exist")
    return TransferPublic.model_validate(found)
