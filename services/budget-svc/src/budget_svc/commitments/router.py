"""Legal commitments (engagements juridiques): create, reduce, cancel, history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response, status

from budget_svc.commitments import service
from budget_svc.commitments.models import Commitment
from budget_svc.commitments.schemas import (
    CommitmentCancellation,
    CommitmentCreate,
    CommitmentOperationPublic,
    CommitmentPage,
    CommitmentPublic,
    CommitmentReduction,
    CommitmentStatus,
)
from budget_svc.common import Title, actor
from budget_svc.delegations import service as delegations
from budget_svc.delegations.service import Act, Signatory
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
from sg_common.clock import today
from sg_common.deps import OrgTreeDep, SessionDep
from sg_common.documents import document_router
from sg_common.errors import problem_responses

router = APIRouter(prefix="/commitments", tags=["commitments"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Record a legal commitment (consumes AE; 409 insufficient-ae)",
    description="Signed by a budget.manager, the unit's budget.officer, or a delegate of one "
    "(a délégation de signature for `budget.commit` on the unit, in force today: 403 "
    "no-delegation otherwise); `by_delegation_of` names the delegator.",
    responses=problem_responses(409),
)
async def create_commitment(
    body: CommitmentCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    response: Response,
    signer: Signatory,
) -> CommitmentPublic:
    tree.require(body.unit_code)
    signature = await delegations.sign(
        session,
        signer=signer,
        scope=scope,
        act=Act.COMMIT,
        unit_code=body.unit_code,
        days=[today()],
        tree=tree,
    )
    created = await service.commit(
        session,
        unit_code=body.unit_code,
        fiscal_year=body.fiscal_year,
        action=body.action,
        sub_action=body.sub_action,
        title=body.title.value,
        ae=body.ae,
        description=body.description,
        supplier=body.supplier,
        by=signature.signed_by,
        by_delegation_of=signature.by_delegation_of,
        delegation_id=signature.delegation_id,
    )
    set_etag(response, created.version)
    return CommitmentPublic.model_validate(created)


COMMITMENT_SORT = Sort(
    Commitment,
    "id",
    "fiscal_year",
    "unit_code",
    "action",
    "title",
    "supplier",
    "status",
    "initial_ae",
    "ae",
    "created_at",
)


@router.get("", summary="List commitments in your scope")
async def list_commitments(
    listing: Annotated[Listing, COMMITMENT_SORT],
    session: SessionDep,
    scope: Scope,
    _r: Caller,
    unit_code: Line | None = None,
    fiscal_year: int | None = None,
    action: Line | None = None,
    title: Title | None = None,
    status: CommitmentStatus | None = None,
    purchase_order_id: Line | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CommitmentPage:
    items, next_cursor = await service.COMMITMENTS.page(
        session,
        scope,
        listing,
        CommitmentPublic,
        limit=limit,
        cursor=cursor,
        unit_code=unit_code,
        fiscal_year=fiscal_year,
        action=action,
        title=title,
        status=status,
        purchase_order_id=purchase_order_id,
    )
    return CommitmentPage(
        items=items,
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/{commitment_id}", responses=problem_responses(404))
async def get_commitment(
    commitment_id: int, session: SessionDep, scope: Scope, response: Response, _r: Caller
) -> CommitmentPublic:
    found = await service.COMMITMENTS.read(session, commitment_id, scope, CommitmentPublic)
    set_etag(response, found.version)
    return found


@router.get("/{commitment_id}/operations", responses=problem_responses(404))
async def list_commitment_operations(
    commitment_id: int, session: SessionDep, scope: Scope, _r: Caller
) -> list[CommitmentOperationPublic]:
    await service.COMMITMENTS.exists(session, commitment_id, scope)
    return [
        CommitmentOperationPublic.model_validate(o)
        for o in await service.operations(session, commitment_id)
    ]


@router.post(
    "/{commitment_id}/reduction",
    summary="Reduce a commitment (AE released, history kept)",
    responses=problem_responses(404, 409, 412, 428),
)
async def reduce_commitment(
    commitment_id: int,
    body: CommitmentReduction,
    session: SessionDep,
    scope: Scope,
    response: Response,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> CommitmentPublic:
    found = await service.COMMITMENTS.get(session, commitment_id, scope)
    check_if_match(if_match, found.version)
    updated = await service.reduce(
        session, commitment=found, ae=body.ae, reason=body.reason, by=actor(principal)
    )
    set_etag(response, updated.version)
    return CommitmentPublic.model_validate(updated)


@router.post(
    "/{commitment_id}/cancellation",
    summary="Cancel a commitment (all its AE released; never deleted)",
    responses=problem_responses(404, 409, 412, 428),
)
async def cancel_commitment(
    commitment_id: int,
    body: CommitmentCancellation,
    session: SessionDep,
    scope: Scope,
    response: Response,
    principal: Caller,
    if_match: IfMatchHeader = None,
) -> CommitmentPublic:
    found = await service.COMMITMENTS.get(session, commitment_id, scope)
    check_if_match(if_match, found.version)
    updated = await service.cancel(
        session, commitment=found, reason=body.reason, by=actor(principal)
    )
    set_etag(response, updated.version)
    return CommitmentPublic.model_validate(updated)


# The legal commitment's papers: the quote, the signed order or contract.
router.include_router(
    document_router(
        path="/{record_id}", tag="commitments", name="commitment", load=service.COMMITMENTS
    )
)
