"""Work programme, performance and management-control schemas."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from budget_svc.common import FiscalYearNumber, NonNegativeMoney
from sg_common.api import Line, Money, Text, UnitCode

Quantity = Decimal


class Trend(StrEnum):
    INCREASE = "increase"
    DECREASE = "decrease"


class CostAxis(StrEnum):
    UNIT_CODE = "unit_code"
    ACTIVITY = "activity"
    OPERATION_ID = "operation_id"


class StatisticalOperationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    operation_id: str
    name: str
    kind: str
    lead_unit: str
    revision: int
    starts_on: date | None
    ends_on: date | None


class ProgrammeItemCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "year": 2026,
                    "owner_unit": "DR-BRE",
                    "title": "Enquête logement, collecte régionale",
                    "description": "Collecte de la vague 2026 en Bretagne",
                    "operation_ids": ["OP-LOGEMENT-2026"],
                    "credits_ae": "25000.00",
                    "credits_cp": "20000.00",
                    "planned": "1200",
                }
            ]
        },
    )
    year: FiscalYearNumber
    owner_unit: UnitCode
    title: Line = Field(min_length=3, max_length=300)
    description: Text = Field(min_length=3, max_length=2000)
    operation_ids: list[Line] = Field(default_factory=list, max_length=20)
    credits_ae: NonNegativeMoney
    credits_cp: NonNegativeMoney
    planned: Quantity = Field(gt=0, le=Decimal("99999999"), decimal_places=2)


class ProgrammeItemUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"done": "600", "credits_cp": "18000.00"}]}
    )
    description: Text | None = Field(default=None, min_length=3, max_length=2000)
    operation_ids: list[Line] | None = Field(default=None, max_length=20)
    credits_ae: NonNegativeMoney | None = None
    credits_cp: NonNegativeMoney | None = None
    planned: Quantity | None = Field(default=None, gt=0, le=Decimal("99999999"), decimal_places=2)
    done: Quantity | None = Field(default=None, ge=0, le=Decimal("99999999"), decimal_places=2)


class ProgrammeItemPublic(BaseModel):
    id: int
    year: int
    owner_unit: str
    title: str
    description: str
    operation_ids: list[str]
    credits_ae: Money
    credits_cp: Money
    planned: Decimal
    done: Decimal
    progress_pct: Decimal = Field(description="done ÷ planned × 100, capped at 100.")
    created_by: str
    updated_at: datetime
    version: int


class ProgrammeVersionCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"note": "Programme arrêté en CODIR"}]}
    )
    note: Text = Field(min_length=3, max_length=500)


class ProgrammeVersionPublic(BaseModel):
    year: int
    number: int
    note: str
    items: list[ProgrammeItemPublic]
    published_by: str
    published_at: datetime


class YearProgress(BaseModel):
    year: int
    items: int
    credits_ae: Money
    credits_cp: Money
    planned: Decimal
    done: Decimal
    progress_pct: Decimal = Field(description="Mean of the items' progress (each capped at 100).")


class ObjectiveCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"code": "OBJ-1", "label": "Diffuser une information de qualité"}]
        },
    )
    code: Line = Field(min_length=1, max_length=16)
    label: Line = Field(min_length=3, max_length=300)


class IndicatorCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "objective_id": 1,
                    "code": "IND-1.1",
                    "label": "Taux de réponse aux enquêtes ménages",
                    "measure_unit": "%",
                    "trend": "increase",
                }
            ]
        },
    )
    objective_id: int
    code: Line = Field(min_length=1, max_length=16)
    label: Line = Field(min_length=3, max_length=300)
    measure_unit: Line = Field(min_length=1, max_length=32)
    trend: Trend


class IndicatorPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    objective_id: int
    code: str
    label: str
    measure_unit: str
    trend: Trend


class ObjectivePublic(BaseModel):
    id: int
    code: str
    label: str
    indicators: list[IndicatorPublic]


class IndicatorValueSet(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"unit_code": None, "target": "72.0", "actual": "70.5"}]},
    )
    unit_code: UnitCode | None = Field(default=None, description="None: the whole programme.")
    target: Decimal | None = Field(default=None, decimal_places=3)
    actual: Decimal | None = Field(default=None, decimal_places=3)


class IndicatorValuePublic(BaseModel):
    indicator_id: int
    code: str
    year: int
    unit_code: str | None
    target: Decimal | None
    actual: Decimal | None
    met: bool | None = Field(description="Actual at or beyond target in the indicator's trend.")


class CostRow(BaseModel):
    unit_code: str | None
    activity: str | None
    operation_id: str | None
    cost: Money = Field(description="Charges booked (service fait, net of reversals).")
