"""Request and response schemas of licences."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sg_common.api import BusinessDate, Line, Page, UnitCode


class LicenceType(StrEnum):
    perpetual = "perpetual"
    subscription = "subscription"
    per_user = "per_user"
    per_device = "per_device"
    site = "site"


class LicenceBase(BaseModel):
    software: Line = Field(min_length=1, max_length=120)
    publisher: Line | None = Field(default=None, max_length=120)
    licence_type: LicenceType
    seats: int = Field(ge=1, le=1_000_000)
    expires_on: BusinessDate | None = None
    purchase_order_id: Line | None = Field(default=None, max_length=64)


class LicenceCreate(LicenceBase):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DI",
                    "software": "SAS",
                    "publisher": "SAS Institute",
                    "licence_type": "subscription",
                    "seats": 250,
                    "expires_on": "2026-12-31",
                }
            ]
        },
    )
    unit_code: UnitCode


class LicenceUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"seats": 300, "expires_on": "2027-12-31"}]}
    )
    publisher: Line | None = Field(default=None, max_length=120)
    seats: int | None = Field(default=None, ge=1, le=1_000_000)
    expires_on: BusinessDate | None = None


class LicencePublic(LicenceBase):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    seats_used: int = 0
    created_at: datetime
    updated_at: datetime
    version: int


class LicencePage(Page[LicencePublic]):
    pass


class AssignmentCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"agent_id": "A123"}, {"item_id": 42}]}
    )
    agent_id: Line | None = Field(default=None, min_length=1, max_length=40)
    item_id: int | None = None

    @model_validator(mode="after")
    def _exactly_one_target(self) -> AssignmentCreate:
        if (self.agent_id is None) == (self.item_id is None):
            raise ValueError("give exactly one of agent_id or item_id")
        return self


class AssignmentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    licence_id: int
    agent_id: str | None
    item_id: int | None
    assigned_on: date
    released_on: date | None


class ExpiringLicence(BaseModel):
    id: int
    unit_code: str
    software: str
    expires_on: date
    days_left: int
    seats: int
    seats_used: int


class LicenceUsage(BaseModel):
    """Over-use: assigned seats or deployed installs above the seats bought."""

    id: int
    unit_code: str
    software: str
    seats: int
    seats_used: int
    installs: int
    excess: int
