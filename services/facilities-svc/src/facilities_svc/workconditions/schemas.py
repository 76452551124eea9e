"""Request and response bodies of working conditions."""

from datetime import date
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from sg_common.api import BusinessDate, Line, Page, Text, UnitCode


class EntrySource(StrEnum):
    staff = "staff"
    improvement_proposed = "improvement_proposed"


class EntryStatus(StrEnum):
    open = "open"
    in_progress = "in_progress"
    closed = "closed"


class AssessmentStatus(StrEnum):
    draft = "draft"
    validated = "validated"


class ActionStatus(StrEnum):
    planned = "planned"
    done = "done"


class IncidentKind(StrEnum):
    near_miss = "near_miss"
    incident = "incident"
    work_accident = "work_accident"
    commuting_accident = "commuting_accident"


class IncidentStatus(StrEnum):
    open = "open"
    closed = "closed"


class EntryCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "site": "Montrouge",
                    "unit_code": "DESE-CN",
                    "title": "Escalier B glissant",
                    "description": "Nez de marche décollé au 3e étage",
                }
            ]
        },
    )
    site: Line = Field(min_length=1, max_length=100)
    unit_code: UnitCode
    title: Line = Field(min_length=1, max_length=200)
    description: Text = Field(min_length=1, max_length=4000)


class EntryUpdate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"status": "closed", "response": "Réparé le 18/03"}]},
    )
    status: EntryStatus | None = None
    response: Text | None = Field(default=None, max_length=4000)


class EntryPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    site: str
    unit_code: str
    source: EntrySource
    proposal_id: str | None
    title: str
    description: str
    reported_by: str
    reported_on: date
    status: EntryStatus
    response: str | None
    version: int


class EntryPage(Page[EntryPublic]):
    pass


class AssessmentCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"unit_code": "DESE-CN", "year": 2026}]}
    )
    unit_code: UnitCode
    year: int = Field(ge=2000, le=2100)


class AssessmentCopy(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"year": 2027}]})
    year: int | None = Field(default=None, ge=2000, le=2100)


class ActionCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "description": "Formation gestes et postures",
                    "owner": "DSG-CT",
                    "due_date": "2026-06-30",
                }
            ]
        },
    )
    description: Text = Field(min_length=1, max_length=1000)
    owner: Line = Field(min_length=1, max_length=120)
    due_date: BusinessDate


class ActionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    risk_id: int
    description: str
    owner: str
    due_date: date
    status: ActionStatus
    done_on: date | None
    version: int


class RiskCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "work_unit": "Bureaux",
                    "hazard": "Travail sur écran",
                    "probability": 3,
                    "severity": 2,
                    "actions": [
                        {
                            "description": "Écrans réglables",
                            "owner": "DSG-IMMO",
                            "due_date": "2026-09-30",
                        }
                    ],
                }
            ]
        },
    )
    work_unit: Line = Field(min_length=1, max_length=120)
    hazard: Line = Field(min_length=1, max_length=200)
    probability: int = Field(ge=1, le=4, description="1 rare … 4 very frequent")
    severity: int = Field(ge=1, le=4, description="1 minor … 4 very serious")
    existing_measures: Text | None = Field(default=None, max_length=2000)
    actions: list[ActionCreate] = Field(default_factory=list, max_length=50)


class RiskPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    assessment_id: int
    work_unit: str
    hazard: str
    probability: int
    severity: int
    score: int
    existing_measures: str | None
    actions: list[ActionPublic] = []


class AssessmentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    year: int
    status: AssessmentStatus
    copied_from_id: int | None
    validated_on: date | None
    version: int
    risks: list[RiskPublic] = Field(default=[], description="Highest score first.")


class AssessmentPage(Page[AssessmentPublic]):
    pass


class IncidentCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DESE-CN",
                    "site": "Montrouge",
                    "kind": "work_accident",
                    "occurred_on": "2026-03-12",
                    "description": "Chute dans l'escalier B",
                    "lost_days": 3,
                }
            ]
        },
    )
    unit_code: UnitCode
    site: Line = Field(min_length=1, max_length=100)
    kind: IncidentKind
    occurred_on: BusinessDate
    description: Text = Field(min_length=1, max_length=4000)
    lost_days: int = Field(default=0, ge=0, le=1000)


class FollowUpCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"note": "Main courante posée"}]}
    )
    note: Text = Field(min_length=1, max_length=4000)
    close: bool = Field(default=False, description="Close the incident with this note.")


class FollowUpPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    written_on: date
    author: str
    note: str


class IncidentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    unit_code: str
    site: str
    kind: IncidentKind
    occurred_on: date
    description: str
    lost_days: int
    status: IncidentStatus
    reported_by: str
    version: int
    follow_ups: list[FollowUpPublic] = []


class IncidentPage(Page[IncidentPublic]):
    pass
