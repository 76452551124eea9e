"""Request and response schemas of the plan de charge."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from it_svc.common import Dec2, Dec4
from sg_common.api import Line, Page, Text, UnitCode
from sg_common.months import Month


class DemandSource(StrEnum):
    operation = "operation"
    project = "project"


class PlanStatus(StrEnum):
    draft = "draft"
    published = "published"
    superseded = "superseded"


class CapacityCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "centre_code": "CNI-ORLEANS",
                    "month": "2026-04",
                    "extra_person_days": "10.00",
                    "infrastructure_headroom_pct": "35.00",
                }
            ]
        },
    )
    centre_code: UnitCode
    month: Month
    extra_person_days: Decimal = Field(default=Decimal("0"), ge=0, max_digits=14, decimal_places=2)
    infrastructure_headroom_pct: Decimal | None = Field(
        default=None, ge=0, le=100, max_digits=5, decimal_places=2
    )
    note: Text | None = Field(default=None, max_length=500)


class CapacityUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"extra_person_days": "12.50"}]}
    )
    extra_person_days: Decimal | None = Field(default=None, ge=0, max_digits=14, decimal_places=2)
    infrastructure_headroom_pct: Decimal | None = Field(
        default=None, ge=0, le=100, max_digits=5, decimal_places=2
    )
    note: Text | None = Field(default=None, max_length=500)


class CapacityPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    centre_code: str
    month: str
    extra_person_days: Dec2
    infrastructure_headroom_pct: Dec2 | None
    note: str | None
    updated_at: datetime
    version: int


class CapacityPage(Page[CapacityPublic]):
    pass


class DemandCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "centre_code": "CNI-NANTES",
                    "month": "2026-05",
                    "person_days": "40.00",
                    "project": "Refonte SIRENE",
                    "description": "Recette",
                }
            ]
        },
    )
    centre_code: UnitCode
    month: Month
    person_days: Decimal = Field(gt=0, max_digits=14, decimal_places=2)
    project: Line = Field(min_length=1, max_length=200)
    description: Text | None = Field(default=None, max_length=500)


class DemandUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"person_days": "35.00"}]}
    )
    person_days: Decimal | None = Field(default=None, gt=0, max_digits=14, decimal_places=2)
    description: Text | None = Field(default=None, max_length=500)


class DemandPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    centre_code: str
    month: str
    person_days: Dec2
    source: DemandSource
    project: str | None
    operation_id: str | None
    operation_revision: int | None
    phase_code: str | None
    description: str | None
    created_at: datetime
    updated_at: datetime
    version: int


class DemandPage(Page[DemandPublic]):
    pass


class LoadLine(BaseModel):
    """Capacity (person-days), demand (person-days) and load (demand / capacity, 1 = 100 %)."""

    model_config = ConfigDict(from_attributes=True)
    centre_code: str
    month: str
    staff_person_days: Dec2
    extra_person_days: Dec2
    capacity: Dec2
    demand: Dec2
    load: Dec4
    infrastructure_headroom_pct: Dec2 | None
    over_capacity: bool


class PlanCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "PDC-2026",
                    "first_month": "2026-01",
                    "last_month": "2026-12",
                    "note": "Plan de charge 2026",
                }
            ]
        },
    )
    code: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9._-]+$")
    first_month: Month
    last_month: Month
    centre_codes: list[UnitCode] | None = Field(
        default=None, max_length=50, description="Default: every national computing centre."
    )
    note: Text | None = Field(default=None, max_length=500)


class PlanUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"last_month": "2027-06"}]}
    )
    first_month: Month | None = None
    last_month: Month | None = None
    centre_codes: list[UnitCode] | None = Field(default=None, max_length=50)
    note: Text | None = Field(default=None, max_length=500)


class PlanPublic(BaseModel):
    id: int
    code: str
    number: int
    first_month: str
    last_month: str
    centre_codes: list[str]
    status: PlanStatus
    note: str | None
    supersedes_id: int | None
    created_by: str
    created_at: datetime
    computed_at: datetime
    published_at: datetime | None
    published_by: str | None
    over_capacity_lines: int
    version: int


class PlanDetail(PlanPublic):
    lines: list[LoadLine]


class PlanPage(Page[PlanPublic]):
    pass
