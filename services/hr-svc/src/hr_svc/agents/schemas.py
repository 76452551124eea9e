"""Request and response models of the agents domain."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hr_svc.common import AgentStatus, Category, PatchModel, Quotite
from sg_common.api import BusinessDate, HistoricDate, Line, Page, UnitCode


class CareerKind(StrEnum):
    hired = "hired"
    promoted = "promoted"
    echelon = "echelon"
    status_changed = "status_changed"
    moved = "moved"
    left = "left"


class AgentCreate(BaseModel):
    """Recrutement: a new agent in a managing unit."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "matricule": "A123456",
                    "login": "cmartin",
                    "last_name": "Martin",
                    "first_name": "Claire",
                    "birth_date": "1985-04-12",
                    "email": "claire.martin@insee.fr",
                    "category": "A",
                    "corps": "Attaché de l'Insee",
                    "grade": "Attaché principal",
                    "echelon": 4,
                    "status": "titulaire",
                    "quotite": "1.00",
                    "unit_code": "DR-BRE-SES",
                    "hired_on": "2026-03-01",
                }
            ]
        },
    )

    matricule: Line = Field(min_length=1, max_length=20)
    login: Line | None = Field(
        default=None, max_length=100, description="Directory login (tokens' preferred_username)."
    )
    last_name: Line = Field(min_length=1, max_length=100)
    first_name: Line = Field(min_length=1, max_length=100)
    birth_date: HistoricDate | None = None
    email: Line | None = Field(default=None, max_length=200)
    phone: Line | None = Field(default=None, max_length=40)
    address: Line | None = Field(default=None, max_length=300)
    category: Category
    corps: Line = Field(min_length=1, max_length=100)
    grade: Line = Field(min_length=1, max_length=100)
    echelon: int = Field(default=1, ge=1, le=15)
    status: AgentStatus
    quotite: Quotite
    unit_code: UnitCode
    hired_on: HistoricDate


class AgentUpdate(PatchModel):
    """Identity or career change; a career change is recorded at ``effective_date``."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {"grade": "Attaché hors classe", "echelon": 1, "effective_date": "2026-09-01"}
            ]
        },
    )
    login: Line | None = Field(default=None, max_length=100)
    last_name: Line | None = Field(default=None, min_length=1, max_length=100)
    first_name: Line | None = Field(default=None, min_length=1, max_length=100)
    birth_date: HistoricDate | None = None
    email: Line | None = Field(default=None, max_length=200)
    phone: Line | None = Field(default=None, max_length=40)
    address: Line | None = Field(default=None, max_length=300)
    category: Category | None = None
    corps: Line | None = Field(default=None, min_length=1, max_length=100)
    grade: Line | None = Field(default=None, min_length=1, max_length=100)
    echelon: int | None = Field(default=None, ge=1, le=15)
    status: AgentStatus | None = None
    quotite: Quotite | None = None
    effective_date: BusinessDate | None = Field(
        default=None, description="Date of a career change (default: today)."
    )


class AgentSummary(BaseModel):
    """The minimal view every authenticated user gets (no personal data)."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    last_name: str
    first_name: str
    unit_code: str
    active: bool


class AgentPublic(AgentSummary):
    """The HR view (personal data: HR roles only)."""

    matricule: str
    login: str | None
    birth_date: date | None
    email: str | None
    phone: str | None
    address: str | None
    category: Category
    corps: str
    grade: str
    echelon: int
    status: AgentStatus
    quotite: Quotite
    hired_on: date
    left_on: date | None
    departure_reason: str | None
    version: int


class AgentPage(Page[AgentPublic | AgentSummary]):
    pass


class DepartureCreate(BaseModel):
    """Départ: the agent leaves INSEE; open assignments end on ``left_on``."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"left_on": "2026-06-30", "reason": "retraite"}]},
    )

    left_on: BusinessDate
    reason: Line = Field(min_length=1, max_length=200)


class AssignmentCreate(BaseModel):
    """Affectation of an agent to a unit (and optionally a post) from a date."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "unit_code": "DR-BRE-SES",
                    "start_date": "2026-03-01",
                    "end_date": None,
                    "quotite": "0.80",
                    "post_id": None,
                    "reason": "prise de poste",
                }
            ]
        },
    )

    unit_code: UnitCode
    start_date: BusinessDate
    end_date: BusinessDate | None = None
    quotite: Quotite | None = Field(default=None, description="Default: the agent's quotité.")
    post_id: int | None = None
    reason: Line | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _period(self) -> AssignmentCreate:
        if self.end_date is not None and self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self


class AssignmentEnd(BaseModel):
    """Fin d'affectation: the last day the agent works in the unit."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"end_date": "2026-08-31", "reason": "mutation"}]},
    )

    end_date: BusinessDate
    reason: Line | None = Field(default=None, max_length=200)


class AssignmentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    agent_id: int
    unit_code: str
    post_id: int | None
    start_date: date
    end_date: date | None
    quotite: Quotite
    reason: str | None
    end_reason: str | None
    created_at: datetime
    created_by: str


class AssignmentPage(Page[AssignmentPublic]):
    pass


class MovementCreate(BaseModel):
    """Mobilité: the agent moves to another unit on a date (a dated operation)."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "to_unit_code": "DR-NOR-SES",
                    "effective_date": "2026-09-01",
                    "quotite": "1.00",
                    "reason": "mutation à la demande de l'agent",
                }
            ]
        },
    )

    to_unit_code: UnitCode
    effective_date: BusinessDate
    quotite: Quotite | None = None
    post_id: int | None = None
    reason: Line | None = Field(default=None, max_length=200)


class CareerEventPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    agent_id: int
    kind: CareerKind
    effective_date: date
    category: Category
    corps: str
    grade: str
    echelon: int
    status: AgentStatus
    from_unit_code: str | None
    to_unit_code: str | None
    note: str | None
    created_at: datetime
    created_by: str


class CareerEventPage(Page[CareerEventPublic]):
    pass
