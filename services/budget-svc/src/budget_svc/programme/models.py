"""Triennial work programme (items, versions, operations known from production) and
performance (objectives, indicators, yearly targets and actuals) and cost attribution of
commitments to an activity / statistical operation for management control."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, String, Text, UniqueConstraint
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from budget_svc.models import BudgetTable


class StatisticalOperation(BudgetTable, table=True):
    """A statistical operation as production last scheduled it (``operation.scheduled``)."""

    __tablename__ = "budget_statistical_operation"
    operation_id: str = Field(primary_key=True, max_length=64)
    name: str = Field(max_length=300)
    kind: str = Field(max_length=64)
    lead_unit: str = Field(max_length=32)
    revision: int
    starts_on: date | None = None
    ends_on: date | None = None


class ProgrammeItem(BudgetTable, table=True):
    """An item of the triennial work programme for one year."""

    __tablename__ = "budget_programme_item"
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    owner_unit: str = Field(max_length=32, index=True)
    title: str = Field(max_length=300)
    description: str = Field(max_length=2000)
    operation_ids: str = Field(default="", max_length=2000)
    credits_ae: Decimal = Field(max_digits=14, decimal_places=2)
    credits_cp: Decimal = Field(max_digits=14, decimal_places=2)
    planned: Decimal = Field(max_digits=10, decimal_places=2)
    done: Decimal = Field(default=Decimal("0.00"), max_digits=10, decimal_places=2)
    created_by: str = Field(max_length=100)
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class ProgrammeVersion(BudgetTable, table=True):
    """A published version of a year's programme: a frozen snapshot of its items."""

    __tablename__ = "budget_programme_version"
    __table_args__ = (UniqueConstraint("year", "number", name="uq_programme_version"),)
    id: int | None = Field(default=None, primary_key=True)
    year: int = Field(index=True)
    number: int
    note: str = Field(max_length=500)
    snapshot: str = Field(sa_column=Column(Text, nullable=False))
    published_by: str = Field(max_length=100)
    published_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class Objective(BudgetTable, table=True):
    """An objective of the annual performance project (PAP) of programme 220."""

    __tablename__ = "budget_objective"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=16, unique=True)
    label: str = Field(max_length=300)


class Indicator(BudgetTable, table=True):
    """An indicator of an objective; ``trend`` says whether higher or lower is better."""

    __tablename__ = "budget_indicator"
    id: int | None = Field(default=None, primary_key=True)
    objective_id: int = Field(foreign_key="budget_objective.id", index=True)
    code: str = Field(max_length=16, unique=True)
    label: str = Field(max_length=300)
    measure_unit: str = Field(max_length=32)
    trend: str = Field(sa_column=Column(String(16), nullable=False))


class IndicatorValue(BudgetTable, table=True):
    """Target (PAP) and actual (RAP) of an indicator for a year and a unit ('' = programme)."""

    __tablename__ = "budget_indicator_value"
    __table_args__ = (
        UniqueConstraint("indicator_id", "year", "unit_code", name="uq_indicator_value"),
    )
    id: int | None = Field(default=None, primary_key=True)
    indicator_id: int = Field(foreign_key="budget_indicator.id", index=True)
    year: int
    unit_code: str = Field(default="", max_length=32)
    target: Decimal | None = Field(default=None, max_digits=14, decimal_places=3)
    actual: Decimal | None = Field(default=None, max_digits=14, decimal_places=3)
    recorded_by: str = Field(max_length=100)


class CostAttribution(BudgetTable, table=True):
    """Management control: the activity and statistical operation a commitment serves."""

    __tablename__ = "budget_cost_attribution"
    commitment_id: int = Field(foreign_key="budget_commitment.id", primary_key=True)
    activity: str = Field(max_length=64)
    operation_id: str | None = Field(default=None, max_length=64, index=True)
    set_by: str = Field(max_length=100)
