"""Request and response schemas of the IT policy catalogue and its compliance report."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from it_svc.inventory.schemas import ItemKind
from sg_common.api import Line, Page, Text


class StandardStatus(StrEnum):
    approved = "approved"
    tolerated = "tolerated"
    forbidden = "forbidden"


class StandardCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "software",
                    "model": "LibreOffice",
                    "model_version": "24.2",
                    "status": "approved",
                },
                {"kind": "hardware", "model": "Dell OptiPlex 7010", "status": "approved"},
            ]
        },
    )
    kind: ItemKind
    model: Line = Field(min_length=1, max_length=120)
    model_version: Line | None = Field(default=None, max_length=40)
    status: StandardStatus
    note: Text | None = Field(default=None, max_length=500)


class StandardUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"status": "tolerated"}]}
    )
    status: StandardStatus | None = None
    note: Text | None = Field(default=None, max_length=500)


class StandardPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    kind: ItemKind
    model: str
    model_version: str | None
    status: StandardStatus
    note: str | None
    created_at: datetime
    updated_at: datetime
    version: int


class StandardPage(Page[StandardPublic]):
    pass


class NonCompliantItem(BaseModel):
    item_id: int
    kind: ItemKind
    model: str
    model_version: str | None
    status: str = Field(description="forbidden, tolerated or outside_catalogue")


class UnitCompliance(BaseModel):
    """Items in service (in stock, deployed, in repair) of a unit against the catalogue."""

    unit_code: str
    items: int
    approved: int
    tolerated: int
    forbidden: int
    outside_catalogue: int
    non_compliant: list[NonCompliantItem]
