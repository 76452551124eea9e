"""The handler table of production-svc: event type → handler, in one visible place."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc import notifications
from production_svc.capacity import service as capacity
from production_svc.improvements import service as improvements
from sg_common.contracts.facilities import RegisterEntryAnsweredV1
from sg_common.contracts.hr import AgentAssignedV1, AgentLeftV1
from sg_common.contracts.it import WorkloadPlannedV1
from sg_common.events import EventEnvelope, EventHandlers

#: The handler table: one handler per payload class.
EVENT_HANDLERS = EventHandlers()


@EVENT_HANDLERS.on(WorkloadPlannedV1)
async def handle_workload_planned(
    session: AsyncSession, data: WorkloadPlannedV1, event: EventEnvelope
) -> None:
    """IT published a plan de charge line: it colours the operations' capacity risk."""
    await capacity.apply_workload_planned(session, data)
    await notifications.plan_over_capacity(session, data)


@EVENT_HANDLERS.on(AgentAssignedV1)
async def handle_agent_assigned(
    session: AsyncSession, data: AgentAssignedV1, event: EventEnvelope
) -> None:
    """HR assigned an agent to a unit: staff available per unit."""
    await capacity.apply_agent_assigned(session, data)


@EVENT_HANDLERS.on(AgentLeftV1)
async def handle_agent_left(session: AsyncSession, data: AgentLeftV1, event: EventEnvelope) -> None:
    """An agent left a unit: their assignment ends."""
    await capacity.apply_agent_left(session, data)


@EVENT_HANDLERS.on(RegisterEntryAnsweredV1)
async def handle_register_entry_answered(
    session: AsyncSession, data: RegisterEntryAnsweredV1, event: EventEnvelope
) -> None:
    """Facilities answered the register entry of a proposal: the follow-up shown back."""
    await improvements.apply_register_answer(session, data)
