"""Request and response models of workstation profiles and rollout campaigns."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sg_common.api import BusinessDate, Line, Page, Text, UnitCode


class ProfileCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "ENQ-MOBILE-2027",
                    "name": "Poste enquêteur mobile",
                    "hardware": "Tablette 11 pouces, 8 Go, 4G",
                    "software": ["Capi", "Navigateur", "Client VPN"],
                }
            ]
        },
    )
    code: str = Field(min_length=1, max_length=40, pattern=r"^[A-Z0-9][A-Z0-9_-]*$")
    name: Line = Field(min_length=1, max_length=200)
    hardware: Text = Field(min_length=1, max_length=1000)
    software: list[Line] = Field(default_factory=list, max_length=100)


class ProfileUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"active": False}]})
    name: Line | None = Field(default=None, min_length=1, max_length=200)
    hardware: Text | None = Field(default=None, min_length=1, max_length=1000)
    software: list[Line] | None = Field(default=None, max_length=100)
    active: bool | None = None


class ProfilePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    code: str
    name: str
    hardware: str
    software: list[str]
    active: bool
    version: int


class ProfilePage(Page[ProfilePublic]):
    pass


class UnitTarget(BaseModel):
    model_config = ConfigDict(extra="forbid")
    unit_code: UnitCode
    target: int = Field(ge=1, le=100000)


class CampaignCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "Déploiement tablettes enquêteurs 2027",
                    "profile_code": "ENQ-MOBILE-2027",
                    "start_date": "2026-09-01",
                    "due_date": "2026-12-31",
                    "units": [{"unit_code": "DR-BRE", "target": 40}],
                }
            ]
        },
    )
    name: Line = Field(min_length=1, max_length=200)
    profile_code: Line = Field(min_length=1, max_length=40)
    start_date: BusinessDate
    due_date: BusinessDate
    units: list[UnitTarget] = Field(min_length=1, max_length=500)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.due_date < self.start_date:
            raise ValueError("due_date must be on or after start_date")
        if len({u.unit_code for u in self.units}) != len(self.units):
            raise ValueError("each unit appears once")
        return self


class CampaignUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"due_date": "2027-01-31", "units": [{"unit_code": "DR-NOR", "target": 25}]}
            ]
        },
    )
    name: Line | None = Field(default=None, min_length=1, max_length=200)
    due_date: BusinessDate | None = None
    units: list[UnitTarget] | None = Field(
        default=None, max_length=500, description="Targets to add or change (others kept)."
    )
    closed: bool | None = None


class ProgressReport(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"done": 12}]})
    done: int = Field(ge=0, le=100000)


class CampaignState(StrEnum):
    planned = "planned"
    running = "running"
    overdue = "overdue"
    completed = "completed"
    closed = "closed"


class CampaignUnitPublic(BaseModel):
    unit_code: str
    target: int
    done: int
    expected: int = Field(description="Where the unit should be by now, at a steady pace.")
    percent: Decimal
    late: bool
    version: int


class CampaignPublic(BaseModel):
    id: int
    name: str
    profile_code: str
    start_date: date
    due_date: date
    state: CampaignState
    target: int
    done: int
    percent: Decimal = Field(description="done / target, in %, one decimal.")
    expected_share: Decimal = Field(description="Share of the campaign's time elapsed, in %.")
    late_units: list[str]
    units: list[CampaignUnitPublic]
    version: int


class CampaignPage(Page[CampaignPublic]):
    pass
