"""Request and response models of professional development."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from hr_svc.common import PatchModel
from sg_common.api import BusinessDate, Line, Page, Text


class ReviewStatus(StrEnum):
    draft = "draft"
    signed = "signed"


class SkillCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [{"code": "R-STAT", "label": "Programmation R", "domain": "statistique"}]
        },
    )

    code: Line = Field(min_length=1, max_length=32)
    label: Line = Field(min_length=1, max_length=200)
    domain: Line = Field(min_length=1, max_length=100)


class SkillPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    code: str
    label: str
    domain: str


class SkillPage(Page[SkillPublic]):
    pass


class Goal(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: Line = Field(min_length=1, max_length=300)
    result: Text | None = Field(default=None, max_length=2000)
    achieved: bool | None = None


class SkillLevel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    skill_code: Line = Field(min_length=1, max_length=32)
    level: int = Field(ge=1, le=4, description="1 notions … 4 expert.")


class ReviewCreate(BaseModel):
    """An annual professional review (entretien professionnel)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "agent_id": 1,
                    "year": 2026,
                    "review_date": "2026-03-10",
                    "goals": [{"title": "Publier l'étude régionale", "achieved": True}],
                    "results": "Objectifs atteints",
                    "skills": [{"skill_code": "R-STAT", "level": 3}],
                    "training_wishes": ["Formation Python avancé"],
                }
            ]
        },
    )

    agent_id: int
    year: int = Field(ge=2000, le=2100)
    review_date: BusinessDate
    goals: list[Goal] = Field(default_factory=list, max_length=30)
    results: Text | None = Field(default=None, max_length=20000)
    skills: list[SkillLevel] = Field(default_factory=list, max_length=50)
    training_wishes: list[Line] = Field(default_factory=list, max_length=20)


class ReviewUpdate(PatchModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"results": "Objectifs atteints"}]}
    )

    review_date: BusinessDate | None = None
    goals: list[Goal] | None = Field(default=None, max_length=30)
    results: Text | None = Field(default=None, max_length=20000)
    skills: list[SkillLevel] | None = Field(default=None, max_length=50)
    training_wishes: list[Line] | None = Field(default=None, max_length=20)


class ReviewPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    agent_id: int
    year: int
    unit_code: str
    reviewer: str
    review_date: date
    goals: list[Goal]
    results: str | None
    skills: list[SkillLevel]
    training_wishes: list[str]
    status: ReviewStatus
    signed_at: datetime | None
    version: int


class ReviewPage(Page[ReviewPublic]):
    pass
