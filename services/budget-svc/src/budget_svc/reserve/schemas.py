"""Reserve operation schemas."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from budget_svc.common import NonNegativeMoney, Reason
from sg_common.api import BusinessDate, Money, Page


class ReserveKind(StrEnum):
    FREEZE = "freeze"
    RELEASE = "release"
    EXTRA_FREEZE = "extra_freeze"
    CANCELLATION = "cancellation"


class ManualReserveKind(StrEnum):
    """Operations recorded one by one (the initial freeze is applied per year)."""

    RELEASE = "release"
    EXTRA_FREEZE = "extra_freeze"
    CANCELLATION = "cancellation"


class ReserveApply(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"reason": "Mise en réserve initiale LFI 2026"}]},
    )
    reason: Reason


class ReserveOperationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "release",
                    "ae": "2000.00",
                    "cp": "2000.00",
                    "reason": "Dégel partiel accordé par le CBCM",
                    "effective_on": "2026-06-15",
                },
                {"kind": "extra_freeze", "ae": "1000.00", "cp": "0.00", "reason": "Surgel"},
            ]
        },
    )
    kind: ManualReserveKind
    ae: NonNegativeMoney
    cp: NonNegativeMoney
    reason: Reason
    effective_on: BusinessDate | None = None


class ReserveOperationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    allocation_id: int
    unit_code: str
    fiscal_year: int
    kind: ReserveKind
    ae: Money
    cp: Money
    reason: str
    effective_on: date
    recorded_by: str
    recorded_at: datetime


class ReserveOperationPage(Page[ReserveOperationPublic]):
    pass
