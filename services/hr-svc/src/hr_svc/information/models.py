"""Tables of internal information: announcements and acknowledgements."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text
from sqlmodel import Field

from hr_svc.models import HrTable


class Announcement(HrTable, table=True):
    """Information interne: a message for a unit (and, by default, its descendants)."""

    __tablename__ = "announcement"

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    body: str = Field(sa_column=Column(Text, nullable=False))
    target_unit_code: str = Field(max_length=32, index=True)
    include_descendants: bool = True
    requires_acknowledgement: bool = True
    status: str = Field(max_length=16, index=True)
    published_on: date | None = None
    expires_on: date | None = None
    author: str = Field(max_length=100)
    version: int = 1
    created_at: datetime


class Acknowledgement(HrTable, table=True):
    """An agent read (acknowledged) an announcement."""

    __tablename__ = "acknowledgement"

    announcement_id: int = Field(foreign_key="announcement.id", primary_key=True)
    agent_id: int = Field(foreign_key="agent.id", primary_key=True)
    unit_code: str = Field(max_length=32)
    acknowledged_at: datetime
