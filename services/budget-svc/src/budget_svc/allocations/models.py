"""Arbitrage de répartition: allocation requests, decisions and notified allocations (dotations)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column, String
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class AllocationRequest(BudgetTable, table=True):
    """A unit's request for credits (AE, CP, justification) and the DPG's decision on it."""

    __tablename__ = "budget_allocation_request"
    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int = Field(index=True)
    action: str = Field(max_length=8)
    title: str = Field(max_length=4)
    requested_ae: Decimal = Field(max_digits=14, decimal_places=2)
    requested_cp: Decimal = Field(max_digits=14, decimal_places=2)
    justification: str = Field(max_length=2000)
    status: str = Field(sa_column=Column(String(16), nullable=False, index=True))
    decision: str | None = Field(
        default=None, sa_column=Column(String(16), nullable=True, index=True)
    )
    granted_ae: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    granted_cp: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    decision_reason: str | None = Field(default=None, max_length=500)
    decided_by: str | None = Field(default=None, max_length=100)
    decided_at: datetime | None = Field(
        default=None, sa_column=Column(UTCDateTime(), nullable=True)
    )
    allocation_id: int | None = None
    submitted_by: str = Field(max_length=100)
    submitted_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class Allocation(BudgetTable, table=True):
    """Dotation notified to a unit for an action and a title (amounts as notified)."""

    __tablename__ = "budget_allocation"
    id: int | None = Field(default=None, primary_key=True)
    request_id: int | None = Field(default=None, unique=True)
    line_id: int = Field(foreign_key="budget_line.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int = Field(index=True)
    action: str = Field(max_length=8, index=True)
    title: str = Field(max_length=4, index=True)
    ae: Decimal = Field(max_digits=14, decimal_places=2)
    cp: Decimal = Field(max_digits=14, decimal_places=2)
    reason: str | None = Field(default=None, max_length=500)
    reserve_applied: bool = False
    notified_by: str = Field(max_length=100)
    notified_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
