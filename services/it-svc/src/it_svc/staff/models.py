"""IT staff tables (gestion particulière des informaticiens): registry, skills, allocations."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from it_svc.models import ItTable


class StaffMember(ItTable, table=True):
    """An agent assigned to an IT unit (DI, its divisions, the CNI), fed by ``agent.assigned``."""

    __tablename__ = "it_staff"

    agent_id: str = Field(primary_key=True, max_length=40)
    unit_code: str = Field(max_length=32, index=True)
    assignment_id: str = Field(max_length=64)
    start_date: date
    end_date: date | None = None
    quotite: Decimal = Field(max_digits=3, decimal_places=2)
    category: str | None = Field(default=None, max_length=10)
    active: bool = Field(default=True, index=True)
    updated_at: datetime
    version: int = 1


class StaffSkill(ItTable, table=True):
    """An IT qualification or skill of an agent (from training or entered by the DI)."""

    __tablename__ = "it_staff_skill"
    __table_args__ = (UniqueConstraint("agent_id", "skill"),)

    id: int | None = Field(default=None, primary_key=True)
    agent_id: str = Field(max_length=40, index=True)
    skill: str = Field(max_length=80)
    source: str = Field(max_length=20)
    course_code: str | None = Field(default=None, max_length=40)
    completion_id: str | None = Field(default=None, max_length=64)
    acquired_on: date
    expires_on: date | None = None


class StaffAllocation(ItTable, table=True):
    """Share of an agent's month given to a centre (and optionally a project)."""

    __tablename__ = "it_staff_allocation"

    id: int | None = Field(default=None, primary_key=True)
    agent_id: str = Field(max_length=40, index=True)
    month: str = Field(max_length=7, index=True)
    centre_code: str = Field(max_length=32, index=True)
    project: str | None = Field(default=None, max_length=80)
    share: Decimal = Field(max_digits=3, decimal_places=2)
    created_at: datetime
    updated_at: datetime
    version: int = 1
