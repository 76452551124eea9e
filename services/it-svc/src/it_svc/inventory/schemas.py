"""Request and response schemas of the inventory."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import BusinessDate, Line, Page, UnitCode


class ItemKind(StrEnum):
    hardware = "hardware"
    network = "network"
    software = "software"


class ItemStatus(StrEnum):
    """Lifecycle: ordered → in_stock → deployed ⇄ in_repair → retired."""

    ordered = "ordered"
    in_stock = "in_stock"
    deployed = "deployed"
    in_repair = "in_repair"
    retired = "retired"


#: The lifecycle: from each status, the statuses an item may move to.
TRANSITIONS: dict[ItemStatus, frozenset[ItemStatus]] = {
    ItemStatus.ordered: frozenset({ItemStatus.in_stock, ItemStatus.retired}),
    ItemStatus.in_stock: frozenset({ItemStatus.deployed, ItemStatus.retired}),
    ItemStatus.deployed: frozenset({ItemStatus.in_repair, ItemStatus.in_stock, ItemStatus.retired}),
    ItemStatus.in_repair: frozenset({ItemStatus.deployed, ItemStatus.in_stock, ItemStatus.retired}),
    ItemStatus.retired: frozenset(),
}


class RelationKind(StrEnum):
    runs_on = "runs_on"
    connected_to = "connected_to"


class ItemBase(BaseModel):
    kind: ItemKind
    name: Line = Field(min_length=1, max_length=200)
    model: Line = Field(min_length=1, max_length=120, description="Hardware model or software.")
    model_version: Line | None = Field(default=None, max_length=40)
    site: Line | None = Field(default=None, max_length=80)
    assigned_agent_id: Line | None = Field(default=None, max_length=40)
    serial: Line | None = Field(default=None, max_length=80)
    warranty_end: BusinessDate | None = None
    purchase_order_id: Line | None = Field(default=None, max_length=64)


class ItemCreate(ItemBase):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "kind": "hardware",
                    "name": "Poste fixe accueil",
                    "model": "Dell OptiPlex 7010",
                    "unit_code": "DR-BRE-SES",
                    "site": "Rennes",
                    "serial": "SN-7010-00042",
                    "warranty_end": "2029-03-31",
                    "status": "in_stock",
                }
            ]
        },
    )
    unit_code: UnitCode
    status: ItemStatus = Field(
        default=ItemStatus.in_stock, description="ordered (expected) or in_stock (received)."
    )


class ItemUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"site": "Rennes", "warranty_end": "2030-03-31"}]},
    )
    name: Line | None = Field(default=None, min_length=1, max_length=200)
    model: Line | None = Field(default=None, min_length=1, max_length=120)
    model_version: Line | None = Field(default=None, max_length=40)
    unit_code: UnitCode | None = None
    site: Line | None = Field(default=None, max_length=80)
    serial: Line | None = Field(default=None, max_length=80)
    warranty_end: BusinessDate | None = None


class ItemTransition(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"to_status": "deployed", "assigned_agent_id": "A123"}]},
    )
    to_status: ItemStatus
    assigned_agent_id: Line | None = Field(
        default=None, max_length=40, description="Agent the item is deployed to."
    )
    site: Line | None = Field(default=None, max_length=80)


class ItemPublic(ItemBase):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    status: ItemStatus
    purchase_line_id: str | None
    registered_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int


class ItemPage(Page[ItemPublic]):
    pass


class RelationCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"target_id": 12, "kind": "runs_on"}]}
    )
    target_id: int
    kind: RelationKind


class RelationPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    source_id: int
    target_id: int
    kind: RelationKind
    created_at: datetime
