"""What capacity consumes: it's plan de charge lines and hr's assignments."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc import notifications
from production_svc.capacity import service as capacity
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1
from sg_contracts.it import WorkloadPlannedV1

HANDLERS = EventHandlers()


@HANDLERS.on(WorkloadPlannedV1)
async def handle_workload_planned(
    session: AsyncSession, data: WorkloadPlannedV1, _event: EventEnvelope
) -> None:
    """IT published a plan de charge line: it colours the operations' capacity risk."""
    await capacity.apply_workload_planned(session, data)
    await notifications.plan_over_capacity(session, data)


@HANDLERS.on(AgentAssignedV1)
async def handle_agent_assigned(
    session: AsyncSession, data: AgentAssignedV1, _event: EventEnvelope
) -> None:
    """HR assigned an agent to a unit: staff available per unit."""
    await capacity.apply_agent_assigned(session, data)


@HANDLERS.on(AgentLeftV1)
async def handle_agent_left(
    session: AsyncSession, data: AgentLeftV1, _event: EventEnvelope
) -> None:
    """An agent left a unit: their assignment ends."""
    await capacity.apply_agent_left(session, data)
