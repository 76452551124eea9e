"""Allocation request and allocation schemas."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from budget_svc.common import (
    ActionCode,
    FiscalYearNumber,
    NonNegativeMoney,
    Reason,
    Title,
)
from sg_common.api import Money, Page, Text, UnitCode


class RequestStatus(StrEnum):
    SUBMITTED = "submitted"
    DECIDED = "decided"
    NOTIFIED = "notified"


class DecisionOutcome(StrEnum):
    GRANTED = "granted"
    REDUCED = "reduced"
    REFUSED = "refused"


class DecisionKind(StrEnum):
    GRANT = "grant"
    REDUCE = "reduce"
    REFUSE = "refuse"


class AllocationRequestCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DR-BRE",
                    "fiscal_year": 2026,
                    "action": "08",
                    "title": "T3",
                    "ae": "80000.00",
                    "cp": "75000.00",
                    "justification": "Collecte de l'enquête emploi et déplacements des enquêteurs",
                }
            ]
        },
    )
    unit_code: UnitCode
    fiscal_year: FiscalYearNumber
    action: ActionCode
    title: Title
    ae: NonNegativeMoney
    cp: NonNegativeMoney
    justification: Text = Field(min_length=3, max_length=2000)


class DecisionCreate(BaseModel):
    """The DPG's decision: grant (as requested), reduce (with the amounts) or refuse."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"decision": "grant", "reason": "Conforme à la prévision"},
                {
                    "decision": "reduce",
                    "ae": "60000.00",
                    "cp": "60000.00",
                    "reason": "Enveloppe régionale contrainte",
                },
                {"decision": "refuse", "reason": "Dépense non prioritaire en 2026"},
            ]
        },
    )
    decision: DecisionKind
    ae: NonNegativeMoney | None = None
    cp: NonNegativeMoney | None = None
    reason: Reason


class AllocationRequestPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    fiscal_year: int
    action: str
    title: Title
    requested_ae: Money
    requested_cp: Money
    justification: str
    status: RequestStatus
    decision: DecisionOutcome | None
    granted_ae: Money | None
    granted_cp: Money | None
    decision_reason: str | None
    decided_by: str | None
    decided_at: datetime | None
    allocation_id: int | None
    submitted_by: str
    submitted_at: datetime
    version: int


class AllocationRequestPage(Page[AllocationRequestPublic]):
    pass


class AllocationCreate(BaseModel):
    """A dotation notified directly by the DPG (e.g. complementary), without a request."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DSG",
                    "fiscal_year": 2026,
                    "action": "09",
                    "title": "T3",
                    "ae": "500000.00",
                    "cp": "450000.00",
                    "reason": "Dotation initiale de fonctionnement",
                }
            ]
        },
    )
    unit_code: UnitCode
    fiscal_year: FiscalYearNumber
    action: ActionCode
    title: Title
    ae: NonNegativeMoney
    cp: NonNegativeMoney
    reason: Reason


class AllocationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    request_id: int | None
    unit_code: str
    fiscal_year: int
    action: str
    title: Title
    ae: Money = Field(description="AE as notified.")
    cp: Money = Field(description="CP as notified.")
    reason: str | None
    reserve_applied: bool
    frozen_ae: Money = Field(description="AE of this allocation currently in reserve.")
    frozen_cp: Money
    notified_by: str
    notified_at: datetime


class AllocationPage(Page[AllocationPublic]):
    pass
