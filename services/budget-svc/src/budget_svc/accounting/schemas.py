"""General accounting schemas."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from budget_svc.common import NonNegativeMoney, Reason
from sg_common.api import BusinessDate, Line, Money, Page
from sg_common.months import MONTH_PATTERN

Period = Field(pattern=MONTH_PATTERN, examples=["2026-03"])


class AccountPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    code: str
    label: str
    kind: str


class EntryLineIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    account: Line = Field(min_length=1, max_length=16)
    # the documents publish ``"default": 0``; Decimal(0) would publish "0" (its JSON form)
    debit: NonNegativeMoney = Field(default=0)  # type: ignore[assignment]
    credit: NonNegativeMoney = Field(default=0)  # type: ignore[assignment]


class EntryCreate(BaseModel):
    """A manual entry (regularisation); it must balance."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "entry_date": "2026-03-16",
                    "label": "Reclassement d'une charge",
                    "lines": [
                        {"account": "606", "debit": "120.00"},
                        {"account": "401", "credit": "120.00"},
                    ],
                }
            ]
        },
    )
    entry_date: BusinessDate
    label: Line = Field(min_length=3, max_length=500)
    unit_code: Line | None = Field(default=None, max_length=32)
    lines: list[EntryLineIn] = Field(min_length=2, max_length=50)


class EntryReversal(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"reason": "Imputation erronée", "entry_date": None}]},
    )
    reason: Reason
    entry_date: BusinessDate | None = Field(default=None, description="Defaults to today.")


class EntryLinePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    account_code: str
    debit: Money
    credit: Money


class EntryPublic(BaseModel):
    id: int
    entry_date: date
    period: str
    label: str
    source: str
    source_id: str | None
    unit_code: str | None
    commitment_id: int | None
    reverses_id: int | None
    recorded_by: str
    recorded_at: datetime
    lines: list[EntryLinePublic]
    total_debit: Money
    total_credit: Money


class EntryPage(Page[EntryPublic]):
    pass


class PeriodPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    period: str
    closed_at: datetime
    closed_by: str


class TrialBalanceRow(BaseModel):
    account: str
    label: str
    debit: Money
    credit: Money
    balance: Money = Field(description="debit − credit")


class TrialBalance(BaseModel):
    period_from: str | None
    period_to: str | None
    rows: list[TrialBalanceRow]
    total_debit: Money
    total_credit: Money
    balanced: bool


class AccountLedgerRow(BaseModel):
    entry_id: int
    entry_date: date
    period: str
    label: str
    source: str
    unit_code: str | None
    debit: Money
    credit: Money
    running_balance: Money


class AccountLedger(BaseModel):
    account: str
    label: str
    rows: list[AccountLedgerRow]
    total_debit: Money
    total_credit: Money
    balance: Money
