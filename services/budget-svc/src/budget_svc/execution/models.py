"""Carry-overs (reports) of open commitments made by the year-end close."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class CarryOver(BudgetTable, table=True):
    """AE committed and not paid on a commitment, moved from one year to the next."""

    __tablename__ = "budget_carry_over"
    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="budget_commitment.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    from_year: int = Field(index=True)
    to_year: int
    action: str = Field(max_length=8)
    title: str = Field(max_length=4)
    ae: Decimal = Field(max_digits=14, decimal_places=2)
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
