"""``/notifications``: what needs the caller, marking it read, and the e-mail digest subscription.

Each service includes :data:`router` and gives its four operations their rows in its permission
table: any authenticated caller (``ANY_AUTHENTICATED``), over their own units (``OWN_UNITS``);
what each one sees is what is addressed to them, resolved from their token.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel, Field
from sqlmodel import col, select

from sg_common.api.pagination import Cursor, Limit, Listing, Page, Sort, paginate
from sg_common.auth.permissions import AccessDep
from sg_common.clock import utcnow
from sg_common.deps import SessionDep
from sg_common.errors import NotFound, UnprocessableEntity, problem_responses
from sg_common.fields import Line
from sg_common.notifications.models import (
    Notification,
    NotificationRead,
    NotificationSubscription,
    addressed_to,
    json_list,
    read_by,
)

router = APIRouter(prefix="/notifications", tags=["notifications"])

#: The tag of the notifications router, for a service's ``openapi_tags``.
NOTIFICATIONS_TAG = {
    "name": "notifications",
    "description": "What needs me: notifications for my roles and units, the e-mail digest.",
}


class NoEmail(UnprocessableEntity):
    type_slug = "no-email"
    title = "Your token carries no e-mail address"


class NotificationPublic(BaseModel):
    """Something that needs the caller, and whether they have read it."""

    id: int
    kind: str = Field(description="e.g. `invoice.due_soon`, `allocation_request.submitted`.")
    title: str = Field(description="What it is, in French.")
    body: str | None = None
    resource: str = Field(description="The record it is about, e.g. `invoice`.")
    resource_id: str
    role: str | None = Field(default=None, description="The role it is addressed to.")
    unit_code: str | None = Field(
        default=None, description="The unit it concerns (none: every holder of the role)."
    )
    subject: str | None = Field(default=None, description="The one person it is addressed to.")
    due_on: date | None = None
    created_at: datetime
    read_at: datetime | None = Field(default=None, description="When the caller read it.")


class NotificationPage(Page[NotificationPublic]):
    pass


class SubscriptionPublic(BaseModel):
    """The caller's subscription to the e-mail digest."""

    email: str
    roles: list[str]
    units: list[str]
    subscribed_at: datetime


def _public(row: Notification, read_at: datetime | None) -> NotificationPublic:
    return NotificationPublic(
        **row.model_dump(exclude={"key"}),
        read_at=read_at,
    )


NOTIFICATION_SORT = Sort(Notification, "created_at", "due_on", "kind")


@router.get("", summary="What needs me: notifications for my roles, units and requests")
async def list_notifications(
    listing: Annotated[Listing, NOTIFICATION_SORT],
    session: SessionDep,
    access: AccessDep,
    unread: Annotated[bool | None, Query(description="Only the unread (true) or read.")] = None,
    kind: Annotated[Line | None, Query(max_length=64)] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> NotificationPage:
    me = access.principal
    stmt = select(Notification).where(addressed_to(me.subject, me.roles, access.scope.visible))
    if unread is not None:
        stmt = stmt.where(~read_by(me.subject) if unread else read_by(me.subject))
    if kind is not None:
        stmt = stmt.where(col(Notification.kind) == kind)
    rows, next_cursor = await paginate(
        session, stmt, order_by=[col(Notification.id)], limit=limit, cursor=cursor, listing=listing
    )
    ids = [row.id for row in rows]
    reads = dict(
        (
            await session.exec(
                select(NotificationRead.notification_id, NotificationRead.read_at).where(
                    col(NotificationRead.subject) == me.subject,
                    col(NotificationRead.notification_id).in_(ids),
                )
            )
        ).all()
    )
    return NotificationPage(
        items=[_public(row, reads.get(row.id)) for row in rows],
        next_cursor=next_cursor,
        total=listing.total,
    )


@router.post(
    "/{notification_id}/read",
    summary="Mark a notification read (for me only)",
    responses=problem_responses(404),
)
async def mark_read(
    notification_id: int, session: SessionDep, access: AccessDep
) -> NotificationPublic:
    me = access.principal
    row = (
        await session.exec(
            select(Notification).where(
                col(Notification.id) == notification_id,
                addressed_to(me.subject, me.roles, access.scope.visible),
            )
        )
    ).first()
    if row is None:
        raise NotFound(f"notification {notification_id} not found")
    read = await session.get(NotificationRead, (notification_id, me.subject))
    if read is None:
        read = NotificationRead(
            notification_id=notification_id, subject=me.subject, read_at=utcnow()
        )
        session.add(read)
        await session.flush()
    return _public(row, read.read_at)


@router.post(
    "/subscription",
    summary="Subscribe me to the e-mail digest (my token's address, roles and units)",
    responses=problem_responses(),
)
async def subscribe(session: SessionDep, access: AccessDep) -> SubscriptionPublic:
    me = access.principal
    if not me.email:
        raise NoEmail("the digest is sent to your token's `email` claim, and it has none")
    row = await session.get(NotificationSubscription, me.subject)
    if row is None:
        row = NotificationSubscription(
            subject=me.subject, email="", roles="[]", units="[]", subscribed_at=utcnow()
        )
    row.email = me.email
    row.roles = json_list(me.roles)
    row.units = json_list(me.units)
    row.subscribed_at = utcnow()
    session.add(row)
    await session.flush()
    return SubscriptionPublic(
        email=row.email,
        roles=sorted(me.roles),
        units=sorted(set(me.units)),
        subscribed_at=row.subscribed_at,
    )


@router.delete(
    "/subscription", summary="Stop my e-mail digest", status_code=204, response_class=Response
)
async def unsubscribe(session: SessionDep, access: AccessDep) -> Response:
    row = await session.get(NotificationSubscription, access.principal.subject)
    if row is not None:
        await session.delete(row)
    return Response(status_code=204)
