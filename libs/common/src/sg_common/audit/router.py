"""``GET /audit``: the audit trail of the service, filtered and paginated (oldest first).

Each service includes :data:`router` in its routers and gives ``audit-list_audit_entries`` its
row in its permission table (its managers; ``sg.auditor`` and ``sg.admin`` come with every read).
The trail spans every unit: only roles that reach every unit should be granted it.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field
from sqlmodel import col, select

from sg_common.api.pagination import Cursor, Limit, Listing, Page, Sort, paginate
from sg_common.audit.chain import AuditEntry
from sg_common.auth.permissions import Caller
from sg_common.deps import SessionDep
from sg_common.fields import BusinessDateTime, Line

router = APIRouter(prefix="/audit", tags=["audit"])

#: The tag of the audit router, for a service's ``openapi_tags``.
AUDIT_TAG = {"name": "audit", "description": "The audit trail: who changed what, and when."}


class FieldChange(BaseModel):
    """A field's value before and after the write (``"[redacted]"`` when masked)."""

    before: Any = None
    after: Any = None


class AuditEntryPublic(BaseModel):
    """One write to one row, as the hash-chained audit trail holds it."""

    id: int = Field(description="Position in the chain (1, 2, 3...).")
    at: datetime
    actor: str = Field(description="The token's subject, `event:<type>` or `system`.")
    by_delegation_of: str | None = Field(
        default=None, description="Whose délégation de signature the act was signed under."
    )
    request_id: str | None = Field(
        default=None, description="The request's X-Request-ID, or the event's id."
    )
    resource: str = Field(description="The table written.")
    resource_id: str = Field(description="The row's primary key (`a/b` when composite).")
    action: Literal["insert", "update", "delete"]
    changes: dict[str, FieldChange]
    prev_hash: str
    hash: str


class AuditPage(Page[AuditEntryPublic]):
    pass


def _public(row: AuditEntry) -> AuditEntryPublic:
    return AuditEntryPublic(
        id=row.id,
        at=row.at,
        actor=row.actor,
        by_delegation_of=row.by_delegation_of,
        request_id=row.request_id,
        resource=row.resource,
        resource_id=row.resource_id,
        action=row.action,
        changes=json.loads(row.changes),
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


AUDIT_SORT = Sort(AuditEntry, "id", "at", "actor", "resource", "action")


@router.get("", summary="The audit trail: who changed what, when (oldest first)")
async def list_audit_entries(
    listing: Annotated[Listing, AUDIT_SORT],
    session: SessionDep,
    _c: Caller,
    resource: Annotated[
        Line | None, Query(max_length=100, description="A table, e.g. `commitment`.")
    ] = None,
    resource_id: Annotated[
        Line | None, Query(max_length=200, description="A row's key (with `resource`).")
    ] = None,
    actor: Annotated[Line | None, Query(max_length=255, description="Who wrote.")] = None,
    from_: Annotated[
        BusinessDateTime | None, Query(alias="from", description="Written at or after.")
    ] = None,
    to: Annotated[BusinessDateTime | None, Query(description="Written before.")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AuditPage:
    stmt = select(AuditEntry)
    if resource is not None:
        stmt = stmt.where(col(AuditEntry.resource) == resource)
    if resource_id is not None:
        stmt = stmt.where(col(AuditEntry.resource_id) == resource_id)
    if actor is not None:
        stmt = stmt.where(col(AuditEntry.actor) == actor)
    if from_ is not None:
        stmt = stmt.where(col(AuditEntry.at) >= from_)
    if to is not None:
        stmt = stmt.where(col(AuditEntry.at) < to)
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(AuditEntry.id)], limit=limit, cursor=cursor, listing=listing
    )
    return AuditPage(
        items=[_public(row) for row in rows], next_cursor=next_cursor, total=listing.total
    )
