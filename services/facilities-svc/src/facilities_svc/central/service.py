"""Central-only activities: room bookings without double booking, social-case statistics."""

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import ColumnElement
from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.central.models import LogisticsRequest, Room, RoomBooking, SocialCase
from facilities_svc.central.schemas import (
    BookingCreate,
    BookingStatus,
    CaseCount,
    CaseCreate,
    CaseStatus,
    CaseUpdate,
    LogisticsCreate,
    LogisticsStatus,
    RoomCreate,
)
from sg_common.auth import OrgScope
from sg_common.clock import today
from sg_common.errors import BusinessRuleViolation, Conflict, UnprocessableEntity
from sg_common.repository import Repository

LOGISTICS = Repository(LogisticsRequest, what="logistics request")
ROOMS = Repository(Room, what="room", unit=None)
BOOKINGS = Repository(RoomBooking, what="booking")
#: Social cases are read in full by social workers only, whatever their units: not scoped.
SOCIAL_CASES = Repository(SocialCase, what="social case", unit=None)


class DuplicateRoom(Conflict):
    type_slug = "duplicate-code"
    title = "The code is taken"


class RoomDoubleBooked(BusinessRuleViolation):
    type_slug = "room-double-booked"
    title = "The room is already booked for part of that slot"


class InvalidBookingPeriod(UnprocessableEntity):
    type_slug = "invalid-booking-period"
    title = "A booking must end after it starts"


class RoomTooSmall(BusinessRuleViolation):
    type_slug = "room-too-small"
    title = "More attendees than the room's capacity"


async def create_logistics_request(
    session: AsyncSession, body: LogisticsCreate, *, requested_by: str
) -> LogisticsRequest:
    """A logistics request of a central unit, submitted."""
    row = LogisticsRequest(
        **body.model_dump(mode="python"),
        status=LogisticsStatus.submitted.value,
        requested_by=requested_by,
    )
    row.kind = body.kind.value
    return await LOGISTICS.add(session, row)


async def create_room(session: AsyncSession, body: RoomCreate) -> Room:
    """A meeting room (409 ``duplicate-code`` when its code is taken)."""
    if (await session.exec(select(Room).where(Room.code == body.code))).first() is not None:
        raise DuplicateRoom(f"room code {body.code} is taken")
    return await ROOMS.add(session, Room(**body.model_dump()))


async def active_room(session: AsyncSession, room_id: int, *, lock: bool = False) -> Room:
    """The room, if still in use (404 otherwise)."""
    room = await ROOMS.get(session, room_id, lock=lock)
    if not room.active:
        raise ROOMS.missing(room_id)
    return room


def active_rooms(min_capacity: int | None) -> list[ColumnElement[bool]]:
    """The rooms in use, seating at least ``min_capacity`` if given."""
    where: list[ColumnElement[bool]] = [col(Room.active).is_(True)]
    if min_capacity is not None:
        where.append(col(Room.capacity) >= min_capacity)
    return where


def cancel_booking(booking: RoomBooking) -> RoomBooking:
    """The slot is freed (a booking has no version)."""
    return BOOKINGS.update(booking, status=BookingStatus.cancelled.value)


async def create_social_case(
    session: AsyncSession, body: CaseCreate, *, social_worker: str
) -> SocialCase:
    """A social case opened today by ``social_worker``."""
    case = SocialCase(
        **body.model_dump(mode="python"),
        status=CaseStatus.open.value,
        opened_on=today(),
        social_worker=social_worker,
    )
    case.category = body.category.value
    return await SOCIAL_CASES.add(session, case)


def update_social_case(case: SocialCase, body: CaseUpdate) -> SocialCase:
    """A PATCH of the case; a change of status opens (``closed_on`` emptied) or closes it
    (``closed_on`` today)."""
    status = case.status
    changes = SOCIAL_CASES.patch(case, body)
    if "status" in changes and changes["status"] != status:
        case.closed_on = today() if changes["status"] == CaseStatus.closed else None
    return case


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


async def book_room(
    session: AsyncSession, *, room: Room, body: BookingCreate, booked_by: str
) -> RoomBooking:
    """Book a slot; refused when it overlaps another booking of the room."""
    starts, ends = _utc(body.starts_at), _utc(body.ends_at)
    if ends <= starts:
        raise InvalidBookingPeriod(f"the slot ends at {ends}, not after it starts at {starts}")
    if body.attendees > room.capacity:
        raise RoomTooSmall(
            f"{room.name} seats {room.capacity}, {body.attendees} attendees expected"
        )
    clash = (
        await session.exec(
            select(RoomBooking).where(
                RoomBooking.room_id == room.id,
                RoomBooking.status == BookingStatus.booked.value,
                col(RoomBooking.starts_at) < ends,
                col(RoomBooking.ends_at) > starts,
            )
        )
    ).first()
    if clash is not None:
        raise RoomDoubleBooked(
            f"{room.name} is booked from {_utc(clash.starts_at):%Y-%m-%d %H:%M} to "
            f"{_utc(clash.ends_at):%H:%M} UTC by {clash.unit_code}; choose another slot or room",
            extra={"booking_id": clash.id},
        )
    assert room.id is not None
    booking = RoomBooking(
        room_id=room.id,
        unit_code=body.unit_code,
        starts_at=starts,
        ends_at=ends,
        purpose=body.purpose,
        attendees=body.attendees,
        booked_by=booked_by,
        status=BookingStatus.booked.value,
    )
    return await BOOKINGS.add(session, booking)


async def case_counts(
    session: AsyncSession, *, scope: OrgScope, unit_code: str | None
) -> list[CaseCount]:
    """Number of open and closed cases per unit, nothing else."""
    stmt = scope.apply(
        select(SocialCase.unit_code, SocialCase.status, func.count()).group_by(
            col(SocialCase.unit_code), col(SocialCase.status)
        ),
        col(SocialCase.unit_code),
    )
    if unit_code is not None:
        stmt = stmt.where(SocialCase.unit_code == unit_code)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for code, status, count in (await session.exec(stmt)).all():
        counts[code][status] += count
    return [
        CaseCount(
            unit_code=code,
            open=c[CaseStatus.open.value],
            closed=c[CaseStatus.closed.value],
            total=sum(c.values()),
        )
        for code, c in sorted(counts.items())
    ]
