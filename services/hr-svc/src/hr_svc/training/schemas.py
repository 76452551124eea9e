"""Request and response models of the training domain."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hr_svc.common import Hours, PatchModel
from sg_common.api import BusinessDate, Line, Money, Page, UnitCode


class EnrolmentStatus(StrEnum):
    enrolled = "enrolled"
    waitlisted = "waitlisted"
    cancelled = "cancelled"
    attended = "attended"
    absent = "absent"
    completed = "completed"


class CourseCreate(BaseModel):
    """A course of the catalogue."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "code": "SST-INIT",
                    "title": "Sauveteur secouriste du travail",
                    "domain": "santé et sécurité",
                    "duration_hours": "14.00",
                    "cost": "250.00",
                    "mandatory": True,
                    "certificate_validity_months": 24,
                    "skills": ["secourisme"],
                }
            ]
        },
    )

    code: Line = Field(min_length=1, max_length=32)
    title: Line = Field(min_length=1, max_length=200)
    domain: Line = Field(min_length=1, max_length=100)
    duration_hours: Hours
    cost: Money = Field(ge=0, description="Cost per trainee, euros.")
    mandatory: bool = False
    certificate_validity_months: int | None = Field(default=None, ge=1, le=240)
    skills: list[Line] = Field(default_factory=list, max_length=20)


class CourseUpdate(PatchModel):
    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"cost": "280.00", "active": True}]}
    )
    title: Line | None = Field(default=None, min_length=1, max_length=200)
    domain: Line | None = Field(default=None, min_length=1, max_length=100)
    duration_hours: Hours | None = None
    cost: Money | None = Field(default=None, ge=0)
    mandatory: bool | None = None
    certificate_validity_months: int | None = Field(default=None, ge=1, le=240)
    skills: list[Line] | None = Field(default=None, max_length=20)
    active: bool | None = None


class CoursePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    code: str
    title: str
    domain: str
    duration_hours: Decimal
    cost: Money
    mandatory: bool
    certificate_validity_months: int | None
    skills: list[str]
    active: bool
    version: int


class CoursePage(Page[CoursePublic]):
    pass


class SessionCreate(BaseModel):
    """A session of a course."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "course_id": 1,
                    "unit_code": "DRH-FORM",
                    "start_date": "2026-04-14",
                    "end_date": "2026-04-15",
                    "place": "Montrouge, salle 3",
                    "capacity": 12,
                }
            ]
        },
    )

    course_id: int
    unit_code: UnitCode
    start_date: BusinessDate
    end_date: BusinessDate
    place: Line = Field(min_length=1, max_length=200)
    capacity: int = Field(ge=1, le=1000)

    @model_validator(mode="after")
    def _period(self) -> SessionCreate:
        if self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self


class SessionStatus(StrEnum):
    planned = "planned"
    confirmed = "confirmed"
    completed = "completed"
    cancelled = "cancelled"


class BudgetStatus(StrEnum):
    """Where the session's cost stands with budget (T3, action 09 of the organising unit)."""

    not_requested = "not_requested"
    not_required = "not_required"
    pending = "pending"
    committed = "committed"
    refused = "refused"
    released = "released"
    certified = "certified"


class SessionBudget(BaseModel):
    """Budget's latest answer about the session, as hr received it."""

    status: BudgetStatus = Field(
        description=(
            "not_requested (never confirmed), not_required (confirmed at 0.00), pending (budget "
            "asked, no answer yet), committed, refused (see the figures), released (cancelled: "
            "budget releases the AE), certified (completed: budget certifies the actual cost "
            "and releases the rest)."
        )
    )
    commitment_id: str | None = Field(description="Budget's commitment holding the AE.")
    committed_ae: Money | None = Field(description="AE budget holds for the session.")
    requested_ae: Money | None = Field(description="The estimate budget refused.")
    available_ae: Money | None = Field(description="AE available on the line at the answer.")
    reason: str | None = Field(description="Budget's reason for the refusal.")
    answered_at: datetime | None


class SessionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    course_id: int
    unit_code: str
    start_date: date
    end_date: date
    place: str
    capacity: int
    cancelled: bool
    enrolled: int = 0
    waitlisted: int = 0
    status: SessionStatus
    estimated_cost: Money | None = Field(description="Committed on T3 at confirmation.")
    actual_cost: Money | None = Field(description="Certified as service fait at completion.")
    completed_on: date | None
    budget: SessionBudget
    version: int


class SessionConfirmation(BaseModel):
    """Confirm the session: budget is asked to commit its estimated cost on the organising
    unit's T3 (action 09). Default estimate: the course's cost × the session's capacity (the
    most it can cost; the unused part is released at completion). Sent again with a new
    estimate, it revises the commitment."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"estimated_cost": "4000.00"}]}
    )

    estimated_cost: Money | None = Field(default=None, ge=0)


class SessionCompletionCreate(BaseModel):
    """The session was held: service fait for its actual cost (default: the course's cost ×
    agents marked present), never above what budget committed; the rest is released."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"actual_cost": "3500.00", "completed_on": "2026-04-15"}]},
    )

    actual_cost: Money | None = Field(default=None, ge=0)
    completed_on: BusinessDate | None = Field(
        default=None, description="Default: the session's last day (not after today)."
    )


class SessionPage(Page[SessionPublic]):
    pass


class EnrolmentCreate(BaseModel):
    """Enrol an agent; beyond capacity the agent goes to the waitlist."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"agent_id": 1}]})

    agent_id: int


class EnrolmentPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    session_id: int
    agent_id: int
    status: EnrolmentStatus
    requested_at: datetime
    promoted_at: datetime | None
    cancelled_at: datetime | None
    waitlist_position: int | None = None


class EnrolmentPage(Page[EnrolmentPublic]):
    pass


class AttendanceSet(BaseModel):
    """Émargement: present or absent."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"present": True}]})

    present: bool


class CompletionCreate(BaseModel):
    """Completion of the course (default date: the session's last day)."""

    model_config = ConfigDict(
        extra="forbid", json_schema_extra={"examples": [{"completed_on": "2026-04-15"}]}
    )

    completed_on: BusinessDate | None = None


class CompletionPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    enrolment_id: int
    agent_id: int
    unit_code: str
    course_id: int
    hours: Decimal
    cost: Money
    skills: list[str]
    completed_on: date
    certificate_expires_on: date | None


class CompletionPage(Page[CompletionPublic]):
    pass


class PlanLineSet(BaseModel):
    """Trainees planned on a course in the unit's annual plan."""

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={"examples": [{"course_id": 1, "planned_trainees": 6}]},
    )

    course_id: int
    planned_trainees: int = Field(ge=0, le=100000)


class PlanLine(BaseModel):
    course_id: int
    course_code: str
    course_title: str
    planned_trainees: int
    planned_hours: Decimal
    planned_cost: Money
    done_trainees: int
    done_hours: Decimal
    done_cost: Money


class TrainingPlan(BaseModel):
    """Plan de formation of a unit (and its descendants): planned vs done, with the envelope."""

    unit_code: str
    year: int
    lines: list[PlanLine]
    planned_hours: Decimal
    planned_cost: Money
    done_hours: Decimal
    done_cost: Money
    envelope_ae: Money | None = Field(description="T3 AE notified by budget (budget.allocated).")
    envelope_cp: Money | None = Field(description="T3 CP notified by budget.")
    envelope_remaining_cp: Money | None = Field(description="envelope_cp − done_cost.")


class ComplianceStatus(StrEnum):
    missing = "missing"
    expired = "expired"
    expiring = "expiring"


class ComplianceItem(BaseModel):
    agent_id: int
    last_name: str
    first_name: str
    unit_code: str
    course_id: int
    course_code: str
    status: ComplianceStatus
    certificate_expires_on: date | None


class ComplianceReport(BaseModel):
    """Mandatory trainings missing, expired or expiring within ``within_days``, per unit."""

    unit_code: str
    as_of: date
    within_days: int
    items: list[ComplianceItem]
