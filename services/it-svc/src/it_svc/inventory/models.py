"""Inventory (CMDB) tables: configuration items and the relations between them."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from it_svc.models import ItTable


class ConfigurationItem(ItTable, table=True):
    """Élément de configuration: a machine, a network device or a software install."""

    __tablename__ = "it_item"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20, index=True)
    name: str = Field(max_length=200)
    model: str = Field(max_length=120, index=True)
    model_version: str | None = Field(default=None, max_length=40)
    status: str = Field(max_length=20, index=True)
    unit_code: str = Field(max_length=32, index=True)
    site: str | None = Field(default=None, max_length=80, index=True)
    assigned_agent_id: str | None = Field(default=None, max_length=40, index=True)
    serial: str | None = Field(default=None, max_length=80, index=True)
    warranty_end: date | None = Field(default=None, index=True)
    purchase_order_id: str | None = Field(default=None, max_length=64, index=True)
    purchase_line_id: str | None = Field(default=None, max_length=64)
    registered_at: datetime | None = None
    created_at: datetime
    updated_at: datetime
    version: int = 1


class ItemRelation(ItTable, table=True):
    """A dependency between two items (``runs_on``, ``connected_to``)."""

    __tablename__ = "it_item_relation"
    __table_args__ = (UniqueConstraint("source_id", "target_id", "kind"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="it_item.id", index=True)
    target_id: int = Field(foreign_key="it_item.id", index=True)
    kind: str = Field(max_length=20)
    created_at: datetime
