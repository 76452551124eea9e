"""Engagements juridiques (legal commitments): each consumes AE of the ordering unit's line.

Part 2 (spending chain) hangs service fait, invoices and payments on :class:`Commitment` by
``commitment_id``; CP paid on a commitment never exceeds its ``ae``.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column, String
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class Commitment(BudgetTable, table=True):
    """A legal commitment (order, contract) and the AE it currently holds."""

    __tablename__ = "budget_commitment"
    id: int | None = Field(default=None, primary_key=True)
    line_id: int = Field(foreign_key="budget_line.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int = Field(index=True)
    action: str = Field(max_length=8, index=True)
    sub_action: str | None = Field(default=None, max_length=8)
    title: str = Field(max_length=4, index=True)
    purchase_order_id: str | None = Field(default=None, max_length=64, unique=True)
    supplier: str | None = Field(default=None, max_length=200)
    description: str = Field(max_length=500)
    source: str = Field(sa_column=Column(String(16), nullable=False))
    status: str = Field(sa_column=Column(String(16), nullable=False, index=True))
    initial_ae: Decimal = Field(max_digits=14, decimal_places=2)
    ae: Decimal = Field(max_digits=14, decimal_places=2)
    created_by: str = Field(max_length=100)
    by_delegation_of: str | None = Field(default=None, max_length=100)
    delegation_id: str | None = Field(default=None, max_length=64)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class CommitmentOperation(BudgetTable, table=True):
    """History of a commitment: creation, reductions, cancellation (AE deltas)."""

    __tablename__ = "budget_commitment_operation"
    id: int | None = Field(default=None, primary_key=True)
    commitment_id: int = Field(foreign_key="budget_commitment.id", index=True)
    kind: str = Field(sa_column=Column(String(16), nullable=False))
    ae_delta: Decimal = Field(max_digits=14, decimal_places=2)
    ae_after: Decimal = Field(max_digits=14, decimal_places=2)
    reason: str = Field(max_length=500)
    recorded_by: str = Field(max_length=100)
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
