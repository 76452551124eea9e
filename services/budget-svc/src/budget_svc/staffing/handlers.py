"""What staffing consumes from hr: ``agent.assigned`` / ``agent.left``, the assignments from which
the ETPT consumed against each unit's staff ceiling is computed; ``etpt.reported``, the monthly
ETPT it is compared with."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from budget_svc.staffing import service as staffing_service
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.hr import (
    AgentAssignedV1,
    AgentLeftV1,
    EtptReportedV1,
)

HANDLERS = EventHandlers()


@HANDLERS.on(AgentAssignedV1)
async def handle_agent_assigned(
    session: AsyncSession, data: AgentAssignedV1, _event: EventEnvelope
) -> None:
    """Record (or replace) an assignment: ETPT consumption of its unit."""
    await staffing_service.record_assignment(
        session,
        assignment_id=data.assignment_id,
        agent_id=data.agent_id,
        unit_code=data.unit_code,
        start_date=data.start_date,
        end_date=data.end_date,
        quotite=data.quotite,
    )


@HANDLERS.on(AgentLeftV1)
async def handle_agent_left(
    session: AsyncSession, data: AgentLeftV1, _event: EventEnvelope
) -> None:
    """End the agent's open assignments in the unit."""
    await staffing_service.end_assignments(
        session, agent_id=data.agent_id, unit_code=data.unit_code, left_on=data.left_on
    )


@HANDLERS.on(EtptReportedV1)
async def handle_etpt_reported(
    session: AsyncSession, data: EtptReportedV1, _event: EventEnvelope
) -> None:
    """Store a unit's monthly ETPT (a later report for the same month replaces it)."""
    await staffing_service.record_etpt_report(
        session, unit_code=data.unit_code, year=data.year, month=data.month, etpt=data.etpt
    )
