"""Tables of the staffing domain: posts, ETPT ceilings and reports, budget envelopes."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from hr_svc.models import HrTable


class Post(HrTable, table=True):
    """Poste: a position in a unit, vacant or filled by an assignment."""

    __tablename__ = "post"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    unit_code: str = Field(max_length=32, index=True)
    title: str = Field(max_length=200)
    category: str | None = Field(default=None, max_length=1)
    opened_on: date
    closed_on: date | None = None
    version: int = 1
    created_at: datetime


class EtptCeiling(HrTable, table=True):
    """Plafond d'emplois of a unit for a year, in ETPT."""

    __tablename__ = "etpt_ceiling"
    __table_args__ = (UniqueConstraint("unit_code", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    year: int
    ceiling: Decimal = Field(max_digits=10, decimal_places=2)
    version: int = 1
    updated_at: datetime
    updated_by: str = Field(max_length=100)


class EtptReport(HrTable, table=True):
    """A monthly ETPT figure reported (``etpt.reported``); a later report supersedes it."""

    __tablename__ = "etpt_report"

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    year: int
    month: int
    etpt: Decimal = Field(max_digits=12, decimal_places=4)
    reported_at: datetime
    reported_by: str = Field(max_length=100)


class BudgetEnvelope(HrTable, table=True):
    """A dotation notified by budget-svc (``budget.allocated``), kept for the training plan."""

    __tablename__ = "budget_envelope"

    id: int | None = Field(default=None, primary_key=True)
    allocation_id: str = Field(max_length=64, unique=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int
    action: str = Field(max_length=32)
    title: str = Field(max_length=4)
    ae: Decimal = Field(max_digits=14, decimal_places=2)
    cp: Decimal = Field(max_digits=14, decimal_places=2)
    received_at: datetime
