"""Request and response models of technical studies."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import BusinessDate, Line, Page, Text, UnitCode


class StudyTopic(StrEnum):
    collection_mode = "collection_mode"
    response_rates = "response_rates"
    editing_imputation = "editing_imputation"
    sampling = "sampling"
    processing = "processing"
    other = "other"


class StudyStatus(StrEnum):
    proposed = "proposed"
    in_progress = "in_progress"
    completed = "completed"
    abandoned = "abandoned"


class StudyBase(BaseModel):
    title: Line = Field(min_length=1, max_length=200)
    topic: StudyTopic
    question: Text = Field(min_length=1, max_length=4000)
    method: Text = Field(default="", max_length=4000)
    operation_id: int | None = None
    due_on: BusinessDate | None = None


class StudyCreate(StudyBase):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DOMP-METH",
                    "title": "Collecte multimode de l'enquête Emploi",
                    "topic": "collection_mode",
                    "question": "Le passage au multimode internet dégrade-t-il la qualité ?",
                    "method": "Expérimentation sur échantillon randomisé",
                    "operation_id": 1,
                }
            ]
        },
    )
    unit_code: UnitCode


class StudyUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "status": "completed",
                    "findings": "Pas de biais de mode significatif",
                    "recommendation": "Généraliser la collecte internet",
                }
            ]
        },
    )
    title: Line | None = Field(default=None, min_length=1, max_length=200)
    question: Text | None = Field(default=None, min_length=1, max_length=4000)
    method: Text | None = Field(default=None, max_length=4000)
    operation_id: int | None = None
    findings: Text | None = Field(default=None, max_length=8000)
    recommendation: Text | None = Field(default=None, max_length=4000)
    status: StudyStatus | None = None
    due_on: BusinessDate | None = None


class StudyPublic(StudyBase):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    findings: str
    recommendation: str
    status: StudyStatus
    completed_on: date | None
    version: int


class StudyPage(Page[StudyPublic]):
    pass
