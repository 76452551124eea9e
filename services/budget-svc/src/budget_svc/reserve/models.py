"""Mise en réserve: dated reserve operations on allocations (freeze, dégel, surgel, annulation)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, String
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class ReserveOperation(BudgetTable, table=True):
    """One reserve operation on an allocation; its ledger movement carries the effect."""

    __tablename__ = "budget_reserve_operation"
    id: int | None = Field(default=None, primary_key=True)
    allocation_id: int = Field(foreign_key="budget_allocation.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int = Field(index=True)
    kind: str = Field(sa_column=Column(String(16), nullable=False, index=True))
    ae: Decimal = Field(max_digits=14, decimal_places=2)
    cp: Decimal = Field(max_digits=14, decimal_places=2)
    reason: str = Field(max_length=500)
    effective_on: date
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
