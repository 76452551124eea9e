"""What the plan de charge consumes from production: the operations' IT needs."""

from __future__ import annotations

from sqlmodel.ext.asyncio.session import AsyncSession

from it_svc.workload import service as workload
from sg_common.events import EventEnvelope, EventHandlers
from sg_contracts.production import OperationScheduledV1

HANDLERS = EventHandlers()


@HANDLERS.on(OperationScheduledV1)
async def handle_operation_scheduled(
    session: AsyncSession, data: OperationScheduledV1, _event: EventEnvelope
) -> None:
    """An operation's IT needs become demand in the plan de charge."""
    await workload.on_operation_scheduled(session, data)
