"""What real estate consumes from hr: assignments, the occupants of the sites."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from facilities_svc.realestate import service as realestate
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1

HANDLERS = EventHandlers()


@HANDLERS.on(AgentAssignedV1)
async def handle_agent_assigned(
    session: AsyncSession, data: AgentAssignedV1, _event: EventEnvelope
) -> None:
    """An agent joins a unit: a new occupant (workstation to allocate)."""
    await realestate.occupant_assigned(
        session,
        assignment_id=data.assignment_id,
        agent_id=data.agent_id,
        unit_code=data.unit_code,
        start_date=data.start_date,
        end_date=data.end_date,
    )


@HANDLERS.on(AgentLeftV1)
async def handle_agent_left(
    session: AsyncSession, data: AgentLeftV1, _event: EventEnvelope
) -> None:
    """An agent left a unit: their occupancy ends, their workstation is freed."""
    await realestate.occupant_left(
        session,
        agent_id=data.agent_id,
        unit_code=data.unit_code,
        left_on=data.left_on,
        assignment_id=data.assignment_id,
    )
