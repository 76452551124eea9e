"""What agents publish: ``agent.assigned`` / ``agent.left``, to the outbox in the caller's
transaction."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from hr_svc.agents.models import Agent, Assignment
from sg_common.events import publish
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1


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
