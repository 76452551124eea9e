"""Tables of the central-only activities: logistics requests, rooms and bookings, social cases."""

from datetime import date, datetime

from sqlalchemy import Column
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from facilities_svc.models import FacilitiesTable


class LogisticsRequest(FacilitiesTable, table=True):
    """Demande d'appui logistique (move, vehicle, mail...) of a central unit."""

    __tablename__ = "logistics_request"

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    kind: str = Field(max_length=16, index=True)
    description: str = Field(max_length=2000)
    wanted_on: date
    status: str = Field(max_length=16, index=True)
    requested_by: str = Field(max_length=120)
    answer: str | None = Field(default=None, max_length=2000)
    version: int = 1


class Room(FacilitiesTable, table=True):
    """Salle de réunion of the head office."""

    __tablename__ = "room"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=200)
    site: str = Field(max_length=100)
    capacity: int = Field(index=True)
    active: bool = Field(default=True, index=True)
    version: int = 1


class RoomBooking(FacilitiesTable, table=True):
    """A booking of a room for a time slot by a central unit."""

    __tablename__ = "room_booking"

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="room.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    starts_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    ends_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    purpose: str = Field(max_length=200)
    attendees: int = 1
    booked_by: str = Field(max_length=120)
    status: str = Field(max_length=16)


class SocialCase(FacilitiesTable, table=True):
    """Dossier d'accompagnement social (confidential: social workers only read it in full)."""

    __tablename__ = "social_case"

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    agent_ref: str = Field(max_length=80)
    category: str = Field(max_length=16, index=True)
    summary: str = Field(max_length=4000)
    status: str = Field(max_length=16, index=True)
    opened_on: date
    closed_on: date | None = None
    social_worker: str = Field(max_length=120)
    version: int = 1
