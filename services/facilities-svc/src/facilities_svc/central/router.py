"""HTTP API of logistics support and the social service: for the services centraux only.

Every route refuses a regional unit (``central-services-only``): a unit named in the body or
the query must be central, and a caller attached only to regional units is refused.
"""

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status
from sqlmodel import col, select

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
    paginate,
    set_etag,
)
from sg_common.auth.permissions import Caller, Scope
from sg_common.clock import today
from sg_common.deps import SessionDep
from sg_common.errors import Conflict, NotFound, problem_responses

logistics_router = APIRouter(tags=["logistics"])
social_router = APIRouter(tags=["social-service"])

CENTRAL = problem_responses(422)


class DuplicateRoom(Conflict):
    type_slug = "duplicate-code"
    title = "The code is taken"


def _check_filter(request: Request, unit_code: str | None) -> None:
    if unit_code is not None:
        require_central(request, unit_code)


# logistics requests --------------------------------------------------------------------------
@logistics_router.post(
    "/logistics-requests", status_code=status.HTTP_201_CREATED, responses=CENTRAL
)
async def create_logistics_request(
    body: LogisticsCreate,
    session: SessionDep,
    scope: Scope,
    request: Request,
    principal: Caller,
    _c: CentralCaller,
) -> LogisticsPublic:
    require_central(request, body.unit_code)
    scope.check(body.unit_code)
    row = LogisticsRequest(
        **body.model_dump(mode="python"),
        status=LogisticsStatus.submitted.value,
        requested_by=principal.subject,
    )
    row.kind = body.kind.value
    session.add(row)
    await session.flush()
    return LogisticsPublic.model_validate(row)


LOGISTICS_SORT = Sort(LogisticsRequest, "unit_code", "kind", "wanted_on", "status")


