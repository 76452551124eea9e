"""Tables of working conditions: health and safety register, DUERP, incidents."""

from datetime import date

from sqlalchemy import UniqueConstraint
from sqlmodel import Field

from facilities_svc.models import FacilitiesTable


class RegisterEntry(FacilitiesTable, table=True):
    """Registre santé et sécurité au travail: an observation or a proposal for a site."""

    __tablename__ = "register_entry"

    id: int | None = Field(default=None, primary_key=True)
    site: str = Field(max_length=100, index=True)
    unit_code: str = Field(max_length=32, index=True)
    source: str = Field(max_length=24)
    proposal_id: str | None = Field(default=None, max_length=80, unique=True)
    title: str = Field(max_length=200)
    description: str = Field(max_length=4000)
    reported_by: str = Field(max_length=120)
    reported_on: date
    status: str = Field(max_length=16, index=True)
    response: str | None = Field(default=None, max_length=4000)
    version: int = 1


class RiskAssessment(FacilitiesTable, table=True):
    """Document unique d'évaluation des risques professionnels (DUERP) of a unit for a year."""

    __tablename__ = "risk_assessment"
    __table_args__ = (UniqueConstraint("unit_code", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    year: int
    status: str = Field(max_length=16)
    copied_from_id: int | None = Field(default=None, foreign_key="risk_assessment.id")
    validated_on: date | None = None
    version: int = 1


class Risk(FacilitiesTable, table=True):
    """A risk of a work unit: hazard, probability × severity."""

    __tablename__ = "risk"

    id: int | None = Field(default=None, primary_key=True)
    assessment_id: int = Field(foreign_key="risk_assessment.id", index=True)
    work_unit: str = Field(max_length=120)
    hazard: str = Field(max_length=200)
    probability: int
    severity: int
    score: int
    existing_measures: str | None = Field(default=None, max_length=2000)


class PreventionAction(FacilitiesTable, table=True):
    """Action de prévention for a risk, with its owner and due date."""

    __tablename__ = "prevention_action"

    id: int | None = Field(default=None, primary_key=True)
    risk_id: int = Field(foreign_key="risk.id", index=True)
    description: str = Field(max_length=1000)
    owner: str = Field(max_length=120)
    due_date: date
    status: str = Field(max_length=16)
    done_on: date | None = None
    version: int = 1


class Incident(FacilitiesTable, table=True):
    """Un incident ou accident (de service, de trajet), with its follow-up."""

    __tablename__ = "incident"

    id: int | None = Field(default=None, primary_key=True)
    unit_code: str = Field(max_length=32, index=True)
    site: str = Field(max_length=100)
    kind: str = Field(max_length=24)
    occurred_on: date
    description: str = Field(max_length=4000)
    lost_days: int = 0
    status: str = Field(max_length=16, index=True)
    reported_by: str = Field(max_length=120)
    version: int = 1


class IncidentFollowUp(FacilitiesTable, table=True):
    """A follow-up note of an incident (never edited)."""

    __tablename__ = "incident_follow_up"

    id: int | None = Field(default=None, primary_key=True)
    incident_id: int = Field(foreign_key="incident.id", index=True)
    written_on: date
    author: str = Field(max_length=120)
    note: str = Field(max_length=4000)
