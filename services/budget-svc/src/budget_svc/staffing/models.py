"""Plafond d'emplois: staff ceilings in ETPT per unit and year, and the assignments HR reports."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class StaffCeiling(BudgetTable, table=True):
    """Plafond d'emplois of a unit (and its sub-units) for a year, in ETPT."""

    __tablename__ = "budget_staff_ceiling"
    __table_args__ = (UniqueConstraint("unit_code", "fiscal_year", name="uq_budget_staff_ceiling"),)
    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    fiscal_year: int = Field(index=True)
    etpt_ceiling: Decimal = Field(max_digits=10, decimal_places=2)
    reason: str | None = Field(default=None, max_length=500)
    set_by: str = Field(max_length=100)
    set_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class StaffAssignment(BudgetTable, table=True):
    """An agent's assignment as hr-svc reported it (``agent.assigned``, ended by ``agent.left``)."""

    __tablename__ = "budget_staff_assignment"
    assignment_id: str = Field(primary_key=True, max_length=64)
    agent_id: str = Field(max_length=64, index=True)
    unit_code: str = Field(max_length=32, index=True)
    start_date: date
    end_date: date | None = None
    quotite: Decimal = Field(max_digits=4, decimal_places=2)
    received_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class EtptReport(BudgetTable, table=True):
    """ETPT a unit consumed in a month, as hr-svc reported it (``etpt.reported``; last wins)."""

    __tablename__ = "budget_etpt_report"
    __table_args__ = (UniqueConstraint("unit_code", "year", "month", name="uq_budget_etpt_report"),)
    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    year: int = Field(index=True)
    month: int
    etpt: Decimal = Field(max_digits=10, decimal_places=2)
    received_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
