"""HTTP API of professional development: skills, professional reviews."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from hr_svc.agents.service import AGENTS
from hr_svc.development import service
from hr_svc.development.models import ProfessionalReview, Skill
from hr_svc.development.schemas import (
    ReviewCreate,
    ReviewPage,
    ReviewPublic,
    ReviewUpdate,
    SkillCreate,
    SkillPage,
    SkillPublic,
)
from hr_svc.development.service import REVIEWS, SKILLS
from sg_common.api import (
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import SessionDep
from sg_common.errors import problem_responses

router = APIRouter(prefix="/development", tags=["development"])


SKILL_SORT = Sort(Skill, "code", "label", "domain")


@router.get("/skills", summary="The skills reference (any authenticated user)")
async def list_skills(
    listing: Annotated[Listing, SKILL_SORT],
    session: SessionDep,
    _p: Caller,
    domain: Annotated[Line | None, Query(max_length=100)] = None,
    limit: Limit = 100,
    cursor: Cursor = None,
) -> SkillPage:
    items, next_cursor = await SKILLS.page(
        session, None, listing, SkillPublic, limit=limit, cursor=cursor, domain=domain
    )
    return SkillPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.post("/skills", status_code=status.HTTP_201_CREATED, responses=problem_responses(409))
async def create_skill(body: SkillCreate, session: SessionDep, _p: Caller) -> SkillPublic:
    return SkillPublic.model_validate(await service.create_skill(session, data=body))


@router.post(
    "/reviews",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409),
    summary="Open an agent's annual professional review",
)
async def create_review(
    body: ReviewCreate, session: SessionDep, scope: Scope, principal: Caller
) -> ReviewPublic:
    agent = await AGENTS.get(session, body.agent_id, scope)
    review = await service.create_review(session, agent=agent, data=body, actor=principal.subject)
    return ReviewPublic.model_validate(review)


REVIEW_SORT = Sort(ProfessionalReview, "year", "unit_code", "review_date", "status")


@router.get("/reviews", summary="Professional reviews of units in scope")
async def list_reviews(
    listing: Annotated[Listing, REVIEW_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    agent_id: int | None = None,
    year: int | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> ReviewPage:
    items, next_cursor = await REVIEWS.page(
        session,
        scope,
        listing,
        ReviewPublic,
        limit=limit,
        cursor=cursor,
        agent_id=agent_id,
        year=year,
    )
    return ReviewPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/reviews/{review_id}", responses=problem_responses(404))
async def get_review(
    review_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> ReviewPublic:
    found = await REVIEWS.read(session, review_id, scope, ReviewPublic)
    set_etag(response, found.version)
    return found


@router.patch("/reviews/{review_id}", responses=problem_responses(404, 409, 412, 428))
async def update_review(
    review_id: int,
    body: ReviewUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> ReviewPublic:
    review = await REVIEWS.get(session, review_id, scope)
    check_if_match(if_match, review.version)
    review = await service.update_review(session, review=review, data=body)
    set_etag(response, review.version)
    return ReviewPublic.model_validate(review)


@router.post(
    "/reviews/{review_id}/signature",
    responses=problem_responses(404, 409),
    summary="Sign the review (final)",
)
async def sign_review(
    review_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> ReviewPublic:
    review = await REVIEWS.get(session, review_id, scope)
    review = await service.sign_review(session, review=review)
    set_etag(response, review.version)
    return ReviewPublic.model_validate(review)
