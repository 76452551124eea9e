"""Central-only activities: room bookings without double booking, social-case statistics."""

from collections import defaultdict
from datetime import UTC, datetime

from sqlmodel import col, func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.central.models import Room, RoomBooking, SocialCase
from facilities_svc.central.schemas import BookingCreate, BookingStatus, CaseCount, CaseStatus
from sg_common.auth import OrgScope
from sg_common.errors import BusinessRuleViolation, UnprocessableEntity


class RoomDoubleBooked(BusinessRuleViolation):
    type_slug = "room-double-booked"
    title = "The room is already booked for part of that slot"


class InvalidBookingPeriod(UnprocessableEntity):
    type_slug = "invalid-booking-period"
    title = "A booking must end after it starts"


class RoomTooSmall(BusinessRuleViolation):
    type_slug = "room-too-small"
    title = "More attendees than the room's capacity"


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
    session.add(booking)
    await session.flush()
    return booking


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
