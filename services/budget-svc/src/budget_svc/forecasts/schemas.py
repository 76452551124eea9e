"""Forecast schemas."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from budget_svc.common import ActionCode, FiscalYearNumber, NonNegativeMoney, Reason, Title
from sg_common.api import Money, Page, Text, UnitCode


class ForecastBase(BaseModel):
    unit_code: UnitCode
    fiscal_year: FiscalYearNumber
    action: ActionCode
    title: Title
    ae: NonNegativeMoney
    cp: NonNegativeMoney
    comment: Text | None = Field(default=None, max_length=500)


class ForecastCreate(ForecastBase):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DR-BRE",
                    "fiscal_year": 2026,
                    "action": "08",
                    "title": "T3",
                    "ae": "120000.00",
                    "cp": "110000.00",
                    "comment": "Enquêtes régionales et frais de déplacement",
                }
            ]
        },
    )


class ForecastUpdate(BaseModel):
    """A revision: new amounts (one or both) and why."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"ae": "135000.00", "reason": "Extension de l'enquête"}]},
    )
    ae: NonNegativeMoney | None = None
    cp: NonNegativeMoney | None = None
    comment: Text | None = Field(default=None, max_length=500)
    reason: Reason


class ForecastPublic(ForecastBase):
    model_config = ConfigDict(from_attributes=True)
    id: int
    version: int
    created_at: datetime
    created_by: str


class ForecastPage(Page[ForecastPublic]):
    pass


class ForecastRevisionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    revision: int
    previous_ae: Money | None
    previous_cp: Money | None
    ae: Money
    cp: Money
    reason: str
    revised_by: str
    revised_at: datetime


class ForecastAxis(StrEnum):
    UNIT_CODE = "unit_code"
    FISCAL_YEAR = "fiscal_year"
    ACTION = "action"
    TITLE = "title"


class ForecastTotal(BaseModel):
    """The sum of forecast lines sharing the values of the grouping axes."""

    group: dict[str, str | int]
    lines: int
    ae: Money
    cp: Money
