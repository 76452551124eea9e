"""One row per hr training session budget was asked to commit: where its AE stands."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, String
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class TrainingCommitment(BudgetTable, table=True):
    """hr's session (``training_session.*``) and the commitment that holds its AE on T3,
    action 09, of the organising unit: committed, rejected, cancelled or completed."""

    __tablename__ = "budget_training_commitment"
    id: int | None = Field(default=None, primary_key=True)
    session_id: str = Field(max_length=64, unique=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int = Field(index=True)
    course_code: str = Field(max_length=64)
    course_title: str = Field(max_length=200)
    start_date: date
    end_date: date
    status: str = Field(sa_column=Column(String(16), nullable=False, index=True))
    requested_ae: Decimal = Field(max_digits=14, decimal_places=2)
    commitment_id: int | None = Field(default=None, foreign_key="budget_commitment.id")
    available_ae: Decimal = Field(max_digits=14, decimal_places=2)
    reason: str | None = Field(default=None, max_length=500)
    actual_cost: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    released_ae: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    completed_on: date | None = None
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
