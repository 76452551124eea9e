"""Request and response models of operations, phases, milestones, needs, timeline, portfolio."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from sg_common.api import BusinessDate, Line, Money, Page, Text, UnitCode
from sg_common.months import MONTH_PATTERN


class OperationKind(StrEnum):
    census = "census"
    household_survey = "household_survey"
    business_survey = "business_survey"
    other = "other"


class OperationStatus(StrEnum):
    draft = "draft"
    scheduled = "scheduled"
    completed = "completed"


class PhaseCode(StrEnum):
    """GSBPM phases, in process order."""

    specify_needs = "specify_needs"
    design = "design"
    build = "build"
    collect = "collect"
    process = "process"
    analyse = "analyse"
    disseminate = "disseminate"
    evaluate = "evaluate"


class PhaseStatus(StrEnum):
    planned = "planned"
    in_progress = "in_progress"
    completed = "completed"


class PurchaseCategory(StrEnum):
    furniture = "furniture"
    it_equipment = "it_equipment"
    supplies = "supplies"
    services = "services"


# --- operations -------------------------------------------------------------------------------
class OperationBase(BaseModel):
    name: Line = Field(min_length=1, max_length=200)
    kind: OperationKind
    lead_unit: UnitCode
    participating_units: list[UnitCode] = Field(default_factory=list, max_length=200)
    description: Text = Field(default="", max_length=4000)


class OperationCreate(OperationBase):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "RP-2027",
                    "name": "Recensement de la population 2027",
                    "kind": "census",
                    "lead_unit": "DSDS-RECENS",
                    "participating_units": ["DR-BRE", "DR-IDF"],
                    "description": "Enquête annuelle de recensement",
                }
            ]
        },
    )
    code: str = Field(min_length=1, max_length=40, pattern=r"^[A-Z0-9][A-Z0-9_-]*$")


class OperationUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"participating_units": ["DR-BRE", "DR-NOR"]}]},
    )
    name: Line | None = Field(default=None, min_length=1, max_length=200)
    participating_units: list[UnitCode] | None = Field(default=None, max_length=200)
    description: Text | None = Field(default=None, max_length=4000)


class OperationPublic(BaseModel):
    id: int
    code: str
    name: str
    kind: OperationKind
    lead_unit: str
    participating_units: list[str]
    description: str
    status: OperationStatus
    revision: int = Field(description="Number of times the operation was (re)scheduled.")
    start: date | None = Field(description="Start of the first phase.")
    end: date | None = Field(description="End of the last phase.")
    version: int


class OperationPage(Page[OperationPublic]):
    pass


# --- phases -----------------------------------------------------------------------------------
class _Dates(BaseModel):
    start: BusinessDate
    end: BusinessDate

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            raise ValueError("end must be on or after start")
        return self


class PhaseCreate(_Dates):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "phase_code": "collect",
                    "start": "2027-01-15",
                    "end": "2027-02-28",
                    "depends_on": ["build"],
                }
            ]
        },
    )
    phase_code: PhaseCode
    name: Line | None = Field(default=None, max_length=200, description="Defaults to GSBPM name.")
    depends_on: list[PhaseCode] = Field(default_factory=list, max_length=8)


class PhaseUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"status": "in_progress"}, {"end": "2027-03-15"}]},
    )
    name: Line | None = Field(default=None, max_length=200)
    start: BusinessDate | None = None
    end: BusinessDate | None = None
    depends_on: list[PhaseCode] | None = Field(default=None, max_length=8)
    status: PhaseStatus | None = Field(
        default=None, description="planned → in_progress; completion is POST .../complete."
    )


class PhaseComplete(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{}]})
    completed_on: BusinessDate | None = Field(default=None, description="Defaults to today.")


class StaffNeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    unit_code: UnitCode
    staff_days: Decimal = Field(gt=0, max_digits=14, decimal_places=2)


class ItNeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    centre_code: UnitCode
    month: str = Field(pattern=MONTH_PATTERN)
    person_days: Decimal = Field(gt=0, max_digits=14, decimal_places=2)


class PurchaseNeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    description: Text = Field(min_length=1, max_length=500)
    category: PurchaseCategory
    quantity: int = Field(default=1, ge=1)
    estimated_amount: Money
    needed_by: BusinessDate | None = None


class PhaseNeeds(BaseModel):
    """All resource needs of a phase (replaced as a whole)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "staff": [{"unit_code": "DR-BRE", "staff_days": "120.00"}],
                    "it": [{"centre_code": "CNI-NANTES", "month": "2027-01", "person_days": "40"}],
                    "purchases": [
                        {
                            "description": "Tablettes de collecte",
                            "category": "it_equipment",
                            "quantity": 50,
                            "estimated_amount": "15000.00",
                        }
                    ],
                }
            ]
        },
    )
    staff: list[StaffNeedIn] = Field(default_factory=list, max_length=500)
    it: list[ItNeedIn] = Field(default_factory=list, max_length=500)
    purchases: list[PurchaseNeedIn] = Field(default_factory=list, max_length=200)


