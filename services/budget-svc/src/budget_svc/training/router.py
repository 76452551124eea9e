"""Training commitments over HTTP: where each hr session's AE stands (read only; hr's events
write them)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from budget_svc.training import service
from budget_svc.training.models import TrainingCommitment
from budget_svc.training.schemas import (
    TrainingCommitmentPage,
    TrainingCommitmentPublic,
    TrainingCommitmentStatus,
)
from sg_common.api import Cursor, Limit, Line, Listing, Sort
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
    items, next_cursor = await service.TRAINING_COMMITMENTS.page(
        session,
        scope,
        listing,
        TrainingCommitmentPublic,
        limit=limit,
        cursor=cursor,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        status=status,
    )
    return TrainingCommitmentPage(
        items=items,
        next_cursor=next_cursor,
        total=listing.total,
    )
