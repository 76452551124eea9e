"""Availability and ledger schemas."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import Money, Page


class AvailabilityPublic(BaseModel):
    """What a unit can still use on one line (unit × year × action × title)."""

    unit_code: str
    fiscal_year: int
    action: str
    title: str
    allocated_ae: Money
    allocated_cp: Money
    frozen_ae: Money = Field(
        description="In reserve (mise en réserve + surgel − dégel − annulation)."
    )
    frozen_cp: Money
    committed_ae: Money = Field(description="AE consumed by legal commitments.")
    paid_cp: Money = Field(description="CP consumed by payments.")
    available_ae: Money = Field(description="allocated − frozen − committed.")
    available_cp: Money = Field(description="allocated − frozen − paid.")


class AvailabilityPage(Page[AvailabilityPublic]):
    pass


class MovementPublic(BaseModel):
    """One ledger movement (deltas) on a line."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    line_id: int
    kind: str
    allocated_ae: Money
    allocated_cp: Money
    frozen_ae: Money
    frozen_cp: Money
    committed_ae: Money
    paid_cp: Money
    allocation_id: int | None
    reserve_operation_id: int | None
    transfer_id: int | None
    commitment_id: int | None
    reason: str | None
    occurred_at: datetime
    recorded_by: str


class MovementPage(Page[MovementPublic]):
    pass
