"""Working-conditions improvement proposals from production staff."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, String
from sqlmodel import Field

from production_svc.models import ProductionTable


class ImprovementProposal(ProductionTable, table=True):
    """A proposal (sent to the facilities register) and its follow-up."""

    __tablename__ = "improvement_proposal"

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    site: str = Field(max_length=100)
    title: str = Field(max_length=200)
    description: str = Field(max_length=4000)
    category: str = Field(sa_column=Column(String(32), nullable=False, index=True))
    status: str = Field(sa_column=Column(String(16), nullable=False, index=True))
    facilities_reference: str | None = Field(default=None, max_length=64)
    follow_up_note: str = Field(default="", max_length=4000)
    follow_up_on: date | None = None
    proposed_by: str = Field(max_length=200)
    proposed_on: date
    created_at: datetime
    version: int = 1
