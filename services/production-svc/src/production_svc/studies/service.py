"""Technical studies: a life cycle proposed → in progress → completed (or abandoned)."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc.operations.access import get_operation
from production_svc.studies.models import TechnicalStudy
from production_svc.studies.schemas import (
    StudyCreate,
    StudyPublic,
    StudyStatus,
    StudyTopic,
    StudyUpdate,
)
from sg_common.api import Listing
from sg_common.auth import OrgScope, Principal
from sg_common.clock import today, utcnow
from sg_common.errors import BusinessRuleViolation
from sg_common.org import OrgTree
from sg_common.repository import Repository

TRANSITIONS = {
    StudyStatus.proposed: {StudyStatus.in_progress, StudyStatus.abandoned},
    StudyStatus.in_progress: {StudyStatus.completed, StudyStatus.abandoned},
    StudyStatus.completed: set(),
    StudyStatus.abandoned: set(),
}


class InvalidStudyTransition(BusinessRuleViolation):
    type_slug = "invalid-study-transition"
    title = "This study status change is not allowed"


class StudyIncomplete(BusinessRuleViolation):
    type_slug = "study-without-conclusions"
    title = "A completed study needs findings and a recommendation"


class StudyClosed(BusinessRuleViolation):
    type_slug = "study-closed"
    title = "A completed or abandoned study cannot change"


STUDIES = Repository(TechnicalStudy, what="study")


async def list_studies(
    session: AsyncSession,
    scope: OrgScope,
    listing: Listing,
    *,
    topic: StudyTopic | None,
    status: StudyStatus | None,
    operation_id: int | None,
    limit: int,
    cursor: str | None,
) -> tuple[list[StudyPublic], str | None]:
    """Studies of the caller's scope, by id (or the client's sort)."""
    return await STUDIES.page(
        session,
        scope,
        listing,
        StudyPublic,
        limit=limit,
        cursor=cursor,
        topic=topic,
        status=status,
        operation_id=operation_id,
    )


async def create_study(
    session: AsyncSession,
    *,
    tree: OrgTree,
    scope: OrgScope,
    body: StudyCreate,
    principal: Principal,
) -> TechnicalStudy:
    """Open a study (proposed) for a unit of the caller's scope."""
    tree.require(body.unit_code)
    scope.check(body.unit_code)
    if body.operation_id is not None:
        await get_operation(session, body.operation_id, scope)
    study = TechnicalStudy(
        unit_code=body.unit_code,
        title=body.title,
        topic=body.topic.value,
        question=body.question,
        method=body.method,
        operation_id=body.operation_id,
        due_on=body.due_on,
        status=StudyStatus.proposed.value,
        created_by=principal.subject,
        created_at=utcnow(),
    )
    session.add(study)
    await session.flush()
    return study


async def update_study(
    session: AsyncSession, *, scope: OrgScope, study: TechnicalStudy, body: StudyUpdate
) -> TechnicalStudy:
    """Edit, move through the life cycle; completing needs findings and a recommendation."""
    current = StudyStatus(study.status)
    if current in (StudyStatus.completed, StudyStatus.abandoned):
        raise StudyClosed(f"study {study.id} is {current}")
    if body.operation_id is not None:
        await get_operation(session, body.operation_id, scope)
    STUDIES.patch(study, body)  # null on a required field: 422, nothing changed
    study.status = current.value
    if body.status is not None and body.status != current:
        if body.status not in TRANSITIONS[current]:
            raise InvalidStudyTransition(f"a study cannot go from {current} to {body.status}")
        if body.status == StudyStatus.completed and not (
            study.findings.strip() and study.recommendation.strip()
        ):
            raise StudyIncomplete(
                f"study {study.id} needs findings and a recommendation before completion"
            )
        study.status = body.status.value
        if body.status == StudyStatus.completed:
            study.completed_on = today()
    await session.flush()
    return study
