"""HTTP API of délégations de signature: record, list, read, revoke."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, Response, status
from sqlmodel import col, or_, select

from hr_svc.delegations import service
from hr_svc.delegations.models import Delegation
from hr_svc.delegations.schemas import (
    DelegableAct,
    DelegationCreate,
    DelegationPage,
    DelegationPublic,
    DelegationRevocation,
)
from sg_common.api import (
    BusinessDate,
    Cursor,
    IfMatchHeader,
    Limit,
    Line,
    Listing,
    Sort,
    check_if_match,
    paginate,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.deps import SessionDep
from sg_common.errors import problem_responses

router = APIRouter(prefix="/delegations", tags=["delegations"])


@router.post(
    "",
    status_code=status.HTTP_201_CREATED,
    summary="Record a délégation de signature (published as delegation.granted)",
    responses=problem_responses(404, 409),
)
async def create_delegation(
    body: DelegationCreate,
    session: SessionDep,
    request: Request,
    response: Response,
    principal: Caller,
) -> DelegationPublic:
    row = await service.grant(
        session, data=body, tree=request.app.state.org_tree, actor=principal.subject
    )
    set_etag(response, row.version)
    return DelegationPublic.model_validate(row)


DELEGATION_SORT = Sort(
    Delegation,
    "delegator_role",
    "delegator_unit_code",
    "valid_from",
    "valid_to",
    "revoked_on",
    "created_at",
)


@router.get("", summary="Délégations de signature whose delegator's unit is in your scope")
async def list_delegations(
    listing: Annotated[Listing, DELEGATION_SORT],
    session: SessionDep,
    scope: Scope,
    request: Request,
    _p: Caller,
    delegate_id: int | None = None,
    delegator_id: int | None = None,
    unit_code: Line | None = None,
    act: DelegableAct | None = None,
    as_of: BusinessDate | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> DelegationPage:
    """``unit_code``: delegations covering that unit (naming it or an ancestor); ``as_of``:
    those that apply on that day (within their dates and not yet revoked)."""
    stmt = scope.apply(select(Delegation), col(Delegation.delegator_unit_code))
    if delegate_id is not None:
        stmt = stmt.where(Delegation.delegate_id == delegate_id)
    if delegator_id is not None:
        stmt = stmt.where(Delegation.delegator_id == delegator_id)
    if unit_code is not None:
        tree = request.app.state.org_tree
        stmt = stmt.where(service.covers_unit_clause(tree, unit_code, as_of))
    if act is not None:
        stmt = stmt.where(service.names_act_clause(act.value))
    if as_of is not None:
        revoked = col(Delegation.revoked_on)
        stmt = stmt.where(
            col(Delegation.valid_from) <= as_of,
            col(Delegation.valid_to) >= as_of,
            or_(revoked.is_(None), revoked > as_of),
        )
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Delegation.id)], limit=limit, cursor=cursor, listing=listing
    )
    return DelegationPage(
        items=[DelegationPublic.model_validate(r) for r in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.get("/{delegation_id}", responses=problem_responses(404))
async def get_delegation(
    delegation_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> DelegationPublic:
    row = await service.get(session, delegation_id=delegation_id, scope=scope)
    set_etag(response, row.version)
    return DelegationPublic.model_validate(row)


@router.post(
    "/{delegation_id}/revocation",
    summary="End a delegation from a date (published as delegation.revoked)",
    responses=problem_responses(404, 409, 412, 428),
)
async def revoke_delegation(
    delegation_id: int,
    body: DelegationRevocation,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> DelegationPublic:
    row = await service.get(session, delegation_id=delegation_id, scope=scope)
    check_if_match(if_match, row.version)
    row = await service.revoke(session, row=row, data=body)
    set_etag(response, row.version)
    return DelegationPublic.model_validate(row)