@logistics_router.get("/logistics-requests", responses=CENTRAL)
async def list_logistics_requests(
    listing: Annotated[Listing, LOGISTICS_SORT],
    session: SessionDep,
    scope: Scope,
    request: Request,
    _c: CentralCaller,
    unit_code: Line | None = None,
    kind: LogisticsKind | None = None,
    status_: Annotated[LogisticsStatus | None, Query(alias="status")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> LogisticsPage:
    _check_filter(request, unit_code)
    stmt = scope.apply(select(LogisticsRequest), col(LogisticsRequest.unit_code))
    if unit_code is not None:
        stmt = stmt.where(LogisticsRequest.unit_code == unit_code)
    if kind is not None:
        stmt = stmt.where(LogisticsRequest.kind == kind.value)
    if status_ is not None:
        stmt = stmt.where(LogisticsRequest.status == status_.value)
    rows, nxt = await paginate(
        session,
        stmt,
        order_by=[col(LogisticsRequest.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return LogisticsPage(
        items=[LogisticsPublic.model_validate(r) for r in rows],
        next_cursor=nxt,
        total=listing.total,
    )


async def _logistics(session: SessionDep, request_id: int, scope: Scope) -> LogisticsRequest:
    stmt = scope.apply(
        select(LogisticsRequest).where(LogisticsRequest.id == request_id),
        col(LogisticsRequest.unit_code),
    )
    row = (await session.exec(stmt)).first()
    if row is None:
        raise NotFound(f"logistics request {request_id} does not exist")
    return row


@logistics_router.get("/logistics-requests/{request_id}", responses=problem_responses(404, 422))
async def get_logistics_request(
    request_id: int, session: SessionDep, scope: Scope, response: Response, _c: CentralCaller
) -> LogisticsPublic:
    row = await _logistics(session, request_id, scope)
    set_etag(response, row.version)
    return LogisticsPublic.model_validate(row)


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
    row = await _logistics(session, request_id, scope)
    check_if_match(if_match, row.version)
    if body.status is not None:
        row.status = body.status.value
    if body.answer is not None:
        row.answer = body.answer
    row.version += 1
    session.add(row)
    await session.flush()
    set_etag(response, row.version)
    return LogisticsPublic.model_validate(row)


# rooms ---------------------------------------------------------------------------------------
@logistics_router.post(
    "/rooms", status_code=status.HTTP_201_CREATED, responses=problem_responses(409, 422)
)
async def create_room(
    body: RoomCreate, session: SessionDep, _m: Caller, _c: CentralCaller
) -> RoomPublic:
    if (await session.exec(select(Room).where(Room.code == body.code))).first() is not None:
        raise DuplicateRoom(f"room code {body.code} is taken")
    room = Room(**body.model_dump())
    session.add(room)
    await session.flush()
    return RoomPublic.model_validate(room)


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
    stmt = select(Room).where(col(Room.active).is_(True))
    if min_capacity is not None:
        stmt = stmt.where(Room.capacity >= min_capacity)
    rows, nxt = await paginate(
        session, stmt, order_by=[col(Room.id)], limit=limit, cursor=cursor, listing=listing
    )
    return RoomPage(
        items=[RoomPublic.model_validate(r) for r in rows], next_cursor=nxt, total=listing.total
    )


async def _room(session: SessionDep, room_id: int, *, lock: bool = False) -> Room:
    stmt = select(Room).where(Room.id == room_id)
    room = (await session.exec(stmt.with_for_update() if lock else stmt)).first()
    if room is None or not room.active:
        raise NotFound(f"room {room_id} does not exist")
    return room


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
    request: Request,
    principal: Caller,
    _c: CentralCaller,
) -> BookingPublic:
    require_central(request, body.unit_code)
    scope.check(body.unit_code)
    room = await _room(session, room_id, lock=True)  # one booking of a room at a time
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
    await _room(session, room_id)
    stmt = select(RoomBooking).where(
        RoomBooking.room_id == room_id, RoomBooking.status == BookingStatus.booked.value
    )
    rows, nxt = await paginate(
        session,
        stmt,
        order_by=[col(RoomBooking.starts_at), col(RoomBooking.id)],
        limit=limit,
        cursor=cursor,
        listing=listing,
    )
    return BookingPage(
        items=[BookingPublic.model_validate(r) for r in rows], next_cursor=nxt, total=listing.total
    )


@logistics_router.post("/room-bookings/{booking_id}/cancel", responses=problem_responses(404, 422))
async def cancel_room_booking(
    booking_id: int, session: SessionDep, scope: Scope, _r: Caller, _c: CentralCaller
) -> BookingPublic:
    stmt = scope.apply(
        select(RoomBooking).where(RoomBooking.id == booking_id), col(RoomBooking.unit_code)
    )
    booking = (await session.exec(stmt)).first()
    if booking is None:
        raise NotFound(f"booking {booking_id} does not exist")
    booking.status = BookingStatus.cancelled.value
    session.add(booking)
    await session.flush()
    return BookingPublic.model_validate(booking)


# social service ------------------------------------------------------------------------------
@social_router.post("/social-cases", status_code=status.HTTP_201_CREATED, responses=CENTRAL)
async def create_social_case(
    body: CaseCreate,
    session: SessionDep,
    request: Request,
    principal: Caller,
    _c: CentralCaller,
) -> CasePublic:
    require_central(request, body.unit_code)
    case = SocialCase(
        **body.model_dump(mode="python"),
        status=CaseStatus.open.value,
        opened_on=today(),
        social_worker=principal.subject,
    )
    case.category = body.category.value
    session.add(case)
    await session.flush()
    return CasePublic.model_validate(case)


CASE_SORT = Sort(SocialCase, "unit_code", "category", "status", "opened_on", "closed_on")


@social_router.get("/social-cases", responses=CENTRAL)
async def list_social_cases(
    listing: Annotated[Listing, CASE_SORT],
    session: SessionDep,
    request: Request,
    _p: Caller,
    _c: CentralCaller,
    unit_code: Line | None = None,
    category: CaseCategory | None = None,
    status_: Annotated[CaseStatus | None, Query(alias="status")] = None,
    limit: Limit = 50,
    cursor: Cursor = None,
) -> CasePage:
    """The cases in full: social workers only (not even sg.admin or sg.auditor)."""
    _check_filter(request, unit_code)
    stmt = select(SocialCase)
    if unit_code is not None:
        stmt = stmt.where(SocialCase.unit_code == unit_code)
    if category is not None:
        stmt = stmt.where(SocialCase.category == category.value)
    if status_ is not None:
        stmt = stmt.where(SocialCase.status == status_.value)
    rows, nxt = await paginate(
        session, stmt, order_by=[col(SocialCase.id)], limit=limit, cursor=cursor, listing=listing
    )
    return CasePage(
        items=[CasePublic.model_validate(r) for r in rows], next_cursor=nxt, total=listing.total
    )


@social_router.get("/social-cases/stats", responses=CENTRAL, summary="Case counts per unit")
async def social_case_stats(
    session: SessionDep,
    scope: Scope,
    request: Request,
    _c: CentralCaller,
    unit_code: Line | None = None,
) -> CaseStats:
    """What everyone but social workers may see: counts per unit, never a case."""
    _check_filter(request, unit_code)
    return CaseStats(items=await service.case_counts(session, scope=scope, unit_code=unit_code))


async def _case(session: SessionDep, case_id: int) -> SocialCase:
    case = await session.get(SocialCase, case_id)
    if case is None:
        raise NotFound(f"social case {case_id} does not exist")
    return case


@social_router.get("/social-cases/{case_id}", responses=problem_responses(404, 422))
async def get_social_case(
    case_id: int,
    session: SessionDep,
    response: Response,
    _p: Caller,
    _c: CentralCaller,
) -> CasePublic:
    case = await _case(session, case_id)
    set_etag(response, case.version)
    return CasePublic.model_validate(case)


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
    case = await _case(session, case_id)
    check_if_match(if_match, case.version)
    if body.category is not None:
        case.category = body.category.value
    if body.summary is not None:
        case.summary = body.summary
    if body.status is not None and body.status.value != case.status:
        case.status = body.status.value
        case.closed_on = today() if body.status == CaseStatus.closed else None
    case.version += 1
    session.add(case)
    await session.flush()
    set_etag(response, case.version)
    return CasePublic.model_validate(case)
