"""Events published by production-svc (DOMP)."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict, Field

from sg_common.events.catalogue import register
from sg_common.events.envelope import EventPayload
from sg_common.fields import EventDate


class _Production(EventPayload):
    producer = "production"


class ItWorkloadNeed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    centre_code: str
    month: str  # YYYY-MM
    person_days: Decimal


class StaffDaysNeed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    unit_code: str
    staff_days: Decimal


class ScheduledPhase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    phase_code: str
    name: str
    start: EventDate
    end: EventDate
    it_workload: list[ItWorkloadNeed] = []
    depends_on: list[str] = []
    status: str | None = None
    staff: list[StaffDaysNeed] = []


@register
class OperationScheduledV1(_Production):
    """An operation (census, survey) scheduled or rescheduled, with its phases and needs.

    ``revision`` grows with each rescheduling: a consumer keeps the highest it has seen and
    replaces the operation's whole demand with it (phases absent from the latest revision no
    longer need anything).
    """

    event_type = "operation.scheduled"
    operation_id: str
    revision: int
    name: str
    kind: str
    lead_unit: str
    phases: list[ScheduledPhase]
    participating_units: list[str] = Field(default_factory=list)
    reason: str | None = None


@register
class OperationPhaseCompletedV1(_Production):
    """A GSBPM phase of an operation was completed (its IT workload ends)."""

    event_type = "operation.phase_completed"
    operation_id: str
    phase_code: str
    completed_on: EventDate


@register
class ImprovementProposedV1(_Production):
    """A proposal to improve working conditions, for the facilities register."""

    event_type = "improvement.proposed"
    proposal_id: str
    title: str
    description: str
    site: str
    unit_code: str
    category: str | None = None
    proposed_on: EventDate | None = None
