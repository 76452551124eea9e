"""Budget envelopes of units, as notified by budget-svc."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter

from it_svc.envelopes import service
from it_svc.envelopes.models import BudgetEnvelope
from it_svc.envelopes.schemas import BudgetEnvelopePage, BudgetEnvelopePublic
from sg_common.api import Cursor, Limit, Line, Listing, Sort
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import SessionDep

router = APIRouter(prefix="/budget-envelopes", tags=["budget"])


ENVELOPE_SORT = Sort(
    BudgetEnvelope, "unit_code", "fiscal_year", "action", "title", "ae", "cp", "notified_at"
)


@router.get("", summary="Dotations notified by budget to units in scope")
async def list_budget_envelopes(
    listing: Annotated[Listing, ENVELOPE_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    fiscal_year: int | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> BudgetEnvelopePage:
    rows, next_cursor = await service.list_envelopes(
        session,
        scope=scope,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return BudgetEnvelopePage(
        items=[BudgetEnvelopePublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )
