"""Training commitments over HTTP: where each hr session's AE stands (read only; hr's events
write them)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlmodel import col, select

from budget_svc.training.models import TrainingCommitment
from budget_svc.training.schemas import (
    TrainingCommitmentPage,
    TrainingCommitmentPublic,
    TrainingCommitmentStatus,
)
from sg_common.api import Cursor, Limit, Line, Listing, Sort, paginate
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import SessionDep

router = APIRouter(tags=["training"])


TRAINING_COMMITMENT_SORT = Sort(
    TrainingCommitment,
    "fiscal_year",
    "unit_code",
    "course_code",
    "course_title",
    "start_date",
    "end_date",
    "status",
    "requested_ae",
    "created_at",
)


@router.get(
    "/training-commitments",
    summary="hr's training sessions and their commitment on T3 (action 09)",
)
async def list_training_commitments(
    listing: Annotated[Listing, TRAINING_COMMITMENT_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Annotated[Line | None, Query(max_length=32)] = None,
    fiscal_year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
    status: TrainingCommitmentStatus | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> TrainingCommitmentPage:
    stmt = scope.apply(select(TrainingCommitment), col(TrainingCommitment.unit_code))
    if unit_code is not None:
        stmt = stmt.where(TrainingCommitment.unit_code == unit_code)
    if fiscal_year is not None:
        stmt = stmt.where(TrainingCommitment.fiscal_year == fiscal_year)
    if status is not None:
        stmt = stmt.where(TrainingCommitment.status == status.value)
    rows, next_cursor = await paginate(
        session,
        stmt,
        order_by=[col(TrainingCommitment.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return TrainingCommitmentPage(
        items=[TrainingCommitmentPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )
