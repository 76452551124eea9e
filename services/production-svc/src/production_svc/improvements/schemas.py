"""Request and response models of improvement proposals."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import Line, Page, Text, UnitCode


class ImprovementCategory(StrEnum):
    ergonomics = "ergonomics"
    equipment = "equipment"
    premises = "premises"
    organisation = "organisation"
    health_safety = "health_safety"
    other = "other"


class ImprovementStatus(StrEnum):
    """submitted (sent to facilities) → registered → in_progress → done; or rejected."""

    submitted = "submitted"
    registered = "registered"
    in_progress = "in_progress"
    done = "done"
    rejected = "rejected"


class ImprovementCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DR-BRE-SES",
                    "title": "Sièges ergonomiques pour la plateforme téléphonique",
                    "description": "Les enquêteurs téléphoniques signalent des douleurs dorsales.",
                    "category": "ergonomics",
                }
            ]
        },
    )
    unit_code: UnitCode
    site: Line | None = Field(
        default=None, max_length=100, description="Defaults to the unit's site."
    )
    title: Line = Field(min_length=1, max_length=200)
    description: Text = Field(min_length=1, max_length=4000)
    category: ImprovementCategory = ImprovementCategory.other


class FollowUpUpdate(BaseModel):
    """The facilities register's follow-up, recorded back on the proposal."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"status": "registered", "facilities_reference": "CT-2026-014", "note": "Inscrit"}
            ]
        },
    )
    status: ImprovementStatus
    facilities_reference: Line | None = Field(default=None, max_length=64)
    note: Text | None = Field(default=None, max_length=4000)


class ImprovementPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    site: str
    title: str
    description: str
    category: ImprovementCategory
    status: ImprovementStatus
    facilities_reference: str | None
    follow_up_note: str
    follow_up_on: date | None
    proposed_by: str
    proposed_on: date
    version: int


class ImprovementPage(Page[ImprovementPublic]):
    pass
