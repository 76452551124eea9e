"""Plan de charge tables: capacity entries, demand lines, plan versions and their lines."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field

from it_svc.models import ItTable


class CentreCapacity(ItTable, table=True):
    """What a centre has in a month besides allocated staff: extra person-days (contractors,
    overtime) and the infrastructure headroom (free share of machine capacity, %)."""

    __tablename__ = "it_centre_capacity"
    __table_args__ = (UniqueConstraint("centre_code", "month"),)

    id: int | None = Field(default=None, primary_key=True)
    centre_code: str = Field(max_length=32, index=True)
    month: str = Field(max_length=7, index=True)
    extra_person_days: Decimal = Field(default=Decimal("0"), max_digits=14, decimal_places=2)
    infrastructure_headroom_pct: Decimal | None = Field(
        default=None, max_digits=5, decimal_places=2
    )
    note: str | None = Field(default=None, max_length=500)
    updated_at: datetime
    version: int = 1


class DemandLine(ItTable, table=True):
    """Workload asked of a centre in a month: a project's, or a phase of an operation's."""

    __tablename__ = "it_demand"

    id: int | None = Field(default=None, primary_key=True)
    centre_code: str = Field(max_length=32, index=True)
    month: str = Field(max_length=7, index=True)
    person_days: Decimal = Field(max_digits=14, decimal_places=2)
    source: str = Field(max_length=20, index=True)
    project: str | None = Field(default=None, max_length=200)
    operation_id: str | None = Field(default=None, max_length=64, index=True)
    operation_revision: int | None = None
    phase_code: str | None = Field(default=None, max_length=40)
    description: str | None = Field(default=None, max_length=500)
    created_at: datetime
    updated_at: datetime
    version: int = 1


class WorkloadPlan(ItTable, table=True):
    """One version of a plan de charge: draft (recomputed at will) → published (frozen) →
    superseded by the next published version of the same code."""

    __tablename__ = "it_plan"
    __table_args__ = (UniqueConstraint("code", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, index=True)
    number: int
    first_month: str = Field(max_length=7)
    last_month: str = Field(max_length=7)
    centres: str = Field(sa_column=Column(Text, nullable=False))
    status: str = Field(max_length=20, index=True)
    note: str | None = Field(default=None, max_length=500)
    supersedes_id: int | None = Field(default=None, foreign_key="it_plan.id")
    created_by: str = Field(max_length=120)
    created_at: datetime
    computed_at: datetime
    published_at: datetime | None = None
    published_by: str | None = Field(default=None, max_length=120)
    version: int = 1


class PlanLine(ItTable, table=True):
    """Capacity, demand and load of a centre in a month, in one plan version."""

    __tablename__ = "it_plan_line"
    __table_args__ = (UniqueConstraint("plan_id", "centre_code", "month"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="it_plan.id", index=True)
    centre_code: str = Field(max_length=32)
    month: str = Field(max_length=7)
    staff_person_days: Decimal = Field(max_digits=14, decimal_places=2)
    extra_person_days: Decimal = Field(max_digits=14, decimal_places=2)
    capacity: Decimal = Field(max_digits=14, decimal_places=2)
    demand: Decimal = Field(max_digits=14, decimal_places=2)
    load: Decimal = Field(max_digits=10, decimal_places=4)
    infrastructure_headroom_pct: Decimal | None = Field(
        default=None, max_digits=5, decimal_places=2
    )
    over_capacity: bool = False
