"""Tables of the training domain: catalogue, sessions, enrolments, completions, plan."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Column, String, UniqueConstraint
from sqlmodel import Field
from sqlmodel.sql.sqltypes import UTCDateTime

from hr_svc.models import HrTable


class Course(HrTable, table=True):
    """A course of the training catalogue."""

    __tablename__ = "course"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=32, unique=True)
    title: str = Field(max_length=200)
    domain: str = Field(max_length=100, index=True)
    duration_hours: Decimal = Field(max_digits=8, decimal_places=2)
    cost: Decimal = Field(max_digits=14, decimal_places=2)
    mandatory: bool = Field(default=False, index=True)
    certificate_validity_months: int | None = None
    skills: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    active: bool = Field(default=True, index=True)
    version: int = 1


class TrainingSession(HrTable, table=True):
    """A session of a course: dates, place, capacity (organised by a unit, whose T3 pays).

    ``status``: planned → confirmed (budget asked to commit ``estimated_cost``) → completed
    (``actual_cost`` certified), or cancelled. ``budget_*``: budget's latest answer, as hr
    received it (``budget.training_commitment_recorded`` / ``..._rejected``).
    """

    __tablename__ = "training_session"

    id: int | None = Field(default=None, primary_key=True)
    course_id: int = Field(foreign_key="course.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    start_date: date = Field(index=True)
    end_date: date
    place: str = Field(max_length=200)
    capacity: int
    cancelled: bool = False
    status: str = Field(
        default="planned",
        sa_column=Column(String(16), nullable=False, server_default="planned", index=True),
    )
    estimated_cost: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    actual_cost: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    completed_on: date | None = None
    budget_status: str = Field(
        default="not_requested",
        sa_column=Column(String(16), nullable=False, server_default="not_requested", index=True),
    )
    commitment_id: str | None = Field(default=None, max_length=64)
    committed_ae: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    budget_requested_ae: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    budget_available_ae: Decimal | None = Field(default=None, max_digits=14, decimal_places=2)
    budget_reason: str | None = Field(default=None, max_length=500)
    budget_answered_at: datetime | None = Field(
        default=None, sa_column=Column(UTCDateTime(), nullable=True)
    )
    version: int = 1


class Enrolment(HrTable, table=True):
    """Inscription of an agent to a session (enrolled or waitlisted, in request order)."""

    __tablename__ = "enrolment"

    id: int | None = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="training_session.id", index=True)
    agent_id: int = Field(foreign_key="agent.id", index=True)
    status: str = Field(max_length=16)
    requested_at: datetime
    promoted_at: datetime | None = None
    cancelled_at: datetime | None = None


class Completion(HrTable, table=True):
    """An agent completed a course (published as ``training.completed``)."""

    __tablename__ = "completion"

    id: int | None = Field(default=None, primary_key=True)
    enrolment_id: int = Field(foreign_key="enrolment.id", unique=True)
    agent_id: int = Field(foreign_key="agent.id", index=True)
    unit_code: str = Field(max_length=32, index=True)
    course_id: int = Field(foreign_key="course.id", index=True)
    hours: Decimal = Field(max_digits=8, decimal_places=2)
    cost: Decimal = Field(max_digits=14, decimal_places=2)
    skills: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    completed_on: date
    certificate_expires_on: date | None = None
    created_at: datetime


class TrainingPlanLine(HrTable, table=True):
    """Plan de formation: trainees planned on a course by a unit for a year."""

    __tablename__ = "training_plan_line"
    __table_args__ = (UniqueConstraint("unit_code", "year", "course_id"),)

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    year: int
    course_id: int = Field(foreign_key="course.id")
    planned_trainees: int
    version: int = 1
