"""HTTP API of logistics support and the social service: for the services centraux only.

Every route refuses a regional unit (``central-services-only``): a unit named in the body or
the query must be central, and a caller attached only to regional units is refused.
"""

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from facilities_svc.central import service
from facilities_svc.central.models import LogisticsRequest, Room, RoomBooking, SocialCase
from facilities_svc.central.schemas import (
    BookingCreate,
    BookingPage,
    BookingPublic,
    BookingStatus,
    CaseCategory,
    CaseCreate,
    CasePage,
    CasePublic,
    CaseStats,
    CaseStatus,
    CaseUpdate,
    LogisticsCreate,
    LogisticsKind,
    LogisticsPage,
    LogisticsPublic,
    LogisticsStatus,
    LogisticsUpdate,
    RoomCreate,
    RoomPage,
    RoomPublic,
)
from facilities_svc.roles import CentralCaller, require_central
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

logistics_router = APIRouter(tags=["logistics"])
social_router = APIRouter(tags=["social-service"])

CENTRAL = problem_responses(422)


def _check_filter(tree: OrgTreeDep, unit_code: str | None) -> None:
    if unit_code is not None:
        require_central(tree, unit_code)


# logistics requests --------------------------------------------------------------------------
@logistics_router.post(
    "/logistics-requests", status_code=status.HTTP_201_CREATED, responses=CENTRAL
)
async def create_logistics_request(
    body: LogisticsCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    principal: Caller,
    _c: CentralCaller,
) -> LogisticsPublic:
    require_central(tree, body.unit_code)
    scope.check(body.unit_code)
    row = await service.create_logistics_request(session, body, requested_by=principal.subject)
    return LogisticsPublic.model_validate(row)


LOGISTICS_SORT = Sort(LogisticsRequest, "unit_code", "kind", "wanted_on", "status")


