"""Request and response bodies of logistics support and the social service."""

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import BusinessDate, BusinessDateTime, Line, Page, Text, UnitCode


class LogisticsKind(StrEnum):
    move = "move"
    vehicle = "vehicle"
    mail = "mail"
    other = "other"


class LogisticsStatus(StrEnum):
    submitted = "submitted"
    scheduled = "scheduled"
    done = "done"
    cancelled = "cancelled"


class BookingStatus(StrEnum):
    booked = "booked"
    cancelled = "cancelled"


class CaseCategory(StrEnum):
    housing = "housing"
    financial = "financial"
    health = "health"
    family = "family"
    work = "work"
    other = "other"


class CaseStatus(StrEnum):
    open = "open"
    closed = "closed"


class LogisticsCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DESE-CN",
                    "kind": "move",
                    "wanted_on": "2026-04-10",
                    "description": "Déménagement de 6 postes du 3e au 5e étage",
                }
            ]
        },
    )
    unit_code: UnitCode
    kind: LogisticsKind
    description: Text = Field(min_length=1, max_length=2000)
    wanted_on: BusinessDate


class LogisticsUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"status": "scheduled", "answer": "Prévu le 10/04"}]},
    )
    status: LogisticsStatus | None = None
    answer: Text | None = Field(default=None, max_length=2000)


class LogisticsPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    kind: LogisticsKind
    description: str
    wanted_on: date
    status: LogisticsStatus
    requested_by: str
    answer: str | None
    version: int


class LogisticsPage(Page[LogisticsPublic]):
    pass


class RoomCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"code": "W-0-12", "name": "Salle Quetelet", "site": "Montrouge", "capacity": 20}
            ]
        },
    )
    code: Line = Field(min_length=1, max_length=40)
    name: Line = Field(min_length=1, max_length=200)
    site: Line = Field(min_length=1, max_length=100)
    capacity: int = Field(ge=1, le=1000)


class RoomPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    code: str
    name: str
    site: str
    capacity: int
    active: bool
    version: int


class RoomPage(Page[RoomPublic]):
    pass


class BookingCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DESE-CN",
                    "starts_at": "2026-03-18T09:00:00Z",
                    "ends_at": "2026-03-18T11:00:00Z",
                    "purpose": "Comité de pilotage",
                    "attendees": 12,
                }
            ]
        },
    )
    unit_code: UnitCode
    starts_at: BusinessDateTime
    ends_at: BusinessDateTime
    purpose: Line = Field(min_length=1, max_length=200)
    attendees: int = Field(default=1, ge=1, le=1000)


class BookingPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    room_id: int
    unit_code: str
    starts_at: datetime
    ends_at: datetime
    purpose: str
    attendees: int
    booked_by: str
    status: BookingStatus


class BookingPage(Page[BookingPublic]):
    pass


class CaseCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DESE-CN",
                    "agent_ref": "A-10234",
                    "category": "housing",
                    "summary": "Recherche de logement social",
                }
            ]
        },
    )
    unit_code: UnitCode
    agent_ref: Line = Field(min_length=1, max_length=80)
    category: CaseCategory
    summary: Text = Field(min_length=1, max_length=4000)


class CaseUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"status": "closed"}]}
    )
    category: CaseCategory | None = None
    summary: Text | None = Field(default=None, min_length=1, max_length=4000)
    status: CaseStatus | None = None


class CasePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    agent_ref: str
    category: CaseCategory
    summary: str
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    social_worker: str
    version: int


class CasePage(Page[CasePublic]):
    pass


class CaseCount(BaseModel):
    """Counts only: what anyone but a social worker may know of the social service's activity."""

    unit_code: str
    open: int
    closed: int
    total: int


class CaseStats(BaseModel):
    items: list[CaseCount]
