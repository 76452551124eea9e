"""Transfer schemas."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

from budget_svc.common import ActionCode, FiscalYearNumber, NonNegativeMoney, Reason, Title
from sg_common.api import Money, Page, UnitCode


class LineRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    unit_code: UnitCode
    action: ActionCode
    title: Title


class TransferCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "fiscal_year": 2026,
                    "source": {"unit_code": "DSG", "action": "09", "title": "T2"},
                    "destination": {"unit_code": "DSG", "action": "09", "title": "T3"},
                    "ae": "15000.00",
                    "cp": "15000.00",
                    "reason": "Fongibilité asymétrique: vacances de postes",
                }
            ]
        },
    )
    fiscal_year: FiscalYearNumber
    source: LineRef
    destination: LineRef
    ae: NonNegativeMoney
    cp: NonNegativeMoney
    reason: Reason


class TransferPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    fiscal_year: int
    from_unit: str
    from_action: str
    from_title: Title
    to_unit: str
    to_action: str
    to_title: Title
    ae: Money
    cp: Money
    reason: str
    recorded_by: str
    recorded_at: datetime


class TransferPage(Page[TransferPublic]):
    pass
