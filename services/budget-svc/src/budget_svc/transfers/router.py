"""Transfers of credits between units, actions and titles (DPG)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, status

from budget_svc.common import actor
from budget_svc.transfers import service
from budget_svc.transfers.models import Transfer
from budget_svc.transfers.schemas import TransferCreate, TransferPage, TransferPublic
from sg_common.api import Cursor, Limit, Line, Listing, Sort
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.errors import problem_responses

router = APIRouter(prefix="/transfers", tags=["transfers"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Move credits between lines (asymmetric fungibility applies)",
    responses=problem_responses(409),
)
async def create_transfer(
    body: TransferCreate, session: SessionDep, tree: OrgTreeDep, principal: Caller
) -> TransferPublic:
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
    rows, next_cursor = await service.page_transfers(
        session,
        scope,
        listing,
        fiscal_year=fiscal_year,
        unit_code=unit_code,
        limit=limit,
        cursor=cursor,
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
    found = await service.get_transfer(session, transfer_id, scope)
    return TransferPublic.model_validate(found)