@logistics_router.get("/logistics-requests", responses=CENTRAL)
async def list_logistics_requests(
    listing: Annotated[Listing, LOGISTICS_SORT],
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    _c: CentralCaller,
    unit_code: Line | None = None,
    kind: LogisticsKind | None = None,
    status_: Annotated[LogisticsStatus | None, Query(alias="status")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> LogisticsPage:
    _check_filter(tree, unit_code)
    items, nxt = await service.LOGISTICS.page(
        session,
        scope,
        listing,
        LogisticsPublic,
        limit=limit,
        cursor=cursor,
        unit_code=unit_code,
        kind=kind,
        status=status_,
    )
    return LogisticsPage(items=items, next_cursor=nxt, total=listing.total)


@logistics_router.get("/logistics-requests/{request_id}", responses=problem_responses(404, 422))
async def get_logistics_request(
    request_id: int, session: SessionDep, scope: Scope, response: Response, _c: CentralCaller
) -> LogisticsPublic:
    row = await service.LOGISTICS.read(session, request_id, scope, LogisticsPublic)
    set_etag(response, row.version)
    return row


@logistics_router.patch(
    "/logistics-requests/{request_id}", responses=problem_responses(404, 412, 422, 428)
)
async def update_logistics_request(
    request_id: int,
    body: LogisticsUpdate,
    session: SessionDep,
    scope: Scope,
    response: Response,
    _m: Caller,
    _c: CentralCaller,
    if_match: IfMatchHeader = None,
) -> LogisticsPublic:
    """The logistics office schedules, answers, closes."""
    row = await service.LOGISTICS.get(session, request_id, scope)
    check_if_match(if_match, row.version)
    service.LOGISTICS.patch(row, body)
    set_etag(response, row.version)
    return LogisticsPublic.model_validate(row)


# rooms ---------------------------------------------------------------------------------------
@logistics_router.post(
    "/rooms", status_code=status.HTTP_201_CREATED, responses=problem_responses(409, 422)
)
async def create_room(
    body: RoomCreate, session: SessionDep, _m: Caller, _c: CentralCaller
) -> RoomPublic:
    return RoomPublic.model_validate(await service.create_room(session, body))


ROOM_SORT = Sort(Room, "code", "name", "site", "capacity")


@logistics_router.get("/rooms", responses=CENTRAL)
async def list_rooms(
    listing: Annotated[Listing, ROOM_SORT],
    session: SessionDep,
    _c: CentralCaller,
    min_capacity: int | None = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> RoomPage:
    items, nxt = await service.ROOMS.page(
        session,
        None,
        listing,
        RoomPublic,
        limit=limit,
        cursor=cursor,
        where=service.active_rooms(min_capacity),
    )
    return RoomPage(items=items, next_cursor=nxt, total=listing.total)


@logistics_router.post(
    "/rooms/{room_id}/bookings",
    status_code=status.HTTP_201_CREATED,
    responses=problem_responses(404, 409, 422),
)
async def book_room(
    room_id: int,
    body: BookingCreate,
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    principal: Caller,
    _c: CentralCaller,
) -> BookingPublic:
    require_central(tree, body.unit_code)
    scope.check(body.unit_code)
    room = await service.active_room(session, room_id, lock=True)  # one booking of a room at a time
    booking = await service.book_room(session, room=room, body=body, booked_by=principal.subject)
    return BookingPublic.model_validate(booking)


BOOKING_SORT = Sort(RoomBooking, "starts_at", "ends_at", "unit_code", "attendees", "status")


@logistics_router.get("/rooms/{room_id}/bookings", responses=problem_responses(404, 422))
async def list_room_bookings(
    listing: Annotated[Listing, BOOKING_SORT],
    room_id: int,
    session: SessionDep,
    _c: CentralCaller,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> BookingPage:
    """The room's agenda (who booked which slot), for choosing a free slot."""
    await service.active_room(session, room_id)
    items, nxt = await service.BOOKINGS.page(
        session,
        None,
        listing,
        BookingPublic,
        limit=limit,
        cursor=cursor,
        order_by=[service.BOOKINGS.table.c.starts_at, service.BOOKINGS.table.c.id],
        room_id=room_id,
        status=BookingStatus.booked,
    )
    return BookingPage(items=items, next_cursor=nxt, total=listing.total)


@logistics_router.post("/room-bookings/{booking_id}/cancel", responses=problem_responses(404, 422))
async def cancel_room_booking(
    booking_id: int, session: SessionDep, scope: Scope, _r: Caller, _c: CentralCaller
) -> BookingPublic:
    booking = await service.BOOKINGS.get(session, booking_id, scope)
    return BookingPublic.model_validate(service.cancel_booking(booking))


# social service ------------------------------------------------------------------------------
@social_router.post("/social-cases", status_code=status.HTTP_201_CREATED, responses=CENTRAL)
async def create_social_case(
    body: CaseCreate,
    session: SessionDep,
    tree: OrgTreeDep,
    principal: Caller,
    _c: CentralCaller,
) -> CasePublic:
    require_central(tree, body.unit_code)
    case = await service.create_social_case(session, body, social_worker=principal.subject)
    return CasePublic.model_validate(case)


CASE_SORT = Sort(SocialCase, "unit_code", "category", "status", "opened_on", "closed_on")


@social_router.get("/social-cases", responses=CENTRAL)
async def list_social_cases(
    listing: Annotated[Listing, CASE_SORT],
    session: SessionDep,
    tree: OrgTreeDep,
    _p: Caller,
    _c: CentralCaller,
    unit_code: Line | None = None,
    category: CaseCategory | None = None,
    status_: Annotated[CaseStatus | None, Query(alias="status")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CasePage:
    """The cases in full: social workers only (not even sg.admin or sg.auditor)."""
    _check_filter(tree, unit_code)
    items, nxt = await service.SOCIAL_CASES.page(
        session,
        None,
        listing,
        CasePublic,
        limit=limit,
        cursor=cursor,
        unit_code=unit_code,
        category=category,
        status=status_,
    )
    return CasePage(items=items, next_cursor=nxt, total=listing.total)


@social_router.get("/social-cases/stats", responses=CENTRAL, summary="Case counts per unit")
async def social_case_stats(
    session: SessionDep,
    scope: Scope,
    tree: OrgTreeDep,
    _c: CentralCaller,
    unit_code: Line | None = None,
) -> CaseStats:
    """What everyone but social workers may see: counts per unit, never a case."""
    _check_filter(tree, unit_code)
    return CaseStats(items=await service.case_counts(session, scope=scope, unit_code=unit_code))


@social_router.get("/social-cases/{case_id}", responses=problem_responses(404, 422))
async def get_social_case(
    case_id: int,
    session: SessionDep,
    response: Response,
    _p: Caller,
    _c: CentralCaller,
) -> CasePublic:
    case = await service.SOCIAL_CASES.read(session, case_id, None, CasePublic)
    set_etag(response, case.version)
    return case


@social_router.patch("/social-cases/{case_id}", responses=problem_responses(404, 412, 422, 428))
async def update_social_case(
    case_id: int,
    body: CaseUpdate,
    session: SessionDep,
    response: Response,
    _p: Caller,
    _c: CentralCaller,
    if_match: IfMatchHeader = None,
) -> CasePublic:
    case = await service.SOCIAL_CASES.get(session, case_id)
    check_if_match(if_match, case.version)
    service.update_social_case(case, body)
    set_etag(response, case.version)
    return CasePublic.model_validate(case)
