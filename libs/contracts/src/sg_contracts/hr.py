"""Events published by hr-svc (DRH). No personal data beyond what consumers need (GDPR)."""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field

from sg_common.events.catalogue import register
from sg_common.events.envelope import EventPayload
from sg_common.fields import EventDate, Money, UnitCode


class _Hr(EventPayload):
    producer = "hr"


@register
class AgentAssignedV1(_Hr):
    """An agent assigned to a unit for a period at a quotité."""

    event_type = "agent.assigned"
    assignment_id: str
    agent_id: str
    unit_code: UnitCode
    start_date: EventDate
    end_date: EventDate | None = None
    quotite: Decimal = Field(gt=0, le=1, decimal_places=2)
    category: str | None = Field(default=None, description="A, B or C")


@register
class AgentLeftV1(_Hr):
    """An agent left a unit (end of assignment, departure)."""

    event_type = "agent.left"
    agent_id: str
    unit_code: UnitCode
    left_on: EventDate = Field(description="The last day in the unit.")
    assignment_id: str | None = Field(
        default=None, description="The assignment that ended (as in agent.assigned)."
    )


@register
class TrainingCompletedV1(_Hr):
    """An agent completed a training course."""

    event_type = "training.completed"
    completion_id: str
    agent_id: str
    unit_code: UnitCode
    course_code: str
    course_title: str
    hours: Decimal = Field(ge=0)
    cost: Money
    skills: list[str] = Field(default_factory=list)
    completed_on: EventDate
    certificate_expires_on: EventDate | None = None


@register
class TrainingSessionConfirmedV1(_Hr):
    """A training session confirmed with its estimated cost: budget commits that AE on T3,
    action 09, of the organising unit for the session's year, or refuses. Sent again with a
    new estimate to revise the commitment (raised or lowered)."""

    event_type = "training_session.confirmed"
    session_id: str
    unit_code: UnitCode
    fiscal_year: int
    course_code: str
    course_title: str
    estimated_cost: Money = Field(gt=0)
    start_date: EventDate
    end_date: EventDate


@register
class TrainingSessionCancelledV1(_Hr):
    """A confirmed session cancelled: budget releases its whole commitment."""

    event_type = "training_session.cancelled"
    session_id: str
    unit_code: UnitCode


@register
class TrainingSessionCompletedV1(_Hr):
    """A session held: budget certifies service fait for the actual cost (never more than
    committed) and releases the rest of the commitment."""

    event_type = "training_session.completed"
    session_id: str
    unit_code: UnitCode
    actual_cost: Money = Field(ge=0)
    completed_on: EventDate
    trainees: int = Field(ge=0, description="Agents marked present.")


@register
class EtptReportedV1(_Hr):
    """ETPT consumed by a unit in a month (équivalent temps plein travaillé)."""

    event_type = "etpt.reported"
    unit_code: UnitCode
    year: int
    month: int = Field(ge=1, le=12)
    etpt: Decimal


@register
class DelegationGrantedV1(_Hr):
    """A délégation de signature recorded by the DRH: ``delegate_login`` may sign ``acts`` for
    ``unit_codes`` (and their sub-units) in the name of ``delegator_login``, from ``valid_from``
    to ``valid_to`` inclusive. The logins are the two people's directory logins (their tokens'
    ``preferred_username``, ``Principal.login``), so the service where the act is signed
    recognises the delegate."""

    event_type = "delegation.granted"
    delegation_id: str
    delegator_id: str = Field(description="hr's agent id of the delegator.")
    delegator_login: str = Field(description="The delegator's login (hr's agent login).")
    delegator_role: str = Field(
        description="The role delegated, e.g. budget.officer, facilities.buyer."
    )
    delegate_id: str = Field(description="hr's agent id of the delegate.")
    delegate_login: str = Field(description="The delegate's login (hr's agent login).")
    acts: list[str] = Field(
        min_length=1,
        description="Acts delegated (budget.commit, budget.certify_service_fait, "
        "budget.request_payment, facilities.approve_requisition); a consumer ignores the acts "
        "it does not know.",
    )
    unit_codes: list[UnitCode] = Field(min_length=1, description="Units, with their sub-units.")
    valid_from: EventDate
    valid_to: EventDate = Field(description="The last day the delegation applies.")
    legal_basis: str | None = Field(
        default=None, description="The act that grants it (arrêté, décision), as recorded."
    )


@register
class DelegationRevokedV1(_Hr):
    """A délégation de signature ended early: it no longer applies from ``revoked_on``."""

    event_type = "delegation.revoked"
    delegation_id: str
    revoked_on: EventDate = Field(description="The first day the delegation no longer applies.")
