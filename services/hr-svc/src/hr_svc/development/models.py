"""Tables of professional development: skills reference, annual professional reviews."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Text, UniqueConstraint
from sqlmodel import Field

from hr_svc.models import HrTable


class Skill(HrTable, table=True):
    """Référentiel des compétences."""

    __tablename__ = "skill"

    code: str = Field(primary_key=True, max_length=32)
    label: str = Field(max_length=200)
    domain: str = Field(max_length=100, index=True)


class ProfessionalReview(HrTable, table=True):
    """Entretien professionnel of an agent for a year: goals, results, skills, wishes."""

    __tablename__ = "professional_review"
    __table_args__ = (UniqueConstraint("agent_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    agent_id: int = Field(foreign_key="agent.id", index=True)
    year: int
    unit_code: str = Field(max_length=32, index=True)
    reviewer: str = Field(max_length=100)
    review_date: date
    goals: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    results: str | None = Field(default=None, sa_column=Column(Text, nullable=True))
    skills: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    training_wishes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    status: str = Field(max_length=16)
    signed_at: datetime | None = None
    version: int = 1
    created_at: datetime
