"""Commitment schemas."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from budget_svc.common import ActionCode, FiscalYearNumber, PositiveMoney, Reason, Title
from sg_common.api import Line, Money, Page, Text, UnitCode


class CommitmentStatus(StrEnum):
    ACTIVE = "active"
    CANCELLED = "cancelled"


class CommitmentSource(StrEnum):
    API = "api"
    PURCHASE_ORDER = "purchase_order"
    TRAINING = "training"


class CommitmentOperationKind(StrEnum):
    COMMIT = "commit"
    INCREASE = "increase"
    REDUCE = "reduce"
    CANCEL = "cancel"


class CommitmentCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DR-BRE",
                    "fiscal_year": 2026,
                    "action": "08",
                    "title": "T3",
                    "ae": "12500.00",
                    "description": "Marché de mise sous pli de l'enquête logement",
                    "supplier": "Imprimerie de l'Ouest",
                }
            ]
        },
    )
    unit_code: UnitCode
    fiscal_year: FiscalYearNumber
    action: ActionCode
    sub_action: str | None = Field(default=None, pattern=r"^\d{2}-\d{2}$")
    title: Title
    ae: PositiveMoney
    description: Text = Field(min_length=3, max_length=500)
    supplier: Line | None = Field(default=None, max_length=200)


class CommitmentReduction(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"ae": "10000.00", "reason": "Tranche optionnelle non affermie"}]
        },
    )
    ae: PositiveMoney = Field(description="The new (lower) AE amount of the commitment.")
    reason: Reason


class CommitmentCancellation(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"reason": "Marché résilié"}]},
    )
    reason: Reason


class CommitmentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    fiscal_year: int
    action: str
    sub_action: str | None
    title: Title
    purchase_order_id: str | None
    supplier: str | None
    description: str
    source: CommitmentSource
    status: CommitmentStatus
    initial_ae: Money
    ae: Money = Field(description="AE currently committed (after reductions; 0 when cancelled).")
    created_by: str = Field(description="Who signed (the token's subject).")
    by_delegation_of: str | None = Field(
        default=None,
        description="Signed by delegation: the delegator's login (délégation de signature).",
    )
    delegation_id: str | None = Field(default=None, description="hr's delegation id.")
    created_at: datetime
    version: int


class CommitmentPage(Page[CommitmentPublic]):
    pass


class CommitmentOperationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    kind: CommitmentOperationKind
    ae_delta: Money
    ae_after: Money
    reason: str
    recorded_by: str
    recorded_at: datetime
