"""Schemas of the budget structure and fiscal years."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from budget_svc.common import FiscalYearNumber

Rate = Annotated[Decimal, Field(ge=0, le=1, max_digits=6, decimal_places=4)]


class FiscalYearStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class SubActionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    code: str
    label: str


class ActionPublic(BaseModel):
    code: str
    label: str
    sub_actions: list[SubActionPublic]


class TitlePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    code: str
    label: str
    title_class: str = Field(description="`staff` (T2) or `other`: selects the reserve rate.")


class ProgrammePublic(BaseModel):
    """Programme 220 with its actions, sub-actions and the budget titles."""

    code: str
    label: str
    actions: list[ActionPublic]
    titles: list[TitlePublic]


class FiscalYearCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"year": 2028, "reserve_rate_t2": "0.0050", "reserve_rate_other": "0.0550"}
            ]
        },
    )
    year: FiscalYearNumber
    reserve_rate_t2: Rate = Decimal("0.0050")
    reserve_rate_other: Rate = Decimal("0.0500")


class FiscalYearUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"status": "closed"}, {"reserve_rate_other": "0.0700"}]},
    )
    status: FiscalYearStatus | None = None
    reserve_rate_t2: Rate | None = None
    reserve_rate_other: Rate | None = None


class FiscalYearPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    year: int
    status: FiscalYearStatus
    reserve_rate_t2: Decimal = Field(description="Share of T2 allocations put in reserve.")
    reserve_rate_other: Decimal = Field(description="Share of T3/T5/T6 allocations in reserve.")
    reserve_applied_at: datetime | None
    version: int
