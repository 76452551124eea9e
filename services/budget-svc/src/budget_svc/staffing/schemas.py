"""Staff ceiling schemas."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from budget_svc.common import FiscalYearNumber, Reason
from sg_common.api import Page, UnitCode

Etpt = Annotated[Decimal, Field(ge=0, max_digits=10, decimal_places=2)]


class StaffCeilingCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DR-BRE",
                    "fiscal_year": 2026,
                    "etpt_ceiling": "182.50",
                    "reason": "Schéma d'emplois 2026",
                }
            ]
        },
    )
    unit_code: UnitCode
    fiscal_year: FiscalYearNumber
    etpt_ceiling: Etpt
    reason: Reason | None = None


class StaffCeilingUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"etpt_ceiling": "180.00", "reason": "Redéploiement"}]},
    )
    etpt_ceiling: Etpt
    reason: Reason


class StaffCeilingPublic(BaseModel):
    id: int
    unit_code: str
    fiscal_year: int
    etpt_ceiling: Decimal
    etpt_consumed: Decimal = Field(
        description="ETPT of the assignments HR reported in the unit and its sub-units, "
        "quotité × share of the year covered."
    )
    etpt_remaining: Decimal
    etpt_reported: Decimal = Field(
        description="Yearly ETPT from hr-svc's monthly reports (sum of the months ÷ 12) for the "
        "unit and its sub-units: what the ceiling is checked against at year end."
    )
    months_reported: int
    over_ceiling: bool
    reason: str | None
    set_by: str
    set_at: datetime
    version: int


class StaffCeilingPage(Page[StaffCeilingPublic]):
    pass
