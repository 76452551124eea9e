"""Request and response schemas of the IT staff registry and allocations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from it_svc.common import Dec2
from sg_common.api import BusinessDate, HistoricDate, Line, Page, UnitCode
from sg_common.months import Month


class SkillSource(StrEnum):
    training = "training"
    manual = "manual"


class SkillCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"skill": "kubernetes", "acquired_on": "2026-02-10"}]},
    )
    skill: Line = Field(min_length=1, max_length=80)
    acquired_on: HistoricDate
    expires_on: BusinessDate | None = None


class SkillPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    skill: str
    source: SkillSource
    course_code: str | None
    acquired_on: date
    expires_on: date | None


class StaffPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    agent_id: str
    unit_code: str
    assignment_id: str
    start_date: date
    end_date: date | None
    quotite: Dec2
    category: str | None
    active: bool
    updated_at: datetime
    version: int


class StaffDetail(StaffPublic):
    skills: list[SkillPublic] = []


class StaffPage(Page[StaffPublic]):
    pass


class AllocationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "agent_id": "A123",
                    "month": "2026-04",
                    "centre_code": "CNI-ORLEANS",
                    "project": "RP 2027",
                    "share": "0.50",
                }
            ]
        },
    )
    agent_id: Line = Field(min_length=1, max_length=40)
    month: Month
    centre_code: UnitCode
    project: Line | None = Field(default=None, max_length=80)
    share: Decimal = Field(
        gt=0,
        le=1,
        max_digits=3,
        decimal_places=2,
        description="Fraction of the month, 1.00 = 100 %.",
    )


class AllocationUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"share": "0.30"}]})
    share: Decimal | None = Field(default=None, gt=0, le=1, max_digits=3, decimal_places=2)
    project: Line | None = Field(default=None, max_length=80)


class AllocationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    agent_id: str
    month: str
    centre_code: str
    project: str | None
    share: Dec2
    created_at: datetime
    updated_at: datetime
    version: int


class AllocationPage(Page[AllocationPublic]):
    pass
