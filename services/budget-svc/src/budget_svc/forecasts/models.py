"""Prévision des ressources et de leur utilisation: forecast lines and their revisions."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class Forecast(BudgetTable, table=True):
    """A forecast line: unit × action × title × year, AE and CP (current amounts)."""

    __tablename__ = "budget_forecast"
    __table_args__ = (
        UniqueConstraint("unit_code", "fiscal_year", "action", "title", name="uq_budget_forecast"),
    )
    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int = Field(index=True)
    action: str = Field(max_length=8)
    title: str = Field(max_length=4)
    ae: Decimal = Field(max_digits=14, decimal_places=2)
    cp: Decimal = Field(max_digits=14, decimal_places=2)
    comment: str | None = Field(default=None, max_length=500)
    version: int = 1
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    created_by: str = Field(max_length=100)


class ForecastRevision(BudgetTable, table=True):
    """One revision of a forecast line: who, when, why, previous and new amounts."""

    __tablename__ = "budget_forecast_revision"
    id: int | None = Field(default=None, primary_key=True)
    forecast_id: int = Field(foreign_key="budget_forecast.id", index=True)
    revision: int
    previous_ae: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    previous_cp: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    ae: Decimal = Field(max_digits=14, decimal_places=2)
    cp: Decimal = Field(max_digits=14, decimal_places=2)
    reason: str = Field(max_length=500)
    revised_by: str = Field(max_length=100)
    revised_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
