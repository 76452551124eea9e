"""Technical studies of collection and processing questions (études techniques)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, String
from sqlmodel import Field

from production_svc.models import ProductionTable


class TechnicalStudy(ProductionTable, table=True):
    """A study: question, method, linked operation, findings, recommendation, status."""

    __tablename__ = "technical_study"

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    title: str = Field(max_length=200)
    topic: str = Field(sa_column=Column(String(32), nullable=False, index=True))
    question: str = Field(max_length=4000)
    method: str = Field(default="", max_length=4000)
    operation_id: int | None = Field(default=None, foreign_key="operation.id", index=True)
    findings: str = Field(default="", max_length=8000)
    recommendation: str = Field(default="", max_length=4000)
    status: str = Field(sa_column=Column(String(16), nullable=False, index=True))
    due_on: date | None = None
    completed_on: date | None = None
    version: int = 1
    created_by: str = Field(max_length=200)
    created_at: datetime
