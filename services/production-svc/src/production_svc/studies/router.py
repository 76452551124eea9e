"""HTTP routes of technical studies."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from production_svc.studies import service
from production_svc.studies.models import TechnicalStudy
from production_svc.studies.schemas import (
    StudyCreate,
    StudyPage,
    StudyPublic,
    StudyStatus,
    StudyTopic,
    StudyUpdate,
)
from sg_common.api import (
    Cursor,
    IfMatchHeader,
    Limit,
    Listing,
    Sort,
    check_if_match,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.documents import document_router
from sg_common.errors import problem_responses

router = APIRouter(prefix="/studies", tags=["studies"])


@router.post("", status_code=status.HTTP_201_CREATED, responses=problem_responses(404))
async def create_study(
    body: StudyCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
) -> StudyPublic:
    """Open a technical study on collection or processing."""
    study = await service.create_study(
        session, tree=tree, scope=scope, body=body, principal=principal
    )
    set_etag(response, study.version)
    return StudyPublic.model_validate(study)


STUDY_SORT = Sort(
    TechnicalStudy, "unit_code", "title", "topic", "status", "due_on", "completed_on", "created_at"
)


@router.get("", summary="List technical studies in scope")
async def list_studies(
    listing: Annotated[Listing, STUDY_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    topic: StudyTopic | None = None,
    status_: Annotated[StudyStatus | None, Query(alias="status")] = None,
    operation_id: int | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> StudyPage:
    items, next_cursor = await service.list_studies(
        session,
        scope,
        listing,
        topic=topic,
        status=status_,
        operation_id=operation_id,
        limit=limit,
        cursor=cursor,
    )
    return StudyPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/{study_id}", responses=problem_responses(404))
async def get_study(
    study_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> StudyPublic:
    study = await service.STUDIES.read(session, study_id, scope, StudyPublic)
    set_etag(response, study.version)
    return study


@router.patch("/{study_id}", responses=problem_responses(404, 409, 412, 428))
async def update_study(
    study_id: int,
    body: StudyUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> StudyPublic:
    """Edit a study or move it through its life cycle (If-Match)."""
    study = await service.STUDIES.get(session, study_id, scope)
    check_if_match(if_match, study.version)
    await service.update_study(session, scope=scope, study=study, body=body)
    set_etag(response, study.version)
    return StudyPublic.model_validate(study)


# The study's report and its annexes.
router.include_router(
    document_router(path="/{record_id}", tag="studies", name="study", load=service.STUDIES)
)
