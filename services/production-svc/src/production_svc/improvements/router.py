"""HTTP routes of working-conditions improvement proposals."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from production_svc.improvements import service
from production_svc.improvements.models import ImprovementProposal
from production_svc.improvements.schemas import (
    FollowUpUpdate,
    ImprovementCategory,
    ImprovementCreate,
    ImprovementPage,
    ImprovementPublic,
    ImprovementStatus,
)
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
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.errors import problem_responses

router = APIRouter(prefix="/improvements", tags=["improvements"])


@router.post("", status_code=status.HTTP_201_CREATED)
async def propose_improvement(
    body: ImprovementCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
) -> ImprovementPublic:
    """Propose a working-conditions improvement → ``improvement.proposed`` (facilities)."""
    proposal = await service.propose(
        session, tree=tree, scope=scope, body=body, principal=principal
    )
    set_etag(response, proposal.version)
    return ImprovementPublic.model_validate(proposal)


IMPROVEMENT_SORT = Sort(
    ImprovementProposal,
    "unit_code",
    "site",
    "title",
    "category",
    "status",
    "proposed_on",
    "created_at",
)


@router.get("", summary="List improvement proposals in scope")
async def list_improvements(
    listing: Annotated[Listing, IMPROVEMENT_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    status_: Annotated[ImprovementStatus | None, Query(alias="status")] = None,
    category: ImprovementCategory | None = None,
    unit_code: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> ImprovementPage:
    items, next_cursor = await service.list_proposals(
        session,
        scope,
        listing,
        status=status_,
        category=category,
        unit_code=unit_code,
        limit=limit,
        cursor=cursor,
    )
    return ImprovementPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/{proposal_id}", responses=problem_responses(404))
async def get_improvement(
    proposal_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> ImprovementPublic:
    proposal = await service.PROPOSALS.read(session, proposal_id, scope, ImprovementPublic)
    set_etag(response, proposal.version)
    return proposal


@router.patch("/{proposal_id}/follow-up", responses=problem_responses(404, 409, 412, 428))
async def record_follow_up(
    proposal_id: int,
    body: FollowUpUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _m: Caller,
    if_match: IfMatchHeader = None,
) -> ImprovementPublic:
    """Record the facilities register's follow-up (DOMP)."""
    proposal = await service.PROPOSALS.get(session, proposal_id, scope)
    check_if_match(if_match, proposal.version)
    await service.record_follow_up(session, proposal=proposal, body=body)
    set_etag(response, proposal.version)
    return ImprovementPublic.model_validate(proposal)
