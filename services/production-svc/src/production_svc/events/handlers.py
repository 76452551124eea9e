"""The handler table of production-svc: event type → handler, in one visible place."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from production_svc import notifications
from production_svc.capacity import service as capacity
from production_svc.improvements import service as improvements
from sg_common.app import EventHandler
from sg_common.contracts.facilities import RegisterEntryAnsweredV1
from sg_common.contracts.hr import AgentAssignedV1, AgentLeftV1
from sg_common.contracts.it import WorkloadPlannedV1
from sg_common.events import EventEnvelope


async def handle_workload_planned(session: AsyncSession, event: EventEnvelope) -> None:
    """IT published a plan de charge line: it colours the operations' capacity risk."""
    assert isinstance(event.data, WorkloadPlannedV1)
    await capacity.apply_workload_planned(session, event.data)
    await notifications.plan_over_capacity(session, event.data)


async def handle_agent_assigned(session: AsyncSession, event: EventEnvelope) -> None:
    """HR assigned an agent to a unit: staff available per unit."""
    assert isinstance(event.data, AgentAssignedV1)
    await capacity.apply_agent_assigned(session, event.data)


async def handle_agent_left(session: AsyncSession, event: EventEnvelope) -> None:
    """An agent left a unit: their assignment ends."""
    assert isinstance(event.data, AgentLeftV1)
    await capacity.apply_agent_left(session, event.data)


async def handle_register_entry_answered(session: AsyncSession, event: EventEnvelope) -> None:
    """Facilities answered the register entry of a proposal: the follow-up shown back."""
    assert isinstance(event.data, RegisterEntryAnsweredV1)
    await improvements.apply_register_answer(session, event.data)


EVENT_HANDLERS: dict[str, EventHandler] = {
    "register_entry.answered": handle_register_entry_answered,
    "workload.planned": handle_workload_planned,
    "agent.assigned": handle_agent_assigned,
    "agent.left": handle_agent_left,
}
