"""Tables of the agents domain: agents, assignments (affectations) and career events."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Index
from sqlmodel import Field

from hr_svc.models import HrTable


class Agent(HrTable, table=True):
    """Agent: identity, grade and status; ``unit_code`` is the managing unit (unité de gestion)."""

    __tablename__ = "agent"
    __table_args__ = (
        # the last-name prefix filter (LIKE 'x%'): PostgreSQL's pattern operators read it
        Index(
            "ix_agent_last_name_prefix",
            "last_name",
            postgresql_ops={"last_name": "text_pattern_ops"},
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    matricule: str = Field(max_length=20, unique=True)
    login: str | None = Field(default=None, max_length=100, unique=True)
    last_name: str = Field(max_length=100)
    first_name: str = Field(max_length=100)
    birth_date: date | None = None
    email: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=40)
    address: str | None = Field(default=None, max_length=300)
    category: str = Field(max_length=1)
    corps: str = Field(max_length=100)
    grade: str = Field(max_length=100)
    echelon: int = 1
    status: str = Field(max_length=16)
    quotite: Decimal = Field(max_digits=3, decimal_places=2)
    unit_code: str = Field(max_length=32, index=True)
    hired_on: date
    left_on: date | None = Field(default=None, index=True)
    departure_reason: str | None = Field(default=None, max_length=200)
    version: int = 1
    created_at: datetime


class Assignment(HrTable, table=True):
    """Affectation: an agent in a unit for a period at a quotité (history, never overwritten)."""

    __tablename__ = "assignment"

    id: int | None = Field(default=None, primary_key=True)
    agent_id: int = Field(foreign_key="agent.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    post_id: int | None = Field(default=None, foreign_key="post.id", index=True)
    start_date: date = Field(index=True)
    end_date: date | None = None
    quotite: Decimal = Field(max_digits=3, decimal_places=2)
    reason: str | None = Field(default=None, max_length=200)
    end_reason: str | None = Field(default=None, max_length=200)
    created_at: datetime
    created_by: str = Field(max_length=100)


class CareerEvent(HrTable, table=True):
    """Parcours professionnel: hiring, promotion, échelon, movement (mobilité), departure."""

    __tablename__ = "career_event"
    #: the movements list: one kind, by date
    __table_args__ = (Index("ix_career_event_kind_date", "kind", "effective_date"),)

    id: int | None = Field(default=None, primary_key=True)
    agent_id: int = Field(foreign_key="agent.id", index=True)
    kind: str = Field(max_length=20)
    effective_date: date
    category: str = Field(max_length=1)
    corps: str = Field(max_length=100)
    grade: str = Field(max_length=100)
    echelon: int
    status: str = Field(max_length=16)
    from_unit_code: str | None = Field(default=None, max_length=32)
    to_unit_code: str | None = Field(default=None, max_length=32, index=True)
    note: str | None = Field(default=None, max_length=300)
    created_at: datetime
    created_by: str = Field(max_length=100)
