"""Tables of statistical operations (grandes opérations): phases, milestones, resource needs."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Column, String, UniqueConstraint
from sqlmodel import Field

from production_svc.models import ProductionTable


class GsbpmPhase(ProductionTable, table=True):
    """Reference: the GSBPM phases (Generic Statistical Business Process Model)."""

    __tablename__ = "gsbpm_phase"

    code: str = Field(primary_key=True, max_length=32)
    number: int
    name: str = Field(max_length=100)
    name_fr: str = Field(max_length=100)


class Operation(ProductionTable, table=True):
    """A statistical operation (census, household or business survey)."""

    __tablename__ = "operation"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=40, unique=True)
    name: str = Field(max_length=200)
    kind: str = Field(sa_column=Column(String(32), nullable=False, index=True))
    lead_unit: str = Field(max_length=32, index=True)
    description: str = Field(default="", max_length=4000)
    status: str = Field(sa_column=Column(String(16), nullable=False, index=True))
    revision: int = 0
    scheduled_at: datetime | None = None
    version: int = 1
    created_by: str = Field(max_length=200)
    created_at: datetime


class OperationUnit(ProductionTable, table=True):
    """A unit participating in an operation (central or regional)."""

    __tablename__ = "operation_unit"
    __table_args__ = (UniqueConstraint("operation_id", "unit_code"),)

    id: int | None = Field(default=None, primary_key=True)
    operation_id: int = Field(foreign_key="operation.id", index=True)
    unit_code: str = Field(max_length=32, index=True)


class Phase(ProductionTable, table=True):
    """One GSBPM phase of an operation, with dates, dependencies and status."""

    __tablename__ = "phase"
    __table_args__ = (UniqueConstraint("operation_id", "phase_code"),)

    id: int | None = Field(default=None, primary_key=True)
    operation_id: int = Field(foreign_key="operation.id", index=True)
    phase_code: str = Field(max_length=32)
    name: str = Field(max_length=200)
    start: date
    end: date
    depends_on: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(sa_column=Column(String(16), nullable=False))
    started_on: date | None = None
    completed_on: date | None = None
    version: int = 1


class Milestone(ProductionTable, table=True):
    """A milestone (jalon) of a phase."""

    __tablename__ = "milestone"

    id: int | None = Field(default=None, primary_key=True)
    operation_id: int = Field(foreign_key="operation.id", index=True)
    phase_code: str = Field(max_length=32)
    name: str = Field(max_length=200)
    due_on: date
    reached_on: date | None = None


class StaffNeed(ProductionTable, table=True):
    """Staff days a unit must give to a phase (jours-agents)."""

    __tablename__ = "staff_need"

    id: int | None = Field(default=None, primary_key=True)
    phase_id: int = Field(foreign_key="phase.id", index=True)
    unit_code: str = Field(max_length=32)
    staff_days: Decimal = Field(max_digits=14, decimal_places=2)


class ItNeed(ProductionTable, table=True):
    """IT workload of a phase at a national computing centre (CNI) in a month (person-days)."""

    __tablename__ = "it_need"

    id: int | None = Field(default=None, primary_key=True)
    phase_id: int = Field(foreign_key="phase.id", index=True)
    centre_code: str = Field(max_length=32, index=True)
    month: str = Field(max_length=7, index=True)
    person_days: Decimal = Field(max_digits=14, decimal_places=2)


class PurchaseNeed(ProductionTable, table=True):
    """A purchase a phase needs (equipment, services), for the purchasing plan."""

    __tablename__ = "purchase_need"

    id: int | None = Field(default=None, primary_key=True)
    phase_id: int = Field(foreign_key="phase.id", index=True)
    description: str = Field(max_length=500)
    category: str = Field(sa_column=Column(String(32), nullable=False))
    quantity: int = 1
    estimated_amount: Decimal = Field(max_digits=14, decimal_places=2)
    needed_by: date | None = None
