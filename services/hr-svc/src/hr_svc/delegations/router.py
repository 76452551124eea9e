"""HTTP API of délégations de signature: record, list, read, revoke."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response, status

from hr_svc.delegations import service
from hr_svc.delegations.models import Delegation
from hr_svc.delegations.schemas import (
    DelegableAct,
    DelegationCreate,
    DelegationPage,
    DelegationPublic,
    DelegationRevocation,
)
from hr_svc.delegations.service import DELEGATIONS
from sg_common.api import (
    BusinessDate,
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
    tree: OrgTreeDep,
    response: Response,
    principal: Caller,
) -> DelegationPublic:
    row = await service.grant(session, data=body, tree=tree, actor=principal.subject)
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
    tree: OrgTreeDep,
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
    items, next_cursor = await DELEGATIONS.page(
        session,
        scope,
        listing,
        DelegationPublic,
        limit=limit,
        cursor=cursor,
        where=service.list_filters(
            tree, unit_code=unit_code, act=act.value if act else None, as_of=as_of
        ),
        delegate_id=delegate_id,
        delegator_id=delegator_id,
    )
    return DelegationPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/{delegation_id}", responses=problem_responses(404))
async def get_delegation(
    delegation_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> DelegationPublic:
    found = await DELEGATIONS.read(session, delegation_id, scope, DelegationPublic)
    set_etag(response, found.version)
    return found


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
    row = await DELEGATIONS.get(session, delegation_id, scope)
    check_if_match(if_match, row.version)
    row = await service.revoke(session, row=row, data=body)
    set_etag(response, row.version)
    return DelegationPublic.model_validate(row)
