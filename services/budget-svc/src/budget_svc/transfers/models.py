"""Transfers of credits (virements, transferts) between units, actions or titles."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class Transfer(BudgetTable, table=True):
    """A move of AE/CP from one budget line to another within a fiscal year."""

    __tablename__ = "budget_transfer"
    id: int | None = Field(default=None, primary_key=True)
    fiscal_year: int = Field(index=True)
    from_unit: str = Field(max_length=32, index=True)
    from_action: str = Field(max_length=8)
    from_title: str = Field(max_length=4)
    to_unit: str = Field(max_length=32, index=True)
    to_action: str = Field(max_length=8)
    to_title: str = Field(max_length=4)
    ae: Decimal = Field(max_digits=14, decimal_places=2)
    cp: Decimal = Field(max_digits=14, decimal_places=2)
    reason: str = Field(max_length=500)
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
