"""Tables fed by other services' events: the published plan de charge, staff assignments."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from production_svc.models import ProductionTable


class PlanLine(ProductionTable, table=True):
    """The latest published plan de charge line of a centre in a month (``workload.planned``)."""

    __tablename__ = "plan_line"
    __table_args__ = (UniqueConstraint("centre_code", "month"),)

    id: int | None = Field(default=None, primary_key=True)
    centre_code: str = Field(max_length=32)
    month: str = Field(max_length=7)
    plan_id: str = Field(max_length=64)
    plan_version: int
    capacity: Decimal = Field(max_digits=14, decimal_places=2)
    demand: Decimal = Field(max_digits=14, decimal_places=2)
    load: Decimal = Field(max_digits=14, decimal_places=4)
    received_at: datetime


class StaffAssignment(ProductionTable, table=True):
    """An agent's assignment to a unit at a quotité (``agent.assigned``), no personal data."""

    __tablename__ = "staff_assignment"

    id: int | None = Field(default=None, primary_key=True)
    assignment_id: str = Field(max_length=64, unique=True)
    agent_id: str = Field(max_length=64, index=True)
    unit_code: str = Field(max_length=32, index=True)
    start_date: date
    end_date: date | None = None
    quotite: Decimal = Field(max_digits=4, decimal_places=2)
