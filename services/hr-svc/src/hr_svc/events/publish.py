"""Publishing helpers of hr-svc: each event is written to the outbox in the caller's transaction."""

from __future__ import annotations

from decimal import Decimal

from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents.models import Agent, Assignment
from hr_svc.delegations.models import Delegation
from sg_common.contracts.hr import (
    AgentAssignedV1,
    AgentLeftV1,
    DelegationGrantedV1,
    DelegationRevokedV1,
    EtptReportedV1,
)
from sg_common.events import publish


async def agent_assigned(session: AsyncSession, assignment: Assignment, agent: Agent) -> None:
    """``agent.assigned`` for a new assignment (no personal data: ids, unit, dates, quotité)."""
    await publish(
        session,
        AgentAssignedV1(
            assignment_id=str(assignment.id),
            agent_id=str(agent.id),
            unit_code=assignment.unit_code,
            start_date=assignment.start_date,
            end_date=assignment.end_date,
            quotite=assignment.quotite,
            category=agent.category,
        ),
        subject=f"agent-{agent.id}",
    )


async def agent_left(session: AsyncSession, assignment: Assignment) -> None:
    """``agent.left``: the assignment ended; its last day is ``left_on``."""
    assert assignment.end_date is not None
    await publish(
        session,
        AgentLeftV1(
            agent_id=str(assignment.agent_id),
            unit_code=assignment.unit_code,
            left_on=assignment.end_date,
            assignment_id=str(assignment.id),
        ),
        subject=f"agent-{assignment.agent_id}",
    )


async def etpt_reported(
    session: AsyncSession, *, unit_code: str, year: int, month: int, etpt: Decimal
) -> None:
    """``etpt.reported``: the ETPT a unit consumed in a month."""
    await publish(
        session,
        EtptReportedV1(unit_code=unit_code, year=year, month=month, etpt=etpt),
        subject=unit_code,
    )


async def delegation_granted(
    session: AsyncSession, row: Delegation, *, delegator: Agent, delegate: Agent
) -> None:
    """``delegation.granted``: ids and directory logins, acts, units, dates."""
    assert delegator.login is not None
    assert delegate.login is not None
    await publish(
        session,
        DelegationGrantedV1(
            delegation_id=str(row.id),
            delegator_id=str(delegator.id),
            delegator_login=delegator.login,
            delegator_role=row.delegator_role,
            delegate_id=str(delegate.id),
            delegate_login=delegate.login,
            acts=list(row.acts),
            unit_codes=list(row.unit_codes),
            valid_from=row.valid_from,
            valid_to=row.valid_to,
            legal_basis=row.legal_basis,
        ),
        subject=f"delegation-{row.id}",
    )


async def delegation_revoked(session: AsyncSession, row: Delegation) -> None:
    """``delegation.revoked``: the delegation no longer applies from ``revoked_on``."""
    assert row.revoked_on is not None
    await publish(
        session,
        DelegationRevokedV1(delegation_id=str(row.id), revoked_on=row.revoked_on),
        subject=f"delegation-{row.id}",
    )
