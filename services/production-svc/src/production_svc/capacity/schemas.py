"""Response models of the capacity risk and the data behind it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from production_svc.operations.schemas import PhaseCode
from sg_common.api import Page


class RiskColour(StrEnum):
    green = "green"
    amber = "amber"
    red = "red"


SEVERITY = {RiskColour.green: 0, RiskColour.amber: 1, RiskColour.red: 2}


def worst(colours: list[RiskColour]) -> RiskColour:
    """The most severe colour (green when there is none)."""
    return max(colours, key=SEVERITY.__getitem__, default=RiskColour.green)


class CentreRisk(BaseModel):
    centre_code: str
    need: Decimal = Field(description="This operation's person-days at the centre this month.")
    plan_id: str | None
    plan_version: int | None
    capacity: Decimal | None
    demand: Decimal | None
    projected_load: Decimal | None = Field(
        description="max(plan demand, this need) / capacity, 4 places."
    )
    colour: RiskColour
    reason: str


class MonthRisk(BaseModel):
    month: str
    colour: RiskColour
    reasons: list[str]
    centres: list[CentreRisk]


class StaffRisk(BaseModel):
    unit_code: str
    staff_days: Decimal
    available_staff_days: Decimal
    colour: RiskColour
    reason: str


class PhaseRisk(BaseModel):
    phase_code: PhaseCode
    start: date
    end: date
    colour: RiskColour
    months: list[MonthRisk]
    staff: list[StaffRisk]


class OperationRisk(BaseModel):
    operation_id: int
    code: str
    colour: RiskColour
    phases: list[PhaseRisk]


class PlanLinePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    centre_code: str
    month: str
    plan_id: str
    plan_version: int
    capacity: Decimal
    demand: Decimal
    load: Decimal


class PlanLinePage(Page[PlanLinePublic]):
    pass


class UnitStaff(BaseModel):
    unit_code: str
    start: date
    end: date
    assignments: int
    fte: Decimal = Field(description="Sum of quotités of assignments overlapping the window.")
    available_staff_days: Decimal


class MonthColour(BaseModel):
    month: str
    colour: RiskColour


class OperationRiskSummary(BaseModel):
    operation_id: int
    code: str
    name: str
    colour: RiskColour
    months: list[MonthColour] = Field(
        description="Worst colour of the operation's phases, by month."
    )
    reasons: list[str] = Field(description="The reasons behind the worst colour.")


class RiskPage(Page[OperationRiskSummary]):
    pass
