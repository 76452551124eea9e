"""Execution tracking schemas (short term per month, retrospective at year end)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import Money


class Axis(StrEnum):
    UNIT_CODE = "unit_code"
    ACTION = "action"
    TITLE = "title"


class MonthExecution(BaseModel):
    month: int = Field(ge=1, le=12)
    ae_consumed: Money = Field(description="Net AE committed in the month (reductions subtract).")
    cp_consumed: Money = Field(description="CP paid in the month.")
    cumulative_ae: Money
    cumulative_cp: Money
    allocated_ae: Money = Field(
        description="Allocated (net of transfers, annulations) at month end."
    )
    allocated_cp: Money
    execution_rate_ae: Decimal | None = Field(description="cumulative AE ÷ allocated AE.")
    execution_rate_cp: Decimal | None = Field(description="cumulative CP ÷ allocated CP.")
    cp_to_pay: Money = Field(description="CP still to pay on open commitments at month end.")
    forecast_cp_cumulative: Money = Field(
        description="Forecast CP of the year spread evenly: forecast × month ÷ 12."
    )


class ExecutionGroup(BaseModel):
    """Execution of one group (unit × action × title by default) over a year."""

    unit_code: str | None
    action: str | None
    title: str | None
    fiscal_year: int
    forecast_ae: Money
    forecast_cp: Money
    months: list[MonthExecution]


class YearEndExecution(BaseModel):
    """Retrospective: what a group consumed over the year, carried over, and vs forecast."""

    unit_code: str | None
    action: str | None
    title: str | None
    fiscal_year: int
    allocated_ae: Money
    allocated_cp: Money
    ae_consumed: Money
    cp_consumed: Money
    execution_rate_ae: Decimal | None
    execution_rate_cp: Decimal | None
    carry_over: Money = Field(description="AE committed not yet paid: CP to pay next year.")
    forecast_ae: Money
    forecast_cp: Money
    variance_ae: Money = Field(description="consumed − forecast")
    variance_cp: Money


class CarryOverPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    commitment_id: int
    unit_code: str
    from_year: int
    to_year: int
    action: str
    title: str
    ae: Money
    recorded_by: str
    recorded_at: datetime


class YearCloseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"confirm": True}]})
    confirm: bool = Field(description="Must be true: closing a year cannot be undone here.")
