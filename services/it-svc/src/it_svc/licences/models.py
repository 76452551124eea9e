"""Licence tables: software licences and the assignment of their seats."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field

from it_svc.models import ItTable


class Licence(ItTable, table=True):
    """A software licence with a number of seats (postes / utilisateurs)."""

    __tablename__ = "it_licence"

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    software: str = Field(max_length=120, index=True)
    publisher: str | None = Field(default=None, max_length=120)
    licence_type: str = Field(max_length=20)
    seats: int
    expires_on: date | None = Field(default=None, index=True)
    purchase_order_id: str | None = Field(default=None, max_length=64)
    created_at: datetime
    updated_at: datetime
    version: int = 1


class LicenceAssignment(ItTable, table=True):
    """A seat of a licence given to an agent or a machine (active while not released)."""

    __tablename__ = "it_licence_assignment"

    id: int | None = Field(default=None, primary_key=True)
    licence_id: int = Field(foreign_key="it_licence.id", index=True)
    agent_id: str | None = Field(default=None, max_length=40, index=True)
    item_id: int | None = Field(default=None, foreign_key="it_item.id", index=True)
    assigned_on: date
    released_on: date | None = None
    created_at: datetime