class StaffNeedPublic(StaffNeedIn):
    model_config = ConfigDict(from_attributes=True)
    staff_days: Money


class ItNeedPublic(ItNeedIn):
    model_config = ConfigDict(from_attributes=True)


class PurchaseNeedPublic(PurchaseNeedIn):
    model_config = ConfigDict(from_attributes=True)


class PhaseNeedsPublic(BaseModel):
    staff: list[StaffNeedPublic]
    it: list[ItNeedPublic]
    purchases: list[PurchaseNeedPublic]


class MilestoneCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"phase_code": "collect", "name": "Fin de collecte", "due_on": "2027-02-28"}
            ]
        },
    )
    phase_code: PhaseCode
    name: Line = Field(min_length=1, max_length=200)
    due_on: BusinessDate


class MilestoneUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"reached_on": "2027-02-27"}]}
    )
    name: Line | None = Field(default=None, min_length=1, max_length=200)
    due_on: BusinessDate | None = None
    reached_on: BusinessDate | None = None


class MilestonePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    phase_code: PhaseCode
    name: str
    due_on: date
    reached_on: date | None
    late: bool = False


class PhasePublic(BaseModel):
    id: int
    operation_id: int
    phase_code: PhaseCode
    name: str
    start: date
    end: date
    depends_on: list[PhaseCode]
    status: PhaseStatus
    started_on: date | None
    completed_on: date | None
    late: bool = Field(description="Not completed and its end date has passed.")
    needs: PhaseNeedsPublic
    version: int


class PhaseDates(_Dates):
    model_config = ConfigDict(extra="forbid")
    phase_code: PhaseCode


class ScheduleRequest(BaseModel):
    """Schedule the operation, or reschedule it with new phase dates applied all at once."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {},
                {
                    "phases": [
                        {"phase_code": "collect", "start": "2027-02-01", "end": "2027-03-15"}
                    ],
                    "reason": "Report de la collecte",
                },
            ]
        },
    )
    phases: list[PhaseDates] = Field(default_factory=list, max_length=8)
    reason: Line | None = Field(default=None, max_length=500)


# --- timeline and portfolio -------------------------------------------------------------------
class TimelineMonth(BaseModel):
    month: str
    phases: list[PhaseCode]
    staff_days: Money = Field(description="Staff days spread over the phase's working days.")
    it_person_days: Decimal


class Timeline(BaseModel):
    operation: OperationPublic
    phases: list[PhasePublic]
    milestones: list[MilestonePublic]
    months: list[TimelineMonth]
    total_staff_days: Money
    total_it_person_days: Decimal
    total_purchases: Money


class PortfolioOperation(BaseModel):
    operation_id: int
    code: str
    name: str
    kind: OperationKind
    phases: list[PhaseCode]
    staff_days: Money
    it_person_days: Decimal


class PortfolioMonth(BaseModel):
    month: str
    operations: list[PortfolioOperation]
    staff_days: Money
    it_person_days: Decimal


class Portfolio(BaseModel):
    months: list[PortfolioMonth]


class GsbpmPhasePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    code: PhaseCode
    number: int
    name: str
    name_fr: str
