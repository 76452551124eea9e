"""Events published by production-svc (DOMP)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from sg_common.events.catalogue import register
from sg_common.events.envelope import EventPayload


class _Production(EventPayload):
    producer = "production"


class ItWorkloadNeed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    centre_code: str
    month: str  # YYYY-MM
    person_days: Decimal


class ScheduledPhase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    phase_code: str
    name: str
    start: date
    end: date
    it_workload: list[ItWorkloadNeed] = []


@register
class OperationScheduledV1(_Production):
    """An operation (census, survey) scheduled or rescheduled, with its phases and needs."""

    event_type = "operation.scheduled"
    operation_id: str
    revision: int
    name: str
    kind: str
    lead_unit: str
    phases: list[ScheduledPhase]


@register
class OperationPhaseCompletedV1(_Production):
    event_type = "operation.phase_completed"
    operation_id: str
    phase_code: str
    completed_on: date


@register
class ImprovementProposedV1(_Production):
    """A proposal to improve working conditions, for the facilities register."""

    event_type = "improvement.proposed"
    proposal_id: str
    title: str
    description: str
    site: str
    unit_code: str
