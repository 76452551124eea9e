"""What the IT staff registry consumes from hr: assignments to IT units and completed training."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.staff import service as staff
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.hr import AgentAssignedV1, AgentLeftV1, TrainingCompletedV1

HANDLERS = EventHandlers()


@HANDLERS.on(AgentAssignedV1)
async def handle_agent_assigned(
    session: AsyncSession, data: AgentAssignedV1, _event: EventEnvelope
) -> None:
    """The IT staff registry follows assignments to IT units (DI and its subtree)."""
    await staff.on_agent_assigned(session, data)


@HANDLERS.on(AgentLeftV1)
async def handle_agent_left(
    session: AsyncSession, data: AgentLeftV1, _event: EventEnvelope
) -> None:
    await staff.on_agent_left(session, data)


@HANDLERS.on(TrainingCompletedV1)
async def handle_training_completed(
    session: AsyncSession, data: TrainingCompletedV1, _event: EventEnvelope
) -> None:
    """IT staff skills follow completed training."""
    await staff.on_training_completed(session, data)
