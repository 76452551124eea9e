"""HTTP API of internal information."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from hr_svc.agents import service as agent_service
from hr_svc.agents.service import AGENTS
from hr_svc.information import service
from hr_svc.information.models import Announcement
from hr_svc.information.schemas import (
    AcknowledgementPublic,
    AnnouncementCreate,
    AnnouncementPage,
    AnnouncementPublic,
    AnnouncementStatus,
    AnnouncementUpdate,
    Feed,
    PublicationCreate,
    Readership,
)
from hr_svc.information.service import ANNOUNCEMENTS
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
from sg_common.errors import problem_responses

router = APIRouter(prefix="/information", tags=["information"])


@router.post("/announcements", status_code=status.HTTP_201_CREATED)
async def create_announcement(
    body: AnnouncementCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    principal: Caller,
) -> AnnouncementPublic:
    row = await service.create(session, data=body, tree=tree, scope=scope, actor=principal.subject)
    return AnnouncementPublic.model_validate(row)


ANNOUNCEMENT_SORT = Sort(
    Announcement, "title", "target_unit_code", "status", "published_on", "expires_on", "created_at"
)


@router.get("/announcements", summary="Announcements aimed at units in scope")
async def list_announcements(
    listing: Annotated[Listing, ANNOUNCEMENT_SORT],
    session: SessionDep,
    scope: Scope,
    _p: Caller,
    status_: Annotated[AnnouncementStatus | None, Query(alias="status")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> AnnouncementPage:
    items, next_cursor = await ANNOUNCEMENTS.page(
        session,
        scope,
        listing,
        AnnouncementPublic,
        limit=limit,
        cursor=cursor,
        status=status_,
    )
    return AnnouncementPage(items=items, next_cursor=next_cursor, total=listing.total)


@router.get("/announcements/{announcement_id}", responses=problem_responses(404))
async def get_announcement(
    announcement_id: int, session: SessionDep, scope: Scope, response: Response, _p: Caller
) -> AnnouncementPublic:
    found = await ANNOUNCEMENTS.read(session, announcement_id, scope, AnnouncementPublic)
    set_etag(response, found.version)
    return found


@router.patch("/announcements/{announcement_id}", responses=problem_responses(404, 409, 412, 428))
async def update_announcement(
    announcement_id: int,
    body: AnnouncementUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _p: Caller,
    if_match: IfMatchHeader = None,
) -> AnnouncementPublic:
    row = await ANNOUNCEMENTS.get(session, announcement_id, scope)
    check_if_match(if_match, row.version)
    row = await service.edit(session, row=row, data=body)
    set_etag(response, row.version)
    return AnnouncementPublic.model_validate(row)


@router.post("/announcements/{announcement_id}/publication", responses=problem_responses(404, 409))
async def publish_announcement(
    announcement_id: int,
    body: PublicationCreate,
    session: SessionDep,
    scope: Scope,
    _p: Caller,
) -> AnnouncementPublic:
    row = await ANNOUNCEMENTS.get(session, announcement_id, scope)
    row = await service.publish(session, row=row, on=body.published_on)
    return AnnouncementPublic.model_validate(row)


@router.post("/announcements/{announcement_id}/withdrawal", responses=problem_responses(404, 409))
async def withdraw_announcement(
    announcement_id: int, session: SessionDep, scope: Scope, _p: Caller
) -> AnnouncementPublic:
    row = await ANNOUNCEMENTS.get(session, announcement_id, scope)
    row = await service.withdraw(session, row=row)
    return AnnouncementPublic.model_validate(row)


@router.get(
    "/announcements/{announcement_id}/readership",
    responses=problem_responses(404),
    summary="Acknowledgements and unread rate per unit",
)
async def get_readership(
    announcement_id: int, session: SessionDep, scope: Scope, tree: OrgTreeDep, _p: Caller
) -> Readership:
    row = await ANNOUNCEMENTS.get(session, announcement_id, scope)
    return await service.readership(session, row=row, tree=tree)


@router.get("/feed", responses=problem_responses(404), summary="My feed")
async def get_my_feed(session: SessionDep, tree: OrgTreeDep, principal: Caller) -> Feed:
    agent = await agent_service.own_agent(session, login=principal.login)
    return await service.feed(session, agent=agent, tree=tree)


@router.get("/feeds/{agent_id}", responses=problem_responses(404), summary="An agent's feed (HR)")
async def get_agent_feed(
    agent_id: int, session: SessionDep, scope: Scope, tree: OrgTreeDep, _p: Caller
) -> Feed:
    agent = await AGENTS.get(session, agent_id, scope)
    return await service.feed(session, agent=agent, tree=tree)


@router.post(
    "/announcements/{announcement_id}/acknowledgement",
    responses=problem_responses(404, 409),
    summary="Acknowledge an announcement of my feed",
)
async def acknowledge_announcement(
    announcement_id: int, session: SessionDep, tree: OrgTreeDep, principal: Caller
) -> AcknowledgementPublic:
    agent = await agent_service.own_agent(session, login=principal.login)
    ack = await service.acknowledge(
        session, announcement_id=announcement_id, agent=agent, tree=tree
    )
    return AcknowledgementPublic.model_validate(ack)
