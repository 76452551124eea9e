"""Request and response models of internal information."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from hr_svc.common import PatchModel
from sg_common.api import BusinessDate, Line, Page, Text, UnitCode


class AnnouncementStatus(StrEnum):
    draft = "draft"
    published = "published"
    withdrawn = "withdrawn"


class AnnouncementCreate(BaseModel):
    """A draft announcement targeted at a unit."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "title": "Campagne d'entretiens professionnels 2026",
                    "body": "La campagne s'ouvre le 1er avril ...",
                    "target_unit_code": "DR-BRE",
                    "include_descendants": True,
                    "requires_acknowledgement": True,
                    "expires_on": "2026-06-30",
                }
            ]
        },
    )

    title: Line = Field(min_length=1, max_length=200)
    body: Text = Field(min_length=1, max_length=20000)
    target_unit_code: UnitCode
    include_descendants: bool = True
    requires_acknowledgement: bool = True
    expires_on: BusinessDate | None = None


class AnnouncementUpdate(PatchModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"expires_on": "2026-07-15"}]}
    )

    title: Line | None = Field(default=None, min_length=1, max_length=200)
    body: Text | None = Field(default=None, min_length=1, max_length=20000)
    expires_on: BusinessDate | None = None


class PublicationCreate(BaseModel):
    """Publish now or on a date."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"published_on": "2026-03-16"}]}
    )

    published_on: BusinessDate | None = Field(default=None, description="Default: today.")


class AnnouncementPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    title: str
    body: str
    target_unit_code: str
    include_descendants: bool
    requires_acknowledgement: bool
    status: AnnouncementStatus
    published_on: date | None
    expires_on: date | None
    author: str
    version: int
    created_at: datetime


class AnnouncementPage(Page[AnnouncementPublic]):
    pass


class FeedItem(AnnouncementPublic):
    acknowledged: bool


class Feed(BaseModel):
    agent_id: int
    items: list[FeedItem]
    unread: int


class AcknowledgementPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    announcement_id: int
    agent_id: int
    acknowledged_at: datetime


class UnitReadership(BaseModel):
    unit_code: str
    targeted: int
    acknowledged: int
    unread_rate: Decimal = Field(description="Share of targeted agents who have not read (0–1).")


class Readership(BaseModel):
    """Acknowledgements and the unread rate per unit."""

    announcement_id: int
    targeted: int
    acknowledged: int
    unread_rate: Decimal
    units: list[UnitReadership]
